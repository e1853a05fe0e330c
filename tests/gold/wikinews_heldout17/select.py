"""The fixed draw of the seventeenth held-out set (run once; its output is the hq-NN ids).

A new, wider pool (the sixth and seventh sets' draw, ``../wikinews_heldout7/select.py``, is
nearly used up): genre == "news"; 150-1200 words (str.split); at least two double quotation
marks (" or “ ”, ``../wikinews_heldout2/select.py``'s QUOTES); id in no gold folder (the "id"
of every json file in tests/gold/*/ and in ../shared/gold/wikinews/articles/). Candidates
sorted by id, shuffled with random.Random(20261207), first 6 taken.
"""
import gzip
import json
import random
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
SHARED = HERE.parents[2].parent / "shared"
SECOND = runpy.run_path(str(GOLD / "wikinews_heldout2" / "select.py"))
CORPUS = SHARED / "corpora" / "wikinews" / "articles.jsonl.gz"


def gold_ids() -> set[str]:
    """Every record id any gold folder holds (json files whose top level is an object with "id")."""
    paths = list(GOLD.glob("*/*.json")) + list((SHARED / "gold" / "wikinews" / "articles").glob("*.json"))
    ids = set()
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data.get("id"), str):
            ids.add(data["id"])
    return ids


def candidates(min_words: int = 150, max_words: int = 1200, min_quotes: int = 2) -> list[dict]:
    skip = gold_ids()
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            t = r["text"]
            if (r.get("genre") == "news" and r["id"] not in skip
                    and min_words <= len(t.split()) <= max_words
                    and len(SECOND["QUOTES"].findall(t)) >= min_quotes):
                out.append(r)
    return sorted(out, key=lambda r: r["id"])


def draw(seed: int = 20261207, first: int = 0, n: int = 6) -> None:
    pool = candidates()
    random.Random(seed).shuffle(pool)
    print(len(pool), file=sys.stderr)
    for r in pool[first:first + n]:
        print(r["id"], len(r["text"].split()), r.get("categories", [])[:3], r["title"])


if __name__ == "__main__":
    draw()
