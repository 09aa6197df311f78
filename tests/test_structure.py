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
