"""``newslens corpus info|validate``: output, JSON, exit codes."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import pytest

from analysis.commands import corpus_cmd

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "tests" / "fixtures" / "corpus" / "good"


def run(*argv: str) -> int:
    # Only this command's parser: the test does not depend on the other commands.
    parser = argparse.ArgumentParser(prog="newslens")
    corpus_cmd.add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["corpus", *argv])
    return args.run(args)


@pytest.fixture
def bad_corpus(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        '{"id": "1", "text": "Crude exports from Basra rose in December.", "date": "2026-01-02"}\n'
        '{"id": "2", "text": "not closed\n'
        '{"id": "3", "text": "Tanker rates fell.", "date": "someday"}\n',
        encoding="utf-8",
    )
    return tmp_path


def test_info_shows_the_seed_with_its_metadata(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert run("info") == 0
    out = capsys.readouterr().out
    assert "articles:    1 (from 1 record(s) in 1 file(s))" in out
    assert "dates:       2026-01-04 (1 inferred from the text)" in out
    assert "languages:   en 1" in out and "sources:     (unknown) 1" in out
    assert "Russia and China condemn U.S. capture of Maduro" in out and "2026-01-04*" in out
    assert "duplicates:  0 exact, 0 near" in out
    assert "fingerprint: " in out
    model_line = next(line for line in out.splitlines() if line.startswith("model:"))
    assert "en_core_web_sm" in model_line and "weights sha256" in model_line


def test_info_json(capsys):
    assert run("info", str(GOOD), "--json") == 0
    info = json.loads(capsys.readouterr().out)
    assert info["articles"] == 12 and info["skipped"] == 0
    assert info["dates"] == {"first": "2025-11-28", "last": "2025-12-10", "undated": 0, "inferred": 0}
    assert info["sources"]["Example Wire"] == 3
    assert info["languages"] == {"en": 10, "pt": 1, "(unknown)": 1}  # the TSV has no language column
    assert set(info["model"]) == {"package", "version", "weights_sha256"}
    assert len(info["fingerprint"]) == 64


def test_validate_good_corpus_exits_0(capsys):
    assert run("validate", str(GOOD)) == 0
    assert "OK: nothing skipped" in capsys.readouterr().out


def test_validate_reports_every_skip_and_exits_2(capsys, bad_corpus):
    assert run("validate", str(bad_corpus)) == 2
    out = capsys.readouterr().out
    assert f"SKIPPED  {bad_corpus.as_posix()}/a.jsonl, line 2: invalid JSON" in out
    assert f"WARNING  {bad_corpus.as_posix()}/a.jsonl, line 3: unparseable date 'someday'" in out
    assert "articles loaded: 2" in out and "FAILED: 1 record(s) skipped" in out


def test_validate_json_is_the_load_report(capsys, bad_corpus):
    assert run("validate", str(bad_corpus), "--json") == 2
    report = json.loads(capsys.readouterr().out)
    assert report["skipped"] == [{"file": f"{bad_corpus.as_posix()}/a.jsonl", "locator": "line 2",
                                  "reason": report["skipped"][0]["reason"]}]
    assert report["articles_loaded"] == 2


def test_strict_fails_with_exit_2(capsys, bad_corpus):
    assert run("info", str(bad_corpus), "--strict") == 2
    assert run("validate", str(bad_corpus), "--strict") == 2


def test_missing_corpus_exits_2(tmp_path, caplog):
    assert run("info", str(tmp_path / "missing")) == 2
    assert "no such file or folder" in caplog.text


def test_fields_mapping(capsys, tmp_path):
    (tmp_path / "x.csv").write_text("story,pubdate\nOil rose on Monday.,2026-01-05\n", encoding="utf-8")
    assert run("validate", str(tmp_path)) == 2
    assert "no text column" in capsys.readouterr().out
    assert run("info", str(tmp_path), "--fields", "text=story,published=pubdate", "--json") == 0
    assert json.loads(capsys.readouterr().out)["dates"]["first"] == "2026-01-05"


def test_duplicates_are_counted(capsys, tmp_path):
    shutil.copy(GOOD / "wire.jsonl", tmp_path / "a.jsonl")
    text = (GOOD / "wire.jsonl").read_text(encoding="utf-8").replace('"stories_id": 900', '"stories_id": 800')
    (tmp_path / "b.jsonl").write_text(text, encoding="utf-8")
    assert run("info", str(tmp_path)) == 0
    out = capsys.readouterr().out
    assert "duplicates:  3 exact, 0 near" in out and "[duplicate of 9001]" in out


def test_info_on_an_empty_folder_warns(tmp_path, capsys, caplog):
    import logging

    from analysis.cli import main

    with caplog.at_level(logging.WARNING):
        code = main(["corpus", "info", str(tmp_path)])
    assert code == 0
    assert any("no file newslens reads was found" in r.getMessage() and str(tmp_path) in r.getMessage() for r in caplog.records)
