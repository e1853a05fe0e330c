"""Line-by-line reading with a size cap, and the JSON Lines reader.

Lines are split on bytes and decoded one at a time, so one bad line costs one
record, and a line longer than the cap is skipped as it streams past without
ever being held in memory.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from corpus import encoding as enc
from corpus.readers.base import CHUNK, EMPTY, Problem, RawRecord, ReadContext, no_records, too_large

SAMPLE = 1 << 20  # bytes looked at to choose the encoding
STREAM_ERRORS = (EOFError, OSError, zlib.error, gzip.BadGzipFile)


def iter_lines(stream: BinaryIO, ctx: ReadContext, span: Span | None = None) -> Iterator[tuple[int, str | None, Problem | None]]:
    """(line number, text without the newline, problem) for every line of a text stream.

    Exactly one of text and problem is set. An empty or binary file yields a
    single problem (at line 1, or the line of the first control byte) and stops.
    Lines end at LF (a CR before it stays, for csv and json to ignore), or at CR
    in a file with old-Mac line ends (see :func:`line_end`).

    ``span``: the stream is a byte range of a larger file, cut after a newline, whose
    encoding was chosen once from the file's head (:func:`splittable`); its lines are
    numbered from ``span.first_line``. ``ctx.lines`` ends as the number of lines read.
    """
    head, read = _head(stream)
    if span is None:
        if not head:
            read(0)  # a stream that failed before its first byte raises here
            yield 1, None, no_records("line 1", EMPTY)
            return
        binary = enc.binary_offset(head)
        if binary is not None:
            yield 1, None, no_records(f"line {enc.line_of(head, binary)}", enc.binary_reason(binary))
            return
        newline, encoding = _layout(head)
    else:
        newline, encoding = b"\n", span.encoding
    ctx.note_encoding(encoding)
    if encoding in enc.WIDE:
        yield from _wide_lines(head, read, encoding, ctx.max_record_bytes)
        return
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    old_mac = newline == b"\r"
    first = span.first_line if span else 1
    bom_line = first if span is None or span.start == 0 else None
    for lineno, raw in _byte_lines(head, read, ctx.max_record_bytes, newline, first):
        ctx.position = f"line {lineno}"
        ctx.lines = lineno - first + 1
        if raw is None:
            yield lineno, None, Problem(f"line {lineno}", too_large(ctx.max_record_bytes, "line"))
            continue
        if lineno == bom_line and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if old_mac and raw.startswith(b"\n"):  # a CRLF among CR line ends
            raw = raw[1:]
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError as err:
            yield lineno, None, Problem(f"line {lineno}", enc.undecodable_reason(raw, err, codec, "of the line"))
        else:
            yield lineno, text, None
        # Where a stream error (a truncated gzip) raised by the next read happened.
        ctx.position = f"line {lineno + 1}"


@dataclass(slots=True, frozen=True)
class Span:
    """Bytes ``start`` to ``end`` of a plain UTF-8 JSON Lines file, cut after newlines.

    ``encoding`` is the file's, chosen once from its head; ``first_line`` the number
    of the span's first line in the file (1 when not yet known: the lines of an
    earlier span are counted only once it is read).
    """

    start: int
    end: int
    encoding: str
    first_line: int = 1


def splittable(head: bytes) -> str | None:
    """The encoding of a file that can be read in byte ranges cut at LF, from its head.

    Only plain UTF-8 (with or without a byte-order mark) split on LF: a guessed legacy
    encoding or UTF-16/32 must be decoded from the start, and old-Mac line ends are
    chosen per file.
    """
    if not head or enc.binary_offset(head) is not None:
        return None
    newline, encoding = _layout(head)
    return encoding if newline == b"\n" and encoding in (enc.UTF8, "utf-8-sig") else None


def _layout(head: bytes) -> tuple[bytes, str]:
    """(line end, encoding) of a text file from its first SAMPLE bytes."""
    newline = line_end(head)
    cut = head.rfind(newline)
    return newline, enc.choose(head[: cut + 1] if cut > 0 else head).encoding


def line_end(head: bytes) -> bytes:
    """b"\\r" for a file with old-Mac line ends (lone CRs outnumber LFs in its first MiB), else b"\\n".

    A file is split on one kind of line end, so the line numbers of an ordinary
    file do not change when a stray CR sits inside one of its lines.
    """
    lone_cr = head.count(b"\r") - head.count(b"\r\n")
    return b"\r" if lone_cr > head.count(b"\n") else b"\n"


def reader_of(stream: BinaryIO):
    """``read1`` where there is one: it returns what was decompressed before a failure."""
    return getattr(stream, "read1", None) or stream.read


def _head(stream: BinaryIO):
    """(the first SAMPLE bytes, a read function for the rest).

    A failure inside the sample (a short truncated gzip) is deferred: the lines
    read before it are still yielded, then the read function raises it.
    """
    read = reader_of(stream)
    parts, size = [], 0
    try:
        while size < SAMPLE:
            data = read(SAMPLE - size)
            if not data:
                break
            parts.append(data)
            size += len(data)
    except STREAM_ERRORS as err:
        return b"".join(parts), _raiser(err)
    return b"".join(parts), read


def _raiser(error: BaseException):
    def read(_size: int) -> bytes:
        raise error

    return read


def _byte_lines(head: bytes, read, cap: int, sep: bytes = b"\n", first: int = 1) -> Iterator[tuple[int, bytes | None]]:
    """(line number from ``first``, line without its end, or None when over ``cap``), split on ``sep``."""
    pending = bytearray()
    oversize = False
    lineno = first - 1
    chunk = head
    while chunk:
        start = 0
        while True:
            newline = chunk.find(sep, start)
            if newline < 0:
                break
            lineno += 1
            if oversize or len(pending) + newline - start > cap:
                yield lineno, None
            elif pending:
                yield lineno, bytes(pending) + chunk[start:newline]
            else:
                yield lineno, chunk[start:newline]
            pending.clear()
            oversize = False
            start = newline + 1
        if not oversize:
            pending += chunk[start:]
            if len(pending) > cap:
                oversize = True
                pending.clear()
        chunk = read(CHUNK)
    if pending or oversize:
        yield lineno + 1, None if oversize else bytes(pending)


def _wide_lines(head: bytes, read, codec: str, cap: int) -> Iterator[tuple[int, str | None, Problem | None]]:
    """UTF-16/32 files (with a BOM) cannot be split on bytes; decode as a stream."""
    text = io.TextIOWrapper(io.BufferedReader(_Prefixed(head, read)), encoding=codec, newline="")
    lineno = 0
    try:
        while True:
            line = text.readline(cap + 1)
            if not line:
                return
            lineno += 1
            if len(line) > cap and not line.endswith("\n"):
                while line and not line.endswith("\n"):
                    line = text.readline(CHUNK)
                yield lineno, None, Problem(f"line {lineno}", too_large(cap, "line"))
                continue
            yield lineno, line.rstrip("\n").rstrip("\r"), None
    except UnicodeDecodeError as err:
        yield lineno + 1, None, Problem(
            f"line {lineno + 1}", f"undecodable bytes: not valid {codec} ({err.reason}); the rest of the file was not read")


class _Prefixed(io.RawIOBase):
    def __init__(self, head: bytes, read) -> None:
        self._head = memoryview(head)
        self._read = read

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def read_jsonl(source, ctx: ReadContext) -> Iterator[RawRecord | Problem]:
    with source.open() as stream:
        for lineno, line, problem in iter_lines(stream, ctx, source.span):
            locator = ctx.position = f"line {lineno}"
            if problem:
                yield problem
                continue
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as err:
                yield Problem(locator, f"invalid JSON: {err.msg} (column {err.colno})")
                continue
            except RecursionError:
                yield Problem(locator, "invalid JSON: nested too deeply")
                continue
            except ValueError as err:  # an integer over Python's digit limit
                yield Problem(locator, huge_number_reason(err))
                continue
            if not isinstance(data, dict):
                yield Problem(locator, f"expected a JSON object (one article per line), got {_kind(data)}")
                continue
            yield RawRecord(locator, data, ctx.encodings.get(ctx.name))


def huge_number_reason(err: ValueError) -> str:
    """Why a JSON value with a number Python will not convert (over 4300 digits) is skipped."""
    digits = re.search(r"has (\d+) digits", str(err))
    size = f"with {digits.group(1)} digits " if digits else ""
    return (f"invalid JSON: an integer {size}is over Python's limit for integers "
            f"({sys.get_int_max_str_digits()} digits)")


def _kind(value) -> str:
    return {list: "a list", str: "a string", bool: "true/false", type(None): "null"}.get(type(value), "a number")
