"""An anchored scan: a costly pattern tried only where the cheap anchors of its matches are.

A pattern that opens with lookbehinds and optional words (qualifiers, currencies) defeats the
regex engine's fast search, so ``finditer`` tries all of it at every position of a text, and
most of a news text holds no figure. :class:`Anchored` gives exactly the matches of
``pattern.finditer(text)`` with work only around anchors. Its contract:

* every match contains an anchor where its number begins (a digit run, a number word), found
  by the cheap scans ``anchors`` (each with a literal or a class first, so that the engine's
  fast search skips the text between; they may find more than that);
* a match starting before its anchor does so with a prefix (qualifier, minus, currency,
  article) that the reverse pattern ``before``, matched leftwards from the anchor in
  leftmost-longest mode, covers: ``before`` accepts every such prefix (it may accept more);
* within a prefix, a match starts only where ``starters`` finds the start of a prefix word.

So for each anchor the full pattern is tried (``match``, at one position) at the anchor and,
when ``before`` reaches further left, at the starters in between, left to right, never twice
at one position. Every possible start is tried in text order, so the first success is the
leftmost match, the one ``finditer`` finds; ``match`` at a position is ``search`` restricted to
it (the same engine, the lookbehinds see the whole text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from claimx.lexicon import trie

SPARSE = 16  # anchors pay only when there is at most one per this many characters


def dense_digits(text: str) -> bool:
    """Return True when ASCII digits make more than one character in ``SPARSE`` of ``text``
    ("1.1.1.…"): there a Python step per anchor costs more than the engine's own scan (ten
    ``str.count`` calls decide it, a few milliseconds per megabyte)."""
    return sum(map(text.count, "0123456789")) * SPARSE > len(text)


@dataclass(frozen=True, slots=True)
class Words:
    """Where words of a list (ASCII letters only) may begin, case-insensitively.

    ``lowered`` (the standard ``re`` module, several times faster for a prefix tree of
    literals) scans a lower-cased copy of the text; where lower-casing would not keep offsets
    or would hide a match (a character lower-casing to two, or the long s, U+017F, whose case
    folding is "s" but ``lower`` keeps it), ``exact`` (``regex``, ``(?i)``) scans the text.
    Both may find more starts than the words' own boundaries allow, never fewer.
    """

    lowered: re.Pattern[str]
    exact: regex.Pattern[str]

    def starts(self, text: str) -> list[int]:
        """Return the sorted offsets where one of the words may begin in ``text``: every
        occurrence that does not follow a letter or digit (one that does may be missed)."""
        low = text.lower()
        if len(low) != len(text) or "\u017f" in text:
            return [m.start() for m in self.exact.finditer(text)]
        return [m.start() for m in self.lowered.finditer(low)]


def words_of(words: list[str]) -> Words:
    """Return the :class:`Words` scan of ``words``.

    Raises:
        ValueError: a word is not made of ASCII letters only (the lowered scan assumes it).
    """
    if not all(w.isascii() and w.isalpha() for w in words):
        raise ValueError(f"anchor words must be ASCII letters: {words!r}")
    tree = trie([w.lower() for w in words])
    return Words(re.compile(f"(?<![a-z0-9]){tree}"), regex.compile(f"(?i:{tree})"))


@dataclass(frozen=True, slots=True)
class Anchored:
    """``pattern`` tried around ``anchors``; see the module docstring for the contract."""

    pattern: regex.Pattern[str]
    anchors: regex.Pattern[str]
    words: Words
    before: regex.Pattern[str]
    starters: regex.Pattern[str]

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        """Yield the matches of ``pattern.finditer(text)``, in order.

        Raises nothing beyond what the patterns raise.
        """
        if dense_digits(text):
            yield from self.pattern.finditer(text)
            return
        match = self.pattern.match
        before = self.before.match
        pos = 0  # matches do not overlap: the next one starts at or after pos
        tried = 0  # every position before this has been tried
        starts = [m.start() for m in self.anchors.finditer(text)] + self.words.starts(text)
        starts.sort()
        for a in starts:
            lo = pos if pos > tried else tried
            if a < lo:
                continue
            b = before(text, lo, a)
            ws = a if b is None else b.start()
            if ws == a:
                cands = [a]
            else:
                cands = [m.start() for m in self.starters.finditer(text, ws, a, overlapped=True)]
                cands.append(a)
            for p in cands:
                if p < pos:
                    continue
                m = match(text, p)
                if m is not None:
                    yield m
                    pos = m.end() if m.end() > p else p + 1
            tried = a + 1


DIGIT_RUN = regex.compile(r"\d+")  # also where nonclaims' masks may begin
_LETTERS = regex.compile(r"[A-Za-z]*")


@dataclass(frozen=True, slots=True)
class AtWords:
    """A pattern whose every match begins with one of some words (not right after a letter
    or digit) or with one of some digit-led phrases ("1st"), tried only there: ``finditer``
    gives the matches of ``pattern.finditer`` (leftmost, not overlapping) without trying the
    pattern at the other positions of the text."""

    pattern: regex.Pattern[str]
    words: Words
    phrases: regex.Pattern[str] | None  # the digit-led phrases, literally, any case

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        """Yield the matches of ``pattern.finditer(text)``, in order."""
        starts = self.words.starts(text)
        if self.phrases is not None:
            starts += [m.start() for m in self.phrases.finditer(text, overlapped=True)]
            starts.sort()
        if len(starts) * SPARSE > len(text):
            # "a a a …", "1st 1st …": the engine's own scan beats a Python step per start
            yield from self.pattern.finditer(text)
            return
        match = self.pattern.match
        pos = 0
        for p in starts:
            if p < pos:
                continue
            m = match(text, p)
            if m is not None:
                yield m
                pos = m.end() if m.end() > p else p + 1


def at_words(pattern: regex.Pattern[str], first: list[str]) -> regex.Pattern[str] | AtWords:
    """Return ``pattern`` scanned only where one of the words or phrases ``first`` may begin
    (its matches must begin with one of them, whatever the case: the caller's contract).

    A phrase counts by its leading ASCII letters; one that leads with a digit ("1st") is
    found as it is written, case aside. Returns ``pattern`` itself (a full scan) when some
    phrase leads with anything else.
    """
    heads: set[str] = set()
    led: set[str] = set()
    for w in first:
        lead = _LETTERS.match(w).group()  # type: ignore[union-attr]
        if lead:
            heads.add(lead)
        elif w[:1].isdigit():
            led.add(w)
        else:
            return pattern
    phrases = regex.compile(f"(?i:{trie(sorted(led))})") if led else None
    return AtWords(pattern, words_of(sorted(heads)), phrases)
