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
