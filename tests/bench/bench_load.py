"""Loading throughput and peak memory of corpus.load on synthetic JSONL corpora.

Run by hand (not part of the test suite):

    .venv/bin/python tests/bench/bench_load.py                  # 10k and 100k articles
    .venv/bin/python tests/bench/bench_load.py --sizes 1000 10000 --keep /tmp/corpora

Each size is measured in a fresh subprocess, twice, after a warm-up on the
first 200 articles (imports, caches): once for speed and peak RSS
(``ru_maxrss``, with the RSS after warm-up for reference), once under
tracemalloc for the peak of Python allocations during the load. "per CPU-s"
divides by the process's CPU time, which other load on the machine disturbs
less than wall time. A streaming loader shows the same peak for 10k and 100k
articles; a loader that keeps articles shows ten times more.
The corpora are deterministic (fixed seed): ~300-word articles, 3% exact
and 3% near duplicates, so de-duplication does real work.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = 20260104


def make_corpus(path: Path, n: int) -> None:
    rng = random.Random(SEED)
    vocabulary = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 10)))
                  for _ in range(8000)]
    sources = [f"Outlet {i}" for i in range(40)]
    recent: list[str] = []
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            roll = rng.random()
            if recent and roll < 0.03:
                text = rng.choice(recent)  # exact copy
            elif recent and roll < 0.06:
                words = rng.choice(recent).split(" ")  # near copy: a few words changed
                for _ in range(3):
                    words[rng.randrange(len(words))] = rng.choice(vocabulary)
                text = " ".join(words)
            else:
                paragraphs = [" ".join(rng.choices(vocabulary, k=rng.randint(60, 90))) + "." for _ in range(4)]
                text = "\n\n".join(paragraphs)
                recent = (recent + [text])[-200:]
            record = {
                "stories_id": i,
                "title": " ".join(rng.choices(vocabulary, k=8)).capitalize(),
                "url": f"https://example.org/{i}",
                "publish_date": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 12:00:00",
                "media_name": rng.choice(sources),
                "language": "en",
                "text": text,
            }
            handle.write(json.dumps(record) + "\n")


CHILD = r"""
import itertools, json, os, resource, sys, tempfile, time, tracemalloc
sys.path.insert(0, sys.argv[3])
import corpus
path, mode = sys.argv[1], sys.argv[2]
# Warm up on the first 200 lines: lazy imports and caches are not what is measured.
with open(path, encoding="utf-8") as source, tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as warm:
    warm.writelines(itertools.islice(source, 200))
list(corpus.load(warm.name))
os.unlink(warm.name)
baseline_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
if mode == "trace":
    tracemalloc.start()
start, cpu_start = time.perf_counter(), time.process_time()
loaded = corpus.load(path)
count = sum(1 for _ in loaded)
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
report = loaded.report
result = {"articles": count, "seconds": seconds, "cpu_seconds": cpu, "duplicates": len(report.duplicates),
          "skipped": len(report.skipped), "baseline_rss_mb": baseline_rss,
          "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
if mode == "trace":
    result["traced_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
print(json.dumps(result))
"""


def measure(path: Path, mode: str) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), mode, str(ROOT)],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--keep", help="folder to write (and reuse) the corpora in")
    args = parser.parse_args(argv)
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="newslens-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs; corpora in {folder}")
    print(f"{'articles':>9} {'file MB':>8} {'seconds':>8} {'articles/s':>11} {'per CPU-s':>10} {'dups':>6} "
          f"{'RSS warm MB':>12} {'peak RSS MB':>12} {'traced peak MB':>15}")
    try:
        for n in args.sizes:
            path = folder / f"synthetic-{n}.jsonl"
            if not path.exists():
                make_corpus(path, n)
            speed = measure(path, "speed")
            traced = measure(path, "trace")
            assert speed["articles"] == n and speed["skipped"] == 0, speed
            print(f"{n:>9} {path.stat().st_size / 2**20:>8.1f} {speed['seconds']:>8.1f} "
                  f"{n / speed['seconds']:>11.0f} {n / speed['cpu_seconds']:>10.0f} {speed['duplicates']:>6} {speed['baseline_rss_mb']:>12.1f} "
                  f"{speed['max_rss_mb']:>12.1f} "
                  f"{traced['traced_peak_mb']:>15.1f}")
    finally:
        if not args.keep:
            for path in folder.glob("synthetic-*.jsonl"):
                path.unlink()
            folder.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
