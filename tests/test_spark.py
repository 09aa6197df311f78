"""claimx.spark in local mode: claim rows equal claimx.extract's, schema follows the Claim model.

Needs the ``spark`` extra and Java; CI installs both, so there a missing piece fails instead of
skipping.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import claimx

if os.environ.get("CI") != "true":
    pytest.importorskip("pyspark")
    pytest.importorskip("pyarrow")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("no Java for Spark", allow_module_level=True)

from pyspark.sql import SparkSession

from claimx import spark as cs


@pytest.fixture(scope="module")
def session() -> Iterator[SparkSession]:
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    s = (
        SparkSession.builder.master("local[2]")
        .appName("claimx-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.memory", "1g")
        .getOrCreate()
    )
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


def _seed_articles(seeds_dir: Path) -> list[dict[str, Any]]:
    meta = {
        d["doc"]: d
        for d in map(json.loads, (seeds_dir / "docs.jsonl").read_text("utf-8").splitlines())
    }
    out = []
    for i, p in enumerate(sorted(seeds_dir.glob("*.txt"))):
        m = meta[p.stem]
        # half the articles carry date and language, the others leave them to claimx
        given = i % 2 == 0
        out.append(
            {
                "id": p.stem,
                "text": p.read_text(encoding="utf-8"),
                "date": m["date"] if given else None,
                "lang": m["lang"] if given else None,
            }
        )
    return out


def _expected(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for a in articles:
        art = claimx.extract(a["text"], lang=a.get("lang"), date=a.get("date"), doc_id=a["id"])
        for i, c in enumerate(art.claims):
            row = json.loads(c.model_dump_json())
            row.update(doc_id=a["id"], doc_date=art.date.value if art.date else None, claim_index=i)
            rows.append(row)
    return rows


def _key(r: dict[str, Any]) -> tuple[str, int]:
    return r["doc_id"], r["claim_index"]


def test_claim_rows_equal_extract_on_the_seeds(session: SparkSession, seeds_dir: Path) -> None:
    articles = _seed_articles(seeds_dir)
    df = session.createDataFrame(articles, "id string, text string, date string, lang string")
    out = cs.claims(df.repartition(2))
    assert out.schema == cs.spark_schema()
    got = sorted((r.asDict(recursive=True) for r in out.collect()), key=_key)
    want = sorted(_expected(articles), key=_key)
    assert len(got) == len(want) > 20
    assert got == want


def test_optional_columns_may_be_absent(session: SparkSession) -> None:
    df = session.createDataFrame(
        [(1, "Penjualan naik 5,2 persen menjadi Rp 1,2 triliun."), (2, "It rose 3 percent.")],
        "id long, text string",
    )
    rows = sorted(cs.claims(df).collect(), key=lambda r: (r.doc_id, r.claim_index))
    assert [(r.doc_id, r.lang, r.unit, r.value) for r in rows] == [
        ("1", "id", "percent", 5.2),
        ("1", "id", "IDR", 1.2e12),
        ("2", "en", "percent", 3.0),
    ]


def test_missing_text_column_is_named(session: SparkSession) -> None:
    df = session.createDataFrame([(1, "x")], "id long, body string")
    with pytest.raises(ValueError, match="no column 'text'"):
        cs.claims(df)
    assert cs.claims(df, text_col="body").count() == 0


def test_schema_is_derived_from_the_claim_model() -> None:
    names = [f.name for f in cs.spark_schema().fields]
    assert names == ["doc_id", "doc_date", "claim_index", *claimx.Claim.model_fields]
    assert cs.arrow_schema().names == names
    speaker = cs.spark_schema()["speaker"].dataType
    assert [f.name for f in speaker.fields] == list(claimx.Speaker.model_fields)
    assert cs.spark_schema()["notes"].dataType.simpleString() == "array<string>"


def test_claim_rows_name_the_bad_article() -> None:
    with pytest.raises(ValueError, match="article 'x': bad date"):
        cs.claim_rows([{"id": "x", "text": "Naik 5 persen.", "date": "kemarin"}])
