"""More English quantity rules: ASCII-folded currency signs, addresses and other not-amounts."""

from __future__ import annotations

import pytest

from claimx.quantities import find_quantities


def _found(text: str) -> list[tuple[str, float, str, str]]:
    return [
        (text[q.start : q.end], q.value, q.unit, q.qualifier)
        for q in find_quantities(text, "en", claims_only=False)
    ]


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        # unidecode and wire feeds fold "£" to "PS" and "¥" to "Y="
        ("an annual package worth PS2.7m.", "PS2.7m", 2.7e6, "GBP"),
        ("paid HK $216,925 (PS21,700) for flights", "PS21,700", 21700, "GBP"),
        ("an PS8.1bn hostile takeover", "PS8.1bn", 8.1e9, "GBP"),
        ("Nintendo plunged 4.28 percent to Y=28,030 as", "Y=28,030", 28030, "JPY"),
        ("a net profit of Y=590 billion", "Y=590 billion", 590e9, "JPY"),
    ],
)
def test_ascii_folded_currency_signs(text: str, mention: str, value: float, unit: str) -> None:
    hits = [f for f in _found(text) if f[0] == mention]
    assert hits, _found(text)
    assert hits[0][1] == pytest.approx(value)
    assert hits[0][2] == unit


@pytest.mark.parametrize(
    "text",
    [
        "He bought a PS4 and a PS5 console.",  # a guarded prefix before a bare figure
        "Chorlton-cum-Hardy 575 Wilbraham Road, Chorlton-cum-Hardy",
        "Properties including: 9 E 71st St, Manhattan",
        "358 El Brillo Way, Palm Beach, Florida",
        "22 Ave Foch, Paris, France",
        "The unit at 16-18 Industrial Avenue has leased",
        "the page sets id=42 here",
    ],
)
def test_not_amounts(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Some 25 St Helens fans travelled", "Some 25"),  # "St" before a name is "Saint"
        ("the 9 Supreme Court justices", "9"),
        ("He walked 5 miles down the Road.", "5 miles"),
    ],
)
def test_street_words_that_are_no_address(text: str, mention: str) -> None:
    assert [f[0] for f in _found(text)] == [mention]


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        ("floor area ≈ 32m2.", "≈ 32m2", 32, "m2"),  # not an identifier "m2"
        ("a 5km2 park", "5km2", 5, "km2"),
        ("mass is 1.99\u00d710−30 kilograms", "1.99\u00d710−30 kilograms", 1.99e-30, "kg"),
        ("about 6.02 x 10^23 atoms", "about 6.02 x 10^23", 6.02e23, "count"),
        ("light travels 3\u00d710⁸ m/s", "3\u00d710⁸ m/s", 3e8, "m/s"),
        ("about minus 387 Fahrenheit ,minus 233 Celsius", "minus 233 Celsius", -233, "celsius"),
    ],
)
def test_glued_and_scientific_figures(text: str, mention: str, value: float, unit: str) -> None:
    hits = [f for f in _found(text) if f[0] == mention]
    assert hits, _found(text)
    assert (hits[0][1], hits[0][2]) == (pytest.approx(value), unit)


def test_signed_figures_and_sizes() -> None:
    assert [f[1] for f in _found("German DAX -1.6% on Monday")] == [-1.6]
    assert [f[1] for f in _found("FTSE -150 points, DAX -90 points")] == [-150, -90]
    assert [f[0] for f in _found("a 3 x 10 room")] == ["3", "10"]  # a size, no exponent


def test_every_figure_of_a_bracketed_conversion_keeps_the_bound() -> None:
    text = "just under 296 hp (224 kW / 300 PS) and 450 Nm (332 lb-ft) of torque"
    quals = [q.qualifier for q in find_quantities(text, "en")]
    assert quals == ["less_than", "less_than", "less_than", "exact", "exact"]


def test_code_before_its_cue_is_no_amount() -> None:
    assert [f[0] for f in _found("In the 90049 ZIP Code, based on 37 sales")] == ["37"]


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        # a change and the level it reached
        ("having increased by $43.6 billion to $419.2 billion.", ["exact", "exact"]),
        # ranges of a change
        ("temperatures dropped by 1 to 1.5 degrees Celsius", ["range", "range"]),
        ("prices rose by 2% to 3%", ["range", "range"]),
        ("a fine of $3 billion to $5 billion", ["range", "range"]),
    ],
)
def test_by_a_to_b(text: str, qualifiers: list[str]) -> None:
    assert [q.qualifier for q in find_quantities(text, "en")] == qualifiers


def test_level_after_a_range_takes_its_unit() -> None:
    text = "and from about 14-18 mpg to 24 for standard sport utility vehicles"
    assert [(f[0], f[2]) for f in _found(text)] == [
        ("about 14", "mpg"),
        ("18 mpg", "mpg"),
        ("24", "mpg"),
    ]
    assert [f[2] for f in _found("between 14-18 mpg to 24")][-1] == "count"  # no change opener


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("almost half of which are in california", [("almost half", 0.5, "count", "approx")]),
        ("more than half of voters", [("more than half", 0.5, "count", "more_than")]),
        ("in the second half of the year", []),
        ("the flag flew at half-staff", []),
    ],
)
def test_a_bounded_half_is_an_amount(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        ("It took 2½ years", "2½ years", 2.5, "year"),
        ("a 3½-hour meeting", "3½-hour", 3.5, "hour"),
        ("a 10,000-square-foot home", "10,000-square-foot", 10000, "ft2"),
        ("a budget of Rs 500 crore", "Rs 500 crore", 5e9, "INR"),
        ("some 2 lakh people", "some 2 lakh people", 2e5, "count"),
        ("fined Dh500 for it", "Dh500", 500, "AED"),
        ("paid 300 dirhams", "300 dirhams", 300, "AED"),
        ("after 12 mths", "12 mths", 12, "month"),
    ],
)
def test_more_english_units(text: str, mention: str, value: float, unit: str) -> None:
    hits = [f for f in _found(text) if f[0] == mention]
    assert hits, _found(text)
    assert (hits[0][1], hits[0][2]) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "mention", "unit"),
    [
        ("the 50 previous years worth of programming", "50 previous years", "year"),
        ("for three straight months", "three straight months", "month"),
        ("two full days later", "two full days", "day"),
        ("10 straight games", "10 straight games", "count"),
        ("a 5 long list", "5", "count"),  # no unit after the adjective
    ],
)
def test_adjective_between_figure_and_unit(text: str, mention: str, unit: str) -> None:
    assert [(f[0], f[2]) for f in _found(text)] == [(mention, unit)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The dose was 0.00001 x 10^3 grams.", [0.01]),
        ("Debt reached 10000000000000000 x 10^3 dollars.", [1e19]),
        ("1" * 400 + " x 10^5 kg", []),  # no finite value: no quantity, and no error
        ("costs 2 x 10-15 dollars", [2, 10, 15]),  # spaced: a range, no exponent
    ],
)
def test_scientific_notation_is_exact_finite_and_never_raises(
    text: str, values: list[float]
) -> None:
    assert [f[1] for f in _found(text)] == pytest.approx(values)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He lives at 575 Wilbraham Road.", []),
        ("Tesla Cuts 500 Jobs In Drive For Profit", ["500 Jobs"]),
        ("Ford Recalls 5000 Cars On Highway Safety Fears", ["5000 Cars"]),
    ],
)
def test_an_address_is_no_headline(text: str, found: list[str]) -> None:
    assert [f[0] for f in _found(text)] == found


def test_nights_are_a_time_unit() -> None:
    assert [(f[0], f[2]) for f in _found("The average stay rose to 3.2 nights.")] == [
        ("3.2 nights", "night")
    ]
