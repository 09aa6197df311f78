"""Kind of a value read through the noun it is the value of: a revised forecast or target
("lowered its growth forecast to 4.9 percent from 5.2 percent") and a cue noun modifying the
head the number values ("its target range of 2 to 4 percent")."""

from __future__ import annotations

import pytest

import claimx


def kinds(text: str) -> list[tuple[str, str]]:
    """Return (mention, kind) of each claim of the English ``text``."""
    return [(c.text, c.kind) for c in claimx.extract(text, lang="en", date="2024-04-02").claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the value a forecast or target is revised from was that forecast or target
        (
            "The IMF cut its global growth forecast to 2.9 percent from 3.1 percent.",
            [("2.9 percent", "forecast"), ("3.1 percent", "forecast")],
        ),
        (
            "The ministry raised its 2025 target to 35 million from 30 million.",
            [("35 million", "target"), ("30 million", "target")],
        ),
        # after a verb cue the value it comes from is the level reached so far
        (
            "Exports are expected to rise to $5 billion from $4 billion.",
            [("$5 billion", "forecast"), ("$4 billion", "actual")],
        ),
        (
            "The IMF forecasts growth to slow to 2.9 percent from 3.1 percent.",
            [("2.9 percent", "forecast"), ("3.1 percent", "actual")],
        ),
        (
            "Sales rose to $5 billion from $4 billion.",
            [("$5 billion", "actual"), ("$4 billion", "actual")],
        ),
    ],
)
def test_revised_from(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bank Indonesia expects inflation to remain within its target range of 2 to 4 percent.",
            [("2", "target"), ("4 percent", "target")],
        ),
        # a central bank's target rate is its policy rate, a level in force
        ("The bank kept its target rate at 6 percent.", [("6 percent", "actual")]),
        ("The Fed held the fed funds target at 4.5 percent.", [("4.5 percent", "actual")]),
        ("The ministry kept its target growth rate at 6 percent.", [("6 percent", "target")]),
        # a cue noun modifying a noun that is not what the number values is no cue
        ("The IMF's outlook report showed growth of 5 percent.", [("5 percent", "actual")]),
    ],
)
def test_cue_noun_modifying_the_valued_head(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_growth_rate_revised_from_is_a_change() -> None:
    text = "The World Bank cut its growth forecast for Indonesia to 4.9 percent from 5.2 percent."
    claims = claimx.extract(text, lang="en", date="2024-04-02").claims
    assert [(c.text, c.aspect) for c in claims] == [
        ("4.9 percent", "change"),
        ("5.2 percent", "change"),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Produksi Beras 2025 Diproyeksi Naik 4,7 Persen", "forecast"),
        ("Pertumbuhan ekonomi diproyeksi 5,1 persen tahun depan.", "forecast"),
        ("Konsumsi rumah tangga tahun ini diramal tumbuh 4,9 persen.", "forecast"),
    ],
)
def test_short_passive_forecast_verbs(text: str, kind: str) -> None:
    assert claimx.extract(text, lang="id", date="2024-04-02").claims[0].kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Laju itu sedikit lebih cepat dibandingkan Agustus 2025 yang sebesar 7,56% yoy.",
        "Penjualan semen pada Oktober tercatat 4,1 persen year-on-year.",
    ],
)
def test_year_on_year_after_a_percentage_is_a_change(text: str) -> None:
    assert claimx.extract(text, lang="id", date="2025-10-14").claims[0].aspect == "change"


@pytest.mark.parametrize(
    ("text", "lang", "aspect"),
    [
        ("Pemerintah menargetkan tingkat kemiskinan turun di bawah 4 persen.", "id", "share"),
        ("Harga minyak naik di atas US$100 per barel.", "id", "level"),
        ("Inflation fell below 2 percent in May.", "en", "share"),
        ("Oil rose above $100 a barrel.", "en", "level"),
        # a comparative bound still measures the change ("rose by more than 5 percent")
        ("Sales rose more than 5 percent.", "en", "change"),
        ("Penjualan naik lebih dari 5 persen.", "id", "change"),
    ],
)
def test_change_verb_before_a_threshold_names_the_level(text: str, lang: str, aspect: str) -> None:
    assert claimx.extract(text, lang=lang, date="2025-10-14").claims[0].aspect == aspect
