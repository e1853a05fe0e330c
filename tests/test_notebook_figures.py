"""Notebook 04 (oil-trade figures): committed clean and parameterised, runs under
papermill on seeds/ and shows provenance, flows, time, shares, conflicts and findings;
on seeds/ plus the multi-article fixture it flags the conflicting Venezuela -> China
November volumes (746,000 bpd in the seed against 600,000 bpd in fixture m1)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests import _report_runs as runs

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "analysis" / "notebooks" / "04_oil_trade_figures.ipynb"
MULTI = ROOT / "tests" / "fixtures" / "multi" / "articles.jsonl"


def test_committed_notebook_is_clean_and_parameterised():
    defaults = {}
    for line in runs.committed_parameters(NOTEBOOK).splitlines():
        name, _, rest = line.partition("=")
        assert "#" in rest, f"undocumented parameter: {line}"
        defaults[name.strip()] = ast.literal_eval(rest.split("  #")[0].strip())
    assert defaults["corpus"] == "seeds/" and defaults["tables_dir"] is None
    assert defaults["commodity"] is None and defaults["exporters"] is None and defaults["importers"] is None
    assert defaults["unit"] == "barrels_per_day"
    assert defaults["conversions"] == {"barrels_per_tonne_crude": 7.33}


@pytest.fixture(scope="module")
def executed():
    return runs.seeds_notebook(NOTEBOOK.stem)


def _last_markdown(nb) -> str:
    outputs = [o for c in nb.cells for o in c.get("outputs", []) if "text/markdown" in o.get("data", {})]
    return outputs[-1]["data"]["text/markdown"]


@pytest.mark.slow
def test_notebook_runs_on_seeds_and_shows_the_figures(executed):
    errors = [o for c in executed.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, errors
    text = runs.outputs_text(executed)
    for expected in ("746,000 barrels per day", "80%", "Venezuela", "China", "2025-11", "Reuters", "Beijing received about"):
        assert expected in text, expected
    findings = _last_markdown(executed)
    assert "2 energy\\-trade figures in 1 of 1 article" in findings
    assert "Venezuela → China: 746,000 \\(2025\\-11, source: Reuters\\)" in findings
    assert "No flow is reported with conflicting values" in findings
    images = [o for c in executed.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(images) >= 3  # flows, time, shares


@pytest.mark.slow
def test_notebook_flags_conflicting_values_across_articles(tmp_path_factory, executed):
    from analysis.query import extract_corpus

    tmp = tmp_path_factory.mktemp("nb04multi")
    tables = extract_corpus([str(ROOT / "seeds"), str(MULTI)], out=tmp / "tables")
    nb = runs.execute(NOTEBOOK, tmp / "04.ipynb", tables_dir=str(tables))
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, errors
    findings = _last_markdown(nb)
    assert "conflicting values across articles" in findings
    assert "600,000, 746,000 barrels per day" in findings
    assert findings != _last_markdown(executed)  # written from the data, not boilerplate
