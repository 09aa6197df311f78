"""Language data for claim semantics: cue phrases, word classes and concept aliases.

``lang/<code>/semantics.yaml`` holds the cue words (kind, aspect, clause and noun-phrase
words); ``lang/<code>/concepts.yaml`` maps aliases to concept keys. Both are validated by
pydantic models and compiled once per language into a :class:`SemLexicon`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from claimx.langdata import LangModel, load
from claimx.lexicon import calendar_data
from claimx.numbers import number_data


class SemanticsData(LangModel):
    """Schema of ``lang/<code>/semantics.yaml`` (every entry a word or phrase)."""

    target_before: list[str]
    forecast_before: list[str]
    actual_before: list[str]
    target_after: list[str]
    forecast_after: list[str]
    target_frames: list[str]
    forecast_frames: list[str]
    surpass: list[str]
    change_up: list[str]
    change_down: list[str]
    change_neutral: list[str]
    change_adjacent_up: list[str]
    change_adjacent_down: list[str]
    change_after: list[str]
    level_before: list[str]
    change_gap: list[str]
    breakers: list[str]
    comparison: list[str]
    from_words: list[str]
    apposition: list[str]
    base_before: list[str]
    part_whole: list[str]
    classifiers: list[str]
    measure_words: list[str]
    keep_measure: list[str]
    demonstratives: list[str]
    pronouns: list[str]
    relative: list[str]
    stop: list[str]
    inner_preps: list[str]
    adjunct_preps: list[str]
    intro_openers: list[str]
    reporting: list[str]
    predicates: list[str]
    not_verbs: list[str]
    verb_prefixes: list[str]
    verb_suffixes: list[str]
    time_words: list[str]
    time_preps: list[str]
    rank_copulas: list[str]
    empty_heads: list[str]
    predicate_nominal: list[str]
    copulas: list[str]
    subject_verb_cues: list[str]
    phrasal_neutral: list[str]
    np_nouns: list[str]
    growth_rate: list[str]
    purpose_preps: list[str]
    recipient_preps: list[str]
    funding_verbs: list[str]
    modals: list[str]
    agent_pronouns: list[str]
    bare_verbs: list[str]
    bare_verb_suffixes: list[str]
    source_heads: list[str]
    coordinators: list[str]
    anaphoric_suffixes: list[str]
    # a measure between one of these and a noun modifies that noun ("a 6kW electric motor")
    attributive_determiners: tuple[str, ...] = ()
    # change nouns that, said of a sum of money, name an amount ("a loss of $5 million")
    money_level_nouns: tuple[str, ...] = ()
    # personal pronouns a verb follows ("you realise", "it will cost"); English only
    subject_pronouns: tuple[str, ...] = ()
    # degree words between a copula and its adjective ("was relatively low at", "sangat")
    degree_words: tuple[str, ...] = ()
    # nouns that, between an amount and "of", name what the amount measures ("$2 million
    # worth of cocaine"); English only
    worth_nouns: tuple[str, ...] = ()
    # nouns of a level reached ("a record high of", "a low of"): after an indefinite article
    # they name no measure of their own; "the record was 310 days" does
    level_nouns: tuple[str, ...] = ()
    indefinite_articles: tuple[str, ...] = ()
    # nouns that count contests ("lost three games"): a count of them is a level, never the
    # size of a change, whatever verb states it
    contest_nouns: tuple[str, ...] = ()
    # kind: verbs of fixing, a plan of an agent, a wish (see lang/<code>/semantics.yaml)
    fixing_verbs: tuple[str, ...] = ()
    plan_modals: tuple[str, ...] = ()
    plan_verbs: tuple[str, ...] = ()
    plan_adverbs: tuple[str, ...] = ()
    plan_agents: tuple[str, ...] = ()
    wish_verbs: tuple[str, ...] = ()
    need_verbs: tuple[str, ...] = ()
    policy_rate_heads: tuple[str, ...] = ()
    policy_rate_modifiers: tuple[str, ...] = ()
    speaker_pronouns: tuple[str, ...] = ()
    # the word lists of the English subject rules (claimx.subjverbs, claimx.subjafter); a
    # head-first language leaves them empty, and those rules then never fire
    # determiners and possessives that open a noun phrase ("the", "its")
    determiners: tuple[str, ...] = ()
    # the auxiliaries of a perfect, after which an -ed word is a verb ("has pushed")
    perfect_auxiliaries: tuple[str, ...] = ()
    # articles: open a noun phrase and are no part of the subject ("the", "para", "sang")
    articles: tuple[str, ...] = ()
    # a quantifier stripped from the start of a subject phrase ("all workers")
    np_strip: tuple[str, ...] = ()
    # words between a modal and its verb ("should have cost", "will not be")
    auxiliaries: tuple[str, ...] = ()
    # prepositions and approximators between a verb and its figure ("runs for", "trades at")
    verb_preps: tuple[str, ...] = ()
    # adverbs between a subject and its verb ("a barrel of oil now costs")
    time_adverbs: tuple[str, ...] = ()
    # words between a verb and its object number ("hosts just one")
    object_openers: tuple[str, ...] = ()
    # particles of a phrasal verb ("shoots out at 800 mph")
    particles: tuple[str, ...] = ()
    # conjunctions after which a pronoun opens a clause ("until you realise it can hit")
    clause_openers: tuple[str, ...] = ()
    # prepositions after which a measure before a plural noun modifies it ("due to 50mph winds")
    attributive_preps: tuple[str, ...] = ()
    # prepositions that make a duration an adverbial of time ("after 55 minutes", "in 16
    # years", "every 33 years"): it measures the time of the event, no noun
    duration_preps: tuple[str, ...] = ()
    # the preposition of a passive's agent ("beset by controversy"): its noun is no subject
    passive_agent: tuple[str, ...] = ()
    change_window: int
    level_words_block: bool
    head_last: bool
    time_units: list[str]


class ConceptData(LangModel):
    """Schema of ``lang/<code>/concepts.yaml``: concept key -> aliases."""

    concepts: dict[str, list[str]]


# the classes whose entries may be phrases; they segment the text (longest match first)
PHRASE_CLASSES = (
    "target_before",
    "forecast_before",
    "actual_before",
    "target_after",
    "forecast_after",
    "surpass",
    "change_up",
    "change_down",
    "change_neutral",
    "change_adjacent_up",
    "change_adjacent_down",
    "change_after",
    "level_before",
    "change_gap",
    "breakers",
    "comparison",
    "from_words",
    "apposition",
    "base_before",
    "part_whole",
    "adjunct_preps",
    "intro_openers",
    "reporting",
    "rank_copulas",
    "measure_words",
    "time_preps",
    "predicate_nominal",
    "phrasal_neutral",
    "growth_rate",
)
# single-word classes, looked up word by word
WORD_CLASSES = (
    "classifiers",
    "keep_measure",
    "demonstratives",
    "pronouns",
    "relative",
    "stop",
    "inner_preps",
    "predicates",
    "not_verbs",
    "time_words",
    "empty_heads",
    "copulas",
    "subject_verb_cues",
    "np_nouns",
    "purpose_preps",
    "recipient_preps",
    "funding_verbs",
    "modals",
    "agent_pronouns",
    "bare_verbs",
    "source_heads",
    "coordinators",
    "attributive_determiners",
    "money_level_nouns",
    "subject_pronouns",
    "wish_verbs",
)

TOKEN = regex.compile(r"\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]")


# what the segmenter knows of one token text: (low, classes, kind, first character, case-folded
# text, may start a cue phrase, content word, classes and content after no subject or None)
# (text, classes, kind, first character, folded, starts a cue phrase, content, classes after a
# subject, content then, part of a time expression, decided with the segment before too)
TokenInfo = tuple[
    str, frozenset[str], str, str, str, bool, bool, frozenset[str] | None, bool, bool, bool
]


def words_of(phrase: str) -> tuple[str, ...]:
    """Return the case-folded tokens of ``phrase``, as the text scanner cuts them."""
    return tuple(m.group().casefold() for m in TOKEN.finditer(phrase))


@dataclass(frozen=True)
class SemLexicon:
    """The compiled semantics data of one language."""

    lang: str
    phrases: dict[tuple[str, ...], frozenset[str]]
    max_phrase: int
    words: dict[str, frozenset[str]]
    frames: dict[tuple[str, ...], str]
    verb_prefixes: tuple[str, ...]
    verb_suffixes: tuple[str, ...]
    bare_verb_suffixes: tuple[str, ...]
    anaphoric_suffixes: tuple[str, ...]
    months: frozenset[str]
    scale_words: frozenset[str]
    time_units: frozenset[str]
    concept_pattern: regex.Pattern[str] | None
    concept_keys: dict[str, str]
    phrase_starts: frozenset[str]
    phrase_prefixes: frozenset[tuple[str, ...]]  # the first two or more words of a cue phrase
    # words no segment can start at: a later word of a cue phrase, or a word whose classes
    # depend on the segment before it ("Indonesia projects"); segmenting may restart elsewhere
    no_restart: frozenset[str]
    change_window: int
    level_words_block: bool
    head_last: bool
    # the English subject rules' word lists (see SemanticsData); empty for other languages
    determiners: frozenset[str]
    auxiliaries: frozenset[str]
    verb_preps: frozenset[str]
    time_adverbs: frozenset[str]
    object_openers: frozenset[str]
    particles: frozenset[str]
    clause_openers: frozenset[str]
    attributive_preps: frozenset[str]
    duration_preps: frozenset[str]
    passive_agent: frozenset[str]
    degree_words: frozenset[str]
    articles: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    np_strip: frozenset[str]
    worth_nouns: frozenset[str]
    level_nouns: frozenset[str]
    indefinite_articles: frozenset[str]
    contest_nouns: frozenset[str]
    fixing_verbs: frozenset[str]
    plan_modals: frozenset[str]
    plan_verbs: frozenset[str]
    plan_adverbs: frozenset[str]
    plan_agents: frozenset[str]
    need_verbs: frozenset[str]
    policy_rate_heads: frozenset[str]
    policy_rate_modifiers: frozenset[str]
    speaker_pronouns: frozenset[str]
    _concepts: dict[str, str | None]
    # token text -> what the segmenter needs to know of it (see claimx.semtext), filled lazily
    tokens: dict[str, TokenInfo]
    _verbs: dict[str, bool]  # is_verb, remembered

    def classes(self, word: str) -> frozenset[str]:
        """Return the single-word classes of the case-folded ``word``."""
        return self.words.get(word, _NONE)

    def is_verb(self, word: str) -> bool:
        """Return True if the case-folded ``word`` is a predicate, by list or by its affixes."""
        verb = self._verbs.get(word)
        if verb is None:
            verb = self._is_verb(word)
            if len(self._verbs) < 100_000:
                self._verbs[word] = verb
        return verb

    def _is_verb(self, word: str) -> bool:
        cls = self.classes(word)
        if "not_verbs" in cls:
            return False
        if "predicates" in cls:
            return True
        if not self.verb_prefixes or len(word) < 6 or not word.isalpha():
            return False
        return word.startswith(self.verb_prefixes) and word.endswith(self.verb_suffixes)

    def is_bare_verb(self, word: str) -> bool:
        """Return True if the case-folded ``word`` is a verb that may follow its agent pronoun
        ("kami proyeksikan", "kita patok"): listed, or unprefixed with a bare verb's suffix."""
        cls = self.classes(word)
        if "bare_verbs" in cls:
            return True
        if "not_verbs" in cls or len(word) < 6 or not word.isalpha():
            return False
        if not self.bare_verb_suffixes or word.startswith(self.verb_prefixes):
            return False  # "Penjualan kami meningkat": a prefixed verb has its own subject
        return word.endswith(self.bare_verb_suffixes)

    def concept(self, phrase: str | None) -> str | None:
        """Return the concept key named by ``phrase`` (longest alias), or None."""
        if not phrase or self.concept_pattern is None:
            return None
        if phrase in self._concepts:
            return self._concepts[phrase]
        folded = " ".join(words_of(_plain(phrase)))
        best: str | None = None
        for m in self.concept_pattern.finditer(folded, overlapped=True):
            if best is None or len(m.group()) > len(best):
                best = m.group()
        key = self.concept_keys[best] if best is not None else None
        if len(self._concepts) < 100_000:
            self._concepts[phrase] = key
        return key


_NONE: frozenset[str] = frozenset()


def _scale_words(lang: str) -> frozenset[str]:
    nd = number_data(lang)
    return frozenset(w.casefold() for w in [*nd.scales, *nd.scale_abbreviations])


def _folded(words: tuple[str, ...]) -> frozenset[str]:
    """Return the case-folded ``words`` (a rule's word list: no segmenter class)."""
    return frozenset(w.casefold() for w in words)


def _plain(s: str) -> str:
    return regex.sub(r"[^\p{L}\p{N}\-'’]+", " ", s)


@cache
def sem_lexicon(lang: str) -> SemLexicon:
    """Return the compiled semantics lexicon of ``lang`` (cached).

    Raises:
        ValueError: the language is unsupported or its data does not validate.
    """
    data = load(lang, "semantics", SemanticsData)
    phrases: dict[tuple[str, ...], set[str]] = {}
    for cls in PHRASE_CLASSES:
        for p in getattr(data, cls):
            w = words_of(p)
            if w:
                phrases.setdefault(w, set()).add(cls)
    words: dict[str, set[str]] = {}
    for cls in WORD_CLASSES:
        for p in getattr(data, cls):
            words.setdefault(p.casefold(), set()).add(cls)
    for w, cls_set in phrases.items():
        if len(w) == 1:
            words.setdefault(w[0], set()).update(cls_set)
    frames = {words_of(f): "target" for f in data.target_frames}
    frames.update({words_of(f): "forecast" for f in data.forecast_frames})
    months = frozenset(m.casefold() for m in calendar_data(lang).months)
    cdata = load(lang, "concepts", ConceptData)
    keys: dict[str, str] = {}
    for key, aliases in cdata.concepts.items():
        for a in aliases:
            keys[" ".join(words_of(_plain(a)))] = key
    pattern = None
    if keys:
        alt = "|".join(regex.escape(k) for k in sorted(keys, key=len, reverse=True))
        pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alt})(?:s)?(?![\p{{L}}\p{{N}}])")
        keys.update({k + "s": v for k, v in list(keys.items())})
    return SemLexicon(
        lang=lang,
        phrases={k: frozenset(v) for k, v in phrases.items()},
        max_phrase=max((len(k) for k in phrases), default=1),
        words={k: frozenset(v) for k, v in words.items()},
        frames=frames,
        verb_prefixes=tuple(sorted(data.verb_prefixes, key=len, reverse=True)),
        verb_suffixes=tuple(data.verb_suffixes),
        bare_verb_suffixes=tuple(data.bare_verb_suffixes),
        anaphoric_suffixes=tuple(data.anaphoric_suffixes),
        months=months,
        scale_words=_scale_words(lang),
        time_units=frozenset(data.time_units),
        concept_pattern=pattern,
        concept_keys=keys,
        phrase_starts=frozenset(k[0] for k in phrases if len(k) > 1),
        phrase_prefixes=frozenset(k[:n] for k in phrases for n in range(2, len(k) + 1)),
        no_restart=frozenset(
            [w for k in phrases if len(k) > 1 for w in k[1:]]
            + [w for w, c in words.items() if "subject_verb_cues" in c]
        ),
        _concepts={},
        tokens={},
        _verbs={},
        change_window=data.change_window,
        level_words_block=data.level_words_block,
        head_last=data.head_last,
        determiners=_folded(data.determiners),
        auxiliaries=_folded(data.auxiliaries),
        verb_preps=_folded(data.verb_preps),
        time_adverbs=_folded(data.time_adverbs),
        object_openers=_folded(data.object_openers),
        particles=_folded(data.particles),
        clause_openers=_folded(data.clause_openers),
        attributive_preps=_folded(data.attributive_preps),
        duration_preps=_folded(data.duration_preps),
        passive_agent=_folded(data.passive_agent),
        degree_words=_folded(data.degree_words),
        articles=_folded(data.articles),
        perfect_auxiliaries=_folded(data.perfect_auxiliaries),
        np_strip=_folded(data.np_strip),
        worth_nouns=_folded(data.worth_nouns),
        level_nouns=_folded(data.level_nouns),
        indefinite_articles=_folded(data.indefinite_articles),
        contest_nouns=_folded(data.contest_nouns),
        fixing_verbs=_folded(data.fixing_verbs),
        plan_modals=_folded(data.plan_modals),
        plan_verbs=_folded(data.plan_verbs),
        plan_adverbs=_folded(data.plan_adverbs),
        plan_agents=_folded(data.plan_agents),
        need_verbs=_folded(data.need_verbs),
        policy_rate_heads=_folded(data.policy_rate_heads),
        policy_rate_modifiers=_folded(data.policy_rate_modifiers),
        speaker_pronouns=_folded(data.speaker_pronouns),
    )
