"""English clause shapes around a number that decide its subject: a verb or adverb right
before it ("Vancouver hosts just one", "acquired 13%", "trades on barely 6.5 times"), a past
verb inside a phrase ("the economy posted growth of"), a measure noun before "of" ("at a speed
of 40 mph", "a loss of 63 cents a share"), a market list ("Unite Group, down 68p") and an
appositive ("energy, last year's worst sector, fell 0.94%").

The rules are English: each returns its negative answer for other languages. Words come from
``lang/en/semantics.yaml`` (stop words, change words, ``money_level_nouns``); see
:mod:`claimx.subject` for the order in which they apply.
"""

from __future__ import annotations

from claimx.semtext import SemDoc
from claimx.subjclause import EMPTY as _EMPTY

_CHANGE = frozenset({"change_up", "change_down", "change_neutral"})
_APPOSITIVE_MAX = 10
_CLAUSE_END = frozenset({"breakers", "comparison", "reporting", "intro_openers"})


def verb_before(d: SemDoc, k: int, a: int, lo: int) -> bool:
    """Is segment ``k``, the last content word before the number at segment ``a``, a verb that
    takes the number as its object? A lowercase -ed or -ing form ("acquired 13%", "procured
    thousands of tests", "shooting 47.6%"), an -ly adverb, or an -s form after its subject with
    no preposition between ("Vancouver hosts just one", "the agreement, dubbed TPP-11, covers
    13 percent"; not "Indonesian laborers at 199.38 million")."""
    if d.lex.lang != "en":
        return False
    s = d.segs[k]
    w = s.low
    if not (s.kind == "w" and s.first.islower() and w.isalpha()):
        return False
    for j in range(k + 1, a):
        t = d.segs[j]
        if adverb(d, j) or t.low in d.lex.object_openers:
            continue  # "trades on barely 6.5 times earnings", "hosts just one"
        if t.low in d.lex.months:
            continue  # "the first quarter ended December to $84 billion"
        if t.kind != "w" or "stop" not in t.cls or t.cls & _CHANGE or d.lex.is_verb(t.low):
            return False  # "its adjusted loss narrowed to": another word stands between
    if (
        len(w) > 4
        and w.endswith(("ed", "ing"))
        and k - 1 >= lo
        and d.segs[k - 1].low in d.lex.determiners
    ):
        return False  # "a grounding for more than three months": a noun after its article
    if (len(w) > 4 and w.endswith(("ed", "ing"))) or adverb(d, k):
        return True
    if len(w) < 4 or not w.endswith("s") or w.endswith(("ss", "us", "is", "ics")):
        return False
    if any(d.segs[j].low not in d.lex.object_openers and not adverb(d, j) for j in range(k + 1, a)):
        return False  # "Indonesian laborers at 199.38 million": a noun before its preposition
    if k - 1 < lo:
        return False
    prev = d.segs[k - 1]
    if prev.low in ("that", "which", "who"):
        return True  # "a plume that extends hundreds of miles"
    if prev.low == "and" and k + 1 == a:
        return True  # "weighs just 1.2kg and costs $1,299": a second verb of the subject
    if prev.low in d.lex.time_adverbs or adverb(d, k - 1):
        return True  # "a barrel of oil now costs $70", "the plant typically employs"
    return prev.low == "," or (d.segs[k - 1].content and prev.first.isupper())


def adverb(d: SemDoc, k: int) -> bool:
    """Is segment ``k`` an English adverb in -ly ("barely", "roughly")?"""
    s = d.segs[k]
    return (
        d.lex.lang == "en"
        and s.kind == "w"
        and len(s.low) > 4
        and s.low.endswith("ly")
        and s.first.islower()
        and not s.low.endswith(("ply", "ally"))
    )


def past_verb(d: SemDoc, k: int, end: int, lo: int) -> bool:
    """Is segment ``k`` a past verb between its subject and object ("the economy posted
    growth", "the crisis has pushed inflation")? An -ed word after a noun (no adverb, no
    determiner) or a perfect's "has"/"have"/"had", with a noun after it."""
    if d.lex.lang != "en" or k + 1 >= end or k - 1 < lo:
        return False
    w = d.segs[k].low
    if not (len(w) > 3 and w.endswith("ed") and d.segs[k].content):
        return False
    if d.segs[k - 1].low in d.lex.perfect_auxiliaries:
        return True  # "has pushed inflation to 10.1%", "has moved", "has worked at the bank"
    if len(w) <= 5 or not d.segs[k - 1].content:
        return False
    prev = d.segs[k - 1].low
    return not prev.endswith("ly") and d.segs[k + 1].content


def measure_of(d: SemDoc, a: int, lo: int, np_max: int) -> tuple[int, int] | None:
    """ "at a speed of 40 mph", "a fine of $5 million", "a first-quarter loss of 63 cents": the
    noun right before "of" and the number at segment ``a`` names what the number measures.
    Returns that phrase's segment range (after its determiner), or None; an empty measure word
    ("a total of") names nothing."""
    segs = d.segs
    if d.lex.lang != "en" or a - 2 < lo or segs[a - 1].low != "of":
        return None
    k = a - 2
    unit = d.unit_of(segs[a].q)
    money = (unit.isupper() and len(unit) == 3) or unit in ("cent", "sen", "GBX")
    if money and "money_level_nouns" in segs[k].cls:
        k -= 1  # "a first-quarter loss of 63 cents": the amount lost is named by "loss"
    participle = False
    while k >= lo and a - 1 - k <= np_max and d.segs[k].content and not d.segs[k].time:
        if k < a - 2 and _clause_participle(d, k, lo):
            participle = True  # "The hurricane, packing winds of 150 mph": its object
            break
        k -= 1
    opened = k < lo or participle or segs[k].low in d.lex.determiners or segs[k].kind == "p"
    if k == a - 2 or not opened:
        return None
    level = k >= lo and segs[k].low in d.lex.indefinite_articles  # "hit a record high of"
    if all(
        segs[j].cls & _EMPTY or (level and segs[j].low in d.lex.level_nouns)
        for j in range(k + 1, a - 1)
    ):
        return None
    return k + 1, a - 1


def adjacent_changes(d: SemDoc, k: int, a: int) -> bool:
    """Do only "up"/"down" or a sign stand between the comma at ``k`` and the number at
    ``a`` ("Unite Group, down 68p", "Dow, +0.2%")?"""
    for j in range(k + 1, a):
        s = d.segs[j]
        if not (s.cls & {"change_adjacent_up", "change_adjacent_down"} or s.low in ("+", "-")):
            return False
    return True


def names_item(d: SemDoc, start: int, lo: int) -> bool:
    """Does the phrase starting at segment ``start`` open a list item (after a comma, colon
    or verb: "The biggest fallers were Unite Group, ...")?"""
    j = start - 1
    return j < lo or d.segs[j].low in (",", ":", ";") or d.lex.is_verb(d.segs[j].low)


def appositive_open(d: SemDoc, k: int, a: int, lo: int) -> int:
    """English "Frankel, an investor in aerospace, acquired 13%": when a predicate follows the
    comma at ``k`` before the number at ``a``, and the comma closes an appositive, return the
    index of the comma that opens it, else -1."""
    segs = d.segs
    if d.lex.lang != "en":
        return -1
    if not any(segs[j].cls & _CHANGE or d.lex.is_verb(segs[j].low) for j in range(k + 1, a)):
        return -1
    j = k - 1
    while j >= lo and k - j <= _APPOSITIVE_MAX and segs[j].low != ",":
        if segs[j].kind == "q" or segs[j].cls & _CLAUSE_END:
            return -1
        j -= 1
    if j < lo or segs[j].low != "," or j == k - 1:
        return -1
    return j


def opens_clause(d: SemDoc, start: int, lo: int) -> bool:
    """Does the phrase starting at segment ``start`` open its clause (sentence start or after
    "while", "but", a reporting verb ...), through its determiners? A phrase after a comma is
    a list item instead."""
    j = start - 1
    while j >= lo and d.segs[j].low in d.lex.determiners:
        j -= 1
    return j < lo or bool(d.segs[j].cls & _CLAUSE_END)


def pronoun_subject(d: SemDoc, k: int, a: int, lo: int) -> bool:
    """Is the personal pronoun at segment ``k`` the subject of a verb standing between it and
    the number at ``a`` ("until you realise it can hit 500 degrees", "I think that's maybe
    tens of millions")? It is when a verb, modal or lowercase word follows it, and (for "it"
    and "you", which may be objects) no preposition or non-reporting verb precedes it."""
    segs = d.segs
    if k + 1 >= a:
        return False
    nxt = segs[k + 1]
    if nxt.kind != "w" or not nxt.first.islower():
        return False
    if nxt.low.endswith("'s") or nxt.low.endswith("’s"):
        return False
    if k - 1 >= lo and segs[k].low in ("it", "you"):
        prev = segs[k - 1]
        if (
            "stop" in prev.cls
            and prev.low not in d.lex.clause_openers
            and "reporting" not in prev.cls
        ):
            return False  # "the voltage across it was 5 volts": the object of a preposition
        if d.lex.is_verb(prev.low) and "reporting" not in prev.cls and "modals" not in prev.cls:
            return False  # "bought it for $5 million": an object
    return True


def after_pronoun(d: SemDoc, start: int, a: int, lo: int) -> bool:
    """Does the phrase starting at segment ``start`` follow a subject pronoun (through modals,
    "not" and adverbs: "it will cost buyers", "you purchased Google stock") or a modal ("that
    should have cost")? Then its first word is a verb, and the phrase no subject."""
    segs = d.segs
    j = start - 1
    modal = False
    while j >= lo and ("modals" in segs[j].cls or segs[j].low in d.lex.auxiliaries or adverb(d, j)):
        modal = modal or "modals" in segs[j].cls
        j -= 1
    if modal and segs[start].first.islower():
        return True  # "flights that should have cost HK $5.4m": a verb after a modal
    j = start - 1
    while j >= lo and ("modals" in segs[j].cls or segs[j].low == "not" or adverb(d, j)):
        j -= 1  # "you have cornerbacks who": "have" is a verb, its object a noun
    return j >= lo and "subject_pronouns" in segs[j].cls and pronoun_subject(d, j, a, lo)


def named_mover(d: SemDoc, a: int, lo: int) -> tuple[int, int] | None:
    """English market reports, "such as Blackmores up 9.4 per cent and A2 Milk up 4 per
    cent": a name written right before "up"/"down" and the number at ``a`` is what moved.
    Returns the name's segment range (capitalised words, at most four), or None."""
    segs = d.segs
    if d.lex.lang != "en" or a - 2 < lo:
        return None
    if not segs[a - 1].cls & {"change_adjacent_up", "change_adjacent_down"}:
        return None
    if segs[a - 1].low not in ("up", "down"):
        return None
    k = a - 2
    while k >= lo and a - 2 - k < 4 and segs[k].content and segs[k].first.isupper():
        k -= 1
    if k == a - 2:
        return None
    return k + 1, a - 1


def skip_currency_mark(d: SemDoc, k: int, lo: int) -> int:
    """Return the segment before a country mark ending at segment ``k`` ("$75 U.S. per barrel":
    the segment of "$75"), else ``k``. The mark is punctuation and capital letters, at most
    four segments (English only)."""
    if d.lex.lang != "en":
        return k
    segs = d.segs
    j = k
    while (
        j > lo
        and k - j < 4
        and (segs[j].kind == "p" or (len(segs[j].low) <= 2 and d.text[segs[j].start].isupper()))
    ):
        j -= 1
    return j if segs[j].kind == "q" else k


def participle_after(d: SemDoc, k: int, a: int) -> bool:
    """English: does a participle clause open at the comma ``k`` and reach the number at ``a``
    through a preposition ("claims, ranging from $200", "shares, trading at $5")? Such a clause
    is said of the noun before the comma; one whose verb takes the number as its object
    ("dominated the rate, contributing 16.28 percent") is said of the clause's subject."""
    segs = d.segs
    if d.lex.lang != "en" or k + 3 > a:
        return False  # "dominated the rate, contributing 16.28 percent": said of the subject
    w = segs[k + 1]
    if not (w.kind == "w" and w.first.islower() and len(w.low) > 5 and w.low.endswith("ing")):
        return False
    return all(segs[j].kind == "w" and "stop" in segs[j].cls for j in range(k + 2, a))


def verb_end(d: SemDoc, lo: int, hi: int, a: int) -> int:
    """English: return where the noun phrase [lo, hi) ends when its last words are a verb
    agreeing with the noun before it (:func:`agreeing_verb`), with its particle ("material
    shoots out at 800 mph"), or a word running into a determiner ("The index touched a low
    of") or an -ed word running into a number ("The game lasted three hours"); else ``hi``."""
    segs = d.segs
    if (
        hi - lo >= 2
        and hi < a
        and segs[hi].low in d.lex.determiners
        and segs[hi - 1].kind == "w"
        and segs[hi - 1].first.islower()
    ):
        return hi - 1  # a noun phrase never runs into a determiner: the word before is a verb
    last = segs[hi - 1]
    if (
        hi - lo >= 2
        and last.kind == "w"
        and last.first.islower()
        and len(last.low) > 4
        and last.low.endswith("ed")
        and hi < len(segs)
        and (segs[hi].kind == "q" or _function_words(d, hi, a))
    ):
        return hi - 1  # "The game lasted three hours", "Talks collapsed after 18 months"
    if hi - lo >= 3 and segs[hi - 1].low in d.lex.particles and agreeing_verb(d, lo, hi - 1, a, hi):
        return hi - 2
    return hi - 1 if agreeing_verb(d, lo, hi, a) else hi


def _function_words(d: SemDoc, lo: int, a: int) -> bool:
    """Do only the words between a verb and its figure (object openers, prepositions of a
    verb or of a duration, -ly adverbs) stand in segments [lo, a): "runs for", "runs every",
    "collapsed after"?"""
    lex = d.lex
    return all(
        d.segs[j].low in lex.object_openers
        or d.segs[j].low in lex.verb_preps
        or d.segs[j].low in lex.duration_preps
        or adverb(d, j)
        for j in range(lo, a)
    )


def agreeing_verb(d: SemDoc, lo: int, hi: int, a: int, after: int = -1) -> bool:
    """English: is the last word of the phrase [lo, hi), which only function words (from
    ``after``, by default ``hi``) separate from the number at ``a``, a verb agreeing with the
    noun before it ("Tickets cost $45", "the show runs for two hours", "Prices range from")?
    A plural noun before a bare verb, or a singular noun before an -s verb; a noun phrase
    never runs straight into its figure."""
    segs = d.segs
    if d.lex.lang != "en" or hi - lo < 2:
        return False
    if not _function_words(d, max(hi, after), a):
        return False  # "North American sales fell 7 percent": the verb stands between
    last, prev = segs[hi - 1], segs[hi - 2]
    w, p = last.low, prev.low
    if not (last.kind == "w" and w.isalpha() and last.first.islower() and not last.cls):
        return False
    if not (prev.kind == "w" and p.isalpha() and prev.content and len(p) > 2):
        return False
    if w.endswith(("ing", "ed", "ly")):
        return False
    plural = len(p) > 3 and p.endswith("s") and not p.endswith(("ss", "us", "is"))
    third = w.endswith("s") and not w.endswith(("ss", "us", "is"))
    if third and not plural and p.endswith("ing"):
        return False  # "its operating margins", "housing prices": an -ing modifier of a noun
    if third and not plural:
        # "the show runs", "each ticket costs": a noun after its determiner (an adjective
        # before a plural noun, "Indonesian laborers at 199.38 million", looks the same
        # without one)
        return (
            hi - lo == 2
            and lo - 1 >= 0
            and (
                segs[lo - 1].low in d.lex.determiners
                or "attributive_determiners" in segs[lo - 1].cls
            )
        )
    return plural and not third


def duration_adverbial(d: SemDoc, a: int, lo: int) -> bool:
    """English: is the duration at segment ``a`` an adverbial of time, after a preposition of
    time ("the match ended after 55 minutes", "finished in just 16 years", "orbits the sun
    every 33 years", "beset by controversy over the past two years")? Such a duration
    measures the time of the event and has no noun subject. Determiners, time words
    ("past", "last") and adverbs may stand between the preposition and the number."""
    segs = d.segs
    if "-" in segs[a].low:
        return False  # "after a five-year journey": a hyphened duration modifies a noun
    j = a - 1
    while (
        j >= lo
        and a - j <= 3
        and (
            segs[j].low in d.lex.determiners
            or segs[j].low in d.lex.object_openers
            or adverb(d, j)
            or (segs[j].time and segs[j].content)
        )
    ):
        j -= 1
    return j >= lo and segs[j].low in d.lex.duration_preps


def object_phrase(d: SemDoc, start: int, lo: int) -> bool:
    """English: is the noun phrase starting at segment ``start`` the object of a verb ("orbits
    the sun", "using a domestic socket") or of a participle's preposition ("beset by
    controversy"), not the subject of its clause? (After a noun, "the potential for rice
    production", a preposition's object is part of a noun phrase.)"""
    segs = d.segs
    j = _opened(d, start, lo)
    if j < lo or segs[j].kind != "w" or not segs[j].first.islower():
        return False
    if "stop" in segs[j].cls:
        passive = segs[j].low in d.lex.passive_agent
        j -= 1
        if j < lo or segs[j].kind != "w" or "stop" in segs[j].cls:
            return False
        return passive or (len(segs[j].low) > 4 and segs[j].low.endswith("ed"))
    w = segs[j].low
    return d.lex.is_verb(w) or (len(w) > 4 and w.endswith(("ing", "ed", "s")))


def pronoun_clause(d: SemDoc, start: int, lo: int) -> bool:
    """English: is the object phrase starting at segment ``start`` the object of a verb whose
    subject is a personal pronoun ("we cooked each sample", "it orbits the sun", "they will
    not sell the shares")?"""
    segs = d.segs
    j = _opened(d, start, lo) - 1  # the verb
    while j >= lo and ("modals" in segs[j].cls or segs[j].low in d.lex.auxiliaries or adverb(d, j)):
        j -= 1
    return j >= lo and "subject_pronouns" in segs[j].cls


def _opened(d: SemDoc, start: int, lo: int) -> int:
    """Return the segment before the determiners that open the phrase at ``start`` ("each",
    "the", "its")."""
    j = start - 1
    while j >= lo and (
        d.segs[j].low in d.lex.determiners or "attributive_determiners" in d.segs[j].cls
    ):
        j -= 1
    return j


def parenthetical_open(d: SemDoc, k: int, a: int, lo: int) -> int:
    """English "The set, which goes on sale in May, will cost $200", "The first quarter,
    however, was as warm at 37.5 degrees": when the comma at ``k`` closes a parenthesis (a
    relative clause opened by "which"/"who", one adverb, or a past participle clause: ",
    opened in 1932,") and a predicate (a modal, copula
    or verb) follows it before the number at ``a``, return the index of the comma that opens
    the parenthesis, else -1."""
    segs = d.segs
    if d.lex.lang != "en" or segs[k].low != ",":
        return -1
    if not any(
        segs[j].cls & {"modals", "copulas"} or d.lex.is_verb(segs[j].low) for j in range(k + 1, a)
    ):
        return -1
    j = k - 1
    while j >= lo and k - j <= _APPOSITIVE_MAX and segs[j].low not in (",", ";", ":"):
        j -= 1
    if j < lo or segs[j].low != "," or j + 1 >= k:
        return -1
    first = segs[j + 1]
    if "relative" in first.cls and first.low in ("which", "who"):
        return j
    if j + 2 == k and first.kind == "w" and ("intro_openers" in first.cls or adverb(d, j + 1)):
        return j  # ", however,", ", meanwhile,", ", reportedly,"
    if first.kind == "w" and first.first.islower() and j + 2 < k:
        w = first.low
        if (len(w) > 4 and w.endswith("ed")) or segs[j + 2].low in d.lex.passive_agent:
            return j  # ", opened in 1932,", ", set by the regulator,": a participle clause
    return -1


def listed_noun(d: SemDoc, k: int, a: int, lo: int) -> int:
    """English "The set will cost $200", "the increase was 5%": a word listed as a predicate
    ("set", "hit", "increase"; no modal or copula) right after an article and before a modal,
    copula or verb is a noun, the clause's subject. Returns its index, else -1."""
    segs = d.segs
    s = segs[k]
    if d.lex.lang != "en" or s.kind != "w" or s.content or "predicates" not in s.cls:
        return -1
    if s.cls & {"modals", "copulas"} or k - 1 < lo or segs[k - 1].low not in d.lex.articles:
        return -1
    if k + 1 >= a or not (
        segs[k + 1].cls & {"modals", "copulas"} or d.lex.is_verb(segs[k + 1].low)
    ):
        return -1
    return k


def _clause_participle(d: SemDoc, k: int, lo: int) -> bool:
    """Is segment ``k`` an -ing verb opening a participle clause (after a comma or at the
    sentence start: ", packing winds of")?"""
    w = d.segs[k].low
    if not (len(w) > 5 and w.endswith("ing") and d.segs[k].first.islower()):
        return False
    return k == lo or d.segs[k - 1].low == ","


def passive_agent_of(d: SemDoc, start: int, lo: int) -> int:
    """English: is the noun phrase starting at segment ``start`` the agent of a passive
    participle ("tuned by Cosworth", "built by the Chinese")? Returns the participle's index,
    else -1."""
    if d.lex.lang != "en":
        return -1
    segs = d.segs
    j = start - 1
    while j >= lo and segs[j].low in d.lex.determiners:
        j -= 1
    if j - 1 < lo or segs[j].low not in d.lex.passive_agent:
        return -1
    w = segs[j - 1]
    if w.kind != "w" or not w.first.islower() or "stop" in w.cls or len(w.low) < 4:
        return -1
    return j - 1


def attributive_before(d: SemDoc, k: int, lo: int) -> bool:
    """English: is the measure at segment ``k`` (a unit, not a count, share or sum of money)
    written after an article and at most two lowercase adjectives, so that it modifies the
    noun after it ("a turbocharged 1.6 liter EcoBoost engine")?"""
    if d.lex.lang != "en":
        return False
    segs = d.segs
    unit = d.units[segs[k].q]
    if unit in ("count", "percent") or (unit.isupper() and len(unit) == 3):
        return False
    j = k - 1
    while j >= lo and k - j <= 2 and segs[j].content and segs[j].first.islower():
        j -= 1
    return j >= lo and segs[j].low in d.lex.articles
