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
    (
        "en",
        "Streams jumped 20 percent this year, averaging 2.5 million listeners a week.",
        "2.5 million",
        "level",
    ),
    (
        "en",
        "Attendance reached 3.1 million, up 9 percent, with 1.4 million tickets sold online.",
        "1.4 million",
        "level",
    ),
    (
        "en",
        "Attendance reached 3.1 million, up 9 percent, with 1.4 million tickets sold online.",
        "9 percent",
        "change",
    ),
    ("en", "Economic growth averaged 5 percent a year over the decade.", "5 percent", "change"),
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


# a verb of passing bounds the number from below; "hingga" after a modal of possibility makes
# it a ceiling, but joins a range, a change from one level to another, or "as much as" elsewhere
QUALIFIER = [
    ("en", "Coffee exports topped 2.1 million tons last year.", "2.1 million tons", "more_than"),
    ("en", "Passenger numbers top 40 million for the first time", "40 million", "more_than"),
    ("en", "Revenue is expected to top $9 billion next year.", "$9 billion", "more_than"),
    ("en", "Sales surpassed $3 billion, the company said.", "$3 billion", "more_than"),
    ("en", "Its top 10 suppliers shipped 5 million tons.", "10", "exact"),
    ("en", "The top 5 percent of earners pay most of the tax.", "5 percent", "exact"),
    ("en", "Inflation did not exceed 3 percent last year.", "3 percent", "at_most"),
    ("en", "Sales didn't top $2 billion in the quarter.", "$2 billion", "at_most"),
    ("en", "Fees not exceeding 5 percent are allowed.", "5 percent", "at_most"),
    ("en", "Firms with no fewer than 50 staff must report.", "50 staff", "at_least"),
    ("id", "Defisit dijaga tidak lebih dari 3 persen dari PDB.", "3 persen", "at_most"),
    ("id", "Dana yang terkumpul tidak kurang dari Rp 5 miliar.", "Rp 5 miliar", "at_least"),
    ("id", "Jumlahnya tak lebih dari 200 orang.", "200 orang", "at_most"),
    ("id", "Defisit anggaran tidak melebihi 3 persen dari PDB.", "3 persen", "at_most"),
    ("id", "Defisit anggaran melebihi 3 persen dari PDB.", "3 persen", "more_than"),
    ("id", "Undangan yang hadir dibatasi sampai 20 orang.", "20 orang", "at_most"),
    ("id", "Jumlah personel tidak sampai 100 orang.", "100 orang", "less_than"),
    ("id", "Realisasi belanja belum mencapai 75 persen.", "75 persen", "less_than"),
    ("en", "The deficit is capped at 3 percent of GDP.", "3 percent", "at_most"),
    ("en", "Gatherings are limited to 50 people.", "50 people", "at_most"),
    ("en", "Output was cut to 5 million tons.", "5 million tons", "exact"),
    ("en", "Prices climbed 20 percent over three months.", "three months", "exact"),
    ("en", "He has worked there for over 10 years.", "10 years", "more_than"),
    ("id", "Ekonom memperkirakan ekspor bisa naik hingga 12% tahun depan.", "12%", "at_most"),
    ("id", "Gudang baru itu mampu menampung sampai 4.000 ton beras.", "4.000 ton", "at_most"),
    ("id", "Harga bisa naik dari 5% hingga 9% tahun depan.", "9%", "exact"),
    ("id", "Harga bisa naik 5 hingga 9 persen tahun depan.", "9 persen", "range"),
    ("id", "Ekspor akan melonjak hingga 20 persen menjadi Rp 80 triliun.", "20 persen", "exact"),
    ("id", "Penurunan terjadi di Jawa hingga 0,3 juta ton.", "0,3 juta ton", "exact"),
    (
        "id",
        "Dinas itu telah menyiapkan Rp15 miliar lebih pada APBD 2024.",
        "Rp15 miliar",
        "more_than",
    ),
    ("id", "Sudah ada 400.000 orang lebih yang mendaftar.", "400.000 orang", "more_than"),
    ("id", "Prioritas diberikan kepada warga berumur 65 tahun lebih.", "65 tahun", "more_than"),
    ("id", "Upah mereka 12 persen lebih rendah dibandingkan pekerja tetap.", "12 persen", "exact"),
    ("en", "Prices could rise 10 percent or more next year.", "10 percent", "at_least"),
    ("en", "Firms with 50 employees or fewer are exempt.", "50 employees", "at_most"),
    ("en", "The repairs will take 3 weeks or so.", "3 weeks", "approx"),
    ("id", "Muka air bisa naik 2 meter atau lebih dalam dua hari ke depan.", "2 meter", "at_least"),
    (
        "id",
        "Defisit mencapai Rp49,5 triliun atau lebih kecil dari sasaran.",
        "Rp49,5 triliun",
        "exact",
    ),
]


@pytest.mark.parametrize(("lang", "text", "mention", "qualifier"), QUALIFIER)
def test_qualifier_rules(lang: str, text: str, mention: str, qualifier: str) -> None:
    assert claim(text, mention, lang).qualifier == qualifier


def test_ceiling_word_joins_the_mention() -> None:
    c = claim("Kredit bisa tumbuh hingga 10% tahun depan.", "10%", "id")
    assert (c.text, c.upper, c.lower) == ("hingga 10%", 10.0, None)


# a deciding agent's future act of provision is its goal; a wish of a deciding agent too; a
# verb of fixing said of money sets a level in force; the level a change leaves is an actual
KIND = [
    (
        "id",
        "Menteri mengatakan pemerintah akan menyalurkan bantuan pangan sebanyak 2 juta ton tahun ini.",
        "2 juta ton",
        "target",
    ),
    (
        "id",
        "PLN akan membangun pembangkit berkapasitas 3.000 MW hingga 2030.",
        "3.000 MW",
        "target",
    ),
    ("id", "Ekspor kopi akan naik 5 persen tahun depan.", "5 persen", "forecast"),
    ("id", "Konsumen akan membeli 2 juta unit mobil tahun depan.", "2 juta unit", "forecast"),
    (
        "en",
        "The minister said the government would cap nickel output at 200 million tons next year.",
        "200 million tons",
        "target",
    ),
    ("en", "The company will also build 5,000 homes in the province.", "5,000 homes", "target"),
    ("en", "China will import 10 million tons of corn next year.", "10 million tons", "forecast"),
    ("en", "Output will rise to 9 million tons next year.", "9 million tons", "forecast"),
    (
        "id",
        "Kami ingin penjualan naik menjadi sekitar Rp20 triliun tahun depan.",
        "Rp20 triliun",
        "target",
    ),
    (
        "en",
        "The ministry wants hotel occupancy above 70 percent next year.",
        "70 percent",
        "target",
    ),
    (
        "en",
        "Underemployment, which measures those who want more work, rose to 12.1 percent.",
        "12.1 percent",
        "actual",
    ),
    (
        "id",
        "Kami ingin membangun optimisme, ujarnya pada konferensi pers yang dihadiri 300 orang.",
        "300 orang",
        "actual",
    ),
    ("id", "Harga eceran gula dipatok Rp 14.500 per kg.", "Rp 14.500", "actual"),
    (
        "id",
        "Belanja pegawai dipatok Rp 20 triliun atau 25 persen dari total belanja.",
        "25 persen",
        "actual",
    ),
    ("id", "Pertumbuhan ekonomi tahun depan dipatok 5,2 persen.", "5,2 persen", "target"),
    (
        "en",
        "Output is forecast at 700 million tons, down from a record 836 million tons in 2024.",
        "836 million tons",
        "actual",
    ),
    (
        "en",
        "Output is forecast at 700 million tons, down from 836 million tons in 2024.",
        "700 million tons",
        "forecast",
    ),
]


@pytest.mark.parametrize(("lang", "text", "mention", "kind"), KIND)
def test_kind_rules(lang: str, text: str, mention: str, kind: str) -> None:
    assert claim(text, mention, lang).kind == kind


# a need of a deciding agent is its goal; what a thing "requires" (membutuhkan) is none; a
# duration in a plan says when, and "memberikan dampak" provides no amount
KIND_MORE = [
    (
        "id",
        "Kita butuh penurunan sekitar 2,5 persen per tahun agar target tercapai.",
        "2,5 persen",
        "target",
    ),
    ("id", "Perjalanan dari bandara ke kota membutuhkan waktu minimal 2 jam.", "2 jam", "actual"),
    (
        "id",
        "Pemerintah akan menyalurkan bantuan itu pada tujuh hari terakhir bulan ini.",
        "tujuh hari",
        "forecast",
    ),
    (
        "id",
        "Kebijakan itu akan memberikan dampak ketika vaksinasi mencapai 70 persen.",
        "70 persen",
        "forecast",
    ),
    ("en", "We need 2 million more homes by 2030, the minister said.", "2 million", "target"),
    ("id", "KPU berencana menambah 800 TPS untuk pemilihan ulang.", "800", "target"),
    (
        "id",
        "Pembiayaan dari pinjaman luar negeri direncanakan mencapai Rp40 triliun.",
        "Rp40 triliun",
        "target",
    ),
]


@pytest.mark.parametrize(("lang", "text", "mention", "kind"), KIND_MORE)
def test_more_kind_rules(lang: str, text: str, mention: str, kind: str) -> None:
    assert claim(text, mention, lang).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "mention"),
    [
        (
            "id",
            "Pemerintah butuh dana Rp500 triliun untuk membangun ibu kota baru.",
            "Rp500 triliun",
        ),
        ("en", "The government needs $30 billion to finance the new capital.", "$30 billion"),
    ],
)
def test_a_need_of_others_is_a_requirement(lang: str, text: str, mention: str) -> None:
    assert claim(text, mention, lang).kind == "actual"


def test_postposed_bound_joins_the_mention() -> None:
    c = claim("Tes yang dilakukan mencapai 9.000 lebih per hari.", "9.000", "id")
    assert (c.text, c.lower, c.upper) == ("9.000 lebih", 9000.0, None)
