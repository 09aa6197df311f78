"""Speaker phrases: the words naming a speaker next to a cue, split into name, title, organisation.

"Deputi Bidang Koordinasi Ekonomi Digital, Ketenagakerjaan, dan UMKM Kemenko Perekonomian Rudy
Salahuddin" is read as title + organisation + name; "Badan Pusat Statistik (BPS)" as an
organisation with its acronym; "the official", "Presiden" and "dia" as references to someone
named elsewhere. Phrases are found by scanning tokens away from a cue word (left of
"mengatakan", right of "kata"), using the word lists of ``lang/<code>/attribution.yaml``.

The word lists themselves live in :mod:`claimx.attrlex`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex

from claimx.attrlex import Lexicon, attribution_data, lexicon
from claimx.langmodels import AttributionData
from claimx.wordscan import Token

_POSSESSIVE = regex.compile(r"['’]s$")
_CONTRACTION = regex.compile(r"['’](?:m|re|ve|ll|d|t)$", regex.I)
_CODED = regex.compile(r"^\p{Lu}\p{L}*-\p{N}+$")  # Covid-19, G-20: inside organisation names
_EDGES = frozenset(',-–—:;“”"')


_MEMO: dict[str, tuple[dict[str, bool], dict[str, bool]]] = {}
_MEMO_SIZE = 100_000  # spellings remembered per language before starting afresh


def _memo(lang: str) -> tuple[dict[str, bool], dict[str, bool]]:
    """Return the per-language memos of :meth:`Scanner.is_word` and :meth:`Scanner.is_name`,
    emptied when they grow past :data:`_MEMO_SIZE` (a long run over many texts)."""
    got = _MEMO.get(lang)
    if got is None or len(got[0]) + len(got[1]) > _MEMO_SIZE:
        got = _MEMO[lang] = ({}, {})
    return got


PhraseKind = Literal["person", "org", "role", "pronoun", "document", "generic"]


@dataclass(frozen=True)
class Phrase:
    """A parsed speaker phrase; offsets index the original text.

    ``kind`` is person or org when a name is written, role for a title or role without a name
    ("Presiden", "the official"), pronoun ("dia", "she"), document for an anaphoric source
    ("the report"), generic for an institution named by a common noun ("pemerintah").
    """

    kind: PhraseKind
    start: int
    end: int
    name: str | None = None
    name_start: int | None = None
    name_end: int | None = None
    title: str | None = None
    organization: str | None = None
    alias: str | None = None
    definite: bool = True


class Scanner:
    """Find and parse speaker phrases among the tokens of one sentence."""

    def __init__(self, text: str, toks: list[Token], lang: str) -> None:
        self.text = text
        self.toks = toks
        self.lex = lexicon(lang)
        self._word, self._name = _memo(lang)

    # -- token classes ---------------------------------------------------------------------

    def _base(self, t: Token) -> str:
        low = t.low  # without a possessive 's (a token holds no line break, so $ is its end)
        return low[:-2] if low.endswith(("'s", "’s")) else low

    def is_acronym(self, t: Token) -> bool:
        """Return True for BPS, UKM, KPw, SMEs: at least as many capitals as small letters."""
        up = sum(map(str.isupper, t.text))
        return up >= 2 and up >= sum(map(str.islower, t.text))

    def is_cap(self, t: Token) -> bool:
        """Return True for a word that may belong to a proper name (a capital in it, no digit)."""
        if not t.text[0].isalpha() or any(map(str.isdigit, t.text)):
            return False
        return t.text[0].isupper() or any(map(str.isupper, t.text[1:]))

    def is_title(self, t: Token) -> bool:
        """Return True for a title or role word (any case)."""
        return self._base(t) in self.lex.titles

    def is_head(self, t: Token) -> bool:
        """Return True for a word that heads an organisation name."""
        return self._base(t) in self.lex.heads

    def is_word(self, t: Token) -> bool:
        """Return True for a token that can stand inside a speaker phrase (remembered per
        spelling: the answer depends on the word alone)."""
        got = self._word.get(t.text)
        if got is None:
            got = self._word[t.text] = self._is_word(t)
        return got

    def _is_word(self, t: Token) -> bool:
        if self.is_title(t) or _CODED.match(t.text):
            return True
        if not self.is_cap(t) or self._contraction(t):
            return False
        low = self._base(t)
        if low in self.lex.not_names and not self.is_acronym(t):
            return False
        return not (self.lex.data.verb_suffixes and self._verb_like(t))

    def is_verb(self, t: Token) -> bool:
        """Return True for a cue verb or, in Indonesian, a word with a verb suffix (-kan)."""
        return t.low in self.lex.verbs or bool(self.lex.data.verb_suffixes and self._verb_like(t))

    def _verb_like(self, t: Token) -> bool:
        low = t.low
        if low.startswith(tuple(self.lex.data.noun_prefixes)):
            return False
        return len(low) > 6 and any(low.endswith(s) for s in self.lex.data.verb_suffixes)

    def _contraction(self, t: Token) -> bool:
        """Return True for "I'm", "Don't", "We'll" (not "O'Brien" or "Ma’arif")."""
        return _CONTRACTION.search(t.text) is not None

    def is_name(self, t: Token) -> bool:
        """Return True for a token that can be part of a personal name (remembered per
        spelling)."""
        got = self._name.get(t.text)
        if got is None:
            got = self._name[t.text] = self._is_name(t)
        return got

    def _is_name(self, t: Token) -> bool:
        if not (t.text[0].isupper() and self.is_cap(t)) or self.is_acronym(t):
            return False
        if self._contraction(t) or _POSSESSIVE.search(t.text):
            return False
        low = self._base(t)
        if _POSSESSIVE.search(t.low):
            return False
        lex = self.lex
        return not (
            low in lex.titles
            or low in lex.heads
            or low in lex.org_words
            or low in lex.places
            or low in lex.not_names
            or low in lex.connectors
        )

    # -- scanning --------------------------------------------------------------------------

    def _close_paren(self, i: int, hi: int) -> int | None:
        for k in range(i + 1, min(hi, i + 8)):
            if self.toks[k].text == ")":
                return k
            if not (self.is_word(self.toks[k]) or self.toks[k].low in self.lex.connectors):
                return None
        return None

    def _open_paren(self, i: int, lo: int) -> int | None:
        for k in range(i - 1, max(lo - 1, i - 8), -1):
            if self.toks[k].text == "(":
                return k
            if not (self.is_word(self.toks[k]) or self.toks[k].low in self.lex.connectors):
                return None
        return None

    def _inside(self, k: int, lo: int, hi: int) -> bool:
        """Return True for a capitalised clause word standing between two phrase words
        ("Direktur Lalu Lintas"), or a locative joining a title to an organisation
        ("Kepala Bidang … di Badan …")."""
        t = self.toks[k]
        if not (lo < k < hi - 1 and self.is_word(self.toks[k - 1])):
            return False
        nxt = self.toks[k + 1]
        if t.low in self.lex.locatives:
            return self.is_head(nxt) and self.is_title(self.toks[lo])
        if not t.text[0].isupper() or t.low in self.lex.connectors or self.is_verb(t):
            return False
        return self.is_word(nxt)

    def _run_left(self, j: int, lo: int) -> int | None:
        """Return the first index of the phrase tokens ending at ``j`` (no commas), or None."""
        start: int | None = None
        k = j
        toks, lex = self.toks, self.lex
        while k >= lo:
            t = toks[k]
            if t.text == ")":
                o = self._open_paren(k, lo)
                if o is None:
                    break
                start, k = o, o - 1
                continue
            inside = t.low not in lex.locatives and self._inside(k, lo, j + 1)
            if self.is_word(t) or (start is not None and inside):
                start, k = k, k - 1
                continue
            if t.low in lex.connectors and start is not None and t.low not in lex.determiners:
                k -= 1
                continue
            if t.low in lex.determiners or t.low in lex.indefinite:
                if start is None:
                    break
                start = k
                if k > lo and toks[k - 1].low in lex.connectors - lex.determiners:
                    k -= 1  # "from the Ministry": the article sits inside the phrase
                    continue
                break
            break
        if start is None:
            return None
        while start <= j and toks[start].low in lex.connectors - lex.determiners:
            start += 1
        return start if start <= j else None

    def left(self, j: int, lo: int) -> tuple[int, int] | None:
        """Return the token range [a, b) of the speaker phrase ending at token ``j``, or None.

        Crosses commas to the left only to take in a title or an organisation that opens the
        phrase ("Gubernur Bank Indonesia, Perry Warjiyo"; "Kementerian Koperasi, Usaha Kecil
        dan Menengah").
        """
        a = self._run_left(j, lo)
        if a is None:
            return None
        best = a
        k = a - 1
        if k - 1 > lo and self.toks[k].low in self.lex.connectors and self.toks[k - 1].text == ",":
            k -= 1  # "…, Ketenagakerjaan, dan UMKM Kemenko …": a list inside the title
        while k > lo and self.toks[k].text == ",":
            b = self._run_left(k - 1, lo)
            if b is None or not (b == lo or self.toks[b - 1].text in _EDGES):
                break  # the segment must run whole from a clause edge to the comma
            first = self.toks[b + 1] if self.toks[b].low in self.lex.determiners else self.toks[b]
            if self.is_title(first) or self.is_head(first):
                best = b
            k = b - 1
        return best, j + 1

    def right(self, i: int, hi: int) -> tuple[int, int] | None:
        """Return the token range [a, b) of the speaker phrase starting at token ``i``, or None.

        Crosses a comma to the right inside a list of a title ("Satgas Pencegahan,
        Pengendalian, dan Penanganan …") and when the words so far end in a title or an
        organisation and a name follows ("kata Gubernur BI, Perry Warjiyo").
        """
        toks, lex = self.toks, self.lex
        k = i
        if k < hi and (toks[k].low in lex.determiners or toks[k].low in lex.indefinite):
            k += 1
        a = i
        end: int | None = None
        while k < hi:
            t = toks[k]
            if t.text == "(":
                c = self._close_paren(k, hi)
                if c is None or end is None:
                    break
                k = end = c + 1
                continue
            if self.is_word(t) or (end is not None and self._inside(k, i, hi)):
                k = end = k + 1
                continue
            if t.low in lex.connectors and end is not None and k + 1 < hi:
                nxt = toks[k + 1]
                if nxt.low in lex.determiners and k + 2 < hi:
                    nxt = toks[k + 2]
                if self.is_word(nxt):
                    k += 1
                    continue
            if t.text == "," and end is not None:
                if self._list_continues(k, hi):
                    k += 1
                    continue
                n = k + 1
                while n < hi and self.is_title(toks[n]):
                    n += 1
                m = n
                while m < hi and self.is_name(toks[m]):
                    m += 1
                if m > n and (m == hi or not self.is_word(toks[m])):
                    if not self.is_name(toks[end - 1]):
                        end = m
                    elif self.is_title(toks[a]) and (n > k + 1 or m - n > 1):
                        # a title, then what its holder heads, then the holder: "Direktur
                        # Eksekutif Center of Reform on Economics, Mohammad Faisal"; one bare
                        # word after the comma is a place or a day ("Sri Mulyani, Jakarta")
                        end = m
            break
        if end is None:
            return None
        while toks[end - 1].low in lex.connectors:
            end -= 1
        return a, end

    def _list_continues(self, comma: int, hi: int) -> bool:
        """Return True if ``comma`` separates items of a list inside a title: the next item is
        followed by another comma or opens with a conjunction ("Pencegahan, Pengendalian, dan
        Penanganan")."""
        toks, lex = self.toks, self.lex
        n = comma + 1
        if n < hi and toks[n].low in lex.connectors - lex.determiners:
            return n + 1 < hi and self.is_word(toks[n + 1])
        while n < hi and self.is_word(toks[n]):
            n += 1
        return comma + 1 < n < hi - 1 and toks[n].text == "," and self.is_word(toks[n + 1])

    def _initial(self, k: int, a: int, b: int) -> bool:
        """Return True for an initial inside or closing a name: "Bambang PS Brodjonegoro",
        "James B Hoesterey", "Mahfud MD" (one or two capitals after a name word)."""
        t = self.toks[k].text.rstrip(".")
        if not (1 <= len(t) <= 2 and t.isupper() and t.isalpha()) or k <= a:
            return False
        return self.is_name(self.toks[k - 1])

    def possessor(self, i: int) -> Phrase | None:
        """Return the Phrase of a possessive token ("Google's"), without its 's, or None."""
        t = self.toks[i]
        base = _POSSESSIVE.sub("", t.text)
        if base == t.text or not self.is_cap(t) or base.lower() in self.lex.not_names:
            return None
        kind: PhraseKind = "org" if self.is_acronym(t) or self.is_head(t) else "person"
        return Phrase(kind, t.start, t.end, base, t.start, t.start + len(base))

    # -- parsing ---------------------------------------------------------------------------

    def _span(self, a: int, b: int) -> str:
        return self.text[self.toks[a].start : self.toks[b - 1].end]

    def _trim(self, a: int, b: int) -> tuple[int, int]:
        skip = self.lex.connectors | self.lex.determiners | {",", "(", ")"}
        while a < b and self.toks[a].low in skip and self.toks[a].text != "(":
            a += 1
        while b > a and self.toks[b - 1].low in skip and self.toks[b - 1].text != ")":
            b -= 1
        return a, b

    def parse(self, a: int, b: int) -> Phrase | None:
        """Return the Phrase of tokens [a, b), or None when they do not name anyone."""
        toks, lex = self.toks, self.lex
        if a >= b or (toks[a].text == "(" and toks[b - 1].text == ")"):
            return None  # a bracket alone names nobody: "perusahaan otobus (PO) menaikkan"
        if toks[a].low in lex.doc_nouns and b - a > 1 and not self.is_head(toks[a]):
            # "Data Kementerian Perdagangan", "Figures from the Central Bank": the source
            k = a + 1
            while k < b and toks[k].text.islower() and toks[k].low in lex.fillers | lex.connectors:
                k += 1
            if k < b and self.is_word(toks[k]):
                a = k
        start, end = toks[a].start, toks[b - 1].end
        definite = True
        if toks[a].low in lex.indefinite and b - a > 1:
            definite, a = False, a + 1
        whole = " ".join(t.low for t in toks[a:b])
        if toks[a].low in lex.determiners and b - a > 1:
            bare = " ".join(t.low for t in toks[a + 1 : b])
        else:
            bare = whole
        if whole in lex.pronouns:
            return Phrase("pronoun", start, end)
        if whole in lex.roles or bare in lex.roles:
            return Phrase("role", start, end, title=self._span(a, b), definite=definite)
        h = next((k for k in range(max(a + 2, b - 3), b) if self._generic_tail(k, b)), None)
        if h is not None and self.generic_modifiers(h, a + 1) == a + 1:
            # "the trade ministry": the institution with the nouns that say which
            return Phrase("generic", start, end, self._span(a + 1, b), toks[a + 1].start, end)
        r = None if whole in lex.generic or bare in lex.generic else self.role_phrase(a, b)
        if r is not None:  # "the Jakarta-based lender", "emiten rokok itu": the role and all
            n0 = r if r > a else a
            return Phrase("generic", start, end, self._span(n0, b), toks[n0].start, end)
        if whole in lex.generic or bare in lex.generic:
            a2 = a + 1 if toks[a].low in lex.determiners else a
            return Phrase("generic", start, end, self._span(a2, b), toks[a2].start, toks[b - 1].end)
        if all(t.low in lex.doc_nouns or t.low in lex.determiners for t in toks[a:b]):
            return Phrase("document", start, end)
        if toks[a].low in lex.determiners:
            a += 1
        alias = None
        if b - a > 2 and toks[b - 1].text == ")":
            o = next((k for k in range(b - 2, a, -1) if toks[k].text == "("), None)
            if o is not None:
                alias = self._span(o + 1, b - 1)
                b = o
        n = b
        while n > a and b - n < 5 and (self.is_name(toks[n - 1]) or self._initial(n - 1, a, b)):
            n -= 1
        if n < b and n > a + 1 and toks[n - 1].low in lex.org_links:
            # "Economist Bhima Yudhistira of Celios": after "of" stands the organisation
            c, m = n - 1, n - 1
            while m > a and c - m < 5 and self.is_name(toks[m - 1]):
                m -= 1
            if m < c and any(self.is_title(x) for x in toks[a:m]):
                title, _ = self._split(a, m)
                return Phrase(
                    "person", start, end, self._span(m, c), toks[m].start, toks[c - 1].end,
                    title, self._span(c + 1, b), alias,
                )  # fmt: skip
            n = b
        if n == b - 1 and n > a and not any(self.is_title(t) for t in toks[a:n]):
            n = b  # one capital word closing an organisation's name ("Bank Mandiri")
        elif b - n > 2 and n > a and toks[n - 1].low in lex.name_heads:
            n += 1  # the organisation's own name follows its head: "PT Jakpro Widi Amanasto"
        if a < n < b and all(
            (self.is_acronym(t) and t.low in lex.places) or t.low in lex.name_heads
            for t in toks[a:n]
        ):
            # "the US Geological Survey", "PT Sinar Telekom", "Universitas Gadjah Mada": no
            # title before the capitalised words, only a country's abbreviation or a word that
            # heads a named body, so no person ("PDI-P Effendi Simbolon" is one: a party's
            # abbreviation is no place; "PT Jakpro Widi Amanasto" keeps its person, above)
            return Phrase(
                "org", start, end, self._span(a, b), toks[a].start, toks[b - 1].end,
                organization=self._span(a, b), alias=alias,
            )  # fmt: skip
        if n < b:
            title, org = self._split(a, n)
            return Phrase(
                "person",
                start,
                end,
                self._span(n, b),
                toks[n].start,
                toks[b - 1].end,
                title,
                org,
                alias,
            )
        if self._is_org(a, b):
            title, org = self._split(a, b)
            if title and (self.is_title(toks[b - 1]) or self.is_title(toks[a])):
                return Phrase("role", start, end, title=title, organization=org, definite=definite)
            return Phrase(
                "org", start, end, self._span(a, b), toks[a].start, toks[b - 1].end,
                organization=self._span(a, b), alias=alias,
            )  # fmt: skip
        if all(self.is_title(t) or t.low in lex.connectors for t in toks[a:b]):
            return Phrase("role", start, end, title=self._span(a, b), definite=definite)
        return None

    def generic_modifiers(self, h: int, lo: int) -> int:
        """Return where the lower-case nouns before the institution noun at ``h`` start, when a
        determiner opens them ("the trade ministry", "the statistics bureau": which ministry),
        else ``h``; at most down to ``lo``."""
        toks, lex = self.toks, self.lex
        skip = lex.verbs | lex.not_names | lex.connectors | lex.determiners
        k = h
        while k > lo and toks[k - 1].text.isalpha() and toks[k - 1].text.islower():
            if toks[k - 1].low in skip:
                break
            k -= 1
        return k if k < h and k > 0 and toks[k - 1].low in lex.determiners else h

    def _generic_tail(self, k: int, b: int) -> bool:
        return " ".join(t.low for t in self.toks[k:b]) in self.lex.generic

    def role_phrase(self, a: int, b: int) -> int | None:
        """Return the index of the role noun of tokens [a, b) when they are a role noun with
        modifiers pointing back to an organisation ("the Jakarta-based lender", "emiten rokok
        itu"), or None."""
        toks, lex = self.toks, self.lex
        if b - a < 2:
            return None
        kinds = lex.role_kinds

        def modifier(t: Token) -> bool:
            return (t.text.islower() or "-" in t.text) and t.low not in lex.verbs | lex.not_names

        last = toks[b - 1].low
        if toks[a].low in lex.determiners and last in kinds and b - a <= 4:
            return b - 1 if all(modifier(t) for t in toks[a + 1 : b - 1]) else None
        first = toks[a].low
        if (
            last in lex.demonstratives
            and b - a <= 4
            and (first in kinds or f"{first} {last}" in kinds)
        ):
            return a if all(t.text.islower() for t in toks[a + 1 : b - 1]) else None
        return None

    def _is_org(self, a: int, b: int) -> bool:
        lex = self.lex
        for t in self.toks[a:b]:
            low = self._base(t)
            if self.is_head(t) or (self.is_acronym(t) and low not in lex.titles):
                return True
            if self.is_cap(t) and low not in lex.places | lex.titles | lex.connectors:
                return True
        return False

    def title_and_org(self, a: int, b: int) -> tuple[str | None, str | None]:
        """Return (title, organisation) of a role phrase, tokens [a, b) ("head of the
        bureau" → ("head", "the bureau")); either may be None."""
        return self._split(a, b)

    def _split(self, a: int, b: int) -> tuple[str | None, str | None]:
        """Return (title, organisation) of tokens [a, b): a title opens or closes the phrase."""
        a, b = self._trim(a, b)
        if a >= b:
            return None, None
        toks = self.toks
        if self.is_title(toks[a]):
            heads = [k for k in range(a + 1, b) if self.is_head(toks[k])]
            if not heads:
                return self._span(a, b), None
            h = heads[-1]
            named = toks[a].text.islower()  # after a title in lower case, capitals name the body
            while h - 1 > a and (
                self.is_head(toks[h - 1])
                or (named and self.is_cap(toks[h - 1]) and not self.is_title(toks[h - 1]))
            ):
                h -= 1  # "head of Indonesia Investment Authority": the body is all three words
                # (a capitalised title's portfolio is capitalised too: "Deputi Bidang …")
            if toks[h - 1].text == "(":  # "(CORE)" abbreviates the name before it, words the
                h = a + 1  # title does not take: "Ekonom | Center of Reform on Economics (CORE)"
                while h < b and self.is_title(toks[h]):
                    h += 1
            t0, t1 = self._trim(a, h)
            o0, o1 = self._trim(h, b)
            return (self._span(t0, t1) if t0 < t1 else None), self._span(o0, o1)
        t = next((k for k in range(a, b) if self.is_title(toks[k])), b)
        lex = self.lex
        if t < b and all(self._base(x) in lex.org_words | lex.places for x in toks[a:t]):
            t = a  # "Trade Minister": a portfolio before the title qualifies it
        o0, o1 = self._trim(a, t)
        t0, t1 = self._trim(t, b)
        return (self._span(t0, t1) if t0 < t1 else None), (self._span(o0, o1) if o0 < o1 else None)


__all__ = [
    "AttributionData",
    "Lexicon",
    "Phrase",
    "PhraseKind",
    "Scanner",
    "Token",
    "attribution_data",
    "lexicon",
]
