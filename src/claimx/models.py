"""Output models: what claimx returns, as frozen pydantic v2 models.

Field names follow the annotation guide (docs/ANNOTATION.md) so that a prediction can be scored
directly against gold. Models hold offsets and strings, never spaCy objects; every offset indexes
the original input text.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

Qualifier = Literal["exact", "approx", "at_least", "more_than", "at_most", "less_than", "range"]
Aspect = Literal["level", "change", "share"]
Kind = Literal["actual", "target", "forecast"]
Direction = Literal["up", "down"]
TimeRelation = Literal["as_of", "by", "in", "since", "until"]
SpeakerVia = Literal["explicit", "pronoun", "continuation", "source"]
Lang = Literal["id", "en"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TimeRef(_Frozen):
    """A time expression and the ISO 8601 value it resolves to."""

    value: str | None = Field(
        description="ISO 8601: '2024', '2023-12', '2023-12-04', '2023-Q4', '2023-H1', or an "
        "interval 'START/END'; null when a relative expression cannot be resolved"
    )
    text: str | None = Field(
        default=None, description="the time expression as written; null when inferred"
    )
    start: int | None = Field(default=None, description="start offset of the expression")
    end: int | None = Field(default=None, description="end offset (exclusive) of the expression")
    relation: TimeRelation | None = Field(
        default=None, description="what the cue says: as_of (per, hingga), by/in (pada), since"
    )


class DocDate(_Frozen):
    """The document date inferred from the text (or given by the caller)."""

    value: str = Field(description="ISO 8601 date or partial date: '2023-12-04', '2023-12'")
    text: str | None = Field(default=None, description="the text it was read from")
    start: int | None = Field(default=None, description="start offset of that text")
    end: int | None = Field(default=None, description="end offset (exclusive) of that text")
    basis: str = Field(description="how it was inferred: given, header, event, dateline, weekday")
    conflict: str | None = Field(
        default=None, description="a disagreement the text contains, e.g. a wrong weekday"
    )


class Speaker(_Frozen):
    """Who the article attributes a claim to."""

    name: str = Field(description="the canonical name within the article")
    title: str | None = Field(default=None, description="title or role, e.g. 'Menteri Koperasi'")
    organization: str | None = Field(default=None, description="organisation the speaker is of")
    text: str | None = Field(default=None, description="the attribution as written")
    start: int | None = Field(default=None, description="start offset of the name")
    end: int | None = Field(default=None, description="end offset (exclusive) of the name")
    via: SpeakerVia | None = Field(
        default=None, description="how it was found: explicit, pronoun, continuation, source"
    )


class SentenceRef(_Frozen):
    """The sentence a claim stands in."""

    index: int = Field(description="0-based index of the sentence in the document")
    start: int = Field(description="start offset of the sentence")
    end: int = Field(description="end offset (exclusive) of the sentence")


class Claim(_Frozen):
    """One numeric claim: a quantity asserted about something measured."""

    text: str = Field(description="the mention as written, with qualifier, scale and unit words")
    start: int = Field(description="start offset into the original text")
    end: int = Field(description="end offset (exclusive); text[start:end] == text")
    value: float = Field(description="the number in base units (22,8 juta -> 22800000)")
    lower: float | None = Field(default=None, description="lower bound when a bound or range")
    upper: float | None = Field(default=None, description="upper bound when a bound or range")
    unit: str = Field(
        description="count, percent, an ISO 4217 code (IDR, USD), rank, or a short unit (ton)"
    )
    qualifier: Qualifier = Field(default="exact", description="exact, approx, at_least, ...")
    aspect: Aspect = Field(default="level", description="level, change or share")
    direction: Direction | None = Field(
        default=None, description="for a change: up or down when the text says which"
    )
    kind: Kind = Field(default="actual", description="actual, target or forecast")
    subject: str | None = Field(default=None, description="what is counted or measured")
    base: str | None = Field(default=None, description="for a share: the whole it is part of")
    concept: str | None = Field(
        default=None, description="normalised key grouping the same measured thing"
    )
    time: TimeRef | None = Field(default=None, description="the time the quantity refers to")
    speaker: Speaker | None = Field(
        default=None, description="who the claim is attributed to; null for the article's voice"
    )
    sentence: SentenceRef | None = Field(default=None, description="the sentence it stands in")
    lang: Lang = Field(description="language of the text: id or en")
    quoted: bool = Field(default=False, description="inside a direct quotation")
    notes: tuple[str, ...] = Field(
        default=(), description="interpretation decisions, e.g. an ambiguous separator"
    )


class Article(_Frozen):
    """One document and the claims found in it."""

    schema_version: str = Field(default=SCHEMA_VERSION, description="version of this schema")
    doc_id: str | None = Field(default=None, description="the caller's document id")
    lang: Lang = Field(description="language: given, or detected from the text")
    date: DocDate | None = Field(default=None, description="document date, null if unknown")
    claims: tuple[Claim, ...] = Field(default=(), description="claims in text order")


class Statement(BaseModel):
    """A quotation or an indirect statement and who made it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["quote", "indirect"] = Field(
        description="quote: inside quotation marks; indirect: reported speech or a cited source"
    )
    text: str = Field(description="the statement as written (a quotation without its marks)")
    start: int = Field(description="start offset into the original text")
    end: int = Field(description="end offset (exclusive); text == original[start:end]")
    speaker: Speaker | None = Field(description="who made it; null when the text does not say")
