"""Notebook 02 (actor frequency): committed clean, runs under papermill on seeds/ and
shows the rankings, charts, the mentions with their sentences and the findings."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from tests import _report_runs as runs

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "02_actor_frequency.ipynb"
PARAMETERS = {
    "corpus", "tables_dir", "top_n", "actor_types", "group_by", "date_from", "date_to",
    "min_mentions", "aliases", "count_duplicates",
}


def test_committed_notebook_is_clean_and_parameterised():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code)
    tagged = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and tagged[0] is code[0]
    names = {line.split("=")[0].strip() for line in tagged[0].source.splitlines() if "=" in line}
    assert PARAMETERS <= names
    body = "\n".join(c.source for c in code[1:])
    assert "open_report_tables" in body and "analysis import frequencies" in body


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
