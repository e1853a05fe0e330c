"""Committed notebooks carry no outputs, no execution counts and no volatile metadata.

Fix a failing notebook with ``python -m analysis.report.clean --fix analysis/notebooks/``.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from analysis.report import clean

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = sorted((ROOT / "analysis" / "notebooks").glob("*.ipynb")) + sorted((ROOT / "tests" / "fixtures" / "notebooks").glob("*.ipynb"))


def test_there_are_notebooks():
    assert (ROOT / "analysis" / "notebooks" / "01_corpus_overview.ipynb") in COMMITTED


@pytest.mark.parametrize("path", COMMITTED, ids=lambda p: p.name)
def test_committed_notebook_is_clean(path):
    assert clean.problems(path) == []


@pytest.mark.parametrize("path", sorted((ROOT / "analysis" / "notebooks").glob("*.ipynb")), ids=lambda p: p.name)
def test_notebook_parameters_cell_declares_the_runner_parameters_with_seeds_default(path):
    import papermill

    declared = papermill.inspect_notebook(str(path))
    assert {"corpus", "tables_dir"} <= set(declared)
    assert declared["corpus"]["default"].strip("\"'") == "seeds/"
    assert declared["tables_dir"]["default"] == "None"
    undocumented = [name for name, info in declared.items() if not info["help"]]
    assert not undocumented, f"document these parameters with a comment: {undocumented}"


def _dirty(tmp_path) -> Path:
    nb = nbformat.read(ROOT / "analysis" / "notebooks" / "01_corpus_overview.ipynb", as_version=4)
    code = next(c for c in nb.cells if c.cell_type == "code" and "parameters" not in c.metadata.get("tags", []))
    code.execution_count = 3
    code.outputs = [nbformat.v4.new_output("stream", text="hi\n")]
    code.metadata["execution"] = {"iopub.execute_input": "2026-01-04T09:00:00Z"}
    nb.metadata["papermill"] = {"duration": 1.0}
    nb.metadata["widgets"] = {}
    nb.metadata.setdefault("language_info", {})["version"] = "3.11.7"
    path = tmp_path / "dirty.ipynb"
    nbformat.write(nb, path)
    return path


def test_the_check_finds_outputs_counts_and_volatile_metadata(tmp_path):
    found = "\n".join(clean.problems(_dirty(tmp_path)))
    for expected in ("has 1 output(s)", "execution_count 3", "cell metadata 'execution'",
                     "notebook metadata 'papermill'", "notebook metadata 'widgets'", "language_info.version"):
        assert expected in found


def test_the_check_wants_a_parameters_cell_and_the_python3_kernel(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")])
    nb.metadata["kernelspec"] = {"name": "python2", "language": "python", "display_name": "Python 2"}
    path = tmp_path / "bare.ipynb"
    nbformat.write(nb, path)
    found = "\n".join(clean.problems(path))
    assert "expected one cell tagged 'parameters', found 0" in found
    assert "kernelspec name is 'python2'" in found


def test_fix_cleans_in_place_and_the_command_exits_accordingly(tmp_path):
    path = _dirty(tmp_path)
    assert clean.main(["--check", str(path)]) == 1
    assert clean.main(["--fix", str(path)]) == 0
    assert clean.problems(path) == []
    assert clean.main([str(tmp_path)]) == 0
