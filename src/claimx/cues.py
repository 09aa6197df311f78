"""Attribution cues: where a text says who speaks ("kata Teten", "ujarnya", "BPS mencatat",
"according to BPS", '"…," the official said'), each with the speaker phrase it names.

Every cue word of a language is one compiled alternation, so a text is scanned once; phrases are
then read from the tokens of the cue's sentence (see :mod:`claimx.names`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

import regex

from claimx.cuewords import CuePatterns, Hit, patterns
from claimx.names import Phrase, Scanner
from claimx.structure import Structure
from claimx.subjects import (
    after_adjunct,
    apposition,
    document_source,
    generic,
    initial_subject,
    phrase,
    role_after,
    role_apposition,
    role_noun,
)
from claimx.wordscan import Matches, Token, build, first_words
from claimx.wordscan import written as _written

CueKind = Literal["tag", "ptag", "subject", "decision", "source", "possessive", "headline"]


@dataclass(frozen=True)
class Cue:
    """One attribution cue.

    ``kind``: tag ("kata X" after a quote or comma), ptag (a pronoun tag such as "ujarnya"),
    subject ("X mengatakan"), decision ("The IMF raised its forecast": only its own sentence),
    source ("menurut X"), possessive ("Google's projection", which covers the rest of its
    sentence) or headline ("…: Google" on a title line).
    ``start``/``end`` span the whole cue (phrase and cue word), ``pos`` is the cue word.
    """

    kind: CueKind
    pos: int
    start: int
    end: int
    sentence: int
    phrase: Phrase | None


class SentenceTokens:
    """Tokens and a phrase scanner per sentence, built on first use."""

    def __init__(self, text: str, doc: Structure, lang: str) -> None:
        self.text, self.doc, self.lang = text, doc, lang
        self._words: dict[int, tuple[Matches, list[str], list[int]]] = {}
        self._cache: dict[int, tuple[Scanner, list[int]]] = {}
        self._lower: dict[str, bool] = {}

    def written_lower(self, word: str) -> bool:
        """Return True if ``word`` stands in the text in lower case somewhere (a common word
        capitalised only because it opens a sentence: "Ekspor mencatat …"): some word of the
        text, read as :data:`_WORD` reads words, is ``word.lower()`` with a small first letter."""
        low = word.lower()
        hit = self._lower.get(low)
        if hit is None:
            hit = self._lower[low] = _written(self.text, low)
        return hit

    def words(self, si: int) -> tuple[list[str], list[int]]:
        """Return the first word of each token of sentence ``si`` lower-cased, and where it
        ends (see :func:`claimx.wordscan.first_words`); the tokens themselves wait for
        :meth:`get`, which most sentences without a cue word never need."""
        got = self._words.get(si)
        if got is None:
            s = self.doc.sentences[si]
            got = self._words[si] = first_words(self.text, s.start, s.end)
        return got[1], got[2]

    def get(self, si: int) -> tuple[Scanner, list[int]]:
        """Return the scanner of sentence ``si`` and its token start offsets."""
        got = self._cache.get(si)
        if got is None:
            self.words(si)
            toks, starts = build(self._words[si][0])
            got = self._cache[si] = (Scanner(self.text, toks, self.lang), starts)
        return got

    def token_at(self, pos: int) -> tuple[int, Scanner, list[int], int] | None:
        """Return (sentence index, scanner, token starts, token index) of the token that starts
        exactly at ``pos``, or None when no token starts there."""
        si = self.doc.sentence_at(pos)
        sc, starts = self.get(si)
        i = bisect_left(starts, pos)
        if i < len(sc.toks) and sc.toks[i].start == pos:
            return si, sc, starts, i
        return None


def _prev_char(text: str, pos: int) -> str:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return text[i] if i >= 0 else ""


def sentence_cues(
    text: str,
    lang: str,
    doc: Structure,
    si: int,
    quoted: Callable[[int], bool],
    sents: SentenceTokens,
    headline: Cue | None = None,
) -> list[Cue]:
    """Return the attribution cues of sentence ``si`` in order (by cue word, then start).

    ``quoted(pos)`` tells whether a position lies inside a quotation (cues there are
    skipped); ``headline`` is the title-line cue whose cue word stands in this sentence, if
    any (see :func:`headline_cue`). The cues of every sentence, joined, are the cues of the
    whole text: a cue belongs to the sentence holding its cue word.
    """
    pat = patterns(lang)
    cues: list[Cue] = []
    sents_ = doc.sentences
    s = sents_[si]
    # a multi-word cue or a possessive phrase may run on over line breaks into the next two
    # sentences ("Google's\nreport"); it starts in this one (a pattern is asked about that
    # stretch only: the regex engine costs more per call on a long one)
    reach = sents_[si + 2].end if si + 2 < len(sents_) else len(text)
    firsts, ends = sents.words(si)
    words = pat.words
    keys = words.keys
    # a cue word starts a token: many sentences hold none, which a set test says at C speed
    for i in () if keys.isdisjoint(firsts) else range(len(firsts)):
        low = firsts[i]
        if low not in keys:
            continue
        sc, starts = sents.get(si)
        m = words.hit(text, low, starts[i], ends[i], reach)
        if m is None or quoted(m.at) or doc.is_boilerplate(m.at):
            continue
        j = bisect_left(starts, m.to)  # first token after the cue words
        word = " ".join(m.text.lower().split())
        cue = _read(text, word, m, si, sc, i, j, pat, sents)
        if cue is not None:
            cues.append(cue)
    # both possessive patterns hold "'s" inside the sentence: most sentences have none
    sentence = text[s.start : s.end]
    owner = "'s" in sentence or "’s" in sentence
    possessives = ((pat.possessive, _possessor), (pat.role_possessive, _role_possessor))
    for pattern, resolve in possessives if owner else ():
        for pm in pattern.finditer(text, s.start, reach):
            if pm.start() >= s.end:
                break
            if quoted(pm.start()) or doc.is_boilerplate(pm.start()):
                continue
            tok = sents.token_at(pm.start())
            if tok is not None:
                si_, sc, _, i = tok
                p = resolve(sc, i)
                if p is not None:
                    cues.append(Cue("possessive", pm.start(), pm.start(), pm.end(), si_, p))
    if headline is not None:
        cues.append(headline)
    cues.sort(key=lambda c: (c.pos, c.start))
    return cues


def _possessor(sc: Scanner, i: int) -> Phrase | None:
    """The owner named before "'s" at token ``i`` ("Budi's", "the minister's")."""
    return sc.possessor(i)


def _role_possessor(sc: Scanner, i: int) -> Phrase | None:
    """The role noun owning "'s" at token ``i``, past a determiner ("the company's")."""
    return role_noun(sc, i - 1 if i > 0 and sc.toks[i - 1].low in sc.lex.determiners else i)


def _read(
    text: str,
    word: str,
    m: Hit,
    si: int,
    sc: Scanner,
    i: int,
    j: int,
    pat: CuePatterns,
    sents: SentenceTokens,
) -> Cue | None:
    """Return the cue the cue word ``m`` (tokens [i, j) of sentence ``si``) makes, or None."""
    toks = sc.toks
    n = len(toks)
    if word in pat.source:
        k = j
        while k < n and toks[k].text.islower() and toks[k].low in sc.lex.fillers:
            k += 1
        if k < n and toks[k].low in sc.lex.pronouns:  # "Menurut dia, ...": resolved later
            p: Phrase | None = phrase(sc, (k, k + 1))
        else:
            p = phrase(sc, sc.right(k, n)) or role_noun(sc, k)
        if p is not None and p.kind in ("person", "org", "role", "generic", "pronoun"):
            return Cue("source", m.start(), m.start(), p.end, si, p)
        return None
    if word in pat.agent:
        k = j + 1 if j < n and toks[j].low in sc.lex.markers else j
        p = phrase(sc, sc.right(k, n))
        if p is not None and p.kind in ("person", "org", "role"):
            return Cue("tag", m.start(), m.start(), p.end, si, p)
        return None
    if word in pat.ptags:
        return Cue("ptag", m.start(), m.start(), m.end(), si, None)
    if word in pat.tags:
        k, fill = j, sc.lex.fillers
        while (
            k < n
            and toks[k].text.islower()
            and (
                toks[k].low in fill
                or (toks[k].low in sc.lex.indefinite and k + 1 < n and toks[k + 1].low in fill)
            )
        ):
            k += 1  # "sebut laporan Bank Dunia", "said a report by …": the source speaks
        rng = (j, j + 1) if j < n and toks[j].low in sc.lex.pronouns else sc.right(k, n)
        p = phrase(sc, rng)
        after = toks[rng[1]].text if rng and rng[1] < n else "."
        framed = _prev_char(text, m.start()) in ",”\"’'" or after in ",.;"
        if p is not None and p.kind != "document" and framed:
            return Cue("tag", m.start(), m.start(), p.end, si, _with_role(sc, p, rng, n))
    if word in pat.decision and word not in pat.subject:
        # "The IMF raised its forecast": only an organisation decides for the figure, and a
        # decision names the measure it sets ("its rate"), not a new thing ("held a stake")
        if j < n and toks[j].low in sc.lex.indefinite:
            return None
        cue = _subject(sc, i, si, m, sents)
        ph = cue.phrase if cue is not None else None
        if cue is None or ph is None:
            return None
        if ph.kind == "person" and j < n and toks[j].low in pat.impersonal:
            # "Toyota kept its forecast": only an organisation is "its"
            ph = replace(ph, kind="org", organization=ph.name, title=None)
            cue = replace(cue, phrase=ph)
        if ph.kind not in ("org", "generic"):
            return None
        # the organisation must open its clause ("Pemulihan ekonomi DKI Jakarta akan
        # mengerek …": the subject is the recovery, not the region)
        a = bisect_left([t.start for t in toks], ph.start) - 1
        if a >= 0 and toks[a].text.isalpha() and toks[a].low not in sc.lex.not_names:
            return None
        return replace(cue, kind="decision")
    headline = word in pat.headline and m.group()[0].isupper()
    if word not in pat.subject and not headline:
        return None
    if word in pat.clause_only and _amount_follows(toks, j):
        return None  # "The operator added 4.2 million users": a gain, not speech
    return _subject(sc, i, si, m, sents)


def _amount_follows(toks: list[Token], j: int) -> bool:
    """Return True if a figure stands among the three tokens from ``j``, before any mark
    ("added 4.2 million", "added another 300", "menambahkan 50 gerai")."""
    for t in toks[j : j + 3]:
        if t.text[0].isdigit():
            return True
        if not t.text[0].isalpha():
            return False
    return False


def _subject(sc: Scanner, i: int, si: int, m: Hit, sents: SentenceTokens) -> Cue | None:
    """Return the cue of a subject verb at token ``i``: its subject is the speaker."""
    toks, lex = sc.toks, sc.lex
    j = i - 1
    while j >= 0 and toks[j].low in lex.adverbs:
        j -= 1
    # "The ADB on Wednesday lowered": skip a date adjunct between subject and verb
    while (
        j >= 2
        and toks[j].text[0].isupper()
        and toks[j].low in lex.not_names
        and toks[j - 1].text.islower()
        and toks[j - 1].low in lex.not_names
        and (sc.is_word(toks[j - 2]) or toks[j - 2].text == ")")
    ):
        j -= 2
    if j < 0 or toks[j].low in lex.passive:
        return None
    # "Panglima TNI Hadi Tjahjanto yang dihubungi mengatakan": skip a short relative clause
    rel = next((k for k in range(j, max(j - 4, 0), -1) if toks[k].low in lex.relatives), None)
    if (
        rel is not None
        and rel > 0
        and all(t.text.islower() for t in toks[rel + 1 : j + 1])
        and sc.is_word(toks[rel - 1])
    ):
        j = rel - 1
    if toks[j].text.islower() and toks[j].low in lex.doc_nouns and j > 0:
        if sc.is_word(toks[j - 1]) or generic(sc, j - 1) is not None:
            j -= 1  # "BPS data showed", "ministry data shows": the source before the noun
        else:
            p = sc.parse(j, j + 1)
            return Cue("subject", m.start(), toks[j].start, m.end(), si, p) if p else None
    g = None
    if toks[j].low in lex.pronouns:
        rng: tuple[int, int] | None = (j, j + 1)
    elif (g := generic(sc, j)) is not None:
        rng = g
    elif toks[j].text == ",":
        rng = (
            apposition(sc, j)
            or role_apposition(sc, j)
            or initial_subject(sc, j)
            or after_adjunct(sc, j)
        )
    else:
        rng = sc.left(j, 0)
        # "Widyastuti di Balai Kota DKI Jakarta menyatakan": skip a place before the verb
        if rng is not None and rng[0] > 1 and toks[rng[0] - 1].low in lex.locatives:
            p0 = sc.parse(*rng)
            if p0 is None or p0.kind != "person":
                alt = sc.left(rng[0] - 2, 0)
                if alt is not None:
                    rng = alt
    p = phrase(sc, rng)
    if p is not None and toks[j].text == ",":
        p = _with_role(sc, p, rng, j + 1)  # "Amalia, head of the bureau, said"
    if p is None:
        rng = document_source(sc, i)
        p = phrase(sc, rng)
    if p is None or (rng is not None and g is None and _common_opener(sc, rng, sents)):
        return None
    return Cue("subject", m.start(), min(p.start, m.start()), m.end(), si, p)


def _with_role(sc: Scanner, p: Phrase, rng: tuple[int, int] | None, hi: int) -> Phrase:
    """Return person ``p`` with the role set off by a comma after its name (before token
    ``hi``) as its title and organisation, when it has no title of its own."""
    if p.kind != "person" or p.title is not None or rng is None:
        return p
    r = role_after(sc, rng[1], hi)
    if r is None:
        return p
    title, org = sc.title_and_org(*r)
    return replace(p, title=title, organization=p.organization or org)


def _common_opener(sc: Scanner, rng: tuple[int, int], sents: SentenceTokens) -> bool:
    """Return True for a lone capitalised word opening the sentence that is a common noun, not
    a name: written in lower case elsewhere in the text, or of noun shape (pe-…-an, ke-…-an:
    "Penjualan menunjukkan …")."""
    a, b = rng
    if b - a != 1 or any(t.text[:1].isalnum() for t in sc.toks[:a]):
        return False
    t = sc.toks[a]
    if sc.is_acronym(t) or sc.is_title(t) or sc.is_head(t) or not sc.is_name(t):
        return False
    data = sc.lex.data
    noun = t.low.startswith(tuple(data.noun_prefixes)) and t.low.endswith(tuple(data.noun_suffixes))
    return noun or sents.written_lower(t.text)


_HEAD_TAIL = regex.compile(r":\s*([^:]{1,60})$")
_HEAD_LEAD = regex.compile(r"^([^:]{1,40}):\s")


def headline_cue(text: str, doc: Structure, pi: int, sents: SentenceTokens) -> Cue | None:
    """Return the cue of paragraph ``pi`` when it is a title line written "claim: Source" or
    "Source: claim", else None."""
    p = doc.paragraphs[pi]
    if text[p.end - 1] in '.!?”"’)' or doc.is_boilerplate(p.start):
        return None
    line = text[p.start : p.end]
    for rx in (_HEAD_TAIL, _HEAD_LEAD):
        m = rx.search(line)
        if m is None:
            continue
        a, b = p.start + m.start(1), p.start + m.end(1)
        si = doc.sentence_at(a)
        sc, tstarts = sents.get(si)
        i = bisect_left(tstarts, a)
        rng = sc.right(i, len(sc.toks))
        if rng is None or sc.toks[rng[1] - 1].end != b:
            continue
        ph = sc.parse(*rng)
        if ph is not None and ph.kind in ("person", "org", "role"):
            return Cue("headline", a, a, b, doc.sentence_at(p.start), ph)
    return None


def opens_with_anaphor(text: str, lang: str, start: int) -> bool:
    """Return True if the text at ``start`` opens with a phrase such as "Angka tersebut"."""
    return patterns(lang).opener.match(text, start) is not None


__all__ = [
    "Cue",
    "SentenceTokens",
    "Token",
    "headline_cue",
    "opens_with_anaphor",
    "patterns",
    "sentence_cues",
]
