"""Subject rules that read after a number: the phrase after a count or amount, the counted
noun inside the mention, a predicate noun, the holder of a rank and the whole of a share.

See :mod:`claimx.subject` for the order in which the rules apply.
"""

from __future__ import annotations

from claimx.semtext import SemDoc
from claimx.subjclause import EMPTY as _EMPTY

# how far (in segments) the rules look
AFTER_MAX = 7
_BASE_WORDS = frozenset({"target_before", "measure_words", "empty_heads"})


def after_np(
    d: SemDoc, qi: int, *, money: bool, bare: bool = False, last: int = -1
) -> tuple[int, int] | None:
    """Return the segment range of the noun phrase written right after quantity ``qi``.

    ``bare``: the quantity is a count with no noun of its own, so "of" may introduce what it
    counts ("one of the best speakers", "thousands of tests"). ``last``: the segment the
    phrase follows when it is not the quantity's own (the upper bound of a range)."""
    segs = d.segs
    k = (last if last >= 0 else d.qseg[qi]) + 1
    hi = d.sent_hi[qi]
    measure = d.units[qi] != "count" and d.lex.lang == "en"
    if measure and k + 2 < hi and segs[k].low == "(" and segs[k + 2].low == ")":
        abbreviation = segs[k + 1].first.isupper()
        if abbreviation:
            return None  # "113 gigapascals (GPa)": the unit's abbreviation, no subject
    if money and d.lex.lang == "en":
        k = _conversion_end(d, k, hi)
    if k < hi and segs[k].low == "(" and k + 1 < hi and d.segs[k + 1].content:
        k += 1
    # "$124 billion in gross merchandise value", "Rp 12 trillion for fertilizer subsidies"; a
    # sum already named before it keeps that name ("anggaran sebesar Rp71 triliun untuk ...")
    a = d.qseg[qi]
    named = a - 1 >= d.sent_lo[qi] and "change_gap" in segs[a - 1].cls
    purpose = k < hi and "purpose_preps" in segs[k].cls and not named
    if bare and k + 1 < hi and segs[k].low in ("of", "of the"):
        # "one of the best wireless speakers", "thousands of tests": what is counted
        k += 1
        while k < hi and (segs[k].low in d.lex.determiners or segs[k].low.endswith(("'s", "’s"))):
            k += 1
    if money:
        k = _country_mark(d, k, hi)
        if (
            k + 2 < hi
            and segs[k].low in ("a", "per")
            and segs[k + 1].low in d.lex.time_units
            and d.segs[k + 2].content
        ):
            k += 2  # "a $3500 a month mortgage": the rate is part of the measure
    if money and k + 1 < hi and (segs[k].low in ("in", "of", "dalam") or purpose):
        j = k + 1
        # "for the free meals program" (a purpose); "in a funding round" is an adjunct
        while j < hi and purpose and segs[j].low in d.lex.articles:
            j += 1
        if purpose and j + 1 < hi and _attributive_measure(d, j):
            j += 1  # "paid $3,000 for an 8kW system": the measure modifies the noun after it
        if j < hi and d.segs[j].content and not d.segs[j].time:
            k = j
        elif segs[k].low == "in" and _change_noun(d, j, hi):
            return j, j + 1  # "$1 billion in gains", "$5 million in losses"
    while k < hi and "classifiers" in segs[k].cls and k + 1 < hi and d.segs[k + 1].content:
        k += 1
    lo = k
    if bare and k == d.qseg[qi] + 1 and _unit_symbol(d, k, hi):
        return None  # "was 2.5 F and", "(0.5 WAR)": a unit symbol claimx does not read
    verb = d.lex.lang == "en" and k < hi and en_verb_form(segs[k].low)
    if verb and not (k + 1 < hi and d.segs[k + 1].content):
        return None  # "around 73 raising the prospect": a verb of the next clause
    if d.lex.head_last and k + 1 < hi and en_verb_form(segs[k].low) and d.segs[k + 1].content:
        k += 1  # "50 million registered users": a participle before the noun
    while k < hi and k - lo < AFTER_MAX and d.segs[k].content and not _modifying_time(d, k, hi):
        if (
            k > lo
            and k + 1 < hi
            and segs[k].low.endswith("ed")
            and segs[k + 1].low in d.lex.passive_agent
        ):
            break  # "a 1.6 liter engine tuned by M-Sport": a passive participle ends it
        if d.lex.lang == "en" and k > lo and en_verb_form(segs[k].low):
            if _gerund_head(d, k, hi):
                k += 1  # "$50 million in new funding.": a noun in -ing ends the phrase
                break
            if not _compound_inside(d, k, hi):
                break
        if "demonstratives" in segs[k].cls:
            break  # "270.023 merchant tersebut"
        k += 1
    if (
        d.lex.lang == "en"
        and k < hi
        and k - lo >= 2
        and segs[k].low in d.lex.determiners
        and segs[k - 1].kind == "w"
        and segs[k - 1].first.islower()
    ):
        k -= 1  # "14 first-team players left the club": a noun phrase never runs into "the"
    k = _coordinated_names(d, lo, k, hi)
    k = _of_complement(d, lo, k, hi)
    k = _reduced_relative(d, lo, k, hi)
    if k == lo or "agent_pronouns" in segs[lo].cls:
        return None  # "pada usia 19 dia meninggal": a personal pronoun opens the next clause
    if all(segs[j].low in d.lex.words and "classifiers" in segs[j].cls for j in range(lo, k)):
        return None
    if purpose and all(segs[j].cls & _EMPTY for j in range(lo, k)):
        return None  # "costs $3.50 on average": an adverbial, no phrase of what is measured
    return lo, _acronym_end(d, k, hi)


def _attributive_measure(d: SemDoc, j: int) -> bool:
    """English: is segment ``j`` a measure with a unit (not a count, money or time) written
    right before a lowercase noun ("an 8kW system", "a 2-litre bottle")?"""
    s = d.segs[j]
    if d.lex.lang != "en" or s.kind != "q" or s.time:
        return False
    unit = d.units[s.q]
    if unit in ("count", "percent") or (unit.isupper() and len(unit) == 3):
        return False
    nxt = d.segs[j + 1]
    return nxt.content and nxt.first.islower()


def _change_noun(d: SemDoc, j: int, hi: int) -> bool:
    """English: is segment ``j`` a plural change noun ending its phrase ("gains", "losses",
    "cuts"), which after "$N in" names what the money is?"""
    if d.lex.lang != "en" or j >= hi:
        return False
    s = d.segs[j]
    if s.kind != "w" or not s.low.endswith("s") or s.low.endswith("ss"):
        return False
    if not s.cls & {"change_up", "change_down", "money_level_nouns"}:
        return False
    return j + 1 >= hi or not d.segs[j + 1].content


def _unit_symbol(d: SemDoc, k: int, hi: int) -> bool:
    """English: is the word at segment ``k``, right after a bare number, the symbol of a unit
    rather than a noun? A word of one or two letters ending the phrase ("2.5 F and", "16
    billion b.", "150 kn,"), or an all-capital abbreviation closing brackets ("(0.5 WAR)")."""
    if d.lex.lang != "en" or k >= hi:
        return False
    s = d.segs[k]
    w = d.text[s.start : s.end]
    if s.kind != "w" or not w.isalpha():
        return False
    if len(w) <= 2:
        return k + 1 >= hi or not d.segs[k + 1].content
    return len(w) <= 4 and w.isupper() and k + 1 < hi and d.segs[k + 1].low == ")"


def _gerund_head(d: SemDoc, k: int, hi: int) -> bool:
    """Is the -ing word at segment ``k`` the head noun of the phrase before it ("new funding",
    "public spending")? It is when punctuation or the sentence end follows it."""
    return d.segs[k].low.endswith("ing") and (k + 1 >= hi or d.segs[k + 1].kind == "p")


def _compound_inside(d: SemDoc, k: int, hi: int) -> bool:
    """English: is the -ing or -ed word at segment ``k`` inside a compound noun ("1,100 public
    housing properties", "20 newly built homes"), not a verb after the counted noun ("500
    workers protesting wages")? It is when a lowercase noun follows it and the word before it
    is an -ly adverb or an adjective, not a plural noun (one in -s, or a classifier such as
    "people")."""
    segs = d.segs
    if k + 1 >= hi or not (d.segs[k + 1].content and segs[k + 1].first.islower()):
        return False
    prev = segs[k - 1]
    if adverb_ly(prev.low):
        return True
    if not (prev.kind == "w" and prev.first.islower() and prev.low.isalpha()):
        return False
    return not ("classifiers" in prev.cls or prev.low.endswith("s") or en_verb_form(prev.low))


def adverb_ly(w: str) -> bool:
    """Is ``w`` an -ly adverb ("newly", "heavily")?"""
    return len(w) > 4 and w.endswith("ly")


def _conversion_end(d: SemDoc, k: int, hi: int) -> int:
    """ "HK $216,925 (PS21,700) for flights": skip a bracketed figure after an amount (its
    conversion to another currency). Returns the segment after the brackets, else ``k``."""
    segs = d.segs
    if k >= hi or segs[k].low != "(":
        return k
    for j in range(k + 1, min(hi, k + 7)):
        if segs[j].low == ")":
            digits = any(any(c.isdigit() for c in segs[m].low) for m in range(k + 1, j))
            return j + 1 if digits else k
    return k


def _of_complement(d: SemDoc, lo: int, k: int, hi: int) -> int:
    """English "five new seasons of Sesame Street", "30 million shares of Lyft": the phrase
    [lo, k) after a count goes on through "of" and the noun phrase it introduces. Returns the
    phrase's new end."""
    segs = d.segs
    if d.lex.lang != "en" or k == lo or k + 1 >= hi or segs[k].low not in ("of", "of the"):
        return k
    j = k + 1
    while j < hi and segs[j].low in d.lex.articles:
        j += 1
    end = j
    while end < hi and end - j < 4 and d.segs[end].content and not d.segs[end].time:
        if end > j and en_verb_form(segs[end].low):
            break
        end += 1
    return end if end > j else k


def _reduced_relative(d: SemDoc, lo: int, k: int, hi: int) -> int:
    """English "tens of thousands of students studying at Heidelberg University": an -ing
    participle with a place or source after the noun tells which ones are counted. Returns the
    phrase's new end (after the place), else ``k``."""
    segs = d.segs
    if d.lex.lang != "en" or k == lo or k + 2 >= hi:
        return k
    w = segs[k].low
    if not (w.endswith("ing") and en_verb_form(w) and segs[k + 1].low in ("at", "in", "from")):
        return k
    j = k + 2
    while j < hi and segs[j].low in d.lex.articles:
        j += 1
    end = j
    while end < hi and end - j < 4 and d.segs[end].content and not d.segs[end].time:
        end += 1
    return end if end > j else k


def _coordinated_names(d: SemDoc, lo: int, k: int, hi: int) -> int:
    """English "dozens of Kia and Hyundai vehicles": names coordinated before the noun they
    modify are part of the phrase [lo, k). Returns the phrase's new end."""
    segs = d.segs
    if d.lex.lang != "en" or k == lo or k >= hi or segs[k].low not in ("and", "or"):
        return k
    if not all(segs[j].first.isupper() for j in range(lo, k)):
        return k
    j = k + 1
    while j < hi and j - k <= 3 and d.segs[j].content and segs[j].first.isupper():
        j += 1
    if j == k + 1:
        return k
    end = j
    while end < hi and end - j < 3 and d.segs[end].content and segs[end].first.islower():
        if end > j and en_verb_form(segs[end].low):
            break  # "vehicles following engine failures"
        end += 1
    return end if end > j else k


def _country_mark(d: SemDoc, k: int, hi: int) -> int:
    """Skip "US" or "U.S." written after a dollar amount ("$31.20 US", "$75 U.S. per barrel"):
    it names the currency, not what the amount measures. Returns the next segment index."""
    segs = d.segs
    if k < hi and segs[k].low == "us" and d.text[segs[k].start : segs[k].end] == "US":
        return k + 1
    if k + 2 < hi and [s.low for s in segs[k : k + 3]] == ["u", ".", "s"]:
        return k + 4 if k + 3 < hi and segs[k + 3].low == "." else k + 3
    return k


def _modifying_time(d: SemDoc, k: int, hi: int) -> bool:
    """Is segment ``k`` a time word ending the phrase? A time word that modifies a following
    noun ("80 million monthly active users", "annual revenue") does not end it."""
    if not d.segs[k].time:
        return False
    s = d.segs[k]
    if s.kind != "w" or s.low in d.lex.months or k + 1 >= hi:
        return True
    return not (d.segs[k + 1].content and not d.segs[k + 1].time and "stop" not in s.cls)


def en_verb_form(w: str) -> bool:
    """Is ``w`` an English -ing or -ed form of six letters or more ("raising", "registered")?"""
    return len(w) > 5 and (w.endswith("ing") or w.endswith("ed"))


def _acronym_end(d: SemDoc, k: int, hi: int) -> int:
    """Extend a phrase ending before segment ``k`` through "..., and medium enterprises (MSMEs)"."""
    segs = d.segs
    j = k
    while j < hi and j - k < 10:
        s = segs[j]
        if s.low == "(":
            if j + 2 < hi and segs[j + 1].kind == "w" and segs[j + 2].low == ")":
                return j + 3
            return k
        if s.low == "," or s.low in ("dan", "and", "&", "serta") or d.segs[j].content:
            j += 1
            continue
        return k
    return k


def is_time(d: SemDoc, k: int) -> bool:
    """Is segment ``k`` part of a time expression (a time quantity, digits, a month, a time
    word, "Oktober-Desember", "tahun ini")? Decided when the segment is built
    (:func:`claimx.semseg.timeish`)."""
    return d.segs[k].time


def explicit_base(d: SemDoc, qi: int) -> tuple[int, int] | None:
    """Return the whole named after a share: "35,5 persen dari total populasi UMKM"."""
    segs = d.segs
    k = d.qseg[qi] + 1
    hi = d.sent_hi[qi]
    # "6.77 percent and 6.76 percent, respectively, of the total ..."; "(8.49 percent) of"
    while k < hi and (
        segs[k].low in (")", ",", "and", "dan")
        or segs[k].kind == "q"
        or segs[k].low == "respectively"
    ):
        k += 1
    if k >= hi or "base_before" not in segs[k].cls:
        return None
    k += 1
    if k < hi and segs[k].kind == "q":
        k += 1
    while k < hi and segs[k].low in d.lex.articles:
        k += 1
    lo = k
    while k < hi and k - lo < AFTER_MAX:
        s = segs[k]
        if k > lo and d.lex.lang == "en" and s.low.endswith("ing") and en_verb_form(s.low):
            break  # "24 per cent of adults saying": the verb of the part
        if (
            d.segs[k].content
            or s.low in ("total", "all")
            or (s.cls & _BASE_WORDS and "stop" not in s.cls and " " not in s.low)
        ):
            k += 1
            continue
        if s.low == "(" and k + 2 < hi and segs[k + 2].low == ")":
            k += 3
            continue
        break
    if k == lo or all(d.segs[j].time for j in range(lo, k)):
        return None
    return lo, k


def base_acts(d: SemDoc, qi: int) -> bool:
    """English "24 per cent of adults saying they ...", "40% of voters backed it": is the whole
    named after a share followed by its own verb, so that the share measures those who act?"""
    if d.lex.lang != "en":
        return False
    span = explicit_base(d, qi)
    if span is None or span[1] >= d.sent_hi[qi]:
        return False
    s = d.segs[span[1]]
    if s.kind != "w" or not s.first.islower():
        return False
    if s.cls & {"copulas", "predicate_nominal", "stop"}:
        return False  # "31.07 percent of the production is in East Java", "... have been"
    return en_verb_form(s.low) or d.lex.is_verb(s.low) or "reporting" in s.cls


def own_noun(d: SemDoc, qi: int, *, classifier: bool = False) -> str | None:
    """Return the counted noun inside the mention ("1,200 workers", "four thousand staff",
    "5 perusahaan"), or None when the mention ends in no noun or (unless ``classifier``) in a
    generic classifier ("orang", "people") that names no subject of its own."""
    seg = d.segs[d.qseg[qi]]
    # (a token of control characters that str.split() takes for white space has no word)
    last = (d.text[seg.start : seg.end].split() or [""])[-1]
    low = last.casefold()
    if not last.isalpha() or low in d.lex.scale_words:
        return None
    if "classifiers" in d.lex.classes(low) and not (classifier and low not in ("%", "percent")):
        return None
    return last


def own_noun_phrase(d: SemDoc, qi: int, noun: str) -> str:
    """Return the counted ``noun`` of quantity ``qi`` with what follows it and tells which
    ones are counted: an "of" phrase ("30 million shares of Lyft") or an -ing participle with
    its place ("thousands of students studying at Heidelberg University")."""
    a = d.qseg[qi]
    hi = d.sent_hi[qi]
    end = _reduced_relative(d, a, _of_complement(d, a, a + 1, hi), hi)
    if end == a + 1:
        return noun
    seg = d.segs[a]
    return d.text[seg.end - len(noun) : d.segs[end - 1].end]


def recipient(d: SemDoc, qi: int) -> bool:
    """ "cash transfers to some 18 million families": is the count the object of a recipient
    preposition, so that its own noun names it?"""
    a, lo = d.qseg[qi], d.sent_lo[qi]
    return a - 1 >= lo and "recipient_preps" in d.segs[a - 1].cls


def count_of_whole(d: SemDoc, qi: int) -> int:
    """English "Three of the 11 players were injured": a bare count followed by "of (the)" and
    a count of the whole counts what the whole counts. Returns the whole's quantity, or -1."""
    segs = d.segs
    k = d.qseg[qi] + 1
    hi = d.sent_hi[qi]
    if d.lex.lang != "en" or k + 1 >= hi or segs[k].low not in ("of", "of the"):
        return -1
    k += 1
    while k < hi and segs[k].low in d.lex.determiners:
        k += 1
    if k < hi and segs[k].kind == "q" and d.units[segs[k].q] == "count":
        return segs[k].q
    return -1
