"""Unit conversions for display: a notebook parameter, never applied to the table.

The figures table keeps every value in the unit the article wrote it in (DESIGN.md
vocabulary). A reader who wants one unit on a chart passes factors here; what cannot be
converted without guessing (a monthly tonnage, gas volumes into barrels of oil, tonnes
of a product with no factor given) is left unconverted and flagged, not forced.
"""

from __future__ import annotations

import math

import pandas as pd

# Crude averages 7.33 barrels per tonne (BP Statistical Review convention); a product
# needs its own factor ("barrels_per_tonne_diesel": 7.46, …) or is not converted.
DEFAULT_CONVERSIONS: dict[str, float] = {"barrels_per_tonne_crude": 7.33}
DAYS_PER_YEAR = 365.0
# Commodities whose tonnes convert with the crude factor when no factor of their own is given.
_CRUDE_LIKE = frozenset({"crude", "oil", None})

CONVERTIBLE = frozenset({"barrels_per_day", "barrels", "tonnes", "tonnes_per_year"})


def barrels_per_tonne(commodity: str | None, conversions: dict[str, float]) -> float | None:
    """The factor for ``commodity``: its own key, else the crude one for crude and oil."""
    key = f"barrels_per_tonne_{(commodity or 'crude').lower().replace(' ', '_')}"
    if key in conversions:
        return float(conversions[key])
    if commodity in _CRUDE_LIKE and "barrels_per_tonne_crude" in conversions:
        return float(conversions["barrels_per_tonne_crude"])
    return None


def convert(value: float, unit: str, target: str, commodity: str | None, conversions: dict[str, float]) -> float | None:
    """``value`` in ``unit`` expressed in ``target``, or None when that needs a guess.

    Rates convert to rates (barrels_per_day <-> tonnes_per_year over 365 days) and
    amounts to amounts (barrels <-> tonnes); a rate never becomes an amount.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if unit == target:
        return float(value)
    if unit not in CONVERTIBLE or target not in CONVERTIBLE:
        return None
    factor = barrels_per_tonne(commodity, conversions)
    if factor is None:
        return None
    pairs = {
        ("tonnes_per_year", "barrels_per_day"): factor / DAYS_PER_YEAR,
        ("barrels_per_day", "tonnes_per_year"): DAYS_PER_YEAR / factor,
        ("tonnes", "barrels"): factor,
        ("barrels", "tonnes"): 1 / factor,
    }
    ratio = pairs.get((unit, target))
    return float(value) * ratio if ratio is not None else None


def in_unit(figures: pd.DataFrame, target: str, conversions: dict[str, float] | None = None) -> pd.DataFrame:
    """A copy of ``figures`` with ``shown_value`` in ``target`` (NaN where not convertible)
    and ``converted`` (True where a factor was applied). The input is not modified."""
    conversions = DEFAULT_CONVERSIONS if conversions is None else conversions
    out = figures.copy()
    shown = [
        convert(value, unit, target, commodity, conversions)
        for value, unit, commodity in zip(out["value"], out["unit"], out["commodity"])
    ]
    out["shown_value"] = pd.Series([float("nan") if v is None else v for v in shown], index=out.index, dtype="float64")
    out["shown_unit"] = target
    out["converted"] = (out["unit"] != target) & out["shown_value"].notna()
    return out
