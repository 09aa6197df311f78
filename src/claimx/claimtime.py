"""Which time governs each claim: binding quantities to the time expressions of their text.

Rules, in order (words from ``lang/<code>/time.yaml``):

1. A quantity inside a comparison ("dibandingkan 2014 yang sebanyak X", "compared to X in
   2021", "from X last year") takes the time written in that comparison; a bare year there
   names the same period of that year as the sentence speaks of ("compared to 2021" after
   "October-December 2022" is 2021-Q4), and "earlier" the period compared against before.
2. Otherwise the time in its own clause (an explicit date before a "now"), else the nearest
   earlier one in its sentence, else a later one. Event dates, datelines and "since" times
   never govern. A target is not governed by an as-of time written before it in another
   clause (that dates the achievement, not the goal); it takes that time's year instead.
3. With no time in its sentence, a claim takes the time the previous sentences of its
   paragraph spoke of; a new paragraph returns to the article's lead time (the first time an
   actual or forecast claim was bound to); a target takes the last target's time; a present
   statement takes the document date.
4. Relative expressions are resolved against the document date ("tahun lalu"), the time of
   the sentence ("a year earlier") or, for "saat ini"/"kini", the document date unless a later
   sentence says what date the figures are as of ("Data tersebut ... per Oktober 2021").
   "In the same period" / "pada periode yang sama" is the period of the claim before; a
   compared period written after a change ("rose 18 percent from a year earlier") does not
   govern it, and never becomes the paragraph's time.
5. A bare weekday ("pada Senin", "on Sunday") is the latest such day on or before the
   document date, the next on or after it for a target or forecast (:mod:`claimx.weekdays`);
   one that dates a statement ("kata Menteri, Senin", "said on Monday") governs nothing, and
   the news of a day is never the lead time. "From"/"dari" opens a comparison only after a
   change word or a comma ("collected Rp 318 billion from its levy" is a source). An actual
   figure with no time of its own after a word of surpassing ("sudah kami lampaui",
   "exceeded") is measured in the period of the last target, not the lead time.
6. A span over several years governs as its end ("between August 2015 and December 27, 2021"
   -> 2021-12-27; "RPJMN 2020-2024" -> 2024); a span of change ("pada 2020 ke 2021") yields
   the lead time when that lies within its last year.
7. The lead time is the body's: a headline (a first line without a closing stop) keeps its
   own time for its own claims.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

import regex

from claimx.periods import Interval, Period, Value, contains, end_of
from claimx.quantities import Quantity
from claimx.structure import Structure
from claimx.timeexpr import TimeExpr, resolve, shift_value, weekday_value
from claimx.timemarks import marks as _marks
from claimx.weekdays import reports


@dataclass(frozen=True, slots=True)
class Binding:
    """The value a claim is bound to and the expression it came from (None when inferred)."""

    value: Value | None
    expr: TimeExpr | None
    how: str


class Binder:
    """Bind quantities of one text to its time expressions (built once per document)."""

    def __init__(
        self,
        text: str,
        lang: str,
        doc: Structure,
        exprs: Sequence[TimeExpr],
        date: Period | None,
        quantities: Sequence[Quantity] = (),
    ) -> None:
        self.text, self.lang, self.doc, self.date = text, lang, doc, date
        spans = sorted((q.start, q.end) for q in quantities)
        self.qstarts = [a for a, _ in spans]
        self.qends = [b for _, b in spans]
        # a number read as a quantity ("sebanyak 2023 orang") is not a year
        self.times = [
            t
            for t in exprs
            if t.role == "time"
            and not doc.is_boilerplate(t.start)
            and not self._inside_quantity(t.start)
        ]
        if any(t.anchor == "weekday" for t in self.times):
            # a weekday that dates a statement ("kata Menteri, Senin") governs no figure
            self.times = [
                t
                for t in self.times
                if t.anchor != "weekday"
                or not reports(
                    text, lang, t, self._sentence_span(t.start)[1:], self.qstarts, self.qends
                )
            ]
        self.starts = [t.start for t in self.times]
        self._scan_marks()
        self._data_statements()
        self._sentence_times()

    # ----------------------------------------------------------------- structure of the text
    def _inside_time(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.times[i].end > pos

    def _outside_times(self, positions: list[int]) -> list[int]:
        """Return the sorted ``positions`` not inside a time (as :meth:`_inside_time` judges),
        cut out by slices per time expression: no Python step per position (a text of a million
        brackets has a million punctuation marks)."""
        if not self.times:
            return positions
        out: list[int] = []
        k = 0
        n = len(self.times)
        for i, t in enumerate(self.times):
            # positions from this start up to the next start are judged by this time alone
            nxt = self.starts[i + 1] if i + 1 < n else None
            stop = t.end if nxt is None else min(t.end, nxt)
            if stop <= t.start:
                continue
            j = bisect_left(positions, t.start, k)
            out.extend(positions[k:j])
            k = max(j, bisect_left(positions, stop, j))
        out.extend(positions[k:])
        return out

    def _quantity_between(self, a: int, b: int) -> bool:
        """Return True if a quantity starts in [a, b)."""
        k = bisect_left(self.qstarts, a)
        return k < len(self.qstarts) and self.qstarts[k] < b

    def _inside_quantity(self, pos: int) -> bool:
        i = bisect_right(self.qstarts, pos) - 1
        return i >= 0 and self.qends[i] > pos

    def _scan_marks(self) -> None:
        marks = _marks(self.lang)
        text = self.text
        self.breaks = sorted(
            self._outside_times([m.start() for m in marks.punct.finditer(text)])
            + self._outside_times([m.start() for m in marks.words.finditer(text)])
        )
        ends = self._outside_times([m.start() for m in marks.ends.finditer(text)])
        self.stops = sorted(self.breaks + ends)
        found = [(m.start(), m.end(), False) for m in marks.cues.finditer(text)]
        found += [(m.start(), m.end(), True) for m in marks.weak.finditer(text)]
        self.cues: list[int] = []
        self.cue_ends: list[int] = []
        for s, e, weak in sorted(found):
            if self._inside_time(s) or self._inside_quantity(s):
                continue  # "lebih dari 20 juta", "more than 5 percent" are qualifiers
            if weak:
                # "from"/"dari" compares only after a change ("naik 5 persen dari 2023",
                # "rose to $30 billion from $25 billion"), or opening a clause with the value
                # it was ("..., from $25 billion"); else it names a source or a whole
                # ("collected Rp 318 billion from its levy", "1,5 juta dari 3 juta pekerja")
                nxt = bisect_left(self.starts, e)
                if nxt < len(self.times) and self.times[nxt].start - e <= 1:
                    if not isinstance(self.times[nxt].value, Period | None):
                        continue  # "dari Agustus 2015 sampai 2019" opens a span
                    if not self._changed_before(s):
                        continue  # "data dari 2023 menunjukkan"
                    # "bertambah 560.000 hektare dari 2024": the compared period
                    self.cues.append(s)
                    self.cue_ends.append(e)
                    continue
                j = bisect_left(self.stops, e)
                # the compared value stands in the cue's own sentence: a paragraph without a
                # closing stop (a headline) does not reach into the next one
                stop = min(
                    self.stops[j] if j < len(self.stops) else len(text), self._sentence_span(e)[2]
                )
                k = bisect_left(self.qstarts, e)
                if k == len(self.qstarts) or self.qstarts[k] >= stop:
                    continue  # "dari total ekspor" names a base, not a compared value
                if not marks.comma.search(text, max(0, s - 3), s) and not self._changed_before(s):
                    continue
            self.cues.append(s)
            self.cue_ends.append(e)
        self.bounds = sorted(self.breaks + self.cues)

    def _changed_before(self, pos: int) -> bool:
        """Return True if a change word stands in the clause before ``pos`` (at most 120
        characters back)."""
        _, ss, _ = self._sentence_span(pos)
        i = bisect_left(self.breaks, pos) - 1
        lo = max(ss, pos - 120, self.breaks[i] if i >= 0 else 0)
        return _marks(self.lang).change.search(self.text, lo, pos) is not None

    def _segment(self, pos: int, ss: int, se: int) -> tuple[int, int] | None:
        """Return the comparison segment [cue, end) of sentence [ss, se) containing ``pos``."""
        i = bisect_right(self.cues, pos) - 1
        if i < 0 or self.cues[i] < ss:
            return None
        c = self.cues[i]
        j = bisect_left(self.stops, self.cue_ends[i])
        end = self.stops[j] if j < len(self.stops) else len(self.text)
        end = min(end, se)
        return (c, end) if c <= pos < end else None

    def _clause(self, pos: int, ss: int, se: int) -> tuple[int, int]:
        i = bisect_right(self.bounds, pos) - 1
        a = max(self.bounds[i], ss) if i >= 0 else ss
        j = bisect_right(self.bounds, pos)
        b = min(self.bounds[j], se) if j < len(self.bounds) else se
        return a, b

    def _in_segment(self, t: TimeExpr, ss: int, se: int) -> bool:
        return self._segment(t.start, ss, se) is not None

    def _sentence_span(self, pos: int) -> tuple[int, int, int]:
        if not self.doc.sentences:
            return 0, 0, len(self.text)
        i = self.doc.sentence_at(pos)
        s = self.doc.sentences[i]
        return i, s.start, s.end

    def _times_in(self, a: int, b: int) -> list[TimeExpr]:
        return self.times[bisect_left(self.starts, a) : bisect_left(self.starts, b)]

    # ------------------------------------------------------------------ present and carries
    def _data_statements(self) -> None:
        """Sentences like "Data tersebut berdasarkan catatan data per Oktober 2021"."""
        self.stmt_pos: list[int] = []
        self.stmt_val: list[Value] = []
        ana = _marks(self.lang).anaphora
        for s in self.doc.sentences:
            if not ana.match(self.text, s.start, s.end):
                continue
            k = bisect_left(self.qstarts, s.start)
            if k < len(self.qstarts) and self.qstarts[k] < s.end:
                continue
            for t in self._times_in(s.start, s.end):
                if t.anchor is None and t.value is not None and t.relation == "as_of":
                    self.stmt_pos.append(s.start)
                    self.stmt_val.append(t.value)
                    break
        self.absolute = [t.start for t in self.times if t.anchor is None and t.value is not None]

    def now(self, pos: int) -> Value | None:
        """Return the present as seen from ``pos``: a following data statement, else the date."""
        i = bisect_right(self.stmt_pos, pos)
        if i < len(self.stmt_pos):
            a = bisect_right(self.absolute, pos)
            b = bisect_left(self.absolute, self.stmt_pos[i])
            if a == b:
                return self.stmt_val[i]
        return self.date

    def _sentence_times(self) -> None:
        """The main time of each sentence and the time carried into it from its paragraph."""
        n = len(self.doc.sentences)
        self.main: list[Value | None] = [None] * n
        self.carried: list[Value | None] = [None] * n
        self.stated: list[Value | None] = [None] * n
        self.cmp_pos: list[int] = []
        self.cmp_val: list[Value] = []
        carry: Value | None = None
        for i, s in enumerate(self.doc.sentences):
            if i and self.doc.sentence_paragraph[i] != self.doc.sentence_paragraph[i - 1]:
                carry = None
            self.carried[i] = carry
            mains = [
                t
                for t in self._times_in(s.start, s.end)
                if not self._in_segment(t, s.start, s.end) and t.relation != "since"
            ]
            ref = carry
            stated: Value | None = None
            for t in mains:
                v = self.evaluate(t, ref)
                if v is not None:
                    self.main[i] = ref = v
                    if t.anchor not in ("ref", "earlier"):
                        stated = v
            # "up 22 percent from a year earlier" names the compared period, not the one
            # the sentence reports: that one stays its time and the paragraph's
            self.main[i] = stated or self.main[i]
            self.stated[i] = stated
            for t in self._times_in(s.start, s.end):
                if self._in_segment(t, s.start, s.end):
                    v = self.evaluate(t, self.main[i] or carry)
                    if v is not None:
                        self.cmp_pos.append(t.start)
                        self.cmp_val.append(self._project(t, v, self.main[i] or carry))
            if stated is not None:
                carry = stated

    def earlier(self, pos: int) -> Value | None:
        """Return the last compared-against period before ``pos``."""
        i = bisect_left(self.cmp_pos, pos) - 1
        return self.cmp_val[i] if i >= 0 else None

    # ------------------------------------------------------------------------- evaluation
    def evaluate(self, t: TimeExpr, ref: Value | None) -> Value | None:
        """Return the value of ``t`` for a claim whose sentence speaks of ``ref``."""
        if t.anchor == "now":
            return self.now(t.start)
        if t.anchor == "earlier":
            return self.earlier(t.start)
        if t.anchor == "same":
            if t.value is None:
                return ref
            if isinstance(t.value, Period) and ref is not None:
                return self._project(replace(t, anchor=None), t.value, ref)
            return t.value
        if t.anchor == "ref" and t.partial is None:
            base = ref
            if base is None:
                return None
            if t.unit == "year" and isinstance(base, Period) and base.grain == 4:
                base = base.as_grain(3)
            return shift_value(base, t.unit, t.offset)
        return resolve(t, self.date)

    @staticmethod
    def _project(t: TimeExpr, v: Value, ref: Value | None) -> Value:
        """A bare year compared with a finer period names that period in the year."""
        if (
            t.anchor is None
            and isinstance(v, Period)
            and v.grain == 0
            and ref is not None
            and (isinstance(ref, Interval) or ref.grain > 0)
            and end_of(ref).year != v.year
        ):
            return ref.in_year(v.year)
        return v

    def _settle(self, t: TimeExpr, v: Value, lead: Value | None) -> Value:
        if isinstance(v, Interval) and v.multi_year:
            last = v.end
            if t.span and last.grain == 0 and lead is not None and contains(last, lead):
                return lead
            return last
        return v

    # ----------------------------------------------------------------------------- binding
    def own(self, q: Quantity, kind: str) -> Binding | None:
        """Return the binding ``q`` gets from its own sentence, or None."""
        i, ss, se = self._sentence_span(q.start)
        ref = (self.main[i] if i < len(self.main) else None) or (
            self.carried[i] if i < len(self.carried) else None
        )
        times = [t for t in self._times_in(ss, se) if t.end <= q.start or t.start >= q.end]
        seg = self._segment(q.start, ss, se)
        if seg is not None:
            inside = [t for t in times if seg[0] <= t.start < seg[1]]
            if inside:
                t = min(inside, key=lambda t: _distance(t, q))
                v = self.evaluate(t, ref)
                if v is not None:
                    return Binding(self._project(t, v, ref), t, "comparison")
        cands = [
            t
            for t in times
            if not self._in_segment(t, ss, se)
            and t.relation != "since"
            and not self._compared_after(t, q)
        ]
        ca, cb = self._clause(q.start, ss, se)
        if kind == "target":
            # "sampai 14 Juni sudah mencapai Rp111,9 triliun ... target Rp253 triliun": the
            # as-of time dates the achievement written between it and the target
            held = [
                t for t in cands if t.relation == "as_of" and self._quantity_between(t.end, q.start)
            ]
            cands = [t for t in cands if t not in held]
        else:
            held = []
        clause = [t for t in cands if ca <= t.start and t.end <= cb]
        best: TimeExpr | None
        if clause:
            best = min(clause, key=lambda t: (t.anchor == "now", _distance(t, q)))
        else:
            before = [t for t in cands if t.end <= q.start]
            after = [t for t in cands if t.start >= q.end]
            best = before[-1] if before else after[0] if after else None
        if best is not None:
            # "setahun sebelumnya" counts back from the period its sentence states
            base = self.carried[i] if i < len(self.carried) else None
            if best.anchor == "ref" and i < len(self.stated):
                base = self.stated[i] or base
            v = self.evaluate(best, base)
            if best.anchor == "weekday" and kind != "actual":
                v = weekday_value(best, self.date, future=True)  # "akan ... pada Kamis"
            if v is not None:
                return Binding(v, best, "clause" if clause else "sentence")
        if held:
            v = self.evaluate(held[-1], ref)
            if v is not None:
                return Binding(Period(end_of(v).year), held[-1], "target year")
        return None

    def _compared_after(self, t: TimeExpr, q: Quantity) -> bool:
        """Return True if ``t`` names the period ``q`` is compared with ("rose 18 percent
        from a year earlier", "naik 5 persen dari setahun sebelumnya"), not its own."""
        if t.anchor not in ("ref", "earlier") or t.start < q.end:
            return False
        return _marks(self.lang).cued.search(self.text, max(0, t.start - 30), t.start) is not None

    def bind_all(
        self, quantities: Sequence[Quantity], kinds: Sequence[str]
    ) -> list[Binding | None]:
        """Return the binding of every quantity (in the order given)."""
        owns = [self.own(q, k) for q, k in zip(quantities, kinds, strict=True)]
        # the lead time is the body's: a headline's own time stays with the headline's claims
        head = self._headline()
        leads = [
            (head[0] <= q.start < head[1] if head else False, self._settle(b.expr, b.value, None))
            for q, b, k in zip(quantities, owns, kinds, strict=True)
            if b is not None
            and b.expr is not None
            and b.value is not None
            and b.how in ("clause", "sentence")
            and b.expr.anchor != "weekday"  # the news of a day is not the article's period
            and b.expr.relation != "by"  # nor a deadline ("paling lambat akhir Februari")
            and k != "target"
        ]
        lead = next((v for in_head, v in leads if not in_head), None)
        if lead is None and leads:
            lead = leads[0][1]
        out: list[Binding | None] = []
        target: Value | None = None
        previous: Value | None = None
        for q, k, b in zip(quantities, kinds, owns, strict=True):
            if b is not None and b.expr is not None and _same(b.expr) and previous is not None:
                # "in the same period": the period the claim before spoke of
                b = Binding(previous, b.expr, b.how)
            if b is not None and b.value is not None and b.expr is not None:
                b = Binding(self._settle(b.expr, b.value, lead), b.expr, b.how)
            if b is None:
                b = self._fallback(q, k, lead, target)
            if k == "target" and b is not None and b.value is not None:
                target = b.value
            if b is not None and b.value is not None and b.how != "comparison":
                previous = b.value
            out.append(b)
        return out

    def _headline(self) -> tuple[int, int] | None:
        """Return the span of the headline: a first line without a sentence's closing stop."""
        paras = [p for p in self.doc.paragraphs if not self.doc.is_boilerplate(p.start)]
        if len(paras) < 2:
            return None
        p = paras[0]
        if _CLOSED.search(self.text, p.start, p.end):
            return None
        return p.start, p.end

    def _fallback(
        self, q: Quantity, kind: str, lead: Value | None, target: Value | None
    ) -> Binding | None:
        i, ss, _ = self._sentence_span(q.start)
        carried = self.carried[i] if i < len(self.carried) else None
        if kind == "target":
            if carried is not None:
                return Binding(end_of(carried), None, "paragraph")
            return Binding(target, None, "last target") if target is not None else None
        if carried is not None:
            v = end_of(carried) if isinstance(carried, Interval) and carried.multi_year else carried
            return Binding(v, None, "paragraph")
        if target is not None and _marks(self.lang).surpass.search(self.text, ss, q.start):
            # "Target itu sudah kami lampaui, 6,2 persen": measured in the target's period
            return Binding(target, None, "target surpassed")
        if lead is not None:
            return Binding(lead, None, "lead")
        now = self.now(q.start)
        return Binding(now, None, "document date") if now is not None else None


_CLOSED = regex.compile(r"[.!?][\"”’')]*\s*\Z")


def _same(t: TimeExpr) -> bool:
    """Return True if ``t`` is a bare "the same period" (no year of its own)."""
    return t.anchor == "same" and t.value is None


def _distance(t: TimeExpr, q: Quantity) -> int:
    return q.start - t.end if t.end <= q.start else t.start - q.end
