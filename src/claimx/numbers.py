"""Locale-aware number parsing: digits with separators and number words, both languages.

spaCy's ``like_num`` cannot tell Indonesian "22,8" (22.8) from "22.800" (22 800) and does not
know the se- forms, so claimx parses numbers itself. All functions are pure and typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from claimx.langdata import load
from claimx.langmodels import NumberData
from claimx.memo import Memo


def number_data(lang: str) -> NumberData:
    """Return the validated numeral data for ``lang``."""
    return load(lang, "numbers", NumberData)


@dataclass(frozen=True, slots=True)
class Convention:
    """Which character is the decimal mark in a document, and why."""

    decimal: str
    group: str
    evidence: str


# only from the start of a digit run, possessively: backtracking into "111…1" from every
# digit made a long run quadratic (same matches: a shorter run is followed by a digit)
_DIGITS = regex.compile(r"(?<!\d)\d++(?:[.,]\d++)+")
_SEP = regex.compile(r"[.,]")
_ORDINAL_DIGITS = regex.compile(r"(\d+)(?:st|nd|rd|th)?")


def convention(text: str, lang: str) -> Convention:
    """Decide the decimal convention of a document from its unambiguous numbers.

    A number such as "25.292.701" or "22,8" can only be read one way; the majority of such
    evidence decides, and the language's own convention breaks ties. Returns a Convention.
    """
    data = number_data(lang)
    dot_decimal = comma_decimal = 0
    for m in _DIGITS.finditer(text):
        kind = _unambiguous_kind(m.group())
        if kind == ".":
            dot_decimal += 1
        elif kind == ",":
            comma_decimal += 1
    if dot_decimal > comma_decimal:
        return Convention(".", ",", f"{dot_decimal} numbers read only with a decimal point")
    if comma_decimal > dot_decimal:
        return Convention(",", ".", f"{comma_decimal} numbers read only with a decimal comma")
    return Convention(data.decimal_separator, data.group_separator, f"default for {lang}")


def _unambiguous_kind(s: str) -> str | None:
    """Return the decimal mark a digit string proves, or None when it proves nothing."""
    n, first, last, n_last, two = _marks(s)
    if two:
        return last if n_last == 1 else None
    if n > 1:
        # "25.292.701": the repeated mark groups thousands, so the other one is the decimal
        return "," if first == "." else "."
    if len(s) - s.find(first) - 1 != 3:
        return first  # "22,8", "39.52": a group separator is always followed by 3 digits
    return None


def _marks(s: str) -> tuple[int, str, str, int, bool]:
    """Return (number of marks, first mark, last mark, how often the last one occurs, whether
    both "." and "," occur) of a digit string, counted by str methods (a megabyte-long
    "1.1.1…" is not walked character by character in Python)."""
    nd, nc = s.count("."), s.count(",")
    if not (nd or nc):
        return 0, "", "", 0, False
    fd, fc = s.find("."), s.find(",")
    first = "." if fc < 0 or 0 <= fd < fc else ","
    last = "." if s.rfind(".") > s.rfind(",") else ","
    return nd + nc, first, last, nd if last == "." else nc, bool(nd and nc)


@dataclass(frozen=True, slots=True)
class ParsedDigits:
    """A digit string's value and, when the reading was a choice, a note saying so."""

    value: float
    note: str | None = None


_PARSED: Memo[tuple[str, Convention], ParsedDigits] = Memo()


def parse_digits(s: str, conv: Convention) -> ParsedDigits:
    """Parse a digit string with separators under a document's decimal convention.

    Short strings repeat ("2023", "5", "1,5"), so their parse is remembered (a bounded table).

    Raises:
        ValueError: ``s`` is not a well-formed number (e.g. "1.1.1" or "1,23,4").
    """
    if len(s) > 24:
        return _parse_digits(s, conv)
    return _PARSED.get((s, conv), _parse_digits, s, conv)


def _parse_digits(s: str, conv: Convention) -> ParsedDigits:
    if not s or not s[0].isdigit() or not s[-1].isdigit():
        raise ValueError(f"not a number: {s!r}")
    n, sep, _, n_last, two = _marks(s)
    if not n:
        # float(), not float(int()): a 400-digit run must give inf, not raise OverflowError
        return ParsedDigits(float(s))
    if two:
        if n_last != 1:
            raise ValueError(f"not a number: {s!r} (mixed separators)")
        cut = max(s.rfind("."), s.rfind(","))
        _check_groups(s, cut)
        return ParsedDigits(float("".join(_SEP.split(s[:cut])) + "." + s[cut + 1 :]))
    if n > 1:
        _check_groups(s, len(s))
        parts = _SEP.split(s)
        if sep == conv.decimal:
            return ParsedDigits(float("".join(parts)), f"{s!r} read as grouped digits")
        return ParsedDigits(float("".join(parts)))
    head, frac = _SEP.split(s)
    if sep == conv.decimal:
        note = None
        if len(frac) == 3 and head != "0":
            note = f"ambiguous {s!r} read with decimal {sep!r} ({conv.evidence})"
        return ParsedDigits(float(head + "." + frac), note)
    if len(frac) == 3 and 1 <= len(head) <= 3 and head != "0":
        return ParsedDigits(float(head + frac))
    return ParsedDigits(
        float(head + "." + frac), f"{s!r} read with decimal {sep!r} against {conv.evidence}"
    )


# one to three characters, then groups of three after each mark; tested before the string is
# split, so that a megabyte of "1.1.1…" fails at its second group
_GROUPS = regex.compile(r"[^.,]{1,3}(?:[.,][^.,]{3})*")


def _check_groups(s: str, end: int) -> None:
    """Raise ValueError unless ``s[:end]`` is digits grouped by threes."""
    if _GROUPS.fullmatch(s, 0, end) is None:
        raise ValueError(f"not a number: {s!r} (digit groups are not of three)")


@dataclass(frozen=True, slots=True)
class _Word:
    kind: str  # unit, teen, tens, hundreds, scale, fraction, article, joiner
    value: float


@cache
def _lexicon(lang: str) -> dict[str, _Word]:
    data = number_data(lang)
    lex: dict[str, _Word] = {}
    for kind, table in (
        ("unit", data.units),
        ("teen", data.teen),
        ("tens", data.tens),
        ("hundreds", data.hundreds),
        ("scale", data.scales),
        ("fraction", data.fractions),
        ("denominator", data.denominators),
    ):
        for word, value in table.items():
            lex[word.lower()] = _Word(kind, value)
    prefix = data.implicit_one_prefix
    if prefix:
        for kind, table in (
            ("teen", data.teen),
            ("tens", data.tens),
            ("hundreds", data.hundreds),
            ("scale", data.scales),
        ):
            for word, value in table.items():
                lex[prefix + word.lower()] = _Word("se-" + kind, value)
    for word in data.articles:
        lex[word.lower()] = _Word("article", 1)
    for word in data.joiners:
        lex[word.lower()] = _Word("joiner", 0)
    return lex


def number_words(lang: str) -> tuple[str, ...]:
    """Return every word that can be part of a number written in words, longest first."""
    return tuple(sorted(_lexicon(lang), key=len, reverse=True))


_WORD_SPLIT = regex.compile(r"[\s\-]+")


def parse_number_words(text: str, lang: str) -> float:
    """Parse a number written in words: "dua puluh lima ribu", "seratus", "half a million".

    Raises:
        ValueError: a word is not a number word of ``lang`` or the sequence is not a number.
    """
    lex = _lexicon(lang)
    total = segment = small = 0.0
    seen = False
    words = [w for w in _WORD_SPLIT.split(text.strip().lower()) if w]
    for i, word in enumerate(words):
        entry = lex.get(word)
        if entry is None:
            raise ValueError(f"not a {lang} number word: {word!r} in {text!r}")
        kind, value = entry.kind, entry.value
        if kind in ("article", "joiner"):
            if i == len(words) - 1 or (i == 0 and kind == "joiner"):
                raise ValueError(f"dangling {word!r} in {text!r}")
            continue
        if i and lex[words[i - 1]].kind == "denominator" and kind not in ("scale", "se-scale"):
            raise ValueError(f"{word!r} cannot follow a fraction in {text!r}")
        seen = True
        if kind == "unit" or kind == "fraction":
            small += value
        elif kind == "denominator":  # "two thirds", "a third", "one-fifth"
            small = (small or 1) / value
        elif kind in ("teen", "se-teen"):
            small = (small if kind == "teen" else 1) + value
        elif kind in ("tens", "se-tens"):
            segment += (small if kind == "tens" and small else 1) * value
            small = 0.0
        elif kind in ("hundreds", "se-hundreds"):
            segment += (small if kind == "hundreds" and small else 1) * value
            small = 0.0
        else:  # scale, se-scale
            amount = segment + small if kind == "scale" and (segment or small) else 1
            total += amount * value
            segment = small = 0.0
    if not seen:
        raise ValueError(f"no number in {text!r}")
    return total + segment + small


def parse_ordinal(text: str, lang: str) -> int:
    """Parse an ordinal: "kedua", "ke-3", "third", "3rd". Raises ValueError otherwise."""
    data = number_data(lang)
    low = text.strip().lower()
    if low in data.ordinals:
        return data.ordinals[low]
    for prefix in data.ordinal_prefixes:
        if low.startswith(prefix) and low[len(prefix) :].isdigit():
            return int(low[len(prefix) :])
    m = _ORDINAL_DIGITS.fullmatch(low)
    if m:
        return int(m.group(1))
    if low in _lexicon(lang) and _lexicon(lang)[low].kind == "unit":
        return int(_lexicon(lang)[low].value)
    raise ValueError(f"not a {lang} ordinal: {text!r}")
