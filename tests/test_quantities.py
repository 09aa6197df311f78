"""Quantity recognition: claims and not-claims, per language, as parametrized tables."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimx.quantities import find_quantities

ID_CASES = [
    # text, mention, value, unit, qualifier
    ("Saat ini 27 juta UMKM telah go digital.", "27 juta", 27e6, "count", "exact"),
    ("bertambah menjadi 22,8 juta UMKM", "22,8 juta", 22.8e6, "count", "exact"),
    ("sebanyak 25.292.701 UMKM", "25.292.701", 25292701, "count", "exact"),
    ("atau 35,5 persen dari total", "35,5 persen", 35.5, "percent", "exact"),
    ("naik 37,89% dibandingkan", "37,89%", 37.89, "percent", "exact"),
    ("senilai Rp877 triliun", "Rp877 triliun", 877e12, "IDR", "exact"),
    ("senilai Rp.877 triliun", "Rp.877 triliun", 877e12, "IDR", "exact"),
    ("sebesar Rp 200,66 triliun", "Rp 200,66 triliun", 200.66e12, "IDR", "exact"),
    ("mencapai Rp22,53 miliar", "Rp22,53 miliar", 22.53e9, "IDR", "exact"),
    ("mencapai Rp2,5 milyar", "Rp2,5 milyar", 2.5e9, "IDR", "exact"),
    ("hanya USD4.919,7 per kapita", "USD4.919,7", 4919.7, "USD", "exact"),
    ("gaji 5 jt sebulan", "5 jt", 5e6, "count", "exact"),
    ("sekitar 5 juta UMKM", "sekitar 5 juta", 5e6, "count", "approx"),
    ("hampir satu juta orang", "hampir satu juta orang", 1e6, "count", "approx"),
    ("minimal 20 juta", "minimal 20 juta", 20e6, "count", "at_least"),
    ("setidaknya 3 juta", "setidaknya 3 juta", 3e6, "count", "at_least"),
    ("lebih dari 10 persen", "lebih dari 10 persen", 10, "percent", "more_than"),
    ("lebih di atas 6,2%", "lebih di atas 6,2%", 6.2, "percent", "more_than"),
    ("kurang dari 5 persen", "kurang dari 5 persen", 5, "percent", "less_than"),
    ("produksi 30,90 juta ton beras", "30,90 juta ton", 30.9e6, "ton", "exact"),
    ("seluas 1.200 hektare", "1.200 hektare", 1200, "hectare", "exact"),
    ("sebanyak 82 ribu unit koperasi", "82 ribu unit", 82000, "count", "exact"),
    ("7,05 juta orang", "7,05 juta orang", 7.05e6, "count", "exact"),
    ("seribu UMKM", "seribu", 1000, "count", "exact"),
    ("sejuta rumah", "sejuta", 1e6, "count", "exact"),
    ("setengah juta", "setengah juta", 5e5, "count", "exact"),
    ("dua puluh lima ribu orang", "dua puluh lima ribu orang", 25000, "count", "exact"),
    ("tumbuh minus 0,94 persen", "minus 0,94 persen", -0.94, "percent", "exact"),
    ("tumbuh -0,69% pada", "-0,69%", -0.69, "percent", "exact"),
    ("masuk di peringkat kedua", "peringkat kedua", 2, "rank", "exact"),
    ("di posisi ke-3 dunia", "posisi ke-3", 3, "rank", "exact"),
    ("dengan sisa waktu 3 tahun", "3 tahun", 3, "year", "exact"),
    ("Targetkan KUR Rp 300 Triliun Tahun Depan", "Rp 300 Triliun", 300e12, "IDR", "exact"),
    ("tumbuh di kisaran 4,8 persen", "di kisaran 4,8 persen", 4.8, "percent", "approx"),
    ("inflasi berkisar 3 persen", "berkisar 3 persen", 3, "percent", "approx"),
    ("diikuti sebanyak 2023 orang peserta", "2023 orang", 2023, "count", "exact"),
]

EN_CASES = [
    ("as many as 25,292,701 MSMEs", "25,292,701", 25292701, "count", "exact"),
    ("or 39.52 percent of", "39.52 percent", 39.52, "percent", "exact"),
    ("a value of Rp.877 trillion", "Rp.877 trillion", 877e12, "IDR", "exact"),
    ("25 mln MSMEs expected", "25 mln", 25e6, "count", "exact"),
    ("up 11% to $44b in 2020", "$44b", 44e9, "USD", "exact"),
    ("to $44 billion", "$44 billion", 44e9, "USD", "exact"),
    ("cost US$5.2 million", "US$5.2 million", 5.2e6, "USD", "exact"),
    ("worth 3 billion euros", "3 billion euros", 3e9, "EUR", "exact"),
    ("some 24.5 million MSMEs", "some 24.5 million", 24.5e6, "count", "approx"),
    ("At least 25 million", "At least 25 million", 25e6, "count", "at_least"),
    ("more than 300 people", "more than 300 people", 300, "count", "more_than"),
    ("up to 40 percent", "up to 40 percent", 40, "percent", "at_most"),
    ("nearly 2 million", "nearly 2 million", 2e6, "count", "approx"),
    ("fewer than 10 units", "fewer than 10 units", 10, "count", "less_than"),
    ("32.07 million tons in 2022", "32.07 million tons", 32.07e6, "ton", "exact"),
    ("500 thousand by 2024", "500 thousand", 5e5, "count", "exact"),
    ("half a million visitors", "half a million", 5e5, "count", "exact"),
    ("a thousand orders", "a thousand", 1000, "count", "exact"),
    ("two days after", "two days", 2, "day", "exact"),
    ("fell 5.5 per cent", "5.5 per cent", 5.5, "percent", "exact"),
    ("a 46.37-percent drop", "46.37-percent", 46.37, "percent", "exact"),
    ("0.46 basis points", "0.46 basis points", 0.46, "basis_point", "exact"),
    ("up 2 percentage points", "2 percentage points", 2, "percentage_point", "exact"),
    ("Sulawesi is ranked third", "ranked third", 3, "rank", "exact"),
    ("the second-highest contribution", "second-highest", 2, "rank", "exact"),
    ("a 5km road", "5km", 5, "km", "exact"),
]


def _one(text: str, lang: str, mention: str) -> tuple[float, str, str]:
    found = [q for q in find_quantities(text, lang) if text[q.start : q.end] == mention]
    assert found, f"{mention!r} not found in {text!r}: {find_quantities(text, lang)}"
    q = found[0]
    return q.value, q.unit, q.qualifier


@pytest.mark.parametrize(("text", "mention", "value", "unit", "qualifier"), ID_CASES)
def test_indonesian_quantities(
    text: str, mention: str, value: float, unit: str, qualifier: str
) -> None:
    v, u, qual = _one(text, "id", mention)
    assert (v, u, qual) == (pytest.approx(value), unit, qualifier)


@pytest.mark.parametrize(("text", "mention", "value", "unit", "qualifier"), EN_CASES)
def test_english_quantities(
    text: str, mention: str, value: float, unit: str, qualifier: str
) -> None:
    v, u, qual = _one(text, "en", mention)
    assert (v, u, qual) == (pytest.approx(value), unit, qualifier)


@pytest.mark.parametrize(
    ("text", "lang", "bounds"),
    [
        ("sekitar 2-3 juta UMKM", "id", [(2e6, "count"), (3e6, "count")]),
        ("penurunan 0,3 sampai 2,4 persen", "id", [(0.3, "percent"), (2.4, "percent")]),
        ("antara 2 dan 4 persen", "id", [(2, "percent"), (4, "percent")]),
        ("between 2 percent and 4 percent", "en", [(2, "percent"), (4, "percent")]),
        ("people aged 15 to 24 years", "en", [(15, "year"), (24, "year")]),
    ],
)
def test_ranges(text: str, lang: str, bounds: list[tuple[float, str]]) -> None:
    found = find_quantities(text, lang)
    assert [(q.value, q.unit) for q in found] == [(pytest.approx(v), u) for v, u in bounds]
    assert all(q.qualifier == "range" for q in found)
    assert found[0].lower == pytest.approx(bounds[0][0])
    assert found[0].upper == pytest.approx(bounds[1][0])


def test_from_to_is_not_a_range() -> None:
    found = find_quantities("rose from 5 percent to 6 percent", "en")
    assert [q.qualifier for q in found] == ["exact", "exact"]
    found = find_quantities("increase 52 percent to $32 billion", "en")
    assert [q.qualifier for q in found] == ["exact", "exact"]


NOT_CLAIMS = [
    ("id", "target pada 2024 tercapai"),
    ("id", "hingga Desember 2023 lalu"),
    ("id", "Senin (4/12/2023) di Jakarta"),
    ("id", "Kamis (10/10) di kantornya"),
    ("id", "pandemi COVID-19 melanda"),
    ("id", "Perpres Nomor 2 Tahun 2022 tentang"),
    ("id", "UU Nomor 11 Tahun 2020"),
    ("id", "pada Kuartal IV-2023 lalu"),
    ("id", "periode 2019-2024 lalu"),
    ("id", "sampai 14 Juni sudah"),
    ("id", "Selasa, 15 Juni 2021."),
    ("id", "pukul 15:45 WIB"),
    ("id", "23 Januari 2021, 15:45 WIB"),
    ("id", "[ultimatemember form_id=”1287″]"),
    ("id", "klik osc.medcom.id untuk info"),
    ("id", "lulusan S1-3 dan DI-III"),
    ("id", "hubungi 0812-3456-7890 sekarang"),
    ("id", "salah satu UMKM"),
    ("id", "pada 2023 orang mulai beralih"),
    ("en", "Mastercard Academy 2.0 was launched"),
    ("en", "see https://example.com/a/2023/12/45 now"),
    ("en", "Jakarta Globe - November 11, 2020"),
    ("en", "on Tuesday, January 15, 2019."),
    ("en", "in the year ending December 27, 2021"),
    ("en", "the G20 summit and 4G networks"),
    ("en", "call +62 21 3456 7890 today"),
    ("en", "one of the biggest"),
    ("en", "at 10:30 a.m. local time"),
    ("en", "in the 1990s"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CLAIMS)
def test_not_claims(lang: str, text: str) -> None:
    assert [text[q.start : q.end] for q in find_quantities(text, lang)] == []


def test_list_numbering_is_not_a_claim() -> None:
    text = "Langkahnya:\n1. Daftar akun\n2. Unggah produk 5 kali"
    assert [text[q.start : q.end] for q in find_quantities(text, "id")] == ["5"]


_ID_SCALES = {"ribu": 1e3, "juta": 1e6, "miliar": 1e9, "triliun": 1e12}
_EN_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def _render(whole: int, frac: int, lang: str, scale: str | None, form: str) -> tuple[str, float]:
    group, dec = (".", ",") if lang == "id" else (",", ".")
    num = f"{whole:,}".replace(",", group) + (f"{dec}{frac}" if frac else "")
    value = whole + (frac / 10 ** len(str(frac)) if frac else 0)
    scales = _ID_SCALES if lang == "id" else _EN_SCALES
    if scale:
        value *= scales[scale]
        num = f"{num} {scale}"
    if form == "percent":
        num += " persen" if lang == "id" else " percent"
    elif form == "money":
        num = "Rp" + num
    return num, value


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["id", "en"]),
    st.integers(min_value=1, max_value=10**9),
    st.integers(min_value=0, max_value=99),
    st.one_of(st.none(), st.sampled_from(["thousand", "million", "billion", "trillion"])),
    st.sampled_from(["count", "percent", "money"]),
)
def test_rendered_numbers_parse_back(
    lang: str, whole: int, frac: int, scale: str | None, form: str
) -> None:
    if scale and lang == "id":
        scale = dict(zip(_EN_SCALES, _ID_SCALES, strict=True))[scale]
    mention, value = _render(whole, frac, lang, scale, form)
    text = f"Angka itu {mention} kemarin." if lang == "id" else f"The figure was {mention} today."
    found = find_quantities(text, lang)  # grouped digits ("1.900") are never read as a year
    assert len(found) == 1, (text, found)
    q = found[0]
    assert text[q.start : q.end] == mention
    assert q.value == pytest.approx(value, rel=1e-9)
