"""Report runs shared by the report and notebook tests (each runs once per pytest session).

Running the notebooks under papermill costs seconds per notebook, so the tests share
a handful of runs instead of starting their own: memoised here rather than as fixtures
because several test modules (``test_report.py``, ``test_html_safety.py``,
``test_notebook_*.py``) use them. :func:`execute` runs one notebook with other
parameters, as the runner would.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import shutil
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
MULTI = FIXTURES / "multi"
FIXTURE_NOTEBOOKS = FIXTURES / "notebooks"
# A parameter value that would run a shell command if papermill pasted it in as code.
_BASE = Path(tempfile.mkdtemp(prefix="newslens-report-tests-"))
atexit.register(shutil.rmtree, _BASE, ignore_errors=True)
PWNED = _BASE / "pwned"
PAYLOAD = f"\nimport os; os.system('touch {PWNED}')\n\"\"\"'''"


@dataclass(slots=True)
class Run:
    out: Path
    code: int
    stdout: str
    stderr: str

    @property
    def run_dir(self) -> Path:
        for line in self.stdout.splitlines():
            if line.startswith("report "):
                return self.out / line.split()[1].rstrip(":")
        raise AssertionError(f"no run in output: {self.stdout!r} {self.stderr!r}")


def cli(*args: str) -> tuple[int, str, str]:
    """``newslens ARGS`` in this process (the spaCy model stays loaded between runs)."""
    import logging

    from analysis.cli import main

    stdout, stderr = io.StringIO(), io.StringIO()
    # logging.basicConfig binds the first stderr it sees; log records are captured here.
    handler = logging.StreamHandler(stderr)
    handler.setFormatter(logging.Formatter("newslens: %(message)s"))
    handler.setLevel(logging.INFO)
    logging.getLogger().addHandler(handler)
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            code = main(list(args))
    finally:
        logging.getLogger().removeHandler(handler)
    return code, stdout.getvalue(), stderr.getvalue()


def report(out: Path, *args: str) -> Run:
    code, stdout, stderr = cli("report", "--out", str(out), *args)
    return Run(out, code, stdout, stderr)


def folder(name: str) -> Path:
    path = _BASE / name
    path.mkdir(exist_ok=True)
    return path


@lru_cache(maxsize=None)
def params_file() -> Path:
    path = folder("params") / "params.yaml"
    path.write_text("shared:\n  show_rows: 12\n01_corpus_overview:\n  time_unit: day\n", encoding="utf-8")
    return path


@lru_cache(maxsize=None)
def seeds_run() -> Run:
    """Every notebook of analysis/notebooks/ on seeds/, with a parameters file and a -p override."""
    return report(folder("seeds"), "seeds/", "--params", str(params_file()), "-p", "01_corpus_overview.top_sources=7")


@lru_cache(maxsize=None)
def seeds_rerun() -> Run:
    first = seeds_run()
    assert first.code == 0, first.stderr
    code, stdout, stderr = cli("report", "--rerun", str(first.run_dir / "manifest.json"))
    return Run(first.out, code, stdout, stderr)


@lru_cache(maxsize=None)
def multi_run() -> Run:
    """Every notebook on the multi-article fixture (a duplicate, two bad records, a hostile article)."""
    return report(folder("multi"), str(MULTI))


@lru_cache(maxsize=None)
def failing_run() -> tuple[Run, str | None, str | None]:
    """A notebook that raises beside one that echoes a hostile parameter; with latest before and after."""
    from analysis.report import publish

    first = seeds_run()
    before = publish.latest_run(first.out)
    run = report(
        first.out,
        str(MULTI),
        "--notebooks", str(FIXTURE_NOTEBOOKS / "raises.ipynb"), str(FIXTURE_NOTEBOOKS / "echo.ipynb"),
        "-p", f"message={PAYLOAD}",
    )
    return run, before, publish.latest_run(first.out)


def seeds_notebook(name: str):
    """Notebook ``name`` as the seeds run executed it (default parameters, tables of seeds/)."""
    import nbformat

    run = seeds_run()
    path = run.run_dir / f"{name}.ipynb"
    assert path.is_file(), run.stdout + run.stderr
    return nbformat.read(path, as_version=4)


def execute(notebook: Path, out: Path, **parameters):
    """Run ``notebook`` under papermill as the runner does (python3 kernel, repository root
    as working directory) and return the executed notebook."""
    import nbformat
    import papermill

    papermill.execute_notebook(
        str(notebook), str(out), parameters=parameters, kernel_name="python3", cwd=str(ROOT), progress_bar=False,
    )
    return nbformat.read(out, as_version=4)


def committed_parameters(notebook: Path) -> str:
    """The source of a committed notebook's parameters cell, after checking what every
    committed notebook must be: python3 kernel, no outputs, one tagged cell, first."""
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code)
    tagged = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and tagged[0] is code[0]
    return tagged[0].source


def parameter_names(source: str) -> set[str]:
    return {line.split("=")[0].strip() for line in source.splitlines() if "=" in line}


def outputs(nb) -> list:
    return [o for c in nb.cells for o in c.get("outputs", [])]


def outputs_text(nb) -> str:
    """Every text an executed notebook shows (streams, plain text, HTML and Markdown outputs)."""
    parts = []
    for output in outputs(nb):
        if output.get("output_type") == "stream":
            parts.append(output.text)
        for key in ("text/plain", "text/html", "text/markdown"):
            value = output.get("data", {}).get(key)
            if isinstance(value, str):
                parts.append(value)
    return "\n".join(parts)
