"""Parsing one matched time expression into a value (the atoms :mod:`claimx.timeexpr` finds)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import regex

from claimx.memo import Memo
from claimx.periods import Period, Value, interval
from claimx.timedata import time_data

if TYPE_CHECKING:
    from claimx.timeexpr import _Grammar

Anchor = Literal["now", "doc", "ref", "earlier", "same", "weekday"]


def fold(s: str) -> str:
    """Case-fold ``s`` and collapse its white space."""
    return " ".join(s.split()).casefold()


_WORD = regex.compile(r"[\p{L}\p{N}'’.]+")
_NUM = regex.compile(r"\d+")
_QUARTER = regex.compile(r"([QH])([1-4])\W*(\d{2,4})?|([1-4])([QH])\W*(\d{2,4})")
_TOKEN = regex.compile(r"[\p{L}\p{N}]+")


def _year(s: str) -> int:
    y = int(s)
    return y if y >= 100 else 2000 + y if y < 70 else 1900 + y


def _date(y: int, m: int, d: int) -> Period | None:
    try:
        dt.date(y, m, d)
    except ValueError:
        return None
    return Period(y, m, d)


@dataclass(frozen=True, slots=True)
class _Parsed:
    value: Value | None
    partial: Value | None = None
    anchor: Anchor | None = None
    unit: Literal["year", "month"] | None = None
    offset: int = 0


_PARSED: Memo[tuple[str, str, str], _Parsed | None] = Memo()


def parse(kind: str, s: str, g: _Grammar, lang: str) -> _Parsed | None:
    """Parse one matched atom; None when it is not a valid date.

    Atoms repeat ("2023", "Desember 2023"), so their parse is remembered (a bounded table; a
    parse depends on the atom's kind, text and language only, ``g`` being the language's).
    """
    if len(s) > 40:
        return _parse(kind, s, g, lang)
    return _PARSED.get((kind, s, lang), _parse, kind, s, g, lang)


def _parse(kind: str, s: str, g: _Grammar, lang: str) -> _Parsed | None:
    nums = [int(n) for n in _NUM.findall(s)]
    words = [fold(w) for w in _WORD.findall(s)]
    month = next((g.months[w] for w in words if w in g.months), 0)
    if kind == "numdate":
        a, b, y = _NUM.findall(s)
        d, m = (int(a), int(b)) if time_data(lang).numeric_order == "dmy" else (int(b), int(a))
        p = _date(_year(y), m, d)
        return _Parsed(p) if p else None
    if kind == "iso":
        p = _date(nums[0], nums[1], nums[2] if len(nums) > 2 else 1)
        if p is None:
            return None
        return _Parsed(p if len(nums) > 2 else Period(nums[0], nums[1]))
    if kind in ("qh", "qh_", "q"):
        return _parse_quarter(s, g)
    if kind == "mrange":
        return _parse_month_range(s, words, nums, g)
    if kind == "dmy" or kind == "mdy":
        day = nums[0]
        years = [n for n in nums[1:] if n >= 1000]
        if years:
            p = _date(years[0], month, day)
            return _Parsed(p) if p else None
        if _date(2000, month, day) is None:
            return None
        return _Parsed(None, partial=Period(2000, month, day))
    if kind == "my":
        years = [n for n in nums if n >= 1000]
        if years:
            return _Parsed(Period(years[0], month))
        rel = " ".join(words[1:])
        return _Parsed(
            None,
            partial=Period(2000, month),
            anchor="doc",
            unit="year",
            offset=g.month_rel.get(rel, 0),
        )
    if kind in ("month", "past"):
        return _Parsed(None, partial=Period(2000, month))
    if kind == "rel":
        w = fold(s)
        if w in g.now:
            return _Parsed(None, anchor="now")
        if w in g.earlier:
            return _Parsed(None, anchor="earlier")
        if w in g.same:
            return _Parsed(None, anchor="same")
        anchor, unit, off = g.relative[w]
        return _Parsed(None, anchor=anchor, unit=unit, offset=off)  # type: ignore[arg-type]
    if kind == "year":
        return _Parsed(Period(nums[0]))
    if kind == "season":
        return _parse_season(nums[0], nums[1])
    return None


def _parse_season(first: int, short: int) -> _Parsed | None:
    """Parse "2024-25" (a season or fiscal year): the years from ``first`` to the year ending
    in ``short`` after it, within a decade; None otherwise ("2024-12" is a month, read before)."""
    last = first // 100 * 100 + short
    if last <= first:
        last += 100
    if last - first > 10:
        return None
    return _Parsed(interval(Period(first), Period(last)))


def _parse_quarter(s: str, g: _Grammar) -> _Parsed | None:
    m = _QUARTER.fullmatch(s.strip())
    if m:
        tag = m.group(1) or m.group(5)
        n = int(m.group(2) or m.group(4))
        ys = m.group(3) or m.group(6)
        if tag == "H" and n > 2:
            return None
        y = _year(ys) if ys else 2000
        p = Period(y, quarter=n) if tag == "Q" else Period(y, half=n)
        return _Parsed(p) if ys else _Parsed(None, partial=p)
    tokens = [fold(w) for w in _TOKEN.findall(s)]
    is_q = any(t in g.quarter_words for t in tokens)
    n = next((g.ordinals[t] for t in tokens if t in g.ordinals), 0)
    if not n or (not is_q and n > 2):
        return None
    years = [int(t) for t in tokens if t.isdigit() and len(t) == 4]
    y = years[0] if years else 2000
    p = Period(y, quarter=n) if is_q else Period(y, half=n)
    if years:
        return _Parsed(p)
    rel = next((v for k, v in g.month_rel.items() if k in fold(s)), None)
    if rel is not None:
        return _Parsed(None, partial=p, anchor="doc", unit="year", offset=rel)
    return _Parsed(None, partial=p)


def _parse_month_range(s: str, words: list[str], nums: list[int], g: _Grammar) -> _Parsed | None:
    """Parse "January-March quarter [of 2023]": a quarter, half or run of months."""
    months = [g.months[w] for w in words if w in g.months][:2]
    if len(months) < 2:
        return None
    years = [n for n in nums if n >= 1000]
    y = years[0] if years else 2000
    v = interval(Period(y, months[0]), Period(y, months[1]))
    if v is None:
        return None
    if years:
        return _Parsed(v)
    rel = next((off for k, off in g.month_rel.items() if k in fold(s)), None)
    if rel is not None:
        return _Parsed(None, partial=v, anchor="doc", unit="year", offset=rel)
    return _Parsed(None, partial=v)
