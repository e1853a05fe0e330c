"""``.csv`` and ``.tsv`` with the standard csv module; one article per row.

Rows are numbered as a spreadsheet numbers them: the header is row 1, the first
article row 2. Fields may be as large as the record size limit, and lines are
read through the same capped, per-line decoder as JSON Lines.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator

from corpus.readers.base import Problem, RawRecord, ReadContext, no_records, too_large
from corpus.readers.lines import iter_lines


def read_csv(source, ctx: ReadContext) -> Iterator[RawRecord | Problem]:
    yield from _read(source, ctx, csv.excel)


def read_tsv(source, ctx: ReadContext) -> Iterator[RawRecord | Problem]:
    yield from _read(source, ctx, csv.excel_tab)


def _read(source, ctx: ReadContext, dialect) -> Iterator[RawRecord | Problem]:
    csv.field_size_limit(min(sys.maxsize, max(ctx.max_record_bytes, 131072)))
    problems: list[Problem] = []
    with source.open() as stream:
        feed = _Feed(iter_lines(stream, ctx), problems, ctx.max_record_bytes, dialect)
        reader = csv.reader(feed, dialect)
        reported = False
        while True:
            header = _next_row(reader, feed)
            reported |= bool(problems)
            yield from _drain(problems)
            if header is None:
                if not reported:
                    yield no_records("row 1", "no header row (the file has only blank lines)")
                return
            if isinstance(header, Problem):
                yield Problem("row 1", header.reason)
                return
            if header and header != [""]:
                break
        header = [name.strip().lstrip("\ufeff") for name in header]
        keys = ctx.fields.resolve(header)
        if "text" not in keys:
            yield no_records("row 1", f"no text column (looked for {ctx.fields.describe('text')}; "
                                   f"columns: {', '.join(header) or 'none'}); no row of this file was read")
            return
        row_number = 1
        while True:
            row = _next_row(reader, feed)
            yield from _drain(problems)
            if row is None:
                return
            row_number += 1
            locator = ctx.position = f"row {row_number}"
            if isinstance(row, Problem):
                yield Problem(locator, row.reason)
            elif not row or row == [""]:
                row_number -= 1  # a blank line is not a row
            elif len(row) != len(header):
                yield Problem(locator, f"{len(row)} fields where the header has {len(header)}")
            else:
                yield RawRecord(locator, dict(zip(header, row)), ctx.encodings.get(ctx.name))


def _next_row(reader, feed: "_Feed"):
    try:
        return next(reader)
    except StopIteration:
        return None
    except csv.Error as err:
        return Problem("", f"malformed CSV ({err})")
    except _Oversize:
        return Problem("", too_large(feed.cap, "record"))
    finally:
        feed.record_done()


class _Oversize(Exception):
    """Raised through csv.reader when a record outgrows the cap; its lines have been passed."""


class _Feed:
    """Lines for csv.reader, watching the size of the record being read.

    A bad line becomes a blank line and a reported problem. A record (a row, with
    any quoted line breaks) longer than ``cap`` characters is not handed on: the
    rest of its lines are passed by following the quoting as csv does, and
    ``_Oversize`` is raised, so it costs one skip and the rows after it keep their
    numbers. (csv.reader starts each row afresh, so it can go on reading.)
    """

    def __init__(self, lines, problems: list[Problem], cap: int, dialect) -> None:
        self.lines = lines
        self.problems = problems
        self.cap = cap
        self.quote = dialect.quotechar
        self.delimiter = dialect.delimiter
        self.record: list[str] = []
        self.size = 0

    def __iter__(self) -> "_Feed":
        return self

    def __next__(self) -> str:
        _lineno, text, problem = next(self.lines)
        if problem:
            self.problems.append(problem)
            return "\n"
        line = text + "\n"
        self.size += len(line)
        if self.size > self.cap:
            self._pass_record(line)
            raise _Oversize
        self.record.append(line)
        return line

    def record_done(self) -> None:
        self.record.clear()
        self.size = 0

    def _pass_record(self, line: str) -> None:
        quoted = False
        for earlier in (*self.record, line):
            quoted = self._quoted_after(earlier, quoted)
        while quoted:
            try:
                _lineno, text, _problem = next(self.lines)
            except StopIteration:
                break
            if text is not None:
                quoted = self._quoted_after(text + "\n", quoted)
        self.record_done()

    def _quoted_after(self, line: str, quoted: bool) -> bool:
        """Is a quoted field still open at the end of ``line``? (csv's rules: a quote opens a
        field only at its start; a doubled quote inside one is a quote; no escape character.)"""
        quote, delimiter, i, n = self.quote, self.delimiter, 0, len(line)
        while i < n:
            if quoted:
                j = line.find(quote, i)
                if j < 0:
                    return True
                if line.startswith(quote, j + 1):
                    i = j + 2
                    continue
                quoted = False
                i = j + 1
            elif line.startswith(quote, i):
                quoted = True
                i += 1
                continue
            j = line.find(delimiter, i)  # the rest of this field is plain text
            if j < 0:
                return False
            i = j + 1
        return quoted


def _drain(problems: list[Problem]) -> Iterator[Problem]:
    while problems:
        yield problems.pop(0)
