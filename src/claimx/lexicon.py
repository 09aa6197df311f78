"""Compiled per-language lexicons shared by the recognisers: built once, cached per language."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex

from claimx.langdata import load
from claimx.langmodels import CalendarData, QualifierData, UnitData
from claimx.memo import Memo

# horizontal white space only: a number never joins its unit across a line break
S = r"[ \t\u00a0\u2009\u202f]"


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
