"""Kind, aspect and qualifier rules read from the words around a number, in Indonesian and
English: sentences written for these tests, one shape per case."""
# ruff: noqa: E501  (the parametrized tables hold whole news sentences, one case per line)

from __future__ import annotations

import pytest

import claimx
from claimx.models import Claim


def claim(text: str, mention: str, lang: str) -> Claim:
    """Return the last claim of ``text`` whose text holds ``mention``."""
    art = claimx.extract(text, lang=lang, date="2025-06-01")
    hits = [c for c in art.claims if mention in c.text]
    assert hits, f"{mention!r} not extracted from {text!r}: {art.claims}"
    return hits[-1]


# an accompanying level after "with an average of" is no size of a change; a change word
# capitalised inside a name ("APBD Perubahan") governs nothing; a count of contests is a level
ASPECT = [
    (
        "en",
        "Ticket sales climbed 12 percent, with an average of 3.1 million buyers a month.",
        "3.1 million",
        "level",
    ),
    (
        "en",
        "Ticket sales climbed 12 percent, with an average of 3.1 million buyers a month.",
        "12 percent",
        "change",
    ),
    ("en", "Wages rose by an average of 4 percent last year.", "4 percent", "change"),
    (
        "id",
        "Penjualan naik 12 persen, dengan rata-rata 3,1 juta unit per bulan.",
        "3,1 juta unit",
        "level",
    ),
    (
        "id",
        "Anggaran itu naik 4 persen dibandingkan APBD Perubahan 2024 yang sebesar Rp70,2 triliun.",
        "Rp70,2 triliun",
        "level",
    ),
    (
        "id",
        "Anggaran itu naik 4 persen menjadi Rp70,2 triliun setelah perubahan sebesar Rp2 triliun.",
        "Rp2 triliun",
        "change",
    ),
    (
        "en",
        "The government's Climate Change Fund holds $4 billion, while emissions fell 3 percent.",
        "$4 billion",
        "level",
    ),
    (
        "en",
        "The club lost just 4 matches and conceded 31 goals over the season.",
        "31 goals",
        "level",
    ),
    ("en", "The club lost just 4 matches and conceded 31 goals over the season.", "4", "level"),
    ("en", "The carmaker lost 4,000 jobs last year.", "4,000 jobs", "change"),
    ("id", "Tim itu kalah 4 pertandingan dan kebobolan 31 gol musim ini.", "31", "level"),
]


@pytest.mark.parametrize(("lang", "text", "mention", "aspect"), ASPECT)
def test_aspect_rules(lang: str, text: str, mention: str, aspect: str) -> None:
    assert claim(text, mention, lang).aspect == aspect


def test_headline_in_title_case_keeps_its_change_verb() -> None:
    c = claim(
        "Ekspor Kopi 2025 Diperkirakan Turun 4,5 Persen\n\nJAKARTA - Ekspor kopi turun.",
        "4,5 Persen",
        "id",
    )
    assert (c.aspect, c.direction) == ("change", "down")
