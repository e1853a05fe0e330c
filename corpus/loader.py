"""``load()`` and ``Corpus``: files -> Articles, streaming, with a load report.

A ``Corpus`` holds only its list of files and options. Each iteration is one
pass that re-reads the files, so memory does not grow with the corpus; the
pass's report (skips, duplicates, fingerprint) is kept once a pass completes.
"""

from __future__ import annotations

import datetime as dt
import gzip
import logging
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from corpus.article import Article
from corpus.dedup import Admission, PassIndex
from corpus.errors import CorpusError, StrictError
from corpus.fields import FieldMap, build_article, parse_fields_spec
from corpus.filters import Filters
from corpus.readers import DEFAULT_MAX_RECORD_BYTES, READERS, Problem, ReadContext
from corpus.dates import PLAUSIBLE_FROM, plausible_until
from corpus.report import WHOLE_FILE, Duplicate, ImplausibleDate, LoadReport, Skip, printable
from corpus.sources import Source, expand_entries, sources

DEFAULT_CORPUS = "seeds/"
log = logging.getLogger("newslens.corpus")

# What reading a damaged or hostile file can raise; anything else is a bug and propagates.
_READ_ERRORS = (OSError, EOFError, ValueError, LookupError, RecursionError, zlib.error, zipfile.BadZipFile,
                MemoryError, OverflowError)


@dataclass(slots=True, frozen=True)
class Options:
    fields: FieldMap = field(default_factory=FieldMap)
    strict: bool = False
    filters: Filters = field(default_factory=Filters)
    dedupe: bool = True
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES


def load(paths=DEFAULT_CORPUS, *, fields=None, strict: bool = False, filters: Filters | None = None,
         dedupe: bool = True, max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES) -> "Corpus":
    """Open a corpus: files, folders (recursive) or globs, in the given order.

    ``fields`` maps Article fields to record keys ({"text": "body"} or
    "text=body,published=pubdate"). Raises :class:`CorpusError` at once for a
    path that does not exist or a bad mapping; problems inside files are
    skipped and reported (``strict=True``: raised as :class:`StrictError`).
    """
    if max_record_bytes <= 0:
        raise CorpusError("max_record_bytes must be positive")
    options = Options(parse_fields_spec(fields), strict, filters or Filters(), dedupe, max_record_bytes)
    return Corpus(expand_entries(paths), options)


class Corpus:
    def __init__(self, entries: list[tuple[Path, str] | Skip], options: Options) -> None:
        # Files that are never opened (FIFOs, symlink loops, links out of the corpus) stay
        # in their place in load order as Skips, reported again by every pass.
        self.entries = entries
        self.files = [entry for entry in entries if not isinstance(entry, Skip)]
        self.options = options
        self._report: LoadReport | None = None

    def __iter__(self) -> Iterator[Article]:
        return self._pass()

    def __len__(self) -> int:
        return self.report.articles_loaded

    def __repr__(self) -> str:
        return f"<Corpus of {len(self.files)} file(s)>"

    @property
    def report(self) -> LoadReport:
        """The report of the last complete pass (runs one if there was none)."""
        if self._report is None:
            for _ in self:
                pass
        assert self._report is not None
        return self._report

    @property
    def fingerprint(self) -> str:
        return self.report.fingerprint

    def to_pandas(self):
        """One row per article: the ``articles`` table columns (DESIGN.md)."""
        import pandas as pd

        rows = [article.to_row() for article in self]
        columns = list(Article("", "").to_row())
        frame = pd.DataFrame(rows, columns=columns)
        return frame.astype({"n_words": "int64"})

    def _pass(self) -> Iterator[Article]:
        run = Pass(self.options)
        try:
            for entry in self.entries:
                if isinstance(entry, Skip):
                    run.skip(entry)
                else:
                    yield from run.file(*entry)
            run.report.fingerprint = run.index.fingerprint()
            self._report = run.report
        finally:
            run.index.close()


class Reading:
    """Files -> records -> candidate Articles (built and filtered), counting into ``report``.

    What happens to a candidate (de-duplication, the report's lists) is the
    subclass's :meth:`admit`: at once in a serial pass (:class:`Pass`); on a
    worker, recorded for the driver to decide in load order (:mod:`corpus.shards`).
    """

    def __init__(self, options: Options) -> None:
        self.options = options
        self.report = LoadReport()
        self.stopped = False  # a read error ended the file: the rest of it is not read
        self.lines = 0  # lines of the last source read (for a byte range's successor)

    def skip(self, skip: Skip) -> None:
        raise NotImplementedError

    def warn(self, warning: Skip) -> None:
        raise NotImplementedError

    def admit(self, name: str, locator: str, article: Article) -> Article | None:
        raise NotImplementedError

    def file(self, path: Path, name: str, span=None) -> Iterator[Article]:
        try:
            for unit in sources(path, name, span):
                if isinstance(unit, Skip):
                    self.skip(unit)
                else:
                    yield from self.source(unit)
        except (OSError, zipfile.BadZipFile, EOFError, zlib.error) as err:
            self.stopped = True
            self.skip(Skip(name, WHOLE_FILE, f"cannot read the file ({_describe(err)})"))

    def source(self, source: Source) -> Iterator[Article]:
        # A byte range counts as a file once: the range at its start.
        self.report.files_read += source.span is None or source.span.start == 0
        ctx = ReadContext(source.name, self.options.fields, self.options.max_record_bytes)
        if source.span is not None:
            ctx.position = f"line {source.span.first_line}"
        reader = READERS.get(source.fmt)
        if reader is None:
            self.skip(Skip(source.name, WHOLE_FILE, f"no reader for {source.fmt} files yet"))
            return
        items = reader(source, ctx)
        try:
            while True:
                # Only the reading is guarded: a bug in what follows must not pass as bad input.
                try:
                    item = next(items)
                except StopIteration:
                    break
                except _READ_ERRORS as err:
                    self.stopped = True
                    self.skip(Skip(source.name, ctx.position, f"{_describe(err)}; the rest of the file was not read"))
                    break
                if isinstance(item, Problem):
                    self.report.records_read += item.is_record
                    self.skip(Skip(source.name, item.locator, item.reason))
                    continue
                self.report.records_read += 1
                article = self.article(source.name, item)
                if article is not None:
                    yield article
        finally:
            items.close()
            self.report.encodings.update(ctx.encodings)
            self.lines = ctx.lines

    def article(self, name: str, record) -> Article | None:
        built = build_article(record.data, self.options.fields, origin=origin_of(name, record.locator),
                              encoding=record.encoding, max_chars=self.options.max_record_bytes)
        for message in built.warnings:
            self.warn(Skip(name, record.locator, message))
        if built.article is None:
            self.skip(Skip(name, record.locator, built.reason or "not an article"))
            return None
        article = built.article
        excluded = self.options.filters.exclusion(article) if self.options.filters.active else None
        if excluded:
            self.report.filtered_out[excluded] = self.report.filtered_out.get(excluded, 0) + 1
            return None
        return self.admit(name, record.locator, article)


class Pass(Reading):
    """The state of one pass: its report and its on-disk index."""

    def __init__(self, options: Options) -> None:
        super().__init__(options)
        self.index = PassIndex(dedupe=options.dedupe)
        self.latest = plausible_until(dt.datetime.now(dt.timezone.utc).date())

    def skip(self, skip: Skip) -> None:
        self.report.skipped.append(skip)
        log.warning("skipped %s", printable(skip.message))
        if self.options.strict:
            raise StrictError(skip)

    def warn(self, warning: Skip) -> None:
        self.report.warnings.append(warning)
        log.warning("%s", printable(warning.message))

    def admit(self, name: str, locator: str, article: Article) -> Article | None:
        verdict = self.index.admit(article.article_id, article.text, article.origin)
        duplicate_of = self.settle(name, locator, article.article_id, article.origin, article.published, verdict)
        if duplicate_of is False:
            return None
        return article.with_duplicate_of(duplicate_of) if duplicate_of else article

    def settle(self, name: str, locator: str, article_id: str, origin: str, published: dt.date | None,
               verdict: Admission) -> str | None | bool:
        """Report what the index said: False when the article is not loaded, else its duplicate_of."""
        if verdict.status == "conflict":
            self.skip(Skip(name, locator, f"article_id {article_id!r} already used by "
                                          f"{verdict.first_origin} for a different text"))
            return False
        if verdict.status == "repeat":
            self.warn(Skip(name, locator, f"the same record (article_id {article_id!r}, same text) "
                                          f"as {verdict.first_origin}; loaded once"))
            return False
        if verdict.duplicate_of:
            self.report.duplicates.append(Duplicate(article_id, verdict.duplicate_of, verdict.kind or "near"))
        if published is not None and not PLAUSIBLE_FROM <= published <= self.latest:
            self.report.implausible_dates.append(ImplausibleDate(article_id, origin, published.isoformat()))
        self.report.articles_loaded += 1
        return verdict.duplicate_of


def origin_of(name: str, locator: str) -> str:
    return name if locator == WHOLE_FILE else f"{name}:{_short(locator)}"


def _short(locator: str) -> str:
    """Origin suffix as in Article's docstring: "file.jsonl:17", "file.csv:row 4"."""
    return locator[5:] if locator.startswith("line ") else locator


def _describe(err: BaseException) -> str:
    if isinstance(err, EOFError):
        return "truncated compressed stream (it ends before its end marker)"
    if isinstance(err, gzip.BadGzipFile):
        return f"not a valid gzip file ({err})"
    if isinstance(err, zlib.error):
        return f"corrupt compressed data ({err})"
    if isinstance(err, MemoryError):
        return "out of memory reading this file"
    return f"{type(err).__name__}: {err}"
