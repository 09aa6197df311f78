"""The noun phrase a subject search ends with, and the subject of a sentence's main clause.

:func:`np` trims a raw phrase (determiners, measure words, change nouns) and classifies it as a
noun phrase, an anaphor or empty; :func:`main_subject` reads the subject of the main clause
(after an introductory phrase, a reporting verb or a semicolon). See :mod:`claimx.subject`
for the order in which the subject rules apply.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimx import subjverbs as en
from claimx.semtext import Seg, SemDoc
from claimx.subjclause import EMPTY as _EMPTY
from claimx.subjclause import NP_MAX as _NP_MAX


@dataclass(frozen=True, slots=True)
class Found:
    """The outcome of a subject search: a phrase, a link to another quantity, or a signal."""

    status: str  # "np", "anaphor", "chain", "comma", "breaker", "empty", "none"
    lo: int = -1
    hi: int = -1
    q: int = -1  # the linked quantity for "chain"
    past_place: bool = False  # a prepositional adjunct was skipped ("terjadi di wilayah Jawa")


def inner(d: SemDoc, k: int) -> bool:
    """Is segment ``k`` a preposition inside a noun phrase ("of", or the cue phrase "of the")?"""
    s = d.segs[k]
    if "inner_preps" in s.cls:
        return True
    words = s.low.split()
    return (
        len(words) == 2 and words[1] in d.lex.articles and "inner_preps" in d.lex.classes(words[0])
    )


def np_noun(s: Seg) -> bool:
    """Is ``s`` a cue noun standing in a noun phrase ("growth forecast"), not a verb after its
    subject ("the ministry estimates")?"""
    return "np_nouns" in s.cls and not ("subject_verb_cues" in s.cls and s.cls & _VERB_CUES)


_VERB_CUES = frozenset({"target_before", "forecast_before"})
_PREPS = frozenset({"inner_preps", "time_preps"})
_STRIP = frozenset({"measure_words", "change_up", "change_down", "change_neutral", "empty_heads"})


def np(d: SemDoc, lo: int, hi: int) -> Found:
    """Trim the raw phrase [lo, hi) and classify it as a noun phrase, an anaphor or empty."""
    segs = d.segs
    while lo < hi and (segs[lo].kind == "p" or inner(d, lo)):
        lo += 1
    while hi > lo and segs[hi - 1].kind == "p" and segs[hi - 1].low != ")":
        hi -= 1
    if lo >= hi:
        return Found("empty")
    if "demonstratives" in segs[hi - 1].cls:
        # a closing demonstrative after a preposition points at the prepositional object, a
        # place or time already named, not at an earlier figure: the head before the
        # preposition is named ("nilai ekspor pada periode tersebut" -> "nilai ekspor")
        j = next((j for j in range(hi - 2, lo, -1) if not segs[j].cls.isdisjoint(_PREPS)), 0)
        hi = j or hi
    anaphoric = "demonstratives" in segs[hi - 1].cls or (
        hi - lo == 1 and "pronouns" in segs[lo].cls
    )
    core_lo, core_hi = lo, hi
    while core_hi > core_lo and "demonstratives" in segs[core_hi - 1].cls:
        core_hi -= 1
    while core_lo < core_hi and _strippable(d, core_lo, core_hi):
        core_lo += 1
    if "agent_pronouns" in segs[core_lo].cls:
        # "Kami menjual 5 ton beras", "Ia menambahkan ...": a personal pronoun opens a clause
        # (with its verb), never a noun phrase naming what is measured
        return Found("skip", lo=core_lo)
    if core_lo >= core_hi or not any(
        segs[j].cls.isdisjoint(_EMPTY) for j in range(core_lo, core_hi)
    ):
        return Found("anaphor" if anaphoric else "empty")
    art = lo if segs[lo].low in d.lex.indefinite_articles else lo - 1
    if (
        art >= 0
        and segs[art].low in d.lex.indefinite_articles
        and all(segs[j].low in d.lex.level_nouns for j in range(core_lo, core_hi))
    ):
        return Found("empty")  # "hit a record high of $2,100": a level reached, no measure
    if anaphoric and "measure_words" in segs[lo].cls:
        return Found("anaphor", lo=core_lo, hi=core_hi)
    if segs[core_lo].low.endswith("nya") and "empty_heads" in segs[core_lo].cls:
        return Found("anaphor")
    return Found("np", lo=core_lo, hi=core_hi)


def _strippable(d: SemDoc, lo: int, hi: int) -> bool:
    """A leading determiner, measure word or change noun is not part of the subject."""
    s = d.segs[lo]
    if s.low in d.lex.articles or s.low in d.lex.np_strip:
        return True
    if d.lex.lang == "en" and s.low.endswith("est") and lo + 1 < hi:
        return True  # "the highest percentage", "the largest share"
    if "inner_preps" in s.cls and lo + 1 < hi:
        return True
    if "np_nouns" in s.cls and lo + 1 < hi and "np_nouns" in d.segs[lo + 1].cls:
        return False  # "growth outlook", "deficit target"
    if s.cls.isdisjoint(_STRIP) or "keep_measure" in s.cls:
        return False
    return lo + 1 < hi


def main_subject(d: SemDoc, qi: int) -> Found:
    """Return the subject of the main clause of the sentence holding quantity ``qi``."""
    segs = d.segs
    lo, a = d.sent_lo[qi], d.qseg[qi]
    k = lo
    while k < a and segs[k].kind == "p":
        k += 1
    if k < a and ("intro_openers" in segs[k].cls or _sentence_adverb(d, k)):
        # "However, ...", "Alternatively, this deal gets you 54GB": a sentence adverb
        j = k
        while j < a and segs[j].low != ",":
            j += 1
        if j < a:
            k = j + 1
        else:
            return _after_fronted(d, qi)  # "At $1,099, the phone is the priciest"
    for j in range(a - 1, k - 1, -1):
        if "reporting" in segs[j].cls or segs[j].low == ";":
            k = j + 1
            break
    while k < a and (
        segs[k].kind == "p"
        or segs[k].low in ("that", "bahwa")
        or segs[k].time
        or "actual_before" in segs[k].cls  # "So far this year Tesla shares ..."
    ):
        k += 1
    start = k
    while k < a and k - start < _NP_MAX:
        if k > start and segs[k].time:
            break
        if (k + 1 > start and segs[k + 1].agent) if k + 1 < a else False:
            break  # "Kami butuh tambahan ...": the pronoun agent and its verb
        if segs[k].content or segs[k].low in ("(", ")"):
            k += 1
            continue
        if inner(d, k) and k + 1 < a and segs[k + 1].content and not segs[k + 1].time and k > start:
            k += 1
            continue
        if segs[k].low in d.lex.articles:
            k += 1
            continue
        if "demonstratives" in segs[k].cls and not (d.lex.head_last and k > start):
            # "This figure", "Angka ini"; in a head-last language a demonstrative after the
            # noun opens a relative clause ("a beetle that can go")
            k += 1
            continue
        break
    if (
        k < a
        and k - start >= 2
        and segs[k].low in d.lex.determiners
        and segs[k - 1].kind == "w"
        and segs[k - 1].first.islower()
    ):
        k -= 1  # "The comet circles the planet": a noun phrase never runs into a determiner
    figure = _figure_after(d, k, a)
    if figure >= 0:
        k = en.verb_end(d, start, k, figure)  # "Prices range from $370,000"
    if k == start:
        return Found("none")
    return np(d, start, k)


def _figure_after(d: SemDoc, k: int, a: int) -> int:
    """Return the index of a number that only prepositions separate from segment ``k``
    ("range from $370,000"), at most two segments on and before ``a``, else -1."""
    for j in range(k, min(k + 3, a + 1)):
        if d.segs[j].kind == "q":
            return j
        if "stop" not in d.segs[j].cls:
            return -1
    return -1


def _sentence_adverb(d: SemDoc, k: int) -> bool:
    """English: is segment ``k`` an -ly adverb set off by a comma ("Alternatively, ...")?"""
    s = d.segs[k]
    return (
        d.lex.lang == "en"
        and s.kind == "w"
        and len(s.low) > 5
        and s.low.endswith("ly")
        and k + 1 < len(d.segs)
        and d.segs[k + 1].low == ","
    )


def _after_fronted(d: SemDoc, qi: int) -> Found:
    """English "At $1,099, the phone is the most expensive": a number inside a fronted phrase
    is said of the main clause's subject after the comma that closes the phrase. Returns that
    noun phrase, or "none"."""
    segs = d.segs
    a, hi = d.qseg[qi], d.sent_hi[qi]
    if d.lex.lang != "en" or a + 2 >= hi or segs[a + 1].low != ",":
        return Found("none")
    start = a + 2
    if segs[start].low in d.lex.determiners:
        start += 1
    k = start
    while k < hi and k - start < _NP_MAX and segs[k].content:
        k += 1
    if k == start or k >= hi or segs[k].content:
        return Found("none")
    return np(d, start, k)
