"""Actors: who the coverage is about, every surface form counted toward one actor.

Public helpers other extractors use:

* :func:`lookup_country` — ISO 3166-1 alpha-3 of a state's name, short form, demonym,
  capital or seat of government ("Beijing" -> "CHN"), or ``None``;
* :func:`actor_at` — the actor mention covering (or else overlapping) a character span.
"""

from __future__ import annotations

from typing import Iterable

from analysis.actors.table import ActorTable, fold, load_table
from analysis.records import ActorMention

__all__ = ["ActorTable", "actor_at", "fold", "load_table", "lookup_country"]


def lookup_country(name: str | None) -> str | None:
    """ISO3 of the state ``name`` stands for ("the U.S." -> "USA", "Chinese" -> "CHN")."""
    return load_table().lookup_country(name)


def actor_at(mentions: Iterable[ActorMention], start: int, end: int) -> ActorMention | None:
    """The mention that covers ``[start, end)``, else the one overlapping it most.

    Ties go to the longer mention, then the earlier one, so the answer is deterministic.
    """
    best: tuple | None = None
    for mention in mentions:
        overlap = min(end, mention.end) - max(start, mention.start)
        if overlap <= 0 and not (start == end and mention.start <= start < mention.end):
            continue
        covers = mention.start <= start and end <= mention.end
        key = (covers, max(overlap, 0), mention.end - mention.start, -mention.start)
        if best is None or key > best[0]:
            best = (key, mention)
    return best[1] if best else None
