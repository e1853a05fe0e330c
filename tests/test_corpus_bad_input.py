"""Bad input: a clear message naming the file and line/row/entry, and nothing else lost.

Each case writes one bad file next to a good one into tmp_path (big or hostile
files are generated here, never committed) and checks three things: the skip
names the file and where in it, every other article of the corpus is loaded,
and ``strict=True`` turns the skip into a ``StrictError``.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import shutil
import tracemalloc
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

import corpus

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "tests" / "fixtures" / "corpus" / "good"


def line(record: dict) -> bytes:
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")


def article(n: int, **extra) -> dict:
    return {"id": f"ok-{n}", "text": f"Good article {n}: tanker number {n} left Ras Tanura with Arab Light.", **extra}


GOOD_FILE = line({"id": "good-1", "text": "The good file's first article, about Urals crude loadings."}) + line(
    {"id": "good-2", "text": "The good file's second article, about Brent futures."})
GOOD_IDS = {"good-1", "good-2"}


def _truncated_gzip() -> bytes:
    data = gzip.compress(b"".join(line(article(n)) for n in range(1, 400)), mtime=0)
    return data[: len(data) // 2]


def _zip_slip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../evil.jsonl", line(article(900)))
        archive.writestr("/tmp/evil-absolute.jsonl", line(article(901)))
        archive.writestr("inner/ok.jsonl", line(article(1)))
    return buffer.getvalue()


def _binary() -> bytes:
    # A PNG header and chunk, as a mis-named image would start.
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00" + bytes(range(256)) * 4


@dataclass(frozen=True)
class Case:
    name: str  # file name, its extension picks the reader
    content: bytes
    locator: str  # where the skip must point
    reason: str  # regex the reason must match
    loaded: frozenset = frozenset()  # ids of this file that must still load
    warning: bool = False  # reported as a warning (loaded), not a skip
    count: int = 1  # problems reported for this file


CASES = {
    "invalid JSON on one line": Case(
        "bad.jsonl", line(article(1)) + b'{"id": "x", "text": "unclosed\n' + line(article(2)),
        "line 2", r"invalid JSON", frozenset({"ok-1", "ok-2"})),
    "a record without text": Case(
        "notext.jsonl", line(article(1)) + line({"id": "t", "title": "Headline only", "url": "https://x"}),
        "line 2", r"no text field \(looked for text, content, body.*fields present: id, title, url\)",
        frozenset({"ok-1"})),
    "empty text": Case(
        "empty-text.jsonl", line({"id": "e", "text": " \n\t "}) + line(article(1)),
        "line 1", r"empty text", frozenset({"ok-1"})),
    "undecodable bytes in a line": Case(
        "bytes.jsonl", line(article(1, title="Nicolás")) + b'{"id": "b", "text": "caf\xff\xfe"}\n' + line(article(2)),
        "line 2", r"undecodable bytes: not valid utf-8 \(byte 0xff", frozenset({"ok-1", "ok-2"})),
    "undecodable bytes in a text file": Case(
        "bytes.txt", "Señor Maduro’s government\nsaid the oil flowed.\n".encode() + b"bad \xff byte\n",
        "line 3", r"undecodable bytes: not valid utf-8"),
    "an unknown file type": Case(
        "report.docx", b"PK\x03\x04 not really a docx", "file", r"unknown file type '\.docx'; readable types: .*\.jsonl"),
    "an unparseable date": Case(
        "dates.jsonl", line(article(1, publish_date="the day after the election")) + line(article(2)),
        "line 1", r"unparseable date 'the day after the election' in field 'publish_date'.*kept as null",
        frozenset({"ok-1", "ok-2"}), warning=True),
    "a CSV missing the text column": Case(
        "notext.csv", b"id,title,publish_date\n1,Oil rises,2026-01-04\n", "row 1",
        r"no text column \(looked for text, content.*columns: id, title, publish_date\)"),
    "a truncated gzip": Case(
        "cut.jsonl.gz", _truncated_gzip(), "line", r"truncated compressed stream"),
    "a zip whose entry names escape the folder": Case(
        "slip.zip", _zip_slip(), "entry ../evil.jsonl", r"escapes the archive's folder.*nothing extracted",
        frozenset({"ok-1"}), count=2),
    "a zero-byte file": Case("empty.jsonl", b"", "line 1", r"empty file \(0 bytes\)"),
    "a zero-byte text file": Case("empty.txt", b"", "line 1", r"empty file \(0 bytes\)"),
    "a zero-byte gzip": Case("empty.csv.gz", b"", "line 1", r"empty file \(0 bytes\)"),
    # The PNG signature has a newline: the first control byte is on line 2.
    "a binary file with a text extension": Case("photo.txt", _binary(), "line 2", r"binary content"),
    "a binary file named .jsonl": Case("data.jsonl", _binary(), "line 2", r"binary content"),
    "a binary file named .csv": Case("sheet.csv", _binary(), "line 2", r"binary content"),
    "a row with the wrong number of fields": Case(
        "ragged.csv", b"id,text\nr1,First row text about Basra.\nr2,Second,extra\nr3,Third row text.\n",
        "row 3", r"3 fields where the header has 2", frozenset({"r1", "r3"})),
    "invalid JSON inside a list": Case(
        "list.json", b'[{"id": "j1", "text": "One."},\n {"id": "j2", "text": oops},\n {"id": "j3", "text": "Three."}]',
        "item 2 (line 2)", r"invalid JSON", frozenset({"j1"})),
    "a JSON list item that is not an object": Case(
        "items.json", b'[{"id": "j1", "text": "One."}, 42, {"id": "j3", "text": "Three."}]',
        "item 2 (line 1)", r"expected a JSON object", frozenset({"j1", "j3"})),
    "invalid YAML front matter": Case(
        "front.md", b"---\ntitle: [unclosed\n---\nBody text.\n", "line 1", r"invalid YAML front matter"),
    "an HTML page without main text": Case(
        "empty.html", b"<html><head><title>Only a title</title></head><body><img src=x.png></body></html>", "line 1",
        r"no main text"),
    "a damaged parquet file": Case("broken.parquet", b"PAR1 this is not parquet PAR1", "row 1",
                                   r"not a readable Parquet file"),
    "a damaged zip": Case("broken.zip", b"PK\x03\x04 truncated", "file", r"not a readable zip archive"),
}


def load_case(tmp_path: Path, case: Case, **options):
    (tmp_path / "good.jsonl").write_bytes(GOOD_FILE)
    (tmp_path / case.name).write_bytes(case.content)
    return corpus.load(tmp_path, **options)


@pytest.mark.parametrize("label", list(CASES))
def test_bad_input_is_reported_and_nothing_else_is_lost(tmp_path, label):
    case = CASES[label]
    loaded = load_case(tmp_path, case)
    ids = {a.article_id for a in loaded}
    report = loaded.report
    problems = report.warnings if case.warning else report.skipped
    assert len(problems) == case.count, [p.message for p in report.skipped + report.warnings]
    problem = problems[0]
    # The message names the file (inside an archive: the archive) and the place in it.
    assert problem.file.startswith(f"{tmp_path.as_posix()}/{case.name}")
    assert problem.locator.startswith(case.locator)
    assert re.search(case.reason, problem.reason), problem.reason
    assert case.name in problem.message and (case.locator == "file" or problem.locator in problem.message)
    # Everything else is still there: the good file, and the good records of the bad one.
    assert GOOD_IDS | case.loaded <= ids
    if case.warning:
        assert report.skipped == []
    else:
        assert report.warnings == []


@pytest.mark.parametrize("label", [k for k, c in CASES.items() if not c.warning])
def test_strict_turns_a_skip_into_an_error(tmp_path, label):
    case = CASES[label]
    with pytest.raises(corpus.StrictError) as raised:
        list(load_case(tmp_path, case, strict=True))
    assert case.name in str(raised.value) and raised.value.skip.locator.startswith(case.locator)
    assert isinstance(raised.value, corpus.CorpusError)


def test_strict_does_not_fail_on_warnings(tmp_path):
    loaded = load_case(tmp_path, CASES["an unparseable date"], strict=True)
    by_id = {a.article_id: a for a in loaded}
    assert by_id["ok-1"].published is None and len(loaded.report.warnings) == 1


def test_truncated_gzip_keeps_the_lines_before_the_cut(tmp_path):
    loaded = load_case(tmp_path, CASES["a truncated gzip"])
    (skip,) = loaded.report.skipped
    cut = int(skip.locator.split()[1])
    from_gzip = [a for a in loaded if ".gz" in a.origin]
    assert 1 < cut < 399 and len(from_gzip) == cut - 1
    assert [a.article_id for a in from_gzip] == [f"ok-{n}" for n in range(1, cut)]


def test_zip_slip_writes_nothing_anywhere(tmp_path, monkeypatch):
    workdir = tmp_path / "work"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    corpus_dir = workdir / "corpus"
    corpus_dir.mkdir()
    (corpus_dir / "slip.zip").write_bytes(_zip_slip())
    before = sorted(str(p) for p in tmp_path.rglob("*"))
    loaded = corpus.load("corpus")
    assert [a.article_id for a in loaded] == ["ok-1"]
    assert [s.locator for s in loaded.report.skipped] == ["entry ../evil.jsonl", "entry /tmp/evil-absolute.jsonl"]
    assert sorted(str(p) for p in tmp_path.rglob("*")) == before
    assert not Path("/tmp/evil-absolute.jsonl").exists()


@pytest.mark.parametrize("name, make", [
    ("huge.jsonl", lambda big: line(article(1)) + big + b"\n" + line(article(2))),
    ("huge.csv", lambda big: b"id,text\nok-1,First.\nhuge," + big + b"\nok-2,Second.\n"),
    ("huge.txt", lambda big: big),
    ("huge.json", lambda big: b'[{"id": "ok-1", "text": "First."}, {"text": "' + big + b'"}]'),
])
def test_record_size_cap(tmp_path, name, make):
    """A record over max_record_bytes is skipped with a reason; its neighbours load."""
    (tmp_path / name).write_bytes(make(b"x" * 300_000))
    loaded = corpus.load(tmp_path, max_record_bytes=100_000)
    (skip,) = loaded.report.skipped
    assert "larger than the record size limit (100,000" in skip.reason
    assert skip.locator.startswith(("line", "row", "item"))
    if name != "huge.txt":
        assert "ok-1" in {a.article_id for a in loaded}


@pytest.mark.slow
def test_a_200_mb_single_line_is_skipped_in_bounded_memory(tmp_path):
    path = tmp_path / "huge.jsonl"
    block = b"A" * (1 << 20)
    with path.open("wb") as handle:
        handle.write(line(article(1)))
        handle.write(b'{"id": "huge", "text": "')
        for _ in range(200):
            handle.write(block)
        handle.write(b'"}\n')
        handle.write(line(article(2)))
    assert path.stat().st_size > 200 * (1 << 20)
    tracemalloc.start()
    try:
        loaded = corpus.load(path)
        ids = [a.article_id for a in loaded]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert ids == ["ok-1", "ok-2"]
    (skip,) = loaded.report.skipped
    assert skip.locator == "line 2" and "larger than the record size limit" in skip.reason
    # Never the whole line: at most the cap (50 MiB) plus read buffers.
    assert peak < corpus.DEFAULT_MAX_RECORD_BYTES + 16 * (1 << 20), peak


def test_a_folder_mixing_good_and_bad_files_of_every_kind(tmp_path):
    """The issue's "done when": every good article loads and every bad file is reported."""
    shutil.copytree(GOOD, tmp_path, dirs_exist_ok=True)
    (tmp_path / "good.jsonl").write_bytes(GOOD_FILE)
    sub = tmp_path / "bad"
    sub.mkdir()
    for label, case in CASES.items():
        (sub / case.name).write_bytes(case.content)
    loaded = corpus.load(tmp_path)
    ids = {a.article_id for a in loaded}
    good_ids = {a.article_id for a in corpus.load(GOOD)}
    expected = good_ids | GOOD_IDS | set().union(*(c.loaded for c in CASES.values()))
    # ok-1 appears in several bad files with the same text: loaded once, the rest are repeats.
    assert expected <= ids
    named = {p.file.split("!")[0].rsplit("/", 1)[-1] for p in loaded.report.skipped + loaded.report.warnings}
    assert {c.name for c in CASES.values()} <= named
    unexpected = [p for p in loaded.report.skipped if "/bad/" not in p.file]
    assert unexpected == []
    assert os.listdir(tmp_path).count("evil.jsonl") == 0
