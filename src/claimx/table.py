"""One row per claim: the flat columns shared by CSV output and pandas DataFrames.

The columns are derived from the output models, so a field added to ``Claim``, ``TimeRef``,
``Speaker`` or ``SentenceRef`` becomes a column without editing this module: a nested model is
flattened into ``<field>_<subfield>`` columns (``time_value``, ``speaker_name``, ...), a tuple of
strings is joined with ``"; "``, and each column's description is the model field's own. The
document-level columns (``doc_id``, ``doc_date``, ``doc_date_basis``) and ``claim_index`` come
first. A missing value is an empty CSV cell and ``<NA>`` in a DataFrame; an empty string is
treated as missing. pandas is optional (the ``pandas`` extra) and imported only when a DataFrame
is asked for.
"""

from __future__ import annotations

import csv
import functools
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, TextIO, Union, get_args, get_origin

from pydantic import BaseModel

from claimx.models import Article, Claim

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

Dtype = Literal["string", "Int64", "Float64", "boolean"]
"""A pandas nullable dtype name; every column has one."""

NOTE_SEPARATOR = "; "
"""How a tuple of strings (``notes``) is joined into one cell."""

FORMATS = ("jsonl", "csv")
"""Output formats of ``claimx extract --format``."""

Value = str | int | float | bool | None


@dataclass(frozen=True)
class Column:
    """One flat column: its name, pandas dtype, description and how to read it from a claim."""

    name: str
    dtype: Dtype
    description: str
    get: Callable[[Article, int, Claim], Value]


def _scalar_dtype(annotation: Any, where: str) -> tuple[Dtype, bool] | type[BaseModel]:
    """Return (dtype, is_tuple) for a field annotation, or the nested model class to flatten.

    Raises:
        TypeError: the annotation has no flat representation.
    """
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return _scalar_dtype(args[0], where)
        raise TypeError(f"{where}: cannot flatten union {annotation!r}")
    if origin is Literal:
        return "string", False
    if origin is tuple:
        return "string", True
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return annotation
        if annotation is bool:
            return "boolean", False
        if annotation is int:
            return "Int64", False
        if annotation is float:
            return "Float64", False
        if annotation is str:
            return "string", False
    raise TypeError(f"{where}: no flat column type for {annotation!r}")


def _cell(v: Any, is_tuple: bool) -> Value:
    if is_tuple:
        return NOTE_SEPARATOR.join(str(x) for x in v) if v else None
    if v == "" or v is None:
        return None
    if isinstance(v, bool | int | float | str):
        return v
    return str(v)


def _claim_getter(field: str, is_tuple: bool) -> Callable[[Article, int, Claim], Value]:
    def get(_a: Article, _i: int, c: Claim) -> Value:
        return _cell(getattr(c, field), is_tuple)

    return get


def _nested_getter(field: str, sub: str, is_tuple: bool) -> Callable[[Article, int, Claim], Value]:
    def get(_a: Article, _i: int, c: Claim) -> Value:
        inner = getattr(c, field)
        return None if inner is None else _cell(getattr(inner, sub), is_tuple)

    return get


def _doc_columns() -> list[Column]:
    return [
        Column(
            "doc_id",
            "string",
            Article.model_fields["doc_id"].description or "",
            lambda a, _i, _c: a.doc_id,
        ),
        Column(
            "doc_date",
            "string",
            "document date (ISO 8601), empty if unknown",
            lambda a, _i, _c: a.date.value if a.date else None,
        ),
        Column(
            "doc_date_basis",
            "string",
            "how the document date was inferred: given, header, event, dateline, weekday",
            lambda a, _i, _c: a.date.basis if a.date else None,
        ),
        Column(
            "claim_index",
            "Int64",
            "0-based position of the claim in its document",
            lambda _a, i, _c: i,
        ),
    ]


@functools.cache
def columns() -> tuple[Column, ...]:
    """Return every flat column in order: document columns, then the Claim's fields flattened.

    Raises:
        TypeError: a Claim field has a type with no flat representation.
    """
    out = _doc_columns()
    for name, info in Claim.model_fields.items():
        kind = _scalar_dtype(info.annotation, f"Claim.{name}")
        if isinstance(kind, tuple):
            dtype, is_tuple = kind
            out.append(Column(name, dtype, info.description or "", _claim_getter(name, is_tuple)))
            continue
        for sub, sub_info in kind.model_fields.items():
            where = f"Claim.{name}.{sub}"
            sub_kind = _scalar_dtype(sub_info.annotation, where)
            if not isinstance(sub_kind, tuple):
                raise TypeError(f"{where}: models nested twice cannot be flattened")
            dtype, is_tuple = sub_kind
            desc = f"{name}: {sub_info.description or ''}"
            out.append(Column(f"{name}_{sub}", dtype, desc, _nested_getter(name, sub, is_tuple)))
    names = [c.name for c in out]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise TypeError(f"flat column names collide: {dupes}")
    return tuple(out)


def column_names() -> list[str]:
    """Return the flat column names, in order."""
    return [c.name for c in columns()]


def dtypes() -> dict[str, str]:
    """Return {column name: pandas nullable dtype name} (for ``pandas.read_csv(dtype=...)``)."""
    return {c.name: c.dtype for c in columns()}


def _article(a: Article | Mapping[str, Any]) -> Article:
    return a if isinstance(a, Article) else Article.model_validate(dict(a))


def rows(articles: Iterable[Article | Mapping[str, Any]]) -> Iterator[dict[str, Value]]:
    """Yield one flat row {column: value} per claim, in document and text order.

    ``articles`` are Article models or their JSON dicts (a line of ``claimx extract``).
    A document without claims yields no row.

    Raises:
        pydantic.ValidationError: a dict is not a valid Article.
    """
    cols = columns()
    for a in articles:
        art = _article(a)
        for i, c in enumerate(art.claims):
            yield {col.name: col.get(art, i, c) for col in cols}


def _csv_text(v: Value) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return repr(v)
    return str(v)


class CsvWriter:
    """Write flat claim rows as CSV to ``out``; the header is written on construction."""

    def __init__(self, out: TextIO | IO[str]) -> None:
        self._w = csv.writer(out, lineterminator="\n")
        self._w.writerow(column_names())

    def write(self, article: Article | Mapping[str, Any]) -> int:
        """Write the rows of one article; return how many were written."""
        n = 0
        for row in rows([article]):
            self._w.writerow([_csv_text(v) for v in row.values()])
            n += 1
        return n


def writer(fmt: str, out: TextIO | IO[str]) -> Callable[[Article], object]:
    """Return a function writing one Article to ``out`` as ``fmt`` ("jsonl" or "csv").

    For CSV the header is written at once, so an empty input still gives a header line.

    Raises:
        ValueError: ``fmt`` is not one of FORMATS.
    """
    if fmt == "jsonl":
        return lambda article: out.write(article.model_dump_json() + "\n")
    if fmt == "csv":
        return CsvWriter(out).write
    raise ValueError(f"unknown output format {fmt!r}; expected one of {', '.join(FORMATS)}")


def write_csv(articles: Iterable[Article | Mapping[str, Any]], out: TextIO | IO[str]) -> int:
    """Write the header and one CSV row per claim to ``out``; return the number of rows."""
    w = CsvWriter(out)
    return sum(w.write(a) for a in articles)


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError("claimx.to_dataframe needs pandas: pip install 'claimx[pandas]'") from err
    return pandas


def to_dataframe(articles: Iterable[Article | Mapping[str, Any]]) -> pd.DataFrame:
    """Return a pandas DataFrame with one row per claim and the flat columns (nullable dtypes).

    ``articles`` are Article models or their JSON dicts.

    Raises:
        ImportError: pandas is not installed (install the ``pandas`` extra).
    """
    pandas = _pandas()
    names = column_names()
    frame: pd.DataFrame = pandas.DataFrame.from_records(list(rows(articles)), columns=names)
    return frame.astype(dtypes())


def read_csv(path: str | Path | IO[str]) -> pd.DataFrame:
    """Return the DataFrame of a CSV written by claimx, with the same dtypes as to_dataframe.

    Only an empty cell is missing (so a subject "NA" stays a string).

    Raises:
        ImportError: pandas is not installed (install the ``pandas`` extra).
    """
    pandas = _pandas()
    column_types = dtypes()
    # Float columns are read as float64 (an empty cell is NaN) and converted to the nullable
    # Float64: pandas 2 parses exactly only with float_precision="round_trip", which it ignores
    # for Float64 (pandas 3 parses exactly by default and deprecates the option)
    floats = {name: "float64" for name, t in column_types.items() if t == "Float64"}
    exact = {"float_precision": "round_trip"} if pandas.__version__.startswith("2.") else {}
    frame: pd.DataFrame = pandas.read_csv(path, dtype=column_types | floats, **exact, **_CSV_CELLS)
    return frame.astype({name: "Float64" for name in floats})


# only an empty cell is missing; booleans are written as true/false
_CSV_CELLS: dict[str, Any] = {
    "keep_default_na": False,
    "na_values": [""],
    "true_values": ["true"],
    "false_values": ["false"],
}


def columns_markdown() -> str:
    """Return the Markdown table documenting every column (name, dtype, description)."""
    lines = ["| column | type | description |", "| --- | --- | --- |"]
    for c in columns():
        desc = c.description.replace("|", "\\|")
        lines.append(f"| `{c.name}` | {c.dtype} | {desc} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # pragma: no cover
    print(columns_markdown(), end="")
