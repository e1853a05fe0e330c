"""Figures extraction stays linear in article length (issue 11), as a ratio in one run.

    .venv/bin/python tests/bench/bench_figures.py [--paragraphs 40] [--factor 8]

Builds one article of N paragraphs and one of factor·N (the same invented oil-trade
paragraphs, with months, ranges, shares and sources that make the period, party and
source readers look back), parses each once (not timed), and times the figures
extractor alone on each. Prints the time per paragraph of the long article over that of
the short one: about 1 when the work is linear, about ``factor`` when it is quadratic.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

_PARAGRAPHS = (
    "In {month}, Iraq's crude exports to India slipped 4% to between 1.05 million and 1.1 million bpd, "
    "according to Kpler. Cargoes bound for China made up 38% of the total.",
    "Purchases from Kuwait rose 2.5% to 210,000 bpd, the data showed, ahead of Qatar, which supplied 6%.",
    "Brent settled at $71.40 a barrel on Tuesday, down 41 cents. The country shipped 6.25 lakh barrels per day "
    "to Jordan in the first nine months.",
)
_MONTHS = ("January", "March", "May", "July", "September", "November")


def article_text(paragraphs: int) -> str:
    return "\n\n".join(
        _PARAGRAPHS[i % len(_PARAGRAPHS)].format(month=_MONTHS[(i // len(_PARAGRAPHS)) % len(_MONTHS)])
        for i in range(paragraphs)
    )


def time_figures(nlp, paragraphs: int, repeats: int = 3) -> tuple[float, int]:
    from analysis.extractors.figures.extractor import extract_figures
    from analysis.text.actor_table import load_table
    from corpus.article import Article
    from tests.test_figures import mentions_for

    text = article_text(paragraphs)
    doc = nlp(text)
    mentions = mentions_for(text)
    article = Article(article_id="bench", text=text, published=dt.date(2025, 12, 2))
    table = load_table()
    best = float("inf")
    count = 0
    for _ in range(repeats):
        start = time.perf_counter()
        count = len(extract_figures(article, doc, mentions, actor_table=table))
        best = min(best, time.perf_counter() - start)
    return best, count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=40)
    parser.add_argument("--factor", type=int, default=8)
    args = parser.parse_args()
    from analysis.pipeline.model import load_model

    nlp = load_model()
    small, small_count = time_figures(nlp, args.paragraphs)
    big, big_count = time_figures(nlp, args.paragraphs * args.factor)
    result = {
        "paragraphs_small": args.paragraphs,
        "paragraphs_big": args.paragraphs * args.factor,
        "figures_small": small_count,
        "figures_big": big_count,
        "seconds_small": round(small, 4),
        "seconds_big": round(big, 4),
        "per_paragraph_ratio_big_over_small": round((big / (args.paragraphs * args.factor)) / (small / args.paragraphs), 2),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
