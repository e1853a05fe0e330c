"""Score actor mentions against the hand-made gold (tests/gold/actors/*.json).

A predicted mention is correct when its span is exactly a gold span and its ``country``
and ``actor`` agree (actor compared case- and accent-insensitively; see README.md).
The scoring functions take plain dicts and use no library; ``main`` runs two systems
over the same gold texts:

* ``newslens``: the actors extractor (table, phrase rules, learning, NER);
* ``spacy-ner``: spaCy's NER alone, mapped naively — GPE/NORP → the state found by a
  name lookup (dropped when none), PERSON → person named by the entity text, ORG →
  organisation named by the entity text, country null; a leading "the" is dropped so
  that only recognition, not the span convention, separates the two.

Usage::

    .venv/bin/python -m tests.gold.score_actors [--no-per-actor] [--errors] [GOLD.json ...]
    .venv/bin/python -m tests.gold.score_actors --drop-people --drop Tupras ...   # ablation
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from tests.gold import goldio
from tests.gold.goldio import fold

GOLD_DIR = Path(__file__).with_name("actors")


def key(mention: dict) -> tuple:
    return (mention["start"], mention["end"], fold(mention["actor"]), (mention.get("country") or "").upper())


@dataclass(slots=True)
class Counts(goldio.PrecisionRecall):
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass(slots=True)
class Score:
    overall: Counts
    per_actor: dict[str, Counts]
    false_positives: list[dict]
    false_negatives: list[dict]


def score(gold: list[dict], predicted: list[dict]) -> Score:
    """Mention-level counts overall and per canonical actor (the gold's spelling wins)."""
    gold_keys = Counter(key(m) for m in gold)
    pred_keys = Counter(key(m) for m in predicted)
    overall = Counts()
    per_actor: dict[str, Counts] = {}
    names = {fold(m["actor"]): m["actor"] for m in predicted}
    names.update({fold(m["actor"]): m["actor"] for m in gold})

    def bucket(actor: str) -> Counts:
        return per_actor.setdefault(names[fold(actor)], Counts())

    matched = gold_keys & pred_keys
    fps, fns = [], []
    remaining = Counter(matched)
    for m in predicted:
        k = key(m)
        if remaining[k] > 0:
            remaining[k] -= 1
            overall.tp += 1
            bucket(m["actor"]).tp += 1
        else:
            overall.fp += 1
            bucket(m["actor"]).fp += 1
            fps.append(m)
    remaining = Counter(matched)
    for m in gold:
        k = key(m)
        if remaining[k] > 0:
            remaining[k] -= 1
        else:
            overall.fn += 1
            bucket(m["actor"]).fn += 1
            fns.append(m)
    return Score(overall, per_actor, fps, fns)


def merge(scores: list[Score]) -> Score:
    total = Score(Counts(), {}, [], [])
    for s in scores:
        total.overall.add(s.overall)
        for actor, counts in s.per_actor.items():
            total.per_actor.setdefault(actor, Counts()).add(counts)
        total.false_positives += s.false_positives
        total.false_negatives += s.false_negatives
    return total


# -- the systems ----------------------------------------------------------------------


def load_gold(paths: list[Path] | None = None) -> list[dict]:
    return goldio.load_gold(GOLD_DIR, paths)


def newslens_mentions(
    docs: list, golds: list[dict], aliases: str | None = None, drop: tuple[str, ...] = ()
) -> list[list[dict]]:
    from analysis.extractors.actors.extractor import resolver
    from analysis.text.actor_table import load_table

    res = resolver(load_table(aliases)) if not drop else _resolver_without(aliases, drop)
    return [
        [m.as_row() for m in res.mentions(doc, gold["name"])] for doc, gold in zip(docs, golds)
    ]


def _resolver_without(aliases: str | None, drop: tuple[str, ...]):
    """A resolver whose table has forgotten the named actors (an ablation: how much of
    the score do table entries buy, and does learning from the article take over?)."""
    from analysis.extractors.actors.resolve import Resolver
    from analysis.text.actor_table import build_table

    table = build_table(aliases)
    gone = {fold(name) for name in drop}
    table.entries = {a: e for a, e in table.entries.items() if fold(e.actor) not in gone}
    table.people = {n: p for n, p in table.people.items() if fold(n) not in gone}
    return Resolver(table)


def spacy_ner_mentions(docs: list) -> list[list[dict]]:
    from analysis.text.actor_table import load_table

    table = load_table()
    out = []
    for doc in docs:
        mentions = []
        for ent in doc.ents:
            span = ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent
            row = {"start": span.start_char, "end": span.end_char, "text": span.text}
            if ent.label_ in ("GPE", "NORP"):
                iso3 = table.lookup_country(span.text)
                if iso3 is None:
                    continue
                row.update(actor=table.country_name(iso3), actor_type="country", country=iso3)
            elif ent.label_ == "PERSON":
                row.update(actor=span.text, actor_type="person", country=None)
            elif ent.label_ == "ORG":
                row.update(actor=span.text, actor_type="organisation", country=None)
            else:
                continue
            mentions.append(row)
        out.append(mentions)
    return out


def parse(golds: list[dict]) -> list:
    from analysis.pipeline.model import load_model

    nlp = load_model()
    return list(nlp.pipe(g["text"] for g in golds))


def evaluate(
    paths: list[Path] | None = None, aliases: str | None = None, drop: tuple[str, ...] = ()
) -> dict[str, Score]:
    golds = load_gold(paths)
    docs = parse(golds)
    systems = {
        "newslens": newslens_mentions(docs, golds, aliases, drop),
        "spacy-ner": spacy_ner_mentions(docs),
    }
    results = {}
    for name, predictions in systems.items():
        scores = []
        for gold, predicted in zip(golds, predictions):
            s = score(gold["mentions"], predicted)
            for m in s.false_positives + s.false_negatives:
                m.setdefault("file", gold["name"])
            scores.append(s)
        results[name] = merge(scores)
    return results


def _row(label: str, a: Counts, b: Counts) -> str:
    def cells(c: Counts) -> str:
        return f"{c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:4d} {c.fp:4d} {c.fn:4d}"

    return f"{label[:34]:34s} | {cells(a)} | {cells(b)}"


def report(results: dict[str, Score], per_actor: bool = True, errors: bool = False) -> str:
    ours, base = results["newslens"], results["spacy-ner"]
    head = f"{'actor':34s} | {'newslens P     R      F1   tp   fp   fn':42s} | spaCy NER alone P/R/F1 tp fp fn"
    lines = [head, "-" * len(head)]
    if per_actor:
        gold_support = {a: c.tp + c.fn for a, c in ours.per_actor.items()}
        for actor in sorted(gold_support, key=lambda a: (-gold_support[a], a)):
            if gold_support[actor] == 0:
                continue
            lines.append(_row(actor, ours.per_actor[actor], base.per_actor.get(actor, Counts(fn=gold_support[actor]))))
        lines.append("-" * len(head))
    lines.append(_row("OVERALL (micro, mention level)", ours.overall, base.overall))
    if errors:
        lines.append("\nnewslens false positives:")
        lines += [f"  {m['file']}: {m['start']}-{m['end']} {m['text']!r} -> {m['actor']} ({m.get('country')}) [{m.get('method')}]" for m in ours.false_positives]
        lines.append("newslens false negatives:")
        lines += [f"  {m['file']}: {m['start']}-{m['end']} {m['text']!r} -> {m['actor']} ({m.get('country')})" for m in ours.false_negatives]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="*", type=Path, help="gold files (default: all)")
    parser.add_argument("--no-per-actor", action="store_true")
    parser.add_argument("--errors", action="store_true", help="list false positives and negatives")
    parser.add_argument("--aliases", help="user alias file passed to the extractor")
    parser.add_argument(
        "--drop", action="append", default=[], metavar="ACTOR",
        help="remove this actor's entries from the table first (repeatable; an ablation)",
    )
    parser.add_argument("--drop-people", action="store_true", help="remove every curated person (an ablation)")
    args = parser.parse_args(argv)
    drop = list(args.drop)
    if args.drop_people:
        from analysis.text.actor_table import build_table

        drop += sorted(build_table().people)
    results = evaluate(args.gold or None, args.aliases, tuple(drop))
    print(report(results, per_actor=not args.no_per_actor, errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
