"""Datelines: "CARACAS, Jan 4 (Reuters) –", "N’DJAMENA –" at the head of a paragraph.

A dateline says where and when a story was filed: a capital in it is no actor, a date
in it dates no figure, and the agency credit inside it still counts as a mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Span

from analysis.text.marks import DASHES

DATELINE = re.compile(
    r"(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ .'’/\-]*[A-ZÀ-Þ.])"  # CARACAS, NEW DELHI, LONDON/DUBAI
    r"(?:\s*,\s*[^()\n–—]{0,40}?)?"  # , Jan 4 / , Venezuela
    r"\s*(?P<agency>\([^()\n]{1,40}\))?"  # (Reuters)
    r"\s*[–—-]{1,2}\s"
)


@dataclass(slots=True, frozen=True)
class Dateline:
    start: int
    end: int
    agency: tuple[int, int] | None  # the "(Reuters)" credit inside it
    place: str

    def covers(self, char: int) -> bool:
        """Inside the dateline and not inside its agency credit."""
        return self.start <= char < self.end and not (self.agency and self.agency[0] <= char < self.agency[1])


def find_datelines(text: str, paragraphs: list[tuple[int, int]]) -> list[Dateline]:
    """The dateline opening each paragraph that has one."""
    out = []
    for start, end in paragraphs:
        match = DATELINE.match(text, start, end)
        if match is None:
            continue
        place = match.group("place")
        letters = [c for c in place if c.isalpha()]
        if len(letters) < 3 or place != place.upper():
            continue
        agency = match.span("agency") if match.group("agency") else None
        out.append(Dateline(match.start(), match.end(), agency, place))
    return out


def sentence_dateline_end(sentence: Span, *, before: int) -> int | None:
    """The index of the dash that ends a dateline opening the sentence ("May 4, USA - The
    agency …"): the one spaced dash in its first eight tokens, before its root and before
    token ``before``; None when there is none (a dateline is no part of what the sentence
    reports)."""
    end = min(sentence.root.i, before)
    dashes = [t.i for t in sentence if t.i < end and t.text in DASHES | {"-"} and t.whitespace_]
    return dashes[0] if len(dashes) == 1 and dashes[0] - sentence.start <= 8 else None


def dateline_state(text: str, paragraphs: list[tuple[int, int]], lookup: Callable[[str], str | None]) -> str | None:
    """The state the place of the story's opening dateline stands for ("BANGKOK, Nov 30 -"
    → Thailand), by ``lookup`` of the place written as a name; None without one."""
    datelines = find_datelines(text, paragraphs[:1])
    return lookup(datelines[0].place.title()) if datelines else None
