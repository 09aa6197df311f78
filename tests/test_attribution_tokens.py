"""Sentence tokens as attribution reads them: one regex pass gives each token and its first
word (the word a cue is looked up by), and a sentence's Token tuples are built only when a
cue word stands in it."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from claimx import semlex, semseg
from claimx.attribution import attribute
from claimx.cues import SentenceTokens
from claimx.speakers import _title_pattern, _title_words
from claimx.structure import analyse
from claimx.wordscan import _PLAIN_TOKEN, _TOKEN, NEAR_ASCII, build, first_words, plain, tokens

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


_PLAIN = list("aZ09-.,&'’_ ;()$%\t\n\x0b\x0c\r\x1c\x00") + list(NEAR_ASCII)


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(_PLAIN), max_size=16)
    | st.text(alphabet=st.characters(max_codepoint=127) | st.sampled_from(NEAR_ASCII), max_size=12),
    st.integers(0, 16),
    st.integers(0, 16),
)
def test_plain_text_is_tokenised_as_the_unicode_patterns_do(text: str, a: int, b: int) -> None:
    # text of ASCII and a few marks takes the standard engine's patterns: the same tokens, and
    # the same first words, as the Unicode patterns of attribution and of segmenting
    a, b = min(a, len(text)), min(max(a, b), len(text))
    assert plain(text, a, b)

    def spans(rx: regex.Pattern[str] | re.Pattern[str]) -> list[tuple[int, int, int]]:
        return [(m.start(), m.end(), m.end(1)) for m in rx.finditer(text, a, b)]

    assert spans(_PLAIN_TOKEN) == spans(_TOKEN)
    assert semseg._PLAIN_TOKEN.findall(text, a, b) == semlex.TOKEN.findall(text, a, b)


def test_near_ascii_marks_are_no_letters_digits_or_other_space() -> None:
    for c in NEAR_ASCII:
        assert regex.match(r"[\p{L}\p{N}]", c) is None
        assert (regex.match(r"\s", c) is not None) == (c == "\u00a0")
    quote = "\u201cNaik 5\u00a0persen,\u201d ujarnya \u2013 pekan lalu."
    assert plain(quote, 0, len(quote))
    assert not plain("harga kopi di café naik", 0, 23)
    assert plain("harga kopi di café naik", 0, 15)


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
