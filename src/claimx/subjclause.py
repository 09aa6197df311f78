"""Indonesian clause shapes that hide a subject: a pronoun agent with its bare verb ("Cadangan
beras kami proyeksikan 1,5 juta ton") and a fronted source of figures ("Data Sensus Pertanian
2023 mencatat kenaikan 5 persen"). The words come from ``lang/<code>/semantics.yaml``
(``agent_pronouns``, ``bare_verbs``, ``bare_verb_suffixes``, ``source_heads``, ``reporting``).
"""

from __future__ import annotations

from claimx.semtext import SemDoc


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
