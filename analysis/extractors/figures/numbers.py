"""Numbers as news writes them: "746,000", "1.2 million", "three million", "two-thirds".

The regular-expression fragments here are composed by :mod:`analysis.extractors.figures.spans`
into one scanner; :func:`parse_number` turns a matched number phrase into a float.
"""

from __future__ import annotations

import re

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 1e2,
    "thousand": 1e3, "k": 1e3,
    "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "tn": 1e12, "trln": 1e12,
    # Indian numbering: a lakh is a hundred thousand, a crore ten million.
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
# Fractions that name a share of something ("two-thirds of its exports").
_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}

NUMBER_WORDS = (*_UNITS, *_TENS)  # the words a number written out opens with
_WORD_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_WORD_TENS = "|".join(_TENS)
WORD_NUMBER = rf"(?:(?:{_WORD_TENS})(?:[- ](?:{_WORD_UNIT}))?|{_WORD_UNIT})"
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
SCALE_WORD = r"(?:hundred\s+thousand|thousand|million|billion|trillion|lakhs?|crores?)"
# Abbreviated scales are written against the digits ("5bn", "1.2m") or after one space
# in wire style ("1.2 mln"); a bare "m"/"b" needs the digits to avoid "5 m" (metres).
SCALE_ABBR = r"(?:mln|bln|trln|mn|bn|tn)\b"
SCALE_TIGHT = r"(?:[mbk])(?![\w/])"

# A number phrase: digits with an optional scale, or words ("three million", "a million",
# "half a million"). Case-insensitive matching is applied by the caller.
NUMBER = (
    rf"(?:{DIGITS}(?:\s?{SCALE_WORD}\b|\s?{SCALE_ABBR}|{SCALE_TIGHT})?"
    rf"|(?:half\s+a|a|{WORD_NUMBER})\s+{SCALE_WORD}\b"
    rf"|{WORD_NUMBER}\b)"
)
FRACTION = (
    r"(?:(?:one|a|two|three|four|nine)[\s-](?:half|thirds?|quarters?|fifths?|tenths?)"
    r"|half)"
)

_TOKEN = re.compile(r"[a-z]+|\d+(?:\.\d+)?")


def parse_number(text: str) -> tuple[float, float]:
    """Value of a number phrase and the scale it carried ("million" -> 1e6; none -> 1).

    The scale lets a range share it: "between 1 and 1.1 million" is 1e6 to 1.1e6.
    """
    cleaned = text.lower().replace(",", "").replace("-", " ").strip()
    if cleaned.startswith("half a "):
        value, scale = parse_number(cleaned[len("half a "):])
        return value / 2, scale
    total = 0.0
    current = 0.0
    scale_seen = 1.0
    for token in _TOKEN.findall(cleaned):
        if token[0].isdigit():
            current += float(token)
        elif token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token == "a":
            current += 1
        elif token in SCALES:
            scale = SCALES[token]
            if token == "hundred" and not total:
                current = (current or 1) * scale
                continue
            total += (current or 1) * scale
            current = 0.0
            scale_seen = max(scale_seen, scale)
    return total + current, scale_seen


def parse_fraction(text: str) -> float:
    """Percent value of a fraction word: "two-thirds" -> 66.67, "half" -> 50."""
    words = re.split(r"[\s-]+", text.lower().strip())
    denominator = _DENOMINATORS[words[-1]]
    numerator = 1 if len(words) == 1 or words[0] in ("a", "one") else _UNITS.get(words[0], 1)
    return 100.0 * numerator / denominator


def is_year(text: str) -> bool:
    """A bare four-digit number that reads as a calendar year."""
    return bool(re.fullmatch(r"(?:19|20)\d\d", text.strip()))
