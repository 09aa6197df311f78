"""Every spaCy factory of claimx, registered in one place (as spaCy does in its own factories)."""

from __future__ import annotations

from spacy.language import Language

from claimx.components.claims import ClaimsComponent


@Language.factory("claimx_claims", default_config={"lang": None})
def make_claims_component(nlp: Language, name: str, lang: str | None) -> ClaimsComponent:
    """Create the ``claimx_claims`` component."""
    return ClaimsComponent(nlp, name, lang=lang)
