"""Units as news writes them, mapped onto the table's vocabulary (DESIGN.md ``figures``).

Each pattern is a named group in the scanner of :mod:`analysis.extractors.figures.spans`; its
name maps to the canonical unit and the factor that brings the written number into it
("kb/d" is thousands of barrels per day, "27 cents a barrel" is 0.27 usd_per_barrel).
Per-month and per-day tonnages, gas volumes in bcm, gallons, litres and non-dollar money have
no column of their own in the vocabulary and are kept as ``other``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.pipeline.records import FIGURE_UNITS
from analysis.text.lexicon import alternation


@dataclass(slots=True, frozen=True)
class UnitSpec:
    unit: str
    factor: float = 1.0


# Up to three words of commodity between a unit and its rate: "barrels of Venezuelan
# crude a day", "tonnes of LNG per year".
_FILLER = rf"(?:\s+of\s+(?:[\w’'-]+\s+){{0,2}}?{alternation('figures', 'unit_commodities')})?"
# "per day", "a day", "/d", "-a-barrel" (hyphenated prices are one span).
_PER = r"(?:\s*/\s*|[\s-]+(?:per|a|an|each|every)[\s-]+)"
_DAY = r"(?:\s*/\s*d(?:ay)?\b|[\s-]+(?:per|a|an|each|every)[\s-]+day\b|\s+daily\b)"
# ("17.9 million tonnes a year earlier" is a level a year back, not a yearly rate.)
_NOT_BACK = r"(?!\s+(?:earlier|ago|before|previously)\b)"
_YEAR = rf"(?:{_PER}(?:year|yr|annum)\b{_NOT_BACK}|\s*/\s*y\b|\s+annually\b|\s+yearly\b)"
_MONTH = rf"(?:{_PER}month\b{_NOT_BACK}|\s+monthly\b)"
_BARREL = r"(?:barrels?|bbls?)\b"
_TONNE = r"(?:(?:metric\s+)?(?:tonnes?|tons?)\b|mt\b)"
_LITRE = r"(?:kilo)?lit(?:re|er)s?\b"

# Order matters: longer readings first, so "barrels per day" wins over "barrels".
UNIT_PATTERNS: tuple[tuple[str, str, UnitSpec], ...] = (
    ("pct", r"\s?(?:%|percent\b|per\s?cent\b|pct\b|percentage\s+points?\b)", UnitSpec("percent")),
    ("boed", rf"\s?(?:boe/?d\b|boepd\b|barrels?\s+of\s+oil\s+equivalent{_DAY})", UnitSpec("other")),
    ("kbd", r"\s?(?:kb/d|kbd|kbpd|tb/d|tbpd)\b", UnitSpec("barrels_per_day", 1e3)),
    ("mbd", r"\s?(?:mb/d|mbd|mbpd|mmbpd|mmb/d|mmbd)\b", UnitSpec("barrels_per_day", 1e6)),
    ("bpd", rf"\s?(?:bpd\b|b/d\b|bbl/d\b|bbls/d\b|bopd\b|{_BARREL}{_FILLER}{_DAY})", UnitSpec("barrels_per_day")),
    ("bbl", rf"\s?{_BARREL}", UnitSpec("barrels")),
    ("mtpa", r"\s?(?:mtpa|mmtpa)\b", UnitSpec("tonnes_per_year", 1e6)),
    ("tpy", rf"\s?{_TONNE}{_FILLER}{_YEAR}", UnitSpec("tonnes_per_year")),
    ("tpm", rf"\s?{_TONNE}{_FILLER}(?:{_MONTH}|{_DAY})", UnitSpec("other")),
    ("t", rf"\s?{_TONNE}", UnitSpec("tonnes")),
    ("cmd", rf"\s?(?:cubic\s+met(?:re|er)s?|m3){_FILLER}{_DAY}", UnitSpec("cubic_metres_per_day")),
    # Gas volumes are kept in cubic metres (CONVENTIONS 8): "8.4 bcm" is 8.4e9.
    ("bcm", r"\s?bcm\b", UnitSpec("other", 1e9)),
    ("tcm", r"\s?tcm\b", UnitSpec("other", 1e12)),
    ("mcmd", rf"\s?mcm{_DAY}", UnitSpec("cubic_metres_per_day", 1e6)),  # "45 mcm a day", "45 mcm/d"
    ("mcm", r"\s?mcm\b", UnitSpec("other", 1e6)),
    ("gasvol", r"\s?(?:bcf|tcf|cubic\s+(?:met(?:re|er)s?|feet))\b", UnitSpec("other")),
    # "27 cents a barrel"; a bare "fell 41 cents" is dollars, per barrel only in a crude
    # benchmark's clause (spans._per_barrel_by_context); cents of a gallon or share are not.
    ("centsbbl", rf"\s?cents?{_PER}{_BARREL}", UnitSpec("usd_per_barrel", 0.01)),
    ("cents", rf"\s?cents?\b(?!{_PER}(?:gallon|litre|liter|share|kilowatt|kwh|unit|pound|lb|mmbtu)\b)",
     UnitSpec("usd", 0.01)),
    ("usdw", r"\s(?:u\.?s\.?\s+)?dollars?\b", UnitSpec("usd")),
    # "510 million euros a day", "72.4 billion baht a month", "5.98 reais a litre".
    ("money", rf"\s{alternation('figures', 'currency_words')}\b(?:{_PER}{_LITRE}|{_DAY}|{_MONTH}|{_YEAR})?", UnitSpec("other")),
    ("gal", r"\s?gallons?\b", UnitSpec("other")),
    # Fuel as importers in litre countries count it (CONVENTIONS 8a): kept as written,
    # "12.46 million kilolitres" is 12.46e6 other, "7.9 million litres a day" a daily rate.
    ("litre", rf"\s?{_LITRE}(?:{_FILLER}{_DAY})?", UnitSpec("other")),
)
# Following a money amount: "$65 a barrel", "$1.5 billion", "$400 per tonne".
PER_BARREL = rf"{_PER}{_BARREL}"
# Gas is priced per thousand cubic metres ("$300 per 1,000 cubic metres"): one price, not a
# sum and a volume.
PER_OTHER = (
    rf"{_PER}(?:tonne|ton|mmbtu|million\s+british\s+thermal\s+units|gallon|{_LITRE}"
    r"|(?:(?:1,000|1000|thousand)\s+)?cubic\s+met(?:re|er)s?)\b"
)
CURRENCY = r"(?:US\$|U\.S\.\s?\$|\$|USD\s?|€|£)"

SPECS: dict[str, UnitSpec] = {name: spec for name, _, spec in UNIT_PATTERNS}
assert all(spec.unit in FIGURE_UNITS for spec in SPECS.values())

# Units that only ever measure energy (no filter needed); the rest (percent, money,
# tonnes) count only in an energy-trade context.
VOLUME_UNITS = frozenset({"barrels_per_day", "barrels", "cubic_metres_per_day"})
# Gas volumes are kept as ``other`` beside roubles and gallons, but measure energy as
# barrels do: "Turkey took 9.8 bcm" is a flow, dated like one.
_GAS_UNITS = ("bcm", "tcm", "mcmd", "mcm", "gasvol")
_GAS_VOLUME = re.compile(
    "|".join(r"\b(?:" + pattern.removeprefix(r"\s?") + ")" for name, pattern, _ in UNIT_PATTERNS if name in _GAS_UNITS),
    re.IGNORECASE,
)


_ENERGY_PRICE = re.compile(r"(?:mmbtu|british\s+thermal\s+units?)\b", re.IGNORECASE)


def is_gas_volume(span: str) -> bool:
    """The figure's text (number and unit) is a volume of gas."""
    return _GAS_VOLUME.search(span) is not None


_LITRES = re.compile(rf"\b{_LITRE}", re.IGNORECASE)


_PER_LITRE = re.compile(rf"{_PER}{_LITRE}", re.IGNORECASE)


def is_litres(span: str) -> bool:
    """The figure's text counts or prices litres: of fuel, or of water, milk or beer."""
    return _LITRES.search(span) is not None


def is_litre_volume(span: str) -> bool:
    """Litres counted ("236 million litres"), not a price per litre ("5.98 reais a litre")."""
    return is_litres(span) and _PER_LITRE.search(span) is None


_UNIT_PRICE = re.compile(PER_OTHER, re.IGNORECASE)


def is_unit_price(span: str) -> bool:
    """Money per tonne, litre, gallon or heat unit ("5.98 reais a litre", "$45 a tonne"):
    a price, as a barrel's is (no exporter or importer, CONVENTIONS 12)."""
    return _UNIT_PRICE.search(span) is not None


def measures_energy(span: str) -> bool:
    """A figure kept as ``other`` whose unit only energy has: a gas volume, or a price per
    million British thermal units ("$12.05 per mmBtu")."""
    return is_gas_volume(span) or _ENERGY_PRICE.search(span) is not None


def currency_unit(currency: str) -> str:
    return "usd" if "$" in currency or currency.strip().upper() == "USD" else "other"
