"""Publication dates: ISO fast path, then dateparser with wall-clock-free settings.

A date is kept as written (a timestamp's local calendar day, never shifted to
UTC). Incomplete dates ("January 2026", "Jan 4") and relative ones ("yesterday")
are refused rather than completed from today's date, which would make the
output depend on when it ran.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from corpus.errors import NewslensError

_ISO = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])")
# A negative (astronomical) year or an era before Christ: refused, never read as a year AD.
_BEFORE_CHRIST = re.compile(r"^\s*[-\u2212\u2012\u2013]\s*\d|\b(?:B\.?\s?C\.?(?:\s?E\.?)?|BCE)(?!\w)", re.IGNORECASE)
# Dates outside [PLAUSIBLE_FROM, load time + 1 year] are kept but listed in the load report.
PLAUSIBLE_FROM = dt.date(1900, 1, 1)
_DATEPARSER_SETTINGS = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
}
DATE_LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "ru", "zh", "ar")
# Unix timestamps in seconds or milliseconds between 1973 and 5138.
_EPOCH_SECONDS = (1e8, 1e11)
_EPOCH_MILLIS = (1e11, 1e14)


class UnparseableDate(NewslensError, ValueError):
    pass


class UnreadableValue:
    """A value a reader found but could not turn into Python (a Parquet date past 9999).

    ``str()`` describes it for messages; as a date it is unparseable, with ``reason``.
    """

    __slots__ = ("description", "reason")

    def __init__(self, description: str, reason: str) -> None:
        self.description = description
        self.reason = reason

    def __str__(self) -> str:
        return self.description

    def __repr__(self) -> str:
        return f"UnreadableValue({self.description!r})"


def parse_date(value: object, language: str | None = None) -> dt.date | None:
    """``None`` for a blank value; raises ``UnparseableDate`` for anything unreadable.

    Month names are read in the article's ``language`` and the common news
    languages (DATE_LANGUAGES); asking dateparser to try all of its ~200
    languages costs seconds per run and misreads short strings.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, UnreadableValue):
        raise UnparseableDate(value.reason)
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_epoch(value)
    if isinstance(value, str):
        languages = DATE_LANGUAGES
        if language and language.isascii() and language.isalpha() and language not in DATE_LANGUAGES:
            languages = (language, *DATE_LANGUAGES)
        return _from_string(value.strip()[:200], languages)
    raise UnparseableDate(f"not a date: {type(value).__name__}")


def _from_epoch(value: float) -> dt.date:
    if _EPOCH_SECONDS[0] <= value < _EPOCH_SECONDS[1]:
        seconds = value
    elif _EPOCH_MILLIS[0] <= value < _EPOCH_MILLIS[1]:
        seconds = value / 1000
    else:
        raise UnparseableDate(f"number {value!r} is not a plausible timestamp")
    return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date()


def plausible_until(today: dt.date) -> dt.date:
    """The last plausible publication date for a load on ``today``: a year later."""
    try:
        return today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        return today.replace(year=today.year + 1, day=28)


@lru_cache(maxsize=8192)
def _from_string(text: str, languages: tuple[str, ...]) -> dt.date:
    if _BEFORE_CHRIST.search(text):
        raise UnparseableDate("a negative or BC year")
    match = _ISO.match(text)
    if match:
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError as err:
            raise UnparseableDate(str(err)) from None
    import dateparser  # slow import; most exports use ISO dates

    try:
        parsed = dateparser.parse(text, languages=list(languages), settings=_DATEPARSER_SETTINGS)
    except ValueError as err:
        if "nknown language" in str(err) and languages[0] not in DATE_LANGUAGES:
            return _from_string(text, DATE_LANGUAGES)
        parsed = None
    except (OverflowError, TypeError, AttributeError, LookupError):
        parsed = None
    if parsed is None:
        raise UnparseableDate("not a complete calendar date")
    return parsed.date()
