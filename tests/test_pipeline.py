"""The front door: extract() on whole texts, offsets, language detection, arbitrary input."""

from __future__ import annotations

import gc
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimx
from claimx.language import detect_language


def test_extract_seed_article(seeds_dir: Path) -> None:
    text = (seeds_dir / "002_ace72b6c210ee1f9.txt").read_text(encoding="utf-8")
    art = claimx.extract(text, doc_id="002")
    assert art.lang == "id" and art.doc_id == "002"
    values = [c.value for c in art.claims]
    assert 22_800_000 in values and 27_000_000 in values
    for c in art.claims:
        assert text[c.start : c.end] == c.text
        assert c.sentence is not None
        assert c.sentence.start <= c.start and c.end <= c.sentence.end


def test_extract_leaves_no_reference_cycles(seeds_dir: Path) -> None:
    # a document's working state (segments, tokens, speakers) is freed when extract returns,
    # not left for the cycle collector, whose passes over it cost time on every document
    text = (seeds_dir / "002_ace72b6c210ee1f9.txt").read_text(encoding="utf-8")
    text += "\n\nSales rose 5% to $3 billion, the company's chief executive said."
    claimx.extract(text)  # language data loaded
    gc.collect()
    art = claimx.extract(text)
    assert any(c.speaker for c in art.claims) and gc.collect() == 0


def test_quoted_flag() -> None:
    art = claimx.extract(
        "“Saat ini sudah 27 juta yang go digital,” ujarnya. Ada 5 juta lagi.", lang="id"
    )
    assert [c.quoted for c in art.claims] == [True, False]


def test_boilerplate_lines_hold_no_claims() -> None:
    text = "Produksi naik 5 persen.\nBaca Juga: Ekspor Naik 12 Persen\nRelated"
    assert [c.text for c in claimx.extract(text, lang="id").claims] == ["5 persen"]


def test_non_string_raises_type_error() -> None:
    with pytest.raises(TypeError, match="bytes"):
        claimx.extract(b"27 juta")  # type: ignore[arg-type]


def test_bad_lang_and_date_raise() -> None:
    with pytest.raises(ValueError, match="'fr'"):
        claimx.extract("x", lang="fr")
    with pytest.raises(ValueError, match="'4/12/2023'"):
        claimx.extract("x", date="4/12/2023")


def test_empty_text() -> None:
    art = claimx.extract("   \n ", lang="id")
    assert art.claims == ()


def test_extract_many_keeps_order() -> None:
    recs = [{"id": "a", "text": "Ada 5 juta UMKM."}, {"doc_id": "b", "text": "It rose 5 percent."}]
    arts = list(claimx.extract_many(recs))
    assert [a.doc_id for a in arts] == ["a", "b"]
    assert [a.lang for a in arts] == ["id", "en"]
    with pytest.raises(ValueError, match="record 0: record has no 'text'"):
        list(claimx.extract_many([{"id": "x"}]))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pemerintah menargetkan 30 juta UMKM go digital pada tahun 2024.", "id"),
        ("The government targets 30 million MSMEs to go digital by 2024.", "en"),
        ("Kemenkop UKM noted that as many as 25,292,701 MSMEs have been present.", "en"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_language_of_every_seed(seeds_dir: Path) -> None:
    import json

    docs = [json.loads(x) for x in (seeds_dir / "docs.jsonl").read_text().splitlines()]
    for d in docs:
        text = (seeds_dir / f"{d['doc']}.txt").read_text(encoding="utf-8")
        assert detect_language(text) == d["lang"], d["doc"]


_pieces = st.sampled_from(
    [
        "27 juta",
        "22,8",
        "25.292.701",
        "Rp.877 triliun",
        "39.52 percent",
        "“",
        "”",
        '"',
        "\n",
        "sekitar ",
        "2024",
        "(4/12/2023)",
        "COVID-19",
        "ujarnya",
        " ",
        ".",
        "-",
        "%",
        "juta",
        "ribu",
        "$",
        "half a",
        "\u00a0",
        "\u200b",
        "\u0661\u0662\u0663",
        "\uff11\uff12\uff13",
        "Rp",
        "to",
        "sampai",
    ]
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.one_of(_pieces, st.text(max_size=8)), max_size=30),
    st.sampled_from([None, "id", "en"]),
)
def test_arbitrary_text_never_raises_and_offsets_hold(parts: list[str], lang: str | None) -> None:
    text = "".join(parts)
    art = claimx.extract(text, lang=lang)
    for c in art.claims:
        assert text[c.start : c.end] == c.text
        assert math.isfinite(c.value)
