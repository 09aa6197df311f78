"""Claims from a Spark DataFrame of articles: one row per claim, computed on the executors.

``claims(df)`` maps each Arrow batch of articles (``id``, ``text``, optional ``date`` and ``lang``)
to a batch of claim rows with :meth:`DataFrame.mapInArrow`, so data moves between the JVM and
Python as Arrow, never row by row. The row schema is derived from the pydantic :class:`Claim`
model (nested models become structs, ``notes`` an array), prefixed with the article's id, its
document date and the claim's index. claimx compiles its patterns once per Python worker process
and caches them; Spark reuses its Python workers (``spark.python.worker.reuse``, on by default),
so the pipeline is built once per executor core, not per task or row.

Needs the ``spark`` extra: ``pip install 'claimx[spark]'``.
"""

from __future__ import annotations

import types
from collections.abc import Iterator
from typing import Any, Literal, Union, get_args, get_origin

import pyarrow as pa
from pydantic import BaseModel
from pyspark.sql import DataFrame
from pyspark.sql import types as T

from claimx.models import Claim
from claimx.pipeline import extract

# a field type in neutral form: a scalar name, ("list", item) or ("struct", fields)
FieldType = Any
Field = tuple[str, FieldType, bool]  # name, type, nullable

PREFIX: tuple[Field, ...] = (
    ("doc_id", "string", True),
    ("doc_date", "string", True),
    ("claim_index", "int", False),
)


def model_fields(model: type[BaseModel]) -> list[Field]:
    """Return (name, neutral type, nullable) for every field of a pydantic ``model``.

    Raises:
        TypeError: a field has a type with no Spark/Arrow counterpart here.
    """
    out: list[Field] = []
    for name, info in model.model_fields.items():
        kind, nullable = _neutral(info.annotation)
        out.append((name, kind, nullable))
    return out


def _neutral(tp: Any) -> tuple[FieldType, bool]:
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"unsupported union {tp!r}")
        return _neutral(args[0])[0], True
    if origin is Literal:
        values = get_args(tp)
        if not all(isinstance(v, str) for v in values):
            raise TypeError(f"unsupported literal {tp!r}")
        return "string", False
    if origin in (tuple, list):
        args = [a for a in get_args(tp) if a is not Ellipsis]
        return ("list", _neutral(args[0])[0]), False
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return ("struct", model_fields(tp)), False
    scalars = {str: "string", int: "long", float: "double", bool: "boolean"}
    if tp in scalars:
        return scalars[tp], False
    raise TypeError(f"unsupported field type {tp!r}")


def claim_fields() -> list[Field]:
    """Return the fields of a claim row: the article prefix, then the Claim model's fields."""
    return [*PREFIX, *model_fields(Claim)]


_SPARK_SCALARS = {
    "string": T.StringType(),
    "long": T.LongType(),
    "int": T.IntegerType(),
    "double": T.DoubleType(),
    "boolean": T.BooleanType(),
}
_ARROW_SCALARS = {
    "string": pa.string(),
    "long": pa.int64(),
    "int": pa.int32(),
    "double": pa.float64(),
    "boolean": pa.bool_(),
}


def _spark_type(kind: FieldType) -> T.DataType:
    if isinstance(kind, str):
        return _SPARK_SCALARS[kind]
    if kind[0] == "list":
        return T.ArrayType(_spark_type(kind[1]), containsNull=False)
    return T.StructType([T.StructField(n, _spark_type(k), nb) for n, k, nb in kind[1]])


def _arrow_type(kind: FieldType) -> pa.DataType:
    if isinstance(kind, str):
        return _ARROW_SCALARS[kind]
    if kind[0] == "list":
        return pa.list_(pa.field("element", _arrow_type(kind[1]), nullable=False))
    return pa.struct([pa.field(n, _arrow_type(k), nullable=nb) for n, k, nb in kind[1]])


def spark_schema() -> T.StructType:
    """Return the Spark schema of claim rows (see :func:`claim_fields`)."""
    return T.StructType([T.StructField(n, _spark_type(k), nb) for n, k, nb in claim_fields()])


def arrow_schema() -> pa.Schema:
    """Return the Arrow schema of claim rows; it matches :func:`spark_schema`."""
    return pa.schema([pa.field(n, _arrow_type(k), nullable=nb) for n, k, nb in claim_fields()])


def claim_rows(article_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the claim rows of articles given as ``{"id", "text", "date"?, "lang"?}`` dicts.

    A row with no text gives no claims.

    Raises:
        ValueError: an article's ``lang`` or ``date`` is invalid (the message names its id).
    """
    out: list[dict[str, Any]] = []
    for row in article_rows:
        text = row.get("text")
        if text is None:
            continue
        doc_id = row.get("id")
        doc_id = None if doc_id is None else str(doc_id)
        try:
            art = extract(text, lang=row.get("lang"), date=row.get("date"), doc_id=doc_id)
        except ValueError as err:
            raise ValueError(f"article {doc_id!r}: {err}") from err
        doc_date = art.date.value if art.date else None
        for i, claim in enumerate(art.claims):
            out.append(
                {"doc_id": doc_id, "doc_date": doc_date, "claim_index": i, **claim.model_dump()}
            )
    return out


def _map_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    schema = arrow_schema()
    for batch in batches:
        yield pa.RecordBatch.from_pylist(claim_rows(batch.to_pylist()), schema=schema)


def claims(
    df: DataFrame,
    *,
    id_col: str = "id",
    text_col: str = "text",
    date_col: str | None = "date",
    lang_col: str | None = "lang",
) -> DataFrame:
    """Return a DataFrame of claims, one row per claim, with the schema :func:`spark_schema`.

    ``df`` has an id and a text column; the date (ISO 8601 string) and language ("id"/"en")
    columns are used when present and detected from the text otherwise.

    Raises:
        ValueError: ``id_col`` or ``text_col`` is not a column of ``df``. An invalid date or
            language fails the Spark job with a message naming the article.
    """
    cols = set(df.columns)
    for need in (id_col, text_col):
        if need not in cols:
            raise ValueError(f"DataFrame has no column {need!r}; columns: {sorted(cols)}")
    picked = [df[id_col].cast("string").alias("id"), df[text_col].alias("text")]
    for col, alias in ((date_col, "date"), (lang_col, "lang")):
        if col and col in cols:
            picked.append(df[col].cast("string").alias(alias))
    return df.select(*picked).mapInArrow(_map_batches, spark_schema())
