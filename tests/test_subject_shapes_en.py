"""English subject rules by linguistic cause: durations as adverbials of time, a copula after
a fronted noun phrase, compounds inside a counted phrase, and the word lists the English rules
read from ``lang/en/semantics.yaml``.

Each sentence is written for the rule it tests (none is taken from a benchmark); quantities
are read as ``benchmarks/newsquant.py`` reads them (``claims_only=False``).
"""

from __future__ import annotations

import pytest

from claimx import semantics
from claimx.quantities import find_quantities
from claimx.semlex import sem_lexicon
from claimx.structure import analyse


def subject_of(text: str, mention: str) -> str | None:
    """Return the subject claimx gives the quantity written ``mention`` in ``text``."""
    doc = analyse(text, "en")
    found = find_quantities(text, "en", claims_only=False)
    sems = semantics.describe_all(found, text, "en", doc)
    hits = [s.subject for q, s in zip(found, sems, strict=True) if text[q.start : q.end] == mention]
    assert hits, f"{mention!r} not found in {text!r}"
    return hits[0]


SUBJECTS = [
    # a duration after a preposition of time is said of its clause's subject, never of an
    # object; with a personal pronoun for subject it has no noun subject
    ("The comet circles the planet every 76 years.", "76 years", "comet"),
    ("The ferry was repaired by engineers in nine days.", "nine days", "ferry"),
    (
        "The museum, hit by flooding over the last three weeks, will reopen.",
        "three weeks",
        "museum",
    ),
    ("It crosses the desert in just four hours.", "four hours", None),
    ("We baked each loaf for 40 minutes.", "40 minutes", None),
    # a noun phrase after a preposition that follows a noun is part of the subject phrase
    (
        "Demand for steel over the next six months is expected to rise.",
        "six months",
        "Demand for steel",
    ),
    # an -ing word between an adjective and a noun is inside the compound; after a plural noun
    # (or a classifier) it is a verb of a reduced relative
    ("The council rents out 2,400 social housing units.", "2,400", "social housing units"),
    ("The bank opened 35 regional lending offices.", "35", "regional lending offices"),
    # a predicate after a parenthesis (a relative clause, one adverb) is said of the noun
    # phrase before it; degree words stand between a copula and its adjective
    ("The new console, which goes on sale in March, will cost $400.", "$400", "new console"),
    (
        "The second engine, however, was just as impressive at 310 horsepower.",
        "310 horsepower",
        "engine",
    ),
    ("The rear axle was equally strong at 900 kilograms.", "900 kilograms", "rear axle"),
    ("The investor, a former banker, acquired 13% of the firm.", "13%", "investor"),
    # a price paid "for" a thing measured by an attributive measure names that thing
    ("Farmers paid $5,200 for a 10kW pump.", "$5,200", "pump"),
    ("She paid $12 for a 2-litre bottle.", "$12", "bottle"),
    # a possessive after "of" stays inside the phrase ("the value of its business")
    (
        "The market value of their holdings rose to $5 billion.",
        "$5 billion",
        "market value of their holdings",
    ),
    (
        "There was a 40 basis point improvement in its operating margins to 12 per cent.",
        "12 per cent",
        "operating margins",
    ),
    # a noun phrase never runs into a determiner or straight into its figure: the word
    # before is a verb
    ("The report said 40 senior doctors quit the hospital last year.", "40", "senior doctors"),
    (
        "Rents range from $900 to $2,000, which works out to about $30 per square foot.",
        "about $30",
        "Rents",
    ),
    # a word listed as a predicate right after an article is a noun, the clause's subject
    ("The set will cost $200.", "$200", "set"),
    ("Analysts said the hit would be $3 billion.", "$3 billion", "hit"),
    # a level word ("a record high of", "a low of") names no measure of its own; a verb
    # running into a determiner, or agreeing with a noun after "each", ends the phrase
    ("Gold prices hit a record high of $2,100 an ounce.", "$2,100", "Gold prices"),
    ("The index touched a low of 3,200 in March.", "3,200", "index"),
    ("Each ticket costs $25 at the door.", "$25", "ticket"),
    # a participle clause's object before "of" names the measure; "on average" is no phrase
    ("The storm, packing gusts of 120 mph, hit the coast.", "120 mph", "gusts"),
    (
        "The typhoon, bringing rainfall of 300 millimetres, flooded the city.",
        "300 millimetres",
        "rainfall",
    ),
    ("A loaf of bread sells for $4 on average.", "$4", "loaf of bread"),
    # a route ("from X to Y") and a possessive after "from" stay inside the phrase
    (
        "The ferry from Dover to Calais takes about 90 minutes.",
        "about 90 minutes",
        "ferry from Dover to Calais",
    ),
    ("Income from its hotel division grew 12% last year.", "12%", "Income from its hotel division"),
    # an -ed verb running into a figure ends the phrase, through a time figure before it
    ("The hearing lasted two hours and 40 minutes.", "40 minutes", "hearing"),
    # "N of the M Xs": the part counts what the whole counts
    ("3 of the 11 players were injured.", "3", "players"),
    ("4 of the 20 largest banks failed.", "4", "largest banks"),
    # the agent of a passive ("tuned by Cosworth") is no subject of the infinitive after it;
    # an attributive measure inside the phrase before ends it
    (
        "The V8 engine, tuned by Cosworth to produce 600 hp, sits behind the driver.",
        "600 hp",
        "V8 engine",
    ),
    (
        "A new reactor designed by Rolls-Royce to generate 470 megawatts will be built.",
        "470 megawatts",
        "new reactor",
    ),
    (
        "It has a rebuilt 2.0 litre diesel engine tuned by Alpina to make 190 kW.",
        "190 kW",
        "diesel engine",
    ),
    # the other side of a comparison after a number is no subject
    ("The euro gained 0.3% against the yen to 160.2 yen.", "160.2 yen", "euro"),
    # a past participle clause set off by commas is a parenthesis too
    ("The tower, completed in 1931, is 381 metres tall.", "381 metres", "tower"),
    ("The tariff, set by the regulator last month, will be $1.20 a litre.", "$1.20", "tariff"),
    # an -ed word after a perfect's auxiliary is a verb and ends the phrase
    ("The energy shock has lifted inflation to 9.4%.", "9.4%", "inflation"),
    # a verb before a duration's preposition ends the phrase ("runs every", "collapsed after")
    ("The shuttle runs every 20 minutes.", "20 minutes", "shuttle"),
    ("Negotiations stalled after 14 months.", "14 months", "Negotiations"),
    ("He has worked at the school for 25 years.", "25 years", None),
    # an amount "worth of" something measures that something
    ("Police seized $2 million worth of cocaine.", "$2 million", "cocaine"),
    ("The drive holds 10 years worth of family photos.", "10 years", "family photos"),
    # second, independent examples of rules that rested on one: a rate inside a money
    # measure ("a $3500 a month mortgage"), "NAME, which is N percent-owned", a number in a
    # fronted phrase, a name before "up"/"down", a country mark between an amount and "per"
    ("Tenants signed a $950 a week lease on the house.", "$950", "lease"),
    (
        "Investors are wary of Telstra, which is 20 percent-owned by pension funds.",
        "20 percent",
        "Telstra",
    ),
    ("At 40 tonnes, the truck is too heavy for the bridge.", "40 tonnes", "truck"),
    (
        "Banks led the gains, with shares such as Westpac up 2.1 per cent.",
        "2.1 per cent",
        "Westpac",
    ),
    (
        "The price of wheat climbed from $310 U.S. per tonne to $350 this month.",
        "$350",
        "price of wheat",
    ),
    (
        "The cost of coffee beans went from $8 US a kilo to $9 in a year.",
        "$9",
        "cost of coffee beans",
    ),
    ("The union said 300 nurses striking for pay gathered outside.", "300", "nurses"),
]


@pytest.mark.parametrize(("text", "mention", "subject"), SUBJECTS)
def test_subject(text: str, mention: str, subject: str | None) -> None:
    assert subject_of(text, mention) == subject


def test_rule_word_lists_are_english_data() -> None:
    en, id_ = sem_lexicon("en"), sem_lexicon("id")
    assert {"the", "its"} <= en.determiners and "by" in en.passive_agent
    assert "every" in en.duration_preps and "out" in en.particles
    # the English rules read no word list in Indonesian, so they never fire there
    assert not (id_.determiners or id_.duration_preps or id_.auxiliaries or id_.passive_agent)


def test_capital_symbol_in_brackets_is_no_subject() -> None:
    # "(0.5 WAR)": an all-capital abbreviation closing brackets after a bare number is a unit
    # symbol claimx does not read, so the subject comes from before the number
    assert subject_of("He closed the season strongly (2.8 ERA).", "2.8") == "season"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # a level word after "a" names no measure; with "the" it is what is measured
        ("The previous record was 310 days.", "310 days", "record"),
        ("The low was 12 degrees overnight.", "12 degrees", "low"),
        ("Bolt set the record of 9.58 seconds in 2009.", "9.58 seconds", "record"),
        ("Bitcoin reached a peak of $69,000 in 2021.", "$69,000", "Bitcoin"),
        # a perfect's -ed verb of any length ends the phrase before it
        ("The war has moved inflation to 10.1%.", "10.1%", "inflation"),
    ],
)
def test_level_words_and_perfects(text: str, mention: str, subject: str | None) -> None:
    assert subject_of(text, mention) == subject
