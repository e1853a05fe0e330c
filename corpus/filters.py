"""Which loaded articles a study keeps: date range, source, language, keyword.

A filtered-out record is a choice, not a problem: it is counted in the load
report under ``filtered_out`` by the first criterion it fails, never listed as
skipped. An article without a date fails any date range.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from corpus.article import Article
from corpus.errors import CorpusError


@dataclass(slots=True, frozen=True)
class Filters:
    """All criteria must hold; within ``sources``, ``languages`` and ``keywords`` any one.

    Dates are inclusive (``since``/``until`` accept ISO strings). Sources and
    languages match case-insensitively; a keyword matches a whole word or
    phrase in the title or text, case-insensitively.
    """

    since: dt.date | None = None
    until: dt.date | None = None
    sources: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            object.__setattr__(self, name, _as_date(name, getattr(self, name)))
        for name in ("sources", "languages", "keywords"):
            value = getattr(self, name)
            values = (value,) if isinstance(value, str) else tuple(value or ())
            cleaned = tuple(sorted({" ".join(v.split()).lower() for v in values if v and v.strip()}))
            object.__setattr__(self, name, cleaned)

    @property
    def active(self) -> bool:
        return bool(self.since or self.until or self.sources or self.languages or self.keywords)

    def exclusion(self, article: Article) -> str | None:
        """The first criterion the article fails ("date", "source", …) or None to keep it."""
        if self.since or self.until:
            day = article.published
            if day is None or (self.since and day < self.since) or (self.until and day > self.until):
                return "date"
        if self.sources and (article.source or "").lower() not in self.sources:
            return "source"
        if self.languages and (article.language or "").lower() not in self.languages:
            return "language"
        if self.keywords and not _keyword_pattern(self.keywords).search(f"{article.title or ''}\n{article.text}"):
            return "keyword"
        return None


def _as_date(name: str, value) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise CorpusError(f"filter {name}={value!r}: expected an ISO date such as 2026-01-04") from None


@lru_cache(maxsize=32)
def _keyword_pattern(keywords: tuple[str, ...]) -> re.Pattern:
    words = (r"\s+".join(map(re.escape, k.split())) for k in keywords)
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)
