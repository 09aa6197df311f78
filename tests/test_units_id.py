"""Indonesian measurement units, and square or cubic units written apart from their figure."""

from __future__ import annotations

import pytest

from claimx.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        ("Curah hujan mencapai 210 milimeter per hari.", "210 milimeter", 210, "mm"),
        ("Ambang ekstrem ditetapkan 150 mm.", "150 mm", 150, "mm"),
        ("Genangan setinggi 40 sentimeter merendam jalan.", "40 sentimeter", 40, "cm"),
        ("Luas gedung 12.500 meter persegi.", "12.500 meter persegi", 12500, "m2"),
        ("Lahan seluas 3.000 m2 dibebaskan.", "3.000 m2", 3000, "m2"),
        ("Waduk menampung 1,2 juta meter kubik air.", "1,2 juta meter kubik", 1.2e6, "m3"),
        ("Kuota BBM dipangkas menjadi 46 juta KL.", "46 juta KL", 46e6, "kl"),
        ("Angin bertiup 60 kilometer per jam.", "60 kilometer per jam", 60, "km/h"),
        ("Suhu mencapai 38 derajat Celsius.", "38 derajat Celsius", 38, "celsius"),
        ("Kapasitas pusat data 20 petabyte.", "20 petabyte", 20, "PB"),
        ("IHSG naik 41,6 poin.", "41,6 poin", 41.6, "point"),
        ("Tamu menginap rata-rata 3,2 malam.", "3,2 malam", 3.2, "night"),
    ],
)
def test_indonesian_units(text: str, mention: str, value: float, unit: str) -> None:
    got = [(text[q.start : q.end], q.value, q.unit) for q in find_quantities(text, "id")]
    assert any(
        m.endswith(mention) and v == pytest.approx(value) and u == unit for m, v, u in got
    ), got


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Some 140,900 m2 of land was cleared.", "en", "m2"),
        ("Sebanyak 140.900 m3 air dibuang.", "id", "m3"),
    ],
)
def test_a_square_or_cubic_unit_apart_from_its_figure_is_no_identifier(
    text: str, lang: str, unit: str
) -> None:
    assert [q.unit for q in find_quantities(text, lang)] == [unit]


def test_an_identifier_after_a_figure_still_masks_its_digit() -> None:
    text = "They ordered 5 A2 sheets."
    assert [text[q.start : q.end] for q in find_quantities(text, "en")] == ["5"]


@pytest.mark.parametrize(
    ("text", "lang", "mention", "value", "qualifier"),
    [
        ("More than a third of the firms are online.", "en", "More than a third", 100 / 3,
         "more_than"),
        ("Half of the respondents said prices were too high.", "en", "Half", 50, "exact"),
        ("One in five children drop out.", "en", "One in five", 20, "exact"),
        ("Data traffic grew by a fifth.", "en", "a fifth", 20, "exact"),
        ("Sekitar dua pertiga rumah sakit sudah siap.", "id", "Sekitar dua pertiga", 200 / 3,
         "approx"),
        ("Lebih dari separuh produksi diekspor.", "id", "Lebih dari separuh", 50, "more_than"),
        ("Setengah dari anggaran terserap.", "id", "Setengah", 50, "exact"),
    ],
)  # fmt: skip
def test_a_fraction_stating_a_share_is_a_percentage(
    text: str, lang: str, mention: str, value: float, qualifier: str
) -> None:
    got = [
        (text[q.start : q.end], q.value, q.unit, q.qualifier) for q in find_quantities(text, lang)
    ]
    assert got[0] == (mention, pytest.approx(value), "percent", qualifier)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Profit rose 5 percent in the first half of 2024.", "en"),
        ("Growth slowed in the third quarter of 2023.", "en"),
        ("The economy grew for three quarters in a row.", "en"),
        ("He waited half an hour.", "en"),
        ("Setengah jam kemudian hujan reda.", "id"),
        # restated by the exact figure, which is the claim
        ("More than a third, or 37 percent, of all consumers are new.", "en"),
    ],
)
def test_a_fraction_naming_a_period_or_a_measure_is_no_share(text: str, lang: str) -> None:
    assert not [q for q in find_quantities(text, lang) if q.written == "words"]
