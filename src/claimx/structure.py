"""Document structure: paragraphs, sentences, quotations and page furniture, with offsets.

Everything here reads the original text and returns offsets into it; nothing is rewritten.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

import regex

from claimx.langdata import load
from claimx.langmodels import StructureData
from claimx.language import stopwords


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character span [start, end) of the original text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation: ``outer`` includes the quotation marks, ``inner`` does not."""

    outer: Span
    inner: Span
    closed: bool


class Structure:
    """Paragraphs, sentences, quotations and boilerplate lines of one text.

    Lookups by offset are binary searches over precomputed starts, so asking about every claim
    of a long document stays O(n log n). Quotations are paired paragraph by paragraph on first
    use (:meth:`paragraph_quotes`), so a paragraph nobody asks about costs nothing.
    """

    __slots__ = (
        "_boiler_starts",
        "_datelines",
        "_para_starts",
        "_pquotes",
        "_sentence_starts",
        "boilerplate",
        "paragraphs",
        "sentence_paragraph",
        "sentences",
        "text",
    )

    def __init__(
        self,
        text: str,
        paragraphs: tuple[Span, ...],
        sentences: tuple[Span, ...],
        sentence_paragraph: tuple[int, ...],
        boilerplate: tuple[Span, ...],
    ) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.sentence_paragraph = sentence_paragraph
        self.boilerplate = boilerplate
        self._sentence_starts = [s.start for s in sentences]
        self._para_starts = [p.start for p in paragraphs]
        self._boiler_starts = [b.start for b in boilerplate]
        self._pquotes: dict[int, tuple[Quote, ...]] = {}
        self._datelines: dict[int, int] = {}

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """Return every quotation of the text, in order (pairs every paragraph)."""
        return tuple(q for pi in range(len(self.paragraphs)) for q in self.paragraph_quotes(pi))

    def paragraph_quotes(self, pi: int) -> tuple[Quote, ...]:
        """Return the quotations of paragraph ``pi`` in order (paired on first use)."""
        found = self._pquotes.get(pi)
        if found is None:
            found = self._pquotes[pi] = tuple(_paragraph_quotes(self.text, self.paragraphs[pi]))
        return found

    def paragraph_at(self, pos: int) -> int:
        """Return the index of the paragraph containing ``pos`` (the nearest before it, 0 if
        none)."""
        return max(bisect_right(self._para_starts, pos) - 1, 0)

    def sentence_at(self, pos: int) -> int:
        """Return the index of the sentence containing ``pos`` (the nearest before it)."""
        return max(bisect_right(self._sentence_starts, pos) - 1, 0)

    def quote_at(self, pos: int) -> Quote | None:
        """Return the quotation whose inner span contains ``pos``, or None."""
        if not self.paragraphs:
            return None
        quotes = self.paragraph_quotes(self.paragraph_at(pos))
        lo, hi = 0, len(quotes)
        while lo < hi:  # the last quotation starting at or before pos
            mid = (lo + hi) // 2
            if quotes[mid].inner.start <= pos:
                lo = mid + 1
            else:
                hi = mid
        if lo and pos < quotes[lo - 1].inner.end:
            return quotes[lo - 1]
        return None

    def dateline_end(self, si: int) -> int:
        """Return where sentence ``si``'s own words start: after a wire dateline that opens
        its paragraph ("JAKARTA -", "Jakarta, CNBC Indonesia -", "SINGAPORE, March 8
        (Reuters) -"), else at the sentence's start. A dateline is no part of the clause.
        Worked out once per sentence, however many claims stand in it."""
        got = self._datelines.get(si)
        if got is None:
            got = self._datelines[si] = self._dateline_end(si)
        return got

    def _dateline_end(self, si: int) -> int:
        sent = self.sentences[si]
        para = self.paragraphs[self.sentence_paragraph[si]] if self.paragraphs else None
        if para is None or para.start != sent.start:
            return sent.start
        m = _DATELINE.match(self.text, sent.start, sent.end)
        if m is None or not (m.group("caps") or m.group("comma") or m.group("agency")):
            return sent.start  # "Bank Indonesia – the central bank – ..." is no dateline
        if _SPACED_DASH.search(self.text, m.end(), sent.end):
            return sent.start  # "PPN – 12 persen – berlaku ...": a dash aside, closed later
        first = _FIRST_WORD.match(self.text, sent.start)
        if first and first.group().lower() in _function_words():
            return sent.start  # "In March, Apple - ...": a sentence, not a place
        return m.end()

    def is_boilerplate(self, pos: int) -> bool:
        """Return True if ``pos`` lies on a line of page furniture."""
        i = bisect_right(self._boiler_starts, pos) - 1
        return i >= 0 and self.boilerplate[i].start <= pos < self.boilerplate[i].end


# a wire dateline: capitalised words (a place, an agency, a month) and day or year numbers,
# an agency in brackets, then a dash; it must show an all-capital word, a comma or a bracket
_DATELINE = regex.compile(
    r"(?:(?P<caps>\p{Lu}{3,}\b)|\p{Lu}[\p{L}\p{M}.'’&/-]*)"
    r"(?:(?:(?P<comma>,)\s*|\s+)(?:\p{Lu}[\p{L}\p{M}.'’&/-]*|\d{1,4})){0,6}"
    r"\s*(?P<agency>\([^()\n]{1,30}\)\s*)?[-–—]\s+"
)


_SPACED_DASH = regex.compile(r"\s[-–—]\s")
_FIRST_WORD = regex.compile(r"\p{L}+")


@cache
def _function_words() -> frozenset[str]:
    """The stop words of every language: a dateline never opens with one."""
    return frozenset().union(*stopwords().values())


def structure_data(lang: str) -> StructureData:
    """Return the validated structure cues of ``lang``."""
    return load(lang, "structure", StructureData)


@cache
def _boundary(lang: str) -> regex.Pattern[str]:
    abbr = "|".join(
        regex.escape(a) for a in sorted(structure_data(lang).abbreviations, key=len, reverse=True)
    )
    # a sentence ends at . ! ? (plus closing quotes/brackets) before white space and an
    # upper-case letter, digit or opening quote -- unless the word before the dot is an
    # abbreviation or a single capital (an initial). The boundary is group 1; the pattern
    # opens with the mark itself and checks the cheap conditions first, so a text of marks
    # that end nothing ('""""', "1.1.1.", ". . .") fails fast at each.
    return regex.compile(
        r"[.!?](?=[\"”’)\]]*[ \t\u00a0]+[\"“‘(\[]?[\p{Lu}\p{N}])"
        r"(?<!(?<![\p{L}])\p{Lu}\.)"
        rf"(?<!(?<![\p{{L}}])(?:{abbr})\.)"
        r"([\"”’)\]]*[ \t\u00a0]+)"
    )


_PARA = regex.compile(r"[^\n]+")


def analyse(text: str, lang: str) -> Structure:
    """Return the Structure of ``text`` in language ``lang``."""
    data = structure_data(lang)
    paragraphs: list[Span] = []
    boiler: list[Span] = []
    starts = tuple(data.boilerplate_starts)
    lines = {ln.strip() for ln in data.boilerplate_lines}
    for m in _PARA.finditer(text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        s = m.start() + (len(line) - len(line.lstrip()))
        e = m.start() + len(line.rstrip())
        span = Span(s, e)
        paragraphs.append(span)
        if stripped.startswith(starts) or stripped in lines:
            boiler.append(span)
    sentences: list[Span] = []
    owner: list[int] = []
    boundary = _boundary(lang)
    for pi, p in enumerate(paragraphs):
        cur = p.start
        for b in boundary.finditer(text, p.start, p.end):
            if b.start(1) > cur:
                sentences.append(Span(cur, _rstrip(text, cur, b.start(1))))
                owner.append(pi)
            cur = b.end(1)
        if cur < p.end:
            sentences.append(Span(cur, p.end))
            owner.append(pi)
    return Structure(text, tuple(paragraphs), tuple(sentences), tuple(owner), tuple(boiler))


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


_OPEN = "“"
_CLOSE = "”"
_MARKS = regex.compile('[“”"]')


def find_quotes(text: str, paragraphs: list[Span]) -> list[Quote]:
    """Pair quotation marks paragraph by paragraph.

    Curly marks pair as written; straight double quotes alternate open/close. A quotation left
    open runs to the end of its paragraph (news style continues it in the next paragraph with a
    fresh opening mark). Returns quotations in text order.
    """
    return [q for p in paragraphs for q in _paragraph_quotes(text, p)]


def _paragraph_quotes(text: str, p: Span) -> list[Quote]:
    """Return the quotations of paragraph ``p`` in order (see :func:`find_quotes`)."""
    quotes: list[Quote] = []
    open_at: int | None = None
    after = p.start  # where text not yet inside a quotation starts
    for mark in _MARKS.finditer(text, p.start, p.end):  # no other character acts
        i = mark.start()
        c = mark.group()
        if open_at is None and (
            c == _OPEN or (c in _CLOSE + '"' and _opens(text, i, p, curly=c == _CLOSE))
        ):
            open_at = i
        elif open_at is not None and (c == _CLOSE or c == '"' or _shuts(text, i, p)):
            quotes.append(Quote(Span(open_at, i + 1), Span(open_at + 1, i), True))
            open_at, after = None, i + 1
        elif open_at is None and c == _CLOSE:
            # a closing mark with no opening one: the quotation began the paragraph (or
            # the sentence after the quotation before it)
            s = p.start if after == p.start else _sentence_after(text, after, i)
            s = _lstrip(text, s, i)
            quotes.append(Quote(Span(s, i + 1), Span(s, i), False))
            after = i + 1
    if open_at is not None:
        quotes.append(Quote(Span(open_at, p.end), Span(open_at + 1, p.end), False))
    return quotes


def _opens(text: str, i: int, p: Span, *, curly: bool = False) -> bool:
    """A straight quote opens when it is not glued to the end of a word.

    With ``curly``, a closing mark opens when it stands where an opening one belongs: after
    white space (or at the paragraph start) and glued to the next word, as in text that writes
    ” for both marks ("kata dia. ”Kami …").
    """
    if curly:
        before = i == p.start or text[i - 1].isspace() or text[i - 1] in "([—-"
        return before and i + 1 < p.end and (text[i + 1].isalnum() or text[i + 1] in "(['‘")
    return i == p.start or not text[i - 1].isalnum() or text[i - 1] in " ([—-"


def _shuts(text: str, i: int, p: Span) -> bool:
    """An opening mark closes an open quotation when written where a closing one belongs:
    glued to the word or punctuation before it and followed by white space ("…,“ kata")."""
    return (
        text[i] == _OPEN
        and i > p.start
        and not text[i - 1].isspace()
        and (i + 1 >= p.end or text[i + 1].isspace())
    )


def _sentence_after(text: str, start: int, end: int) -> int:
    """Return where the last sentence begun in [start, end) starts (``start`` if none ends)."""
    for k in range(end - 2, start - 1, -1):
        if text[k] in ".!?" and text[k + 1].isspace():
            return k + 1
    return start


def _lstrip(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start
