"""Subject rules for a measure read after it: the noun it modifies ("a 6kW electric motor"),
the substance it is "of" ("2 million tons of nickel ore") or "worth of" ("$2 million worth of
cocaine"), the predicate that names a bare count ("137.91 million constituted the labor
force") and the holder of a rank ("Di peringkat satu ada perbankan").

See :mod:`claimx.subject` for the order in which the rules apply.
"""

from __future__ import annotations

from claimx.semtext import SemDoc
from claimx.subjafter import AFTER_MAX, after_np, en_verb_form
from claimx.subjclause import EMPTY as _EMPTY


def rank_holder(d: SemDoc, qi: int) -> tuple[int, int] | None:
    """ "Di peringkat satu ada perbankan": the holder of a rank named after a copula."""
    segs = d.segs
    k = d.qseg[qi] + 1
    hi = d.sent_hi[qi]
    moved = False
    while k < hi and ("rank_copulas" in segs[k].cls or segs[k].low in ("dan", "seterusnya")):
        k += 1
        moved = True
    if not moved:
        return None
    lo = k
    while k < hi and k - lo < AFTER_MAX and d.segs[k].content:
        k += 1
    return (lo, k) if k > lo else None


def predicate_nominal(d: SemDoc, qi: int) -> tuple[int, int] | None:
    """ "137.91 million constituted the labor force": a bare count named by its predicate."""
    segs = d.segs
    k = d.qseg[qi] + 1
    hi = d.sent_hi[qi]
    if k >= hi or "predicate_nominal" not in segs[k].cls:
        return None
    k += 1
    while k < hi and segs[k].low in d.lex.articles:
        k += 1
    lo = k
    if k < hi and d.lex.lang == "en" and en_verb_form(segs[k].low):
        return None  # "were found guilty" is no name
    while k < hi and k - lo < AFTER_MAX and d.segs[k].content:
        k += 1
    if k == lo or all(segs[j].cls & _EMPTY for j in range(lo, k)):
        return None
    return lo, k


def attributive(d: SemDoc, qi: int, *, time: bool = False) -> tuple[int, int] | None:
    """ "a 6kW electric motor", "the 278kg bluefin tuna", "the phone's 6.1-inch display": a
    measure between a determiner (or a possessive) and a noun, or joined to its noun by a
    hyphen, modifies that noun, which is what it measures. A duration (``time``) does so only
    as an age ("a 2,900 year-old site"). Returns the noun phrase's segment range, or None."""
    segs = d.segs
    a, lo, hi = d.qseg[qi], d.sent_lo[qi], d.sent_hi[qi]
    first, last = a, a
    if a + 2 < hi and segs[a + 1].low in _RANGE and segs[a + 2].kind == "q":
        last = a + 2  # "a 5-10W laser": the lower bound
    elif a - 2 >= lo and segs[a - 1].low in _RANGE and segs[a - 2].kind == "q":
        first = a - 2  # the upper bound
    seg = segs[last]
    mention = d.text[seg.start : seg.end]
    if last + 3 < hi and segs[last + 1].low == "(" and segs[last + 3].low == ")":
        last += 3  # "a 1.8 billion-mile (2.8bn km) journey": past the conversion
    if last + 1 >= hi or not d.segs[last + 1].content:
        return None
    hyphened = "-" in mention and mention[-1:].isalpha()
    if time and not (hyphened and mention.casefold().endswith("-old")):
        return None
    b = first - 1
    while b >= lo and first - b <= 2 and d.segs[b].content and segs[b].first.islower():
        b -= 1  # "a turbocharged 1.6 liter EcoBoost engine": adjectives after the determiner
    before = segs[b] if b >= lo else None
    if (
        before is not None
        and b == first - 1
        and before.low.rpartition(" ")[2] in d.lex.attributive_preps
        and d.lex.lang == "en"
        and segs[last + 1].first.islower()
        and segs[last + 1].low.endswith("s")
    ):
        return after_np(d, qi, money=False, last=last)  # "due to 50mph winds in Texas"
    if not hyphened and (
        before is None
        or not (
            "attributive_determiners" in before.cls
            or d.lex.classes(before.low.rpartition(" ")[2]) & {"attributive_determiners"}
            or (before.kind == "w" and before.low.endswith(("'s", "’s")))
        )
    ):
        return None
    return after_np(d, qi, money=False, last=last)


_RANGE = frozenset({"-", "–", "to"})


def of_substance(d: SemDoc, qi: int) -> tuple[int, int] | None:
    """ "2 million tons of nickel ore", "500 hectares of forest": return the segment range of the
    substance a measure is "of", or None."""
    segs = d.segs
    k = d.qseg[qi] + 1
    hi = d.sent_hi[qi]
    if k < hi and segs[k].low == ")":
        k += 1  # "(13 kilometers) of new tunnels": the conversion in brackets
    elif k < hi and segs[k].low == "(":
        # "8 miles (13 kilometers) of new tunnels"
        j = k + 1
        while j < hi and j - k <= 4 and segs[j].low != ")":
            j += 1
        if j < hi and segs[j].low == ")":
            k = j + 1
    if not (k + 1 < hi and segs[k].low == "of"):
        return None
    k += 1
    if k + 1 < hi and segs[k].kind == "q" and d.units[segs[k].q] == "percent":
        k += 1  # "50mL of 30% fuming sulfuric acid": the strength is no part of the name
    lo = k
    while k < hi and k - lo < AFTER_MAX and d.segs[k].content and not d.segs[k].time:
        if d.lex.lang == "en" and k > lo and en_verb_form(segs[k].low):
            break  # "of new tunnels blasted and drilled"
        k += 1
    return (lo, k) if k > lo else None


def worth_of(d: SemDoc, qi: int) -> tuple[int, int] | None:
    """English "$2 million worth of cocaine", "two years' worth of data": an amount followed by
    a ``worth_nouns`` word and "of" measures the phrase after "of". Returns its segment range,
    or None."""
    segs = d.segs
    k = d.qseg[qi] + 1
    hi = d.sent_hi[qi]
    if k < hi and segs[k].low in ("'", "’"):
        k += 1
    if not (k + 2 < hi and segs[k].low in d.lex.worth_nouns and segs[k + 1].low == "of"):
        return None
    k += 2
    while k < hi and segs[k].low in d.lex.determiners:
        k += 1
    lo = k
    while k < hi and k - lo < AFTER_MAX and d.segs[k].content and not d.segs[k].time:
        k += 1  # "worth of educational programming": the phrase runs to its last noun
    return (lo, k) if k > lo else None
