"""The ``newslens`` command line (DESIGN.md "Command line").

Exit codes: 0 success, 1 a run that failed (e.g. a notebook), 2 usage or input error.
"""

from __future__ import annotations

import argparse
import logging
import sys

from analysis.commands import cache_cmd, corpus_cmd, extract_cmd, report_cmd

COMMANDS = (extract_cmd, report_cmd, corpus_cmd, cache_cmd)
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newslens",
        description="Research notebook kit for news coverage: actors, quotes, oil-trade figures.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="newslens: %(message)s",
        stream=sys.stderr,
    )
    try:
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        print("newslens: interrupted; no partial tables were published", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
