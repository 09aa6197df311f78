"""Bare weekdays and day words as times: "harga cabai mencapai Rp 68.450 per kilogram pada Senin",
"sealed the title on Sunday in front of 38,000 fans", "IHSG melemah 1 persen kemarin".

A weekday written without a date names a day near the document date: the latest such day on or
before it (what the article reports happened), the next one on or after it for a target or
forecast; "Senin lalu"/"last Monday" is strictly before, "Kamis depan"/"next Thursday" strictly
after (:func:`claimx.timeexpr.weekday_value`). A weekday followed by a date ("Senin
(13/10/2025)", "Tuesday, January 15") is an event date read by :mod:`claimx.timeexpr`; one that
is part of a name ("Cyber Monday", "Black Friday") or of a dateline ("JAKARTA, Senin -") is
none. Whether a weekday dates a statement ("kata Menteri di Jakarta, Senin", "the bureau said on
Monday") rather than a figure depends on the figures around it, and is judged by :func:`reports`
when claims are bound. Day words ("kemarin", "besok", "yesterday", "tomorrow") count days from
the document date and are judged alike ("kata Menteri di Jakarta, kemarin" dates a statement).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import regex

from claimx.lexicon import S, alternation, calendar_data
from claimx.timedata import time_data
from claimx.timeexpr import _PLACE, TimeExpr, relation_before
from claimx.timeparse import fold

_WINDOW = 200  # how far back a reporting word is looked for (characters)
_AHEAD = 40  # how far after a sentence-opening weekday


@dataclass(frozen=True, slots=True)
class _Weekdays:
    word: regex.Pattern[str]
    date_after: regex.Pattern[str]
    cue_before: regex.Pattern[str]
    shift_before: regex.Pattern[str]
    shift_after: regex.Pattern[str]
    capital_before: regex.Pattern[str]
    report: regex.Pattern[str]
    day_word: regex.Pattern[str]
    day_blocked: regex.Pattern[str]
    days: dict[str, int]
    numbers: dict[str, int]
    shifts: dict[str, int]
    guarded: frozenset[str]


@cache
def _weekdays(lang: str) -> _Weekdays:
    cal = calendar_data(lang)
    td = time_data(lang)
    names = dict(cal.weekdays)
    names.update({k.upper(): v for k, v in cal.weekdays.items()})
    months = alternation(cal.months)
    shifts = {
        fold(k): int(v) for k, v in {**td.weekday_shift_before, **td.weekday_shift_after}.items()
    }
    return _Weekdays(
        # case as written: "Senin", "MONDAY"; not "senin" inside a sentence
        word=regex.compile(alternation(names)),
        date_after=regex.compile(rf"{S}*,?{S}*(?:\(?{S}*\d|{months})"),
        cue_before=regex.compile(
            rf"(?i:{alternation(td.weekday_cues + list(td.weekday_shift_before))}){S}+\Z"
        ),
        shift_before=regex.compile(rf"(?i:{alternation(td.weekday_shift_before)}){S}+\Z"),
        shift_after=regex.compile(rf"{S}+(?i:{alternation(td.weekday_shift_after)})"),
        capital_before=regex.compile(rf"\p{{Lu}}[\p{{L}}\p{{M}}'’.&-]*{S}+\Z"),
        report=regex.compile(rf"(?i:{alternation(td.report_words)})"),
        # the cases written, not (?i): a case-sensitive alternation scans by literal search
        day_word=regex.compile(
            alternation({v for w in td.day_words for v in (w, w.capitalize(), w.upper())})
        ),
        day_blocked=regex.compile(rf"(?i:{alternation(td.day_word_blockers)}){S}+\Z"),
        days={fold(k): v for k, v in td.day_words.items()},
        numbers={fold(k): v for k, v in names.items()},
        shifts=shifts,
        guarded=frozenset(fold(w) for w in td.weekday_guarded),
    )


def find(text: str, lang: str) -> list[TimeExpr]:
    """Return the bare weekdays of ``text`` as time expressions (anchor "weekday"), in order.

    Weekday names are rare words, so each match is judged in Python: a date after it, a
    capitalised word before it that is not a cue ("Cyber Monday"), or a guarded name without a
    cue ("Minggu ini" is "this week") leaves it out.
    """
    w = _weekdays(lang)
    out: list[TimeExpr] = []
    for m in w.word.finditer(text):
        s, e = m.span()
        if w.date_after.match(text, e):
            continue
        if _PLACE.fullmatch(text, text.rfind("\n", 0, s) + 1, s):
            continue  # a dateline: "JAKARTA, Senin -"
        lo = max(0, s - 30)
        cued = w.cue_before.search(text, lo, s) is not None
        name = fold(m.group())
        if not cued and (name in w.guarded or w.capital_before.search(text, lo, s)):
            continue
        offset = 0
        before = w.shift_before.search(text, lo, s)
        if before is not None:
            offset = w.shifts.get(fold(before.group().strip()), 0)
        after = w.shift_after.match(text, e)
        if after is not None:
            offset = w.shifts.get(fold(after.group().strip()), 0)
            e = after.end()
        out.append(
            TimeExpr(
                s,
                e,
                None,
                relation_before(text, s, lang),
                anchor="weekday",
                offset=offset,
                weekday=w.numbers[name],
            )
        )
    return _with_days(text, lang, w, out)


def _with_days(text: str, lang: str, w: _Weekdays, found: list[TimeExpr]) -> list[TimeExpr]:
    """Return ``found`` with the day words of ``text`` ("kemarin", "yesterday") among them,
    in order; one that moves a weekday ("Senin kemarin") or follows a period noun ("pekan
    kemarin") is left out."""
    days: list[TimeExpr] = []
    ends = {t.end for t in found}
    for m in w.day_word.finditer(text):
        s, e = m.span()
        if e in ends or w.day_blocked.search(text, max(0, s - 20), s):
            continue
        rel = relation_before(text, s, lang)
        days.append(TimeExpr(s, e, None, rel, anchor="weekday", offset=w.days[fold(m.group())]))
    if not days:
        return found
    return sorted(found + days, key=lambda t: t.start)


def merge(exprs: Sequence[TimeExpr], weekdays: list[TimeExpr]) -> tuple[TimeExpr, ...]:
    """Return ``exprs`` with ``weekdays`` among them in text order (those inside another
    expression are dropped)."""
    if not weekdays:
        return tuple(exprs)
    starts = [t.start for t in exprs]
    out = list(exprs)
    for t in weekdays:
        i = bisect_left(starts, t.start)
        if i > 0 and exprs[i - 1].end > t.start:
            continue
        out.append(t)
    out.sort(key=lambda t: t.start)
    return tuple(out)


def reports(
    text: str,
    lang: str,
    t: TimeExpr,
    sentence: tuple[int, int],
    qstarts: Sequence[int],
    qends: Sequence[int],
) -> bool:
    """Return True if the weekday ``t`` dates a statement or a report, not a figure.

    It does when a reporting word stands between it and the last figure before it in its
    sentence ("kata Ketua ... di Jakarta, Selasa", "GoTo said on Tuesday its loss ..."), or
    when no figure precedes it in its sentence and a reporting word follows within a few words
    ("On Thursday, the bureau said", "Dell on Monday announced"). ``qstarts``/``qends`` are the
    sorted spans of the text's quantities.
    """
    ss, se = sentence
    report = _weekdays(lang).report
    k = bisect_left(qstarts, t.start) - 1
    figure_before = k >= 0 and qstarts[k] >= ss
    lo = max(ss, t.start - _WINDOW, qends[k] if figure_before else ss)
    if report.search(text, lo, t.start) is not None:
        return True
    if figure_before:
        return False
    nxt = bisect_left(qstarts, t.end)
    hi = min(se, t.end + _AHEAD, qstarts[nxt] if nxt < len(qstarts) else se)
    return hi > t.end and report.search(text, t.end, hi) is not None
