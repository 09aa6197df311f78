"""Time expressions and the time each claim refers to.

First version: document date from the caller only; no claim times. Issue #3 fills this module.
"""

from __future__ import annotations

import datetime as dt

from claimx.models import DocDate, TimeRef
from claimx.quantities import Quantity
from claimx.structure import Structure


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
    return given


def find_times(text: str, lang: str, doc: Structure, date: DocDate | None) -> list[TimeRef]:
    """Return the time expressions of ``text``, resolved against the document date."""
    return []


def claim_time(
    q: Quantity, kind: str, doc: Structure, times: list[TimeRef], date: DocDate | None
) -> TimeRef | None:
    """Return the time that governs quantity ``q``, or None."""
    return None
