"""Actors: who the coverage is about, every surface form counted toward one actor.

:func:`actor_at` — the actor mention covering (or else overlapping) a character span —
is what the quote and figure extractors ask of the actor mentions.
"""

from __future__ import annotations

from typing import Iterable

from analysis.pipeline.records import ActorMention

__all__ = ["actor_at"]


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
