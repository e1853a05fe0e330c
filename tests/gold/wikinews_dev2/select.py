"""The fixed draw of the second Wikinews development set (dev2-NN; run once).

Development data, not held out: these articles come from the open part of the corpus that the
developers have read while learning rules. The set exists to give gold with reported speech
(``kind: indirect``) to tune on: the shared set has none, and every held-out draw asked for at
least six quotation marks. Rule: genre ``news``, 200-900 words, at least four politics words
(the list of ``../wikinews_heldout2/select.py``) and FEWER than six double quotation marks
(articles that report speech more than they quote it); every gold id left out (shared,
ha-* … he-*); sorted by id, shuffled with random.Random(20261206), the first 8 taken.
"""
import gzip
import json
import random
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
SECOND = runpy.run_path(str(HERE.parent / "wikinews_heldout2" / "select.py"))
EARLIER = (("wikinews_heldout", "ha-*.json"), ("wikinews_heldout2", "hb-*.json"),
           ("wikinews_heldout3", "hc-*.json"), ("wikinews_heldout4", "hd-*.json"),
           ("wikinews_heldout5", "he-*.json"))


def candidates() -> list[dict]:
    skip = SECOND["excluded"](EARLIER)
    out = []
    with gzip.open(SECOND["SHARED"] / "corpora" / "wikinews" / "articles.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            t = r["text"]
            if (r.get("genre") == "news" and r["id"] not in skip and 200 <= len(t.split()) <= 900
                    and len(SECOND["QUOTES"].findall(t)) < 6 and len(SECOND["POLITICS"].findall(t)) >= 4):
                out.append(r)
    return sorted(out, key=lambda r: r["id"])


if __name__ == "__main__":
    pool = candidates()
    random.Random(20261206).shuffle(pool)
    print(len(pool))
    for r in pool[:8]:
        print(r["id"], len(r["text"].split()), r["title"])
