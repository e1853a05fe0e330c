"""Find figure spans in a text: a number (or range, or fraction) and its unit.

One compiled regular expression scans the whole text once (linear in its length);
each match becomes a :class:`Candidate` with the value already in the canonical unit.
Numbers without a unit are kept as ``bare`` candidates: the extractor lets them inherit
the unit of a neighbouring figure ("746,000 bpd, up from 600,000"), nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.extractors.figures.numbers import FRACTION, NUMBER, NUMBER_WORDS, is_year, parse_fraction, parse_number
from analysis.text.lexicon import alternation, opening_any
from analysis.extractors.figures.units import (
    CURRENCY,
    PER_BARREL,
    PER_OTHER,
    SPECS,
    UNIT_PATTERNS,
    currency_unit,
)


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    value: float
    unit: str | None  # None: a bare number waiting for a unit
    kind: str  # "unit" | "fraction" | "bare"
    is_range: bool = False
    scale: float = 1.0  # of the last number, for a bare neighbour ("from 1.1 to 1.2 million")


# The currencies' first characters, the word numbers, and the words and digits the
# alternatives below open with; one added there needs its opener here.
_OPENERS = opening_any(["between", "half", "a ", "a-", "us$", "u.s.", "$", "usd", "€", "£", *NUMBER_WORDS], digits=True)
_UNIT_GROUPS = "|".join(f"(?P<u_{name}>{pattern})" for name, pattern, _ in UNIT_PATTERNS)
_SCANNER = re.compile(
    rf"""
    (?<![\w.,/$£€-])
    # How every alternative below opens (a superset): the engine passes over the other
    # positions at once instead of trying each alternative there (1.7x faster).
    {_OPENERS}
    (?:
        (?P<between>between\s+)
        (?P<bcur>{CURRENCY})?(?P<blo>{NUMBER})\s+and\s+(?P<bcur2>{CURRENCY})?(?P<bhi>{NUMBER})
      | (?P<frac>{FRACTION})(?=\s+of\b|\s*[.;,)]|\s*$)
      | (?P<cur>{CURRENCY})?(?P<lo>{NUMBER})
        (?:\s*(?P<sep>-|–|—|\bto\b)\s*(?P<cur2>{CURRENCY})?(?P<hi>{NUMBER}))?
    )
    (?:(?P<perbbl>{PER_BARREL})|(?P<perother>{PER_OTHER})|(?:-(?=[a-z]))?(?:{_UNIT_GROUPS}))?
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "rose from 700,000 to 800,000 bpd" and "cut by 200,000 to 9 million" are two figures;
# "ranged from 480,000 to 530,000 bpd" is a range.
_NOT_RANGE_BEFORE = re.compile(r"\b(?<!ranged\s)(?<!ranging\s)(?<!range\s)(?<!anywhere\s)(?:from|by)\s+$", re.IGNORECASE)
_LEFT_WINDOW = 20


def find_candidates(text: str) -> list[Candidate]:
    """Every figure-like span in ``text``, in text order."""
    found: list[Candidate] = []
    for match in _SCANNER.finditer(text):
        found.extend(_candidates(text, match))
    for first, second in zip(found, found[1:]):
        # "$130 or $150 a barrel": the first price shares the second's unit.
        if first.unit == "usd" and second.unit == "usd_per_barrel" and _ALTERNATIVE.fullmatch(text, first.end, second.start):
            first.unit = "usd_per_barrel"
    _per_barrel_by_context(text, found)
    for candidate in found:
        candidate.value = clean(candidate.value)
    return found


_BARREL_PRICE = re.compile(rf"\b{alternation('figures', 'barrel_price_words')}\b", re.IGNORECASE)
_OTHER_PRICED = re.compile(rf"\b{alternation('figures', 'other_priced_nouns')}\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z“\"])")
# Where one clause of a price sentence ends and the next begins: "shares fell 41 cents
# as Brent rose" prices the shares. "as much as $2" and "as $2" do not start a clause.
_CLAUSE_BREAK = re.compile(
    r";|\s(?:while|whereas)\s|,?\s+but\s|\sas\s+(?!(?:much|high|low|little|many|well|far|of|part)\b|[$\d])",
    re.IGNORECASE,
)
_PRICE_CEILING = 500.0  # dollars: above it a sum in a price sentence is money, not a barrel's price


def _per_barrel_by_context(text: str, found: list[Candidate]) -> None:
    """"Brent settled at $65.43, down 41 cents": a small dollar sum in the clause of a crude
    benchmark is a price per barrel, unless another priced thing (shares, gasoline, a fee)
    stands between the benchmark and the sum. Reads each clause from its start (found by
    searching back from the sum, bounded), so the pass stays linear."""
    for candidate in found:
        if candidate.unit != "usd" or candidate.scale != 1.0 or candidate.value >= _PRICE_CEILING:
            continue
        lo = max(0, candidate.start - 300)
        # One character past the sum's start: a break's look-ahead must see the "$" of "as $2".
        breaks = list(_SENTENCE_END.finditer(text, lo, candidate.start + 1)) + list(_CLAUSE_BREAK.finditer(text, lo, candidate.start + 1))
        lo = max((b.end() for b in breaks if b.end() <= candidate.start), default=lo)
        hi = min(len(text), candidate.end + 200)
        after = [m.start() for m in (_SENTENCE_END.search(text, candidate.end, hi), _CLAUSE_BREAK.search(text, candidate.end, hi)) if m]
        hi = min(after, default=hi)
        if _prices_a_barrel(text, lo, candidate.start, candidate.end, hi):
            candidate.unit = "usd_per_barrel"


def _prices_a_barrel(text: str, lo: int, start: int, end: int, hi: int) -> bool:
    """The nearest priced word to the sum, before it and then after it, within its clause
    [lo, hi), is a crude benchmark's."""
    before = [(m.end(), True) for m in _BARREL_PRICE.finditer(text, lo, start)]
    before += [(m.end(), False) for m in _OTHER_PRICED.finditer(text, lo, start)]
    after = [(m.start(), True) for m in _BARREL_PRICE.finditer(text, end, hi)]
    after += [(m.start(), False) for m in _OTHER_PRICED.finditer(text, end, hi)]
    next_after = min(after, default=None)
    if next_after is not None and not next_after[1] and next_after[0] - end < 15:
        return False  # "a $40 port fee": the sum's own noun
    if before:
        return max(before)[1]
    return next_after is not None and next_after[1]


_HALF_OF_A_YEAR = re.compile(r"\b(?:first|second)[\s-]+$", re.IGNORECASE)
_ALTERNATIVE = re.compile(r"\s*(?:,\s*)?(?:or|and|to|-|–|—)\s*", re.IGNORECASE)


def clean(value: float) -> float:
    """12 significant digits: 4.1 * 1e6 is 4100000.0, not 4099999.9999999995."""
    return float(f"{value:.12g}")


def _candidates(text: str, match: re.Match) -> list[Candidate]:
    if match.group("frac"):
        if _unit_name(match):
            return []  # "half a barrel" style: not a share
        if _HALF_OF_A_YEAR.search(text, max(0, match.start("frac") - 12), match.start("frac")):
            return []  # "in the first half": a period, not a share
        return [Candidate(match.start("frac"), match.end("frac"), parse_fraction(match.group("frac")), "percent", "fraction")]

    lo_group, hi_group = ("blo", "bhi") if match.group("between") else ("lo", "hi")
    currency = match.group("bcur") or match.group("cur") or match.group("bcur2") or match.group("cur2")
    unit, factor = _unit(match, currency)
    end = match.end()
    lo_text = match.group(lo_group)
    lo, lo_scale = parse_number(lo_text)
    start = match.start(lo_group)
    if currency and match.start("bcur" if match.group("between") else "cur") >= 0:
        start = min(start, match.start("bcur") if match.group("between") else match.start("cur"))
    if match.group(hi_group) is None:
        if unit is None:
            if not re.match(r"\d", lo_text) or is_year(lo_text):
                return []
            return [Candidate(start, end, lo, None, "bare", scale=lo_scale)]
        return [Candidate(start, end, lo * factor, unit, "unit", scale=lo_scale)]

    hi, hi_scale = parse_number(match.group(hi_group))
    if lo_scale == 1.0 and hi_scale > 1.0 and lo * hi_scale <= hi:
        # "between 1 and 1.1 million": the scale is shared; not in "900,000 to 1.2 million",
        # whose low end is written in full.
        lo *= hi_scale
    is_between = bool(match.group("between"))
    left = text[max(0, start - _LEFT_WINDOW) : start]
    if not is_between and (_NOT_RANGE_BEFORE.search(left) or not lo < hi or hi / max(lo, 1e-9) > 10):
        # Two figures: the first takes the unit (and shared scale) of the second.
        lo_end = match.end(lo_group)
        hi_start = match.start("cur2") if match.group("cur2") else match.start(hi_group)
        first_unit = unit if unit is not None else None
        first = Candidate(start, lo_end, lo * factor if first_unit else lo, first_unit, "unit" if first_unit else "bare", scale=lo_scale)
        if is_year(lo_text) and not currency:
            first = None
        second = (
            Candidate(hi_start, end, hi * factor, unit, "unit", scale=hi_scale)
            if unit is not None
            else Candidate(hi_start, end, hi, None, "bare", scale=hi_scale)
        )
        if second.kind == "bare" and is_year(match.group(hi_group)):
            second = None
        return [c for c in (first, second) if c is not None]
    if unit is None:
        return []
    # A range is two figures, one per end, each "between" (tests/gold/figures/CONVENTIONS.md 3):
    # a researcher cites the low and the high end, a midpoint is a number nobody reported.
    hi_currency = "bcur2" if is_between else "cur2"
    hi_start = match.start(hi_currency) if match.group(hi_currency) else match.start(hi_group)
    return [
        Candidate(start, match.end(lo_group), lo * factor, unit, "unit", is_range=True, scale=max(lo_scale, hi_scale)),
        Candidate(hi_start, end, hi * factor, unit, "unit", is_range=True, scale=hi_scale),
    ]


def _unit_name(match: re.Match) -> str | None:
    for name in SPECS:
        if match.group(f"u_{name}"):
            return name
    return None


def _unit(match: re.Match, currency: str | None) -> tuple[str | None, float]:
    if currency:
        if match.group("perbbl"):
            return ("usd_per_barrel", 1.0) if currency_unit(currency) == "usd" else ("other", 1.0)
        if match.group("perother"):
            return "other", 1.0
        if _unit_name(match) in ("pct",):
            return None, 1.0  # "$5 %" does not happen; stay safe
        return currency_unit(currency), 1.0
    name = _unit_name(match)
    if name is None:
        return None, 1.0
    spec = SPECS[name]
    factor = spec.factor
    written = match.group(f"u_{name}")
    if name == "t" and written.strip() == "Mt":
        factor = 1e6  # megatonnes
    return spec.unit, factor
