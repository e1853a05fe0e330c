"""The fixed draw of the second held-out set (run once; its output is the hb-NN ids).

Rule: genre == "news"; 200-650 words (str.split); at least six double quotation marks
(" or “ ”); at least four occurrences of politics words (list below, case-insensitive,
word-bounded, counted with repeats); id not in ../shared/gold/wikinews/articles/ nor among
the ha-* ids. Candidates sorted by id, shuffled with random.Random(20261202), first 10 taken.
"""
import gzip, json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2].parent / "shared"
WORDS = ["minister", "president", "government", "parliament", "election", "diplomat",
         "diplomatic", "embassy", "ambassador", "treaty", "sanctions", "senate", "congress",
         "prime minister", "foreign", "summit", "talks", "party", "opposition", "vote"]
POLITICS = re.compile(r"\b(" + "|".join(WORDS) + r")\b", re.I)
QUOTES = re.compile(r'["“”]')


# The earlier sets a draw leaves out, as (folder, glob): this one's draw came after ha-*.
EARLIER = (("wikinews_heldout", "ha-*.json"),)


def excluded(earlier=EARLIER) -> set[str]:
    ids = {json.loads(p.read_text())["id"] for p in (SHARED / "gold" / "wikinews" / "articles").glob("*.json")}
    for folder, pattern in earlier:
        ids |= {json.loads(p.read_text())["id"] for p in (HERE.parent / folder).glob(pattern)}
    return ids


def candidates(earlier=EARLIER, *, max_words: int = 650) -> list[dict]:
    skip = excluded(earlier)
    out = []
    with gzip.open(SHARED / "corpora" / "wikinews" / "articles.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            t = r["text"]
            if (r.get("genre") == "news" and r["id"] not in skip and 200 <= len(t.split()) <= max_words
                    and len(QUOTES.findall(t)) >= 6 and len(POLITICS.findall(t)) >= 4):
                out.append(r)
    return sorted(out, key=lambda r: r["id"])


def draw(seed: int = 20261202, earlier=EARLIER, argv=None, *, max_words: int = 650) -> None:
    pool = candidates(earlier, max_words=max_words)
    random.Random(seed).shuffle(pool)
    argv = sys.argv[1:] if argv is None else argv
    n = int(argv[0]) if argv else 10
    print(len(pool), file=sys.stderr)
    for r in pool[:n]:
        print(r["id"], len(r["text"].split()), r.get("categories", [])[:3], r["title"])


if __name__ == "__main__":
    draw()
