"""Fractions that state a share of a whole, as percentages.

"a third of the firms", "more than half", "grew by a fifth", "sekitar dua pertiga dari
anggaran" and "one in five children" state a share: the annotation guide's convention (and the
gold sets') writes them in percent (33.3, 50, 20). A fraction word counts as a share when a
share linker follows it ("of", "dari"), a qualifier bounds it ("nearly half"), or a change
word governs a single fraction ("grew by a fifth"); an ordinal before it makes it a period
("the first half of 2023", "the third quarter of"), not a share. The words are language data
(``share_linkers`` and ``one_in`` in ``numbers.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import regex

from claimx.langdata import load
from claimx.lexicon import S, alternation
from claimx.numbers import number_data, number_words, parse_number_words
from claimx.semlex import SemanticsData

_SEP = rf"(?:{S}|-)+"


@dataclass(frozen=True)
class _Patterns:
    linker: regex.Pattern[str] | None
    restated: regex.Pattern[str]
    ordinal_before: regex.Pattern[str]
    single: regex.Pattern[str]
    one_in: regex.Pattern[str] | None
    one_in_seek: re.Pattern[str] | None


@cache
def _patterns(lang: str) -> _Patterns:
    nd = number_data(lang)
    linker = (
        regex.compile(rf"{S}+(?i:{alternation(nd.share_linkers)})\b") if nd.share_linkers else None
    )
    # ", or 37 percent": the exact figure restates the fraction, and is the claim
    appositions = load(lang, "semantics", SemanticsData).apposition
    restated = regex.compile(rf",?{S}*(?i:{alternation(appositions)}){S}+\d")
    ordinals = alternation(list(nd.ordinals))
    ordinal_before = regex.compile(rf"(?i:\b(?:{ordinals})){S}+\Z")
    # one fraction on its own: an article or "one" and a denominator ("a fifth", "one-third"),
    # or a fraction word ("half", "sepertiga")
    singles = list(nd.fractions) + list(nd.denominators)
    ones = [*nd.articles, *(w for w, v in nd.units.items() if v == 1)]
    single = regex.compile(
        rf"(?i:(?:(?:{alternation(ones)}){_SEP})?(?:{alternation(singles)}))"
        if ones
        else rf"(?i:{alternation(singles)})"
    )
    one_in = seek = None
    if nd.one_in:
        ones = [w for w, v in nd.units.items() if v == 1] + ["1"]
        links = "|".join(r"[ \t\u00a0]+".join(map(re.escape, w.split())) for w in nd.one_in)
        one = "|".join(map(re.escape, ones))
        seek = re.compile(rf"(?<![^\W_])(?:{one})[ \t\u00a0]+(?:{links})[ \t\u00a0]", re.I)
        one = alternation([w for w, v in nd.units.items() if v == 1] + ["1"])
        words = alternation(number_words(lang))
        one_in = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?i:{one}){S}+(?i:{alternation(nd.one_in)}){S}+"
            rf"(?P<n>\d{{1,3}}|(?i:{words})(?:{_SEP}(?i:{words}))*)(?![\p{{L}}\p{{N}}])"
        )
    return _Patterns(linker, restated, ordinal_before, single, one_in, seek)


def is_share(
    text: str, start: int, end: int, lang: str, *, qualified: bool, governed: bool
) -> bool:
    """Return True if the fraction in words at [start, end) states a share of a whole."""
    pats = _patterns(lang)
    if pats.ordinal_before.search(text, max(0, start - 20), start):
        return False  # "the first half of 2023": a period
    if pats.restated.match(text, end):
        return False  # "More than a third, or 37 percent, of": the figure is the claim
    if qualified:
        return True
    if pats.linker is not None and pats.linker.match(text, end):
        return True
    return governed and pats.single.fullmatch(text, start, end) is not None


def one_in_n(text: str, lang: str) -> list[tuple[int, int, float]]:
    """Return (start, end, percent) of each "one in N" share ("one in five" -> 20.0)."""
    pats = _patterns(lang)
    pat, seek = pats.one_in, pats.one_in_seek
    if pat is None or seek is None:
        return []
    out: list[tuple[int, int, float]] = []
    # the standard engine finds the few "one in" places fast; the full pattern is tried there
    for m in (pat.match(text, c.start()) for c in seek.finditer(text)):
        if m is None:
            continue
        n = m.group("n")
        try:
            value = float(n) if n.isdigit() else parse_number_words(n, lang)
        except ValueError:
            continue
        if value >= 2:
            out.append((m.start(), m.end(), 100.0 / value))
    return out
