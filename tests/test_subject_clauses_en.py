"""English clause structure in subject search: pronoun subjects, verbs after modals, market
lists, relative clauses, units claimx does not read, and measures that modify a noun.

Each case is a sentence written for the rule it tests (not taken from a benchmark); the
quantities are read as ``benchmarks/newsquant.py`` reads them (``claims_only=False``).
"""
# ruff: noqa: E501  (the parametrized tables hold whole sentences, one case per line)

from __future__ import annotations

import pytest

from claimx import semantics
from claimx.quantities import find_quantities
from claimx.structure import analyse


def subject_of(text: str, mention: str) -> str | None:
    """Return claimx's subject of the quantity written ``mention`` in ``text``."""
    doc = analyse(text, "en")
    found = find_quantities(text, "en", claims_only=False)
    sems = semantics.describe_all(found, text, "en", doc)
    hits = [s.subject for q, s in zip(found, sems, strict=True) if text[q.start : q.end] == mention]
    assert hits, f"{mention!r} not found in {text!r}"
    return hits[0]


SUBJECTS = [
    # a name right before up/down (or a sign) and the figure is what moved
    (
        "Miners rallied, with firms such as Rio Tinto up 3.2 per cent and BHP up 2 per cent.",
        "3.2 per cent",
        "Rio Tinto",
    ),
    ("In New York: Dow +0.4% S&P 500 +0.6% Nasdaq +1.1%.", "1.1%", "Nasdaq"),
    ("In New York: Dow +0.4% S&P 500 +0.6% Nasdaq +1.1%.", "0.6%", "S&P"),
    # "NOUN, which is N": the noun the relative clause is said of
    (
        "The board met officials from Renault, which is 15 percent-owned by the state.",
        "15 percent",
        "Renault",
    ),
    # a word after a modal is a verb; the noun before the relative clause is the subject
    ("Travellers bought tickets that should have cost $300.", "$300", "tickets"),
    # the object of a verb after a modal acts in the infinitive that follows
    (
        "Warmer seas could push water temperatures to rise 2 degrees by 2050.",
        "2 degrees",
        "water temperatures",
    ),
    # a one- or two-letter unit symbol after a bare number is no subject
    ("The ticket price was 150 kn, which is steep.", "150", "ticket price"),
    ("The backup archive is 40 billion b.", "40 billion", "backup archive"),
    # a measure in brackets after counted things measures them
    ("Bake it for 30 minutes for six apples (~2lb) in a hot oven.", "~2lb", "apples"),
    # "$N in gains": the change noun names the money
    ("The fund is sitting on $3 billion in gains this year.", "$3 billion", "gains"),
    # a rate inside a money measure before its noun
    ("They pay a $1200 a month rent for the flat.", "$1200", "rent"),
    # a measure after a preposition and before a plural noun modifies it
    ("The roof was torn off by 90mph gusts on Sunday.", "90mph", "gusts"),
    # an -ing word after its article is a noun
    (
        "The line faced strikes, delays and a closure for more than two weeks.",
        "more than two weeks",
        "closure",
    ),
    # "from" does not chain to a figure of an earlier clause
    (
        "Output rose from 40 to 45, and the plant's average yield climbed from 12 tonnes to 14.",
        "12 tonnes",
        "plant's average yield",
    ),
    # "since" before a time is a time phrase, no clause breaker; a rate's "per X to" chains
    (
        "Oil is cheap (the price of Brent crude has fallen since June from $80 U.S. per barrel to $52 this week).",
        "$80",
        "price of Brent crude",
    ),
    (
        "Oil is cheap (the price of Brent crude has fallen since June from $80 U.S. per barrel to $52 this week).",
        "$52",
        "price of Brent crude",
    ),
    # a participle clause reaching the number through a preposition is said of the noun before
    (
        "The suit lists 80 members with $9 million of losses, ranging from $500 to $2 million.",
        "$500",
        "losses",
    ),
    (
        "Young workers dominated the jobless rate, contributing 12.5 percent to the total.",
        "12.5 percent",
        "Young workers",
    ),
    # "overseas" before a noun is an adjective inside the phrase
    (
        "Payments from overseas buyers, which account for nearly 7 percent of sales, rose.",
        "nearly 7 percent",
        "Payments from overseas buyers",
    ),
    # the verb of a relative clause is no subject: the head before "which" is
    (
        "Payments from Asian buyers, which make up nearly 7 percent of sales, rose.",
        "nearly 7 percent",
        "Payments from Asian buyers",
    ),
    # a verb agreeing with the noun before it ends the phrase; an adjective before a plural
    # noun does not ("Indonesian workers at 5 million")
    ("Tickets cost $45 each and the show runs for two hours.", "$45", "Tickets"),
    ("Tickets cost $45 each and the show runs for two hours.", "two hours", "show"),
    (
        "The survey put Indonesian workers at 140 million last year.",
        "140 million",
        "Indonesian workers",
    ),
    # an -s verb after an adverb takes the number as its object
    ("A litre of milk now costs $2 in the city.", "$2", "litre of milk"),
    ("The sedan starts at $28,500 before options.", "$28,500", "sedan"),
    ("Its camera lasts about 9 hours on one charge.", "about 9 hours", "camera"),
    # an irregular past verb is never a noun; a verb after "and" shares the subject
    ("The striker ran for 85 yards on the night.", "85 yards", "striker"),
    ("The tablet weighs just 400g and costs $499.", "$499", "tablet"),
    ("The lava spurts out at about 40 miles per hour.", "about 40 miles per hour", "lava"),
    # a number in a fronted phrase is said of the subject after the comma
    ("At $799, the tablet is the cheapest in the range.", "$799", "tablet"),
    # an adjective after "held" is no subject; "a record $N" modifies the number
    ("The jobless rate held steady at 4.1 percent.", "4.1 percent", "jobless rate"),
    ("Student debt climbed to a record $1.6 trillion.", "$1.6 trillion", "Student debt"),
    # a dimension adjective after a measure is no noun; "charges to" agrees with its noun
    ("The comet, about 3 km wide, passed close to the Sun.", "about 3 km", "comet"),
    ("The scooter charges to 90% in 40 minutes.", "90%", "scooter"),
    # a personal pronoun is the subject: "it" lets the search go on to its antecedent
    (
        "It is a $600 pizza oven, but you realise it can reach 450 degrees in minutes.",
        "450 degrees",
        "pizza oven",
    ),
]


@pytest.mark.parametrize(("text", "mention", "subject"), SUBJECTS)
def test_subject(text: str, mention: str, subject: str) -> None:
    assert subject_of(text, mention) == subject


NO_SUBJECTS = [
    # the verb after a personal pronoun (with its object) names nothing measured
    (
        "If you add it up I think thats maybe tens of millions of dollars.",
        "tens of millions of dollars",
    ),
    ("Say you purchased Apple stock long ago and now hold $2 million.", "$2 million"),
]


@pytest.mark.parametrize(("text", "mention"), NO_SUBJECTS)
def test_no_subject(text: str, mention: str) -> None:
    assert subject_of(text, mention) is None


NOT_SUBJECT_WORDS = [
    # a contracted auxiliary or a lone -ly adverb is never part of the subject
    (
        "Traders see the euro at $1.05 in a downturn that investors dont expect and back at $1.20 later.",
        "$1.20",
        "dont",
    ),
    (
        "The share trades on barely 9 times earnings and 2.1 times book value.",
        "2.1 times",
        "barely",
    ),
    # a sentence adverb set off by a comma opens no subject
    ("Alternatively, this phone plan gets you a massive 60GB of data.", "60GB", "Alternatively"),
]


@pytest.mark.parametrize(("text", "mention", "word"), NOT_SUBJECT_WORDS)
def test_subject_leaves_out(text: str, mention: str, word: str) -> None:
    assert word not in (subject_of(text, mention) or "")


def test_object_pronoun_does_not_end_the_search() -> None:
    # "across it" is an object: the subject of "was" is the phrase before it
    text = "The current across it was 4 amps and the voltage across it was 9 volts."
    assert subject_of(text, "9 volts") == "voltage"


def test_have_is_a_verb_not_an_auxiliary_of_the_pronoun() -> None:
    # "you have cornerbacks who can run": the noun after "have" is no verb
    text = "Unless you have receivers who can run a 4.4 second dash, it fails."
    assert subject_of(text, "4.4 second") == "receivers"
