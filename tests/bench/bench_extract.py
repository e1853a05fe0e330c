"""Extraction benchmarks (issue 3), as ratios measured in one run on one machine.

    .venv/bin/python tests/bench/bench_extract.py [--articles 2000] [--big 20000] [--skip-memory]

1. throughput of `extract` (cold: no cache, 1 worker) over a bare `nlp.pipe` of the same
   model on the same texts — target >= 0.85;
2. warm (cached) re-run over a cold run — target >= 20x faster;
3. --workers 2 over --workers 1; the Dask engine with 2 workers over the local engine with 2;
4. peak memory (max RSS of a fresh process) for N vs 10N articles — target: flat.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.synthetic import write_jsonl  # noqa: E402


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bare_pipe(corpus_file: Path) -> float:
    from analysis.pipeline.model import load_model

    nlp = load_model()
    texts = [json.loads(line)["text"] for line in corpus_file.open(encoding="utf-8")]
    # The engine normalises text first; normalisation is part of the corpus step, not here.
    from corpus.normalize import normalize_text

    texts = [normalize_text(t) for t in texts]
    return timed(lambda: [None for _ in nlp.pipe(texts)])


def extraction(corpus_file: Path, out: Path, **options) -> float:
    from analysis.pipeline.engine import extract

    return timed(lambda: extract([corpus_file], out, progress=False, **options))


def peak_memory(corpus_file: Path, workdir: Path) -> float:
    """Max RSS (MB) of a fresh process extracting ``corpus_file`` with 2 workers, no cache."""
    code = (
        "import resource, sys; sys.path.insert(0, %r);"
        "from analysis.pipeline.engine import extract;"
        "extract([%r], %r, workers=2, use_cache=False, progress=False);"
        "own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss;"
        "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss;"
        "print(max(own, kids) / 1024)"
    ) % (str(ROOT), str(corpus_file), str(workdir / f"out-{corpus_file.stem}"))
    output = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return float(output.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--big", type=int, default=20000)
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newslens-bench-"))
    corpus_file = write_jsonl(work / "corpus.jsonl", args.articles)
    cache = work / "cache"
    results = {}

    from analysis.pipeline.model import load_model

    load_model()  # both sides start with the model loaded
    t_bare = bare_pipe(corpus_file)
    t_cold = extraction(corpus_file, work / "cold", cache_dir=cache)
    t_warm = extraction(corpus_file, work / "warm", cache_dir=cache)
    t_w1 = extraction(corpus_file, work / "w1", use_cache=False)
    t_w2 = extraction(corpus_file, work / "w2", use_cache=False, workers=2)
    t_dask2 = extraction(corpus_file, work / "dask2", use_cache=False, workers=2, engine="dask")
    results.update(
        articles=args.articles,
        bare_pipe_s=round(t_bare, 2),
        cold_s=round(t_cold, 2),
        warm_s=round(t_warm, 2),
        workers1_s=round(t_w1, 2),
        workers2_s=round(t_w2, 2),
        dask2_s=round(t_dask2, 2),
        throughput_vs_bare_pipe=round(t_bare / t_w1, 3),
        warm_speedup=round(t_cold / t_warm, 1),
        workers2_speedup=round(t_w1 / t_w2, 2),
        dask2_vs_local2=round(t_w2 / t_dask2, 2),
    )
    if not args.skip_memory:
        big = write_jsonl(work / "big.jsonl", args.big, seed=11)
        results["peak_rss_mb_small"] = round(peak_memory(corpus_file, work), 1)
        results["peak_rss_mb_big"] = round(peak_memory(big, work), 1)
        results["peak_rss_ratio_big_over_small"] = round(results["peak_rss_mb_big"] / results["peak_rss_mb_small"], 2)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
