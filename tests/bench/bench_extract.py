"""Extraction benchmarks (issues 3 and 15), as ratios measured in one run on one machine.

    PYTHONPATH=. .venv/bin/python tests/bench/bench_extract.py [--corpus FILE] [--articles 1000]
        [--pairs 3] [--skip-scaling] [--skip-memory] [--big 20000]

The machine is shared, so every ratio is taken over alternating pairs in one process
(A B A B ...) and reported as the median of the per-pair ratios:

1. throughput of `extract` (cold: no cache, 1 worker) over a bare `nlp.pipe` of the same
   model, same components, on the same normalised texts — issue 15: >= 0.95 on the real
   corpus, >= 0.90 on synthetic articles;
2. warm (parse and result cache filled) over cold (empty cache, which includes writing
   it) — issue 15: >= 30x;
3. --workers 2 over --workers 1; the Dask engine with 2 workers over the local engine with 2;
4. peak memory (max RSS of a fresh process) for N vs 10N articles — target: flat.

``--corpus FILE`` measures a given corpus (e.g. the Wikinews JSONL.gz) instead of
``--articles`` synthetic ones.
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


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def timed_cpu(fn) -> tuple[float, float]:
    """(wall, CPU) seconds of ``fn`` in this process: on a shared machine the CPU time is the
    steadier of the two, as other processes' load stretches the wall time only."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def corpus_texts(corpus_file: Path) -> list[str]:
    """The texts the engine parses: the loaded, de-duplicated, normalised articles."""
    from corpus.loader import load

    return [article.text for article in load([corpus_file])]


def bare_pipe(texts: list[str]) -> float:
    from analysis.pipeline.model import load_model
    from analysis.pipeline.processing import PARSE_BATCH_SIZE

    nlp = load_model()
    return timed_cpu(lambda: [None for _ in nlp.pipe(texts, batch_size=PARSE_BATCH_SIZE)])


def extraction(corpus_file: Path, out: Path, **options) -> float:
    return extraction_cpu(corpus_file, out, **options)[0]


def extraction_cpu(corpus_file: Path, out: Path, **options) -> tuple[float, float]:
    """(wall, CPU) seconds; the CPU time counts this process only, so it is whole for one worker."""
    from analysis.pipeline.engine import extract

    return timed_cpu(lambda: extract([corpus_file], out, progress=False, **options))


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


def median_ratio(pairs: list[tuple[float, float]]) -> float:
    return statistics.median(a / b for a, b in pairs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, help="a corpus file (default: synthetic articles)")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--big", type=int, default=20000)
    parser.add_argument("--skip-scaling", action="store_true", help="skip the workers-2 and Dask runs")
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newslens-bench-"))
    corpus_file = args.corpus or write_jsonl(work / "corpus.jsonl", args.articles)
    texts = corpus_texts(corpus_file)

    from analysis.pipeline.model import load_model

    load_model()  # both sides start with the model loaded
    extraction(corpus_file, work / "warmup", use_cache=False)  # extractors and tables built once
    bare_vs_extract, cold_vs_warm, cpu_bare_vs_extract = [], [], []
    for i in range(args.pairs):
        # alternate which side goes first, so neither always meets the machine's load first
        if i % 2 == 0:
            t_bare, c_bare = bare_pipe(texts)
            t_extract, c_extract = extraction_cpu(corpus_file, work / f"w1-{i}", use_cache=False)
        else:
            t_extract, c_extract = extraction_cpu(corpus_file, work / f"w1-{i}", use_cache=False)
            t_bare, c_bare = bare_pipe(texts)
        bare_vs_extract.append((t_bare, t_extract))
        cpu_bare_vs_extract.append((c_bare, c_extract))
        cache = work / f"cache-{i}"
        t_cold = extraction(corpus_file, work / f"cold-{i}", cache_dir=cache)
        t_warm = extraction(corpus_file, work / f"warm-{i}", cache_dir=cache)
        cold_vs_warm.append((t_cold, t_warm))
        shutil.rmtree(cache)
        print(f"pair {i}: bare {t_bare:.2f}s (cpu {c_bare:.2f}s) extract {t_extract:.2f}s (cpu {c_extract:.2f}s) cold {t_cold:.2f}s warm {t_warm:.3f}s",
              file=sys.stderr)
    results = {
        "corpus": str(args.corpus) if args.corpus else f"synthetic:{args.articles}",
        "articles": len(texts),
        "pairs": args.pairs,
        "bare_pipe_s": [round(a, 2) for a, _ in bare_vs_extract],
        "extract_s": [round(b, 2) for _, b in bare_vs_extract],
        "cold_s": [round(a, 2) for a, _ in cold_vs_warm],
        "warm_s": [round(b, 3) for _, b in cold_vs_warm],
        "bare_pipe_cpu_s": [round(a, 2) for a, _ in cpu_bare_vs_extract],
        "extract_cpu_s": [round(b, 2) for _, b in cpu_bare_vs_extract],
        "throughput_vs_bare_pipe": round(median_ratio(bare_vs_extract), 3),
        "throughput_vs_bare_pipe_cpu": round(median_ratio(cpu_bare_vs_extract), 3),
        "warm_speedup": round(median_ratio(cold_vs_warm), 1),
    }
    if not args.skip_scaling:
        t_w1 = extraction(corpus_file, work / "s1", use_cache=False)
        t_w2 = extraction(corpus_file, work / "s2", use_cache=False, workers=2)
        t_dask2 = extraction(corpus_file, work / "dask2", use_cache=False, workers=2, engine="dask")
        results.update(workers2_speedup=round(t_w1 / t_w2, 2), dask2_vs_local2=round(t_w2 / t_dask2, 2))
    if not args.skip_memory:
        big = write_jsonl(work / "big.jsonl", args.big, seed=11)
        small = corpus_file if not args.corpus else write_jsonl(work / "small.jsonl", args.big // 10, seed=11)
        results["peak_rss_mb_small"] = round(peak_memory(small, work), 1)
        results["peak_rss_mb_big"] = round(peak_memory(big, work), 1)
        results["peak_rss_ratio_big_over_small"] = round(results["peak_rss_mb_big"] / results["peak_rss_mb_small"], 2)
    print(json.dumps(results, indent=2))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
