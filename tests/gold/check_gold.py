"""Consistency check for the hand-made gold files (stdlib only).

    python tests/gold/check_gold.py            # every tests/gold/*/*.json
    python tests/gold/check_gold.py FILE ...   # only these files

For every file it checks the head (name, title, published, source, text, notes), that
``text`` is already normalised (``corpus.normalize.normalize_text(text) == text``) and, for
each record list present:

* ``mentions``: required keys, ``text[start:end] == record["text"]``, sorted by start,
  no overlapping spans, no leading "the"/"The" and no surrounding whitespace in a span,
  ``actor_type`` in {country, person, organisation, group}, ``country`` null or three
  upper-case letters, ``actor`` a non-empty string;
* ``quotes`` and ``figures`` (and the informative ``not_mentions``): only start/end/text —
  the offsets are integers inside the text, the span equals ``text``, records sorted by start.

Problems are printed per file; one broken file never hides the results of the others.
Exit status 1 when any problem was found, else 0.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent
ROOT = GOLD.parents[1]
sys.path.insert(0, str(ROOT))

from corpus.normalize import normalize_text  # noqa: E402

HEAD_KEYS = ("name", "title", "published", "source", "text", "notes")
MENTION_KEYS = ("start", "end", "text", "actor", "actor_type", "country")
ACTOR_TYPES = {"country", "person", "organisation", "group"}
ISO3 = re.compile(r"[A-Z]{3}")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _check_spans(text: str, records, label: str, problems: list[str]) -> list[tuple[int, int, int]]:
    """start/end/text consistency and order; returns (index, start, end) of the good records."""
    good, prev = [], None
    if not isinstance(records, list):
        problems.append(f"{label}: not a list")
        return good
    for i, rec in enumerate(records):
        where = f"{label}[{i}]"
        if not isinstance(rec, dict):
            problems.append(f"{where}: not an object")
            continue
        missing = [k for k in ("start", "end", "text") if k not in rec]
        if missing:
            problems.append(f"{where}: missing {missing}")
            continue
        s, e, t = rec["start"], rec["end"], rec["text"]
        if not (isinstance(s, int) and isinstance(e, int)) or isinstance(s, bool) or isinstance(e, bool):
            problems.append(f"{where}: start/end not integers ({s!r}, {e!r})")
            continue
        if not 0 <= s < e <= len(text):
            problems.append(f"{where}: bad offsets {s}..{e} (text length {len(text)})")
            continue
        if text[s:e] != t:
            problems.append(f"{where}: text[{s}:{e}] is {text[s:e]!r}, record says {t!r}")
        if prev is not None and s < prev:
            problems.append(f"{where}: not sorted by start ({s} after {prev})")
        prev = s
        good.append((i, s, e))
    return good


def _check_mentions(text: str, mentions, problems: list[str]) -> None:
    good = _check_spans(text, mentions, "mentions", problems)
    ordered = sorted(good, key=lambda g: (g[1], g[2]))
    for (i, s1, e1), (j, s2, e2) in zip(ordered, ordered[1:]):
        if s2 < e1:
            problems.append(f"mentions[{i}] {text[s1:e1]!r} and mentions[{j}] {text[s2:e2]!r} overlap")
    if not isinstance(mentions, list):
        return
    for i, rec in enumerate(mentions):
        if not isinstance(rec, dict):
            continue
        where = f"mentions[{i}] {rec.get('text')!r}"
        missing = [k for k in MENTION_KEYS if k not in rec]
        if missing:
            problems.append(f"{where}: missing {missing}")
        if "actor_type" in rec and rec["actor_type"] not in ACTOR_TYPES:
            problems.append(f"{where}: actor_type {rec['actor_type']!r} not in {sorted(ACTOR_TYPES)}")
        if "country" in rec and rec["country"] is not None and not (
            isinstance(rec["country"], str) and ISO3.fullmatch(rec["country"])
        ):
            problems.append(f"{where}: country {rec['country']!r} is not null or ISO3")
        if "actor" in rec and not (isinstance(rec["actor"], str) and rec["actor"].strip()):
            problems.append(f"{where}: actor must be a non-empty string")
        span = rec.get("text")
        if isinstance(span, str):
            if span != span.strip():
                problems.append(f"{where}: span has surrounding whitespace")
            if re.match(r"(?i)the\s", span):
                problems.append(f"{where}: span starts with 'the'")


def check_file(path: Path) -> tuple[list[str], dict[str, int]]:
    problems: list[str] = []
    counts: dict[str, int] = {}
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return [f"cannot read JSON: {exc}"], counts
    if not isinstance(doc, dict):
        return ["top level is not an object"], counts
    missing = [k for k in HEAD_KEYS if k not in doc]
    if missing:
        problems.append(f"head: missing {missing}")
    if "name" in doc and doc["name"] != path.stem:
        problems.append(f"head: name {doc['name']!r} differs from file name {path.stem!r}")
    pub = doc.get("published")
    if pub is not None and not (isinstance(pub, str) and ISO_DATE.fullmatch(pub)):
        problems.append(f"head: published {pub!r} is not an ISO date or null")
    text = doc.get("text")
    if not isinstance(text, str):
        problems.append("head: text missing or not a string")
        return problems, counts
    normal = normalize_text(text)
    if normal != text:
        k = next((i for i, (a, b) in enumerate(zip(text, normal)) if a != b), min(len(text), len(normal)))
        problems.append(f"text is not normalised (first difference at offset {k}: {text[k:k+30]!r})")
    if "mentions" in doc:
        _check_mentions(text, doc["mentions"], problems)
        counts["mentions"] = len(doc["mentions"]) if isinstance(doc["mentions"], list) else 0
    for key in ("quotes", "figures", "not_mentions"):
        if key in doc:
            _check_spans(text, doc[key], key, problems)
            counts[key] = len(doc[key]) if isinstance(doc[key], list) else 0
    return problems, counts


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] if argv else sorted(GOLD.glob("*/*.json"))
    if not paths:
        print("no gold files found")
        return 1
    bad = 0
    for path in paths:
        problems, counts = check_file(path)
        try:
            label = path.resolve().relative_to(GOLD)
        except ValueError:
            label = path
        summary = ", ".join(f"{n} {k}" for k, n in counts.items()) or "no record lists"
        if problems:
            bad += 1
            print(f"FAIL {label} ({summary})")
            for p in problems:
                print(f"    {p}")
        else:
            print(f"ok   {label} ({summary})")
    print(f"{len(paths)} file(s) checked, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
