"""claimx evaluate agrees exactly with the reference scorer in ../shared/tools/score.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import claimx
from claimx.evaluate import field_ok, read_jsonl, score


def _predict(gold_dir: Path, path: Path) -> list[dict[str, object]]:
    preds = []
    for d in read_jsonl(gold_dir / "docs.jsonl"):
        text = (gold_dir / f"{d['doc']}.txt").read_text(encoding="utf-8")
        art = claimx.extract(text, doc_id=d["doc"])
        preds.append(json.loads(art.model_dump_json()))
    path.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
    return preds


@pytest.mark.parametrize("which", ["seeds", "dev"])
def test_agrees_with_reference_scorer(which: str, shared_dir: Path, tmp_path: Path) -> None:
    gold_dir = shared_dir / which
    pred_path = tmp_path / "pred.jsonl"
    preds = _predict(gold_dir, pred_path)
    ref = subprocess.run(
        [
            sys.executable,
            str(shared_dir / "tools" / "score.py"),
            str(gold_dir),
            str(pred_path),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert score(gold_dir, preds).as_dict() == json.loads(ref.stdout)


def test_project_seeds_are_identical_to_shared(seeds_dir: Path, shared_dir: Path) -> None:
    for p in (shared_dir / "seeds").iterdir():
        assert (seeds_dir / p.name).read_bytes() == p.read_bytes(), p.name


@pytest.mark.parametrize(
    ("name", "gold", "pred", "ok"),
    [
        ("speaker", ["Joko Widodo", "Jokowi"], "Presiden Joko Widodo", True),
        ("speaker", ["Fiki Satari"], "Fiki", False),
        ("speaker", None, None, True),
        ("speaker", None, "BPS", False),
        ("subject", "MSMEs", "MSME actors", True),
        ("subject", ["usaha mikro, kecil, dan menengah", "UMKM"], "pelaku UMKM", True),
        ("subject", "koperasi modern", "UMKM", False),
        ("time", "2023-12", "2023-12", True),
        ("time", "2023-12", "2023", False),
        ("unit", "IDR", "IDR", True),
    ],
)
def test_field_rules(name: str, gold: object, pred: object, ok: bool) -> None:
    assert field_ok(name, gold, pred) is ok


def test_perfect_prediction_scores_one(seeds_dir: Path) -> None:
    from claimx.evaluate import gold_text, mention_span

    gold = read_jsonl(seeds_dir / "gold.jsonl")
    docs = read_jsonl(seeds_dir / "docs.jsonl")
    preds: dict[str, dict[str, object]] = {
        d["doc"]: {"doc_id": d["doc"], "lang": d["lang"], "date": d["date"], "claims": []}
        for d in docs
    }
    for g in gold:
        s, e = mention_span(gold_text(seeds_dir, g["doc"]), g["mention"], g.get("occurrence", 1))
        claim = {k: v for k, v in g.items() if k not in ("doc", "mention", "occurrence")}
        claim["time"] = {"value": g.get("time")}
        claim["speaker"] = {"name": g["speaker"][0]} if g.get("speaker") else None
        claims = preds[g["doc"]]["claims"]
        assert isinstance(claims, list)
        claims.append({**claim, "start": s, "end": e})
    result = score(seeds_dir, list(preds.values())).as_dict()
    assert (result["precision"], result["recall"], result["doc_date"]) == (1.0, 1.0, 1.0)
    assert all(v in (1.0, None) for v in result["fields"].values())
