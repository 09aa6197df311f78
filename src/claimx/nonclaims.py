"""Spans of text whose digits are not claims: dates, times, identifiers, URLs, phone numbers.

The masks are found with compiled patterns built once per language, in one pass over the text,
and answered with a binary search. Years are judged in :mod:`claimx.quantities`, where the unit
words around a number are known.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache

import regex

from claimx.lexicon import S, all_currency_prefixes, alternation, calendar_data, qualifier_data
from claimx.numbers import number_data
from claimx.qscan import DIGIT_RUN, SPARSE, dense_digits, words_of


@dataclass(frozen=True, slots=True)
class Masks:
    """Sorted, non-overlapping spans that hold no claim."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    kinds: tuple[str, ...]

    def overlaps(self, start: int, end: int) -> bool:
        """Return True if [start, end) overlaps any masked span."""
        i = bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.ends[i] > start

    def kind_at(self, pos: int) -> str | None:
        """Return the kind of mask covering ``pos`` ("date", "url", ...), or None."""
        i = bisect_right(self.starts, pos) - 1
        return self.kinds[i] if i >= 0 and self.ends[i] > pos else None


@cache
def _pattern(lang: str) -> regex.Pattern[str]:
    """The masks as one alternation; :func:`masks` gives exactly its leftmost-first matches."""
    return regex.compile("|".join(f"(?P<{k}>{v})" for k, v in _sources(lang).items()))


@cache
def _parts(lang: str) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    # "list" carries (?m), which inside the alternation applies to the whole pattern
    flags = regex.MULTILINE if any("(?m)" in v for v in _sources(lang).values()) else 0
    return tuple((k, regex.compile(v, flags)) for k, v in _sources(lang).items())


@cache
def _sources(lang: str) -> dict[str, str]:
    cal = calendar_data(lang)
    month = alternation(cal.months)  # case-sensitive: month names are capitalised
    tz = alternation(cal.time_zones)
    ids = alternation(cal.identifier_cues)
    # "Rp877" and "USD4.919,7" are money, not identifiers like "S1" or "COVID-19"
    ordinal = (
        "|".join(regex.escape(o.rstrip("- ")) for o in number_data(lang).ordinal_prefixes) or "(?!)"
    )
    # "minus-5 yards", "sub-7 nanometer": a word that signs or bounds the number after it
    prefix = "|".join(
        regex.escape(w.rstrip("-"))
        for w in (*number_data(lang).minus_words, *qualifier_data(lang).less_than)
        if w[:1].isalpha()
    )
    currencies = all_currency_prefixes(lang)
    currency = "|".join(regex.escape(c) for c in currencies if c[-1:].isalpha())
    # "Y=28,030" (the ASCII folding of "¥") is money, not a shortcode like "id=42"
    eq_money = "|".join(regex.escape(c) for c in currencies if c.endswith("=")) or "(?!)"
    streets = alternation(cal.street_types) if cal.street_types else "(?!)"
    stops = rf"(?!{alternation(cal.street_name_stops)})" if cal.street_name_stops else ""
    name_word = rf"(?:{stops}\p{{Lu}}[\p{{L}}'’-]*\.?|\d+(?:st|nd|rd|th))"
    # "575 Wilbraham Road", "16-18 Industrial Avenue"; "St" before a capital is "Saint"
    address = (
        rf"(?<![\w.,$])\d+(?:[-–]\d+)?\p{{Lu}}?{S}+(?:{name_word}{S}+){{0,3}}"
        rf"(?:{streets})\b(?!\.?{S}+\p{{Lu}}(?<=St\.?{S}+\p{{Lu}}))"
    )
    if cal.identifier_after_cues:  # "the 90049 ZIP Code"
        address += rf"|(?<![\w.,$])\d+{S}+{alternation(cal.identifier_after_cues)}"
    parts = {
        "url": r"(?:https?://|www\.)[^\s<>\"“”]+"
        # a host name is tried only where its dotted run begins, up to its first top-level
        # domain and then over the rest of the run: a greedy (?:\.[\w-]+)* tried at every digit
        # of "1.1.1.1…" backtracked quadratically (the mask may now also cover ".sg" in
        # "detik.com.sg", which is the same host)
        r"|\b(?<![\w-]|[\w-]\.)(?=[\w-]+\.)(?>[\w-]+)(?:\.(?>[\w-]+))*?"
        r"\.(?:com|co\.id|go\.id|ac\.id|or\.id|id|net|org|info|io|gov|edu"
        r"|co)\b(?:\.[\w-]+)*+(?:/[^\s<>\"“”]*)?",
        # tried only where a run of address characters begins, so "1.1.1…1@" is not rescanned
        # from every digit; the mask starts with that run (leading "." or "-" included) so the
        # kind-by-kind scan picks the same leftmost match as the one alternation
        "email": r"(?<![\w.+-])[.+-]*+[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
        "shortcode": r"\[[^\[\]\n]{0,300}=[^\[\]\n]{0,300}\]"
        rf"|\b(?!(?:{eq_money})\d)\w+=[\"“”″'‘’]?[\w-]+[\"“”″'‘’]?",
        "date": (
            r"\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b|\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)"
            r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{4}-(?:0[1-9]|1[0-2])\b(?!-)"
            rf"|\b\d{{1,2}}(?:st|nd|rd|th)?{S}+(?:of{S}+)?{month}"
            rf"|{month}{S}+\d{{1,2}}(?:st|nd|rd|th)?(?:[-–]\d{{1,2}}\b)?"
            rf"(?![\d.,]\d|{S}*(?:%|\p{{L}}+{S}+(?:of|dari)))"
        ),
        "time": (
            rf"\b\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?{S}*(?:{tz}|(?i:[ap]\.?m\.?))"
            r"|\b\d{1,2}:\d{2}(?::\d{2})?\b"
            rf"|\b\d{{1,2}}{S}*(?i:[ap]\.m\.|[ap]m\b)|\b[0-2]\d[0-5]\d{S}*{tz}"
        ),
        "identifier": (
            rf"{ids}{S}*\d+(?:[./-]\d+)*"
            r"|\b[vV]\d+(?:\.\d+)+\b"
            # (?=...) first: a cheap test before the lookbehinds (same matches, faster scan)
            r"|(?=\d)(?<=\p{Lu}\p{L}*" + S + r")\d+\.0\b(?![.,]\d)"
            rf"|(?=[-_]?\d)(?<=\p{{L}})(?<!(?<![\p{{L}}])(?:{currency}|{ordinal}|(?i:{prefix})))"
            # "32m2", "5km2", "2cm3", "140.900 m2": a square or cubic unit after its figure
            r"(?!(?<=\d[ \u00a0]?\p{L}{1,2})[23]\b)"
            r"[-_]?\d+(?:[.,-]\d+)*"
        ),
        "address": address,
        "list": r"(?m)^" + S + r"*\d{1,2}[.)]" + S + r"+(?=\p{Lu})",
        "phone": r"(?:\+\d{1,3}[\s-]?)?\(0\d{1,4}\)[\s-]?\d{3,4}[\s-]?\d{3,5}"
        r"|\b0\d{2,4}-\d{3,4}-?\d{3,5}\b|\+\d{1,3}[\s-]\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,5}",
        "hashtag": r"[#@]\w+",
    }
    return parts


def masks(text: str, lang: str) -> Masks:
    """Return the spans of ``text`` that hold no claim, for language ``lang``.

    The spans are the leftmost-first matches of the alternation :func:`_pattern` (the first
    kind wins at a position), found by scanning with each kind's own pattern: one alternation
    of many lookbehind-led branches defeats the regex engine's fast search, separate
    patterns keep it (several times faster, same matches).
    """
    return merge_spans(_leftmost_matches(text, _parts(lang), _finders(lang)))


def _leftmost_matches(
    text: str,
    parts: tuple[tuple[str, regex.Pattern[str]], ...],
    finders: Mapping[str, Callable[[str, list[int] | None], list[int] | None]],
) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, kind) of the leftmost-first matches of the alternation of ``parts``;
    a kind in ``finders`` is matched only at the positions its finder gives."""
    # dense digits ("1.1.1.…"): the digit kinds scan whole, no per-position Python step
    digits = None if dense_digits(text) else [m.start() for m in DIGIT_RUN.finditer(text)]
    search = [
        _searcher(p, text, finders[k](text, digits) if k in finders else None) for k, p in parts
    ]
    nxt = [s(0) for s in search]
    pos = 0
    while True:
        best: regex.Match[str] | None = None
        kind = ""
        for k, m in enumerate(nxt):
            if m is not None and m.start() < pos:
                m = nxt[k] = search[k](pos)
            if m is not None and (best is None or m.start() < best.start()):
                best, kind = m, parts[k][0]
        if best is None:
            break
        s, e = best.span()
        pos = e if e > s else s + 1
        yield s, e, kind


# Where a match of a kind can begin, for the kinds whose own scan tried every position: a
# URL at "http"/"www." or at the start of the dotted run before a top-level domain, a
# shortcode at "[" or at the start of the word before "=", a date, time or identifier at a
# digit run, a month, "(", an identifier cue, or "v", "-" or "_" before a digit.
_URL_LEAD = regex.compile(r"https?://|www\.")
_TLD = regex.compile(r"\.(?:com|co\.id|go\.id|ac\.id|or\.id|id|net|org|info|io|gov|edu|co)\b")
_RUN_BACK = regex.compile(r"(?r)[\w.-]*")
_HOST_START = regex.compile(r"\b(?<![\w-]|[\w-]\.)(?=[\w-])")
_BRACKET = regex.compile(r"\[")
_EQUALS = regex.compile(r"(?<=\w)=")
_WORD_BACK = regex.compile(r"(?r)\w+")
_PAREN_DIGIT = regex.compile(r"\((?=\d)")
_MARK_DIGIT = regex.compile(r"[vV_-](?=\d)")
# where a date, a time or an identifier can begin in a text dense with digits, without a step
# per digit run: a digit run is found from what must follow it (a scan that the engine runs
# fast, as it opens with a literal or a class), then read leftwards to where it begins
_DATE_FOLLOW = regex.compile(rf"(?<=\d)(?:[/-]|(?:st|nd|rd|th)?{S})")
# every time form is a run of digits then ":" or "." and two digits, or a zone or "am"/"pm"
_TIME_FOLLOW = regex.compile(rf"(?<=\d)(?:[:.]\d\d|{S}*\p{{L}})")
_RUN_START = regex.compile(r"(?r)\d+")
_IDENT_DIGIT = regex.compile(rf"(?<=[\p{{L}}{S[1:-1]}])\d")


def _url_starts(text: str, digits: list[int] | None) -> list[int]:
    starts = [m.start() for m in _URL_LEAD.finditer(text)]
    lo = 0  # dotted runs already walked are not walked again
    for t in _TLD.finditer(text, overlapped=True):
        a = t.start()
        if a < lo:
            continue
        run = _RUN_BACK.match(text, lo, a)
        r = a if run is None else run.start()
        starts += [m.start() for m in _HOST_START.finditer(text, r, a + 1)]
        lo = a
    return sorted(set(starts))


def _shortcode_starts(text: str, digits: list[int] | None) -> list[int]:
    starts = [m.start() for m in _BRACKET.finditer(text)]
    lo = 0
    for eq in _EQUALS.finditer(text):
        e = eq.start()
        w = _WORD_BACK.match(text, lo, e)
        if w is not None:
            starts.append(w.start())
        lo = e + 1
    return sorted(set(starts))


@cache
def _finders(lang: str) -> dict[str, Callable[[str, list[int] | None], list[int] | None]]:
    """Return, per mask kind that has one, the function giving where its matches may begin
    (sorted; never fewer positions than the kind's pattern can match at)."""
    cal = calendar_data(lang)
    # a month opens a date only before a day: "Desember 2023", "March 8"
    months = regex.compile(rf"{alternation(cal.months)}(?={S}+\d)")
    cues = words_of([_LEAD.match(c).group() for c in cal.identifier_cues])  # type: ignore[union-attr]

    def date(text: str, digits: list[int] | None) -> list[int] | None:
        if digits is None:  # dense digits: only runs that a date's "/", "-" or day can follow
            digits = _runs_before(_DATE_FOLLOW, text)
            if digits is None:
                return None
        parens = [m.start() for m in _PAREN_DIGIT.finditer(text)]
        return sorted(digits + parens + [m.start() for m in months.finditer(text)])

    def time(text: str, digits: list[int] | None) -> list[int] | None:
        # dense digits: only runs that ":" or "." and two digits, or a word, can follow
        return _runs_before(_TIME_FOLLOW, text) if digits is None else digits

    def identifier(text: str, digits: list[int] | None) -> list[int] | None:
        if digits is None:  # dense digits: only digits after a letter or a space
            digits = _sparse_starts(_IDENT_DIGIT, text)
            if digits is None:
                return None
        marks = _sparse_starts(_MARK_DIGIT, text)
        if marks is None:
            return None
        return sorted(set(digits + marks + cues.starts(text)))

    return {
        "url": _url_starts,
        "shortcode": _shortcode_starts,
        "date": date,
        "time": time,
        "identifier": identifier,
    }


_LEAD = regex.compile(r"[A-Za-z]+")


def _sparse_starts(pattern: regex.Pattern[str], text: str) -> list[int] | None:
    """Return the starts of ``pattern`` in ``text``, or None as soon as there are more than
    one per ``SPARSE`` characters (then a plain search is cheaper than trying each)."""
    n = len(text)
    out: list[int] = []
    for m in pattern.finditer(text):
        out.append(m.start())
        if len(out) * SPARSE > n:
            return None
    return out


def _runs_before(follow: regex.Pattern[str], text: str) -> list[int] | None:
    """Return the starts of the digit runs that ``follow`` (which must open with a digit
    lookbehind and match no digit first) finds right after, in order, or None as soon as
    there are more than one per ``SPARSE`` characters."""
    ends = _sparse_starts(follow, text)
    if ends is None:
        return None
    back = _RUN_START.match
    return [back(text, 0, e).start() for e in ends]  # type: ignore[union-attr]


def _searcher(
    pattern: regex.Pattern[str], text: str, cands: list[int] | None
) -> Callable[[int], regex.Match[str] | None]:
    """Return ``pos -> pattern.search(text, pos)``; given the positions ``cands`` where a
    match may begin, the pattern is matched only there, in order (each position is passed
    over once, as the scan only moves forward)."""
    if cands is None or len(cands) * SPARSE > len(text):
        # dense candidates ("1.1.1.…"): the engine's own scan beats a Python step per position
        return lambda pos: pattern.search(text, pos)
    match = pattern.match

    def search(pos: int) -> regex.Match[str] | None:
        for i in range(bisect_left(cands, pos), len(cands)):
            m = match(text, cands[i])
            if m is not None:
                return m
        return None

    return search


def merge_spans(spans: Iterable[tuple[int, int, str]]) -> Masks:
    """Return Masks of (start, end, kind) spans given in start order: empty spans are dropped,
    and a span overlapping the previous one extends it (the earlier kind stays)."""
    starts: list[int] = []
    ends: list[int] = []
    kinds: list[str] = []
    for s, e, kind in spans:
        if s == e:
            continue
        if starts and s < ends[-1]:
            ends[-1] = max(ends[-1], e)
            continue
        starts.append(s)
        ends.append(e)
        kinds.append(kind)
    return Masks(tuple(starts), tuple(ends), tuple(kinds))
