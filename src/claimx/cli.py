"""The ``claimx`` command: extract, evaluate, schema."""

from __future__ import annotations

import argparse
import io
import itertools
import json
import os
import sys
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, Any, TextIO

from claimx import __version__, compiled
from claimx.models import Article
from claimx.parallel import DEFAULT_BATCH_SIZE, Outcomes, jobs_arg, map_ordered
from claimx.pipeline import extract, record_fields
from claimx.progress import Progress
from claimx.streams import Item, OutputError, SignalGuard, Sink, Terminated, os_reason, read_items
from claimx.table import FORMATS, writer


def _records(path: str, stdin: IO[Any]) -> Iterator[tuple[dict[str, Any] | None, str]]:
    """Yield (record, location) pairs of one input; for a bad one, (None, "WHERE: reason")."""
    for item in read_items(path, stdin):
        if item.record is None:
            yield None, f"{item.where}: {item.error}"
        else:
            yield item.record, item.where


def _reason(err: BaseException) -> str:
    """Return a one-line reason for a failed record; an unexpected error says it is a bug."""
    msg = " ".join(str(err).split())
    msg = msg if len(msg) <= 300 else msg[:300] + "…"
    if isinstance(err, (ValueError, TypeError)):
        return msg
    return f"internal error, please report: {type(err).__name__}: {msg}"


@dataclass
class _Counts:
    docs: int = 0
    claims: int = 0
    errors: int = 0
    last: str = ""  # the last input whose output is complete

    def summary(self, status: str) -> str:
        line = f"claimx: {self.docs} documents, {self.claims} claims, {self.errors} errors"
        if status:
            line += f"; {status}" + (f" after {self.last}" if self.last else " at the start")
        return line


class _Formatter:
    """One output chunk per Article, as whole lines: a JSON line, or the article's CSV rows."""

    def __init__(self, fmt: str) -> None:
        self._fmt = fmt
        self._buf = io.StringIO()
        self._write = writer(fmt, self._buf)  # a CSV writer puts its header in _buf now

    def _take(self) -> str:
        text = self._buf.getvalue()
        self._buf.seek(0)
        self._buf.truncate()
        return text

    def header(self) -> bytes:
        return self._take().encode("utf-8")

    def chunk(self, article: Article) -> bytes:
        """Return the article's output as UTF-8 bytes, whatever strings it holds.

        A lone surrogate (from a JSON escape such as "\\ud800" in the input) cannot be UTF-8:
        JSON output then escapes it, CSV output writes it as a backslash escape.
        """
        if self._fmt == "jsonl":
            try:
                return (article.model_dump_json() + "\n").encode("utf-8")
            except (ValueError, UnicodeEncodeError):
                return (json.dumps(article.model_dump(), ensure_ascii=True) + "\n").encode()
        self._write(article)
        return self._take().encode("utf-8", "backslashreplace")


def run_extract(args: argparse.Namespace, stdin: IO[Any], stdout: IO[Any], stderr: TextIO) -> int:
    """Extract every input document and write its output; return the exit code.

    A record that cannot be read or extracted is reported on ``stderr`` as "WHERE: reason",
    copied verbatim to ``--errors``, and the next record is processed. Exit codes: 0 all went
    well, 1 some records failed, 2 the output cannot be written, 130 interrupted (SIGINT), 143
    terminated (SIGTERM), 141 the reader of the output went away (broken pipe).
    """
    guard = SignalGuard()
    try:
        out = Sink.open(args.output, guard) if args.output else None
        bad = Sink.open(args.errors, guard) if args.errors else None
    except OSError as err:
        print(f"claimx: cannot write {err.filename}: {os_reason(err)}", file=stderr)
        return 2
    counts = _Counts()
    status, code = "", 0
    bar = Progress(stderr)
    with guard:
        results = _extracted(args, stdin)
        try:
            out = out or Sink(stdout, "standard output", guard, owned=False)
            fmt = _Formatter(args.format)
            out.write(fmt.header())
            for item, outcome in results:
                # a signal waits until the record is written and counted: the summary then
                # names exactly the records the output holds
                with guard.critical():
                    if isinstance(outcome, Rendered):
                        out.write(outcome.data)
                        counts.docs += 1
                        counts.claims += outcome.claims
                        bar.update(1, outcome.claims)
                    else:
                        counts.errors += 1
                        reason = item.error if outcome is None else _reason(outcome)
                        print(f"{item.where}: {reason}", file=stderr)
                        if bad is not None:
                            bad.write(_bad_record(item))
                    counts.last = item.where
        except KeyboardInterrupt:
            status, code = "interrupted", 130
        except Terminated:
            status, code = "terminated", 143
        except BrokenPipeError:
            status, code = "output closed by its reader", 141
            _quiet_stdout(stdout)
        except OutputError as err:
            status, code = str(err), 2
        finally:
            results.close()  # stops worker processes, if any
            bar.close()
            for sink in (out, bad):
                if sink is not None:
                    sink.close()
    print(counts.summary(status), file=stderr)
    return code or (1 if counts.errors else 0)


def _bad_record(item: Item) -> bytes:
    """Return the line for ``--errors``: the record as read (JSON Lines), a JSON record holding
    a text file's document, or nothing for a file that could not be read or decoded."""
    if item.raw is not None:
        return item.raw + b"\n"
    if item.record is None:
        return b""
    return (json.dumps(item.record, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace")


def _quiet_stdout(stdout: IO[Any]) -> None:
    """After a broken pipe, point stdout at /dev/null so that the exit flush cannot fail."""
    try:
        fd = stdout.fileno()
        devnull = os.open(os.devnull, os.O_WRONLY)
    except (OSError, ValueError, AttributeError):
        return  # not a real file descriptor (a test's stream): nothing is flushed at exit
    os.dup2(devnull, fd)
    os.close(devnull)


@dataclass(frozen=True, slots=True)
class Rendered:
    """One document's output, rendered where it was extracted: its claim count and bytes."""

    claims: int
    data: bytes


def _extracted(
    args: argparse.Namespace, stdin: IO[Any]
) -> Generator[tuple[Item, Rendered | BaseException | None], None, None]:
    """Pair each input Item with its rendered output, or the error extracting it (None when
    the item itself could not be read), in input order, on ``args.jobs`` processes; input is
    read lazily (a bounded window of records is in flight). Each worker renders the output
    bytes itself, so the parent process only writes them: with ``--jobs N`` the parent does
    not become the bottleneck by rebuilding and serialising every Article."""
    items: Iterator[Item] = (item for path in args.paths for item in read_items(path, stdin))
    items, ahead = itertools.tee(items)
    recs = (item.record for item in ahead)
    fn = Outcomes(partial(_render_record, args=args))
    # in one process, one record at a time: each Article is written as soon as it is ready,
    # so an interruption loses no finished work
    batch = 1 if args.jobs == 1 else DEFAULT_BATCH_SIZE
    for result in map_ordered(fn, recs, n_process=args.jobs, batch_size=batch):
        item = next(items)
        yield item, (None if item.record is None else result)


_FORMATTERS: dict[str, _Formatter] = {}  # one per output format, per process


def _render_record(rec: dict[str, Any] | None, args: argparse.Namespace) -> Rendered:
    """Extract one record and render its output chunk in ``args.format``."""
    article = _extract_record(rec, args)
    fmt = _FORMATTERS.get(args.format)
    if fmt is None:
        fmt = _FORMATTERS[args.format] = _Formatter(args.format)
        fmt.header()  # the parent writes the header once; a worker's copy is dropped
    return Rendered(len(article.claims), fmt.chunk(article))


def _extract_record(rec: dict[str, Any] | None, args: argparse.Namespace) -> Article:
    if rec is None:
        raise ValueError("no record")  # an unreadable input; its reason is reported instead
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
            except Exception as err:  # reported with its place; the other records go on
                n_err += 1
                print(f"{where}: {_reason(err)}", file=stderr)
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
    ap.add_argument(
        "--version",
        action="version",
        version=f"claimx {__version__} ({'mypyc-compiled' if compiled else 'pure Python'})",
    )
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
