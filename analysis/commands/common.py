"""Arguments shared by the commands that read a corpus."""

from __future__ import annotations

import argparse

import corpus


def add_corpus_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "corpus", nargs="*", default=[corpus.DEFAULT_CORPUS], metavar="CORPUS",
        help="files, folders (recursive) or globs; default: seeds/",
    )
    parser.add_argument("--fields", type=parse_fields, help="field mapping, e.g. text=body,published=pubdate")
    parser.add_argument("--strict", action="store_true", help="any skipped record is a failure (exit 2)")
    parser.add_argument("--model", help="spaCy pipeline name or path (default: en_core_web_sm, else its redistribution)")
    parser.add_argument("--aliases", help="YAML or CSV of extra actor aliases (alias, actor, actor_type, country)")


def parse_fields(value: str | None) -> dict[str, str] | None:
    """``text=body,published=pubdate`` → ``{"text": "body", "published": "pubdate"}``."""
    if not value:
        return None
    mapping = {}
    for pair in value.split(","):
        name, sep, column = pair.partition("=")
        if not sep or not name.strip() or not column.strip():
            raise argparse.ArgumentTypeError(f"--fields: expected name=column, got {pair!r}")
        mapping[name.strip()] = column.strip()
    return mapping


def extractor_config(args: argparse.Namespace) -> dict:
    return {"actors": {"aliases": args.aliases}} if getattr(args, "aliases", None) else {}
