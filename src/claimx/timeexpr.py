"""Time expressions: find and parse them, in one scan of the text per language.

Recognised forms (words from ``lang/<code>/time.yaml`` and ``calendar.yaml``): years
("2024", "2024 ini"), seasons and fiscal years ("2024-25", "2024/25"), month and year
("Maret 2023", "February, 2020"), full dates
("15 Juni 2021", "October 17, 2022", "(4/12/2023)", "(23/1/21)", "2023-12"), day and month
("14 Juni", "September 20"), quarters and halves ("kuartal III-2023", "Q1 2024", "third
quarter of 2022", "second-half 2024", "paruh pertama 2023", "semester I 2023", "the
January-March quarter"), spans ("Januari−September 2023", "2019-2024", "between
August 2015 and December 27, 2021", "pada 2020 ke 2021") and relative expressions ("saat ini",
"tahun lalu", "this year", "a year earlier", "in the same period"). Each comes with the
relation its cue gives (as_of, in, by, since) and a role: an ordinary time, an event date
(after a weekday, "Senin (4/12/2023)"), a dateline on its own line or opening a wire story
("SINGAPORE, March 8 (Reuters) -"), or a header (" date 2023-12"). Parsing each matched form
into a value lives in :mod:`claimx.timeparse`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Literal

import regex

from claimx.lexicon import S, alternation, calendar_data, qualifier_data
from claimx.periods import Period, Value, interval
from claimx.qscan import AtWords, at_words
from claimx.timedata import Relation, time_data
from claimx.timeparse import Anchor, fold, parse

Role = Literal["time", "event", "dateline", "header"]


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression: its span, its value (absolute or relative) and what it is for.

    ``value`` is the absolute value when the text gives one, else the value resolved against
    the document date (None when there is none). ``anchor`` marks a relative expression:
    "now" (the present), "doc" (counted from the document date), "ref" (counted from the time
    the sentence speaks of), "earlier" (the period compared against a moment ago) or "same"
    ("in the same period": the period of the claim before), with
    ``unit``/``offset`` the count. ``span`` marks a span of change ("2020 ke 2021").
    ``partial`` marks a date written without its year ("14 Juni"), resolved like "doc".
    A bare weekday ("pada Senin", "on Sunday") has anchor "weekday", ``weekday`` its number
    (Monday 0) and ``offset`` -1 or 1 when a word moves it strictly back or forward ("Senin
    lalu", "next Monday"); a day word ("kemarin", "yesterday") has the same anchor, no
    ``weekday`` and ``offset`` its count of days; see :func:`weekday_value`.
    """

    start: int
    end: int
    value: Value | None
    relation: Relation | None = None
    role: Role = "time"
    anchor: Anchor | None = None
    unit: Literal["year", "month"] | None = None
    offset: int = 0
    span: bool = False
    partial: Value | None = None
    bare: bool = False
    weekday: int | None = None


@dataclass(frozen=True, slots=True)
class _Grammar:
    atoms: tuple[regex.Pattern[str] | AtWords, ...]
    cue: regex.Pattern[str]
    cue_back: regex.Pattern[str]
    weekday_before: regex.Pattern[str]
    header_before: regex.Pattern[str]
    ident_before: regex.Pattern[str]
    joiner: regex.Pattern[str]
    span_joiner: regex.Pattern[str]
    opener_before: regex.Pattern[str]
    opener_joiner: regex.Pattern[str]
    apposition: regex.Pattern[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    ordinals: dict[str, int]
    relative: dict[str, tuple[str, str, int]]
    month_rel: dict[str, int]
    now: frozenset[str]
    earlier: frozenset[str]
    same: frozenset[str]
    quarter_words: frozenset[str]


YEAR = r"(?:1[89]\d\d|20\d\d)"
_YEAR_END = r"(?![\d]|[.,]\d|-an\b|s\b|['’]s\b)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"


def _lead(*word_lists: list[str] | dict[str, int]) -> str:
    """Return a lookahead for the first letters of ``words`` (either case).

    Scanning skips every position that cannot start a match with one cheap test instead of
    trying a whole alternation there.
    """
    chars = {c for words in word_lists for w in words for c in (w[:1].lower(), w[:1].upper())}
    return "(?=[" + "".join(regex.escape(c) for c in sorted(chars)) + "])" if chars else "(?!)"


@cache
def grammar(lang: str) -> _Grammar:
    """Return the compiled time grammar of ``lang`` (built once per language)."""
    cal = calendar_data(lang)
    td = time_data(lang)
    qd = qualifier_data(lang)
    months = dict(cal.months)
    months.update({k.upper(): v for k, v in cal.months.items() if len(k) > 3})
    month = alternation(months)
    weekdays = dict(cal.weekdays)
    weekdays.update({k.upper(): v for k, v in cal.weekdays.items()})
    weekday = alternation(weekdays)
    # a year, but not the tail of "No. 7/2021"; "2021/2022" is two years
    year = rf"(?<![\p{{L}}\d.,])(?<!(?<!\d{{4}})/)(?:{YEAR}){_YEAR_END}"
    bare_year = rf"(?:{YEAR}){_YEAR_END}"
    yy = rf"(?:{YEAR}|\d{{2}}(?!\d))"
    links = alternation(td.year_links)
    ords = alternation(td.ordinals)
    rel_year = "(?i:" + alternation(td.month_year_relative) + ")"
    qw = "(?i:" + alternation(td.quarter_words) + ")"
    hw = "(?i:" + alternation(td.half_words) + ")"
    suffix = rf"(?:{S}*[-/]{S}*|{S}*,?{S}+(?:{links}{S}+)?)"
    tail = rf"(?:{suffix}(?:{bare_year}|{rel_year}))?"
    if td.ordinal_first:
        # "first half of 2023", "second-half 2024", "In The First Quarter Of 2024"
        period = (
            rf"(?P<qh>{_lead(td.ordinals, td.quarter_words, td.half_words)}"
            rf"(?i:{ords})(?:{S}+|-)(?:{qw}|{hw})(?i:{tail}))"
            rf"|(?P<qh_>(?:{qw}|{hw}){S}+{ords}(?:{suffix}{bare_year})?)"
        )
    else:
        # "semester pertama 2023", headline case "Semester Pertama Tahun Ini"
        period = (
            rf"(?P<qh>{_lead(td.quarter_words, td.half_words)}(?:{qw}|{hw}){S}*(?i:{ords}{tail}))"
        )
    pw = alternation(td.period_words) if td.period_words else "(?!)"
    rel = alternation(list(td.relative) + td.now + td.earlier + td.same_period)
    this = alternation(td.this_suffix)
    past = alternation(td.month_past)
    parts = [
        rf"(?P<numdate>(?=\d)(?<![\d/.,])\d{{1,2}}/\d{{1,2}}/{yy}(?![/\d]))",
        r"(?P<iso>(?<![\d-])\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?![\d-]))",
        period,
        rf"(?P<q>\b[QH][1-4](?:{S}*[-/]?{S}*{yy})?\b|\b[1-4][QH]{S}*{yy}\b)",
        # a run of months named as a quarter: "the January-March quarter", "April-June
        # quarter of 2023", "the July-December period"
        rf"(?P<mrange>{month}{S}*[-–−/]{S}*{month}{S}+(?i:{qw}|{hw}|{pw})(?!\w)"
        rf"(?:{suffix}(?:{bare_year}|{rel_year}))?)",
        rf"(?P<dmy>(?=\d)(?<![\d.,/]){_DAY}{S}+(?:of{S}+)?{month}(?:{S}*,?{S}*{year})?)",
        # one month-led pattern: day and year, year, "lalu", or the month alone
        rf"(?P<month>{month}(?:(?P<mdy>\.?{S}+{_DAY}(?![.,]\d|{S}*%)(?:{S}*,?{S}*{year})?)"
        rf"|(?P<my>{S}*,?{S}*{year}|{S}+{rel_year})"
        + (rf"|(?P<past>{S}+(?i:{past}))" if td.month_past else "")
        + ")?)",
        rf"(?P<rel>{_lead(list(td.relative), td.now, td.earlier, td.same_period)}(?i:{rel}))",
        # a season or fiscal year has its end year cut short: "2024-25", "2024/25" (one
        # pattern with the year: each atom is a scan of the whole text)
        rf"(?P<year>{year}(?:(?P<season>{S}*[-–/]{S}*\d{{2}}(?![\d%]|[.,]\d))|{S}+{this})?)",
    ]
    cues = []
    for relation, words in td.relations.items():
        cues.append(rf"(?P<{relation}>{alternation(words)})")
    cue_src = r"(?:" + "|".join(cues) + rf"){S}*(?:the{S}+)?\Z"
    cue = regex.compile(cue_src, regex.IGNORECASE)
    joiners = list(qd.range_joiners) + list(td.interval_joiners)
    # quarters, halves and relative expressions are tried only where their first word
    # begins (claimx.qscan); the month-led forms scan faster whole (case-sensitive literals)
    ordinals = list(td.ordinals) if td.ordinal_first else []
    firsts = {
        2: list(td.quarter_words) + list(td.half_words) + ordinals,
        7: list(td.relative) + td.now + td.earlier + td.same_period,
    }
    atoms = tuple(
        at_words(regex.compile(p), firsts[k]) if k in firsts else regex.compile(p)
        for k, p in enumerate(parts)
        if p
    )
    return _Grammar(
        atoms=atoms,
        cue=cue,
        # read leftwards from the expression, longest first: where the leftmost cue begins
        cue_back=regex.compile("(?rp)" + cue_src, regex.IGNORECASE),
        weekday_before=regex.compile(rf"{weekday}{S}*,?{S}*\(?{S}*\Z"),
        header_before=regex.compile(
            rf"(?:\A|\n)[ \t]*(?i:{alternation(td.header_labels)})[ \t]*:?[ \t]*\Z"
        ),
        ident_before=regex.compile(
            rf"{alternation(cal.identifier_cues)}{S}*[\w./-]*\d[\w./-]*{S}+"
            rf"(?i:{links}){S}*\Z"
        ),
        joiner=regex.compile(rf"{S}*{alternation(joiners)}{S}*\Z"),
        span_joiner=regex.compile(rf"{S}*{alternation(td.span_joiners)}{S}*\Z"),
        opener_before=regex.compile(rf"{alternation(qd.range_openers)}{S}+\Z"),
        opener_joiner=regex.compile(rf"{S}+{alternation(qd.range_opener_joiners)}{S}+\Z"),
        apposition=regex.compile(rf"[\s,]*(?:(?i:{links})\s*)?"),
        months={fold(k): v for k, v in months.items()},
        weekdays={fold(k): v for k, v in weekdays.items()},
        ordinals={fold(k): v for k, v in td.ordinals.items()},
        relative={fold(k): v for k, v in td.relative.items()},
        month_rel={fold(k): v for k, v in td.month_year_relative.items()},
        now=frozenset(fold(w) for w in td.now),
        earlier=frozenset(fold(w) for w in td.earlier),
        same=frozenset(fold(w) for w in td.same_period),
        quarter_words=frozenset(fold(w) for w in td.quarter_words),
    )


_CLAUSE_END = regex.compile(r"\s*(?:[.,;:)”\"]|$)")
# a date alone on its line, perhaps with a clock time: "- 23 Januari 2021, 15:45 WIB"
_DATELINE_TAIL = regex.compile(r"[\s,]*(?:\d{1,2}[:.]\d{2}\b.*)?")
# a wire dateline opening the story: "JAKARTA, Jan 5, 2024 (Reuters) - "
_PLACE = regex.compile(r"\s*\p{Lu}[\p{L}\p{M} .'’/-]{1,40},\s*")
_PLACE_TAIL = regex.compile(r"\s*(?:\([^()\n]{1,30}\))?\s*[-–—]")


def _role(
    text: str, s: int, e: int, g: _Grammar, value: Value | None, partial: Value | None = None
) -> Role:
    before = text[max(0, s - 40) : s]
    if g.header_before.search(before):
        return "header"
    full = isinstance(value, Period) and value.day is not None
    if value is None and isinstance(partial, Period) and partial.day is not None:
        # a wire dateline without its year: "SINGAPORE, March 8 (Reuters) -"
        ls = text.rfind("\n", 0, s) + 1
        if _PLACE.fullmatch(text, ls, s) and _PLACE_TAIL.match(text, e):
            return "dateline"
    if full:
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        le = len(text) if le < 0 else le
        head, tail = text[ls:s], text[e:le]
        if (
            le - ls <= 70 and not any(c.isdigit() for c in head) and _DATELINE_TAIL.fullmatch(tail)
        ) or (_PLACE.fullmatch(head) and _PLACE_TAIL.match(tail)):
            return "dateline"
    if g.weekday_before.search(before):
        return "event"
    if full and text[s - 1 : s] == "(" and text[e : e + 1] == ")":
        return "event"
    return "time"


def _relation(text: str, s: int, g: _Grammar) -> Relation | None:
    lo = max(0, s - 40)
    # the cue that search would find (the leftmost that ends at s) without trying each of
    # the 40 positions: the longest match read leftwards from s gives its start
    back = g.cue_back.match(text, lo, s)
    if back is None:
        return None
    m = g.cue.match(text, back.start(), s) or g.cue.search(text, lo, s)
    if m is None:
        return None
    for name, word in m.groupdict().items():
        if word:
            return name  # type: ignore[return-value]
    return None


def _matches(text: str, g: _Grammar) -> list[regex.Match[str]]:
    """Return the atoms of ``text`` as one alternation would, leftmost then first-listed.

    One small pattern per form keeps each scan fast (a single big alternation defeats the
    regex engine's literal prefix search); overlapping matches are resolved afterwards.
    """
    hits = sorted(
        ((m.start(), k, m) for k, pat in enumerate(g.atoms) for m in pat.finditer(text)),
        key=lambda h: (h[0], h[1]),
    )
    out: list[regex.Match[str]] = []
    end = -1
    for s, _, m in hits:
        if s >= end and m.end() > s:
            out.append(m)
            end = m.end()
    return out


@lru_cache(maxsize=1)  # one document's readers (its date, its times) share the scan
def scan(text: str, lang: str) -> tuple[TimeExpr, ...]:
    """Return the time expressions of ``text`` in order, unresolved against any document date.

    Relative expressions and dates without a year carry ``anchor``/``partial`` and a value of
    None; :func:`resolve` gives them one.
    """
    g = grammar(lang)
    found: list[TimeExpr] = []
    for m in _matches(text, g):
        kind = m.lastgroup or ""
        if kind == "month":
            tails = m.groupdict()
            kind = next((k for k in ("mdy", "my", "past") if tails.get(k)), "month")
        s, e = m.span()
        text_of = m.group()
        if kind == "year" and m.group("season"):
            kind = "season"
            if parse(kind, text_of, g, lang) is None:  # "2019-99": the year alone
                kind, e = "year", m.start("season")
                text_of = text[s:e]
        if (
            kind == "rel"
            and fold(m.group()) in g.earlier
            and not _CLAUSE_END.match(text[e : e + 3])
        ):
            continue
        p = parse(kind, text_of, g, lang)
        if p is None:
            continue
        if kind in ("year", "season") and g.ident_before.search(text, max(0, s - 40), s):
            continue
        relation = _relation(text, s, g)
        bare = kind == "month" and relation is None
        found.append(
            TimeExpr(
                s,
                e,
                p.value,
                relation,
                _role(text, s, e, g, p.value, p.partial),
                p.anchor,
                p.unit,
                p.offset,
                partial=p.partial,
                bare=bare,
            )
        )
    return tuple(t for t in _merge(text, found, g) if not t.bare)


def _merge(text: str, found: list[TimeExpr], g: _Grammar) -> list[TimeExpr]:
    """Join "A–B" spans and "tahun depan tahun 2023" appositions; drop lone bare months."""
    out: list[TimeExpr] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and a.role == b.role == "time":
            gap = text[a.end : b.start]
            joined = _join(text, a, b, gap, g)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
            if (
                a.anchor in ("doc", "same")
                and b.anchor is None
                and b.value is not None
                and g.apposition.fullmatch(gap)
            ):
                # "the same period of 2022" keeps its anchor: that period, in 2022
                anchor: Anchor | None = "same" if a.anchor == "same" else None
                out.append(
                    replace(b, start=a.start, relation=a.relation or b.relation, anchor=anchor)
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _join(text: str, a: TimeExpr, b: TimeExpr, gap: str, g: _Grammar) -> TimeExpr | None:
    between = bool(g.opener_before.search(text, max(0, a.start - 20), a.start))
    plain = g.joiner.fullmatch(gap) is not None
    opener = between and g.opener_joiner.fullmatch(gap) is not None
    span = (
        g.span_joiner.fullmatch(gap) is not None
        and isinstance(a.value, Period)
        and isinstance(b.value, Period)
        and a.value.grain == b.value.grain == 0
    )
    if not (plain or opener or span) or len(gap) > 20:
        return None
    end = b.value if isinstance(b.value, Period) else None
    end_partial = b.partial
    if (
        (plain or opener)
        and a.anchor is None
        and b.anchor is None
        and isinstance(a.partial, Period)
        and isinstance(b.partial, Period)
        and a.partial.grain == b.partial.grain == 3
    ):
        # "Januari-Maret", "from January to June": months of a year the document date gives
        v = interval(a.partial, b.partial)
        return None if v is None else TimeExpr(a.start, b.end, None, a.relation, partial=v)
    if b.bare or a.anchor not in (None, "doc") or b.anchor not in (None, "doc"):
        return None
    start = a.value if isinstance(a.value, Period) else None
    if start is None and isinstance(a.partial, Period) and end is not None:
        y = end.year - (1 if a.partial.first().month > end.first().month else 0)
        start = a.partial.in_year(y)
    if start is not None and end is not None:
        v = interval(start, end)
        if v is None:
            return None
        return TimeExpr(a.start, b.end, v, a.relation, "time", span=span)
    if a.partial is not None and end_partial is not None and b.anchor == "doc":
        # "Maret hingga Desember tahun ini": both ends take the relative year
        first = a.partial if isinstance(a.partial, Period) else a.partial.start
        last = end_partial if isinstance(end_partial, Period) else end_partial.end
        v = interval(first, last)
        if v is None:
            return None
        return TimeExpr(
            a.start, b.end, None, a.relation, "time", "doc", "year", b.offset, partial=v
        )
    return None


def resolve(t: TimeExpr, date: Period | None) -> Value | None:
    """Return the value of ``t`` against the document date ``date`` (None when it needs one)."""
    if t.anchor is None and t.partial is None:
        return t.value
    if date is None:
        return None
    if t.anchor == "now":
        return date
    if t.anchor == "same":
        return t.value  # the same period of a named year, else of the claim before
    if t.anchor in ("earlier", "ref"):
        return None  # relative to a period the sentence names, not to the document date
    if t.anchor == "weekday":
        return weekday_value(t, date)
    if t.anchor == "doc" and t.partial is None:
        if t.unit == "month":
            if date.month is None:
                return None
            return Period(date.year, date.month).shift(months=t.offset)
        return Period(date.year + t.offset)
    p = t.partial
    assert p is not None
    if t.anchor == "doc":
        return p.in_year(date.year + t.offset)
    v: Value = p.in_year(date.year)
    if t.relation not in ("by",) and v.first() > date.last() + dt.timedelta(days=31):
        v = p.in_year(date.year - 1)
    return v


def weekday_value(t: TimeExpr, date: Period | None, future: bool = False) -> Period | None:
    """Return the day a bare weekday names, seen from the document date ``date``.

    The latest such day on or before the date (a report of what happened: "pada Senin"); the
    next one on or after it when ``future`` (a target or forecast); strictly before or after it
    with a word that moves it ("Senin lalu", "next Monday"), in the calendar week before or
    after the date's with ``offset`` -7 or 7 ("Jumat pekan lalu", "Monday next week"). A day
    word ("kemarin", "tomorrow": no ``weekday``) is ``offset`` days from the date. None when
    ``date`` has no day.
    """
    if date is None or date.day is None:
        return None
    d = date.first()
    if t.weekday is None:  # "kemarin", "tomorrow": a count of days
        day = d + dt.timedelta(days=t.offset)
        return Period(day.year, day.month, day.day)
    back = (d.weekday() - t.weekday) % 7
    ahead = (t.weekday - d.weekday()) % 7
    if abs(t.offset) == 7:  # "Jumat pekan lalu": that day of the week before (weeks from Monday)
        day = d + dt.timedelta(days=t.offset - d.weekday() + t.weekday)
    elif t.offset < 0:
        day = d - dt.timedelta(days=back or 7)
    elif t.offset > 0:
        day = d + dt.timedelta(days=ahead or 7)
    elif future:
        day = d + dt.timedelta(days=ahead)
    else:
        day = d - dt.timedelta(days=back)
    return Period(day.year, day.month, day.day)


def relation_before(text: str, start: int, lang: str) -> Relation | None:
    """Return the relation the cue word written before ``start`` gives ("sejak" -> since)."""
    return _relation(text, start, grammar(lang))


def shift_value(v: Value, unit: str | None, offset: int) -> Value:
    """Return ``v`` moved by ``offset`` units ("year" or "month")."""
    return v.shift(months=offset) if unit == "month" else v.shift(years=offset)
