"""Aspect (level, change, share) of a quantity and the direction of a change. Cues come from
``lang/<code>/semantics.yaml``; see :mod:`claimx.semantics` for the rules in words.
"""

from __future__ import annotations

from functools import cache

from claimx.kind import CHANGE, is_money, same_range, skip_relative
from claimx.lexicon import qualifier_data
from claimx.quantities import Quantity
from claimx.semtext import ClaimState, SemDoc
from claimx.subjafter import explicit_base

_PERCENT = frozenset({"percent"})
_POINTS = frozenset({"percentage_point", "basis_point"})


def _direction(cls: frozenset[str]) -> str | None:
    if not cls.isdisjoint(_UP):
        return "up"
    if not cls.isdisjoint(_DOWN):
        return "down"
    return None


_UP = frozenset({"change_up", "change_adjacent_up"})
_DOWN = frozenset({"change_down", "change_adjacent_down"})
_ADJACENT = frozenset({"change_adjacent_up", "change_adjacent_down"})
_NOT_BEFORE_CHANGE = frozenset({"breakers", "comparison", "from_words"})


def aspect_of(
    d: SemDoc, qs: list[Quantity], states: list[ClaimState], i: int
) -> tuple[str, str | None]:
    """Return (aspect, direction) of quantity ``i``."""
    segs = d.segs
    lo, hi = d.sent_lo[i], d.sent_hi[i]
    a = d.qseg[i]
    q = qs[i]
    if q.unit == "count" and _counts_contests(d, a, hi):
        return "level", None  # "lost only three games", "conceded 29 goals"
    change = _change_before(d, a, lo)
    if change is not None and _crossed_level(d, q):
        change = None  # "turun di bawah 4 persen", "fell below $30": the level crossed
    if change is None and a + 1 < hi and "change_after" in segs[a + 1].cls:
        change = _direction(segs[a + 1].cls) or _direction(d.lex.classes(segs[a + 1].low))
        change = change or "?"
    if change is None and q.unit in _PERCENT:
        change = _signed(d.text, q)  # "Dow +0.5% and Nasdaq -1.2%": the sign rules
    if change is None:
        change = _linked_change(d, qs, states, i, lo)
        if change is not None and q.unit in _PERCENT and explicit_base(d, i):
            change = None  # "... atau 35,5 persen dari total populasi UMKM"
    elif change != "?" and _new_level(d, qs, states, i, lo):
        change = None
    if change is None and q.unit in _PERCENT and not explicit_base(d, i):
        change = _growth_rate(d, a, lo)
    if change is not None:
        return "change", None if change == "?" else change
    if q.unit in _PERCENT:
        return "share", None
    if q.unit in _POINTS:
        return "change", None
    return "level", None


def _counts_contests(d: SemDoc, a: int, hi: int) -> bool:
    """Does the count at segment ``a`` count contests ("three games", "29 gol"): its own
    noun, or the word right after it, is a contest noun?"""
    nouns = d.lex.contest_nouns
    if not nouns:
        return False
    own = d.segs[a].low.rpartition(" ")[2]
    return own in nouns or (a + 1 < hi and d.segs[a + 1].low in nouns)


def _crossed_level(d: SemDoc, q: Quantity) -> bool:
    """Does the mention of ``q`` open with a threshold bound ("below 4 percent")?"""
    low = d.text[q.start : q.end].lower()
    return any(
        low.startswith(w) and low[len(w) : len(w) + 1].isspace() for w in _thresholds(d.lex.lang)
    )


@cache
def _thresholds(lang: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in qualifier_data(lang).thresholds)


def _signed(text: str, q: Quantity) -> str | None:
    """ "Dow +0.2%", "DAX -1.6%": a percentage written with its sign is a change; returns its
    direction or None."""
    glued = q.start > 0 and (text[q.start - 1].isalnum() or text[q.start - 1] in "%)")
    if q.value < 0 and text[q.start : q.start + 1] in ("-", "−") and not glued:
        return "down"  # not the dash of a range "10%-15%"
    plus = q.start > 0 and text[q.start - 1] == "+"
    if plus and (q.start < 2 or not text[q.start - 2].isalnum()):
        return "up"
    return None


def _growth_rate(d: SemDoc, a: int, lo: int) -> str | None:
    """ "cut its growth forecast to 3.1 percent", "pertumbuhan ekonomi menjadi 5 persen": a
    percentage said of a rate of change (a growth word in its clause) is a change; returns its
    direction or None."""
    segs = d.segs
    for k in range(a - 1, max(lo, a - _RATE_WINDOW) - 1, -1):
        s = segs[k]
        stops = s.cls & _RATE_STOPS
        if stops == {"reporting"} and "np_nouns" in s.cls:
            stops = frozenset()  # "its growth forecast to 3.1 percent": a noun here
        if (
            s.kind == "q"
            and k == a - 2
            and (segs[a - 1].low in _RANGE_LINKS or "from_words" in segs[a - 1].cls)
        ):
            continue  # "growth of 4.7 to 5.5 percent", "its growth forecast to 4.9% from 5.2%"
        if s.kind == "q" or stops or s.low in (";", ",", ":"):
            return None
        if "growth_rate" in s.cls:
            return _direction(s.cls) or _direction(d.lex.classes(s.low)) or "?"
    return None


_RATE_WINDOW = 10
_RANGE_LINKS = frozenset({"to", "-", "–", "and", "hingga", "sampai", "dan"})
_RATE_STOPS = frozenset({"breakers", "comparison", "relative", "reporting"})


def _money_or_cents(unit: str) -> bool:
    return is_money(unit) or unit in ("cent", "sen", "GBX")


def _new_level(d: SemDoc, qs: list[Quantity], states: list[ClaimState], i: int, lo: int) -> bool:
    """ "target 20 juta ... dan meningkat 24 juta di tahun 2023": a bare change verb whose number
    exceeds an earlier level of the same unit in the sentence states the new level."""
    segs = d.segs
    a = d.qseg[i]
    if a - 1 < lo or "change_up" not in segs[a - 1].cls or qs[i].unit in _PERCENT:
        return False
    head, _, last = segs[a - 1].low.rpartition(" ")
    if head and "change_gap" in d.lex.classes(last):
        return False  # "grew by 125,600", "an increase of 5": the amount of the change
    for k in range(a - 2, lo - 1, -1):
        s = segs[k]
        if "breakers" in s.cls or "comparison" in s.cls:
            return False
        if s.kind == "q":
            j = s.q
            prev = states[j]
            return (
                prev.aspect == "level"
                and qs[j].unit == qs[i].unit
                and 0 < qs[j].value < qs[i].value
            )
    return False


def _change_before(d: SemDoc, a: int, lo: int) -> str | None:
    """Return "up", "down" or "?" if a change word governs the number at segment ``a``."""
    segs = d.segs
    if a - 1 >= lo and "level_before" in segs[a - 1].cls:
        return None
    counted = 0
    k = a - 1
    window, months = d.lex.change_window, d.lex.months
    while k >= lo and counted <= window:
        s = segs[k]
        cls = s.cls
        if s.kind == "q" or not cls.isdisjoint(_NOT_BEFORE_CHANGE):
            return None
        if s.low in (";", "—", ":"):
            return None  # "negating the price increase: this year's MSRP is $33,790"
        if s.low == "," and skip_relative(d, k, lo) != k - 1:
            return None  # "Exports, which are expected to rise, reached $20 billion"
        if "level_before" in cls and d.lex.level_words_block and not cls & CHANGE:
            return None
        if not cls.isdisjoint(CHANGE) and not _name_word(d, k, lo):
            if "funding_verbs" in cls and k == a - 1 and is_money(d.unit_of(segs[a].q)):
                return None  # "the startup raised $50 million": funds obtained, a level
            if "money_level_nouns" in cls and _money_or_cents(d.unit_of(segs[a].q)):
                return None  # "posted a loss of 63 cents a share": the amount lost, a level
            return _direction(cls) or "?"
        if "target_before" in cls:
            return None
        if k == a - 1 and not cls.isdisjoint(_ADJACENT):
            return _direction(cls)
        if s.kind == "p" or s.kind == "n" or "change_gap" in cls or "time_words" in cls:
            k -= 1
            continue
        if s.low in months:
            k -= 1
            continue
        counted += 1
        k -= 1
    return None


def _name_word(d: SemDoc, k: int, lo: int) -> bool:
    """Is the capitalised word at ``k`` part of a name ("APBD Perubahan 2025", "the Climate
    Change Ministry")? It follows another capitalised word inside a sentence that is not
    written in title case (a headline "Produksi Padi Diperkirakan Turun" capitalises its
    verbs too: a lower-case word before it in the sentence tells). Returns False for a
    lower-case word."""
    segs = d.segs
    if not segs[k].first.isupper() or k - 1 < lo or not segs[k - 1].first.isupper():
        return False
    return any(
        s.kind == "w" and s.first.islower() and len(s.low) > 3
        for s in segs[max(lo, k - _TITLE_WINDOW) : k]
    )


_TITLE_WINDOW = 8


def _linked_change(
    d: SemDoc, qs: list[Quantity], states: list[ClaimState], i: int, lo: int
) -> str | None:
    """A change spreads to a number in apposition, range or coordination with it."""
    segs = d.segs
    a = d.qseg[i]
    k = a - 1
    words = 0
    comparison = False
    predicate = False
    while k >= lo:
        s = segs[k]
        if s.kind == "q":
            j = s.q
            prev = states[j]
            if prev.aspect != "change":
                return None
            if comparison and (qs[j].unit != qs[i].unit or predicate):
                return None
            if same_range(qs[i], qs[j]):
                return prev.direction or "?"  # "dropped by 1 to 1.5 degrees": one change
            if a - 1 >= lo and "level_before" in segs[a - 1].cls:
                return None
            return prev.direction or "?"
        cls = s.cls
        if "comparison" in cls:
            comparison = True
        elif not comparison and s.kind == "w" and (d.lex.is_verb(s.low) or "relative" in cls):
            predicate = True
            if cls.isdisjoint(_GAP_OR_RELATIVE):
                return None  # another predicate: "... after it reported a net profit of $1.2 bn"
        elif not cls.isdisjoint(_UNLINKED) or "target_before" in cls or s.low in (";", ":"):
            return None
        elif s.kind == "w" and cls.isdisjoint(_LINK_WORDS):
            words += 1
            if words > 3:
                return None
        k -= 1
    return None


_GAP_OR_RELATIVE = frozenset({"change_gap", "relative"})
_UNLINKED = frozenset({"breakers", "from_words", "change_up", "change_down", "change_neutral"})
_LINK_WORDS = frozenset({"apposition", "change_gap", "stop", "time_words"})
