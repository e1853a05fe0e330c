"""Held-out gold on real Wikinews articles, kept as character offsets only.

The repository holds no sentence of the articles: each ``ha-NN.json`` names a record of
the shared corpus (``../shared/corpora/wikinews/articles.jsonl.gz``, CC BY 2.5) by id,
the sha256 of its text, and spans into that text. :func:`rebuild` joins them back into
the shared gold format (``../shared/gold/wikinews/README.md``) that
``../shared/eval/evaluate.py`` scores, checking the text is the one annotated.

    python -m tests.gold.wikinews_heldout.gold OUT_DIR   # writes OUT_DIR/gold/*.json and OUT_DIR/articles.jsonl
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2].parent / "shared"
CORPUS = SHARED / "corpora" / "wikinews" / "articles.jsonl.gz"
EVALUATE = SHARED / "eval" / "evaluate.py"


def available() -> str | None:
    """None when the shared corpus is there, else why not (tests skip with it)."""
    return None if CORPUS.is_file() and EVALUATE.is_file() else f"the shared Wikinews corpus is not at {CORPUS}"


# Gold whose errors nobody may read: scored for aggregates only, at first contact and at
# the end of a session. The oldest sets become development data once rules written against
# dev text stop moving them, so the next rules learn from errors made on unseen text: the
# ha-* set here since 2026-12-02, wikinews_heldout2 (hb) and oil_heldout since 2026-12-07,
# wikinews_heldout3 (hc) and oil_heldout2 since the eleventh session, wikinews_heldout4 (hd)
# and oil_heldout3 from its second round, wikinews_heldout6 (hf), wikinews_heldout9 (hi) and
# oil_heldout4 since the twelfth session, wikinews_heldout8 (hh), wikinews_heldout11 (hk),
# oil_heldout10 and oil_heldout11 since the thirteenth, wikinews_heldout15 (ho) and oil_heldout12 since
# the fifteenth, wikinews_heldout16 (hp) and oil_heldout8 since the sixteenth, wikinews_heldout17 (hq) and
# oil_heldout15 since the seventeenth, wikinews_heldout20 (ht) and oil_heldout18 since the eighteenth
# (their first-contact scores stay in their READMEs
# and in the project README).
HELD_OUT = ("wikinews_heldout5", "wikinews_heldout7", "wikinews_heldout10", "wikinews_heldout12", "wikinews_heldout13", "wikinews_heldout14", "wikinews_heldout18", "wikinews_heldout19", "wikinews_heldout21", "wikinews_heldout22", "oil_heldout5", "oil_heldout6", "oil_heldout7", "oil_heldout9", "oil_heldout13", "oil_heldout14", "oil_heldout16", "oil_heldout17", "oil_heldout19", "oil_heldout20", "oil_heldout21")


def refuse_held_out(path: Path) -> None:
    """Exit with the reason when ``path`` is (inside) a held-out gold folder."""
    if any(part in HELD_OUT for part in Path(path).resolve().parts):
        sys.exit(f"{path}: held-out gold; only its aggregate score may be read")


def evaluator():
    """``../shared/eval/evaluate.py`` as a module: its own matching rules, not a copy."""
    spec = importlib.util.spec_from_file_location("shared_evaluate", EVALUATE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ha-*: the first held-out set (here); hb-*: the second, in ../wikinews_heldout2.
SECOND = HERE.parent / "wikinews_heldout2"


def gold_files(folder: Path = HERE) -> list[Path]:
    # ha-NN … he-NN (held out or dev) and dev2-NN (development)
    return sorted(p for pattern in ("h[a-z]-*.json", "dev[0-9]-*.json") for p in Path(folder).glob(pattern))


def records(ids: set[str]) -> dict[str, dict]:
    found = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] in ids:
                found[record["id"]] = record
    return found


def rebuild(out: Path, folder: Path = HERE) -> tuple[Path, Path]:
    """The gold of ``folder`` in the shared format under ``out/gold`` and its articles as
    ``out/articles.jsonl`` (the corpus records, unchanged)."""
    files = gold_files(folder)
    spans = [json.loads(p.read_text(encoding="utf-8")) for p in files]
    corpus = records({g["id"] for g in spans})
    gold_dir = out / "gold"
    gold_dir.mkdir(parents=True, exist_ok=True)
    with open(out / "articles.jsonl", "w", encoding="utf-8") as articles:
        for path, gold in zip(files, spans):
            record = corpus[gold["id"]]
            text = record["text"]
            if hashlib.sha256(text.encode()).hexdigest() != gold["text_sha256"]:
                raise ValueError(f"{path.name}: the corpus text of {gold['id']} is not the one annotated")
            articles.write(json.dumps(record, ensure_ascii=False) + "\n")
            full = {
                "id": record["id"], "url": record["url"], "title": record["title"],
                "published": record["published"], "text": text,
                "actors": {actor: [text[s:e] for s, e in places] for actor, places in gold["actors"].items()},
                "quotes": [
                    {"quote": text[q["start"]:q["end"]], "speaker": text[q["speaker_start"]:q["speaker_end"]],
                     "speaker_actor": q["speaker_actor"], "kind": q["kind"]}
                    for q in gold["quotes"]
                ],
                "oil_figures": [],
                "notes": "",
            }
            (gold_dir / path.name).write_text(json.dumps(full, ensure_ascii=False, indent=1), encoding="utf-8")
    return gold_dir, out / "articles.jsonl"


if __name__ == "__main__":
    reason = available()
    if reason:
        sys.exit(reason)
    gold_dir, articles = rebuild(Path(sys.argv[1]))
    print(gold_dir, articles)
