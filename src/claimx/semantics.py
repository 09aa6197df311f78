"""What a claim is about and what kind of statement it is: subject, base, kind, aspect.

:func:`describe_all` reads every quantity of a document in text order, because a number often
takes its subject, kind or aspect from a neighbour ("4,7 persen atau sekitar Rp5,26 triliun",
"Angka tersebut turun 2,05 persen", a list closed by "Ini target"). All words come from
``lang/<code>/semantics.yaml`` and ``lang/<code>/concepts.yaml``.

- kind: a target, forecast or actual cue governs a number when it stands before it in the same
  clause (nearest cue wins; a breaker such as "sementara", "dibandingkan", "from" ends its
  scope), or after the number and its subject when it governs no later number ("25 mln MSMEs
  expected to ..."), or as the framing sentence after it ("Ini target"); an anaphoric subject
  inherits its antecedent's kind; else ``actual``. A future modal is a target, not a forecast,
  when a deciding agent states its own act of provision ("pemerintah akan menyalurkan", "the
  government would cap ... at"); a wish or need of such an agent is a target ("Kami ingin ...
  menjadi", "Kita butuh"); a verb of fixing said of money sets a level in force ("harga
  dipatok Rp12.500"); "target rate" names a central bank's policy rate, no goal.
- aspect: ``change`` when a change word governs the number closely ("naik 5 persen",
  "kenaikan permodalan sebanyak 26,66%", "up 11%", "5% growth") and no level word stands right
  before it ("menjadi", "to", "from"); a change spreads through apposition, range and
  coordination; a percentage said of a growth rate ("cut its growth forecast to 3.1 percent",
  "pertumbuhan ekonomi menjadi 4,9 persen") is a change too, money right after a funding verb
  ("raised $50 million") is not, nor a count of contests ("lost three games"), nor a number
  after "with" or a verb of averaging, nor a change word capitalised inside a name ("APBD
  Perubahan"); else ``share`` for a percentage, else ``level``.
- subject and base: see :mod:`claimx.subject`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from claimx import subjafter as after
from claimx import subject as subj
from claimx import subjmeasure as measure
from claimx import subjverbs
from claimx.aspect import aspect_of
from claimx.kind import kind_of
from claimx.quantities import Quantity, find_quantities
from claimx.semlex import SemLexicon, sem_lexicon
from claimx.semtext import ClaimState, SemDoc, build
from claimx.structure import Structure
from claimx.subjclause import respective

_PERCENT = frozenset({"percent"})


@dataclass(frozen=True, slots=True)
class Semantics:
    """The semantic fields of one claim."""

    subject: str | None = None
    base: str | None = None
    kind: str = "actual"
    aspect: str = "level"
    direction: str | None = None
    concept: str | None = None


def describe(q: Quantity, text: str, lang: str, doc: Structure) -> Semantics:
    """Return the semantics of ``q``, read with the quantities around it.

    The neighbours (same sentence and the three before it, found with
    :func:`claimx.quantities.find_quantities`) matter as they do in :func:`describe_all`
    ("4,7 persen atau Rp5,26 triliun", "Angka tersebut ..."). Each call reads the whole text
    once; for many quantities of one document call :func:`describe_all`. Raises ValueError for
    an unsupported ``lang``.
    """
    si = doc.sentence_at(q.start) if doc.sentences else 0
    lo = doc.sentences[max(si - 3, 0)].start if doc.sentences else 0
    hi = doc.sentences[si].end if doc.sentences else len(text)
    hi = max(hi, q.end)
    near = [
        replace(n, start=n.start + lo, end=n.end + lo)
        for n in find_quantities(text[lo:hi], lang, claims_only=False)
    ]
    near = [n for n in near if n.end <= q.start or n.start >= q.end]
    near.append(q)
    near.sort(key=lambda n: (n.start, n.end))
    return describe_all(near, text, lang, doc)[near.index(q)]


def describe_all(
    quantities: list[Quantity], text: str, lang: str, doc: Structure
) -> list[Semantics]:
    """Return the subject, base, kind, aspect, direction and concept of each quantity.

    ``quantities`` must be in text order (as :func:`claimx.quantities.find_quantities` returns
    them). Raises ValueError for an unsupported ``lang``.
    """
    lex = sem_lexicon(lang)
    qs = sorted(quantities, key=lambda q: (q.start, q.end))
    d = build(text, lex, doc, qs)
    states: list[ClaimState] = []
    sent_of = d.sent_of
    for i in range(len(qs)):
        st = ClaimState(sentence=sent_of[i])
        states.append(st)
        if d.qseg[i] < 0:
            continue
        st.kind, st.kind_cued = kind_of(d, qs, i)
        st.aspect, st.direction = aspect_of(d, qs, states, i)
        _subject(d, qs, states, i)
        if (
            not st.kind_cued
            and st.antecedent < 0
            and st.subj_source == "after"
            and subj.before_np(d, i).status == "anaphor"
        ):
            # "Angka tersebut bertambah 14,8 juta UMKM": the clause still speaks of the antecedent
            st.antecedent = _antecedent(d, states, i)
        if not st.kind_cued and st.antecedent >= 0:
            st.kind = states[st.antecedent].kind
        if st.aspect == "share":
            st.base = _base(d, qs, states, i)
            if st.subj_source in ("context", "none") and st.base and not _is_target(lex, st.base):
                # "37 percent of all digital service consumers joined": the part is of them
                st.subject, st.subj_source = st.base, "base"
            elif st.base and st.subj_source in ("before", "after") and after.base_acts(d, i):
                # "with 24 per cent of adults saying they ...": the part measured acts
                st.subject, st.subj_source = st.base, "base"
    order = {id(q): n for n, q in enumerate(qs)}
    out = []
    for q in quantities:
        st = states[order[id(q)]]
        out.append(
            Semantics(
                subject=st.subject,
                base=st.base,
                kind=st.kind,
                aspect=st.aspect,
                direction=st.direction if st.aspect == "change" else None,
                concept=lex.concept(st.subject),
            )
        )
    return out


# ---------------------------------------------------------------- subject and base


def _subject(d: SemDoc, qs: list[Quantity], states: list[ClaimState], i: int) -> None:
    """Fill the subject of quantity ``i`` (see :mod:`claimx.subject`)."""
    st = states[i]
    q = qs[i]
    money = q.has_unit and q.unit.isupper() and len(q.unit) == 3
    counted = q.unit == "count" or money
    recipient = q.unit == "count" and q.has_unit and after.recipient(d, i)
    span = measure.worth_of(d, i)
    if span:
        st.subject, st.subj_source = d.phrase(*span), "after"  # "$2 million worth of cocaine"
        return
    if q.unit in d.lex.time_units and subjverbs.duration_adverbial(d, d.qseg[i], d.sent_lo[i]):
        found = subj.before_np(d, i)
        if found.status == "np" and subjverbs.object_phrase(d, found.lo, d.sent_lo[i]):
            # "it orbits the sun every 33 years", "charged using a socket in three hours": the
            # duration of the clause's event is said of its subject (if a noun), not an object
            if not subjverbs.pronoun_clause(d, found.lo, d.sent_lo[i]):
                _take(d, states, i, subj.main_subject(d, i))
            return
    if q.unit == "count" and q.has_unit and (d.lex.head_last or recipient):
        # head-last: "laid off about 1,200 workers last month", "four thousand staff across
        # Asia"; a recipient: "cash transfers to some 18 million families"
        noun = after.own_noun(d, i, classifier=recipient)
        if noun:
            st.subject, st.subj_source = after.own_noun_phrase(d, i, noun), "after"
            return
    if q.unit == "count" and not q.has_unit:
        whole = after.count_of_whole(d, i)
        if whole >= 0:
            # "Three of the 11 players", "Four of the 20 largest banks": what the whole counts
            if qs[whole].has_unit:
                noun = after.own_noun(d, whole, classifier=True)
            else:
                span = after.after_np(d, whole, money=False, bare=True)
                noun = d.phrase(*span) if span else None
            if noun:
                st.subject, st.subj_source = noun, "after"
                return
    if counted and not (q.unit == "count" and q.has_unit and d.lex.head_last):
        span = after.after_np(d, i, money=money, bare=q.unit == "count" and not q.has_unit)
        if span:
            st.subject, st.subj_source = d.phrase(*span), "after"
            return
    if q.unit == "count" and q.has_unit:
        noun = after.own_noun(d, i)
        if noun:
            st.subject, st.subj_source = noun, "after"
            return
    if counted:
        span = measure.predicate_nominal(d, i)
        if span:
            st.subject, st.subj_source = d.phrase(*span), "after"
            return
    if q.has_unit and not counted and q.unit not in _PERCENT and q.unit not in d.lex.time_units:
        span = measure.of_substance(d, i)
        if span:
            st.subject, st.subj_source = d.phrase(*span), "after"
            return
    if q.has_unit and not counted and q.unit != "rank":
        span = measure.attributive(d, i, time=q.unit in d.lex.time_units)
        if span:
            st.subject, st.subj_source = d.phrase(*span), "after"
            return
    found = subj.before_np(d, i)
    st.past_place = found.past_place
    if found.status == "np" and _coordinated_place(d, states, i, found):
        return
    if found.status == "np":
        pair = respective(d, i, found.lo)
        if pair:
            st.pair_next = d.phrase(found.lo, found.hi)
            found = subj.Found("np", lo=pair[0], hi=pair[1])
    elif found.status == "chain" and 0 <= found.q < i and states[found.q].pair_next:
        st.subject, st.subj_source = states[found.q].pair_next, "chain"
        return
    if q.unit == "rank" and found.status != "np":
        holder = measure.rank_holder(d, i)
        if holder:
            st.subject, st.subj_source = d.phrase(*holder), "after"
            return
    if _take(d, states, i, found):
        return
    if not counted and (q.unit not in _PERCENT or d.lex.lang == "id"):
        # "30,90 juta ton beras"; "65 persen pelaku UMKM" (head-first: the part measured)
        span = after.after_np(d, i, money=False)
        if span:
            st.subject, st.subj_source = d.phrase(*span), "after"
            return
    if found.status in ("breaker", "empty") and _chain_prev(d, states, i):
        return
    if _take(d, states, i, subj.main_subject(d, i)):
        return
    if q.unit == "count" and q.has_unit and d.lex.head_last and not _pronoun_before(d, i):
        noun = after.own_noun(d, i, classifier=True)
        if noun:
            # "Some 9 million households lack clean water": the counted noun
            st.subject, st.subj_source = noun, "after"
            return
    if _pronoun_agent(d, i):
        return  # "Kami butuh tambahan 2 juta ton": the clause speaks of its own action
    _context(d, states, i)


def _pronoun_agent(d: SemDoc, i: int) -> bool:
    """Return True if the clause of quantity ``i`` has a personal pronoun for its subject
    ("Kami memesan 2 juta ton"), so the number is no ellipsis of an earlier subject. A pronoun
    in an attribution ("Kata dia, ...", "Ia mengatakan ...") is not the clause's subject."""
    segs = d.segs
    lo = d.sent_lo[i]
    for k in range(d.qseg[i] - 1, lo - 1, -1):
        s = segs[k]
        if s.low in (",", ";", ":") or "reporting" in s.cls:
            return False
        if "agent_pronouns" in s.cls:
            return k == lo or not d.is_content(k - 1)
    return False


def _pronoun_before(d: SemDoc, i: int) -> bool:
    """Does a pronoun stand before quantity ``i`` in its clause ("It decreased by ...")?"""
    return any("pronouns" in d.segs[k].cls for k in range(d.sent_lo[i], d.qseg[i]))


def _coordinated_place(d: SemDoc, states: list[ClaimState], i: int, found: subj.Found) -> bool:
    """ "terjadi di wilayah pulau Jawa yang turun 0,41 juta ton dan Sulawesi turun 0,24 juta
    ton": a phrase coordinated after a number whose place phrase was skipped is a place too;
    the number takes that number's subject."""
    lo = d.sent_lo[i]
    if found.lo - 1 < lo or d.segs[found.lo - 1].low not in ("dan", "serta", "and"):
        return False
    j = i - 1
    if j < 0 or states[j].sentence != states[i].sentence or not states[j].past_place:
        return False
    if not states[j].subject:
        return False
    states[i].subject, states[i].subj_source = states[j].subject, "chain"
    states[i].past_place = True
    return True


def _take(d: SemDoc, states: list[ClaimState], i: int, found: subj.Found) -> bool:
    st = states[i]
    if found.status == "np":
        st.subject, st.subj_source = d.phrase(found.lo, found.hi), "before"
        return True
    if found.status == "chain" and 0 <= found.q < i and states[found.q].subject:
        prev = states[found.q]
        st.subject, st.subj_source = prev.subject, "chain"
        st.antecedent = prev.antecedent
        return True
    if found.status == "anaphor":
        j = _antecedent(d, states, i)
        if j >= 0:
            st.subject, st.subj_source, st.antecedent = states[j].subject, "anaphor", j
            return True
        if found.lo >= 0:
            st.subject, st.subj_source = d.phrase(found.lo, found.hi), "before"
            return True
    return False


def _chain_prev(d: SemDoc, states: list[ClaimState], i: int) -> bool:
    """The other side of a comparison: the previous number of the sentence."""
    j = i - 1
    if j >= 0 and states[j].sentence == states[i].sentence and states[j].subject:
        states[i].subject, states[i].subj_source = states[j].subject, "chain"
        return True
    return False


def _antecedent(d: SemDoc, states: list[ClaimState], i: int) -> int:
    """Return the claim an anaphor refers to: the first claim with a subject of this
    sentence before it, else of the nearest earlier sentence (at most three back)."""
    sent = states[i].sentence
    for target in range(sent, sent - 4, -1):
        first = -1
        for j in range(i - 1, -1, -1):
            if states[j].sentence < target:
                break
            if states[j].sentence == target and states[j].subject:
                first = j
        if first >= 0:
            return first
    return -1


# how many earlier claims an elliptic number may look back through for its subject
_CONTEXT_CLAIMS = 12


def _context(d: SemDoc, states: list[ClaimState], i: int) -> None:
    """An elliptic number takes the subject of the previous claim nearby, if any."""
    sent = states[i].sentence
    for j in range(i - 1, max(i - _CONTEXT_CLAIMS, 0) - 1, -1):
        if states[j].sentence < sent - 2:
            return
        if states[j].subject:
            states[i].subject, states[i].subj_source = states[j].subject, "context"
            return


def _base(d: SemDoc, qs: list[Quantity], states: list[ClaimState], i: int) -> str | None:
    """Return the whole a share is part of: written after it, else from the context."""
    span = after.explicit_base(d, i)
    if span:
        return d.phrase(*span)
    a, lo = d.qseg[i], d.sent_lo[i]
    if a - 2 >= lo and "target_before" in d.segs[a - 1].cls and "surpass" in d.segs[a - 2].cls:
        return d.phrase(a - 1, a)  # "melampaui target 113,46 persen"
    st = states[i]
    lex = d.lex
    if st.subject:
        split = _ratio_base(lex, st.subject)
        if split:
            st.subject, base = split
            return base
    whole = _part_whole(d, i)
    if whole:
        return whole
    for j in range(i - 1, -1, -1):
        prev = states[j]
        if prev.sentence < st.sentence - 3:
            break
        if prev.aspect == "share" and prev.base and not _is_target(lex, prev.base):
            return prev.base
    for j in range(i - 1, -1, -1):
        prev = states[j]
        if prev.sentence != st.sentence:
            break
        if prev.aspect == "level" and prev.subject and prev.subject != st.subject:
            return prev.subject
    return None


def _is_target(lex: SemLexicon, phrase: str) -> bool:
    return any("target_before" in lex.classes(w) for w in phrase.casefold().split())


def _ratio_base(lex: SemLexicon, phrase: str) -> tuple[str, str] | None:
    """ "the ratio of NPLs to KUR", "kontribusi terhadap PDB": (subject, base) split at the
    preposition after a ratio or share word, or None."""
    words = phrase.split()
    if not words or "keep_measure" not in lex.classes(words[0].casefold()):
        return None
    for n, w in enumerate(words[1:], 1):
        if w.casefold() in ("to", "terhadap") and n + 1 < len(words):
            return " ".join(words[:n]), " ".join(words[n + 1 :])
    return None


def _part_whole(d: SemDoc, i: int) -> str | None:
    """ "KUR distributed in 2021 comprised Super Mikro ...": the whole precedes the verb."""
    segs = d.segs
    lo = d.sent_lo[i]
    for k in range(d.qseg[i] - 1, lo - 1, -1):
        if "part_whole" in segs[k].cls:
            j = k - 1
            while j >= lo and (d.is_content(j) or "inner_preps" in segs[j].cls or _verbish(d, j)):
                j -= 1
            if j + 1 < k:
                return d.phrase(j + 1, k)
    return None


def _verbish(d: SemDoc, j: int) -> bool:
    s = d.segs[j]
    return s.kind == "n" or (s.kind == "w" and s.low.endswith("ed"))
