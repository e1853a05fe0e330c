"""Issue 16, the pipeline's part: what a hostile disk, folder, alias file or article does.

Each test failed before its fix: a cache that cannot be written, a publication cut
short, quadratic punctuation, an alias bomb, glob characters in --out, formulas in CSV
cells, control characters in --strict messages.
"""

from __future__ import annotations

import csv
import errno
import fcntl
import hashlib
import json
import logging
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from analysis.cli import main
from analysis.errors import AliasFileError, ExtractionError
from analysis.pipeline import cache as cache_lib
from analysis.pipeline import engine, processing, tables
from analysis.query import open_tables
from analysis.text.actor_table import read_alias_file
from tests.synthetic import write_jsonl

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
TABLES = ("articles", "actor_mentions", "quotes", "figures")


def _table_hashes(folder: Path, fmt: str = "parquet") -> dict[str, str]:
    return {name: hashlib.sha256((folder / f"{name}.{fmt}").read_bytes()).hexdigest() for name in TABLES}


def _report(folder: Path) -> dict:
    return json.loads((folder / "load_report.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def two_articles(tmp_path_factory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("two") / "two.jsonl", 2)


@pytest.fixture(scope="module")
def twelve_articles(tmp_path_factory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("twelve") / "wire.jsonl", 12)


@pytest.fixture(scope="module")
def cacheless(tmp_path_factory, two_articles) -> dict[str, Path]:
    """The rows of --no-cache runs, what every broken-cache run must equal."""
    out = {}
    for name, corpus in (("seeds", SEEDS), ("two", two_articles)):
        out[name] = tmp_path_factory.mktemp(f"nocache-{name}")
        engine.extract([corpus], out[name], use_cache=False)
    return out


# -- 1. a cache that cannot be used is a warning, never missing rows ---------------

@pytest.mark.parametrize("corpus_name", ["seeds", "two"])
def test_a_cache_dir_that_is_a_file_gives_the_rows_of_a_cacheless_run(
    corpus_name, two_articles, cacheless, tmp_path, caplog
):
    corpus = SEEDS if corpus_name == "seeds" else two_articles
    not_a_folder = tmp_path / "cache-file"
    not_a_folder.write_text("in the way\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        result = engine.extract([corpus], tmp_path / "out", cache_dir=not_a_folder)
    assert result.failures == []
    assert _table_hashes(tmp_path / "out") == _table_hashes(cacheless[corpus_name])
    status = _report(tmp_path / "out")["cache"]
    assert status["status"] == "unwritable" and "cache-file" in status["reason"]
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and "cache" in r.getMessage()]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]


@pytest.mark.parametrize("code", [errno.EROFS, errno.ENOSPC])
def test_a_read_only_or_full_cache_gives_the_rows_of_a_cacheless_run(
    code, two_articles, cacheless, tmp_path, monkeypatch, caplog
):
    def refuse(path, data):
        raise OSError(code, os.strerror(code), str(path))

    monkeypatch.setattr(cache_lib, "_atomic_write", refuse)
    with caplog.at_level(logging.WARNING):
        result = engine.extract([two_articles], tmp_path / "out", cache_dir=tmp_path / "cache")
    assert result.failures == [] and result.counts["articles"] == 2
    assert _table_hashes(tmp_path / "out") == _table_hashes(cacheless["two"])
    status = _report(tmp_path / "out")["cache"]
    assert status["status"] == "unwritable" and os.strerror(code) in status["reason"]
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and "cache" in r.getMessage()]
    assert len(warnings) == 1


def test_a_working_cache_adds_nothing_to_the_load_report(cacheless, tmp_path):
    engine.extract([SEEDS], tmp_path / "out", cache_dir=tmp_path / "cache")
    assert "cache" not in _report(tmp_path / "out")
    assert (tmp_path / "out" / "load_report.json").read_bytes() == (cacheless["seeds"] / "load_report.json").read_bytes()


def test_cache_commands_on_a_cache_that_is_a_file(tmp_path, caplog):
    not_a_folder = tmp_path / "cache-file"
    not_a_folder.write_text("x", encoding="utf-8")
    assert main(["cache", "clear", "--cache-dir", str(not_a_folder)]) == 2
    assert "cache-file" in caplog.text and "not a folder" in caplog.text
    assert not_a_folder.exists()


# -- 2. the table set is published as one step ------------------------------------

def _listed_files_match(folder: Path) -> None:
    """load_report.json names its generation and the hash of every table it goes with."""
    published = _report(folder)["tables"]
    assert set(published["files"]) == {f"{name}.parquet" for name in TABLES}
    for name, digest in published["files"].items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
    assert published["generation"] and published["corpus_fingerprint"]


def test_a_failure_while_publishing_leaves_the_complete_previous_set(twelve_articles, two_articles, tmp_path, monkeypatch):
    out = tmp_path / "out"
    engine.extract([twelve_articles], out, use_cache=False)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    _listed_files_match(out)
    real_merge = engine._Spill.merge
    calls = {"n": 0}

    def merge_fails_on_the_third(self, name, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_merge(self, name, *args, **kwargs)

    monkeypatch.setattr(engine._Spill, "merge", merge_fails_on_the_third)
    with pytest.raises(ExtractionError, match="No space left on device"):
        engine.extract([two_articles], out, use_cache=False)
    assert calls["n"] == 3
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    _listed_files_match(out)
    assert _report(out)["articles_loaded"] == 12


def test_the_load_report_names_the_generation_and_the_corpus(twelve_articles, tmp_path):
    engine.extract([twelve_articles], tmp_path / "a", use_cache=False)
    engine.extract([twelve_articles], tmp_path / "b", use_cache=False)
    _listed_files_match(tmp_path / "a")
    a, b = _report(tmp_path / "a"), _report(tmp_path / "b")
    assert a["tables"] == b["tables"]  # same input, same generation: reruns stay byte-identical
    assert a["tables"]["corpus_fingerprint"] == a["fingerprint"]


def test_a_run_killed_while_publishing_is_completed_by_the_next_one(twelve_articles, two_articles, tmp_path):
    out = tmp_path / "out"
    engine.extract([twelve_articles], out, use_cache=False)
    old = _report(out)["tables"]["generation"]
    script = textwrap.dedent(
        f"""
        import os, signal
        from analysis.pipeline import engine
        real = engine._swap_in
        moved = []
        def swap_then_die(staging, out_dir, name):
            if len(moved) == 2:
                os.kill(os.getpid(), signal.SIGKILL)
            moved.append(name)
            return real(staging, out_dir, name)
        engine._swap_in = swap_then_die
        engine.extract([{str(two_articles)!r}], {str(out)!r}, use_cache=False)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    completed = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True)
    assert completed.returncode == -9, completed.stderr
    assert [p for p in out.iterdir() if p.name.startswith(".newslens-staging-")]
    # the next run first completes the killed publication, then publishes its own set
    engine.recover(out)
    assert not [p for p in out.iterdir() if p.name.startswith(".")]
    _listed_files_match(out)
    report = _report(out)
    assert report["tables"]["generation"] != old and report["articles_loaded"] == 2
    assert len(pq.read_table(out / "articles.parquet")) == 2


def test_a_stale_staging_folder_is_removed_by_the_next_run(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".newslens-staging-killed"
    (stale / "articles").mkdir(parents=True)
    (stale / "articles" / "part-000000.parquet").write_bytes(b"half a file")
    engine.extract([SEEDS], out, use_cache=False)
    assert not stale.exists()
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []


def test_a_staging_folder_of_a_live_run_is_left_alone(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    live = out / ".newslens-staging-live"
    live.mkdir()
    handle = engine._lock_staging(live)
    try:
        engine.extract([SEEDS], out, use_cache=False)
        assert live.is_dir()
    finally:
        handle.close()
    engine.extract([SEEDS], out, use_cache=False)
    assert not live.exists()


# -- 3. punctuation runs cannot stall a corpus ------------------------------------

def _timed_extract(tmp_path: Path, name: str, texts: list[str]):
    corpus = tmp_path / f"{name}.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for i, text in enumerate(texts):
            handle.write(json.dumps({"id": f"{name}-{i}", "text": text}) + "\n")
    started = time.monotonic()
    result = engine.extract([corpus], tmp_path / name, use_cache=False)
    return result, time.monotonic() - started


# Before the guard the guillemets took 73 s alone: the timeout fails that; no speed is asserted.
@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "hostile",
    ["«" * 20_000, "(" * 5_000 + "x" + ")" * 5_000],
    ids=["20k-guillemets", "5k-parens"],
)
def test_a_run_of_punctuation_is_parsed_fast_and_exactly(hostile, tmp_path):
    normal = "Moscow said on Monday it would keep supplying India with crude oil."
    filler = ("The ministry said exports rose, traders said. " * (len(hostile) // 46 + 1))[: len(hostile)]
    processing._processor.cache_clear()
    _timed_extract(tmp_path, "warm", [normal])  # the model is loaded outside the timings
    _, baseline = _timed_extract(tmp_path, "plain", [normal, filler])
    result, elapsed = _timed_extract(tmp_path, "hostile", [normal, "Tehran said: " + hostile + " The end."])
    print(f"hostile {elapsed:.1f} s, plain {baseline:.1f} s")  # before: 23x and 45x; the timeout guards
    assert result.counts["articles"] == 2
    frames = open_tables(tmp_path / "hostile")
    assert "hostile-0" in set(frames.actor_mentions.article_id)
    texts = dict(zip(frames.articles.article_id, frames.articles.text))
    for name in ("actor_mentions", "quotes", "figures"):
        for row in frames.frame(name).itertuples():
            assert texts[row.article_id][row.start : row.end] == row.text, (name, row)


def test_cuts_inside_punctuation_runs_keep_the_text():
    text = "A " + "«" * 1_000 + " b (" + "(" * 450 + "x" + ")" * 450 + " end."
    pieces = processing.split_for_parser(text)
    assert "".join(pieces) == text
    longest = max(len(word) for piece in pieces for word in piece.split())
    assert longest <= 2 * processing.MAX_PUNCT_RUN + 1
    plain = "Moscow said it would. " * 50
    assert processing.split_for_parser(plain) == [plain]


# -- 4. alias files ---------------------------------------------------------------

BOMB = "\n".join(
    ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    + [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]" for i in range(8)]
    + ["aliases: [*i, *i, *i, *i, *i, *i, *i, *i, *i, *i]"]
) + "\n"


@pytest.mark.timeout(30)
def test_an_alias_bomb_is_refused_with_file_and_line(tmp_path, caplog):
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(BOMB, encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(AliasFileError, match=r"bomb\.yaml, line \d+: .*alias"):
        read_alias_file(bomb)
    assert time.monotonic() - started < 5
    assert main(["extract", str(SEEDS), "--out", str(tmp_path / "out"), "--no-cache", "--aliases", str(bomb)]) == 2
    assert "bomb.yaml, line" in caplog.text and "Traceback" not in caplog.text


def test_a_non_utf8_alias_file_names_the_file(tmp_path, caplog):
    latin = tmp_path / "aliases-latin1.csv"
    latin.write_bytes("alias,actor,actor_type,country\nPetr\xf3leos,PDVSA,organisation,VEN\n".encode("latin-1"))
    with pytest.raises(AliasFileError, match=r"aliases-latin1\.csv.*UTF-8"):
        read_alias_file(latin)
    assert main(["extract", str(SEEDS), "--out", str(tmp_path / "out"), "--no-cache", "--aliases", str(latin)]) == 2
    assert "aliases-latin1.csv" in caplog.text and "UTF-8" in caplog.text


def test_an_ordinary_alias_file_still_works(tmp_path):
    good = tmp_path / "aliases.yaml"
    good.write_text("defaults: &d {actor_type: organisation, country: VEN}\n"
                    "aliases:\n  - {<<: *d, alias: Petróleos, actor: PDVSA}\n", encoding="utf-8")
    [entry] = read_alias_file(good)
    assert (entry.alias, entry.actor, entry.country) == ("Petróleos", "PDVSA", "VEN")


# -- 5. --out: glob characters, a file, a read-only folder -------------------------

@pytest.mark.parametrize("name", ["out[1]", "out{a,b}", "out*?"])
def test_out_with_glob_characters(name, tmp_path):
    out = tmp_path / name
    assert main(["extract", str(SEEDS), "--out", str(out), "--no-cache"]) == 0
    assert len(pq.read_table(out / "articles.parquet")) == 1
    assert len(pq.read_table(out / "actor_mentions.parquet")) > 0


def test_out_that_is_a_file_is_a_usage_error(tmp_path, caplog):
    target = tmp_path / "tables.parquet"
    target.write_text("not a folder", encoding="utf-8")
    assert main(["extract", str(SEEDS), "--out", str(target), "--no-cache"]) == 2
    assert "tables.parquet" in caplog.text and "not a folder" in caplog.text
    assert "Traceback" not in caplog.text


def test_out_in_a_read_only_folder_is_a_usage_error(tmp_path, monkeypatch, caplog):
    def read_only(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(tmp_path / "ro"))

    monkeypatch.setattr(engine.tempfile, "mkdtemp", read_only)
    assert main(["extract", str(SEEDS), "--out", str(tmp_path / "ro"), "--no-cache"]) == 2
    assert "ro" in caplog.text and "Permission denied" in caplog.text


def test_out_under_a_file_is_a_usage_error(tmp_path, caplog):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert main(["extract", str(SEEDS), "--out", str(tmp_path / "file" / "out"), "--no-cache"]) == 2
    assert "file" in caplog.text and "--out" in caplog.text


# -- 6. CSV cells are not formulas -------------------------------------------------

def test_csv_cells_that_start_a_formula_are_neutralised(tmp_path):
    corpus = tmp_path / "formulas.jsonl"
    rows = [
        {"id": "=HYPERLINK(\"http://x\")", "title": "@SUM(1+1)", "text": "-2 says Moscow. Russia cut exports.",
         "source": "+cmd", "url": "\tTAB"},
        {"id": "plain", "title": "'=quoted", "text": "Moscow said exports fell by 5%.", "source": "\rCR"},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    engine.extract([corpus], tmp_path / "csv", fmt="csv", use_cache=False)
    engine.extract([corpus], tmp_path / "pq", use_cache=False)
    with (tmp_path / "csv" / "articles.csv").open(encoding="utf-8", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")], cells
    assert "'=HYPERLINK(\"http://x\")" in cells and "'@SUM(1+1)" in cells and "''=quoted" in cells
    # Parquet keeps the text as it is; reading the CSV back gives the same rows
    parquet = pq.read_table(tmp_path / "pq" / "articles.parquet").to_pandas()
    assert "=HYPERLINK(\"http://x\")" in set(parquet.article_id) and "'=quoted" in set(parquet.title)
    for name in TABLES:
        a = open_tables(tmp_path / "pq").frame(name)
        b = open_tables(tmp_path / "csv").frame(name)
        assert a.fillna(-1).astype(str).equals(b.fillna(-1).astype(str)), name


def test_csv_numbers_stay_numbers(tmp_path):
    spill = engine._Spill(tmp_path / "staging", ["figures"])
    row = {name: None for name in tables.FIGURES.names}
    row.update(article_id="a", figure_id="f", text="-3.5%", start=0, end=5, value=-3.5, approximate=False,
               sentence="=1+1", unit="@percent")
    spill.write("figures", [row])
    spill.merge("figures", tmp_path / "staging", "csv")
    lines = (tmp_path / "staging" / "figures.csv").read_text(encoding="utf-8").splitlines()
    record = dict(zip(lines[0].split(","), next(csv.reader([lines[1]]))))
    assert record["value"] == "-3.5" and record["start"] == "0"
    assert record["text"] == "'-3.5%" and record["sentence"] == "'=1+1" and record["unit"] == "'@percent"
    back = tables.read_table(tmp_path / "staging" / "figures.csv").to_pylist()[0]
    assert back["value"] == -3.5 and back["text"] == "-3.5%" and back["sentence"] == "=1+1"


# -- 7. --strict names files printably ----------------------------------------------

def test_strict_message_escapes_control_characters():
    report = {"skipped": [{"file": "evil\n\x1b[31mfake.jsonl", "locator": "line 1", "reason": "bad\rjson"}]}
    failures = [{"origin": "x\u202eoh.txt", "extractor": "quotes", "error": "boom"}]
    message = engine._strict_message(report, failures)
    assert "\x1b" not in message and "\r" not in message and "\u202e" not in message
    assert "evil\\n\\x1b[31mfake.jsonl" in message and "x\\u202eoh.txt" in message
    assert message.count("\n") == 2
