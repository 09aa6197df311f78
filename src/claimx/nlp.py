"""``claimx.load``: a blank spaCy pipeline with the claimx component, no download."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language

from claimx.langdata import check_lang


def load(lang: str) -> Language:
    """Return ``spacy.blank(lang)`` with the ``claimx_claims`` component added.

    Docs it makes carry ``doc._.claimx_claims``. Raises ValueError for an unsupported language.
    """
    import claimx.factories  # noqa: F401  (registers the factory)

    nlp = spacy.blank(check_lang(lang))
    _split_currency(nlp)
    nlp.add_pipe("claimx_claims")
    return nlp


def _split_currency(nlp: Language) -> None:
    """Make the tokenizer split "Rp.877" and "Rp877" into currency and number."""
    from spacy.util import compile_prefix_regex

    defaults = list(nlp.Defaults.prefixes or [])
    prefixes = [r"Rp\.?(?=\d)", r"US\$(?=\d)", r"IDR(?=\d)", r"USD(?=\d)", *defaults]
    tokenizer: Any = nlp.tokenizer
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
