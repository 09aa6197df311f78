"""Claim times by rules of the language: seasons, compared periods after a change, "from" as a
source rather than a comparison, and bare weekdays (sentences written for these tests)."""

from __future__ import annotations

import pytest

import claimx
from claimx import weekdays
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


# ---------------------------------------------------------------------------- bare weekdays
# 2025-10-14 was a Tuesday
@pytest.mark.parametrize(
    ("text", "lang", "date", "expected"),
    [
        (
            "Harga cabai rawit mencapai Rp 68.450 per kilogram pada Senin, melonjak 23 persen "
            "dibandingkan bulan lalu.",
            "id",
            "2025-10-14",
            {"Rp 68.450": "2025-10-13", "23 persen": "2025-10-13"},
        ),
        (
            "Persija sealed the title on Sunday in front of 40,000 fans.",
            "en",
            "2025-05-26",
            {"40,000 fans": "2025-05-25"},
        ),
        # the day of the document itself
        ("Stocks fell 2 percent on Tuesday.", "en", "2025-10-14", {"2 percent": "2025-10-14"}),
        # a word moves it strictly back
        ("Harga emas turun 2 persen Senin lalu.", "id", "2025-10-13", {"2 persen": "2025-10-06"}),
        ("Gold fell 2 percent last Monday.", "en", "2025-10-13", {"2 percent": "2025-10-06"}),
        # a figure of that day carries into the next sentence of its paragraph
        (
            "Harga cabai mencapai Rp 68.450 per kilogram pada Senin. Harga beras tercatat "
            "Rp 13.950 per kg.",
            "id",
            "2025-10-14",
            {"Rp 13.950": "2025-10-13"},
        ),
    ],
)
def test_a_bare_weekday_is_the_latest_such_day(
    text: str, lang: str, date: str, expected: dict[str, str]
) -> None:
    assert {m: time_of(text, m, lang, date) for m in expected} == expected


@pytest.mark.parametrize(
    ("text", "lang", "mention", "value"),
    [
        (
            "Bank Indonesia akan melelang 5 juta lembar SBN pada Kamis.",
            "id",
            "5 juta",
            "2025-10-16",
        ),
        (
            "The ministry will auction 3 million tons of rice on Friday.",
            "en",
            "3 million",
            "2025-10-17",
        ),
        ("Sales are expected to reach 300 units next Tuesday.", "en", "300 units", "2025-10-21"),
    ],
)
def test_a_weekday_of_a_forecast_is_the_next_such_day(
    text: str, lang: str, mention: str, value: str
) -> None:
    assert time_of(text, mention, lang, "2025-10-14") == value


@pytest.mark.parametrize(
    ("text", "lang", "mention"),
    [
        ("Inflasi mencapai 2,65 persen, kata Kepala BPS di Jakarta, Senin.", "id", "2,65 persen"),
        ("Inflasi mencapai 2,65 persen, katanya kepada wartawan, Senin.", "id", "2,65 persen"),
        ("The central bank said on Monday that 12 banks had failed.", "en", "12 banks"),
        ("On Monday, the bureau said exports rose 4 percent.", "en", "4 percent"),
        ("BPS, Senin, mengumumkan ekspor naik 4 persen.", "id", "4 persen"),
    ],
)
def test_a_weekday_that_dates_a_statement_governs_no_figure(
    text: str, lang: str, mention: str
) -> None:
    # 2025-10-15 was a Wednesday: the figure is the present one, not Monday's
    assert time_of(text, mention, lang, "2025-10-15") == "2025-10-15"


def test_a_figure_after_the_statement_keeps_the_weekday() -> None:
    text = "Menurut data Bapanas, harga cabai mencapai Rp 68.450 per kilogram pada Senin."
    assert time_of(text, "Rp 68.450", "id", "2025-10-15") == "2025-10-13"


def test_a_weekday_needs_a_document_date_with_a_day() -> None:
    text = "Harga cabai mencapai Rp 68.450 per kilogram pada Senin."
    assert time_of(text, "Rp 68.450", "id", "2025-10") == "2025-10"


def test_the_news_of_a_day_is_not_the_articles_lead_time() -> None:
    text = (
        "Persib won the title on Sunday in front of 38,000 fans.\n\n"
        "The club scored 70 goals in the 2024-25 season.\n\n"
        "The league drew 3.4 million spectators."
    )
    assert time_of(text, "38,000 fans", "en", "2025-05-26") == "2025-05-25"
    assert time_of(text, "3.4 million", "en", "2025-05-26") == "2025"


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Cyber Monday sales reached a record.", "en", []),
        ("Black Friday deals drew crowds.", "en", []),
        ("Minggu ini harga beras naik.", "id", []),  # "this week"
        ("Pasar ramai pada Minggu pagi.", "id", ["Minggu"]),
        ("Rapat digelar Senin (13/10/2025) di Jakarta.", "id", []),  # an event date
        ("He spoke on Tuesday, January 15, 2019.", "en", []),
        ("Harga naik Kamis kemarin.", "id", ["Kamis kemarin"]),
        ("Prices rose on Friday.", "en", ["Friday"]),
    ],
)
def test_which_weekdays_are_bare(text: str, lang: str, found: list[str]) -> None:
    assert [text[t.start : t.end] for t in weekdays.find(text, lang)] == found


@pytest.mark.parametrize(
    ("text", "lang", "mention", "value"),
    [
        ("IHSG ditutup melemah 1,2 persen kemarin.", "id", "1,2 persen", "2025-10-13"),
        ("Shares fell 3 percent yesterday.", "en", "3 percent", "2025-10-13"),
        ("The bank will auction 2 million bonds tomorrow.", "en", "2 million", "2025-10-15"),
        # a statement's day governs no figure: the figure is the present one
        (
            "Inflasi mencapai 2,65 persen, kata Menteri di Jakarta, kemarin.",
            "id",
            "2,65 persen",
            "2025-10-14",
        ),
    ],
)
def test_a_day_word_counts_days_from_the_document_date(
    text: str, lang: str, mention: str, value: str
) -> None:
    assert time_of(text, mention, lang, "2025-10-14") == value


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Harga naik pekan kemarin.", "id", []),  # last week, not yesterday
        ("Harga naik tahun kemarin.", "id", []),
        ("Harga naik Senin kemarin.", "id", ["Senin kemarin"]),  # one expression
        ("Prices fell yesterday.", "en", ["yesterday"]),
    ],
)
def test_which_day_words_are_days(text: str, lang: str, found: list[str]) -> None:
    assert [text[t.start : t.end] for t in weekdays.find(text, lang)] == found


# 2025-10-14 was a Tuesday; the week before ran from Monday 6 to Sunday 12 October
@pytest.mark.parametrize(
    ("text", "lang", "mention", "value"),
    [
        ("Harga emas turun 2 persen pada Jumat pekan lalu.", "id", "2 persen", "2025-10-10"),
        ("Harga emas turun 2 persen pada Senin pekan lalu.", "id", "2 persen", "2025-10-06"),
        ("Gold fell 2 percent on Wednesday last week.", "en", "2 percent", "2025-10-08"),
        (
            "The bank will sell 5 million bonds on Monday next week.",
            "en",
            "5 million",
            "2025-10-20",
        ),
    ],
)
def test_a_weekday_of_the_week_before_or_after(
    text: str, lang: str, mention: str, value: str
) -> None:
    assert time_of(text, mention, lang, "2025-10-14") == value


@pytest.mark.parametrize(
    ("text", "lang", "mention"),
    [
        (
            "Pemerintah menargetkan kontribusi koperasi 5,5 persen pada 2024.\n\n"
            "Pada 2023 jumlah koperasi mencapai 130.000 unit.\n\n"
            "“Target itu sudah kami lampaui, mencapai 6,2 persen,” kata Menteri.",
            "id",
            "6,2 persen",
        ),
        (
            "The ministry set a target of 7 million arrivals for 2024.\n\n"
            "In 2023 arrivals reached 5 million.\n\n"
            "That goal has been exceeded, with 7.2 million visitors.",
            "en",
            "7.2 million",
        ),
    ],
)
def test_a_figure_that_surpasses_a_target_is_in_its_period(
    text: str, lang: str, mention: str
) -> None:
    assert time_of(text, mention, lang, "2024-10-10") == "2024"


def test_without_a_surpassing_word_the_lead_time_stays() -> None:
    text = (
        "Pemerintah menargetkan kontribusi koperasi 5,5 persen pada 2024.\n\n"
        "Pada 2023 jumlah koperasi mencapai 130.000 unit.\n\n"
        "Anggotanya mencapai 2 juta orang."
    )
    assert time_of(text, "2 juta", "id", "2024-10-10") == "2023"


def test_a_dateline_weekday_is_no_time() -> None:
    assert weekdays.find("JAKARTA, Senin - Inflasi naik.", "id") == []
    assert [t.weekday for t in weekdays.find("Inflasi naik pada Senin.", "id")] == [0]


def test_a_deadline_is_no_lead_time_for_the_claims_before_it() -> None:
    """ "paling lambat akhir Februari" is a deadline: the claims of earlier paragraphs keep the
    day of the news, not the month of the deadline."""
    import claimx

    text = (
        "SEMARANG — Curah hujan mencapai 210 milimeter pada Senin (3/2/2025).\n\n"
        "Pemerintah menyiapkan dana Rp 5 miliar dan menargetkan pengungsi kembali paling "
        "lambat akhir Februari."
    )
    times = [c.time.value if c.time else None for c in claimx.extract(text).claims]
    assert times[0] == "2025-02-03"
