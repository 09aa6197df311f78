"""Time expressions, the document date, and the time each claim refers to.

The public face of :mod:`claimx.timeexpr` (finding time expressions), :mod:`claimx.docdate`
(inferring the document date) and :mod:`claimx.claimtime` (binding claims to times).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from claimx import docdate, weekdays
from claimx.claimtime import Binder, Binding
from claimx.models import DocDate, TimeRef
from claimx.periods import Period, Value, parse_iso
from claimx.quantities import Quantity
from claimx.structure import Structure
from claimx.timeexpr import TimeExpr, resolve, scan


def given_date(date: str | dt.date | None) -> DocDate | None:
    """Return the caller's document date as a DocDate with basis "given".

    Raises:
        ValueError: ``date`` is not an ISO 8601 date ("2023-12-04", "2023-12" or "2023").
    """
    if date is None:
        return None
    if isinstance(date, dt.date):
        return DocDate(value=date.isoformat(), basis="given")
    value = str(date).strip()
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            dt.datetime.strptime(value, fmt)
        except ValueError:
            continue
        return DocDate(value=value, basis="given")
    raise ValueError(f"bad date {date!r}: expected ISO 8601 YYYY-MM-DD, YYYY-MM or YYYY")


def document_date(text: str, lang: str, doc: Structure, given: DocDate | None) -> DocDate | None:
    """Return the document date: the caller's, else one inferred from the text, else None."""
    if given is not None:
        return given
    return docdate.infer(text, lang, doc)


def date_period(date: DocDate | None) -> Period | None:
    """Return the document date as a Period (None when there is none)."""
    if date is None:
        return None
    v = parse_iso(date.value)
    return v if isinstance(v, Period) else None


class Timeline(list[TimeRef]):
    """The time expressions of one text as TimeRefs, plus what binding claims to them needs."""

    def __init__(
        self, text: str, lang: str, doc: Structure, exprs: Sequence[TimeExpr], date: Period | None
    ) -> None:
        super().__init__(_ref(text, t, resolve(t, date)) for t in exprs if t.role == "time")
        self.text, self.lang, self.doc, self.exprs, self.date = text, lang, doc, exprs, date


def _ref(text: str, t: TimeExpr, value: Value | None) -> TimeRef:
    # validated construction: pydantic's compiled validator is faster here than
    # model_construct, which sets each field in Python
    return TimeRef(
        value=value.iso() if value is not None else None,
        text=text[t.start : t.end],
        start=t.start,
        end=t.end,
        relation=t.relation,
    )


def find_times(text: str, lang: str, doc: Structure, date: DocDate | None) -> Timeline:
    """Return the time expressions of ``text``, resolved against the document date.

    Event dates and datelines are left out (they date the reporting, not a quantity); a
    relative expression that cannot be resolved has value None. Bare weekdays ("pada Senin")
    are among them when the document date has a day.
    """
    period = date_period(date)
    exprs = scan(text, lang)
    if period is not None and period.day is not None:
        # a bare weekday names a day only against a document date with a day
        exprs = weekdays.merge(exprs, weekdays.find(text, lang))
    return Timeline(text, lang, doc, exprs, period)


def claim_times(
    quantities: Sequence[Quantity],
    kinds: Sequence[str],
    doc: Structure,
    times: Timeline,
    date: DocDate | None,
) -> list[TimeRef | None]:
    """Return the time governing each quantity (kinds: "actual", "target" or "forecast").

    A time taken from an expression carries its text and offsets; one inferred from the
    paragraph, the article's lead or the document date carries only its value.

    Raises:
        ValueError: ``quantities`` and ``kinds`` differ in length.
    """
    if len(quantities) != len(kinds):
        raise ValueError(f"{len(quantities)} quantities but {len(kinds)} kinds")
    binder = Binder(times.text, times.lang, doc, times.exprs, date_period(date), quantities)
    made: dict[tuple[TimeExpr | None, Value], TimeRef] = {}
    return [_as_ref(times.text, b, made) for b in binder.bind_all(quantities, kinds)]


def _as_ref(
    text: str, b: Binding | None, made: dict[tuple[TimeExpr | None, Value], TimeRef]
) -> TimeRef | None:
    """Return the TimeRef of a binding; claims bound alike share one (frozen) TimeRef."""
    if b is None or b.value is None:
        return None
    key = (b.expr, b.value)
    ref = made.get(key)
    if ref is None:
        ref = TimeRef(value=b.value.iso()) if b.expr is None else _ref(text, b.expr, b.value)
        made[key] = ref
    return ref


def claim_time(
    q: Quantity, kind: str, doc: Structure, times: Timeline, date: DocDate | None
) -> TimeRef | None:
    """Return the time that governs quantity ``q`` alone (see :func:`claim_times`)."""
    return claim_times([q], [kind], doc, times, date)[0]
