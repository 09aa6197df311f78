"""The lean Indonesian pipeline: spaCy's tokens for every listed word, the same claims, fast."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.lang.id.tokenizer_exceptions import TOKENIZER_EXCEPTIONS
from spacy.language import Language

import claimx
from claimx.tokenizers import blank


@pytest.fixture(scope="module")
def spacy_id() -> Language:
    return spacy.blank("id")


@pytest.fixture(scope="module")
def lean_id() -> Language:
    return blank("id")


@pytest.mark.parametrize("wrap", ["{}", "({}),", '"{}."', "{}!"])
def test_every_spacy_exception_tokenises_as_in_spacy(
    spacy_id: Language, lean_id: Language, wrap: str
) -> None:
    text = " ".join(wrap.format(orth) for orth in sorted(TOKENIZER_EXCEPTIONS))
    assert [t.text for t in lean_id(text)] == [t.text for t in spacy_id(text)]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("UMKM-UMKM naik.", ["UMKM-UMKM", "naik", "."]),  # unlisted reduplication stays whole
        ("anak-anak, Rp 5", ["anak-anak", ",", "Rp", "5"]),
        ("Jan. 2024", ["Jan.", "2024"]),
    ],
)
def test_lean_rules(lean_id: Language, text: str, tokens: list[str]) -> None:
    assert [t.text for t in lean_id(text)] == tokens


@pytest.mark.parametrize(
    "text", ["COVID-19 dan 5-6 persen", "naik 5,2% (yoy)-nya", "ke-3 dan tahun 90-an"]
)
def test_words_with_digits_tokenise_as_in_spacy(
    spacy_id: Language, lean_id: Language, text: str
) -> None:
    assert [t.text for t in lean_id(text)] == [t.text for t in spacy_id(text)]


def test_other_languages_are_spacy_blank() -> None:
    assert type(blank("en")) is type(spacy.blank("en"))


def test_load_id_gives_extract_claims_on_the_seeds(seeds_dir: Path) -> None:
    nlp = claimx.load("id")
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert nlp(text)._.claimx_claims == list(claimx.extract(text, lang="id").claims)


def test_lean_pipeline_round_trips(tmp_path: Path) -> None:
    nlp = claimx.load("id")
    nlp.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")
    text = "Sebanyak 22 juta UMKM-UMKM naik 5,2 persen."
    assert [t.text for t in again(text)] == [t.text for t in nlp(text)]
    assert again(text)._.claimx_claims == nlp(text)._.claimx_claims
