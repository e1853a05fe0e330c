"""The Dask engine at scale (issue 15): driver memory flat in the corpus, throughput near the local pool.

    PYTHONPATH=. .venv/bin/python tests/bench/bench_dask.py [--sizes 10000 100000] [--articles 2000]
        [--pairs 2] [--skip-memory] [--skip-throughput]

Both parts run on a ``LocalCluster`` of 2 worker processes (one thread each), started by
``extract(engine="dask", workers=2)`` as ``newslens extract --engine dask --workers 2`` does.
Corpora are one synthetic JSON Lines file (``tests/synthetic.py``), which the workers read
in byte ranges (``corpus/shards.py``).

1. **Driver memory**, for each of ``--sizes`` articles, in a fresh driver process:
   the peak of Python allocations (tracemalloc) and the peak RSS sampled every 20 ms,
   split into the reading-admitting-extracting stage and the final merge of the parts
   (``analysis.pipeline.merge``, run by the driver for either engine). Parsing 100,000
   articles with the full model is hours on this machine, so this part uses a CHEAP
   PIPELINE: a blank English spaCy pipeline (tokenizer only) and no extractor, so the only
   table is ``articles``.
   The driver's side is the same as with the full pipeline: it plans the shards, admits
   every article's id, sha256 and MinHash signature, hands out the work and merges the
   parts; the workers still read, normalise, hash, tokenize and write their parts. A flat
   peak for 10x the articles is the target.
2. **Throughput** with the full pipeline (the default model, every extractor, no cache) on
   ``--articles`` articles: ``--engine dask --workers 2`` against the local process pool
   (``--workers 2``), alternating A B A B over ``--pairs`` pairs, each run end to end
   (workers started, model loaded, tables published). Prints local/dask time per pair and
   the median; within 10% is >= 0.90. Beside the wall time, each run's CPU time (the
   driver's and every process it started and waited for: pool workers, nannies and Dask
   workers), whose ratio moves less with the load of a shared machine: wall over CPU
   time shows how much of a run was waiting (idle workers, or the other users' processes).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.synthetic import write_jsonl  # noqa: E402

# Run in a fresh driver process per size: its own peaks, nothing left from an earlier run.
DRIVER = r"""
import json, resource, sys, threading, time, tracemalloc
sys.path.insert(0, {root!r})
from analysis.pipeline import engine

stage = {{"name": "extract"}}
peaks = {{"extract": 0, "merge": 0}}
done = threading.Event()

def rss():
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * resource.getpagesize()

def sample():
    while not done.is_set():
        peaks[stage["name"]] = max(peaks[stage["name"]], rss())
        time.sleep(0.02)

merge = engine._Spill.merge
def merging(self, *args, **kwargs):
    stage["name"] = "merge"
    return merge(self, *args, **kwargs)
engine._Spill.merge = merging

threading.Thread(target=sample, daemon=True).start()
tracemalloc.start()
started = time.perf_counter()
result = engine.extract([{corpus!r}], {out!r}, engine="dask", workers=2, use_cache=False, progress=False,
                        model={model!r}, extractors=())
seconds = time.perf_counter() - started
_, traced = tracemalloc.get_traced_memory()
done.set()
print(json.dumps({{"articles": result.counts["articles"], "seconds": round(seconds, 1),
                  "tracemalloc_peak_mb": round(traced / 2**20, 1),
                  "rss_peak_extract_mb": round(peaks["extract"] / 2**20, 1),
                  "rss_peak_merge_mb": round(peaks["merge"] / 2**20, 1),
                  "ru_maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}}))
"""


def driver_memory(corpus_file: Path, out: Path, model: Path) -> dict:
    code = DRIVER.format(root=str(ROOT), corpus=str(corpus_file), out=str(out), model=str(model))
    output = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return json.loads(output.stdout.strip().splitlines()[-1])


def blank_model(folder: Path) -> Path:
    import spacy

    spacy.blank("en").to_disk(folder)
    return folder


def timed_extract(corpus_file: Path, out: Path, **options) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the driver and of the processes it started)."""
    from analysis.pipeline.engine import extract

    cpu = _cpu_seconds()
    start = time.perf_counter()
    extract([corpus_file], out, use_cache=False, progress=False, workers=2, **options)
    return time.perf_counter() - start, _cpu_seconds() - cpu


def _cpu_seconds() -> float:
    import resource

    return sum(usage.ru_utime + usage.ru_stime
               for usage in map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--pairs", type=int, default=2)
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--skip-throughput", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newslens-bench-dask-"))
    results: dict = {}
    try:
        if not args.skip_memory:
            model = blank_model(work / "blank-en")
            memory = {}
            for size in args.sizes:
                corpus_file = write_jsonl(work / f"corpus-{size}.jsonl", size, seed=11)
                memory[size] = driver_memory(corpus_file, work / f"mem-{size}", model)
                print(f"driver memory, {size} articles: {memory[size]}", file=sys.stderr)
                corpus_file.unlink()
                shutil.rmtree(work / f"mem-{size}", ignore_errors=True)
            small, big = memory[min(args.sizes)], memory[max(args.sizes)]
            results["driver_memory"] = {
                "pipeline": "CHEAP: blank English spaCy pipeline (tokenizer only), no extractor; articles table only",
                "by_size": memory,
                "ratios_big_over_small": {
                    key: round(big[key] / small[key], 2)
                    for key in ("tracemalloc_peak_mb", "rss_peak_extract_mb", "rss_peak_merge_mb")
                },
            }
        if not args.skip_throughput:
            corpus_file = write_jsonl(work / "throughput.jsonl", args.articles, seed=7)
            pairs = []
            for i in range(args.pairs):
                local = timed_extract(corpus_file, work / f"local-{i}")
                dask = timed_extract(corpus_file, work / f"dask-{i}", engine="dask")
                pairs.append((local, dask))
                print(f"pair {i}: local pool {local[0]:.1f}s (CPU {local[1]:.1f}s) "
                      f"dask {dask[0]:.1f}s (CPU {dask[1]:.1f}s)", file=sys.stderr)
            results["throughput"] = {
                "pipeline": "full: default model, every extractor, no cache",
                "articles": args.articles,
                "local_pool_s": [round(a[0], 1) for a, _ in pairs],
                "dask_s": [round(b[0], 1) for _, b in pairs],
                "dask_vs_local_pool": round(statistics.median(a[0] / b[0] for a, b in pairs), 3),
                "local_pool_cpu_s": [round(a[1], 1) for a, _ in pairs],
                "dask_cpu_s": [round(b[1], 1) for _, b in pairs],
                "dask_vs_local_pool_cpu": round(statistics.median(a[1] / b[1] for a, b in pairs), 3),
            }
        print(json.dumps(results, indent=2))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
