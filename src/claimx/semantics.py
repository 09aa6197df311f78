"""What a claim is about and what kind of statement it is: subject, base, kind, aspect.

First version: defaults only (level, actual, no subject). Issue #5 fills this module.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimx.quantities import Quantity
from claimx.structure import Structure


@dataclass(frozen=True, slots=True)
class Semantics:
    """The semantic fields of one claim."""

    subject: str | None = None
    base: str | None = None
    kind: str = "actual"
    aspect: str = "level"
    direction: str | None = None
    concept: str | None = None


def describe(q: Quantity, text: str, lang: str, doc: Structure) -> Semantics:
    """Return the subject, base, kind, aspect, direction and concept of quantity ``q``."""
    return Semantics()
