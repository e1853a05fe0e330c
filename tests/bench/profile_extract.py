"""Where extraction spends its time, the parse left out (issue 15).

    PYTHONPATH=. .venv/bin/python tests/bench/profile_extract.py [--corpus FILE] [--articles 300]
        [--reps 5] [--cprofile 40]

The articles are parsed once; each repetition extracts from fresh copies of the parses
(the per-Doc stores start empty, as in a run) and reports the CPU time per extractor
and of the parse, as the minimum over the repetitions (on a shared machine CPU time
still moves by ±10% with the load). ``--cprofile N`` prints the N functions with the
most time of their own: its cost per call inflates small functions called often (a
Token attribute, a store lookup), so time a hot spot alone before working on it.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.synthetic import write_jsonl  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, help="a corpus file (default: synthetic articles)")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--cprofile", type=int, metavar="N", help="print the N functions with the most own time")
    args = parser.parse_args()

    from spacy.tokens import DocBin

    from analysis.pipeline.processing import PARSE_BATCH_SIZE, Processor, Settings
    from analysis.text.context import ExtractionContext
    from corpus.loader import load

    corpus = args.corpus or write_jsonl(Path(tempfile.mkdtemp(prefix="newslens-profile-")) / "corpus.jsonl", args.articles)
    articles = list(load([corpus]))[: args.articles]
    processor = Processor(Settings(use_cache=False))
    start = time.process_time()
    # The model's own pipe, as the bench's bare side runs it (articles past the engine's
    # chunk size, cut and joined back there, are parsed whole here).
    parsed = list(processor.nlp.pipe([article.text for article in articles], batch_size=PARSE_BATCH_SIZE))
    parse_cpu = time.process_time() - start
    store = DocBin(docs=parsed)
    vocab = processor.nlp.vocab
    extractors = processor.extractors

    def extract(docs, times: Counter) -> None:
        for article, doc in zip(articles, docs):
            context = ExtractionContext(article=article, doc=doc, actor_table=processor.actor_table)
            for spec, run in extractors:
                started = time.process_time()
                context.results[spec.name] = records = list(run(context))
                [record.as_row() for record in records]
                times[spec.name] += time.process_time() - started

    extract(list(store.get_docs(vocab)), Counter())  # the run's lookups and word lists, built once
    best: dict[str, float] = {}
    for _ in range(args.reps):
        times: Counter = Counter()
        extract(list(store.get_docs(vocab)), times)
        times["all"] = sum(times.values())
        best = {name: min(value, best.get(name, value)) for name, value in times.items()}
    per_doc = {name: round(1000 * value / len(articles), 2) for name, value in best.items()}
    print(f"{len(articles)} articles; ms of CPU per article (min of {args.reps}): parse {1000 * parse_cpu / len(articles):.2f}, "
          + ", ".join(f"{name} {value}" for name, value in per_doc.items()))
    print(f"parse / (parse + extraction): {parse_cpu / (parse_cpu + best['all']):.3f}")
    if args.cprofile:
        docs = list(store.get_docs(vocab))
        profile = cProfile.Profile()
        profile.runcall(extract, docs, Counter())
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.cprofile)


if __name__ == "__main__":
    main()
