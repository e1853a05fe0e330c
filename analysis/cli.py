"""The ``newslens`` command line (DESIGN.md "Command line").

Exit codes (:mod:`analysis.errors`): 0 success, 1 a run that failed (e.g. a notebook),
2 usage or input error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import logging
import sys

from analysis.commands import cache_cmd, corpus_cmd, extract_cmd, init_cmd, report_cmd
from analysis.errors import EXIT_INTERRUPTED, NewslensError

COMMANDS = (extract_cmd, report_cmd, corpus_cmd, cache_cmd, init_cmd)
log = logging.getLogger("newslens")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newslens",
        description="Research notebook kit for news coverage: actors, quotes, oil-trade figures.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    parser.add_argument("--version", action="version", version=f"newslens {version()}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(subparsers)
    return parser


def version() -> str:
    """The installed distribution's version (pyproject.toml's ``version``)."""
    from importlib.metadata import PackageNotFoundError, version as installed

    try:
        return installed("newslens")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown (not installed)"


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = _parse(parser, sys.argv[1:] if argv is None else list(argv))
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="newslens: %(message)s",
        stream=sys.stderr,
    )
    try:
        return int(args.run(args) or 0)
    except NewslensError as err:  # meant for the user: the message, not a traceback
        log.error("%s", err)
        return err.exit_code
    except KeyboardInterrupt:
        print("newslens: interrupted; no partial tables were published", file=sys.stderr)
        return EXIT_INTERRUPTED


def _parse(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace:
    """Parse, letting CORPUS paths come after options too (``extract --out DIR corpus/``).

    argparse matches an optional positional list before the options it meets first and
    then rejects later paths; those arrive here as extras and join ``corpus``.
    """
    args, extras = parser.parse_known_args(argv)
    if not extras:
        return args
    if any(extra.startswith("-") for extra in extras) or not hasattr(args, "corpus"):
        parser.error(f"unrecognized arguments: {' '.join(extras)}")
    typed = [path for path in args.corpus if path in argv and path not in extras]  # not the default
    args.corpus = typed + extras
    return args


if __name__ == "__main__":
    sys.exit(main())
