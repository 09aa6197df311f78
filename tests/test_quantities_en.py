"""English quantity breadth: currencies, units, ages, fractions, bounds and not-amounts."""

from __future__ import annotations

import pytest

from claimx.numbers import parse_number_words
from claimx.quantities import find_quantities

CASES = [
    # text, mention, value, unit, qualifier
    ("sold for 7,199 Chinese yuan on Monday", "7,199 Chinese yuan", 7199, "CNY", "exact"),
    (
        "a fine of 10.5 million Australian dollars",
        "10.5 million Australian dollars",
        10.5e6,
        "AUD",
        "exact",
    ),
    ("was about $US113 trillion before", "about $US113 trillion", 113e12, "USD", "approx"),
    ("grew to HK $3.7 billion last year", "HK $3.7 billion", 3.7e9, "HKD", "exact"),
    ("almost S $1mil from victims", "almost S $1mil", 1e6, "SGD", "approx"),
    ("laundered RM3.06mil from victims", "RM3.06mil", 3.06e6, "MYR", "exact"),
    ("turnover of 1.23 billion shekels", "1.23 billion shekels", 1.23e9, "ILS", "exact"),
    ("a stimulus of INR1 trillion", "INR1 trillion", 1e12, "INR", "exact"),
    ("to spend $13.6M on it", "$13.6M", 13.6e6, "USD", "exact"),
    ("decrease to $-50.8bn, while", "$-50.8bn", -50.8e9, "USD", "exact"),
    ("rose 18 sen to RM23.50", "18 sen", 18, "sen", "exact"),
    ("was up 19 cents at", "19 cents", 19, "cent", "exact"),
    ("rose 6.5% to 164p.", "164p", 164, "GBX", "exact"),
    ("they were up 5pc when", "5pc", 5, "percent", "exact"),
    ("the rate to .001 per cent.", ".001 per cent", 0.001, "percent", "exact"),
    ("a 35-year-old man", "35-year-old", 35, "year", "exact"),
    ("her 18 month-old daughter", "18 month-old", 18, "month", "exact"),
    ("a 6.1-inch display", "6.1-inch", 6.1, "inch", "exact"),
    ("winds of 155mph early", "155mph", 155, "mph", "exact"),
    ("go 0 to 80km/h in", "0", 0, "km/h", "range"),
    ("a 570 sq m space", "570 sq m", 570, "m2", "exact"),
    ("a 5.2 litre V10 engine", "5.2 litre", 5.2, "liter", "exact"),
    ("50mL of acid", "50mL", 50, "ml", "exact"),
    ("only ~45g each", "~45g", 45, "g", "approx"),
    ("the 12.3m tonnes of jet fuel", "12.3m tonnes", 12.3e6, "ton", "exact"),
    ("a 5kW solar panel system", "5kW", 5, "kW", "exact"),
    ("a 120Hz refresh rate", "120Hz", 120, "Hz", "exact"),
    ("the ATV Madness 2.4Ghz toy", "2.4Ghz", 2.4, "GHz", "exact"),
    ("a 30Mbps plan with 60GB data", "30Mbps", 30, "Mbps", "exact"),
    ("the Lamborghinis 640bhp engine", "640bhp", 640, "hp", "exact"),
    ("2.14degF higher", "2.14degF", 2.14, "fahrenheit", "exact"),
    ("dropped by 1.5 degrees Celsius", "1.5 degrees Celsius", 1.5, "celsius", "exact"),
    (
        "cool gas to minus-260 degrees Fahrenheit",
        "minus-260 degrees Fahrenheit",
        -260,
        "fahrenheit",
        "exact",
    ),
    ("the offense was minus-5 yards.", "minus-5 yards", -5, "yard", "exact"),
    ("produce sub-7 nanometer ICs", "sub-7 nanometer", 7, "nm", "less_than"),
    ("at 1200 parts per million", "1200 parts per million", 1200, "ppm", "exact"),
    ("one 52,000 barrel-a-day refinery", "52,000 barrel-a-day", 52000, "barrel/day", "exact"),
    ("orbiting more than 3200 times", "more than 3200 times", 3200, "times", "more_than"),
    ("floor area ≈ 32 square metres", "≈ 32 square metres", 32, "m2", "approx"),
    ("There were 4 hundred people.", "4 hundred people", 400, "count", "exact"),
    ("make the S8 around 25k cheaper", "around 25k", 25000, "count", "approx"),
    ("had 2.7m combined sales", "2.7m", 2.7e6, "count", "exact"),
    ("requires 1/2 pound of chocolate", "1/2 pound of", 0.5, "lb", "exact"),
    ("an ounce is 1/16 of a pint", "1/16", 1 / 16, "count", "exact"),
    ("There are 4 to 5 thousand people.", "4", 4000, "count", "range"),
    ("Ford, which has 13000 workers in the UK", "13000 workers", 13000, "count", "exact"),
    ("the offer of C $6 (US $4.46) per share", "C $6", 6, "CAD", "exact"),
    ("and 450 Nm (332 lb-ft) of torque", "450 Nm", 450, "N*m", "exact"),
]


@pytest.mark.parametrize(("text", "mention", "value", "unit", "qualifier"), CASES)
def test_english_quantity(text: str, mention: str, value: float, unit: str, qualifier: str) -> None:
    found = [q for q in find_quantities(text, "en") if text[q.start : q.end] == mention]
    assert found, [text[q.start : q.end] for q in find_quantities(text, "en")]
    q = found[0]
    assert q.value == pytest.approx(value)
    assert (q.unit, q.qualifier) == (unit, qualifier)


NOT_AMOUNTS = [
    # names and identifiers with numbers, clock times, lone multiplier words
    "The S&P 500 rose on Monday.",
    "the new iPhone 11 Pro and the Apple Watch 5 went on sale",
    "when he was hurt in Game 2 last week",
    "in the Fortune 100 this year",
    "the flag was flown at half-staff",
    "nearly flawless in the fourth quarter",
    "at 11 a.m. then worked",
    "the price quoted at 5am",
    "(0401 GMT) on Friday",
    "told BBC One on Sunday",
    "Apple One's Individual plan launched",
    "carbon levels measured in parts per million",
    "S&P 500 e-minis were flat",
    "Bristol City beat Charlton 2-1 thanks to a late winner",
    "the game was tied at 89-89",
    "The hunt runs Sept. 20-24 and Oct. 18-22.",
    "the 9/11 attacks and a 50/50 split",
    "open 24/7 all year",
    "In 2020 students returned to class.",
]


@pytest.mark.parametrize("text", NOT_AMOUNTS)
def test_not_amounts(text: str) -> None:
    assert [text[q.start : q.end] for q in find_quantities(text, "en", claims_only=False)] == []


@pytest.mark.parametrize(
    ("text", "mention", "lower", "upper", "unit"),
    [
        ("Dozens of people were killed", "Dozens of people", 12, 120, "count"),
        ("adding tens of thousands of dollars to", "tens of thousands of dollars", 1e4, 1e5, "USD"),
        ("thousands of job cuts", "thousands", 1e3, 1e4, "count"),
        ("a plume that extends hundreds of miles", "hundreds of miles", 100, 1000, "mile"),
    ],
)
def test_orders_of_magnitude_only_outside_claims(
    text: str, mention: str, lower: float, upper: float, unit: str
) -> None:
    assert find_quantities(text, "en") == []
    (q,) = find_quantities(text, "en", claims_only=False)
    assert (text[q.start : q.end], q.lower, q.upper, q.unit, q.qualifier) == (
        mention,
        lower,
        upper,
        unit,
        "range",
    )


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Lampard won four FA Cup finals with Chelsea.", 4, "exact"),
    ],
)
def test_bare_word_numbers_only_outside_claims(text: str, value: float, qualifier: str) -> None:
    assert find_quantities(text, "en") == []
    (q,) = find_quantities(text, "en", claims_only=False)
    assert (q.value, q.qualifier) == (pytest.approx(value), qualifier)


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Nearly two-thirds of the sales came from CDs.", 2 / 3, "approx"),
        ("A third of the population lives there.", 1 / 3, "exact"),
    ],
)
def test_a_fraction_of_a_whole_is_a_share_in_percent_among_claims(
    text: str, value: float, qualifier: str
) -> None:
    (q,) = find_quantities(text, "en")
    assert (q.value, q.unit, q.qualifier) == (pytest.approx(100 * value), "percent", qualifier)
    (q,) = find_quantities(text, "en", claims_only=False)  # every amount, as written
    assert (q.value, q.qualifier) == (pytest.approx(value), qualifier)


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        ("just under 296 hp (224 kW) of power", ["less_than", "less_than"]),
        ("more than 7.5 million Danish crowns (US $1.1 million)", ["more_than", "more_than"]),
        ("panel strength lower than 8.90 ksi (61.4 MPa).", ["less_than", "less_than"]),
        ("about 8 miles (13 kilometers) of tunnels", ["approx", "approx"]),
        ("it lost 190 points, or 0.6%", ["exact", "exact"]),
    ],
)
def test_bracketed_conversion_keeps_the_bound(text: str, qualifiers: list[str]) -> None:
    assert [q.qualifier for q in find_quantities(text, "en")] == qualifiers


@pytest.mark.parametrize(
    ("text", "values", "units"),
    [
        ("to slow from 4.8 to 4.7 percent", [4.8, 4.7], ["percent", "percent"]),
        ("get from $10 to $15 billion", [10e9, 15e9], ["USD", "USD"]),
        ("prices range from $370,000 to $5.5 million", [370000, 5.5e6], ["USD", "USD"]),
        ("from the US $89 to $93 billion", [89e9, 93e9], ["USD", "USD"]),
    ],
)
def test_pairs_share_scale_and_unit(text: str, values: list[float], units: list[str]) -> None:
    found = find_quantities(text, "en")
    assert [q.value for q in found] == pytest.approx(values)
    assert [q.unit for q in found] == units


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("two-thirds", 2 / 3),
        ("a third", 1 / 3),
        ("One fourth", 0.25),
        ("two dozen", 24),
        ("one and a half", 1.5),
        ("half a million", 5e5),
    ],
)
def test_fraction_words(words: str, value: float) -> None:
    assert parse_number_words(words, "en") == pytest.approx(value)


def test_fraction_cannot_take_another_fraction() -> None:
    with pytest.raises(ValueError):
        parse_number_words("third quarter", "en")
