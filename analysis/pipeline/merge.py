"""The final merge of a table's parts into one sorted file, in memory bounded by a constant.

The parts of a table are written in whatever order the partitions finish, by the driver (local
engine) or by the workers (Dask). A table whose rows hold more than ``RANGE_BYTES`` is first
distributed, in one pass, into ranges of ``article_id`` (the first sort key, DESIGN.md order);
each range is then sorted apart (pyarrow) and appended to the file. Memory follows the range,
not the corpus: DuckDB's one sort of every row held the whole table (issue 15: the merge's peak
grew 1.8x from 10k to 100k articles), and DuckDB 2.0 could not spill that text-heavy sort under
a memory cap.

A Parquet file's row groups close at ``ROW_GROUP_BYTES`` of cell data counted over the sorted
rows themselves, so the file depends only on its rows, never on how they were split into parts
or ranges: both engines, and any number of ranges, publish the same bytes.
"""

from __future__ import annotations

import bisect
import shutil
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from analysis.pipeline import tables

RANGE_BYTES = 8 * 2**20  # of a range's rows as Arrow holds them
MAX_RANGES = 256  # open files while routing; past 2 GiB of rows the ranges grow instead
ROW_GROUP_BYTES = 4 * 2**20
HELD_BYTES = 8 * 2**20  # pieces held while routing parts into ranges
SAMPLE_IDS = 20_000  # article ids sampled to place the ranges' bounds
_FIXED_CELL_BYTES = 8


def merge_parts(part_files: list[Path], dest: Path, *, schema: pa.Schema, fmt: str, order: list[str],
                connection, csv_columns: str, scratch: Path) -> int:
    """Sort ``part_files`` (``schema``) by the columns ``order`` into ``dest``; return its row count.

    ``csv_columns``: the SELECT list a CSV is written with (over a view named ``rows``), by
    DuckDB's CSV writer on ``connection``; ``scratch``: a folder for the ranges, removed before
    returning.
    """
    scratch.mkdir(parents=True, exist_ok=True)
    try:
        writer = _Csv(dest, connection, csv_columns, scratch) if fmt == "csv" else _RowGroups(dest, schema)
        rows = 0
        with writer:
            for files in _distribute(part_files, schema, scratch):
                table = pa.concat_tables([_read(path, schema) for path in files])
                # DuckDB's ORDER BY, as the tables were sorted before: ascending, nulls last, text by bytes.
                writer.write(table.sort_by([(column, "ascending", "at_end") for column in order]))
                rows += table.num_rows
                del table
                # what the range's sort held goes back to the system, not kept for the next one
                pa.default_memory_pool().release_unused()
        return rows
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


class _Csv:
    """One CSV of sorted tables appended in turn, by DuckDB's CSV writer (its quoting, as before)."""

    def __init__(self, path: Path, connection, columns: str, scratch: Path):
        self.out = open(path, "wb")
        self.connection, self.columns, self.piece = connection, columns, scratch / "sorted.csv"
        self.first = True

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.out.close()

    def write(self, table: pa.Table) -> None:
        self.connection.register("rows", table)
        try:
            self.connection.execute(
                f"COPY (SELECT {self.columns} FROM rows) TO {sql_literal(self.piece)} "
                f"(FORMAT csv, HEADER {'true' if self.first else 'false'})"
            )
        finally:
            self.connection.unregister("rows")
        self.first = False
        with open(self.piece, "rb") as handle:
            shutil.copyfileobj(handle, self.out)


def _distribute(part_files: list[Path], schema: pa.Schema, scratch: Path) -> list[list[Path]]:
    """The parts as ranges of ``article_id`` in sort order, each of about ``RANGE_BYTES``."""
    size, seen, step, sample = 0, 0, 1, []
    for path in part_files:
        # Decoded, as the sort holds them: Parquet's own sizes are of dictionary-encoded pages,
        # for repetitive text a small fraction of it.
        part = _read(path, schema)
        size += part.nbytes
        # The ids at every step-th row of all the parts; the step doubles as the sample fills.
        sample += part.column("article_id").to_pylist()[(-seen) % step::step]
        seen += part.num_rows
        if len(sample) > SAMPLE_IDS:
            sample, step = sample[::2], step * 2
    count = min(-(-size // RANGE_BYTES), MAX_RANGES)
    if count <= 1:
        return [part_files]
    sample.sort()
    bounds = sorted({sample[len(sample) * i // count] for i in range(1, count)})
    return _route(part_files, schema, bounds, scratch)


def _route(part_files: list[Path], schema: pa.Schema, bounds: list[str], scratch: Path) -> list[list[Path]]:
    """Each part's rows into the file of their range. Pieces are held up to ``HELD_BYTES`` in
    all, the largest range written first: few row groups per range file (each costs the
    writer its metadata until closed) in bounded memory."""
    writers: dict[int, pq.ParquetWriter] = {}
    held: dict[int, list[pa.Table]] = {}
    held_bytes: dict[int, int] = {}

    def write(number: int) -> None:
        if number not in writers:
            # Scratch files, read once: speed over size, no statistics.
            writers[number] = pq.ParquetWriter(scratch / f"range-{number:05d}.parquet", schema,
                                               compression="lz4", write_statistics=False)
        writers[number].write_table(pa.concat_tables(held.pop(number)))
        del held_bytes[number]

    try:
        for path in part_files:
            part = _read(path, schema)
            # Python strings, not numpy's: its conversion of text loads pandas (some 35 MB).
            range_of_row = np.array([bisect.bisect_right(bounds, i) for i in part.column("article_id").to_pylist()])
            for number in np.unique(range_of_row).tolist():
                piece = part.filter(pa.array(range_of_row == number))
                held.setdefault(number, []).append(piece)
                held_bytes[number] = held_bytes.get(number, 0) + piece.nbytes
            del part
            while sum(held_bytes.values()) > HELD_BYTES:
                write(max(held_bytes, key=held_bytes.get))
        for number in list(held):
            write(number)
    finally:
        for writer in writers.values():
            writer.close()
    return [[scratch / f"range-{number:05d}.parquet"] for number in sorted(writers)]


def _read(path: Path, schema: pa.Schema) -> pa.Table:
    # A file by itself, not through pyarrow.dataset, whose machinery alone holds some 50 MB.
    table = pq.ParquetFile(path).read()
    return table if table.schema.equals(schema) else table.cast(schema)


def sql_literal(path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


class _RowGroups:
    """A Parquet writer whose row groups close at ``ROW_GROUP_BYTES`` of cell data, counted row by
    row over the rows in the order they are written (not over how they arrive in batches)."""

    def __init__(self, path: Path, schema: pa.Schema):
        # As tables.write_table: zstd, statistics, nothing that drifts between runs.
        self.writer = pq.ParquetWriter(path, schema, compression="zstd", write_statistics=True)
        self.held: list[pa.Table] = []
        self.held_bytes = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        if exc[0] is None:
            self._flush()
        self.writer.close()

    def write(self, rows: pa.Table) -> None:
        through = np.cumsum(_row_bytes(rows))
        start, counted = 0, 0
        while start < rows.num_rows:
            # the first row at which the held group reaches its size
            last = int(np.searchsorted(through, counted + ROW_GROUP_BYTES - self.held_bytes, side="left"))
            if last >= rows.num_rows:
                self.held.append(rows.slice(start))
                self.held_bytes += int(through[-1]) - counted
                return
            self.held.append(rows.slice(start, last + 1 - start))
            self._flush()
            start, counted = last + 1, int(through[last])

    def _flush(self) -> None:
        if not self.held:
            return
        group = pa.concat_tables(self.held).combine_chunks()
        self.writer.write_table(group, row_group_size=max(1, group.num_rows))
        self.held, self.held_bytes = [], 0


def _row_bytes(rows: pa.Table) -> np.ndarray:
    sizes = np.zeros(rows.num_rows, dtype=np.int64)
    for column, field in zip(rows.columns, rows.schema):
        if tables.is_text(field.type):
            sizes += pc.fill_null(pc.binary_length(column), 0).to_numpy(zero_copy_only=False)
        else:
            sizes += _FIXED_CELL_BYTES
    return sizes
