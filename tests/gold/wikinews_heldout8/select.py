"""The fixed draw of the eighth held-out set (run once; its output is the hh-NN ids).

The sixth and seventh sets' rule and pool (``../wikinews_heldout6/select.py``: hb's rule
without the politics words; genre == "news"; 200-900 words (str.split); at least six double
quotation marks (" or “ ”); id not in ../shared/gold/wikinews/articles/ nor among the ha-*,
hb-*, hc-*, hd-* and he-* ids), candidates sorted by id and shuffled with the same
random.Random(20261204); the 13th to 18th taken (the six after hg-01 … hg-06).
"""
import random
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIXTH = runpy.run_path(str(HERE.parent / "wikinews_heldout6" / "select.py"))


def draw(seed: int = 20261204, first: int = 12, n: int = 6) -> None:
    pool = SIXTH["candidates"]()
    random.Random(seed).shuffle(pool)
    print(len(pool), file=sys.stderr)
    for r in pool[first:first + n]:
        print(r["id"], len(r["text"].split()), r.get("categories", [])[:3], r["title"])


if __name__ == "__main__":
    draw()
