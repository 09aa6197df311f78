"""Fuzz harness: arbitrary bytes into ``claimx.extract`` and the JSON Lines reader.

:func:`check_one_input` is the whole contract, usable from hypothesis (``st.binary()``) and from
atheris/libFuzzer; it raises only when claimx breaks a promise: an exception from ``extract`` or
from the record reader, an offset that does not index the text, a value that is not finite.

Run under atheris (optional extra ``fuzz``: ``pip install -e '.[fuzz]'``)::

    .venv/bin/python tests/fuzz/fuzz_extract.py -runs=100000 -max_len=2048

libFuzzer options (``-runs``, ``-max_len``, ``-max_total_time``, a corpus folder) pass through.
"""

from __future__ import annotations

import math
import sys

from claimx import extract
from claimx.models import Article
from claimx.streams import jsonl_items

LANGS = ("id", "en", None)


def decode(data: bytes) -> tuple[str, str | None]:
    """Return (text, lang) for fuzz bytes: the first byte picks the language, the rest is the
    text, decoded so that every byte sequence gives a str (bad bytes become lone surrogates)."""
    if not data:
        return "", None
    return data[1:].decode("utf-8", "surrogateescape"), LANGS[data[0] % len(LANGS)]


def check_article(text: str, art: Article) -> None:
    """Raise AssertionError unless every offset of ``art`` indexes ``text`` and every value is
    finite."""
    n = len(text)
    for c in art.claims:
        assert 0 <= c.start < c.end <= n, (c.start, c.end, n)
        assert text[c.start : c.end] == c.text, (c.text, text[c.start : c.end])
        for v in (c.value, c.lower, c.upper):
            assert v is None or math.isfinite(v), v
        if c.sentence is not None:
            assert 0 <= c.sentence.start <= c.start < c.sentence.end <= n, c.sentence
        sp = c.speaker  # its offsets are the name's; its text is the whole attribution
        if sp is not None and sp.start is not None and sp.end is not None:
            assert 0 <= sp.start <= sp.end <= n, sp
        t = c.time
        if t is not None and t.start is not None and t.end is not None:
            assert 0 <= t.start <= t.end <= n, t
            assert t.text is None or text[t.start : t.end] == t.text, t
    d = art.date
    if d is not None and d.start is not None and d.end is not None:
        assert 0 <= d.start <= d.end <= n, d
        assert d.text is None or text[d.start : d.end] == d.text, d
    for a, b in zip(art.claims, art.claims[1:], strict=False):
        assert (a.start, a.end) <= (b.start, b.end), "claims out of text order"


def check_one_input(data: bytes) -> None:
    """Feed ``data`` to extract (as a text) and to the JSON Lines reader (as a line); raise
    only when claimx misbehaves."""
    text, lang = decode(data)
    check_article(text, extract(text, lang=lang))
    for item in jsonl_items([data], "fuzz"):
        assert (item.record is None) == (item.error is not None), item
        rec = item.record
        if rec is not None and isinstance(rec.get("text"), str) and len(rec["text"]) < 5000:
            try:
                art = extract(rec["text"], lang=lang)
            except ValueError:
                continue
            check_article(rec["text"], art)


def main(argv: list[str]) -> None:
    """Run the harness under atheris with libFuzzer's command line ``argv``."""
    import atheris  # optional: the "fuzz" extra

    atheris.instrument_all()
    atheris.Setup(argv, check_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
