"""Score claimx on NewsQuant, the English benchmark of CQE (Almasian et al., EMNLP 2023).

The data is read from ``../shared/bench/newsquant`` at run time and never copied into the
project (its licence is unclear); only aggregate figures are written, to the "## NewsQuant"
section of ``benchmarks/RESULTS.md``.

Usage::

    .venv/bin/python benchmarks/newsquant.py [--data DIR] [--no-write] [--errors MEASURE]
        [--half even|odd|all]

English rules are developed on the even-indexed sentences only; ``--half odd`` scores the
held-out odd half (``--half even`` the development half), and the written section gives both.

Measures (a prediction matches a gold quantity of the same sentence, each at most once):

- **value**: the values are equal (relative difference < 1e-6). A gold range "252.0-287.0" is
  matched by its bounds: a claimx range with those bounds, or two claimx quantities of the
  sentence whose values are the two bounds ("from 252 miles to 287 miles"); the two then count
  as one prediction. A single gold value may match one bound of a claimx range; the other
  bound then stays a prediction of its own.
- **value+unit**: and claimx's unit maps to the gold ``normalized_unit`` by ``UNIT_NAMES``; a
  compound gold unit "A per B" is matched by claimx's unit for A (claimx has no compound
  units). A count matches a gold unit of "-"/"count", or a gold noun unit ("4 FA Cup finals")
  whose last word (plural folded) is in claimx's mention or subject.
- **value+change**: and ``change_of`` maps claimx's fields to the gold symbol: a bound or
  approximation (qualifier) first, then the direction of a quantity whose aspect is a change,
  then a negative percentage ("DAX -1.6%") as "down", else "=".
- **value+concept** (partial): and the gold ``referred_concepts`` shares a content word (plural
  folded) with claimx's subject. A "-" concept is matched by no subject, or by a subject that
  names the gold unit (NewsQuant puts counted nouns in the unit, claimx in the subject).

Predictions: ``find_quantities(text, "en", claims_only=False)`` (every measured amount; only
the annotation guide's "not a claim" rules apply: dates, years, times, identifiers ...; the
default claim behaviour of claimx is unchanged) and ``semantics.describe_all`` over them, as
the pipeline does. Ranks ("third-largest") are left out: NewsQuant does not count ordinals.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from claimx import semantics
from claimx.quantities import Quantity, find_quantities
from claimx.structure import analyse

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "newsquant"
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
SECTION = "## NewsQuant"

# claimx unit -> the benchmark's normalized_unit names it stands for
UNIT_NAMES: dict[str, tuple[str, ...]] = {
    "percent": ("percentage",),
    "percentage_point": ("percentage point", "point", "percentage"),
    "basis_point": ("basis point",),
    "USD": ("dollar", "united states dollar"),
    "AUD": ("australian dollar", "dollar"),
    "CAD": ("canadian dollar", "dollar"),
    "HKD": ("hong kong dollar", "dollar"),
    "SGD": ("singapore dollar", "dollar"),
    "NZD": ("new zealand dollar", "dollar"),
    "EUR": ("euro",),
    "GBP": ("pound sterling",),
    "GBX": ("penny", "point", "pence"),
    "JPY": ("japanese yen",),
    "CNY": ("chinese yuan",),
    "MYR": ("malaysian ringgit",),
    "sen": ("sen",),
    "ILS": ("shekel", "israeli new shekel"),
    "INR": ("indian rupee",),
    "KRW": ("south korean won",),
    "DKK": ("danish krone",),
    "CHF": ("swiss franc",),
    "MXN": ("mexican peso",),
    "RUB": ("russian ruble",),
    "IDR": ("indonesian rupiah",),
    "AED": ("united arab emirates dirham",),
    "cent": ("cent",),
    "year": ("year", "year of age"),  # claimx reads "a 35-year-old" as 35 year
    "age": ("year of age", "age"),
    "month": ("month", "month of age"),
    "week": ("week", "week of age"),
    "decade": ("decade",),
    "century": ("century",),
    "day": ("day",),
    "hour": ("hour",),
    "minute": ("minute",),
    "second": ("second",),
    "mile": ("mile",),
    "km": ("kilometre",),
    "m": ("metre",),
    "cm": ("centimetre",),
    "mm": ("millimetre",),
    "um": ("micrometre",),
    "nm": ("nanometre",),
    "inch": ("inch",),
    "ft": ("foot",),
    "yard": ("yard",),
    "mph": ("mile per hour",),
    "km/h": ("kilometre per hour",),
    "m/s": ("metre per second",),
    "mpg": ("mile per gallon",),
    "km2": ("square kilometre",),
    "m2": ("square metre",),
    "mile2": ("square mile",),
    "ft2": ("square foot", "square feet"),
    "hectare": ("hectare",),
    "acre": ("acre",),
    "liter": ("litre",),
    "ml": ("millilitre",),
    "gallon": ("gallon",),
    "barrel": ("barrel", "barrel of oil"),
    "barrel/day": ("barrel per day",),
    "ton": ("ton", "tonne", "metric ton"),
    "gigaton": ("gigaton",),
    "kg": ("kilogram",),
    "g": ("gram",),
    "mg": ("milligram",),
    "lb": ("pound-mass",),
    "ounce": ("ounce",),
    "W": ("watt",),
    "kW": ("kilowatt",),
    "MW": ("megawatt",),
    "GW": ("gigawatt",),
    "kWh": ("kilowatt hour",),
    "hp": ("horsepower", "brake horsepower"),
    "PS": ("horsepower", "metric horsepower"),
    "lb-ft": ("pound-foot", "foot pound-force"),
    "rpm": ("revolutions per minute",),
    "ppm": ("parts-per-million", "part per million"),
    "N*m": ("newton metre",),
    "ppb": ("parts-per-billion",),
    "GPa": ("gigapascal",),
    "MPa": ("megapascal",),
    "ksi": ("kilopound per square inch",),
    "psi": ("pound-force per square inch",),
    "times": ("count",),
    "point/game": ("point per game",),
    "rebound/game": ("rebound per game",),
    "assist/game": ("assist per game",),
    "knot": ("knot",),
    "pint": ("pint",),
    "quart": ("quart",),
    "MWh": ("megawatt hour",),
    "GWh": ("gigawatt hour",),
    "TWh": ("terawatt hour",),
    "V": ("volt",),
    "J": ("joule",),
    "kcal": ("kilocalorie", "calorie"),
    "m3": ("cubic metre",),
    "ft3": ("cubic foot",),
    "ug": ("microgram",),
    "KB": ("kilobyte",),
    "PB": ("petabyte",),
    "Gbps": ("gigabit per second",),
    "Hz": ("hertz",),
    "kHz": ("kilohertz",),
    "MHz": ("megahertz",),
    "GHz": ("gigahertz",),
    "GB": ("gigabyte",),
    "TB": ("terabyte",),
    "MB": ("megabyte",),
    "Mbps": ("megabit per second",),
    "mAh": ("milliampere-hour",),
    "celsius": ("celsius",),
    "fahrenheit": ("fahrenheit",),
    "degree": ("degree",),
    "point": ("point",),
    "rank": ("-",),
}

# claimx qualifier -> benchmark change; direction of a change comes after
QUALIFIER_CHANGE = {
    "approx": "~",
    "more_than": ">",
    "at_least": ">",
    "less_than": "<",
    "at_most": "<",
}
DIRECTION_CHANGE = {"up": "up", "down": "down"}

_STOP_WORDS = "a an the of in on at to for from by with and or per its their his her this that"
STOP = frozenset([*_STOP_WORDS.split(), "these", "those", "as", "is", "are", "was", "were", "be"])


def change_of(
    qualifier: str, aspect: str, direction: str | None, unit: str = "", value: float = 0.0
) -> str:
    """Return the benchmark change symbol (= ~ up down > <) for claimx's fields.

    A bound or approximation comes first ("rose under 4%" is "<"); a direction counts only on
    a quantity whose aspect is a change ("fell to $34,935" reaches a level).
    """
    if qualifier in QUALIFIER_CHANGE:
        return QUALIFIER_CHANGE[qualifier]
    if aspect == "change" and direction in DIRECTION_CHANGE:
        return DIRECTION_CHANGE[direction]
    if unit == "percent" and value < 0:  # "DAX -1.6%": a signed percentage is a fall
        return "down"
    return "="


@dataclass
class Pred:
    """One claimx prediction: a value, or a range's bounds, and its scored fields."""

    lo: float
    hi: float
    unit: str
    change: str
    subject: str
    mention: str
    parts: int = 1  # 2 when a range's bounds were emitted as two claims
    used: bool = field(default=False)


@dataclass(frozen=True)
class Gold:
    """One gold quantity of NewsQuant."""

    lo: float
    hi: float
    is_range: bool
    unit: str
    change: str
    concept: str


def parse_gold(q: dict[str, str]) -> Gold:
    """Return the Gold of a NewsQuant quantity; raises ValueError on an unreadable value."""
    v = q["value"].strip()
    m = re.fullmatch(r"(-?[\d.]+(?:[eE][-+]?\d+)?)\s*-\s*(-?[\d.]+)", v)
    if m:
        a, b = float(m.group(1)), float(m.group(2))
        return Gold(a, b, True, q["normalized_unit"], q["change"], q["referred_concepts"])
    x = float(v)
    return Gold(x, x, False, q["normalized_unit"], q["change"], q["referred_concepts"])


def predict(text: str) -> list[Pred]:
    """Return claimx's predictions for one sentence, range bounds joined into one."""
    doc = analyse(text, "en")
    found = find_quantities(text, "en", claims_only=False)
    sems = semantics.describe_all(found, text, "en", doc)
    # NewsQuant does not count ordinals: claimx's rank claims ("third-largest") are left out
    pairs = [(q, sem) for q, sem in zip(found, sems, strict=True) if q.unit != "rank"]
    out: list[Pred] = []
    i = 0
    while i < len(pairs):
        q, sem = pairs[i]
        pred = Pred(
            q.value,
            q.value,
            q.unit,
            change_of(q.qualifier, sem.aspect, sem.direction, q.unit, q.value),
            sem.subject or "",
            text[q.start : q.end],
        )
        if q.qualifier == "range" and q.lower is not None and q.upper is not None:
            pred.lo, pred.hi = q.lower, q.upper
            if i + 1 < len(pairs) and _same_range(q, pairs[i + 1][0]):
                pred.mention = text[q.start : pairs[i + 1][0].end]
                i += 1
        out.append(pred)
        i += 1
    return out


def _same_range(a: Quantity, b: Quantity) -> bool:
    return b.qualifier == "range" and a.lower == b.lower and a.upper == b.upper


def _eq(a: float, b: float) -> bool:
    return a == b or math.isclose(a, b, rel_tol=1e-6)


def _words(s: str) -> set[str]:
    return {_sing(w) for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in STOP}


_IRREGULAR = {"children": "child", "men": "man", "women": "woman", "people": "person"}


def _sing(w: str) -> str:
    """Return ``w`` with an English plural folded ("cases" -> "case", "children" -> "child",
    "fishermen" -> "fisherman", "viruses" -> "virus", "bosses" -> "boss", "taxes" -> "tax")."""
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) > 5 and w.endswith("men"):
        return w[:-3] + "man"
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "xes", "zes", "ches", "shes")):
        return w[:-2]
    if len(w) > 5 and w.endswith("uses") and w[-5] not in "aeiou":
        return w[:-2]  # "viruses", "bonuses"; not "houses", "causes"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def unit_ok(g: Gold, p: Pred) -> bool:
    """Return True if claimx's unit stands for the gold normalized unit.

    claimx has no compound units: a gold "dollar per barrel" is matched by claimx's USD.
    """
    names = UNIT_NAMES.get(p.unit, ())
    if g.unit in names or g.unit.split(" per ")[0] in names:
        return True
    if p.unit != "count":
        return False
    if g.unit in ("-", "count"):
        return True
    counted = g.unit.split(" per ")[0].lower().split()  # "test per day": the tests
    head = _sing(counted[-1]) if counted else ""
    return bool(head) and head in _words(p.mention) | _words(p.subject)


def change_ok(g: Gold, p: Pred) -> bool:
    """Return True if claimx's change symbol equals the gold one."""
    return g.change == p.change


def concept_ok(g: Gold, p: Pred) -> bool:
    """Return True if the gold concept shares a content word with claimx's subject.

    NewsQuant puts a counted noun in the unit ("ten users": unit "user", concept "-"), where
    claimx puts it in the subject: a "-" concept is matched by no subject or by one that
    names the gold unit.
    """
    if g.concept.strip() == "-":
        return not p.subject or bool(_words(g.unit) & _words(p.subject))
    return bool(_words(g.concept) & _words(p.subject))


def _any(_g: Gold, _p: Pred) -> bool:
    return True


MEASURES: dict[str, Callable[[Gold, Pred], bool]] = {
    "value": _any,
    "value+unit": unit_ok,
    "value+change": change_ok,
    "value+concept_partial": concept_ok,
}


def match_sentence(
    golds: list[Gold], preds: list[Pred], ok: Callable[[Gold, Pred], bool]
) -> tuple[int, int, list[Gold]]:
    """Match one sentence; return (true positives, predictions counted, unmatched golds)."""
    for p in preds:
        p.used = False
    tp = merged = 0
    missed: list[Gold] = []
    for g in sorted(golds, key=lambda g: not g.is_range):
        hit = _match_one(g, preds, ok)
        if hit:
            tp += 1
            merged += hit - 1
        else:
            missed.append(g)
    return tp, len(preds) - merged, missed


def _match_one(g: Gold, preds: list[Pred], ok: Callable[[Gold, Pred], bool]) -> int:
    """Mark the predictions gold ``g`` matches; return how many (0 when none)."""
    free = [p for p in preds if not p.used]
    if g.is_range:
        for p in free:
            bounds = _eq(min(g.lo, g.hi), p.lo) and _eq(max(g.lo, g.hi), p.hi)
            if p.lo != p.hi and bounds and ok(g, p):
                p.used = True
                return 1
        singles = [p for p in free if p.lo == p.hi]
        for a in singles:
            if not _eq(a.lo, g.lo):
                continue
            for b in singles:
                if b is not a and _eq(b.lo, g.hi) and (ok(g, a) or ok(g, b)):
                    a.used = b.used = True
                    return 2
        return 0
    for p in free:
        if p.lo == p.hi and _eq(p.lo, g.lo) and ok(g, p):
            p.used = True
            return 1
    for p in free:
        if p.lo != p.hi and (_eq(p.lo, g.lo) or _eq(p.hi, g.lo)) and ok(g, p):
            # one bound of a range matched: the other bound stays a prediction of its own
            p.used = True
            other = p.hi if _eq(p.lo, g.lo) else p.lo
            preds.append(Pred(other, other, p.unit, p.change, p.subject, p.mention))
            return 1
    return 0


@dataclass
class Score:
    """Counts of one measure."""

    tp: int = 0
    npred: int = 0
    ngold: int = 0

    def prf(self) -> tuple[float, float, float]:
        """Return precision, recall and F1 in percent."""
        p = 100 * self.tp / self.npred if self.npred else 0.0
        r = 100 * self.tp / self.ngold if self.ngold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def evaluate(data: list[dict[str, object]], errors: str | None = None) -> dict[str, Score]:
    """Score claimx on every sentence of ``data``; return a Score per measure."""
    scores = {m: Score() for m in MEASURES}
    for item in data:
        text = str(item["text"])
        quantities = item["quantities"]
        assert isinstance(quantities, list)
        golds = [parse_gold(q) for q in quantities]
        base = predict(text)
        for name, ok in MEASURES.items():
            preds = [Pred(p.lo, p.hi, p.unit, p.change, p.subject, p.mention) for p in base]
            tp, npred, missed = match_sentence(golds, preds, ok)
            s = scores[name]
            s.tp += tp
            s.npred += npred
            s.ngold += len(golds)
            if errors == name and (missed or any(not p.used for p in preds)):
                _show(text, missed, [p for p in preds if not p.used], base)
    return scores


def _show(text: str, missed: Iterable[Gold], extra: Iterable[Pred], base: list[Pred]) -> None:
    print(text)
    for g in missed:
        print(f"   MISS {g.lo}-{g.hi} {g.unit!r} {g.change} {g.concept!r}")
    for p in extra:
        print(f"   EXTRA {p.mention!r} {p.lo}-{p.hi} {p.unit} {p.change} {p.subject!r}")
    print("   PRED", [(p.mention, p.lo, p.unit, p.change) for p in base])


def reported(data_dir: Path) -> dict[str, dict[str, tuple[float, float, float]]]:
    """Return the figures the CQE authors report: {measure: {system: (P, R, F1)}}."""
    out: dict[str, dict[str, tuple[float, float, float]]] = {}
    path = data_dir / "evaluation_output" / "NewsQuant.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        cells = line.split("\t")
        if len(cells) < 6:
            continue
        p, r, f, system, measure = float(cells[1]), float(cells[2]), float(cells[3]), *cells[4:6]
        out.setdefault(measure, {})[system] = (p, r, f)
    return out


Reported = dict[str, dict[str, tuple[float, float, float]]]


def table(scores: dict[str, Score], others: Reported) -> str:
    """Return a Markdown table of claimx's P/R/F1 beside CQE's P/R/F1 and the others' F1."""
    systems = ["GPT3", "quantulum3", "text-recognizer", "ccg_nlp"]
    head = "| measure | claimx P | claimx R | claimx F1 | CQE P | CQE R | CQE F1 | " + " | ".join(
        f"{s} F1" for s in systems
    )
    lines = [head + " |", "|" + " --- |" * (7 + len(systems))]
    for name, s in scores.items():
        p, r, f = s.prf()
        cells = [name, f"{p:.1f}", f"{r:.1f}", f"**{f:.1f}**"]
        cqe = others.get(name, {}).get("CQE-Numparser")
        cells += [f"{x:.1f}" for x in cqe] if cqe else ["–"] * 3
        for system in systems:
            fig = others.get(name, {}).get(system)
            cells.append(f"{fig[2]:.1f}" if fig else "–")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write_section(body: str) -> None:
    """Replace (or add) the "## NewsQuant" section of RESULTS.md, leaving other sections."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    section = f"{SECTION}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _m: section + "\n", text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    RESULTS.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; return the process exit code."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the newsquant folder")
    ap.add_argument("--no-write", action="store_true", help="do not update RESULTS.md")
    ap.add_argument("--errors", choices=list(MEASURES), help="print this measure's misses")
    ap.add_argument(
        "--half",
        choices=["even", "odd", "all"],
        default="all",
        help="score only the even- or odd-indexed sentences (rules are developed on the even "
        "half; the odd half is the held-out check). Only 'all' writes RESULTS.md",
    )
    args = ap.parse_args(argv)
    path = args.data / "NewsQuant.json"
    if not path.exists():
        print(f"newsquant: {path} not found", file=sys.stderr)
        return 2
    data = json.loads(path.read_text(encoding="utf-8"))
    if args.half != "all":
        data = data[0 if args.half == "even" else 1 :: 2]
    scores = evaluate(data, args.errors)
    tab = table(scores, reported(args.data))
    ngold = next(iter(scores.values())).ngold
    print(tab)
    if not args.no_write and args.half == "all":
        write_section(
            f"{len(data)} sentences, {ngold} gold quantities, measured {dt.date.today()} with "
            "`benchmarks/newsquant.py` (scoring rules in its docstring; the data is read from "
            "../shared, never copied). Other systems: figures as reported by the CQE authors "
            "(evaluation_output/NewsQuant.csv). Unit matching of counted nouns and the concept "
            f"measure use claimx's subject.\n\n{tab}\n\n{split_table(data)}\n"
        )
    return 0


def split_table(data: list[dict[str, object]]) -> str:
    """Return claimx's F1 per measure on the even- and odd-indexed sentences: English rules
    are developed on the even half only, so the odd half is their held-out check."""
    even, odd = evaluate(data[0::2]), evaluate(data[1::2])
    lines = [
        "English rules are developed on the even-indexed sentences only; the odd half is "
        "their held-out check (`--half even|odd`).",
        "",
        "| measure | F1 even (dev) | F1 odd (held out) |",
        "| --- | --- | --- |",
    ]
    for name in MEASURES:
        lines.append(f"| {name} | {even[name].prf()[2]:.1f} | {odd[name].prf()[2]:.1f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
