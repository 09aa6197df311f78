"""Blank spaCy pipelines that start fast: Indonesian without 15 000 tokenizer special cases.

``spacy.blank("id")`` spends seconds building its tokenizer: spaCy's Indonesian exceptions list
about 15 600 hyphenated words ("anak-anak", "sayur-mayur", "ad-interim") in up to seven
capitalisations each, only so that the infix rule splitting a hyphen between letters leaves them
whole, and every special case is tokenised and interned when the tokenizer is built. Here the
hyphenated-word exceptions are replaced by one ``token_match`` rule, "letters joined by hyphens
are one token", which keeps every listed word whole (and unlisted reduplications such as
"UMKM-UMKM" too) and costs nothing to build. Every other exception (abbreviations such as "Jan."
or "Drs.", emoticons) is kept. claimx reads the raw text, so claims never depend on tokens.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import regex
import spacy
from spacy.language import Language

# letters (no digits, no underscore) joined by single hyphens: "anak-anak", "Abu-Abu"
HYPHENATED_WORD = r"^[^\W\d_]+(?:-[^\W\d_]+)+$"
_HYPHENATED = regex.compile(HYPHENATED_WORD)


def blank(lang: str) -> Language:
    """Return a blank spaCy pipeline for ``lang`` ("id" gets the lean tokenizer, see above).

    Raises:
        ValueError: spaCy has no language ``lang``.
    """
    if lang != "id":
        return spacy.blank(lang)
    return _lean_indonesian()()


@cache
def _lean_indonesian() -> type[Language]:
    from spacy.lang.id import Indonesian, IndonesianDefaults

    exceptions = {
        orth: tokens
        for orth, tokens in IndonesianDefaults.tokenizer_exceptions.items()
        if not _HYPHENATED.match(orth)
    }

    class LeanIndonesianDefaults(IndonesianDefaults):
        tokenizer_exceptions = exceptions
        token_match = _token_match()

    class LeanIndonesian(Indonesian):  # type: ignore[no-untyped-call]
        lang = "id"
        Defaults = LeanIndonesianDefaults

    return LeanIndonesian


def _token_match() -> Any:
    import re

    # spaCy serialises token_match as the .pattern of a compiled ``re`` pattern's bound method
    return re.compile(HYPHENATED_WORD).match
