"""The claimx command: extract (files, JSONL, stdin, errors), evaluate, schema."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from claimx.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_txt_files(
    seeds_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "p.jsonl"
    files = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    code, _, err = run(["extract", *files, "-o", str(out)], capsys)
    assert code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(files)
    first = json.loads(lines[0])
    assert first["doc_id"] == Path(files[0]).stem
    assert set(first) >= {"doc_id", "lang", "date", "claims"}
    assert "5 documents" in err and "0 errors" in err


def test_extract_jsonl_with_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    bad = tmp_path / "bad.jsonl"
    src.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "text": "Ada 27 juta UMKM."}),
                "{not json",
                json.dumps({"id": "b"}),
                json.dumps({"id": "c", "text": "Naik 5 persen.", "date": "kemarin"}),
                json.dumps({"doc_id": "d", "text": "It rose 5 percent.", "lang": "en"}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    code, out, err = run(["extract", str(src), "--errors", str(bad)], capsys)
    assert code == 1
    ids = [json.loads(x)["doc_id"] for x in out.splitlines()]
    assert ids == ["a", "d"]
    assert f"{src}:2: bad JSON" in err
    assert f"{src}:3: record has no 'text'" in err
    assert f"{src}:4: bad date 'kemarin'" in err
    assert "2 documents" in err and "3 errors" in err
    # every bad line, verbatim (the malformed one too)
    assert bad.read_text().splitlines() == src.read_text().splitlines()[1:4]


def test_extract_non_utf8_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "latin.txt"
    p.write_bytes(b"Harga naik 5 persen \xe9 kemarin")
    code, _, err = run(["extract", str(p)], capsys)
    assert code == 1
    assert f"{p}: not UTF-8 at byte 20" in err


def test_extract_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Ada 27 juta UMKM."))
    code, out, _ = run(["extract", "-", "--lang", "id"], capsys)
    assert code == 0
    assert json.loads(out)["claims"][0]["value"] == 27_000_000


def test_schema_command_matches_committed_file(capsys: pytest.CaptureFixture[str]) -> None:
    committed = Path(__file__).resolve().parents[1] / "docs" / "claim.schema.json"
    code, out, _ = run(["schema"], capsys)
    assert code == 0
    assert out == committed.read_text(encoding="utf-8"), (
        "docs/claim.schema.json is stale: run `claimx schema -o docs/claim.schema.json`"
    )


def test_evaluate_on_seeds(seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["evaluate", str(seeds_dir), "--json"], capsys)
    assert code == 0
    figures = json.loads(out)
    assert figures["docs"] == 5 and figures["lang"] == 1.0
    assert figures["precision"] >= 0.97 and figures["recall"] >= 0.97
