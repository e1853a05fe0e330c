"""Score oil-trade figures against the hand-made gold (tests/gold/figures/*.json).

A predicted figure matches a gold one when their spans overlap and ``value`` (relative
tolerance 1e-6) and ``unit`` agree; each gold figure is matched at most once. Over the
matched figures the *tuple* score is the share whose ``exporter``, ``importer`` and
``source`` are all right (README.md). Period, qualifier, approximate, commodity,
``source_actor``, ``source_country`` and ``status`` are reported per field, unscored.

Two systems run over the same gold texts:

* ``newslens``: the actors extractor, then the figures extractor, on one parse;
* ``quantulum3``: ``quantulum3.parser.parse`` on each article's text, its units mapped
  to ours as well as they go (barrel per day -> barrels_per_day, tonne -> tonnes,
  dollar per barrel -> usd_per_barrel, cent -> usd/100, percentage -> percent, other
  currencies and volumes -> other; "1.3 million barrels" directly followed by "a day"
  is merged into one rate; dimensionless numbers, times and lengths are dropped). It
  knows nothing of exporters, importers or sources, so those are null. When it raises
  on an article (on current scikit-learn its unit disambiguation fails to unpickle its
  classifier), that article yields nothing and the crash is counted. The
  ``quantulum3/sentence`` row retries a crashed article sentence by sentence — what a
  user could do to salvage it — and counts the sentences that still crash.

Usage::

    .venv/bin/python -m tests.gold.score_figures [--errors] [--no-quantulum] [GOLD.json ...]
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from tests.gold import goldio
from tests.gold.goldio import fold

GOLD_DIR = Path(__file__).with_name("figures")
TUPLE_FIELDS = ("exporter", "importer", "source")
OTHER_FIELDS = ("period", "qualifier", "approximate", "commodity", "source_actor", "source_country", "status")


def same_value(a: float, b: float) -> bool:
    return math.isclose(float(a), float(b), rel_tol=1e-6)


def matches(gold: dict, predicted: dict) -> bool:
    overlap = min(gold["end"], predicted["end"]) - max(gold["start"], predicted["start"])
    return overlap > 0 and predicted["unit"] == gold["unit"] and same_value(gold["value"], predicted["value"])


@dataclass(slots=True)
class Score(goldio.PrecisionRecall):
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tuple_right: int = 0
    field_right: dict[str, int] = field(default_factory=dict)
    crashes: int = 0  # articles (or sentences) the system raised on
    false_positives: list[dict] = field(default_factory=list)
    false_negatives: list[dict] = field(default_factory=list)
    tuple_errors: list[tuple[dict, dict]] = field(default_factory=list)
    field_errors: list[tuple[str, dict, dict]] = field(default_factory=list)

    @property
    def tuple_accuracy(self) -> float:
        return self.tuple_right / self.tp if self.tp else 0.0

    def field_accuracy(self, name: str) -> float:
        return self.field_right.get(name, 0) / self.tp if self.tp else 0.0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.tuple_right += other.tuple_right
        self.crashes += other.crashes
        for name, count in other.field_right.items():
            self.field_right[name] = self.field_right.get(name, 0) + count
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives
        self.tuple_errors += other.tuple_errors
        self.field_errors += other.field_errors


def score(gold: list[dict], predicted: list[dict]) -> Score:
    """Match in text order, each gold figure at most once (first overlapping match wins)."""
    result = Score()
    unmatched = list(gold)
    for figure in sorted(predicted, key=lambda f: (f["start"], f["end"])):
        partner = next((g for g in unmatched if matches(g, figure)), None)
        if partner is None:
            result.fp += 1
            result.false_positives.append(figure)
            continue
        unmatched.remove(partner)
        result.tp += 1
        if all(fold(partner.get(k)) == fold(figure.get(k)) for k in TUPLE_FIELDS):
            result.tuple_right += 1
        else:
            result.tuple_errors.append((partner, figure))
        for name in TUPLE_FIELDS + OTHER_FIELDS:
            if fold(partner.get(name)) == fold(figure.get(name)):
                result.field_right[name] = result.field_right.get(name, 0) + 1
            elif name in OTHER_FIELDS:
                result.field_errors.append((name, partner, figure))
    result.fn = len(unmatched)
    result.false_negatives = unmatched
    return result


# -- the systems ----------------------------------------------------------------------


def load_gold(paths: list[Path] | None = None) -> list[dict]:
    return goldio.load_gold(GOLD_DIR, paths)


def article_of(gold: dict):
    from corpus.article import Article

    published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
    return Article(article_id=gold["name"], text=gold["text"], title=gold.get("title"), source=gold.get("source"), published=published)


def parse(golds: list[dict]) -> list:
    from analysis.pipeline.model import load_model

    return list(load_model().pipe(g["text"] for g in golds))


def newslens_figures(docs: list, golds: list[dict]) -> list[list[dict]]:
    """The registered extractors, as the engine runs them (actors first, same Doc)."""
    from analysis.pipeline import builtin  # noqa: F401  (registers the built-in extractors)
    from analysis.pipeline.registry import build
    from analysis.text.actor_table import load_table
    from analysis.text.context import ExtractionContext

    extractors = build(["figures"])
    out = []
    for doc, gold in zip(docs, golds):
        context = ExtractionContext(article=article_of(gold), doc=doc, actor_table=load_table())
        for spec, run in extractors:
            context.results[spec.name] = list(run(context))
        out.append([f.as_row() for f in context.results["figures"]])
    return out


# quantulum3 unit name -> (our unit, factor). Entities not listed are dropped.
_QUANTULUM_UNITS = {
    "barrel per day": ("barrels_per_day", 1.0),
    "barrel": ("barrels", 1.0),
    "tonne": ("tonnes", 1.0),
    "metric ton": ("tonnes", 1.0),
    "ton": ("tonnes", 1.0),
    "short ton": ("tonnes", 1.0),
    "megaton": ("tonnes", 1.0),  # its reading of "mt"; the value it gives is the tonnage
    "tonne per year": ("tonnes_per_year", 1.0),
    "cubic metre per day": ("cubic_metres_per_day", 1.0),
    "cubic metre": ("other", 1.0),
    "percentage": ("percent", 1.0),
    "per cent": ("percent", 1.0),
    "dollar": ("usd", 1.0),
    "united states dollar": ("usd", 1.0),
    "dollar per barrel": ("usd_per_barrel", 1.0),
    "cent": ("usd", 0.01),
}
_QUANTULUM_OTHER_ENTITIES = {"currency", "volume", "mass", "volumetric flow", "mass flow"}
_RATE = {("barrels", "day"): "barrels_per_day", ("tonnes", "year"): "tonnes_per_year", ("usd", "barrel"): "usd_per_barrel"}


def _quantulum_rows(quantities, offset: int = 0) -> list[dict]:
    rows: list[dict] = []
    for quantity in quantities:
        name, entity = quantity.unit.name, quantity.unit.entity.name
        start, end = quantity.span[0] + offset, quantity.span[1] + offset
        if rows and entity in ("time", "volume") and quantity.value == 1 and start - rows[-1]["end"] <= 1:
            # "1.3 million barrels" + "a day" -> one rate; "27 cents" + "a barrel" -> a price.
            per = {"day": "day", "year": "year", "barrel": "barrel"}.get(name)
            rate = _RATE.get((rows[-1]["unit"], per))
            if rate:
                rows[-1].update(unit=rate, end=end)
                continue
        if name in _QUANTULUM_UNITS:
            unit, factor = _QUANTULUM_UNITS[name]
        elif entity in _QUANTULUM_OTHER_ENTITIES:
            unit, factor = "other", 1.0
        else:
            continue
        rows.append(
            {"start": start, "end": end, "text": quantity.surface, "value": quantity.value * factor, "unit": unit,
             "exporter": None, "importer": None, "source": None, "period": None, "qualifier": None,
             "approximate": None, "commodity": None}
        )
    return rows


def quantulum_figures(golds: list[dict], docs: list | None = None) -> tuple[list[list[dict]], int, list[list[dict]], int]:
    """(per-article rows, articles crashed, per-sentence-retry rows, sentences crashed)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        per_article, per_sentence = [], []
        article_crashes = sentence_crashes = 0
        for index, gold in enumerate(golds):
            try:
                rows = _quantulum_rows(parser.parse(gold["text"]))
            except Exception:  # noqa: BLE001  (counting its crashes is the point)
                article_crashes += 1
                per_article.append([])
                retry = []
                sentences = docs[index].sents if docs is not None else []
                for sentence in sentences:
                    try:
                        retry += _quantulum_rows(parser.parse(sentence.text), sentence.start_char)
                    except Exception:  # noqa: BLE001
                        sentence_crashes += 1
                per_sentence.append(retry)
                continue
            per_article.append(rows)
            per_sentence.append(rows)
    return per_article, article_crashes, per_sentence, sentence_crashes


def quantulum_figures_without_classifier(golds: list[dict]) -> tuple[list[list[dict]], int]:
    """quantulum3 with its classifier switched off — how it runs where scikit-learn is not
    installed (its documented fallback: dictionary disambiguation)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import classifier, parser

        saved = classifier.USE_CLF
        classifier.USE_CLF = False
        try:
            rows, crashes = [], 0
            for gold in golds:
                try:
                    rows.append(_quantulum_rows(parser.parse(gold["text"])))
                except Exception:  # noqa: BLE001
                    crashes += 1
                    rows.append([])
        finally:
            classifier.USE_CLF = saved
    return rows, crashes


def evaluate(paths: list[Path] | None = None, quantulum: bool = True) -> dict[str, Score]:
    golds = load_gold(paths)
    docs = parse(golds)
    systems: dict[str, tuple[list[list[dict]], int]] = {"newslens": (newslens_figures(docs, golds), 0)}
    if quantulum:
        per_article, article_crashes, per_sentence, sentence_crashes = quantulum_figures(golds, docs)
        systems["quantulum3"] = (per_article, article_crashes)
        systems["quantulum3/sentence"] = (per_sentence, sentence_crashes)
        systems["quantulum3/no-clf"] = quantulum_figures_without_classifier(golds)
    results = {}
    for name, (predictions, crashes) in systems.items():
        total = Score(crashes=crashes)
        for gold, predicted in zip(golds, predictions):
            s = score(gold["figures"], predicted)
            for record in s.false_positives + s.false_negatives:
                record.setdefault("file", gold["name"])
            for pair in s.tuple_errors:
                pair[0].setdefault("file", gold["name"])
            for _, g, _ in s.field_errors:
                g.setdefault("file", gold["name"])
            total.add(s)
        results[name] = total
    return results


def report(results: dict[str, Score], errors: bool = False) -> str:
    head = f"{'system':20s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>4s} {'fp':>4s} {'fn':>4s} {'tuple':>6s} {'crashes':>8s}"
    lines = [head, "-" * len(head)]
    for name, s in results.items():
        lines.append(
            f"{name:20s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:4d} {s.fp:4d} {s.fn:4d} "
            f"{s.tuple_accuracy:6.3f} {s.crashes:8d}"
        )
    ours = results["newslens"]
    fields = "  ".join(f"{name} {ours.field_accuracy(name):.3f}" for name in TUPLE_FIELDS + OTHER_FIELDS)
    lines.append(f"\nnewslens per field over matched figures: {fields}")
    if "quantulum3" in results:
        lines.append(
            "quantulum3 crashes: articles it raised on (those yield nothing); quantulum3/sentence: "
            "sentences still raising after a per-sentence retry; quantulum3/no-clf: its classifier "
            "switched off (as without scikit-learn). It has no exporter, importer or source, so its "
            "tuple is right only where the gold's are all null."
        )
    if errors:
        lines.append("\nnewslens false positives:")
        lines += [f"  {f['file']}: {f['start']}-{f['end']} {f['text']!r} {f['value']} {f['unit']}" for f in ours.false_positives]
        lines.append("newslens false negatives:")
        lines += [f"  {f['file']}: {f['start']}-{f['end']} {f['text']!r} {f['value']} {f['unit']}" for f in ours.false_negatives]
        lines.append("newslens tuple errors (gold -> predicted exporter/importer/source):")
        lines += [
            f"  {g['file']}: {g['text']!r}: {g['exporter']}/{g['importer']}/{g['source']} -> "
            f"{p['exporter']}/{p['importer']}/{p['source']}"
            for g, p in ours.tuple_errors
        ]
        lines.append("newslens other field errors (unscored; gold -> predicted):")
        lines += [f"  {g['file']}: {g['text']!r} {name}: {g.get(name)!r} -> {p.get(name)!r}" for name, g, p in ours.field_errors]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="*", type=Path, help="gold files (default: all)")
    parser.add_argument("--errors", action="store_true", help="list false positives/negatives and tuple errors")
    parser.add_argument("--no-quantulum", action="store_true", help="score newslens only")
    args = parser.parse_args(argv)
    results = evaluate(args.gold or None, quantulum=not args.no_quantulum)
    print(report(results, errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
