"""The rules' word lists, loaded once from ``data/lexicon.yaml`` (one loader, one file).

``words("speech", "cues")`` is a frozenset of the list at that path; ``table(...)`` the
mapping; ``alternation(...)`` the list as a regular-expression group. A missing path is a bug in the rules, so it raises ``KeyError`` naming it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable
from pathlib import Path

import yaml

LEXICON_FILE = Path(__file__).with_name("data") / "lexicon.yaml"


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return yaml.safe_load(LEXICON_FILE.read_text(encoding="utf-8"))


def _at(path: tuple[str, ...]):
    node = _lexicon()
    for key in path:
        if not isinstance(node, dict) or key not in node:
            raise KeyError(f"{LEXICON_FILE.name}: no entry {'.'.join(path)!r}")
        node = node[key]
    return node


def words(*path: str) -> frozenset[str]:
    """The list at ``path`` as a set of strings."""
    return frozenset(str(word) for word in _at(path))


def table(*path: str) -> dict:
    """The mapping at ``path`` (a copy: callers may not change the lexicon)."""
    return dict(_at(path))


def alternation(*path: str) -> str:
    """The list at ``path`` as a non-capturing regex group, longest first (so "crude oil"
    wins over "crude"), each word escaped and its spaces matching any run of space."""
    return alternation_of(words(*path))


def alternation_of(listed: Iterable[str]) -> str:
    """``alternation`` over words a reader derived from a list ("released" of "released by")."""
    escaped = (re.escape(word).replace(r"\ ", r"\s+") for word in listed)
    return "(?:" + "|".join(sorted(escaped, key=lambda w: (-len(w), w))) + ")"


def opening_any(prefixes: Iterable[str], *, digits: bool = False) -> str:
    """A lookahead that holds where one of ``prefixes`` opens, in any case (a space in a
    prefix stands for any white space); with ``digits``, where a digit does as well.

    For a scan that must try a long alternation at each word: the engine tries the
    branches of an alternation one by one, so a flat list of openers costs about as
    much as the alternation it guards. Here one character class rejects most positions
    at once, and the prefixes after it form a trie that fails within a character or two.
    A prefix that extends another adds nothing (the shorter one already holds)."""
    kept = sorted({p.lower() for p in prefixes})
    kept = [p for p in kept if not any(p != q and p.startswith(q) for q in kept)]
    first = "".join(sorted({_char(p[0]) for p in kept}))
    trie = _trie(kept)
    if digits:
        return rf"(?=(?i:[\d{first}]))(?=\d|(?i:{trie}))" if kept else r"(?=\d)"
    return rf"(?=(?i:[{first}]))(?=(?i:{trie}))"


def _trie(prefixes: list[str]) -> str:
    """``prefixes`` (none a prefix of another, sorted) as nested groups by first character."""
    branches: dict[str, list[str]] = {}
    for prefix in prefixes:
        branches.setdefault(prefix[0], []).append(prefix[1:])
    parts = []
    for char, rests in branches.items():
        rests = [rest for rest in rests if rest]
        parts.append(_char(char) + (f"(?:{_trie(rests)})" if len(rests) > 1 else "".join(map(_char, rests[0])) if rests else ""))
    return "|".join(parts)


def _char(char: str) -> str:
    return r"\s" if char.isspace() else re.escape(char)
