"""Cue words of attribution per language: one table of every cue word (single words looked up
by the word the scanner reads, multi-word cues checked after their first word) and the compiled
patterns :mod:`claimx.cues` reads sentences with."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from claimx.names import lexicon
from claimx.wordscan import WORD as _WORD


def _alternation(words: list[str]) -> str:
    uniq = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in uniq)


@dataclass(frozen=True, slots=True)
class Hit:
    """A cue word (or words) found in the text."""

    at: int
    to: int
    text: str

    def start(self) -> int:
        """Return the start offset."""
        return self.at

    def end(self) -> int:
        """Return the end offset (exclusive)."""
        return self.to

    def group(self) -> str:
        """Return the words as written."""
        return self.text


@dataclass(frozen=True)
class CueWords:
    """Every cue word of a language: single words, and multi-word cues by their first word.

    Scanning the words of a text and looking each up is several times faster than one large
    alternation, and finds the same whole-word matches.
    """

    single: frozenset[str]
    multi: dict[str, tuple[regex.Pattern[str], ...]]

    keys: frozenset[str]  # every word a cue can start with

    def finditer(
        self, text: str, start: int = 0, end: int | None = None, reach: int | None = None
    ) -> Iterator[Hit]:
        """Yield the cue words starting in ``text[start:end]`` in order; a multi-word cue may
        run on to ``reach`` (default ``end``)."""
        end = len(text) if end is None else end
        stop = end if reach is None else reach
        single, multi = self.single, self.multi
        for m in _WORD.finditer(text, start, end):
            low = m.group().lower()
            if low in multi:
                for rest in multi[low]:
                    r = rest.match(text, m.end(), stop)
                    if r is not None:
                        yield Hit(m.start(), r.end(), text[m.start() : r.end()])
                        break
                else:
                    if low in single:
                        yield Hit(m.start(), m.end(), m.group())
            elif low in single:
                yield Hit(m.start(), m.end(), m.group())

    def hit(self, text: str, low: str, at: int, to: int, stop: int) -> Hit | None:
        """Return the cue starting with the word ``text[at:to]`` (lower-cased ``low``), a
        multi-word one running on to ``stop`` at most, or None (as :meth:`finditer` reads it)."""
        for rest in self.multi.get(low, ()):
            r = rest.match(text, to, stop)
            if r is not None:
                return Hit(at, r.end(), text[at : r.end()])
        return Hit(at, to, text[at:to]) if low in self.single else None


def _cue_words(words: list[str]) -> CueWords:
    single = {w.lower() for w in words if " " not in w.strip()}
    multi: dict[str, list[tuple[int, regex.Pattern[str]]]] = {}
    for w in {w.lower() for w in words if " " in w.strip()}:
        first, *rest = w.split()
        tail = "".join(rf"\s+{regex.escape(x)}" for x in rest)
        rx = regex.compile(rf"{tail}(?![\p{{L}}\p{{N}}\-])", regex.I)
        multi.setdefault(first, []).append((len(rest), rx))
    return CueWords(
        frozenset(single),
        {k: tuple(rx for _, rx in sorted(v, key=lambda x: -x[0])) for k, v in multi.items()},
        # a word the scanner reads (:data:`_WORD`): no other can start a cue
        frozenset(k for k in frozenset(single) | frozenset(multi) if _WORD.fullmatch(k)),
    )


@dataclass(frozen=True)
class CuePatterns:
    """The compiled cue patterns of one language and the word classes they stand for."""

    words: CueWords
    possessive: regex.Pattern[str]
    opener: regex.Pattern[str]
    tags: frozenset[str]
    ptags: frozenset[str]
    subject: frozenset[str]
    headline: frozenset[str]
    source: frozenset[str]
    agent: frozenset[str]
    decision: frozenset[str]
    impersonal: frozenset[str]
    role_possessive: regex.Pattern[str]
    clause_only: frozenset[str] = frozenset()


@cache
def patterns(lang: str) -> CuePatterns:
    """Return the compiled cue patterns of ``lang`` (cached)."""
    d = lexicon(lang).data
    ptags = [t + "nya" for t in d.tag_verbs] if lang == "id" else []
    ptags += d.pronoun_tags
    every = d.tag_verbs + ptags + d.subject_verbs + d.headline_verbs + d.source_cues
    every += d.agent_verbs + d.decision_verbs
    words = _cue_words(every)
    docs = _alternation(d.document_nouns)
    possessive = regex.compile(
        rf"(?<![\p{{L}}])(\p{{Lu}}[\p{{L}}\-]*)['’]s\s+(?:\p{{Ll}}+\s+)?(?:{docs})(?![\p{{L}}])"
    )
    roles = _alternation(list(lexicon(lang).role_kinds))
    # "the bank's latest report": a role noun in the possessive points to its organisation
    role_possessive = regex.compile(
        rf"(?<![\p{{L}}])(?:{roles})['’]s\s+(?:\p{{Ll}}+\s+)?(?:{docs})(?![\p{{L}}])"
    )
    opener = regex.compile(rf"(?:{_alternation(d.anaphoric_openers)})(?![\p{{L}}])", regex.I)
    return CuePatterns(
        words=words,
        possessive=possessive,
        opener=opener,
        tags=frozenset(w.lower() for w in d.tag_verbs),
        ptags=frozenset(w.lower() for w in ptags),
        subject=frozenset(w.lower() for w in d.subject_verbs),
        headline=frozenset(w.lower() for w in d.headline_verbs),
        source=frozenset(w.lower() for w in d.source_cues),
        agent=frozenset(w.lower() for w in d.agent_verbs),
        decision=frozenset(w.lower() for w in d.decision_verbs),
        impersonal=frozenset(w.lower() for w in d.impersonal_possessives),
        role_possessive=role_possessive,
        clause_only=frozenset(w.lower() for w in d.clause_verbs),
    )
