"""Compiled per-language lexicons shared by the recognisers: built once, cached per language."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex
from pydantic import Field

from claimx.langdata import LangModel, load
from claimx.memo import Memo

# horizontal white space only: a number never joins its unit across a line break
S = r"[ \t\u00a0\u2009\u202f]"


class UnitData(LangModel):
    """Schema of ``lang/<code>/units.yaml``."""

    currency_prefixes: dict[str, str]
    # prefixes that are also common letter pairs ("PS", the ASCII folding of "£", is also
    # "PS4"): money only before a figure with a decimal point, a group separator or a scale
    guarded_currency_prefixes: dict[str, str] = Field(default_factory=dict)
    currency_suffixes: dict[str, str]
    percent: list[str]
    percentage_points: list[str]
    basis_points: list[str]
    units: dict[str, str]
    # symbols matched as written: "W" watt, "g" gram, "p" pence
    units_cased: dict[str, str] = Field(default_factory=dict)
    count_nouns: list[str]
    # adjectives that may stand between a figure and its unit: "three straight months"
    unit_adjectives: list[str] = Field(default_factory=list)
    rank_cues: list[str]
    rank_suffixes: list[str]


class QualifierData(LangModel):
    """Schema of ``lang/<code>/qualifiers.yaml``."""

    approx: list[str]
    at_least: list[str]
    more_than: list[str]
    at_most: list[str]
    less_than: list[str]
    range_openers: list[str]
    range_joiners: list[str]
    range_opener_joiners: list[str]
    change_openers: list[str]
    # a word before a change amount: "increased by $43.6 billion to $419.2 billion" is a
    # change and the level it reached, not a range
    change_amount_openers: tuple[str, ...] = ()
    # words that announce an amount: a year-like "2023" after them, with a counted noun, is a
    # count ("sebanyak 2023 orang"), not a year
    amount_cues: tuple[str, ...] = ()
    # the number word that after a determiner stands for a noun ("each one", "the same one")
    pronoun_number: str | None = None
    pronoun_determiners: tuple[str, ...] = ()
    # a bare scaled figure before these and an amount shares its unit: "raised 280 million
    # of the 1.5 billion shekels"
    partitive_linkers: tuple[str, ...] = ()
    # words after a bare figure that show it names no thing of its own ("and 2.1 last year"),
    # so it may take an elided measure; "3.7 rebounds" names its own
    elision_followers: tuple[str, ...] = ()
    # coordinating conjunctions: "Apple, 9, and Samsung, 8" is a list, not "Maddon, 66, has"
    coordinators: tuple[str, ...] = ()


class CalendarData(LangModel):
    """Schema of ``lang/<code>/calendar.yaml``."""

    months: dict[str, int]
    weekdays: dict[str, int]
    year_cues: list[str]
    identifier_cues: list[str]
    time_zones: list[str]
    # capitalised street words: "575 Wilbraham Road", "9 E 71st St", "22 Ave Foch" are
    # addresses, not amounts
    street_types: list[str] = Field(default_factory=list)
    # words after a number that make it a code: "the 90049 ZIP Code"
    identifier_after_cues: list[str] = Field(default_factory=list)
    # capitalised function words that end a street name: "Cuts 500 Jobs In Drive For Profit"
    # is a headline, not an address
    street_name_stops: list[str] = Field(default_factory=list)


def unit_data(lang: str) -> UnitData:
    """Return the validated unit, currency and percent words of ``lang``."""
    return load(lang, "units", UnitData)


def all_currency_prefixes(lang: str) -> dict[str, str]:
    """Return the currency prefixes of ``lang``, the guarded ones included."""
    ud = unit_data(lang)
    return ud.currency_prefixes | ud.guarded_currency_prefixes


def qualifier_data(lang: str) -> QualifierData:
    """Return the validated qualifier and range words of ``lang``."""
    return load(lang, "qualifiers", QualifierData)


def calendar_data(lang: str) -> CalendarData:
    """Return the validated month, weekday and cue words of ``lang``."""
    return load(lang, "calendar", CalendarData)


def alternation(words: Iterable[str], *, words_only: bool = True, left: bool = True) -> str:
    """Return a regex alternation of ``words``, longest first, escaped.

    With ``words_only`` an entry that starts or ends with a letter or digit gets a word boundary
    on that side, so "ha" never matches inside "hari"; ``left=False`` drops the left boundary
    for words that may stick to a preceding digit ("44b", "5km").
    """
    parts: list[tuple[str, str]] = []  # left boundary, the rest
    for w in sorted(set(words), key=lambda x: (-len(x), x)):
        esc = regex.escape(w)
        esc = esc.replace(r"\ ", S + "+")
        lb = ""
        if words_only and w[:1].isalnum():
            lb = r"(?<![\p{L}\p{N}])" if left else r"(?<![\p{L}])"
        if words_only and w[-1:].isalnum():
            esc = esc + r"(?![\p{L}\p{N}])"
        parts.append((lb, esc))
    return "(?:" + _hoisted(parts) + ")" if parts else "(?!)"


def _hoisted(parts: list[tuple[str, str]]) -> str:
    """Join branches, each run of branches with the same left boundary behind it once.

    A lookbehind opening every branch is evaluated for every branch at every position, which
    made long alternations the costliest part of a scan; tested once per run it costs one
    test. The branches keep their order and a lookbehind does not consume, so the matches are
    those of the plain alternation.
    """
    out: list[str] = []
    run: list[str] = []
    lb_run = ""
    for lb, rest in [*parts, ("\0", "")]:
        if lb != lb_run and run:
            out.append(
                lb_run + "(?:" + "|".join(run) + ")"
                if lb_run and len(run) > 1
                else "|".join(lb_run + r for r in run)
            )
            run = []
        lb_run = lb
        run.append(rest)
    return "|".join(out)


def trie(words: Iterable[str]) -> str:
    """Return a regex matching any of ``words`` as a prefix tree, with no word boundary: a
    cheap scan for where such a word may begin (the engine compares one letter at a time
    instead of trying every word at every position)."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in set(words):
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        alts = [regex.escape(c) + emit(sub) for c, sub in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root) or "(?!)"


@cache
def lower_map(lang: str, table: str) -> dict[str, str]:
    """Return a case-folded lookup for one of the unit tables ("currency_prefixes", ...)."""
    data: dict[str, str] = getattr(unit_data(lang), table)
    return {_fold(k): v for k, v in data.items()}


_SPACES = regex.compile(r"\s+")


def _fold(s: str) -> str:
    # a compiled pattern: the module-level regex.sub looks its pattern up on every call
    return _SPACES.sub(" ", s).casefold()


_SEP_BACK = regex.compile(r"(?r)[\s-]")  # the last word separator, read from the end


def last_word(num: str) -> str:
    """Return what follows the last space or hyphen of ``num`` (``num`` when there is none);
    a number of a megabyte of words is not split to read its last one."""
    m = _SEP_BACK.search(num)
    return num if m is None else num[m.end() :]


_FOLDED: Memo[str, str] = Memo()


def fold(s: str) -> str:
    """Case-fold ``s`` and collapse its white space, as lexicon lookups expect.

    Short strings (words, the few characters around a figure) repeat across documents, so
    their folded form is remembered (a bounded table, emptied when full).
    """
    if len(s) > 48:
        return _fold(s)
    return _FOLDED.get(s, _fold, s)
