"""A document cut into segments for the semantic rules: words, cue phrases and quantities.

The text is tokenised once; tokens are grouped left to right into segments, a cue phrase of
the language data (longest match first) or a quantity found by :mod:`claimx.quantities` being
one segment. Sentence limits come from :class:`claimx.structure.Structure`, refined at a full
stop glued to the next sentence ("2019.The"). Every offset indexes the original text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from claimx.quantities import Quantity
from claimx.semlex import TOKEN, SemLexicon
from claimx.structure import Structure


@dataclass(slots=True)
class Seg:
    """One segment: a word, a punctuation mark, a cue phrase or a quantity."""

    start: int
    end: int
    low: str  # case-folded text (words joined by one space)
    cls: frozenset[str]  # the classes of the phrase or word
    kind: str  # "w" word, "n" digits, "p" punctuation, "q" quantity
    q: int = -1  # the quantity's index when kind == "q"
    first: str = ""  # the original first character (capitalisation)


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
    sent_hi: list[int] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)

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

    def is_content(self, i: int) -> bool:
        """Return True if segment ``i`` can be part of a noun phrase."""
        s = self.segs[i]
        if s.kind not in ("w", "n"):
            return False
        if s.kind == "n":
            return False
        cls = s.cls
        if cls & _NON_CONTENT:
            return False
        return not self.lex.is_verb(s.low)


_NON_CONTENT = frozenset(
    {
        "stop",
        "breakers",
        "comparison",
        "apposition",
        "reporting",
        "relative",
        "target_before",
        "forecast_before",
        "target_after",
        "forecast_after",
        "actual_before",
        "level_before",
        "from_words",
        "base_before",
        "part_whole",
        "adjunct_preps",
        "surpass",
        "change_gap",
        "rank_copulas",
        "change_up",
        "change_down",
        "change_neutral",
        "predicate_nominal",
        "change_adjacent_up",
        "change_adjacent_down",
    }
)


# The most segments read on either side of a claim. News sentences are far shorter; the bound
# keeps every per-claim scan O(1), so a table flattened into one line stays linear.
WINDOW = 80


def build(text: str, lex: SemLexicon, structure: Structure, quantities: list[Quantity]) -> SemDoc:
    """Return the segmented document; ``quantities`` must be in text order and not overlap."""
    segs: list[Seg] = []
    qseg: list[int] = []
    toks = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
    qi = 0
    i = 0
    n = len(toks)
    while i < n:
        s, e, t = toks[i]
        while qi < len(quantities) and quantities[qi].end <= s:
            qseg.append(-1)  # a quantity with no token (cannot happen for real text)
            qi += 1
        if qi < len(quantities) and quantities[qi].start < e:
            q = quantities[qi]
            j = i
            while j < n and toks[j][0] < q.end:
                j += 1
            qseg.append(len(segs))
            segs.append(Seg(q.start, q.end, text[q.start : q.end].casefold(), frozenset(), "q", qi))
            qi += 1
            i = j
            continue
        if not (t[0].isalnum()):
            segs.append(Seg(s, e, t, frozenset(), "p", first=t[0]))
            i += 1
            continue
        low = t.casefold()
        if low in lex.phrase_starts:
            # longest cue phrase starting here, not crossing a quantity
            limit = quantities[qi].start if qi < len(quantities) else len(text)
            best = 0
            cls: frozenset[str] = frozenset()
            words = [low]
            for k in range(i + 1, min(n, i + lex.max_phrase)):
                if toks[k][0] >= limit:
                    break
                words.append(toks[k][2].casefold())
                hit = lex.phrases.get(tuple(words))
                if hit is not None:
                    best, cls = len(words), hit
            if best > 1:
                e2 = toks[i + best - 1][1]
                segs.append(Seg(s, e2, " ".join(words[:best]), cls, "w", first=t[0]))
                i += best
                continue
        kind = "n" if t[0].isdigit() else "w"
        cls = lex.classes(low)
        if low in lex.months and t[0].isupper():
            cls = _MONTH  # "in May" is no modal
        elif "subject_verb_cues" in cls and not (segs and _subject_end(segs[-1], lex)):
            cls = cls - _CUES  # "15 projects worth $2 billion" is no projection
        segs.append(Seg(s, e, low, cls, kind, first=t[0]))
        i += 1
    while qi < len(quantities):
        qseg.append(-1)
        qi += 1
    doc = SemDoc(text, lex, structure, segs, qseg, [q.unit for q in quantities])
    doc._starts = [sg.start for sg in segs]
    for q, si in zip(quantities, qseg, strict=True):
        lo, hi = (
            doc.sentence_segs(structure.sentence_at(q.start))
            if structure.sentences
            else (
                0,
                len(segs),
            )
        )
        if si >= 0:  # bounded work per claim, even in a "sentence" of a thousand figures
            lo, hi = max(lo, si - WINDOW), min(hi, si + WINDOW + 1)
        lo, hi = _glued_limits(doc, si, lo, hi)
        doc.sent_lo.append(lo)
        doc.sent_hi.append(hi)
    return doc


_MONTH = frozenset({"time_words"})
_CUES = frozenset({"target_before", "forecast_before", "target_after", "forecast_after"})


def _subject_end(prev: Seg, lex: SemLexicon) -> bool:
    """Can ``prev`` end the subject of a verb ("Indonesia projects", "(BPS) projects")?"""
    if prev.low == ")":
        return True
    return prev.kind == "w" and not prev.cls and not lex.is_verb(prev.low)


def _glued_limits(doc: SemDoc, si: int, lo: int, hi: int) -> tuple[int, int]:
    """Narrow [lo, hi) at a full stop directly followed by a capitalised word ("2019.The")."""
    if si < 0:
        return lo, hi
    segs = doc.segs
    for k in range(si - 1, lo, -1):
        if _glued_stop(segs, k):
            lo = k + 1
            break
    for k in range(si + 1, hi):
        if _glued_stop(segs, k):
            hi = k
            break
    return lo, hi


_QUOTES = ('"', "”", "“", "'", "’")


def _glued_stop(segs: list[Seg], k: int) -> bool:
    s = segs[k]
    if s.low not in (".", "!", "?") or k + 1 >= len(segs) or k == 0:
        return False
    j = k + 1
    while (
        j < len(segs) - 1
        and segs[j].low in ('"', "”", "“", "'", "’")
        and segs[j].start == segs[j - 1].end
    ):
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
