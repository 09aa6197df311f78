"""Indonesian clause shapes that hide a subject: a pronoun agent with its bare verb ("Cadangan
beras kami proyeksikan 1,5 juta ton") and a fronted source of figures ("Data Sensus Pertanian
2023 mencatat kenaikan 5 persen"); a coordinated pair said "respectively", whose first
number takes the first phrase; and English phrase boundaries: the other side of a comparison
("against the dollar"), a route ("from London to Sydney"), a new clause after ", and". The
words come from ``lang/<code>/semantics.yaml`` (``agent_pronouns``, ``bare_verbs``,
``bare_verb_suffixes``, ``source_heads``, ``reporting``, ``articles``).
"""

from __future__ import annotations

from claimx.semtext import SemDoc

NP_MAX = 9  # the longest noun phrase, in segments
# classes of words that head no subject of their own ("jumlah", "number of")
EMPTY = frozenset({"empty_heads", "measure_words"})


def is_source(d: SemDoc, lo: int, hi: int, a: int) -> bool:
    """Return True if the phrase [lo, hi) is a source of figures ("Data BPS", "Hasil Survei ...
    2022") followed by a reporting verb ("mencatat", "menunjukkan") before segment ``a``."""
    segs = d.segs
    if not any("source_heads" in segs[j].cls for j in range(max(lo - 1, 0), hi)):
        return False
    j = hi
    while j < a and (d.segs[j].time or segs[j].low in ("(", ")")):
        j += 1
    return j < a and "reporting" in segs[j].cls


def agent_clause(d: SemDoc, k: int, lo: int) -> bool:
    """Return True if segment ``k`` is a bare verb after its pronoun agent ("kami proyeksikan",
    "kita patok"): the pronoun and the verb are the predicate, not the subject."""
    return k - 1 >= lo and d.segs[k].agent  # decided when the segment is built


def respective(d: SemDoc, qi: int, lo: int) -> tuple[int, int] | None:
    """ "senior school and diploma graduates accounted for 6.77 percent and 6.76 percent,
    respectively": the first number of a coordinated pair takes the first phrase.

    ``lo`` is the start of the phrase found before the number; returns the earlier phrase."""
    segs = d.segs
    a, hi, slo = d.qseg[qi], d.sent_hi[qi], d.sent_lo[qi]
    if not (a + 2 < hi and segs[a + 1].low in ("and", "dan") and segs[a + 2].kind == "q"):
        return None
    if not any(segs[j].low in ("respectively", "masing-masing") for j in range(slo, hi)):
        return None
    k = lo - 1
    if k < slo or segs[k].low not in ("and", "dan", ","):
        return None
    end = k
    k -= 1
    while k >= slo and end - k <= NP_MAX and segs[k].content:
        k -= 1
    return (k + 1, end) if k + 1 < end else None


def compared(d: SemDoc, start: int, lo: int) -> bool:
    """Is the phrase starting at segment ``start`` the other side of a comparison, after
    "against", "versus", "compared with" (and its determiners) and a number before them ("the
    pound rose 0.5% against the dollar to $1.27")? It is then no subject. English only:
    an Indonesian comparison ("dibandingkan ...") may end a phrase that is the subject."""
    if d.lex.lang != "en":
        return False
    segs = d.segs
    j = start - 1
    while j >= lo and segs[j].low in d.lex.articles:
        j -= 1
    if j - 1 < lo or "comparison" not in segs[j].cls:
        return False
    return any(segs[m].kind == "q" for m in range(max(lo, j - 3), j))


def route(d: SemDoc, k: int, lo: int) -> bool:
    """Does the "to" at segment ``k`` close a route, "from" and one to three capitalised words
    before it after a noun ("the flight from London to Sydney")?"""
    segs = d.segs
    j = k - 1
    while j >= lo and k - j <= 3 and segs[j].content and segs[j].first.isupper():
        j -= 1
    return j < k - 1 and j - 1 >= lo and "from_words" in segs[j].cls and segs[j - 1].content


def new_clause(d: SemDoc, b: int, k: int) -> bool:
    """English: does a clause with its own subject open between segments ``b`` and ``k`` (a
    comma and a conjunction, then a noun: ", and the SUV's fuel economy climbed")?"""
    if d.lex.lang != "en":
        return False
    segs = d.segs
    for m in range(b + 1, k - 1):
        if segs[m].low == "," and segs[m + 1].low in ("and", "but", "while", "whereas"):
            return any(segs[n].content for n in range(m + 2, k))
    return False
