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
from dataclasses import dataclass
from functools import cache

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


class Resolver:
    """Turn the cues of one document into Speakers, in document order."""

    def __init__(
        self, text: str, lang: str, doc: Structure, sents: SentenceTokens, cues: list[Cue]
    ) -> None:
        self.text, self.doc, self.cues = text, doc, cues
        self.heads = lexicon(lang).heads
        self.kinds = lexicon(lang).role_kinds
        lex = lexicon(lang)
        self.marks, self.unmarked, self.generic = lex.org_marks, lex.unmarked_roles, lex.generic
        # conjunctions: connectors that neither link a person to an organisation nor determine
        self._conj = lex.connectors - lex.org_links - lex.determiners
        self._cue_pos = [c.pos for c in cues]
        self.persons: list[_Mention] = []
        self.aliases: dict[tuple[str, ...], str] = {}
        self._hist_pos: list[int] = []
        self._hist: list[tuple[Speaker, bool]] = []
        self._canon: dict[str, str] = {}
        for c in cues:
            if c.phrase is not None:
                self._register(c.phrase, c.pos)
        for m in _title_pattern(lang).finditer(text):
            si = doc.sentence_at(m.start())
            sc, starts = sents.get(si)
            i = bisect_left(starts, m.start())
            if i < len(sc.toks) and sc.toks[i].start == m.start():
                rng = sc.right(i, len(sc.toks))
                p = None if rng is None else sc.parse(*rng)
                if p is not None and p.kind == "person":
                    self._register(p, m.start())
        self.persons.sort(key=lambda p: p.pos)
        # organisations named in the text: found on first use (only role nouns ask for them)
        self._lang, self._sents = lang, sents
        self._orgs: list[_Org] | None = None
        self._org_pos: list[int] = []
        # indexes: persons by each word of their name, and by the first word of their title
        self._by_word: dict[str, list[_Mention]] = {}
        self._by_title: dict[tuple[str, ...], list[_Mention]] = {}
        for mention in self.persons:
            for w in set(mention.words):
                self._by_word.setdefault(w, []).append(mention)
            if mention.title:
                self._by_title.setdefault(_words(mention.title)[:1], []).append(mention)

    def _organisations(self, lang: str, sents: SentenceTokens) -> list[_Org]:
        """Return the organisations the text names, in order and not nested: speakers and
        every capitalised phrase holding a word that marks an organisation of some kind ("PT",
        "Bank"); of nested ones ("PT Bank Mandiri (Persero) Tbk", "Persero") the widest."""
        found: list[_Org] = []
        for c in self.cues:
            p = c.phrase
            if p is not None and p.kind == "org" and p.name and p.name_start is not None:
                end = p.name_end or c.end
                found.append(
                    _Org(p.name, frozenset(_words(p.name)), p.name_start, p.name_start, end, p.end)
                )
        rx = _mark_pattern(lang)
        doc = self.doc
        for m in rx.finditer(self.text) if rx is not None else ():
            si = doc.sentence_at(m.start())
            sc, starts = sents.get(si)
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

    def _register(self, p: Phrase, pos: int) -> None:
        if p.name is None or p.kind not in ("person", "org"):
            return
        if p.alias:
            self.aliases.setdefault(_words(p.alias), p.name)
        if p.kind == "person":
            self.persons.append(
                _Mention(
                    p.name, _words(p.name), p.title, p.organization, pos, p.name_start, p.name_end
                )
            )

    def canonical(self, name: str) -> str:
        """Return the fullest form of ``name`` the article uses ("Teten" -> "Teten Masduki")."""
        if name in self._canon:
            return self._canon[name]
        w = _words(name)
        best, size = name, len(w)
        if w in self.aliases:
            best = self.aliases[w]
        elif w:
            for m in self._by_word.get(w[0], ()):
                if len(m.words) > size and _contains(m.words, w):
                    best, size = m.name, len(m.words)
        self._canon[name] = best
        return best

    def _titled(self, title: str, pos: int) -> _Mention | None:
        """Return the person last named with the title ``title`` before ``pos`` (else the first
        after), or None."""
        found = self._by_title.get(_words(title)[:1], [])
        i = bisect_left([m.pos for m in found], pos) - 1 if len(found) > 1 else 0
        if not found:
            return None
        return found[max(i, 0)]

    def current(self, pos: int, *, person: bool, via: SpeakerVia) -> Speaker | None:
        """Return the last speaker before ``pos`` (a person when ``person``), or None."""
        i = bisect_left(self._hist_pos, pos) - 1
        while i >= 0:
            sp, is_person = self._hist[i]
            if is_person or not person:
                return sp.model_copy(update={"via": via})
            i -= 1
        return None

    def _next_person(self, cue: Cue) -> Speaker | None:
        """Return the person named by the next cue within three paragraphs after ``cue``."""
        para = self.doc.sentence_paragraph
        limit = para[cue.sentence] + 3
        i = bisect_left(self._cue_pos, cue.pos + 1)
        for c in self.cues[i:]:
            if para[c.sentence] > limit:
                break
            if c.phrase is not None and c.phrase.kind == "person":
                return self._named(c, c.phrase, "explicit")
        return None

    def _named(self, cue: Cue, p: Phrase, via: SpeakerVia) -> Speaker:
        assert p.name is not None
        name = self.canonical(p.name)
        title, org = p.title, p.organization
        if title is None and org is None and name != p.name:
            # "Sri Mulyani added": the title and organisation the fuller mention gave
            full = next((m for m in self._by_word.get(_words(name)[0], ()) if m.name == name), None)
            if full is not None:
                title, org = full.title, full.organization
        if org is not None and _words(org) in self.aliases:
            org = self.aliases[_words(org)]
        return Speaker(
            name=name,
            title=title,
            organization=org,
            text=self.text[cue.start : cue.end],
            start=p.name_start,
            end=p.name_end,
            via=via,
        )

    def resolve(self, cue: Cue) -> Speaker | None:
        """Return the Speaker of ``cue`` (cues must come in document order), or None."""
        p = cue.phrase
        text = self.text[cue.start : cue.end]
        sp: Speaker | None
        is_person = True
        if p is None or p.kind == "pronoun":
            sp = self.current(cue.pos, person=True, via="pronoun")
            if sp is None and p is None:
                sp = self.current(cue.pos, person=False, via="pronoun")
            if sp is not None:
                sp = sp.model_copy(update={"text": text})
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
            sp = self._named(cue, p, "source" if source else "explicit")
            is_person = p.kind == "person"
        if sp is not None:
            self._hist_pos.append(cue.pos)
            self._hist.append((sp, is_person))
        return sp

    def _institution(self, cue: Cue, p: Phrase) -> Speaker:
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
            if self._orgs is None:
                self._orgs = self._organisations(self._lang, self._sents)
                self._org_pos = [o.pos for o in self._orgs]
            i = bisect_left(self._org_pos, cue.pos) - 1
            while i >= 0:
                o = self._orgs[i]
                mine = o.words & marks or (bare and not o.words & self.marks)
                if mine and o.pos < p.start:
                    return Speaker(
                        name=self.canonical(o.name), title=None, organization=o.name,
                        text=self.text[cue.start : cue.end], start=o.start, end=o.end,
                        via="source",
                    )  # fmt: skip
                i -= 1
        # the head noun ("bank" of "central bank"), or a modifier that heads organisations
        # ("statistics" of "statistics agency")
        keys = [set(words[-1:]), {w for w in words[:-1] if w in self.heads}]
        upto = bisect_left(self._hist_pos, cue.pos)
        orgs = [sp for sp, is_person in reversed(self._hist[:upto]) if not is_person]
        for key in keys:
            for sp in orgs:
                if key & set(_words(sp.name)):
                    text = self.text[cue.start : cue.end]
                    return sp.model_copy(update={"text": text, "via": "source"})
        return self._named(cue, p, "source")

    def _role(self, cue: Cue, p: Phrase) -> Speaker | None:
        """Return the speaker a title or role phrase stands for."""
        title = p.title or ""
        text = self.text[cue.start : cue.end]
        if not p.definite or cue.kind == "headline":
            # "an official …" / a title line's "…: official": the person is named further on
            nxt = self._next_person(cue)
            if nxt is not None:
                return nxt.model_copy(update={"text": text, "title": p.title, "via": "pronoun"})
        m = self._titled(title, cue.pos) if title and not p.organization else None
        if m is not None:
            return Speaker(
                name=self.canonical(m.name), title=m.title, organization=m.organization,
                text=text, start=m.start, end=m.end, via="pronoun",
            )  # fmt: skip
        if p.definite:
            sp = self.current(cue.pos, person=True, via="pronoun")
            if sp is not None:
                return sp.model_copy(update={"text": text})
        # nobody to stand for: the role's organisation ("a Google spokesperson"), else the role
        name = p.organization or regex.sub(r"^(?i:the|a|an|seorang)\s+", "", title) or title
        return Speaker(
            name=name, title=p.title, organization=p.organization, text=text,
            start=p.start, end=p.end, via="explicit",
        )  # fmt: skip
