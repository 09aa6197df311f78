"""Segmenting for the semantic rules: a text cut, in stretches, into words, cue phrases and
quantities (see :func:`claimx.semtext.build`, which decides the stretches).

Tokens come from :data:`claimx.semlex.TOKEN`; tokens are grouped left to right into segments,
a cue phrase of the language data (longest match first) or a quantity being one segment. A
stretch starts at a *restart point*, where a segmentation of the whole text has a boundary
whatever precedes it, so its segments are those of the whole text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import attrgetter

import regex

from claimx.quantities import Quantity
from claimx.semlex import TOKEN, SemLexicon, TokenInfo
from claimx.wordscan import plain


@dataclass(slots=True)
class Seg:
    """One segment: a word, a punctuation mark, a cue phrase or a quantity."""

    start: int
    end: int
    low: str  # case-folded text (words joined by one space)
    cls: frozenset[str]  # the classes of the phrase or word
    kind: str  # "w" word, "n" digits, "p" punctuation, "q" quantity
    q: int = -1  # the quantity's index when kind == "q"
    first: str = ""  # the original first character (capitalisation)
    content: bool = False  # a word that can be part of a noun phrase (see SemDoc.is_content)
    time: bool = False  # a time expression or part of one (see claimx.subjafter.is_time)
    agent: bool = False  # a bare verb after its pronoun agent (claimx.subjclause.agent_clause)


_NON_CONTENT = frozenset(
    {
        "stop",
        "breakers",
        "comparison",
        "apposition",
        "reporting",
        "relative",
        "target_before",
        "forecast_before",
        "target_after",
        "forecast_after",
        "actual_before",
        "level_before",
        "from_words",
        "base_before",
        "part_whole",
        "adjunct_preps",
        "surpass",
        "change_gap",
        "rank_copulas",
        "change_up",
        "change_down",
        "change_neutral",
        "predicate_nominal",
        "change_adjacent_up",
        "change_adjacent_down",
    }
)

# The most segments read on either side of a claim. News sentences are far shorter; the bound
# keeps every per-claim scan O(1), so a table flattened into one line stays linear.
WINDOW = 80
# Segments built beyond what the rules read (the sentence or window of each claim, one segment
# before it, the punctuation after it and the five words of a framing sentence), so that a rule
# reading a little further still sees the segments a whole-document build would give.
MARGIN = 4
# how far back (in characters) a claim's segments start at first; doubled until they hold the
# window
_BACK = 1200

_CUES = frozenset({"target_before", "forecast_before", "target_after", "forecast_after"})
_MONTH = frozenset({"time_words"})
_NONE: frozenset[str] = frozenset()
FULL_STOPS = (".", "!", "?")
# a token starts after white space, and a mark that no token holds inside is a token of its own
_RESTART = regex.compile(r"\s\S|[^\s\p{L}\p{N}.,\-'’]", flags=regex.REVERSE)
_TOKENS_MAX = 200_000
_END = 1 << 62  # past any offset or count
_START = attrgetter("start")
_SPACE = regex.compile(r"\s")
_CHUNK = 256  # characters tokenised at once (more for a longer token)
# TOKEN for text of ASCII and a few marks (see :func:`claimx.wordscan.plain`), where it finds
# the same tokens: the standard engine is faster
_PLAIN_TOKEN = re.compile(
    r"[0-9]+(?:[.,][0-9]+)*|[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*|[^\t\n\x0b\x0c\r \xa0A-Za-z0-9]"
)
# the state of a stretch's cursor: read-ahead, its index, scan position, next quantity, first
# segment, end of the segmented tokens
_Cursor = tuple[list[tuple[int, int, str]], int, int, int, int, int]


class Segmenter:
    """Segments stretches of one text, in text order, into one list.

    A cursor reads the tokens of the open stretch; a quantity beyond it either extends it (the
    gap is short) or opens a new stretch at a restart point before the quantity.
    """

    def __init__(self, text: str, lex: SemLexicon, quantities: list[Quantity]) -> None:
        self.text = text
        self.lex = lex
        self.qs = quantities
        self.q_starts = [q.start for q in quantities]
        self.q_ends = [q.end for q in quantities]
        self.segs: list[Seg] = []
        self.qseg = [-1] * len(quantities)
        self.stops: list[int] = []  # indices of the segments ".", "!", "?"
        self.punct = (0, 0)  # the last run of punctuation segments read through, [from, to)
        self._env = (
            lex.tokens,
            lex.phrases,
            lex.phrase_prefixes,
            lex.max_phrase,
            lex.time_units,
        )
        if len(lex.tokens) > _TOKENS_MAX:
            lex.tokens.clear()
        self._open(0)

    # ------------------------------------------------------------ cursor

    def _open(self, pos: int) -> None:
        """Start a stretch at the token starting at ``pos`` (a restart point)."""
        self.buf: list[tuple[int, int, str]] = []  # tokens read ahead
        self.bi = 0  # the next token to segment
        self.scan = pos  # where tokenising goes on
        self.qi = bisect_right(self.q_ends, pos)
        self.first = len(self.segs)  # the stretch's first segment
        self.done = pos  # every token ending at or before this has been segmented

    def _save(self) -> _Cursor:
        return (self.buf, self.bi, self.scan, self.qi, self.first, self.done)

    def _restore(self, state: _Cursor) -> None:
        self.buf, self.bi, self.scan, self.qi, self.first, self.done = state

    def _fill(self) -> bool:
        """Tokenise the next chunk of text onto the read-ahead; return False at the end.

        A chunk ends at white space where it can; else only the tokens ending two characters
        before its end are kept (a token's extent depends on no character further on)."""
        text, pos = self.text, self.scan
        n = len(text)
        if pos >= n:
            return False
        size = _CHUNK
        while True:
            end = pos + size
            if end >= n:
                toks = _tokens(text, pos, n)
                self.scan = n
                break
            space = _SPACE.search(text, end, min(n, end + size))
            if space is not None:
                cut = space.start()
                toks = _tokens(text, pos, cut)
                self.scan = cut
                break
            toks = _tokens(text, pos, end)
            while toks and toks[-1][1] > end - 2:
                toks.pop()
            if toks:
                self.scan = toks[-1][1]
                break
            size *= 2  # one long token
        self.buf.extend(toks)
        return True

    def _info(self, t: str) -> TokenInfo:
        """Return (and remember) what segmenting needs to know of the token text ``t``."""
        lex = self.lex
        c = t[0]
        fold = t.casefold()
        if not c.isalnum():
            info: TokenInfo = (t, _NONE, "p", c, fold, False, False, None, False, False, False)
        else:
            kind = "n" if c.isdigit() else "w"
            cls = lex.classes(fold)
            alt: frozenset[str] | None = None
            if fold in lex.months and c.isupper():
                cls = _MONTH  # "in May" is no modal
            elif "subject_verb_cues" in cls:
                alt = cls - _CUES  # "15 projects worth $2 billion" is no projection
            info = (
                fold,
                cls,
                kind,
                c,
                fold,
                fold in lex.phrase_starts,
                kind == "w" and _content(lex, fold, cls),
                alt,
                kind == "w" and alt is not None and _content(lex, fold, alt),
                kind == "n" or timeish(lex, fold, cls),  # alt differs in no time class
                # the segment before decides the time ("tahun ini") or agent clause
                "demonstratives" in cls or (kind == "w" and lex.is_bare_verb(fold)),
            )
        lex.tokens[t] = info
        return info

    def run(self, need: int, qstop: int = -1, stop: int = _END) -> bool:
        """Segment the open stretch until segment ``need`` exists, quantity ``qstop`` (if not
        -1) has its segment, or the next token starts at or after ``stop``.
        Returns False if the text ends first."""
        segs, qseg, qs, text, lex, stops = (
            self.segs,
            self.qseg,
            self.qs,
            self.text,
            self.lex,
            self.stops,
        )
        cache, phrases, prefixes, maxp, times = self._env
        info_of = self._info
        nq = len(qs)
        buf, i, qi = self.buf, self.bi, self.qi
        more = True
        n, nb = len(segs), len(buf)
        lim = nb - maxp  # read ahead before a token past this (a phrase, a quantity)
        q_start, q_end = (qs[qi].start, qs[qi].end) if qi < nq else (_END, _END)
        guard = min(q_start, stop)  # a token ending by this is a plain one
        while n <= need:
            if i > lim and more:
                if i > 4096:
                    self.done = buf[i - 1][1]
                    del buf[:i]
                    i = 0
                more = self._fill()
                nb = len(buf)
                lim = nb - maxp
                continue
            if i >= nb:
                break
            s, e, t = buf[i]
            if e > guard:
                if s >= stop:
                    break
                if q_end <= s:
                    while qi < nq and qs[qi].end <= s:
                        qi += 1  # a quantity with no token (cannot happen for real text)
                    q_start, q_end = (qs[qi].start, qs[qi].end) if qi < nq else (_END, _END)
                    guard = min(q_start, stop)
            if q_start < e:
                i += 1
                while True:
                    if i >= nb:
                        if not (more and (more := self._fill())):
                            break
                        nb = len(buf)
                        lim = nb - maxp
                        continue
                    if buf[i][0] >= q_end:
                        break
                    i += 1
                qseg[qi] = n
                low = text[q_start:q_end].casefold()
                segs.append(
                    Seg(q_start, q_end, low, _NONE, "q", qi, "", False, qs[qi].unit in times)
                )
                n += 1
                qi += 1
                if qi > qstop >= 0:
                    break
                q_start, q_end = (qs[qi].start, qs[qi].end) if qi < nq else (_END, _END)
                guard = min(q_start, stop)
                continue
            (low, cls, kind, first, _, begins, content, alt, alt_content, time, prev) = cache.get(
                t
            ) or info_of(t)
            if kind == "p":
                if t in FULL_STOPS:
                    stops.append(n)
                segs.append(Seg(s, e, t, _NONE, "p", -1, first))
                n += 1
                i += 1
                continue
            if begins:
                # longest cue phrase starting here, not crossing a quantity
                limit = q_start if qi < nq else len(text)
                best = 0
                words: tuple[str, ...] = (low,)
                for k in range(i + 1, min(nb, i + maxp)):
                    ks, _, kt = buf[k]
                    if ks >= limit:
                        break
                    words += ((cache.get(kt) or info_of(kt))[4],)
                    if words not in prefixes:
                        break  # no cue phrase goes on so
                    if words in phrases:
                        best, cls = k - i + 1, phrases[words]
                if best > 1:
                    low = " ".join(words[:best])
                    content = _content(lex, low, cls)
                    time = timeish(lex, low, cls) or _time_after(cls, segs, n)
                    agent = n > 0 and lex.is_bare_verb(low) and "agent_pronouns" in segs[-1].cls
                    end = buf[i + best - 1][1]
                    segs.append(Seg(s, end, low, cls, "w", -1, first, content, time, agent))
                    n += 1
                    i += best
                    continue
            if alt is not None and not (n > self.first and _subject_end(segs[-1], lex)):
                cls, content = alt, alt_content
            agent = False
            if prev and n:  # the segment before decides
                before = segs[-1].cls
                if "demonstratives" in cls and "time_words" in before:
                    time = True  # "tahun ini", "bulan tersebut"
                agent = kind == "w" and "agent_pronouns" in before and lex.is_bare_verb(low)
            segs.append(Seg(s, e, low, cls, kind, -1, first, content, time, agent))
            n += 1
            i += 1
        if i > 0:
            self.done = buf[i - 1][1]
        self.bi, self.qi = i, qi
        return i < nb or more

    def _have(self, j: int) -> bool:
        """Segment until segment ``j`` exists; return False if the text ends first."""
        return len(self.segs) > j or (self.run(j) and len(self.segs) > j)

    def _run_to(self, i: int, q: Quantity) -> None:
        """Segment the open stretch up to quantity ``i`` (or past it, if it has no token)."""
        self.run(_END, i, q.end)

    # ------------------------------------------------------------ stretches

    def reach(self, i: int, q: Quantity, sent_start: int) -> None:
        """Segment quantity ``i`` (not yet segmented) with what its rules read before it: its
        sentence from ``sent_start`` or ``WINDOW`` segments, one more, and ``MARGIN``. (A
        quantity the open stretch already holds has that too: claims read in text order, and
        each reads from no earlier than the one before it.)"""
        back = min(q.start - sent_start + 64, _BACK)
        while True:
            target = q.start - back
            start = self._restart(target) if target > self.done else None
            if start is None:
                self._run_to(i, q)  # the gap is short: the open stretch goes on
                return
            state, base = self._save(), len(self.segs)
            self._open(start)
            self._run_to(i, q)
            a = self.qseg[i]
            if a < 0 or self._holds(base, a, sent_start):
                return
            self._drop(base)
            self._restore(state)
            back *= 2

    def _holds(self, base: int, a: int, sent_start: int) -> bool:
        """Do the segments [base, a) hold what the rules read before segment ``a``?"""
        in_sent = a - bisect_left(self.segs, sent_start, base, a, key=_START)
        return a - base >= min(in_sent, WINDOW) + 1 + MARGIN

    def _drop(self, base: int) -> None:
        """Forget the segments from ``base`` on (a stretch that started too late)."""
        for n in range(base, len(self.segs)):
            sg = self.segs[n]
            if sg.kind == "q":
                self.qseg[sg.q] = -1
        del self.segs[base:]
        self.punct = (0, 0)
        while self.stops and self.stops[-1] >= base:
            self.stops.pop()

    def ahead(self, a: int, sent_end: int) -> None:
        """Segment what the rules read after the quantity at segment ``a``: its sentence up to
        ``sent_end`` or ``WINDOW`` segments, the punctuation after it, five words and
        ``MARGIN``."""
        segs = self.segs
        last = a + WINDOW + 1
        if len(segs) <= last:
            self.run(last, stop=sent_end)
        h = bisect_left(segs, sent_end, a + 1, min(last, len(segs)), key=_START)
        if self.punct[0] <= h < self.punct[1]:
            h = self.punct[1]  # the run of marks a claim before this one read through
        else:
            start, batch = h, 1
            while True:
                if h >= len(segs):
                    self.run(h + batch - 1)  # a long run of marks is built in growing batches
                    batch *= 2
                    if h >= len(segs):
                        break
                if segs[h].kind != "p":
                    break
                h += 1
            self.punct = (start, h)
        if len(segs) <= h + 4 + MARGIN:
            self.run(h + 4 + MARGIN)

    def _restart(self, target: int) -> int | None:
        """Return the last restart point in (``done``, ``target``], or None: a token start
        where a whole-document segmentation has a boundary whatever came before (not inside a
        quantity, no later word of a cue phrase, no word whose class depends on the one before
        it)."""
        text, lex = self.text, self.lex
        for m in _RESTART.finditer(text, self.done, min(target + 1, len(text))):
            p = m.end() - 1
            if p <= self.done or p > target:
                continue
            j = bisect_left(self.q_starts, p) - 1
            if j >= 0 and self.q_ends[j] > p:
                continue
            tok = TOKEN.match(text, p)
            if tok is None or tok.group().casefold() in lex.no_restart:
                continue
            return p
        return None


def _tokens(text: str, pos: int, end: int) -> list[tuple[int, int, str]]:
    """Return the tokens (start, end, text) of ``text[pos:end]``. Only white space stands
    between two tokens, and no token holds any, so each starts where it is first found."""
    find = text.find
    pattern = _PLAIN_TOKEN if plain(text, pos, end) else TOKEN
    return [(s := find(t, pos), pos := s + len(t), t) for t in pattern.findall(text, pos, end)]


def _content(lex: SemLexicon, low: str, cls: frozenset[str]) -> bool:
    """Can a word ``low`` of classes ``cls`` be part of a noun phrase?"""
    return not cls & _NON_CONTENT and not lex.is_verb(low)


def timeish(lex: SemLexicon, low: str, cls: frozenset[str]) -> bool:
    """Is the word or cue phrase ``low`` of classes ``cls`` a time expression by itself (a
    month, a time word, "Oktober-Desember", "III-2023")? Digits are, whatever this says."""
    if low in lex.months or "time_words" in cls:
        return True
    if "-" in low or "−" in low:
        parts = low.replace("−", "-").split("-")
        marks = [p in lex.months or p.isdigit() for p in parts]
        return any(marks) and all(
            t or "time_words" in lex.classes(p) for p, t in zip(parts, marks, strict=True)
        )
    return False


def _time_after(cls: frozenset[str], segs: list[Seg], n: int) -> bool:
    """Is a demonstrative of classes ``cls`` at segment ``n`` part of the time phrase before
    it ("tahun ini")?"""
    return n > 0 and "demonstratives" in cls and "time_words" in segs[-1].cls


def _subject_end(prev: Seg, lex: SemLexicon) -> bool:
    """Can ``prev`` end the subject of a verb ("Indonesia projects", "(BPS) projects")?"""
    if prev.low == ")":
        return True
    return prev.kind == "w" and not prev.cls and not lex.is_verb(prev.low)
