"""Claim times by rules of the language: seasons, compared periods after a change, "from" as a
source rather than a comparison, and bare weekdays (sentences written for these tests)."""

from __future__ import annotations

import pytest

import claimx
from claimx.timeexpr import scan


def time_of(text: str, mention: str, lang: str, date: str | None = None) -> str | None:
    """Return the time value of the claim overlapping the first occurrence of ``mention``.

    Raises:
        AssertionError: no claim overlaps ``mention``.
    """
    s = text.index(mention)
    e = s + len(mention)
    art = claimx.extract(text, lang=lang, date=date)
    for c in art.claims:
        if c.start < e and s < c.end:
            return c.time.value if c.time else None
    raise AssertionError(f"no claim at {mention!r}: {[c.text for c in art.claims]}")


# ------------------------------------------------------------------------------- seasons
@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("The club finished the 2023-24 campaign strongly.", "en", "2023/2024"),
        ("Musim 2024/25 berakhir pekan lalu.", "id", "2024/2025"),
        ("Pada RPJMN 2020-24 pemerintah membangun jalan.", "id", "2020/2024"),
        ("The 1999-00 season was the last.", "en", "1999/2000"),
        ("Data per 2023-11 menunjukkan kenaikan.", "id", "2023-11"),  # a month, not a season
    ],
)
def test_a_short_end_year_makes_a_season(text: str, lang: str, value: str) -> None:
    assert [t.value.iso() for t in scan(text, lang) if t.value is not None] == [value]


def test_a_season_governs_as_its_end_year() -> None:
    text = "Persela scored 48 goals in the 2022-23 season."
    assert time_of(text, "48 goals", "en", "2023-06-01") == "2023"


# ------------------------------------------------------------- compared period after change
@pytest.mark.parametrize(
    ("text", "lang", "mention", "value"),
    [
        (
            "Luas panen sepanjang 2025 mencapai 9 juta hektare.\n\n"
            "Luas tanam diperkirakan mencapai 7 juta hektare, bertambah 400.000 hektare dari 2024.",
            "id",
            "400.000 hektare",
            "2025",
        ),
        # with no other time the figure is the present one (the document date), not last year's
        (
            "Penjualan mobil tumbuh 8 persen dari tahun lalu.",
            "id",
            "8 persen",
            "2025-10-14",
        ),
        (
            "In 2025 car sales reached 1 million units, up 6 percent from 2024.",
            "en",
            "6 percent",
            "2025",
        ),
    ],
)
def test_a_period_after_a_change_and_from_is_the_compared_one(
    text: str, lang: str, mention: str, value: str
) -> None:
    assert time_of(text, mention, lang, "2025-10-14") == value


@pytest.mark.parametrize(
    ("text", "lang", "mention", "value"),
    [
        # a source: the claim keeps the year of its own sentence
        (
            "The city collected Rp 40 billion from its 20,000-rupiah parking fee last year, "
            "short of the Rp 60 billion it had targeted.",
            "en",
            "Rp 60 billion",
            "2024",
        ),
        # a whole: "dari" names what the figure is part of
        (
            "Pada 2023, sebanyak 1,5 juta dari 3 juta pekerja sudah terdaftar.",
            "id",
            "3 juta",
            "2023",
        ),
        # a span opened by "dari" is no compared period
        (
            "Ekspor naik dari 2020 hingga 2023 sebesar 12 persen.",
            "id",
            "12 persen",
            "2023",
        ),
    ],
)
def test_from_without_a_change_is_no_comparison(
    text: str, lang: str, mention: str, value: str
) -> None:
    assert time_of(text, mention, lang, "2025-10-14") == value


def test_from_after_a_change_still_compares() -> None:
    text = "Exports rose to $30 billion in 2024 from $25 billion in 2023."
    assert time_of(text, "$25 billion", "en", "2025-03-01") == "2023"
    assert time_of(text, "$30 billion", "en", "2025-03-01") == "2024"
    text = "Exports reached $30 billion in 2024, from $25 billion in 2023."
    assert time_of(text, "$25 billion", "en", "2025-03-01") == "2023"
