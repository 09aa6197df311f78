"""What a claim is about and what kind of statement it is: subject, base, kind, aspect.

:func:`describe_all` reads every quantity of a document in text order, because a number often
takes its subject, kind or aspect from a neighbour ("4,7 persen atau sekitar Rp5,26 triliun",
"Angka tersebut turun 2,05 persen", a list closed by "Ini target"). All words come from
``lang/<code>/semantics.yaml`` and ``lang/<code>/concepts.yaml``.

- kind: a target, forecast or actual cue governs a number when it stands before it in the same
  clause (nearest cue wins; a breaker such as "sementara", "dibandingkan", "from" ends its
  scope), or after the number and its subject when it governs no later number ("25 mln MSMEs
  expected to ..."), or as the framing sentence after it ("Ini target"); an anaphoric subject
  inherits its antecedent's kind; else ``actual``.
- aspect: ``change`` when a change word governs the number closely ("naik 5 persen",
  "kenaikan permodalan sebanyak 26,66%", "up 11%", "5% growth") and no level word stands right
  before it ("menjadi", "to", "from"); a change spreads through apposition, range and
  coordination; else ``share`` for a percentage, else ``level``.
- subject and base: see :mod:`claimx.subject`.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimx import subject as subj
from claimx.quantities import Quantity
from claimx.semlex import SemLexicon, sem_lexicon
from claimx.semtext import SemDoc, build
from claimx.structure import Structure

_CHANGE_WINDOW = 6
_POST_WINDOW = 16
_PERCENT = frozenset({"percent"})
_POINTS = frozenset({"percentage_point", "basis_point"})


@dataclass(frozen=True, slots=True)
class Semantics:
    """The semantic fields of one claim."""

    subject: str | None = None
    base: str | None = None
    kind: str = "actual"
    aspect: str = "level"
    direction: str | None = None
    concept: str | None = None


@dataclass
class _State:
    """Working values of one quantity while the document is read."""

    subject: str | None = None
    subj_source: str = "none"
    antecedent: int = -1
    kind: str = "actual"
    kind_cued: bool = False
    aspect: str = "level"
    direction: str | None = None
    base: str | None = None
    sentence: int = -1
    pair_next: str | None = None  # "A and B ... X and Y, respectively": B, for Y


def describe(q: Quantity, text: str, lang: str, doc: Structure) -> Semantics:
    """Return the semantics of ``q`` read on its own (no neighbouring quantities)."""
    return describe_all([q], text, lang, doc)[0]


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
    states: list[_State] = []
    for i, q in enumerate(qs):
        st = _State(sentence=doc.sentence_at(q.start) if doc.sentences else 0)
        states.append(st)
        if d.qseg[i] < 0:
            continue
        st.kind, st.kind_cued = _kind(d, qs, i)
        st.aspect, st.direction = _aspect(d, qs, states, i)
        _subject(d, qs, states, i)
        if not st.kind_cued and st.antecedent >= 0:
            st.kind = states[st.antecedent].kind
        if st.aspect == "share":
            st.base = _base(d, qs, states, i)
            if st.subj_source in ("context", "none") and st.base and not _is_target(lex, st.base):
                # "37 percent of all digital service consumers joined": the part is of them
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


# ---------------------------------------------------------------- kind


def _kind(d: SemDoc, qs: list[Quantity], i: int) -> tuple[str, bool]:
    """Return (kind, whether a cue decided it) for quantity ``i``."""
    segs = d.segs
    lo, hi = d.sent_lo[i], d.sent_hi[i]
    a = d.qseg[i]
    if a - 1 >= lo and "from_words" in segs[a - 1].cls:
        return "actual", False
    k = a - 1
    while k >= lo:
        s = segs[k]
        cls = s.cls
        if s.kind == "q":
            if k - 1 >= lo and "from_words" in segs[k - 1].cls:
                return "actual", False
            k -= 1
            continue
        if "breakers" in cls or "comparison" in cls:
            break
        if "target_before" in cls:
            if k - 1 >= lo and "surpass" in segs[k - 1].cls and qs[i].unit in _PERCENT:
                return "actual", True
            return "target", True
        if "forecast_before" in cls:
            return "forecast", True
        if "actual_before" in cls:
            return "actual", True
        k -= 1
    post = _post_cue(d, i, a + 1, hi)
    if post:
        return post, True
    frame = _frame(d, i)
    if frame:
        return frame, True
    return "actual", False


def _post_cue(d: SemDoc, i: int, k: int, hi: int) -> str | None:
    """A cue after the number governs it unless a later number is its own object."""
    segs = d.segs
    end = min(hi, k + _POST_WINDOW)
    while k < end:
        s = segs[k]
        if s.kind == "q" or "breakers" in s.cls or "comparison" in s.cls:
            return None
        if s.low in (";", ":") or "reporting" in s.cls:
            return None  # "40 percent of respondents said they would ...": another clause
        kind = (
            "target"
            if "target_after" in s.cls
            else "forecast"
            if "forecast_after" in s.cls
            else None
        )
        if kind:
            for j in range(k + 1, hi):
                t = segs[j]
                if t.kind == "q":
                    return None
                if "breakers" in t.cls or "comparison" in t.cls or t.low in (";", ":"):
                    break
            return kind
        k += 1
    return None


def _frame(d: SemDoc, i: int) -> str | None:
    """'"... 30 juta di tahun 2024. Ini target, ..."': a framing sentence after the figures."""
    hi = d.sent_hi[i]
    segs = d.segs
    k = hi
    while k < len(segs) and segs[k].kind == "p":
        k += 1
    if k >= len(segs) or (hi < len(segs) and "\n" in d.text[segs[hi - 1].end : segs[k].start]):
        return None
    words: list[str] = []
    for j in range(k, min(len(segs), k + 5)):
        words.extend(segs[j].low.split())
        kind = d.lex.frames.get(tuple(words))
        if kind:
            return kind
    return None


# ---------------------------------------------------------------- aspect


def _direction(cls: frozenset[str]) -> str | None:
    if cls & {"change_up", "change_adjacent_up"}:
        return "up"
    if cls & {"change_down", "change_adjacent_down"}:
        return "down"
    return None


def _aspect(d: SemDoc, qs: list[Quantity], states: list[_State], i: int) -> tuple[str, str | None]:
    """Return (aspect, direction) of quantity ``i``."""
    segs = d.segs
    lo, hi = d.sent_lo[i], d.sent_hi[i]
    a = d.qseg[i]
    q = qs[i]
    change = _change_before(d, a, lo)
    if change is None and a + 1 < hi and "change_after" in segs[a + 1].cls:
        change = _direction(segs[a + 1].cls) or _direction(d.lex.classes(segs[a + 1].low))
        change = change or "?"
    if change is None:
        change = _linked_change(d, qs, states, i, lo)
        if change is not None and q.unit in _PERCENT and subj.explicit_base(d, i):
            change = None  # "... atau 35,5 persen dari total populasi UMKM"
    elif change != "?" and _new_level(d, qs, states, i, lo):
        change = None
    if change is not None:
        return "change", None if change == "?" else change
    if q.unit in _PERCENT:
        return "share", None
    if q.unit in _POINTS:
        return "change", None
    return "level", None


def _new_level(d: SemDoc, qs: list[Quantity], states: list[_State], i: int, lo: int) -> bool:
    """ "target 20 juta ... dan meningkat 24 juta di tahun 2023": a bare change verb whose number
    exceeds an earlier level of the same unit in the sentence states the new level."""
    segs = d.segs
    a = d.qseg[i]
    if a - 1 < lo or not segs[a - 1].cls & {"change_up"} or qs[i].unit in _PERCENT:
        return False
    for k in range(a - 2, lo - 1, -1):
        s = segs[k]
        if "breakers" in s.cls or "comparison" in s.cls:
            return False
        if s.kind == "q":
            j = s.q
            prev = states[j]
            return (
                prev.aspect == "level"
                and qs[j].unit == qs[i].unit
                and 0 < qs[j].value < qs[i].value
            )
    return False


def _change_before(d: SemDoc, a: int, lo: int) -> str | None:
    """Return "up", "down" or "?" if a change word governs the number at segment ``a``."""
    segs = d.segs
    if a - 1 >= lo and "level_before" in segs[a - 1].cls:
        return None
    counted = 0
    k = a - 1
    while k >= lo and counted <= _CHANGE_WINDOW:
        s = segs[k]
        cls = s.cls
        if s.kind == "q" or "breakers" in cls or "comparison" in cls or "from_words" in cls:
            return None
        if cls & {"change_up", "change_down", "change_neutral"}:
            return _direction(cls) or "?"
        if "target_before" in cls:
            return None
        if cls & {"change_adjacent_up", "change_adjacent_down"} and k == a - 1:
            return _direction(cls)
        if s.kind == "p" or s.kind == "n" or "change_gap" in cls or "time_words" in cls:
            k -= 1
            continue
        if s.low in d.lex.months:
            k -= 1
            continue
        counted += 1
        k -= 1
    return None


def _linked_change(
    d: SemDoc, qs: list[Quantity], states: list[_State], i: int, lo: int
) -> str | None:
    """A change spreads to a number in apposition, range or coordination with it."""
    segs = d.segs
    a = d.qseg[i]
    k = a - 1
    words = 0
    comparison = False
    predicate = False
    while k >= lo:
        s = segs[k]
        if s.kind == "q":
            j = s.q
            prev = states[j]
            if prev.aspect != "change":
                return None
            if comparison and (qs[j].unit != qs[i].unit or predicate):
                return None
            if a - 1 >= lo and "level_before" in segs[a - 1].cls:
                return None
            return prev.direction or "?"
        cls = s.cls
        if "comparison" in cls:
            comparison = True
        elif not comparison and s.kind == "w" and (d.lex.is_verb(s.low) or "relative" in cls):
            predicate = True
            if not cls & {"change_gap", "relative"}:
                return None  # another predicate: "... after it reported a net profit of $1.2 bn"
        elif (
            cls & {"breakers", "from_words", "change_up", "change_down", "change_neutral"}
            or "target_before" in cls
            or s.low in (";", ":")
        ):
            return None
        elif s.kind == "w" and not cls & {"apposition", "change_gap", "stop", "time_words"}:
            words += 1
            if words > 3:
                return None
        k -= 1
    return None


# ---------------------------------------------------------------- subject and base


def _subject(d: SemDoc, qs: list[Quantity], states: list[_State], i: int) -> None:
    """Fill the subject of quantity ``i`` (see :mod:`claimx.subject`)."""
    st = states[i]
    q = qs[i]
    money = q.has_unit and q.unit.isupper() and len(q.unit) == 3
    counted = q.unit == "count" or money
    if counted:
        span = subj.after_np(d, i, money=money)
        if span:
            st.subject, st.subj_source = d.phrase(*span), "after"
            return
    if counted:
        span = subj.predicate_nominal(d, i)
        if span:
            st.subject, st.subj_source = d.phrase(*span), "after"
            return
    found = subj.before_np(d, i)
    if found.status == "np":
        pair = subj.respective(d, i, found.lo)
        if pair:
            st.pair_next = d.phrase(found.lo, found.hi)
            found = subj.Found("np", lo=pair[0], hi=pair[1])
    elif found.status == "chain" and 0 <= found.q < i and states[found.q].pair_next:
        st.subject, st.subj_source = states[found.q].pair_next, "chain"
        return
    if q.unit == "rank" and found.status != "np":
        holder = subj.rank_holder(d, i)
        if holder:
            st.subject, st.subj_source = d.phrase(*holder), "after"
            return
    if _take(d, states, i, found):
        return
    if not counted and (q.unit not in _PERCENT or d.lex.lang == "id"):
        # "30,90 juta ton beras"; "65 persen pelaku UMKM" (head-first: the part measured)
        span = subj.after_np(d, i, money=False)
        if span:
            st.subject, st.subj_source = d.phrase(*span), "after"
            return
    if found.status in ("breaker", "empty") and _chain_prev(d, states, i):
        return
    if _take(d, states, i, subj.main_subject(d, i)):
        return
    _context(d, states, i)


def _take(d: SemDoc, states: list[_State], i: int, found: subj.Found) -> bool:
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


def _chain_prev(d: SemDoc, states: list[_State], i: int) -> bool:
    """The other side of a comparison: the previous number of the sentence."""
    j = i - 1
    if j >= 0 and states[j].sentence == states[i].sentence and states[j].subject:
        states[i].subject, states[i].subj_source = states[j].subject, "chain"
        return True
    return False


def _antecedent(d: SemDoc, states: list[_State], i: int) -> int:
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


def _context(d: SemDoc, states: list[_State], i: int) -> None:
    """An elliptic number takes the subject of the previous claim nearby, if any."""
    sent = states[i].sentence
    for j in range(i - 1, -1, -1):
        if states[j].sentence < sent - 2:
            return
        if states[j].subject:
            states[i].subject, states[i].subj_source = states[j].subject, "context"
            return


def _base(d: SemDoc, qs: list[Quantity], states: list[_State], i: int) -> str | None:
    """Return the whole a share is part of: written after it, else from the context."""
    span = subj.explicit_base(d, i)
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
