"""Rules read from a quantity's neighbours (claimx.quantrules), through find_quantities."""

from __future__ import annotations

import pytest

from claimx.quantities import find_quantities


def _found(text: str) -> list[tuple[str, float, str]]:
    return [
        (text[q.start : q.end], q.value, q.unit)
        for q in find_quantities(text, "en", claims_only=False)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun "one" after a determiner is no count; "one solution" is
        ("add ten users to make up for each one they lose", [("ten users", 10, "count")]),
        ("using the same one across accounts", []),
        ("You have one solution that does it all", [("one", 1, "count")]),
        # a fraction word glued to the next word is an adjective
        ("unless a third-party evaluation determines", []),
        ("A third of the population lives there", [("A third", 1 / 3, "count")]),
        # a four-digit amount stays an amount after "by" or before "and 2000"
        ("The workforce grew by 2500 last year", [("2500", 2500, "count")]),
        ("drew between 1500 and 2000 visitors", [("1500", 1500, "count")]),
        # a bare number set off by commas after a name is an age
        ("Maddon, 66, has used the downtime", [("66", 66, "year")]),
        ("Apple, 3, Google, 5", [("3", 3, "count"), ("5", 5, "count")]),
        ("Apple, 9, and Google, 5", [("9", 9, "count"), ("5", 5, "count")]),
        # "m" is metres when the bracketed conversion is a length
        ("the 37m (121ft)-long skeleton", [("37m", 37, "m"), ("121ft", 121, "ft")]),
        ("sold 37m (US$12m) worth", [("37m", 37e6, "count"), ("US$12m", 12e6, "USD")]),
        # a part of an amount shares its currency
        (
            "raised 280 million of the 1.5 billion shekels",
            [("280 million", 280e6, "ILS"), ("1.5 billion shekels", 1.5e9, "ILS")],
        ),
        (
            "280 million of the 1.5 billion people",
            [("280 million", 280e6, "count"), ("1.5 billion people", 1.5e9, "count")],
        ),
    ],
)
def test_refine(text: str, expected: list[tuple[str, float, str]]) -> None:
    got = _found(text)
    assert [(m, u) for m, _, u in got] == [(m, u) for m, _, u in expected]
    assert [v for _, v, _ in got] == pytest.approx([v for _, v, _ in expected])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare decimal figure takes the measure of the nearest measured one before it
        (
            "a minus-1.4 degree launch angle in 2018 and 2.1 last year",
            [("minus-1.4 degree", -1.4, "degree"), ("2.1", 2.1, "degree")],
        ),
        (
            "ended at 1,463.78 points, while the TA-125 lost 1.1% to end at 1,334.20",
            [
                ("1,463.78 points", 1463.78, "point"),
                ("1.1%", 1.1, "percent"),
                ("1,334.20", 1334.2, "point"),
            ],
        ),
        ("It weighs 5 kg. Prices rose 2.5 on Monday", [("5 kg", 5, "kg"), ("2.5", 2.5, "count")]),
        ("sold 300 cars and 2 trucks", [("300 cars", 300, "count"), ("2", 2, "count")]),
        ("averaged 7.3 points 3.7 rebounds", [("7.3 points", 7.3, "point"), ("3.7", 3.7, "count")]),
        # a figure before a preposition may be its own measure; another clause's unit stays
        (
            "He ran 10.2 km and weighed 81.5 on the scale",
            [("10.2 km", 10.2, "km"), ("81.5", 81.5, "count")],
        ),
        (
            "rose 1.5 degrees while the index gained 2.3 to close",
            [("1.5 degrees", 1.5, "degree"), ("2.3", 2.3, "count")],
        ),
    ],
)
def test_refine_ratios_and_elided_measures(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    test_refine(text, expected)


def test_elided_measure_is_an_english_rule() -> None:
    text = (
        "Tawaran sebesar $3.18 miliar membantu menaikkan indeks menjadi 2645.08 , dalam perdagangan"
    )
    found = find_quantities(text, "id", claims_only=False)
    assert [(text[q.start : q.end], q.unit) for q in found][-1] == ("2645.08", "count")
