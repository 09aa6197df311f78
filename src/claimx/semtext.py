"""A document cut into segments for the semantic rules: words, cue phrases and quantities.

Only the stretches the claims read are segmented (:mod:`claimx.semseg`): tokens grouped left to
right into segments, a cue phrase of the language data (longest match first) or a quantity
found by :mod:`claimx.quantities` being one segment. Sentence limits come from
:class:`claimx.structure.Structure`, refined at a full stop glued to the next sentence
("2019.The"). Every offset indexes the original text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from claimx.quantities import Quantity
from claimx.semlex import SemLexicon
from claimx.semseg import FULL_STOPS, MARGIN, WINDOW, Seg, Segmenter
from claimx.structure import Structure

__all__ = ["MARGIN", "WINDOW", "ClaimState", "Seg", "SemDoc", "build"]


@dataclass
class SemDoc:
    """Segments of one document with sentence limits, in segment indices."""

    text: str
    lex: SemLexicon
    structure: Structure
    segs: list[Seg]
    qseg: list[int]  # segment index of each quantity
    units: list[str]
    sent_lo: list[int] = field(default_factory=list)  # per quantity
    sent_of: list[int] = field(default_factory=list)  # per quantity: its structure sentence
    sent_hi: list[int] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    _punct: tuple[int, int] = (0, 0)  # the last run of punctuation segments, [from, to)

    def seg_at(self, pos: int) -> int:
        """Return the index of the segment starting at or before offset ``pos``."""
        return max(bisect_right(self._starts, pos) - 1, 0)

    def sentence_segs(self, sent_index: int) -> tuple[int, int]:
        """Return the segment range [lo, hi) of sentence ``sent_index`` of the structure."""
        s = self.structure.sentences[sent_index]
        return bisect_left(self._starts, s.start), bisect_left(self._starts, s.end)

    def unit_of(self, qi: int) -> str:
        """Return the unit of quantity ``qi``."""
        return self.units[qi]

    def phrase(self, lo: int, hi: int) -> str:
        """Return the original text of segments [lo, hi)."""
        return self.text[self.segs[lo].start : self.segs[hi - 1].end]

    def after_punct(self, k: int) -> int:
        """Return the first segment from ``k`` on that is no punctuation mark (``len(segs)``
        if none). The last run read through is remembered, so claims before one long run of
        marks read it once."""
        lo, hi = self._punct
        if lo <= k < hi:
            return hi
        segs, start = self.segs, k
        while k < len(segs) and segs[k].kind == "p":
            k += 1
        self._punct = (start, k)
        return k

    def is_content(self, i: int) -> bool:
        """Return True if segment ``i`` can be part of a noun phrase: a word of no cue class
        (``semseg._NON_CONTENT``) that is no verb (decided once, when the segment is built)."""
        return self.segs[i].content


def build(
    text: str,
    lex: SemLexicon,
    structure: Structure,
    quantities: list[Quantity],
    *,
    whole: bool = False,
) -> SemDoc:
    """Return the segmented document; ``quantities`` must be in text order and not overlap.

    Only the stretches the claims need are segmented: around each quantity its sentence
    (clipped to ``WINDOW`` segments on either side) with a ``MARGIN``, so the cost follows the
    number of quantities, not the length of the text. Each stretch starts where a
    whole-document segmentation has a boundary whatever precedes it, so every segment, and the
    limits of each quantity's sentence relative to it, are those of the whole document
    (``whole=True`` segments all of it, the reference the tests compare with).
    """
    b = Segmenter(text, lex, quantities)
    sents = structure.sentences
    if whole:
        b.run(len(text))
    sent_of = [0] * len(quantities)
    if sents:
        at = structure.sentence_at
        sent_of = [at(q.start) for q in quantities]
    qseg = b.qseg
    for i, q in enumerate(quantities):
        lo_pos, hi_pos = (
            (sents[sent_of[i]].start, sents[sent_of[i]].end) if sents else (0, len(text))
        )
        if qseg[i] < 0:
            b.reach(i, q, lo_pos)
        if qseg[i] >= 0:
            b.ahead(qseg[i], hi_pos)
    segs = b.segs
    doc = SemDoc(text, lex, structure, segs, qseg, [q.unit for q in quantities])
    doc.sent_of = sent_of
    doc._starts = starts = [sg.start for sg in segs]
    stops = b.stops
    glued: dict[int, bool] = {}  # full stop -> glued, for the claims of one sentence
    for i, si in enumerate(qseg):
        if sents:
            sent = sents[sent_of[i]]
            own = structure.dateline_end(sent_of[i])  # "JAKARTA (Reuters) - ..."
            lo = bisect_left(starts, own if own <= quantities[i].start else sent.start)
            hi = bisect_left(starts, sent.end)
        else:
            lo, hi = 0, len(segs)
        if si >= 0:  # bounded work per claim, even in a "sentence" of a thousand figures
            lo, hi = max(lo, si - WINDOW), min(hi, si + WINDOW + 1)
            lo, hi = _glued_limits(segs, stops, glued, si, lo, hi)
        doc.sent_lo.append(lo)
        doc.sent_hi.append(hi)
    return doc


def _glued_limits(
    segs: list[Seg], stops: list[int], glued: dict[int, bool], si: int, lo: int, hi: int
) -> tuple[int, int]:
    """Narrow [lo, hi) at a full stop directly followed by a capitalised word ("2019.The");
    ``stops`` holds the indices of the full stops, in order; ``glued`` remembers the answer
    for each full stop asked about."""
    n = bisect_left(stops, si)
    for k in reversed(stops[bisect_right(stops, lo) : n]):
        g = glued.get(k)
        if g is None:
            g = glued[k] = _glued_stop(segs, k)
        if g:
            lo = k + 1
            break
    for k in stops[bisect_right(stops, si) : bisect_left(stops, hi)]:
        g = glued.get(k)
        if g is None:
            g = glued[k] = _glued_stop(segs, k)
        if g:
            hi = k
            break
    return lo, hi


_QUOTES = ('"', "”", "“", "'", "’")


def _glued_stop(segs: list[Seg], k: int) -> bool:
    s = segs[k]
    if s.low not in FULL_STOPS or k + 1 >= len(segs) or k == 0:
        return False
    j = k + 1
    while j < len(segs) - 1 and segs[j].low in _QUOTES and segs[j].start == segs[j - 1].end:
        j += 1
    nxt, prev = segs[j], segs[k - 1]
    return (
        nxt.kind == "w"
        and nxt.first.isupper()
        and prev.end == s.start
        and (prev.kind in ("n", "q") or len(prev.low) > 2)
    )


@dataclass
class ClaimState:
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
    past_place: bool = False  # its subject was found beyond a place phrase
