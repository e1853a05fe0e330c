"""Abbreviations a text defines: "Statistics Indonesia (BPS) said …", then "BPS data
showed". The abbreviation stands for the name written before its brackets wherever it
is used later, whatever language its letters come from (issues 11 and 13), so its
initials need not match the name's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A capitalised name (linked by "of", "for", "and", "on", "de" and "the", at most nine
# words, so that a line of capitals costs linear time) right before a bracketed
# abbreviation: capitals with at most a few small letters ("DoE"), no dots (a ticker,
# "XOM.N", is no abbreviation of a name).
_DEFINED = re.compile(
    r"(?P<name>[A-Z][\w&’'-]*(?:\s+(?:(?:of|for|and|on|de|&)\s+(?:the\s+)?)?[A-Z][\w&-]*){0,8})"
    r"\s+\((?P<abbreviation>[A-Z][A-Za-z&]{1,9})\)"
)


@dataclass(slots=True, frozen=True)
class Definition:
    """Where the name an abbreviation stands for is written."""

    name: str
    start: int
    end: int


def defined_abbreviations(text: str) -> dict[str, Definition]:
    """Each abbreviation the text defines -> the name it stands for (the first definition
    wins: a later bracket repeats it)."""
    found: dict[str, Definition] = {}
    for match in _DEFINED.finditer(text):
        abbreviation = match.group("abbreviation")
        if sum(c.isupper() for c in abbreviation) < 2 or abbreviation in found:
            continue
        found[abbreviation] = Definition(match.group("name"), match.start("name"), match.end("name"))
    return found


def abbreviation_letters(word: str) -> str | None:
    """The capitals an abbreviation is written with, an ampersand between two of them
    allowed ("PG&E", "AT&T" → "PGE", "ATT"); None when ``word`` is no such abbreviation."""
    letters = word.replace("&", "")
    if not (2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()):
        return None
    if word.startswith("&") or word.endswith("&") or "&&" in word:
        return None
    return letters


def initials_spelled(letters: str, initials: list[str]) -> list[int] | None:
    """Where each letter of an abbreviation is the initial of a word of a name, in order
    and from its first word ("PGE" in Pacific Gas [and] Electric Company); None when the
    letters are not the name's."""
    if not letters or not initials or initials[0] != letters[0]:
        return None
    found, k = [], 0
    for letter in letters:
        while k < len(initials) and initials[k] != letter:
            k += 1
        if k == len(initials):
            return None
        found.append(k)
        k += 1
    return found
