"""``newslens report``: extract once, run every notebook, render, index, publish.

Order of work (each step only when the previous one succeeded):

1. check the input — notebooks, parameters (against each ``parameters`` cell), corpus
   paths — and fail with exit code 2 before anything is written;
2. take ``reports/.lock`` (or wait for it), clear what a killed run left behind;
3. extract the corpus once into ``reports/.<run-id>.tmp/tables`` (parse cache reused);
4. run the notebooks with papermill in up to ``--jobs`` worker processes, each with
   ``tables_dir`` and ``corpus`` injected, and render each one to HTML;
5. write ``index.html`` and ``manifest.json``, publish the run folder, and move
   ``reports/latest`` only if every notebook succeeded; prune old runs (``--keep``).
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import errno
import glob
import logging
import multiprocessing
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from analysis import study
from analysis.errors import EXIT_FAILED, EXIT_OK, NewslensError, ParameterError, ReportError
from analysis.report import clean, manifest as manifest_lib, params as params_lib, publish
from analysis.report.execute import NotebookResult, NotebookTask, init_worker, run_notebook

log = logging.getLogger("analysis.report")
# papermill logs every notebook it inspects at INFO; the run log says what matters.
logging.getLogger("papermill").setLevel(logging.WARNING)

# The checkout (None for an installed wheel): its git commit goes into the manifest.
ROOT = study.CHECKOUT
# The committed notebooks, shipped as package data; a study folder runs its own copies.
NOTEBOOKS = study.NOTEBOOKS
RUN_LOG = "run.log"
TABLES = "tables"

@dataclass(slots=True)
class ReportOptions:
    corpus: list[str] = field(default_factory=lambda: ["seeds/"])
    out: str | Path = "reports"
    params_file: str | None = None
    overrides: list[str] = field(default_factory=list)
    notebooks: list[str] | None = None  # names in notebooks_dir, or paths to .ipynb files
    notebooks_dir: str | Path | None = None  # None: the study folder's, else the packaged NOTEBOOKS
    # Where relative paths are shown from and notebooks run: None is study.base_dir()
    # (the study folder in the current directory, else the checkout, else the current directory).
    base: str | Path | None = None
    jobs: int | None = None
    show_code: bool = False
    wait: bool = False
    keep: int | None = None
    # Point ``latest`` at a successful run of only some notebooks (``--notebooks``) too.
    latest: bool = False
    strict: bool = False
    model: str | None = None
    aliases: str | None = None
    fields: dict | None = None
    filters: dict | None = None  # corpus.Filters keyword arguments (ISO date strings)
    progress: bool | None = None  # None: only on a terminal
    # Notebooks whose sections of params_file may be left out of a run (--notebooks) without
    # an error: a study folder's params.yaml has one for each of its notebooks.
    optional_sections: tuple[str, ...] = ()
    # Per-notebook parameters taken as if from a file section (used by --rerun).
    preset: dict[str, dict] = field(default_factory=dict)


@dataclass(slots=True)
class ReportResult:
    run_id: str
    run_dir: Path
    status: str  # "ok" | "failed"
    notebooks: list[NotebookResult]
    manifest: dict
    published_latest: bool
    latest_reason: str = ""  # why latest did not move

    @property
    def exit_code(self) -> int:
        return EXIT_OK if self.status == "ok" else EXIT_FAILED


@dataclass(slots=True, frozen=True)
class Notebook:
    name: str
    path: Path


# -- step 1: input -------------------------------------------------------------


def find_notebooks(selection: list[str] | None, folder: str | Path = NOTEBOOKS) -> list[Notebook]:
    folder = Path(folder)
    if not selection:
        found = sorted(p for p in folder.glob("*.ipynb") if not p.name.startswith("."))
        if not found:
            raise ReportError(f"no notebooks in {folder}")
        return [Notebook(p.stem, p.resolve()) for p in found]
    chosen: list[Notebook] = []
    available = sorted(p.stem for p in folder.glob("*.ipynb"))
    for item in selection:
        path = Path(item)
        if item.endswith(".ipynb"):
            if not path.is_file():
                raise ReportError(f"--notebooks: no notebook file {item}")
        else:
            path = folder / f"{item}.ipynb"
            if not path.is_file():
                raise ReportError(
                    f"--notebooks: no notebook named {item!r} in {folder} (available: {', '.join(available) or 'none'})"
                )
        if any(nb.name == path.stem for nb in chosen):
            raise ReportError(f"--notebooks: {path.stem!r} given twice")
        chosen.append(Notebook(path.stem, path.resolve()))
    return sorted(chosen, key=lambda nb: nb.name)


def resolve_corpus(paths: list[str], base: str | Path | None = None) -> tuple[list[str], list[Path]]:
    """The corpus as notebooks see it (relative to ``base`` — the study folder or the
    repository root — where possible) and its files, found by the loader's own expansion
    so the manifest hashes exactly what is read."""
    from corpus import CorpusError
    from corpus.sources import expand

    base = Path(base) if base else study.base_dir()
    paths = list(paths or [study.default_corpus()])
    try:
        files = sorted({path.resolve() for path, _ in expand(paths)})
    except CorpusError as err:
        hint = ""
        if paths == [study.default_corpus()] and not study.study_root() and not Path(paths[0]).exists():
            hint = "; name a CORPUS, or run `newslens init DIR` and `newslens report` inside DIR for the example"
        raise ReportError(f"corpus {err}{hint}") from err
    if not files:
        raise ReportError(f"corpus {', '.join(paths)}: no files to read")
    shown = []
    for given in paths:
        if glob.has_magic(given):
            shown.append(_relative_to_root(given, base))
            continue
        path = Path(given)
        text = _relative_to_root(str(path.resolve()), base)
        shown.append(text + "/" if path.is_dir() and not text.endswith("/") else text)
    return shown, files


def _relative_to_root(path: str, base: str | Path | None = None) -> str:
    base = str(base or study.base_dir())
    absolute = os.path.abspath(path)
    if absolute == base or absolute.startswith(base + os.sep):
        return os.path.relpath(absolute, base)
    return absolute


def check_parameters(options: ReportOptions, notebooks: list[Notebook]) -> dict[str, dict]:
    request = params_lib.load_file(options.params_file) if options.params_file else params_lib.ParameterRequest()
    running = {nb.name for nb in notebooks}
    for name in options.optional_sections:
        if name not in running:
            request.per_notebook.pop(name, None)
    for notebook, values in options.preset.items():
        request.per_notebook.setdefault(notebook, {}).update(values)
        for name in values:
            request.origin.setdefault((notebook, name), f"manifest [{notebook}]")
    params_lib.apply_overrides(request, options.overrides)
    declared = {}
    for nb in notebooks:
        declared[nb.name] = params_lib.declared_parameters(nb.path)
        missing = [name for name in params_lib.RUNNER_PARAMETERS if name not in declared[nb.name]]
        if missing:
            raise ReportError(
                f"{nb.path}: its parameters cell must declare {' and '.join(missing)} "
                f"(see analysis/notebooks/README.md)"
            )
    return params_lib.resolve(request, declared)


# -- the run -------------------------------------------------------------------


def run_report(options: ReportOptions) -> ReportResult:
    """Run a report; raises :class:`ReportError` (or ``publish.LockBusy``) on input problems."""
    out_dir = Path(options.out).resolve()
    base = Path(options.base).resolve() if options.base else study.base_dir()
    folder = options.notebooks_dir or study.default_notebooks()
    notebooks = find_notebooks(options.notebooks, folder)
    # Some of the kit's (or the study's) own notebooks, not all: latest keeps the full run.
    every = {nb.name for nb in find_notebooks(None, folder)}
    partial = {nb.name for nb in notebooks} < every
    try:
        user_params = check_parameters(options, notebooks)
    except ParameterError as err:
        raise ReportError(str(err)) from err
    corpus_shown, corpus_files = resolve_corpus(options.corpus, base)
    aliases = str(Path(options.aliases).resolve()) if options.aliases else None
    if aliases and not Path(aliases).is_file():
        raise ReportError(f"--aliases {options.aliases}: no such file")
    check_aliases(aliases)
    if options.jobs is not None and options.jobs < 1:
        raise ReportError("--jobs must be at least 1")
    # One worker per notebook at most: each worker starts a kernel ahead of time.
    jobs = min(options.jobs or os.cpu_count() or 1, len(notebooks))
    progress = sys.stderr.isatty() if options.progress is None else options.progress
    if os.path.lexists(out_dir) and not out_dir.is_dir():
        raise ReportError(f"--out {options.out}: not a folder (a file of that name exists); name a folder for the reports")

    with contextlib.ExitStack() as out_folder:
        try:
            out_folder.enter_context(publish.locked(out_dir, wait=options.wait))
            publish.remove_stale(out_dir)
        except OSError as err:
            raise _out_error(options.out, err) from err
        input_fingerprint = manifest_lib.corpus_fingerprint(corpus_files, base)
        started = publish.utc_now()
        clock = time.perf_counter()
        try:
            run_id = publish.new_run_id(out_dir, input_fingerprint, started)
            staging = publish.open_staging(out_dir, run_id)
        except OSError as err:
            raise _out_error(options.out, err) from err
        run_dir = out_dir / run_id  # the link to staging now, the folder after publish
        handler = _log_to(staging / RUN_LOG)
        try:
            log.info("report %s: %d notebook(s), corpus %s", run_id, len(notebooks), ", ".join(corpus_shown))
            with _pool(jobs, staging / RUN_LOG, notebooks, base) as pool:
                extraction = _extract(options, corpus_shown, run_dir / TABLES, aliases, progress, base)
                tasks = _tasks(notebooks, user_params, corpus_shown, run_dir, options.show_code, base)
                # The index's summary, charts, table hashes and versions do not depend on
                # the notebooks: computed here while the workers run them.
                with cf.ThreadPoolExecutor(max_workers=1) as side:
                    prepared = side.submit(_prepare, staging, extraction, options.model)
                    results = _execute(pool, tasks, progress)
                    prepared = prepared.result()
            status = "ok" if all(r.status == "ok" for r in results) else "failed"
            index_error = _write_index(staging, run_id, started, corpus_shown, results, extraction, prepared)
            if index_error:
                status = "failed"
            finished = publish.utc_now()
            manifest = _manifest(
                run_id, status, started, finished, time.perf_counter() - clock, options, corpus_shown,
                input_fingerprint, extraction, notebooks, tasks, results, staging, jobs, index_error, prepared, base,
            )
            manifest_lib.write(staging / manifest_lib.MANIFEST, manifest)
            log.info("report %s: %s in %.1f s", run_id, status, manifest["seconds"])
        except ReportError:  # an input problem found by the extraction: the message says it all
            _close_log(handler)
            _discard(out_dir, run_id)
            raise
        except BaseException:
            log.exception("report %s stopped; the previous runs and `latest` are untouched", run_id)
            _close_log(handler)
            _discard(out_dir, run_id)
            raise
        _close_log(handler)
        final = publish.publish(out_dir, run_id)
        moved = status == "ok" and (not partial or options.latest)
        reason = (
            "a notebook failed" if status != "ok"
            else f"this run covers {len(notebooks)} of {len(every)} notebooks (--latest points latest at it anyway)"
            if not moved else ""
        )
        if moved:
            publish.point_latest(out_dir, run_id)
        if options.keep:
            publish.prune(out_dir, options.keep, protect=(run_id,))
    return ReportResult(run_id, final, status, results, manifest, moved, reason)


def check_aliases(aliases: str | None) -> None:
    """Read the alias file now, as the extraction will (the table is cached for it):
    a file that cannot be used stops the run before anything is written."""
    if not aliases:
        return
    from analysis.errors import AliasFileError
    from analysis.text.actor_table import load_table

    try:
        load_table(aliases)
    except AliasFileError as err:
        raise ReportError(f"--aliases {err}") from err
    except UnicodeDecodeError as err:
        raise ReportError(
            f"--aliases {aliases}: not UTF-8 text (byte 0x{err.object[err.start]:02x} at offset {err.start}); "
            f"save the file as UTF-8"
        ) from None
    except OSError as err:
        raise ReportError(f"--aliases {aliases}: cannot read: {err.strerror or err}") from err


def _out_error(given, err: OSError) -> ReportError:
    why = {
        errno.EROFS: "it is on a read-only file system",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENOSPC: "no space left on the device",
        errno.EEXIST: "a file of that name is in the way",
        errno.ENOTDIR: "a part of the path is a file, not a folder",
    }.get(err.errno, err.strerror or str(err))
    where = f" ({err.filename})" if err.filename and str(err.filename) != str(Path(given).resolve()) else ""
    return ReportError(f"--out {given}: cannot write the reports folder: {why}{where}; choose another --out")


def _discard(out_dir: Path, run_id: str) -> None:
    import shutil

    link = out_dir / run_id
    if link.is_symlink():
        link.unlink()
    shutil.rmtree(publish.staging_dir(out_dir, run_id), ignore_errors=True)


@contextlib.contextmanager
def _pool(jobs: int, log_path: Path, notebooks: list[Notebook], base: Path):
    # "spawn": the parent holds spaCy and threads; forking it is unsafe. Workers start,
    # import papermill and nbconvert and pre-start one kernel per notebook (spread over
    # the workers) while the corpus is being extracted.
    from analysis.report.execute import notebook_imports

    warm = 1 if len(notebooks) > 0 else 0
    pool = cf.ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=init_worker,
        initargs=(str(log_path), warm, notebook_imports([nb.path for nb in notebooks]), str(base), os.getpid()),
    )
    try:
        for _ in range(jobs):
            pool.submit(_noop)
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _noop() -> None:
    return None


def _extract(options: ReportOptions, corpus: list[str], tables_dir: Path, aliases: str | None, progress: bool,
             base: Path | None = None):
    import corpus as corpus_lib
    from analysis.pipeline import engine

    config = {"actors": {"aliases": aliases}} if aliases else {}
    try:
        # From the repository root (or the study folder), so that origins in the tables
        # read "seeds/..." wherever the command was started: same corpus, same tables.
        with contextlib.chdir(base or study.base_dir()):
            return engine.extract(
                corpus,
                tables_dir,
                model=options.model,
                strict=options.strict,
                extractor_config=config,
                fields=options.fields,
                filters=corpus_lib.Filters(**options.filters) if options.filters else None,
                progress=progress,
            )
    except NewslensError as err:
        raise ReportError(str(err)) from err


def _tasks(notebooks, user_params, corpus_shown, run_dir: Path, show_code: bool, base: Path) -> list[NotebookTask]:
    corpus_value = corpus_shown[0] if len(corpus_shown) == 1 else list(corpus_shown)
    tasks = []
    for nb in notebooks:
        parameters = {"corpus": corpus_value, "tables_dir": str(run_dir / TABLES), **user_params[nb.name]}
        tasks.append(
            NotebookTask(
                name=nb.name,
                source=str(nb.path),
                output=str(run_dir / f"{nb.name}.ipynb"),
                html=str(run_dir / f"{nb.name}.html"),
                parameters=parameters,
                cwd=str(base),
                show_code=show_code,
            )
        )
    return tasks


def _execute(pool, tasks: list[NotebookTask], progress: bool) -> list[NotebookResult]:
    log.info("running %d notebook(s), %d at a time", len(tasks), pool._max_workers)
    futures = {pool.submit(run_notebook, task): task for task in tasks}
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(tasks), desc="notebooks", unit=" nb", file=sys.stderr)
    results: dict[str, NotebookResult] = {}
    try:
        for future in cf.as_completed(futures):
            task = futures[future]
            try:
                result = future.result()
            except Exception as err:  # the worker itself died (e.g. killed): the notebook failed
                result = NotebookResult(task.name, "failed", 0.0, error=f"{type(err).__name__}: {err}")
            results[task.name] = result
            if result.status == "ok":
                log.info("notebook %s: ok (%.1f s)", task.name, result.seconds)
            else:
                where = f" in cell In [{result.failed_cell}]" if result.failed_cell else ""
                log.error("notebook %s: FAILED%s: %s", task.name, where, result.error)
            for line in result.log:
                log.debug("%s", line)
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
    return [results[task.name] for task in tasks]


def _notebook_rows(results: list[NotebookResult]) -> list[dict]:
    return [
        {
            "name": r.name,
            "status": r.status,
            "seconds": r.seconds,
            "error": r.error,
            "failed_cell": r.failed_cell,
            "html": f"{r.name}.html",
            "ipynb": f"{r.name}.ipynb",
        }
        for r in results
    ]


def _prepare(staging: Path, extraction, model) -> dict:
    from analysis.query import open_tables
    from analysis.report import index

    prepared = {
        "git": manifest_lib.git_commit(ROOT) if ROOT else None,
        "versions": manifest_lib.versions(model),
        "tables": manifest_lib.hash_files(staging / TABLES),
    }
    try:
        prepared["index"] = index.prepare(open_tables(staging / TABLES), extraction.load_report)
    except Exception as err:  # a broken index must not hide the notebooks: log it, fail the run
        log.exception("index.html could not be built")
        prepared["index_error"] = f"{type(err).__name__}: {err}"
    return prepared


def _write_index(staging: Path, run_id, started, corpus_shown, results, extraction, prepared: dict) -> str | None:
    from analysis.report import index

    if "index_error" in prepared:
        return prepared["index_error"]
    run = {
        "run_id": run_id,
        "started": started.isoformat(),
        "finished": publish.utc_now().isoformat(),
        "corpus": corpus_shown,
        "git": prepared["git"],
        "versions": prepared["versions"],
    }
    try:
        page = index.render({"run": run, "notebooks": _notebook_rows(results), **prepared["index"]})
    except Exception as err:
        log.exception("index.html could not be built")
        return f"{type(err).__name__}: {err}"
    tmp = staging / ".index.html.tmp"
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(staging / "index.html")
    return None


def _manifest(
    run_id, status, started, finished, seconds, options, corpus_shown, input_fingerprint, extraction,
    notebooks, tasks, results, staging: Path, jobs: int, index_error, prepared: dict, base: Path,
) -> dict:
    by_name = {r.name: r for r in results}
    entries = {}
    for nb, task in zip(notebooks, tasks):
        result = by_name[nb.name]
        outputs = {}
        for suffix in (".ipynb", ".html"):
            path = staging / f"{nb.name}{suffix}"
            if path.exists():
                outputs[path.name] = manifest_lib.sha256_file(path)
        for path in sorted(staging.glob(f"{nb.name}-*.csv")):  # its full tables (views.format.write_csv)
            outputs[path.name] = manifest_lib.sha256_file(path)
        executed = staging / f"{nb.name}.ipynb"
        entries[nb.name] = {
            "source": _relative_to_root(str(nb.path), base),
            "source_sha256": manifest_lib.sha256_file(nb.path),
            "status": result.status,
            "error": result.error,
            "failed_cell": result.failed_cell,
            "seconds": result.seconds,
            "parameters": task.parameters,
            "outputs": outputs,
            "outputs_sha256": clean.content_sha256(executed) if executed.exists() else None,
        }
    report = extraction.load_report
    return {
        "format": manifest_lib.FORMAT_VERSION,
        "run_id": run_id,
        "status": status,
        "started": started.isoformat(),
        "finished": finished.isoformat(),
        "seconds": round(seconds, 3),
        "git": prepared["git"],
        "corpus": {
            "paths": corpus_shown,
            "fingerprint": report.get("fingerprint"),
            "files_sha256": input_fingerprint,
            "files_read": report.get("files_read"),
            "records_read": report.get("records_read"),
            "articles": extraction.counts.get("articles"),
            "skipped": len(report.get("skipped", [])),
            "duplicates": len(report.get("duplicates", [])),
        },
        "options": {
            "strict": options.strict,
            "model": options.model,
            "aliases": _relative_to_root(options.aliases, base) if options.aliases else None,
            "fields": options.fields,
            "filters": options.filters,
            "show_code": options.show_code,
            "jobs": jobs,
        },
        "versions": prepared["versions"],
        "tables": prepared["tables"],
        "counts": dict(sorted(extraction.counts.items())),
        "notebooks": entries,
        "index": {"index.html": manifest_lib.sha256_file(staging / "index.html")} if not index_error else None,
        "index_error": index_error,
    }


def _log_to(path: Path) -> logging.Handler:
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return handler


def _close_log(handler: logging.Handler) -> None:
    logging.getLogger().removeHandler(handler)
    handler.close()


# -- --rerun -------------------------------------------------------------------


def rerun_options(manifest_path: str | Path, base: ReportOptions) -> tuple[ReportOptions, dict]:
    """Options that repeat the run of ``manifest_path`` (corpus, notebooks, parameters, model)."""
    try:
        old = manifest_lib.read(manifest_path)
    except ValueError as err:
        raise ReportError(str(err)) from err
    problems = manifest_lib.rerun_problems(old)
    if problems:
        shown = Path(manifest_path) / manifest_lib.MANIFEST if Path(manifest_path).is_dir() else manifest_path
        raise ReportError(f"--rerun {shown}: not a complete newslens report manifest: {'; '.join(problems)}")
    stored = old.get("options") or {}
    notebooks, preset = [], {}
    for name, entry in sorted(old["notebooks"].items()):
        source = entry.get("source") or name
        path = Path(source) if Path(source).is_absolute() else study.base_dir() / source
        if not path.is_file() and (NOTEBOOKS / Path(source).name).is_file() and Path(source).parent.name == "notebooks":
            path = NOTEBOOKS / Path(source).name  # a run from before the notebooks moved into the package
        notebooks.append(str(path))
        preset[name] = {
            k: v for k, v in (entry.get("parameters") or {}).items() if k not in params_lib.RUNNER_PARAMETERS
        }
    here = study.base_dir()
    corpus = [p if Path(p).is_absolute() or glob.has_magic(p) else str(here / p) for p in old["corpus"]["paths"]]
    aliases = stored.get("aliases")
    options = ReportOptions(
        corpus=corpus,
        out=base.out,
        notebooks=notebooks,
        jobs=base.jobs,
        show_code=bool(stored.get("show_code", base.show_code)),
        wait=base.wait,
        keep=base.keep,
        strict=bool(stored.get("strict", False)),
        model=stored.get("model"),
        aliases=(aliases if aliases is None or Path(aliases).is_absolute() else str(here / aliases)),
        fields=stored.get("fields"),
        filters=stored.get("filters"),
        progress=base.progress,
        preset=preset,
    )
    return options, old
