"""Quotation pairing (structure.find_quotes) on unbalanced and mis-typed marks, the shipped
attribution data, and robustness of attribute() on arbitrary text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimx.attribution import attribute
from claimx.names import attribution_data, lexicon
from claimx.structure import analyse

# (text, the inner texts of the quotations found)
QUOTES = [
    ("“Naik 5 persen,” kata Budi.", ["Naik 5 persen,"]),
    ('"Naik 5 persen," kata Budi.', ["Naik 5 persen,"]),
    # ” written as the opening mark too (Kompas style)
    ("Budi hadir. ”Naik 5 persen,” kata Budi.", ["Naik 5 persen,"]),
    ("Budi hadir. ”(Tiket dijual) Maret,” katanya.", ["(Tiket dijual) Maret,"]),
    # “ written as the closing mark
    ("“Korupsi bukan karena sistem,“ kata Alfian.", ["Korupsi bukan karena sistem,"]),
    # a closing mark with no opening one: from the paragraph start, or after the last quotation
    ("Naik 5 persen,” kata Budi.", ["Naik 5 persen,"]),
    ("“Satu,” kata Budi. Dua tiga,” katanya.", ["Satu,", "Dua tiga,"]),
    # left open: to the end of the paragraph
    ("“Naik 5 persen tahun ini\nBudi hadir.", ["Naik 5 persen tahun ini"]),
]


@pytest.mark.parametrize(("text", "inner"), QUOTES)
def test_quotation_pairing(text: str, inner: list[str]) -> None:
    doc = analyse(text, "id")
    assert [text[q.inner.start : q.inner.end] for q in doc.quotes] == inner
    for q in doc.quotes:
        assert q.outer.start <= q.inner.start <= q.inner.end <= q.outer.end


@pytest.mark.parametrize("lang", ["id", "en"])
def test_attribution_data_validates_and_keeps_classes_apart(lang: str) -> None:
    data = attribution_data(lang)
    lex = lexicon(lang)
    assert data.subject_verbs and data.titles and data.source_cues
    # a word cannot be both a connector and a name-like title or organisation head
    assert not (lex.connectors - lex.determiners) & (lex.titles | lex.heads)
    # every pronoun and role phrase is lower case, as the matcher compares them
    assert all(w == w.lower() for w in data.pronouns + data.role_phrases)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                "“",
                "”",
                '"',
                ",",
                ".",
                " ",
                "\n",
                "kata",
                "ujarnya",
                "Budi",
                "Santoso",
                "said",
                "the official",
                "BPS",
                "mencatat",
                "5 persen",
                "(",
                ")",
                "Kepala",
                "menurut",
                "he",
            ]
        ),
        max_size=40,
    ),
    st.sampled_from(["id", "en"]),
)
def test_attribute_never_fails_and_keeps_offsets(parts: list[str], lang: str) -> None:
    text = " ".join(parts)
    atts = attribute(text, lang, analyse(text, lang))
    for s in atts.statements:
        assert text[s.start : s.end] == s.text
        sp = s.speaker
        if sp is not None and sp.start is not None and sp.end is not None:
            assert 0 <= sp.start <= sp.end <= len(text)
    for i in range(0, len(text), 7):
        atts.speaker_for(i, i + 1)
