"""Score the kit on the held-out Wikinews gold with the shared scorer.

    .venv/bin/python -m tests.gold.wikinews_heldout.score [--kinds direct,partial] [--gold DIR] [--errors]

Rebuilds the gold from the shared corpus (:mod:`.gold`), extracts its articles with no
cache, and runs ``../shared/eval/evaluate.py``; ``--kinds`` keeps only those quote kinds,
in the gold and in the kit's predictions alike (the kit emits ``indirect`` rows, which
must not count as spurious against a gold without them); the default scores all three.
``--gold`` names another folder of offset gold (``tests/gold/wikinews_heldout2``).
``--errors`` lists the quotes behind the score (:mod:`.errors`); it refuses held-out gold.
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


def score(kinds: set[str] | None = None, work: Path | None = None, folder: Path = gold.HERE, *, errors: bool = False) -> dict:
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
        from tests.gold.wikinews_heldout.errors import refuse_held_out, report

        refuse_held_out(folder)
        report(gold_dir, work / "tables")
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", help="gold quote kinds to keep, e.g. direct,partial")
    parser.add_argument("--gold", type=Path, default=gold.HERE, help="folder of offset gold (default: this one)")
    parser.add_argument("--errors", action="store_true", help="list missed, wrong-speaker and spurious quotes (dev gold only)")
    args = parser.parse_args()
    if args.errors:
        from tests.gold.wikinews_heldout.errors import refuse_held_out

        refuse_held_out(args.gold)
    reason = gold.available()
    if reason:
        sys.exit(reason)
    result = score(set(args.kinds.split(",")) if args.kinds else None, folder=args.gold, errors=args.errors)
    for key in ("quote_p", "quote_r", "quote_f1", "speaker_acc", "quotes_gold", "quotes_pred", "actor_p", "actor_r", "actor_f1"):
        print(f"{key}: {result[key]}")


if __name__ == "__main__":
    main()
