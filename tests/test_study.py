"""A researcher's first hour: newslens init, study-folder defaults, make lab's working
copies, --version, and relative corpus paths from any working directory."""

from __future__ import annotations

import hashlib
import json
import subprocess
import tomllib
from pathlib import Path

import nbformat
import pytest

from analysis import study
from analysis.commands import init_cmd
from analysis.report import clean
from tests import _report_runs as runs

ROOT = runs.ROOT
COMMITTED = sorted((ROOT / "analysis" / "notebooks").glob("*.ipynb"))


def _sha(paths) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def _as_jupyterlab_saves_it(path: Path, top_n: int) -> None:
    """What an edited parameter, "Run all" and autosave leave in a notebook file: the
    notebook executed in place in its own folder (JupyterLab's kernel working directory),
    with a changed default in its parameters cell, outputs and execution counts."""
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    cell = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    assert "\ntop_n = " in "\n" + cell.source
    cell.source = "\n".join(
        f"top_n = {top_n}  # edited in JupyterLab" if line.startswith("top_n =") else line
        for line in cell.source.split("\n")
    )
    NotebookClient(nb, kernel_name="python3", timeout=600, resources={"metadata": {"path": str(path.parent)}}).execute()
    nbformat.write(nb, path)
    assert clean.problems(path)  # a dirty notebook, as a session leaves it
    assert f"top_n = {top_n}" in path.read_text()


def test_the_example_article_shipped_in_the_package_is_the_seed():
    assert _sha(study.EXAMPLE.glob("*.txt")) == _sha(ROOT.joinpath("seeds").glob("*.txt"))
    assert study.CHECKOUT == ROOT
    assert [p.name for p in COMMITTED] == [
        "01_corpus_overview.ipynb", "02_actor_frequency.ipynb", "03_quote_attribution.ipynb", "04_oil_trade_figures.ipynb",
    ]


def test_the_package_data_covers_the_notebooks_and_the_example():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["analysis"]
    assert {"notebooks/*.ipynb", "notebooks/README.md", "examples/seeds/*.txt"} <= set(data)
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert any(d.startswith("jupyterlab") for d in deps)


def test_version_prints_the_distribution_version(capsys):
    from analysis.cli import main

    expected = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"newslens {expected}"


def test_init_writes_a_study_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, stdout, stderr = runs.cli("init", "study")
    assert code == 0, stderr
    target = tmp_path / "study"
    assert "cd study && newslens report" in stdout
    assert sorted(p.name for p in target.glob("*.ipynb")) == [p.name for p in COMMITTED]
    assert _sha((target / "corpus").iterdir()) == _sha(ROOT.joinpath("seeds").glob("*.txt"))
    assert (target / "reports").is_dir() and not any((target / "reports").iterdir())
    assert (target / study.MARKER).is_file() and (target / "README.md").is_file()
    for notebook in target.glob("*.ipynb"):
        assert clean.problems(notebook) == []  # working copies start clean
        declared = __import__("papermill").inspect_notebook(str(notebook))
        assert declared["corpus"]["default"] == '"corpus/"'
    # params.yaml: every parameter but the runner's, with the notebook's default and comment
    from analysis.report import params

    request = params.load_file(target / "params.yaml")
    for notebook in COMMITTED:
        declared = params.declared_parameters(notebook)
        expected = {k: v.default for k, v in declared.items() if k not in params.RUNNER_PARAMETERS}
        assert request.per_notebook[notebook.stem] == expected
    text = (target / "params.yaml").read_text()
    assert "  top_n: 15  # actors shown in each ranking and chart" in text
    # inside the folder the defaults are the study's
    monkeypatch.chdir(target)
    assert study.study_root() == target.resolve()
    assert study.default_corpus() == "corpus/"
    assert study.default_notebooks() == target.resolve()
    assert study.default_params() == str(target.resolve() / "params.yaml")
    monkeypatch.chdir(tmp_path)
    assert study.study_root() is None and study.default_corpus() == "seeds/"
    assert study.default_notebooks() == study.NOTEBOOKS


def test_init_refuses_a_non_empty_folder_or_a_file_unless_forced(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("mine")
    code, stdout, stderr = runs.cli("init", "busy")
    assert code == 2
    assert "init busy: the folder is not empty" in stderr and "--force" in stderr
    assert sorted(p.name for p in (tmp_path / "busy").iterdir()) == ["notes.txt"]
    (tmp_path / "afile").write_text("x")
    code, _, stderr = runs.cli("init", "afile")
    assert code == 2 and "a file of that name exists" in stderr
    code, _, stderr = runs.cli("init", "busy", "--force")
    assert code == 0, stderr
    assert (tmp_path / "busy" / "notes.txt").read_text() == "mine"
    assert (tmp_path / "busy" / "params.yaml").is_file()
    (tmp_path / "empty").mkdir()
    assert runs.cli("init", "empty")[0] == 0


def test_make_lab_working_copies_are_git_ignored_and_kept(tmp_path):
    folder = tmp_path / "notebooks"
    init_cmd.working_copies(folder)
    assert _sha(folder.glob("*.ipynb")) == _sha(COMMITTED)
    mine = folder / "02_actor_frequency.ipynb"
    mine.write_text(mine.read_text().replace("top_n = 15", "top_n = 4"))
    init_cmd.working_copies(folder)
    assert "top_n = 4" in mine.read_text()  # a researcher's working copy is never overwritten
    ignored = subprocess.run(
        ["git", "-C", str(ROOT), "check-ignore", "-q", "notebooks/02_actor_frequency.ipynb"], capture_output=True
    )
    if ignored.returncode == 128:
        pytest.skip("not a git checkout")
    assert ignored.returncode == 0, "make lab's notebooks/ must be git-ignored"
    assert "working_copies(\"notebooks\")" in (ROOT / "Makefile").read_text()


@pytest.mark.slow
def test_an_interactive_session_changes_neither_the_committed_notebooks_nor_the_report(tmp_path):
    """Item 2 of issue 14: the layout make lab gives (working copies in notebooks/), a
    session that ran every cell and saved an edited parameter there; the committed
    notebooks stay clean and byte-identical and the report runs with their defaults."""
    before = _sha(COMMITTED)
    folder = tmp_path / "notebooks"
    init_cmd.working_copies(folder)
    session = folder / "02_actor_frequency.ipynb"
    _as_jupyterlab_saves_it(session, top_n=3)
    assert _sha(COMMITTED) == before
    assert all(clean.problems(p) == [] for p in COMMITTED)
    run = runs.report(tmp_path / "reports", "seeds/", "--notebooks", "02_actor_frequency")
    assert run.code == 0, run.stderr
    manifest = json.loads((run.run_dir / "manifest.json").read_text())
    entry = manifest["notebooks"]["02_actor_frequency"]
    assert entry["source"] == "analysis/notebooks/02_actor_frequency.ipynb"
    assert entry["source_sha256"] == before["02_actor_frequency.ipynb"]
    assert "top_n" not in entry["parameters"]  # not injected: the notebook's default applies ...
    executed = nbformat.read(run.run_dir / "02_actor_frequency.ipynb", as_version=4)
    defaults = next(c for c in executed.cells if "parameters" in c.metadata.get("tags", []))
    assert "top_n = 15  #" in defaults.source and "top_n = 3" not in defaults.source  # ... the committed one


@pytest.mark.slow
def test_report_in_a_study_folder_runs_the_example_with_params_yaml(tmp_path, monkeypatch):
    """Inside a study folder, `newslens report` with no CORPUS reads corpus/ and params.yaml,
    so a working copy edited and saved in JupyterLab does not change the defaults it runs with."""
    monkeypatch.chdir(tmp_path)
    assert runs.cli("init", "study")[0] == 0
    monkeypatch.chdir(tmp_path / "study")
    _as_jupyterlab_saves_it(tmp_path / "study" / "02_actor_frequency.ipynb", top_n=3)
    code, stdout, stderr = runs.cli("report", "--notebooks", "02_actor_frequency", "01_corpus_overview", "--latest")
    assert code == 0, stderr
    run = runs.Run(tmp_path / "study" / "reports", code, stdout, stderr)
    manifest = json.loads((run.run_dir / "manifest.json").read_text())
    assert manifest["corpus"]["paths"] == ["corpus/"]
    assert manifest["corpus"]["articles"] == 1
    assert manifest["notebooks"]["02_actor_frequency"]["source"] == "02_actor_frequency.ipynb"
    assert manifest["notebooks"]["02_actor_frequency"]["parameters"]["top_n"] == 15
    assert (tmp_path / "study" / "reports" / "latest" / "index.html").is_file()


@pytest.mark.slow
def test_extract_corpus_resolves_a_relative_corpus_like_the_notebooks_do(tmp_path, monkeypatch):
    """README's "Reading tables in a notebook" snippet, run from notebooks/ (any folder
    without seeds/ in it): seeds/ is found under the repository root."""
    from analysis.query import extract_corpus, open_tables

    monkeypatch.chdir(tmp_path)
    assert not Path("seeds").exists()
    tables = open_tables(extract_corpus("seeds/"))
    assert len(tables.articles) == 1
    assert tables.articles.origin.iloc[0] == str(ROOT / "seeds" / "000_f8ade199434cd3de.txt")
    # inside a study folder, its own corpus/ is found from a subfolder too
    init_cmd.create_study(tmp_path / "study")
    (tmp_path / "study" / "scratch").mkdir()
    monkeypatch.chdir(tmp_path / "study" / "scratch")
    assert study.resolve_path("corpus/") == str((tmp_path / "study").resolve() / "corpus") + "/"
    assert len(open_tables(extract_corpus("corpus/")).articles) == 1
