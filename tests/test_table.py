"""Flat claim rows: columns from the models, CSV output, DataFrames, and the round trip."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from claimx import table
from claimx.cli import main
from claimx.models import Article, Claim, DocDate, SentenceRef, Speaker, TimeRef

ROOT = Path(__file__).resolve().parents[1]


def _claim(**kw: Any) -> Claim:
    base: dict[str, Any] = {"text": "5", "start": 0, "end": 1, "value": 5.0, "unit": "count"}
    base.update(kw)
    base.setdefault("lang", "id")
    return Claim(**base)


RICH = _claim(
    text="27 juta",
    start=10,
    end=17,
    value=27e6,
    qualifier="approx",
    kind="target",
    subject="UMKM",
    time=TimeRef(value="2024", text="tahun depan", start=20, end=31, relation="by"),
    speaker=Speaker(
        name="Teten Masduki",
        title="Menteri Koperasi dan UKM",
        organization="Kemenkop UKM",
        text="kata Menteri Koperasi dan UKM Teten Masduki",
        start=40,
        end=53,
        via="explicit",
    ),
    sentence=SentenceRef(index=2, start=0, end=60),
    quoted=True,
    notes=("ambiguous separator", "read as thousands"),
)
ART = Article(
    doc_id="007",
    lang="id",
    date=DocDate(value="2023-12-04", basis="event", text="(4/12/2023)", start=0, end=11),
    claims=(RICH, _claim(subject="")),
)


def test_every_model_field_is_a_column() -> None:
    names = table.column_names()
    assert len(names) == len(set(names))
    for name, info in Claim.model_fields.items():
        nested = info.annotation
        subfields = [
            f
            for m in getattr(nested, "__args__", (nested,))
            for f in getattr(m, "model_fields", {})
        ]
        expected = [f"{name}_{f}" for f in subfields] or [name]
        assert set(expected) <= set(names), f"Claim.{name} is not flattened into {expected}"
    assert names[:4] == ["doc_id", "doc_date", "doc_date_basis", "claim_index"]
    assert all(c.description for c in table.columns()), "every column is documented"


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        ("doc_id", "007"),
        ("doc_date", "2023-12-04"),
        ("doc_date_basis", "event"),
        ("claim_index", 0),
        ("text", "27 juta"),
        ("value", 27e6),
        ("qualifier", "approx"),
        ("kind", "target"),
        ("subject", "UMKM"),
        ("base", None),
        ("time_value", "2024"),
        ("time_text", "tahun depan"),
        ("time_relation", "by"),
        ("time_start", 20),
        ("speaker_name", "Teten Masduki"),
        ("speaker_title", "Menteri Koperasi dan UKM"),
        ("speaker_organization", "Kemenkop UKM"),
        ("speaker_via", "explicit"),
        ("speaker_end", 53),
        ("sentence_index", 2),
        ("quoted", True),
        ("notes", "ambiguous separator; read as thousands"),
    ],
)
def test_flat_row_values(column: str, expected: object) -> None:
    row = next(table.rows([ART]))
    assert row[column] == expected
    assert list(row) == table.column_names()


def test_missing_values_are_none_and_docs_without_claims_give_no_rows() -> None:
    rows = list(table.rows([ART, Article(doc_id="empty", lang="en")]))
    assert len(rows) == 2
    second = rows[1]
    assert second["claim_index"] == 1
    assert second["subject"] is None, "an empty string counts as missing"
    assert second["time_value"] is None and second["speaker_name"] is None
    assert second["notes"] is None and second["quoted"] is False


def test_rows_accept_json_dicts() -> None:
    as_dict = json.loads(ART.model_dump_json())
    assert list(table.rows([as_dict])) == list(table.rows([ART]))


def test_writer_rejects_unknown_format() -> None:
    with pytest.raises(ValueError, match="'xml'"):
        table.writer("xml", io.StringIO())


def test_csv_header_even_without_rows() -> None:
    buf = io.StringIO()
    assert table.write_csv([], buf) == 0
    assert buf.getvalue() == ",".join(table.column_names()) + "\n"


def test_documented_columns_match_the_code() -> None:
    doc = (ROOT / "docs" / "table.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- columns:start -->\n(.*?)<!-- columns:end -->", doc, re.S)
    assert m, "docs/table.md lacks the <!-- columns:start/end --> block"
    assert m.group(1) == table.columns_markdown(), (
        "docs/table.md is stale: paste the output of `python -m claimx.table` between the markers"
    )


TRICKY = Article(
    doc_id="0012",
    lang="en",
    date=None,
    claims=(
        _claim(text='"a, b"\nNA', subject="NA", value=0.1 + 0.2, lang="en"),
        _claim(value=-0.69, unit="percent", base="x|y", lang="en"),
        _claim(value=877e12, unit="IDR", time=TimeRef(value="2024"), lang="en"),
        _claim(value=1e-7, subject="“kutipan” — ü", notes=("a; b",), lang="en"),
    ),
)


def test_csv_round_trip_of_tricky_values() -> None:
    pd = pytest.importorskip("pandas")
    buf = io.StringIO()
    assert table.write_csv([TRICKY], buf) == 4
    back = table.read_csv(io.StringIO(buf.getvalue()))
    pd.testing.assert_frame_equal(back, table.to_dataframe([TRICKY]))
    assert back.loc[0, "subject"] == "NA"
    assert back.loc[0, "value"] == 0.1 + 0.2
    assert back.loc[2, "time_value"] == "2024"
    assert back.loc[0, "doc_id"] == "0012"


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> int:
    code = main(argv)
    capsys.readouterr()
    return code


def test_seeds_csv_loads_back_with_the_rows_of_the_jsonl(
    seeds_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pd = pytest.importorskip("pandas")
    files = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    jsonl, csv_path = tmp_path / "s.jsonl", tmp_path / "s.csv"
    assert _cli(["extract", *files, "-o", str(jsonl)], capsys) == 0
    assert _cli(["extract", *files, "--format", "csv", "-o", str(csv_path)], capsys) == 0
    articles = [json.loads(x) for x in jsonl.read_text(encoding="utf-8").splitlines()]
    expected = table.to_dataframe(articles)
    n_claims = sum(len(a["claims"]) for a in articles)
    assert len(expected) == n_claims > 0
    # with claimx's reader the frames are identical, dtypes included
    pd.testing.assert_frame_equal(table.read_csv(csv_path), expected)
    # with plain pandas the same rows come back
    plain = pd.read_csv(csv_path)
    assert list(plain.columns) == table.column_names()
    assert len(plain) == n_claims
    for col in ("doc_id", "text", "unit", "kind", "qualifier"):
        assert plain[col].astype(str).tolist() == expected[col].astype(str).tolist(), col
    for col in ("start", "end", "value", "claim_index"):
        assert plain[col].tolist() == expected[col].astype(float).tolist(), col
    # and every row points at its mention in its article
    texts = {Path(f).stem: Path(f).read_text(encoding="utf-8") for f in files}
    for row in plain.itertuples():
        assert texts[row.doc_id][row.start : row.end] == row.text


def test_to_dataframe_dtypes_and_empty_input() -> None:
    pytest.importorskip("pandas")
    frame = table.to_dataframe([ART])
    assert {str(t) for t in frame.dtypes} <= {"string", "str", "Int64", "Float64", "boolean"}
    assert frame.loc[0, "speaker_title"] == "Menteri Koperasi dan UKM"
    empty = table.to_dataframe([])
    assert list(empty.columns) == table.column_names() and len(empty) == 0
