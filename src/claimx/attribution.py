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

Nothing is worked out for the whole text: :mod:`claimx.discourse` finds and resolves the cues a
question needs the first time it is asked and keeps them, so asking for the speakers of a few
claims costs the sentences around those claims, not the length of the text.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache

from claimx.discourse import Discourse, is_speech
from claimx.langdata import check_lang
from claimx.language import detect_language
from claimx.models import Speaker, Statement
from claimx.structure import Structure, analyse

_check_lang = cache(check_lang)  # looking the language folders up costs more than attribution


class Attributions:
    """Speakers found in one document, answerable by character offset.

    A lookup asks, in this order: the quotation holding the offset, a possessive source earlier
    in its sentence ("Google's projection" covers the rest of the sentence), the sentence.
    Each is worked out on the first question that needs it (see :mod:`claimx.discourse`).
    """

    __slots__ = ("_d", "_statements")

    def __init__(self, discourse: Discourse | None = None) -> None:
        self._d = discourse
        self._statements: tuple[Statement, ...] | None = None

    @property
    def discourse(self) -> Discourse | None:
        """Return the engine behind the lookups (None for a text without sentences)."""
        return self._d

    def speaker_for(self, start: int, end: int) -> Speaker | None:
        """Return the speaker of the claim at [start, end), or None for the article's voice."""
        return None if self._d is None else self._d.speaker_at(start)

    @property
    def statements(self) -> tuple[Statement, ...]:
        """Return every quotation and indirect statement with its speaker, in text order
        (works out the whole document on first use)."""
        if self._statements is None:
            self._statements = () if self._d is None else _statements(self._d)
        return self._statements


def attribute(text: str, lang: str, doc: Structure) -> Attributions:
    """Return the attributions of ``text`` (language ``lang``, structure ``doc``); the work is
    done as its lookups ask for it.

    Raises:
        ValueError: ``lang`` has no attribution data.
    """
    _check_lang(lang)
    if not doc.sentences:
        return Attributions()
    return Attributions(Discourse(text, lang, doc))


def _statements(d: Discourse) -> tuple[Statement, ...]:
    """Return the statements of the whole document: quotations (those with a speaker or that
    read as speech) and sentences reporting speech, unless a quotation makes up most of one."""
    text, doc = d.text, d.doc
    statements: list[Statement] = []
    quotes = []
    tagged: set[int] = set()
    for pi in range(len(doc.paragraphs)):
        for qi, q in enumerate(d.quotes(pi)):
            quotes.append(q)
            sp, tag = d.quote_speaker(pi, qi)
            if tag:
                tagged.add(doc.sentence_at(q.outer_end))
            if sp is not None or is_speech(text, q):
                statements.append(
                    Statement(kind="quote", text=text[q.start : q.end], start=q.start,
                              end=q.end, speaker=None if sp is None else sp.get())
                )  # fmt: skip
    qstarts = [q.start for q in quotes]
    for si, s in enumerate(doc.sentences):
        sp = d.sentence_speaker(si)
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
                          speaker=sp.get())
            )  # fmt: skip
    statements.sort(key=lambda st: (st.start, st.kind))
    return tuple(statements)


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
