"""The words and tokens of a sentence as attribution reads them.

A token is a word (letters and digits, with ``.&'’-`` inside) or a punctuation mark; its
first word is a :data:`WORD` (letters and digits joined by single hyphens: "kata" of
"kata's"), which is what cue words are looked up by. One regex pass gives both, and Python
objects are made by C-level maps, with no Python call per token.
"""

from __future__ import annotations

import re
from itertools import repeat
from typing import Any, NamedTuple

import regex

WORD = regex.compile(r"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*")


class Token(NamedTuple):
    """A word or punctuation mark with its offsets in the original text (``low``: lower-cased).

    A tuple, so that a sentence's tokens are built at C speed (:func:`tokens`)."""

    text: str
    start: int
    end: int
    low: str


# a token; ``w`` is its first word (a WORD), or a punctuation mark itself
_TOKEN = regex.compile(
    r"(?P<w>[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)(?:[\p{L}\p{N}.&'’\-]*[\p{L}\p{N}])?|(?P<w>\S)"
)
# Marks besides ASCII that news text writes (curly quotes, dashes, the no-break space, …):
# none is a letter or a digit, and only the no-break space is white space. A stretch of ASCII
# and these is tokenised by the standard engine, whose matches cost less, with patterns that
# spell the classes out for that alphabet (see :func:`plain`).
NEAR_ASCII = (
    "\u00a0\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u2212\u2032\u2033\u00a9\u00ae\u2022"
    "\u00b7\u00ab\u00bb"
)
_FOREIGN = re.compile(f"[^\\x00-\\x7f{NEAR_ASCII}]")
# _TOKEN for such text: the same tokens and first words (group 1). A mark is group 1 by
# itself, and only a word (ending in a letter or digit) takes the rest of the token; white
# space is what regex's \s is on that alphabet.
_PLAIN_TOKEN = re.compile(
    r"([A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|[^\t\n\x0b\x0c\r \xa0A-Za-z0-9])"
    r"(?:(?<=[A-Za-z0-9])[A-Za-z0-9.&'’\-]*[A-Za-z0-9])?"
)


def plain(text: str, start: int, end: int) -> bool:
    """Return True if ``text[start:end]`` holds only ASCII and the marks of
    :data:`NEAR_ASCII`: an alphabet whose letters, digits and white space the standard
    engine's patterns spell out."""
    # an ASCII test of the copy costs a fifth of the search, and most stretches pass it
    return text[start:end].isascii() or _FOREIGN.search(text, start, end) is None


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Return the tokens of ``text[start:end]`` with offsets into ``text``."""
    return build(first_words(text, start, end)[0])[0]


# the token matches of a stretch: regex.Match or re.Match objects, with the same groups
Matches = list[Any]


def first_words(text: str, start: int, end: int) -> tuple[Matches, list[str], list[int]]:
    """Return the token matches of ``text[start:end]``, the first word of each lower-cased
    (see :data:`_TOKEN`) and where that word ends; :func:`build` makes the tokens. Built with
    C-level maps: no Python call per token."""
    ms: Matches
    if plain(text, start, end):
        ms = list(_PLAIN_TOKEN.finditer(text, start, end))
    else:
        ms = list(_TOKEN.finditer(text, start, end))
    if not ms:
        return ms, [], []
    m = type(ms[0])  # the engine's match type: its methods mapped over the matches
    w = repeat(1)  # the group ``w`` by number: a lookup by name costs more
    return ms, list(map(str.lower, map(m.group, ms, w))), list(map(m.end, ms, w))


def build(ms: Matches) -> tuple[list[Token], list[int]]:
    """Return the tokens of the token matches ``ms`` and their start offsets."""
    if not ms:
        return [], []
    m = type(ms[0])
    words = list(map(m.group, ms))
    starts = list(map(m.start, ms))
    parts = zip(words, starts, map(m.end, ms), map(str.lower, words), strict=True)
    return list(map(tuple.__new__, repeat(Token), parts)), starts


_LN = regex.compile(r"[\p{L}\p{N}]")


def written(text: str, low: str) -> bool:
    """Return True if a whole word of ``text`` (a `WORD` match) is exactly ``low`` and
    starts with a small letter. Searches the text for ``low`` itself, so a word asked about
    costs one pass of ``str.find`` instead of splitting the whole text into words."""
    if not low or not low[0].islower() or WORD.fullmatch(low) is None:
        return False
    n, size = len(text), len(low)
    i = text.find(low)
    while i >= 0:
        j = i + size
        # a word starts at i unless a letter, a digit, or a hyphen after one stands before it
        starts = i == 0 or (
            _LN.match(text, i - 1) is None
            and not (text[i - 1] == "-" and i > 1 and _LN.match(text, i - 2) is not None)
        )
        # and ends at j unless a letter, a digit, or a hyphen before one follows
        ends = j >= n or (
            _LN.match(text, j) is None
            and not (text[j] == "-" and j + 1 < n and _LN.match(text, j + 1) is not None)
        )
        if starts and ends:
            return True
        i = text.find(low, i + 1)
    return False
