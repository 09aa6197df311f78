"""``claimx.load``: a blank spaCy pipeline with the claimx component, no download."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claimx.langdata import check_lang

if TYPE_CHECKING:  # spaCy is imported when a pipeline is built, not with claimx
    from spacy.language import Language


def load(lang: str) -> Language:
    """Return a blank spaCy pipeline for ``lang`` with the ``claimx_claims`` component added.

    Indonesian uses :func:`claimx.tokenizers.blank`, which builds in a fraction of a second.

    Docs it makes carry ``doc._.claimx_claims``. Raises ValueError for an unsupported language.
    """
    import claimx.factories  # noqa: F401  (registers the factory)
    from claimx.tokenizers import blank

    nlp = blank(check_lang(lang))
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
