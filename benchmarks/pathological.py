"""Adversarial inputs: seconds per MB of ``claimx.extract`` on shapes built to provoke
catastrophic backtracking or super-linear work, at 1 MB and 2 MB.

Every shape runs the whole pipeline (language, structure, quantities, masks, dates, times,
attribution, semantics, output models) in a child process with a time limit, so a shape that
blows up is reported as a timeout instead of hanging the run. A shape passes when both sizes
cost at most ``--max-s-per-mb`` (2 s/MB) and the 2 MB run costs at most ``--max-ratio`` (2.2)
times the 1 MB run (linear growth). Each time is CPU seconds of the child process (one core;
what else runs on the machine does not inflate it), the best of a few repeats after a warm-up on a
small sample of the same shape (pattern compilation and data loading are not counted).

Usage::

    .venv/bin/python benchmarks/pathological.py              # all shapes, writes PATHOLOGICAL.md
    .venv/bin/python benchmarks/pathological.py --only quote --no-write
    .venv/bin/python benchmarks/pathological.py --big 10     # and one 10 MB single-line article

Exit code 1 when any shape fails its bound.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "PATHOLOGICAL.md"
MB = 1_000_000

_NEWS_FALLBACK = (
    "JAKARTA - Kementerian mencatat sebanyak 25.292.701 UMKM telah hadir di platform e-commerce "
    "hingga Desember 2023, atau 39,52 persen dari total UMKM. “Target kami 30 juta,” kata Menteri "
    "Teten Masduki, Senin (4/12/2023). The ministry said sales rose 5.2% to Rp 877 trillion. "
)


def _repeat(unit: str) -> Callable[[int], str]:
    """Return a builder repeating ``unit`` to about ``nbytes`` UTF-8 bytes."""

    def build(nbytes: int) -> str:
        return unit * max(1, nbytes // len(unit.encode("utf-8")))

    return build


def _framed(head: str, unit: str, tail: str) -> Callable[[int], str]:
    """Return a builder of ``head`` + repeated ``unit`` + ``tail``."""
    body = _repeat(unit)

    def build(nbytes: int) -> str:
        return head + body(nbytes - len((head + tail).encode("utf-8"))) + tail

    return build


def _with_claim(build: Callable[[int], str], lang: str) -> Callable[[int], str]:
    """Return ``build`` with one real claim after it, so that the whole pipeline runs (a text
    with no claim, or only white space, skips the per-claim stages)."""
    tail = "\nEkspor naik 5 persen." if lang == "id" else "\nExports rose 5 percent."

    def built(nbytes: int) -> str:
        return build(nbytes - len(tail)) + tail

    return built


def _news(sep: str) -> Callable[[int], str]:
    """Return a builder of real article text (the seed articles) joined by ``sep``."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds] or [_NEWS_FALLBACK]
    unit = sep.join(t.replace("\n", " ") if sep == " " else t for t in texts) + sep
    return _repeat(unit)


@dataclass(frozen=True)
class Shape:
    """One adversarial input: a name, the language to extract with, and its text builder."""

    name: str
    lang: str
    build: Callable[[int], str]
    why: str
    core: bool = False  # one of the issue's own shapes


def _shapes() -> list[Shape]:
    s: list[Shape] = []

    def add(
        name: str, langs: str, build: Callable[[int], str], why: str, core: bool = False
    ) -> None:
        for lang in langs.split(","):
            s.append(Shape(f"{name} [{lang}]", lang, _with_claim(build, lang), why, core))

    # the shapes
    add("digits-dots 1.1.1.", "id,en", _repeat("1."), "one 1 MB malformed number", True)
    add("digits-commas 1,1,1,", "id,en", _repeat("1,"), "one 1 MB malformed number", True)
    add("digits-mixed 1.1,1.1,", "id", _repeat("1.1,"), "mixed separators")
    add("grouped 1.000.000…", "id", _framed("1", ".000", ""), "well-formed, overflows")
    add("digit-run 111…", "id", _repeat("1"), "one 1 MB integer")
    add("open-paren ((((", "id,en", _repeat("("), "100 000+ opening brackets", True)
    add("open-square [[[[", "id", _repeat("["), "shortcode and bracket patterns")
    add("paren-digit (1(1(1", "id", _repeat("(1"), "dates like (4/12) start with '('")
    add("curly-open ““““", "id,en", _repeat("“"), "100 000+ opening quotation marks", True)
    add('straight-quote """"', "id,en", _repeat('"'), "straight quotes alternate", True)
    add('quote-word "a "a "a', "id", _repeat('"a '), "quotes that open and never close")
    add("single-quote ‘‘‘‘", "en", _repeat("‘"), "single curly quotes")
    add("scale-word juta juta", "id", _repeat("juta "), "scale word 100 000+ times", True)
    add("scale-word million", "en", _repeat("million "), "scale word 100 000+ times", True)
    add(
        "scale-chain 1 juta juta…", "id", _framed("1", " juta", " persen"), "one number, 1 MB scale"
    )
    add("scale-chain 1 billion billion…", "en", _framed("1", " billion", ""), "one number")
    # currencies, qualifiers, number words
    add("Rp Rp Rp", "id", _repeat("Rp "), "currency prefix with no number")
    add("RpRpRp", "id", _repeat("Rp"), "glued currency prefixes")
    add("Rp1.Rp1.", "id", _repeat("Rp1."), "currency, digit, separator")
    add("$$$$", "en", _repeat("$"), "glued dollar signs")
    add("US$ US$", "en", _repeat("US$ "), "currency prefix with no number")
    add("sekitar sekitar", "id", _repeat("sekitar "), "qualifier with no number")
    add("lebih dari lebih dari", "id", _repeat("lebih dari "), "two-word qualifier")
    add("more than more than", "en", _repeat("more than "), "two-word qualifier")
    add("dua puluh dua puluh", "id", _repeat("dua puluh "), "number words, one long number")
    add("one hundred and", "en", _repeat("one hundred and "), "number words with joiners")
    add("a a a a", "en", _repeat("a "), "articles that may open a number")
    add("minus -1-1-1", "id", _repeat("-1"), "minus signs and ranges")
    add("range 1-2-3-", "id", _repeat("1-"), "dash ranges")
    add("peringkat peringkat", "id", _repeat("peringkat "), "rank cue with no ordinal")
    add("ke-ke-ke-", "id", _repeat("ke-"), "ordinal prefix")
    # dates, times, identifiers, urls
    add("slashes 1/1/1/", "id", _repeat("1/"), "date pattern d/m/y")
    add("colons 1:1:1:", "id", _repeat("1:"), "time pattern")
    add("dotted a.a.a.", "id,en", _repeat("a."), "host names without a TLD")
    add("dotted-digits then @", "id", _framed("", "1.", "@"), "e-mail with a 1 MB local part")
    add("at-signs a@a@", "id", _repeat("a@"), "e-mail pattern")
    add("http://http://", "id", _repeat("http://"), "URL pattern")
    add("www.www.", "id", _repeat("www."), "URL pattern")
    add("shortcode [a=a [a=a", "id", _repeat("[a=a "), "shortcode pattern, unclosed")
    add("shortcode [=====", "id", _repeat("[" + "=" * 299), "bounded shortcode backtracking")
    add("key=key=", "id", _repeat("a="), "shortcode attribute pattern")
    add("hashes ####", "id", _repeat("#"), "hashtag pattern")
    add("capital-dots A. A. A.", "id,en", _repeat("A. "), "initials and sentence ends")
    add("abbrev Dr. Dr.", "id", _repeat("Dr. "), "abbreviations before a boundary")
    add("Name Name Name", "en", _repeat("Budi "), "a 1 MB run of capitalised names")
    add("said said said", "en", _repeat("said "), "reporting verbs without a speaker")
    add("kata kata kata", "id", _repeat("kata "), "reporting verbs without a speaker")
    add("Desember Desember", "id", _repeat("Desember "), "month names without a day")
    add("2023 2023 2023", "id", _repeat("2023 "), "years")
    # white space, control characters, other scripts
    add("spaces", "id,en", _repeat(" "), "1 MB of spaces")
    add("newlines", "id", _repeat("\n"), "1 MB of empty paragraphs")
    add("nbsp", "id", _repeat("\u00a0"), "non-breaking spaces")
    add("zero-width 1\u200b", "id", _repeat("1\u200b"), "digits split by zero-width spaces")
    add("controls", "id", _repeat("".join(map(chr, range(32)))), "C0 control characters")
    add(
        "arabic-indic digits",
        "id",
        _repeat("\u0661\u0662\u0663\u066b\u0664\u0665 "),
        "non-ASCII digits",
    )
    add("fullwidth digits", "id", _repeat("\uff11\uff12\uff13\uff0c\uff14 "), "fullwidth digits")
    add("single word aaaa", "id", _repeat("a"), "one 1 MB word")
    add(
        "mixed scripts",
        "id",
        _repeat("Rp 5 \u091c\u0941\u0924\u093e \u0665 juta \u4e94 "),
        "Latin, Devanagari, Arabic, CJK",
    )
    # real text
    add("news paragraphs", "id,en", _news("\n\n"), "the seed articles, repeated")
    add("news single line", "id,en", _news(" "), "the seed articles on one line")
    add("dense claims 1 persen", "id", _repeat("naik 1 persen, "), "a claim every 15 bytes")
    add(
        "dense claims, one sentence",
        "id,en",
        _repeat("\u0661\u0662\u0663 juta "),
        "claims with no subject and no sentence end: each claim's context must stay bounded",
    )
    return s


def _child(name: str, nbytes: int, repeats: int) -> None:
    """Time one shape at one size in this process and print the best time in seconds."""
    from claimx import extract

    shape = next(sh for sh in _shapes() if sh.name == name)
    extract(shape.build(20_000), lang=shape.lang)  # warm up: compile patterns, load data
    text = shape.build(nbytes)
    best = float("inf")
    claims = 0
    for _ in range(repeats):
        t0 = time.process_time()  # CPU seconds: other work on the machine does not count
        art = extract(text, lang=shape.lang)
        best = min(best, time.process_time() - t0)
        claims = len(art.claims)
        if best > 5.0 * nbytes / MB:
            # far over the bound: a repeat adds nothing but waiting (under it, every size gets
            # its repeats, or a single 2 MB run, which pays the first allocation of its memory,
            # would be compared with the best of several 1 MB runs)
            break
    print(f"{best:.6f} {claims}")


@dataclass
class Row:
    """The measured times of one shape."""

    shape: Shape
    sizes: dict[float, float | None]  # MB -> seconds (None: timed out or crashed)
    claims: int
    error: str = ""

    def per_mb(self, mb: float) -> float | None:
        t = self.sizes.get(mb)
        return None if t is None else t / mb

    def ratio(self) -> float | None:
        if len(self.sizes) < 2:
            return None
        (m1, t1), (m2, t2) = list(self.sizes.items())[:2]
        if t1 is None or t2 is None:
            return None
        # normalised to a doubling of the size; under a millisecond, timer noise is the ratio
        return t2 / max(t1, 1e-3) * (2 * m1 / m2)

    def ok(self, max_s: float, max_ratio: float) -> bool:
        if self.error or any(t is None for t in self.sizes.values()):
            return False
        per = [t / mb for mb, t in self.sizes.items() if t is not None]
        r = self.ratio()
        # a shape that costs under 10 ms per MB is linear for every practical purpose
        tiny = all(p < 0.01 for p in per)
        return all(p <= max_s for p in per) and (r is None or r <= max_ratio or tiny)


def _measure(shape: Shape, sizes: list[float], timeout: float, repeats: int = 3) -> Row:
    row = Row(shape, {}, 0)
    for mb in sizes:
        cmd = [sys.executable, __file__, "--child", shape.name, str(int(mb * MB)), str(repeats)]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            row.sizes[mb] = None
            row.error = f"timeout after {timeout:.0f} s at {mb} MB"
            break
        if proc.returncode != 0:
            row.sizes[mb] = None
            last = (proc.stderr.strip().splitlines() or ["?"])[-1]
            row.error = f"crash at {mb} MB: {last[:120]}"
            break
        secs, claims = proc.stdout.split()
        row.sizes[mb] = float(secs)
        row.claims = int(claims)
    return row


def _fmt(x: float | None, spec: str) -> str:
    return "—" if x is None else format(x, spec)


def _table(rows: list[Row], sizes: list[float], max_s: float, max_ratio: float) -> str:
    head = "| shape | " + " | ".join(f"{mb:g} MB s/MB" for mb in sizes) + " | 2 MB / 1 MB | claims"
    head += " (largest) | ok | note |"
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for r in rows:
        cells = [f"`{r.shape.name}`"]
        cells += [_fmt(r.per_mb(mb), ".3f") for mb in sizes]
        cells += [_fmt(r.ratio(), ".2f"), str(r.claims)]
        cells += ["yes" if r.ok(max_s, max_ratio) else "**NO**", r.error or r.shape.why]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; return 0 when every shape is within its bounds, else 1."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--child", nargs=3, metavar=("SHAPE", "BYTES", "REPEATS"), help=argparse.SUPPRESS
    )
    ap.add_argument("--only", help="run only shapes whose name contains this")
    ap.add_argument(
        "--set",
        choices=["core", "extra", "all"],
        default="all",
        help="the issue's own shapes, the others, or all",
    )
    ap.add_argument("--out", default=str(RESULTS), help="results file (Markdown)")
    ap.add_argument("--append", action="store_true", help="add a section to --out")
    ap.add_argument("--sizes", default="1,2", help="sizes in MB (default 1,2)")
    ap.add_argument("--big", type=float, default=0, help="also time one N MB single-line article")
    ap.add_argument("--repeats", type=int, default=3, help="best of this many runs")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per shape and size")
    ap.add_argument("--max-s-per-mb", type=float, default=2.0)
    ap.add_argument("--max-ratio", type=float, default=2.2)
    ap.add_argument("--no-write", action="store_true", help="print only; leave PATHOLOGICAL.md")
    args = ap.parse_args(argv)
    if args.child:
        _child(args.child[0], int(args.child[1]), int(args.child[2]))
        return 0
    sizes = [float(x) for x in args.sizes.split(",")]
    shapes = [
        s
        for s in _shapes()
        if (not args.only or args.only in s.name)
        and (args.set == "all" or s.core == (args.set == "core"))
    ]
    rows: list[Row] = []
    t0 = time.perf_counter()
    for shape in shapes:
        row = _measure(shape, sizes, args.timeout, args.repeats)
        rows.append(row)
        print(_table([row], sizes, args.max_s_per_mb, args.max_ratio).splitlines()[-1], flush=True)
    big_line = ""
    if args.big:
        news = next(s for s in _shapes() if s.name.startswith("news single line [id]"))
        big = _measure(news, [args.big], args.timeout * args.big)
        t = big.sizes.get(args.big)
        big_line = f"One {args.big:g} MB single-line article (`{news.name}`): " + (
            f"{t:.2f} s, {t / args.big:.3f} s/MB, {big.claims} claims." if t else big.error
        )
        print(big_line)
    failed = [r.shape.name for r in rows if not r.ok(args.max_s_per_mb, args.max_ratio)]
    summary = (
        f"{len(rows)} shapes, {len(failed)} over the bounds"
        + (f": {', '.join(failed)}" if failed else "")
        + f"; total wall time {time.perf_counter() - t0:.0f} s."
    )
    print(summary)
    if not args.no_write and not args.only:
        section = (
            f"## {args.set} shapes, {' and '.join(f'{mb:g} MB' for mb in sizes)}\n\n"
            f"- run: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, commit {_git_commit()} "
            f"(plus the working tree), best of {args.repeats}, "
            f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs\n"
            f"- {summary}\n" + (f"- {big_line}\n" if big_line else "") + "\n"
            f"{_table(rows, sizes, args.max_s_per_mb, args.max_ratio)}\n"
        )
        head = (
            "# Pathological inputs\n\n"
            "Written by `benchmarks/pathological.py` (do not edit by hand). CPU seconds per MB of "
            "UTF-8 input for the whole `claimx.extract` pipeline, each shape followed by one real "
            "claim so that every stage runs; bounds: each ≤ "
            f"{args.max_s_per_mb} s/MB, the larger size ≤ {args.max_ratio} x the smaller per "
            "doubling (ratios of shapes under 10 ms/MB are timer noise and not judged).\n\n"
        )
        out = Path(args.out)
        if args.append and out.exists():
            out.write_text(out.read_text(encoding="utf-8") + "\n" + section, encoding="utf-8")
        else:
            out.write_text(head + section, encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
