"""Where the kit finds things: its packaged notebooks and example, a checkout, a study folder.

* The notebooks (``analysis/notebooks/*.ipynb``) and the example article
  (``analysis/examples/seeds/``) are package data: an installed wheel has them.
* A **checkout** is the project's source tree (``pyproject.toml`` and ``seeds/`` next to
  the ``analysis`` package); None for an installed wheel.
* A **study folder** is what ``newslens init DIR`` writes: the notebooks as editable
  working copies, ``params.yaml``, ``corpus/``, ``reports/`` and the marker file
  ``.newslens-study``.

The rule for ``newslens report`` (and ``newslens extract`` / ``corpus``): when the current
directory holds ``.newslens-study``, CORPUS defaults to its ``corpus/``, the notebooks are
the study's ``*.ipynb``, the parameters its ``params.yaml``, and relative paths are
relative to the study folder; otherwise CORPUS defaults to ``seeds/`` and the notebooks
are the packaged ones.
"""

from __future__ import annotations

import glob
import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
NOTEBOOKS = PACKAGE / "notebooks"  # the committed notebooks, shipped in the wheel
EXAMPLE = PACKAGE / "examples" / "seeds"  # the example article, shipped in the wheel

MARKER = ".newslens-study"
PARAMS = "params.yaml"
CORPUS = "corpus/"
REPORTS = "reports"


def _checkout() -> Path | None:
    parent = PACKAGE.parent
    return parent if (parent / "pyproject.toml").is_file() and (parent / "seeds").is_dir() else None


CHECKOUT = _checkout()


def study_root(folder: str | Path | None = None) -> Path | None:
    """``folder`` (default: the current directory), resolved, if it is a study folder."""
    folder = Path(folder or os.getcwd()).resolve()
    return folder if (folder / MARKER).is_file() else None


def enclosing_study(folder: str | Path | None = None) -> Path | None:
    """The nearest study folder holding ``folder`` (default: the current directory), or None.

    A notebook of a study opened in JupyterLab may run in a subfolder of it."""
    folder = Path(folder or os.getcwd()).resolve()
    for candidate in (folder, *folder.parents):
        if (candidate / MARKER).is_file():
            return candidate
    return None


def base_dir() -> Path:
    """The folder relative paths are shown from and notebooks run in: the study folder in
    the current directory, else the checkout, else the current directory."""
    return study_root() or CHECKOUT or Path(os.getcwd()).resolve()


def default_corpus() -> str:
    from corpus import DEFAULT_CORPUS

    return CORPUS if study_root() else DEFAULT_CORPUS


def default_notebooks() -> Path:
    return study_root() or NOTEBOOKS


def default_params() -> str | None:
    root = study_root()
    return str(root / PARAMS) if root and (root / PARAMS).is_file() else None


def resolve_path(path: str | Path) -> str:
    """A relative ``path`` as notebooks and scripts mean it, wherever they run.

    Tried in order: as given (relative to the current directory; a glob must match),
    under the study folder holding the current directory, under the checkout's root.
    The first that exists wins; otherwise ``path`` comes back unchanged (and the reader
    names it in its error). Absolute paths are returned as they are."""
    text = str(path)
    if _exists(text) or Path(text).is_absolute():
        return text
    slash = "/" if text.endswith("/") else ""
    for root in (enclosing_study(), CHECKOUT):
        if root is not None:
            rooted = str(root / text) + slash
            if _exists(rooted):
                return rooted
    return text


def _exists(text: str) -> bool:
    return bool(glob.glob(text, recursive=True)) if glob.has_magic(text) else Path(text).exists()
