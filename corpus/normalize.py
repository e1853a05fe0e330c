"""Text normalisation: the one place that decides what an article's ``text`` is.

Every offset in every table points into the string this module returns, so the
rules are deliberately small and stable:

* Unicode NFC;
* line endings unified, control characters other than newline removed;
* paragraphs: when the text has blank lines, a paragraph is a block between
  blank lines (single newlines inside it are hard wraps and become spaces);
  otherwise each non-empty line is a paragraph;
* runs of spaces and tabs inside a paragraph become one space, paragraphs are
  stripped and joined with one blank line (``"\\n\\n"``);
* quote characters are kept exactly as written: quote attribution reads them.
"""

from __future__ import annotations

import re
import unicodedata

_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# C0/C1 controls except \n and \t, plus zero-width and BOM characters.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200c\u200d\u2060\ufeff]")

PARAGRAPH_BREAK = "\n\n"


def normalize_text(raw: str) -> str:
    """Return the canonical form of an article body (see module docstring)."""
    text = unicodedata.normalize("NFC", raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _CONTROLS.sub("", text).strip()
    if _BLANK_LINE.search(text):
        blocks = _BLANK_LINE.split(text)
        paragraphs = (block.replace("\n", " ") for block in blocks)
    else:
        paragraphs = text.split("\n")
    tidy = (_SPACES.sub(" ", p).strip() for p in paragraphs)
    return PARAGRAPH_BREAK.join(p for p in tidy if p)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the paragraphs of a normalised text."""
    spans, start = [], 0
    while start <= len(text):
        end = text.find(PARAGRAPH_BREAK, start)
        if end == -1:
            end = len(text)
        if end > start:
            spans.append((start, end))
        start = end + len(PARAGRAPH_BREAK)
    return spans
