"""What a number is about: the subject phrase and, for a share, the base (the whole).

Rules, in order (each a rule of the language, read from ``lang/<code>/semantics.yaml``):

1. the noun phrase right after a count or amount ("27 juta UMKM", "25,292,701 MSMEs", "82 ribu
   unit koperasi", "Rp14.000 triliun PDB Indonesia", "80 million monthly active users", "Rp 12
   trillion for fertilizer subsidies"), extended through a coordinated list to its acronym
   ("usaha mikro, kecil, dan menengah (UMKM)"); in a head-last language a counted noun inside
   the mention ends the phrase ("four thousand staff across Asia" -> staff), as does a generic
   classifier after a recipient preposition ("to some 18 million families"); what a bare count
   counts after "of" ("one of the best phones", "thousands of tests"); else a predicate noun
   ("137.91 million constituted the labor force"); in English a measure between a determiner
   and a noun measures that noun ("a 6kW electric motor", "a 2,900 year-old site");
2. the noun phrase before the predicate that carries the number ("ekonomi digital
   menghasilkan 4 persen", "the number of poor in rural areas stood at 15.54 million"), skipping
   predicate words, time phrases and adjuncts ("berdasarkan ...", "di wilayah ...", "extended to
   7.35 million debtors"), an infinitive ("the rupiah to trade at"), keeping cue nouns inside
   the phrase ("its global growth forecast to 3.1 percent") and ending it at an English past
   verb ("the economy posted growth of"); "NOUN, which ... NUMBER" takes the noun before the
   comma; "A and B ... X and Y, respectively" pairs them in order; a pronoun agent with its
   bare verb, a light word, a back-referring conjunct ("dan turunannya"), the object of a
   relative clause and a fronted data source are no subject (:mod:`claimx.subjclause`); in
   English the noun before "of" and the number names it ("at a speed of 40 mph"), a verb or
   adverb right before the number is skipped ("Vancouver hosts just one"), a market list names
   the mover ("Unite Group, down 68p", "such as Blackmores up 9.4 per cent"), a predicate
   after an appositive is said of the phrase before it ("energy, last year's worst sector,
   fell 0.9%"), a personal pronoun is the subject of the verb after it ("until you realise it
   can hit 500 degrees": no phrase from an earlier clause), a word after a modal is a verb
   ("flights that should have cost"), a verb agreeing with the noun before it ends the phrase
   ("Tickets cost $45"), "NOUN, which ..." and "NOUN, ranging from ..." are said of the noun,
   "since October" is a time phrase, and a word between "a" and the number modifies the
   number ("a record $13.5 trillion") (:mod:`claimx.subjverbs`);
3. a number linked to an earlier one (apposition "atau", "or"; "dari X menjadi Y"; the other side
   of a comparison) takes that number's subject;
4. an anaphor ("angka tersebut", "jumlah ini", "it") takes the subject of its antecedent;
5. else the subject of the main clause (after a fronted phrase holding the number: "At $1,099,
   the phone ..."; :mod:`claimx.subjnp`), else the subject of the previous claim nearby.

A share's base is the phrase after "dari", "terhadap", "of", "to" ("4 persen dari produk
domestik bruto"), the target a percent surpasses ("melampaui target 113,46 persen"), the second
term of a ratio ("the ratio of NPLs to KUR"), or the whole before "comprised"/"terdiri dari".
In English a whole followed by its own verb names the part measured ("24 per cent of adults
saying ..." -> adults).

The rules that read after the number (1, and the base) live in :mod:`claimx.subjafter` and
:mod:`claimx.subjmeasure`; a duration after a preposition of time ("ended after 55 minutes",
"orbits the sun every 33 years") is said of its clause's subject, never of an object
(:func:`claimx.subjverbs.duration_adverbial`).
"""

from __future__ import annotations

from claimx import subjverbs as en
from claimx.semtext import SemDoc
from claimx.subjclause import NP_MAX as _NP_MAX
from claimx.subjclause import compared, is_source, new_clause, route
from claimx.subjnp import Found, inner, main_subject, np, np_noun

__all__ = ["Found", "before_np", "main_subject"]
_SKIP_MAX = 14  # the most segments skipped back to the phrase before a number


def _previous_q(d: SemDoc, lo: int, k: int) -> int:
    """Return the index of the nearest quantity in segments [lo, k], or -1."""
    for j in range(k, lo - 1, -1):
        if d.segs[j].kind == "q":
            return d.segs[j].q
    return -1


def before_np(d: SemDoc, qi: int) -> Found:
    """Search backward from quantity ``qi`` for the noun phrase its predicate is said of.

    Returns the phrase ("np"), a link ("chain", "anaphor") or a signal why there is none. A
    fronted source of figures ("Data Sensus Pertanian 2023 mencatat kenaikan 5 persen") is no
    phrase; a conjunct that only refers back ("penjualan mobil dan turunannya") leaves the
    phrase to the first conjunct."""
    found = _before(d, qi)
    if found.status != "np":
        return found
    if is_source(d, found.lo, found.hi, d.qseg[qi]):
        return Found("none")
    lo = d.sent_lo[qi]
    segs = d.segs
    last = segs[found.hi - 1].low
    if (
        found.hi - found.lo <= 2
        and found.lo - 2 >= lo
        and "coordinators" in segs[found.lo - 1].cls
        and (segs[found.lo - 2].content or segs[found.lo - 2].low == ")")
        and len(last) > 5
        and d.lex.anaphoric_suffixes
        and last.endswith(d.lex.anaphoric_suffixes)
    ):
        first = _collect(d, qi, found.lo - 1, lo)
        if first.status == "np":
            return _placed(first, found.past_place)
    head = _relative_head(d, qi, found.lo, lo)
    return head if head is not None else found


def _relative_head(d: SemDoc, qi: int, k: int, lo: int) -> Found | None:
    """ "jumlah UMKM yang sudah masuk ekosistem digital mencapai 27 juta": a phrase that is the
    object of a relative clause's verb leaves the subject to the head before "yang". Returns
    that head, or None."""
    segs = d.segs
    j = k - 1
    if j < lo or segs[j].kind != "w" or not d.lex.is_verb(segs[j].low):
        return None
    while j >= lo and k - j <= 4 and segs[j].kind == "w" and "relative" not in segs[j].cls:
        if segs[j].content:
            return None
        j -= 1
    if j - 1 < lo or "relative" not in segs[j].cls or not segs[j - 1].content:
        return None
    head = _collect(d, qi, j, lo)
    return head if head.status == "np" else None


def _before(d: SemDoc, qi: int) -> Found:
    segs = d.segs
    lo = d.sent_lo[qi]
    a = d.qseg[qi]
    k = a - 1
    if k >= lo and "apposition" in segs[k].cls:
        if (
            segs[k].low.partition(" ")[0] in ("which", "who")
            and k - 2 >= lo
            and segs[k - 1].low == ","
        ):
            # "relations with Nissan, which is 43.4 percent-owned": the noun before the comma
            head = _collect(d, qi, k - 1, lo)
            if head.status == "np":
                n = k - 2
                while n > head.lo and segs[n - 1].first.isupper() and segs[n - 1].content:
                    n -= 1
                return Found("np", lo=n, hi=k - 1) if segs[k - 2].first.isupper() else head
        j = _previous_q(d, lo, k - 1)
        if j >= 0:
            return Found("chain", q=j)
    if (
        d.lex.head_last
        and k - 1 >= lo
        and segs[k].low == "of"
        and "growth_rate" in segs[k - 1].cls
        and not (k - 2 >= lo and (segs[k - 2].content or np_noun(segs[k - 2])))
    ):
        # "projects growth of 4.7 to 5.5 percent" (a projection "of" names no subject)
        return Found("np", lo=k - 1, hi=k)
    measured = _measure_of(d, a, lo)
    if measured is not None:
        return measured
    if d.lex.lang == "en" and k - 1 >= lo and segs[k].low == "(" and segs[k - 1].content:
        counted = _collect(d, qi, k, lo)
        if counted.status == "adjunct" and segs[counted.lo].kind == "q" and counted.lo + 1 < k:
            # "for four fillets (~1lb)": a measure in brackets after counted things is theirs
            return Found("np", lo=counted.lo + 1, hi=k)
    mover = en.named_mover(d, a, lo)
    if mover is not None:
        return Found("np", lo=mover[0], hi=mover[1])
    skipped = 0
    crossed_verb = crossed_rel = past_place = False
    while k >= lo:
        s = segs[k]
        if skipped > _SKIP_MAX:
            return Found("none")
        if s.kind == "q":
            if segs[k].time:
                k -= 1
                continue
            return Found("chain", q=s.q)
        if k > lo and segs[k].agent:
            # "Cadangan beras akhir tahun kami proyeksikan 1,5 juta ton": object-focus clause
            k -= 2
            skipped += 1
            continue
        cls = s.cls
        if "time_preps" in cls and "breakers" in cls and k + 1 < a and segs[k + 1].time:
            k -= 1  # "has dropped since October from $75": a time phrase, no clause
            skipped += 1
            continue
        if "breakers" in cls or "comparison" in cls:
            return Found("breaker")
        if "relative" in cls and k - 2 >= lo and segs[k - 1].low == "," and segs[k - 2].content:
            # "The biggest driver was fuel, which accounted for 0.25 percentage points"
            return _resume(_collect(d, qi, k - 1, lo))
        if (
            np_noun(s)
            and k + 1 < a
            and k - 1 >= lo
            and (segs[k - 1].content or np_noun(segs[k - 1]))
        ):
            # "cut its global growth forecast to 3.1 percent": the noun ends the phrase
            found = _collect(d, qi, k + 1, lo)
            if found.status not in ("adjunct", "skip"):
                return _placed(found, past_place)
        if "apposition" in cls or ("from_words" in cls and not (k > lo and segs[k - 1].content)):
            j = _previous_q(d, lo, k - 1)
            if j >= 0 and "from_words" in cls and new_clause(d, d.qseg[j], k):
                j = -1  # "jumped from 240 to 273, and the fuel economy climbed from 21 mpg"
            if j >= 0:
                return Found("chain", q=j)
            if "apposition" in cls and k - 2 >= lo and segs[k - 1].low == ",":
                # "provinsi ... tertinggi adalah Papua, yakni 26,8 persen": the phrase it restates
                found = _collect(d, qi, k - 1, lo)
                if found.status == "np":
                    return found
        if s.kind == "p":
            if s.low == ")" and k - 3 >= lo and segs[k - 2].low == "(" and segs[k - 3].content:
                return _resume(_collect(d, qi, k + 1, lo))
            if s.low in ("(", ")", "-", "–", "/", "+"):
                k -= 1
                continue
            opened = en.parenthetical_open(d, k, a, lo)
            if opened >= 0:
                # "The set, which goes on sale in May, will cost $200", "The quarter, however,
                # was as warm at": the predicate after the parenthesis is said of the phrase
                found = _collect(d, qi, opened, lo)
                if found.status == "np" and en.opens_clause(d, found.lo, lo):
                    return found
            if s.low == "," and k - 1 >= lo and segs[k - 1].time:
                k -= 1
                skipped += 1
                continue
            if s.low == "," and en.participle_after(d, k, a):
                # "$12.4 million of claims, ranging from $200 to $4 million": the noun before
                found = _collect(d, qi, k, lo)
                if found.status == "np":
                    return found
            if s.low == ",":
                return _listed(d, qi, k, lo)
            return Found("none")
        if segs[k].content and not segs[k].time:
            if (
                d.lex.lang == "en"
                and k + 1 == a
                and k - 1 >= lo
                and segs[k - 1].low.rpartition(" ")[2] in ("a", "an")
            ):
                k -= 2  # "climbed to a record $13.5 trillion": a modifier of the number
                skipped += 1
                continue
            if k - 2 >= lo and segs[k - 1].low in ("per", "a", "an"):
                j = en.skip_currency_mark(d, k - 2, lo)
                if segs[j].kind == "q":
                    return Found("chain", q=segs[j].q)  # "Rp1.000 per kilogram menjadi ..."
            if (
                d.lex.lang == "en"
                and s.low.endswith("ing")
                and k + 1 < a
                and segs[k + 1].low in d.lex.determiners
            ):
                k -= 1  # "bringing the total to 5,000": a verb with its object
                continue
            if (
                d.lex.head_last
                and k - 2 >= lo
                and segs[k - 1].low == "to"
                and s.first.islower()
                and (segs[k - 2].kind in ("w", "q") or segs[k - 2].low == ")")
            ):
                k -= 2  # "the rupiah to trade at", "is projected to widen to": an infinitive
                skipped += 1
                continue
            if k - 1 >= lo and "modals" in segs[k - 1].cls and s.first.islower():
                k -= 1  # "will process 2 million tons": a verb after a modal
                skipped += 1
                continue
            if s.low.endswith(("'s", "’s")) and k + 1 < a and not segs[k + 1].content:
                k -= 1
                continue
            if en.verb_before(d, k, a, lo):
                k -= 1  # "Vancouver hosts just one refinery", "procured thousands of tests"
                skipped += 1
                crossed_verb = True
                continue
            v = _verb_behind(d, k, lo)
            if v >= 0:
                k = v - 1
                skipped += 1
                continue
            found = _collect(d, qi, k + 1, lo, object_of_verb=crossed_verb and not crossed_rel)
            if found.status == "np" and compared(d, found.lo, lo):
                k = found.lo - 1  # "rose 0.5% against the dollar to $1.27": the other side
                skipped += 1
                continue
            agent = en.passive_agent_of(d, found.lo, lo) if found.status == "np" else -1
            if agent >= 0 and found.hi < a and segs[found.hi].low == "to":
                k = agent - 1  # "The engine, tuned by Cosworth to produce 600 hp": the engine
                skipped += 1
                continue
            if found.status == "np" and en.after_pronoun(d, found.lo, a, lo):
                if found.hi - found.lo > 1 and segs[found.hi].low == "to":
                    # "could cause sea levels to rise 11 feet": the object acts
                    return Found("np", lo=found.lo + 1, hi=found.hi)
                k = found.lo - 1  # "it will cost buyers around $42,500": a verb and its object
                skipped += 1
                continue
            if (
                found.status == "np"
                and d.lex.lang == "en"
                and found.hi - found.lo <= 2
                and found.lo - 2 >= lo
                and "relative" in segs[found.lo - 1].cls
                and segs[found.lo - 2].low == ","  # not "the movement through which ..."
                and segs[found.lo].first.islower()
            ):
                k = found.lo - 1  # "buyers, which make up nearly 7 percent": the relative's verb
                skipped += 1
                continue
            if found.status == "np" and found.hi - found.lo == 1 and en.adverb(d, found.lo):
                k = found.lo - 1  # "trades on barely 6.5 times earnings and 1.4 times"
                skipped += 1
                continue
            if found.status in ("adjunct", "skip"):
                k = found.lo - 1
                skipped += 1
                past_place = past_place or found.past_place
                continue
            if found.status == "np" and d.lex.lang == "en":
                # "Tickets cost $45", "the show runs for two hours": the verb ends the phrase
                found = Found("np", lo=found.lo, hi=en.verb_end(d, found.lo, found.hi, a))
            return _placed(found, past_place)
        if (
            "subject_pronouns" in s.cls
            and "pronouns" not in s.cls
            and en.pronoun_subject(d, k, a, lo)
        ):
            # "if you compute the amount I think that's maybe tens of millions": the clause's
            # subject is a person; "it" and "they" refer back to a phrase found further back
            return Found("none")
        noun = en.listed_noun(d, k, a, lo)
        if noun >= 0:
            return Found("np", lo=noun, hi=k + 1)  # "The set will cost $200"
        if s.kind == "w":
            crossed_verb = crossed_verb or d.lex.is_verb(s.low)
            crossed_rel = crossed_rel or "relative" in s.cls
        k -= 1
        skipped += 1
    return Found("none")


def _measure_of(d: SemDoc, a: int, lo: int) -> Found | None:
    """English "at a speed of 40 mph": see :func:`claimx.subjverbs.measure_of`."""
    span = en.measure_of(d, a, lo, _NP_MAX)
    return Found("np", lo=span[0], hi=span[1]) if span else None


def _listed(d: SemDoc, qi: int, k: int, lo: int) -> Found:
    """English market lists, "The biggest fallers were Unite Group, down 68p at 1112p": a
    name set off by commas before "up"/"down" and the number is what moved; else an
    appositive before the comma (:func:`_appositive`). Returns the phrase or the comma signal."""
    a = d.qseg[qi]
    if d.lex.lang != "en" or k + 1 >= a:
        return Found("comma")
    if not en.adjacent_changes(d, k, a):
        return _appositive(d, qi, k, lo)
    found = _collect(d, qi, k, lo)
    if found.status != "np" or not en.names_item(d, found.lo, lo):
        return Found("comma")  # "have been on a tear, up nearly 57%": no name of its own
    return found


def _appositive(d: SemDoc, qi: int, k: int, lo: int) -> Found:
    """English "energy, last year's worst performing sector, fell 0.94%": the phrase before
    the appositive that the comma at ``k`` closes (:func:`claimx.subjverbs.appositive_open`).
    Returns it, else the comma signal."""
    j = en.appositive_open(d, k, d.qseg[qi], lo)
    if j < 0:
        return Found("comma")
    found = _collect(d, qi, j, lo)
    if found.status != "np" or not en.opens_clause(d, found.lo, lo):
        return Found("comma")  # the phrase opens its clause ("music, and movie ..." is a list)
    return found


def _placed(found: Found, past_place: bool) -> Found:
    """Return ``found`` with ``past_place`` set."""
    if found.past_place == past_place:
        return found
    return Found(found.status, found.lo, found.hi, found.q, past_place)


def _resume(found: Found) -> Found:
    return found if found.status not in ("adjunct", "skip") else Found("none")


def _verb_behind(d: SemDoc, k: int, lo: int) -> int:
    """English "made up the highest percentage (8.49 percent)", "was relatively low at":
    a few modifiers after a verb belong to the predicate. Returns the verb's index or -1."""
    segs = d.segs
    for j in range(k - 1, max(lo, k - 4) - 1, -1):
        s = segs[j]
        if "copulas" in s.cls:
            return j
        if segs[j].content or s.low in d.lex.degree_words:
            continue  # "was relatively low at", "was just as impressive at"
        return -1
    return -1


def _collect(d: SemDoc, qi: int, end: int, lo: int, *, object_of_verb: bool = False) -> Found:
    """Collect the noun phrase ending before segment ``end`` (backward).

    ``object_of_verb``: a predicate (and no relative "yang"/"which") stands between the phrase
    and the number, so the phrase is the subject of that predicate."""
    segs = d.segs
    k = end - 1
    while k >= lo and end - k <= _NP_MAX:
        s = segs[k]
        if k > lo and segs[k].agent:
            break  # "kami butuh beras": the pronoun and its verb are no part of the phrase
        if s.kind == "p" and s.low in ("(", ")"):
            k -= 1
            continue
        if "demonstratives" in s.cls and k < end - 1:
            break  # "Dalam rencana tersebut kontribusi koperasi": the earlier phrase ends there
        if segs[k].time and s.kind != "q" and "stop" not in s.cls:
            break  # "realisasi investasi pada kuartal III": the time phrase is no part of it
        if (
            d.lex.head_last
            and k - 2 >= lo
            and segs[k - 1].low == "to"
            and segs[k - 2].kind == "w"
            and s.first.islower()
            and segs[k].content
        ):
            break  # "expect the central bank to steady rates at": the infinitive is no part
        if en.past_verb(d, k, end, lo):
            break  # "the economy posted growth of 5.1 percent": a verb ends the phrase
        if segs[k].content or (s.kind == "n" and k + 1 < end and segs[k + 1].low == "-"):
            k -= 1
            continue
        if (
            np_noun(s)
            and k - 1 >= lo
            and (segs[k - 1].content or np_noun(segs[k - 1]) or k + 1 < end)
            and not d.lex.is_verb(segs[k - 1].low)  # "has forecast rice output at"
        ):
            k -= 1  # "global growth forecast", "budget deficit target"
            continue
        if s.kind == "p" and s.low == "&" and k - 1 >= lo and segs[k - 1].content:
            k -= 1  # "S&P", "Johnson & Johnson": a name joined by an ampersand
            continue
        if s.kind == "p" and s.low == "-" and k - 1 >= lo and segs[k - 1].kind in ("w", "n"):
            k -= 1
            continue
        if (
            (
                s.low in d.lex.articles
                or (s.low in d.lex.determiners and segs[k - 1].low in ("of", "from"))
            )
            and k - 2 >= lo
            and "inner_preps" in segs[k - 1].cls
            and segs[k - 2].content
        ):
            k -= 2  # "shares of the company", "the total value of its business"
            continue
        if s.kind == "q" and not segs[k].time:
            if d.units[s.q] == "percent" and segs[k + 1].first.isupper():
                break  # "Dow +0.2% Nasdaq +0.8%": a name after a figure opens a new item
            if en.attributive_before(d, k, lo):
                break  # "a turbocharged 1.6 liter EcoBoost engine": the measure modifies it
            # "extended to 7.35 million debtors ... reached": a counted object, not the subject
            return Found("adjunct", lo=k)
        if inner(d, k) and k - 1 >= lo:
            if segs[k - 1].content:
                k -= 1
                continue
            if d.lex.is_verb(segs[k - 1].low) or "time_preps" in segs[k - 1].cls:
                return Found("adjunct", lo=k, past_place=True)
        if "relative" in s.cls and k - 1 >= lo and segs[k - 1].content:
            # "laki-laki yang menganggur (0,9 persen)": the head stands before "yang"
            end = k
            k -= 1
            continue
        if "adjunct_preps" in s.cls:
            return Found("adjunct", lo=k)
        if object_of_verb and "base_before" in s.cls and k - 1 >= lo and segs[k - 1].kind == "q":
            # "18 persen dari total kredit harus ditingkatkan menjadi 30 persen": the whole of
            # the earlier share is no subject
            return Found("adjunct", lo=k)
        if s.low == "to" and route(d, k, lo):
            k -= 1  # "the flight from London to Sydney": a route inside the phrase
            continue
        if s.low in ("to", "terhadap") and any(
            "keep_measure" in segs[j].cls for j in range(max(lo, k - 8), k)
        ):
            k -= 1  # "the ratio of non-performing loans (NPLs) to KUR", "kontribusi terhadap PDB"
            continue
        break
    found = np(d, k + 1, end)
    if found.status == "empty":
        # "with a value of", "an average of": a measure phrase of the predicate
        return Found("skip", lo=k + 1)
    return found
