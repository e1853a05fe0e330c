"""The benchmarks' own set-up, checked in ``make test`` (no timing here): a benchmark that
cannot build its input would report nothing, and only when someone next runs it."""

import runpy
from pathlib import Path

import pytest

from analysis.query import open_tables

BENCH = Path(__file__).resolve().parent / "bench"


@pytest.fixture(scope="module")
def bench_notebooks():
    return runpy.run_path(str(BENCH / "bench_notebooks.py"))


def test_tiled_tables_are_one_consistent_set(tmp_path, bench_notebooks):
    seed = bench_notebooks["seed_tables"](tmp_path, 3)
    tiled = bench_notebooks["tiled_tables"](seed, 7, tmp_path / "tiled")
    tables = open_tables(tiled)  # refuses files that are not the ones the report lists
    assert len(tables.articles) == 7
    assert tables.articles["article_id"].is_unique
    assert set(tables.actor_mentions["article_id"]) <= set(tables.articles["article_id"])
