"""Property-based tests: random bytes and random records through every reader.

Whatever the input, loading raises nothing but CorpusError, every article it
yields is well formed, and loading the same input twice gives the same result.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import os
import tempfile
import zipfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import corpus
from corpus.fields import ALIASES
from corpus.normalize import normalize_text

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "tests" / "fixtures" / "corpus" / "good"
EXTENSIONS = (".txt", ".md", ".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".parquet", ".html", ".htm")
CONTAINERS = ("plain", "gz", "zip")
SAMPLES = {path.suffix: path.read_bytes() for path in sorted(GOOD.iterdir())}

# Modest by default to keep the suite fast; CORPUS_FUZZ_EXAMPLES=2000 for a deeper run.
SETTINGS = settings(max_examples=int(os.environ.get("CORPUS_FUZZ_EXAMPLES", "40")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def place(folder: Path, name: str, data: bytes, container: str) -> None:
    if container == "gz":
        (folder / f"{name}.gz").write_bytes(gzip.compress(data, mtime=0))
    elif container == "zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr(f"in/{name}", data)
        (folder / "bundle.zip").write_bytes(buffer.getvalue())
    else:
        (folder / name).write_bytes(data)


def snapshot(folder: Path, **options):
    """Everything a load produces, or the CorpusError it raised; anything else fails the test."""
    try:
        loaded = corpus.load(folder, **options)
        articles = list(loaded)
        report = loaded.report.to_dict()
    except corpus.CorpusError as err:
        return ("error", str(err))
    seen = set()
    for article in articles:
        assert article.article_id and article.article_id not in seen
        assert article.text and normalize_text(article.text) == article.text
        assert article.duplicate_of is None or article.duplicate_of in seen
        seen.add(article.article_id)
    assert report["articles_loaded"] == len(articles)
    json.dumps(report)
    return ([(a.to_row(), a.published_inferred, a.encoding, a.extra) for a in articles], report)


def check_twice(folder: Path, **options):
    first = snapshot(folder, **options)
    assert snapshot(folder, **options) == first
    return first


@SETTINGS
@given(data=st.binary(max_size=3000), ext=st.sampled_from(EXTENSIONS), container=st.sampled_from(CONTAINERS))
def test_random_bytes_in_every_format(data, ext, container):
    with tempfile.TemporaryDirectory() as tmp:
        place(Path(tmp), f"random{ext}", data, container)
        check_twice(Path(tmp))


@st.composite
def damaged(draw):
    """A good fixture file with a slice replaced by junk: deeper into each parser than pure noise."""
    ext = draw(st.sampled_from(sorted(SAMPLES)))
    data = SAMPLES[ext]
    start = draw(st.integers(0, len(data)))
    end = draw(st.integers(start, len(data)))
    junk = draw(st.binary(max_size=40) | st.sampled_from([b"\x00", b"\xff", b'"', b"\n", b"---\n", b"<", b"{"]))
    return ext, data[:start] + junk + data[end:]


@SETTINGS
@given(case=damaged(), container=st.sampled_from(CONTAINERS))
def test_damaged_files_in_every_format(case, container):
    ext, data = case
    with tempfile.TemporaryDirectory() as tmp:
        place(Path(tmp), f"damaged{ext}", data, container)
        check_twice(Path(tmp))


KEYS = sorted({alias for aliases in ALIASES.values() for alias in aliases} | {"Text", "BODY", "x", "published_inferred"})
VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**63), 2**63 - 1), st.floats(allow_nan=True),
    st.text(max_size=120), st.lists(st.text(max_size=20), max_size=3),
    st.dates(min_value=dt.date(1900, 1, 1)).map(str),
    st.sampled_from(["2026-01-04", "4 January 2026", "yesterday", "2026-02-30", "", "  "]),
)
RECORDS = st.lists(st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=6), VALUES, max_size=8), max_size=6)


def as_text(value) -> str:
    return "" if value is None else value if isinstance(value, str) else json.dumps(value)


def encode(records: list[dict], fmt: str) -> bytes | None:
    if fmt == "jsonl":
        return "".join(json.dumps(r) + "\n" for r in records).encode("utf-8", "surrogatepass")
    if fmt == "json":
        return json.dumps(records).encode()
    if fmt in ("csv", "tsv"):
        columns = sorted({k for r in records for k in r})
        out = io.StringIO()
        writer = csv.writer(out, dialect="excel" if fmt == "csv" else "excel-tab")
        writer.writerow(columns)
        for record in records:
            writer.writerow([as_text(record.get(c)) for c in columns])
        return out.getvalue().encode("utf-8", "surrogatepass")
    if fmt == "parquet":
        columns = sorted({k for r in records for k in r})
        table = pa.table({c: pa.array([as_text(r.get(c)) if c in r else None for r in records], pa.string())
                          for c in columns}) if columns else pa.table({"text": pa.array([], pa.string())})
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink)
        return sink.getvalue().to_pybytes()
    if fmt == "txt":
        record = records[0] if records else {}
        front = {k: v for k, v in record.items() if k != "text"}
        head = "---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\n" if front else ""
        return (head + as_text(record.get("text"))).encode("utf-8", "surrogatepass")
    raise AssertionError(fmt)


@SETTINGS
@given(records=RECORDS, fmt=st.sampled_from(["jsonl", "json", "csv", "tsv", "parquet", "txt"]),
       container=st.sampled_from(CONTAINERS))
def test_random_records_in_every_format(records, fmt, container):
    data = encode(records, fmt)
    with tempfile.TemporaryDirectory() as tmp:
        place(Path(tmp), f"records.{fmt}", data, container)
        result = check_twice(Path(tmp))
        if fmt == "jsonl" and records and result[0] != "error":
            articles, report = result
            # Every record is accounted for: loaded, skipped, or a repeat of one loaded.
            assert report["records_read"] == len(records)
            repeats = sum("loaded once" in w["reason"] for w in report["warnings"])
            assert report["articles_loaded"] + len(report["skipped"]) + repeats == len(records)


@SETTINGS
@given(records=RECORDS, strict=st.booleans(), dedupe=st.booleans())
def test_options_never_raise_other_errors(records, strict, dedupe):
    with tempfile.TemporaryDirectory() as tmp:
        place(Path(tmp), "r.jsonl", encode(records, "jsonl"), "plain")
        result = check_twice(Path(tmp), strict=strict, dedupe=dedupe)
        if strict and result[0] == "error":
            assert "--strict" in result[1]
