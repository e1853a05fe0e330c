"""Actor errors on the Wikinews dev gold, and spaCy's NER alone scored the same way.

    .venv/bin/python -m tests.gold.wikinews_heldout.actor_errors            # the ha-* set (dev)
    .venv/bin/python -m tests.gold.wikinews_heldout.actor_errors --shared   # ../shared/gold/wikinews
    ... --ner    # P/R/F1 of newslens and of spaCy NER alone, no error lines

The shared scorer counts mentions per canonical actor per article (``score_actors`` of
``../shared/eval/evaluate.py``); an error line is one such key whose counts differ, with
the gold surfaces and the kit's surfaces, so the most frequent misses can be read off.
Held-out gold (``gold.HELD_OUT``) is refused: it is scored for aggregates only.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import pandas as pd

from tests.gold.wikinews_heldout import gold

SHARED_GOLD = gold.SHARED / "gold" / "wikinews" / "articles"


def shared_articles(work: Path) -> tuple[Path, Path]:
    ids = {json.loads(p.read_text(encoding="utf-8"))["id"] for p in SHARED_GOLD.glob("*.json")}
    path = work / "articles.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for record in gold.records(ids).values():
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return SHARED_GOLD, path


def ner_mentions(articles: Path) -> pd.DataFrame:
    """spaCy NER alone, mapped as in :func:`tests.gold.score_actors.spacy_ner_mentions`."""
    from analysis.pipeline.model import load_model
    from tests.gold.score_actors import spacy_ner_mentions

    records = [json.loads(line) for line in open(articles, encoding="utf-8")]
    docs = list(load_model().pipe(r["text"] for r in records))
    rows = [
        {"article_id": r["id"], **m} for r, mentions in zip(records, spacy_ner_mentions(docs)) for m in mentions
    ]
    return pd.DataFrame(rows, columns=["article_id", "start", "end", "text", "actor", "actor_type", "country"])


def key_of(evaluate, mention: dict, org_keys: set[str]) -> str:
    """The key ``score_actors`` files a predicted mention under."""
    actor = evaluate.actor_key(mention.get("actor", ""))
    country = mention.get("country")
    if actor in org_keys:
        return actor
    return country if isinstance(country, str) and country else actor


def errors(gold_docs: list[dict], mentions: pd.DataFrame) -> list[str]:
    evaluate = gold.evaluator()
    lines = []
    for doc in gold_docs:
        wanted = defaultdict(list)
        for actor, surfaces in doc.get("actors", {}).items():
            wanted[evaluate.actor_key(actor)].extend(surfaces)
        org_keys = {k for k in wanted if k not in evaluate.ISO3}
        found = defaultdict(list)
        for m in mentions[mentions.article_id == doc["id"]].to_dict("records"):
            found[key_of(evaluate, m, org_keys)].append(f"{m['text']}<{m['actor']}>")
        for k in sorted(set(wanted) | set(found)):
            g, p = wanted.get(k, []), found.get(k, [])
            if len(g) != len(p):
                lines.append(f"{doc['id']}  {k}: gold {len(g)} pred {len(p)}\n    gold {g}\n    pred {p}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=gold.HERE, help="folder of offset gold (default: ha-*)")
    parser.add_argument("--shared", action="store_true", help="score ../shared/gold/wikinews instead")
    parser.add_argument("--ner", action="store_true", help="aggregate P/R/F1 of newslens and spaCy NER alone")
    args = parser.parse_args()
    reason = gold.available()
    if reason:
        sys.exit(reason)
    if not args.ner:
        gold.refuse_held_out(args.gold)
    from analysis.pipeline import engine

    work = Path(tempfile.mkdtemp(prefix="wn-errors-"))
    gold_dir, articles = shared_articles(work) if args.shared else gold.rebuild(work, args.gold)
    engine.extract([articles], work / "tables", use_cache=False, progress=False)
    ours = pd.read_parquet(work / "tables" / "actor_mentions.parquet")
    gold_docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]
    if args.ner:
        evaluate = gold.evaluator()
        for name, table in (("newslens", ours), ("spacy-ner", ner_mentions(articles))):
            print(name, evaluate.score_actors(gold_docs, table))
        return
    lines = errors(gold_docs, ours)
    print("\n".join(lines))
    print(f"{len(lines)} keys with counts that differ")


if __name__ == "__main__":
    main()
