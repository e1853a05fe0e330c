"""The kit pip-installed, outside any checkout: a wheel of the checkout under test in a
fresh venv, `newslens init study && cd study && newslens report` in an empty folder.

Shortcut, to keep this at a minute or two and off the network for the dependencies: the
fresh venv gets only the newslens wheel (``pip install --no-deps``) and a ``.pth`` file
naming the site-packages of the interpreter running the tests, so the already-installed
dependencies (spaCy and its model, papermill, ipykernel …) are importable. A ``.pth``
adds that folder at the end of ``sys.path`` and does not process the ``.pth`` files in
it, so a newslens installed there in editable mode never shadows the wheel — the test
checks that ``analysis`` is imported from the venv. The same dependencies' data files
(nbconvert's templates, kernel specs) live under that interpreter's ``share/jupyter``,
named by ``JUPYTER_PATH``. Building the wheel uses pip's build
isolation (it fetches setuptools from the package index, as any ``pip wheel`` does).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted(p.stem for p in (ROOT / "analysis" / "notebooks").glob("*.ipynb"))
# What a source tree holds that is not source: never copied into the build.
NOT_SOURCE = {".git", ".venv", "build", "reports", "notebooks", ".pytest_cache", ".hypothesis"}

pytestmark = pytest.mark.slow


def _copy_source(dest: Path) -> Path:
    """The checkout under test without its run state (a stale build/ would leak into the wheel)."""

    def ignore(folder: str, names: list[str]) -> set[str]:
        top = Path(folder).resolve() == ROOT
        return {n for n in names if (top and n in NOT_SOURCE) or n == "__pycache__" or n.endswith(".egg-info")}

    shutil.copytree(ROOT, dest, ignore=ignore, symlinks=True)
    return dest


def _run(args, cwd, env, timeout=900) -> subprocess.CompletedProcess:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{args}: exit {done.returncode}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    base = tmp_path_factory.mktemp("installed")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    source = _copy_source(base / "src")
    wheels = base / "wheels"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", str(source), "-w", str(wheels)], base, env)
    (wheel,) = wheels.glob("newslens-*.whl")
    venv = base / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], base, env)
    python = venv / "bin" / "python"
    purelib = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                        base, env).stdout.strip())
    (purelib / "newslens-test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--quiet", str(wheel)], base, env)
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env["JUPYTER_PATH"] = os.pathsep.join(
        p for p in (str(Path(sys.prefix) / "share" / "jupyter"), env.get("JUPYTER_PATH")) if p
    )
    return {"wheel": wheel, "venv": venv, "python": python, "env": env, "base": base}


def test_the_wheel_holds_the_notebooks_templates_and_the_example(installed):
    names = set(zipfile.ZipFile(installed["wheel"]).namelist())
    for stem in NOTEBOOKS:
        assert f"analysis/notebooks/{stem}.ipynb" in names
    assert "analysis/notebooks/README.md" in names
    assert "analysis/examples/seeds/000_f8ade199434cd3de.txt" in names
    assert "analysis/templates/index.html" in names
    assert "analysis/text/data/lexicon.yaml" in names


def test_init_and_report_from_the_installed_wheel_in_an_empty_folder(installed):
    env, venv = installed["env"], installed["venv"]
    empty = installed["base"] / "empty"
    empty.mkdir()
    where = _run([str(installed["python"]), "-c", "import analysis; print(analysis.__file__)"], empty, env).stdout
    assert where.strip().startswith(str(venv)), where  # the wheel, not a checkout
    newslens = str(venv / "bin" / "newslens")
    version = _run([newslens, "--version"], empty, env).stdout
    assert version.startswith("newslens ")
    # outside a study folder and a checkout there is no seeds/: a clear message, exit 2
    lost = subprocess.run([newslens, "report"], cwd=empty, env=env, capture_output=True, text=True, timeout=300)
    assert lost.returncode == 2, lost.stderr
    assert "newslens init" in lost.stderr
    assert list(empty.iterdir()) == []  # nothing written

    _run([newslens, "init", "study"], empty, env)
    study = empty / "study"
    done = _run([newslens, "report"], study, env)
    assert "4/4 notebooks ok" in done.stdout, done.stdout + done.stderr
    latest = study / "reports" / "latest"
    assert (latest / "index.html").is_file()
    manifest = json.loads((latest / "manifest.json").read_text())
    assert sorted(manifest["notebooks"]) == NOTEBOOKS
    assert all(entry["status"] == "ok" for entry in manifest["notebooks"].values())
    assert manifest["corpus"]["paths"] == ["corpus/"] and manifest["corpus"]["articles"] == 1
    assert manifest["git"] is None  # no checkout: no commit to record
    for stem in NOTEBOOKS:
        assert (latest / f"{stem}.html").is_file()
        assert manifest["notebooks"][stem]["source"] == f"{stem}.ipynb"  # the study's working copies
