"""The ``Article`` record: what every reader produces and every extractor reads."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field, fields, replace


@dataclass(slots=True, frozen=True)
class Article:
    """One news article, its text normalised (see :mod:`corpus.normalize`).

    ``origin`` locates the record in the input ("path/file.jsonl:17",
    "bundle.zip!a/b.csv:row 4"). ``duplicate_of`` is the ``article_id`` of the
    first copy of the same story, or ``None``.
    """

    article_id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None
    origin: str = ""
    duplicate_of: str | None = None
    published_inferred: bool = False
    encoding: str | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def n_words(self) -> int:
        return len(self.text.split())

    @property
    def text_sha256(self) -> str:
        return text_hash(self.text)

    def with_duplicate_of(self, article_id: str | None) -> "Article":
        return replace(self, duplicate_of=article_id)

    def to_row(self) -> dict:
        """The ``articles`` table row (DESIGN.md column order)."""
        return {
            "article_id": self.article_id,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "text": self.text,
            "n_words": self.n_words,
            "duplicate_of": self.duplicate_of,
            "origin": self.origin,
        }


ARTICLE_FIELDS = tuple(f.name for f in fields(Article))


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
