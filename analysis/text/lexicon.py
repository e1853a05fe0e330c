"""The rules' word lists, loaded once from ``data/lexicon.yaml`` (one loader, one file).

``words("speech", "cues")`` is a frozenset of the list at that path; ``table(...)`` the
mapping; ``alternation(...)`` the list as a regular-expression group. A missing path is a bug in the rules, so it raises ``KeyError`` naming it.
"""

from __future__ import annotations

import re
from functools import lru_cache
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
    listed = (re.escape(word).replace(r"\ ", r"\s+") for word in words(*path))
    return "(?:" + "|".join(sorted(listed, key=lambda w: (-len(w), w))) + ")"
