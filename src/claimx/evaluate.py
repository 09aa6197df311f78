"""Score predicted claims against gold written per the annotation guide.

The matching and field rules are those of the guide's last section, and agree exactly with the
reference scorer (``shared/tools/score.py``): within a document a prediction matches the first
unused gold claim whose span overlaps it and whose value is equal (relative difference below
1e-6); optional gold claims absorb predictions without counting; fields are scored on matched
required claims where the gold gives them.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIELDS = ("unit", "qualifier", "aspect", "kind", "time", "subject", "base", "speaker")


@dataclass
class Score:
    """Claim precision/recall/F1, per-field accuracy, document-date and language accuracy."""

    docs: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    field_hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    field_total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    date_hits: int = 0
    lang_hits: int = 0
    misses: list[tuple[str, str, float]] = field(default_factory=list)
    extras: list[tuple[str, Any, Any]] = field(default_factory=list)
    wrong: list[tuple[str, str, str, Any, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Matched required predictions over matched-required plus unmatched predictions."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Matched required gold claims over all required gold claims."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        """Return the figures in the reference scorer's ``--json`` layout."""
        return {
            "docs": self.docs,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "fields": {
                f: round(self.field_hits[f] / self.field_total[f], 3)
                if self.field_total[f]
                else None
                for f in FIELDS
            },
            "field_counts": {f: [self.field_hits[f], self.field_total[f]] for f in FIELDS},
            "doc_date": round(self.date_hits / self.docs, 3) if self.docs else None,
            "lang": round(self.lang_hits / self.docs, 3) if self.docs else None,
        }

    def summary(self) -> str:
        """Return the two summary lines the reference scorer prints."""
        d = self.as_dict()
        return (
            f"claims P={d['precision']} R={d['recall']} F1={d['f1']} "
            f"(tp={d['tp']} fp={d['fp']} fn={d['fn']}) doc_date={d['doc_date']} lang={d['lang']}\n"
            "fields " + " ".join(f"{k}={v}" for k, v in d["fields"].items())
        )


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Read a JSON Lines file; raise ValueError naming ``path:line`` for a malformed line."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as err:
            raise ValueError(f"{path}:{n}: bad JSON: {err}") from err
    return rows


def gold_text(gold_dir: Path, doc: str) -> str:
    """Return the text of ``doc`` (``DOC.txt`` or ``articles/DOC.txt`` in ``gold_dir``)."""
    for p in (gold_dir / f"{doc}.txt", gold_dir / "articles" / f"{doc}.txt"):
        if p.exists():
            return p.read_text(encoding="utf-8")
    raise FileNotFoundError(f"no text for gold document {doc!r} in {gold_dir}")


def mention_span(text: str, mention: str, occurrence: int) -> tuple[int, int]:
    """Return the span of the ``occurrence``-th ``mention`` in ``text`` (1-based).

    Raises ValueError if the text has fewer occurrences.
    """
    i = -1
    for _ in range(occurrence):
        i = text.find(mention, i + 1)
        if i < 0:
            raise ValueError(f"mention {mention!r} occurrence {occurrence} not in text")
    return i, i + len(mention)


_WORDS = re.compile(r"\w+")


def _words(s: Any) -> list[str]:
    return _WORDS.findall(s.lower() if isinstance(s, str) else str(s or "").lower())


def _stem(w: str) -> str:
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def field_value(claim: Mapping[str, Any], name: str) -> Any:
    """Return the scoreable value of field ``name`` of a predicted claim."""
    v = claim.get(name)
    if isinstance(v, dict):
        key = {"time": "value", "speaker": "name", "subject": "text", "base": "text"}.get(name)
        if key:
            return v.get(key)
    return v


def field_ok(name: str, gold: Any, pred: Any) -> bool:
    """Return True if predicted field value ``pred`` is right for gold value ``gold``."""
    if name == "speaker":
        if gold is None:
            return pred in (None, "")
        if not pred:
            return False
        pw = _words(pred)
        for nm in gold:
            nw = _words(nm)
            if pw == nw or (
                nw and any(pw[i : i + len(nw)] == nw for i in range(len(pw) - len(nw) + 1))
            ):
                return True
        return False
    if name in ("subject", "base"):
        if gold is None:
            return pred in (None, "")
        if not pred:
            return False
        pws = {_stem(w) for w in _words(pred if isinstance(pred, str) else str(pred))}
        for phrase in [gold] if isinstance(gold, str) else gold:
            gw = [_stem(w) for w in _words(phrase)]
            if gw and (gw[0] in pws or gw[-1] in pws):
                return True
        return False
    if name == "time":
        return (gold or None) == (pred or None)
    return bool(gold == pred)


def score(gold_dir: str | Path, predictions: list[dict[str, Any]]) -> Score:
    """Score document records ``predictions`` against the gold in ``gold_dir``.

    ``gold_dir`` holds gold.jsonl, docs.jsonl and the texts. Returns a Score.
    """
    gdir = Path(gold_dir)
    gold: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in read_jsonl(gdir / "gold.jsonl"):
        gold[g["doc"]].append(g)
    docs = {d["doc"]: d for d in read_jsonl(gdir / "docs.jsonl")}
    preds = {rec.get("doc_id") or rec.get("id"): rec for rec in predictions}
    out = Score(docs=len(docs))
    for doc, meta in docs.items():
        text = gold_text(gdir, doc)
        rec = preds.get(doc, {})
        _score_doc(out, doc, meta, text, rec, gold.get(doc, []))
    return out


def _score_doc(
    out: Score,
    doc: str,
    meta: dict[str, Any],
    text: str,
    rec: dict[str, Any],
    gold: list[dict[str, Any]],
) -> None:
    pd = rec.get("date")
    if isinstance(pd, dict):
        pd = pd.get("value")
    if (pd or None) == meta.get("date"):
        out.date_hits += 1
    if rec.get("lang") == meta.get("lang"):
        out.lang_hits += 1
    golds = []
    for g in gold:
        s, e = mention_span(text, g["mention"], g.get("occurrence", 1))
        golds.append((s, e, g))
    used: set[int] = set()
    for c in rec.get("claims") or []:
        try:
            cs, ce, cv = int(c["start"]), int(c["end"]), float(c["value"])
        except (KeyError, TypeError, ValueError):
            out.fp += 1
            out.extras.append((doc, c.get("text"), "unreadable"))
            continue
        match = None
        for k, (s, e, g) in enumerate(golds):
            if k in used:
                continue
            gv = float(g["value"])
            if cs < e and s < ce and abs(cv - gv) <= 1e-6 * max(1.0, abs(gv)):
                match = k
                break
        if match is None:
            out.fp += 1
            out.extras.append((doc, c.get("text"), cv))
            continue
        used.add(match)
        g = golds[match][2]
        if not g.get("required", True):
            continue
        out.tp += 1
        for f in FIELDS:
            if f in g:
                out.field_total[f] += 1
                pv = field_value(c, f)
                if field_ok(f, g[f], pv):
                    out.field_hits[f] += 1
                else:
                    out.wrong.append((doc, g["mention"], f, g[f], pv))
    for k, (_s, _e, g) in enumerate(golds):
        if k not in used and g.get("required", True):
            out.fn += 1
            out.misses.append((doc, g["mention"], g["value"]))


def report(result: Score, *, verbose: bool = False, as_json: bool = False) -> str:
    """Return the printed report: misses/extras/wrong fields when verbose, then the figures."""
    lines = []
    if verbose:
        lines += ["MISS  " + " ".join(map(str, m)) for m in result.misses]
        lines += ["EXTRA " + " ".join(map(str, x)) for x in result.extras]
        lines += ["WRONG " + " ".join(map(str, w)) for w in result.wrong]
    lines.append(json.dumps(result.as_dict()) if as_json else result.summary())
    return "\n".join(lines)
