"""Schemas of the per-language YAML files (``lang/<code>/*.yaml``), as pydantic models.

They live apart from the code that reads them (:mod:`claimx.lexicon`, :mod:`claimx.numbers`,
:mod:`claimx.structure`, :mod:`claimx.attrlex`, :mod:`claimx.language`) so that code can be
compiled with mypyc, which cannot compile a module defining a pydantic model; this one stays
Python. (The semantics schemas are in :mod:`claimx.semlex`.)
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from claimx.langdata import LangModel


class UnitData(LangModel):
    """Schema of ``lang/<code>/units.yaml``."""

    currency_prefixes: dict[str, str]
    # prefixes that are also common letter pairs ("PS", the ASCII folding of "£", is also
    # "PS4"): money only before a figure with a decimal point, a group separator or a scale
    guarded_currency_prefixes: dict[str, str] = Field(default_factory=dict)
    currency_suffixes: dict[str, str]
    percent: list[str]
    percentage_points: list[str]
    basis_points: list[str]
    units: dict[str, str]
    # symbols matched as written: "W" watt, "g" gram, "p" pence
    units_cased: dict[str, str] = Field(default_factory=dict)
    count_nouns: list[str]
    # adjectives that may stand between a figure and its unit: "three straight months"
    unit_adjectives: list[str] = Field(default_factory=list)
    rank_cues: list[str]
    rank_suffixes: list[str]


class QualifierData(LangModel):
    """Schema of ``lang/<code>/qualifiers.yaml``."""

    approx: list[str]
    at_least: list[str]
    more_than: list[str]
    at_most: list[str]
    less_than: list[str]
    range_openers: list[str]
    range_joiners: list[str]
    range_opener_joiners: list[str]
    change_openers: list[str]
    # a word before a change amount: "increased by $43.6 billion to $419.2 billion" is a
    # change and the level it reached, not a range
    change_amount_openers: tuple[str, ...] = ()
    # words that announce an amount: a year-like "2023" after them, with a counted noun, is a
    # count ("sebanyak 2023 orang"), not a year
    amount_cues: tuple[str, ...] = ()
    # the number word that after a determiner stands for a noun ("each one", "the same one")
    pronoun_number: str | None = None
    pronoun_determiners: tuple[str, ...] = ()
    # a bare scaled figure before these and an amount shares its unit: "raised 280 million
    # of the 1.5 billion shekels"
    partitive_linkers: tuple[str, ...] = ()
    # words after a bare figure that show it names no thing of its own ("and 2.1 last year"),
    # so it may take an elided measure; "3.7 rebounds" names its own
    elision_followers: tuple[str, ...] = ()
    # coordinating conjunctions: "Apple, 9, and Samsung, 8" is a list, not "Maddon, 66, has"
    coordinators: tuple[str, ...] = ()
    # bounds that name a level a change crosses: "fell below 4 percent", "turun di bawah 4
    # persen" state the level reached, not the size of the change
    thresholds: tuple[str, ...] = ()
    # verbs of passing right before a number bound it from below ("arrivals topped 6.3
    # million": more than 6.3 million); those also read as adjectives ("the top 10") only after
    # a modal, "to" or a plural noun ("arrivals top 6.3 million")
    passing_verbs: tuple[str, ...] = ()
    passing_adjectives: tuple[str, ...] = ()
    # negations before a verb of passing turn its bound into a ceiling ("did not exceed 5%")
    negations: tuple[str, ...] = ()
    # "kredit bisa tumbuh hingga 10%": after a modal of possibility these words make the number
    # a ceiling (at most); elsewhere they join a range or read "as much as"
    ceiling_words: tuple[str, ...] = ()
    possibility_modals: tuple[str, ...] = ()
    # verbs of limiting right before a ceiling word make it a ceiling too ("dibatasi hingga 10
    # orang", "capped at 3 percent", "limited to 50 people")
    ceiling_verbs: tuple[str, ...] = ()
    # a bound word that, between an amount and a duration, names the period the amount is
    # spread over: "rose 5% over 2 years" (no "more than 2 years")
    period_words: tuple[str, ...] = ()
    # a word written after the number that bounds it from below ("600 orang lebih", "Rp22
    # miliar lebih pada APBD"), only before one of ``postposed_followers`` or the clause end:
    # "30 persen lebih rendah" is a comparison
    postposed_more: tuple[str, ...] = ()
    postposed_followers: tuple[str, ...] = ()
    # phrases written after the number that bound it: "5 million or more" (at least), "a
    # week or so" (approx), "10 percent or less" (at most); qualifier -> phrases
    postposed_bounds: dict[
        Literal["approx", "at_least", "more_than", "at_most", "less_than"], list[str]
    ] = Field(default_factory=dict)


class CalendarData(LangModel):
    """Schema of ``lang/<code>/calendar.yaml``."""

    months: dict[str, int]
    weekdays: dict[str, int]
    year_cues: list[str]
    identifier_cues: list[str]
    time_zones: list[str]
    # capitalised street words: "575 Wilbraham Road", "9 E 71st St", "22 Ave Foch" are
    # addresses, not amounts
    street_types: list[str] = Field(default_factory=list)
    # words after a number that make it a code: "the 90049 ZIP Code"
    identifier_after_cues: list[str] = Field(default_factory=list)
    # capitalised function words that end a street name: "Cuts 500 Jobs In Drive For Profit"
    # is a headline, not an address
    street_name_stops: list[str] = Field(default_factory=list)


class NumberData(LangModel):
    """Schema of ``lang/<code>/numbers.yaml``."""

    decimal_separator: str
    group_separator: str
    units: dict[str, float]
    teen: dict[str, float]
    tens: dict[str, float]
    hundreds: dict[str, float]
    scales: dict[str, float]
    scale_abbreviations: dict[str, float]
    implicit_one_prefix: str | None
    fractions: dict[str, float]
    joiners: list[str]
    articles: list[str]
    ordinals: dict[str, int]
    ordinal_prefixes: list[str]
    minus_words: list[str]
    # scale abbreviations that may stick to a number without a currency ("2.7m sales", "25k")
    bare_scale_abbreviations: list[str] = Field(default_factory=list)
    # fraction words that divide the number before them ("two thirds", "one fourth")
    denominators: dict[str, float] = Field(default_factory=dict)
    # plural scale words naming an order of magnitude ("thousands of", "dozens of")
    vague_plurals: dict[str, float] = Field(default_factory=dict)
    # words before a vague plural that multiply it by ten ("tens of thousands")
    vague_tens: list[str] = Field(default_factory=list)
    # the word joining a vague plural to what it counts ("thousands of jobs")
    vague_linker: str | None = None
    # words after a fraction that name the whole it is a share of ("a third of the firms")
    share_linkers: list[str] = Field(default_factory=list)
    # words between "one" and N in a ratio stated as a share ("one in five", "one out of ten")
    one_in: list[str] = Field(default_factory=list)


class StructureData(LangModel):
    """Schema of ``lang/<code>/structure.yaml``."""

    abbreviations: list[str]
    boilerplate_starts: list[str]
    boilerplate_lines: list[str]


class RoleOrganisations(LangModel):
    """Definite role nouns ("the lender") and the words that mark the name of an organisation
    of their kind ("Bank"); with ``unmarked``, an organisation named without any kind's mark
    ("Unilever") counts as one of this kind too."""

    roles: list[str]
    names: list[str]
    unmarked: bool = False


class AttributionData(LangModel):
    """Schema of ``lang/<code>/attribution.yaml`` (see that file for what each list holds)."""

    tag_verbs: list[str]
    pronoun_tags: list[str]
    agent_verbs: list[str]
    agent_markers: list[str]
    locatives: list[str]
    org_links: list[str]
    relatives: list[str]
    subject_verbs: list[str]
    decision_verbs: list[str]
    headline_verbs: list[str]
    adverbs: list[str]
    source_cues: list[str]
    source_fillers: list[str]
    document_nouns: list[str]
    pronouns: list[str]
    role_phrases: list[str]
    indefinite_determiners: list[str]
    generic_organisations: list[str]
    role_organisations: list[RoleOrganisations]
    titles: list[str]
    organisation_heads: list[str]
    named_heads: list[str]
    organisation_words: list[str]
    places: list[str]
    not_names: list[str]
    connectors: list[str]
    determiners: list[str]
    demonstratives: list[str]
    anaphoric_openers: list[str]
    verb_suffixes: list[str]
    noun_prefixes: list[str]
    noun_suffixes: list[str]
    passive_markers: list[str]
    # possessives that only a thing takes ("its"): "Toyota kept its forecast" shows that the
    # decision's subject is an organisation even with no mark of one in its name
    impersonal_possessives: tuple[str, ...] = ()
    # possessive determiners that may open a speaker phrase closing its sentence ("…, its chief
    # executive John Riady said"): the attribution still closes the sentence after its comma
    possessive_determiners: tuple[str, ...] = ()
    # subject verbs that report speech only before a clause: an amount right after them is
    # what is gained or counted ("The operator added 4.2 million users")
    clause_verbs: tuple[str, ...] = ()


class StopWords(LangModel):
    """Schema of ``lang/<code>/stopwords.yaml``."""

    words: list[str]
