"""Attribution word lists: the schema of ``lang/<code>/attribution.yaml`` and the word classes
built from it once per language (titles, organisation heads, places, pronouns, cue verbs …).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from claimx.langdata import load
from claimx.langmodels import AttributionData, StopWords


def attribution_data(lang: str) -> AttributionData:
    """Return the validated attribution word lists of ``lang``."""
    return load(lang, "attribution", AttributionData)


def _low(words: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


@dataclass(frozen=True)
class Lexicon:
    """Word classes of one language, as lower-case sets, built once per language."""

    data: AttributionData
    titles: frozenset[str]
    heads: frozenset[str]
    name_heads: frozenset[str]
    org_words: frozenset[str]
    places: frozenset[str]
    not_names: frozenset[str]
    connectors: frozenset[str]
    determiners: frozenset[str]
    demonstratives: frozenset[str]
    indefinite: frozenset[str]
    adverbs: frozenset[str]
    fillers: frozenset[str]
    doc_nouns: frozenset[str]
    pronouns: frozenset[str]
    roles: frozenset[str]
    generic: frozenset[str]
    role_kinds: dict[str, frozenset[str]]
    org_marks: frozenset[str]
    unmarked_roles: frozenset[str]
    verbs: frozenset[str]
    passive: frozenset[str]
    locatives: frozenset[str]
    org_links: frozenset[str]
    relatives: frozenset[str]
    markers: frozenset[str]


@cache
def lexicon(lang: str) -> Lexicon:
    """Return the word classes of ``lang`` (cached)."""
    d = attribution_data(lang)
    stop = _low(load(lang, "stopwords", StopWords).words)
    verbs = _low(
        d.subject_verbs + d.headline_verbs + d.tag_verbs + d.pronoun_tags + d.agent_verbs
    ) | _low(d.decision_verbs)
    kinds: dict[str, frozenset[str]] = {}
    for group in d.role_organisations:
        for role in _low(group.roles):
            kinds[role] = kinds.get(role, frozenset()) | _low(group.names)
    return Lexicon(
        data=d,
        titles=_low(d.titles),
        heads=_low(d.organisation_heads + d.named_heads),
        name_heads=_low(d.named_heads),
        org_words=_low(d.organisation_words),
        places=_low(d.places),
        not_names=_low(d.not_names) | stop | verbs,
        connectors=_low(d.connectors),
        determiners=_low(d.determiners),
        demonstratives=_low(d.demonstratives),
        indefinite=_low(d.indefinite_determiners),
        adverbs=_low(d.adverbs),
        fillers=_low(d.source_fillers),
        doc_nouns=_low(d.document_nouns),
        pronouns=_low(d.pronouns),
        roles=_low(d.role_phrases),
        generic=_low(d.generic_organisations) | frozenset(kinds),
        role_kinds=kinds,
        org_marks=frozenset().union(*kinds.values()),
        unmarked_roles=frozenset(
            r for g in d.role_organisations if g.unmarked for r in _low(g.roles)
        ),
        verbs=verbs,
        passive=_low(d.passive_markers),
        locatives=_low(d.locatives),
        org_links=_low(d.org_links),
        relatives=_low(d.relatives),
        markers=_low(d.agent_markers),
    )
