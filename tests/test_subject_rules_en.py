"""English subject, aspect and direction rules for every measured amount (NewsQuant breadth).

Each case is a sentence written for the rule it tests (not taken from a benchmark); the
quantities are read as ``benchmarks/newsquant.py`` reads them (``claims_only=False``).
"""
# ruff: noqa: E501  (the parametrized tables hold whole sentences, one case per line)

from __future__ import annotations

import pytest

from claimx import semantics
from claimx.quantities import Quantity, find_quantities
from claimx.semantics import Semantics
from claimx.structure import analyse


def read(text: str) -> list[tuple[Quantity, Semantics]]:
    """Return every quantity of ``text`` with its semantics."""
    doc = analyse(text, "en")
    found = find_quantities(text, "en", claims_only=False)
    return list(zip(found, semantics.describe_all(found, text, "en", doc), strict=True))


def one(text: str, mention: str) -> tuple[Quantity, Semantics]:
    """Return the quantity whose text is ``mention`` and its semantics."""
    hits = [(q, s) for q, s in read(text) if text[q.start : q.end] == mention]
    assert hits, f"{mention!r} not found in {text!r}: {read(text)}"
    return hits[0]


SUBJECTS = [
    # a measure between a determiner and a noun measures that noun
    ("The car has a 6kW electric motor.", "6kW", "electric motor"),
    ("The lab used a 5-10W laser for heating.", "10W", "laser"),
    ("It has a turbocharged 2.0 liter diesel engine.", "2.0 liter", "diesel engine"),
    ("Workers found a 3,000 year-old wall under the road.", "3,000 year-old", "wall"),
    ("The probe ended a 1.8 billion-mile (2.8bn km) journey.", "1.8 billion-mile", "journey"),
    (
        "Apple cut its revenue guidance for the quarter ended December to $84 billion.",
        "$84 billion",
        "revenue guidance",
    ),
    ("Toronto hosts just one 50,000 barrel-a-day refinery.", "50,000 barrel-a-day", "refinery"),
    ("The motor is linked to a 5.5kWh lithium ion battery.", "5.5kWh", "lithium ion battery"),
    ("Add 50mL of 30% sulfuric acid.", "50mL", "sulfuric acid"),
    (
        "The volcano forms a plume that extends hundreds of miles into space.",
        "hundreds of miles",
        "plume",
    ),
    # what a bare count counts after "of"
    ("She met thousands of voters in the city.", "thousands of voters", "voters"),
    (
        "The service adds five new seasons of Sesame Street this year.",
        "five",
        "new seasons of Sesame Street",
    ),
    ("It is one of the best phones on sale.", "one", "best phones"),
    ("The firm sold 30 million shares of Lyft on Monday.", "30 million shares", "shares of Lyft"),
    (
        "There are thousands of students studying at Leiden University.",
        "thousands of students",
        "students studying at Leiden University",
    ),
    (
        "The mechanic has repaired dozens of Kia and Hyundai vehicles following failures.",
        "dozens",
        "Kia and Hyundai vehicles",
    ),
    # a verb right before the number is the predicate, not the subject
    ("Toronto hosts just one 50,000 barrel-a-day refinery.", "one", "Toronto"),
    ("The firm procured thousands of masks.", "thousands", "masks"),
    # the noun before "of" and the number
    ("The train reached a speed of 300 km/h.", "300 km/h", "speed"),
    ("The firm posted a quarterly loss of 40 cents a share.", "40 cents", "quarterly loss"),
    # a market list: the name before "up"/"down"
    ("The biggest gainers were Acme Corp, up 12p at 300p.", "12p", "Acme Corp"),
    ("In New York, Dow +0.5% and Nasdaq -1.2%.", "0.5%", "Dow"),
    ("In New York, Dow +0.5% and Nasdaq -1.2%.", "-1.2%", "Nasdaq"),
    ("So far this year the shares have been on a tear, up nearly 40%.", "nearly 40%", "shares"),
    # an infinitive after a number; a conversion in brackets; a unit's abbreviation
    ("Shares fell 5 percent to close at 300 points.", "300 points", "Shares"),
    ("The crew dug 8 miles (13 kilometers) of new road.", "13 kilometers", "new road"),
    ("The material reached 113 gigapascals (GPa) in the test.", "113 gigapascals", "material"),
    # a bracketed conversion after an amount is skipped; a noun in -ing can end the phrase
    ("The passengers paid HK $216,925 (PS21,700) for flights.", "HK $216,925", "flights"),
    (
        "The startup raised $50 million (Rp 750 billion) in new funding.",
        "$50 million",
        "new funding",
    ),
    # the currency named after a dollar amount is no subject
    ("The gold contract was up $31.20 US.", "$31.20", "gold contract"),
    # a predicate after an appositive is said of the phrase before it (not of a list item)
    (
        "Tech rose 1.2%, while energy, last year's worst sector, fell 0.9% on Monday.",
        "0.9%",
        "energy",
    ),
    ("Frankel, an investor in real estate, acquired 13% of the firm.", "13%", "Frankel"),
    # the part of a share that acts
    (
        "In the poll, 40 per cent of voters saying they would vote again were young.",
        "40 per cent",
        "voters",
    ),
]


@pytest.mark.parametrize(("text", "mention", "subject"), SUBJECTS)
def test_subject(text: str, mention: str, subject: str) -> None:
    _q, sem = one(text, mention)
    assert sem.subject == subject


NOT_SUBJECTS = [
    # a plural noun before its preposition is no verb
    (
        "The BPS pegged the number of Indonesian laborers at 199.38 million.",
        "199.38 million",
        "laborers",
    ),
    # an appositive list ("including games, music, and ...") is not skipped to its last item
    (
        "The online media, including games, music, and movie services, would increase to $4.4 billion.",
        "$4.4 billion",
        "online media",
    ),
    # a copula after the whole of a share leaves the part to the clause
    (
        "Java produced 18 million tons, of which 31.07 percent of the production is in East Java.",
        "31.07 percent",
        "Java",
    ),
    # an auxiliary after the whole, or a part named in apposition, keeps the part
    (
        "As many as 25,292,701 MSME actors or 39.52 percent of the total MSMEs have been present online.",
        "39.52 percent",
        "actors",
    ),
]


@pytest.mark.parametrize(("text", "mention", "word"), NOT_SUBJECTS)
def test_subject_keeps_its_noun(text: str, mention: str, word: str) -> None:
    _q, sem = one(text, mention)
    assert sem.subject is not None and word in sem.subject


CHANGES = [
    ("In New York, Dow +0.5% and Nasdaq -1.2%.", "0.5%", "change", "up"),
    ("In New York, Dow +0.5% and Nasdaq -1.2%.", "-1.2%", "change", "down"),
    ("Prices dropped by 2 to 3 percent.", "3 percent", "change", "down"),
    # the dash of a range "10%-15%" is no minus sign
    ("Discounts reach 10%-15% this month.", "15%", "share", None),
    ("Prices dropped by 2 to 3 percent.", "2", "change", "down"),
    # a loss of money is an amount
    ("The firm posted a quarterly loss of 40 cents a share.", "40 cents", "level", None),
    ("Shares lost 5% to $3.", "5%", "change", "down"),
    # a colon ends the scope of a change word
    ("Despite the price increase: this year the fee is $300.", "$300", "level", None),
]


@pytest.mark.parametrize(("text", "mention", "aspect", "direction"), CHANGES)
def test_aspect_and_direction(text: str, mention: str, aspect: str, direction: str | None) -> None:
    _q, sem = one(text, mention)
    assert (sem.aspect, sem.direction) == (aspect, direction)


UNITS = [
    ("It costs 500 JPY here.", "500 JPY", "JPY"),
    ("She bought a laptop for 900€ last week.", "900€", "EUR"),
    ("The neck is 25.5″ long.", "25.5″", "inch"),
    ("The engine makes 224 kW (300 PS).", "300 PS", "PS"),
    ("It can accelerate to 100km/hr in 3.5 seconds.", "100km/hr", "km/h"),
    # the level after "to" takes the unit of the figure it changes from
    ("His weight fell from 200 pounds to 180.", "180", "GBP"),
]


@pytest.mark.parametrize(("text", "mention", "unit"), UNITS)
def test_unit(text: str, mention: str, unit: str) -> None:
    q, _sem = one(text, mention)
    assert q.unit == unit
