"""The ``claimx`` command: extract, evaluate, schema."""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from claimx import __version__
from claimx.models import Article
from claimx.parallel import Outcomes, jobs_arg, map_ordered
from claimx.pipeline import extract, record_fields
from claimx.progress import Progress
from claimx.table import FORMATS, writer


class InputError(Exception):
    """A document that could not be read; the message names file, line and reason."""


def _records(path: str, stdin: TextIO) -> Iterator[tuple[dict[str, Any] | None, str]]:
    """Yield (record, location) pairs from a .txt, .jsonl or '-' input; record None on error.

    For an error the location carries the reason ("FILE:LINE: reason").
    """
    if path == "-":
        data = stdin.read()
        yield from _jsonl_or_text(data, "<stdin>")
        return
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as err:
        yield None, f"{path}: cannot read: {err.strerror or err}"
        return
    try:
        data = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        yield None, f"{path}: not UTF-8 at byte {err.start}: {err.reason}"
        return
    if p.suffix == ".jsonl":
        yield from _jsonl(data, path)
    else:
        stem = p.name[: -len(p.suffix)] if p.suffix == ".txt" else p.name
        yield {"doc_id": stem, "text": data}, path


def _jsonl_or_text(data: str, name: str) -> Iterator[tuple[dict[str, Any] | None, str]]:
    if data.lstrip().startswith("{"):
        yield from _jsonl(data, name)
    else:
        yield {"doc_id": "stdin", "text": data}, name


def _jsonl(data: str, name: str) -> Iterator[tuple[dict[str, Any] | None, str]]:
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            yield None, f"{name}:{n}: bad JSON: {err.msg} at column {err.colno}"
            continue
        if not isinstance(rec, dict):
            yield None, f"{name}:{n}: record must be a JSON object, not {type(rec).__name__}"
            continue
        yield rec, f"{name}:{n}"


def run_extract(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    """Extract every input document and write one JSON line per document; return exit code."""
    out = open(args.output, "w", encoding="utf-8") if args.output else stdout  # noqa: SIM115
    errors = open(args.errors, "w", encoding="utf-8") if args.errors else None  # noqa: SIM115
    n_docs = n_claims = n_err = 0
    write = writer(args.format, out)
    bar = Progress(stderr)
    try:
        items = (item for path in args.paths for item in _records(path, stdin))
        for (rec, where), article in _extracted(items, args):
            if rec is None:
                n_err += 1
                print(where, file=stderr)
                continue
            if isinstance(article, (ValueError, TypeError)):
                n_err += 1
                print(f"{where}: {article}", file=stderr)
                if errors:
                    errors.write(json.dumps(rec, ensure_ascii=False) + "\n")
                continue
            if isinstance(article, Exception):
                raise article
            write(article)
            n_docs += 1
            n_claims += len(article.claims)
            bar.update(1, len(article.claims))
    finally:
        bar.close()
        if out is not stdout:
            out.close()
        if errors:
            errors.close()
    print(f"claimx: {n_docs} documents, {n_claims} claims, {n_err} errors", file=stderr)
    return 1 if n_err else 0


def _extracted(
    items: Iterator[tuple[dict[str, Any] | None, str]], args: argparse.Namespace
) -> Iterator[tuple[tuple[dict[str, Any] | None, str], Article | Exception]]:
    """Pair each (record, location) with its Article or error, in order, on ``args.jobs``
    processes; input is read lazily (a bounded window of records is in flight)."""
    items, ahead = itertools.tee(items)
    recs = (rec for rec, _ in ahead)
    fn = Outcomes(partial(_extract_record, args=args))
    for result in map_ordered(fn, recs, n_process=args.jobs):
        yield next(items), result


def _extract_record(rec: dict[str, Any], args: argparse.Namespace) -> Article:
    text, doc_id, lang, date = record_fields(rec)
    if args.lang != "auto":
        lang = args.lang
    return extract(text, lang=lang, date=args.date or date, doc_id=doc_id)


def run_evaluate(args: argparse.Namespace, stdout: TextIO) -> int:
    """Score predictions (given, or extracted now) against a gold folder; return exit code."""
    from claimx.evaluate import read_jsonl, report, score

    gold_dir = Path(args.gold_dir)
    if args.pred:
        preds = read_jsonl(Path(args.pred))
    else:
        preds = []
        for d in read_jsonl(gold_dir / "docs.jsonl"):
            doc = d["doc"]
            from claimx.evaluate import gold_text

            art = extract(gold_text(gold_dir, doc), doc_id=doc)
            preds.append(json.loads(art.model_dump_json()))
    print(report(score(gold_dir, preds), verbose=args.verbose, as_json=args.json), file=stdout)
    return 0


def run_render(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    """Extract every input document and write one HTML page showing them; return exit code."""
    from claimx.render import render_many

    pairs: list[tuple[Article, str]] = []
    n_err = 0
    for path in args.paths:
        for rec, where in _records(path, stdin):
            if rec is None:
                n_err += 1
                print(where, file=stderr)
                continue
            try:
                text, doc_id, lang, date = record_fields(rec)
                pairs.append((extract(text, lang=lang, date=date, doc_id=doc_id), text))
            except (ValueError, TypeError) as err:
                n_err += 1
                print(f"{where}: {err}", file=stderr)
    title = f"claimx: {pairs[0][0].doc_id}" if len(pairs) == 1 and pairs[0][0].doc_id else None
    page = render_many(pairs, title=title or "claimx claims")
    if args.output:
        Path(args.output).write_text(page, encoding="utf-8")
    else:
        stdout.write(page)
    n_claims = sum(len(a.claims) for a, _ in pairs)
    print(f"claimx: {len(pairs)} documents, {n_claims} claims, {n_err} errors", file=stderr)
    return 1 if n_err else 0


def run_schema(args: argparse.Namespace, stdout: TextIO) -> int:
    """Print (or write) the JSON Schema of the output; return exit code."""
    from claimx.schema import schema_json

    text = schema_json()
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        stdout.write(text)
    return 0


def parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``claimx`` command."""
    ap = argparse.ArgumentParser(prog="claimx", description=__doc__)
    ap.add_argument("--version", action="version", version=f"claimx {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract claims; one JSON line per document")
    ex.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .jsonl, or - for stdin")
    ex.add_argument("-o", "--output", help="write JSON Lines here instead of stdout")
    ex.add_argument("--lang", choices=["auto", "id", "en"], default="auto")
    ex.add_argument("--date", help="document date YYYY-MM-DD for every input")
    ex.add_argument("--errors", help="write bad records here verbatim")
    ex.add_argument(
        "--jobs", "-j", type=jobs_arg, default=1, metavar="N", help="processes (-1: every CPU)"
    )
    ex.add_argument(
        "--format", choices=FORMATS, default="jsonl", help="jsonl (default) or csv, a row a claim"
    )
    ev = sub.add_parser("evaluate", help="score claims against a gold folder")
    ev.add_argument("gold_dir", metavar="GOLD_DIR")
    ev.add_argument("--pred", help="predictions (JSON Lines); extracted now when omitted")
    ev.add_argument("--json", action="store_true", help="print the figures as JSON")
    ev.add_argument("--verbose", action="store_true", help="list misses, extras, wrong fields")
    rd = sub.add_parser("render", help="extract claims and show them on one HTML page")
    rd.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .jsonl, or - for stdin")
    rd.add_argument("-o", "--output", help="write the page here (OUT.html) instead of stdout")
    sc = sub.add_parser("schema", help="print the JSON Schema of the output")
    sc.add_argument("-o", "--output", help="write the schema to this file")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``claimx`` command with ``argv``; return the exit code."""
    args = parser().parse_args(argv)
    if args.command == "extract":
        return run_extract(args, sys.stdin, sys.stdout, sys.stderr)
    if args.command == "evaluate":
        return run_evaluate(args, sys.stdout)
    if args.command == "render":
        return run_render(args, sys.stdin, sys.stdout, sys.stderr)
    return run_schema(args, sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
