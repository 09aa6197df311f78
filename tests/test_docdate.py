"""Document date inference: header, dateline, event date, weekday inference, conflicts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimx import timex
from claimx.models import DocDate
from claimx.structure import analyse


def infer(text: str, lang: str) -> DocDate | None:
    return timex.document_date(text, lang, analyse(text, lang), None)


# (text, value, basis, has conflict)
ID_CASES = [
    (
        " date 2023-12 Kemenko mencatat 27 juta UMKM.\n\nHal itu disampaikan dalam Media "
        "Briefing, Senin (4/12/2023).",
        "2023-12-04",
        "header+event",
        False,
    ),
    (" date 2023-12 Kemenko mencatat 27 juta UMKM.", "2023-12", "header", False),
    (
        "kata Teten di Istana Merdeka, Jakarta, Kamis (11/6/2021).\n\nPer Mei 2021 ada 13,7 juta.",
        "2021-06-11",
        "event",
        True,
    ),
    ("kata Airlangga dalam webinar, Selasa, 15 Juni 2021.", "2021-06-15", "event", False),
    ("ujarnya seperti dikutip dari ANTARA, Sabtu (23/1/21).", "2021-01-23", "event", False),
    ("kata dia di Jakarta (19/6/2019).", "2019-06-19", "event", False),
    (
        "Judul\n- 23 Januari 2021, 15:45 WIB\nPerry mengatakan, Sabtu (23/1/21), transaksi naik.",
        "2021-01-23",
        "dateline",
        False,
    ),
    (
        "Jumlah koperasi pada 2023 mencapai 130.119 unit, kata Ahmad, Kamis (10/10). Ia tidak "
        "merinci pertumbuhan hingga 2024 ini.",
        "2024-10-10",
        "weekday",
        False,
    ),
    # wire datelines without a year
    (
        "JAKARTA, 1 Juli (Reuters) - Inflasi turun menjadi 2,51 persen pada Juni 2024, kata "
        "BPS pada Senin.",
        "2024-07-01",
        "dateline+weekday",
        False,
    ),
    (
        "SURABAYA, 19 Juli (Antara) - Ekspor Jawa Timur turun 14 persen pada semester pertama "
        "2023.",
        "2023-07-19",
        "dateline+periods",
        False,
    ),
]

EN_CASES = [
    (
        "Headline\n\nMonday, October 17, 2022\n\nBPS projects rice output.",
        "2022-10-17",
        "dateline",
        False,
    ),
    (
        "Source\nJakarta Globe - November 11, 2020\n\nJakarta - The report...",
        "2020-11-11",
        "dateline",
        False,
    ),
    (
        "BPS chairman told a press conference on Tuesday, January 15, 2019. The rate fell.",
        "2019-01-15",
        "event",
        False,
    ),
    (
        "As of December 2023, 25 million MSMEs are online, he said in a written statement, "
        "Saturday, August 3.",
        "2024-08-03",
        "weekday",
        False,
    ),
    (
        "He spoke at an event in Jakarta on Thursday. KUR reached Rp278 trillion in the year "
        "ending December 27, 2021.",
        "2021-12-30",
        "weekday after latest reported date",
        False,
    ),
    ("He said on Thursday, June 23, 2021 that sales rose.", "2021-06-23", "event", True),
    (
        "JAKARTA, Jan 5, 2024 (Reuters) - Exports fell 11.3 percent in 2023, BPS said on Monday.",
        "2024-01-05",
        "dateline",
        False,
    ),
    # wire datelines without a year: a weekday and the reported past periods fix the year
    (
        "BANGKOK, Oct 6 (Reuters) - Thai exports rose 2.1 percent in August and fell 4 percent "
        "in the first half of 2023, the commerce ministry said on Friday.",
        "2023-10-06",
        "dateline+weekday",
        False,
    ),
    (
        "HANOI, Nov 3 (Reuters) - Vietnam's exports grew 4 percent in 2021, the customs office "
        "said on Thursday.",
        "2022-11-03",
        "dateline+weekday",
        False,
    ),
    (
        "KUALA LUMPUR, July 19 (Reuters) - Malaysia's exports fell 14.1 percent in June 2023 "
        "from a year earlier.",
        "2023-07-19",
        "dateline+periods",
        False,
    ),
    (  # a weekday that is not the dateline's own does not push the date years ahead
        "JAKARTA, Feb 12 (Reuters) - Revenue climbed 6.5% in 2025, the company said in a "
        "statement on Wednesday. Shares rose 4% on Thursday.",
        "2026-02-12",
        "dateline+periods",
        False,
    ),
    (  # nor a year on from the first such day after the reported periods
        "JAKARTA, Feb 12 (Reuters) - Revenue climbed 6.5% in 2024, the company said on Thursday.",
        "2025-02-12",
        "dateline+periods",
        False,
    ),
    (
        "MANILA, Jan 9 (Reuters) - The economy grew 5.6 percent in 2023. The government "
        "expects growth of 6.5 percent in 2025.",
        "2024-01-09",
        "dateline+periods",
        False,
    ),
]


@pytest.mark.parametrize(
    ("lang", "case"), [("id", c) for c in ID_CASES] + [("en", c) for c in EN_CASES]
)
def test_document_date(lang: str, case: tuple[str, str, str, bool]) -> None:
    text, value, basis, conflict = case
    d = infer(text, lang)
    assert d is not None
    assert (d.value, d.basis, d.conflict is not None) == (value, basis, conflict)
    assert d.start is not None and d.end is not None and text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Fixy said at a press conference accessed from here on Tuesday."),
        ("en", "The rate fell in February, 2020, BPS said on Tuesday. Copyright © ANTARA 2020"),
        ("id", "Jumlah UMKM naik 5 persen pada 2023."),
        ("id", "Ahmad berbicara Kamis (10/10)."),
        ("en", "He spoke on Monday. The law was signed on August 17, 1945; sales rose in 2023."),
        ("en", ""),
        # a yearless dateline with no reported past period to date it
        ("en", "LONDON, May 2 (Reuters) - Shares fell 1 percent, traders said on Thursday."),
        ("en", "TOKYO, Nov 3 (Reuters) - Toyota expects profit of $20 billion in 2025."),
    ],
)
def test_no_document_date(lang: str, text: str) -> None:
    assert infer(text, lang) is None


def test_conflict_names_both_weekdays() -> None:
    d = infer("kata Teten, Kamis (11/6/2021).", "id")
    assert d is not None and d.conflict is not None
    assert "Thursday" in d.conflict and "Friday" in d.conflict


def test_given_date_wins() -> None:
    text = "kata dia, Senin (4/12/2023)."
    given = timex.given_date("2020-01-02")
    assert timex.document_date(text, "id", analyse(text, "id"), given) == given


@pytest.mark.parametrize("bad", ["2023-13", "12/4/2023", "yesterday", "2023-02-30"])
def test_given_date_rejects_non_iso(bad: str) -> None:
    with pytest.raises(ValueError, match="ISO 8601"):
        timex.given_date(bad)


def test_seed_document_dates(seeds_dir: Path) -> None:
    for line in (seeds_dir / "docs.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        text = (seeds_dir / f"{rec['doc']}.txt").read_text(encoding="utf-8")
        d = infer(text, rec["lang"])
        assert (d.value if d else None) == rec["date"], rec["doc"]


def test_dev_document_dates(shared_dir: Path) -> None:
    dev = shared_dir / "dev"
    records = [json.loads(x) for x in (dev / "docs.jsonl").read_text(encoding="utf-8").splitlines()]
    hits = 0
    for rec in records:
        d = infer((dev / f"{rec['doc']}.txt").read_text(encoding="utf-8"), rec["lang"])
        hits += (d.value if d else None) == rec["date"]
    assert hits / len(records) >= 0.9
