"""``newslens cache info|clear``: the parse cache."""

from __future__ import annotations

import argparse

from analysis.pipeline import cache


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("cache", help="show or clear the parse cache")
    parser.add_argument("action", choices=("info", "clear"))
    parser.add_argument("--cache-dir", help="cache location (default: platform cache dir or $NEWSLENS_CACHE_DIR)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.action == "clear":
        root, removed = cache.clear(args.cache_dir)
        print(f"removed {removed} cached files from {root}")
        return 0
    info = cache.stats(args.cache_dir)
    print(f"{info['path']}: {info['files']} files, {info['bytes'] / 1e6:.1f} MB")
    return 0
