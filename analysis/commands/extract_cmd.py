"""``newslens extract``: write the four tables and the load report for a corpus."""

from __future__ import annotations

import argparse
import logging

from analysis.errors import EXIT_USAGE, NewslensError
from analysis.pipeline import engine
from analysis.commands.common import add_corpus_arguments, extractor_config, filters_from, make_filters, positive_int

log = logging.getLogger(__name__)


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="parse a corpus once and write articles, actor_mentions, quotes, figures",
        description="Parse a corpus once and write the tables of DESIGN.md into --out.",
    )
    add_corpus_arguments(parser)
    parser.add_argument("--out", required=True, help="folder for the tables (created if missing)")
    parser.add_argument("--format", dest="fmt", choices=("parquet", "csv"), default="parquet")
    parser.add_argument("--engine", choices=engine.ENGINES, default="local")
    parser.add_argument("--workers", type=positive_int, default=1, help="parallel worker processes")
    parser.add_argument("--scheduler", help="Dask scheduler address (tcp://host:8786); default: a LocalCluster")
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the parse cache")
    parser.add_argument("--cache-dir", help="parse cache location (default: platform cache dir or $NEWSLENS_CACHE_DIR)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.scheduler and args.engine != "dask":
        log.error("--scheduler needs --engine dask")
        return EXIT_USAGE
    try:
        result = engine.extract(
            args.corpus,
            args.out,
            fmt=args.fmt,
            engine=args.engine,
            workers=args.workers,
            scheduler=args.scheduler,
            model=args.model,
            strict=args.strict,
            extractor_config=extractor_config(args),
            fields=args.fields,
            filters=make_filters(filters_from(args)),
            cache_dir=args.cache_dir,
            use_cache=not args.no_cache,
        )
    except NewslensError as err:
        log.error("%s", err)
        return err.exit_code
    counts = ", ".join(f"{n} {name}" for name, n in result.counts.items())
    skipped = len(result.load_report.get("skipped", [])) + len(result.failures)
    print(f"wrote {counts} to {result.out_dir}" + (f" ({skipped} skipped: see load_report.json)" if skipped else ""))
    return 0
