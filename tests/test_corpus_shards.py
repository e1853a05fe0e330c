"""corpus.shards: a corpus read in shards by workers gives the serial pass's articles and report."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import pickle
import zipfile
from pathlib import Path

import pytest

import corpus
from corpus import shards
from corpus.readers.lines import Span
from tests.synthetic import articles as synthetic_articles


def sharded(corpus_obj: corpus.Corpus, shard_bytes: int, workers: int = 1, parts: int = 1):
    """(articles, report dict) as the Dask engine gets them: scan, admit in order, re-read
    (each shard in up to ``parts`` parts)."""
    admitter = shards.Admitter(corpus_obj.options)
    loaded = []
    try:
        for shard in shards.plan(corpus_obj.entries, shard_bytes=shard_bytes, workers=workers):
            work = admitter.admit(shard, shards.scan(shard, corpus_obj.options))
            for part in shards.split(work, parts):
                loaded.extend(shards.articles(part, corpus_obj.options))
        return loaded, admitter.finish().to_dict()
    finally:
        admitter.close()


def serial(corpus_obj: corpus.Corpus):
    loaded = list(corpus_obj)
    return loaded, corpus_obj.report.to_dict()


def records(n: int, seed: int) -> list[dict]:
    return list(synthetic_articles(n, seed))


def jsonl_lines(items) -> list[str]:
    return [item if isinstance(item, str) else json.dumps(item, ensure_ascii=False) for item in items]


@pytest.fixture
def mixed(tmp_path) -> Path:
    """Several files in several formats; a large JSON Lines file with bad lines, blank lines,
    CRLF ends, repeats, id conflicts, exact and near copies of articles of other files."""
    root = tmp_path / "mixed"
    root.mkdir()
    base = records(40, seed=3)
    (root / "a_first.txt").write_text("Ministers met in the northern port to sign a grain accord on Friday.\n",
                                      encoding="utf-8")
    with gzip.open(root / "b_wire.jsonl.gz", "wt", encoding="utf-8") as handle:
        for record in base[:5]:
            handle.write(json.dumps(record) + "\n")
    near = dict(base[1], id="near-1", text=base[1]["text"] + " Officials gave no further detail.")
    exact = dict(base[2], id="exact-2")
    conflict = dict(base[6], text="A different dispatch about a harbour strike, reused id.")
    big = jsonl_lines([
        *base[5:15],
        "{not json at all",
        "",
        near,
        [1, 2, 3],
        *base[15:25],
        base[7],  # the same record again: a repeat
        exact,
        conflict,
        {"id": "no-text", "title": "A headline alone"},
        *base[25:40],
    ])
    (root / "c_big.jsonl").write_bytes(("\r\n".join(big[:8]) + "\r\n" + "\n".join(big[8:]) + "\n").encode("utf-8"))
    with zipfile.ZipFile(root / "d_bundle.zip", "w") as archive:
        archive.writestr("inner/e.jsonl", json.dumps(dict(base[0], id="zip-copy")) + "\n")
    # No final newline; its id is the first article's, with another text: a conflict across files.
    (root / "e_tail.jsonl").write_text(json.dumps(records(1, seed=99)[0]), encoding="utf-8")
    return root


@pytest.mark.parametrize("shard_bytes", [1, 700, 3000, 20000, 10**9])
def test_sharded_reading_matches_the_serial_pass(mixed, shard_bytes):
    loaded, report = sharded(corpus.load([mixed]), shard_bytes)
    expected, expected_report = serial(corpus.load([mixed]))
    assert report == expected_report
    assert loaded == expected
    assert [a.origin for a in loaded] == [a.origin for a in expected]
    assert [a.duplicate_of for a in loaded] == [a.duplicate_of for a in expected]


def test_the_report_names_file_and_line_of_problems_inside_a_range(mixed):
    plan = shards.plan(corpus.load([mixed]).entries, shard_bytes=700)
    ranges = [p.span for s in plan for p in s.pieces if p.name.endswith("c_big.jsonl")]
    assert len(ranges) > 5 and ranges[0].start == 0
    assert all(a.end == b.start for a, b in zip(ranges, ranges[1:]))
    _, report = sharded(corpus.load([mixed]), 700)
    big = (mixed / "c_big.jsonl").as_posix()
    skipped = {(s["file"], s["locator"]) for s in report["skipped"]}
    assert {(big, "line 11"), (big, "line 14"), (big, "line 27"), (big, "line 28")} <= skipped
    assert any(w["locator"] == "line 25" and "the same record" in w["reason"] for w in report["warnings"])
    duplicates = {d["article_id"]: d["kind"] for d in report["duplicates"]}
    assert duplicates == {"near-1": "near", "exact-2": "exact", "zip-copy": "exact"}
    assert ((mixed / "e_tail.jsonl").as_posix(), "line 1") in skipped


def test_the_last_shards_shrink_so_that_the_workers_finish_together(mixed, monkeypatch):
    monkeypatch.setattr(shards, "MIN_SHARD_BYTES", 400)
    plan = shards.plan(corpus.load([mixed]).entries, shard_bytes=8000, workers=2)
    sizes = [p.span.end - p.span.start for s in plan for p in s.pieces if p.name.endswith("c_big.jsonl")]
    longest = max(map(len, (mixed / "c_big.jsonl").read_bytes().splitlines(keepends=True)))
    assert sizes[0] > 4000 and all(size <= 8000 + longest for size in sizes)
    assert all(later <= earlier + longest for earlier, later in zip(sizes, sizes[1:]))
    assert sizes[-2] < 400 + longest < sizes[0] / 2
    loaded, report = sharded(corpus.load([mixed]), 8000, workers=2)
    assert (loaded, report) == serial(corpus.load([mixed]))


def test_a_large_shard_is_parsed_in_parts_of_consecutive_articles(mixed):
    corpus_obj = corpus.load([mixed])
    plan = shards.plan(corpus_obj.entries, shard_bytes=10**9)
    admitter = shards.Admitter(corpus_obj.options)
    try:
        work = admitter.admit(plan[0], shards.scan(plan[0], corpus_obj.options))
    finally:
        admitter.close()
    parts = shards.split(work, 4)
    assert len(parts) == 4 and [p.part for p in parts] == [0, 1, 2, 3]
    assert sum(p.articles for p in parts) == work.articles and max(p.articles for p in parts) <= -(-work.articles // 4)
    whole = list(shards.articles(work, corpus_obj.options))
    assert [a for p in parts for a in shards.articles(p, corpus_obj.options)] == whole
    assert shards.split(work, 10**6)[-1].articles == 1 and shards.split(work, 1) == [work]
    loaded, report = sharded(corpus.load([mixed]), 10**9, parts=3)
    assert (loaded, report) == serial(corpus.load([mixed]))


def test_a_range_is_cut_after_a_newline_and_keeps_the_byte_order_mark(tmp_path):
    path = tmp_path / "bom.jsonl"
    lines = jsonl_lines(records(30, seed=5))
    path.write_bytes(codecs.BOM_UTF8 + "\n".join(lines).encode("utf-8") + b"\n")
    spans = shards._spans(path, path.as_posix(), 2000)
    assert spans[0] == Span(0, spans[0].end, "utf-8-sig")
    data = path.read_bytes()
    assert all(data[s.start - 1 : s.start] == b"\n" for s in spans[1:])
    loaded, report = sharded(corpus.load([path]), 2000)
    assert (loaded, report) == serial(corpus.load([path]))
    assert report["encodings"] == {path.as_posix(): "utf-8-sig"}


def test_files_that_cannot_be_cut_are_read_whole(tmp_path):
    lines = [json.dumps(record) for record in records(20, seed=8)]  # ASCII
    old_mac = tmp_path / "old_mac.jsonl"  # line ends are chosen per file
    old_mac.write_bytes(("\r".join(lines) + "\r").encode("ascii"))
    legacy = tmp_path / "legacy.jsonl"  # a guessed code page is decoded from the start
    legacy.write_bytes(("\n".join(lines) + "\n").encode("ascii") + b'{"id": "cp", "text": "Caf\xe9 talks resumed."}\n')
    for path in (old_mac, legacy):
        assert shards._spans(path, path.name, 500) is None
    assert shards._spans(tmp_path / "x.jsonl.gz", "x.jsonl.gz", 500) is None
    loaded, report = sharded(corpus.load([tmp_path]), 500)
    assert (loaded, report) == serial(corpus.load([tmp_path]))
    assert len(loaded) == 21  # the second file repeats the first's records, plus one


def test_filters_and_small_record_limit_match(mixed):
    filters = corpus.Filters(since="2025-03-01", until="2025-10-31", keywords=["barrels"])
    options = dict(filters=filters, max_record_bytes=1200)
    loaded, report = sharded(corpus.load([mixed], **options), 900)
    assert (loaded, report) == serial(corpus.load([mixed], **options))
    assert report["filtered_out"]


def test_strict_fails_on_the_same_first_problem(mixed):
    with pytest.raises(corpus.StrictError) as serial_error:
        serial(corpus.load([mixed], strict=True))
    with pytest.raises(corpus.StrictError) as sharded_error:
        sharded(corpus.load([mixed], strict=True), 700)
    assert str(sharded_error.value) == str(serial_error.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_entries_never_opened_are_reported_in_their_place(mixed):
    os.mkfifo(mixed / "c_pipe.jsonl")
    loaded, report = sharded(corpus.load([mixed]), 700)
    assert (loaded, report) == serial(corpus.load([mixed]))
    assert any(s["file"].endswith("c_pipe.jsonl") for s in report["skipped"])


def test_what_a_worker_sends_the_driver_holds_no_text(mixed):
    corpus_obj = corpus.load([mixed])
    sent = b"".join(pickle.dumps(shards.scan(shard, corpus_obj.options))
                    for shard in shards.plan(corpus_obj.entries, shard_bytes=700))
    for article in corpus_obj:
        for paragraph in article.text.split("\n\n"):
            assert paragraph.encode("utf-8") not in sent


def test_a_file_changed_between_the_two_readings_is_an_error(tmp_path):
    path = tmp_path / "moving.jsonl"
    path.write_text("\n".join(jsonl_lines(records(6, seed=4))) + "\n", encoding="utf-8")
    corpus_obj = corpus.load([path])
    plan = shards.plan(corpus_obj.entries)
    admitter = shards.Admitter(corpus_obj.options)
    try:
        work = admitter.admit(plan[0], shards.scan(plan[0], corpus_obj.options))
        path.write_text("\n".join(jsonl_lines(records(6, seed=12))) + "\n", encoding="utf-8")
        with pytest.raises(corpus.CorpusError, match="changed while it was being read"):
            list(shards.articles(work, corpus_obj.options))
    finally:
        admitter.close()
