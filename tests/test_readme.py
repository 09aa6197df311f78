"""The README's example prints what the README says it prints, and the gold sets are well formed."""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import pytest

from claimx.evaluate import gold_text, mention_span, read_jsonl, score

ROOT = Path(__file__).resolve().parents[1]


def test_readme_example_output_is_real() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", readme, re.S)
    shown = re.search(r"```text\n(.*?)```", readme, re.S)
    assert code and shown
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code.group(1), "README.md", "exec"), {})
    assert out.getvalue() == shown.group(1)


@pytest.mark.parametrize("name", ["lead-heldout", "lead-blind"])
def test_gold_sets_are_well_formed(name: str) -> None:
    gold_dir = ROOT / "gold" / name
    docs = read_jsonl(gold_dir / "docs.jsonl")
    assert docs
    for g in read_jsonl(gold_dir / "gold.jsonl"):
        s, e = mention_span(gold_text(gold_dir, g["doc"]), g["mention"], g.get("occurrence", 1))
        assert e > s
    empty = [{"doc_id": d["doc"], "lang": d["lang"], "date": None, "claims": []} for d in docs]
    result = score(gold_dir, json.loads(json.dumps(empty)))
    assert result.tp == 0 and result.fn > 0
