"""Rules over the quantities of a text once they are found, read from their neighbours.

:func:`refine` runs after :func:`claimx.quantities.find_quantities` has joined ranges:

- a pronoun "one" ("each one they lose", "the same one") is no count;
- a fraction word glued to a following word ("a third-party evaluation") is no fraction;
- a bare figure set off by commas after a name ("Maddon, 66, has") is an age in years;
- a figure with the scale "m" whose bracketed conversion is a length ("37m (121ft)") is in
  metres, not millions;
- a bare scaled figure that is part of an amount ("280 million of the 1.5 billion shekels")
  takes the amount's currency;
- a bare figure with decimals counts nothing: it takes the measure of the nearest measured
  figure before it in its sentence ("-1.4 degree ... in 2018 and 2.1 last year").

:func:`governed_amount` tells :func:`claimx.quantities.find_quantities` when a number in words
with nothing measured after it is still an amount ("berkurang dua", "two more than").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from claimx.lexicon import S, fold, last_word, qualifier_data
from claimx.numbers import number_data
from claimx.qpairs import bounds
from claimx.semlex import sem_lexicon

if TYPE_CHECKING:
    from claimx.quantities import Quantity

# claimx's codes of the lengths a metric figure is converted to in brackets
_IMPERIAL_LENGTHS = frozenset({"ft", "inch", "yard", "mile"})
_GLUED_WORD = regex.compile(r"-\p{L}")
_NAME_COMMA = regex.compile(r"(?:^|[^\w])\p{Lu}\p{Ll}+," + S + r"*$")
_COMMA_WORD = regex.compile(r"," + S + r"+(\p{Ll}+)")
_METRE_SCALE = regex.compile(r"\dm$")


def refine(found: list[Quantity], text: str, lang: str) -> list[Quantity]:
    """Return ``found`` (in text order) with the rules of the module docstring applied:
    some quantities dropped, some given a unit or value they were read without."""
    qd = qualifier_data(lang)
    nd = number_data(lang)
    denominators = {fold(w) for w in nd.denominators}
    pronoun = fold(qd.pronoun_number) if qd.pronoun_number else None
    determiners = {fold(w) for w in qd.pronoun_determiners}
    followers = {fold(w) for w in qd.elision_followers}
    coordinators = {fold(w) for w in qd.coordinators}
    out: list[Quantity] = []
    for i, q in enumerate(found):
        written = text[q.start : q.end]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if q.written == "words" and not (q.has_unit or q.has_scale):
            low = fold(written)
            before = fold(text[max(0, q.start - 12) : q.start]).split()
            if pronoun and low == pronoun and before and before[-1] in determiners:
                continue  # "each one they lose"
            last = last_word(low)
            if last in denominators and _GLUED_WORD.match(text, q.end):
                continue  # "a third-party evaluation"
        if _age_apposition(q, written, text, coordinators):
            q = replace(q, unit="year", has_unit=True)
        if _elided_measure(q, written, text, followers):
            q = _measure_before(q, out, text)
        if nxt is not None:
            q = _metres(q, written, nxt, text)
            q = _partitive(q, nxt, text, qd.partitive_linkers)
        if q.qualifier == "exact":
            q = _bounded_by_verb(q, out, text, lang)
        elif out and qd.period_words and q.unit in sem_lexicon(lang).time_units:
            q = _period(q, out[-1], text, qd.period_words)
        out.append(q)
    return out


# units an elided figure does not take from its neighbour: a count, a share or a position
_NOT_CARRIED = frozenset({"count", "percent", "percentage_point", "basis_point", "rank", "times"})
_SENTENCE_END = regex.compile(r"[.!?;](?:\s|$)|\n")
_NEXT_WORD = regex.compile(S + r"*(\p{L}*)")


def _elided_measure(q: Quantity, written: str, text: str, followers: set[str]) -> bool:
    """Is ``q`` a bare figure with decimals ("2.1", "1,334.20"), which counts nothing, and
    followed by punctuation or a function word, not by a noun of its own ("3.7 rebounds")?"""
    if not followers or not (_bare_digits(q) and "." in written and not q.value.is_integer()):
        return False  # a language without followers in its data has no such rule
    m = _NEXT_WORD.match(text, q.end)
    word = m.group(1) if m else ""
    return not word or fold(word) in followers


def _measure_before(q: Quantity, out: list[Quantity], text: str) -> Quantity:
    """ "a minus-1.4 degree launch angle in 2018 and 2.1 last year": a bare decimal figure
    takes the measure of the nearest measured figure before it in the sentence."""
    for p in reversed(out):
        if _SENTENCE_END.search(text, p.end, q.start):
            return q
        if p.has_unit and p.unit not in _NOT_CARRIED:
            return replace(q, unit=p.unit, has_unit=True)
    return q


def _bare_digits(q: Quantity) -> bool:
    return q.written == "digits" and q.qualifier == "exact" and not (q.has_unit or q.has_scale)


def _age_apposition(q: Quantity, written: str, text: str, coordinators: set[str]) -> bool:
    """ "Maddon, 66, has used ...": a bare whole number set off by commas after a name and
    followed by its clause (not by "and": "Apple, 9, and Samsung, 8" lists scores)."""
    if not (_bare_digits(q) and written.isdigit() and 0 < q.value < 120):
        return False
    after = _COMMA_WORD.match(text, q.end)
    if after is None or after.group(1) in coordinators:
        return False
    return _NAME_COMMA.search(text, max(0, q.start - 40), q.start) is not None


def _metres(q: Quantity, written: str, nxt: Quantity, text: str) -> Quantity:
    """ "37m (121ft)": the "m" of a figure converted to a length in brackets is metres."""
    if q.unit != "count" or q.has_unit or q.scale != 1e6 or not _METRE_SCALE.search(written):
        return q
    if nxt.unit not in _IMPERIAL_LENGTHS or text[q.end : nxt.start].strip() != "(":
        return q
    value = q.value / q.scale
    return replace(q, value=value, unit="m", has_unit=True, has_scale=False, scale=1.0)


def _partitive(q: Quantity, nxt: Quantity, text: str, linkers: tuple[str, ...]) -> Quantity:
    """ "raised 280 million of the 1.5 billion shekels": the part takes the whole's money."""
    if q.unit != "count" or q.has_unit or not q.has_scale:
        return q
    money = nxt.has_unit and nxt.unit.isupper() and len(nxt.unit) == 3
    if not money or fold(text[q.end : nxt.start].strip()) not in {fold(w) for w in linkers}:
        return q
    return replace(q, unit=nxt.unit, has_unit=True)


_LETTERS = regex.compile(r"\p{L}+")
# where the words before a number stop counting: a sentence or clause end
_CLAUSE_END = regex.compile(r"[.;:!?\n]")
# what may follow a governed word number: the clause ends, or a word of these classes
_CHANGE_VERBS = frozenset({"change_up", "change_down"})
_VERB_LINKS = frozenset({"level_before", "change_gap"})  # "rose to", "fell by", "menjadi"
_COMPARATIVES = frozenset({"change_adjacent_up", "change_adjacent_down"})
# "berkurang dua menjadi", "to eight from six", "to eight next season"; not a preposition that
# opens a phrase of the number's own ("one in ten", "dua di antaranya")
_AFTER_OK = frozenset({"level_before", "from_words", "time_words"})


def governed_amount(text: str, start: int, end: int, lang: str) -> bool:
    """Is the number in words at [start, end) an amount although no noun or scale follows it?

    A change verb in its clause measures it when nothing follows that could be what is counted
    ("jumlahnya berkurang dua.", "will rise to eight from six", "fell by three, ...") and so does
    a comparison after it ("21 goals, two more than last season"). A word after it makes it a
    count of that word's thing, which must be a listed counted noun to count: "naik dua
    perahu" (boarded two boats), "naik dua kali", "turun satu per satu", "lost one of its
    players" are no amounts."""
    lex = sem_lexicon(lang)
    tail = text[end : end + 30]
    after = _LETTERS.findall(fold(tail))[:2]
    if len(after) == 2 and lex.classes(after[0]) & _COMPARATIVES:
        return "comparison" in lex.classes(after[1])
    if len(after) == 2 and after[1] == fold(text[start:end]):
        return False  # distributive: "satu per satu", "one by one", "two by two"
    gap = tail[: tail.find(after[0])] if after else tail
    if after and not _CLAUSE_END.search(gap) and "," not in gap:
        cls = lex.classes(after[0])
        if not cls & _AFTER_OK or ("inner_preps" in cls and "from_words" not in cls):
            return False  # a word follows in the clause: what it counts is not an amount
    head = text[max(0, start - 40) : start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(head)), default=0)
    before = _LETTERS.findall(fold(head[cut:]))[-2:]
    if not before:
        return False
    last = lex.classes(before[-1])
    if last & _CHANGE_VERBS and "empty_heads" not in last:
        return True
    return bool(len(before) == 2 and last & _VERB_LINKS and lex.classes(before[0]) & _CHANGE_VERBS)


def _clause_before(text: str, start: int) -> int:
    """Return where the clause before ``start`` begins (at most 60 characters back)."""
    lo = max(0, start - 60)
    return max((m.end() for m in _CLAUSE_END.finditer(text, lo, start)), default=lo)


def _bounded_by_verb(q: Quantity, out: list[Quantity], text: str, lang: str) -> Quantity:
    """Return ``q`` bounded by the verb right before it: "arrivals topped 6.3 million" (more
    than), "kredit bisa tumbuh hingga 10%" (at most: the word joins the mention), else ``q``."""
    qd = qualifier_data(lang)
    for kind, phrases in qd.postposed_bounds.items():
        end = _postposed_phrase(q, text, phrases)
        if end and _free_after(text, end, qd.postposed_followers):
            lower, upper = bounds(kind, q.value)
            return replace(q, end=end, qualifier=kind, lower=lower, upper=upper)
    if qd.postposed_more:
        after = _postposed_more(q, text, qd.postposed_more, qd.postposed_followers)
        if after:
            lower, upper = bounds("more_than", q.value)
            return replace(q, end=after, qualifier="more_than", lower=lower, upper=upper)
    if not (qd.passing_verbs or qd.ceiling_words) or not text[q.start - 1 : q.start].isspace():
        return q
    clause = _clause_before(text, q.start)
    words = list(_LETTERS.finditer(text, clause, q.start))
    if not words or text[words[-1].end() : q.start].strip():
        return q  # no word right before the number
    last = fold(words[-1].group())
    if last in qd.passing_verbs or (last in qd.passing_adjectives and _verb_use(words, lang)):
        negated = len(words) > 1 and fold(words[-2].group()) in qd.negations
        kind = "at_most" if negated else "more_than"  # "did not exceed 5%"
        lower, upper = bounds(kind, q.value)
        return replace(q, qualifier=kind, lower=lower, upper=upper)
    limited = len(words) > 1 and fold(words[-2].group()) in qd.ceiling_verbs
    if last in qd.ceiling_words and (limited or _ceiling(words, out, qd.possibility_modals)):
        lower, upper = bounds("at_most", q.value)
        # "bisa tumbuh hingga 10%": the bound word joins the mention as "up to" would; after
        # a verb of limiting it is the verb's preposition ("capped at 3 percent")
        start = q.start if limited else words[-1].start()
        return replace(q, start=start, qualifier="at_most", lower=lower, upper=upper)
    return q


def _verb_use(words: list[regex.Match[str]], lang: str) -> bool:
    """Is the last of ``words`` a verb: after a modal, "to", a negation or a plural noun
    subject ("arrivals top 6.3 million"), not a determiner ("its top 10") or a possessive?"""
    if len(words) < 2:
        return False
    prev = fold(words[-2].group())
    cls = sem_lexicon(lang).classes(prev)
    if "modals" in cls or prev == "to" or prev in qualifier_data(lang).negations:
        return True  # "could top", "to top", "didn't top"
    return len(prev) > 3 and prev.endswith("s") and not cls & _FUNCTION_CLASSES


_FUNCTION_CLASSES = frozenset({"stop", "pronouns", "demonstratives", "relative", "predicates"})


def _ceiling(words: list[regex.Match[str]], out: list[Quantity], modals: tuple[str, ...]) -> bool:
    """Does a modal of possibility stand in the clause before the ceiling word (the last of
    ``words``), with no number between them? "bisa naik dari 5% hingga 10%" is a change from
    one level to another."""
    for w in reversed(words[:-1]):
        if fold(w.group()) in modals:
            return not any(p.end > w.start() for p in out)
    return False


# the word after a figure, then the next word (group 2) unless punctuation or the end follows
_NEXT_TWO = regex.compile(S + r"+(\p{L}+)(?:" + S + r"*(?:[^\s\p{L}]|$)|" + S + r"+(\p{L}+))")


def _postposed_more(
    q: Quantity, text: str, words: tuple[str, ...], followers: tuple[str, ...]
) -> int:
    """Return where a bounding word written after ``q`` ends ("600 orang lebih" -> after
    "lebih"), or 0: it must be followed by the clause end, a punctuation mark or one of
    ``followers`` ("Rp22 miliar lebih pada APBD"); "30 persen lebih rendah" compares."""
    m = _NEXT_TWO.match(text, q.end)
    if m is None or fold(m.group(1)) not in words:
        return 0
    nxt = m.group(2)
    if nxt is not None and fold(nxt) not in followers:
        return 0
    return m.end(1)


def _postposed_phrase(q: Quantity, text: str, phrases: list[str]) -> int:
    """Return where one of ``phrases`` written right after ``q`` ends ("5 million or more"),
    or 0; the phrase must end at a word boundary ("or moreover" is none)."""
    tail = fold(text[q.end : q.end + 24])
    stripped = tail.lstrip()
    gap = len(tail) - len(stripped)
    if not gap:
        return 0
    for p in phrases:
        w = fold(p)
        if stripped.startswith(w) and not stripped[len(w) : len(w) + 1].isalnum():
            return q.end + gap + len(w)
    return 0


_WORD_AFTER = regex.compile(S + r"*(\p{L}*)")


def _free_after(text: str, end: int, followers: tuple[str, ...]) -> bool:
    """Does the clause end, or a function word of ``followers`` follow, at ``end``? (Always
    True for a language without ``followers``.) "Rp32 triliun atau lebih tinggi" compares."""
    if not followers:
        return True
    m = _WORD_AFTER.match(text, end)
    word = m.group(1) if m else ""
    return not word or fold(word) in followers


def _period(q: Quantity, prev: Quantity, text: str, words: tuple[str, ...]) -> Quantity:
    """ "rose 20 percent over three months": a duration bounded by a period word right after
    an amount is the period the amount is spread over; returns it exact, without the word
    (else ``q``)."""
    head = text[prev.end : q.start]
    if head.strip() or q.qualifier != "more_than":
        return q
    written = text[q.start : q.end]
    word = written.split(None, 1)[0] if written.split() else ""
    if fold(word) not in words:
        return q
    start = q.start + len(word)
    start += len(text[start : q.end]) - len(text[start : q.end].lstrip())
    return replace(q, start=start, qualifier="exact", lower=None, upper=None)
