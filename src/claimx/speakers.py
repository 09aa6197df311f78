"""Resolve attribution cues to speakers with names made canonical within the article.

The article's own words teach the canonical names: every titled name it writes ("Menteri
Koperasi dan UKM (Menkop UKM) Teten Masduki", "sesuai arahan Presiden Joko Widodo") is
registered, so "Teten" becomes "Teten Masduki", "Jokowi" becomes "Joko Widodo" where the text
pairs them as "Joko Widodo (Jokowi)", and "Presiden" finds the president the article named.
Pronouns and definite role phrases ("ujarnya", "she", "the official") take the current speaker;
an indefinite one ("an official from the Ministry …") takes the person named next.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, partial
from typing import Protocol

import regex

from claimx.cues import Cue, SentenceTokens
from claimx.models import Speaker, SpeakerVia
from claimx.names import Phrase, Scanner, lexicon
from claimx.structure import Structure

_WORDS = regex.compile(r"\w+")


def _words(s: str) -> tuple[str, ...]:
    return tuple(_WORDS.findall(s.lower()))


def _contains(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return n > 0 and any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


@dataclass(frozen=True)
class _Mention:
    name: str
    words: tuple[str, ...]
    title: str | None
    organization: str | None
    pos: int
    start: int | None
    end: int | None


@cache
def _title_pattern(lang: str) -> regex.Pattern[str]:
    titles = sorted({t[:1].upper() + t[1:] for t in lexicon(lang).titles if len(t) > 2}, key=len)
    alt = "|".join(regex.escape(t) for t in reversed(titles))
    # a title registers a name only when a capitalised word follows it
    return regex.compile(rf"(?<![\p{{L}}])(?:{alt})(?=[ \t\u00a0]+\p{{Lu}})")


_FIRST = regex.compile(r"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*")  # a word as cues read them


@cache
def _title_words(lang: str) -> frozenset[str] | None:
    """Return the first word (lower-cased) of every title :func:`_title_pattern` finds: a
    titled name starts a token whose first word is one of them. None when some title does
    not open with a word (then no sentence can be passed over)."""
    out = set()
    for t in lexicon(lang).titles:
        m = _FIRST.match(t[:1].upper() + t[1:]) if len(t) > 2 else None
        if len(t) > 2 and m is None:
            return None
        if m is not None:
            out.add(m.group().lower())
    return frozenset(out)


@cache
def _mark_pattern(lang: str) -> regex.Pattern[str] | None:
    marks = sorted(lexicon(lang).org_marks, key=len, reverse=True)
    if not marks:
        return None
    alt = "|".join(regex.escape(m) for m in marks)
    # a capitalised mark word ("Bank", "PT", "Tbk", "Ministry") is part of a named organisation
    return regex.compile(rf"(?<![\p{{L}}])(?=\p{{Lu}})(?i:{alt})(?![\p{{L}}])")


@dataclass(frozen=True)
class _Org:
    name: str
    words: frozenset[str]
    pos: int
    start: int
    end: int
    cover: int  # end of the whole phrase, with an acronym in brackets: "PT Pertamina (Persero)"


class LazySpeaker:
    """A speaker worked out when first read: a named speaker's canonical name asks the whole
    article, so it is looked up only for the speakers some claim (or rule) reads. A copy with
    some fields changed (:meth:`derive`) stays lazy, and a copy of a copy copies the original
    once with both changes."""

    __slots__ = ("_base", "_make", "_update", "_value")

    def __init__(
        self,
        make: Callable[[], Speaker] | None = None,
        *,
        value: Speaker | None = None,
        base: LazySpeaker | None = None,
        update: dict[str, object] | None = None,
    ) -> None:
        self._make, self._value, self._base, self._update = make, value, base, update or {}

    def derive(self, **update: object) -> LazySpeaker:
        """Return this speaker with the fields ``update`` changed (worked out when read)."""
        if self._base is not None:
            return LazySpeaker(base=self._base, update={**self._update, **update})
        return LazySpeaker(base=self, update=update)

    def get(self) -> Speaker:
        """Return the speaker, working it out on the first call."""
        if self._value is None:
            if self._base is not None:
                self._value = self._base.get().model_copy(update=self._update)
            else:
                assert self._make is not None
                self._value = self._make()
                self._make = None
        return self._value


class Discourse(Protocol):
    """What a :class:`Resolver` asks of its document, each answered on demand."""

    def sentence_cues(self, si: int) -> list[Cue]:
        """Return the cues whose cue word stands in sentence ``si``, in document order."""
        ...

    def history(self, pos: int) -> Iterator[tuple[LazySpeaker, bool]]:
        """Yield (speaker, is a person) of the resolved cues before ``pos``, last first."""
        ...

    def sentences_with(self, words: tuple[str, ...], mark: str = "") -> list[int]:
        """Return, in order, every sentence whose lower-cased text may hold all of ``words``
        and ``mark`` (more is fine, none may be missing)."""
        ...


@dataclass(frozen=True)
class _Gathered:
    """The mentions of the sentences holding some words: persons in document order, and
    (alias words, name) in the order the article gives them (the first given wins)."""

    persons: tuple[_Mention, ...]
    aliases: tuple[tuple[tuple[str, ...], str], ...]


class Resolver:
    """Turn cues into Speakers with names made canonical within the article.

    Everything the article teaches about a name is gathered on first use from the sentences
    that write its words: the mentions holding "teten" are read only from the sentences whose
    text holds "teten", so resolving a cue costs the sentences it concerns, not the length of
    the text.
    """

    def __init__(self, text: str, lang: str, doc: Structure, sents: SentenceTokens,
                 src: Discourse) -> None:  # fmt: skip
        self.text, self.doc, self.src = text, doc, src
        self.heads = lexicon(lang).heads
        self.kinds = lexicon(lang).role_kinds
        lex = lexicon(lang)
        self.marks, self.unmarked, self.generic = lex.org_marks, lex.unmarked_roles, lex.generic
        # conjunctions: connectors that neither link a person to an organisation nor determine
        self._conj = lex.connectors - lex.org_links - lex.determiners
        self._canon: dict[str, str] = {}
        self._lang, self._sents = lang, sents
        self._gathered: dict[tuple[tuple[str, ...], str], _Gathered] = {}
        # per first word of a title: the persons named with it, and their positions
        self._titled_by: dict[tuple[str, ...], tuple[list[_Mention], list[int]]] = {}
        self._titles: dict[int, list[tuple[int, Phrase]]] = {}
        self._orgs: dict[int, list[_Org]] = {}

    # -- what the article teaches about names, gathered per word ----------------------------

    def _title_mentions(self, si: int) -> list[tuple[int, Phrase]]:
        """Return (title position, person phrase) of every titled name in sentence ``si``
        ("Menteri Keuangan Sri Mulyani")."""
        got = self._titles.get(si)
        if got is not None:
            return got
        s = self.doc.sentences[si]
        got = []
        first = _title_words(self._lang)
        # a sentence none of whose tokens opens with a title's first word names nobody so
        if first is not None and first.isdisjoint(self._sents.words(si)[0]):
            self._titles[si] = got
            return got
        for m in _title_pattern(self._lang).finditer(self.text, s.start, s.end):
            sc, starts = self._sents.get(si)
            i = bisect_left(starts, m.start())
            if i < len(sc.toks) and sc.toks[i].start == m.start():
                rng = sc.right(i, len(sc.toks))
                p = None if rng is None else sc.parse(*rng)
                if p is not None and p.kind == "person":
                    got.append((m.start(), p))
        self._titles[si] = got
        return got

    def _gather(self, words: tuple[str, ...], mark: str = "") -> _Gathered:
        """Return the mentions of the sentences whose text holds every word of ``words``
        (every sentence for none) and ``mark``, gathered on first use. A mention holding
        those words stands in such a sentence, so asking about "teten" reads only the
        sentences that write it."""
        got = self._gathered.get((words, mark))
        if got is not None:
            return got
        persons: list[tuple[tuple[int, int, int, int], _Mention]] = []
        aliases: list[tuple[tuple[int, int, int], tuple[str, ...], str]] = []

        def add(p: Phrase, pos: int, order: tuple[int, int, int]) -> None:
            if p.name is None or p.kind not in ("person", "org"):
                return
            if p.alias:
                aliases.append((order, _words(p.alias), p.name))
            if p.kind == "person":
                m = _Mention(
                    p.name, _words(p.name), p.title, p.organization, pos, p.name_start, p.name_end
                )
                persons.append(((pos, *order), m))

        for si in self.src.sentences_with(words, mark):
            for r, c in enumerate(self.src.sentence_cues(si)):
                if c.phrase is not None:
                    add(c.phrase, c.pos, (0, si, r))  # the cues first, in document order
            for at, p in self._title_mentions(si):
                add(p, at, (1, at, 0))  # then the titled names, in order
        persons.sort(key=lambda x: x[0])  # by position; a cue before a title at one place
        aliases.sort(key=lambda x: x[0])
        got = _Gathered(tuple(m for _, m in persons), tuple((aw, n) for _, aw, n in aliases))
        self._gathered[(words, mark)] = got
        return got

    def _alias(self, words: tuple[str, ...]) -> str | None:
        """Return the name an alias written in brackets stands for ("Jokowi"), or None."""
        # an alias is written in brackets: only sentences with one can give it, and they are
        # among those holding its words, whose mentions may be gathered already
        got = self._gathered.get((words, "")) if words else None
        if got is None:
            got = self._gather(words, "(")
        return next((n for aw, n in got.aliases if aw == words), None)

    def sentence_orgs(self, si: int) -> list[_Org]:
        """Return the organisations sentence ``si`` names, in order and not nested: speakers
        and every capitalised phrase holding a word that marks an organisation of some kind
        ("PT", "Bank"); of nested ones ("PT Bank Mandiri (Persero) Tbk", "Persero") the
        widest. An organisation lies inside its sentence, so the sentences' lists joined are
        the text's."""
        got = self._orgs.get(si)
        if got is not None:
            return got
        found: list[_Org] = []
        for c in self.src.sentence_cues(si):
            p = c.phrase
            if p is not None and p.kind == "org" and p.name and p.name_start is not None:
                end = p.name_end or c.end
                found.append(
                    _Org(p.name, frozenset(_words(p.name)), p.name_start, p.name_start, end, p.end)
                )
        rx = _mark_pattern(self._lang)
        s = self.doc.sentences[si]
        for m in rx.finditer(self.text, s.start, s.end) if rx is not None else ():
            sc, starts = self._sents.get(si)
            i = bisect_left(starts, m.start())
            if i >= len(sc.toks) or sc.toks[i].start != m.start():
                continue
            left = sc.left(i, 0)
            rng = sc.right(left[0] if left else i, len(sc.toks))
            p = None if rng is None else sc.parse(*self._own_part(sc, rng, i))
            if p is not None and p.kind == "org" and p.name and p.name_start is not None:
                end = p.name_end or p.end
                found.append(
                    _Org(p.name, frozenset(_words(p.name)), p.name_start, p.name_start, end, p.end)
                )
        found.sort(key=lambda o: (o.start, o.start - o.cover))
        out: list[_Org] = []
        for o in found:
            if not out or o.start >= out[-1].cover:
                out.append(o)
        self._orgs[si] = out
        return out

    def _own_part(self, sc: Scanner, rng: tuple[int, int], i: int) -> tuple[int, int]:
        """Return the part of ``rng`` holding token ``i`` when a conjunction joins two marked
        organisations ("Bank Negara Indonesia and PT Vale Tbk"); else ``rng``."""
        lo, hi = rng
        toks, marks = sc.toks, self.marks
        for k in range(rng[0] + 1, rng[1] - 1):
            if toks[k].low not in self._conj or not lo < k < hi:
                continue
            if any(t.low in marks for t in toks[lo:k]) and any(
                t.low in marks for t in toks[k + 1 : hi]
            ):
                lo, hi = (lo, k) if i < k else (k + 1, hi)
        return lo, hi

    def canonical(self, name: str) -> str:
        """Return the fullest form of ``name`` the article uses ("Teten" -> "Teten Masduki")."""
        if name in self._canon:
            return self._canon[name]
        w = _words(name)
        best, size = name, len(w)
        if w:
            self._gather(w)  # its mentions give the alias too (see _alias)
        alias = self._alias(w)
        if alias is not None:
            best = alias
        elif w:
            for m in self._gather(w).persons:
                if len(m.words) > size and _contains(m.words, w):
                    best, size = m.name, len(m.words)
        self._canon[name] = best
        return best

    def _titled(self, title: str, pos: int) -> _Mention | None:
        """Return the person last named with the title ``title`` before ``pos`` (else the first
        after), or None."""
        first = _words(title)[:1]
        got = self._titled_by.get(first)
        if got is None:  # once per title word: a long text names its minister many times
            found = [
                m for m in self._gather(first).persons if m.title and _words(m.title)[:1] == first
            ]
            got = self._titled_by[first] = (found, [m.pos for m in found])
        found, positions = got
        if not found:
            return None
        i = bisect_left(positions, pos) - 1 if len(found) > 1 else 0
        return found[max(i, 0)]

    def current(self, pos: int, *, person: bool, via: SpeakerVia) -> LazySpeaker | None:
        """Return the last speaker before ``pos`` (a person when ``person``), or None."""
        for sp, is_person in self.src.history(pos):
            if is_person or not person:
                return sp.derive(via=via)
        return None

    def _next_person(self, cue: Cue) -> LazySpeaker | None:
        """Return the person named by the next cue within three paragraphs after ``cue``."""
        para = self.doc.sentence_paragraph
        limit = para[cue.sentence] + 3
        si = self.doc.sentence_at(cue.pos + 1)
        # the cues of a sentence share its paragraph, so the sentences past the limit hold
        # nothing to look at
        while si < len(para) and para[si] <= limit:
            for c in self.src.sentence_cues(si):
                p = c.phrase
                if c.pos > cue.pos and p is not None and p.kind == "person":
                    return LazySpeaker(partial(self._named, c, p, "explicit"))
            si += 1
        return None

    def _named(self, cue: Cue, p: Phrase, via: SpeakerVia) -> Speaker:
        assert p.name is not None
        name = self.canonical(p.name)
        title, org = p.title, p.organization
        if title is None and org is None and name != p.name:
            # "Sri Mulyani added": the title and organisation the fuller mention gave
            same = self._gather(_words(name)).persons
            full = next((m for m in same if m.name == name), None)
            if full is not None:
                title, org = full.title, full.organization
        alias = None if org is None else self._alias(_words(org))
        if alias is not None:
            org = alias
        return Speaker(
            name=name,
            title=title,
            organization=org,
            text=self.text[cue.start : cue.end],
            start=p.name_start,
            end=p.name_end,
            via=via,
        )

    def resolve(self, cue: Cue) -> tuple[LazySpeaker | None, bool]:
        """Return the Speaker of ``cue`` (None when nobody is found) and whether it counts as
        a person for the pronouns after it. Asks :meth:`Discourse.history` for the speakers
        before the cue."""
        p = cue.phrase
        text = self.text[cue.start : cue.end]
        sp: LazySpeaker | None
        is_person = True
        if p is None or p.kind == "pronoun":
            sp = self.current(cue.pos, person=True, via="pronoun")
            if sp is None and p is None:
                sp = self.current(cue.pos, person=False, via="pronoun")
            if sp is not None:
                sp = sp.derive(text=text)
        elif p.kind == "role":
            sp = self._role(cue, p)
        elif p.kind == "generic":
            sp = self._institution(cue, p)
            is_person = False
        elif p.kind == "document":
            sp = self.current(cue.pos, person=False, via="source")
            is_person = False
        else:
            source = cue.kind in ("source", "possessive") or p.kind != "person"
            sp = LazySpeaker(partial(self._named, cue, p, "source" if source else "explicit"))
            is_person = p.kind == "person"
        return sp, is_person

    def _institution(self, cue: Cue, p: Phrase) -> LazySpeaker:
        """Return the speaker of "the central bank" / "pemerintah": the last organisation
        speaker whose name holds its head noun ("Bank Indonesia"), else the phrase itself."""
        assert p.name is not None
        words = _words(p.name)
        # the role noun: the phrase, or its first and last words ("perusahaan pelat merah
        # itu" → "perusahaan itu"), or its first ("emiten rokok itu" → "emiten") or last word
        # ("the Jakarta-based lender" → "lender")
        roles = [" ".join(words), " ".join(words[:1] + words[-1:]), *words[:1], *words[-1:]]
        # an institution of its own ("the central bank") is no role noun
        own = roles[0] in self.generic and roles[0] not in self.kinds
        role = "" if own else next((k for k in roles if k in self.kinds), "")
        marks = self.kinds.get(role)
        if marks:
            bare = role in self.unmarked
            # "the lender said": the last organisation of its kind named before it
            for o in self._orgs_before(cue.pos):
                mine = o.words & marks or (bare and not o.words & self.marks)
                if mine and o.pos < p.start:
                    return LazySpeaker(partial(self._of_org, cue, o))
        # the head noun ("bank" of "central bank"), or a modifier that heads organisations
        # ("statistics" of "statistics agency")
        keys = [set(words[-1:]), {w for w in words[:-1] if w in self.heads}]
        for key in keys:
            if not key:
                continue
            for sp, is_person in self.src.history(cue.pos):
                if not is_person and key & set(_words(sp.get().name)):
                    text = self.text[cue.start : cue.end]
                    return sp.derive(text=text, via="source")
        return LazySpeaker(partial(self._named, cue, p, "source"))

    def _of_org(self, cue: Cue, o: _Org) -> Speaker:
        """Return the organisation ``o`` as the speaker of ``cue`` ("the lender said")."""
        return Speaker(
            name=self.canonical(o.name), title=None, organization=o.name,
            text=self.text[cue.start : cue.end], start=o.start, end=o.end, via="source",
        )  # fmt: skip

    def _orgs_before(self, pos: int) -> Iterator[_Org]:
        """Yield the organisations named before ``pos``, last first."""
        si = self.doc.sentence_at(pos)
        while si >= 0:
            for o in reversed(self.sentence_orgs(si)):
                if o.pos < pos:
                    yield o
            si -= 1

    def _role(self, cue: Cue, p: Phrase) -> LazySpeaker:
        """Return the speaker a title or role phrase stands for."""
        title = p.title or ""
        text = self.text[cue.start : cue.end]
        if not p.definite or cue.kind == "headline":
            # "an official …" / a title line's "…: official": the person is named further on
            nxt = self._next_person(cue)
            if nxt is not None:
                return nxt.derive(text=text, title=p.title, via="pronoun")
        m = self._titled(title, cue.pos) if title and not p.organization else None
        if m is not None:
            return LazySpeaker(partial(self._of_mention, m, text))
        if p.definite:
            sp = self.current(cue.pos, person=True, via="pronoun")
            if sp is not None:
                return sp.derive(text=text)
        # nobody to stand for: the role's organisation ("a Google spokesperson"), else the role
        name = p.organization or regex.sub(r"^(?i:the|a|an|seorang)\s+", "", title) or title
        return LazySpeaker(
            value=Speaker(
                name=name, title=p.title, organization=p.organization, text=text,
                start=p.start, end=p.end, via="explicit",
            )
        )  # fmt: skip

    def _of_mention(self, m: _Mention, text: str) -> Speaker:
        """Return the person ``m`` a title stood for ("Presiden" → Joko Widodo)."""
        return Speaker(
            name=self.canonical(m.name), title=m.title, organization=m.organization,
            text=text, start=m.start, end=m.end, via="pronoun",
        )  # fmt: skip
