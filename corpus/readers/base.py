"""What readers yield, and the context they read in."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from corpus.encoding import DecodeProblem, decode_document
from corpus.fields import FieldMap

DEFAULT_MAX_RECORD_BYTES = 50 * 1024 * 1024
CHUNK = 1 << 20


@dataclass(slots=True, frozen=True)
class RawRecord:
    """One record as found in the file, before field mapping and normalisation."""

    locator: str  # "line 3", "row 7", "item 2", or "file" for one-article files
    data: Mapping[str, Any]
    encoding: str | None = None


@dataclass(slots=True, frozen=True)
class Problem:
    locator: str
    reason: str
    # False for a file with no records to count (empty, binary, no text column).
    is_record: bool = True


@dataclass(slots=True)
class ReadContext:
    """Per-source state shared by the loader and a reader.

    ``position`` is kept current by the reader so that an error raised by the
    stream itself (a truncated gzip) can be reported where it happened.
    """

    name: str
    fields: FieldMap
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES
    position: str = "line 1"
    encodings: dict[str, str] = field(default_factory=dict)
    lines: int = 0  # lines read so far, by readers that read lines

    def note_encoding(self, encoding: str) -> None:
        self.encodings[self.name] = encoding


EMPTY = "empty file (0 bytes)"


def no_records(locator: str, reason: str) -> Problem:
    """A problem with the file as a whole: there is no record in it to count."""
    return Problem(locator, reason, is_record=False)


def read_capped(stream: BinaryIO, cap: int) -> bytes | None:
    """The whole stream, or ``None`` when it is longer than ``cap`` bytes."""
    data = stream.read(cap + 1)
    return None if len(data) > cap else data


def too_large(cap: int, what: str = "record") -> str:
    return f"{what} larger than the record size limit ({cap:,} bytes; see max_record_bytes)"


def read_document(source, ctx: ReadContext, *, blank_is_empty: bool = False) -> tuple[str, str] | Problem:
    """A one-article file read and decoded whole: ``(text, encoding)``, or the Problem that
    stops it (too large, empty — or only blanks with ``blank_is_empty`` —, binary, undecodable)."""
    with source.open() as stream:
        data = read_capped(stream, ctx.max_record_bytes)
    if data is None:
        return Problem("line 1", too_large(ctx.max_record_bytes, "file"))
    if not (data.strip() if blank_is_empty else data):
        return no_records("line 1", EMPTY if not data else "empty file (only blanks)")
    try:
        text, choice = decode_document(data)
    except DecodeProblem as err:
        return Problem(f"line {err.line}", err.reason)
    ctx.note_encoding(choice.encoding)
    return text, choice.encoding
