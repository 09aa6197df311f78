"""Who said it: speakers of quotations, indirect speech and cited data sources.

First version: no attribution. Issue #4 fills this module.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimx.models import Speaker
from claimx.structure import Structure


@dataclass(frozen=True)
class Attributions:
    """Speakers found in one document, answerable by character offset."""

    def speaker_for(self, start: int, end: int) -> Speaker | None:
        """Return the speaker of the claim at [start, end), or None for the article's voice."""
        return None


def attribute(text: str, lang: str, doc: Structure) -> Attributions:
    """Return the attributions of ``text``."""
    return Attributions()
