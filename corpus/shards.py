"""A corpus read in shards by workers, with the load report decided by the driver.

The Dask engine (:mod:`analysis.pipeline.engine`) reads a corpus in two phases so that
the driver never holds article text:

1. :func:`scan` (on a worker) reads one shard — a run of whole files, or one byte
   range of a large plain UTF-8 JSON Lines file, cut after a newline — and normalises,
   filters and hashes its records exactly as a serial pass does, returning for each of
   its pieces only its skips and warnings in order, each candidate article's locator,
   id, text sha256, MinHash signature and date, the counters and the lines it read.
2. :class:`Admitter` (on the driver) replays the scans in load order (shards follow
   the files' order, a file's ranges their offsets) into the serial pass's own
   :class:`~corpus.loader.Pass`, through :meth:`~corpus.dedup.PassIndex.admit_signed`:
   ids, duplicates, skips, warnings, the fingerprint and their order come out as a
   serial load gives them. A range's line numbers are known only once the ranges
   before it are counted, so a worker numbers them from 1 and the driver shifts them.
3. :func:`articles` (on a worker) reads the shard again and yields the Articles the
   driver admitted, with their ``duplicate_of`` and their true lines. A shard with many
   admitted articles is :func:`split` into parts that several workers parse at once, each
   reading the shard up to its last article.

Two readings, because whether an article is a duplicate depends on every article
before it in load order, which only the driver sees; reading and normalising cost
little beside parsing. A gzip or zip file cannot be cut: it is one shard.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from corpus.article import Article
from corpus.dedup import sign
from corpus.errors import CorpusError
from corpus.loader import Options, Pass, Reading, origin_of
from corpus.readers.lines import SAMPLE, Span, splittable
from corpus.report import LoadReport, Skip
from corpus.sources import format_of, open_regular

# Whole files are grouped, and large JSON Lines files cut, into shards of at most this
# size: large enough that a task's overhead is noise beside parsing it.
SHARD_BYTES = 256 * 1024
# Toward the end of a run shards shrink, so that the workers finish together: a shard is
# at most 1/TAIL of what remains per worker, and no smaller than MIN_SHARD_BYTES (some 30
# articles of news). Equal shards left a worker idle for up to a whole shard at the end.
TAIL = 4
MIN_SHARD_BYTES = 32 * 1024
_FIND = 1 << 16
_LINE = re.compile(r"line (\d+)")


@dataclass(slots=True, frozen=True)
class Piece:
    """One file of a shard, or a byte range of one; or an entry never opened (``skip``)."""

    name: str
    path: str | None = None  # absolute: a worker may run in another folder
    span: Span | None = None
    skip: Skip | None = None


@dataclass(slots=True, frozen=True)
class Shard:
    index: int
    pieces: tuple[Piece, ...]


@dataclass(slots=True)
class PieceScan:
    """What a worker found in one piece (:func:`scan`): no text."""

    events: list  # ("skip" | "warn", Skip) or ("article", locator, id, sha256, signature, published)
    report: LoadReport  # its counters: files and records read, filtered out, encodings
    lines: int
    stopped: bool  # a read error ended the file here


@dataclass(slots=True, frozen=True)
class Work:
    """A shard with what the driver admitted from each piece: candidate number -> (id, sha256, duplicate_of);
    or ``part`` of them (:func:`split`)."""

    shard: Shard
    admitted: tuple[dict[int, tuple[str, bytes, str | None]], ...]
    part: int = 0

    @property
    def articles(self) -> int:
        return sum(map(len, self.admitted))


def plan(entries, *, shard_bytes: int = SHARD_BYTES, workers: int = 1) -> list[Shard]:
    """Cut a corpus's entries (:func:`corpus.sources.expand_entries`) into shards, in load order,
    for ``workers`` parallel workers (the size of each shard: :func:`_target`)."""
    entries = list(entries)
    sizes = [0 if isinstance(entry, Skip) else _size(entry[0]) for entry in entries]
    remaining = sum(sizes)  # the bytes of the open group and of every file after it
    shards: list[Shard] = []
    group: list[Piece] = []
    size = 0

    for entry, file_size in zip(entries, sizes):
        if isinstance(entry, Skip):
            group.append(Piece(entry.file, skip=entry))
            continue
        path, name = entry
        where = str(Path(path).absolute())
        spans = _spans(Path(path), name, shard_bytes, workers=workers, remaining=remaining - size)
        if spans is None:
            group.append(Piece(name, where))
            size += file_size
            if size < _target(remaining, shard_bytes, workers):
                continue
        if group:
            shards.append(Shard(len(shards), tuple(group)))
            group, remaining, size = [], remaining - size, 0
        for span in spans or ():
            shards.append(Shard(len(shards), (Piece(name, where, span),)))
        if spans is not None:
            remaining -= file_size
    if group:
        shards.append(Shard(len(shards), tuple(group)))
    return shards


def _target(remaining: int, shard_bytes: int, workers: int) -> int:
    """The size of the next shard when ``remaining`` bytes of the corpus are still to cut."""
    floor = min(shard_bytes, MIN_SHARD_BYTES)
    return max(floor, min(shard_bytes, remaining // (TAIL * max(1, workers))))


def _size(path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _spans(path: Path, name: str, shard_bytes: int, *, workers: int = 1,
           remaining: int | None = None) -> list[Span] | None:
    """Byte ranges of a plain JSON Lines file larger than its first range would be, else None
    (read it whole). ``remaining``: the corpus's bytes from this file on (default: the file's)."""
    if format_of(name) != ("jsonl", False):
        return None
    try:
        with open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            remaining = size if remaining is None else remaining

            def target(offset: int) -> int:
                return _target(remaining - offset, shard_bytes, workers)

            if size <= target(0):
                return None
            encoding = splittable(handle.read(SAMPLE))
            if encoding is None:
                return None
            cuts = [0]
            while cuts[-1] + (step := target(cuts[-1])) < size:
                cut = _after_newline(handle, cuts[-1] + step)
                if cut is None or cut >= size:
                    break
                cuts.append(cut)
    except OSError:
        return None  # read whole, the worker reports the error as a serial pass does
    cuts.append(size)
    return [Span(start, end, encoding) for start, end in zip(cuts, cuts[1:])]


def _after_newline(handle, offset: int) -> int | None:
    handle.seek(offset)
    while chunk := handle.read(_FIND):
        found = chunk.find(b"\n")
        if found >= 0:
            return offset + found + 1
        offset += len(chunk)
    return None


class ShardReader(Reading):
    """A worker's reading of a piece. ``admitted`` None: record what the driver needs
    (:func:`scan`); else yield the candidates it names (:func:`articles`)."""

    def __init__(self, options: Options, admitted: dict[int, tuple[str, bytes, str | None]] | None = None) -> None:
        super().__init__(options)
        self.events: list = []
        self.admitted = admitted
        self.candidates = 0

    def skip(self, skip: Skip) -> None:
        if self.admitted is None:
            self.events.append(("skip", skip))

    def warn(self, warning: Skip) -> None:
        if self.admitted is None:
            self.events.append(("warn", warning))

    def admit(self, name: str, locator: str, article: Article) -> Article | None:
        number = self.candidates
        self.candidates += 1
        if self.admitted is None:
            if self.options.dedupe:
                text_hash, signature = sign(article.text)
            else:
                text_hash, signature = hashlib.sha256(article.text.encode("utf-8")).digest(), None
            self.events.append(("article", locator, article.article_id, text_hash, signature, article.published))
            return None
        verdict = self.admitted.get(number)
        if verdict is None:
            return None
        article_id, text_hash, duplicate_of = verdict
        if article.article_id != article_id or hashlib.sha256(article.text.encode("utf-8")).digest() != text_hash:
            raise _changed(article.origin)
        return article.with_duplicate_of(duplicate_of) if duplicate_of else article

    def read(self, piece: Piece) -> Iterator[Article]:
        if piece.skip is not None:
            self.skip(piece.skip)
            return
        yield from self.file(Path(piece.path), piece.name, piece.span)


def scan(shard: Shard, options: Options) -> list[PieceScan]:
    """Phase 1, on a worker: the shard's pieces as the driver needs them (module docstring)."""
    scans = []
    for piece in shard.pieces:
        reader = ShardReader(options)
        for _ in reader.read(piece):
            pass
        scans.append(PieceScan(reader.events, reader.report, reader.lines, reader.stopped))
    return scans


def split(work: Work, parts: int) -> list[Work]:
    """``work`` as up to ``parts`` Works of consecutive admitted articles, in load order.

    A gzip file is one shard however large; its parts let several workers parse it, each
    reading it again (a read costs little beside parsing) but only up to its last article.
    """
    numbered = [(index, number, verdict) for index, admitted in enumerate(work.admitted)
                for number, verdict in admitted.items()]
    parts = max(1, min(parts, len(numbered)))
    if parts == 1:
        return [work]
    bounds = [len(numbered) * part // parts for part in range(parts + 1)]
    works = []
    for part, (start, end) in enumerate(zip(bounds, bounds[1:])):
        admitted = tuple({} for _ in work.admitted)
        for index, number, verdict in numbered[start:end]:
            admitted[index][number] = verdict
        works.append(Work(work.shard, admitted, part))
    return works


def articles(work: Work, options: Options) -> Iterator[Article]:
    """Phase 3, on a worker: the work's admitted Articles, as a serial pass yields them."""
    for piece, admitted in zip(work.shard.pieces, work.admitted):
        if not admitted:
            continue
        reader = ShardReader(options, admitted)
        found = 0
        for article in reader.read(piece):
            found += 1
            yield article
            if found == len(admitted):
                break  # the rest of the piece is another part's
        if found != len(admitted):
            raise _changed(piece.name)


def _changed(where: str) -> CorpusError:
    return CorpusError(f"{where}: the file changed while it was being read (its records differ from "
                       "those found a moment before); run the extraction again")


class Admitter:
    """Phase 2, on the driver: shard scans replayed in load order into one serial Pass."""

    def __init__(self, options: Options) -> None:
        self.run = Pass(options)
        self.lines: dict[str, int] = {}  # lines read so far of each file read in ranges
        self.stopped: set[str] = set()  # files read in ranges that a read error ended

    def admit(self, shard: Shard, scans: list[PieceScan]) -> Work:
        pieces, admitted = [], []
        for piece, found in zip(shard.pieces, scans):
            offset = 0
            if piece.span is not None:
                if piece.name in self.stopped:  # a serial pass read no further
                    pieces.append(piece)
                    admitted.append({})
                    continue
                offset = self.lines.get(piece.name, 0)
                self.lines[piece.name] = offset + found.lines
                if found.stopped:
                    self.stopped.add(piece.name)
                piece = replace(piece, span=replace(piece.span, first_line=offset + 1))
            pieces.append(piece)
            admitted.append(self._replay(piece.name, found, offset))
        return Work(replace(shard, pieces=tuple(pieces)), tuple(admitted))

    def _replay(self, name: str, found: PieceScan, offset: int) -> dict[int, tuple[str, bytes, str | None]]:
        run, chosen = self.run, {}
        _add_counts(run.report, found.report)
        candidate = 0
        for event in found.events:
            if event[0] == "skip":
                run.skip(_shifted(event[1], offset))
            elif event[0] == "warn":
                run.warn(_shifted(event[1], offset))
            else:
                _, locator, article_id, text_hash, signature, published = event
                locator = _shift(locator, offset)
                origin = origin_of(name, locator)
                verdict = run.index.admit_signed(article_id, text_hash, signature, origin)
                duplicate_of = run.settle(name, locator, article_id, origin, published, verdict)
                if duplicate_of is not False:
                    chosen[candidate] = (article_id, text_hash, duplicate_of)
                candidate += 1
        return chosen

    def finish(self) -> LoadReport:
        """The load report, once every shard was admitted."""
        self.run.report.fingerprint = self.run.index.fingerprint()
        return self.run.report

    def close(self) -> None:
        self.run.index.close()


def _add_counts(report: LoadReport, part: LoadReport) -> None:
    report.files_read += part.files_read
    report.records_read += part.records_read
    for reason, count in part.filtered_out.items():
        report.filtered_out[reason] = report.filtered_out.get(reason, 0) + count
    report.encodings.update(part.encodings)


def _shift(locator: str, offset: int) -> str:
    """A range's "line N", numbered from its start, as the file's line."""
    match = _LINE.fullmatch(locator) if offset else None
    return f"line {int(match.group(1)) + offset}" if match else locator


def _shifted(skip: Skip, offset: int) -> Skip:
    return replace(skip, locator=_shift(skip.locator, offset)) if offset else skip
