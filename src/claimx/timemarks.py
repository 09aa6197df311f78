"""Clause and comparison marks of a language, compiled once (read by :mod:`claimx.claimtime`).

Words from ``lang/<code>/time.yaml`` (comparison cues, clause words, data anaphora) and the
change and surpass words of ``lang/<code>/semantics.yaml`` (a "from"/"dari" compares only after
a change; a figure that surpasses a target is measured in the target's period).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from claimx.langdata import load
from claimx.lexicon import S, alternation
from claimx.semlex import SemanticsData
from claimx.timedata import time_data


@dataclass(frozen=True, slots=True)
class Marks:
    """The compiled words and marks that cut a sentence into clauses and comparisons."""

    cues: regex.Pattern[str]
    weak: regex.Pattern[str]
    ends: regex.Pattern[str]
    punct: regex.Pattern[str]
    words: regex.Pattern[str]
    anaphora: regex.Pattern[str]
    cued: regex.Pattern[str]
    change: regex.Pattern[str]
    comma: regex.Pattern[str]
    surpass: regex.Pattern[str]


@cache
def marks(lang: str) -> Marks:
    """Return the compiled marks of ``lang`` (built once per language)."""
    td = time_data(lang)
    sd = load(lang, "semantics", SemanticsData)
    change = (
        sd.change_up
        + sd.change_down
        + sd.change_neutral
        + sd.change_adjacent_up
        + sd.change_adjacent_down
    )
    return Marks(
        cues=regex.compile(rf"(?i:{alternation(td.comparison_cues)})"),
        weak=regex.compile(rf"(?i:{alternation(td.weak_comparison_cues)})"),
        ends=regex.compile(alternation(td.comparison_ends)),
        punct=regex.compile(rf"[,;:](?=\s)|[()]|{S}[–—-]{S}"),
        words=regex.compile(alternation(td.clause_words)),
        anaphora=regex.compile(rf"[\s\"“‘']*(?i:{alternation(td.data_anaphora)})"),
        cued=regex.compile(
            rf"(?i:{alternation(td.comparison_cues + td.weak_comparison_cues)}){S}+"
            rf"(?:(?i:the){S}+)?\Z"
        ),
        change=regex.compile(rf"(?i:{alternation(change)})"),
        comma=regex.compile(rf",{S}*\Z"),
        surpass=regex.compile(rf"(?i:{alternation(sd.surpass)})"),
    )
