"""Speed rewrites keep results: the masks found kind by kind equal the one-alternation scan."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimx.nonclaims import Masks, _pattern, masks, merge_spans

ATOMS = [
    "1", "12", "2023", "0812", "5.0", "-", "_", "/", ".", ",", ":", " ", "\n", "Jan", "Maret",
    "March", "pukul", "WIB", "p.m.", "http://", "www.", "x.com", ".co.id", "@", "#", "[", "]",
    "=", '"', "(", ")", "+62", "v", "COVID", "No.", "ke", "Rp", "US$", "minus", "3rd", " of ",
    "Budi ", "%", "https://", "co", ".id", ".com", "..", "a-b", "detik", ".sg", "/path", "key",
    "=\"", "]=[", "_x",
]  # fmt: skip


def _alternation_masks(text: str, lang: str) -> Masks:
    """The reference: leftmost-first matches of the single alternation, merged as masks()."""
    return merge_spans((*m.span(), m.lastgroup or "") for m in _pattern(lang).finditer(text))


@pytest.mark.parametrize("lang", ["id", "en"])
@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(ATOMS), max_size=30))
@example(parts=[".co.id", "@", "5.0"])  # an e-mail whose run starts with a dot
def test_masks_equal_the_alternation_scan(lang: str, parts: list[str]) -> None:
    text = "".join(parts)
    assert masks(text, lang) == _alternation_masks(text, lang)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_masks_equal_the_alternation_scan_on_the_seeds(lang: str, seeds_dir: Path) -> None:
    for p in sorted(seeds_dir.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        assert masks(text, lang) == _alternation_masks(text, lang)
