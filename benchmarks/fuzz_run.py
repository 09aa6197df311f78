"""Long robustness run: the hypothesis properties and the atheris harness over 100 000+ inputs.

The default test suite runs the same properties with a few hundred examples; this script runs
them for a large bounded number and records, in ``benchmarks/ROBUSTNESS.md``, how many inputs
each part ran and how many failed. The atheris part runs ``tests/fuzz/fuzz_extract.py`` under
libFuzzer in a child process (in parallel with the hypothesis part) and needs the optional
``fuzz`` extra (``pip install -e '.[fuzz]'``); without it that part is recorded as skipped.

Usage::

    .venv/bin/python benchmarks/fuzz_run.py --articles 20000 --bytes 10000 --atheris 100000

Exit code 1 when any input failed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import platform
import re
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
RESULTS = Path(__file__).resolve().parent / "ROBUSTNESS.md"
HARNESS = TESTS / "fuzz" / "fuzz_extract.py"

sys.path.insert(0, str(TESTS / "fuzz"))
sys.path.insert(0, str(TESTS))

from fuzz_extract import check_article, check_one_input  # noqa: E402
from test_robustness import _article, _claim_key  # noqa: E402

from claimx import extract  # noqa: E402


class Tally:
    """Inputs run and failures seen by one property (the first few failures are kept)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.runs = 0
        self.failures: list[str] = []
        self.inputs: list[dict[str, str]] = []  # every failing input whole, with its traceback
        self.seconds = 0.0

    def run(self, fn: Callable[[], None], shown: str) -> None:
        self.runs += 1
        try:
            fn()
        except Exception:
            self.inputs.append({"part": self.name, "input": shown, "error": traceback.format_exc()})
            if len(self.failures) < 5:
                tail = traceback.format_exc().strip().splitlines()[-1]
                self.failures.append(f"{shown[:200]!r}: {tail[:300]}")
            else:
                self.failures.append("")


def _settings(n: int) -> settings:
    return settings(
        max_examples=n,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=False,
    )


def run_hypothesis(n_articles: int, n_bytes: int) -> list[Tally]:
    """Run the article, unrelated-paragraph and arbitrary-bytes properties; failures are
    counted, not raised, so that every example runs."""
    art, para, raw = Tally("generated articles"), Tally("unrelated paragraph"), Tally("bytes")

    @_settings(n_articles)
    @given(st.data(), st.sampled_from(["id", "en"]))
    def articles(data: st.DataObject, lang: str) -> None:
        text = data.draw(_article(lang))

        def check() -> None:
            a = extract(text, lang=lang)
            check_article(text, a)
            assert extract(text, lang=lang) == a, "not deterministic"

        art.run(check, text)

    @_settings(max(1, n_articles // 4))
    @given(st.data(), st.sampled_from(["id", "en"]))
    def paragraph(data: st.DataObject, lang: str) -> None:
        text = data.draw(_article(lang))
        words = data.draw(st.lists(st.sampled_from(["data", "and", "the", "7", "12"]), max_size=20))

        def check() -> None:
            before = extract(text, lang=lang)
            after = extract(text + "\n\n" + " ".join(words) + ".", lang=lang)
            kept = [_claim_key(c) for c in after.claims if c.end <= len(text)]
            assert kept == [_claim_key(c) for c in before.claims], "earlier claims changed"

        para.run(check, text)

    @_settings(n_bytes)
    @given(st.binary(max_size=2000))
    def binaries(data: bytes) -> None:
        raw.run(lambda: check_one_input(data), repr(data))

    for tally, fn in ((art, articles), (para, paragraph), (raw, binaries)):
        t0 = time.perf_counter()
        fn()
        tally.seconds = time.perf_counter() - t0
        print(
            f"hypothesis {tally.name}: {tally.runs} inputs, {len(tally.failures)} failed",
            flush=True,
        )
    return [art, para, raw]


def start_atheris(runs: int, max_len: int, workdir: Path) -> subprocess.Popen[str] | None:
    """Start the atheris harness for ``runs`` inputs; None when atheris is not installed."""
    if runs <= 0 or importlib.util.find_spec("atheris") is None:
        return None
    workdir.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, str(HARNESS), f"-runs={runs}", f"-max_len={max_len}"]
    cmd += [f"-artifact_prefix={workdir}/", "-print_final_stats=1"]
    return subprocess.Popen(
        cmd, cwd=workdir, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )


def finish_atheris(proc: subprocess.Popen[str] | None, t0: float, runs: int) -> Tally:
    """Wait for the harness; return its tally (runs from libFuzzer's report)."""
    tally = Tally("atheris (libFuzzer)")
    if proc is None:
        tally.failures = []
        why = "--atheris 0" if runs <= 0 else "atheris not installed (optional extra 'fuzz')"
        tally.name += f": skipped, {why}"
        return tally
    out, _ = proc.communicate()
    tally.seconds = time.perf_counter() - t0
    done = re.search(r"Done (\d+) runs", out)
    execs = re.findall(r"stat::number_of_executed_units:\s*(\d+)", out)
    tally.runs = int(done.group(1)) if done else int(execs[-1]) if execs else 0
    if proc.returncode != 0 or not done:
        tail = [
            ln for ln in out.splitlines() if "Error" in ln or "ERROR" in ln or "Exception" in ln
        ]
        tally.failures.append(" | ".join(tail[-4:])[:500] or f"exit code {proc.returncode}")
    print(f"atheris: {tally.runs} inputs, {len(tally.failures)} failed", flush=True)
    return tally


def main(argv: list[str] | None = None) -> int:
    """Run everything; write ROBUSTNESS.md; return 1 if any input failed."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=20_000, help="generated articles")
    ap.add_argument("--bytes", type=int, default=10_000, help="arbitrary byte strings")
    ap.add_argument("--atheris", type=int, default=100_000, help="libFuzzer runs (0: none)")
    ap.add_argument("--max-len", type=int, default=2048, help="libFuzzer -max_len")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument(
        "--failures", type=Path, help="write each failing input and its traceback (JSON Lines)"
    )
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    proc = start_atheris(args.atheris, args.max_len, Path("/tmp") / f"claimx-fuzz-{int(t0)}")
    tallies = run_hypothesis(args.articles, args.bytes)
    if args.failures is not None:
        with args.failures.open("w", encoding="utf-8") as out:
            for tally in tallies:
                for record in tally.inputs:
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    tallies.append(finish_atheris(proc, t0, args.atheris))
    total = sum(t.runs for t in tallies)
    failed = sum(len(t.failures) for t in tallies)
    lines = [
        "| part | inputs | failed | seconds |",
        "|---|---|---|---|",
        *(f"| {t.name} | {t.runs} | {len(t.failures)} | {t.seconds:.0f} |" for t in tallies),
        f"| **total** | **{total}** | **{failed}** | {time.perf_counter() - t0:.0f} (wall) |",
    ]
    shown = [f"- {t.name}: {f}" for t in tallies for f in t.failures if f]
    print("\n".join(lines + shown))
    if not args.no_write:
        RESULTS.write_text(
            "# Robustness run\n\n"
            "Written by `benchmarks/fuzz_run.py` (do not edit by hand): claimx.extract and the "
            "JSON Lines reader on generated article-like text (both locales' numbers, dates, "
            "quotation marks, noise), on arbitrary bytes (decoded with lone surrogates for bad "
            "bytes), and under atheris/libFuzzer. A failure is any exception, an offset that does "
            "not index the text, a non-finite value, a non-deterministic result, or claims before "
            "an appended unrelated paragraph that change (speakers excepted).\n\n"
            f"- run: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, Python "
            f"{platform.python_version()}, {platform.machine()}\n\n"
            + "\n".join(lines)
            + "\n"
            + ("\nFailures (first few):\n\n" + "\n".join(shown) + "\n" if shown else ""),
            encoding="utf-8",
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
