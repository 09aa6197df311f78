"""claimx extract on bad input: every good record out, every bad one reported, nothing lost."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from claimx import cli
from claimx.cli import main

GOOD = {
    "a": ("Ada 27 juta UMKM.", 27_000_000),
    "b": ("Ekspor naik 5 persen.", 5),
    "c": ("Sales rose 5.2 percent.", 5.2),
    "d": ("Naik 5 persen \u2028 lalu 7 juta.", 5),  # U+2028 inside a record is no line break
}


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _mixed_file(tmp_path: Path) -> tuple[Path, list[bytes]]:
    """A JSONL file of good records between bad lines of every kind; returns it and its lines."""
    good = [
        json.dumps({"id": k, "text": t}, ensure_ascii=False).encode() for k, (t, _) in GOOD.items()
    ]
    lines = [
        good[0],
        b"{not json",  # 2
        json.dumps({"id": "x"}).encode(),  # 3: no text
        good[1],
        json.dumps({"id": "y", "text": "Naik 5 persen.", "date": "kemarin"}).encode(),  # 5
        b'{"id": "z", "text": "Naik \xff 5 persen."}',  # 6: not UTF-8
        b"[1, 2]",  # 7: not an object
        b"[" * 100_000,  # 8: nested too deeply
        b'{"id": 1, "text": 5}',  # 9: text not a string
        b"",  # blank: skipped, no error
        good[2],
        json.dumps({"id": "w", "text": "x", "lang": "fr"}).encode(),  # 12: unsupported lang
        b'{"id": "big", "text": "a", "n": ' + b"1" * 5000 + b"}",  # 13: 5000-digit integer
        good[3] + b"\r",  # CRLF line ending
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path, lines


def test_jsonl_with_good_and_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, lines = _mixed_file(tmp_path)
    bad = tmp_path / "bad.jsonl"
    out = tmp_path / "out.jsonl"
    code, _, err = run(["extract", str(src), "-o", str(out), "--errors", str(bad)], capsys)
    assert code == 1
    docs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [d["doc_id"] for d in docs] == list(GOOD)
    assert [d["claims"][0]["value"] for d in docs] == [v for _, v in GOOD.values()]
    reported = {
        2: "bad JSON",
        3: "record has no 'text'",
        5: "bad date 'kemarin'",
        6: "not UTF-8 at byte",
        7: "record must be a JSON object, not list",
        8: "bad JSON: nested too deeply",
        9: "'text' must be a string, not int",
        12: "fr",
        13: "bad JSON",
    }
    for n, reason in reported.items():
        assert f"{src}:{n}: " in err and reason in err.split(f"{src}:{n}: ")[1].splitlines()[0]
    assert "4 documents" in err and "9 errors" in err and "claims" in err
    assert bad.read_bytes().split(b"\n")[:-1] == [lines[n - 1] for n in reported]


def test_bad_utf8_offset_is_the_byte_in_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = json.dumps({"id": "a", "text": "Naik 5 persen."}).encode() + b"\n"
    second = b'{"id": "b", "text": "caf\xe9"}\n'
    p = tmp_path / "latin.jsonl"
    p.write_bytes(first + second)
    code, out, err = run(["extract", str(p)], capsys)
    assert code == 1 and len(out.splitlines()) == 1
    offset = len(first) + second.index(b"\xe9")
    assert f"{p}:2: not UTF-8 at byte {offset}" in err


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("missing.txt", None, "cannot read: No such file or directory"),
        ("folder.txt", "dir", "cannot read: Is a directory"),
        ("latin.txt", b"Naik 5 persen \xe9", "not UTF-8 at byte 14"),
        ("missing.jsonl", None, "cannot read: No such file or directory"),
    ],
)
def test_unreadable_inputs_are_reported_and_the_rest_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: Any, reason: str
) -> None:
    p = tmp_path / name
    if content == "dir":
        p.mkdir()
    elif content is not None:
        p.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Naik 5 persen.", encoding="utf-8")
    code, out, err = run(["extract", str(p), str(good)], capsys)
    assert code == 1
    assert f"{p}: {reason}" in err
    assert [json.loads(x)["doc_id"] for x in out.splitlines()] == ["good"]
    assert "1 documents, 1 claims, 1 errors" in err


def test_internal_error_is_reported_not_raised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = cli.extract

    def flaky(text: str, **kw: Any) -> Any:
        if "boom" in text:
            raise RuntimeError("boom")
        return real(text, **kw)

    monkeypatch.setattr(cli, "extract", flaky)
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "boom 5 persen"}\n{"id": "b", "text": "5 persen"}\n')
    bad = tmp_path / "bad.jsonl"
    code, out, err = run(["extract", str(src), "--errors", str(bad)], capsys)
    assert code == 1
    assert f"{src}:1: internal error, please report: RuntimeError: boom" in err
    assert [json.loads(x)["doc_id"] for x in out.splitlines()] == ["b"]
    assert bad.read_text().splitlines() == ['{"id": "a", "text": "boom 5 persen"}']


def test_lone_surrogate_from_a_json_escape_is_written_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "s\\ud800", "text": "Naik 5 persen\\udc80."}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, _, err = run(["extract", str(src), "-o", str(out)], capsys)
    assert code == 0, err
    doc = json.loads(out.read_bytes())
    assert doc["doc_id"] == "s\ud800" and doc["claims"][0]["value"] == 5


def test_interrupt_leaves_whole_lines_and_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C while extracting the third record: two whole lines, exit 130, a summary."""
    real = cli.extract
    calls = {"n": 0}

    def interrupted(text: str, **kw: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(text, **kw)

    monkeypatch.setattr(cli, "extract", interrupted)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": str(i), "text": "5 persen"}) + "\n" for i in range(5)))
    out = tmp_path / "out.jsonl"
    code, _, err = run(["extract", str(src), "-o", str(out)], capsys)
    assert code == 130
    assert out.read_bytes().endswith(b"\n")
    assert [json.loads(x)["doc_id"] for x in out.read_text().splitlines()] == ["0", "1"]
    assert f"2 documents, 2 claims, 0 errors; interrupted after {src}:2" in err


def test_signal_during_a_write_waits_for_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGINT arriving in the middle of writing a line is held until the line is out."""
    from claimx import streams

    real_write = streams.Sink.write
    state = {"n": 0}

    def write(self: streams.Sink, chunk: str | bytes) -> None:
        state["n"] += 1
        if state["n"] == 2 and self.name.endswith("out.jsonl"):
            with self._guard.critical():
                signal.raise_signal(signal.SIGINT)  # delivered now, handled after the block
                real_write(self, chunk)
            return
        real_write(self, chunk)

    monkeypatch.setattr(streams.Sink, "write", write)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": str(i), "text": "5 persen"}) + "\n" for i in range(4)))
    out = tmp_path / "out.jsonl"
    code, _, err = run(["extract", str(src), "-o", str(out)], capsys)
    assert code == 130 and "interrupted" in err
    lines = out.read_text().splitlines()
    assert [json.loads(x)["doc_id"] for x in lines] == ["0"]  # header chunk is write 1 (empty)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_unwritable_output_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Naik 5 persen.", encoding="utf-8")
    code, _, err = run(["extract", str(good), "-o", str(tmp_path / "no" / "out.jsonl")], capsys)
    assert code == 2 and "cannot write" in err


def _cli(*args: str, **kw: Any) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    cmd = [sys.executable, "-c", "import sys; from claimx.cli import main; sys.exit(main())", *args]
    return subprocess.Popen(cmd, env=env, **kw)


def test_broken_pipe_is_quiet(tmp_path: Path) -> None:
    """`claimx extract big.jsonl | head -1`: no traceback, exit 141, a summary."""
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(json.dumps({"id": str(i), "text": "5 persen"}) + "\n" for i in range(300))
    )
    proc = _cli("extract", str(src), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141, err
    assert json.loads(first)["doc_id"] == "0"
    assert "Traceback" not in err and "output closed by its reader" in err


def test_sigterm_leaves_whole_lines(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    text = "Ekspor naik 5 persen dan impor 7 juta. " * 5
    src.write_text("".join(json.dumps({"id": str(i), "text": text}) + "\n" for i in range(5000)))
    out = tmp_path / "out.jsonl"
    proc = _cli("extract", str(src), "-o", str(out), stderr=subprocess.PIPE)
    assert proc.stderr is not None
    deadline = 60.0
    while (not out.exists() or out.stat().st_size < 20_000) and deadline > 0:
        try:
            proc.wait(timeout=0.2)
            break
        except subprocess.TimeoutExpired:
            deadline -= 0.2
    proc.send_signal(signal.SIGTERM)
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 143, err
    data = out.read_bytes()
    assert data.endswith(b"\n")
    ids = [json.loads(x)["doc_id"] for x in data.splitlines()]
    assert ids == [str(i) for i in range(len(ids))] and len(ids) < 5000
    assert f"{len(ids)} documents" in err and "terminated after" in err


def test_a_signal_during_a_write_counts_the_written_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """SIGTERM arriving while a line is written waits for it, and for its count: the summary
    names as many documents as the output holds (it named one fewer when the signal came
    between the write and the count)."""
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(json.dumps({"id": str(i), "text": "Naik 5 persen."}) + "\n" for i in range(9))
    )
    out = tmp_path / "out.jsonl"
    write = cli.Sink.write
    calls = 0

    def write_then_signal(self: Any, chunk: str | bytes) -> None:
        nonlocal calls
        write(self, chunk)
        calls += 1
        if calls == 4:  # the header, then three records
            os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(cli.Sink, "write", write_then_signal)
    assert main(["extract", str(src), "-o", str(out)]) == 143
    lines = out.read_bytes().splitlines()
    err = capsys.readouterr().err
    assert f"{len(lines)} documents" in err and f"terminated after {src}:{len(lines)}" in err, err


@pytest.mark.skipif(
    importlib.util.find_spec("atheris") is None,
    reason="atheris is an optional extra ('pip install -e .[fuzz]'), not installed here (CI "
    "does not install it either): the atheris run of tests/fuzz/fuzz_extract.py is skipped; "
    "the same harness runs under hypothesis in tests/test_robustness.py",
)
def test_atheris_harness_runs_clean(tmp_path: Path) -> None:
    harness = Path(__file__).parent / "fuzz" / "fuzz_extract.py"
    proc = subprocess.run(
        [
            sys.executable,
            str(harness),
            "-runs=500",
            "-max_len=256",
            f"-artifact_prefix={tmp_path}/",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "Done 500 runs" in proc.stdout + proc.stderr
