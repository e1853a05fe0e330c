"""``.csv`` and ``.tsv`` with the standard csv module; one article per row.

Rows are numbered as a spreadsheet numbers them: the header is row 1, the first
article row 2. Fields may be as large as the record size limit, and lines are
read through the same capped, per-line decoder as JSON Lines.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator

from corpus.readers.base import Problem, RawRecord, ReadContext, no_records
from corpus.readers.lines import iter_lines


def read_csv(source, ctx: ReadContext) -> Iterator[RawRecord | Problem]:
    yield from _read(source, ctx, csv.excel)


def read_tsv(source, ctx: ReadContext) -> Iterator[RawRecord | Problem]:
    yield from _read(source, ctx, csv.excel_tab)


def _read(source, ctx: ReadContext, dialect) -> Iterator[RawRecord | Problem]:
    csv.field_size_limit(min(sys.maxsize, max(ctx.max_record_bytes, 131072)))
    problems: list[Problem] = []
    with source.open() as stream:
        reader = csv.reader(_line_feed(iter_lines(stream, ctx), problems), dialect)
        reported = False
        while True:
            header = _next_row(reader, problems)
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
            row = _next_row(reader, problems)
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


def _next_row(reader, problems: list[Problem]):
    try:
        return next(reader)
    except StopIteration:
        return None
    except csv.Error as err:
        return Problem("", f"malformed CSV ({err})")


def _line_feed(lines, problems: list[Problem]) -> Iterator[str]:
    """Lines for csv.reader; a bad line becomes a blank line and a reported problem."""
    for _lineno, text, problem in lines:
        if problem:
            problems.append(problem)
            yield "\n"
        else:
            yield text + "\n"


def _drain(problems: list[Problem]) -> Iterator[Problem]:
    while problems:
        yield problems.pop(0)
