"""The obvious peers on the held-out Wikinews gold, scored by the same shared scorer.

    .venv/bin/python -m tests.gold.wikinews_heldout.peers [--gold DIR] [--kinds direct,partial]

* quotes: textacy's ``direct_quotations`` (``tests.gold.score_quotes.textacy_system``);
  a document it refuses (an odd number of quote marks) gives no rows;
* actors: spaCy's NER alone, mapped naively (``tests.gold.score_actors.spacy_ner_mentions``).

Both run on the kit's own model over the same article texts, and their rows are written as
``quotes`` and ``actor_mentions`` tables for ``../shared/eval/evaluate.py``, so the numbers
stand beside ``tests.gold.wikinews_heldout.score``'s. ``--kinds`` keeps only those gold
quote kinds (textacy emits direct quotes only).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

from tests.gold.wikinews_heldout import gold


def score(kinds: set[str] | None = None, folder: Path = gold.HERE, work: Path | None = None) -> dict:
    from analysis.pipeline.model import load_model
    from tests.gold.score_actors import spacy_ner_mentions
    from tests.gold.score_quotes import textacy_system

    work = Path(work or tempfile.mkdtemp(prefix="wn-peers-"))
    gold_dir, articles = gold.rebuild(work, folder)
    if kinds:
        for path in gold_dir.glob("*.json"):
            data = json.loads(path.read_text(encoding="utf-8"))
            data["quotes"] = [q for q in data["quotes"] if q["kind"] in kinds]
            path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    records = [json.loads(line) for line in articles.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = list(load_model().pipe(record["text"] for record in records))
    quotes, mentions = [], []
    for record, doc, found in zip(records, docs, spacy_ner_mentions(docs)):
        quotes += [{"article_id": record["id"], **row} for row in textacy_system(doc, record["id"]) or []]
        mentions += [{"article_id": record["id"], **row} for row in found]
    tables = work / "tables"
    tables.mkdir()
    pd.DataFrame(quotes, columns=["article_id", "text", "speaker", "cue", "kind"]).to_parquet(tables / "quotes.parquet")
    pd.DataFrame(mentions, columns=["article_id", "start", "end", "text", "actor", "actor_type", "country"]).to_parquet(
        tables / "actor_mentions.parquet"
    )
    pd.DataFrame(columns=["article_id", "value", "unit"]).to_parquet(tables / "figures.parquet")
    done = subprocess.run(
        [sys.executable, str(gold.EVALUATE), str(gold_dir), str(tables), "--json"],
        capture_output=True, text=True, check=True,
    )
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", help="gold quote kinds to keep, e.g. direct,partial")
    parser.add_argument("--gold", type=Path, default=gold.HERE, help="folder of offset gold (default: this one)")
    args = parser.parse_args()
    reason = gold.available()
    if reason:
        sys.exit(reason)
    result = score(set(args.kinds.split(",")) if args.kinds else None, folder=args.gold)
    print("quotes: textacy direct_quotations; actors: spaCy NER alone")
    for key in ("quote_p", "quote_r", "quote_f1", "speaker_acc", "quotes_gold", "quotes_pred", "actor_p", "actor_r", "actor_f1"):
        print(f"{key}: {result[key]}")


if __name__ == "__main__":
    main()
