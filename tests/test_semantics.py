"""Claim semantics: subject, base, kind, aspect, direction and concept, per language."""
# ruff: noqa: E501  (the parametrized tables hold whole news sentences, one case per line)

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

import claimx
from claimx.evaluate import read_jsonl, score
from claimx.langdata import load
from claimx.models import Claim
from claimx.quantities import find_quantities
from claimx.semantics import describe, describe_all
from claimx.semlex import ConceptData, SemanticsData, sem_lexicon
from claimx.structure import analyse


def claim(text: str, mention: str, lang: str, nth: int = 1) -> Claim:
    """Return the claim whose text is ``mention`` (its nth occurrence) in ``text``."""
    art = claimx.extract(text, lang=lang, date="2023-12-04")
    hits = [c for c in art.claims if mention in c.text]
    assert len(hits) >= nth, f"{mention!r} not extracted from {text!r}: {art.claims}"
    return hits[nth - 1]


# ----------------------------------------------------------------- subject

SUBJECT_ID = [
    ("Saat ini sekitar 27 juta UMKM yang telah go digital.", "27 juta", "UMKM"),
    (
        "Presiden menargetkan sebanyak 20 juta pelaku usaha mikro, kecil, dan menengah (UMKM) "
        "masuk marketplace.",
        "20 juta",
        "pelaku usaha mikro, kecil, dan menengah (UMKM)",
    ),
    ("Presiden menargetkan 500 koperasi modern di tahun 2024.", "500", "koperasi modern"),
    (
        "Pada tahun 2020 misalnya, ekonomi digital menghasilkan 4 persen dari produk domestik "
        "bruto (PDB).",
        "4 persen",
        "ekonomi digital",
    ),
    (
        "BPS mencatat tingkat pengangguran terbuka 5,28 persen.",
        "5,28 persen",
        "tingkat pengangguran terbuka",
    ),
    (
        "Kemenkop UKM mencatat jumlah koperasi pada 2023 mencapai 130.119 unit.",
        "130.119",
        "koperasi",
    ),
    (
        "Badan Pusat Statistik memperkirakan produksi beras pada 2023 sebesar 30,90 juta ton.",
        "30,90 juta ton",
        "produksi beras",
    ),
    ("Kemenkop UKM telah membubarkan 82 ribu unit koperasi.", "82 ribu", "koperasi"),
    (
        "Penurunan produksi beras diperkirakan terjadi di wilayah pulau Jawa yang turun "
        "0,41 juta ton.",
        "0,41 juta ton",
        "produksi beras",
    ),
    ("Tingkat pengangguran di kalangan SMK mencapai 10,42 persen.", "10,42", "SMK"),
    (
        "Pertumbuhan ekonomi Indonesia pada kuartal III-2023 sebesar 4,94 persen.",
        "4,94",
        "ekonomi Indonesia",
    ),
]

SUBJECT_EN = [
    (
        "As many as 25,292,701 MSMEs have been present on e-commerce platforms.",
        "25,292,701",
        "MSMEs",
    ),
    ("Currently, Indonesia has 64.2 million MSMEs.", "64.2 million", "MSMEs"),
    (
        "At least 25 million micro, small, and medium enterprises (MSMEs) could gain access.",
        "25 million",
        "micro, small, and medium enterprises (MSMEs)",
    ),
    (
        "He added that the digital economy with a value of Rp.877 trillion must be ensured.",
        "Rp.877 trillion",
        "digital economy",
    ),
    (
        "The number of poor in rural areas stood at 15.54 million people in September.",
        "15.54 million",
        "poor in rural areas",
    ),
    ("Bali and Nusa Tenggara islands contributed 5.22 percent.", "5.22 percent", "islands"),
    (
        "The amount of KUR extended to 7.35 million debtors in the year ending December 27, "
        "2021, reached Rp278.71 trillion.",
        "Rp278.71 trillion",
        "KUR",
    ),
    (
        "The BPS also pegged the number of Indonesian laborers at 199.38 million, of which, "
        "137.91 million constituted the labor force.",
        "137.91 million",
        "labor force",
    ),
    (
        "Graduates from vocational school made up the highest percentage (8.49 percent) of "
        "the unemployed.",
        "8.49 percent",
        "vocational school",
    ),
    ("Around 1,200 workers were laid off, bringing the total to 5,000.", "1,200", "workers"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), SUBJECT_ID)
def test_subject_id(text: str, mention: str, expected: str) -> None:
    c = claim(text, mention, "id")
    assert c.subject is not None and expected in c.subject


@pytest.mark.parametrize(("text", "mention", "expected"), SUBJECT_EN)
def test_subject_en(text: str, mention: str, expected: str) -> None:
    c = claim(text, mention, "en")
    assert c.subject is not None and expected in c.subject


# a number takes its subject from a neighbour or from the context
LINKED = [
    (
        "id",
        "Penyaluran KUR Mikro sebesar 61,86 persen atau Rp69,28 triliun.",
        "Rp69,28 triliun",
        "KUR Mikro",
    ),
    (
        "id",
        "Produksi padi pada 2023 diperkirakan sebesar 53,63 juta ton. Angka tersebut turun "
        "1,12 juta ton.",
        "1,12 juta ton",
        "Produksi padi",
    ),
    (
        "id",
        "Rudy melaporkan saat ini sekitar 27 juta UMKM telah go digital. “Saat ini sudah 27 "
        "juta yang sudah go digital,” ujarnya.",
        "27 juta",
        "UMKM",
    ),
    (
        "en",
        "The number of poor stood at 25.67 million people. It decreased by 0.91 million people.",
        "0.91 million",
        "poor",
    ),
    (
        "en",
        "This means that (KUR) will grow 40 percent as compared to Rp198.5 trillion in 2020.",
        "Rp198.5 trillion",
        "KUR",
    ),
    (
        "en",
        "Senior school and diploma graduates accounted for 6.77 percent and 6.76 percent, "
        "respectively, of the total unemployed workers.",
        "6.77 percent",
        "Senior school",
    ),
    (
        "en",
        "Senior school and diploma graduates accounted for 6.77 percent and 6.76 percent, "
        "respectively, of the total unemployed workers.",
        "6.76 percent",
        "diploma graduates",
    ),
]


@pytest.mark.parametrize(("lang", "text", "mention", "expected"), LINKED)
def test_subject_from_neighbour(lang: str, text: str, mention: str, expected: str) -> None:
    c = claim(text, mention, lang, nth=2 if text.count(mention) > 1 else 1)
    assert c.subject is not None and expected in c.subject


@pytest.mark.parametrize(
    ("lang", "text", "mention"),
    [
        ("id", "“Saat ini sudah 27 juta yang sudah go digital,” ujarnya.", "27 juta"),
        ("en", "“It could be 5 million,” he said.", "5 million"),
    ],
)
def test_elliptic_number_without_context_has_no_subject(lang: str, text: str, mention: str) -> None:
    assert claim(text, mention, lang).subject is None


# ----------------------------------------------------------------- base

BASE = [
    ("id", "Angka tersebut bertambah sebanyak 14,8 juta sejak awal pandemi atau 35,5 persen dari total populasi UMKM.", "35,5", "total populasi UMKM"),
    ("id", "Ekonomi digital menghasilkan 4 persen dari produk domestik bruto (PDB).", "4 persen", "produk domestik bruto"),
    ("id", "Angka itu sama dengan 21 persen dari target.", "21 persen", "target"),
    ("id", "Kontribusi koperasi ditargetkan mencapai 5,5% terhadap PDB nasional.", "5,5%", "PDB nasional"),
    ("id", "Penggunaan QRIS mencapai 270.023 merchant, melampaui target 113,46 persen.", "113,46", "target"),
    ("id", "UMKM itu menyumbang 96% dari 170 juta tenaga kerja.", "96%", "tenaga kerja"),
    ("en", "Some 25,292,701 MSME actors or 39.52 percent of the total MSMEs joined.", "39.52", "total MSMEs"),
    ("en", "It reached Rp278.71 trillion, or 97.79 percent of the target.", "97.79", "target"),
    ("en", "The ratio of non-performing loans to KUR was relatively low at 0.98 percent.", "0.98", "KUR"),
    ("en", "More than 37 percent of all digital service consumers joined recently.", "37 percent", "all digital service consumers"),
    ("en", "People aged 15 to 24 years dominated, contributing 16.28 percent to the total figure.", "16.28", "total figure"),
    ("id", "Jumlah UMKM mencapai 64,2 juta unit dengan kontribusi terhadap PDB sebesar 61,07 persen.", "61,07", "PDB"),
]  # fmt: skip


def test_subject_realisation_is_not_the_time() -> None:
    c = claim(
        "Ia menyebut, realisasi investasi pada kuartal III mencapai Rp374,4 triliun.",
        "Rp374,4",
        "id",
    )
    assert c.subject == "realisasi investasi"


def test_share_of_a_group_is_about_the_group() -> None:
    c = claim(
        "About 40 percent of respondents said they would buy an electric car.", "40 percent", "en"
    )
    assert (c.subject, c.base, c.kind) == ("respondents", "respondents", "actual")


@pytest.mark.parametrize(("lang", "text", "mention", "expected"), BASE)
def test_share_base(lang: str, text: str, mention: str, expected: str) -> None:
    c = claim(text, mention, lang)
    assert c.aspect == "share"
    assert c.base is not None and expected in c.base


@pytest.mark.parametrize(
    ("lang", "text", "mention"),
    [
        ("id", "Sebanyak 27 juta UMKM telah go digital.", "27 juta"),
        ("en", "E-commerce would increase 52 percent to $32 billion.", "52 percent"),
    ],
)
def test_no_base_outside_shares(lang: str, text: str, mention: str) -> None:
    assert claim(text, mention, lang).base is None


# ----------------------------------------------------------------- kind

KIND = [
    ("id", "Pemerintah menargetkan 30 juta UMKM go digital pada 2024.", "30 juta", 1, "target"),
    ("id", "Jokowi Targetkan 20 Juta UMKM Masuk Marketplace di 2022", "20 Juta", 1, "target"),
    ("id", "Kontribusi koperasi ditargetkan mencapai 5,5% terhadap PDB nasional.", "5,5%", 1, "target"),
    ("id", "Transaksi tahun ini diperkirakan Rp32.206 triliun.", "Rp32.206", 1, "forecast"),
    ("id", "Potensi produksi beras pada Oktober adalah sebesar 4,78 juta ton.", "4,78", 1, "forecast"),
    ("id", "Tercatat sebanyak 17,5 juta pelaku UMKM telah masuk ekosistem digital.", "17,5", 1, "actual"),
    # cue scope: the cue is in the sentence but does not govern the number
    ("id", "Pemerintah menargetkan 30 juta UMKM go digital pada 2024, sementara saat ini baru 27 juta UMKM.", "27 juta", 1, "actual"),
    ("id", "Transaksi tahun lalu Rp 27.036 triliun dan tahun ini diperkirakan Rp32.206 triliun.", "27.036", 1, "actual"),
    ("id", "Produksi beras diperkirakan sebesar 30,90 juta ton, turun dibandingkan produksi 2022 yang sebesar 31,54 juta ton.", "31,54", 1, "actual"),
    ("id", "Alokasi kredit yang biasanya mencapai 18 persen dari total kredit harus ditingkatkan menjadi 30 persen.", "18 persen", 1, "actual"),
    ("id", "Alokasi kredit yang biasanya mencapai 18 persen dari total kredit harus ditingkatkan menjadi 30 persen.", "30 persen", 1, "target"),
    ("id", "KUR sudah mencapai Rp111,9 triliun dan ini 44,26 persen dari target yang telah ditingkatkan menjadi Rp253 triliun.", "Rp111,9", 1, "actual"),
    ("id", "KUR sudah mencapai Rp111,9 triliun dan ini 44,26 persen dari target yang telah ditingkatkan menjadi Rp253 triliun.", "44,26", 1, "actual"),
    ("id", "KUR sudah mencapai Rp111,9 triliun dan ini 44,26 persen dari target yang telah ditingkatkan menjadi Rp253 triliun.", "Rp253", 1, "target"),
    ("id", "Penggunaan QRIS mencapai 270.023 merchant, melampaui target 113,46 persen.", "113,46", 1, "actual"),
    ("id", "Capaian itu tumbuh positif dari target 230.000.", "230.000", 1, "target"),
    # the quotation's framing after a list of figures
    ("id", "“Tahun ini 20 juta, tahun depan 24 juta, dan 30 juta di tahun 2024. Ini target, kalau semua bekerja keras,” ujarnya.", "24 juta", 1, "target"),
    ("id", "“Tahun ini 20 juta, tahun depan 24 juta, dan 30 juta di tahun 2024. Ini capaian yang baik,” ujarnya.", "24 juta", 1, "actual"),
    # an anaphor inherits the kind of its antecedent
    ("id", "Pemerintah menargetkan 30 juta UMKM pada 2024. Angka tersebut naik 5 juta UMKM dari target 2023.", "5 juta", 1, "target"),
    ("id", "Produksi padi pada 2023 diperkirakan sebesar 53,63 juta ton. Angka tersebut turun 1,12 juta ton.", "1,12", 1, "forecast"),
    ("en", "The government targets that this year as many as 30 million MSMEs can be onboarded.", "30 million", 1, "target"),
    ("en", "25 mln MSMEs expected to enter digital marketplace by 2024: official", "25 mln", 1, "forecast"),
    ("en", "At least 25 million enterprises (MSMEs) could gain access by 2024.", "25 million", 1, "forecast"),
    ("en", "We are targeting some 24.5 million MSMEs by 2023 and another 500 thousand by 2024, yet we are convinced that the number might be surpassed.", "500 thousand", 1, "target"),
    ("en", "E-commerce would increase 52 percent to $32 billion this year from $21 billion last year.", "$32 billion", 1, "forecast"),
    ("en", "E-commerce would increase 52 percent to $32 billion this year from $21 billion last year.", "$21 billion", 1, "actual"),
    ("en", "The government aims to reach 30 million MSMEs, while 27 million are online today.", "27 million", 1, "actual"),
    ("en", "It reached Rp278.71 trillion, or 97.79 percent of the target.", "97.79", 1, "actual"),
    ("en", "The government has projected KUR in 2021 to reach 99.9 percent of the targeted Rp285 trillion.", "99.9", 1, "forecast"),
    ("en", "The government has projected KUR in 2021 to reach 99.9 percent of the targeted Rp285 trillion.", "Rp285", 1, "target"),
    ("en", "Currently, Indonesia has 64.2 million MSMEs.", "64.2 million", 1, "actual"),
    # words that look like cues but are not: a month, a plural noun, an estimate of the past
    ("en", "Inflation rose to 5% in May.", "5%", 1, "actual"),
    ("en", "The ministry has 15 projects worth $2 billion.", "$2 billion", 1, "actual"),
    ("en", "Statistics Indonesia projects rice production up 2.29 percent in 2022", "2.29", 1, "forecast"),
    ("en", "About 40 percent of respondents said they would buy an electric car.", "40 percent", 1, "actual"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "mention", "nth", "expected"), KIND)
def test_kind(lang: str, text: str, mention: str, nth: int, expected: str) -> None:
    assert claim(text, mention, lang, nth).kind == expected


# ----------------------------------------------------------------- aspect and direction

ASPECT = [
    ("id", "Jumlah produksi ini turun 2,05 persen.", "2,05", "change", "down"),
    ("id", "Permodalan naik 5 persen.", "5 persen", "change", "up"),
    ("id", "Angka tersebut bertambah sebanyak 14,8 juta sejak awal pandemi.", "14,8", "change", "up"),
    ("id", "Sementara per Juni 2023, bertambah menjadi 22,8 juta UMKM.", "22,8", "level", None),
    ("id", "KUR tanpa jaminan dinaikkan dari Rp50 juta menjadi Rp100 juta.", "Rp50", "level", None),
    ("id", "KUR tanpa jaminan dinaikkan dari Rp50 juta menjadi Rp100 juta.", "Rp100", "level", None),
    ("id", "Namun terjadi kenaikan permodalan sebanyak 26,66%.", "26,66", "change", "up"),
    ("id", "Penurunan laki-laki yang menganggur (0,9 persen) lebih cepat dibanding perempuan (0,03 persen).", "0,03", "change", "down"),
    ("id", "Bertambahnya angkatan kerja sebanyak 1,61 persen atau setara 3,13 juta orang.", "3,13", "change", "up"),
    ("id", "TPT mengalami penurunan 0,3 sampai 2,4 persen.", "2,4", "change", "down"),
    ("id", "Tingkat pengangguran terbuka 5,28 persen.", "5,28", "share", None),
    ("id", "Angka ini relatif turun dibanding Agustus 2018 yang mencapai 12,65 persen.", "12,65", "share", None),
    ("id", "Harus mencapai target 20 juta, dan meningkat 24 juta di tahun 2023 dan 30 juta di tahun 2024.", "24 juta", "level", None),
    ("id", "Produksi turun 58,56 ribu ton dibandingkan 2022 yang sebesar 26,17 juta ton.", "26,17", "level", None),
    ("en", "The number of laborers rose 1.67 million.", "1.67 million", "change", "up"),
    ("en", "Online travel was also down 18 percent to $5 billion from $6 billion last year.", "18 percent", "change", "down"),
    ("en", "Online travel was also down 18 percent to $5 billion from $6 billion last year.", "$5 billion", "level", None),
    ("en", "The open unemployment rate dropped to 4.99 percent from 5.01 percent.", "4.99", "share", None),
    ("en", "The poverty rate saw a decline of 0.91 percent.", "0.91", "change", "down"),
    ("en", "The company lost 200 customers in March.", "200", "change", "down"),
    ("en", "Indonesia's digital economy up 11% to $44b in 2020", "11%", "change", "up"),
    ("en", "Sales gained 7 percent.", "7 percent", "change", "up"),
    ("en", "We target 24.5 million MSMEs by 2023 and another 500 thousand by 2024.", "500 thousand", "change", "up"),
    ("en", "The number of unemployed people increased by 60,000.", "60,000", "change", "up"),
    # "grew by" names the amount of the change, whatever level came before it
    ("en", "Employment for women aged 25 to 54 grew by 125,600 positions.", "125,600", "change", "up"),
    ("en", "The fleet of 40 ships saw an increase of 60 vessels.", "60", "change", "up"),
    ("en", "Poverty decreased by 0.46 basis points.", "0.46", "change", "down"),
    ("en", "Central Java registers 46.37 percent drop in foreign tourist arrivals.", "46.37", "change", "down"),
    ("en", "Graduates made up the highest percentage (8.49 percent) of the unemployed.", "8.49", "share", None),
    ("en", "The number of unemployed people totaled 6.88 million compared to 6.82 million earlier.", "6.82", "level", None),
    ("en", "So far this year Tesla shares are up after plummeting 65% during the rout.", "65%", "change", "down"),
    ("en", "GDP grew at an annual rate of 2.4%.", "2.4%", "change", "up"),
    ("en", "The index edged up 0.1% in March.", "0.1%", "change", "up"),
    # a change word that does not govern the number
    ("en", "A defense that gave up 517 rushing yards against Kentucky.", "517", "level", None),
    ("en", "Core inflation rose 0.3% in June, the biggest increase in 18 months.", "18 months", "level", None),
    ("en", "The nose cone crashed to Earth in the 50mph winds.", "50mph", "level", None),
    ("en", "Prices rose sharply; 40 million people live in the region.", "40 million", "level", None),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "mention", "aspect", "direction"), ASPECT)
def test_aspect_and_direction(
    lang: str, text: str, mention: str, aspect: str, direction: str | None
) -> None:
    c = claim(text, mention, lang)
    assert (c.aspect, c.direction) == (aspect, direction)


# ----------------------------------------------------------------- concept

CONCEPT = [
    ("id", "UMKM", "msme"),
    ("id", "pelaku UMKM", "msme"),
    ("id", "pelaku usaha mikro, kecil, dan menengah (UMKM)", "msme"),
    ("id", "usaha mikro, kecil, dan menengah", "msme"),
    ("id", "koperasi modern", "cooperative"),
    ("id", "produk domestik bruto (PDB)", "gdp"),
    ("id", "tingkat pengangguran terbuka", "unemployment"),
    ("id", "kucing liar", None),
    ("en", "MSMEs", "msme"),
    ("en", "SMEs", "msme"),
    ("en", "micro, small, and medium enterprises (MSMEs)", "msme"),
    ("en", "MSME actors", "msme"),
    ("en", "the digital economy", "digital_economy"),
    ("en", "stray cats", None),
]


@pytest.mark.parametrize(("lang", "phrase", "key"), CONCEPT)
def test_concept_aliases(lang: str, phrase: str, key: str | None) -> None:
    assert sem_lexicon(lang).concept(phrase) == key


def test_concept_groups_across_languages() -> None:
    a = claim("Saat ini sekitar 27 juta UMKM telah go digital.", "27 juta", "id")
    b = claim("Currently, Indonesia has 64.2 million MSMEs.", "64.2 million", "en")
    assert a.concept == b.concept == "msme"


# ----------------------------------------------------------------- API and data


def test_describe_single_quantity_matches_describe_all() -> None:
    text = "Pemerintah menargetkan 30 juta UMKM go digital pada 2024."
    doc = analyse(text, "id")
    qs = find_quantities(text, "id")
    assert describe(qs[0], text, "id", doc) == describe_all(qs, text, "id", doc)[0]
    assert describe(qs[0], text, "id", doc).kind == "target"


def test_describe_reads_the_neighbours() -> None:
    text = "Penyaluran KUR Mikro sebesar 61,86 persen atau Rp69,28 triliun."
    doc = analyse(text, "id")
    second = find_quantities(text, "id")[1]
    sem = describe(second, text, "id", doc)
    assert sem.subject is not None and "KUR Mikro" in sem.subject


def test_describe_all_keeps_the_callers_order() -> None:
    text = "KUR Mikro sebesar 61,86 persen atau Rp69,28 triliun."
    doc = analyse(text, "id")
    qs = find_quantities(text, "id")
    forward = describe_all(qs, text, "id", doc)
    backward = describe_all(list(reversed(qs)), text, "id", doc)
    assert backward == list(reversed(forward))
    assert [s.aspect for s in forward] == ["share", "level"]


def test_unsupported_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        sem_lexicon("xx")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_shipped_semantics_data_validates(lang: str) -> None:
    assert load(lang, "semantics", SemanticsData).target_before
    concepts = load(lang, "concepts", ConceptData).concepts
    assert "msme" in concepts


def test_concept_keys_are_shared_by_both_languages() -> None:
    keys = {lang: set(load(lang, "concepts", ConceptData).concepts) for lang in ("id", "en")}
    assert keys["id"] - keys["en"] == set()


def test_unknown_semantics_key_is_refused() -> None:
    with pytest.raises(ValidationError, match="extra"):
        ConceptData.model_validate({"concepts": {}, "conceptz": {}})


# ----------------------------------------------------------------- gold (../shared)


@pytest.mark.parametrize(("which", "floor"), [("seeds", 0.95), ("dev", 0.85)])
def test_semantic_fields_on_gold(which: str, floor: float, shared_dir: Path) -> None:
    gold_dir = shared_dir / which
    preds = []
    for d in read_jsonl(gold_dir / "docs.jsonl"):
        text = (gold_dir / f"{d['doc']}.txt").read_text(encoding="utf-8")
        art = claimx.extract(text, doc_id=d["doc"], lang=d["lang"], date=d["date"] or None)
        preds.append(json.loads(art.model_dump_json()))
    fields = score(gold_dir, preds).as_dict()["fields"]
    for name in ("subject", "base", "kind", "aspect"):
        assert fields[name] >= floor, (name, fields[name])


# ----------------------------------------------------------------- phrase edges

EDGES = [
    ("id", "KUR mencapai Rp111,9 triliun dan ini 44,26 persen dari target yang telah ditingkatkan menjadi Rp253 triliun.", "44,26", "base", "target"),
    ("id", "Alokasi dari kredit usaha kecil yang biasanya mencapai 18 persen dari total kredit harus ditingkatkan menjadi 30 persen.", "18 persen", "base", "total kredit"),
    ("id", "Alokasi dari kredit usaha kecil yang biasanya mencapai 18 persen dari total kredit harus ditingkatkan menjadi 30 persen.", "30 persen", "subject", "Alokasi dari kredit usaha kecil"),
    ("id", "Jumlah tersebut mencapai 5,28 persen dari total angkatan kerja yang mencapai 133 juta orang.", "133 juta", "subject", "total angkatan kerja"),
    ("id", "Dalam rencana tersebut kontribusi koperasi ditargetkan mencapai 5,5% terhadap PDB nasional.", "5,5%", "subject", "kontribusi koperasi"),
    ("id", "Penggunaan QRIS mencapai 270.023 merchant tersebut.", "270.023", "subject", "merchant"),
    ("en", "The ratio of non-performing loans (NPLs) to KUR was relatively low at 0.98 percent.", "0.98", "subject", "ratio of non-performing loans (NPLs)"),
    ("en", "We target 24.5 million MSMEs by 2023 and another 500 thousand by 2024.", "500 thousand", "subject", "MSMEs"),
    ("id", "Penurunan produksi beras diperkirakan terjadi di wilayah pulau Jawa yang turun 0,41 juta ton dan Sulawesi turun 0,24 juta ton.", "0,24", "subject", "produksi beras"),
    ("id", "Ekspor naik 5 persen dan impor turun 3 persen.", "3 persen", "subject", "impor"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "mention", "field", "expected"), EDGES)
def test_phrase_edges(lang: str, text: str, mention: str, field: str, expected: str | None) -> None:
    assert getattr(claim(text, mention, lang), field) == expected


# ----------------------------------------------------------------- English generalisation
# (issue 5 follow-up): rules of English word order, each checked on sentences of its own

GENERAL_EN = [
    # the subject stands before the verb and the number
    ("Exports could shrink by about 2 percent next year.", "2 percent", "subject", "Exports"),
    ("Retail sales slipped 0.4 percent in October.", "0.4 percent", "subject", "Retail sales"),
    ("Car sales fell 3.2 percent in September.", "3.2 percent", "subject", "Car sales"),
    ("The IMF cut its global growth forecast to 3.1 percent.", "3.1 percent", "subject", "global growth forecast"),
    ("The central bank raised its growth outlook to 5.3 percent.", "5.3 percent", "subject", "growth outlook"),
    ("The bank forecasts the rupiah to trade at 15,000 per dollar.", "15,000", "subject", "rupiah"),
    ("The economy will probably expand 5 percent in 2024, the minister said.", "5 percent", "subject", "economy"),
    ("Jokowi said he hopes exports will rise 8 percent.", "8 percent", "subject", "exports"),
    ("Net profit at Bank Mandiri jumped 33 percent.", "33 percent", "subject", "Net profit at Bank Mandiri"),
    ("Unemployment among youths rose 2 percent.", "2 percent", "subject", "Unemployment among youths"),
    ("Analysts expect the central bank to steady its policy rate at 6 percent.", "6 percent", "subject", "policy rate"),
    ("The agency has forecast rice output at 31 million tons.", "31 million tons", "subject", "rice output"),
    ("The government forecast 5.2 percent growth for 2024.", "5.2 percent", "subject", "government"),
    ("The firm had targeted sales of 1 million units, but sold only 800,000.", "800,000", "subject", "sales"),
    ("The government will give Rp 600,000 to each of the 10 million poorest households.", "Rp 600,000", "subject", "government"),
    # a measure "of" a substance measures the substance
    ("The new smelter will process 2 million tons of nickel ore a year.", "2 million tons", "subject", "nickel ore"),
    ("Fires destroyed 3,000 hectares of forest in Riau.", "3,000 hectares", "subject", "forest"),
    ("The budget deficit is projected to widen to 2.8 percent of GDP.", "2.8 percent", "subject", "budget deficit"),
    ("The startup raised $50 million in a funding round led by Sequoia.", "$50 million", "subject", "startup"),
    # NOUN of NUMBER: the noun before "of"
    ("The fund manages assets of about $20 billion.", "$20 billion", "subject", "assets"),
    ("Bank Indonesia projects growth of 4.7 to 5.5 percent next year.", "5.5 percent", "subject", "growth"),
    ("The firm posted revenue growth of 12 percent.", "12 percent", "subject", "revenue growth"),
    # a projection "of" a sum names no subject of its own
    ("Sales of the device reached $20 billion, short of the earlier projection of $25 billion.", "$25 billion", "subject", "Sales of the device"),
    ("The ministry allocated a budget of Rp 71 trillion for the free meals program.", "Rp 71 trillion", "subject", "budget"),
    ("The plan assumes inflation of 3 percent.", "3 percent", "subject", "inflation"),
    ("The government expects a deficit of 2.5 percent of GDP.", "2.5 percent", "subject", "deficit"),
    ("The government expects a deficit of 2.5 percent of GDP.", "2.5 percent", "base", "GDP"),
    ("The firm reported revenue of $3 billion.", "$3 billion", "subject", "revenue"),
    ("The company booked a net profit of $1.2 billion.", "$1.2 billion", "subject", "net profit"),
    ("The country recorded a trade surplus of $3.4 billion in May.", "$3.4 billion", "subject", "trade surplus"),
    ("The draft budget assumes economic growth of 5.2 percent next year.", "5.2 percent", "subject", "economic growth"),
    # a count noun inside or right after the mention is the counted thing
    ("The app has more than 80 million monthly active users.", "80 million", "subject", "monthly active users"),
    ("The platform now has over 50 million registered users.", "50 million", "subject", "registered users"),
    ("The company laid off about 1,200 workers last month.", "1,200", "subject", "workers"),
    ("The bank laid off nearly 300 employees in Jakarta.", "300", "subject", "employees"),
    ("The group employs roughly four thousand staff across Asia.", "four thousand", "subject", "staff"),
    ("Hiring slowed sharply; the firm employs 4,500 engineers worldwide.", "4,500", "subject", "engineers"),
    ("Some 9 million households lack clean water.", "9 million", "subject", "households"),
    # a relative clause after a comma speaks of the noun before the comma
    ("The biggest driver was fuel, which accounted for 0.25 percentage points.", "0.25", "subject", "fuel"),
    ("The largest contributor was rice, which accounted for 0.12 percentage points.", "0.12", "subject", "rice"),
    ("Coal, which accounts for about 15 percent of exports, fell sharply.", "15 percent", "subject", "Coal"),
    ("Nearly 70 percent of Indonesians own a smartphone.", "70 percent", "base", "Indonesians"),
    ("Home prices could slide by as much as 10 percent.", "10 percent", "subject", "Home prices"),
    # purpose and recipient
    ("The government allocated Rp 12 trillion for fertilizer subsidies.", "Rp 12 trillion", "subject", "fertilizer subsidies"),
    ("The ministry set aside Rp 5 trillion for school meals.", "Rp 5 trillion", "subject", "school meals"),
    ("The government disbursed $2 billion on new roads last year.", "$2 billion", "subject", "new roads"),
    ("The program provides cash transfers to some 18 million families.", "18 million", "subject", "families"),
    ("The government will distribute rice aid to about 21 million households.", "21 million", "subject", "households"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mention", "field", "expected"), GENERAL_EN)
def test_english_subject_rules(text: str, mention: str, field: str, expected: str) -> None:
    assert getattr(claim(text, mention, "en"), field) == expected


GENERAL_ID = [
    ("Pemerintah mengalokasikan Rp12 triliun untuk subsidi pupuk.", "Rp12 triliun", "subject", "subsidi pupuk"),
    ("Pemerintah menyalurkan bantuan kepada 18 juta keluarga penerima manfaat.", "18 juta", "subject", "keluarga penerima manfaat"),
    ("Pemerintah menyalurkan bansos kepada sekitar 21 juta keluarga.", "21 juta", "subject", "keluarga"),
    # a sum named before it keeps that name
    ("Kemenkeu mengalokasikan anggaran sebesar Rp71 triliun untuk program makan bergizi gratis.", "Rp71", "subject", "anggaran"),
    ("Inflasi diyakini tetap terkendali di kisaran 2,5 persen.", "2,5 persen", "subject", "Inflasi"),
    ("Menurut Sri Mulyani, defisit anggaran berpotensi melebar menjadi 2,8 persen dari PDB.", "2,8 persen", "subject", "defisit anggaran"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mention", "field", "expected"), GENERAL_ID)
def test_indonesian_purpose_and_recipient(
    text: str, mention: str, field: str, expected: str
) -> None:
    assert getattr(claim(text, mention, "id"), field) == expected


# growth-rate talk is a change; a level of another rate stays a share; money right after
# "raised" is funds obtained (a level), "raised ... by" stays a change
GROWTH_ASPECT = [
    ("en", "The economy posted growth of 5.1 percent in the third quarter.", "5.1", "change"),
    ("en", "The IMF cut its global growth forecast to 3.1 percent.", "3.1", "change"),
    ("en", "The World Bank lowered its 2024 growth forecast for Indonesia to 4.9 percent.", "4.9", "change"),
    ("en", "GDP growth slowed to 4.9 percent in the second quarter.", "4.9", "change"),
    ("en", "The economy is expected to expand 4.7 percent this year.", "4.7", "change"),
    ("en", "Manufacturing output could contract by 1.5 percent.", "1.5", "change"),
    ("en", "Output may shrink 2 percent this year.", "2 percent", "change"),
    ("en", "Net sales slid by 4 percent to $2 billion.", "4 percent", "change"),
    ("en", "The startup raised $50 million in a funding round led by Sequoia.", "$50 million", "level"),
    ("en", "The city raised its budget by $2 million.", "$2 million", "change"),
    ("en", "Pertamina raised fuel prices 30 percent.", "30 percent", "change"),
    ("en", "Bank Indonesia projects growth of 4.7 to 5.5 percent next year.", "5.5 percent", "change"),
    ("en", "Exports, which are expected to rise, reached $20 billion in October.", "$20 billion", "level"),
    ("en", "Inflation rose to 3 percent while growth held steady.", "3 percent", "share"),
    ("en", "Growth in the sector accounted for 40 percent of the total.", "40 percent", "share"),
    ("en", "The unemployment rate dropped to 4.99 percent.", "4.99", "share"),
    ("id", "Pertumbuhan ekonomi diproyeksikan 5 persen tahun depan.", "5 persen", "change"),
    ("id", "Bank Dunia memangkas proyeksi pertumbuhan ekonomi Indonesia menjadi 4,9 persen.", "4,9", "change"),
    ("id", "Laju pertumbuhan ekonomi kuartal III tercatat 4,94 persen.", "4,94", "change"),
    ("id", "Inflasi tahunan naik menjadi 3,1 persen.", "3,1", "share"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "mention", "aspect"), GROWTH_ASPECT)
def test_growth_rate_and_funding_aspect(lang: str, text: str, mention: str, aspect: str) -> None:
    assert claim(text, mention, lang).aspect == aspect


# forecast cues, and their scope: a cue elsewhere in the sentence does not govern the number
FORECAST_KIND = [
    ("en", "The plan assumes inflation of 3 percent.", "3 percent", "forecast"),
    ("en", "The IMF cut its global growth forecast to 3.1 percent.", "3.1", "forecast"),
    ("en", "The ministry raised its export forecast to $280 billion.", "$280", "forecast"),
    ("en", "Inflation will likely reach 3.5 percent.", "3.5", "forecast"),
    ("en", "Inflation is seen at 2.8 percent next year.", "2.8", "forecast"),
    ("en", "Bank Indonesia estimates inflation at 2.8 percent for this year.", "2.8", "forecast"),
    ("en", "The economy is projected to grow 5 percent in 2024.", "5 percent", "forecast"),
    ("en", "Manufacturing output could contract by 1.5 percent.", "1.5", "forecast"),
    ("en", "The bank forecasts the rupiah to trade at 15,000 per dollar.", "15,000", "forecast"),
    ("en", "Exports reached $250 billion last year, and the ministry aims for $300 billion.", "$300", "target"),
    ("en", "The budget assumes inflation of 3 percent, while actual inflation last year was 2.6 percent.", "2.6", "actual"),
    ("en", "The IMF cut its growth forecast to 3.1 percent, but the economy grew 3.5 percent last year.", "3.5", "actual"),
    ("en", "Exports are seen at $260 billion this year, compared with $250 billion last year.", "$250", "actual"),
    ("en", "Exports reached $250 billion last year, and the ministry aims for $300 billion.", "$250", "actual"),
    ("en", "The firm signed a contract worth $2 billion.", "$2 billion", "actual"),
    ("en", "The firm had targeted sales of 1 million units, but sold only 800,000.", "1 million", "target"),
    ("en", "The firm had targeted sales of 1 million units, but sold only 800,000.", "800,000", "actual"),
    ("en", "Officials had projected a deficit of 2.8 percent, but the actual figure was 2.3 percent.", "2.8 percent", "forecast"),
    ("en", "Officials had projected a deficit of 2.8 percent, but the actual figure was 2.3 percent.", "2.3 percent", "actual"),
    ("en", "The government forecast 5.2 percent growth for 2024.", "5.2 percent", "forecast"),
    # a cue inside a relative clause, another clause or a noun compound governs no number
    ("en", "The bank, which expects growth to slow next year, reported a profit of $2 billion.", "$2 billion", "actual"),
    ("en", "Exports, which are expected to rise, reached $20 billion in October.", "$20 billion", "actual"),
    ("en", "The government assumes growth of 5.2 percent; last year growth was 5.05 percent.", "5.2 percent", "forecast"),
    ("en", "The government assumes growth of 5.2 percent; last year growth was 5.05 percent.", "5.05 percent", "actual"),
    ("en", "The forecast was revised after sales hit 3 million units.", "3 million", "actual"),
    ("en", "The IMF's outlook report showed unemployment at 5.3 percent last year.", "5.3 percent", "actual"),
    ("id", "Menkeu optimistis penerimaan negara tahun ini bisa mencapai Rp2.600 triliun.", "Rp2.600", "forecast"),
    ("id", "Penerimaan pajak diyakini bisa mencapai Rp1.800 triliun.", "Rp1.800", "forecast"),
    ("id", "Ekspor nikel diyakini bisa menembus 30 miliar dolar AS tahun depan.", "30 miliar", "forecast"),
    ("id", "Sektor pariwisata berpotensi menyumbang 4 persen terhadap PDB.", "4 persen", "forecast"),
    ("id", "Menteri optimistis ekspor akan naik, sementara tahun lalu ekspor hanya 290 miliar dolar AS.", "290 miliar", "actual"),
    ("id", "Tahun lalu ekspor mencapai 290 miliar dolar AS, sementara tahun ini diyakini bisa mencapai 300 miliar dolar AS.", "290 miliar", "actual"),
    ("id", "Tahun lalu ekspor mencapai 290 miliar dolar AS, sementara tahun ini diyakini bisa mencapai 300 miliar dolar AS.", "300 miliar", "forecast"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "mention", "kind"), FORECAST_KIND)
def test_forecast_cues_and_scope(lang: str, text: str, mention: str, kind: str) -> None:
    assert claim(text, mention, lang).kind == kind


def test_revised_upward_by_is_a_rise() -> None:
    text = "operating profit of Y=880 billion, revised upward by Y=40 billion."
    qs = find_quantities(text, "en")
    sems = describe_all(qs, text, "en", analyse(text, "en"))
    assert [(s.aspect, s.direction) for s in sems] == [("level", None), ("change", "up")]


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("It trimmed its forecast by 0.2 percentage points.", "down"),
        ("The budget was slashed by $2 billion.", "down"),
        ("Shares fell by as much as 3%.", "down"),
        ("The company lifted its dividend 10%.", "up"),
        ("The shares were off 4%.", "down"),
    ],
)
def test_more_english_change_verbs(text: str, direction: str) -> None:
    qs = find_quantities(text, "en")
    (sem,) = describe_all(qs, text, "en", analyse(text, "en"))
    assert (sem.aspect, sem.direction) == ("change", direction)
