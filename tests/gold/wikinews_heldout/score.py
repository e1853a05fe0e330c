"""Score the kit on the held-out Wikinews gold with the shared scorer.

    .venv/bin/python -m tests.gold.wikinews_heldout.score [--kinds direct,partial] [--gold DIR] [--errors] [--textacy]

Rebuilds the gold from the shared corpus (:mod:`.gold`), extracts its articles with no
cache, and runs ``../shared/eval/evaluate.py``; ``--kinds`` keeps only those quote kinds,
in the gold and in the kit's predictions alike (the kit emits ``indirect`` rows, which
must not count as spurious against a gold without them); the default scores all three.
``--gold`` names another folder of offset gold (``tests/gold/wikinews_heldout2``).
``--errors`` lists the quotes behind the score (:mod:`.quote_errors`); it refuses held-out gold.
``--textacy`` also scores textacy's ``direct_quotations`` on the same articles and gold
(its rows are all ``direct``; an article it refuses gives none), beside the kit.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pyarrow as pa

from tests.gold.wikinews_heldout import gold


def score(
    kinds: set[str] | None = None, work: Path | None = None, folder: Path = gold.HERE, *, errors: bool = False,
    textacy: bool = False,
) -> dict:
    from analysis.pipeline import engine

    work = Path(work or tempfile.mkdtemp(prefix="wn-heldout-"))
    gold_dir, articles = gold.rebuild(work, folder)
    if kinds:
        for path in gold_dir.glob("*.json"):
            data = json.loads(path.read_text(encoding="utf-8"))
            data["quotes"] = [q for q in data["quotes"] if q["kind"] in kinds]
            path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    engine.extract([articles], work / "tables", use_cache=False, progress=False)
    if kinds:
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        path = work / "tables" / "quotes.parquet"
        table = pq.read_table(path)
        pq.write_table(table.filter(pc.is_in(table["kind"], value_set=pa.array(sorted(kinds)))), path)
    done = subprocess.run(
        [sys.executable, str(gold.EVALUATE), str(gold_dir), str(work / "tables"), "--json"],
        capture_output=True, text=True, check=True,
    )
    if errors:
        from tests.gold.wikinews_heldout.quote_errors import report

        gold.refuse_held_out(folder)
        report(gold_dir, work / "tables")
    result = json.loads(done.stdout)
    if textacy:
        result["textacy"] = _textacy(work, gold_dir, articles, kinds)
    return result


def _textacy(work: Path, gold_dir: Path, articles: Path, kinds: set[str] | None) -> dict:
    """The shared scorer on textacy's quotes for the same articles (the kit's actor and
    figure tables alongside, which the scorer also reads)."""
    import shutil

    import pandas as pd

    from analysis.pipeline.model import load_model
    from tests.gold.score_quotes import textacy_system

    nlp = load_model()
    rows = []
    for line in articles.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        found = textacy_system(nlp(record["text"]), record["id"]) or []
        rows.extend({"article_id": record["id"], **row} for row in found if not kinds or row["kind"] in kinds)
    tables = work / "textacy"
    tables.mkdir(exist_ok=True)
    for name in ("actor_mentions", "figures"):
        shutil.copy(work / "tables" / f"{name}.parquet", tables / f"{name}.parquet")
    columns = ["article_id", "text", "speaker", "cue", "kind"]
    pd.DataFrame(rows, columns=columns).to_parquet(tables / "quotes.parquet")
    done = subprocess.run(
        [sys.executable, str(gold.EVALUATE), str(gold_dir), str(tables), "--json"],
        capture_output=True, text=True, check=True,
    )
    scored = json.loads(done.stdout)
    return {key: scored[key] for key in ("quote_p", "quote_r", "quote_f1", "speaker_acc", "quotes_pred")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", help="gold quote kinds to keep, e.g. direct,partial")
    parser.add_argument("--gold", type=Path, default=gold.HERE, help="folder of offset gold (default: this one)")
    parser.add_argument("--textacy", action="store_true", help="score textacy's direct_quotations beside the kit")
    parser.add_argument("--errors", action="store_true", help="list missed, wrong-speaker and spurious quotes (dev gold only)")
    args = parser.parse_args()
    if args.errors:
        gold.refuse_held_out(args.gold)
    reason = gold.available()
    if reason:
        sys.exit(reason)
    result = score(set(args.kinds.split(",")) if args.kinds else None, folder=args.gold, errors=args.errors, textacy=args.textacy)
    for key in ("quote_p", "quote_r", "quote_f1", "speaker_acc", "quotes_gold", "quotes_pred", "actor_p", "actor_r", "actor_f1"):
        print(f"{key}: {result[key]}")
    if "textacy" in result:
        print("textacy direct_quotations, same gold: " + ", ".join(f"{k} {v}" for k, v in result["textacy"].items()))


if __name__ == "__main__":
    main()
