"""Shipped language data: every file validates, and unknown keys are refused."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from claimx.langdata import languages
from claimx.langmodels import (
    CalendarData,
    NumberData,
    QualifierData,
    StopWords,
    StructureData,
    UnitData,
)

SCHEMAS = {
    "numbers": NumberData,
    "units": UnitData,
    "qualifiers": QualifierData,
    "calendar": CalendarData,
    "structure": StructureData,
    "stopwords": StopWords,
}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_file_validates(lang: str, name: str) -> None:
    from claimx.langdata import load

    assert load(lang, name, SCHEMAS[name])


def test_languages() -> None:
    assert languages() == ("en", "id")


def test_unknown_key_is_refused() -> None:
    with pytest.raises(ValidationError, match="extra"):
        StopWords.model_validate({"words": ["a"], "wrods": ["b"]})


def test_yaml_words_stay_strings() -> None:
    from claimx.langdata import load

    assert "on" in load("en", "stopwords", StopWords).words
