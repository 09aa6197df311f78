"""Quantities read in pairs once found: range bounds, change pairs and bracketed conversions.

:func:`pair_ranges` joins "between 2 and 4 percent" and "15 to 24 years" into ranges and
carries a unit or scale across "from 4.8 to 4.7 percent"; :func:`conversions` gives a figure
in brackets the bound of the figure it converts ("just under 296 hp (224 kW)").
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING

from claimx.lexicon import fold, qualifier_data

if TYPE_CHECKING:
    from claimx.quantities import Quantity

QUALIFIER_KINDS = ("approx", "at_least", "more_than", "at_most", "less_than")


def bounds(qualifier: str, value: float) -> tuple[float | None, float | None]:
    """Return the (lower, upper) bounds a qualifier gives ``value`` (None where open)."""
    if qualifier in ("at_least", "more_than"):
        return value, None
    if qualifier in ("at_most", "less_than"):
        return None, value
    return None, None


def conversions(found: list[Quantity], text: str) -> list[Quantity]:
    """A figure in brackets right after a bounded one is the same amount in another unit and
    keeps its bound: "just under 296 hp (224 kW)", "more than 7.5 million crowns (US$1.1m)"."""
    out = list(found)
    inside = False  # out[i - 1] is a converted figure in brackets
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        bounded = a.qualifier in QUALIFIER_KINDS and b.qualifier == "exact"
        gap = text[a.end : b.start].strip()
        # "just under 296 hp (224 kW / 300 PS)": each figure of the brackets is converted
        inside = bounded and a.unit != b.unit and (gap == "(" or (inside and gap == "/"))
        if inside:
            lower, upper = bounds(a.qualifier, b.value)
            out[i] = replace(b, qualifier=a.qualifier, lower=lower, upper=upper)
    return out


def _shares_scale(a: Quantity, b: Quantity) -> bool:
    """True when the scale of ``b`` also applies to the bare figure ``a`` before it: "2 to 4
    million", "$10 to $15 billion"; not "$200 to $4 million" (200 would outgrow 4)."""
    if a.has_scale or not b.has_scale or b.scale <= 1:
        return False
    if not math.isfinite(a.value * b.scale):
        return False  # a 300-digit figure times "million" overflows: leave it unscaled
    if not a.has_unit:
        return True
    return a.unit == b.unit and abs(a.value) < abs(b.value / b.scale)


def _carry(a: Quantity, b: Quantity) -> Quantity:
    """Return ``a`` in the scale and unit of the figure ``b`` it is paired with, when ``a``
    has none of its own ("from 4.8 to 4.7 percent", "from $10 to $15 billion")."""
    if _shares_scale(a, b):
        a = replace(a, value=a.value * b.scale, scale=b.scale, has_scale=True)
    if not a.has_unit and b.has_unit:
        a = replace(a, unit=b.unit, has_unit=True)
    return a


def _range_then_level(
    out: list[Quantity], i: int, text: str, change: set[str], joiners: set[str]
) -> bool:
    """Is ``out[i]`` the upper bound of a range opened by a change opener ("from about 14-18
    mpg to 24") and ``out[i + 1]`` a bare figure joined to it?"""
    a, b = out[i], out[i + 1]
    if i == 0 or a.qualifier != "range" or b.qualifier != "exact" or b.has_unit:
        return False
    first = out[i - 1]
    if first.qualifier != "range" or (first.lower, first.upper) != (a.lower, a.upper):
        return False
    if not a.has_unit or a.unit in ("count", "rank") or b.has_scale:
        return False
    before = fold(text[max(0, first.start - 12) : first.start]).split()
    between = fold(text[a.end : b.start].strip())
    return bool(before) and before[-1] in change and between in joiners


def _change_then_level(a: Quantity, b: Quantity) -> bool:
    """ "by $43.6 billion to $419.2 billion": both figures carry their own unit and the second
    is more than twice the first, so they are a change and a level, not a range's bounds
    ("by 1 to 1.5 degrees", "by $3 billion to $5 billion" stay ranges)."""
    own = a.has_unit and b.has_unit and a.unit == b.unit
    return own and a.value > 0 and b.value > 2 * a.value


def pair_ranges(found: list[Quantity], text: str, lang: str) -> list[Quantity]:
    """Join "0,3 sampai 2,4 persen", "between 2 and 4 percent" and "15 to 24 years" into ranges.

    The first bound takes the second's scale and unit when it has none of its own. A bound
    introduced by a change opener ("dari", "from") is a change, not a range.
    """
    qd = qualifier_data(lang)
    joiners = {fold(j) for j in qd.range_joiners}
    opener_joiners = {fold(j) for j in qd.range_opener_joiners}
    openers = {fold(o) for o in qd.range_openers}
    change = {fold(o) for o in qd.change_openers}
    amount_openers = {fold(o) for o in qd.change_amount_openers}
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if _range_then_level(out, i, text, change, joiners):
            # "from about 14-18 mpg to 24": the level reached is in the range's unit
            out[i + 1] = replace(b, unit=a.unit, has_unit=True)
            continue
        if a.qualifier != "exact" or "rank" in (a.unit, b.unit):
            continue
        between = fold(text[a.end : b.start].strip())
        before = fold(text[max(0, a.start - 12) : a.start]).split()
        prev_word = before[-1] if before else ""
        if between in joiners and prev_word in change:
            # "from 4.8 to 4.7 percent", "from $10 to $15 billion": a change, not a range,
            # but the first figure is written in the second's scale and unit
            out[i] = _carry(a, b)
            if a.has_unit and a.unit != "count" and not (b.has_unit or b.has_scale):
                out[i + 1] = replace(b, unit=a.unit, has_unit=True)  # "from 208 pounds to 193"
            continue
        if b.qualifier != "exact":
            continue
        if between in joiners and prev_word in amount_openers and _change_then_level(a, b):
            continue
        if (between in opener_joiners and prev_word in openers) or (
            between in joiners and "\n" not in text[a.end : b.start]
        ):
            pass
        else:
            continue
        if a.has_unit and a.unit != b.unit:
            continue
        if a.written == "rank" or b.written == "rank":
            continue
        value = a.value
        if _shares_scale(a, b):
            value = a.value * b.scale
        lo, hi = min(value, b.value), max(value, b.value)
        out[i] = replace(
            a, value=value, unit=b.unit, qualifier="range", lower=lo, upper=hi, has_unit=b.has_unit
        )
        out[i + 1] = replace(b, qualifier="range", lower=lo, upper=hi)
    return out
