"""Time expressions: every supported form per language, relations, roles, and round trips."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from claimx import timex
from claimx.lexicon import calendar_data
from claimx.models import DocDate
from claimx.periods import Period
from claimx.structure import analyse
from claimx.timedata import TimeData, time_data
from claimx.timeexpr import resolve, scan

DATE = Period(2023, 6, 15)

# (text, the expression as found, its value against 2023-06-15, relation)
ID_FORMS = [
    ("naik per Maret 2023 lalu", "Maret 2023", "2023-03", "as_of"),
    ("hingga Desember 2023 nanti", "Desember 2023", "2023-12", "as_of"),
    ("tumbuh sejak 2015 lalu", "2015", "2015", "since"),
    ("target pada 2024 itu", "2024", "2024", "in"),
    ("tercatat pada tahun 2022 itu", "2022", "2022", "in"),
    ("laba kuartal III-2023 naik", "kuartal III-2023", "2023-Q3", None),
    ("laba Kuartal III 2023 naik", "Kuartal III 2023", "2023-Q3", None),
    ("laba triwulan I 2024 naik", "triwulan I 2024", "2024-Q1", None),
    ("laba triwulan II/2022 naik", "triwulan II/2022", "2022-Q2", None),
    ("laba kuartal ketiga tahun 2023 naik", "kuartal ketiga tahun 2023", "2023-Q3", None),
    ("laba semester I 2023 naik", "semester I 2023", "2023-H1", None),
    ("laba semester pertama 2023 naik", "semester pertama 2023", "2023-H1", None),
    ("produksi Januari−September 2023 turun", "Januari−September 2023", "2023-01/2023-09", None),
    ("produksi Oktober-Desember 2023 turun", "Oktober-Desember 2023", "2023-Q4", None),
    ("produksi Januari hingga Juni 2023 turun", "Januari hingga Juni 2023", "2023-H1", None),
    ("pada periode 2019-2024 dibubarkan", "2019-2024", "2019/2024", "in"),
    ("antara 2019 dan 2021 naik", "2019 dan 2021", "2019/2021", None),
    ("kata dia, 15 Juni 2021, di Jakarta", "15 Juni 2021", "2021-06-15", None),
    ("KUR sampai 14 Juni sudah", "14 Juni", "2023-06-14", "as_of"),
    ("hingga 2024 ini belum", "2024 ini", "2024", "as_of"),
    ("omzet tahun lalu naik", "tahun lalu", "2022", None),
    ("omzet tahun depan naik", "tahun depan", "2024", None),
    ("omzet tahun ini naik", "tahun ini", "2023", None),
    ("omzet bulan lalu naik", "bulan lalu", "2023-05", None),
    ("hingga saat ini naik", "saat ini", "2023-06-15", "as_of"),
    ("kini naik", "kini", "2023-06-15", None),
    (
        "sejak Maret hingga Desember tahun ini",
        "Maret hingga Desember tahun ini",
        "2023-03/2023-12",
        "since",
    ),
    ("banjir Maret lalu", "Maret lalu", "2023-03", None),
    ("24 juta di tahun depan tahun 2023", "tahun depan tahun 2023", "2023", "in"),
    # halves and quarters in words, month runs, capitalised headline words
    ("laba paruh kedua 2022 naik", "paruh kedua 2022", "2022-H2", None),
    ("laba kuartal keempat naik", "kuartal keempat", "2022-Q4", None),
    ("laba triwulan kedua tahun ini naik", "triwulan kedua tahun ini", "2023-Q2", None),
    ("penjualan Januari-Maret naik", "Januari-Maret", "2023-Q1", None),
    ("penjualan April hingga Mei naik", "April hingga Mei", "2023-04/2023-05", None),
    ("Penerimaan Pajak Tahun Depan", "Tahun Depan", "2024", None),
    ("Ekspor Tahun Lalu Turun", "Tahun Lalu", "2022", None),
    ("Laba Semester Pertama Tahun Ini Naik", "Semester Pertama Tahun Ini", "2023-H1", None),
    ("Laba Triwulan Keempat Tahun 2022 Naik", "Triwulan Keempat Tahun 2022", "2022-Q4", None),
    ("pada periode yang sama tahun 2021 naik", "periode yang sama tahun 2021", "2021", "in"),
]

EN_FORMS = [
    ("online as of December 2023 now", "December 2023", "2023-12", "as_of"),
    ("online until December 2023 now", "December 2023", "2023-12", "as_of"),
    ("grown since 2015 steadily", "2015", "2015", "since"),
    ("reach it by 2024 maybe", "2024", "2024", "by"),
    ("stood at 9 percent in September 2018 only", "September 2018", "2018-09", "in"),
    ("profit in Q3 2023 rose", "Q3 2023", "2023-Q3", "in"),
    ("profit in 3Q23 rose", "3Q23", "2023-Q3", "in"),
    ("profit in the third quarter of 2022 rose", "third quarter of 2022", "2022-Q3", "in"),
    ("profit in the first half of 2023 rose", "first half of 2023", "2023-H1", "in"),
    ("profit in H1 2023 rose", "H1 2023", "2023-H1", "in"),
    ("output in October-December 2022 rose", "October-December 2022", "2022-Q4", "in"),
    (
        "output from January to September 2023 rose",
        "January to September 2023",
        "2023-01/2023-09",
        None,
    ),
    (
        "loans between August 2015 and December 27, 2021, reached",
        "August 2015 and December 27, 2021",
        "2015-08/2021-12-27",
        None,
    ),
    ("fell to 4.99 percent in February, 2020 from", "February, 2020", "2020-02", "in"),
    ("he said on June 23, 2021 in Jakarta", "June 23, 2021", "2021-06-23", None),
    ("he said on 28 March 2022 in Jakarta", "28 March 2022", "2022-03-28", None),
    ("sales this year rose", "this year", "2023", None),
    ("sales last year rose", "last year", "2022", None),
    ("sales next year rise", "next year", "2024", None),
    ("sales last month rose", "last month", "2023-05", None),
    ("it currently has", "currently", "2023-06-15", None),
    ("struck in March this year", "March this year", "2023-03", "in"),
    ("sold in March only", "March", "2023-03", "in"),
    ("fiscal 2021/2022 budget", "2021/2022", "2021/2022", None),
    # halves and quarters in words, month runs, capitalised headline words
    ("profit in second-half 2022 fell", "second-half 2022", "2022-H2", "in"),
    ("the first-half 2021 results", "first-half 2021", "2021-H1", None),
    ("Profit In The Third Quarter Of 2021 Rose", "Third Quarter Of 2021", "2021-Q3", "in"),
    ("sales in the October-December quarter rose", "October-December quarter", "2022-Q4", "in"),
    (
        "output in the April-June quarter of 2022 rose",
        "April-June quarter of 2022",
        "2022-Q2",
        "in",
    ),
    ("sales in the January-June period rose", "January-June period", "2023-H1", "in"),
    ("sales in February-March rose", "February-March", "2023-02/2023-03", "in"),
    ("profit in the second quarter rose", "second quarter", "2023-Q2", "in"),
    ("Tax Revenue Next Year", "Next Year", "2024", None),
    ("Exports This Year", "This Year", "2023", None),
    ("sales in the same period of 2021 rose", "the same period of 2021", "2021", "in"),
]


def _find(
    text: str, lang: str, date: Period | None = DATE
) -> list[tuple[str, str | None, str | None]]:
    return [
        (text[t.start : t.end], v.iso() if (v := resolve(t, date)) else None, t.relation)
        for t in scan(text, lang)
    ]


@pytest.mark.parametrize(
    ("lang", "case"), [("id", c) for c in ID_FORMS] + [("en", c) for c in EN_FORMS]
)
def test_forms(lang: str, case: tuple[str, str, str, str | None]) -> None:
    text, written, value, relation = case
    assert (written, value, relation) in _find(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "sesuai UU Nomor 11 Tahun 2020 tentang"),
        ("id", "Perpres No 2 Tahun 2022 mengatur"),
        ("id", "kasus COVID-19 naik"),
        ("id", "pada tahun 1990-an"),
        ("id", "nilainya Rp2.024 triliun"),
        ("en", "in the 1990s"),
        ("en", "May be higher"),
        ("en", "under rule No. 7/2021 in Jakarta"),
        ("en", "two days before expanding"),
    ],
)
def test_not_times(lang: str, text: str) -> None:
    assert _find(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "role"),
    [
        ("en", "SINGAPORE, March 8 (Reuters) - Exports rose.", "dateline"),
        ("id", "MEDAN, 14 Agustus (Antara) - Ekspor naik.", "dateline"),
        ("en", "Exports rose on March 8, officials said.", "time"),
        ("id", "kata dia, Senin (4/12/2023), di Jakarta.", "event"),
        ("id", "kata dia di Jakarta, Selasa, 15 Juni 2021, dalam webinar.", "event"),
        ("id", " date 2023-12 Kemenko mencatat", "header"),
        ("id", "Judul berita\n- 23 Januari 2021, 15:45 WIB\nIsi berita.", "dateline"),
        ("en", "he told a press conference on Tuesday, January 15, 2019, in Jakarta.", "event"),
        ("en", "Headline\n\nMonday, October 17, 2022\n\nBody text.", "dateline"),
    ],
)
def test_roles(lang: str, text: str, role: str) -> None:
    assert [t.role for t in scan(text, lang)] == [role]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Omzet tahun lalu naik."),
        ("en", "Sales last year rose."),
        ("id", "Pada periode yang sama omzet naik."),
        ("en", "In the same period sales rose."),
        ("id", "Omzet kuartal pertama naik."),
        ("en", "Sales in the January-March quarter rose."),
    ],
)
def test_unresolvable_relative_has_null_value(lang: str, text: str) -> None:
    refs = timex.find_times(text, lang, analyse(text, lang), None)
    assert len(refs) == 1 and refs[0].value is None and refs[0].text


def test_find_times_resolves_against_document_date() -> None:
    text = "Omzet tahun lalu naik, per Maret 2023 turun."
    refs = timex.find_times(
        text, "id", analyse(text, "id"), DocDate(value="2023-12-04", basis="given")
    )
    assert [(r.text, r.value, r.relation) for r in refs] == [
        ("tahun lalu", "2022", None),
        ("Maret 2023", "2023-03", "as_of"),
    ]
    for r in refs:
        assert r.start is not None and r.end is not None and text[r.start : r.end] == r.text


def _month_names(lang: str) -> dict[int, str]:
    names: dict[int, str] = {}
    for name, n in calendar_data(lang).months.items():
        if len(name) > len(names.get(n, "")):
            names[n] = name
    return names


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_ORD = {1: "first", 2: "second", 3: "third", 4: "fourth"}
_ID_ORD = {1: "pertama", 2: "kedua", 3: "ketiga", 4: "keempat"}
_QMONTHS = {
    1: "January-March",
    2: "April-June",
    3: "July-September",
    4: "October-December",
}


def _formats(lang: str, d: dt.date) -> list[tuple[str, str]]:
    m = _month_names(lang)[d.month]
    q = (d.month - 1) // 3 + 1
    y = d.year
    if lang == "id":
        return [
            (f"{d.day} {m} {y}", d.isoformat()),
            (f"{d.day}/{d.month}/{y}", d.isoformat()),
            (f"{d.day:02d}/{d.month:02d}/{y}", d.isoformat()),
            (f"{m} {y}", f"{y}-{d.month:02d}"),
            (f"kuartal {_ROMAN[q]}-{y}", f"{y}-Q{q}"),
            (f"triwulan {_ROMAN[q]} {y}", f"{y}-Q{q}"),
            (f"semester {_ROMAN[(q + 1) // 2]} {y}", f"{y}-H{(q + 1) // 2}"),
            (f"paruh {_ID_ORD[(q + 1) // 2]} {y}", f"{y}-H{(q + 1) // 2}"),
            (f"kuartal {_ID_ORD[q]} {y}", f"{y}-Q{q}"),
            (f"tahun {y}", f"{y}"),
        ]
    return [
        (f"{m} {d.day}, {y}", d.isoformat()),
        (f"{d.day} {m} {y}", d.isoformat()),
        (f"{m} {y}", f"{y}-{d.month:02d}"),
        (f"{m}, {y}", f"{y}-{d.month:02d}"),
        (f"Q{q} {y}", f"{y}-Q{q}"),
        (f"the {_ORD[q]} quarter of {y}", f"{y}-Q{q}"),
        (f"the {_ORD[(q + 1) // 2]} half of {y}", f"{y}-H{(q + 1) // 2}"),
        (f"{_ORD[(q + 1) // 2]}-half {y}", f"{y}-H{(q + 1) // 2}"),
        (f"the {_QMONTHS[q]} quarter of {y}", f"{y}-Q{q}"),
    ]


@settings(max_examples=60, deadline=None)
@given(
    d=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)),
    lang=st.sampled_from(["id", "en"]),
)
def test_written_dates_resolve_to_themselves(d: dt.date, lang: str) -> None:
    lead = "Harga naik 5 persen pada " if lang == "id" else "Prices rose 5 percent in "
    for written, iso in _formats(lang, d):
        text = f"{lead}{written}, kata dia."
        found = _find(text, lang, None)
        assert len(found) == 1 and found[0][1] == iso, (written, found)
        expr = scan(text, lang)[0]
        assert text[expr.start : expr.end].endswith(str(d.year)), written


@pytest.mark.parametrize("lang", ["id", "en"])
def test_time_data_is_consistent(lang: str) -> None:
    data = time_data(lang)
    assert set(data.ordinals.values()) == {1, 2, 3, 4}
    assert data.quarter_words and data.half_words and data.comparison_cues
    # every relative phrase and present word is found whole by the scanner
    for phrase in [*data.relative, *data.now]:
        found = scan(f"x {phrase} x", lang)
        assert [(2, 2 + len(phrase))] == [(t.start, t.end) for t in found], phrase


def test_time_data_refuses_unknown_keys() -> None:
    raw = time_data("id").model_dump()
    raw["mnoths"] = []
    with pytest.raises(ValidationError, match="extra"):
        TimeData.model_validate(raw)
