"""Bounded walks over the dependency tree around a figure.

A figure's context is read from the tokens near it: at most :data:`WINDOW` tokens on
either side, inside its sentence. Real sentences are shorter than that; the bound keeps
the work per figure constant when a text has no sentence breaks (a table pasted as one
line, a list of a thousand numbers), so an article costs time linear in its length.
Subtree membership is tested with the parse's left/right edges (spaCy trees are
projective), never by walking whole subtrees.
"""

from __future__ import annotations

import bisect
from typing import Callable
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

from analysis.text.context import sentence_bounds, token_texts

WINDOW = 60  # tokens on either side of a figure that its context may come from


# Sentence boundaries per parsed Doc, found once: ``Token.sent`` rescans the Doc on
# every call, which would make each figure cost as much as its whole article. Kept as
# token offsets: a Span holds its Doc, and a Doc held by its own entry is never freed.
_SENTENCES: WeakKeyDictionary = WeakKeyDictionary()


def sentence_of(doc: Doc, index: int) -> Span:
    """The sentence holding token ``index`` of ``doc`` (the whole Doc if it has none)."""
    entry = _SENTENCES.get(doc)
    if entry is None:
        bounds = sentence_bounds(doc) or [0, len(doc)]  # no sentence boundaries: the whole Doc is one
        sentences = [Span(doc, start, end) for start, end in zip(bounds, bounds[1:])]
        sentences = [part for sentence in sentences for part in _at_paragraphs(sentence)]
        entry = _SENTENCES[doc] = ([sentence.start for sentence in sentences], [sentence.end for sentence in sentences])
    starts, ends = entry
    at = max(0, bisect.bisect_right(starts, index) - 1)
    # Span() itself: ``doc[a:b]`` first normalises the slice in Python, which costs more
    # than the bisection and the Span together.
    return Span(doc, starts[at], ends[at])


def _at_paragraphs(sentence: Span) -> list[Span]:
    """A sentence never crosses a paragraph break (the parser sometimes runs a closing
    quote into the next paragraph)."""
    doc, parts, start = sentence.doc, [], sentence.start
    texts = token_texts(doc)  # str.isspace is the lexeme's is_space
    for i in range(sentence.start, sentence.end):
        if "\n\n" in texts[i] and texts[i].isspace() and i + 1 < sentence.end:
            parts.append(doc[start : i + 1])
            start = i + 1
    parts.append(doc[start : sentence.end])
    return parts


def sent(item: Span | Token) -> Span:
    """``item.sent``, from the cached boundaries."""
    return sentence_of(item.doc, item.start if isinstance(item, Span) else item.i)


def window(root: Token) -> tuple[int, int]:
    """[lo, hi) token range around ``root``, inside its sentence."""
    sentence = sent(root)
    return max(sentence.start, root.i - WINDOW), min(sentence.end, root.i + WINDOW + 1)


def covers(token: Token, other: Token) -> bool:
    """Whether ``other`` is in the subtree of ``token`` (projective tree: by edges)."""
    return token.left_edge.i <= other.i <= token.right_edge.i


def bounded_subtree(head: Token, root: Token, cut: Callable[[Token], bool]) -> list[Token]:
    """Tokens of ``head``'s subtree within the window of ``root``, leaving out every
    subtree whose top token ``t`` satisfies ``cut(t)`` unless it holds ``root``."""
    lo, hi = window(root)
    lo, hi = max(lo, head.left_edge.i), min(hi, head.right_edge.i + 1)
    out: list[Token] = []
    stack = [head]
    budget = 4 * (hi - lo) + 8
    while stack:
        token = stack.pop()
        budget -= 1 + token.n_lefts + token.n_rights
        if budget < 0:
            # A flat or deep tree around a sentence without end: walk up from the window instead.
            return _bottom_up(head, root, cut, lo, hi)
        if lo <= token.i < hi:
            out.append(token)
        for child in token.children:
            if child.right_edge.i < lo or child.left_edge.i >= hi:
                continue  # wholly outside the window
            if cut(child) and not covers(child, root):
                continue
            stack.append(child)
    out.sort(key=lambda t: t.i)
    return out


def _bottom_up(head: Token, root: Token, cut: Callable[[Token], bool], lo: int, hi: int) -> list[Token]:
    """The same tokens, found by walking up from each token of the window (memoised):
    bounded work per figure even when one token has thousands of children."""
    doc = root.doc
    verdict: dict[int, bool] = {}  # token index -> inside (memo along the upward walks)
    out = []
    for i in range(lo, hi):
        path = []
        current = doc[i]
        inside = True
        while current.i != head.i:
            if current.i in verdict:
                inside = verdict[current.i]
                break
            path.append(current.i)
            if cut(current) and not covers(current, root):
                inside = False
                break
            if current.head.i == current.i or len(path) > 4 * WINDOW:
                inside = False  # reached the root without meeting head: not under it
                break
            current = current.head
        for index in path:
            verdict[index] = inside
        if inside:
            out.append(doc[i])
    return out
