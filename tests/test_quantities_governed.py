"""Quantities read from their neighbours: a range written with a percent sign on both bounds,
and a number in words that a change verb or a comparison makes an amount."""

from __future__ import annotations

import pytest

import claimx


def found(text: str, lang: str) -> list[tuple[str, float, str]]:
    """Return (mention, value, qualifier) of each claim of ``text``."""
    return [(c.text, c.value, c.qualifier) for c in claimx.extract(text, lang=lang).claims]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("OJK memproyeksikan kredit tumbuh 8%-10% tahun ini.", "id"),
        ("Loans are expected to grow 8%-10% this year.", "en"),
    ],
)
def test_percent_range_without_spaces(text: str, lang: str) -> None:
    assert [(m.rstrip("%"), v, q) for m, v, q in found(text, lang)] == [
        ("8", 8.0, "range"),
        ("10", 10.0, "range"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [("DAX -1.6% and CAC -0.5%.", "en", -1.6), ("IHSG ditutup -0,8% hari ini.", "id", -0.8)],
)
def test_signed_percent_stays_negative(text: str, lang: str, value: float) -> None:
    assert found(text, lang)[0][1] == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "lang", "mentions"),
    [
        ("Jumlah bank umum berkurang dua menjadi 105.", "id", ["dua", "105"]),
        ("Jumlah peserta bertambah tiga menjadi 20 tim.", "id", ["tiga", "20"]),
        ("Jumlahnya berkurang dua.", "id", ["dua"]),
        ("The number of clubs will rise to eight next season.", "en", ["eight"]),
        ("He scored 21 goals, two more than last season.", "en", ["21 goals", "two"]),
        ("The index fell by three on Friday.", "en", ["three"]),
        # no change verb or comparison: a word number alone is no amount
        ("The team lost one of its players.", "en", []),
        ("Salah satu bank menaikkan bunga.", "id", []),
        ("He said two things.", "en", []),
        # a word after the number says what it counts, and that is no listed measure
        ("Warga naik dua perahu untuk mengungsi.", "id", []),
        ("Penumpang turun satu per satu dari kapal.", "id", []),
        ("Harga cabai naik dua kali dalam sepekan.", "id", []),
        ("The Lakers lost two straight at home.", "en", []),
        ("The stock rose one notch.", "en", []),
        # "one in ten" is a share (10 percent), governed or not
        ("The share of adults who smoke fell to one in ten.", "en", ["one in ten"]),
        # the change verb of another sentence governs nothing here
        ("Oil prices fell. Two traders said the market was calm.", "en", []),
        ("Harga minyak turun. Dua pedagang mengatakan pasar tenang.", "id", []),
    ],
)
def test_word_number_governed_by_a_change(text: str, lang: str, mentions: list[str]) -> None:
    assert [m for m, _, _ in found(text, lang)] == mentions
