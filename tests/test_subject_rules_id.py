"""Indonesian subject rules: the subject is a noun phrase naming what is measured, never a
pronoun with its verb, an adverb, a back-referring conjunct, an attribution or a data source."""
# ruff: noqa: E501  (the parametrized tables hold whole news sentences, one case per line)

from __future__ import annotations

import pytest

import claimx
from claimx.models import Claim
from claimx.semlex import sem_lexicon


def claim(text: str, mention: str) -> Claim:
    """Return the last claim of the Indonesian ``text`` whose text holds ``mention``."""
    art = claimx.extract(text, lang="id", date="2024-03-01")
    hits = [c for c in art.claims if mention in c.text]
    assert hits, f"{mention!r} not extracted from {text!r}: {art.claims}"
    return hits[-1]


# a pronoun agent and its bare verb are the predicate of an object-focus clause; the phrase
# fronted before them is the subject, else there is none in the clause
OBJECT_FOCUS = [
    ("Stok gula nasional akhir tahun kami perkirakan 1,2 juta ton.", "1,2 juta ton", "Stok gula nasional"),
    ("Produksi jagung semester ini kita proyeksikan 14 juta ton.", "14 juta ton", "Produksi jagung"),
    ("Penyaluran kredit perumahan mereka targetkan Rp40 triliun.", "Rp40 triliun", "Penyaluran kredit perumahan"),
    ("Defisit anggaran saya taksir 2,6 persen dari PDB.", "2,6 persen", "Defisit anggaran"),
    ("Kami perlu tambahan 3.000 ton gula.", "3.000 ton", "gula"),
    ("Kita butuh sekitar 50 ribu ton kedelai impor.", "50 ribu ton", "kedelai impor"),
    # a personal pronoun opens a clause, whatever its verb; the counted noun after names it
    ("Kami mengekspor 12 ton kopi.", "12 ton", "kopi"),
    ("Mereka menjual 40 ribu ton pupuk.", "40 ribu ton", "pupuk"),
    # a possessive pronoun before an intransitive predicate stays in the phrase
    ("Penjualan kami naik 8 persen.", "8 persen", "Penjualan kami"),
    ("Laba kita meningkat 11 persen.", "11 persen", "Laba kita"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mention", "expected"), OBJECT_FOCUS)
def test_object_focus_clause(text: str, mention: str, expected: str) -> None:
    assert claim(text, mention).subject == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kami butuh tambahan 2,5 juta ton.",
        "Kita perlu 400 ribu ton lagi.",
        "Kami memesan 3 juta ton.",
    ],
)
def test_pronoun_with_its_verb_is_never_a_subject(text: str) -> None:
    subject = claim(text, "ton").subject
    assert subject is None or not subject.casefold().startswith(("kami", "kita"))


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Dari kuota itu, baru 150 ribu kami salurkan.", "150 ribu"),
        ("Hingga Maret, sudah 2.000 mereka daftarkan ke koperasi.", "2.000"),
    ],
)
def test_pronoun_after_a_count_opens_a_clause(text: str, mention: str) -> None:
    subject = claim(text, mention).subject
    assert subject is None or not subject.casefold().startswith(("kami", "mereka"))


# adverbs of degree and light words are skipped; the phrase before the predicate is named
LIGHT_WORDS = [
    ("Harga Cabai Turun Jadi Rp40 Ribu", "Rp40 Ribu", "Harga Cabai"),
    ("Suku Bunga Acuan Naik Jadi 6 Persen", "6 Persen", "Suku Bunga Acuan"),
    ("Harga minyak goreng turun tipis 0,3 persen.", "0,3 persen", "Harga minyak goreng"),
    ("Kurs rupiah melemah sedikit 0,1 persen.", "0,1 persen", "Kurs rupiah"),
    ("Impor gandum justru naik 6 persen.", "6 persen", "Impor gandum"),
    ("Ekspor batu bara bahkan anjlok 20 persen.", "20 persen", "Ekspor batu bara"),
    ("Inflasi pangan kembali naik 1,1 persen.", "1,1 persen", "Inflasi pangan"),
    ("Harga telur pun ikut naik 3 persen.", "3 persen", "Harga telur"),
    ("Cadangan devisa masih 140 miliar dolar AS.", "140 miliar", "Cadangan devisa"),
    ("Kunjungan wisman hanya 1,1 juta orang.", "1,1 juta", "Kunjungan wisman"),
    ("Harga kedelai secara perlahan naik 7 persen.", "7 persen", "Harga kedelai"),
    ("Kebutuhan modal setidaknya Rp2 triliun.", "Rp2 triliun", "Kebutuhan modal"),
    ("Lahan seluas 500 hektare itu akan ditanami jagung.", "500 hektare", "Lahan"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mention", "expected"), LIGHT_WORDS)
def test_adverbs_and_light_words_are_no_subject(text: str, mention: str, expected: str) -> None:
    assert claim(text, mention).subject == expected


@pytest.mark.parametrize(
    "word",
    ["jadi", "tipis", "justru", "pun", "sudah", "masih", "hanya", "bahkan", "kembali", "sedikit"],
)
def test_light_words_end_a_noun_phrase(word: str) -> None:
    assert "stop" in sem_lexicon("id").classes(word)


# a conjunct that only refers back through "-nya" leaves the subject to the first conjunct
COORDINATED_NYA = [
    ("Ekspor minyak sawit dan turunannya mencapai 26 juta ton.", "26 juta ton", "Ekspor minyak sawit"),
    ("Konsumsi rokok serta produk olahannya turun 2 persen.", "2 persen", "Konsumsi rokok"),
    ("Impor baja beserta turunannya mencapai Rp90 triliun.", "Rp90 triliun", "Impor baja"),
    # an abbreviation in brackets closes the first conjunct
    ("Penjualan kendaraan listrik (EV) dan turunannya naik 5 persen.", "5 persen", "Penjualan kendaraan listrik (EV)"),
    ("Ekspor bahan bakar minyak (BBM) serta produk olahannya turun 3 persen.", "3 persen", "Ekspor bahan bakar minyak (BBM)"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mention", "expected"), COORDINATED_NYA)
def test_anaphoric_conjunct_leaves_the_head(text: str, mention: str, expected: str) -> None:
    assert claim(text, mention).subject == expected


# the phrase after an attribution is the subject, not the previous claim's
ATTRIBUTION = [
    ("Produksi gula naik 2 persen. Menurut Arief, konsumsi gula rumah tangga mencapai 3,2 juta ton.", "3,2 juta ton", "konsumsi gula rumah tangga"),
    ("Produksi gula naik 2 persen. Kata Arief, stok gula di gudang Bulog saat ini 700 ribu ton.", "700 ribu ton", "stok gula di gudang Bulog"),
    ("Produksi gula naik 2 persen. Menurutnya, pada 2024 impor gula mentah diperkirakan 4 juta ton.", "4 juta ton", "impor gula mentah"),
    ("Produksi gula naik 2 persen. Kata dia, di Jawa Timur sendiri luas tebu turun 5 persen.", "5 persen", "luas tebu"),
    ("Produksi gula naik 2 persen. Menurut dia, jumlah petani yang sudah masuk koperasi mencapai 40 ribu.", "40 ribu", "petani"),
    ("Produksi gula naik 2 persen. Kata dia, harga gula sementara ini naik 6 persen.", "6 persen", "harga gula"),
    # an anaphor and an elliptic number take the earlier subject
    ("Produksi gula naik 2 persen. Angka itu naik 4 persen dari tahun lalu.", "4 persen", "Produksi gula"),
    ("Produksi gula naik 2 persen. Menurutnya, sudah 2,4 juta ton yang tersimpan.", "2,4 juta ton", "Produksi gula"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mention", "expected"), ATTRIBUTION)
def test_subject_after_attribution(text: str, mention: str, expected: str) -> None:
    assert claim(text, mention).subject == expected


# identification clauses and data sources
IDENTIFICATION = [
    ("Daerah dengan upah minimum tertinggi adalah Jakarta, yakni Rp5 juta.", "Rp5 juta", "Jakarta"),
    ("Komoditas penyumbang inflasi terbesar adalah beras, yaitu 0,4 persen.", "0,4 persen", "beras"),
    ("Hasil Survei Biaya Hidup 2022 menunjukkan 12 persen rumah tangga berutang.", "12 persen", "rumah tangga berutang"),
    ("Data Kementerian Perdagangan menunjukkan bahwa ekspor nonmigas mencapai 20 miliar dolar AS.", "20 miliar", "ekspor nonmigas"),
    ("Laporan Bank Dunia 2023 memperlihatkan angka kemiskinan ekstrem turun 1,5 persen.", "1,5 persen", "kemiskinan ekstrem"),
    # a measured phrase before "mencatat" is the subject
    ("Penjualan semen mencatat kenaikan 7 persen.", "7 persen", "Penjualan semen"),
    ("Hasil panen jagung mencatat kenaikan 4 persen.", "4 persen", "Hasil panen jagung"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mention", "expected"), IDENTIFICATION)
def test_identification_and_data_sources(text: str, mention: str, expected: str) -> None:
    assert claim(text, mention).subject == expected


@pytest.mark.parametrize(
    "text",
    [
        "Data Sensus Ekonomi 2016 mencatat kenaikan 9 persen.",
        "Hasil Survei Sosial Ekonomi Nasional 2023 menunjukkan penurunan 0,6 persen.",
        "Data BPS memperlihatkan lonjakan 15 persen.",
    ],
)
def test_fronted_data_source_is_no_subject(text: str) -> None:
    subject = claim(text, "persen").subject
    assert subject is None, subject


# bare object-focus verbs are kind cues too
@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        ("Produksi jagung kita proyeksikan 14 juta ton.", "14 juta ton", "forecast"),
        ("Stok gula kami perkirakan 1,2 juta ton.", "1,2 juta ton", "forecast"),
        ("Pertumbuhan kredit kami patok 9 persen.", "9 persen", "target"),
        ("Penjualan kami naik 8 persen.", "8 persen", "actual"),
    ],
)
def test_object_focus_verbs_set_the_kind(text: str, mention: str, kind: str) -> None:
    assert claim(text, mention).kind == kind


# the previous claim's subject carries only to a clause with no subject of its own
@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("Impor jagung naik 4 persen. Kami butuh tambahan 600 ribu ton.", "600 ribu ton", None),
        ("Impor jagung naik 4 persen. Kita memesan 300 ribu ton.", "300 ribu ton", None),
        (
            "Impor jagung naik 4 persen. Kata dia, sudah 600 ribu ton yang tiba.",
            "600 ribu ton",
            "Impor jagung",
        ),
        (
            "Impor jagung naik 4 persen. Ia mengatakan sudah 600 ribu ton yang tiba.",
            "600 ribu ton",
            "Impor jagung",
        ),
    ],
)
def test_context_only_for_a_clause_without_subject(
    text: str, mention: str, expected: str | None
) -> None:
    assert claim(text, mention).subject == expected


# a demonstrative closes the noun it follows: after a preposition it points at a place or time
# already named, so the head before the preposition is the subject; only a demonstrative on
# the head itself refers back to an earlier figure
@pytest.mark.parametrize(
    ("text", "mention", "expected", "kind"),
    [
        (
            "Stok akhir Juni kami perkirakan 3,1 juta ton. Nilai ekspor pada periode tersebut mencapai US$ 11,9 miliar.",
            "11,9 miliar",
            "ekspor",
            "actual",
        ),
        (
            "Target produksi tahun ini 40 juta ton. Jumlah petani di daerah itu mencapai 2 juta orang.",
            "2 juta orang",
            "petani",
            "actual",
        ),
        (
            "Pemerintah menargetkan 30 juta UMKM masuk ekosistem digital. Angka tersebut naik dari 27 juta.",
            "27 juta",
            "UMKM",
            "target",
        ),
    ],
)
def test_demonstrative_after_preposition(text: str, mention: str, expected: str, kind: str) -> None:
    c = claim(text, mention)
    assert (c.subject, c.kind) == (expected, kind)


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # a wire dateline is no subject
        ("JAKARTA - Pada 2023 tercatat 21,5 persen.", "21,5 persen", None),
        (
            "JAKARTA, KOMPAS.com - Kementerian Kesehatan mengumumkan prevalensi stunting pada 2023 sebesar 21,5 persen, turun 0,1 poin persentase.",
            "0,1 poin",
            "prevalensi stunting",
        ),
        # the agent of a reporting verb is not what is measured
        (
            "Kementerian Perdagangan mengumumkan nilai ekspor pada Mei sebesar US$ 21 miliar, naik 3 persen.",
            "3 persen",
            "ekspor",
        ),
    ],
)
def test_dateline_and_reporting_agent(text: str, mention: str, expected: str | None) -> None:
    assert claim(text, mention).subject == expected


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # "ke" (to) opens a phrase inside the noun phrase, as "di" and "dari" do
        ("Ekspor ke China naik 5 persen.", "5 persen", "Ekspor ke China"),
        ("Kunjungan wisman ke Bali mencapai 5 juta.", "5 juta", "Kunjungan wisman ke Bali"),
        ("Kredit ke segmen tersebut hanya tumbuh 1,8 persen.", "1,8 persen", "Kredit"),
    ],
)
def test_ke_inside_the_noun_phrase(text: str, mention: str, expected: str) -> None:
    assert claim(text, mention).subject == expected
