"""One reader per format family: ``read(source, ctx)`` yields RawRecords and Problems."""

from __future__ import annotations

from corpus.readers.base import DEFAULT_MAX_RECORD_BYTES, Problem, RawRecord, ReadContext
from corpus.readers.html import read_html
from corpus.readers.json_ import read_json
from corpus.readers.lines import read_jsonl
from corpus.readers.parquet import read_parquet
from corpus.readers.table import read_csv, read_tsv
from corpus.readers.text import read_text

READERS = {
    "text": read_text,
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
    "tsv": read_tsv,
    "parquet": read_parquet,
    "html": read_html,
}

__all__ = ["DEFAULT_MAX_RECORD_BYTES", "Problem", "RawRecord", "ReadContext", "READERS"]
