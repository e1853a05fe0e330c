"""Places inside a state the text names once with the state and again without it.

Reporting writes "the U.S. Gulf Coast" or "China's Sichuan Basin" once and then "the Gulf
Coast", "the basin's output": the bare name is still a place of that state. The place
nouns are data (``places.state_place_heads``); the state is whatever actor mention stands
before the name.
"""

from __future__ import annotations

import bisect
import itertools
import re

from spacy.tokens import Doc

from analysis.text.context import doc_text, token_starts
from analysis.text.lexicon import words

PLACE_HEADS = words("places", "state_place_heads")
_MODIFIERS = frozenset({"compound", "poss", "nmod", "amod"})


def places_named_again(doc: Doc, states: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, ISO3) of each later bare use of a place first written after a state
    ("Gulf Coast" after "the U.S. Gulf Coast"); ``states`` are (start, end, ISO3) of the
    text's state mentions. A name given to two states is neither's."""
    text = doc_text(doc)
    first: dict[str, tuple[int, str | None]] = {}
    for start, end, iso3 in states:
        name = _place_after(doc, end)
        if name is None:
            continue
        known = first.get(name)
        first[name] = (end, iso3) if known is None else (known[0], iso3 if known[1] == iso3 else None)
    # (Sorted by start, with the furthest end reached so far, so "is this place just after
    # or inside a state mention" is one bisection, not a walk over every mention.)
    ordered = sorted(states)
    starts = [start for start, _, _ in ordered]
    reach = list(itertools.accumulate((end for _, end, _ in ordered), max))
    places = []
    for name, (after, iso3) in first.items():
        if iso3 is None:
            continue
        for match in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text[after:]):
            start = after + match.start()
            last = bisect.bisect_right(starts, start) - 1
            if last < 0 or start > reach[last] + 3:  # not "U.S. Gulf Coast" again
                places.append((start, after + match.end(), iso3))
    return sorted(places)


def _place_after(doc: Doc, end: int) -> str | None:
    """The proper name of a place that the state mention ending at ``end`` qualifies: the
    capitalised words from there to a place noun ("Gulf Coast"; "Shandong" of "Shandong
    province", whose lower-case noun is not part of the name)."""
    i = bisect.bisect_left(token_starts(doc), end)
    if i < len(doc) and doc[i].tag_ == "POS":
        i += 1
    names = []
    while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].is_title:
        names.append(doc[i])
        i += 1
    if not names:
        return None
    if names[-1].lemma_.lower() in PLACE_HEADS and len(names) > 1:
        head = names[-1]
    elif i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].lower_ in PLACE_HEADS:
        head = doc[i]
    else:
        return None
    state = doc[names[0].i - 1] if doc[names[0].i - 1].tag_ != "POS" else doc[names[0].i - 2]
    if any(t.head.i != head.i for t in names if t is not head) or state.head.i != head.i or state.dep_ not in _MODIFIERS:
        return None
    return doc_text(doc)[names[0].idx:names[-1].idx + len(names[-1])]
