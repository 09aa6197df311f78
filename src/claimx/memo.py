"""A bounded table of remembered results, for short strings that repeat within and across
documents (words, digit strings, time atoms)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

_MISSING = object()


class Memo(Generic[K, V]):
    """Results by key, emptied when ``size`` are held (no eviction order to maintain)."""

    def __init__(self, size: int = 65536) -> None:
        self._table: dict[K, V] = {}
        self._size = size

    def get(self, key: K, make: Callable[..., V], *args: Any) -> V:
        """Return the result remembered for ``key``, else ``make(*args)`` (remembered unless
        it raises). One read of the table: another thread may empty it meanwhile."""
        r = self._table.get(key, _MISSING)
        if r is _MISSING:
            if len(self._table) >= self._size:
                self._table.clear()
            r = self._table[key] = make(*args)
        return r  # type: ignore[return-value]
