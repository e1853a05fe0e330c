"""Where the time of a Dask extraction goes, beside the local pool's (issue 15).

    PYTHONPATH=. .venv/bin/python tests/bench/profile_dask.py [--articles 2000] [--workers 2]

Runs the full pipeline (default model, every extractor, no cache) once on each engine over
the same synthetic corpus as ``bench_dask.py`` and prints a phase profile in seconds:

- the wall time of the run, cut at the driver into cluster/pool start, work, merge of the
  parts and publication, and shut-down;
- for each worker process: the time in each kind of step (reading a shard, the first
  partition's model and extractor load, parsing and extracting, writing parts), its
  busy span and its idle time inside the work stage (waiting for work, or the tail).

The steps are timed by wrappers installed in each worker process (a Dask worker plugin;
for the pool, the submitted function replaced by a timing one): nothing in the engine
knows of them. One run each, so the noise of a shared machine is in it; read the shares.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.synthetic import write_jsonl  # noqa: E402

LOG_ENV = "NEWSLENS_PROFILE_LOG"


def _record(step: str, start: float, end: float) -> None:
    with open(os.environ[LOG_ENV], "a", encoding="utf-8") as handle:
        handle.write(json.dumps({"pid": os.getpid(), "step": step, "start": start, "end": end}) + "\n")


@contextlib.contextmanager
def _timed(step: str):
    start = time.time()
    try:
        yield
    finally:
        _record(step, start, time.time())


def install_timers() -> None:
    """In a worker process: time each step of the engine's functions (wrapped once)."""
    from analysis.pipeline import engine, processing
    from corpus import shards

    if getattr(engine, "_profiled", False):
        return
    engine._profiled = True
    first = {"done": False}

    def timed(module, name, step, generator=False):
        original = getattr(module, name)

        def wrapper(*args, **kwargs):
            if generator:
                return _timed_iter(step, original(*args, **kwargs))
            label = step
            if step == "process" and not first["done"]:
                first["done"], label = True, "process (first: model load)"
            with _timed(label):
                return original(*args, **kwargs)

        setattr(module, name, wrapper)

    timed(shards, "scan", "scan (phase 1 read+hash)")
    timed(shards, "articles", "re-read (phase 2)", generator=True)
    timed(engine, "process_partition", "process")
    timed(processing, "process_partition", "process")
    timed(engine, "write_part", "write parts")


def _timed_iter(step: str, iterator):
    while True:
        start = time.time()
        try:
            item = next(iterator)
        except StopIteration:
            _record(step, start, time.time())
            return
        _record(step, start, time.time())
        yield item


def pool_partition(batch, settings):
    """The local pool's submitted function, timed (the pool pickles it by name)."""
    install_timers()
    from analysis.pipeline import processing

    return processing.process_partition(batch, settings)


class _Plugin:
    def setup(self, worker):
        install_timers()


def _cuts(engine_module, marks: dict) -> None:
    """Mark the driver's stage boundaries: work starts once the executor is up, merge at the first merge."""
    executor = engine_module._executor
    merge = engine_module._Spill.merge

    @contextlib.contextmanager
    def executing(*args, **kwargs):
        with executor(*args, **kwargs) as value:
            marks["work"] = time.time()
            yield value
            marks["shutdown"] = time.time()

    def merging(self, *args, **kwargs):
        marks.setdefault("merge", time.time())
        return merge(self, *args, **kwargs)

    engine_module._executor = executing
    engine_module._Spill.merge = merging
    return executor, merge


def run(engine_name: str, corpus_file: Path, out: Path, log_file: Path, workers: int) -> dict:
    from analysis.pipeline import engine

    os.environ[LOG_ENV] = str(log_file)
    marks: dict = {}
    executor, merge = _cuts(engine, marks)
    original_partition = engine.process_partition
    plugin_client = None
    if engine_name == "local":
        engine.process_partition = pool_partition
    else:
        import distributed

        original_client = engine._dask_client

        @contextlib.contextmanager
        def client_with_plugin(*args, **kwargs):
            with original_client(*args, **kwargs) as client:
                client.register_plugin(_as_worker_plugin(distributed), name="profile-timers")
                yield client

        engine._dask_client = plugin_client = client_with_plugin
    start = time.time()
    try:
        engine.extract([corpus_file], out, engine=engine_name, workers=workers, use_cache=False, progress=False)
    finally:
        end = time.time()
        engine._executor, engine._Spill.merge = executor, merge
        engine.process_partition = original_partition
        if plugin_client is not None:
            engine._dask_client = original_client
    return _summary(engine_name, start, end, marks, log_file)


def _as_worker_plugin(distributed):
    class Timers(_Plugin, distributed.WorkerPlugin):
        pass

    return Timers()


def _summary(name: str, start: float, end: float, marks: dict, log_file: Path) -> dict:
    steps = [json.loads(line) for line in log_file.read_text().splitlines()]
    by_pid: dict = defaultdict(lambda: defaultdict(float))
    spans: dict = {}
    for step in steps:
        by_pid[step["pid"]][step["step"]] += step["end"] - step["start"]
        first, last = spans.get(step["pid"], (step["start"], step["end"]))
        spans[step["pid"]] = (min(first, step["start"]), max(last, step["end"]))
    work_start, merge_start = marks.get("work", start), marks.get("merge", end)
    workers = {}
    for pid, totals in by_pid.items():
        busy = sum(totals.values())
        first, last = spans[pid]
        workers[pid] = {
            **{k: round(v, 1) for k, v in sorted(totals.items())},
            "busy": round(busy, 1),
            "first step after work start": round(first - work_start, 1),
            "last step before merge": round(merge_start - last, 1),
            "idle in work stage": round((merge_start - work_start) - busy, 1),
        }
    return {
        "engine": name,
        "wall": round(end - start, 1),
        "driver": {
            "executor start": round(work_start - start, 1),
            "work": round(merge_start - work_start, 1),
            "merge+publish": round(marks.get("shutdown", end) - merge_start, 1),
            "shutdown": round(end - marks.get("shutdown", end), 1),
        },
        "workers": workers,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--engines", nargs="+", default=["local", "dask"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newslens-profile-dask-") as tmp:
        work = Path(tmp)
        corpus_file = write_jsonl(work / "throughput.jsonl", args.articles, seed=7)
        for engine_name in args.engines:
            summary = run(engine_name, corpus_file, work / f"out-{engine_name}", work / f"{engine_name}.log", args.workers)
            print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
