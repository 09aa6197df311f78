"""Schema of the per-language time words, ``lang/<code>/time.yaml``."""

from __future__ import annotations

from typing import Literal

from claimx.langdata import LangModel, load

Relation = Literal["as_of", "in", "by", "since", "until"]


class TimeData(LangModel):
    """Schema of ``lang/<code>/time.yaml``."""

    relations: dict[Relation, list[str]]
    now: list[str]
    relative: dict[str, tuple[Literal["doc", "ref"], Literal["year", "month"], int]]
    month_year_relative: dict[str, int]
    month_past: list[str]
    earlier: list[str]
    this_suffix: list[str]
    same_period: list[str]
    quarter_words: list[str]
    period_words: list[str]
    half_words: list[str]
    ordinals: dict[str, int]
    ordinal_first: bool
    year_links: list[str]
    span_joiners: list[str]
    interval_joiners: list[str]
    numeric_order: Literal["dmy", "mdy"]
    header_labels: list[str]
    comparison_cues: list[str]
    weak_comparison_cues: list[str]
    comparison_ends: list[str]
    clause_words: list[str]
    data_anaphora: list[str]
    weekday_cues: list[str]
    weekday_shift_before: dict[str, Literal[-7, -1, 1, 7]]
    weekday_shift_after: dict[str, Literal[-7, -1, 1, 7]]
    weekday_guarded: list[str]
    day_words: dict[str, int]
    day_word_blockers: list[str]
    report_words: list[str]


def time_data(lang: str) -> TimeData:
    """Return the validated time words of ``lang``."""
    return load(lang, "time", TimeData)
