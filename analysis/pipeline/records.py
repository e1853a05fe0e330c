"""Typed records the extractors yield; one dataclass per table (DESIGN.md)."""

from __future__ import annotations

from dataclasses import dataclass

ACTOR_TYPES = ("country", "person", "organisation", "group")
QUOTE_KINDS = ("direct", "partial", "indirect")
FIGURE_UNITS = (
    "barrels_per_day",
    "barrels",
    "tonnes",
    "tonnes_per_year",
    "cubic_metres_per_day",
    "usd",
    "usd_per_barrel",
    "percent",
    "other",
)
FIGURE_STATUSES = ("reported", "forecast", "target", "capacity")


@dataclass(slots=True, frozen=True)
class ActorMention:
    """A phrase naming or standing for an actor; ``text == article.text[start:end]``."""

    article_id: str
    start: int
    end: int
    text: str
    actor: str
    actor_type: str
    country: str | None
    # The state the actor acts or stands for (DESIGN.md): the state, its capital or
    # government, ministries, officials, armed forces, state companies; None for news
    # agencies, data firms, private companies and people, platforms, international bodies.
    state: str | None
    method: str

    def as_row(self) -> dict:
        return _row(self)


@dataclass(slots=True, frozen=True)
class Quote:
    """One contiguous quoted span (the words without the marks) and its speaker."""

    article_id: str
    quote_id: str
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_actor: str | None
    speaker_country: str | None
    cue: str | None
    kind: str

    def as_row(self) -> dict:
        return _row(self)


@dataclass(slots=True, frozen=True)
class Figure:
    """One energy-trade figure with what it measures, who trades and who says so."""

    article_id: str
    figure_id: str
    text: str
    sentence: str
    start: int
    end: int
    value: float
    unit: str
    approximate: bool
    qualifier: str | None
    commodity: str | None
    exporter: str | None
    importer: str | None
    period: str | None
    source: str | None  # as the text names it ("China customs", "Alexander Novak")
    source_actor: str | None  # whose voice it is: the state for an official or a ministry
    source_country: str | None  # ISO3 of the state the source speaks for, None for private firms
    status: str  # FIGURE_STATUSES

    def as_row(self) -> dict:
        return _row(self)


def _row(record) -> dict:
    # dataclasses.asdict deep-copies every value; records hold only scalars.
    return {name: getattr(record, name) for name in record.__slots__}
