"""Sentence splitting keeps abbreviations and initials inside their sentence."""

from __future__ import annotations

import pytest

from claimx.structure import analyse


@pytest.mark.parametrize(
    ("lang", "text", "sentences"),
    [
        (
            "id",
            "Harga naik menjadi Rp. 27 ribu. Jl. Sudirman ramai.",
            ["Harga naik menjadi Rp. 27 ribu.", "Jl. Sudirman ramai."],
        ),
        (
            "id",
            "Dr. Budi datang. Data BPS. Ini J. Smith.",
            ["Dr. Budi datang.", "Data BPS.", "Ini J. Smith."],
        ),
        (
            "en",
            "Prices rose 5 percent, Mr. Smith said. Jan. 5 is a date. U.S. output fell.",
            ["Prices rose 5 percent, Mr. Smith said.", "Jan. 5 is a date.", "U.S. output fell."],
        ),
        (
            "en",
            "It rose 5 percent. “We are glad,” he said. Output fell.",
            ["It rose 5 percent.", "“We are glad,” he said.", "Output fell."],
        ),
    ],
)
def test_sentences(lang: str, text: str, sentences: list[str]) -> None:
    doc = analyse(text, lang)
    assert [text[s.start : s.end] for s in doc.sentences] == sentences


def test_claim_stays_inside_its_sentence() -> None:
    import claimx

    text = "Nilainya Rp. 27 ribu per kilogram. Harga lain naik 5 persen."
    for c in claimx.extract(text, lang="id").claims:
        assert c.sentence is not None
        assert c.sentence.start <= c.start and c.end <= c.sentence.end


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("JAKARTA - Ekspor naik 5 persen.", "Ekspor naik 5 persen."),
        ("Jakarta, CNBC Indonesia - GAPKI mencatat ekspor 14 juta ton.", "GAPKI mencatat"),
        ("Jakarta (ANTARA) - Harga beras naik.", "Harga beras naik."),
        ("JAKARTA, KOMPAS.com - Penjualan mobil turun.", "Penjualan mobil turun."),
        ("SINGAPORE, March 8 (Reuters) - Sales rose 3 percent.", "Sales rose 3 percent."),
        # no capital-letter word, comma or bracket: a dash parenthesis, not a dateline
        ("Bank Indonesia – the central bank – kept rates.", "Bank Indonesia – the central"),
        ("Exports rose - and imports fell.", "Exports rose"),
    ],
)
def test_dateline_is_not_part_of_the_sentence(text: str, own: str) -> None:
    doc = analyse(text, "id")
    assert text[doc.dateline_end(0) :].startswith(own)


def test_dateline_only_opens_a_paragraph() -> None:
    text = "Harga naik.\n\nEkspor naik. JAKARTA - Impor turun."
    doc = analyse(text, "id")
    assert [doc.dateline_end(i) for i in range(3)] == [s.start for s in doc.sentences]


@pytest.mark.parametrize(
    "text",
    [
        "PPN – 12 persen – berlaku mulai Januari.",
        "Meanwhile, GDP – at $1.4 trillion – grew slowly.",
        "In March, Apple - the iPhone maker - sold more.",
        "In March, Apple - sold 5 million phones.",
    ],
)
def test_a_dash_aside_is_no_dateline(text: str) -> None:
    doc = analyse(text, "en")
    assert doc.dateline_end(0) == 0
