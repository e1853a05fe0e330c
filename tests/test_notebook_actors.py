"""Notebook 02 (actor frequency): committed clean, runs under papermill on seeds/ and
shows the rankings, charts, the mentions with their sentences and the findings."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from tests import _report_runs as runs

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "analysis" / "notebooks" / "02_actor_frequency.ipynb"
PARAMETERS = {
    "corpus", "tables_dir", "top_n", "actor_types", "group_by", "date_from", "date_to",
    "min_mentions", "aliases", "count_duplicates",
}


def test_committed_notebook_is_clean_and_parameterised():
    assert PARAMETERS <= runs.parameter_names(runs.committed_parameters(NOTEBOOK))
    code = [c for c in nbformat.read(NOTEBOOK, as_version=4).cells if c.cell_type == "code"]
    body = "\n".join(c.source for c in code[1:])  # after the parameters cell
    assert "open_report_tables" in body and "analysis.views import frequencies" in body


@pytest.fixture(scope="module")
def executed():
    return runs.seeds_notebook(NOTEBOOK.stem)


@pytest.mark.slow
def test_notebook_runs_on_seeds(executed):
    errors = [o for o in runs.outputs(executed) if o.get("output_type") == "error"]
    assert not errors, errors
    text = runs.outputs_text(executed)
    # The seed names Venezuela most (Maduro, Caracas, its government), then Russia.
    assert "Venezuela is the state the coverage is most about: 18 mentions" in text
    assert "next comes Russia (14)" in text.replace("\\", "")
    for expected in ("Nicolás Maduro", "Sergey Lavrov", "Zhu Jingyang", "Russian Foreign Ministry",
                     "Reuters", "Chinese officials", "Findings"):
        assert expected in text, expected
    images = [o for o in runs.outputs(executed) if "image/png" in o.get("data", {})]
    assert len(images) >= 5  # states, people, organisations, coverage, heatmap, network


@pytest.mark.slow
def test_notebook_takes_a_users_alias_file(tmp_path):
    aliases = tmp_path / "aliases.csv"
    # A user decides the Kremlin is its own actor, and keeps only organisations.
    aliases.write_text("alias,actor,actor_type,country\nKremlin,Kremlin,organisation,RUS\n", encoding="utf-8")
    nb = runs.execute(NOTEBOOK, tmp_path / "02.ipynb", corpus="seeds/", aliases=str(aliases), actor_types=["organisation"])
    errors = [o for o in runs.outputs(nb) if o.get("output_type") == "error"]
    assert not errors, errors
    text = runs.outputs_text(nb)
    assert "alias-file" in text and "Kremlin" in text
    assert "Nicolás Maduro" not in text  # people filtered out by actor_types
