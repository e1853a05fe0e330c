"""Periods as the figures table writes them ("2025", "2025-11", "2025-Q4", "2025-11-14",
an interval "2025-01/2025-09"): their first and last days, for dating a figure against
its article and for ordering levels. One reading, used by the extractor and the views."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from analysis.text.lexicon import table

_PERIOD = re.compile(r"^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])))?$")


def _bounds(text: str) -> tuple[dt.date, dt.date] | None:
    match = _PERIOD.match(text)
    if not match:
        return None
    year, month, day, quarter = match.groups()
    year = int(year)
    try:
        if day:
            first = last = dt.date(year, int(month), int(day))
        elif month or quarter:
            opening = int(month) if month else 3 * int(quarter) - 2
            closing = opening if month else opening + 2
            first = dt.date(year, opening, 1)
            last = dt.date(year, closing, calendar.monthrange(year, closing)[1])
        else:
            first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:  # "2025-13": no such month
        return None
    return first, last


def period_start(period) -> dt.date | None:
    """First day of a period (of an interval's first part), None when it is none."""
    bounds = _bounds(str(period or "").split("/", 1)[0])
    return bounds[0] if bounds else None


def period_end(period) -> dt.date | None:
    """Last day of a period ("2025-11" → 30 November; an interval's last part, else its
    first when the last is unreadable), None when it is none."""
    text = str(period or "")
    bounds = _bounds(text.rsplit("/", 1)[-1]) or _bounds(text.split("/", 1)[0])
    return bounds[1] if bounds else None


def names_the_month_may(text: str) -> bool:
    """A token written "May" is the month, not the modal: the modal is capitalised only
    opening a question or a wish, which a figure's sentence is not ("May arrivals were …",
    "from 780,000 bpd in May"); the word-list tests for plans and forecasts skip it."""
    return text == "May"


@dataclass(slots=True, frozen=True)
class FiscalYear:
    """A state's fiscal year: the month it opens and whether a single year names it by
    the year it opens in (Japan's "fiscal 2024" opens in April 2024) or closes in
    (India's "FY25" closes in March 2025)."""

    first_month: int
    named_by_opening: bool


def _fiscal_years() -> dict[str, FiscalYear]:
    return {
        state: FiscalYear(int(entry["opens"]), entry["named_by"] == "opening")
        for state, entry in table("periods", "fiscal_years").items()
    }


_FISCAL_YEARS = _fiscal_years()


def fiscal_year(*states: str | None) -> FiscalYear | None:
    """The fiscal year of the first of ``states`` (ISO3) that keeps one other than the
    calendar year, else None."""
    for state in states:
        if state in _FISCAL_YEARS:
            return _FISCAL_YEARS[state]
    return None
