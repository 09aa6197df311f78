"""Many documents at once: in order, streaming, on one core or several.

:func:`extract_many` reads its records lazily and keeps only a bounded window of them in
memory (``2 * n_process`` batches in flight), so a 1 GB JSON Lines file costs the memory of a few
batches, not of the file. With ``n_process > 1`` batches go to a pool of worker processes and come
back in input order; each worker builds the compiled patterns once (they are cached per process),
and on platforms that fork the parent builds them before forking so workers start warm. The
results are the Articles the serial run returns, and a bad record raises the same error at the
same place in the stream.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing as mp
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import islice
from multiprocessing.pool import AsyncResult, Pool
from typing import Any, Generic, TypeVar

from claimx.langdata import languages
from claimx.models import Article
from claimx.pipeline import extract, extract_record

T = TypeVar("T")
R = TypeVar("R")

Record = Mapping[str, Any] | str
Outcome = Article | Exception

DEFAULT_BATCH_SIZE = 32


def extract_many(
    records: Iterable[Record],
    *,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Iterator[Article]:
    """Extract claims from many documents; yield one Article per record, in input order.

    Each record is a text or a mapping ``{"id"|"doc_id", "text", "date"?, "lang"?}``. Records are
    consumed lazily; at most ``2 * n_process * batch_size`` of them are held at once.

    Args:
        records: texts or record mappings, any iterable (a generator over a file streams).
        n_process: worker processes; 1 runs in this process, -1 uses every CPU.
        batch_size: records sent to a worker at a time.

    Raises:
        ValueError: a record is malformed (naming its position), or its lang/date is invalid,
            exactly as :func:`claimx.extract` raises it; ``n_process``/``batch_size`` < 1.
    """
    for out in extract_outcomes(records, n_process=n_process, batch_size=batch_size):
        if isinstance(out, Exception):
            raise out
        yield out


def extract_outcomes(
    records: Iterable[Record],
    *,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Iterator[Outcome]:
    """Yield, for each record in order, its Article or the exception extracting it raised.

    Lets a caller (the CLI) report a bad record and go on. Arguments as :func:`extract_many`.

    Raises:
        ValueError: ``n_process`` is 0 or below -1, or ``batch_size`` < 1.
    """
    yield from map_ordered(
        _extract_batch, enumerate(records), n_process=n_process, batch_size=batch_size
    )


def map_ordered(
    fn: Callable[[list[T]], list[R]],
    items: Iterable[T],
    *,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Iterator[R]:
    """Apply ``fn`` to batches of ``items`` and yield its results flat, in input order.

    ``fn`` takes a list and returns a list of results (it must be a picklable top-level function
    when ``n_process > 1``). Input is read lazily with at most ``2 * n_process`` batches pending.

    Raises:
        ValueError: ``n_process`` is 0 or below -1, or ``batch_size`` < 1.
    """
    procs = resolve_processes(n_process)
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, not {batch_size}")
    it = iter(items)
    batches = iter(lambda: list(islice(it, batch_size)), [])
    if procs == 1:
        for batch in batches:
            yield from fn(batch)
        return
    ctx = _context()
    if ctx.get_start_method() == "fork":
        warm_up()  # children inherit the compiled patterns
        pool = _forked_pool(ctx, procs)
    else:
        pool = ctx.Pool(procs, initializer=_start_worker)
    try:
        yield from _windowed(pool, fn, batches, 2 * procs)
    finally:
        pool.terminate()
        pool.join()


def _forked_pool(ctx: Any, procs: int) -> Pool:
    """Fork ``procs`` workers with every object that exists now frozen out of their collector.

    A forked worker shares the parent's memory pages until it writes to them, and a full
    garbage collection writes to every object it examines (its reference counts and collector
    links): without ``gc.freeze`` each worker's first full collections walk the inherited
    patterns and lexicons, copying their pages and spending CPU on objects that live as long as
    the process (the practice the ``gc.freeze`` documentation gives for pre-fork servers).
    The parent unfreezes as soon as the workers exist, so its own collections are unchanged.
    """
    gc.freeze()
    try:
        pool: Pool = ctx.Pool(procs, initializer=default_signals)
    finally:
        gc.unfreeze()
    return pool


def _windowed(
    pool: Pool, fn: Callable[[list[T]], list[R]], batches: Iterator[list[T]], window: int
) -> Iterator[R]:
    pending: deque[AsyncResult[list[R]]] = deque()
    for batch in batches:
        pending.append(pool.apply_async(fn, (batch,)))
        if len(pending) >= window:
            yield from pending.popleft().get()
    while pending:
        yield from pending.popleft().get()


def resolve_processes(n_process: int) -> int:
    """Return the number of processes ``n_process`` asks for (-1: every CPU).

    Raises:
        ValueError: ``n_process`` is 0 or below -1.
    """
    if n_process == -1:
        return mp.cpu_count()
    if n_process < 1:
        raise ValueError(f"n_process must be >= 1 or -1 (every CPU), not {n_process}")
    return n_process


def jobs_arg(value: str) -> int:
    """Parse a ``--jobs`` value for argparse; return the process count it asks for.

    Raises:
        argparse.ArgumentTypeError: not an integer >= 1 or -1.
    """
    try:
        return resolve_processes(int(value))
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"invalid --jobs {value!r}: {err}") from err


def _context() -> Any:
    """Fork where the platform can and this process runs no other thread (workers then start
    with the parent's compiled patterns); otherwise start fresh workers ("forkserver" or
    "spawn"), because a fork copies any lock another thread holds at that moment (a logging,
    I/O or JVM-gateway lock, say) and a worker waiting on it would hang forever."""
    methods = mp.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return mp.get_context("fork")
    if "forkserver" in methods:
        return mp.get_context("forkserver")
    return mp.get_context("spawn")


def default_signals() -> None:
    """In a worker: SIGTERM kills at once, SIGINT is left to the parent.

    A Python-level SIGTERM handler inherited from the parent (the CLI's signal guard) runs only
    between bytecodes: a SIGTERM that arrives just before the worker blocks on the task queue's
    lock is then never acted on, and the parent, terminating the pool, waits for that worker
    forever. The kernel's default action has no such window.
    """
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _start_worker() -> None:
    default_signals()
    warm_up()


def warm_up() -> None:
    """Compile every language's patterns in this process (they are cached per process)."""
    for lang in languages():
        extract("Pada 4 Desember 2023 naik 5,2 persen menjadi Rp 1,2 triliun.", lang=lang)


class Outcomes(Generic[T, R]):
    """A batch function (picklable if ``fn`` is) for :func:`map_ordered` that never raises.

    Calling it on a batch returns, per item, ``fn(item)`` or the Exception that call raised, so
    one bad record neither loses the batch nor stops the stream.
    """

    def __init__(self, fn: Callable[[T], R]) -> None:
        """Wrap ``fn``, a function of one item."""
        self.fn = fn

    def __call__(self, batch: list[T]) -> list[R | Exception]:
        """Return the outcome of each item of ``batch``, in order."""
        out: list[R | Exception] = []
        for item in batch:
            try:
                out.append(self.fn(item))
            except Exception as err:  # handed to the caller, which re-raises or reports it
                out.append(err)
        return out


def _extract_indexed(item: tuple[int, Record]) -> Article:
    return extract_record(item[1], item[0])


_extract_batch: Outcomes[tuple[int, Record], Article] = Outcomes(_extract_indexed)
