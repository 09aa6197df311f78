"""Document date: the day an article speaks from, read from its own text.

Sources, strongest first: a header line (" date 2023-12"), a dateline on a line of its own
("Jakarta Globe - November 11, 2020", "Monday, October 17, 2022"), an event date after a
weekday ("Senin (4/12/2023)", "Selasa, 15 Juni 2021", "on Tuesday, January 15, 2019"), a
wire dateline without its year ("SINGAPORE, March 8 (Reuters) -") dated by a weekday elsewhere
("said on Tuesday") and the periods the article reports as past, a
weekday with day and month but no year ("Saturday, August 3", "Kamis (10/10)") whose year is
the one where that day falls on that weekday after the periods the article reports as past,
and a bare weekday ("on Thursday") after the latest full date the article reports. A header
that names only a month combines with an event date in that month. A weekday that contradicts
its numeric date keeps the numeric date and records the conflict.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import cache

import regex

from claimx.langdata import check_lang, load
from claimx.lexicon import S, alternation, calendar_data, fold
from claimx.models import DocDate
from claimx.periods import Interval, Period, Value
from claimx.semlex import SemanticsData
from claimx.structure import Structure
from claimx.timedata import time_data
from claimx.timeexpr import TimeExpr, grammar, scan

_SEARCH_YEARS = 8


@dataclass(frozen=True, slots=True)
class _Patterns:
    weekday_before: regex.Pattern[str]
    weekday_daymonth: regex.Pattern[str]
    bare_weekday: regex.Pattern[str]


@cache
def _patterns(lang: str) -> _Patterns:
    cal = calendar_data(lang)
    wd = dict(cal.weekdays)
    wd.update({k.upper(): v for k, v in cal.weekdays.items()})
    weekday = alternation(wd)
    cues = alternation(time_data(lang).weekday_cues)
    return _Patterns(
        weekday_before=regex.compile(rf"(?P<wd>{weekday}){S}*,?{S}*\(?{S}*\Z"),
        weekday_daymonth=regex.compile(
            rf"(?P<wd>{weekday}){S}*,?{S}*\({S}*(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}}){S}*\)"
        ),
        bare_weekday=regex.compile(rf"(?i:{cues}){S}+(?P<wd>{weekday})(?!{S}*,?{S}*\(?{S}*\d)"),
    )


def _weekday_of(text: str, t: TimeExpr, lang: str) -> tuple[int, int, str] | None:
    """Return (start, weekday number, word) of a weekday written just before ``t``."""
    m = _patterns(lang).weekday_before.search(text, max(0, t.start - 20), t.start)
    if m is None:
        return None
    word = m.group("wd")
    return m.start(), grammar(lang).weekdays[fold(word)], word


def _conflict(word: str, num: int, day: dt.date) -> str | None:
    if day.weekday() == num:
        return None
    return (
        f"'{word}' names a {calendar.day_name[num]}, but {day.isoformat()} "
        f"was a {calendar.day_name[day.weekday()]}"
    )


def infer(text: str, lang: str, doc: Structure) -> DocDate | None:
    """Return the document date the text of one article lets a reader infer, or None."""
    check_lang(lang)
    times = [t for t in scan(text, lang) if not doc.is_boilerplate(t.start)]
    header = next((t for t in times if t.role == "header"), None)
    full = [
        t
        for t in times
        if t.role in ("dateline", "event") and isinstance(t.value, Period) and t.value.day
    ]
    full.sort(key=lambda t: (t.role != "dateline", t.start))
    if header is not None and isinstance(header.value, Period):
        hv = header.value
        if hv.day is None:
            for t in full:
                v = t.value
                if isinstance(v, Period) and v.year == hv.year and v.month in (hv.month, None):
                    return _from_full(text, lang, t, "header+" + t.role)
        return DocDate(
            value=hv.iso(),
            text=text[header.start : header.end],
            start=header.start,
            end=header.end,
            basis="header",
        )
    if full:
        return _from_full(text, lang, full[0], full[0].role)
    line = next((t for t in times if t.role == "dateline" and t.value is None), None)
    if line is not None:
        return _from_dateline(text, lang, doc, times, line)
    return _from_weekday(text, lang, doc, times)


def _from_full(text: str, lang: str, t: TimeExpr, basis: str) -> DocDate:
    assert isinstance(t.value, Period)
    day = t.value.first()
    start, end = t.start, t.end
    if text[end : end + 1] == ")":
        end += 1
    conflict = None
    wd = _weekday_of(text, t, lang)
    if wd is not None:
        start = wd[0]
        conflict = _conflict(wd[2], wd[1], day)
    return DocDate(
        value=day.isoformat(),
        text=text[start:end],
        start=start,
        end=end,
        basis=basis,
        conflict=conflict,
    )


def _from_weekday(text: str, lang: str, doc: Structure, times: list[TimeExpr]) -> DocDate | None:
    pats = _patterns(lang)
    g = grammar(lang)
    absolute = [t for t in times if t.role == "time" and t.value is not None]
    order = time_data(lang).numeric_order
    # a weekday with day and month but no year
    for t in times:
        if t.role != "event" or not isinstance(t.partial, Period) or t.partial.day is None:
            continue
        wd = _weekday_of(text, t, lang)
        if wd is not None:
            return _year_for(t.partial.month or 1, t.partial.day, wd, t.end, text, absolute)
    for m in pats.weekday_daymonth.finditer(text):
        if doc.is_boilerplate(m.start()):
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        d, mo = (a, b) if order == "dmy" else (b, a)
        if not 1 <= mo <= 12:
            continue
        wd = (m.start(), g.weekdays[fold(m.group("wd"))], m.group("wd"))
        return _year_for(mo, d, wd, m.end(), text, absolute)
    # a bare weekday after the latest full date the article reports
    bare = pats.bare_weekday.search(text)
    days = [_last_day(t) for t in absolute]
    known = [d for d in days if d is not None]
    if bare is None or not known:
        return None
    num = g.weekdays[fold(bare.group("wd"))]
    latest = max(known)
    if latest.year < max(t.value.last().year for t in absolute if t.value) - 1:
        return None  # the latest full date is history, not the news of the week
    day = latest + dt.timedelta(days=(num - latest.weekday()) % 7)
    return DocDate(
        value=day.isoformat(),
        text=bare.group("wd"),
        start=bare.start("wd"),
        end=bare.end("wd"),
        basis="weekday after latest reported date",
    )


@cache
def _future(lang: str) -> regex.Pattern[str]:
    """Return the pattern of words that mark a sentence as a target or forecast."""
    sem = load(lang, "semantics", SemanticsData)
    words = sem.target_before + sem.forecast_before + sem.target_after + sem.forecast_after
    return regex.compile(rf"(?i:{alternation(words)})")


def _past_periods(text: str, lang: str, doc: Structure, times: list[TimeExpr]) -> list[Value]:
    """Return the absolute periods the article reports as past.

    A period counts unless a deadline ("by 2025") or a sentence that sets a target or makes a
    forecast ("expects growth of 5 percent in 2024") names it.
    """
    future = _future(lang)
    out: list[Value] = []
    for t in times:
        if t.role != "time" or t.anchor is not None or t.value is None or t.relation == "by":
            continue
        sent = doc.sentences[doc.sentence_at(t.start)] if doc.sentences else None
        if sent is not None and future.search(text, sent.start, sent.end):
            continue
        out.append(t.value)
    return out


def _from_dateline(
    text: str, lang: str, doc: Structure, times: list[TimeExpr], line: TimeExpr
) -> DocDate | None:
    """Return the date of a wire dateline without its year ("SINGAPORE, March 8 (Reuters) -").

    The date is the first such day after the periods the article reports as past (basis
    "dateline+weekday" when it falls on a weekday the article names, "said on Tuesday"); when
    none falls after them, the first on or after the latest one's start that falls on the named
    weekday. None when the article reports no past period.
    """
    assert isinstance(line.partial, Period)
    month, day = line.partial.month or 1, line.partial.day or 1
    past = _past_periods(text, lang, doc, times)
    if not past:
        return None
    after = max(v.last() for v in past)
    since = max(v.first() for v in past)
    bare = next(
        (
            m
            for m in _patterns(lang).bare_weekday.finditer(text)
            if not doc.is_boilerplate(m.start())
        ),
        None,
    )
    wanted = grammar(lang).weekdays[fold(bare.group("wd"))] if bare is not None else None
    found: list[dt.date] = []
    for y in range(since.year, after.year + _SEARCH_YEARS + 1):
        if month == 2 and day == 29 and not calendar.isleap(y):
            continue
        d = dt.date(y, month, day)
        if d >= since:
            found.append(d)
    # the news follows the periods it reports: the first such day after them. A weekday the
    # article names is as often a day of the week before the dateline as the dateline's own,
    # so it never pushes the date further ("a statement on Wednesday" in a Thursday story is
    # no reason for 2031); it only confirms the day
    later = [d for d in found if d > after]
    if later:
        pick = later[0]
        basis = "dateline+weekday" if pick.weekday() == wanted else "dateline+periods"
    else:
        same = [d for d in found if d.weekday() == wanted]
        if not same:
            return None
        pick, basis = same[0], "dateline+weekday"
    return DocDate(
        value=pick.isoformat(),
        text=text[line.start : line.end],
        start=line.start,
        end=line.end,
        basis=basis,
    )


def _last_day(t: TimeExpr) -> dt.date | None:
    v = t.value
    end = v.end if isinstance(v, Interval) else v
    if isinstance(end, Period) and end.day is not None:
        return end.first()
    return None


def _year_for(
    month: int, day: int, wd: tuple[int, int, str], end: int, text: str, absolute: list[TimeExpr]
) -> DocDate | None:
    """Return the date of ``day``/``month`` in the year its weekday and the article agree on.

    The article's as-of and since periods (and "2024 ini") are past or present, so the date
    lies on or after their start; among the years where the weekday matches, the earliest such
    one is taken (None when no year within reach matches).
    """
    years = [t.value.first().year for t in absolute if t.value is not None]
    if not years:
        return None
    past = [t.value.first() for t in absolute if t.value and t.relation in ("as_of", "since")]
    floor = max(past) if past else None
    lo = floor.year if floor else max(years) - _SEARCH_YEARS
    hi = max(years) + 2
    found: list[dt.date] = []
    for y in range(lo, hi + 1):
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        if d.weekday() == wd[1] and (floor is None or d >= floor):
            found.append(d)
    if not found:
        return None
    pick = found[0] if floor else min(found, key=lambda d: (abs(d.year - max(years)), -d.year))
    return DocDate(
        value=pick.isoformat(), text=text[wd[0] : end], start=wd[0], end=end, basis="weekday"
    )
