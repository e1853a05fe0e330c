"""`newslens extract` and `newslens cache` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from analysis.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_extract_seeds_to_csv(tmp_path, capsys):
    assert main(["extract", str(ROOT / "seeds"), "--out", str(tmp_path), "--format", "csv"]) == 0
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == ["actor_mentions.csv", "articles.csv", "figures.csv", "load_report.json", "quotes.csv"]
    assert "1 articles" in capsys.readouterr().out
    header = (tmp_path / "quotes.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("article_id,quote_id,text,start,end,speaker")


def test_unknown_format_is_a_usage_error(tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "--out", str(tmp_path), "--format", "xlsx"])
    assert exit_info.value.code == 2


def test_scheduler_needs_the_dask_engine(tmp_path):
    assert main(["extract", "--out", str(tmp_path), "--scheduler", "tcp://127.0.0.1:1"]) == 2


def test_strict_turns_a_skip_into_exit_2(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Moscow said it would keep buying oil.", encoding="utf-8")
    (corpus / "bad.jsonl").write_text('{"text": "fine"}\n{not json\n', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(corpus), "--out", str(out)]) == 0
    report = json.loads((out / "load_report.json").read_text(encoding="utf-8"))
    assert any("bad.jsonl" in skip["file"] for skip in report["skipped"])
    assert main(["extract", str(corpus), "--out", str(tmp_path / "strict"), "--strict"]) == 2
    assert not (tmp_path / "strict" / "articles.parquet").exists()


def test_no_progress_bar_when_not_on_a_terminal(tmp_path):
    completed = subprocess.run(
        [sys.executable, "-m", "analysis.cli", "extract", str(ROOT / "seeds"), "--out", str(tmp_path)],
        capture_output=True, text=True, cwd=ROOT, check=True,
    )
    assert "\r" not in completed.stderr and "it/s" not in completed.stderr


def test_cache_clear(tmp_path, capsys):
    cache = tmp_path / "cache"
    assert main(["extract", str(ROOT / "seeds"), "--out", str(tmp_path / "out"), "--cache-dir", str(cache)]) == 0
    assert any(cache.rglob("*"))
    assert main(["cache", "clear", "--cache-dir", str(cache)]) == 0
    assert "removed" in capsys.readouterr().out
    assert not cache.exists()


def test_corpus_paths_may_follow_the_options(tmp_path):
    multi = ROOT / "tests" / "fixtures" / "multi"
    assert main(["extract", "--out", str(tmp_path), str(multi)]) == 0
    report = json.loads((tmp_path / "load_report.json").read_text(encoding="utf-8"))
    assert report["articles_loaded"] > 1


def test_unknown_options_are_rejected(tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(ROOT / "seeds"), "--out", str(tmp_path), "--bogus"])
    assert exit_info.value.code == 2


def test_filters_keep_only_the_chosen_articles(tmp_path, capsys):
    multi = ROOT / "tests" / "fixtures" / "multi"
    assert main(["extract", str(multi), "--out", str(tmp_path), "--since", "2025-12-10", "--source", "Reuters"]) == 0
    articles = pq.read_table(tmp_path / "articles.parquet").to_pandas()
    assert len(articles) >= 1
    assert set(articles.source) == {"Reuters"} and (articles.published >= "2025-12-10").all()
    report = json.loads((tmp_path / "load_report.json").read_text(encoding="utf-8"))
    assert sum(report["filtered_out"].values()) == report["records_read"] - len(report["skipped"]) - len(articles)


def test_a_bad_filter_date_is_a_usage_error(tmp_path):
    assert main(["extract", str(ROOT / "seeds"), "--out", str(tmp_path), "--since", "last tuesday"]) == 2
