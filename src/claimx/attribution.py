"""Who said it: speakers of quotations, indirect speech and cited data sources.

:func:`attribute` reads the cues of a text (:mod:`claimx.cues`), resolves pronouns, roles and
short names to the article's canonical names (:mod:`claimx.speakers`), and assigns a speaker to
every quotation and sentence:

- a quotation takes the speaker of the tag after it ('"…," kata X', "ujarnya", '" X said'), of an
  introducing cue before it, of the next quotation when it runs on into the next paragraph, or
  else the current speaker;
- a sentence takes the speaker of its own cue; a sentence without one continues the speaker of
  the sentence before it in the same paragraph (indirect speech goes on), unless that sentence
  only reports an organisation's decision ("The IMF raised its forecast to 5.1 percent");
  a paragraph opening with "Angka tersebut" / "This figure" continues the paragraph before;
- everything else is the article's own voice: speaker None.

Per-claim lookups are binary searches over sorted spans.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict, Field

from claimx.attrlex import lexicon
from claimx.cues import Cue, SentenceTokens, find_cues, opens_with_anaphor, patterns
from claimx.langdata import check_lang
from claimx.language import detect_language
from claimx.models import Speaker
from claimx.speakers import Resolver
from claimx.structure import Span, Structure, analyse


class Statement(BaseModel):
    """A quotation or an indirect statement and who made it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["quote", "indirect"] = Field(
        description="quote: inside quotation marks; indirect: reported speech or a cited source"
    )
    text: str = Field(description="the statement as written (a quotation without its marks)")
    start: int = Field(description="start offset into the original text")
    end: int = Field(description="end offset (exclusive); text == original[start:end]")
    speaker: Speaker | None = Field(description="who made it; null when the text does not say")


@dataclass(frozen=True, slots=True)
class Attributed:
    """A span [start, end) of the text and its speaker."""

    start: int
    end: int
    speaker: Speaker


class _Layer:
    """Sorted, non-overlapping attributed spans, searched by binary search."""

    __slots__ = ("spans", "starts")

    def __init__(self, spans: tuple[Attributed, ...]) -> None:
        self.spans = spans
        self.starts = tuple(a.start for a in spans)

    def at(self, pos: int) -> Attributed | None:
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and self.spans[i].start <= pos < self.spans[i].end:
            return self.spans[i]
        return None


@dataclass(frozen=True)
class Attributions:
    """Speakers found in one document, answerable by character offset.

    ``quotes`` (quotation interiors), ``tails`` (the rest of a sentence after a possessive
    source) and ``sentences`` are each sorted and non-overlapping; a lookup asks them in that
    order, one binary search each.
    """

    quotes: tuple[Attributed, ...] = ()
    tails: tuple[Attributed, ...] = ()
    sentences: tuple[Attributed, ...] = ()
    statements: tuple[Statement, ...] = ()
    _layers: tuple[_Layer, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        layers = tuple(_Layer(x) for x in (self.quotes, self.tails, self.sentences))
        object.__setattr__(self, "_layers", layers)

    def speaker_for(self, start: int, end: int) -> Speaker | None:
        """Return the speaker of the claim at [start, end), or None for the article's voice."""
        for layer in self._layers:
            hit = layer.at(start)
            if hit is not None:
                return hit.speaker
        return None


@dataclass(frozen=True)
class _Quote:
    start: int  # inner span
    end: int
    outer_start: int
    outer_end: int
    paragraph: int
    open_to_end: bool  # runs unclosed to the end of its paragraph


def _effective_quotes(text: str, lang: str, doc: Structure) -> list[_Quote]:
    """Return the quotations, an unclosed one ended at a speech tag inside it ('…, jelasnya.')."""
    pat = patterns(lang)
    pstarts = [p.start for p in doc.paragraphs]
    out: list[_Quote] = []
    for q in doc.quotes:
        start, end, oend = q.inner.start, q.inner.end, q.outer.end
        pi = max(bisect_right(pstarts, q.outer.start) - 1, 0)
        open_to_end = not q.closed and q.outer.end >= doc.paragraphs[pi].end
        if open_to_end:
            for m in pat.words.finditer(text, start, end):
                w = m.group().lower()
                if (w in pat.ptags or w in pat.tags) and text[start : m.start()].rstrip().endswith(
                    ","
                ):
                    comma = text.rindex(",", start, m.start())
                    end, oend, open_to_end = comma, comma + 1, False
                    break
        if end > start:
            out.append(_Quote(start, end, q.outer.start, oend, pi, open_to_end))
    return out


_WORD = regex.compile(r"\p{L}+")
_TAIL_WORDS = 8  # words after a closing attribution: "told reporters in Jakarta on Friday"
_TAIL_OBJECT = 2  # or a short object alone: "told parliament", "told Reuters"


def _is_speech(text: str, q: _Quote) -> bool:
    """Return True if an untagged quotation reads as speech: four words or more, not a
    capitalised title ("Reflection of Achievement 2021 and Economic Outlook 2022")."""
    words = _WORD.findall(text, q.start, q.end)
    caps = sum(w[0].isupper() for w in words)
    return len(words) >= 4 and caps * 2 < len(words)


def attribute(text: str, lang: str, doc: Structure) -> Attributions:
    """Return the attributions of ``text`` (language ``lang``, structure ``doc``).

    Raises:
        ValueError: ``lang`` has no attribution data.
    """
    check_lang(lang)
    if not doc.sentences:
        return Attributions()
    quotes = _effective_quotes(text, lang, doc)
    sents = SentenceTokens(text, doc, lang)
    cues = find_cues(text, lang, doc, [Span(q.start, q.end) for q in quotes], sents)
    resolver = Resolver(text, lang, doc, sents, cues)
    resolved: list[tuple[Cue, Speaker]] = []
    for cue in cues:
        sp = resolver.resolve(cue)
        if sp is not None:
            resolved.append((cue, sp))
    return _assign(text, lang, doc, quotes, resolved, resolver)


def _assign(
    text: str,
    lang: str,
    doc: Structure,
    quotes: list[_Quote],
    resolved: list[tuple[Cue, Speaker]],
    resolver: Resolver,
) -> Attributions:
    """Return the Attributions: speakers of quotations, sentences and sentence tails."""
    n = len(doc.sentences)
    not_names = lexicon(lang).not_names
    own: list[tuple[int, Cue, Speaker] | None] = [None] * n
    tails: list[Attributed] = []
    headline: dict[int, Speaker] = {}
    for cue, sp in resolved:
        if cue.kind == "possessive":
            s = doc.sentences[cue.sentence]
            tails.append(Attributed(cue.pos, s.end, sp))
            continue
        if cue.kind == "headline":
            headline[doc.sentence_paragraph[cue.sentence]] = sp
            continue
        if cue.kind == "decision":
            prio = 2  # any speech cue of the sentence says more
        else:
            prio = 1 if cue.kind == "subject" and not _closing(text, doc, cue, not_names) else 0
        cur = own[cue.sentence]
        if cur is None or prio < cur[0]:
            own[cue.sentence] = (prio, cue, sp)
    # quotations
    by_start = sorted(resolved, key=lambda r: r[0].start)
    cue_starts = [c.start for c, _ in by_start]
    qspeak: list[Speaker | None] = [None] * len(quotes)
    tagged_sentences: set[int] = set()
    for qi in range(len(quotes) - 1, -1, -1):
        q = quotes[qi]
        qsp = _tag_after(text, q, by_start, cue_starts)
        if qsp is not None:
            tagged_sentences.add(doc.sentence_at(q.outer_end))
        if qsp is None:
            qsp = _introducer(text, q, doc, own)
        if qsp is None and q.open_to_end and qi + 1 < len(quotes):
            nxt = quotes[qi + 1]
            para = doc.paragraphs[nxt.paragraph]
            if nxt.paragraph == q.paragraph + 1 and nxt.outer_start == para.start:
                qsp = qspeak[qi + 1]
        if qsp is None and _is_speech(text, q):
            qsp = resolver.current(q.start, person=False, via="continuation")
        qspeak[qi] = qsp
    # sentences: own cue, else continuation within the paragraph
    spk: list[Speaker | None] = [None] * n
    carry: Speaker | None = None
    for si, s in enumerate(doc.sentences):
        pi = doc.sentence_paragraph[si]
        if si == 0 or doc.sentence_paragraph[si - 1] != pi:
            reset = si == 0 or not opens_with_anaphor(text, lang, s.start)
            carry = None if reset else spk[si - 1]
            if carry is not None:
                carry = carry.model_copy(update={"via": "continuation"})
        cur = own[si]
        if cur is not None and cur[1].kind == "decision":
            # a decision is no speech that goes on, and indirect speech going on tells it
            if carry is None:
                spk[si] = cur[2]
            else:
                spk[si] = carry
        elif cur is not None:
            spk[si] = carry = cur[2]
            carry = carry.model_copy(update={"via": "continuation"})
        elif pi in headline:
            spk[si] = headline[pi]
        else:
            spk[si] = carry
    return _build(text, doc, quotes, qspeak, spk, tails, tagged_sentences)


def _closing(text: str, doc: Structure, cue: Cue, not_names: frozenset[str]) -> bool:
    """Return True for an attribution that closes its sentence after a comma ("…, Transport
    Minister Budi Karya Sumadi said on Friday[, adding …]."): it covers the whole sentence, so
    it outranks a subject earlier in it ("The government estimated …")."""
    head = text[doc.sentences[cue.sentence].start : cue.start].rstrip()
    if not head.endswith(","):
        return False
    # only adjuncts follow the verb ("said on Friday", "told reporters", "mengatakan di
    # Jakarta"), not an object clause ("Bio Farma akan memastikan kapasitas produksi")
    tail = _WORD.findall(text[cue.end : doc.sentences[cue.sentence].end].split(",", 1)[0])
    if len(tail) <= _TAIL_OBJECT:
        return True
    return len(tail) <= _TAIL_WORDS and tail[0].lower() in not_names


def _tag_after(
    text: str, q: _Quote, resolved: list[tuple[Cue, Speaker]], cue_starts: list[int]
) -> Speaker | None:
    """Return the speaker of a tag right after quotation ``q`` ('…," kata X'), or None."""
    i = bisect_right(cue_starts, q.outer_end - 1)
    if i < len(resolved):
        cue, sp = resolved[i]
        gap = text[q.outer_end : cue.start]
        if cue.kind in ("tag", "ptag", "subject") and len(gap) < 4 and not gap.strip(" ,\u00a0"):
            return sp
    return None


def _introducer(
    text: str, q: _Quote, doc: Structure, own: list[tuple[int, Cue, Speaker] | None]
) -> Speaker | None:
    """Return the speaker of a cue before ``q`` in its sentence ('X mengatakan: "…'), or None."""
    si = doc.sentence_at(q.outer_start)
    cur = own[si]
    if cur is not None and cur[1].end <= q.outer_start:
        return cur[2]
    return None


def _build(
    text: str,
    doc: Structure,
    quotes: list[_Quote],
    qspeak: list[Speaker | None],
    spk: list[Speaker | None],
    tails: list[Attributed],
    tagged: set[int],
) -> Attributions:
    qpieces = tuple(Attributed(q.start, q.end, s) for q, s in zip(quotes, qspeak, strict=True) if s)
    spieces = tuple(
        Attributed(s.start, s.end, sp) for s, sp in zip(doc.sentences, spk, strict=True) if sp
    )
    statements: list[Statement] = [
        Statement(kind="quote", text=text[q.start : q.end], start=q.start, end=q.end, speaker=s)
        for q, s in zip(quotes, qspeak, strict=True)
        if s is not None or _is_speech(text, q)
    ]
    qstarts = [q.start for q in quotes]
    for si, (s, sp) in enumerate(zip(doc.sentences, spk, strict=True)):
        if sp is None or si in tagged or doc.is_boilerplate(s.start):
            continue
        # an indirect statement: the sentence, unless a quotation makes up most of it
        i = bisect_right(qstarts, s.end) - 1
        inside = 0
        while i >= 0 and quotes[i].end > s.start:
            inside += min(quotes[i].end, s.end) - max(quotes[i].start, s.start)
            i -= 1
        if inside * 2 < s.end - s.start:
            statements.append(
                Statement(kind="indirect", text=text[s.start : s.end], start=s.start, end=s.end,
                          speaker=sp)
            )  # fmt: skip
    statements.sort(key=lambda st: (st.start, st.kind))
    return Attributions(
        quotes=qpieces,
        tails=tuple(sorted(tails, key=lambda p: p.start)),
        sentences=spieces,
        statements=tuple(statements),
    )


def quotes(text: str, *, lang: str | None = None) -> tuple[Statement, ...]:
    """Return every quotation and indirect statement of ``text`` with its speaker, in order.

    Args:
        text: an article; offsets in the result index it.
        lang: "id" or "en"; detected from the text when None.

    Returns:
        Statements in text order: quotations (speaker None when nobody is named for them) and
        indirect statements (sentences reporting what someone said, and data sources cited).

    Raises:
        TypeError: ``text`` is not a str.
        ValueError: ``lang`` is unsupported.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    lang = check_lang(lang) if lang else detect_language(text)
    if not text.strip():
        return ()
    return attribute(text, lang, analyse(text, lang)).statements
