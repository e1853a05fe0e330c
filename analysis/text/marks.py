"""Find quoted spans in an article's text from its quote marks alone.

Works on characters, not tokens, so it sees exactly the marks the writer typed and
never depends on how the tokenizer split them. Rules (news copy is often hand-typed
and mis-converted):

* marks pair **within a paragraph**, so an unmatched mark can spoil nothing beyond its
  own quote: it yields no row and every other quote of the article survives;
* a paragraph that opens a quote without closing it continues only when the next
  paragraph opens with a mark of the same family (the news convention for quotes over
  several paragraphs); each paragraph's part is its own span;
* a quote opened and never closed, whose next paragraphs open with no mark, runs on
  to a mark that can only close it after a sentence's end (some copy marks only the
  first and last paragraph of a long quote);
* a quote is closed by a mark of the family that opened it: curly “ ” (and „),
  straight ", guillemets « ». Marks of another family inside it are nested quotes and
  belong to the outer span (“ ” inside « », ‘ ’ or ' inside “ ”), as does a pair of
  the same family opening inside it when two closing marks follow;
* the direction of a mark comes from its glyph, overridden by what surrounds it when
  the context is unambiguous (``”We`` at a paragraph start opens a quote), and from
  context alone for the straight ``"`` — so ``a 42" pipeline`` reads as a closing
  mark with no opening one and is ignored;
* single quotes are quote marks only in articles with no double marks at all
  (British style); an apostrophe inside a word never is.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from corpus.normalize import paragraph_spans

# family → (opening glyphs, closing glyphs, glyphs read from context)
_FAMILIES = {
    "curly": ("“„‟", "”", ""),
    "straight": ("", "", '"＂'),
    "guillemet": ("«", "»", ""),
}
_SINGLE_FAMILIES = {
    "curly1": ("‘‛‚", "’", ""),
    "straight1": ("", "", "'"),
}
_FAMILY_OF = {ch: fam for fam, glyphs in _FAMILIES.items() for ch in "".join(glyphs)}
_SINGLE_FAMILY_OF = {ch: fam for fam, glyphs in _SINGLE_FAMILIES.items() for ch in "".join(glyphs)}
DOUBLE_MARKS = frozenset(_FAMILY_OF)  # every double quote mark, whatever its direction
ALL_MARKS = DOUBLE_MARKS | frozenset(_SINGLE_FAMILY_OF)
# The marks of each set of families, found by the regex engine rather than a Python loop
# over every character.
_DOUBLE_FINDER = re.compile("[" + re.escape("".join(_FAMILY_OF)) + "]")
_SINGLE_FINDER = re.compile("[" + re.escape("".join(_SINGLE_FAMILY_OF)) + "]")

# Dashes that set off an aside ("X said — as the paper noted — that …"); plain text
# types one as "--".
DASHES = frozenset({"—", "–", "--"})
_DASH = "(?:—|–|--)"
# An aside between two dashes, in one sentence, starting at the position matched.
DASH_ASIDE = re.compile(rf"\s*{_DASH}(?:(?!{_DASH})[^.!?\n])+{_DASH}")

# What may stand before an opening mark / after a closing one.
_BEFORE_OPEN = frozenset(" \n\t([{—–-/:;,") | frozenset("“‘«„")
_AFTER_CLOSE = frozenset(" \n\t)]}—–-/.,;:!?…") | frozenset("”’»")
# An opening mark is not followed by closing punctuation ("sphere »," closes).
_NOT_AFTER_OPEN = frozenset(",.;:!?)]}")


@dataclass(slots=True, frozen=True)
class QuoteSpan:
    """A quoted span of ``text``: ``start:end`` are the words without the marks.

    ``open_mark``/``close_mark`` are the offsets of the marks (``close_mark`` is
    ``None`` when the quote runs on into the next paragraph, ``continues``);
    ``paragraph`` is the index of the paragraph the span lies in.
    """

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    paragraph: int
    continues: bool = False

    @property
    def marked(self) -> tuple[int, int]:
        """The span with its marks (to the end of the paragraph when it runs on)."""
        return self.open_mark, self.close_mark + 1 if self.close_mark is not None else self.end


@dataclass(slots=True, frozen=True)
class _Mark:
    pos: int
    family: str
    direction: str  # "open" | "close" | "either"


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """All quoted spans of a normalised text, in text order (see module docstring)."""
    return list(_quote_spans(text))


@lru_cache(maxsize=8)
def _quote_spans(text: str) -> tuple[QuoteSpan, ...]:
    # Every extractor asks for the article's quotes: the scan runs once per text.
    families = _FAMILY_OF if _DOUBLE_FINDER.search(text) else _SINGLE_FAMILY_OF
    paragraphs = paragraph_spans(text)
    spans: list[QuoteSpan] = []
    marks_of = [_marks(text, p_start, p_end, families) for p_start, p_end in paragraphs]
    for index, (p_start, p_end) in enumerate(paragraphs):
        marks = marks_of[index]
        next_opener = None
        if index + 1 < len(paragraphs):
            n_start = paragraphs[index + 1][0]
            first = marks_of[index + 1][:1]
            if first and first[0].pos == n_start and first[0].direction in {"open", "either"}:
                next_opener = first[0].family
        paired = _pair(text, index, p_end, marks, next_opener)
        spans.extend(paired)
        if next_opener is None and marks:
            spans.extend(_run_on(text, paragraphs, marks_of, index, paired))
    return tuple(spans)


# How many paragraphs with no mark a quote may run over before the mark that closes it.
_RUN_ON_PARAGRAPHS = 3


def _run_on(text: str, paragraphs, marks_of, index: int, paired: list[QuoteSpan]) -> list[QuoteSpan]:
    """A quote opened and never closed in its paragraph, whose next paragraphs open with
    no mark, runs on to the first mark after it when that mark can only close it
    (``said, "We learned a lot.`` ¶ ``It was a long day."``): each paragraph's part is
    its own span. Only a quote opening on a capital and closing after a sentence's end,
    with no mark at all in the paragraphs between, so a stray mark joins nothing."""
    last = marks_of[index][-1]
    closed = max((s.close_mark for s in paired if s.close_mark is not None), default=-1)
    if last.direction not in {"open", "either"} or [m for m in marks_of[index] if m.pos > closed] != [last]:
        return []
    words = text[last.pos + 1 : last.pos + 3].lstrip("[")
    if not words[:1].isupper():
        return []
    for k in range(index + 1, min(len(paragraphs), index + 1 + _RUN_ON_PARAGRAPHS)):
        if not marks_of[k]:
            continue
        close = marks_of[k][0]
        if close.family != last.family or close.direction != "close" or text[close.pos - 1 : close.pos] not in {".", "!", "?"}:
            return []
        parts = [_trimmed(text, last.pos + 1, paragraphs[index][1], last.pos, None, index, True)]
        parts += [_trimmed(text, a, b, a, None, j, True) for j, (a, b) in enumerate(paragraphs[index + 1 : k], index + 1)]
        parts.append(_trimmed(text, paragraphs[k][0], close.pos, paragraphs[k][0], close.pos, k, False))
        return [part for part in parts if part is not None]
    return []


def _marks(text: str, start: int, end: int, families: dict[str, str]) -> list[_Mark]:
    """Every quote mark in ``text[start:end]`` with its family and direction."""
    found = []
    finder = _SINGLE_FINDER if families is _SINGLE_FAMILY_OF else _DOUBLE_FINDER
    for match in finder.finditer(text, start, end):
        i = match.start()
        ch = text[i]
        family = families[ch]
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if families is _SINGLE_FAMILY_OF and ch in "’'" and before.isalnum() and (after.isalnum() or before == "s"):
            continue  # an apostrophe: Venezuela’s, don't, countries’
        opener = before in _BEFORE_OPEN and not after.isspace() and after not in _NOT_AFTER_OPEN
        closer = not before.isspace() and after in _AFTER_CLOSE
        opening, closing, _ = (_FAMILIES.get(family) or _SINGLE_FAMILIES[family])
        if opener and not closer:
            direction = "open"
        elif closer and not opener:
            direction = "close"
        elif ch in opening:
            direction = "open"
        elif ch in closing:
            direction = "close"
        else:
            direction = "either"
        found.append(_Mark(i, family, direction))
    return found


def _pair(text: str, index: int, p_end: int, marks: list[_Mark], next_opener: str | None) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    opened: _Mark | None = None
    nested_close: _Mark | None = None
    for j, mark in enumerate(marks):
        if mark is nested_close:
            continue
        if opened is None:
            if mark.direction in {"open", "either"} or _unspaced_opener(text, mark, marks):
                opened = mark
            # a closing mark with nothing open is stray ("$5 a barrel” below"): no row
            continue
        if mark.family != opened.family:
            continue  # a nested quote of another family belongs to the outer span
        if mark.direction == "open":
            after = list(islice((m for m in islice(marks, j + 1, None) if m.family == mark.family), 2))
            if len(after) == 2 and all(m.direction == "close" for m in after):
                # open, open, close, close: a quote inside a quote in the same marks
                # ("X wrote, "The "plan" is dead."") belongs to the outer span
                nested_close = after[0]
                continue
            opened = mark  # the earlier opening mark was never closed: drop it
            continue
        span = _trimmed(text, opened.pos + 1, mark.pos, opened.pos, mark.pos, index, False)
        if span is not None:
            spans.append(span)
        opened = None
    if opened is not None and next_opener == opened.family:
        span = _trimmed(text, opened.pos + 1, p_end, opened.pos, None, index, True)
        if span is not None:
            spans.append(span)
    return spans


def _unspaced_opener(text: str, mark: _Mark, marks: list[_Mark]) -> bool:
    """A straight mark typed against the comma before it (``said," For example …".``)
    reads as closing; with nothing open, a capital (or an editor's bracket) after it and
    a closing mark later in the paragraph, it opens the quote."""
    pos = mark.pos
    return (
        mark.family == "straight" and text[pos - 1 : pos] == "," and text[pos + 1 : pos + 2] == " "
        and (text[pos + 2 : pos + 3].isupper() or text[pos + 2 : pos + 3] == "[")
        and any(m.pos > pos and m.family == mark.family and m.direction == "close" for m in marks)
    )


def _trimmed(text, start, end, open_mark, close_mark, index, continues) -> QuoteSpan | None:
    """The span without padding spaces (« … »), or ``None`` when it holds no word."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not any(ch.isalnum() for ch in text[start:end]):
        return None
    return QuoteSpan(start, end, open_mark, close_mark, index, continues)


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Each quoted span with its marks (``open_mark`` to after ``close_mark``), in text
    order: words in here are someone's, not the reporter's."""
    return [span.marked for span in find_quote_spans(text)]


class CharRanges:
    """Character ranges (``quoted_ranges``) searched by bisection: extractors test every
    token against them, and a scan of every range per token is quadratic in article
    length. Ranges may overlap: the furthest end among the ranges opening at or before a
    point decides."""

    def __init__(self, ranges):
        ordered = sorted(ranges)
        self.starts = [a for a, _ in ordered]
        self.reach: list[int] = []
        furthest = -1
        for _, b in ordered:
            furthest = max(furthest, b)
            self.reach.append(furthest)

    def covers(self, char: int) -> bool:
        i = bisect.bisect_right(self.starts, char) - 1
        return i >= 0 and self.reach[i] > char

    def meets(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.reach[i] > start
