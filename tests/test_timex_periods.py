"""Calendar periods: ISO rendering and parsing, spans, shifting."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimx.periods import Interval, Period, contains, interval, parse_iso


@pytest.mark.parametrize(
    ("start", "end", "iso"),
    [
        (Period(2023, 10), Period(2023, 12), "2023-Q4"),
        (Period(2023, 1), Period(2023, 6), "2023-H1"),
        (Period(2023, 7), Period(2023, 12), "2023-H2"),
        (Period(2023, 1), Period(2023, 12), "2023"),
        (Period(2023, 1), Period(2023, 9), "2023-01/2023-09"),
        (Period(2019), Period(2024), "2019/2024"),
        (Period(2015, 8), Period(2021, 12, 27), "2015-08/2021-12-27"),
        (Period(2023, 3, 1), Period(2023, 5, 31), "2023-03-01/2023-05-31"),
    ],
)
def test_interval_simplifies(start: Period, end: Period, iso: str) -> None:
    v = interval(start, end)
    assert v is not None and v.iso() == iso


def test_backward_interval_is_none() -> None:
    assert interval(Period(2024), Period(2020)) is None


@pytest.mark.parametrize(
    ("period", "years", "months", "iso"),
    [
        (Period(2023, 1), 0, -1, "2022-12"),
        (Period(2024, 2, 29), -1, 0, "2023-02-28"),
        (Period(2022, quarter=4), -1, 0, "2021-Q4"),
        (Period(2020), 1, 0, "2021"),
    ],
)
def test_shift(period: Period, years: int, months: int, iso: str) -> None:
    assert period.shift(years, months).iso() == iso


def test_contains() -> None:
    assert contains(Period(2021), Period(2021, 10))
    assert not contains(Period(2021, quarter=1), Period(2021, 10))
    assert contains(Interval(Period(2020), Period(2021)), Period(2021, 6, 1))


@pytest.mark.parametrize("bad", ["2023-13", "23", "2023-Q5", "2023-H3", "2023-02-30", "x/2023"])
def test_parse_iso_rejects(bad: str) -> None:
    with pytest.raises(ValueError, match=r"ISO 8601|nested"):
        parse_iso(bad)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), st.integers(0, 4))
def test_iso_round_trip(d: dt.date, grain: int) -> None:
    p = Period(d.year, d.month, d.day).as_grain(grain)
    assert parse_iso(p.iso()) == p
    assert p.first() <= d <= p.last()
