"""Every extractor stays linear in article length (issues 11 and 15), as ratios in one run.

    .venv/bin/python tests/bench/bench_length.py [--paragraphs 40] [--factor 8] [--repeats 2]

Builds one article of N paragraphs and one of factor·N (the same invented news
paragraphs: oil-trade figures with months, ranges, shares and sources that make the
period, party and source readers look back; quotes, reported speech and people named
again by surname and pronoun), parses each once (not timed), and times each registered
extractor on each, in dependency order, best of ``--repeats``. Prints, per extractor, the
time per paragraph of the long article over that of the short one: about 1 when the work
is linear, about ``factor`` when it is quadratic.
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
    "Harbour Minister Elena Varga said the new berths would open in {month}. \"We are ready for larger "
    "tankers,\" Varga told reporters, adding that two more terminals were planned.",
    "The port authority said traffic had doubled. She said later that fees would not rise, while officials "
    "in Ankara said they expected the talks to resume.",
)
_MONTHS = ("January", "March", "May", "July", "September", "November")


def article_text(paragraphs: int) -> str:
    return "\n\n".join(
        _PARAGRAPHS[i % len(_PARAGRAPHS)].format(month=_MONTHS[(i // len(_PARAGRAPHS)) % len(_MONTHS)])
        for i in range(paragraphs)
    )


def time_extractors(nlp, extractors, paragraphs: int, repeats: int) -> dict[str, tuple[float, int]]:
    """Best time and record count of each extractor on one article of ``paragraphs``."""
    from analysis.text.actor_table import load_table
    from analysis.text.context import ExtractionContext
    from corpus.article import Article

    text = article_text(paragraphs)
    doc = nlp(text)
    article = Article(article_id="bench", text=text, published=dt.date(2025, 12, 2))
    best: dict[str, tuple[float, int]] = {}
    for _ in range(repeats):
        context = ExtractionContext(article=article, doc=doc, actor_table=load_table())
        for spec, run in extractors:
            start = time.perf_counter()
            context.results[spec.name] = records = list(run(context))
            seconds = time.perf_counter() - start
            if spec.name not in best or seconds < best[spec.name][0]:
                best[spec.name] = (seconds, len(records))
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=40)
    parser.add_argument("--factor", type=int, default=8)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    from analysis.pipeline import builtin  # noqa: F401  (registers the extractors)
    from analysis.pipeline.model import load_model
    from analysis.pipeline.registry import build

    nlp = load_model()
    extractors = build()
    big_n = args.paragraphs * args.factor
    small = time_extractors(nlp, extractors, args.paragraphs, args.repeats)
    big = time_extractors(nlp, extractors, big_n, args.repeats)
    result = {"paragraphs_small": args.paragraphs, "paragraphs_big": big_n}
    for name in small:
        (s_small, n_small), (s_big, n_big) = small[name], big[name]
        result[name] = {
            "records_small": n_small,
            "records_big": n_big,
            "seconds_small": round(s_small, 4),
            "seconds_big": round(s_big, 4),
            "per_paragraph_ratio_big_over_small": round((s_big / big_n) / (s_small / args.paragraphs), 2),
        }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
