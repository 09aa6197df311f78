"""Number parsing: locale-aware digits, number words, ordinals; tables plus properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimx.numbers import (
    Convention,
    convention,
    parse_digits,
    parse_number_words,
    parse_ordinal,
)

ID = Convention(",", ".", "default for id")
EN = Convention(".", ",", "default for en")


@pytest.mark.parametrize(
    ("text", "conv", "value"),
    [
        ("25.292.701", ID, 25292701),
        ("22,8", ID, 22.8),
        ("1.500", ID, 1500),
        ("4.919,7", ID, 4919.7),
        ("0,0", ID, 0.0),
        ("270.023", ID, 270023),
        ("25,292,701", EN, 25292701),
        ("39.52", EN, 39.52),
        ("1,500", EN, 1500),
        ("1,234.5", EN, 1234.5),
        ("2024", EN, 2024),
    ],
)
def test_parse_digits(text: str, conv: Convention, value: float) -> None:
    assert parse_digits(text, conv).value == pytest.approx(value)


@pytest.mark.parametrize("text", ["1.1.1", "1,23,4", "12.34.5", "1.234,5,6", ".5", "5."])
def test_malformed_digits_raise(text: str) -> None:
    with pytest.raises(ValueError, match="not a number"):
        parse_digits(text, ID)


def test_ambiguous_reading_is_never_silent() -> None:
    parsed = parse_digits("1.500", EN)
    assert parsed.value == 1.5
    assert parsed.note and "ambiguous" in parsed.note
    foreign = parse_digits("2.5", ID)
    assert foreign.value == 2.5 and foreign.note


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Sebanyak 25.292.701 UMKM, atau 39,52 persen", "id", ","),
        ("as many as 25,292,701 MSMEs or 39.52 percent", "en", "."),
        ("Rp 1.250.000 per bulan dan Rp27.036 triliun", "en", ","),  # grouping proves it
        ("tidak ada angka", "en", "."),
    ],
)
def test_document_convention(text: str, lang: str, expected: str) -> None:
    assert convention(text, lang).decimal == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("satu", 1),
        ("sembilan", 9),
        ("sepuluh", 10),
        ("sebelas", 11),
        ("dua belas", 12),
        ("sembilan belas", 19),
        ("dua puluh", 20),
        ("dua puluh lima", 25),
        ("seratus", 100),
        ("seratus lima puluh", 150),
        ("tiga ratus", 300),
        ("seribu", 1000),
        ("seribu lima ratus", 1500),
        ("dua ribu", 2000),
        ("sejuta", 1e6),
        ("tiga juta", 3e6),
        ("setengah", 0.5),
        ("setengah juta", 5e5),
        ("satu setengah juta", 1.5e6),
        ("dua ratus lima puluh ribu", 250000),
        ("semiliar", 1e9),
    ],
)
def test_indonesian_words(text: str, value: float) -> None:
    assert parse_number_words(text, "id") == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("one", 1),
        ("twelve", 12),
        ("twenty-five", 25),
        ("ninety nine", 99),
        ("a hundred", 100),
        ("one hundred", 100),
        ("a thousand", 1000),
        ("two hundred and fifty", 250),
        ("half a million", 5e5),
        ("five million", 5e6),
        ("one hundred twenty-five thousand", 125000),
        ("a million", 1e6),
    ],
)
def test_english_words(text: str, value: float) -> None:
    assert parse_number_words(text, "en") == pytest.approx(value)


@pytest.mark.parametrize("text", ["dan", "juta juta x", "and", "a", "hundred and"])
def test_bad_words_raise(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number_words(text, "en" if text.isascii() else "id")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("kedua", "id", 2),
        ("ketiga", "id", 3),
        ("ke-3", "id", 3),
        ("satu", "id", 1),
        ("third", "en", 3),
        ("3rd", "en", 3),
        ("second", "en", 2),
    ],
)
def test_ordinals(text: str, lang: str, value: int) -> None:
    assert parse_ordinal(text, lang) == value


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99))
def test_digits_round_trip(whole: int, frac: int) -> None:
    id_text = _group(whole, ".") + f",{frac:02d}"
    en_text = _group(whole, ",") + f".{frac:02d}"
    expected = whole + frac / 100
    assert parse_digits(id_text, ID).value == pytest.approx(expected)
    assert parse_digits(en_text, EN).value == pytest.approx(expected)
