"""Claim times: which time expression governs each quantity, per language and per rule."""

from __future__ import annotations

import pytest

from claimx import timex
from claimx.models import DocDate
from claimx.quantities import Quantity, find_quantities
from claimx.structure import analyse


def times_of(
    text: str, lang: str, kinds: dict[str, str] | None = None, date: str | None = None
) -> dict[str, str | None]:
    """Return {mention: time value} for the mentions named in ``kinds`` and expected results.

    A mention is the first occurrence of its text; the quantity overlapping it is bound with
    the kind ``kinds`` gives it ("actual" by default).
    """
    doc = analyse(text, lang)
    given = DocDate(value=date, basis="given") if date else None
    doc_date = timex.document_date(text, lang, doc, given)
    times = timex.find_times(text, lang, doc, doc_date)
    qs = [q for q in find_quantities(text, lang) if not doc.is_boilerplate(q.start)]
    spans = {m: (text.index(m), text.index(m) + len(m)) for m in (kinds or {})}

    def kind(q: Quantity) -> str:
        for m, (s, e) in spans.items():
            if q.start < e and s < q.end:
                return (kinds or {})[m]
        return "actual"

    refs = timex.claim_times(qs, [kind(q) for q in qs], doc, times, doc_date)
    return {
        "@".join(map(str, (q.start, q.end))): r.value if r else None
        for q, r in zip(qs, refs, strict=True)
    }


def time_at(got: dict[str, str | None], text: str, mention: str) -> str | None:
    """Return the time of the quantity overlapping the first occurrence of ``mention``."""
    s = text.index(mention)
    e = s + len(mention)
    for key, value in got.items():
        qs, qe = map(int, key.split("@"))
        if qs < e and s < qe:
            return value
    return "missing"


# (text, {mention: kind}, document date, {mention: expected time})
ID_CASES = [
    (
        "Per Maret 2023, sebanyak 22 juta UMKM telah go digital.",
        {},
        None,
        {"22 juta": "2023-03"},
    ),
    (
        "Jumlah koperasi pada 2023 mencapai 130.119 unit. Angka ini menurun 37,89% "
        "dibandingkan 2014 yang sebanyak 209.488 unit.",
        {},
        None,
        {"130.119 unit": "2023", "37,89%": "2023", "209.488 unit": "2014"},
    ),
    (
        "Pemerintah menargetkan 30 juta UMKM go digital pada 2024.",
        {"30 juta": "target"},
        None,
        {"30 juta": "2024"},
    ),
    (
        "KUR sampai 14 Juni 2021 sudah mencapai Rp111,9 triliun dan ini 44,26 persen dari "
        "target yang ditingkatkan menjadi Rp253 triliun.",
        {"Rp253 triliun": "target"},
        None,
        {"Rp111,9 triliun": "2021-06-14", "44,26 persen": "2021-06-14", "Rp253 triliun": "2021"},
    ),
    (
        "Transaksi tahun lalu Rp 27.036 triliun dan tahun ini diperkirakan Rp32.206 triliun.",
        {"Rp32.206 triliun": "forecast"},
        "2021-01-23",
        {"Rp 27.036 triliun": "2020", "Rp32.206 triliun": "2021"},
    ),
    (
        "Saat ini sudah 27 juta UMKM yang go digital.",
        {},
        "2023-12-04",
        {"27 juta": "2023-12-04"},
    ),
    ("Saat ini sudah 27 juta UMKM yang go digital.", {}, None, {"27 juta": None}),
    (
        "Potensi produksi sepanjang Oktober−Desember 2023 sebesar 4,78 juta ton. Produksi "
        "Januari−September 2023 setara 26,11 juta ton.",
        {},
        None,
        {"4,78 juta ton": "2023-Q4", "26,11 juta ton": "2023-01/2023-09"},
    ),
    (
        "BPS mencatat pengangguran per Agustus 2019 mencapai 7,05 juta orang. Jumlah itu "
        "5,28 persen dari angkatan kerja.\nTingkat pengangguran SMK mencapai 10,42 persen.",
        {},
        None,
        {"7,05 juta orang": "2019-08", "5,28 persen": "2019-08", "10,42 persen": "2019-08"},
    ),
    (
        "Penggunaan QRIS hingga kini mencapai 270.023 merchant.\nData tersebut berdasarkan "
        "catatan data per Oktober 2021.",
        {},
        "2021-11-06",
        {"270.023 merchant": "2021-10"},
    ),
    (
        "Presiden menargetkan 500 koperasi di tahun 2024, meningkat dari 250 koperasi di tahun "
        "2022 dan 400 koperasi di tahun 2023.",
        {"500 koperasi": "target", "400 koperasi": "target"},
        None,
        {"500 koperasi": "2024", "250 koperasi": "2022", "400 koperasi": "2023"},
    ),
    (
        "Tahun 2022 ini harus mencapai target 20 juta, minimal 20 juta, dan meningkat 24 juta "
        "di tahun depan tahun 2023 dan 30 juta di tahun 2024.",
        {"20 juta": "target", "minimal 20 juta": "target", "24 juta": "target"},
        "2022-03-28",
        {"20 juta": "2022", "minimal 20 juta": "2022", "24 juta": "2023", "30 juta": "2024"},
    ),
    (
        "Ini sesuai RPJMN 2020-2024. Kontribusi koperasi ditargetkan mencapai 5,5% terhadap PDB.",
        {"5,5%": "target"},
        None,
        {"5,5%": "2024"},
    ),
    (
        "KUR disalurkan kepada 3,06 juta debitur pada Mei 2021, sehingga total outstanding KUR "
        "sejak 2015 sebesar Rp260,25 triliun.",
        {},
        None,
        {"3,06 juta debitur": "2021-05", "Rp260,25 triliun": "2021-05"},
    ),
    (
        "Inflasi Juli 2024 tercatat 2,13 persen. Pada bulan yang sama tahun lalu, inflasi "
        "mencapai 3,08 persen.",
        {},
        "2024-08-05",
        {"2,13 persen": "2024-07", "3,08 persen": "2023-07"},
    ),
    (
        "Ekonomi pada kuartal II-2024 tumbuh 5,05 persen. Angka ini lebih rendah dibandingkan "
        "kuartal I-2024 yang tumbuh 5,11 persen.\nKonsumsi rumah tangga tumbuh 4,93 persen.",
        {},
        None,
        {"5,05 persen": "2024-Q2", "5,11 persen": "2024-Q1", "4,93 persen": "2024-Q2"},
    ),
    (
        "Hingga Desember 2023, pemerintah menargetkan 3 juta UMKM go digital.",
        {"3 juta": "target"},
        None,
        {"3 juta": "2023-12"},
    ),
    (
        "Ekspor UMKM mencapai 30 persen dari total ekspor pada 2023.",
        {},
        None,
        {"30 persen": "2023"},
    ),
    (
        "Pemerintah menargetkan lebih dari 20 juta UMKM go digital pada 2024.",
        {"lebih dari 20 juta": "target"},
        None,
        {"lebih dari 20 juta": "2024"},
    ),
    # halves and quarters in words, anaphoric periods, headlines
    (
        "Laba bersih perseroan mencapai Rp12 triliun pada paruh pertama 2022. Pada periode yang "
        "sama, penyaluran kredit tumbuh 9 persen.\n\nPada periode yang sama pula, dana pihak "
        "ketiga naik 6 persen.",
        {},
        None,
        {"Rp12 triliun": "2022-H1", "9 persen": "2022-H1", "6 persen": "2022-H1"},
    ),
    (
        "Penjualan semen pada semester pertama 2021 mencapai 30 juta ton, naik dari 27 juta ton "
        "pada semester yang sama tahun lalu.",
        {},
        None,
        {"30 juta ton": "2021-H1", "27 juta ton": "2020-H1"},
    ),
    (
        "Produksi pada kuartal keempat 2022 mencapai 2 juta barel, sedangkan setahun "
        "sebelumnya 1,8 juta barel.",
        {},
        None,
        {"2 juta barel": "2022-Q4", "1,8 juta barel": "2021-Q4"},
    ),
    (
        "Ekspor Diprediksi Tumbuh 6 Persen Tahun Depan\n\nJakarta - Ekspor turun 2 persen pada "
        "Oktober 2022.",
        {"6 Persen": "forecast"},
        "2022-11-20",
        {"6 Persen": "2023", "2 persen": "2022-10"},
    ),
    (
        "Penjualan Mobil Tahun Ini Diperkirakan 1 Juta Unit\n\nJakarta - Penjualan mobil pada "
        "Januari-Maret naik 5 persen.",
        {"1 Juta Unit": "forecast"},
        "2024-05-02",
        {"1 Juta Unit": "2024", "5 persen": "2024-Q1"},
    ),
]

EN_CASES = [
    (
        "The ministry targets more than 20 million MSMEs going digital by 2024.",
        {"more than 20 million": "target"},
        None,
        {"more than 20 million": "2024"},
    ),
    (
        "Exports fell 11.3 percent to $258.8 billion in 2023 from a record $292 billion in 2022. "
        "Imports fell 6.6 percent to $221.9 billion.\n\nIn December alone, exports were "
        "$22.4 billion.",
        {},
        "2024-01-05",
        {
            "11.3 percent": "2023",
            "$292 billion": "2022",
            "6.6 percent": "2023",
            "$22.4 billion": "2023-12",
        },
    ),
    (
        "Exports were 5 percent higher in 2023 than in 2022.",
        {},
        None,
        {"5 percent": "2023"},
    ),
    (
        "The online media would increase to $4.4 billion in 2020, up from $3.5 billion last year.",
        {},
        "2020-11-11",
        {"$4.4 billion": "2020", "$3.5 billion": "2019"},
    ),
    (
        "As of December 2023, as many as 25,292,701 MSMEs are on e-commerce platforms.",
        {},
        None,
        {"25,292,701": "2023-12"},
    ),
    (
        "The unemployment rate dropped to 4.99 percent in February, 2020 from 5.01 percent a "
        "year earlier, BPS said. Unemployment totaled 6.88 million compared to 6.82 million "
        "earlier, he said.",
        {},
        None,
        {
            "4.99 percent": "2020-02",
            "5.01 percent": "2019-02",
            "6.88 million": "2020-02",
            "6.82 million": "2019-02",
        },
    ),
    (
        "Production during the October-December 2022 period is estimated at 5.90 million tons, "
        "or up 15.12 percent as compared to 2021 during which the figure stood at 5.13 million "
        "tons.",
        {"5.90 million tons": "forecast"},
        None,
        {
            "5.90 million tons": "2022-Q4",
            "15.12 percent": "2022-Q4",
            "5.13 million tons": "2021-Q4",
        },
    ),
    (
        "We are targeting some 24.5 million MSMEs by 2023 and another 500 thousand by 2024.",
        {"some 24.5 million": "target", "500 thousand": "target"},
        None,
        {"some 24.5 million": "2023", "500 thousand": "2024"},
    ),
    (
        "E-commerce would increase 52 percent to $32 billion this year from $21 billion last year.",
        {"52 percent": "forecast", "$32 billion": "forecast"},
        "2020-11-11",
        {"52 percent": "2020", "$32 billion": "2020", "$21 billion": "2019"},
    ),
    (
        "The total outstanding KUR between August 2015 and December 27, 2021, reached "
        "Rp373.35 trillion.",
        {},
        None,
        {"Rp373.35 trillion": "2021-12-27"},
    ),
    ("Currently, Indonesia has 64.2 million MSMEs.", {}, None, {"64.2 million": None}),
    (
        "Currently, Indonesia has 64.2 million MSMEs.",
        {},
        "2024-08-03",
        {"64.2 million": "2024-08-03"},
    ),
    (
        "Poverty stood at 9.66 percent in September 2018.\n\nThe number of poor in rural areas "
        "stood at 15.54 million people.",
        {},
        None,
        {"9.66 percent": "2018-09", "15.54 million people": "2018-09"},
    ),
    # halves and quarters in words, anaphoric periods, headlines
    (
        "In the first half of 2022, net profit rose 18 percent from a year earlier. Revenue "
        "climbed 7 percent. In the same period, volumes dropped 3 percent.",
        {},
        None,
        {"18 percent": "2022-H1", "7 percent": "2022-H1", "3 percent": "2022-H1"},
    ),
    (
        "Sales reached $4 billion in second-half 2021, compared with $3.1 billion in the same "
        "period a year ago.",
        {},
        None,
        {"$4 billion": "2021-H2", "$3.1 billion": "2020-H2"},
    ),
    (
        "Growth slowed to 4.9 percent in the July-September quarter of 2023 from 5.2 percent "
        "in the same quarter last year.",
        {},
        None,
        {"4.9 percent": "2023-Q3", "5.2 percent": "2022-Q3"},
    ),
    (
        "Output In The Fourth Quarter Of 2020 Fell 2 Percent\n\nOutput fell 2 percent in the "
        "fourth quarter. Exports rose 1 percent in 2021.",
        {},
        None,
        {"2 Percent": "2020-Q4"},
    ),
    (
        "Inflation Last Year Was 5.5%\n\nJAKARTA, Feb 1, 2024 (Reuters) - Inflation in January "
        "2024 was 2.6%.\n\nCore inflation was 1.8%, the bank said.",
        {},
        None,
        {"5.5%": "2023", "2.6%": "2024-01", "1.8%": "2024-01"},
    ),
    (
        "Rice Output To Rise 3 Percent Next Year\n\nOutput rose 1 percent in the first "
        "quarter, the ministry said.",
        {"3 Percent": "forecast"},
        "2023-06-01",
        {"3 Percent": "2024", "1 percent": "2023-Q1"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "case"), [("id", c) for c in ID_CASES] + [("en", c) for c in EN_CASES]
)
def test_claim_times(
    lang: str, case: tuple[str, dict[str, str], str | None, dict[str, str | None]]
) -> None:
    text, kinds, date, expected = case
    got = times_of(text, lang, kinds, date)
    assert {m: time_at(got, text, m) for m in expected} == expected


def test_claim_time_carries_its_expression() -> None:
    text = "Per Maret 2023, sebanyak 22 juta UMKM telah go digital."
    doc = analyse(text, "id")
    times = timex.find_times(text, "id", doc, None)
    q = find_quantities(text, "id")[0]
    ref = timex.claim_time(q, "actual", doc, times, None)
    assert ref is not None and ref.value == "2023-03" and ref.relation == "as_of"
    assert ref.start is not None and ref.end is not None
    assert text[ref.start : ref.end] == ref.text == "Maret 2023"


def test_claim_times_rejects_mismatched_kinds() -> None:
    text = "Ada 5 juta UMKM."
    doc = analyse(text, "id")
    times = timex.find_times(text, "id", doc, None)
    with pytest.raises(ValueError, match="1 quantities but 0 kinds"):
        timex.claim_times(find_quantities(text, "id"), [], doc, times, None)


@pytest.mark.parametrize(
    ("head", "body", "lang"),
    [
        (
            "Produksi 3 juta ton berasal dari pabrik di Bekasi pada 2023",
            "Pabrik itu mempekerjakan 200 orang.",
            "id",
        ),
        (
            "Output of 3 million tonnes came from the Bekasi plant in 2023",
            "The plant employs 200 people.",
            "en",
        ),
    ],
)
def test_a_headline_cue_does_not_reach_into_the_next_paragraph(
    head: str, body: str, lang: str
) -> None:
    """A "dari" or "from" opens a comparison only when a compared value follows in its own
    sentence; a headline has no closing stop, and the figure of the paragraph after it is not
    its compared value (the headline's claim kept its year alone and lost it with a body)."""
    alone = times_of(head, lang)
    with_body = times_of(head + "\n\n" + body, lang)
    assert list(alone.values()) == ["2023"]
    assert with_body[next(iter(alone))] == "2023"


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Sejauh ini, realisasinya baru 620.000 ton.", "id", "2025-10-14"),
        ("So far, 300 people have applied.", "en", "2025-10-14"),
        ("Thus far 12 banks have signed up.", "en", "2025-10-14"),
        ("So far this year, sales rose 5%.", "en", "2025"),  # the longer phrase wins
    ],
)
def test_so_far_is_now(text: str, lang: str, value: str) -> None:
    import claimx

    claim = claimx.extract(text, lang=lang, date="2025-10-14").claims[0]
    assert claim.time is not None and claim.time.value == value
