"""Which encoding a file is in: UTF-8 first, else charset-normalizer's guess.

A file that is UTF-8 apart from a few bad bytes is damaged UTF-8, not a legacy
encoding: guessing would turn every accented letter of it into mojibake, so its
bad lines are reported instead. Only a file with no valid multi-byte UTF-8 at
all is handed to the detector.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from corpus.errors import NewslensError

UTF8 = "utf-8"
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
WIDE = ("utf-16", "utf-32")
PREFERRED = "cp1252"
# Bytes that do not occur in text: C0 controls other than tab, newlines, form
# feed and escape. Above this share of a file's first 8 KiB it is binary.
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b")
_TEXT_BYTES = bytes(b for b in range(256) if b not in _CONTROL)
_WINDOW = 8192
_BINARY_SHARE = 0.05


class DecodeProblem(NewslensError, ValueError):
    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


@dataclass(slots=True, frozen=True)
class Choice:
    encoding: str  # a Python codec name
    guessed: bool  # True when it came from the detector, not from UTF-8 or a BOM


def bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def binary_offset(sample: bytes) -> int | None:
    """Offset of the first control byte when a sample looks binary, else None.

    A stray NUL in a text file is a damaged line, not a binary file: only a
    share of control bytes that text never has (executables, images, archives,
    UTF-16 without a byte-order mark) makes the whole file binary.
    """
    if bom_encoding(sample) in WIDE:
        return None
    window = sample[:_WINDOW]
    controls = len(window.translate(None, _TEXT_BYTES))  # what is left once text bytes go
    if not window or controls / len(window) <= _BINARY_SHARE:
        return None
    return next(i for i, b in enumerate(window) if b in _CONTROL)


def binary_reason(offset: int) -> str:
    return (f"binary content (control bytes from offset {offset}), not a text file "
            "(or UTF-16 without a byte-order mark)")


def line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def choose(sample: bytes) -> Choice:
    """Pick the encoding of a file from (a prefix of) its bytes cut at a line end."""
    bom = bom_encoding(sample)
    if bom:
        return Choice(bom, guessed=False)
    try:
        sample.decode(UTF8)
        return Choice(UTF8, guessed=False)
    except UnicodeDecodeError:
        pass
    if _has_utf8_multibyte(sample):
        return Choice(UTF8, guessed=False)
    guess = _detect(sample)
    return Choice(guess, guessed=True) if guess else Choice(UTF8, guessed=False)


def decode_document(data: bytes) -> tuple[str, Choice]:
    """Decode a whole one-article file or raise :class:`DecodeProblem` naming the line."""
    binary = binary_offset(data)
    if binary is not None:
        raise DecodeProblem(line_of(data, binary), binary_reason(binary))
    choice = choose(data)
    try:
        return data.decode(choice.encoding), choice
    except UnicodeDecodeError as err:
        raise DecodeProblem(line_of(data, err.start), undecodable_reason(data, err, choice.encoding)) from None


def undecodable_reason(data: bytes, err: UnicodeDecodeError, encoding: str, scope: str = "") -> str:
    bad = data[err.start : err.start + 1].hex()
    where = f"offset {err.start} {scope}".rstrip()
    return f"undecodable bytes: not valid {encoding} (byte 0x{bad} at {where})"


def _has_utf8_multibyte(sample: bytes) -> bool:
    text = sample.decode(UTF8, errors="replace")
    return any(ord(ch) > 127 and ch != "\ufffd" for ch in text)


def _detect(sample: bytes) -> str | None:
    from charset_normalizer import from_bytes

    matches = [m for m in from_bytes(sample[: 1 << 20]) if m.encoding not in WIDE]
    if not matches:
        return None
    least = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos == least]
    # A short text often decodes equally cleanly in several code pages; then
    # prefer cp1252, by far the most common legacy encoding of news text.
    if any(PREFERRED in m.could_be_from_charset for m in tied):
        return PREFERRED
    try:
        return codecs.lookup(tied[0].encoding).name
    except LookupError:
        return None
