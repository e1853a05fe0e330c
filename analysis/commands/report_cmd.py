"""``newslens report``: run the notebooks into ``reports/<run-id>/`` (see :mod:`analysis.report`)."""

from __future__ import annotations

import argparse
import logging
import sys

from analysis import study
from analysis.commands.common import add_corpus_arguments, filters_from, positive_int

log = logging.getLogger(__name__)


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "report",
        help="extract a corpus once and run every notebook into an HTML report",
        description=(
            "Extract CORPUS once, run every notebook with papermill (tables and "
            "parameters injected), render them to HTML and write index.html and manifest.json "
            "into OUT/<run-id>/. OUT/latest moves only when every notebook ran and succeeded "
            "(a --notebooks subset moves it only with --latest). "
            "Inside a study folder (newslens init) the defaults are its corpus/, its notebooks, "
            "its params.yaml and its reports/; elsewhere seeds/, the kit's notebooks and reports/. "
            "Exit codes: 0 ok, 1 a notebook failed (or --rerun tables differ), 2 usage or input error."
        ),
    )
    add_corpus_arguments(parser)
    parser.add_argument("--params", dest="params_file", metavar="FILE",
                        help="YAML/JSON parameters: a 'shared:' section and one section per notebook "
                             "(default: params.yaml in a study folder, else none)")
    parser.add_argument("-p", dest="overrides", action="append", default=[], metavar="NAME=VALUE",
                        help="set a parameter (YAML scalar) for every notebook declaring it; "
                             "NOTEBOOK.NAME=VALUE for one notebook; repeatable")
    parser.add_argument("--out", default=None, metavar="DIR", help="reports folder (default: reports/)")
    parser.add_argument("--notebooks", nargs="+", metavar="NAME",
                        help="run only these notebooks (names of the kit's notebooks, or of the study "
                             "folder's; or paths to .ipynb files)")
    parser.add_argument("--jobs", type=positive_int, default=None, metavar="N",
                        help="notebooks run at once (default: CPUs, at most one per notebook)")
    parser.add_argument("--latest", action="store_true",
                        help="with --notebooks: point OUT/latest at this run of a subset too")
    parser.add_argument("--show-code", action="store_true", help="keep the code cells in the HTML pages")
    parser.add_argument("--wait", action="store_true",
                        help="if another run holds the reports folder, wait for it instead of exiting")
    parser.add_argument("--keep", type=positive_int, default=None, metavar="N",
                        help="after this run, delete all but the N newest runs (never the one latest points to)")
    parser.add_argument("--rerun", metavar="MANIFEST",
                        help="repeat the run of reports/<run-id>/manifest.json and say whether the tables match")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from analysis.errors import EXIT_FAILED, NewslensError, ReportError
    from analysis.report.runner import ReportOptions, rerun_options, run_report

    options = ReportOptions(
        corpus=list(args.corpus),
        out=args.out or "reports",
        params_file=args.params_file,
        overrides=list(args.overrides),
        notebooks=args.notebooks,
        jobs=args.jobs,
        show_code=args.show_code,
        wait=args.wait,
        keep=args.keep,
        latest=args.latest,
        strict=args.strict,
        model=args.model,
        aliases=args.aliases,
        fields=args.fields,
        filters=filters_from(args),
    )
    previous = None
    try:
        if args.rerun:
            if args.corpus != [study.default_corpus()] or args.params_file or args.overrides or args.notebooks:
                raise ReportError("--rerun repeats a past run: give no CORPUS, --params, -p or --notebooks with it")
            from pathlib import Path

            if args.out is None:  # the reports folder the manifest lives in
                options.out = str(Path(args.rerun).resolve().parent.parent)
            options, previous = rerun_options(args.rerun, options)
        elif options.params_file is None and study.default_params():
            # A study folder's params.yaml: its sections for the study's notebooks that
            # --notebooks leaves out are not an error.
            options.params_file = study.default_params()
            options.optional_sections = tuple(p.stem for p in study.study_root().glob("*.ipynb"))
        result = run_report(options)
    except NewslensError as err:
        log.error("%s", err)
        return err.exit_code

    ok = sum(1 for r in result.notebooks if r.status == "ok")
    print(f"report {result.run_id}: {ok}/{len(result.notebooks)} notebooks ok → {result.run_dir / 'index.html'}")
    for r in result.notebooks:
        if r.status != "ok":
            where = f" (In [{r.failed_cell}])" if r.failed_cell else ""
            print(f"  FAILED {r.name}{where}: {r.error}", file=sys.stderr)
    if result.published_latest:
        print(f"latest → {result.run_id}")
    else:
        print(f"latest not moved: {result.latest_reason}", file=sys.stderr)
    code = result.exit_code
    if previous is not None:
        from analysis.report import manifest

        differences = manifest.compare_tables(previous, result.manifest)
        outputs = manifest.compare_outputs(previous, result.manifest)
        if differences:
            print(f"tables DIFFER from run {previous['run_id']}:")
            for line in differences:
                print(f"  {line}")
            code = EXIT_FAILED
        else:
            print(f"tables identical to run {previous['run_id']} ({len(result.manifest['tables'])} files)")
        for name, entry in sorted(result.manifest["notebooks"].items()):
            old = previous["notebooks"].get(name, {}).get("source_sha256")
            if old and old != entry.get("source_sha256"):
                print(f"note: notebook {name} changed since run {previous['run_id']}; its outputs may differ")
        if outputs:
            print("notebook outputs that changed (volatile metadata ignored):")
            for line in outputs:
                print(f"  {line}")
        else:
            print("notebook outputs identical (volatile metadata ignored)")
    return code
