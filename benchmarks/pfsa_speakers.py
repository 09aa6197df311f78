"""Speaker attribution on PFSA-ID: how often claimx names the person a statement is attributed to.

PFSA-ID (Purnomo W.P. et al. 2022; CC BY-NC-SA, non-commercial) labels Indonesian news tokens
with STATEMENT, CUE, PERSON and PERSONCOREF spans. It is used here for evaluation only: nothing
in claimx is trained on it and no part of it is copied into the project.

For every STATEMENT whose sentence (the sentences it spans, and the sentence it ends in) carries
a PERSON span, or a PERSONCOREF that is a name of a PERSON of the same document ("Roland" for
"Ajun Komisaris Roland Manurung"), the gold speaker is that PERSON. claimx reads the rebuilt
document text and its speaker for the statement is a hit when its name and the gold PERSON share
a whole-word run in either direction ("Roland Manurung" in "Ajun Komisaris Roland Manurung").

Documents are rebuilt from the token file: a sentence whose first tokens hold the dateline
"KOMPAS" opens a new document; the sentences of a document are joined into one paragraph.

usage: .venv/bin/python benchmarks/pfsa_speakers.py [PATH/test-data.txt] [--misses N]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from claimx.attribution import attribute
from claimx.structure import analyse

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "pfsa_id" / "test-data.txt"
NO_SPACE_BEFORE = set(",.;:!?)]}’%")
NO_SPACE_AFTER = set("([{‘")
QUOTES = {"“", "”", '"'}


@dataclass
class Doc:
    """One rebuilt document: text, token spans, labels and sentence numbers."""

    text: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    sentence: list[int] = field(default_factory=list)
    open_quote: bool = False
    last: str = ""


def opens(prev: str, d: Doc) -> bool:
    """Return True if the token ``prev`` glues to the next one (an opening bracket or mark)."""
    return prev in NO_SPACE_AFTER or (prev in QUOTES and d.open_quote)


def read_sentences(path: Path) -> list[list[tuple[str, str]]]:
    """Return the sentences of a PFSA-ID token file as (token, BILOU tag) lists."""
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        parts = line.split("\t")
        cur.append((parts[0], parts[-1]))
    if cur:
        sents.append(cur)
    return sents


def build_docs(sents: list[list[tuple[str, str]]]) -> list[Doc]:
    """Return documents rebuilt from sentences, with offsets of every token."""
    docs: list[Doc] = []
    for si, sent in enumerate(sents):
        if not docs or any(t == "KOMPAS" for t, _ in sent[:4]):
            docs.append(Doc())
        d = docs[-1]
        parts = [d.text]
        pos = len(d.text)
        for tok, tag in sent:
            if tok in QUOTES:
                # the corpus writes ” for both marks: alternate, spacing an opening one as such
                d.open_quote = not d.open_quote
                glue = pos == 0 or not d.open_quote
            else:
                # the corpus splits hyphenated words ("Covid - 19"): join them again
                hyphen = tok == "-" or d.last == "-"
                glue = pos == 0 or tok in NO_SPACE_BEFORE or opens(d.last, d) or hyphen
            d.last = tok
            if not glue:
                parts.append(" ")
                pos += 1
            parts.append(tok)
            d.spans.append((pos, pos + len(tok)))
            d.labels.append(tag)
            d.sentence.append(si)
            pos += len(tok)
        d.text = "".join(parts)
    return docs


def entity_spans(doc: Doc, kind: str) -> list[tuple[int, int]]:
    """Return token-index ranges [a, b) of BILOU spans of ``kind``."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for i, tag in enumerate(doc.labels):
        prefix, _, label = tag.partition("-")
        if label != kind:
            start = None
            continue
        if prefix in ("B", "U"):
            start = i
        if prefix in ("L", "U") and start is not None:
            out.append((start, i + 1))
            start = None
    return out


def words(s: str) -> list[str]:
    """Return the lower-cased words of ``s``."""
    return re.findall(r"\w+", s.lower())


def overlaps(a: list[str], b: list[str]) -> bool:
    """Return True if the shorter word list is a contiguous run of the longer one."""
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    n = len(short)
    return any(long_[i : i + n] == short for i in range(len(long_) - n + 1))


def evaluate(path: Path, misses: int) -> dict[str, int]:
    """Score claimx on every statement with a labelled person; return the counts."""
    counts: Counter[str] = Counter()
    shown = 0
    for doc in build_docs(read_sentences(path)):
        text = doc.text
        persons = [
            text[doc.spans[a][0] : doc.spans[b - 1][1]] for a, b in entity_spans(doc, "PERSON")
        ]
        by_sentence: dict[int, list[tuple[str, str]]] = {}
        for kind in ("PERSON", "PERSONCOREF"):
            for a, b in entity_spans(doc, kind):
                name = text[doc.spans[a][0] : doc.spans[b - 1][1]]
                by_sentence.setdefault(doc.sentence[a], []).append((kind, name))
        atts = attribute(text, "id", analyse(text, "id"))
        for a, b in entity_spans(doc, "STATEMENT"):
            gold: str | None = None
            for si in sorted({doc.sentence[a], doc.sentence[b - 1]}, reverse=True):
                for kind, name in by_sentence.get(si, []):
                    if kind == "PERSON":
                        gold = name
                    else:
                        full = [p for p in persons if overlaps(words(name), words(p))]
                        if full and len(words(name)) > 0 and words(name)[0] not in ("dia", "ia"):
                            gold = max(full, key=len)
                    if gold:
                        break
                if gold:
                    break
            if gold is None:
                continue
            counts["statements"] += 1
            first = next((k for k in range(a, b) if doc.spans[k][1] - doc.spans[k][0] > 1), a)
            sp = atts.speaker_for(doc.spans[first][0], doc.spans[first][1])
            if sp is None:
                counts["no_speaker"] += 1
            elif overlaps(words(sp.name), words(gold)):
                counts["hit"] += 1
            else:
                counts["wrong"] += 1
            if (sp is None or not overlaps(words(sp.name), words(gold))) and shown < misses:
                shown += 1
                s0, s1 = doc.spans[a][0], doc.spans[b - 1][1]
                print(f"MISS gold={gold!r} pred={sp.name if sp else None!r}")
                print(f"   {text[max(0, s0 - 150) : s1 + 120]!r}")
    return dict(counts)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figure; return the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--misses", type=int, default=0, help="print this many misses")
    args = ap.parse_args(argv)
    if not args.path.exists():
        print(f"PFSA-ID not found at {args.path}", file=sys.stderr)
        return 2
    c = evaluate(args.path, args.misses)
    n = c.get("statements", 0)
    hit = c.get("hit", 0)
    print(
        f"PFSA-ID {args.path.name}: statements with a labelled person={n} "
        f"named={hit} ({hit / max(n, 1):.3f}) wrong={c.get('wrong', 0)} "
        f"none={c.get('no_speaker', 0)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
