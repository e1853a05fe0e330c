"""The table contract: explicit pyarrow schemas and deterministic, atomic writers."""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path
from typing import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from analysis.spreadsheet import csv_cell

ARTICLES = pa.schema(
    [
        ("article_id", pa.string()),
        ("title", pa.string()),
        ("source", pa.string()),
        ("url", pa.string()),
        ("published", pa.string()),
        ("language", pa.string()),
        ("text", pa.string()),
        ("n_words", pa.int64()),
        ("duplicate_of", pa.string()),
        ("origin", pa.string()),
    ]
)

ACTOR_MENTIONS = pa.schema(
    [
        ("article_id", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("text", pa.string()),
        ("actor", pa.string()),
        ("actor_type", pa.string()),
        ("country", pa.string()),
        ("state", pa.string()),
        ("method", pa.string()),
    ]
)

QUOTES = pa.schema(
    [
        ("article_id", pa.string()),
        ("quote_id", pa.string()),
        ("text", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("speaker", pa.string()),
        ("speaker_start", pa.int64()),
        ("speaker_end", pa.int64()),
        ("speaker_actor", pa.string()),
        ("speaker_country", pa.string()),
        ("cue", pa.string()),
        ("kind", pa.string()),
    ]
)

FIGURES = pa.schema(
    [
        ("article_id", pa.string()),
        ("figure_id", pa.string()),
        ("text", pa.string()),
        ("sentence", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("value", pa.float64()),
        ("unit", pa.string()),
        ("approximate", pa.bool_()),
        ("qualifier", pa.string()),
        ("commodity", pa.string()),
        ("exporter", pa.string()),
        ("importer", pa.string()),
        ("period", pa.string()),
        ("source", pa.string()),
        ("source_actor", pa.string()),
        ("source_country", pa.string()),
        ("status", pa.string()),
    ]
)

SCHEMAS: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    "actor_mentions": ACTOR_MENTIONS,
    "quotes": QUOTES,
    "figures": FIGURES,
}
FORMATS = ("parquet", "csv")

# A cell analysis.spreadsheet.csv_cell quoted: reading strips exactly that one quote.
_CSV_NEUTRALISED = "^'('*[=+@\t\r-])"


def is_text(type_: pa.DataType) -> bool:
    return pa.types.is_string(type_) or pa.types.is_large_string(type_)


def to_arrow(name: str, rows: Iterable[dict]) -> pa.Table:
    """The rows as a table of ``name``'s schema, in the order given (the merge of the
    parts sorts them: DESIGN.md order)."""
    schema = SCHEMAS[name]
    rows = list(rows)
    columns = {col: [row.get(col) for row in rows] for col in schema.names}
    return pa.table(columns, schema=schema)


def table_path(out_dir: Path, name: str, fmt: str) -> Path:
    return Path(out_dir) / f"{name}.{fmt}"


def write_table(table: pa.Table, path: Path, fmt: str) -> Path:
    """Write atomically: a temporary file in the same folder, then ``os.replace``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        if fmt == "parquet":
            # No statistics timestamps or created_by drift: byte-identical reruns.
            pq.write_table(table, tmp, compression="zstd", write_statistics=True)
        elif fmt == "csv":
            _write_csv(table, tmp)
        else:
            raise ValueError(f"unknown table format {fmt!r}; choose one of {FORMATS}")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _write_csv(table: pa.Table, path: str) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(table.column_names)
        for row in table.to_pylist():
            writer.writerow(["" if v is None else csv_cell(v) for v in row.values()])


def read_table(path: Path) -> pa.Table:
    path = Path(path)
    if path.suffix == ".csv":
        import pyarrow.csv as pacsv

        schema = SCHEMAS[path.stem]
        import pyarrow.compute as pc

        options = pacsv.ConvertOptions(column_types=schema, strings_can_be_null=True)
        table = pacsv.read_csv(path, convert_options=options).select(schema.names)
        for index, field in enumerate(schema):  # undo the CSV-injection quote (CSV_FORMULA)
            if is_text(field.type):
                restored = pc.replace_substring_regex(table.column(index), _CSV_NEUTRALISED, "\\1", max_replacements=1)
                table = table.set_column(index, field, restored)
        return table
    if path.is_dir():
        return pq.read_table(path, schema=SCHEMAS.get(path.name))
    return pq.read_table(path)
