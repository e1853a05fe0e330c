"""The quotes behind a Wikinews score, for development sets only.

    .venv/bin/python -m tests.gold.wikinews_heldout.quote_errors GOLD_DIR TABLES_DIR [--kinds indirect]

Matches gold and predicted quotes exactly as ``../shared/eval/evaluate.py`` does (its own
functions, loaded from the file) and prints every gold quote missed, every found quote
whose speaker is wrong, and every predicted quote matching no gold one. Refuses the
held-out folders, whose errors nobody may read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

from tests.gold.wikinews_heldout import gold

def report(gold_dir: Path, tables: Path, kinds: set[str] | None = None, out=sys.stdout) -> None:
    ev = gold.evaluator()
    quotes = ev.read_table(tables, "quotes")
    if kinds:
        quotes = quotes[quotes.kind.isin(kinds)]
    for path in sorted(Path(gold_dir).glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        preds = quotes[quotes.article_id == doc["id"]].to_dict("records")
        used: set[int] = set()
        lines = []
        for g in doc.get("quotes", []):
            if kinds and g["kind"] not in kinds:
                continue
            best, best_f = None, 0.0
            for i, p in enumerate(preds):
                if i in used:
                    continue
                f = ev.overlap_f(g["quote"], p.get("text", ""))
                if f > best_f:
                    best, best_f = i, f
            if best is not None and best_f >= 0.8:
                used.add(best)
                p = preds[best]
                if not ev.speaker_match(g.get("speaker", ""), p.get("speaker", "") or ""):
                    lines.append(f"  SPEAKER {g['kind']}: gold {g['speaker']!r} got {p.get('speaker')!r} ({p['kind']}, cue {p.get('cue')}): {g['quote'][:90]!r}")
            else:
                near = f" (best {preds[best]['text'][:60]!r} f={best_f:.2f})" if best is not None else ""
                lines.append(f"  MISS {g['kind']} [{g['speaker']}]: {g['quote'][:110]!r}{near}")
        for i, p in enumerate(preds):
            if i not in used:
                lines.append(f"  SPURIOUS {p['kind']} [{p.get('speaker')}] cue {p.get('cue')}: {p['text'][:110]!r}")
        if lines:
            print(f"{path.name} {doc['id']}", file=out)
            print("\n".join(lines), file=out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("tables", type=Path)
    parser.add_argument("--kinds", help="quote kinds to keep, e.g. indirect")
    args = parser.parse_args()
    gold.refuse_held_out(args.gold_dir)
    report(args.gold_dir, args.tables, set(args.kinds.split(",")) if args.kinds else None)


if __name__ == "__main__":
    pd.set_option("display.width", 200)
    main()
