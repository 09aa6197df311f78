"""Kind (actual, target, forecast) of a quantity. Cues come from ``lang/<code>/semantics.yaml``;
see :mod:`claimx.semantics` for the rules in words; aspect and direction are in
:mod:`claimx.aspect`.
"""

from __future__ import annotations

from claimx.quantities import Quantity
from claimx.semtext import SemDoc

_POST_WINDOW = 16
_PERCENT = frozenset({"percent"})
CHANGE = frozenset({"change_up", "change_down", "change_neutral"})


# ---------------------------------------------------------------- kind


def kind_of(d: SemDoc, qs: list[Quantity], i: int) -> tuple[str, bool]:
    """Return (kind, whether a cue decided it) for quantity ``i``."""
    segs = d.segs
    lo, hi = d.sent_lo[i], d.sent_hi[i]
    a = d.qseg[i]
    if a - 1 >= lo and "from_words" in segs[a - 1].cls:
        return _revised_from(d, qs, a, lo) or ("actual", False)
    if _from_record(d, a, lo):
        return "actual", False  # "down from a record 836 million tons": a level left
    cue = _cue_before(d, qs, i, a - 1)
    if cue:
        return cue[0], cue[1] >= 0
    post = _post_cue(d, i, a + 1, hi)
    if post:
        return post, True
    frame = _frame(d, i)
    if frame:
        return frame, True
    return "actual", False


def _revised_from(d: SemDoc, qs: list[Quantity], a: int, lo: int) -> tuple[str, bool] | None:
    """ "lowered its growth forecast to 4.9 percent from 5.2 percent": the value a revised
    forecast or target comes from was that forecast or target too. Returns the kind when the
    number after "from" follows "to <number>" whose cue is a noun (the thing revised), else
    None: after a verb cue ("is expected to rise to $5 billion from $4 billion") the value
    it comes from is the actual level."""
    segs = d.segs
    if a - 3 < lo or segs[a - 2].kind != "q" or "level_before" not in segs[a - 3].cls:
        return None
    cue = _cue_before(d, qs, segs[a - 2].q, a - 4)
    if cue is None or cue[1] < 0:
        return None
    c = cue[1]
    if "np_nouns" not in segs[c].cls:
        return None
    j = c  # "its forecast", "its growth forecast", "the IMF's 2024 global growth forecast"
    while not _determined(d, j, lo) and c - j < _MODIFIERS and j - 1 >= lo and _modifier(d, j - 1):
        j -= 1
    noun = _determined(d, j, lo)
    return (cue[0], True) if noun else None


_MODIFIERS = 3


def _from_record(d: SemDoc, a: int, lo: int) -> bool:
    """Does a level noun stand between a from-word and the number at ``a`` ("from a record
    836 million tons", "from a peak of 5%")? The number is the level left, an actual."""
    segs, lex = d.segs, d.lex
    k = a - 1
    if k >= lo and "change_gap" in segs[k].cls:
        k -= 1  # "from a peak of"
    seen = False
    while k >= lo and (segs[k].low in lex.level_nouns or segs[k].low in lex.indefinite_articles):
        seen = seen or segs[k].low in lex.level_nouns
        k -= 1
    return seen and k >= lo and "from_words" in segs[k].cls


def _modifier(d: SemDoc, k: int) -> bool:
    """Is segment ``k`` a common noun that can modify the next ("its growth forecast")? A
    capitalised name cannot: in "The IMF forecasts growth" the cue is a verb."""
    s = d.segs[k]
    if s.kind == "n":
        return True  # "its 2024 target"
    return s.kind == "w" and ("np_nouns" in s.cls or s.content) and s.first.islower()


def _cue_before(d: SemDoc, qs: list[Quantity], i: int, k: int) -> tuple[str, int] | None:
    """Return (kind, segment) of the nearest kind cue before quantity ``i`` in its clause,
    reading back from segment ``k`` (segment -1: decided without a cue); None when a breaker
    or the clause start comes first."""
    segs = d.segs
    lo, a = d.sent_lo[i], d.qseg[i]
    while k >= lo:
        s = segs[k]
        cls = s.cls
        if cls.isdisjoint(_KIND_WORDS) and s.kind != "q" and s.low not in (";", ","):
            k -= 1  # most words: no cue, no breaker
            continue
        if s.kind == "q":
            if k - 1 >= lo and "from_words" in segs[k - 1].cls:
                return "actual", -1
            k -= 1
            continue
        if "breakers" in cls or "comparison" in cls or s.low == ";":
            break
        if s.low == ",":
            k = skip_relative(d, k, lo)  # "Exports, which are expected to rise, reached"
            continue
        if (
            "np_nouns" in cls
            and k + 1 < a
            and d.segs[k + 1].content
            and _determined(d, k, lo)
            and not _valued_head(d, qs, i, k + 1)
        ):
            k -= 1  # "the IMF's outlook report showed": a noun modifier, no cue
            continue
        if "target_before" in cls:
            if k - 1 >= lo and "surpass" in segs[k - 1].cls and qs[i].unit in _PERCENT:
                return "actual", k
            if s.low in d.lex.fixing_verbs and _fixes_money(d, qs, k, a):
                return "actual", k  # "belanja pegawai dipatok Rp24,1 triliun": a level set
            if _policy_rate(d, k, lo, a):
                k -= 1  # "kept its target rate at 6 percent": the policy rate, in force
                continue
            return "target", k
        if "forecast_before" in cls:
            planned = s.low in d.lex.plan_modals and qs[i].unit not in d.lex.time_units
            if planned and _plan(d, k, lo):
                return "target", k  # "the government would cap production at ..."
            return "forecast", k
        if "wish_verbs" in cls and _wished(d, k, a) and _deciding_agent(d, k, lo, s.low):
            return "target", k  # "Kami ingin belanja modal naik menjadi Rp17 triliun"
        if "actual_before" in cls:
            return "actual", k
        k -= 1
    return None


def _valued_head(d: SemDoc, qs: list[Quantity], i: int, h: int) -> bool:
    """Is the noun at ``h`` the one the number at ``a`` is the value of ("its target range of
    2 to 4 percent", "a forecast rate at 5 percent")? Then the cue noun before it says what
    kind of value it is."""
    segs, a = d.segs, d.qseg[i]
    if a - 2 > h and segs[a - 2].kind == "q" and same_range(qs[segs[a - 2].q], qs[i]):
        a -= 2  # the second bound of "2 to 4 percent" is valued as the first
    between = range(h + 1, a)
    return len(between) <= 1 and all(not segs[j].cls.isdisjoint(_VALUE_LINKS) for j in between)


_VALUE_LINKS = frozenset({"inner_preps", "copulas"})


def _determined(d: SemDoc, k: int, lo: int) -> bool:
    """Does a determiner or possessive stand right before segment ``k`` ("its", "the IMF's")?"""
    if k - 1 < lo:
        return False
    w = d.segs[k - 1].low
    # a determiner or possessive (``determiners``) or a demonstrative ("this target")
    return (
        w in d.lex.determiners or "demonstratives" in d.segs[k - 1].cls or w.endswith(("'s", "’s"))
    )


# the classes kind_of reacts to, reading back from a number
_KIND_WORDS = frozenset(
    {
        "breakers",
        "comparison",
        "np_nouns",
        "target_before",
        "forecast_before",
        "actual_before",
        "wish_verbs",
    }
)


def _policy_rate(d: SemDoc, k: int, lo: int, a: int) -> bool:
    """Does the target word at ``k`` name a central bank's policy rate ("target rate", "the
    fed funds target")?"""
    segs, lex = d.segs, d.lex
    if k + 1 < a and segs[k + 1].low in lex.policy_rate_heads:
        return True
    return k - 1 >= lo and segs[k - 1].low in lex.policy_rate_modifiers


def _fixes_money(d: SemDoc, qs: list[Quantity], k: int, a: int) -> bool:
    """Is the first number after the verb of fixing at ``k`` (up to the number at ``a``) a
    sum of money ("harga dipatok Rp12.500", "dipatok Rp24,1 triliun atau 26,4 persen")?"""
    for j in range(k + 1, a + 1):
        if d.segs[j].kind == "q":
            return is_money(qs[d.segs[j].q].unit)
    return False


def _wished(d: SemDoc, k: int, a: int) -> bool:
    """Is the number at ``a`` the state wished for by the verb of wish at ``k``: no reporting
    word and no verb but one of change or of reaching a level stands between them ("ingin
    belanja modal naik menjadi ...", "wants average crowds above ..."; not "ingin membangun
    optimisme ..., ujarnya")?"""
    for j in range(k + 1, a):
        s = d.segs[j]
        if "reporting" in s.cls or s.low in (";", ":"):
            return False
        if s.kind == "w" and d.lex.is_verb(s.low) and s.cls.isdisjoint(_WISHED_VERBS):
            return False
    return True


_WISHED_VERBS = CHANGE | {"level_before", "change_gap", "copulas"}


def _plan(d: SemDoc, k: int, lo: int) -> bool:
    """Is the modal at ``k`` the future of an agent's own deliberate act ("pemerintah akan
    menyalurkan", "the government would cap"): a verb of provision or limitation after it and
    a deciding agent before it? Then the number (no duration: "akan menyalurkan bantuan pada
    lima hari terakhir" says when) states a goal the agent set."""
    segs, lex = d.segs, d.lex
    v = k + 1
    while v < len(segs) and segs[v].low in lex.plan_adverbs:
        v += 1
    if v >= len(segs) or segs[v].low not in lex.plan_verbs:
        return False
    return _deciding_agent(d, k, lo)


def _deciding_agent(d: SemDoc, k: int, lo: int, verb: str = "") -> bool:
    """Does an agent that decides stand right before the verb or modal at ``k`` (within the
    three words before it, past adverbs): a speaker's pronoun, a noun of an institution
    ("pemerintah", "the government", "Kementerian Pertanian") or an acronym in capitals
    ("PLN", "LIB")? A verb of need (``verb``) takes only the speaker's pronoun ("Kita butuh
    ...")."""
    segs, lex = d.segs, d.lex
    j = k - 1
    while j >= lo and segs[j].low in lex.plan_adverbs:
        j -= 1
    if verb in lex.need_verbs:
        return j >= lo and segs[j].low in lex.speaker_pronouns
    for n in range(j, max(lo, j - _AGENT_WORDS) - 1, -1):
        s = d.segs[n]
        if s.kind != "w":
            return False
        if s.low in lex.plan_agents or _acronym(d.text[s.start : s.end]):
            return True
        if n < j and not s.first.isupper():
            return False  # only a name of several words is read back ("Kementerian Pertanian")
    return False


_AGENT_WORDS = 2


def _acronym(word: str) -> bool:
    """Is ``word`` an acronym written in capitals ("PLN", "LIB")?"""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def skip_relative(d: SemDoc, k: int, lo: int) -> int:
    """Return the segment to read next, backward from the comma at ``k``: before the comma
    that opens a relative clause this comma closes (", which ... ,"), else ``k - 1``."""
    segs = d.segs
    for j in range(k - 1, max(lo, k - _RELATIVE_MAX) - 1, -1):
        s = segs[j]
        if s.low in (",", ";") or s.kind == "q":
            return k - 1
        if "relative" in s.cls and j - 1 >= lo and segs[j - 1].low == ",":
            return j - 2
    return k - 1


_RELATIVE_MAX = 16


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
    k = d.after_punct(hi)
    if k >= len(segs) or (hi < len(segs) and "\n" in d.text[segs[hi - 1].end : segs[k].start]):
        return None
    words: list[str] = []
    for j in range(k, min(len(segs), k + 5)):
        words.extend(segs[j].low.split())
        kind = d.lex.frames.get(tuple(words))
        if kind:
            return kind
    return None


def is_money(unit: str) -> bool:
    """Is ``unit`` a currency code ("IDR", "USD")?"""
    return unit.isupper() and len(unit) == 3


def same_range(a: Quantity, b: Quantity) -> bool:
    """Are ``a`` and ``b`` the two bounds of one range?"""
    return a.qualifier == "range" == b.qualifier and a.lower == b.lower and a.upper == b.upper
