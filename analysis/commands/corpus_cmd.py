"""``newslens corpus info|validate [CORPUS ...]``: what a corpus holds, and what was wrong with it.

``info`` lists counts, sources, languages, the date range, duplicates, skipped
records, the fingerprint and the spaCy model in use. ``validate`` prints the
load report and exits 2 when any record was skipped (``--strict``: at the first).

Text output escapes control characters (``\\n``, ``\\x1b``, ``\\u202e``) wherever they
come from, file names included, so input can never forge or hide a line of it.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter
from dataclasses import dataclass, field

import corpus
from corpus.report import printable
from analysis.commands.common import add_corpus_arguments, filters_from, make_filters

log = logging.getLogger(__name__)
from analysis.errors import EXIT_USAGE as EXIT_SKIPPED  # noqa: E402  (skipped records are an input error)
LISTED = 20  # articles listed by name in ``info``


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "corpus",
        help="describe (info) or check (validate) a corpus",
        description="info: counts, sources, dates, duplicates, model in use. "
        "validate: the load report; exit 2 when any record was skipped.",
    )
    parser.add_argument("action", choices=("info", "validate"))
    add_corpus_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(run=run)


@dataclass(slots=True)
class Summary:
    """What one pass over the corpus shows, beyond the load report."""

    sources: Counter = field(default_factory=Counter)
    languages: Counter = field(default_factory=Counter)
    first: str | None = None
    last: str | None = None
    undated: int = 0
    inferred: int = 0
    listed: list[dict] = field(default_factory=list)

    def add(self, article: corpus.Article) -> None:
        self.sources[article.source or "(unknown)"] += 1
        self.languages[article.language or "(unknown)"] += 1
        if article.published is None:
            self.undated += 1
        else:
            day = article.published.isoformat()
            self.first = min(self.first or day, day)
            self.last = max(self.last or day, day)
            self.inferred += article.published_inferred
        if len(self.listed) < LISTED:
            self.listed.append({
                "article_id": article.article_id,
                "published": article.published.isoformat() if article.published else None,
                "published_inferred": article.published_inferred,
                "source": article.source,
                "language": article.language,
                "n_words": article.n_words,
                "duplicate_of": article.duplicate_of,
                "title": article.title,
                "origin": article.origin,
            })


def run(args: argparse.Namespace) -> int:
    try:
        loaded = corpus.load(
            args.corpus, fields=args.fields, strict=args.strict, filters=make_filters(filters_from(args))
        )
        summary = Summary()
        for article in loaded:
            summary.add(article)
        report = loaded.report
    except corpus.CorpusError as err:
        log.error("%s", printable(str(err)))
        return EXIT_SKIPPED
    if report.files_read == 0:
        log.warning(
            "%s: no file newslens reads was found (.txt, .md, .jsonl, .ndjson, .json, .csv, .tsv, "
            ".parquet, .html, each also .gz or inside a .zip; hidden files are left out)",
            ", ".join(printable(str(path)) for path in args.corpus),
        )
    elif not summary.listed:
        log.warning("%s: no article was loaded (see skipped and filtered)", ", ".join(printable(str(p)) for p in args.corpus))
    if args.action == "validate":
        _print_validate(report, as_json=args.json)
        return EXIT_SKIPPED if report.skipped else 0
    _print_info(args.corpus, report, summary, _model(args), as_json=args.json)
    return 0


def _model(args) -> dict:
    from analysis.pipeline.model import ModelNotFound, model_info

    try:
        info = model_info(args.model)
    except (ModelNotFound, OSError, ImportError) as err:
        return {"error": str(err)}
    return {"package": info.package, "version": info.version, "weights_sha256": info.weights_sha256}


def _print_info(paths, report: corpus.LoadReport, summary: Summary, model: dict, *, as_json: bool) -> None:
    exact = sum(d.kind == "exact" for d in report.duplicates)
    near = len(report.duplicates) - exact
    if as_json:
        _dump({
            "corpus": list(map(str, paths)),
            "articles": report.articles_loaded,
            "files_read": report.files_read,
            "records_read": report.records_read,
            "sources": dict(sorted(summary.sources.items())),
            "languages": dict(sorted(summary.languages.items())),
            "dates": {"first": summary.first, "last": summary.last, "undated": summary.undated,
                      "inferred": summary.inferred},
            "duplicates": {"exact": exact, "near": near},
            "implausible_dates": len(report.implausible_dates),
            "skipped": len(report.skipped),
            "warnings": len(report.warnings),
            "filtered_out": dict(sorted(report.filtered_out.items())),
            "fingerprint": report.fingerprint,
            "model": model,
            "first_articles": summary.listed,
        })
        return
    out = [
        f"corpus:      {' '.join(map(str, paths))}",
        f"articles:    {report.articles_loaded} (from {report.records_read} record(s) in {report.files_read} file(s))",
        f"sources:     {_counts(summary.sources)}",
        f"languages:   {_counts(summary.languages)}",
        f"dates:       {_dates(summary, len(report.implausible_dates))}",
        f"duplicates:  {exact} exact, {near} near (marked with duplicate_of, never dropped)",
        f"skipped:     {len(report.skipped)} record(s); {len(report.warnings)} warning(s)"
        + (" — run `newslens corpus validate` for details" if report.skipped or report.warnings else ""),
        f"filtered:    {_counts(report.filtered_out)} (kept out by --since/--until/--source/--language/--keyword)"
        if report.filtered_out else "filtered:    none",
        f"fingerprint: {report.fingerprint}",
        "model:       " + (model["error"] if "error" in model else
                           f"{model['package']} {model['version']} (weights sha256 {model['weights_sha256']})"),
    ]
    if summary.listed:
        out.append("")
        out.append("article_id        published    source / title")
        for row in summary.listed:
            day = (row["published"] or "-") + ("*" if row["published_inferred"] else "")
            dup = f" [duplicate of {row['duplicate_of']}]" if row["duplicate_of"] else ""
            out.append(f"{row['article_id']:<17} {day:<12} {row['source'] or '(unknown)'} / "
                       f"{row['title'] or '(no title)'}{dup}")
        if report.articles_loaded > len(summary.listed):
            out.append(f"… and {report.articles_loaded - len(summary.listed)} more")
        if summary.inferred:
            out.append("* date inferred from the text")
    _print_lines(out)


def _print_validate(report: corpus.LoadReport, *, as_json: bool) -> None:
    if as_json:
        _dump(report.to_dict())
        return
    out = [
        f"files read:      {report.files_read}",
        f"records read:    {report.records_read}",
        f"articles loaded: {report.articles_loaded}",
        f"filtered out:    {sum(report.filtered_out.values())}",
        f"duplicates:      {len(report.duplicates)}",
        f"skipped:         {len(report.skipped)}",
        f"warnings:        {len(report.warnings)}",
        f"fingerprint:     {report.fingerprint}",
    ]
    out += [f"SKIPPED  {s.message}" for s in report.skipped]
    out += [f"WARNING  {w.message}" for w in report.warnings]
    out += [f"DUPLICATE {d.article_id} of {d.duplicate_of} ({d.kind})" for d in report.duplicates]
    out += [f"IMPLAUSIBLE DATE {d.origin}: {d.published} (article {d.article_id}; before 1900 or over a year "
            "after the load; kept)" for d in report.implausible_dates]
    guessed = {f: e for f, e in report.encodings.items() if e not in ("utf-8", "utf-8-sig")}
    out += [f"ENCODING {f}: {e} (guessed)" for f, e in sorted(guessed.items())]
    out.append("OK: nothing skipped" if report.ok else f"FAILED: {len(report.skipped)} record(s) skipped")
    _print_lines(out)


def _print_lines(lines: list[str]) -> None:
    """One output line per entry, whatever the names and values in it contain."""
    print("\n".join(printable(line) for line in lines))


def _counts(counter: Counter) -> str:
    return ", ".join(f"{name} {n}" for name, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))) or "-"


def _dates(summary: Summary, implausible: int = 0) -> str:
    if summary.first is None:
        return f"none ({summary.undated} undated)"
    span = summary.first if summary.first == summary.last else f"{summary.first} … {summary.last}"
    notes = [f"{summary.inferred} inferred from the text"] if summary.inferred else []
    notes += [f"{summary.undated} undated"] if summary.undated else []
    notes += [f"{implausible} implausible: before 1900 or over a year ahead"] if implausible else []
    return span + (f" ({'; '.join(notes)})" if notes else "")


def _dump(value: dict) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
