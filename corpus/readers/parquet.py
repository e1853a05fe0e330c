"""``.parquet``: one article per row, read a batch of rows at a time.

A plain file is memory-mapped by pyarrow; a compressed one or a zip entry has
no random access and is read into memory first, within the record size limit.
"""

from __future__ import annotations

from collections.abc import Iterator

from corpus.readers.base import EMPTY, Problem, RawRecord, ReadContext, no_records, read_capped, too_large

BATCH_ROWS = 256


def read_parquet(source, ctx: ReadContext) -> Iterator[RawRecord | Problem]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if source.path is not None:
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
        yield no_records("row 1", f"not a readable Parquet file ({err})")
        return
    columns = parquet.schema_arrow.names
    if "text" not in ctx.fields.resolve(columns):
        yield no_records("row 1", f"no text column (looked for {ctx.fields.describe('text')}; "
                               f"columns: {', '.join(columns) or 'none'}); no row of this file was read")
        return
    row = 0
    for batch in parquet.iter_batches(batch_size=BATCH_ROWS):
        ctx.position = f"row {row + 1}"
        for record in batch.to_pylist():
            row += 1
            yield RawRecord(f"row {row}", record)
