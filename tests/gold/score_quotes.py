"""Score quote attribution against the hand-made gold (tests/gold/quotes/*.json).

Matching (README.md): a predicted quote matches a gold quote when their word sets
overlap at F ≥ 0.8; pairs are assigned one-to-one, best overlap first. Reported:

* quote precision / recall / F1 (and recall per gold ``kind``);
* speaker accuracy: ``speaker`` compared case-insensitively, over the matched gold
  quotes (README) and over all gold quotes (an unmatched quote counts as wrong);
* for newslens also kind, cue and speaker_actor/speaker_country agreement over matched
  quotes.

Two systems run on the same parsed gold texts:

* ``newslens``: :func:`analysis.extractors.quotes.extractor.extract_quotes` with the actor
  mentions of :mod:`analysis.extractors.actors` (the engine's order);
* ``textacy``: ``textacy.extract.triples.direct_quotations``; its content span loses
  the quote marks and its speaker is its tokens joined. It raises ``ValueError`` on a
  document with an odd number of quote-mark tokens: such an article counts as
  producing **nothing** (its gold quotes all become misses), and is listed.

Usage::

    .venv/bin/python -m tests.gold.score_quotes [--errors] [--json] [GOLD.json ...]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from tests.gold import goldio
from tests.gold.goldio import fold

GOLD_DIR = Path(__file__).with_name("quotes")
MATCH_F = 0.8
_WORD = re.compile(r"\w+")
_MARKS = "“”„‟«»\"'‘’‚‛ "


def words(text: str) -> set[str]:
    return set(_WORD.findall(fold(text)))


def overlap_f(a: str, b: str) -> float:
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    common = len(wa & wb)
    return 2 * common / (len(wa) + len(wb))


def match(gold: list[dict], predicted: list[dict]) -> list[tuple[int, int, float]]:
    """One-to-one (gold index, predicted index, F) pairs with F ≥ 0.8, best first."""
    pairs = []
    for g, gq in enumerate(gold):
        for p, pq in enumerate(predicted):
            f = overlap_f(gq["text"], pq["text"])
            if f >= MATCH_F:
                pairs.append((f, g, p))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g, used_p, result = set(), set(), []
    for f, g, p in pairs:
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            result.append((g, p, f))
    return sorted(result)


@dataclass(slots=True)
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_right: int = 0
    kind_right: int = 0
    cue_right: int = 0
    actor_right: int = 0
    country_right: int = 0
    cue_scored: int = 0
    actor_scored: int = 0
    by_kind: dict = field(default_factory=dict)  # kind -> [gold, matched]
    failed_articles: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return goldio.f_measure(self.precision, self.recall)

    @property
    def speaker_accuracy(self) -> float:
        """Over matched gold quotes (README.md)."""
        return self.speaker_right / self.matched if self.matched else 0.0

    @property
    def speaker_accuracy_all(self) -> float:
        """Over all gold quotes: a missed quote has no speaker, so it counts as wrong."""
        return self.speaker_right / self.gold if self.gold else 0.0

    def summary(self) -> dict:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "speaker_accuracy_all_gold": round(self.speaker_accuracy_all, 4),
            "kind_accuracy": round(self.kind_right / self.matched, 4) if self.matched else 0.0,
            "cue_accuracy": round(self.cue_right / self.cue_scored, 4) if self.cue_scored else None,
            "actor_accuracy": round(self.actor_right / self.actor_scored, 4) if self.actor_scored else None,
            "country_accuracy": round(self.country_right / self.actor_scored, 4) if self.actor_scored else None,
            "recall_by_kind": {k: round(m / g, 4) if g else 0.0 for k, (g, m) in sorted(self.by_kind.items())},
            "articles_failed": list(self.failed_articles),
        }


def score_article(name: str, gold: list[dict], predicted: list[dict] | None, tally: Tally) -> None:
    """Add one article to ``tally``; ``predicted is None`` means the system failed on it."""
    tally.gold += len(gold)
    for q in gold:
        tally.by_kind.setdefault(q["kind"], [0, 0])[0] += 1
    if predicted is None:
        tally.failed_articles.append(name)
        tally.errors += [{"article": name, "type": "missed", "gold": q["text"]} for q in gold]
        return
    tally.predicted += len(predicted)
    pairs = match(gold, predicted)
    tally.matched += len(pairs)
    matched_g = {g for g, _, _ in pairs}
    matched_p = {p for _, p, _ in pairs}
    for g, p, _ in pairs:
        gq, pq = gold[g], predicted[p]
        tally.by_kind[gq["kind"]][1] += 1
        if fold(gq["speaker"]) == fold(pq.get("speaker")):
            tally.speaker_right += 1
        else:
            tally.errors.append(
                {"article": name, "type": "speaker", "gold": gq["speaker"], "predicted": pq.get("speaker"), "text": gq["text"][:60]}
            )
        tally.kind_right += gq["kind"] == pq.get("kind")
        if "cue" in gq:  # gold written without cues or actors is not scored on them
            tally.cue_scored += 1
            tally.cue_right += (gq.get("cue") or None) == (pq.get("cue") or None)
        if "speaker_actor" in gq:
            tally.actor_scored += 1
            tally.actor_right += fold(gq.get("speaker_actor")) == fold(pq.get("speaker_actor"))
            tally.country_right += (gq.get("speaker_country") or None) == (pq.get("speaker_country") or None)
        if gq["kind"] != pq.get("kind"):
            tally.errors.append({"article": name, "type": "kind", "gold": gq["kind"], "predicted": pq.get("kind"), "text": gq["text"][:60]})
    for g, gq in enumerate(gold):
        if g not in matched_g:
            tally.errors.append({"article": name, "type": "missed", "gold": gq["text"]})
    for p, pq in enumerate(predicted):
        if p not in matched_p:
            tally.errors.append({"article": name, "type": "spurious", "predicted": pq["text"], "speaker": pq.get("speaker")})


def load_gold(paths: list[Path] | None = None) -> list[dict]:
    return goldio.load_gold(GOLD_DIR, paths)


# -- systems -----------------------------------------------------------------
def newslens_system(doc, name: str) -> list[dict]:
    from analysis.extractors.quotes.extractor import extract_quotes

    from analysis.text.actor_table import load_table

    mentions = _actor_mentions(doc, name)
    return [q.as_row() for q in extract_quotes(doc, name, mentions, actor_table=load_table())]


def _actor_mentions(doc, name: str) -> list:
    try:
        from analysis.extractors.actors.extractor import resolver
    except ImportError:  # the actors extractor is optional for scoring speakers
        return []
    from analysis.text.actor_table import load_table

    return list(resolver(load_table()).mentions(doc, name))


def textacy_system(doc, name: str) -> list[dict] | None:
    """textacy's direct quotations as rows; ``None`` when it refuses the document."""
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # odd number of quote marks: textacy bails out on the whole doc
        return None
    rows = []
    for speaker, cue, content in triples:
        text = content.text.strip(_MARKS)
        rows.append(
            {
                "text": text,
                "speaker": " ".join(t.text for t in speaker),
                "cue": " ".join(t.lemma_ for t in cue),
                "kind": "direct",
            }
        )
    return rows


SYSTEMS: dict[str, Callable] = {"newslens": newslens_system, "textacy": textacy_system}


def evaluate(gold_docs: list[dict] | None = None, systems: dict[str, Callable] | None = None, nlp=None) -> dict[str, Tally]:
    """Parse each gold text once and score every system on the same Doc."""
    from analysis.pipeline.model import load_model

    gold_docs = gold_docs if gold_docs is not None else load_gold()
    systems = systems or SYSTEMS
    nlp = nlp or load_model()
    tallies = {name: Tally() for name in systems}
    docs = nlp.pipe(g["text"] for g in gold_docs)
    for gold, doc in zip(gold_docs, docs):
        for system, run in systems.items():
            score_article(gold["name"], gold["quotes"], run(doc, gold["name"]), tallies[system])
    return tallies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", nargs="*", type=Path, help="gold files (default: all of tests/gold/quotes)")
    parser.add_argument("--errors", action="store_true", help="list every miss, spurious quote and wrong speaker")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    gold_docs = load_gold(args.gold or None)
    tallies = evaluate(gold_docs)
    if args.json:
        print(json.dumps({name: t.summary() for name, t in tallies.items()}, indent=2))
    else:
        print(f"{len(gold_docs)} gold articles, {tallies['newslens'].gold} gold quotes")
        header = f"{'system':10} {'pred':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6} {'spk(m)':>7} {'spk(all)':>8}"
        print(header)
        for name, t in tallies.items():
            print(
                f"{name:10} {t.predicted:5d} {t.matched:5d} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f}"
                f" {t.speaker_accuracy:7.3f} {t.speaker_accuracy_all:8.3f}"
            )
        for name, t in tallies.items():
            s = t.summary()
            print(
                f"{name}: recall by kind {s['recall_by_kind']}; kind {s['kind_accuracy']:.3f} cue {s['cue_accuracy']}"
                f" actor {s['actor_accuracy']} country {s['country_accuracy']}"
            )
            if t.failed_articles:
                print(f"{name}: raised on {len(t.failed_articles)} article(s), counted as producing nothing: {', '.join(t.failed_articles)}")
        print("spk(m): speaker accuracy over matched gold quotes; spk(all): over all gold quotes")
    if args.errors:
        for name, t in tallies.items():
            print(f"\n== {name} errors")
            for e in t.errors:
                print("  " + json.dumps(e, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
