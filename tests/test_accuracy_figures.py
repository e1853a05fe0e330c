"""Oil-trade figures against the hand-made gold (tests/gold/figures): regression floors.

Measured with ``.venv/bin/python -m tests.gold.score_figures``: value+unit F1 1.000 and
tuple (exporter, importer, source all right) 0.969 over 128 figures in 12 articles; the
issue's targets are 0.95 and 0.85. The floors sit a little below the measurement so a
new gold article that finds new errors fails loudly only when it really lowers the score.
The rules were written while reading this gold, so these numbers are in-sample.
"""

from __future__ import annotations

import pytest

from tests.gold import score_figures

F1_FLOOR = 0.97  # measured 1.000; target 0.95
TUPLE_FLOOR = 0.92  # measured 0.969; target 0.85
PER_FILE_F1_FLOOR = 0.90


@pytest.fixture(scope="module")
def results(nlp):  # noqa: ARG001  (the session fixture loads the model once)
    return score_figures.evaluate()


def test_gold_files_are_there():
    golds = score_figures.load_gold()
    assert "seed" in {g["name"] for g in golds}
    assert len(golds) >= 9  # the seed and at least eight articles about oil trade
    for gold in golds:
        for figure in gold["figures"]:
            assert gold["text"][figure["start"] : figure["end"]] == figure["text"], (gold["name"], figure)


@pytest.mark.slow
def test_value_and_unit_f1_floor(results):
    ours = results["newslens"]
    assert ours.f1 >= F1_FLOOR, score_figures.report(results, errors=True)


@pytest.mark.slow
def test_tuple_accuracy_floor(results):
    ours = results["newslens"]
    assert ours.tuple_accuracy >= TUPLE_FLOOR, score_figures.report(results, errors=True)


@pytest.mark.slow
def test_side_by_side_with_quantulum3(results):
    ours = results["newslens"]
    for name in ("quantulum3", "quantulum3/sentence", "quantulum3/no-clf"):
        assert name in results
        assert ours.f1 > results[name].f1 + 0.2, score_figures.report(results)
    assert ours.tuple_accuracy > results["quantulum3/no-clf"].tuple_accuracy


@pytest.mark.slow
def test_every_article_is_handled(nlp):
    from analysis.pipeline import builtin  # noqa: F401  (registers the built-in extractors)
    from analysis.pipeline.registry import build
    from analysis.text.actor_table import load_table
    from analysis.text.context import ExtractionContext

    extractors = build(["figures"])
    for gold in score_figures.load_gold():
        context = ExtractionContext(article=score_figures.article_of(gold), doc=nlp(gold["text"]), actor_table=load_table())
        for spec, run in extractors:
            context.results[spec.name] = list(run(context))
        predicted = [f.as_row() for f in context.results["figures"]]
        s = score_figures.score(gold["figures"], predicted)
        assert s.f1 >= PER_FILE_F1_FLOOR, (gold["name"], s.false_positives, s.false_negatives)


def test_scorer_counts():
    gold = [
        {"start": 10, "end": 33, "value": 746000, "unit": "barrels_per_day", "exporter": "VEN", "importer": "CHN", "source": "Reuters"},
        {"start": 60, "end": 63, "value": 80, "unit": "percent", "exporter": "VEN", "importer": "CHN", "source": "Reuters"},
        {"start": 90, "end": 100, "value": 66.666667, "unit": "percent", "exporter": None, "importer": None, "source": None},
    ]
    predicted = [
        {"start": 10, "end": 20, "value": 746000.0, "unit": "barrels_per_day", "exporter": "VEN", "importer": "CHN", "source": "reuters"},
        {"start": 60, "end": 63, "value": 80.0, "unit": "percent", "exporter": "VEN", "importer": None, "source": "Reuters"},
        {"start": 90, "end": 100, "value": 200 / 3, "unit": "percent", "exporter": None, "importer": None, "source": None},
        {"start": 200, "end": 210, "value": 5.0, "unit": "percent", "exporter": None, "importer": None, "source": None},
    ]
    s = score_figures.score(gold, predicted)
    assert (s.tp, s.fp, s.fn) == (3, 1, 0)  # overlap suffices; 66.666667 vs 200/3 within 1e-6
    assert s.tuple_right == 2  # the share lost its importer
    wrong_unit = [dict(predicted[0], unit="barrels")]
    assert (score_figures.score(gold, wrong_unit).tp, score_figures.score(gold, wrong_unit).fn) == (0, 3)
    wrong_value = [dict(predicted[0], value=746001.0)]
    assert score_figures.score(gold, wrong_value).tp == 0
    assert score_figures.score([], []).f1 == 0.0


def test_quantulum_units_are_mapped_and_rates_merged():
    class Unit:
        def __init__(self, name, entity):
            self.name = name
            self.entity = type("Entity", (), {"name": entity})()

    class Quantity:
        def __init__(self, surface, value, unit, entity, span):
            self.surface, self.value, self.span = surface, value, span
            self.unit = Unit(unit, entity)

    rows = score_figures._quantulum_rows(
        [
            Quantity("1.3 million barrels", 1.3e6, "barrel", "volume", (0, 19)),
            Quantity("a day", 1, "day", "time", (20, 25)),
            Quantity("27 cents", 27, "cent", "currency", (30, 38)),
            Quantity("a barrel", 1, "barrel", "volume", (39, 47)),
            Quantity("6", 6, "dimensionless", "dimensionless", (50, 51)),
            Quantity("80%", 80, "percentage", "dimensionless", (55, 58)),
        ]
    )
    assert [(r["value"], r["unit"], r["end"]) for r in rows] == [
        (1.3e6, "barrels_per_day", 25),
        (pytest.approx(0.27), "usd_per_barrel", 47),
        (80, "percent", 58),
    ]
