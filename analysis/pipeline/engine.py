"""The extraction engine: corpus → one parse per article → extractor tables.

``extract`` streams the corpus in partitions, runs :func:`analysis.pipeline.processing.process_partition`
on each (in-process, in a local process pool, or on a Dask cluster), spills every
partition's rows to Parquet parts in a hidden staging folder inside ``out_dir`` and
finally merges the parts into one sorted table per name, published atomically. A
crash or Ctrl-C leaves the previous tables of ``out_dir`` untouched.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import json
import logging
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

import corpus as corpus_lib
from analysis.errors import ExtractionError
from analysis.pipeline import tables
from analysis.pipeline.processing import PartitionResult, Settings, process_partition
from analysis.pipeline.registry import resolve_order

log = logging.getLogger(__name__)

ENGINES = ("local", "dask")
PARTITION_SIZE = 64
LOAD_REPORT = "load_report.json"


@dataclass(slots=True)
class ExtractionResult:
    out_dir: Path
    counts: dict[str, int]
    load_report: dict
    failures: list[dict] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)


def extract(
    paths=corpus_lib.DEFAULT_CORPUS,
    out_dir: str | Path = "out",
    *,
    fmt: str = "parquet",
    engine: str = "local",
    workers: int = 1,
    scheduler: str | None = None,
    model: str | None = None,
    strict: bool = False,
    extractor_config: dict | None = None,
    fields: dict | None = None,
    filters=None,
    cache_dir: str | Path | None = None,
    use_cache: bool = True,
    extractors: Iterable[str] | None = None,
    progress: bool | None = None,
    partition_size: int = PARTITION_SIZE,
) -> ExtractionResult:
    """Extract every registered table of ``paths`` into ``out_dir`` (DESIGN.md contract)."""
    if fmt not in tables.FORMATS:
        raise ExtractionError(f"unknown --format {fmt!r}; choose one of {', '.join(tables.FORMATS)}")
    if engine not in ENGINES:
        raise ExtractionError(f"unknown --engine {engine!r}; choose one of {', '.join(ENGINES)}")
    specs = resolve_order(extractors)
    settings = Settings(
        model=model,
        extractors=tuple(spec.name for spec in specs),
        extractor_config_json=json.dumps(extractor_config or {}, sort_keys=True, default=str),
        cache_dir=str(cache_dir) if cache_dir else None,
        use_cache=use_cache,
    )
    corpus = corpus_lib.load(paths, fields=fields, strict=strict, filters=filters)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    table_names = ["articles"] + sorted({spec.table for spec in specs})

    with _staging(out_dir) as staging, _executor(engine, workers, scheduler) as executor:
        spill = _Spill(staging, table_names)
        meter = _Progress(progress)
        failures: list[dict] = []
        stats = {"parsed": 0, "cached_docs": 0, "cached_results": 0}
        for batch, result in _run(executor, _partitions(corpus, partition_size), settings, workers):
            spill.write("articles", [article.to_row() for article in batch])
            for name, rows in result.rows.items():
                spill.write(name, rows)
            failures.extend(result.failures)
            for key in stats:
                stats[key] += getattr(result, key)
            meter.advance(len(batch))
        meter.close()
        report = _load_report(corpus, failures)
        if strict and (report["skipped"] or failures):
            raise corpus_lib.StrictError(_strict_message(report, failures))
        counts = {name: spill.merge(name, out_dir, fmt) for name in table_names}
        _publish_json(out_dir / LOAD_REPORT, report)
    log.info(
        "extracted %d articles (%d parsed, %d from the parse cache, %d from the result cache) into %s",
        counts["articles"], stats["parsed"], stats["cached_docs"], stats["cached_results"], out_dir,
    )
    return ExtractionResult(out_dir, counts, report, failures, stats)


# -- partitions and executors -------------------------------------------------

def _partitions(articles: Iterable, size: int) -> Iterator[list]:
    iterator = iter(articles)
    while batch := list(islice(iterator, size)):
        yield batch


def _run(executor, partitions: Iterator[list], settings: Settings, workers: int):
    """Yield (partition, result) as they finish, with a bounded number in flight."""
    if executor is None:
        for batch in partitions:
            yield batch, process_partition(batch, settings)
        return
    in_flight: dict[cf.Future, list] = {}
    limit = max(2, 2 * workers)
    for batch in partitions:
        in_flight[executor.submit(process_partition, batch, settings)] = batch
        if len(in_flight) >= limit:
            yield from _drain(in_flight, cf.FIRST_COMPLETED)
    while in_flight:
        yield from _drain(in_flight, cf.FIRST_COMPLETED)


def _drain(in_flight: dict, return_when) -> Iterator[tuple[list, PartitionResult]]:
    done, _ = cf.wait(list(in_flight), return_when=return_when)
    for future in done:
        yield in_flight.pop(future), future.result()


@contextlib.contextmanager
def _executor(engine: str, workers: int, scheduler: str | None):
    if engine == "dask":
        with _dask_client(workers, scheduler) as client:
            yield client.get_executor(pure=False)
        return
    if workers <= 1:
        yield None
        return
    import multiprocessing

    # "spawn": forking a process that already holds spaCy and threads is unsafe.
    with cf.ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield pool


@contextlib.contextmanager
def _dask_client(workers: int, scheduler: str | None):
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(
        n_workers=max(1, workers),
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as cluster, Client(cluster) as client:
        yield client


# -- staging, merge and publication --------------------------------------------

@contextlib.contextmanager
def _staging(out_dir: Path):
    staging = Path(tempfile.mkdtemp(prefix=".newslens-staging-", dir=out_dir))
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)


class _Spill:
    """Partitioned Parquet parts per table; merged and sorted at the end."""

    def __init__(self, staging: Path, names: list[str]):
        self.staging = staging
        self.parts = {name: 0 for name in names}
        for name in names:  # an empty part carries the schema when a table has no rows
            self.write(name, [], force=True)

    def write(self, name: str, rows: list[dict], force: bool = False) -> None:
        if not rows and not force:
            return
        folder = self.staging / name
        folder.mkdir(exist_ok=True)
        path = folder / f"part-{self.parts[name]:06d}.parquet"
        tables.write_table(tables.to_arrow(name, rows), path, "parquet")
        self.parts[name] += 1

    def merge(self, name: str, out_dir: Path, fmt: str) -> int:
        import duckdb

        schema = tables.SCHEMAS[name]
        order = ", ".join(f'"{col}"' for col in _order_columns(schema.names))
        source = _sql_literal(self.staging / name / "*.parquet")
        tmp = self.staging / f"{name}.{fmt}"
        options = "FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000" if fmt == "parquet" else "FORMAT csv, HEADER true"
        connection = duckdb.connect()
        try:
            # One thread and a memory cap: deterministic output, spills to disk if large.
            connection.execute("SET threads = 1")
            connection.execute("SET preserve_insertion_order = true")
            connection.execute(f"SET temp_directory = {_sql_literal(self.staging / '.duckdb')}")
            connection.execute(
                f"COPY (SELECT * FROM read_parquet({source}) ORDER BY {order}) TO {_sql_literal(tmp)} ({options})"
            )
            count = connection.execute(f"SELECT count(*) FROM read_parquet({source})").fetchone()[0]
        finally:
            connection.close()
        target = tables.table_path(out_dir, name, fmt)
        tmp.replace(target)
        return int(count)


def _sql_literal(path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _order_columns(names: list[str]) -> list[str]:
    first = [c for c in ("article_id", "start", "end") if c in names]
    return first + [c for c in names if c not in first]


def _publish_json(path: Path, value: dict) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)


def _load_report(corpus, failures: list[dict]) -> dict:
    report = corpus.report.to_dict()
    report["extraction_failures"] = sorted(failures, key=lambda f: (f["article_id"], f["extractor"]))
    return report


def _strict_message(report: dict, failures: list[dict]) -> str:
    lines = [f"{s['file']}: {s['locator']}: {s['reason']}" for s in report["skipped"]]
    lines += [f"{f['origin']}: {f['extractor']} failed: {f['error']}" for f in failures]
    return "--strict: " + str(len(lines)) + " problem(s):\n  " + "\n  ".join(lines)


class _Progress:
    """A tqdm bar on a terminal; a log line every ~10 s otherwise."""

    def __init__(self, enabled: bool | None):
        self.interactive = sys.stderr.isatty() if enabled is None else enabled
        self.done = 0
        self.started = time.monotonic()
        self.last_log = self.started
        self.bar = None
        if self.interactive:
            from tqdm import tqdm

            self.bar = tqdm(desc="extract", unit=" articles", file=sys.stderr, dynamic_ncols=True)

    def advance(self, n: int) -> None:
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
            return
        now = time.monotonic()
        if now - self.last_log >= 10:
            self.last_log = now
            log.info("%d articles done (%.1f articles/s)", self.done, self.done / max(now - self.started, 1e-9))

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
