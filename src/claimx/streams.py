"""Reading input documents and writing output lines for the command line, without losing data.

Input: ``.jsonl`` files are streamed line by line as bytes (only ``\\n`` ends a record, so a
U+2028 inside a JSON string never splits it); every line that cannot be decoded or parsed
becomes an :class:`Item` carrying its reason and its bytes, and the next line is read. Other
files are one document each. Output: a :class:`Sink` writes each chunk (a JSON line, CSV rows)
with one ``write`` and a flush, while a :class:`SignalGuard` holds SIGINT and SIGTERM back until
the chunk is out, so an interrupted run never leaves half a line.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import json
import os
import signal
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import IO, Any

_BOM = b"\xef\xbb\xbf"
_STDIN = "<stdin>"


@dataclass(frozen=True, slots=True)
class Item:
    """One input document, or the reason it could not be read.

    ``where`` is "FILE:LINE" for a JSON Lines record and the path for a text file; ``record`` is
    None when ``error`` says why the input could not be read; ``raw`` holds the record's bytes as
    read (without the line break), for ``--errors``.
    """

    where: str
    record: dict[str, Any] | None
    raw: bytes | None = None
    error: str | None = None


def read_items(path: str, stdin: IO[Any]) -> Iterator[Item]:
    """Yield the documents of ``path``: a ``.jsonl`` file, any other file (one document), or
    ``-`` for ``stdin`` (JSON Lines when its first non-blank line starts with ``{``).

    Never raises for bad input: an unreadable file, bytes that are not UTF-8 (with the byte
    offset in the file), malformed JSON or a non-object line gives an Item with ``error`` set.
    """
    if path == "-":
        yield from _stdin_items(stdin)
        return
    p = Path(path)
    if p.suffix == ".jsonl":
        try:
            f = p.open("rb")
        except OSError as err:
            yield Item(path, None, error=f"cannot read: {os_reason(err)}")
            return
        with f:
            yield from jsonl_items(f, path)
        return
    try:
        raw = p.read_bytes()
    except OSError as err:
        yield Item(path, None, error=f"cannot read: {os_reason(err)}")
        return
    stem = p.name[: -len(p.suffix)] if p.suffix == ".txt" else p.name
    yield _text_item(raw, path, stem)


def os_reason(err: OSError) -> str:
    """Return the operating system's words for ``err`` ("No such file or directory")."""
    return err.strerror or str(err)


def _text_item(raw: bytes, where: str, doc_id: str) -> Item:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        return Item(where, None, error=f"not UTF-8 at byte {err.start}: {err.reason}")
    return Item(where, {"doc_id": doc_id, "text": text})


def _stdin_items(stdin: IO[Any]) -> Iterator[Item]:
    buffer = getattr(stdin, "buffer", None)
    source: Iterator[bytes]
    if buffer is not None:
        source = iter(buffer)
    else:  # a text stream (an embedding program, a test): its characters as UTF-8
        source = iter(io.BytesIO(stdin.read().encode("utf-8", "surrogatepass")))
    head: list[bytes] = []
    for line in source:
        head.append(line)
        if line.strip():
            break
    if b"".join(head).removeprefix(_BOM).lstrip().startswith(b"{"):
        yield from jsonl_items(itertools.chain(head, source), _STDIN)
        return
    yield _text_item(b"".join(itertools.chain(head, source)), _STDIN, "stdin")


def jsonl_items(lines: Iterable[bytes], name: str) -> Iterator[Item]:
    """Yield one Item per non-blank line of a JSON Lines byte stream (lines keep their
    ``\n``); never raises for bad bytes or JSON, see :func:`read_items`."""
    offset = 0
    it = iter(lines)
    for n in itertools.count(1):
        try:
            raw = next(it)
        except StopIteration:
            return
        except OSError as err:
            yield Item(f"{name}:{n}", None, error=f"cannot read: {os_reason(err)}")
            return
        start = offset
        offset += len(raw)
        line = raw.removesuffix(b"\n").removesuffix(b"\r")
        if n == 1 and line.startswith(_BOM):
            line, start = line[len(_BOM) :], start + len(_BOM)
        if not line.strip():
            continue
        yield _json_item(line, f"{name}:{n}", start)


def _json_item(line: bytes, where: str, start: int) -> Item:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as err:
        return Item(where, None, line, f"not UTF-8 at byte {start + err.start}: {err.reason}")
    try:
        rec = json.loads(text)
    except json.JSONDecodeError as err:
        return Item(where, None, line, f"bad JSON: {err.msg} at column {err.colno}")
    except RecursionError:
        return Item(where, None, line, "bad JSON: nested too deeply")
    except ValueError as err:  # e.g. an integer of more than 4300 digits
        return Item(where, None, line, f"bad JSON: {err}")
    if not isinstance(rec, dict):
        return Item(where, None, line, f"record must be a JSON object, not {type(rec).__name__}")
    return Item(where, rec, line)


class Terminated(BaseException):
    """SIGTERM arrived: stop as after Ctrl-C (a BaseException, so that no `except Exception`
    takes it for a failed record), but report exit status 143."""


class SignalGuard:
    """Within ``with``: SIGINT raises KeyboardInterrupt and SIGTERM raises :class:`Terminated`,
    except inside :meth:`critical`, where the signal waits until the block has finished.

    Installed only from the main thread (elsewhere Python cannot set handlers, and it is a
    no-op). A process forked while it is active (a worker) keeps the old behaviour.
    """

    _SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        """Create an inactive guard."""
        self._old: dict[int, Any] = {}
        self._held: int | None = None
        self._depth = 0
        self._pid = os.getpid()

    def __enter__(self) -> SignalGuard:
        """Install the handlers; return the guard."""
        self._pid = os.getpid()
        if threading.current_thread() is threading.main_thread():
            for sig in self._SIGNALS:
                old = signal.getsignal(sig)
                if old is not None:  # None: set from C, leave it alone
                    self._old[sig] = old
                    signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        """Restore the handlers that were there before."""
        for sig, old in self._old.items():
            signal.signal(sig, old)
        self._old.clear()

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if os.getpid() != self._pid:  # a forked worker: as before the guard
            old = self._old.get(signum)
            if callable(old):
                old(signum, frame)
                return
            signal.signal(signum, signal.SIG_DFL if old is None else old)
            os.kill(os.getpid(), signum)
            return
        if self._depth:
            self._held = signum
            return
        self._raise(signum)

    @staticmethod
    def _raise(signum: int) -> None:
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        raise Terminated(f"signal {signum}")

    @contextmanager
    def critical(self) -> Iterator[None]:
        """Hold SIGINT and SIGTERM back while the block runs; deliver them after it."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if not self._depth and self._held is not None:
                held, self._held = self._held, None
                self._raise(held)


class OutputError(Exception):
    """Writing the output failed (disk full, closed file); the message names the output."""


class Sink:
    """Whole chunks of output to a file or stream: one write and a flush each, under a guard.

    If a write to a regular file fails half way, the file is cut back to the end of the last
    whole chunk. A BrokenPipeError (the reader went away) is passed on unchanged.
    """

    def __init__(self, stream: IO[Any], name: str, guard: SignalGuard, *, owned: bool) -> None:
        """Write to ``stream`` (binary, or text when it has no ``buffer``), named ``name``."""
        self.name = name
        self._guard = guard
        self._owned = owned
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            stream.flush()  # anything written through the text layer goes out first
        self._stream: IO[Any] = buffer if buffer is not None else stream
        self._binary = buffer is not None or isinstance(stream, io.BufferedIOBase | io.RawIOBase)
        self._good = self._tell()

    @classmethod
    def open(cls, path: str, guard: SignalGuard) -> Sink:
        """Return a Sink writing the file ``path`` (created or truncated).

        Raises:
            OSError: the file cannot be opened for writing.
        """
        return cls(open(path, "wb"), path, guard, owned=True)

    def _tell(self) -> int | None:
        try:
            return self._stream.tell() if self._stream.seekable() else None
        except (OSError, ValueError):
            return None

    def write(self, chunk: str | bytes) -> None:
        """Write ``chunk`` whole and flush it.

        Raises:
            BrokenPipeError: the reading end of a pipe was closed.
            OutputError: any other failure to write; a regular file keeps only whole chunks.
        """
        if not chunk:
            return
        data: str | bytes
        if self._binary:
            data = chunk.encode("utf-8") if isinstance(chunk, str) else chunk
        else:
            data = chunk.decode("utf-8") if isinstance(chunk, bytes) else chunk
        with self._guard.critical():
            try:
                self._stream.write(data)
                self._stream.flush()
            except BrokenPipeError:
                raise
            except (OSError, ValueError) as err:
                self._cut_back()
                raise OutputError(f"cannot write {self.name}: {err}") from err
            if self._good is not None:  # before a held signal is delivered at the block's end
                self._good = self._tell()

    def _cut_back(self) -> None:
        if self._good is None or not self._binary:
            return
        try:
            self._stream.seek(self._good)
            self._stream.truncate()
        except (OSError, ValueError):
            pass  # the file is beyond repair; the error that got us here is reported

    def close(self) -> None:
        """Close the stream if this Sink opened it (never stdout)."""
        if self._owned:
            with contextlib.suppress(OSError):  # every chunk was flushed and checked by write()
                self._stream.close()
