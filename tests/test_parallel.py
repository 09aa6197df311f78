"""Many documents: extract_many over processes, streaming input, the CLI's --jobs, progress bar."""

from __future__ import annotations

import argparse
import csv
import gc
import io
import itertools
import json
import multiprocessing as mp
import re
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import claimx
from claimx.cli import main
from claimx.parallel import Outcomes, jobs_arg, map_ordered, resolve_processes
from claimx.pipeline import extract_many as serial_extract_many
from claimx.progress import Progress
from claimx.streams import SignalGuard


def _seed_records(seeds_dir: Path) -> list[dict[str, str]]:
    return [
        {"id": p.stem, "text": p.read_text(encoding="utf-8")}
        for p in sorted(seeds_dir.glob("*.txt"))
    ]


@pytest.mark.parametrize(("n_process", "batch_size"), [(1, 1), (1, 32), (2, 1), (2, 3)])
def test_extract_many_equals_serial_in_order(
    seeds_dir: Path, n_process: int, batch_size: int
) -> None:
    records = _seed_records(seeds_dir) * 3
    expected = [claimx.extract(r["text"], doc_id=r["id"]) for r in records]
    got = list(claimx.extract_many(records, n_process=n_process, batch_size=batch_size))
    assert got == expected
    assert [a.doc_id for a in got] == [r["id"] for r in records]


def test_workers_die_on_sigterm_whatever_the_parent_handles() -> None:
    """The CLI's guard handles SIGTERM in Python; a worker must not inherit that (a SIGTERM just
    before it blocks on the queue's lock would be lost, and terminating the pool would hang)."""
    probe = Outcomes(signal.getsignal)
    with SignalGuard():
        assert signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, signal.SIG_IGN)
        got = list(map_ordered(probe, [signal.SIGTERM, signal.SIGINT], n_process=2, batch_size=1))
    assert got == [signal.SIG_DFL, signal.SIG_IGN]


def _freeze_count(_: int) -> int:
    return gc.get_freeze_count()


@pytest.mark.skipif("fork" not in mp.get_all_start_methods(), reason="the platform cannot fork")
def test_forked_workers_leave_inherited_objects_to_no_collection() -> None:
    """Forked workers start with the parent's objects frozen (their full collections then do not
    walk, and so copy, the inherited pages); the parent's own collector is left as it was."""
    before = gc.get_freeze_count()
    got = list(map_ordered(Outcomes(_freeze_count), [0, 1], n_process=2, batch_size=1))
    assert all(isinstance(n, int) and n > 10_000 for n in got), got
    assert gc.get_freeze_count() == before


def test_workers_are_not_forked_beside_another_thread(seeds_dir: Path) -> None:
    """A fork copies a lock another thread holds; with a thread alive, workers start fresh."""
    from claimx.parallel import _context

    stop = threading.Event()
    lock = threading.Lock()

    def hold() -> None:
        with lock:
            stop.wait(60)

    t = threading.Thread(target=hold, daemon=True)
    t.start()
    try:
        assert _context().get_start_method() != "fork"
        records = _seed_records(seeds_dir)
        got = list(claimx.extract_many(records, n_process=2, batch_size=2))
    finally:
        stop.set()
        t.join()
    assert got == list(serial_extract_many(records))


@pytest.mark.parametrize("n_process", [1, 2])
def test_bad_record_raises_the_serial_error_at_its_place(n_process: int) -> None:
    records: list[object] = [
        "Naik 5 persen.",
        {"id": "a", "text": "It rose 5 percent.", "lang": "en"},
        {"id": "b"},
        "never reached",
    ]
    got: list[claimx.Article] = []
    with pytest.raises(ValueError) as par:
        for art in claimx.extract_many(records, n_process=n_process, batch_size=1):  # type: ignore[arg-type]
            got.append(art)
    assert [a.doc_id for a in got] == [None, "a"]
    with pytest.raises(ValueError) as ser:
        list(serial_extract_many(records))  # type: ignore[arg-type]
    assert str(par.value) == str(ser.value) == "record 2: record has no 'text' string"


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"text": "Naik 5 persen.", "date": "kemarin"}, "bad date 'kemarin'"),
        ({"text": "Naik 5 persen.", "lang": "fr"}, "unsupported language 'fr'"),
        ({"text": 5}, "record 0: 'text' must be a string, not int"),
    ],
)
def test_invalid_fields_raise_like_extract(record: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        list(claimx.extract_many([record], n_process=2))


@pytest.mark.parametrize("n_process", [1, 2])
def test_input_is_read_lazily(n_process: int) -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield f"Ada {i} juta UMKM."

    first = list(
        itertools.islice(claimx.extract_many(endless(), n_process=n_process, batch_size=4), 6)
    )
    assert [c.value for a in first for c in a.claims] == [i * 1e6 for i in range(6)]
    # the window holds 2 * n_process batches; nothing close to the whole (endless) input
    assert pulled <= (2 * n_process + 2) * 4


@pytest.mark.parametrize(("n_process", "batch_size"), [(0, 1), (-2, 1), (1, 0)])
def test_bad_settings_are_rejected(n_process: int, batch_size: int) -> None:
    with pytest.raises(ValueError, match=r"n_process|batch_size"):
        list(claimx.extract_many(["x"], n_process=n_process, batch_size=batch_size))


def test_resolve_processes_and_jobs_arg() -> None:
    assert resolve_processes(3) == 3
    assert resolve_processes(-1) >= 1
    assert jobs_arg("2") == 2
    for bad in ("0", "-3", "two"):
        with pytest.raises(argparse.ArgumentTypeError, match="--jobs"):
            jobs_arg(bad)


def _half(x: int) -> float:
    if x == 3:
        raise ValueError("three")
    return x / 2


@pytest.mark.parametrize("n_process", [1, 2])
def test_map_ordered_with_outcomes_keeps_order_and_errors(n_process: int) -> None:
    got = list(map_ordered(Outcomes(_half), range(10), n_process=n_process, batch_size=3))
    assert [g if not isinstance(g, Exception) else str(g) for g in got] == [
        0.0,
        0.5,
        1.0,
        "three",
        2.0,
        2.5,
        3.0,
        3.5,
        4.0,
        4.5,
    ]


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_cli_jobs_gives_the_serial_output(
    fmt: str, seeds_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Workers render the output themselves; the bytes equal the serial run's, header once."""
    src = tmp_path / "in.jsonl"
    lines = [json.dumps(r) for r in _seed_records(seeds_dir)]
    lines.insert(2, "{not json")
    lines.insert(4, json.dumps({"id": "nodate", "text": "Naik 5 persen.", "date": "kemarin"}))
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.{fmt}"
        code = main(["extract", str(src), "-o", str(out), "--jobs", jobs, "--format", fmt])
        _, err = capsys.readouterr()
        assert code == 1
        first, second, summary = err.splitlines()
        assert first.startswith(f"{src}:3: bad JSON")
        assert second.startswith(f"{src}:5: bad date 'kemarin'")
        assert re.fullmatch(r"claimx: 5 documents, \d+ claims, 2 errors", summary)
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    stems = [p.stem for p in sorted(seeds_dir.glob("*.txt"))]
    if fmt == "jsonl":
        assert [json.loads(x)["doc_id"] for x in outputs[1].splitlines()] == stems
    else:
        rows = list(csv.DictReader(io.StringIO(outputs[1])))
        assert outputs[1].count("doc_id") == 1  # one header, not one per worker
        ids = list(dict.fromkeys(r["doc_id"] for r in rows))  # documents with claims, in order
        assert ids == [s for s in stems if s in ids] and len(ids) >= 4


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_silent_off_a_terminal() -> None:
    stream = io.StringIO()
    with Progress(stream, interval=0.0) as bar:
        bar.update(1, 7)
    assert stream.getvalue() == ""
    assert (bar.docs, bar.claims) == (1, 7)


def test_progress_draws_docs_claims_rate_on_a_terminal() -> None:
    stream = _Terminal()
    with Progress(stream, interval=0.0) as bar:
        bar.update(1, 7)
        bar.update(2, 1234)
        drawn = stream.getvalue()
    assert "\rclaimx: 3 docs | 1,241 claims | " in drawn
    assert drawn.count("docs/s") == 2
    assert stream.getvalue().endswith("\r")  # erased on close, the summary line follows


def test_progress_throttles_redraws() -> None:
    stream = _Terminal()
    bar = Progress(stream, interval=3600.0)
    for _ in range(100):
        bar.update(1, 1)
    assert stream.getvalue().count("docs/s") <= 1
