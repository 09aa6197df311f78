"""Subject phrases of a cue verb that are not a plain run of capitalised words: institutions
named by a common noun ("the central bank", "the lender", "perseroan"), appositions ("Bahlil
Lahadalia, the investment minister, said"), subjects before an adjunct or a parenthetical
clause, and the organisation inside a document subject ("Figures released by the Finance
Ministry showed"). Each function returns a token range of one sentence's Scanner, or None.
"""

from __future__ import annotations

import regex

from claimx.names import Phrase, Scanner
from claimx.wordscan import Token

_POSSESSIVE = regex.compile(r"['’]s$")


def phrase(sc: Scanner, rng: tuple[int, int] | None) -> Phrase | None:
    """Return the Phrase of token range ``rng`` of ``sc``, or None."""
    return None if rng is None else sc.parse(*rng)


def role_noun(sc: Scanner, k: int) -> Phrase | None:
    """Return the institution a role noun at token ``k`` names ("the lender", "the bank's"
    before a document noun, "perseroan"), or None."""
    toks, lex = sc.toks, sc.lex
    a = k + 1 if k < len(toks) and toks[k].low in lex.determiners else k
    for n in (2, 1):
        b = a + n
        if b > len(toks):
            continue
        words = [t.low for t in toks[a:b]]
        words[-1] = _POSSESSIVE.sub("", words[-1])
        if " ".join(words) in lex.generic:
            name = sc.text[toks[a].start : toks[b - 1].end]
            name = _POSSESSIVE.sub("", name)
            start = toks[k].start
            return Phrase("generic", start, toks[b - 1].end, name, toks[a].start,
                          toks[a].start + len(name))  # fmt: skip
    return None


def document_source(sc: Scanner, i: int) -> tuple[int, int] | None:
    """Return the organisation named inside a document subject before the verb at token ``i``
    ("Figures released by the Finance Ministry on Monday showed"), or None."""
    toks, lex = sc.toks, sc.lex
    k = 0
    while k < i and (
        not toks[k].text[0].isalnum() or toks[k].low in lex.determiners | lex.indefinite
    ):
        k += 1
    if k >= i or toks[k].low not in lex.doc_nouns:
        return None
    for t in range(k + 1, i):
        if toks[t].text == ",":
            return None
        if sc.is_word(toks[t]) and toks[t].text[0].isupper():
            rng = sc.right(t, i)
            p = phrase(sc, rng)
            return rng if p is not None and p.kind == "org" else None
    return None


def generic(sc: Scanner, j: int) -> tuple[int, int] | None:
    """Return the tokens of an institution named by a common noun ending at ``j`` ("the
    central bank", "pemerintah"), with its article, or None."""
    toks, lex = sc.toks, sc.lex
    for n in (3, 2, 1):
        a = j - n + 1
        if a >= 0 and " ".join(t.low for t in toks[a : j + 1]) in lex.generic:
            if a > 0 and names_it(sc, toks[a - 1], toks[a]):
                return None  # "the Trade Ministry": a full name, read as a phrase
            m = sc.generic_modifiers(a, max(a - 2, 0))
            return (m - 1 if m > 0 and toks[m - 1].low in lex.determiners else m), j + 1
    for a in range(max(j - 3, 0), j - 1):
        if sc.role_phrase(a, j + 1) is not None:
            return a, j + 1
    return None


def names_it(sc: Scanner, before: Token, head: Token) -> bool:
    """Return True if ``before`` is a capitalised word naming the institution ``head`` ("Trade"
    of "Trade Ministry"), not a possessor ("Indonesia's central bank")."""
    return (
        head.text[:1].isupper()
        and before.text[:1].isupper()
        and sc.is_word(before)
        and not _POSSESSIVE.search(before.text)
    )


def apposition(sc: Scanner, comma: int) -> tuple[int, int] | None:
    """Return "Fixy" in "the ministry's deputy assistant …, Fixy, said" (a bare name between
    commas, after a role), or None."""
    k = comma - 1
    while k >= 0 and sc.is_name(sc.toks[k]):
        k -= 1
    if k < comma - 1 and k >= 0 and sc.toks[k].text == "," and comma - 1 - k <= 4:
        return k + 1, comma
    return None


def role_apposition(sc: Scanner, comma: int) -> tuple[int, int] | None:
    """Return the name before a role set off by commas ("Bahlil Lahadalia, the investment
    minister, said"; "Sri Mulyani, Menteri Keuangan, mengatakan"), or None."""
    toks, lex = sc.toks, sc.lex
    k = comma - 1
    titled = False
    inside = lex.determiners | lex.connectors  # "the governor of Bank Indonesia"
    while k >= 0 and comma - k <= 8 and toks[k].text != ",":
        t = toks[k]
        if not t.text.isalpha() or (t.low in lex.not_names and t.low not in inside):
            return None
        titled = titled or sc.is_title(t)
        k -= 1
    if not titled or k < 1 or k == comma - 1 or toks[k].text != ",":
        return None
    rng = sc.left(k - 1, 0)
    if rng is None or not all(sc.is_name(t) for t in toks[rng[0] : rng[1]]):
        return None
    return rng


def role_after(sc: Scanner, b: int, hi: int) -> tuple[int, int] | None:
    """Return the role set off by a comma after a name that ends before token ``b`` ("said
    Amalia Widyasanti, head of the bureau"; "Sri Mulyani, Indonesia's finance minister, said"),
    up to ``hi``, or None. It must open with a title word, after an article or a possessor."""
    toks, lex = sc.toks, sc.lex
    if b >= hi or toks[b].text != ",":
        return None
    k = b + 1
    if k < hi and (toks[k].low in lex.determiners or toks[k].low in lex.indefinite):
        k += 1
    a = k
    if k < hi and _POSSESSIVE.search(toks[k].text) and sc.is_cap(toks[k]):
        k += 1  # "Indonesia's finance minister"
    while k < hi and toks[k].low in lex.org_words and k - b <= 3:
        k += 1  # a portfolio before the title: "finance minister"
    if k >= hi or not sc.is_title(toks[k]):
        return None
    e = k + 1
    stop = lex.verbs | lex.not_names | lex.relatives
    while e < hi and (
        sc.is_word(toks[e]) or sc.is_head(toks[e]) or sc.is_title(toks[e])
        or (toks[e].low in lex.connectors and e + 1 < hi)
        or (toks[e].text.isalpha() and toks[e].text.islower() and toks[e].low not in stop)
    ):  # fmt: skip
        e += 1  # "dokter emergensi dari Persatuan …", "head of the bureau"
    while e > k + 1 and toks[e - 1].low in lex.connectors:
        e -= 1
    return a, e


def after_adjunct(sc: Scanner, comma: int) -> tuple[int, int] | None:
    """Return the subject before a time adjunct between commas ("Ketua Umum Apindo Hariyadi
    Sukamdani, Senin (4/12), mengatakan"; "Smith, on Monday, said"), or None."""
    k = comma - 1
    while k >= 0 and sc.toks[k].text != ",":
        t = sc.toks[k]
        if sc.is_word(t) or (t.text.isalpha() and t.low not in sc.lex.not_names):
            return None
        k -= 1
    if k < 1 or k == comma - 1:
        return None
    return sc.left(k - 1, 0)


def initial_subject(sc: Scanner, comma: int) -> tuple[int, int] | None:
    """Return the sentence-initial subject of a verb that follows a parenthetical clause
    ("The report, prepared with …, projected"), or None."""
    k = 0
    while k < comma and not sc.toks[k].text[0].isalnum():
        k += 1
    rng = sc.right(k, comma + 1)
    if rng is None:
        lex = sc.lex
        for e in range(k, min(k + 4, comma)):
            g = generic(sc, e)
            if g is not None and g[0] == k and sc.toks[e + 1].text == ",":
                return g  # "The bank, which has 20 million customers, kept …"
        if k + 1 < comma and sc.toks[k].low in lex.determiners | lex.doc_nouns:
            e = k + 1 if sc.toks[k].low in lex.doc_nouns else k + 2
            if sc.toks[e - 1].low in lex.doc_nouns and sc.toks[e].text == ",":
                return k, e
        return None
    if rng[1] >= len(sc.toks):
        return None
    nxt = sc.toks[rng[1]]
    if nxt.text == "," and rng[1] + 1 < comma:
        # "Kepala … Bandara Abdulrachman Saleh, Suharno, yang dihubungi …, mengatakan"
        m = rng[1] + 1
        while m < comma and sc.is_name(sc.toks[m]):
            m += 1
        if rng[1] + 1 < m <= rng[1] + 4 and sc.toks[m].text == ",":
            return rng[0], m
    # "The report, prepared …, projected" / "Jokowi Manfaatkan …, Targetkan …" (shared subject)
    return rng if nxt.text in ",-–—" or sc.is_verb(nxt) else None
