"""What a Dask worker costs beside the parse it runs (issue 15), against a local pool process.

    PYTHONPATH=. .venv/bin/python tests/bench/bench_dask_worker.py [--articles 300] [--rounds 3]

Each round parses the same synthetic texts with the default model, once in each of:

- ``pool``: a process of a spawn ``ProcessPoolExecutor``, as ``--workers N`` uses;
- ``dask``: a worker of the engine's own ``LocalCluster`` (``engine._dask_client``, its settings);
- ``dask defaults``: a worker of a ``LocalCluster`` with Dask's defaults except the two the engine
  has long changed (no ``MALLOC_TRIM_THRESHOLD_``, no profiler), so the event loop's settings
  are what differs from ``dask``.

and prints, per setting, the median over rounds of the parsing thread's CPU seconds and of the
process's: their difference is what the worker's own threads (event loop, monitors) took while
the parse ran, shown as a share of the parse's CPU. CPU time, not wall: on a shared machine
wall time is mostly the other users.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import contextlib
import json
import logging
import multiprocessing
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def parse(articles: int) -> tuple[float, float]:
    """In the worker: (thread CPU s, process CPU s) of one nlp.pipe over the texts."""
    import time

    from analysis.pipeline.model import load_model
    from tests.synthetic import articles as synthetic

    nlp = load_model()
    texts = [article["text"] for article in synthetic(articles, seed=3)]
    list(nlp.pipe(texts[:20]))  # warm: the first batch allocates what the rest reuse
    thread, process = time.thread_time(), time.process_time()
    list(nlp.pipe(texts))
    return time.thread_time() - thread, time.process_time() - process


def in_pool(articles: int) -> tuple[float, float]:
    with cf.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(parse, articles).result()


@contextlib.contextmanager
def _defaults_client():
    import dask
    from distributed import Client, LocalCluster

    environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ", {}))
    environ.pop("MALLOC_TRIM_THRESHOLD_", None)
    with dask.config.set({"distributed.nanny.pre-spawn-environ": environ,
                          "distributed.worker.profile.enabled": False}), LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR,
    ) as cluster, Client(cluster) as client:
        yield client


def in_dask(articles: int, *, defaults: bool) -> tuple[float, float]:
    from analysis.pipeline import engine

    with (_defaults_client() if defaults else engine._dask_client(1, None)) as client:
        return client.submit(parse, articles, pure=False).result()


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    runs = {
        "pool": lambda: in_pool(args.articles),
        "dask": lambda: in_dask(args.articles, defaults=False),
        "dask defaults": lambda: in_dask(args.articles, defaults=True),
    }
    seen: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
    for number in range(args.rounds):  # alternating, so a change in the machine's load hits all
        for name, run in runs.items():
            seen[name].append(run())
        print(f"round {number}: " + ", ".join(
            f"{name} thread {values[-1][0]:.2f}s process {values[-1][1]:.2f}s" for name, values in seen.items()),
            flush=True)
    summary = {}
    for name, values in seen.items():
        thread = statistics.median(v[0] for v in values)
        process = statistics.median(v[1] for v in values)
        summary[name] = {"thread_cpu_s": round(thread, 2), "process_cpu_s": round(process, 2),
                         "beside_the_parse": round(statistics.median((v[1] - v[0]) / v[0] for v in values), 3)}
    summary["dask_vs_pool_process_cpu"] = round(summary["pool"]["process_cpu_s"] / summary["dask"]["process_cpu_s"], 3)
    print(json.dumps({"articles": args.articles, "rounds": args.rounds, **summary}, indent=2))


if __name__ == "__main__":
    main()
