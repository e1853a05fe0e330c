"""The load report: what was read, what was skipped and why, what repeats what."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

WHOLE_FILE = "file"
# What must not reach a terminal or a log as is: C0/C1 controls (a newline in a file
# name would forge a line of output, ESC starts terminal sequences), line and paragraph
# separators, bidirectional overrides, zero-width characters, and lone surrogates
# (undecodable bytes of a file name).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    """``text`` with the characters above escaped as Python would write them (\\n, \\x1b, \\u202e)."""
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


@dataclass(slots=True, frozen=True)
class Skip:
    """One problem with the input: ``file`` and ``locator`` say where, ``reason`` what.

    ``file`` is the path as given (``bundle.zip!inner/a.jsonl`` inside an archive);
    ``locator`` is ``line N``, ``row N``, ``item N`` or ``file`` when the problem
    concerns the file as a whole (e.g. an unknown file type).
    """

    file: str
    locator: str
    reason: str

    @property
    def message(self) -> str:
        where = self.file if self.locator == WHOLE_FILE else f"{self.file}, {self.locator}"
        return f"{where}: {self.reason}"

    def to_dict(self) -> dict:
        return {"file": self.file, "locator": self.locator, "reason": self.reason}


@dataclass(slots=True, frozen=True)
class Duplicate:
    article_id: str
    duplicate_of: str
    kind: str  # "exact" (same normalised text) | "near" (MinHash/LSH)

    def to_dict(self) -> dict:
        return {"article_id": self.article_id, "duplicate_of": self.duplicate_of, "kind": self.kind}


@dataclass(slots=True, frozen=True)
class ImplausibleDate:
    """A loaded article dated before 1900 or more than a year after the load: kept, but flagged."""

    article_id: str
    origin: str
    published: str  # ISO date

    def to_dict(self) -> dict:
        return {"article_id": self.article_id, "origin": self.origin, "published": self.published}


@dataclass(slots=True)
class LoadReport:
    """Counts and problems of one full pass over a corpus.

    ``skipped`` records were not loaded; ``warnings`` were loaded with a caveat
    (an unparseable date kept as null, a repeated record); ``filtered_out``
    counts records excluded by :class:`corpus.Filters`, by reason — those are
    choices, not problems. ``implausible_dates`` lists loaded articles whose date
    is before 1900 or more than a year after the load (kept as written, so views
    can leave them out).
    """

    files_read: int = 0
    records_read: int = 0
    articles_loaded: int = 0
    skipped: list[Skip] = field(default_factory=list)
    warnings: list[Skip] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    filtered_out: dict[str, int] = field(default_factory=dict)
    encodings: dict[str, str] = field(default_factory=dict)
    fingerprint: str = ""
    implausible_dates: list[ImplausibleDate] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.skipped

    def to_dict(self) -> dict:
        """Deterministic, JSON-able: problems in input order, mappings sorted by key."""
        return {
            "files_read": self.files_read,
            "records_read": self.records_read,
            "articles_loaded": self.articles_loaded,
            "skipped": [s.to_dict() for s in self.skipped],
            "warnings": [w.to_dict() for w in self.warnings],
            "duplicates": [d.to_dict() for d in self.duplicates],
            "filtered_out": dict(sorted(self.filtered_out.items())),
            "encodings": dict(sorted(self.encodings.items())),
            "fingerprint": self.fingerprint,
            "implausible_dates": [d.to_dict() for d in self.implausible_dates],
        }
