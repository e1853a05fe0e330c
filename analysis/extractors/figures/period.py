"""The period a figure covers, as ISO text (2025-11, 2025-Q4, 2025), resolved against
the article's date.

Explicit years, months and quarters are read from the text; a month or quarter without
a year, and relative phrases ("last month", "so far this year"), are resolved against
``Article.published``. Without a date they are unknown (``None``), never guessed.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from analysis.extractors.figures.commodity import mentions_trade
from analysis.extractors.figures.qualifiers import QUALIFIER, qualify
from analysis.extractors.figures.tree import WINDOW, sent
from analysis.extractors.figures.units import is_gas_volume, is_litre_volume
from analysis.text.context import doc_text, span_text, token_column
from analysis.text.datelines import find_datelines
from analysis.text.lexicon import alternation, opening_any, words
from analysis.text.marks import DOUBLE_MARKS
from analysis.text.periods import FiscalYear, period_start
from corpus.normalize import paragraph_spans

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Month names are matched case-sensitively: "May" the month, not "may" the verb.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_YEAR = r"(?:19|20)\d\d"
_PART_MONTHS = {"early": 1, "mid": 7, "late": 10}
_ORDINAL_QUARTER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,  # (twelve only where a pattern admits it: "twelve months to May")
}
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])"
# Days counted back from a named day: "the seven days to June 29", "the 28 days to May 18".
_DAY_COUNT = r"(?:seven|ten|fourteen|twenty-eight|thirty|[1-9]\d?)"
_DAY_COUNTS = {"seven": 7, "ten": 10, "fourteen": 14, "twenty-eight": 28, "thirty": 30}
_EXPRESSIONS = re.compile(
    rf"""
      (?P<fiscal>\bFY\s?(?:(?P<fysplit>{_YEAR})[-/–](?P<fysplitend>\d\d)|(?P<fyname>(?:19|20)?\d\d))\b
        |\b(?i:(?:fiscal|financial)(?:\s+year)?)\s+(?:(?P<fwsplit>{_YEAR})[-/–](?P<fwsplitend>\d\d)|(?P<fwname>{_YEAR}))\b(?![-/–]\d)
        |(?<![\w.,$-])(?P<fssplit>{_YEAR})[-/–](?P<fssplitend>(?:19|20)?\d\d)\b(?![-/–.,]?\d|\s*(?:%|percent|barrels|bpd|tonnes))
        |\b(?P<fiscalrel>(?i:(?P<frwhich>last|this|next|current|previous|(?:the\s+)?(?:last|current|previous|next))\s+(?:(?:fiscal|financial)\s+year|fiscal(?!\s+[a-z]))))\b)
    | (?P<mrange>\b(?P<rfrom>{_MONTH})(?!\w)(?:\s+(?P<rfyear>{_YEAR}))?(?:,\s+{_MONTH}(?!\w))*,?\s*(?:-|–|—|\b(?i:to|through|and)\b)\s*
        (?P<rto>{_MONTH})(?!\w)(?!\s+\d{{1,2}}\b)(?:,?\s+(?P<rtyear>{_YEAR})\b)?)
    | (?P<fiscalpart>\b(?i:first\s+(?P<fpcount>{_COUNT})\s+months|(?P<fphalf>first|second)\s+half)
        \s+(?i:of\s+(?:(?P<fplast>last|the\s+last|the\s+previous)|the|this|its)\s+(?:current\s+)?(?:fiscal|financial)(?:\s+year)?\b))
    | (?P<halfyear>\b(?:H(?P<hnum>[12])|(?P<hnum2>[12])H)(?:\s*(?P<hyear>{_YEAR})|\s*['’]?(?P<hyy>\d\d))(?![-\w]))
    | (?P<dayrange>\b(?i:(?:between|from)\s+)?(?P<drmonth>{_MONTH})(?!\w)\s+(?P<drfrom>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|—|\s(?i:to|and|through)\s)\s*
        (?:(?P<drmonth2>{_MONTH})(?!\w)\s+)?(?P<drto>\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]?\d|\s*(?i:million|billion|thousand|%|percent|per|bpd|b/d|barrels|tonnes|mt|cents))
        |\b(?P<dbfrom>\d{{1,2}})\s*[-–]\s*(?P<dbto>\d{{1,2}})\s+(?P<dbmonth>{_MONTH})(?!\w))
    | (?P<monthpart>\b(?i:first\s+(?:(?P<mpweeks>two|three|2|3)\s+weeks|(?P<mpweek>week)|fortnight)\s+of\s+)
        (?P<mpmonth>{_MONTH})(?!\w)(?:,?\s+(?P<mpyear>{_YEAR})\b)?)
    | (?P<firstn>\b(?i:(?:first|past|last)\s+(?:(?P<fcount>{_COUNT})\s+months|(?P<fqcount>two|three|2|3)\s+quarters)|(?P<fhalf>first|second)\s+half(?!\s+(?i:of)\s+{_MONTH}))
        (?!\s+(?i:of\s+(?:the|this|its|last)\s+(?:current\s+)?(?:fiscal|financial)\b))
        (?:\s+(?i:of)\s+(?:(?P<fyear>{_YEAR})\b(?![-/–]\d)|(?i:(?P<fthis>this|the|next|last)\s+year)))?)
    | (?P<compare>\b(?i:a|one)\s+(?P<cunit>year|month|quarter|week)\s+(?:earlier|ago|before)
        |\b(?i:the\s+(?:previous|prior|preceding)\s+(?P<cprev>month|quarter|week)\b|the\s+(?P<cbefore>month|quarter|week)\s+before\b(?!\s+(?:the|a|an|its|last)\b))
        |\b(?i:the\s+same\s+(?:period|month|quarter|time|months)\s+(?:of|in|a|last)\s+)(?:{_YEAR}\b|(?i:year(?:\s+(?:earlier|ago|before))?)\b|(?i:(?:fiscal|financial)(?:\s+year)?)\b)|\byear[-\s]on[-\s]year\b|\bprevious\s+year's)
    | (?P<decade>\b(?i:the\s+(?:early\s+|mid-|late\s+)?)?(?:19|20)\d0s\b)
    | (?P<week>\b(?i:(?:last|this|next|past|previous)\s+week(?:end)?)\b)
    | (?P<weeksto>\b(?i:(?:the\s+)?(?:past\s+|last\s+)?(?:(?P<wcount>{_COUNT})\s+weeks|(?P<wpcount>{_COUNT})-week\s+period
        |(?P<dcount>{_DAY_COUNT})\s+days|(?<=the\s)week)\s+(?:to|ended|ending|through)\s+)
        (?:(?P<wmonth>{_MONTH})(?!\w)\s+(?P<wday>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<wyear>{_YEAR})\b)?|(?P<wweekday>{_WEEKDAY})\b))
    | (?P<monthsfrom>\b(?P<mfcount>{_COUNT}|twelve|12)\s+(?i:months\s+from)\s+
        (?P<mfmonth>{_MONTH})(?!\w)(?!\s+\d{{1,2}}\b)(?:,?\s+(?P<mfyear>{_YEAR})\b)?)
    | (?P<monthsto>\b(?i:the\s+(?:past\s+|last\s+)?(?:(?P<mtcount>{_COUNT}|twelve|12)\s+months|(?:(?:fiscal|financial)\s+)?(?P<mtyear_span>year))\s+(?:to|ended|ending|through)\s+)
        (?P<mtmonth>{_MONTH})(?!\w)(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<mtyear>{_YEAR})\b)?)
    | (?P<yearstart>\b(?i:since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year))
    | (?P<day>\b(?P<weekday>{_WEEKDAY})\b|\b(?P<dayword>(?i:yesterday|today|tonight))\b
        |\b(?P<dmonth>{_MONTH})(?!\w)\s+(?P<dday>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<dyear>{_YEAR})\b)?
        |(?<![\d.,])\b(?P<bday>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<bmonth>{_MONTH})(?!\w)(?:,?\s+(?P<byear2>{_YEAR})\b)?)
    | (?P<sincemonth>\b(?i:since)\s+(?P<smonth>{_MONTH})(?!\w)(?![.\s]*\d{{1,2}}\b)(?:\s+(?P<syear>{_YEAR})\b)?)
    | (?P<sincepart>\b(?i:since)\s+(?P<spart>(?i:mid|early|late))[-\s](?P<spyear>{_YEAR})\b)
    | (?P<spanback>\b(?i:over|in|during|for)\s+the\s+(?:(?P<sbcount>{_COUNT})\s+(?i:months)|(?i:quarter))\b(?![-'’])
        (?!\s+(?i:of|in|a|last|to|ended|ending|through|before|earlier|ago|from)\b))
    | (?P<same>\b(?:(?i:over|in|during|for)\s+the\s+(?:(?i:same)\s+(?:{_COUNT}\s+)?)?(?i:period|months?)|(?i:(?:(?:over|in|during|for)\s+)?that\s+(?:period|month)))\b(?![-'’])(?!\s+(?i:of|in|a|last)\b))
    | (?P<by>\b(?i:by\s+(?:the\s+end\s+of\s+)?)(?P<byear>{_YEAR})\b(?!\s*(?:levels?|figures?|averages?)))
    | (?P<since>\b(?i:since|until|till|after|before)\s+(?:{_MONTH}(?:\s+{_YEAR})?|{_YEAR})\b
        |\b(?i:from|starting(?:\s+(?:in|from))?|through|beyond)\s+{_YEAR}\b(?![-/–]\d)(?!\s*(?:levels?|figures?|averages?)))
    | (?P<qthrough>\b(?i:(?:(?:through|until|up\s+to)(?:\s+the\s+end\s+of)?|to\s+the\s+end\s+of)\s+the\s+(?P<tqord>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)
        (?:\s+(?:of\s+)?(?P<tqyear>{_YEAR})\b)?)
    | (?P<quarter>\b(?i:(?P<qord>first|second|third|fourth|final|1st|2nd|3rd|4th)\s+quarter)|\bQ(?P<qnum>[1-4])
        |\b(?P<qend>March|June|September|December)\s+(?i:quarter)\b)
      (?:\s+(?:of\s+)?(?P<qyear>{_YEAR})\b(?![-/–]\d))?
    | (?P<month>\b{_MONTH})(?!\w)(?:,?\s+(?P<myear>{_YEAR})\b|\s+(?i:of\s+)?(?P<mwhich>(?i:last|this))\s+(?i:year)\b)?
    | (?P<relative>\b(?i:(?P<rwhich>last|this|next|previous|past|so\s+far\s+this|earlier\s+this|later\s+this|the\s+current)\s+(?P<runit>month|year|quarter)))
    | (?P<ytdthrough>\b(?i:year[-\s]to[-\s]date\s+(?:through|to|until|in)\s+)(?P<ytmonth>{_MONTH})(?!\w)(?:,?\s+(?P<ytyear>{_YEAR})\b)?)
    | (?P<yearmonth>\b(?i:the\s+(?P<ymwhich>first|last|final)\s+month\s+of\s+)(?:(?P<ymyear>{_YEAR})\b|(?i:(?P<ymrel>this|last|the)\s+year)))
    | (?P<ytd>\b(?i:year[-\s]to[-\s]date|(?:the\s+)?end\s+of\s+(?:the|this)\s+year))
    | (?:(?<![\w.,$-])|(?<=\bmid-)|(?<=\bearly-)|(?<=\blate-))(?P<year>{_YEAR})(?!\w|[%,.-]\d|\s*(?:%|percent|barrels|bpd|tonnes))
    """,
    re.VERBOSE,
)
# The first words the alternatives above can open with (prefixes, any case, a superset:
# a digit, a month, an ordinal …). An alternative added above needs its first word here.
_OPENERS = opening_any(
    (
        "jan feb mar apr may jun jul aug sep oct nov dec first past last second third fourth final one the that"
        " year previous this next two three four five six seven eight nine ten eleven mon tue wed thu fri sat sun"
        " yesterday today tonight since over in during for by until till after before from starting through beyond"
        " up to q so earlier later end fy fiscal financial h1 h2 between current"
    ).split() + ["a "],
    digits=True,
)
# Every expression opens at the start of a word with one of those: the lookaheads let the
# engine pass over the other positions at once instead of trying each alternative there
# (3x faster for the word starts, and 1.7x again for the openers; 1.5-2x again for the
# openers as one character class and a trie rather than a flat list).
_AT_WORD_STARTS = re.compile(r"\b(?=\w)" + _OPENERS + r"(?:" + _EXPRESSIONS.pattern + ")", _EXPRESSIONS.flags)


@dataclass(slots=True, frozen=True)
class TimeExpression:
    start: int
    end: int
    kind: str  # month | interval | quarter | year | relative | day | compare | week | decade | since | by | same | fiscal
    month: int | None = None  # of a month, the first month of an interval, the month of a day
    quarter: int | None = None
    year: int | None = None
    relative: str | None = None  # "last month", "this year" …
    last_month: int | None = None  # of an interval ("January–September": 9); of "over the quarter", its 3 months
    last_year: int | None = None
    day: int | None = None  # of a dated day ("Nov. 14": 14)
    weekday: int | None = None  # "on Tuesday": 1 (Monday is 0)
    days_back: int | None = None  # "yesterday": 1, "today": 0
    days: int | None = None  # "the four weeks to May 18": 28 days ending on the day
    counted: bool = False  # of a fiscal year's part: its months are counted from the year's first ("first half")
    first_day: int | None = None  # of days within a month ("Nov. 1-19": 1, ``day`` 19)


def find_time_expressions(text: str, lo: int = 0, hi: int | None = None) -> list[TimeExpression]:
    hi = len(text) if hi is None else hi
    found = []
    for match in _AT_WORD_STARTS.finditer(text, lo, hi):
        expression = _expression(match)
        opens_since = expression.kind == "since" or expression.relative == "since"
        if opens_since and _RECORD.search(text, max(0, match.start() - 40), match.start()):
            continue  # "its highest since 2020", "the lowest since June": a record's measure, no time of the figure or a baseline
        if expression.kind == "fiscal" and expression.year is None and expression.last_year is None and expression.relative is None:
            continue  # "the 2025-30 plan": a span of years, no time of a figure
        if expression.kind == "fiscal" and found and _part_of_fiscal(found[-1], text, expression.start):
            expression = _fiscal_part(found.pop(), expression, text)
        found.append(expression)
    return found


# "the April-June quarter of 2024-25", "Q1 of FY26", "April-October this fiscal": a part of a fiscal year.
_OF_FISCAL = re.compile(r"\s+(?:(?i:quarter|period)\s+)?(?:(?i:of|in)\s+(?:(?i:the)\s+)?)?$")


def _part_of_fiscal(before: TimeExpression, text: str, start: int) -> bool:
    months = before.kind == "interval" and before.relative is None and before.last_month is not None
    return (before.kind == "quarter" or months) and before.year is None and before.last_year is None \
        and _OF_FISCAL.fullmatch(text, before.end, start) is not None


def _fiscal_part(part: TimeExpression, year: TimeExpression, text: str) -> TimeExpression:
    """One expression for the part and its fiscal year: its quarter, or its "first half",
    is counted from the fiscal year's first month; months it names ("April-June") fall
    in the year they come in."""
    return TimeExpression(
        part.start, year.end, "fiscal", year=year.year, last_year=year.last_year, relative=year.relative,
        quarter=part.quarter, month=part.month, last_month=part.last_month,
        counted=re.match(_MONTH, text[part.start : part.end]) is None,
    )


# A superlative a few words before "since": "the highest level since 2020".
_RECORD = re.compile(rf"\b{alternation('figures', 'record_superlatives')}(?:\s+[\w-]+){{0,3}}\s+$", re.IGNORECASE)


def _counted_months(half: str | None, count: str | None, *, per: int = 1) -> tuple[int, int]:
    """The first and last month of "the first/second half" or "the first N months (or
    quarters, ``per`` 3)", counted from a year's first month."""
    if half:
        return (1, 6) if half.lower() == "first" else (7, 12)
    return 1, per * _months_counted(count)


def _months_counted(word: str) -> int:
    """"six", "twelve", "12": how many months a span counts."""
    return _COUNTS.get(word.lower()) or int(word)


def _expression(match: re.Match) -> TimeExpression:
    start, end = match.span()
    if match.group("fiscal"):
        return _fiscal(match, start, end)
    if match.group("mrange"):
        first = _MONTHS[match.group("rfrom")[:3].lower()]
        last = _MONTHS[match.group("rto")[:3].lower()]
        last_year = int(match.group("rtyear")) if match.group("rtyear") else None
        year = int(match.group("rfyear")) if match.group("rfyear") else None
        return TimeExpression(start, end, "interval", month=first, year=year, last_month=last, last_year=last_year)
    if match.group("sincemonth"):
        # "since April": from that month to the article's (its last month is the date's).
        month = _MONTHS[match.group("smonth")[:3].lower()]
        year = int(match.group("syear")) if match.group("syear") else None
        return TimeExpression(start, end, "interval", month=month, year=year, relative="since")
    if match.group("sincepart"):
        # "since mid-2025": from that part of the year to the article's month.
        month = _PART_MONTHS[match.group("spart").lower()]
        return TimeExpression(start, end, "interval", month=month, year=int(match.group("spyear")), relative="since")
    if match.group("spanback"):
        # "over the quarter", "over the ten months": the last span of that length the text
        # named (resolved by Periods; ``last_month`` holds its length in months).
        count = match.group("sbcount")
        months = 3 if count is None else _months_counted(count)
        return TimeExpression(start, end, "same", last_month=months)
    if match.group("same"):
        # "over the same period": the period the text set last (resolved by Periods).
        return TimeExpression(start, end, "same")
    if match.group("fiscalpart"):
        # "the first eight months of the fiscal year": counted from the current fiscal
        # year's first month (the state's custom, :func:`resolve`).
        first, last = _counted_months(match.group("fphalf"), match.group("fpcount"))
        which = "last year" if match.group("fplast") else "this year"
        return TimeExpression(start, end, "fiscal", month=first, last_month=last, relative=which, counted=True)
    if match.group("halfyear"):
        # "H1 2025", "1H25": a half of the year named.
        half = int(match.group("hnum") or match.group("hnum2"))
        year = int(match.group("hyear")) if match.group("hyear") else 2000 + int(match.group("hyy"))
        return TimeExpression(start, end, "interval", month=6 * half - 5, last_month=6 * half, last_year=year)
    if match.group("firstn"):
        # ("the first three quarters": nine months)
        per = 3 if match.group("fqcount") else 1
        first, last = _counted_months(match.group("fhalf"), match.group("fcount") or match.group("fqcount"), per=per)
        if not match.group("fhalf") and not match.group(0).lower().startswith("first"):
            # "the past nine months": the months up to the article's, not a calendar span
            return TimeExpression(start, end, "since")
        year = int(match.group("fyear")) if match.group("fyear") else None
        which = (match.group("fthis") or "").lower()
        relative = f"{'this' if which == 'the' else which} year" if which else None
        return TimeExpression(start, end, "interval", month=first, last_month=last, last_year=year, relative=relative)
    if match.group("monthsto"):
        # "the three months to May", "the year to March": the months of that span, ending
        # with the month named.
        last = _MONTHS[match.group("mtmonth")[:3].lower()]
        count = 12 if match.group("mtyear_span") else _months_counted(match.group("mtcount"))
        year = int(match.group("mtyear")) if match.group("mtyear") else None
        return TimeExpression(start, end, "interval", month=(last - count) % 12 + 1, last_month=last, last_year=year)
    if match.group("monthsfrom"):
        # "six months from January": the span opening with the month named; that month's
        # year fixes it (``relative`` "from"), the last month counted on, across a new year.
        first = _MONTHS[match.group("mfmonth")[:3].lower()]
        count = _months_counted(match.group("mfcount"))
        year = int(match.group("mfyear")) if match.group("mfyear") else None
        return TimeExpression(start, end, "interval", month=first, year=year, last_month=(first + count - 2) % 12 + 1, relative="from")
    if match.group("yearstart"):
        # "since the start of the year": the year so far, as "so far this year" (gold rule 15).
        return TimeExpression(start, end, "relative", relative="this year")
    if match.group("monthpart"):
        # "the first three weeks of November": the month's first days, not the whole month
        # ("the first half of November" stays the month, as the gold reads it).
        weeks = match.group("mpweeks")
        last = 7 * (_COUNTS.get(weeks.lower(), 0) or int(weeks)) if weeks else 7 if match.group("mpweek") else 14
        year = int(match.group("mpyear")) if match.group("mpyear") else None
        return TimeExpression(start, end, "day", month=_MONTHS[match.group("mpmonth")[:3].lower()], year=year, first_day=1, day=last)
    if match.group("dayrange"):
        # "between Nov. 1 and Nov. 19", "Nov. 1-19", "1-19 November": the days of one month.
        named = match.group("drmonth") or match.group("dbmonth")
        month = _MONTHS[named[:3].lower()]
        first, last = int(match.group("drfrom") or match.group("dbfrom")), int(match.group("drto") or match.group("dbto"))
        other = match.group("drmonth2")
        if (other and _MONTHS[other[:3].lower()] != month) or not 1 <= first < last <= 31:
            return TimeExpression(start, end, "day", month=month, day=first)  # (across months: the first day named, as before)
        return TimeExpression(start, end, "day", month=month, first_day=first, day=last)
    if match.group("weeksto"):
        # "the four weeks to May 18", "the week to June 29", "the 28 days to May 18", "the
        # week to Friday": the days of that span, ending on that day.
        if match.group("wweekday"):
            # "in the week to Friday": the days up to the latest such weekday.
            return TimeExpression(start, end, "day", weekday=_WEEKDAYS[match.group("wweekday")[:3].lower()], days=_span_days(match))
        year = int(match.group("wyear")) if match.group("wyear") else None
        month, day = _MONTHS[match.group("wmonth")[:3].lower()], int(match.group("wday"))
        return TimeExpression(start, end, "day", month=month, day=day, year=year, days=_span_days(match))
    if match.group("day"):
        if match.group("weekday"):
            return TimeExpression(start, end, "day", weekday=_WEEKDAYS[match.group("weekday")[:3].lower()])
        if match.group("dayword"):
            return TimeExpression(start, end, "day", days_back=1 if match.group("dayword").lower() == "yesterday" else 0)
        if match.group("bday"):  # "on 18 January": the day before the month
            year = int(match.group("byear2")) if match.group("byear2") else None
            return TimeExpression(start, end, "day", month=_MONTHS[match.group("bmonth")[:3].lower()], day=int(match.group("bday")), year=year)
        year = int(match.group("dyear")) if match.group("dyear") else None
        return TimeExpression(start, end, "day", month=_MONTHS[match.group("dmonth")[:3].lower()], day=int(match.group("dday")), year=year)
    if match.group("by"):
        # "by 2027": the year a goal or forecast aims at; of a level reported, an open span.
        return TimeExpression(start, end, "by", year=int(match.group("byear")))
    if match.group("compare"):
        # "a year earlier", "a month ago", "the prior month": the baseline's time, that far
        # back (Periods). "the previous month" alone in its sentence is the one before the date's.
        if match.group("cprev") or match.group("cbefore"):
            return TimeExpression(start, end, "compare", relative=f"previous {(match.group('cprev') or match.group('cbefore')).lower()}")
        return TimeExpression(start, end, "compare", relative=(match.group("cunit") or "year").lower())
    for kind in ("decade", "week", "since"):
        if match.group(kind):
            # Comparisons date a baseline; days, weeks, decades and open spans are no
            # ISO month/quarter/year (gold rule 15): they end the search with nothing.
            return TimeExpression(start, end, kind)
    if match.group("qthrough"):
        # "through the third quarter": the year's months up to that quarter's end.
        last = 3 * _ORDINAL_QUARTER[match.group("tqord").lower()]
        year = int(match.group("tqyear")) if match.group("tqyear") else None
        return TimeExpression(start, end, "interval", month=1, year=year, last_month=last, last_year=year)
    if match.group("quarter"):
        if match.group("qend"):
            number = _MONTHS[match.group("qend")[:3].lower()] // 3  # "the December quarter": the one it ends
        else:
            number = int(match.group("qnum")) if match.group("qnum") else _ORDINAL_QUARTER[match.group("qord").lower()]
        year = int(match.group("qyear")) if match.group("qyear") else None
        return TimeExpression(start, end, "quarter", quarter=number, year=year)
    if match.group("month"):
        month = _MONTHS[match.group("month")[:3].lower()]
        year = int(match.group("myear")) if match.group("myear") else None
        # "September last year": that month of the year before the article's.
        which = f"{match.group('mwhich').lower()} year" if match.group("mwhich") else None
        return TimeExpression(start, end, "month", month=month, year=year, relative=which)
    if match.group("relative"):
        which = re.sub(r"\s+", " ", match.group("rwhich").lower())
        which = "this" if which in ("so far this", "earlier this", "later this", "the current") else which
        which = "last" if which in ("previous", "past") else which
        return TimeExpression(start, end, "relative", relative=f"{which} {match.group('runit').lower()}")
    if match.group("ytdthrough"):
        # "year-to-date through August": the year's months up to that one.
        year = int(match.group("ytyear")) if match.group("ytyear") else None
        return TimeExpression(start, end, "interval", month=1, year=year, last_month=_MONTHS[match.group("ytmonth")[:3].lower()], last_year=year)
    if match.group("yearmonth"):
        # "the last month of 2014": its December.
        month = 1 if match.group("ymwhich").lower() == "first" else 12
        if match.group("ymyear"):
            return TimeExpression(start, end, "month", month=month, year=int(match.group("ymyear")))
        which = match.group("ymrel").lower()
        return TimeExpression(start, end, "month", month=month, relative=f"{'this' if which == 'the' else which} year")
    if match.group("ytd"):
        return TimeExpression(start, end, "relative", relative="this year")
    return TimeExpression(start, end, "year", year=int(match.group("year")))


def _fiscal(match: re.Match, start: int, end: int) -> TimeExpression:
    """A fiscal year: "2024-25", "FY2024-25" open in 2024 (``year``); "FY25", "fiscal
    2025" name one year (``last_year``), the one it opens or closes in by the state's
    custom. Which months it covers is the state's (:func:`resolve`)."""
    if match.group("fiscalrel"):
        # "last fiscal", "this financial year", "the current fiscal year": the whole of it.
        which = match.group("frwhich").lower().split()[-1]
        which = {"current": "this", "previous": "last"}.get(which, which)
        return TimeExpression(start, end, "fiscal", relative=f"{which} year")
    split = match.group("fysplit") or match.group("fwsplit") or match.group("fssplit")
    if split:
        closing = match.group("fysplitend") or match.group("fwsplitend") or match.group("fssplitend")
        opening = int(split)
        # "2020-25" is a span of years, no fiscal year (dropped by find_time_expressions).
        return TimeExpression(start, end, "fiscal", year=opening if (opening + 1) % 100 == int(closing) % 100 else None)
    named = match.group("fyname") or match.group("fwname")
    year = int(named) if len(named) == 4 else 2000 + int(named)
    return TimeExpression(start, end, "fiscal", last_year=year)


def _fiscal_months(expression: TimeExpression, fiscal: FiscalYear | None, published: dt.date | None) -> str | None:
    """The months of a fiscal year, or of its quarter or months (a quarter that is a
    calendar one written as one: India's first quarter of 2025-26 is "2025-Q2"); "the
    fiscal year" unnamed is the one the article's date falls in."""
    if fiscal is None:
        return None
    opening = expression.year
    if opening is None and expression.last_year is not None:
        opening = expression.last_year if fiscal.named_by_opening else expression.last_year - 1
    elif opening is None and expression.relative is not None and published is not None:
        current = published.year if published.month >= fiscal.first_month else published.year - 1
        opening = current + {"last year": -1, "next year": 1}.get(expression.relative, 0)
    if opening is None:
        return None

    def month_of(offset: int) -> tuple[int, int]:
        index = opening * 12 + fiscal.first_month - 1 + offset
        return index // 12, index % 12 + 1

    if expression.quarter is not None:
        (first_year, first), (last_year, last) = month_of(3 * expression.quarter - 3), month_of(3 * expression.quarter - 1)
        if first % 3 == 1:
            return f"{first_year}-Q{first // 3 + 1}"
    elif expression.month is not None and expression.counted:
        (first_year, first), (last_year, last) = month_of(expression.month - 1), month_of(expression.last_month - 1)
    elif expression.month is not None:
        (first_year, first), (last_year, last) = (month_of((m - fiscal.first_month) % 12) for m in (expression.month, expression.last_month))
    else:
        (first_year, first), (last_year, last) = month_of(0), month_of(11)
    return f"{first_year}-{first:02d}/{last_year}-{last:02d}"


def _span_days(match: re.Match) -> int:
    if match.group("dcount"):
        count = match.group("dcount").lower()
        return _DAY_COUNTS.get(count) or int(count)
    count = (match.group("wcount") or match.group("wpcount") or "").lower()
    return 7 * (_COUNTS.get(count) or int(count)) if count else 7


def resolve(
    expression: TimeExpression, published: dt.date | None, text_year: int | None = None, forward: bool = False,
    *, fiscal: FiscalYear | None = None,
) -> str | None:
    """ISO text of the period, or None when it cannot be known (a fiscal year without
    the ``fiscal`` custom of the state it is of)."""
    if expression.kind == "fiscal":
        return _fiscal_months(expression, fiscal, published)
    if expression.kind in ("compare", "decade", "week", "since", "same"):
        return None
    if expression.kind == "by":
        return f"{expression.year}" if forward else None
    if expression.kind == "day":
        return _day(expression, published, forward)
    if expression.kind == "interval":
        return _interval(expression, published, text_year, forward)
    if expression.kind == "year":
        return f"{expression.year}"
    if expression.kind == "month" and expression.relative and published is not None:
        return f"{published.year + (-1 if expression.relative == 'last year' else 0)}-{expression.month:02d}"
    if expression.kind == "month":
        year = expression.year or _year_for(expression.month, 12, published, text_year, forward=forward)
        return f"{year}-{expression.month:02d}" if year else None
    if expression.kind == "quarter":
        year = expression.year or _year_for(expression.quarter, 4, published, text_year, quarter=True, forward=forward)
        return f"{year}-Q{expression.quarter}" if year else None
    if published is None:
        return None
    which, unit = expression.relative.split(" ")
    step = {"last": -1, "this": 0, "next": 1}[which]
    if unit == "year":
        return f"{published.year + step}"
    if unit == "month":
        index = published.year * 12 + published.month - 1 + step
        return f"{index // 12}-{index % 12 + 1:02d}"
    index = published.year * 4 + (published.month - 1) // 3 + step
    return f"{index // 4}-Q{index % 4 + 1}"


def _day(expression: TimeExpression, published: dt.date | None, forward: bool) -> str | None:
    """ISO date of a day the text names (a weekday is the latest one on or before the
    article's date, the next one in a forecast; "yesterday" the day before it), or the
    interval of days of the weeks that end on it ("2025-04-21/2025-05-18"), or of days
    within a month ("2025-11-01/2025-11-19": its year is the one of its first day)."""
    if expression.first_day is not None:
        first = _named_day(dataclasses.replace(expression, day=expression.first_day), published, forward)
        if first is None:
            return None
        last = _date(first.year, first.month, expression.day)
        return None if last is None else f"{first.isoformat()}/{last.isoformat()}"
    date = _named_day(expression, published, forward)
    if date is None:
        return None
    if expression.days:
        return f"{(date - dt.timedelta(days=expression.days - 1)).isoformat()}/{date.isoformat()}"
    return date.isoformat()


def _named_day(expression: TimeExpression, published: dt.date | None, forward: bool) -> dt.date | None:
    if expression.month is not None and expression.year is not None:
        return _date(expression.year, expression.month, expression.day)
    if published is None:
        return None
    if expression.weekday is not None:
        back = (published.weekday() - expression.weekday) % 7
        if forward and back:
            return published + dt.timedelta(days=7 - back)
        return published - dt.timedelta(days=back)
    if expression.days_back is not None:
        return published - dt.timedelta(days=expression.days_back)
    year = published.year
    date = _date(year, expression.month, expression.day)
    if date is not None and date > published and not forward:
        date = _date(year - 1, expression.month, expression.day)
    return date


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None  # "February 30": not a day


def _interval(expression: TimeExpression, published: dt.date | None, text_year: int | None, forward: bool) -> str | None:
    """"2023-01/2023-09": the interval's last month fixes its year like a month alone;
    a first month later than the last is of the year before ("November–February")."""
    last_year = expression.last_year
    if expression.relative == "since":
        if published is None:
            return None
        first_year = expression.year or (published.year if expression.month <= published.month else published.year - 1)
        return f"{first_year}-{expression.month:02d}/{published.year}-{published.month:02d}"
    if expression.relative == "from":
        first_year = expression.year or _year_for(expression.month, 12, published, text_year, forward=forward)
        if first_year is None:
            return None
        last_year = first_year + (expression.last_month < expression.month)
        return f"{first_year}-{expression.month:02d}/{last_year}-{expression.last_month:02d}"
    if last_year is None and expression.relative and published is not None:
        last_year = published.year + {"last": -1, "this": 0, "next": 1}[expression.relative.split(" ")[0]]
    if last_year is None:
        last_year = _year_for(expression.last_month, 12, published, text_year, forward=forward)
    if last_year is None:
        return None
    first_year = expression.year or (last_year if expression.month <= expression.last_month else last_year - 1)
    return f"{first_year}-{expression.month:02d}/{last_year}-{expression.last_month:02d}"


def _year_for(
    number: int, per_year: int, published: dt.date | None, text_year: int | None, quarter: bool = False, forward: bool = False
) -> int | None:
    """The year of the latest month/quarter ``number`` on or before the article's date;
    in a forecast ("expected to fall … in December", "for February delivery") the one
    nearest to it, before or after (half a year either way: the one ahead, as a forecast looks)."""
    if published is None:
        return text_year
    current = (published.month - 1) // 3 + 1 if quarter else published.month
    if forward and number > current and (number - current) * 2 <= per_year:
        return published.year
    if forward and number < current and (current - number) * 2 >= per_year:
        return published.year + 1
    return published.year if number <= current else published.year - 1


def starts_after(period: str | None, published: dt.date | None) -> bool:
    """The period begins after the article's date ("in December" of a November article
    that looks ahead)."""
    start = period_start(period) if published is not None else None
    return start is not None and start > published


def period_for(start: int, end: int, expressions: list[TimeExpression]) -> TimeExpression | None:
    """The time expression of the figure ``[start, end)``: the nearest one in its sentence.

    Comparison phrases ("a year earlier") are skipped: they date the baseline, not the
    figure. Ties go to the expression after the figure ("746,000 bpd in November").
    """
    best: tuple[int, int, TimeExpression] | None = None
    for expression in expressions:
        if expression.kind == "compare":
            continue
        if expression.start >= end:
            distance, side = expression.start - end, 0
        elif expression.end <= start:
            distance, side = start - expression.end, 1
        else:
            continue
        if best is None or (distance, side) < best[:2]:
            best = (distance, side, expression)
    return best[2] if best else None


# Verbs and nouns that date an event rather than the flow a figure measures: "signed a
# deal last December", "Moscow's February 2022 invasion", "a report published this month".
EVENT_VERBS = words("figures", "event_verbs")
# Subordinators of a clause that dates an event beside the figure: "… have climbed to
# 190,000 bpd since exports resumed last month" (the restart, not the flow, is dated).
EVENT_MARKS = words("figures", "event_marks")
# Nouns a figure may size without being a dated flow: "a 4.9 million tonne-a-year
# contract … lapse at the end of 2024" (the date is the contract's, not a flow's).
DEAL_NOUNS = words("figures", "deal_nouns")
EVENT_NOUNS = words("figures", "event_nouns")
# Words of a forecast (months resolve to the nearest one, before or after the date).
FORWARD_WORDS = words("figures", "forward_words")
# "Aramco set its July official selling prices": a sentence that sets prices for a coming
# month's loadings, whose month dates the grades' prices after it.
_SETS_PRICES = re.compile(rf"\b{alternation('figures', 'official_price_words')}\b", re.IGNORECASE)
# A futures contract named by its month, "Brent for January delivery", "the December
# contract": the month the contract delivers in, not a period of the price quoted.
_CONTRACT_NOUNS = words("figures", "contract_month_nouns")
# (A month name opens with one of the capitals in the lookahead: the engine passes over
# other positions at once instead of trying each month there.)
_CONTRACT_MONTH = re.compile(rf"\b(?=[ADFJMNOS]){_MONTH}(?:\s+{_YEAR})?\s+{alternation('figures', 'contract_month_nouns')}\b")
# Words of a plan or contract: its flow has no period of its own and takes none from
# the sentence before ("agreed to raise supplies to 44 bcm a year").
PLAN_WORDS = words("figures", "plan_words")
# Baselines: "up from 128,000 bpd", "compared with 2.17 million bpd", "against 480,000 bpd",
# "from a peak of", "from a five-month low of", "from the 2.5 million bpd shipped in …", "up from a revised 28.06 million".
_BASELINE = re.compile(
    r"\b" + opening_any(["from", "compar", "than", "versus", "vs", "against"]) + r"(?:from|compar(?:ed|es?)\s+(?:with|to)|than|versus|vs\.?|against)\s+"
    r"(?:(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:peak|high|low|level|record)\s+of\s+|the\s+)?"
    r"(?:(?:an?\s+)?(?:(?:upwardly|downwardly)\s+)?revised\s+)?"
    rf"(?:{_MONTH}['’]s\s+(?:[a-z]+\s+(?:of\s+)?)?)?(?:{QUALIFIER}|an\s+average\s+of)?\s*$",
    re.IGNORECASE,
)
# Between two baselines of one comparison: "… a quarter earlier and ", "… in June and ".
_AND_ANOTHER = re.compile(rf"\s+(?:[\w-]+\s+){{0,4}}?(?:and|or)\s+(?:{QUALIFIER}\s*)?")
# What stands between a possessive time and the figure it owns: "March's 6.6 million",
# "June's exports of 6.05 million", "last month's revised 3.1 million".
_POSSESSED = re.compile(rf"['’]s\s+(?:[a-z]+\s+){{0,2}}(?:of\s+)?(?:{QUALIFIER}\s*)?$")
_OWNS_NOUN = re.compile(r"['’]s\s+[a-z]")
# A comparison between a figure and a later time expression: the expression is the
# compared party's ("more than South Korea agreed to take last year").
_COMPARISON = re.compile(r",\s+(?:more|less|fewer|higher|lower|bigger|smaller)\s+than\s+[^,;]*$")
_NEAR_CHARS = 400  # how far from a figure its time expressions may be (see tree.WINDOW)
# Stocks, prices and money are dated where they are written, never by the sentence before,
# except the revenue of the sales just dated ("exports averaged … in May. Revenues reached
# $7.1 billion"), the value of the flows just dated ("imports rose in May. The import bill
# came to $2 billion", "Diesel made up $900 million of that") and barrels traded.
_UNDATED_BY_NEIGHBOURS = frozenset({"barrels", "usd_per_barrel", "usd", "other"})
_REVENUE = words("figures", "revenue")
_TRADE_VALUES = words("figures", "trade_values")
_TRADE_VALUE_HEADS = words("figures", "trade_value_heads")
# Verbs of a statement, whose day is not a figure's (gold rule 15).
_STATEMENT_VERBS = words("speech", "figure_speakers")
# Auxiliaries of a forecast: "Exports will fall to …", "output would recover to …".
_MODALS = words("figures", "forecast_modals")
_LIKELY_HEADS = words("figures", "likely_to_heads")
_HEDGES = words("figures", "hedge_modals")
_HEDGE_BLOCKERS = words("figures", "hedge_blockers")
# A change against a time gone by: "fell 30% from a year earlier", "12% below the same month
# last year" is a change of now.
_CHANGE_SINCE = re.compile(
    r"\s*(?:from|on|over|versus|below|above|compared\s+(?:with|to)|(?:more|less|higher|lower)\s+than)\s+(?:the\s+same\s+\w+\s+)?$", re.IGNORECASE
)
# A level likened to a time gone by: "210,000 tonnes were shipped, a similar volume to
# the previous month" is of the month the paragraph tells, not of the one before.
_LIKE_THEN = re.compile(
    r"\b(?:similar|comparable|close|in\s+line|unchanged|steady|flat|level|same)\b[^,;.]*?\s(?:to|with|from|as|on)\s+(?:that\s+of\s+|in\s+)?$",
    re.IGNORECASE,
)
# … and barrels shipped or bought, unlike barrels in storage: "Saudi Arabia remained the
# biggest supplier, shipping 31.1 million barrels" after "Japan imported … in May".
_FLOW_WORDS = words("figures", "export_evidence") | words("figures", "import_evidence") | words("figures", "supply_share")
# What moves in a trading session: a price or the commodity quoted ("Brent", "crude").
_MARKET_SUBJECTS = words("figures", "price_subjects") | words("figures", "commodity_nouns")
_DATA_PRESENT = words("figures", "data_present_verbs")
# Data that give figures ("the May data showed"): a time told of them dates what follows.
_DATA_NOUNS = words("figures", "source_data_nouns")
# A time compared with, not the figure's own: "up 6% from August", "than in July".
# "January to September" (after "from"): a span of months, not a time compared with.
_SPAN_TO = re.compile(rf"{_MONTH}(?!\w)(?:\s+{_YEAR})?\s+(?i:to|through|until)\s")
# ("down 180,000 bpd from the period to Nov. 23": the span compared with, named by its end.)
_COMPARED_TIME = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?)\s+"
    r"(?:in\s+|the\s+(?:[\w-]+\s+){0,2}?(?:period|weeks?|months?|days)\s+(?:to|ended|ending|through)\s+)?$",
    re.IGNORECASE,
)
# "up 2.1% on August", "down 4% on the third quarter": British reporting's "on" before a
# month, quarter or year is the time compared with (before a day it is the day told of).
_ON_COMPARED = re.compile(r"\bon\s+(?:the\s+)?$", re.IGNORECASE)
_ON_COMPARED_KINDS = frozenset({"month", "quarter", "year"})
# What stands between a figure and the time right after it: "2.4 million bpd in the …".
# ("… for the whole of 2027", "in all of 2025": the whole year is still the figure's own.)
_RIGHT_AFTER = re.compile(r"\s+(?:in|during|for|over)\s+(?:the\s+)?(?:(?:whole|entire|all)\s+of\s+)?")
# Times a sentence without figures sets for the next one (not the day a thing was said,
# not "since", "by" or a comparison).
_SETTING_KINDS = frozenset({"month", "interval", "quarter", "relative", "year", "week"})
_SETTING_LOOKBACK = 8  # time expressions looked back at (keeps the look-back bounded)


def _sets_following(expression: TimeExpression) -> bool:
    """A time of a kind that dates the figures after it: of those kinds, or days that end on
    a named day ("slipped in the week to Nov. 16. About 3.1 million bpd left …"), unlike
    the one day a thing was said on."""
    return expression.kind in _SETTING_KINDS or (expression.kind == "day" and expression.days is not None)


class Periods:
    """Periods of the figures of one article (call :meth:`period` in text order).

    A figure takes the nearest time expression of its own clause, else of its sentence,
    skipping those that date an event ("signed … last December") or belong to a
    baseline figure ("up from 128,000 bpd in November"); "a year earlier" after a
    baseline shifts the sentence's period back a year. A sentence without one continues
    the period of the sentence right before it when that one had figures — except for
    prices, stocks and plans, which are not dated by their neighbours.
    """

    def __init__(self, doc, published: dt.date | None, figures: list[tuple[int, int, str]], text: str | None = None):
        self.doc = doc
        self.published = published
        text = doc_text(doc) if text is None else text
        self.text = text
        # Only the text near figures is read for dates (a figure looks _NEAR_CHARS away);
        # a dateline's date is the day of filing, not of a figure.
        paragraphs = paragraph_spans(text)
        datelines = find_datelines(text, paragraphs)
        self.paragraph_starts = [lo for lo, _ in paragraphs]
        windows = _windows(figures, len(text))
        self.contracts = [m.start() for lo, hi in windows for m in _CONTRACT_MONTH.finditer(text, lo, hi)]
        self.expressions = [
            e for lo, hi in windows for e in find_time_expressions(text, lo, hi)
            if not any(d.start <= e.start and e.end <= d.end for d in datelines) and not self._contract_between(e.start, e.start + 1)
        ]
        self.figures = figures  # (start, end, unit) of every kept figure, text order
        self.figure_ends = [end for _, end, _ in figures]
        self.starts = [e.start for e in self.expressions]
        self._tokens: dict[int, object] = {}
        self._verbs: dict[int, object] = {}
        self.baseline = {start for start, _, _ in figures if _BASELINE.search(text[max(0, start - 40) : start])}
        for (before_start, before_end, _), (start, _, _) in zip(figures, figures[1:]):
            # "up from 2.4 million bpd a quarter earlier and 2.3 million bpd a year earlier"
            if before_start in self.baseline and before_end <= start and _AND_ANOTHER.fullmatch(text, before_end, start):
                self.baseline.add(start)
        self.main_periods: dict[int, str] = {}  # sentence start -> last period of a non-baseline figure
        self.last_sentence: tuple[int, str | None] | None = None  # (sentence start, period)
        self.paragraph_period: tuple[int, str] | None = None  # (paragraph index, last period set in it)
        self.day_period: tuple[int, str] | None = None  # (paragraph index, last day a figure was tied to)
        self.spans: dict[int, str] = {}  # months in a period -> the last quarter or span of months of that length

    def period(
        self, span, start: int, end: int, unit: str, clause, *, target: bool = False, fiscal: FiscalYear | None = None
    ) -> str | None:
        """``clause``: the figure's :class:`analysis.extractors.figures.trade.Clause`;
        ``target``: the figure is a goal or quota, dated by the period it aims at (its own
        time words, else the last coming period its paragraph names: "would hold output
        steady in January–March … required production stays at 10.1 million bpd"), never
        by a reported period before it."""
        region = clause.indices
        sentence = sent(span)
        # Expressions of the sentence near the figure (a bound for sentences without end).
        lo = max(sentence.start_char, start - _NEAR_CHARS)
        hi = min(sentence.end_char, end + _NEAR_CHARS)
        first = bisect.bisect_left(self.starts, lo)
        last = bisect.bisect_left(self.starts, hi)
        in_sentence = [e for e in self.expressions[first:last] if e.end <= hi]
        own = [e for e in in_sentence if self._speaks_for(e, start, span, sentence)]
        in_region = [e for e in own if self._token_of(e).i in region]
        lemmas = clause.words
        if self._contract_between(sentence.start_char, sentence.end_char):
            lemmas = lemmas - _CONTRACT_NOUNS  # "for January delivery" forecasts nothing
        # "traders expect shipments to slow to … in December": the forecast verb governs
        # the figure's clause from above it.
        # An official selling price is set ahead for a coming month's loadings: "raised
        # its price for October" in September is the October to come.
        forward = target or bool(lemmas & FORWARD_WORDS) or bool(_governing_lemmas(span.root) & FORWARD_WORDS) \
            or bool(_SETS_PRICES.search(span_text(sentence))) or _scheduled(self._verb_above(span.root)) \
            or _likely_to(self._verb_above(span.root)) or _opens_ahead(own, self._verb_above(span.root))
        # (The revenue or value of flows is dated as the flows are, and dates what follows, in
        # dollars or in the money the story counts in: "imports rose 6.8% in value to 842.5
        # billion yen".)
        flow_value = unit in ("usd", "other") and (bool(lemmas & _REVENUE) or any(
            (t.lemma_.lower() in _TRADE_VALUES or t.lower_ in _TRADE_VALUES)
            and (t.dep_ not in ("compound", "amod") or t.head.lemma_.lower() in _TRADE_VALUE_HEADS)
            for t in clause.tokens
        ))
        compare = [e for e in in_sentence if e.kind == "compare" and self._owner(e, sentence) == start]
        anchored = None
        # Expressions of the sentence that date something (not a baseline's, not a comparison).
        dating = [e for e in in_sentence if e.kind != "compare" and not self._baseline_owned(e, start, sentence)]
        if compare and (start in self.baseline or not own) and not _CHANGE_SINCE.match(self.text, end, compare[0].start) \
                and not _LIKE_THEN.search(self.text, end, compare[0].start):
            # "up from 2.1 million bpd a year earlier", "That compares with 4.6 million bpd a
            # year earlier": the period of the sentence, else the one it goes on with, a year back.
            result = self._shifted(sentence, compare[0].relative, [e for e in in_sentence if e.end <= start])
            if result is None and compare[0].relative in ("previous month", "previous quarter"):
                result = resolve(TimeExpression(0, 0, "relative", relative=f"last {compare[0].relative.split()[1]}"), self.published)
        else:
            # Its own verb's expressions first ("took 1.7 million bpd … in the first ten months
            # of this year", not "became the largest buyer after 2022"), then its clause's,
            # then its sentence's.
            verb = self._own_verb(span.root)
            same_verb = [e for e in in_region if verb is not None and self._verb_above(self._token_of(e)).i == verb]
            anchored = self._when_anchor(span)
            expression = (
                self._possessive(in_sentence, start) or anchored
                or period_for(start, end, [e for e in own if self._attached(e, span)])
                or period_for(start, end, same_verb) or period_for(start, end, in_region) or period_for(start, end, own)
            )
            days = [e for e in own if e.kind == "day"]
            if unit == "usd_per_barrel" and days:
                # A price is quoted for a session: "prices rose on Monday after OPEC+ agreed
                # … for the first quarter, with Brent up 62 cents" is Monday's price.
                expression = period_for(start, end, days)
            if expression is not None and expression.kind == "same" and expression.last_month is not None:
                result = self.spans.get(expression.last_month)
            elif expression is not None and expression.kind == "same":
                result = self.paragraph_period[1] if self.paragraph_period else (self.last_sentence[1] if self.last_sentence else None)
                # "during the month" after a lede that named it with no figure of its own
                result = result or self._set_before(sentence, forward, span)
            elif expression is not None:
                ahead = forward or _hedged_level(span.root, sentence)
                result = resolve(expression, self.published, forward=ahead, fiscal=fiscal)
            elif unit == "usd_per_barrel" and not dating and self.last_sentence is not None \
                    and self.last_sentence[0] == sentence.start and self.last_sentence[1]:
                # "took about 90% of the flows, …, paying discounts of $4 to $5 a barrel": the
                # sentence's own period, set by a figure before it.
                result = self.last_sentence[1]
            elif unit == "usd_per_barrel" and not dating and self._day_near(sentence):
                # "Brent rose … on Monday. WTI gained 55 cents to $62.43.": the same session.
                result = self.day_period[1]
            elif unit == "usd_per_barrel" and not dating and self._day_told_before(sentence) is not None:
                # "Oil prices rose on Monday after …. Brent settled 68 cents higher at
                # $61.76.": the session the sentence before told of.
                result = resolve(self._day_told_before(sentence), self.published, forward=forward)
            elif target or (forward and lemmas & _MODALS):
                # ("Exports of Basra Medium will fall to 2.2 million bpd" after the plan for
                # March: a forecast takes the coming period its paragraph names, no other.)
                result = self._aimed(start)
            elif unit == "usd_per_barrel" and not dating and not lemmas & PLAN_WORDS:
                # "The teapots have been paying $6 a barrel below Brent for the oil" after
                # the November arrivals: a price or discount of the flow its paragraph dates;
                # else the month a lede set official prices for.
                result = self._continued(sentence, span) or self._set_before(sentence, forward, span, prices=True)
            elif (dating and not _all_events(dating, own)) or lemmas & PLAN_WORDS or _holds_now(self._verb_above(span.root)) or (
                _undated_by_neighbours(unit, span) and not flow_value
                and not (unit == "barrels" and lemmas & _FLOW_WORDS)
            ):
                result = None
            else:
                # (A figure in the present tense, "Iraq relies on crude for 90% of its revenue",
                # "The country pumps about 4.4 million bpd", is what holds now: no time told before.)
                result = None if _present(self._verb_above(span.root)) else \
                    self._set_before(sentence, forward, span) or self._continued(sentence, span)
        if start not in self.baseline and anchored is None:  # (a "when" clause's time is a past one beside the story's)
            self.last_sentence = (sentence.start, result)
            if result:
                self.main_periods[sentence.start] = result
                months = _months_in(result)
                if months is not None:
                    self.spans[months] = result
                if len(result) == 10:
                    self.day_period = (self._paragraph(start), result)
                if flow_value or not _undated_by_neighbours(unit, span):
                    self.paragraph_period = (self._paragraph(start), result)
        return result

    def _contract_between(self, lo: int, hi: int) -> bool:
        """A contract month ("January delivery") opens in ``[lo, hi)``."""
        at = bisect.bisect_left(self.contracts, lo)
        return at < len(self.contracts) and self.contracts[at] < hi

    def _possessive(self, expressions: list[TimeExpression], start: int) -> TimeExpression | None:
        """The month whose figure this is, written as its owner right before it: "down from
        March's 6.6 million bpd", "from June's exports of 6.05 million bpd"."""
        for expression in expressions:
            if expression.kind in ("month", "quarter", "relative") and expression.end <= start and _POSSESSED.match(
                self.text, expression.end, start
            ):
                return expression
        return None

    def _when_anchor(self, span) -> TimeExpression | None:
        """The time a "when" clause holding the figure follows: "its lowest since May 2022,
        when refiners took 2.1 million bpd" (a record's "since" dates nothing of the figure
        it is told of, but the time it names is that of the flow in its "when" clause)."""
        verb = self._verb_above(span.root)
        when = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "when" and c.i < span.root.i), None)
        if when is None:
            return None
        lo = max(0, when.idx - 30)
        # From each word start (a record's "since May 2022" is no expression, "May 2022" is).
        for word in re.finditer(r"\b\w", self.text[lo : when.idx]):
            for expression in find_time_expressions(self.text, lo + word.start(), when.idx):
                if expression.kind in _SETTING_KINDS and not self.text[expression.end : when.idx].strip(" ,"):
                    return expression
        return None

    def _attached(self, expression: TimeExpression, span) -> bool:
        """The expression qualifies the figure's own noun, or follows it at once ("… and 2.4
        million bpd in the second half of last year"): its time, whatever stands nearer
        before it."""
        token = self._token_of(expression)
        prep = token.head
        # (Or a participle of that noun: "the 1.04mn b/d scheduled for November", "the low
        # of 988,000 b/d set in August".)
        return (prep.dep_ == "prep" and (prep.head.i == span.root.i or prep.head.dep_ == "acl" and prep.head.head.i == span.root.i)) \
            or _RIGHT_AFTER.fullmatch(self.text, span.end_char, expression.start) is not None

    def _aimed(self, start: int) -> str | None:
        """The last period after the article's date named earlier in the figure's
        paragraph (a coming month, quarter or year a plan is set for), if any."""
        lo = self.paragraph_starts[self._paragraph(start)] if self.paragraph_starts else 0
        first = bisect.bisect_left(self.starts, lo)
        last = bisect.bisect_left(self.starts, start)
        for expression in reversed(self.expressions[first:last]):
            period = resolve(expression, self.published, forward=True)
            if starts_after(period, self.published):
                return period
        return None

    def _day_told_before(self, sentence) -> TimeExpression | None:
        """The day a figure-less sentence right before, in the same paragraph, names."""
        if sentence.start == 0:
            return None
        before = sent(self.doc[sentence.start - 1])
        if self._paragraph(before.start_char) != self._paragraph(sentence.start_char):
            return None
        following = bisect.bisect_left(self.figure_ends, before.start_char + 1)
        if following < len(self.figures) and self.figures[following][0] < sentence.start_char:
            return None  # it has figures of its own: their period goes on instead
        first = bisect.bisect_left(self.starts, before.start_char)
        last = bisect.bisect_left(self.starts, sentence.start_char)
        days = [e for e in self.expressions[first:last] if e.kind == "day" and self._market_day(e)]
        return days[0] if days else None

    def _market_day(self, expression: TimeExpression) -> bool:
        """The day is told of the market ("Oil prices rose on Monday", "Crude climbed on
        Tuesday"), not of an event ("ministers will meet on Sunday", "a tanker was seized
        on Friday"), whose day is no trading session."""
        verb = self._verb_above(self._token_of(expression))
        return any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _MARKET_SUBJECTS for c in verb.children
        )

    def _day_near(self, sentence) -> bool:
        return self.day_period is not None and 0 <= self._paragraph(sentence.start_char) - self.day_period[0] <= 1

    def _paragraph(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, offset) - 1

    def _baseline_owned(self, expression: TimeExpression, start: int, sentence) -> bool:
        owner = self._owner(expression, sentence)
        return owner is not None and owner != start and owner in self.baseline

    def _verb_above(self, token):
        start = token.i
        if start not in self._verbs:
            for _ in range(4 * WINDOW):
                if token.pos_ in ("VERB", "AUX") or _verb_tagged_noun(token) or token.head.i == token.i:
                    break
                token = token.head
            self._verbs[start] = token
        return self._verbs[start]

    def _own_verb(self, root) -> int | None:
        """The verb the figure is an argument of, if it is one directly (not through a
        clause of its own: "…, equal to roughly 2.7% of world demand")."""
        token = root
        for _ in range(4 * WINDOW):
            if token.pos_ in ("VERB", "AUX"):
                return token.i
            if token.dep_ in ("advcl", "acl", "relcl", "appos", "conj", "ccomp", "parataxis") or token.pos_ == "ADJ":
                return None
            if token.head.i == token.i:
                return None
            token = token.head
        return None

    def _speaks_for(self, expression: TimeExpression, start: int, span, sentence) -> bool:
        if self._baseline_owned(expression, start, sentence):
            return False  # "up from 128,000 bpd in November": November is the baseline's
        if expression.start > start and _COMPARISON.search(self.text, span.end_char, expression.start):
            return False  # "…, more than South Korea agreed to take last year": the comparison's
        if expression.kind == "compare":
            return False
        if expression.kind == "since" and span.end_char <= expression.start and not self.text[span.end_char : expression.start].strip() \
                and self.text.startswith("from", expression.start) and qualify(self.text, start, span.end_char, False).qualifier in ("up", "down"):
            return False  # "down about 900,000 bpd from 2018": the year compared with, not one it starts in
        if (expression.kind in _SETTING_KINDS or expression.kind == "day") \
                and _COMPARED_TIME.search(self.text, max(0, expression.start - 40), expression.start) \
                and not _SPAN_TO.match(self.text, expression.start, expression.end) \
                and not self._owns_noun(expression, start) and not _starts_then(self.text, expression, span):
            return False  # "up 6% from August": the time of what it is compared with ("from January to September" is a span)
        if expression.kind in _ON_COMPARED_KINDS and expression.start > span.end_char \
                and _ON_COMPARED.search(self.text, max(0, expression.start - 10), expression.start):
            return False  # (after the figure only: "decide on the third quarter output of …" dates it)
        token = self._token_of(expression)
        head = token.head
        if token.dep_ in ("compound", "nmod", "amod", "poss") and head.pos_ == "NOUN" and head.lemma_.lower() in EVENT_NOUNS:
            return False
        verb = self._verb_above(token)
        if expression.kind == "day" and expression.days is None and expression.first_day is None and verb.lemma_.lower() in _STATEMENT_VERBS:
            return False  # "customs data showed on Thursday, with arrivals of …": the statement's day
        own = self._verb_above(span.root).i == verb.i
        if not own and _holds_now(self._verb_above(span.root)):
            return False  # "India, which imports about 85% of its oil, bought … last month": what holds, undated
        if verb.lemma_.lower() in EVENT_VERBS and not own:
            return False
        if not own and _marked_event(verb):
            return False
        if _sizes_deal(span.root):
            return False
        return True

    def _owns_noun(self, expression: TimeExpression, start: int) -> bool:
        """A possessive time before the figure that owns a noun, not a figure: "Revenues from
        October's sales stood at $7.9 billion" (unlike "up 5% from October's 1.1 million")."""
        return expression.end < start and _OWNS_NOUN.match(self.text, expression.end) is not None \
            and _POSSESSED.match(self.text, expression.end, start) is None

    def _owner(self, expression: TimeExpression, sentence) -> int | None:
        """The figure an expression dates: the nearest one written before it in the
        sentence ("128,000 bpd in November"), else the nearest after ("In the third
        quarter, imports … averaged 2.1 million bpd")."""
        index = bisect.bisect_right(self.figure_ends, expression.start)  # figures ending before it
        if index > 0 and self.figures[index - 1][0] >= sentence.start_char:
            return self.figures[index - 1][0]
        if index < len(self.figures) and self.figures[index][0] < sentence.end_char and self.figures[index][0] >= expression.end:
            return self.figures[index][0]
        return None

    def _token_of(self, expression: TimeExpression):
        if expression.start not in self._tokens:
            span = self.doc.char_span(expression.start, expression.end, alignment_mode="expand")
            self._tokens[expression.start] = span.root
        return self._tokens[expression.start]

    def _shifted(self, sentence, unit: str | None, before: list[TimeExpression]) -> str | None:
        """"down from $63.65 a year earlier", "from 36% a month earlier": the sentence's
        period (else the time it names before the baseline: "Imports in October were down
        from 2.7 million bpd a year earlier", else the one it continues), a year or a month
        back (each end of an interval)."""
        named = [e for e in before if e.kind in _SETTING_KINDS]
        period = self.main_periods.get(sentence.start) or (resolve(named[-1], self.published) if named else None) \
            or self._continued(sentence)
        if not period:
            return None
        parts = [_back(part, unit or "year") for part in period.split("/")]
        return None if None in parts else "/".join(parts)

    def _set_before(self, sentence, forward: bool, span, *, prices: bool = False) -> str | None:
        """The time last named before the sentence, in its paragraph or the one before,
        in a sentence without figures with none after it ("Saudi shipments picked up in August. The kingdom
        shipped 6.1 million bpd"): a sentence that sets a month sets it for the figures
        after it. (Where figures came between, their period goes on: :meth:`_continued`.)
        A figure in the present tense ("It now pumps 9 million bpd" after "was founded in
        1933") is what holds now, not in a time told before it."""
        if _present(self._verb_above(span.root)):
            return None
        paragraph = self._paragraph(sentence.start_char)
        lo = self.paragraph_starts[max(paragraph - 1, 0)] if self.paragraph_starts else 0
        index = bisect.bisect_left(self.starts, sentence.start_char) - 1
        for expression in self.expressions[max(index - _SETTING_LOOKBACK, -1) + 1 : index + 1][::-1]:
            if expression.start < lo:
                return None
            setting = sent(self._token_of(expression)).start_char
            following = bisect.bisect_left(self.figure_ends, setting + 1)
            if following < len(self.figures) and self.figures[following][0] < sentence.start_char:
                return None  # its sentence or one after it has figures: their period goes on instead
            if not _sets_following(expression) or not self._speaks_for_what_follows(expression):
                continue
            sets_prices = _SETS_PRICES.search(span_text(sent(self._token_of(expression)))) is not None
            if prices and not sets_prices:
                continue
            return resolve(expression, self.published, forward=forward or sets_prices)
        return None

    def _speaks_for_what_follows(self, expression: TimeExpression) -> bool:
        """A time that can date the figures after it: one told of a flow ("Saudi shipments
        picked up in August") or of the data giving it ("Customs figures for May came
        out"), not of background ("The field was found in 1958", "The line
        opened in 2003"), and not one compared with or an event's."""
        if _COMPARED_TIME.search(self.text, max(0, expression.start - 30), expression.start):
            return False
        sentence = list(sent(self._token_of(expression)))
        lowers = token_column(self.doc, "LOWER")
        if not mentions_trade(sentence) and not any(lowers[t.i] in _DATA_NOUNS for t in sentence):
            return False
        verb = self._verb_above(self._token_of(expression))
        # ("exports held steady in October": a flow that holds is no event held.)
        flow_subject = any(c.dep_ == "nsubj" and c.lemma_.lower() in _FLOW_WORDS for c in verb.children)
        return not _marked_event(verb) and (verb.lemma_.lower() not in EVENT_VERBS or flow_subject)

    def _continued(self, sentence, span=None) -> str | None:
        """The period a sentence without its own inherits: the one its paragraph or the
        paragraph before set last ("In October, exports dropped 25%. … Cargoes to Asia
        made up 55%"), else that of the sentence right before when it had figures."""
        if self.last_sentence is None:
            return None
        previous_start, period = self.last_sentence
        if previous_start == sentence.start:
            return period
        # A speaker's words set their own time, unless they tell what was ("“Exports from
        # Basra averaged 3.28 million barrels a day,” he said" after the month's total).
        quoted = span_text(sentence).lstrip()[:1] in DOUBLE_MARKS and not (span is not None and self._verb_above(span.root).tag_ == "VBD")
        if quoted and self._paragraph(sentence.start_char) != self._paragraph(self.doc[previous_start].idx):
            return None
        if not quoted and self.paragraph_period is not None and 0 <= self._paragraph(sentence.start_char) - self.paragraph_period[0] <= 1:
            # Its paragraph's period, or the one the paragraph before set (a paragraph
            # continuing it: "Imports from Kuwait came to …" after "… fell 3.8% in August").
            return self.paragraph_period[1]
        before = sent(self.doc[sentence.start - 1]) if sentence.start > 0 else None
        while before is not None and before.text.strip() == "" and before.start > 0:
            before = sent(self.doc[before.start - 1])
        return period if before is not None and before.start == previous_start else None


_YEARLY_RATE = re.compile(r"\s*(?:(?:a|per|each)\s+year|annually|/\s*y(?:ea)?r)\b", re.IGNORECASE)


_QUARTER_PERIOD = re.compile(r"\d{4}-Q[1-4]")
_MONTHS_PERIOD = re.compile(r"(\d{4})-(\d\d)/(\d{4})-(\d\d)")


def _months_in(period: str) -> int | None:
    """How many months a quarter or a span of months covers ("2026-01/2026-10": 10)."""
    if _QUARTER_PERIOD.fullmatch(period):
        return 3
    span = _MONTHS_PERIOD.fullmatch(period)
    if span is None:
        return None
    first_year, first, last_year, last = (int(g) for g in span.groups())
    return (last_year - first_year) * 12 + last - first + 1


def _undated_by_neighbours(unit: str, span) -> bool:
    """Stocks, prices and money (:data:`_UNDATED_BY_NEIGHBOURS`); not a gas or fuel volume
    kept as ``other`` ("Supplies to Italy reached 10.1 bcm, it said" after "last year";
    "Diesel made up 2.35 billion litres of that"), unless it is a yearly rate ("31.5 bcm a
    year": a route's or a contract's size, no total of a time told before)."""
    written = span_text(span)
    if unit == "other" and (is_gas_volume(written) or is_litre_volume(written)):
        return _YEARLY_RATE.match(doc_text(span.doc), span.end_char) is not None
    return unit in _UNDATED_BY_NEIGHBOURS


def _back(period: str, unit: str) -> str | None:
    """An ISO period a year, a month or a quarter earlier ("2026-01" a month back is
    "2025-12", "2026-Q1" a quarter back "2025-Q4"); a day has no month before it here, but
    has a week ("down from 3.4 million bpd the week before" the week to Nov. 16: the days
    seven back), and only a day has one."""
    if unit.endswith("week"):
        try:
            return (dt.date.fromisoformat(period) - dt.timedelta(days=7)).isoformat()
        except ValueError:
            return None
    year, _, rest = period.partition("-")
    if unit == "year":
        return f"{int(year) - 1}{'-' + rest if rest else ''}"
    if unit.endswith("quarter"):
        if len(rest) != 2 or rest[0] != "Q":
            return None
        index = int(year) * 4 + int(rest[1]) - 2
        return f"{index // 4}-Q{index % 4 + 1}"
    if len(rest) != 2 or not rest.isdigit():
        return None
    index = int(year) * 12 + int(rest) - 2
    return f"{index // 12}-{index % 12 + 1:02d}"


def _hedged_level(root, sentence) -> bool:
    """A level still to be reached after could/may/might/should ("output could recover to
    330,000 bpd in November"): the figure follows "to" under the modal's own verb, which has
    no "have" ("may have run at … in November" guesses at a month gone by), no past tense
    below it ("could … because storms shut its berths") and no "only" or "not" in its
    sentence: "could" is also the past of "can"."""
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ != "to" or preposition.dep_ != "prep":
        return False
    verb = preposition.head
    auxiliaries = [c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not _HEDGES.intersection(auxiliaries) or "have" in auxiliaries:
        return False
    if any(t.tag_ == "VBD" for t in verb.subtree):
        return False
    return not any(t.lower_ in _HEDGE_BLOCKERS for t in sentence)


def _present(verb) -> bool:
    """The verb is in the simple or progressive present ("pumps", "is running at") and
    tells a standing fact: not a figure restated ("That is about 2.25 million bpd") nor the
    data as they stand ("Iraq is second, with 21%", :data:`_DATA_PRESENT`)."""
    if any(c.dep_ == "nsubj" and c.lower_ in ("that", "this") for c in verb.children):
        return False
    if verb.lemma_.lower() in _DATA_PRESENT:
        return False
    return verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children))


def _opens_ahead(own: list[TimeExpression], verb) -> bool:
    """"to supply 1.8 million barrels over six months from January": a span counted on from
    a month names what lies ahead, unless the figure's verb tells of the past ("averaged …
    in the six months from March")."""
    if not any(e.relative == "from" for e in own):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    perfect = verb.tag_ == "VBN" and any(c.lemma_ == "have" for c in auxiliaries)  # "have averaged … from March"
    return verb.tag_ != "VBD" and not perfect and not any(c.tag_ == "VBD" for c in auxiliaries)


def _scheduled(verb) -> bool:
    """The verb is a present "be to" infinitive ("loadings are to halve to …", "the grade is
    to load …"): what a programme has set for a coming period, dated forward."""
    return (
        verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and verb.head.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


_FROM_THEN = re.compile(r"\s+from\s+$", re.IGNORECASE)
_WILL = words("figures", "plan_modals")


def _starts_then(text: str, expression: TimeExpression, span) -> bool:
    """A month right after a figure a plan will change it by or to is when the change
    starts, not a time compared with: "will cut output by 120,000 bpd from January"."""
    if not (expression.kind == "month" and expression.start > span.end_char
            and _FROM_THEN.fullmatch(text, span.end_char, expression.start) is not None
            and bool(_governing_lemmas(span.root) & _WILL)):
        return False
    # "from March levels", "from March's": the month names a baseline, not a start.
    after = next((t for t in span.doc[span.end :] if t.idx >= expression.end), None)
    return after is None or not (after.pos_ in ("NOUN", "PART") or after.text in ("'s", "’s"))


def _likely_to(verb) -> bool:
    """The verb is the infinitive of "likely to" ("shipments were likely to rise to …")."""
    return (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _LIKELY_HEADS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        # "likely to have fallen": a guess about the past
        and not any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)
    )


def _verb_tagged_noun(token) -> bool:
    """A verb the tagger read as a noun but the parser gave a subject and an object
    ("Delivered jet fuel cost about $940 a tonne … on Monday": "cost" a noun): the clause's
    verb, so that its time is not taken up to the reporting verb above."""
    deps = {c.dep_ for c in token.children}
    return token.pos_ == "NOUN" and "dobj" in deps and bool(deps & {"nsubj", "csubj"})


def _holds_now(verb) -> bool:
    """A relative clause in the present tense, or of what can be ("which imports about 85%
    of its oil", "which can process 400,000 bpd"): a standing share or size."""
    if verb.dep_ != "relcl":
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in verb.children)


def _marked_event(verb) -> bool:
    """The verb, or the verb its clause complements, is subordinated as an event: "after
    OPEC+ agreed to keep its targets unchanged for the first quarter"."""
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in EVENT_MARKS for c in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _all_events(dating: list[TimeExpression], own: list[TimeExpression]) -> bool:
    """Every time expression of the sentence dates an event beside the figure ("Shipments
    to India, which resumed in 2024, reached 64,000 bpd", "a survey published on Friday
    put it at …"): the figure's period is then the one it inherits, not none."""
    return bool(dating) and not own and all(e.kind in ("year", "month", "since", "by", "day") for e in dating)


def _governing_lemmas(root) -> set[str]:
    """Lemmas of the heads above a token up to its sentence's root (and their auxiliaries:
    "will", "would")."""
    found: set[str] = set()
    token = root
    for _ in range(4 * WINDOW):
        if token.head.i == token.i:
            break
        token = token.head
        found.add(token.lemma_.lower())
        found.update(c.lemma_.lower() for c in token.children if c.dep_ in ("aux", "auxpass"))
    return found


def _sizes_deal(root) -> bool:
    """The figure is the size of a contract ("a 2 million tonne-a-year contract")."""
    for _ in range(2):
        if root.dep_ not in ("nmod", "compound", "amod", "nummod", "npadvmod") or root.head.i == root.i:
            return False
        root = root.head
        if root.lemma_.lower() in DEAL_NOUNS:
            return True
    return False


def _windows(figures: list[tuple[int, int, str]], length: int) -> list[tuple[int, int]]:
    """Merged character ranges within reach of the figures (plus a margin, so that no
    expression is cut at a range's edge)."""
    reach = _NEAR_CHARS + 60
    merged: list[list[int]] = []
    for start, end, _ in figures:
        lo, hi = max(0, start - reach), min(length, end + reach)
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return [(lo, hi) for lo, hi in merged]
