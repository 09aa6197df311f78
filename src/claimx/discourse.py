"""Who speaks where, worked out on demand: the engine behind :mod:`claimx.attribution`.

The rules (see :mod:`claimx.attribution`) chain sentences and quotations together: a sentence
without a cue continues the speaker before it, a pronoun takes the last speaker named, a short
name its fullest form anywhere in the article. Evaluated for the whole text, they cost every
cue word of it, even where no claim stands ("said said said …"). Here every piece is computed
the first time a question needs it and kept:

- the cues of a sentence (:func:`claimx.cues.sentence_cues`), and their speakers;
- the speakers before a position (:meth:`Discourse.history`), walking back sentence by
  sentence only as far as the question needs;
- the speaker a sentence carries on to the next, walking back within its paragraph;
- the speaker of a quotation, from the cues around it or the quotation it runs on into.

The answers are those of resolving every cue of the text in order; only the work differs.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

import regex
from mypy_extensions import mypyc_attr

from claimx.attrlex import lexicon
from claimx.cues import Cue, SentenceTokens, headline_cue, opens_with_anaphor
from claimx.cues import sentence_cues as find_sentence_cues
from claimx.cuewords import patterns
from claimx.models import Speaker
from claimx.speakers import LazySpeaker, Resolver
from claimx.structure import Structure

_T = TypeVar("_T")
_Resolved = tuple[Cue, LazySpeaker, bool]  # a cue, its speaker, and whether that is a person


@dataclass(frozen=True)
class Quotation:
    """A quotation as attribution reads it: an unclosed one ends at a speech tag inside it."""

    start: int  # inner span
    end: int
    outer_start: int
    outer_end: int
    paragraph: int
    open_to_end: bool  # runs unclosed to the end of its paragraph


class _Need(Exception):
    """Raised while resolving when the speakers of sentence ``si`` are not known yet."""

    def __init__(self, si: int) -> None:
        super().__init__(si)
        self.si = si


_WORD = regex.compile(r"\p{L}+")
_TAIL_WORDS = 8  # words after a closing attribution: "told reporters in Jakarta on Friday"
_TAIL_OBJECT = 2  # or a short object alone: "told parliament", "told Reuters"


def is_speech(text: str, q: Quotation) -> bool:
    """Return True if an untagged quotation reads as speech: four words or more, not a
    capitalised title ("Reflection of Achievement 2021 and Economic Outlook 2022")."""
    words = _WORD.findall(text, q.start, q.end)
    caps = sum(w[0].isupper() for w in words)
    return len(words) >= 4 and caps * 2 < len(words)


def _cont(sp: LazySpeaker | None) -> LazySpeaker | None:
    return None if sp is None else sp.derive(via="continuation")


@functools.cache
def _closing_opener(lang: str) -> regex.Pattern[str]:
    """Return the pattern of what ends the text before a closing attribution: a comma, and
    perhaps a possessive determiner ("…, its chief executive John Riady said")."""
    owners = lexicon(lang).data.possessive_determiners
    own = "|".join(map(regex.escape, owners))
    return regex.compile(rf",\s*(?:(?:{own})\s+)?$" if own else r",\s*$", regex.I)


# a Python class even in the compiled build: its Resolver holds it through a weak proxy, and
# mypyc's native classes take no weak references
@mypyc_attr(native_class=False)
class Discourse:
    """The speakers of one document, each worked out when first asked for (see the module)."""

    def __init__(self, text: str, lang: str, doc: Structure) -> None:
        self.text, self.lang, self.doc = text, lang, doc
        self.sents = SentenceTokens(text, doc, lang)
        self.resolver = Resolver(text, lang, doc, self.sents, weakref.proxy(self))
        self._not_names = lexicon(lang).not_names
        self._opener = _closing_opener(lang)
        self._quotes: dict[int, list[Quotation]] = {}
        self._heads: dict[int, Cue | None] = {}
        self._cues: dict[int, list[Cue]] = {}
        self._res: dict[int, list[_Resolved]] = {}
        self._partial: tuple[int, list[_Resolved]] | None = None
        self._own: dict[int, tuple[Cue, LazySpeaker] | None] = {}
        self._carry: dict[int, LazySpeaker | None] = {}
        self._qsp: dict[tuple[int, int], tuple[LazySpeaker | None, bool]] = {}
        self._lower: str | None = None
        self.resolved_sentences = 0  # how many sentences had their cues resolved

    @property
    def sentences_read(self) -> tuple[int, ...]:
        """Return the sentences whose cues have been read so far, in order."""
        return tuple(sorted(self._cues))

    # -- quotations ---------------------------------------------------------------------------

    def quotes(self, pi: int) -> list[Quotation]:
        """Return the quotations of paragraph ``pi``, an unclosed one ended at a speech tag
        inside it ('…, jelasnya.')."""
        got = self._quotes.get(pi)
        if got is not None:
            return got
        text, pat = self.text, patterns(self.lang)
        pend = self.doc.paragraphs[pi].end
        got = []
        for q in self.doc.paragraph_quotes(pi):
            start, end, oend = q.inner.start, q.inner.end, q.outer.end
            open_to_end = not q.closed and q.outer.end >= pend
            if open_to_end:
                for m in pat.words.finditer(text, start, end):
                    w = m.group().lower()
                    if (w in pat.ptags or w in pat.tags) and text[
                        start : m.start()
                    ].rstrip().endswith(","):
                        comma = text.rindex(",", start, m.start())
                        end, oend, open_to_end = comma, comma + 1, False
                        break
            if end > start:
                got.append(Quotation(start, end, q.outer.start, oend, pi, open_to_end))
        self._quotes[pi] = got
        return got

    def quote_at(self, pos: int) -> tuple[int, int] | None:
        """Return (paragraph, index) of the quotation holding ``pos``, or None."""
        pi = self.doc.paragraph_at(pos)
        qs = self.quotes(pi)
        lo, hi = 0, len(qs)
        while lo < hi:  # the last quotation starting at or before pos
            mid = (lo + hi) // 2
            if qs[mid].start <= pos:
                lo = mid + 1
            else:
                hi = mid
        return (pi, lo - 1) if lo and pos < qs[lo - 1].end else None

    def _in_quote(self, pos: int) -> bool:
        return self.quote_at(pos) is not None

    # -- cues and their speakers --------------------------------------------------------------

    def sentence_cues(self, si: int) -> list[Cue]:
        """Return the cues whose cue word stands in sentence ``si``, in document order."""
        got = self._cues.get(si)
        if got is None:
            doc = self.doc
            pi = doc.sentence_paragraph[si]
            if pi not in self._heads:
                self._heads[pi] = headline_cue(self.text, doc, pi, self.sents)
            head = self._heads[pi]
            mine = head if head is not None and doc.sentence_at(head.pos) == si else None
            got = self._cues[si] = find_sentence_cues(
                self.text,
                self.lang,
                doc,
                si,
                self._in_quote,
                self.sents,
                mine,
            )
        return got

    def _known(self, si: int) -> list[_Resolved]:
        """Return the resolved cues of sentence ``si`` if known; raise _Need otherwise."""
        if self._partial is not None and self._partial[0] == si:
            return self._partial[1]
        got = self._res.get(si)
        if got is not None:
            return got
        if not self.sentence_cues(si):
            self._res[si] = []
            return self._res[si]
        raise _Need(si)

    def history(self, pos: int) -> Iterator[tuple[LazySpeaker, bool]]:
        """Yield (speaker, is a person) of the resolved cues before ``pos``, last first.

        Raises:
            _Need: the speakers of an earlier sentence are not known yet (the caller
                resolves it and asks again).
        """
        si = self.doc.sentence_at(pos)
        while si >= 0:
            for cue, sp, person in reversed(self._known(si)):
                if cue.pos < pos:
                    yield sp, person
            si -= 1

    def _resolve(self, si: int) -> list[_Resolved]:
        out: list[_Resolved] = []
        self._partial = (si, out)
        try:
            for cue in self.sentence_cues(si):
                sp, person = self.resolver.resolve(cue)
                if sp is not None:
                    out.append((cue, sp, person))
        finally:
            self._partial = None
        return out

    def resolved(self, si: int) -> list[_Resolved]:
        """Return the cues of sentence ``si`` that name a speaker, with the speaker, resolving
        first (without recursion) the earlier sentences their pronouns and roles look at."""
        got = self._res.get(si)
        if got is not None:
            return got
        stack = [si]
        while stack:
            top = stack[-1]
            if top in self._res:
                stack.pop()
                continue
            try:
                self._res[top] = self._resolve(top)
                self.resolved_sentences += 1
                stack.pop()
            except _Need as need:
                stack.append(need.si)
        return self._res[si]

    def settle(self, ask: Callable[[], _T]) -> _T:
        """Return ``ask()``, resolving the sentences it needs first."""
        while True:
            try:
                return ask()
            except _Need as need:
                self.resolved(need.si)

    def sentences_with(self, words: tuple[str, ...], mark: str = "") -> list[int]:
        """Return, in order, the sentences whose lower-cased text holds every word of
        ``words`` and ``mark`` (every sentence holding ``mark`` for no words, or where
        lower-casing does not keep offsets)."""
        if self._lower is None:
            low = self.text.lower()
            self._lower = low if len(low) == len(self.text) and "Σ" not in self.text else ""
        low, doc, text = self._lower, self.doc, self.text
        sents = doc.sentences
        n = len(sents)
        if not words or not low:
            return [si for si, s in enumerate(sents) if mark in text[s.start : s.end]]
        key = max(words, key=len)  # the longest word is the rarest, most likely
        others = [w for w in words if w != key]
        if mark:
            others.append(mark)
        out: list[int] = []
        i = low.find(key)
        while i >= 0:
            si = doc.sentence_at(i)
            s = sents[si]
            if not others or all(w in low[s.start : s.end] for w in others):
                out.append(si)
            if si + 1 >= n:
                break
            i = low.find(key, max(sents[si + 1].start, i + 1))
        return out

    # -- the speaker of each sentence ---------------------------------------------------------

    def own(self, si: int) -> tuple[Cue, LazySpeaker] | None:
        """Return the cue (and speaker) that speaks for sentence ``si`` itself, or None."""
        if si in self._own:
            return self._own[si]
        best: tuple[int, Cue, LazySpeaker] | None = None
        for cue, sp, _ in self.resolved(si):
            if cue.kind in ("possessive", "headline"):
                continue
            if cue.kind == "decision":
                prio = 2  # any speech cue of the sentence says more
            else:
                prio = 1 if cue.kind == "subject" and not self._closing(cue) else 0
            if best is None or prio < best[0]:
                best = (prio, cue, sp)
        got = None if best is None else (best[1], best[2])
        self._own[si] = got
        return got

    def _closing(self, cue: Cue) -> bool:
        """Return True for an attribution that closes its sentence after a comma ("…,
        Transport Minister Budi Karya Sumadi said on Friday[, adding …]."): it covers the
        whole sentence, so it outranks a subject earlier in it ("The government estimated")."""
        text, s = self.text, self.doc.sentences[cue.sentence]
        if self._opener.search(text, s.start, cue.start) is None:
            return False  # a comma, perhaps a possessive ("…, its chief executive … said")
        # only adjuncts follow the verb ("said on Friday", "told reporters", "mengatakan di
        # Jakarta"), not an object clause ("Bio Farma akan memastikan kapasitas produksi")
        tail = _WORD.findall(text[cue.end : s.end].split(",", 1)[0])
        if len(tail) <= _TAIL_OBJECT:
            return True
        return len(tail) <= _TAIL_WORDS and tail[0].lower() in self._not_names

    def headline(self, pi: int) -> LazySpeaker | None:
        """Return the speaker a title line names for paragraph ``pi`` ("…: Google"), or None."""
        doc = self.doc
        p = doc.paragraphs[pi]
        self.sentence_cues(doc.sentence_at(p.start))  # finds the paragraph's title cue
        head = self._heads[pi]
        if head is None:
            return None
        own = self.resolved(doc.sentence_at(head.pos))
        return next((sp for c, sp, _ in own if c is head), None)

    def _first(self, si: int) -> bool:
        para = self.doc.sentence_paragraph
        return si == 0 or para[si - 1] != para[si]

    def _after(self, si: int, carry: LazySpeaker | None) -> LazySpeaker | None:
        """Return the speaker of sentence ``si`` given the speaker carried into it."""
        own = self.own(si)
        if own is not None:
            if own[0].kind != "decision":
                return own[1]
            # a decision is no speech that goes on, and indirect speech going on tells it
            return own[1] if carry is None else carry
        head = self.headline(self.doc.sentence_paragraph[si])
        return head if head is not None else carry

    def carry(self, si: int) -> LazySpeaker | None:
        """Return the speaker carried into sentence ``si``: the last speech cue of its
        paragraph before it, or of the paragraph before when it opens with "Angka tersebut"."""
        path: list[int] = []
        k = si
        while k not in self._carry:
            if self._first(k) and (
                k == 0 or not opens_with_anaphor(self.text, self.lang, self.doc.sentences[k].start)
            ):
                self._carry[k] = None
                break
            own = self.own(k - 1)
            if own is not None and own[0].kind != "decision":
                self._carry[k] = _cont(own[1])
                break
            path.append(k)
            k -= 1
        for k in reversed(path):
            before = self._carry[k - 1]
            # within a paragraph what went in goes on; a new one takes the sentence before
            self._carry[k] = _cont(self._after(k - 1, before)) if self._first(k) else before
        return self._carry[si]

    def sentence_speaker(self, si: int) -> LazySpeaker | None:
        """Return the speaker of sentence ``si``: its own cue, else the one carried into it."""
        own = self.own(si)
        if own is not None and own[0].kind != "decision":
            return own[1]
        return self._after(si, self.carry(si))

    # -- the speaker of each quotation --------------------------------------------------------

    def _tag_after(self, q: Quotation) -> LazySpeaker | None:
        """Return the speaker of a tag right after quotation ``q`` ('…," kata X'), or None."""
        x, doc = q.outer_end, self.doc
        n = len(doc.sentences)
        best: tuple[Cue, LazySpeaker] | None = None
        si = first = doc.sentence_at(x)
        # the first cue starting at or after x; only one within three characters can tag
        while si < n and (si == first or doc.sentences[si].start <= x + 3):
            for cue, sp, _ in self.resolved(si):
                if cue.start >= x and (best is None or cue.start < best[0].start):
                    best = (cue, sp)
            si += 1
        if best is not None:
            cue, sp = best
            gap = self.text[x : cue.start]
            tags = cue.kind in ("tag", "ptag", "subject")
            if tags and len(gap) < 4 and not gap.strip(" ,\u00a0"):
                return sp
        return None

    def _introducer(self, q: Quotation) -> LazySpeaker | None:
        """Return the speaker of a cue before ``q`` in its sentence ('X mengatakan: "…')."""
        own = self.own(self.doc.sentence_at(q.outer_start))
        if own is not None and own[0].end <= q.outer_start:
            return own[1]
        return None

    def quote_speaker(self, pi: int, qi: int) -> tuple[LazySpeaker | None, bool]:
        """Return the speaker of quotation ``qi`` of paragraph ``pi`` and whether a tag after
        it names them: the tag, an introducing cue, the quotation it runs on into (in the next
        paragraph), or the current speaker when it reads as speech."""
        chain: list[tuple[int, int]] = []
        key = (pi, qi)
        while key not in self._qsp:
            q = self.quotes(key[0])[key[1]]
            sp = self._tag_after(q)
            if sp is not None:
                self._qsp[key] = (sp, True)
                break
            sp = self._introducer(q)
            if sp is not None:
                self._qsp[key] = (sp, False)
                break
            paras = self.doc.paragraphs
            if q.open_to_end and q.paragraph + 1 < len(paras):
                nxt = self.quotes(q.paragraph + 1)
                if nxt and nxt[0].outer_start == paras[q.paragraph + 1].start:
                    chain.append(key)
                    key = (q.paragraph + 1, 0)
                    continue
            self._qsp[key] = (self._speech(q, None), False)
            break
        for k in reversed(chain):
            nxt_sp = self._qsp[(k[0] + 1, 0)][0]
            self._qsp[k] = (self._speech(self.quotes(k[0])[k[1]], nxt_sp), False)
        return self._qsp[(pi, qi)]

    def _speech(self, q: Quotation, sp: LazySpeaker | None) -> LazySpeaker | None:
        if sp is None and is_speech(self.text, q):
            # a partial, not a lambda: mypyc cannot compile closures in a non-native class
            return self.settle(
                partial(self.resolver.current, q.start, person=False, via="continuation")
            )
        return sp

    # -- by position --------------------------------------------------------------------------

    def speaker_at(self, pos: int) -> Speaker | None:
        """Return the speaker at offset ``pos``: of the quotation holding it, else of a
        possessive source earlier in its sentence ("Google's projection"), else of its
        sentence; None for the article's own voice."""
        doc = self.doc
        if not doc.sentences:
            return None
        at = self.quote_at(pos)
        if at is not None:
            sp = self.quote_speaker(*at)[0]
            if sp is not None:
                return sp.get()
        si = doc.sentence_at(pos)
        s = doc.sentences[si]
        if not s.start <= pos < s.end:
            return None
        tail = None
        for cue, sp, _ in self.resolved(si):
            if cue.kind == "possessive" and cue.pos <= pos:
                tail = sp
        if tail is not None:
            return tail.get()
        sp = self.sentence_speaker(si)
        return None if sp is None else sp.get()
