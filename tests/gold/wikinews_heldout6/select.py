"""The fixed draw of the sixth held-out set (run once; its output is the hf-NN ids).

The second set's rule (``../wikinews_heldout2/select.py``) without its politics-word
requirement (the politics pool of the earlier sets is exhausted): genre == "news";
200-900 words (str.split); at least six double quotation marks (" or “ ”); id not in
../shared/gold/wikinews/articles/ nor among the ha-*, hb-*, hc-*, hd-* and he-* ids.
Candidates sorted by id, shuffled with random.Random(20261204), first 6 taken.
"""
import gzip
import json
import random
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SECOND = runpy.run_path(str(HERE.parent / "wikinews_heldout2" / "select.py"))
EARLIER = (("wikinews_heldout", "ha-*.json"), ("wikinews_heldout2", "hb-*.json"),
           ("wikinews_heldout3", "hc-*.json"), ("wikinews_heldout4", "hd-*.json"),
           ("wikinews_heldout5", "he-*.json"))
CORPUS = HERE.parents[2].parent / "shared" / "corpora" / "wikinews" / "articles.jsonl.gz"


def candidates(min_words: int = 200, max_words: int = 900) -> list[dict]:
    skip = SECOND["excluded"](EARLIER)
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            t = r["text"]
            if (r.get("genre") == "news" and r["id"] not in skip
                    and min_words <= len(t.split()) <= max_words
                    and len(SECOND["QUOTES"].findall(t)) >= 6):
                out.append(r)
    return sorted(out, key=lambda r: r["id"])


def draw(seed: int = 20261204, n: int = 6) -> None:
    pool = candidates()
    random.Random(seed).shuffle(pool)
    print(len(pool), file=sys.stderr)
    for r in pool[:n]:
        print(r["id"], len(r["text"].split()), r.get("categories", [])[:3], r["title"])


if __name__ == "__main__":
    draw(n=int(sys.argv[1]) if sys.argv[1:] else 6)
