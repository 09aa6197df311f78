"""The extraction pipeline: text in, Article out.

structure -> quantities -> document date -> time expressions -> attribution -> per-claim
semantics, time and speaker. Every recogniser scans the text once; patterns are compiled once
per language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from claimx import attribution, semantics, timex
from claimx.langdata import check_lang
from claimx.language import detect_language
from claimx.models import Article, Claim, SentenceRef
from claimx.quantities import find_quantities
from claimx.structure import analyse


def extract(
    text: str,
    *,
    lang: str | None = None,
    date: str | dt.date | None = None,
    doc_id: str | None = None,
) -> Article:
    """Extract the numeric claims of one article.

    Args:
        text: the article text; offsets in the result index it.
        lang: "id" or "en"; detected from the text when None.
        date: the document date (ISO 8601) if the caller knows it; inferred otherwise.
        doc_id: an identifier carried into the result.

    Returns:
        An Article with the claims in text order.

    Raises:
        TypeError: ``text`` is not a str.
        ValueError: ``lang`` is unsupported or ``date`` is not ISO 8601.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    lang = check_lang(lang) if lang else detect_language(text)
    given = timex.given_date(date)
    if not text.strip():
        return Article(doc_id=doc_id, lang=lang, date=given)  # type: ignore[arg-type]
    doc = analyse(text, lang)
    doc_date = timex.document_date(text, lang, doc, given)
    times = timex.find_times(text, lang, doc, doc_date)
    speakers = attribution.attribute(text, lang, doc)
    claims: list[Claim] = []
    found = [q for q in find_quantities(text, lang) if not doc.is_boilerplate(q.start)]
    sems = semantics.describe_all(found, text, lang, doc)
    whens = timex.claim_times(found, [s.kind for s in sems], doc, times, doc_date)
    for q, sem, when in zip(found, sems, whens, strict=True):
        si = doc.sentence_at(q.start)
        sent = doc.sentences[si] if doc.sentences else None
        claims.append(
            Claim(
                text=text[q.start : q.end],
                start=q.start,
                end=q.end,
                value=q.value,
                lower=q.lower,
                upper=q.upper,
                unit=q.unit,
                qualifier=q.qualifier,  # type: ignore[arg-type]
                aspect=sem.aspect,  # type: ignore[arg-type]
                direction=sem.direction,  # type: ignore[arg-type]
                kind=sem.kind,  # type: ignore[arg-type]
                subject=sem.subject,
                base=sem.base,
                concept=sem.concept,
                time=when,
                speaker=speakers.speaker_for(q.start, q.end),
                sentence=SentenceRef(index=si, start=sent.start, end=sent.end) if sent else None,
                lang=lang,  # type: ignore[arg-type]
                quoted=doc.quote_at(q.start) is not None,
                notes=q.notes,
            )
        )
    return Article(doc_id=doc_id, lang=lang, date=doc_date, claims=tuple(claims))  # type: ignore[arg-type]


def record_fields(record: Mapping[str, Any]) -> tuple[str, str | None, str | None, str | None]:
    """Return (text, doc_id, lang, date) of an input record ``{"id"|"doc_id", "text", ...}``.

    Raises:
        ValueError: the record has no ``text`` or a field has the wrong type.
    """
    if not isinstance(record, Mapping):
        raise ValueError(f"record must be a JSON object, not {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError(
            "record has no 'text' string"
            if text is None
            else f"'text' must be a string, not {type(text).__name__}"
        )
    doc_id = record.get("doc_id", record.get("id"))
    lang = record.get("lang")
    date = record.get("date")
    for name, v in (("lang", lang), ("date", date)):
        if v is not None and not isinstance(v, str):
            raise ValueError(f"{name!r} must be a string, not {type(v).__name__}")
    return text, None if doc_id is None else str(doc_id), lang, date


def extract_many(records: Iterable[Mapping[str, Any] | str]) -> Iterator[Article]:
    """Extract claims from many documents, in order.

    Each record is a text or a mapping ``{"id"|"doc_id", "text", "date"?, "lang"?}``.
    Raises ValueError (naming the record's position) for a malformed record.
    """
    for n, rec in enumerate(records):
        yield extract_record(rec, n)


def extract_record(rec: Mapping[str, Any] | str, n: int = 0) -> Article:
    """Return the Article of one record (a text or a mapping, see :func:`extract_many`).

    Raises:
        ValueError: the record is malformed (the message names position ``n``), or its
            ``lang``/``date`` is invalid.
    """
    if isinstance(rec, str):
        return extract(rec)
    try:
        text, doc_id, lang, date = record_fields(rec)
    except ValueError as err:
        raise ValueError(f"record {n}: {err}") from err
    return extract(text, lang=lang, date=date, doc_id=doc_id)
