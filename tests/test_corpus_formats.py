"""Every reader on good input: plain, gzip-compressed and inside a zip, with the same result."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import shutil
import zipfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import corpus
from corpus.normalize import normalize_text

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "tests" / "fixtures" / "corpus" / "good"
SEEDS = ROOT / "seeds"
SHARED_SEED = ROOT.parent / "shared" / "seeds" / "000_f8ade199434cd3de.txt"

GOOD_IDS = {
    "wire-0001", "csv-1", "csv-2", "tsv-1", "list-1", "list-2", "9001", "9002", "9003", "wrapped-1",
}  # plus the derived ids of notes.md and page.html


def summary(articles) -> list[tuple]:
    """What must not change with the container: id, text and metadata."""
    return sorted((a.article_id, a.text, a.title, a.source, a.url, a.published, a.language) for a in articles)


@pytest.fixture(scope="module")
def plain():
    loaded = corpus.load(GOOD)
    return list(loaded), loaded.report


def test_good_fixtures_load_every_format(plain):
    articles, report = plain
    assert len(articles) == 12
    assert GOOD_IDS <= {a.article_id for a in articles}
    assert report.skipped == [] and report.warnings == [] and report.duplicates == []
    assert report.files_read == 8 and report.records_read == 12 and report.articles_loaded == 12
    assert set(report.encodings.values()) == {"utf-8"}


def test_media_database_field_names_are_recognised(plain):
    by_id = {a.article_id: a for a in plain[0]}
    mc = by_id["9002"]  # Media Cloud style: stories_id, publish_date, media_name
    assert (mc.title, mc.source, mc.url, mc.language) == (
        "Kazakh CPC blend loadings resume", "Example Wire", "https://example.org/9002", "en")
    # A timestamp keeps the calendar day it was written in, whatever its zone.
    assert mc.published == dt.date(2025, 11, 29)
    assert by_id["9001"].published == dt.date(2025, 11, 28)
    wrapped = by_id["wrapped-1"]  # guid, headline, outlet, article_text
    assert (wrapped.title, wrapped.source, wrapped.language) == (
        "Brazil's Petrobras raises output target", "Example Americas", "pt")
    assert wrapped.text.startswith("RIO DE JANEIRO, Dec 6")
    assert by_id["list-1"].text.startswith("TRIPOLI") and by_id["list-2"].text.startswith("LAGOS")  # body, content
    assert by_id["list-2"].language == "en"  # lang
    assert by_id["tsv-1"].published == dt.date(2025, 12, 9)


def test_csv_quoted_multiline_field_keeps_paragraphs_and_quotes(plain):
    article = next(a for a in plain[0] if a.article_id == "csv-1")
    assert article.origin.endswith("export.csv:row 2")
    assert article.text.split("\n\n")[1] == '"We are running close to capacity," the pipeline\'s operator said.'
    assert next(a for a in plain[0] if a.article_id == "csv-2").origin.endswith("export.csv:row 3")


def test_front_matter_and_markdown(plain):
    txt = next(a for a in plain[0] if a.article_id == "wire-0001")
    assert (txt.title, txt.source, txt.published, txt.language) == (
        "India's refiners step up purchases of Russian crude", "Example Wire", dt.date(2025, 12, 2), "en")
    assert txt.text.startswith("NEW DELHI, Dec 2 –") and "\u201c" not in txt.text and '"Discounts' in txt.text
    md = next(a for a in plain[0] if a.origin.endswith("notes.md"))
    assert md.published == dt.date(2025, 12, 3)  # "3 December 2025" through dateparser
    # The heading repeating the title is dropped; hard-wrapped lines are one paragraph.
    assert md.text.startswith("Saudi Aramco cut the January official selling price of its flagship Arab Light crude")
    assert md.text.count("\n\n") == 1


def test_html_main_text_without_boilerplate(plain):
    page = next(a for a in plain[0] if a.origin.endswith("page.html"))
    assert page.title == "Oman crude price hits three-month high"
    assert page.source == "Example Gulf"
    assert page.url == "https://example.org/gulf/oman-crude"
    assert page.published == dt.date(2025, 12, 10)
    assert page.language == "en"
    assert page.text.startswith("MUSCAT, Dec 10")
    assert "“Demand from Chinese independent refiners is strong,”" in page.text
    for boilerplate in ("Home", "About us", "newsletter", "alert(", "rights reserved"):
        assert boilerplate not in page.text


def test_gzip_variants_read_the_same(tmp_path, plain):
    for path in GOOD.iterdir():
        (tmp_path / (path.name + ".gz")).write_bytes(gzip.compress(path.read_bytes(), mtime=0))
    loaded = corpus.load(tmp_path)
    assert summary(loaded) == summary(plain[0])
    assert loaded.report.skipped == []


def test_zip_entries_are_streamed_not_extracted(tmp_path, plain):
    bundle = tmp_path / "bundle.zip"
    with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(GOOD.iterdir()):
            archive.write(path, f"inner/{path.name}")
        archive.writestr("inner/.hidden.jsonl", "not read\n")
        archive.writestr("__MACOSX/inner/._wire.jsonl", "not read\n")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    loaded = corpus.load(bundle)
    articles = list(loaded)
    assert summary(articles) == summary(plain[0])
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    origins = {a.article_id: a.origin for a in articles}
    assert origins["9001"] == f"{bundle.as_posix()}!inner/wire.jsonl:1"
    assert origins["csv-2"] == f"{bundle.as_posix()}!inner/export.csv:row 3"
    assert loaded.report.files_read == 8 and loaded.report.skipped == []


def test_gzip_inside_zip(tmp_path):
    bundle = tmp_path / "b.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr("w.jsonl.gz", gzip.compress((GOOD / "wire.jsonl").read_bytes()))
    assert {a.article_id for a in corpus.load(bundle)} == {"9001", "9002", "9003"}


def _parquet_bytes(rows: list[dict], row_group_size: int = 1) -> bytes:
    sink = pa.BufferOutputStream()
    pq.write_table(pa.Table.from_pylist(rows), sink, row_group_size=row_group_size)
    return sink.getvalue().to_pybytes()


def test_parquet_plain_gzip_and_zipped(tmp_path):
    rows = [json.loads(line) for line in (GOOD / "wire.jsonl").read_text().splitlines() if line.strip()]
    data = _parquet_bytes(rows)
    (tmp_path / "a.parquet").write_bytes(data)
    (tmp_path / "b.parquet.gz").write_bytes(gzip.compress(data))
    with zipfile.ZipFile(tmp_path / "c.zip", "w") as archive:
        archive.writestr("d.parquet", data)
    loaded = corpus.load(tmp_path / "a.parquet")
    articles = list(loaded)
    assert [a.article_id for a in articles] == ["9001", "9002", "9003"]
    assert [a.origin.rsplit(":", 1)[1] for a in articles] == ["row 1", "row 2", "row 3"]
    reference = summary(corpus.load(GOOD / "wire.jsonl"))
    assert summary(articles) == reference
    for name in ("b.parquet.gz", "c.zip"):
        assert summary(corpus.load(tmp_path / name)) == reference


def test_parquet_typed_columns(tmp_path):
    table = pa.table({
        "stories_id": pa.array([7, 8], pa.int64()),
        "publish_date": pa.array([dt.datetime(2026, 1, 4, 23, 0), None], pa.timestamp("s")),
        "text": ["First parquet article about tanker rates.", "Second parquet article about freight."],
    })
    pq.write_table(table, tmp_path / "t.parquet")
    articles = list(corpus.load(tmp_path / "t.parquet"))
    assert [(a.article_id, a.published) for a in articles] == [("7", dt.date(2026, 1, 4)), ("8", None)]


def test_legacy_encoding_is_guessed_and_recorded(tmp_path):
    text = "Caf\u00e9 owners in S\u00e3o Paulo said \u201cprices are rising\u201d as the r\u00e9al fell.\n"
    (tmp_path / "legacy.txt").write_bytes(text.encode("cp1252"))
    loaded = corpus.load(tmp_path)
    (article,) = list(loaded)
    assert article.text == text.strip()  # curly quotes kept exactly
    assert article.encoding == "cp1252"
    assert loaded.report.encodings == {f"{tmp_path.as_posix()}/legacy.txt": "cp1252"}


def test_utf16_with_bom_and_utf8_bom(tmp_path):
    lines = (GOOD / "wire.jsonl").read_text(encoding="utf-8")
    (tmp_path / "u16.jsonl").write_bytes(lines.encode("utf-16"))
    (tmp_path / "bom.csv").write_bytes(b"\xef\xbb\xbf" + (GOOD / "export.csv").read_bytes())
    loaded = corpus.load(tmp_path)
    assert {a.article_id for a in loaded} == {"9001", "9002", "9003", "csv-1", "csv-2"}
    assert sorted(loaded.report.encodings.values()) == ["utf-16", "utf-8-sig"]


def test_seed_metadata_and_text():
    loaded = corpus.load(corpus.DEFAULT_CORPUS if Path(corpus.DEFAULT_CORPUS).is_dir() else SEEDS)
    (seed,) = list(loaded)
    assert seed.title == "Russia and China condemn U.S. capture of Maduro"
    assert seed.published == dt.date(2026, 1, 4) and seed.published_inferred
    assert seed.source is None and seed.language == "en"
    assert "inferred from the text" in seed.extra["metadata_note"]
    raw = (SEEDS / "000_f8ade199434cd3de.txt").read_text(encoding="utf-8")
    body = raw.split("\n---\n", 1)[1]
    assert seed.text == normalize_text(body)
    assert seed.text.startswith("Moscow will continue to support Venezuela’s government")
    assert len(seed.text.split("\n\n")) == 10  # one paragraph per non-blank line
    if SHARED_SEED.exists():  # the client's copy, next to the repository
        assert body == SHARED_SEED.read_text(encoding="utf-8")


def test_fields_override(tmp_path):
    (tmp_path / "x.jsonl").write_text(
        json.dumps({"text": "a teaser", "body": "The full body of the story about Urals crude.",
                    "pubdate": "2026-01-02", "date": "1999-01-01"}) + "\n"
    )
    (article,) = list(corpus.load(tmp_path, fields="text=body,published=pubdate"))
    assert article.text == "The full body of the story about Urals crude."
    assert article.published == dt.date(2026, 1, 2)
    assert article.extra == {"date": "1999-01-01", "text": "a teaser"}
    (article,) = list(corpus.load(tmp_path, fields={"text": "BODY"}))  # case-insensitive
    assert article.text.startswith("The full body")


def test_fields_override_for_text_files_keeps_the_body(tmp_path):
    shutil.copy(GOOD / "article.txt", tmp_path)
    shutil.copy(GOOD / "page.html", tmp_path)
    articles = list(corpus.load(tmp_path, fields={"text": "body", "title": "headline"}))
    assert [a.text[:9] for a in articles] == ["NEW DELHI", "MUSCAT, D"]
    # Front matter maps like a record (no "headline" there); a page's title is the page's.
    assert [a.title for a in articles] == [None, "Oman crude price hits three-month high"]
