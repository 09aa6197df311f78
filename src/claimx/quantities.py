"""Find quantities in text: numbers with their qualifier, currency, scale and unit words.

One compiled pattern per language scans the text once; ranks ("peringkat kedua", "ranked
third") have a second small pattern. Offsets index the original text. Whether a quantity is a
*claim* (not a date, year or identifier) is decided here too, with the masks of
:mod:`claimx.nonclaims`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

import regex

from claimx import nonclaims
from claimx.lexicon import (
    S,
    all_currency_prefixes,
    alternation,
    fold,
    last_word,
    lower_map,
    qualifier_data,
    unit_data,
)
from claimx.numbers import (
    Convention,
    convention,
    number_data,
    number_words,
    parse_digits,
    parse_number_words,
    parse_ordinal,
)
from claimx.qpairs import QUALIFIER_KINDS, bounds, conversions, pair_ranges
from claimx.qscan import Anchored, AtWords, at_words, words_of
from claimx.quantrules import governed_amount, refine
from claimx.shares import is_share, one_in_n


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity found in text, before claim semantics are attached."""

    start: int
    end: int
    value: float
    unit: str
    qualifier: str = "exact"
    lower: float | None = None
    upper: float | None = None
    written: str = "digits"  # digits, words or rank
    has_scale: bool = False
    has_unit: bool = False
    scale: float = 1.0
    notes: tuple[str, ...] = ()


# vulgar fractions after a whole number: "2½ years", "1¾ miles"
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
_VULGAR_CHARS = "".join(_VULGAR)
_SLASHES = "/\u2044"  # solidus and fraction slash: "1/2", "1\u204432"

# compiled once: module-level regex.split looks its pattern up on every call
_SLASH = regex.compile(f"[{_SLASHES}]")
_WORD_SEP = regex.compile(r"[\s-]+")
_SPACE_RUN = regex.compile(S + "+")
_WORD = regex.compile(r"[^\s-]+")


@dataclass(frozen=True, slots=True)
class _Patterns:
    main: Anchored
    rank: regex.Pattern[str] | AtWords
    qualifiers: dict[str, str]
    scales: dict[str, float]
    percent: frozenset[str]
    points: frozenset[str]
    basis: frozenset[str]
    units: dict[str, str]
    count_nouns: frozenset[str]
    vague: regex.Pattern[str] | None


@cache
def _patterns(lang: str) -> _Patterns:
    nd = number_data(lang)
    ud = unit_data(lang)
    qd = qualifier_data(lang)
    quals = {fold(w): k for k in QUALIFIER_KINDS for w in getattr(qd, k)}
    currencies = all_currency_prefixes(lang)
    scales = {fold(k): v for k, v in nd.scales.items()}
    abbr_long = {k: v for k, v in nd.scale_abbreviations.items() if len(k) > 1}
    abbr_short = {k: v for k, v in nd.scale_abbreviations.items() if len(k) == 1}
    scales.update({fold(k): v for k, v in abbr_long.items()})
    short = {k: v for k, v in abbr_short.items()}
    words = number_words(lang)
    heads = [w for w in words if w not in nd.articles and w not in nd.joiners]
    multipliers = list(nd.hundreds) + list(nd.scales) + list(nd.fractions) + list(nd.denominators)
    w_alt = alternation(heads)
    art = alternation(nd.articles) if nd.articles else "(?!)"
    joiners = alternation(list(nd.joiners) + list(nd.articles)) if nd.articles else "(?!)"
    word_number = (
        rf"(?i:(?:{art}{S}+(?={alternation(multipliers)}))?{w_alt}"
        rf"(?:(?:{S}+|-)(?:{joiners}{S}+)?{w_alt})*)"
    )
    # atomic: "1.5mm" with an unknown unit must not fall back to "1"
    lead = r"|\.\d+" if nd.decimal_separator == "." else ""  # ".001 per cent"
    digits = rf"(?>\d+(?:[.,]\d+)*{lead})"
    # "1/16 of a pint", "1/2 pound": a fraction only before "of" or a unit
    of = alternation([nd.vague_linker]) if nd.vague_linker else "(?!)"
    units_ahead = alternation(list(ud.units) + list(ud.currency_suffixes), left=False)
    fraction = rf"\d{{1,2}}[{_SLASHES}]\d{{1,3}}(?={S}+(?:{of}|(?i:{units_ahead})))"
    number = rf"(?:{fraction}|{digits}[{_VULGAR_CHARS}]?|{word_number})"  # "2½ years"
    digit_scales = alternation(list(scales) + list(nd.hundreds), left=False)
    bare = {k: v for k, v in short.items() if k in nd.bare_scale_abbreviations}
    bare_long = [k for k in nd.bare_scale_abbreviations if len(k) > 1]
    bare_alt = alternation(list(bare) + bare_long, left=False)
    unit_words = (
        list(ud.percent)
        + list(ud.percentage_points)
        + list(ud.basis_points)
        + list(ud.currency_suffixes)
        + list(ud.units)
        + list(ud.count_nouns)
    )
    minus = alternation(nd.minus_words)
    # "the 50 previous years", "three straight months": an adjective before the unit
    unit_adjectives = alternation(ud.unit_adjectives) if ud.unit_adjectives else "(?!)"
    main = rf"""
        (?:(?<![\p{{L}}\p{{N}}_.,/:@#\$])|(?<=,)(?=(?i:{minus})))(?<![\p{{L}}\p{{N}}][-–‐/])
        (?:(?P<qual>(?i:{alternation(quals)}))(?:{S}+|(?<=[~≈-])))?
        (?:(?P<minusw>(?i:{minus}))(?:{S}+|-)|(?P<minus>(?<!\d%?)[-−](?=\d)))?
        (?:(?P<cur>{alternation(currencies, words_only=False)}){S}?
           (?P<minus2>-(?=\d))?)?
        (?P<num>{number})
        # scientific notation (\u00d7 is the multiplication sign): "1.99\u00d710\u221230",
        # "6.02 x 10^23", "3\u00d710\u2078"
        (?:{S}?[\u00d7x]{S}?10(?:(?:\^|\*\*)(?P<exp>[-−+]?\d{{1,3}})|(?<=\d[\u00d7x]10)(?P<exp2>[-−]\d{{1,3}})
                           |(?P<sup>[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,3}})))?
        (?:(?:[-–]|{S}[-–]{S})(?P<num2>{digits}))?
        (?P<scale>(?:{S}?(?i:{digit_scales}))+
                 |(?(cur)(?:{S}?{alternation(short, left=False)})|{bare_alt}))?
        # a currency already is the unit: "Rp 300 Triliun Tahun Depan" is money, not years
        (?(cur)|(?:(?:{S}+(?i:{unit_adjectives}))?
                   (?:{S}|-)?(?P<unit>(?i:{alternation(unit_words, left=False)})
                              |{alternation(ud.units_cased, left=False)}))?)
        (?:(?<=[^\w])|(?![\p{{L}}\p{{N}}_]))(?![{_SLASHES}]\d)  # "24/7", "9/11" are no amounts
    """
    ordinal_words = list(nd.ordinals) + list(nd.units)
    ordinal = rf"(?:(?i:{alternation(ordinal_words)})|(?i:ke-?{S}?)?\d+(?:st|nd|rd|th)?)"
    suffixes = alternation(ud.rank_suffixes) if ud.rank_suffixes else "(?!)"
    rank = rf"""
        (?P<cue>(?i:{alternation(ud.rank_cues)}))(?:{S}+(?i:No\.?))?{S}+(?P<ord>{ordinal})
        (?![\p{{L}}\p{{N}}])
        |(?P<ord2>(?i:{alternation(nd.ordinals)}))[-{S[1:-1]}](?i:{suffixes})
    """
    vague = None
    if nd.vague_plurals and nd.vague_linker:
        of = alternation([nd.vague_linker])
        tens = alternation(nd.vague_tens)
        vague = rf"""
            (?<![\p{{L}}\p{{N}}])(?:(?P<tens>(?i:{tens})){S}+{of}{S}+)?
            (?P<vp>(?i:{alternation(nd.vague_plurals)}))
            (?:{S}+{of}{S}+(?P<unit>(?i:{alternation(unit_words)})))?
        """
    # the anchored scan (claimx.qscan): a number begins at a digit or a number word; before
    # it stand at most a qualifier, a minus, a currency, an article and a leading "."
    q_alt, m_alt = alternation(quals, words_only=False), alternation(nd.minus_words)
    c_alt, a_alt = alternation(currencies, words_only=False), art
    before = (
        rf"(?rp)(?:(?i:{q_alt}){S}*)?(?:(?i:{m_alt})(?:{S}+|-)?|[-−])?"
        rf"(?:{c_alt}{S}?-?)?(?:(?i:{a_alt}){S}+)?\.?"
    )
    starters = rf"(?i:{q_alt})|(?i:{m_alt})|[-−]|{c_alt}|(?i:{a_alt})|\."
    return _Patterns(
        main=Anchored(
            regex.compile(main, regex.VERBOSE),
            regex.compile(r"\d+"),
            words_of(heads),
            regex.compile(before),
            regex.compile(starters),
        ),
        # tried only where a rank cue or an ordinal begins (claimx.qscan)
        rank=at_words(regex.compile(rank, regex.VERBOSE), [*ud.rank_cues, *nd.ordinals]),
        qualifiers=quals,
        scales=scales | dict(short.items()) | {fold(k): v for k, v in nd.hundreds.items()},
        percent=frozenset(fold(w) for w in ud.percent),
        points=frozenset(fold(w) for w in ud.percentage_points),
        basis=frozenset(fold(w) for w in ud.basis_points),
        units={fold(k): v for k, v in ud.units.items()} | dict(ud.units_cased.items()),
        count_nouns=frozenset(fold(w) for w in ud.count_nouns),
        vague=regex.compile(vague, regex.VERBOSE) if vague else None,
    )


def find_quantities(
    text: str, lang: str, *, conv: Convention | None = None, claims_only: bool = True
) -> list[Quantity]:
    """Return every quantity in ``text`` that is a claim candidate, in text order.

    Dates, years, times, identifiers, URLs, phone numbers and list numbering are excluded.
    Ranges give one quantity per bound, with ``qualifier="range"``. With ``claims_only``
    (the claim default) a number in words with no scale or unit ("one of", "two days") is no
    claim; ``claims_only=False`` keeps it and also reads orders of magnitude ("thousands of
    jobs" -> one quantity with ``qualifier="range"``, lower 1000, upper 10000), for benchmarks
    such as NewsQuant that count every amount. Raises ValueError for an unsupported ``lang``.
    """
    pats = _patterns(lang)
    conv = conv or convention(text, lang)
    masks = nonclaims.masks(text, lang)
    found: list[Quantity] = []
    for m in pats.main.finditer(text):
        found.extend(_from_match(m, text, lang, pats, conv, claims_only))
    for m in pats.rank.finditer(text):
        q = _rank(m, lang)
        if q is not None:
            found.append(q)
    if not claims_only and pats.vague is not None:
        found.extend(_vague(m, lang, pats) for m in pats.vague.finditer(text))
    if claims_only:  # "one in five children": a share of 20 percent
        found.extend(
            Quantity(a, b, v, "percent", written="ratio", has_unit=True)
            for a, b, v in one_in_n(text, lang)
        )
    found = [q for q in found if not masks.overlaps(q.start, q.end)]
    found.sort(key=lambda q: (q.start, q.end))
    found = _drop_nested(found)
    return refine(conversions(pair_ranges(found, text, lang), text), text, lang)


def _from_match(
    m: regex.Match[str],
    text: str,
    lang: str,
    pats: _Patterns,
    conv: Convention,
    claims_only: bool = True,
) -> list[Quantity]:
    num = m.group("num")
    notes: list[str] = []
    words = not (num[0].isdigit() or num[0] == ".")
    try:
        if "/" in num or "\u2044" in num:  # _SLASHES
            top, bottom = (int(x) for x in _SLASH.split(num))
            if not 0 < top < bottom:
                return []
            value = top / bottom
        elif words:
            value = parse_number_words(num, lang)
        else:
            frac = _VULGAR.get(num[-1], 0.0)
            whole = num[:-1] if frac else num
            parsed = parse_digits("0" + whole if whole[0] == "." else whole, conv)
            value = parsed.value + frac
            if parsed.note:
                notes.append(parsed.note)
    except ValueError:
        return []
    exp = _exponent(m)
    if exp is not None:
        if words:
            return []
        # exact (1.99e-30, not 1.9900000000000002e-30), and finite or no quantity
        value = float(Decimal(repr(value)).scaleb(exp))
        if not math.isfinite(value):
            return []
    scale = 1.0
    scale_text = m.group("scale")
    # "five thousand" is written in thousands: a bare "four to" before it shares that scale
    last = fold(last_word(num)) if words and not scale_text else ""
    word_scale = number_data(lang).scales.get(last, 1.0)
    if scale_text:
        for part in _SPACE_RUN.split(scale_text.strip()):
            scale *= pats.scales.get(fold(part), pats.scales.get(part, 1.0))
    unit, has_unit = _unit(m, lang, pats)
    cur = m.group("cur")
    guarded = unit_data(lang).guarded_currency_prefixes
    if cur and cur.strip() in guarded and not (scale_text or "." in num or "," in num):
        return []  # "PS4" is a name; "PS2.7m", "PS21,700" are money
    share = claims_only and words and 0 < value < 1 and not (scale_text or has_unit or cur)
    if share:  # "a third of the firms", "nearly half": a share, in percent
        qualified = bool(m.group("qual"))
        governed = governed_amount(text, m.start(), m.end(), lang)
        if not is_share(text, m.start("num"), m.end("num"), lang, qualified=qualified,
                        governed=governed):  # fmt: skip
            return []
        value, unit, has_unit = value * 100, "percent", True
    if (
        claims_only
        and words
        and not (scale_text or has_unit or cur)
        and _bare_word_number(num, lang)
        and not governed_amount(text, m.start(), m.end(), lang)
    ):
        return []
    measured = has_unit and unit != "count"  # "in 2020 students returned": still a year
    measured = measured or (has_unit and _after_amount_cue(text, m.start(), lang))
    if not words and _is_year(num, m, scale_text, measured, cur):
        return []
    if words and _lone_multiplier(num, lang) and not (m.group("qual") or share):
        return []  # "half-staff", "the fourth quarter"; "almost half of which" is an amount
    bare = not (scale_text or has_unit or cur or m.group("qual") or m.group("minus"))
    if bare and not m.group("num2") and _in_name(num, words, text, m.start()):
        return []
    qualifier = pats.qualifiers.get(fold(m.group("qual") or ""), "exact")
    sign = -1.0 if (m.group("minus") or m.group("minusw") or m.group("minus2")) else 1.0
    value = sign * value * scale
    if not math.isfinite(value):
        return []
    start, end = m.start(), m.end()
    lower, upper = bounds(qualifier, value)
    base = Quantity(
        start,
        end,
        value,
        unit,
        qualifier,
        lower,
        upper,
        written="words" if words else "digits",
        has_scale=bool(scale_text) or word_scale > 1,
        has_unit=has_unit or bool(cur),
        scale=scale * word_scale,
        notes=tuple(notes),
    )
    num2 = m.group("num2")
    if not num2:
        return [base]
    try:
        second = parse_digits(num2, conv).value * scale * sign
    except ValueError:
        return []
    if not math.isfinite(second):
        return []
    if _looks_like_year(num) and _looks_like_year(num2) and not (scale_text or has_unit or cur):
        return []
    if bare and second <= value and num.isdigit() and num2.isdigit():
        return []  # "beat Charlton 2-1", "tied at 89-89", "ISO 3888-2": a score or a code
    lo, hi = min(value, second), max(value, second)
    first = replace(base, end=m.end("num"), qualifier="range", lower=lo, upper=hi)
    rest = replace(base, start=m.start("num2"), value=second, qualifier="range", lower=lo, upper=hi)
    return [first, rest]


_SUPERSCRIPTS = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")


def _exponent(m: regex.Match[str]) -> int | None:
    """Return the power of ten written after a figure (times sign, "10", then a signed or
    superscript power: "x 10^23" -> 23, "x10-30" -> -30), or None."""
    text = m.group("exp") or m.group("exp2") or m.group("sup")
    if not text:
        return None
    return int(text.translate(_SUPERSCRIPTS).replace("−", "-"))


def _vague(m: regex.Match[str], lang: str, pats: _Patterns) -> Quantity:
    """Return "dozens of", "tens of thousands of dollars" as a range from the order of
    magnitude to ten times it."""
    low = number_data(lang).vague_plurals[fold(m.group("vp"))] * (10 if m.group("tens") else 1)
    unit, has_unit = _unit_word(m.group("unit"), lang, pats)
    return Quantity(
        m.start(),
        m.end(),
        low,
        unit,
        qualifier="range",
        lower=low,
        upper=10 * low,
        written="words",
        has_scale=True,
        has_unit=has_unit,
        scale=low,
    )


def _unit(m: regex.Match[str], lang: str, pats: _Patterns) -> tuple[str, bool]:
    unit, has_unit = _unit_word(m.group("unit"), lang, pats)
    if has_unit:
        return unit, True
    cur = m.group("cur")
    if cur:
        return all_currency_prefixes(lang)[cur.strip()], True
    return "count", False


def _unit_word(word: str | None, lang: str, pats: _Patterns) -> tuple[str, bool]:
    if word:
        cased = unit_data(lang).units_cased
        if word in cased:
            return cased[word], True
        key = fold(word)
        if key in pats.percent:
            return "percent", True
        if key in pats.points:
            return "percentage_point", True
        if key in pats.basis:
            return "basis_point", True
        suffixes = lower_map(lang, "currency_suffixes")
        if key in suffixes:
            return suffixes[key], True
        if key in pats.units:
            return pats.units[key], True
        if key in pats.count_nouns:
            return "count", True
    return "count", False


def _looks_like_year(num: str) -> bool:
    return len(num) == 4 and num.isdigit() and 1900 <= int(num) <= 2100


def _after_amount_cue(text: str, start: int, lang: str) -> bool:
    """True when the words just before ``start`` announce an amount ("sebanyak", "as many as")."""
    words = fold(text[max(0, start - 24) : start]).split()
    for cue in qualifier_data(lang).amount_cues:
        n = len(cue.split())
        if words[-n:] == fold(cue).split():
            return True
    return False


def _is_year(
    num: str, m: regex.Match[str], scale: str | None, has_unit: bool, cur: str | None
) -> bool:
    if scale or has_unit or cur or m.group("qual") or m.group("minus"):
        return False
    return _looks_like_year(num)


def _bare_word_number(num: str, lang: str) -> bool:
    """A number in words with nothing measured after it ("salah satu", "one of") is no claim,
    unless it carries its own scale ("a thousand", "sejuta")."""
    nd = number_data(lang)
    scales = {fold(s) for s in nd.scales}
    prefix = nd.implicit_one_prefix or ""
    for word in _WORD.finditer(fold(num)):  # (not split: the first scale word decides)
        w = word.group()
        if w in scales or (prefix and w.startswith(prefix) and w[len(prefix) :] in scales):
            return False
    return True


def _lone_multiplier(num: str, lang: str) -> bool:
    """A multiplier word on its own ("half-staff", "the fourth quarter", "parts per million",
    "several hundred") names no amount; "a quarter", "half a million" and "two hundred" do."""
    if _WORD_SEP.search(num):  # a space or a hyphen: more than one word
        return False
    nd = number_data(lang)
    key = fold(num)
    return any(key in table for table in (nd.fractions, nd.hundreds, nd.scales, nd.denominators))


_NAME_TOKEN = regex.compile(r"(?:^|(?<=[^\S]))([\p{L}&][\p{L}\p{N}&/]*)" + S + r"$")
_SENTENCE_START = regex.compile(r"(?:^|[.!?:;\n\"“”(]" + S + r"*)$")


def _in_name(num: str, words: bool, text: str, start: int) -> bool:
    """A bare whole number right after a capitalised word that does not open the sentence is
    part of a name or identifier: "S&P 500", "iPhone 11", "Game 7", "Part 3", "BBC One"."""
    if words:
        # a capitalised number word inside a sentence names something: "BBC One", "Apple One"
        opens = _SENTENCE_START.search(text, max(0, start - 3), start) is not None
        return num[:1].isupper() and not opens
    if not num.isdigit() or len(num) > 4:
        return False
    m = _NAME_TOKEN.search(text, max(0, start - 40), start)
    if m is None or not any(c.isupper() for c in m.group(1)):
        return False
    token = m.group(1)
    if not (token[:1].isupper() and token[1:].islower()):
        return True  # "S&P 500", "FTSE 100", "iPhone 11": a name even when it opens a sentence
    return _SENTENCE_START.search(text, max(0, m.start(1) - 3), m.start(1)) is None


def _rank(m: regex.Match[str], lang: str) -> Quantity | None:
    ordinal = m.group("ord") or m.group("ord2")
    try:
        value = parse_ordinal(ordinal, lang)
    except ValueError:
        return None
    return Quantity(m.start(), m.end(), float(value), "rank", written="rank", has_unit=True)


def _drop_nested(found: list[Quantity]) -> list[Quantity]:
    """Keep the longer of two overlapping quantities (a rank over its ordinal number), and a
    "one in N" share over the number inside it."""
    out: list[Quantity] = []
    for q in found:
        if out and q.start < out[-1].end:
            prev = out[-1]
            if prev.qualifier == "range" and q.qualifier == "range":
                out.append(q)
                continue
            if prev.written == "ratio":
                continue  # "one in five" over the "five children" inside it
            if q.written == "ratio" or (q.end - q.start) > (prev.end - prev.start):
                out[-1] = q
            continue
        out.append(q)
    return out
