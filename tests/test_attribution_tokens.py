"""Sentence tokens as attribution reads them: one regex pass gives each token and its first
word (the word a cue is looked up by), and a sentence's Token tuples are built only when a
cue word stands in it."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from claimx.attribution import attribute
from claimx.cues import SentenceTokens
from claimx.speakers import _title_pattern, _title_words
from claimx.structure import analyse
from claimx.wordscan import _ASCII_TOKEN, _TOKEN, build, first_words, tokens

# the word pattern cues are looked up by: letters and digits joined by single hyphens
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*")

TRICKY = "Kata's U.S.-based e-mail a--b (BPS) 5.000 Rp1,5 ’quoted’ x-'y said."


def test_tokens_keep_offsets_and_lower_case() -> None:
    toks = tokens(TRICKY, 0, len(TRICKY))
    assert [t.text for t in toks][:6] == ["Kata's", "U.S.-based", "e-mail", "a--b", "(", "BPS"]
    for t in toks:
        assert TRICKY[t.start : t.end] == t.text
        assert t.low == t.text.lower()


def test_first_word_is_the_word_a_cue_is_read_by() -> None:
    ms, firsts, ends = first_words(TRICKY, 0, len(TRICKY))
    toks, starts = build(ms)
    assert firsts[:4] == ["kata", "u", "e-mail", "a"]
    for t, w, e, s in zip(toks, firsts, ends, starts, strict=True):
        assert s == t.start
        m = _WORD.match(TRICKY, t.start)
        if m is None:  # a punctuation mark stands for itself
            assert (w, e) == (t.low, t.end)
        else:
            assert (w, e) == (m.group().lower(), m.end())


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("aZ09-.&'_ ,;()$%\t\n\x0b\x1c\x00")), max_size=16)
    | st.text(alphabet=st.characters(max_codepoint=127), max_size=12),
    st.integers(0, 16),
    st.integers(0, 16),
)
def test_ascii_text_is_tokenised_as_the_unicode_pattern_does(text: str, a: int, b: int) -> None:
    # ASCII text takes the standard engine's pattern: the same tokens and first words
    a, b = min(a, len(text)), min(max(a, b), len(text))

    def spans(rx: regex.Pattern[str] | re.Pattern[str]) -> list[tuple[int, int, int]]:
        return [(m.start(), m.end(), m.end(1)) for m in rx.finditer(text, a, b)]

    assert spans(_ASCII_TOKEN) == spans(_TOKEN)


def test_tokens_wait_for_a_cue_word() -> None:
    text = "Exports rose 5 percent in May. The ministry said prices held."
    doc = analyse(text, "en")
    sents = SentenceTokens(text, doc, "en")
    atts = attribute(text, "en", doc)
    d = atts.discourse
    assert d is not None
    d.sentence_cues(0)
    d.sentence_cues(1)
    built = d.sents._cache
    assert 0 not in built  # no cue word: its first words were enough
    assert 1 in built
    assert sents.get(0)[0].toks[0].text == "Exports"


@pytest.mark.parametrize("lang", ["en", "id"])
def test_every_title_match_opens_with_a_title_first_word(lang: str) -> None:
    first = _title_words(lang)
    assert first is not None
    text = (
        "Menteri Keuangan Sri Mulyani and Finance Minister Sri Mulyani, President Joko "
        "Widodo, Presiden Joko Widodo, Deputy Governor Destry Damayanti spoke."
    )
    found = list(_title_pattern(lang).finditer(text))
    assert found
    for m in found:
        assert _WORD.match(text, m.start()).group().lower() in first
