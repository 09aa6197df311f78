"""Calendar periods: a year, half, quarter, month or day, and intervals between two of them.

Plain value objects with ISO 8601 rendering ("2023", "2023-H1", "2023-Q4", "2023-12",
"2023-12-04", "2023-01/2023-09") and the few operations time resolution needs: shifting by
years or months, moving a period into another year, and comparing by first and last day.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Period:
    """One calendar period; exactly one of month/quarter/half may be set, day needs month."""

    year: int
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    half: int | None = None

    def iso(self) -> str:
        """Return the ISO 8601 form: '2023', '2023-H1', '2023-Q4', '2023-12', '2023-12-04'."""
        if self.month is not None:
            if self.day is not None:
                return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
            return f"{self.year:04d}-{self.month:02d}"
        if self.quarter is not None:
            return f"{self.year:04d}-Q{self.quarter}"
        if self.half is not None:
            return f"{self.year:04d}-H{self.half}"
        return f"{self.year:04d}"

    @property
    def grain(self) -> int:
        """Return the precision: 0 year, 1 half, 2 quarter, 3 month, 4 day."""
        if self.day is not None:
            return 4
        if self.month is not None:
            return 3
        if self.quarter is not None:
            return 2
        return 1 if self.half is not None else 0

    def first(self) -> dt.date:
        """Return the first day of the period."""
        if self.month is not None:
            return dt.date(self.year, self.month, self.day or 1)
        if self.quarter is not None:
            return dt.date(self.year, 3 * self.quarter - 2, 1)
        if self.half is not None:
            return dt.date(self.year, 6 * self.half - 5, 1)
        return dt.date(self.year, 1, 1)

    def last(self) -> dt.date:
        """Return the last day of the period."""
        if self.month is not None:
            if self.day is not None:
                return dt.date(self.year, self.month, self.day)
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        if self.quarter is not None:
            m = 3 * self.quarter
        elif self.half is not None:
            m = 6 * self.half
        else:
            m = 12
        return dt.date(self.year, m, calendar.monthrange(self.year, m)[1])

    def in_year(self, year: int) -> Period:
        """Return the same period in ``year`` (29 February becomes the 28th)."""
        day = self.day
        if day is not None and self.month is not None:
            day = min(day, calendar.monthrange(year, self.month)[1])
        return replace(self, year=year, day=day)

    def shift(self, years: int = 0, months: int = 0) -> Period:
        """Return the period moved by whole years, or by months when it has a month."""
        if months and self.month is not None:
            n = self.year * 12 + self.month - 1 + months
            return replace(self, year=n // 12, month=n % 12 + 1, day=None).in_year(n // 12)
        return self.in_year(self.year + years)

    def as_grain(self, grain: int) -> Period:
        """Return the period cut down to ``grain`` (0 year ... 4 day) when it is finer."""
        if grain >= self.grain:
            return self
        if grain == 0:
            return Period(self.year)
        if grain == 3 and self.month is not None:
            return Period(self.year, self.month)
        m = self.first().month
        if grain == 2:
            return Period(self.year, quarter=(m - 1) // 3 + 1)
        return Period(self.year, half=(m - 1) // 6 + 1)


@dataclass(frozen=True, slots=True)
class Interval:
    """A span from the start of one period to the end of another."""

    start: Period
    end: Period

    def iso(self) -> str:
        """Return 'START/END' in ISO 8601."""
        return f"{self.start.iso()}/{self.end.iso()}"

    def first(self) -> dt.date:
        """Return the first day of the interval."""
        return self.start.first()

    def last(self) -> dt.date:
        """Return the last day of the interval."""
        return self.end.last()

    def in_year(self, year: int) -> Interval:
        """Return the interval moved so that it ends in ``year``."""
        d = year - self.end.year
        return Interval(self.start.in_year(self.start.year + d), self.end.in_year(year))

    def shift(self, years: int = 0, months: int = 0) -> Interval:
        """Return the interval moved by whole years or months."""
        return Interval(self.start.shift(years, months), self.end.shift(years, months))

    @property
    def multi_year(self) -> bool:
        """True when the interval runs across more than one calendar year."""
        return self.start.year != self.end.year


Value = Period | Interval


def interval(start: Period, end: Period) -> Value | None:
    """Return the span from ``start`` to ``end``, simplified; None if it runs backwards.

    Whole months that make up exactly a quarter, half or year become that period
    ("Oktober–Desember 2023" -> 2023-Q4); a day-less start and end in one year stay an interval
    of months ("Januari–September 2023" -> 2023-01/2023-09).
    """
    if start.first() > end.last():
        return None
    if start.year == end.year and start.day is None and end.day is None:
        a, b = start.first().month, end.last().month
        if start.grain == end.grain == 0:
            return start
        if a == 1 and b == 12:
            return Period(start.year)
        if b - a == 2 and a % 3 == 1:
            return Period(start.year, quarter=b // 3)
        if b - a == 5 and a in (1, 7):
            return Period(start.year, half=b // 6)
    return Interval(start, end)


def shift(value: Value, years: int = 0, months: int = 0) -> Value:
    """Return ``value`` moved by whole years or months."""
    return value.shift(years, months)


def end_of(value: Value) -> Period:
    """Return the last period of ``value`` (the value itself when it is one period)."""
    return value.end if isinstance(value, Interval) else value


def contains(outer: Value, inner: Value) -> bool:
    """Return True if ``inner`` lies within ``outer``."""
    return outer.first() <= inner.first() and inner.last() <= outer.last()


def parse_iso(value: str) -> Value:
    """Return the period or interval an ISO 8601 string names.

    Raises:
        ValueError: ``value`` is not 'YYYY', 'YYYY-MM', 'YYYY-MM-DD', 'YYYY-Qn', 'YYYY-Hn' or
            two of them joined by '/'.
    """
    if "/" in value:
        a, _, b = value.partition("/")
        start, end = parse_iso(a), parse_iso(b)
        if isinstance(start, Interval) or isinstance(end, Interval):
            raise ValueError(f"nested interval in {value!r}")
        return Interval(start, end)
    parts = value.split("-")
    try:
        year = int(parts[0])
        if len(parts[0]) != 4:
            raise ValueError(value)
        if len(parts) == 1:
            return Period(year)
        tag = parts[1]
        if len(parts) == 2 and tag[:1] in "QH" and len(tag) == 2:
            n = int(tag[1])
            if tag[0] == "Q" and 1 <= n <= 4:
                return Period(year, quarter=n)
            if tag[0] == "H" and 1 <= n <= 2:
                return Period(year, half=n)
            raise ValueError(value)
        month = int(tag)
        day = int(parts[2]) if len(parts) == 3 else None
        dt.date(year, month, day or 1)
        if len(parts) > 3:
            raise ValueError(value)
        return Period(year, month, day)
    except (ValueError, IndexError) as err:
        raise ValueError(f"not an ISO 8601 date or period: {value!r}") from err
