"""The final merge (analysis.pipeline.merge): one sorted file in bounded memory, the same bytes
however the rows were split into parts or ranges."""

from __future__ import annotations

import hashlib
import random

import pyarrow.parquet as pq
import pytest

from analysis.pipeline import engine, merge, tables


def _mention(article: int, start: int, text: str | None) -> dict:
    return {"article_id": f"art-{article:04d}", "start": start, "end": start + 5, "text": text,
            "actor": "Ruritania" if text else None, "actor_type": "state", "country": None, "state": None,
            "method": "gazetteer"}


def _rows(n_articles: int = 300, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for article in range(n_articles):
        for start in rng.sample(range(0, 4000, 7), rng.randint(1, 12)):
            rows.append(_mention(article, start, rng.choice(["Ruritania", "the Ruritanian cabinet " * 8, None])))
    rng.shuffle(rows)
    return rows


def _merged(tmp_path, rows: list[dict], *, parts: int, fmt: str, range_bytes: int, group_bytes: int,
            monkeypatch) -> bytes:
    monkeypatch.setattr(merge, "RANGE_BYTES", range_bytes)
    monkeypatch.setattr(merge, "ROW_GROUP_BYTES", group_bytes)
    staging = tmp_path / f"staging-{parts}-{range_bytes}-{group_bytes}-{fmt}"
    spill = engine._Spill(staging, ["actor_mentions"])
    size = -(-len(rows) // parts)
    for first in range(0, len(rows), size):
        spill.write("actor_mentions", rows[first:first + size])
    spill.merge("actor_mentions", staging, fmt)
    assert not (staging / ".actor_mentions.ranges").exists()  # the ranges' scratch files are gone
    return (staging / f"actor_mentions.{fmt}").read_bytes()


@pytest.mark.parametrize("fmt", tables.FORMATS)
def test_ranges_and_parts_do_not_change_the_bytes(tmp_path, monkeypatch, fmt):
    rows = _rows()
    whole = _merged(tmp_path, rows, parts=1, fmt=fmt, range_bytes=2**30, group_bytes=2**30, monkeypatch=monkeypatch)
    # many parts, and ranges far smaller than the table: 20-odd of them
    split = _merged(tmp_path, rows, parts=17, fmt=fmt, range_bytes=4_000, group_bytes=2**30, monkeypatch=monkeypatch)
    assert hashlib.sha256(split).digest() == hashlib.sha256(whole).digest()


def test_the_merged_rows_are_sorted_and_complete(tmp_path, monkeypatch):
    rows = _rows()
    _merged(tmp_path, rows, parts=9, fmt="parquet", range_bytes=3_000, group_bytes=2**30, monkeypatch=monkeypatch)
    table = pq.read_table(tmp_path / "staging-9-3000-1073741824-parquet" / "actor_mentions.parquet").to_pylist()
    key = [(r["article_id"], r["start"], r["end"]) for r in table]
    assert key == sorted((r["article_id"], r["start"], r["end"]) for r in rows)
    assert len(table) == len(rows)


def test_row_groups_close_at_a_size_counted_over_the_sorted_rows(tmp_path, monkeypatch):
    rows = _rows()
    small_ranges = _merged(tmp_path, rows, parts=5, fmt="parquet", range_bytes=5_000, group_bytes=20_000,
                           monkeypatch=monkeypatch)
    one_range = _merged(tmp_path, rows, parts=2, fmt="parquet", range_bytes=2**30, group_bytes=20_000,
                        monkeypatch=monkeypatch)
    assert small_ranges == one_range
    path = tmp_path / "staging-2-1073741824-20000-parquet" / "actor_mentions.parquet"
    metadata = pq.read_metadata(path)
    assert metadata.num_row_groups > 5
    assert sum(metadata.row_group(i).num_rows for i in range(metadata.num_row_groups)) == len(rows)


def test_the_bounds_cut_the_ids_into_ranges_of_similar_size(tmp_path, monkeypatch):
    rows = _rows(n_articles=400)
    monkeypatch.setattr(merge, "RANGE_BYTES", 3_000)
    staging = tmp_path / "staging"
    spill = engine._Spill(staging, ["actor_mentions"])
    for first in range(0, len(rows), 500):
        spill.write("actor_mentions", rows[first:first + 500])
    parts = sorted((staging / "actor_mentions").glob("*.parquet"))
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    ranges = merge._distribute(parts, tables.ACTOR_MENTIONS, scratch)
    sizes = [pq.read_metadata(files[0]).num_rows for files in ranges]
    assert len(ranges) > 10 and sum(sizes) == len(rows)
    assert max(sizes) < 3 * len(rows) / len(ranges)
    ids = [pq.read_table(files[0], columns=["article_id"]).column(0).to_pylist() for files in ranges]
    for before, after in zip(ids, ids[1:]):  # ranges in sort order, an article in one range only
        assert max(before) < min(after)
