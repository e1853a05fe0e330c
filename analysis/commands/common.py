"""Arguments shared by the commands that read a corpus."""

from __future__ import annotations

import argparse

import corpus
from analysis import study


def add_corpus_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "corpus", nargs="*", default=[study.default_corpus()], metavar="CORPUS",
        help="files, folders (recursive) or globs; default: corpus/ in a study folder "
             "(newslens init), else seeds/",
    )
    parser.add_argument("--fields", type=parse_fields, help="field mapping, e.g. text=body,published=pubdate")
    parser.add_argument("--strict", action="store_true", help="any skipped record is a failure (exit 2)")
    parser.add_argument("--model", help="spaCy pipeline name or path (default: en_core_web_sm, else its redistribution)")
    parser.add_argument("--aliases", help="YAML or CSV of extra actor aliases (alias, actor, actor_type, country)")
    keep = parser.add_argument_group("filters (an article is kept when it passes all of them)")
    keep.add_argument("--since", metavar="DATE", help="published on or after DATE (ISO, e.g. 2025-11-01)")
    keep.add_argument("--until", metavar="DATE", help="published on or before DATE")
    keep.add_argument("--source", dest="sources", action="append", metavar="NAME", help="outlet; repeatable (any of)")
    keep.add_argument("--language", dest="languages", action="append", metavar="CODE", help="language; repeatable")
    keep.add_argument("--keyword", dest="keywords", action="append", metavar="WORDS", help="word or phrase in title or text; repeatable")


def parse_fields(value: str | None) -> dict[str, str] | None:
    """``text=body,published=pubdate`` → ``{"text": "body", "published": "pubdate"}``, checked
    by the corpus library's own parser (field names included) before anything runs."""
    if not value:
        return None
    try:
        return dict(corpus.parse_fields_spec(value).overrides)
    except corpus.CorpusError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def filters_from(args: argparse.Namespace) -> dict | None:
    """The filter options given, as ``corpus.Filters`` keyword arguments (None when none)."""
    chosen = {
        name: getattr(args, name, None)
        for name in ("since", "until", "sources", "languages", "keywords")
        if getattr(args, name, None)
    }
    return chosen or None


def make_filters(chosen: dict | None):
    """``corpus.Filters`` from :func:`filters_from`'s dict; a bad date is a CorpusError."""
    return corpus.Filters(**chosen) if chosen else None


def extractor_config(args: argparse.Namespace) -> dict:
    return {"actors": {"aliases": args.aliases}} if getattr(args, "aliases", None) else {}


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number
