"""From a raw record (a dict of whatever the file had) to an :class:`Article`.

Field names follow media-database exports (Media Cloud, GDELT-style CSVs, news
APIs); the first alias present wins, matched case-insensitively. A ``fields``
mapping (``--fields text=body,published=pubdate``) names the column to use for
a field instead, and then only that column is looked at.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from corpus.article import Article
from corpus.dates import UnparseableDate, UnreadableValue, parse_date
from corpus.errors import CorpusError
from corpus.ids import derive_id, record_id
from corpus.normalize import normalize_text

ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "stories_id", "story_id", "guid"),
    "text": ("text", "content", "body", "article_text", "full_text", "maintext", "story_text"),
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url"),
    "published": (
        "publish_date", "published", "date", "publication_date", "pubdate",
        "published_at", "date_published",
    ),
    "source": ("media_name", "source", "outlet", "media", "publisher", "sitename"),
    "language": ("language", "lang"),
}
CANONICAL = tuple(ALIASES)
# Front matter only: marks a date worked out from the text rather than given.
INFERRED_KEY = "published_inferred"
_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass(slots=True, frozen=True)
class FieldMap:
    """Which record key feeds which Article field (``overrides``: field -> key)."""

    overrides: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = sorted(set(self.overrides) - set(CANONICAL))
        if unknown:
            raise CorpusError(
                f"unknown field(s) in the fields mapping: {', '.join(unknown)} "
                f"(known: {', '.join(CANONICAL)})"
            )

    def candidates(self, name: str) -> tuple[str, ...]:
        if name in self.overrides:
            return (self.overrides[name],)
        return ALIASES[name]

    def describe(self, name: str) -> str:
        if name in self.overrides:
            return f"'{self.overrides[name]}' (fields mapping {name}={self.overrides[name]})"
        return ", ".join(ALIASES[name])

    def resolve(self, keys) -> dict[str, str]:
        """Canonical field -> the record key that holds it, for the keys present."""
        by_lower: dict[str, str] = {}
        for key in keys:
            if isinstance(key, str):
                by_lower.setdefault(key.strip().lower(), key)
        found = {}
        for name in CANONICAL:
            for alias in self.candidates(name):
                key = by_lower.get(alias.strip().lower())
                if key is not None:
                    found[name] = key
                    break
        return found


def parse_fields_spec(spec: str | Mapping[str, str] | None) -> FieldMap:
    """``"text=body,published=pubdate"`` (or a dict) -> :class:`FieldMap`."""
    if spec is None or (isinstance(spec, str) and not spec.strip()):
        return FieldMap()
    if isinstance(spec, FieldMap):
        return spec
    if isinstance(spec, Mapping):
        return FieldMap(dict(spec))
    pairs = {}
    for item in (part.strip() for part in spec.split(",")):
        name, sep, key = item.partition("=")
        if not sep or not name.strip() or not key.strip():
            raise CorpusError(f"bad fields mapping {item!r}: expected FIELD=COLUMN, e.g. text=body")
        pairs[name.strip()] = key.strip()
    return FieldMap(pairs)


@dataclass(slots=True)
class Built:
    """An article, or the reason there is none; warnings are kept either way."""

    article: Article | None = None
    reason: str | None = None
    warnings: list[str] = field(default_factory=list)


def build_article(
    data: Mapping[str, Any], fields: FieldMap, *, origin: str, encoding: str | None,
    max_chars: int,
) -> Built:
    built = Built()
    keys = fields.resolve(data.keys())
    if "text" not in keys:
        present = ", ".join(sorted(str(k) for k in data.keys())[:20]) or "none"
        built.reason = f"no text field (looked for {fields.describe('text')}; fields present: {present})"
        return built
    raw_text = _text_value(data[keys["text"]])
    if raw_text is None:
        built.reason = f"text field '{keys['text']}' is not a string"
        return built
    if len(raw_text) > max_chars:
        built.reason = (f"text of {len(raw_text):,} characters is larger than the record size limit "
                        f"({max_chars:,}; see max_record_bytes)")
        return built
    text = normalize_text(raw_text)
    if not text:
        built.reason = f"empty text (field '{keys['text']}')"
        return built
    strings = {name: _one_line(data.get(keys[name])) for name in ("title", "source", "url", "language") if name in keys}
    for name, value in (("text", text), *strings.items()):
        if value and _SURROGATE.search(value):
            built.reason = f"invalid Unicode (a lone surrogate) in field '{keys[name]}'"
            return built
    title = strings.get("title")
    language = strings.get("language")
    language = language.lower() if language else None
    published = None
    if "published" in keys:
        value = data[keys["published"]]
        try:
            published = parse_date(value, language)
        except UnparseableDate as err:
            shown = _shown(value)
            built.warnings.append(
                f"unparseable date {shown!r} in field '{keys['published']}' ({err}); kept as null"
            )
    inferred = data.get(INFERRED_KEY, False)
    if not isinstance(inferred, bool):
        built.warnings.append(f"'{INFERRED_KEY}' is not true/false; ignored")
        inferred = False
    own_id = record_id(data[keys["id"]]) if "id" in keys else None
    if own_id is not None and _SURROGATE.search(own_id):
        own_id = None
    used = set(keys.values()) | {INFERRED_KEY}
    built.article = Article(
        article_id=own_id or derive_id(text, title),
        text=text,
        title=title,
        source=strings.get("source"),
        url=strings.get("url"),
        published=published,
        language=language,
        origin=origin,
        published_inferred=bool(inferred and published),
        encoding=encoding,
        extra=_extra(data, used),
    )
    return built


def _shown(value: Any, limit: int = 60) -> str:
    """A value as quoted in a message: at most ``limit`` characters, never built whole."""
    if isinstance(value, str):
        return value[:limit]
    if isinstance(value, (list, tuple, dict, set)):
        return f"{type(value).__name__} of {len(value)} item(s)"
    try:
        return str(value)[:limit]
    except ValueError:  # an int over the digit limit
        return type(value).__name__


def _text_value(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    # Some exports keep the body as a list of paragraphs.
    if isinstance(value, list) and value and all(isinstance(p, str) for p in value):
        return "\n\n".join(value)
    if value is None:
        return ""
    return None


def _one_line(value: Any) -> str | None:
    if isinstance(value, dict):  # news APIs: "source": {"id": ..., "name": ...}
        value = value.get("name")
    if value is None or isinstance(value, (dict, list, bytes, UnreadableValue)):
        return None
    # Same cleaning as the body (NFC, control characters out), then one line.
    text = " ".join(normalize_text(str(value)).split())
    return text or None


def _extra(data: Mapping[str, Any], used: set) -> dict:
    """Other fields, kept when they are plain values (JSON-able, bounded)."""
    extra = {}
    for key in sorted((k for k in data.keys() if isinstance(k, str) and k not in used)):
        value = data[key]
        if isinstance(value, (str, int, float, bool)) or value is None:
            extra[key] = value
        elif isinstance(value, (dt.date, dt.datetime)):
            extra[key] = value.isoformat()
        elif isinstance(value, list) and all(isinstance(v, (str, int, float, bool)) for v in value):
            extra[key] = list(value)
    return extra
