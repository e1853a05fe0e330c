"""``.parquet``: one article per row, read a batch of rows at a time.

Row groups are read one at a time: a damaged page loses the rest of its row
group (reported as "rows 257-512"), and the other row groups are still read,
numbered as in the file. A value Python cannot hold (a ``date32`` past year
9999) becomes an unreadable value: a date warning for that row, not a lost file.

A plain file is memory-mapped by pyarrow; a compressed one or a zip entry has
no random access and is read into memory first, within the record size limit.
"""

from __future__ import annotations

from collections.abc import Iterator

from corpus.dates import UnreadableValue
from corpus.readers.base import EMPTY, Problem, RawRecord, ReadContext, no_records, read_capped, too_large

BATCH_ROWS = 256


def read_parquet(source, ctx: ReadContext) -> Iterator[RawRecord | Problem]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if source.path is not None:
        # pyarrow opens the path itself (to memory-map it): check again, just before, that it
        # is still a regular file, as a FIFO put in its place would block that open.
        with source.open():
            pass
        if source.path.stat().st_size == 0:
            yield no_records("row 1", EMPTY)
            return
        handle = source.path
    else:
        with source.open() as stream:
            data = read_capped(stream, ctx.max_record_bytes)
        if data is None:
            yield Problem("row 1", too_large(ctx.max_record_bytes, "compressed or archived Parquet file"))
            return
        if not data:
            yield no_records("row 1", EMPTY)
            return
        handle = pa.BufferReader(data)
    try:
        parquet = pq.ParquetFile(handle, memory_map=source.path is not None)
    except (pa.ArrowException, OSError, ValueError) as err:
        yield no_records("row 1", f"not a readable Parquet file ({_one_line(err)})")
        return
    columns = parquet.schema_arrow.names
    if "text" not in ctx.fields.resolve(columns):
        yield no_records("row 1", f"no text column (looked for {ctx.fields.describe('text')}; "
                               f"columns: {', '.join(columns) or 'none'}); no row of this file was read")
        return
    meta = parquet.metadata
    groups = parquet.num_row_groups
    row = 0  # rows before this row group: numbering stays right after a lost group
    for group in range(groups):
        last = row + meta.row_group(group).num_rows
        done = row
        try:
            for batch in parquet.iter_batches(batch_size=BATCH_ROWS, row_groups=[group]):
                ctx.position = f"row {done + 1}"
                for record in _rows(batch):
                    done += 1
                    yield RawRecord(f"row {done}", record)
        except (pa.ArrowException, OSError, ValueError, OverflowError) as err:
            lost = f"row {last}" if done + 1 >= last else f"rows {done + 1}-{last}"
            yield Problem(lost, f"unreadable data in row group {group + 1} of {groups} "
                                f"({_one_line(err)}); these rows were not read, the other row groups were")
        row = last


def _rows(batch) -> list[dict]:
    """The batch's rows as dicts; a value Python cannot hold (a date past 9999) becomes an UnreadableValue."""
    try:
        return batch.to_pylist()
    except (OverflowError, ValueError, _pa().ArrowException):
        pass
    columns = []
    for column in batch.columns:
        try:
            columns.append(column.to_pylist())
        except (OverflowError, ValueError, _pa().ArrowException):
            columns.append([_value(column, i) for i in range(len(column))])
    names = batch.schema.names
    return [dict(zip(names, values)) for values in zip(*columns)]


def _value(column, i: int):
    try:
        return column[i].as_py()
    except (OverflowError, ValueError, _pa().ArrowException):
        pass
    pa = _pa()
    raw = None
    width = getattr(column.type, "bit_width", None)
    if width in (32, 64):
        try:
            raw = column.slice(i, 1).view(pa.int32() if width == 32 else pa.int64()).to_pylist()[0]
        except (pa.ArrowException, ValueError, TypeError):
            raw = None
    shown = f"{column.type} value {raw}" if raw is not None else f"{column.type} value"
    return UnreadableValue(shown, "out of range for Python (dates and times end at year 9999)")


def _pa():
    import pyarrow as pa

    return pa


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split()) or type(err).__name__
