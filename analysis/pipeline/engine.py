"""The extraction engine: corpus → one parse per article → extractor tables.

``extract`` streams the corpus in partitions, runs :func:`analysis.pipeline.processing.process_partition`
on each (in-process, in a local process pool, or on a Dask cluster), spills every
partition's rows to Parquet parts in a hidden staging folder inside ``out_dir`` and
finally merges the parts into one sorted table per name, published as one set. A
crash or Ctrl-C leaves the previous tables of ``out_dir`` untouched.

Publication: every table and ``load_report.json`` is first complete in the staging
folder (a full disk fails there, before anything is published); then a marker naming
the files is written, and the files are renamed into ``out_dir``, ``load_report.json``
last. ``load_report.json`` names the set it belongs to (``tables``: generation, corpus
fingerprint, each table's sha256), so a reader can check the set. A run killed between
the renames leaves its staging folder with the marker: the next run into ``out_dir``
completes that publication first (:func:`recover`) and removes staging folders of
dead runs. Recovery, staging creation and publication hold a lock on ``out_dir``; each
live run holds a lock on its staging folder.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import fcntl
import hashlib
import json
import logging
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

import corpus as corpus_lib
from corpus import shards
from corpus.shards import SHARD_BYTES
from analysis.errors import ExtractionError
from corpus.report import printable
from analysis.pipeline import tables
from analysis.pipeline.digest import sha256_file
from analysis.pipeline.merge import merge_parts, sql_literal
from analysis.spreadsheet import CSV_FORMULA
from analysis.pipeline.processing import PartitionResult, Settings, process_partition
from analysis.pipeline.registry import resolve_order

log = logging.getLogger(__name__)

ENGINES = ("local", "dask")
PARTITION_SIZE = 64
# Partitions' rows are held until their articles hold this much text, then written as one
# part per table: a small corpus writes one part per table, a large one stays in bounded memory.
SPILL_CHARS = 1_000_000
# A Dask shard with more admitted articles than this many partitions is parsed in parts by
# several workers (:func:`corpus.shards.split`), at most TAIL parts per worker thread; a
# worker writes its rows once per this many partitions (fewer, larger files to write).
PART_PARTITIONS = 4
LOAD_REPORT = "load_report.json"
STAGING_PREFIX = ".newslens-staging-"
PUBLISH_MARKER = "publish.json"  # in a staging folder: its set is complete, being renamed in
_STATS = ("parsed", "cached_docs", "cached_results")


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
    shard_bytes: int = SHARD_BYTES,
) -> ExtractionResult:
    """Extract every registered table of ``paths`` into ``out_dir`` (DESIGN.md contract).

    ``shard_bytes``: the size of the shards the Dask engine's workers read (:mod:`corpus.shards`).
    """
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
    out_dir = _prepare_out(Path(out_dir))
    table_names = ["articles"] + sorted({spec.table for spec in specs})

    with _staging(out_dir) as staging, _executor(engine, workers, scheduler) as (executor, slots):
        with _writing(out_dir):
            spill = _Spill(staging, table_names)
        meter = _Progress(progress)
        totals = _Totals()
        if engine == "dask":
            with _writing(out_dir):
                loaded = _run_shards(executor, corpus, settings, staging, totals, meter,
                                     workers=slots, partition_size=partition_size, shard_bytes=shard_bytes)
        else:
            for batch, result in _run(executor, _partitions(corpus, partition_size), settings, workers):
                with _writing(out_dir):
                    spill.add({"articles": [article.to_row() for article in batch], **result.rows},
                              chars=sum(len(article.text) for article in batch))
                totals.add(result)
                meter.advance(len(batch))
            loaded = corpus.report
        meter.close()
        failures, stats = totals.failures, totals.stats
        report = _load_report(loaded, failures, totals.cache_problem)
        if strict and (report["skipped"] or failures):
            raise corpus_lib.StrictError(_strict_message(report, failures))
        with _writing(out_dir):
            counts = spill.merge_all(staging, fmt)
            _publish(staging, out_dir, [tables.table_path(staging, n, fmt).name for n in table_names], report)
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


class _Totals:
    """What the partitions' results add up to: failures, parse and cache counts, a cache problem."""

    def __init__(self) -> None:
        self.failures: list[dict] = []
        self.stats = dict.fromkeys(_STATS, 0)
        self.cache_problem: dict | None = None

    def add(self, result: PartitionResult) -> None:
        self.failures.extend(result.failures)
        for key in self.stats:
            self.stats[key] += getattr(result, key)
        if result.cache_problem and self.cache_problem is None:
            self.cache_problem = result.cache_problem
            log.warning(
                "the parse cache is %s (%s): running without it; the tables are complete",
                self.cache_problem["status"], printable(self.cache_problem["reason"]),
            )


def _run_shards(executor, corpus, settings: Settings, staging: Path, totals: _Totals, meter, *,
                workers: int, partition_size: int, shard_bytes: int) -> corpus_lib.LoadReport:
    """The Dask engine: workers read, parse and write their own shards; the driver admits.

    Scans (phase 1) run ahead of admission by a bounded window, and are admitted strictly
    in shard order as they come back; each admitted shard is then extracted (phase 2), in
    parts when it is large, by workers that write their table parts into ``staging``
    themselves. The driver holds the
    signatures of at most the window's shards, never a text (:mod:`corpus.shards`).
    """
    plan = shards.plan(corpus.entries, shard_bytes=shard_bytes, workers=workers)
    admitter = shards.Admitter(corpus.options)
    limit = max(2, 2 * workers)
    scanning: dict[cf.Future, int] = {}
    scanned: dict[int, list] = {}
    extracting: dict[cf.Future, int] = {}
    submitted = admitted = 0
    try:
        while admitted < len(plan) or extracting:
            while submitted < len(plan) and submitted - admitted < limit and len(extracting) < limit:
                scanning[executor.submit(shards.scan, plan[submitted], corpus.options)] = submitted
                submitted += 1
            while admitted in scanned:
                work = admitter.admit(plan[admitted], scanned.pop(admitted))
                admitted += 1
                parts = min(-(-work.articles // (PART_PARTITIONS * partition_size)), shards.TAIL * workers)
                for part in shards.split(work, parts) if work.articles else ():
                    future = executor.submit(extract_shard, part, corpus.options, settings, str(staging.absolute()),
                                             partition_size)
                    extracting[future] = part.articles
            if not scanning and not extracting:
                continue
            done, _ = cf.wait([*scanning, *extracting], return_when=cf.FIRST_COMPLETED)
            for future in done:
                if future in scanning:
                    scanned[scanning.pop(future)] = future.result()
                else:
                    totals.add(future.result())
                    meter.advance(extracting.pop(future))
        return admitter.finish()
    finally:
        admitter.close()


def extract_shard(work: shards.Work, options, settings: Settings, staging: str, partition_size: int) -> PartitionResult:
    """Phase 2 of the Dask engine, on a worker: the shard's admitted articles parsed and
    extracted in partitions, their rows written into ``staging`` as parts of up to
    ``PART_PARTITIONS`` partitions."""
    total, pending = PartitionResult(), {}

    def write(number: int) -> None:
        stem = f"shard-{work.shard.index:06d}-{work.part:04d}-{number // PART_PARTITIONS:04d}"
        for name, rows in pending.items():
            if rows:
                write_part(Path(staging), name, rows, stem)
        pending.clear()

    for number, batch in enumerate(_partitions(shards.articles(work, options), partition_size)):
        result = process_partition(batch, settings)
        pending.setdefault("articles", []).extend(article.to_row() for article in batch)
        for name, rows in result.rows.items():
            pending.setdefault(name, []).extend(rows)
        if (number + 1) % PART_PARTITIONS == 0:
            write(number)
        total.failures.extend(result.failures)
        for key in _STATS:
            setattr(total, key, getattr(total, key) + getattr(result, key))
        total.cache_problem = total.cache_problem or result.cache_problem
    if pending:
        write(number)
    return total


@contextlib.contextmanager
def _executor(engine: str, workers: int, scheduler: str | None):
    """(executor or None, how many tasks it runs at once: a cluster's threads)."""
    if engine == "dask":
        with _dask_client(workers, scheduler) as client:
            yield client.get_executor(pure=False), max(1, sum(client.nthreads().values()))
        return
    if workers <= 1:
        yield None, 1
        return
    import multiprocessing

    # "spawn": forking a process that already holds spaCy and threads is unsafe.
    with cf.ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield pool, workers


@contextlib.contextmanager
def _dask_client(workers: int, scheduler: str | None):
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    import dask

    # Dask's nannies set glibc's MALLOC_TRIM_THRESHOLD_ in their workers, which turns off
    # glibc's adaptive thresholds: the parser's large buffers are then mapped and unmapped
    # on every use, some 14% more CPU per parse than in the local pool's processes.
    environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ", {}))
    environ.pop("MALLOC_TRIM_THRESHOLD_", None)
    # The in-process scheduler keeps its last messages to each worker for debugging (1,000
    # by default), each holding a task's arguments: memory that grows with the shards. The
    # workers' statistical profiler (for a dashboard this cluster does not serve) samples
    # the parsing thread every 10 ms: 3-4% of the parse's CPU. Each worker's event loop also
    # wakes every 20 ms to check it is not blocked and every 100 ms to read its memory, taking
    # the GIL from the parse: 4-5% of a worker's CPU, under 1% at 1 s
    # (tests/bench/bench_dask_worker.py).
    with dask.config.set({"distributed.admin.low-level-log-length": 16,
                          "distributed.nanny.pre-spawn-environ": environ,
                          "distributed.worker.profile.enabled": False,
                          "distributed.admin.tick.interval": "1s",
                          "distributed.admin.system-monitor.interval": "5s",
                          "distributed.worker.memory.monitor-interval": "1s"}), LocalCluster(
        n_workers=max(1, workers),
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as cluster, Client(cluster) as client:
        yield client


# -- staging, merge and publication --------------------------------------------

def _prepare_out(out_dir: Path) -> Path:
    shown = printable(str(out_dir))
    if out_dir.exists() and not out_dir.is_dir():
        raise ExtractionError(f"--out {shown}: not a folder (a file of that name exists)")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:  # a parent that is a file, no permission, a read-only disk
        raise ExtractionError(f"--out {shown}: cannot create the folder: {_os_reason(err)}") from None
    return out_dir


@contextlib.contextmanager
def _writing(out_dir: Path):
    """A write into ``out_dir`` that fails (read-only, full disk) is the user's to fix."""
    try:
        yield
    except OSError as err:
        raise ExtractionError(
            f"--out {printable(str(out_dir))}: cannot write the tables: {_os_reason(err)}; "
            "the previous tables there are unchanged"
        ) from None


def _os_reason(err: OSError) -> str:
    what = err.strerror or str(err) or type(err).__name__
    return f"{what} ({printable(str(err.filename))})" if err.filename else what


@contextlib.contextmanager
def _out_lock(out_dir: Path):
    """Serialise recovery, staging creation and publication of runs into one ``out_dir``."""
    fd = os.open(out_dir, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _lock_staging(staging: Path):
    """Hold ``staging`` for this run (released when the process dies); BlockingIOError if held."""
    handle = open(staging / ".lock", "a+b")
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BaseException:
        handle.close()
        raise
    return handle


@contextlib.contextmanager
def _staging(out_dir: Path):
    with _writing(out_dir), _out_lock(out_dir):
        _recover(out_dir)
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))
        handle = _lock_staging(staging)
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        handle.close()


def recover(out_dir: str | Path) -> None:
    """Complete a publication a killed run left half done; remove dead runs' staging folders."""
    out_dir = Path(out_dir)
    if out_dir.is_dir():
        with _out_lock(out_dir):
            _recover(out_dir)


def _recover(out_dir: Path) -> None:
    for staging in sorted(out_dir.iterdir()):
        if not staging.name.startswith(STAGING_PREFIX) or staging.is_symlink() or not staging.is_dir():
            continue
        try:
            handle = _lock_staging(staging)
        except BlockingIOError:
            continue  # a live run's
        except FileNotFoundError:
            continue  # removed by its run meanwhile
        try:
            marker = staging / PUBLISH_MARKER
            if marker.is_file():
                for name in json.loads(marker.read_text(encoding="utf-8"))["files"]:
                    _swap_in(staging, out_dir, name)
                log.warning("%s: completed the publication of a run killed while publishing", printable(str(out_dir)))
            else:
                log.info("%s: removed %s, left by a killed run", printable(str(out_dir)), printable(staging.name))
        finally:
            shutil.rmtree(staging, ignore_errors=True)
            handle.close()


def _publish(staging: Path, out_dir: Path, files: list[str], report: dict) -> None:
    """Rename the complete set into ``out_dir`` (``load_report.json`` last), as one step."""
    digests = {name: sha256_file(staging / name) for name in files}
    generation = hashlib.sha256(json.dumps([report["fingerprint"], digests], sort_keys=True).encode()).hexdigest()[:16]
    report["tables"] = {"generation": generation, "corpus_fingerprint": report["fingerprint"], "files": digests}
    _publish_json(staging / LOAD_REPORT, report)
    _publish_json(staging / PUBLISH_MARKER, {"generation": generation, "files": [*files, LOAD_REPORT]})
    with _out_lock(out_dir):
        # A publication killed since this run started is completed first, so that its
        # older files cannot later be renamed over this set (this run's own is locked).
        _recover(out_dir)
        for name in (*files, LOAD_REPORT):
            _swap_in(staging, out_dir, name)
        (staging / PUBLISH_MARKER).unlink()


def _swap_in(staging: Path, out_dir: Path, name: str) -> None:
    source = staging / name
    if source.exists():  # not yet renamed (recovery runs this again over the same names)
        os.replace(source, out_dir / name)


def write_part(staging: Path, name: str, rows: list[dict], stem: str) -> None:
    """One Parquet part of table ``name`` in the staging folder (merged by :meth:`_Spill.merge`)."""
    folder = staging / name
    folder.mkdir(parents=True, exist_ok=True)
    tables.write_table(tables.to_arrow(name, rows), folder / f"{stem}.parquet", "parquet")


class _Spill:
    """Parquet parts per table (rows held up to ``SPILL_CHARS`` of article text); merged and
    sorted at the end."""

    def __init__(self, staging: Path, names: list[str]):
        self.staging = staging
        self.parts = {name: 0 for name in names}
        self.held: dict[str, list[dict]] = {name: [] for name in names}
        self.held_chars = 0
        for name in names:  # an empty part carries the schema when a table has no rows
            self.write(name, [], force=True)

    def add(self, rows: dict[str, list[dict]], *, chars: int) -> None:
        """Hold one partition's rows per table; ``chars``: the text of its articles."""
        for name, table_rows in rows.items():
            self.held[name].extend(table_rows)
        self.held_chars += chars
        if self.held_chars >= SPILL_CHARS:
            self.flush()

    def flush(self) -> None:
        for name, rows in self.held.items():
            self.write(name, rows)
            self.held[name] = []
        self.held_chars = 0

    def write(self, name: str, rows: list[dict], force: bool = False) -> None:
        if not rows and not force:
            return
        write_part(self.staging, name, rows, f"part-{self.parts[name]:06d}")
        self.parts[name] += 1

    def merge_all(self, dest_dir: Path, fmt: str) -> dict[str, int]:
        """:meth:`merge` every table, over one DuckDB connection; return the row counts."""
        self.flush()
        connection = self._connect()
        try:
            return {name: self.merge(name, dest_dir, fmt, connection=connection) for name in self.parts}
        finally:
            connection.close()

    def _connect(self):
        import duckdb

        connection = duckdb.connect()
        # DuckDB writes the CSVs of rows already sorted: one thread, in the order given.
        connection.execute("SET threads = 1")
        connection.execute("SET preserve_insertion_order = true")
        return connection

    def merge(self, name: str, dest_dir: Path, fmt: str, *, connection=None) -> int:
        """Sort the parts of ``name`` into ``dest_dir/<name>.<fmt>``; return its row count."""
        if connection is None:
            self.flush()
            connection = self._connect()
            try:
                return self.merge(name, dest_dir, fmt, connection=connection)
            finally:
                connection.close()
        schema = tables.SCHEMAS[name]
        csv_columns = ", ".join(_csv_cell(f.name) if tables.is_text(f.type) else f'"{f.name}"' for f in schema)
        part_files = sorted(p for p in (self.staging / name).iterdir() if p.suffix == ".parquet")
        tmp = self.staging / f".{name}.{fmt}.tmp"
        count = merge_parts(part_files, tmp, schema=schema, fmt=fmt, order=_order_columns(schema.names),
                            connection=connection, csv_columns=csv_columns, scratch=self.staging / f".{name}.ranges")
        tmp.replace(tables.table_path(dest_dir, name, fmt))
        return count


def _csv_cell(column: str) -> str:
    """A text cell a spreadsheet would run as a formula gets a leading ' (``CSV_FORMULA``)."""
    col = f'"{column}"'
    pattern, quote = sql_literal(CSV_FORMULA), sql_literal("'")
    return f"CASE WHEN regexp_matches({col}, {pattern}) THEN {quote} || {col} ELSE {col} END AS {col}"


def _order_columns(names: list[str]) -> list[str]:
    first = [c for c in ("article_id", "start", "end") if c in names]
    return first + [c for c in names if c not in first]


def _publish_json(path: Path, value: dict) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)


def _load_report(loaded: corpus_lib.LoadReport, failures: list[dict], cache_problem: dict | None = None) -> dict:
    report = loaded.to_dict()
    report["extraction_failures"] = sorted(failures, key=lambda f: (f["article_id"], f["extractor"]))
    if cache_problem:  # only then: a run with a working cache and one without write the same report
        report["cache"] = dict(cache_problem)
    return report


def _strict_message(report: dict, failures: list[dict]) -> str:
    p = printable
    lines = [f"{p(s['file'])}: {p(s['locator'])}: {p(s['reason'])}" for s in report["skipped"]]
    lines += [f"{p(f['origin'])}: {p(f['extractor'])} failed: {p(f['error'])}" for f in failures]
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
