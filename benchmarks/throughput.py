"""Throughput of claimx against its floor (spaCy's blank tokenizer) and quantulum3.

One run measures, on one mixed Indonesian/English corpus (the seed articles and ../shared/dev,
repeated to >= 5 MB): spaCy blank tokenisation only, claimx full extraction (every field), and
quantulum3 on the English documents; then claimx on one and on two processes, and the start-up
time of ``claimx.load`` per language. Every measurement runs in a fresh subprocess, so each has
its own peak RSS and start-up, and none warms another's caches. The rows are printed and written
into the "## Throughput" section of ``benchmarks/RESULTS.md`` (other sections are left alone).

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python benchmarks/throughput.py [--mb 5] [--no-write] [--compiled-python PATH]

With ``--compiled-python`` (the interpreter of a venv holding the mypyc-compiled build, see the
README) the claimx full-extraction and English rows are measured under it too, in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
SECTION = "## Throughput"
SOURCES = (ROOT / "seeds", ROOT.parent / "shared" / "dev")


def corpus(target_mb: float) -> list[dict[str, str]]:
    """Return the documents ({id, lang, text}) repeated until they hold >= target_mb MB."""
    docs: list[dict[str, str]] = []
    for folder in SOURCES:
        if not (folder / "docs.jsonl").exists():
            print(f"warning: {folder} missing, corpus without it", file=sys.stderr)
            continue
        for line in (folder / "docs.jsonl").read_text(encoding="utf-8").splitlines():
            meta = json.loads(line)
            text = (folder / f"{meta['doc']}.txt").read_text(encoding="utf-8")
            docs.append({"id": meta["doc"], "lang": meta["lang"], "text": text})
    size = sum(len(d["text"].encode()) for d in docs)
    repeat = max(1, -(-int(target_mb * 1e6) // size))
    return docs * repeat


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(
    fn: Callable[[], int], clock: Callable[[], float] = time.process_time
) -> tuple[float, int]:
    t = clock()
    n = fn()
    return clock() - t, n


def _cpu_with_children() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


# --- the parts, each run in its own process -------------------------------------------------


def _per_doc(docs: list[dict[str, str]], fn: Callable[[dict[str, str]], int]) -> dict[str, Any]:
    """Time ``fn`` on every document in one pass; return seconds, its count, chars/s by lang."""
    secs: dict[str, float] = {}
    chars: dict[str, int] = {}
    n = 0
    clock = time.process_time  # CPU seconds of this process: one core, whatever else runs
    for d in docs:
        t = clock()
        n += fn(d)
        secs[d["lang"]] = secs.get(d["lang"], 0.0) + clock() - t
        chars[d["lang"]] = chars.get(d["lang"], 0) + len(d["text"])
    return {
        "seconds": sum(secs.values()),
        "count": n,
        "per_lang_cps": {k: chars[k] / secs[k] for k in secs},
    }


def part_spacy(docs: list[dict[str, str]]) -> dict[str, Any]:
    """spaCy blank tokenisation of every document with its language's tokenizer."""
    import spacy

    nlps = {lang: spacy.blank(lang) for lang in sorted({d["lang"] for d in docs})}
    return _per_doc(docs, lambda d: len(nlps[d["lang"]].make_doc(d["text"])))


def part_claimx(docs: list[dict[str, str]]) -> dict[str, Any]:
    """claimx.extract (language detected, every field) over every document, one process."""
    import claimx

    for d in docs[:50]:  # compile outside the timing, as a long run amortises it
        claimx.extract(d["text"])
    result = _per_doc(docs, lambda d: len(claimx.extract(d["text"]).claims))
    return {**result, "compiled": claimx.compiled}


def part_many(docs: list[dict[str, str]], n_process: int) -> dict[str, Any]:
    """claimx.extract_many over every document on ``n_process`` processes (start-up included)."""
    import claimx

    claimx.extract(docs[0]["text"])
    records = ({"id": d["id"], "text": d["text"]} for d in docs)
    cpu = _cpu_with_children()
    secs, claims = _timed(
        lambda: sum(len(a.claims) for a in claimx.extract_many(records, n_process=n_process)),
        time.perf_counter,
    )
    return {"seconds": secs, "claims": claims, "cpu_seconds": _cpu_with_children() - cpu}


def part_cli(docs: list[dict[str, str]], n_process: int) -> dict[str, Any]:
    """``claimx extract FILE.jsonl --jobs N`` (the archive route) on the corpus, wall-clock.

    The corpus is written to a temporary JSON Lines file; the command's whole run is timed
    (interpreter start, pool start, reading, extraction, writing JSON Lines to /dev/null).
    """
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n")
        exe = Path(sys.executable).with_name("claimx")
        cmd = [str(exe), "extract", str(path), "--jobs", str(n_process), "-o", os.devnull]
        cpu = _cpu_with_children()
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        secs = time.perf_counter() - t
    return {"seconds": secs, "cpu_seconds": _cpu_with_children() - cpu}


def _english(docs: list[dict[str, str]], min_chars: int) -> list[str]:
    """Return the distinct English documents, repeated to >= min_chars characters."""
    english = list({d["id"]: d["text"] for d in docs if d["lang"] == "en"}.values())
    sample: list[str] = []
    while sum(map(len, sample)) < min_chars:
        sample.extend(english)
    return sample


def part_claimx_en(docs: list[dict[str, str]], min_chars: int) -> dict[str, Any]:
    """claimx alone on part_quantulum's English documents (for another interpreter's build)."""
    import claimx

    sample = _english(docs, min_chars)
    claimx.extract(sample[0])
    c_secs, c_n = _timed(lambda: sum(len(claimx.extract(t, lang="en").claims) for t in sample))
    return {"claimx_cps": sum(map(len, sample)) / c_secs, "claimx_claims": c_n}


def part_quantulum(docs: list[dict[str, str]], min_chars: int) -> dict[str, Any]:
    """quantulum3 and claimx on the same English documents (>= min_chars of them)."""
    from quantulum3 import parser

    import claimx

    sample = _english(docs, min_chars)
    parser.parse(sample[0])  # quantulum3 loads its data on first use
    claimx.extract(sample[0])
    q_secs, q_n = _timed(lambda: sum(len(parser.parse(t)) for t in sample))
    c_secs, c_n = _timed(lambda: sum(len(claimx.extract(t, lang="en").claims) for t in sample))
    chars = sum(map(len, sample))
    return {
        "chars": chars,
        "docs": len(sample),
        "quantulum_cps": chars / q_secs,
        "quantulum_quantities": q_n,
        "claimx_cps": chars / c_secs,
        "claimx_claims": c_n,
    }


def part_load(lang: str) -> dict[str, Any]:
    """Cold start: ``import claimx`` and ``claimx.load(lang)`` in a fresh process."""
    t, c = time.perf_counter(), time.process_time()
    import claimx

    imported = time.perf_counter() - t
    t = time.perf_counter()
    import spacy  # noqa: F401  (claimx.load imports it; timed apart from building the pipeline)

    spacy_import = time.perf_counter() - t
    t, c2 = time.perf_counter(), time.process_time()
    nlp = claimx.load(lang)
    loaded, load_cpu = time.perf_counter() - t, time.process_time() - c2
    t = time.perf_counter()
    nlp("Penjualan naik 5,2 persen." if lang == "id" else "Sales rose 5.2 percent.")
    first = time.perf_counter() - t
    return {
        "import": imported,
        "spacy_import": spacy_import,
        "load": loaded,
        "load_cpu": load_cpu,
        "first_doc": first,
        "total_cpu": time.process_time() - c,
    }


# --- orchestration --------------------------------------------------------------------------


def _run(part: str, *args: str, python: str | None = None) -> dict[str, Any]:
    """Run one part in a fresh process of ``python`` (this interpreter by default; another
    one imports its own installed claimx, so PYTHONPATH is not passed on to it)."""
    env = None
    if python is not None:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    cmd = [python or sys.executable, __file__, "--part", part, *args]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
    return dict(json.loads(out.splitlines()[-1]))


def _machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import regex
    import spacy

    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, spaCy {spacy.__version__}, regex {regex.__version__}"
    )


def _build(compiled: bool) -> str:
    return "mypyc-compiled" if compiled else "pure Python"


def measure(mb: float, quantulum_chars: int, compiled_python: str | None = None) -> list[str]:
    """Run every part; return the Markdown lines of the results section.

    With ``compiled_python``, the claimx full-extraction and English rows are measured under
    that interpreter too (its claimx must be the compiled build, or the run stops).
    """
    docs = corpus(mb)
    chars = sum(len(d["text"]) for d in docs)
    size_mb = sum(len(d["text"].encode()) for d in docs) / 1e6
    args = ["--mb", str(mb)]
    load_before = os.getloadavg()[0]
    sp = _run("spacy", *args)
    cx = _run("claimx", *args)
    one = _run("many", *args, "--n-process", "1")
    two = _run("many", *args, "--n-process", "2")
    cli1 = _run("cli", *args, "--n-process", "1")
    cli2 = _run("cli", *args, "--n-process", "2")
    qu = _run("quantulum", *args, "--quantulum-chars", str(quantulum_chars))
    cc = ce = None
    if compiled_python:
        cc = _run("claimx", *args, python=compiled_python)
        if not cc["compiled"]:
            raise SystemExit(f"{compiled_python}: its claimx is not the compiled build")
        qargs = ("--quantulum-chars", str(quantulum_chars))
        ce = _run("claimx_en", *args, *qargs, python=compiled_python)
    loads = {lang: _run("load", "--lang", lang) for lang in ("id", "en")}
    load_after = os.getloadavg()[0]
    cps = chars / cx["seconds"]
    rows = [
        ("spaCy blank tokenizer (floor)", chars / sp["seconds"], len(docs) / sp["seconds"],
         sp["peak_rss_mb"], _langs(sp)),
        (f"claimx full extraction, 1 process ({_build(cx['compiled'])})", cps,
         len(docs) / cx["seconds"], cx["peak_rss_mb"], _langs(cx)),
        ("claimx.extract_many, 1 process", chars / one["seconds"], len(docs) / one["seconds"],
         one["peak_rss_mb"], ""),
        ("claimx.extract_many, 2 processes", chars / two["seconds"], len(docs) / two["seconds"],
         two["peak_rss_mb"], "parent process only"),
        ("`claimx extract --jobs 1` (CLI, JSON Lines out)", chars / cli1["seconds"],
         len(docs) / cli1["seconds"], None, "whole command, wall-clock"),
        ("`claimx extract --jobs 2` (CLI, JSON Lines out)", chars / cli2["seconds"],
         len(docs) / cli2["seconds"], None, "whole command, wall-clock"),
        ("quantulum3, English documents", qu["quantulum_cps"], None, qu["peak_rss_mb"],
         f"{qu['chars']:,} chars, {qu['quantulum_quantities']:,} quantities"),
        (f"claimx, same English documents ({_build(cx['compiled'])})", qu["claimx_cps"], None,
         None, f"{qu['claimx_claims']:,} claims"),
    ]  # fmt: skip
    if cc is not None and ce is not None:
        rows[2:2] = [(f"claimx full extraction, 1 process ({_build(True)})",
                      chars / cc["seconds"], len(docs) / cc["seconds"], cc["peak_rss_mb"],
                      _langs(cc))]  # fmt: skip
        rows.append((f"claimx, same English documents ({_build(True)})", ce["claimx_cps"],
                     None, None, f"{ce['claimx_claims']:,} claims"))  # fmt: skip
    lines = [
        SECTION,
        "",
        "Written by `benchmarks/throughput.py` (do not edit by hand); run "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.",
        "",
        f"Machine: {_machine()}. Load average {load_before:.2f} before, {load_after:.2f} after "
        "(other work on the machine slows every row alike, and the two-process row most).",
        "",
        f"Corpus: {len(docs):,} documents, {chars:,} characters ({size_mb:.1f} MB): the seed "
        "articles and ../shared/dev, Indonesian and English, repeated. claimx detects the "
        "language and fills every field; spaCy is given the language.",
        "",
        "| run | chars/s | docs/s | peak RSS MB | notes |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    for name, c, d, rss, note in rows:
        lines.append(
            f"| {name} | {c:,.0f} | {'' if d is None else f'{d:,.0f}'} | "
            f"{'' if rss is None else f'{rss:,.0f}'} | {note} |"
        )
    lines += [
        "",
        "| ratio | value |",
        "| --- | ---: |",
        f"| claimx / spaCy blank tokenizer | {cps * sp['seconds'] / chars:.2f} |",
        f"| claimx / quantulum3 (English) | {qu['claimx_cps'] / qu['quantulum_cps']:.1f} |",
    ]
    if cc is not None and ce is not None:
        lines += [
            f"| claimx {_build(True)} / spaCy blank tokenizer | "
            f"{sp['seconds'] / cc['seconds']:.2f} |",
            f"| claimx {_build(True)} / quantulum3 (English) | "
            f"{ce['claimx_cps'] / qu['quantulum_cps']:.1f} |",
            f"| claimx {_build(True)} / {_build(cx['compiled'])} | "
            f"{cx['seconds'] / cc['seconds']:.2f} |",
        ]
    lines += [
        f"| 2 processes / 1 process, extract_many | {one['seconds'] / two['seconds']:.2f} |",
        f"| 2 processes / 1 process, CLI --jobs | {cli1['seconds'] / cli2['seconds']:.2f} |",
        "",
        "| cold start, fresh process | import claimx s | import spacy s | "
        "`claimx.load` s (CPU s) | first doc s |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for lang, r in loads.items():
        lines.append(
            f"| `claimx.load({lang!r})` | {r['import']:.2f} | {r['spacy_import']:.2f} | "
            f"{r['load']:.2f} ({r['load_cpu']:.2f}) | {r['first_doc']:.3f} |"
        )
    lines += [
        "",
        "`claimx.load` is timed after `import spacy` (which any spaCy user has paid already); "
        "the first document compiles claimx's patterns for the language.",
    ]
    lines += [
        "",
        "Single-process rows are characters per CPU-second of the measuring process (one core, "
        "unaffected by other work on the machine); the extract_many rows are wall-clock, start-up "
        f"of the pool included (CPU seconds, children included: 1 process "
        f"{one['cpu_seconds']:.1f}, 2 processes {two['cpu_seconds']:.1f}); the CLI rows time the "
        f"whole command (CPU seconds {cli1['cpu_seconds']:.1f} and {cli2['cpu_seconds']:.1f}). "
        "Peak RSS is the "
        "measuring process's maximum resident set (`ru_maxrss`).",
    ]
    return lines


def _langs(result: dict[str, Any]) -> str:
    per = result.get("per_lang_cps", {})
    return ", ".join(f"{k}: {v:,.0f} chars/s" for k, v in sorted(per.items()))


def write_section(lines: list[str], path: Path = RESULTS) -> None:
    """Replace (or append) the "## Throughput" section of ``path``, keeping every other one."""
    old = path.read_text(encoding="utf-8").splitlines() if path.exists() else ["# Results", ""]
    start = next((i for i, ln in enumerate(old) if ln.strip() == SECTION), None)
    if start is None:
        new = [*old, *([""] if old and old[-1].strip() else []), *lines]
    else:
        end = next((i for i in range(start + 1, len(old)) if old[i].startswith("## ")), len(old))
        tail = old[end:]
        new = [*old[:start], *lines, *([""] if tail else []), *tail]
    path.write_text("\n".join(new).rstrip("\n") + "\n", encoding="utf-8")


def main() -> None:
    """Run the benchmark (or one part of it, with --part, printing JSON)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (default 5)")
    ap.add_argument("--quantulum-chars", type=int, default=300_000)
    ap.add_argument("--no-write", action="store_true", help="print only, leave RESULTS.md")
    ap.add_argument(
        "--compiled-python",
        metavar="PATH",
        help="also measure claimx under this interpreter (a venv with the compiled build)",
    )
    parts = ["spacy", "claimx", "claimx_en", "many", "cli", "quantulum", "load"]
    ap.add_argument("--part", choices=parts)
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--lang", default="id")
    a = ap.parse_args()
    if a.part:
        if a.part == "load":
            result = part_load(a.lang)
        else:
            docs = corpus(a.mb)
            if a.part == "spacy":
                result = part_spacy(docs)
            elif a.part == "claimx":
                result = part_claimx(docs)
            elif a.part == "many":
                result = part_many(docs, a.n_process)
            elif a.part == "cli":
                result = part_cli(docs, a.n_process)
            elif a.part == "claimx_en":
                result = part_claimx_en(docs, a.quantulum_chars)
            else:
                result = part_quantulum(docs, a.quantulum_chars)
        result["peak_rss_mb"] = _peak_rss_mb()
        print(json.dumps(result))
        return
    lines = measure(a.mb, a.quantulum_chars, a.compiled_python)
    print("\n".join(lines))
    if not a.no_write:
        write_section(lines)
        print(f"\nwritten to {RESULTS.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
