"""The extraction engine: table contract, determinism, cache, failures, engines."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from analysis.pipeline import engine, processing, tables
from analysis.query import open_tables
from tests.synthetic import write_jsonl

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
TABLES = ("articles", "actor_mentions", "quotes", "figures")


def _hashes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("corpus") / "wire.jsonl", 12)


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def seed_tables(tmp_path_factory, cache_dir) -> Path:
    out = tmp_path_factory.mktemp("seed-out")
    engine.extract([SEEDS], out, cache_dir=cache_dir)
    return out


def test_seed_extraction_writes_the_contract(seed_tables):
    for name in TABLES:
        table = pq.read_table(seed_tables / f"{name}.parquet")
        assert table.schema.equals(tables.SCHEMAS[name]), name
    opened = open_tables(seed_tables)
    assert len(opened.articles) == 1
    text = opened.articles.text.iloc[0]
    assert text.startswith("Moscow will continue")
    for name in ("actor_mentions", "quotes", "figures"):
        frame = opened.frame(name)
        assert len(frame) > 0, name
        for row in frame.itertuples():
            assert text[row.start : row.end] == row.text, (name, row)
        keys = list(zip(frame.article_id, frame.start))
        assert keys == sorted(keys), name
    assert (seed_tables / "load_report.json").exists()
    assert opened.load_report["skipped"] == []


def test_reruns_are_byte_identical_with_and_without_cache(small_corpus, cache_dir, tmp_path):
    engine.extract([small_corpus], tmp_path / "a", cache_dir=cache_dir)
    warm = engine.extract([small_corpus], tmp_path / "b", cache_dir=cache_dir)
    cold = engine.extract([small_corpus], tmp_path / "c", use_cache=False)
    assert warm.stats["cached_results"] == 12 and warm.stats["parsed"] == 0
    assert cold.stats["parsed"] == 12
    assert _hashes(tmp_path / "a") == _hashes(tmp_path / "b") == _hashes(tmp_path / "c")


def test_rows_spilled_at_every_partition_give_the_same_tables(small_corpus, cache_dir, tmp_path, monkeypatch):
    engine.extract([small_corpus], tmp_path / "held", cache_dir=cache_dir, partition_size=4)
    monkeypatch.setattr(engine, "SPILL_CHARS", 1)  # a part per table after every partition
    engine.extract([small_corpus], tmp_path / "spilled", cache_dir=cache_dir, partition_size=4)
    assert _hashes(tmp_path / "held") == _hashes(tmp_path / "spilled")


def test_csv_format_has_the_same_rows(small_corpus, cache_dir, tmp_path):
    engine.extract([small_corpus], tmp_path / "pq", cache_dir=cache_dir)
    engine.extract([small_corpus], tmp_path / "csv", fmt="csv", cache_dir=cache_dir)
    for name in TABLES:
        parquet = open_tables(tmp_path / "pq").frame(name)
        csv = open_tables(tmp_path / "csv").frame(name)
        assert parquet.fillna(-1).astype(str).equals(csv.fillna(-1).astype(str)), name


def test_parse_cache_key_names_model_weights_and_config():
    from dataclasses import replace

    from analysis.pipeline.model import model_info

    info = model_info()
    assert info.version in info.cache_key and info.weights_sha256[:16] in info.cache_key
    assert replace(info, weights_sha256="0" * 64).cache_key != info.cache_key
    assert replace(info, config_sha256="0" * 64).cache_key != info.cache_key
    assert replace(info, version="9.9.9").cache_key != info.cache_key


def test_warm_run_loads_neither_model_nor_extractors(small_corpus, cache_dir, tmp_path, monkeypatch):
    engine.extract([small_corpus], tmp_path / "a", cache_dir=cache_dir)

    def no_model(name=None):
        raise AssertionError("the model was loaded on a fully cached run")

    def no_extractors(names, config):
        raise AssertionError("extractors were built on a fully cached run")

    monkeypatch.setattr(processing, "load_model", no_model)
    monkeypatch.setattr(processing.registry, "build", no_extractors)
    processing._processor.cache_clear()
    try:
        warm = engine.extract([small_corpus], tmp_path / "b", cache_dir=cache_dir)
    finally:
        processing._processor.cache_clear()
    assert warm.stats["cached_results"] == 12


def test_an_extractor_error_skips_one_article_only(small_corpus, tmp_path, monkeypatch):
    real_build = processing.registry.build

    def build_with_a_failing_quotes(names, config):
        built = real_build(names, config)

        def wrap(spec, run):
            def failing(context):
                if spec.name == "quotes" and context.article.article_id == "syn-000003":
                    raise RuntimeError("quote scanner exploded")
                return run(context)

            return spec, failing

        return [wrap(spec, run) for spec, run in built]

    monkeypatch.setattr(processing.registry, "build", build_with_a_failing_quotes)
    processing._processor.cache_clear()
    try:
        result = engine.extract([small_corpus], tmp_path / "out", use_cache=False)
    finally:
        processing._processor.cache_clear()
    failures = result.load_report["extraction_failures"]
    assert [(f["article_id"], f["extractor"]) for f in failures] == [("syn-000003", "quotes")]
    assert "quote scanner exploded" in failures[0]["error"]
    assert "wire.jsonl" in failures[0]["origin"]
    mentions = open_tables(tmp_path / "out").actor_mentions
    assert set(mentions.article_id) == {f"syn-{i:06d}" for i in range(12)} - {"syn-000003"}


def test_a_parser_error_skips_one_article_only(small_corpus, tmp_path, monkeypatch):
    from spacy.language import Language

    from analysis.pipeline.model import resolve_model_name
    import spacy

    @Language.component("explode_on_marker")
    def explode_on_marker(doc):
        if "Tehran said" in doc.text:
            raise ValueError("parser exploded")
        return doc

    nlp = spacy.load(resolve_model_name())
    nlp.add_pipe("explode_on_marker")
    monkeypatch.setattr(processing, "load_model", lambda name=None: nlp)
    processing._processor.cache_clear()
    try:
        result = engine.extract([small_corpus], tmp_path / "out", use_cache=False)
    finally:
        processing._processor.cache_clear()
    failed = {f["article_id"] for f in result.failures}
    assert failed and all(f["extractor"] == "parser" for f in result.failures)
    written = set(open_tables(tmp_path / "out").actor_mentions.article_id)
    assert written == {f"syn-{i:06d}" for i in range(12)} - failed
    assert len(open_tables(tmp_path / "out").articles) == 12


def test_long_articles_are_parsed_in_pieces(monkeypatch, tmp_path):
    paragraph = "Moscow called on Washington to “reconsider” its position, the Kremlin said. " * 8
    text = "\n\n".join([paragraph.strip()] * 40)
    pieces = processing.split_for_parser(text, limit=1500)
    assert "".join(pieces) == text and max(map(len, pieces)) <= 1500
    one_line = "word " * 5000
    assert "".join(processing.split_for_parser(one_line, limit=999)) == one_line

    monkeypatch.setattr(processing, "MAX_CHUNK_CHARS", 1500)
    corpus_file = tmp_path / "long.txt"
    corpus_file.write_text(text, encoding="utf-8")
    result = engine.extract([corpus_file], tmp_path / "out", use_cache=False)
    assert result.failures == []
    mentions = open_tables(tmp_path / "out").actor_mentions
    assert len(mentions) >= 40 * 8 * 2


def test_interrupted_extraction_leaves_previous_tables(small_corpus, cache_dir, tmp_path, monkeypatch):
    out = tmp_path / "out"
    engine.extract([small_corpus], out, cache_dir=cache_dir)
    before = _hashes(out)
    calls = {"n": 0}
    real = engine.process_partition

    def interrupted(batch, settings):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(batch, settings)

    monkeypatch.setattr(engine, "process_partition", interrupted)
    with pytest.raises(KeyboardInterrupt):
        engine.extract([small_corpus], out, cache_dir=cache_dir, partition_size=4)
    assert _hashes(out) == before
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []


@pytest.mark.slow
def test_local_workers_and_dask_engine_match_the_serial_engine(small_corpus, cache_dir, tmp_path):
    engine.extract([small_corpus], tmp_path / "serial", use_cache=False)
    engine.extract([small_corpus], tmp_path / "pool", workers=2, use_cache=False, partition_size=3)
    engine.extract([small_corpus], tmp_path / "dask", engine="dask", workers=2, use_cache=False, partition_size=3)
    assert _hashes(tmp_path / "serial") == _hashes(tmp_path / "pool") == _hashes(tmp_path / "dask")


@pytest.fixture(scope="module")
def sharded_corpus(tmp_path_factory) -> Path:
    """Files the Dask engine cuts into several shards: a JSON Lines file read in byte ranges
    with a bad line and a blank one inside, copies within it and across files, a gzip file
    (read whole) and a text file."""
    import gzip
    import json

    root = tmp_path_factory.mktemp("sharded")
    wire = write_jsonl(root / "a_wire.jsonl", 14)
    lines = wire.read_text(encoding="utf-8").splitlines()
    second = json.loads(lines[1])
    lines[6:6] = ["{\"id\": \"broken\", \"text\": ", ""]
    lines.append(json.dumps(dict(second, id="wire-copy")))
    wire.write_text("\n".join(lines) + "\n", encoding="utf-8")
    more = write_jsonl(root / "more.jsonl", 4, seed=9)
    with gzip.open(root / "b_more.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(more.read_text(encoding="utf-8").replace('"id": "syn-', '"id": "more-'))
        handle.write(json.dumps(dict(json.loads(lines[0]), id="gz-copy")) + "\n")
    more.unlink()
    (root / "c_note.txt").write_text(
        "Tehran said on Monday that exports to India would rise to 300,000 barrels per day in May.\n",
        encoding="utf-8")
    return root


@pytest.mark.slow
def test_dask_workers_reading_their_own_shards_match_the_local_engine(sharded_corpus, cache_dir, tmp_path):
    import corpus
    from corpus import shards

    plan = shards.plan(corpus.load([sharded_corpus]).entries, shard_bytes=2500)
    assert sum(p.span is not None for s in plan for p in s.pieces) >= 4 and len(plan) >= 6
    filters = corpus.Filters(until="2025-11-30")
    local = engine.extract([sharded_corpus], tmp_path / "local", cache_dir=cache_dir, filters=filters, workers=1)
    dask = engine.extract([sharded_corpus], tmp_path / "dask", engine="dask", workers=2, cache_dir=cache_dir,
                          filters=filters, shard_bytes=2500, partition_size=1)  # the gzip file in parts
    assert _hashes(tmp_path / "local") == _hashes(tmp_path / "dask")
    report = dask.load_report
    assert report == local.load_report
    wire = (sharded_corpus / "a_wire.jsonl").as_posix()
    assert [(s["file"], s["locator"]) for s in report["skipped"]] == [(wire, "line 7")]
    assert {d["article_id"]: d["duplicate_of"] for d in report["duplicates"]} == {
        "wire-copy": "syn-000001", "gz-copy": "syn-000000"}
    assert report["filtered_out"]["date"] > 0
    assert dask.counts == local.counts and dask.counts["articles"] == report["articles_loaded"]


def test_query_helper_sql(seed_tables):
    frame = open_tables(seed_tables).sql(
        "SELECT count(*) AS n FROM actor_mentions WHERE article_id IN (SELECT article_id FROM articles)"
    )
    assert int(frame.n.iloc[0]) == len(open_tables(seed_tables).actor_mentions)


def test_bad_options_are_usage_errors(tmp_path):
    with pytest.raises(engine.ExtractionError, match="--format"):
        engine.extract([SEEDS], tmp_path, fmt="xlsx")
    with pytest.raises(engine.ExtractionError, match="--engine"):
        engine.extract([SEEDS], tmp_path, engine="spark")


def test_a_tables_folder_mixing_two_extractions_is_refused_naming_the_file(tmp_path, seed_tables, small_corpus, cache_dir):
    import shutil

    from analysis.errors import TableSetError

    mixed = tmp_path / "mixed"
    shutil.copytree(seed_tables, mixed)
    assert len(open_tables(mixed).articles) == 1
    other = tmp_path / "other"
    engine.extract([small_corpus], other, cache_dir=cache_dir)
    shutil.copy(other / "figures.parquet", mixed / "figures.parquet")  # a file from another run
    with pytest.raises(TableSetError, match=r"figures\.parquet.*load_report\.json"):
        open_tables(mixed)
