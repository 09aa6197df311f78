"""A one-line progress bar on stderr: documents, claims, documents per second.

It draws only when its stream is a terminal, so logs, pipes and tests see nothing; redraws are
throttled so that the bar never costs measurable time.
"""

from __future__ import annotations

import time
from types import TracebackType
from typing import TextIO


class Progress:
    """Count documents and claims and show them, redrawn at most every ``interval`` seconds."""

    def __init__(
        self, stream: TextIO, *, interval: float = 0.2, enabled: bool | None = None
    ) -> None:
        """Bar on ``stream``; ``enabled`` defaults to ``stream.isatty()``."""
        self.stream = stream
        self.interval = interval
        self.enabled = _is_tty(stream) if enabled is None else enabled
        self.docs = 0
        self.claims = 0
        self._start = time.perf_counter()
        self._last = 0.0
        self._width = 0

    def update(self, docs: int = 1, claims: int = 0) -> None:
        """Add ``docs`` documents and ``claims`` claims; redraw if the interval has passed."""
        self.docs += docs
        self.claims += claims
        if self.enabled:
            now = time.perf_counter()
            if now - self._last >= self.interval:
                self._last = now
                self._draw(now)

    def line(self, now: float | None = None) -> str:
        """Return the bar's text, e.g. ``"claimx: 1,200 docs | 9,876 claims | 410.3 docs/s"``."""
        elapsed = (time.perf_counter() if now is None else now) - self._start
        rate = self.docs / elapsed if elapsed > 0 else 0.0
        return f"claimx: {self.docs:,} docs | {self.claims:,} claims | {rate:,.1f} docs/s"

    def _draw(self, now: float) -> None:
        text = self.line(now)
        pad = " " * max(0, self._width - len(text))
        self._width = len(text)
        self.stream.write("\r" + text + pad)
        self.stream.flush()

    def close(self) -> None:
        """Erase the bar (the caller prints its own summary after it)."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0

    def __enter__(self) -> Progress:
        """Return self."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Erase the bar."""
        self.close()


def _is_tty(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # closed or stream-like objects without isatty
        return False
