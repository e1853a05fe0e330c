"""``.json``: a list of articles, ``{"articles": [...]}``, or a single article object.

A top-level list is parsed one item at a time from a sliding buffer, so a large
file is read in bounded memory; an object is parsed whole (within the record
size limit). JSON cannot be resynchronised after a syntax error, so an invalid
item ends the file: the items before it are kept and the report says where.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator

from corpus import encoding as enc
from corpus.readers.base import CHUNK, EMPTY, Problem, RawRecord, ReadContext, no_records, too_large
from corpus.readers.lines import huge_number_reason, reader_of

_WS = " \t\r\n"
_DECODER = json.JSONDecoder()
# Reads past integers Python will not convert (over the digit limit), to find where a value ends.
_LENIENT = json.JSONDecoder(parse_int=str)


def read_json(source, ctx: ReadContext) -> Iterator[RawRecord | Problem]:
    with source.open() as stream:
        head = reader_of(stream)(CHUNK)
        if not head:
            yield no_records("line 1", EMPTY)
            return
        binary = enc.binary_offset(head)
        if binary is not None:
            yield no_records(f"line {enc.line_of(head, binary)}", enc.binary_reason(binary))
            return
        choice = enc.choose(head[: head.rfind(b"\n") + 1] or head)
        ctx.note_encoding(choice.encoding)
        text = _Text(head, stream, choice.encoding)
        first = text.first_char()
        if first == "[":
            yield from _items(text, ctx)
        elif first == "{":
            yield from _whole_object(text, ctx)
        else:
            yield no_records(f"line {text.line}", "expected a JSON list of articles or an object with an 'articles' list")


class _Text:
    """Incrementally decoded text with a read position and a line counter."""

    def __init__(self, head: bytes, stream, encoding: str) -> None:
        self.decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
        self.read = reader_of(stream)
        self.buf = ""
        self.pos = 0
        self.line = 1
        self.eof = False
        self._feed(head)

    def _feed(self, data: bytes) -> None:
        try:
            self.buf += self.decoder.decode(data, final=not data)
        except UnicodeDecodeError as err:
            raise ValueError(f"undecodable bytes near line {self.line} ({err.reason})") from None

    def more(self) -> bool:
        if self.eof:
            return False
        data = self.read(max(CHUNK, len(self.buf) - self.pos))
        self.eof = not data
        self._feed(data)
        return not self.eof

    def skip_ws(self) -> str:
        """The next non-blank character ('' at the end), consuming blanks."""
        while True:
            start = self.pos
            while self.pos < len(self.buf) and self.buf[self.pos] in _WS:
                self.pos += 1
            self.line += self.buf.count("\n", start, self.pos)
            if self.pos < len(self.buf) or not self.more():
                return self.buf[self.pos : self.pos + 1]

    def first_char(self) -> str:
        if self.buf.startswith("\ufeff"):
            self.pos = 1
        return self.skip_ws()

    def advance(self, end: int) -> None:
        self.line += self.buf.count("\n", self.pos, end)
        self.pos = end
        if self.pos > CHUNK:  # drop what has been parsed
            self.buf, self.pos = self.buf[self.pos :], 0


def _items(text: _Text, ctx: ReadContext) -> Iterator[RawRecord | Problem]:
    text.advance(text.pos + 1)  # "["
    item = 0
    while True:
        char = text.skip_ws()
        if char == "]":
            return
        if item:
            if char != ",":
                yield Problem(f"item {item + 1} (line {text.line})", "invalid JSON: expected ',' or ']' between items")
                return
            text.advance(text.pos + 1)
            char = text.skip_ws()
        if not char:
            yield Problem(f"item {item + 1} (line {text.line})", "invalid JSON: the list is not closed (file ends early)")
            return
        item += 1
        locator = ctx.position = f"item {item} (line {text.line})"
        value, problem = _one_value(text, ctx.max_record_bytes)
        if problem and value is _PASSED:
            yield Problem(locator, problem)  # its end was found: the next item can be read
            continue
        if problem:
            yield Problem(locator, problem)
            return
        if isinstance(value, dict):
            yield RawRecord(locator, value, ctx.encodings.get(ctx.name))
        else:
            yield Problem(locator, f"expected a JSON object (an article), got {type(value).__name__}")


_PASSED = object()  # a value that could not be kept but whose end is known


def _one_value(text: _Text, cap: int):
    """Decode the value at the read position, reading more until it is complete."""
    decoder = _DECODER
    while True:
        try:
            value, end = decoder.raw_decode(text.buf, text.pos)
        except json.JSONDecodeError as err:
            if len(text.buf) - text.pos > cap:
                return None, too_large(cap, "item")
            if _incomplete(err, len(text.buf)) and text.more():
                continue
            return None, f"invalid JSON: {err.msg}"
        except RecursionError:
            return None, "invalid JSON: nested too deeply"
        except ValueError as err:  # an integer over Python's digit limit: skip the value
            decoder, huge = _LENIENT, huge_number_reason(err)
            continue
        # A number or literal at the very end of the buffer may continue in the next chunk.
        if end == len(text.buf) and text.more():
            continue
        text.advance(end)
        if decoder is _LENIENT:
            return _PASSED, huge
        return value, None


def _incomplete(err: json.JSONDecodeError, size: int) -> bool:
    """Could more input fix this error? (An error well inside the buffer cannot.)"""
    return err.msg.startswith("Unterminated string") or err.pos >= size - 8


def _whole_object(text: _Text, ctx: ReadContext) -> Iterator[RawRecord | Problem]:
    while text.more():
        if len(text.buf) > ctx.max_record_bytes:
            yield Problem("line 1", too_large(ctx.max_record_bytes, "JSON object") + "; use a list or JSON Lines")
            return
    try:
        value = json.loads(text.buf[text.pos :])
    except json.JSONDecodeError as err:
        yield Problem(f"line {err.lineno + text.line - 1}", f"invalid JSON: {err.msg} (column {err.colno})")
        return
    except RecursionError:
        yield Problem("line 1", "invalid JSON: nested too deeply")
        return
    except ValueError as err:
        yield Problem("line 1", huge_number_reason(err))
        return
    articles = value.get("articles") if isinstance(value, dict) else None
    if isinstance(articles, list):
        for number, item in enumerate(articles, start=1):
            locator = f"item {number}"
            if isinstance(item, dict):
                yield RawRecord(locator, item, ctx.encodings.get(ctx.name))
            else:
                yield Problem(locator, f"expected a JSON object (an article), got {type(item).__name__}")
    elif isinstance(value, dict):
        yield RawRecord("item 1", value, ctx.encodings.get(ctx.name))

