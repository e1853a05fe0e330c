"""Notebook hygiene: what a committed notebook may hold, and what varies between runs.

Two uses:

* committed notebooks (``analysis/notebooks/*.ipynb``) carry no outputs, no execution counts and
  no volatile metadata, declare a ``parameters`` cell and the ``python3`` kernel —
  ``python -m analysis.report.clean --check analysis/notebooks/`` (a pre-commit hook or CI step)
  lists every problem, ``--fix`` removes outputs and volatile metadata in place;
* executed notebooks are compared between runs after :func:`strip_volatile`, which drops
  what papermill and Jupyter stamp on them (times, durations, paths, versions), so two
  runs of the same corpus and parameters give the same :func:`content_sha256`.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import sys
from pathlib import Path

import nbformat

KERNEL = "python3"
# Metadata a committed notebook may keep; everything else is editor or run state.
NOTEBOOK_METADATA = {"kernelspec", "language_info", "title", "authors"}
LANGUAGE_INFO = {"name", "codemirror_mode", "file_extension", "mimetype", "nbconvert_exporter", "pygments_lexer"}
CELL_METADATA = {"tags", "jupyter", "editable", "deletable", "slideshow"}
# Stamped on executed notebooks: papermill times, durations, paths and exceptions.
VOLATILE_CELL_METADATA = {"execution", "papermill", "ExecuteTime", "collapsed", "scrolled", "trusted"}


def problems(path: str | Path) -> list[str]:
    """What keeps the committed notebook at ``path`` from being clean; empty when clean."""
    path = Path(path)
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception as err:  # nbformat raises several unrelated types for bad JSON
        return [f"{path}: not a readable notebook: {err}"]
    found = []
    kernelspec = nb.metadata.get("kernelspec") or {}
    if kernelspec.get("name") != KERNEL:
        found.append(f"{path}: kernelspec name is {kernelspec.get('name')!r}, expected {KERNEL!r}")
    if (kernelspec.get("language") or "python") != "python":
        found.append(f"{path}: kernelspec language is {kernelspec.get('language')!r}")
    for key in sorted(set(nb.metadata) - NOTEBOOK_METADATA):
        found.append(f"{path}: volatile notebook metadata {key!r}")
    for key in sorted(set(nb.metadata.get("language_info") or {}) - LANGUAGE_INFO):
        found.append(f"{path}: volatile language_info.{key}")
    tagged = [i for i, cell in enumerate(nb.cells) if "parameters" in cell.metadata.get("tags", [])]
    if len(tagged) != 1:
        found.append(f"{path}: expected one cell tagged 'parameters', found {len(tagged)}")
    elif nb.cells[tagged[0]].cell_type != "code":
        found.append(f"{path}: the cell tagged 'parameters' is not a code cell")
    for i, cell in enumerate(nb.cells, start=1):
        where = f"{path}: cell {i}"
        if cell.cell_type == "code":
            if cell.get("outputs"):
                found.append(f"{where}: has {len(cell.outputs)} output(s)")
            if cell.get("execution_count") is not None:
                found.append(f"{where}: has execution_count {cell.execution_count}")
        if "injected-parameters" in cell.metadata.get("tags", []):
            found.append(f"{where}: is a papermill injected-parameters cell (an executed notebook)")
        for key in sorted(set(cell.metadata) - CELL_METADATA):
            found.append(f"{where}: volatile cell metadata {key!r}")
        if cell.cell_type == "markdown" and cell.get("attachments"):
            found.append(f"{where}: has attachments")
    return found


def clean_committed(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The notebook as it should be committed (outputs, counts and volatile metadata removed)."""
    nb = copy.deepcopy(nb)
    nb.metadata = nbformat.from_dict({k: v for k, v in nb.metadata.items() if k in NOTEBOOK_METADATA})
    if "language_info" in nb.metadata:
        info = nb.metadata.language_info
        nb.metadata.language_info = nbformat.from_dict({k: v for k, v in info.items() if k in LANGUAGE_INFO})
    for cell in nb.cells:
        cell.metadata = nbformat.from_dict({k: v for k, v in cell.metadata.items() if k in CELL_METADATA})
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    return nb


def strip_volatile(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """An executed notebook without what differs between two identical runs.

    Kept: every cell's source and outputs (text, tables, images, errors) except the
    injected-parameters cell, whose ``tables_dir`` names the run folder.
    """
    nb = copy.deepcopy(nb)
    nb.metadata.pop("papermill", None)
    nb.metadata.pop("widgets", None)
    if "language_info" in nb.metadata:
        nb.metadata.language_info.pop("version", None)
    for cell in nb.cells:
        for key in VOLATILE_CELL_METADATA:
            cell.metadata.pop(key, None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.source = ""
        for output in cell.get("outputs", []):
            output.get("metadata", {}).pop("execution", None)
    return nb


def content_sha256(path: str | Path) -> str:
    """sha256 of an executed notebook's cells and outputs, volatile metadata removed."""
    nb = strip_volatile(nbformat.read(Path(path), as_version=4))
    cells = [
        {"type": c.cell_type, "source": c.source, "outputs": c.get("outputs", []), "tags": c.metadata.get("tags", [])}
        for c in nb.cells
    ]
    blob = json.dumps(cells, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _notebooks(paths: list[str]) -> list[Path]:
    found = []
    for item in paths:
        path = Path(item)
        found.extend(sorted(path.glob("*.ipynb")) if path.is_dir() else [path])
    return [p for p in found if ".ipynb_checkpoints" not in p.parts]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m analysis.report.clean",
        description="Check (or fix) that committed notebooks carry no outputs or volatile metadata.",
    )
    parser.add_argument("paths", nargs="*", default=["notebooks"], help="notebooks or folders (default: notebooks)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="list problems, exit 1 if any (the default)")
    mode.add_argument("--fix", action="store_true", help="remove outputs and volatile metadata in place")
    args = parser.parse_args(argv)
    failed = False
    for path in _notebooks(args.paths):
        if args.fix:
            nb = nbformat.read(path, as_version=4)
            nbformat.write(clean_committed(nb), path)
        for problem in problems(path):
            failed = True
            print(problem, file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
