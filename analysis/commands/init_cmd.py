"""``newslens init DIR``: a study folder — the notebooks, ``params.yaml``, ``corpus/``, ``reports/``.

    DIR/
      .newslens-study          marks a study folder (see analysis/study.py for what it changes)
      01_corpus_overview.ipynb … the kit's notebooks as editable working copies
      README.md                how the notebooks are written (the kit's analysis/notebooks/README.md)
      params.yaml              every notebook parameter with its default and its comment
      corpus/                  the example article; put your articles here
      reports/                 where `newslens report` writes its runs

Inside DIR, ``newslens report`` with no arguments runs the study's notebooks on
``corpus/`` with ``params.yaml`` into ``reports/``. ``params.yaml`` sets every parameter
explicitly, so what a notebook's parameters cell says after an interactive session does
not change the defaults a report runs with.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from analysis import study
from analysis.errors import StudyError

MARKER_TEXT = (
    "This folder is a newslens study (written by `newslens init`).\n"
    "Inside it, `newslens report` reads corpus/, runs the notebooks here with params.yaml\n"
    "and writes reports/. Delete this file and it is an ordinary folder again.\n"
)
CORPUS_LINE = 'corpus = "corpus/"  # articles to read: a file, a folder or a glob, relative to the study folder'


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "init",
        help="create a study folder: the notebooks, params.yaml, corpus/ with the example, reports/",
        description=(
            "Create the study folder DIR: the kit's notebooks as editable working copies, "
            "params.yaml (every parameter, its default and what it does), corpus/ holding the "
            "example article and reports/. Inside DIR, `newslens report` runs the example. "
            "DIR must not exist or be empty unless --force. Exit codes: 0 ok, 2 usage error."
        ),
    )
    parser.add_argument("dir", metavar="DIR", help="the study folder to create")
    parser.add_argument("--force", action="store_true",
                        help="write into a non-empty DIR, replacing the files init writes (others are kept)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    target = create_study(args.dir, force=args.force)
    print(f"study folder {target}: {len(packaged_notebooks())} notebooks, params.yaml, corpus/, reports/")
    print(f"next: cd {args.dir} && newslens report      (or: jupyter lab, in {args.dir})")
    return 0


def packaged_notebooks() -> list[Path]:
    found = sorted(p for p in study.NOTEBOOKS.glob("*.ipynb") if not p.name.startswith("."))
    if not found:
        raise StudyError(f"no notebooks in {study.NOTEBOOKS}: the installation of newslens is incomplete")
    return found


def create_study(folder: str | Path, *, force: bool = False) -> Path:
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise StudyError(f"init {folder}: a file of that name exists; name a new folder")
    if target.is_dir() and any(target.iterdir()) and not force:
        raise StudyError(f"init {folder}: the folder is not empty; name a new folder, or add --force "
                         f"to write the study's files into it (files of the same name are replaced)")
    notebooks = packaged_notebooks()
    example = sorted(study.EXAMPLE.glob("*.txt"))
    if not example:
        raise StudyError(f"no example article in {study.EXAMPLE}: the installation of newslens is incomplete")
    try:
        target.mkdir(parents=True, exist_ok=True)
        for notebook in notebooks:
            write_working_copy(notebook, target / notebook.name, corpus_line=CORPUS_LINE)
        readme = study.NOTEBOOKS / "README.md"
        if readme.is_file():
            shutil.copyfile(readme, target / "README.md")
        (target / study.PARAMS).write_text(params_yaml(notebooks), encoding="utf-8")
        (target / "corpus").mkdir(exist_ok=True)
        for article in example:
            shutil.copyfile(article, target / "corpus" / article.name)
        (target / study.REPORTS).mkdir(exist_ok=True)
        (target / study.MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    except OSError as err:
        raise StudyError(f"init {folder}: cannot write {err.filename or folder}: {err.strerror or err}") from err
    return target.resolve()


def write_working_copy(source: Path, dest: Path, corpus_line: str | None = None) -> None:
    """``source`` (a committed notebook) as a working copy at ``dest``; with ``corpus_line``,
    that line replaces the ``corpus = ...`` line of the parameters cell."""
    import nbformat  # lazily: it costs every other command ~1.5 s of start-up (jsonschema)

    nb = nbformat.read(source, as_version=4)
    if corpus_line:
        for cell in nb.cells:
            if "parameters" in cell.metadata.get("tags", []):
                lines = cell.source.split("\n")
                cell.source = "\n".join(corpus_line if line.startswith("corpus =") else line for line in lines)
    nbformat.write(nb, dest)


def working_copies(folder: str | Path = "notebooks") -> int:
    """``make lab``: copy the committed notebooks into ``folder`` (git-ignored in a checkout)
    where missing; a copy already there is the researcher's work and is kept."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for notebook in packaged_notebooks():
        dest = folder / notebook.name
        if not dest.exists():
            write_working_copy(notebook, dest)
            print(f"lab: {dest} (a working copy of {notebook.relative_to(study.PACKAGE.parent)})")
        else:
            print(f"lab: {dest} kept (your working copy; delete it for a fresh copy)")
    return 0


def params_yaml(notebooks: list[Path]) -> str:
    """Every notebook's parameters (but corpus and tables_dir, which the report sets) with
    their defaults and comments, one section per notebook."""
    import logging

    from analysis.report.params import RUNNER_PARAMETERS, declared_parameters

    logging.getLogger("papermill").setLevel(logging.WARNING)  # it logs every notebook it reads
    lines = [
        "# Parameters of `newslens report` in this study folder (read by default here).",
        "# Each notebook's section lists every parameter it declares, set to the kit's default,",
        "# with the parameter's own comment: edit values here, not in the notebooks' parameters",
        "# cells (what a report runs with is what this file says).",
        "# `shared:` offers a value to every notebook that declares the name (a notebook's own",
        "# section wins); `-p name=value` / `-p notebook.name=value` override on the command line.",
        "shared: {}",
        "#   show_rows: 30",
    ]
    for notebook in notebooks:
        declared = declared_parameters(notebook)
        lines += ["", f"{notebook.stem}:"]
        for name, info in declared.items():
            if name in RUNNER_PARAMETERS:
                continue
            comment = f"  # {info.help}" if info.help else ""
            lines.append(f"  {name}: {json.dumps(info.default, ensure_ascii=False)}{comment}")
    return "\n".join(lines) + "\n"
