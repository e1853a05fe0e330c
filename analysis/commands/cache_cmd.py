"""``newslens cache info|clear``: the parse cache."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from analysis.errors import EXIT_USAGE
from analysis.pipeline import cache
from corpus.report import printable

log = logging.getLogger(__name__)


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("cache", help="show or clear the parse cache")
    parser.add_argument("action", choices=("info", "clear"))
    parser.add_argument("--cache-dir", help="cache location (default: platform cache dir or $NEWSLENS_CACHE_DIR)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    root = Path(args.cache_dir) if args.cache_dir else cache.default_cache_dir()
    if root.exists() and not root.is_dir():
        log.error("%s: the cache location is not a folder (a file of that name exists)", printable(str(root)))
        return EXIT_USAGE
    try:
        if args.action == "clear":
            root, removed = cache.clear(root)
            print(f"removed {removed} cached files from {printable(str(root))}")
            return 0
        info = cache.stats(root)
    except OSError as err:
        log.error("%s: cannot %s the cache: %s", printable(str(err.filename or root)), args.action, err.strerror or err)
        return EXIT_USAGE
    print(f"{printable(info['path'])}: {info['files']} files, {info['bytes'] / 1e6:.1f} MB")
    return 0
