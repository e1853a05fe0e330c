"""What the oil-trade notebook (04) shows: summaries of the ``figures`` table.

Pure functions over the pandas tables (``figures``, ``articles``); nothing here parses
text. Conventions:

* copies of a syndicated story (``articles.duplicate_of`` set) are left out unless
  ``count_duplicates=True``;
* a **flow** is an (exporter, importer) pair of states; a figure without either is not
  part of one (prices, bloc totals);
* values are shown in one unit chosen by the reader (:mod:`.conversions`); a figure
  that cannot be converted without a guess is listed, not plotted;
* every table is sorted deterministically (value or count descending, then names).
"""

from __future__ import annotations

import math
import re
from typing import Iterable

import matplotlib.pyplot as plt
import pandas as pd

from analysis.text.periods import period_end as _last_day, period_start as _first_day
from analysis.text.actor_table import load_table
from analysis.text.lexicon import table as lexicon_table
from analysis.views.conversions import DEFAULT_CONVERSIONS, in_unit
from analysis.views.charts import plain_label, thousands
from analysis.views.format import cut, number, state_label

# Levels, not changes: "up 12%" is not a value of the flow.
CHANGE_QUALIFIERS = ("up", "down")
UNIT_LABELS = {
    "barrels_per_day": "barrels per day",
    "barrels": "barrels",
    "tonnes": "tonnes",
    "tonnes_per_year": "tonnes per year",
    "cubic_metres_per_day": "cubic metres per day",
    "usd": "US dollars",
    "usd_per_barrel": "US dollars per barrel",
    "percent": "percent",
    "other": "other units",
}


def state_name(iso3) -> str | None:
    if not isinstance(iso3, str) or not iso3:
        return None
    return load_table().country_name(iso3) or iso3


def _as_iso3(values: Iterable[str] | str | None) -> set[str] | None:
    """States given by ISO3 or by name ("China", "CHN", "Beijing")."""
    if values is None:
        return None
    if isinstance(values, str):
        values = [values]
    table = load_table()
    out = set()
    for value in values:
        text = str(value).strip()
        out.add(text.upper() if re.fullmatch(r"[A-Za-z]{3}", text) and table.state(text.upper()) else (table.lookup_country(text) or text.upper()))
    return out


def select_figures(
    figures: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    commodity: str | None = None,
    exporters: Iterable[str] | str | None = None,
    importers: Iterable[str] | str | None = None,
    count_duplicates: bool = False,
) -> pd.DataFrame:
    """The figures in scope, with the article's ``title``, ``outlet`` and ``published`` and
    the states' names (``exporter_name``, ``importer_name``).

    ``commodity`` keeps one commodity (case-insensitive: "crude", "LNG"); ``exporters``
    and ``importers`` keep figures whose exporter/importer is one of those states (ISO3
    or name); ``None`` keeps all.
    """
    out = figures.copy()
    if articles is not None and len(articles):
        arts = articles
        if not count_duplicates and "duplicate_of" in arts:
            arts = arts[arts["duplicate_of"].isna() | (arts["duplicate_of"] == "")]
        out = out[out["article_id"].isin(arts["article_id"])]
        meta = arts.set_index("article_id")[["title", "source", "published"]].rename(columns={"source": "outlet"})
        out = out.join(meta, on="article_id")
    else:
        for column in ("title", "outlet", "published"):
            out[column] = None
    if commodity is not None and str(commodity):
        out = out[out["commodity"].fillna("").str.casefold() == str(commodity).casefold()]
    wanted = _as_iso3(exporters)
    if wanted is not None:
        out = out[out["exporter"].isin(wanted)]
    wanted = _as_iso3(importers)
    if wanted is not None:
        out = out[out["importer"].isin(wanted)]
    out = out.copy()
    out["exporter_name"] = out["exporter"].map(state_name)
    out["importer_name"] = out["importer"].map(state_name)
    return out.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)


def figure_facts(figures: pd.DataFrame, articles: pd.DataFrame) -> dict:
    """The counts that head the figures notebook, of what :func:`select_figures` kept."""
    return {
        "articles": len(articles),
        "articles with figures": figures["article_id"].nunique(),
        "figures selected": len(figures),
        "with exporter and importer": int(figures[["exporter", "importer"]].notna().all(axis=1).sum()),
        "with a period": int(figures["period"].notna().sum()),
        "with a source": int(figures["source"].notna().sum()),
    }


def provenance_table(figures: pd.DataFrame, width: int | None = 240) -> pd.DataFrame:
    """Every figure with the sentence and article it comes from (long sentences cut at
    ``width`` characters; ``None`` keeps them whole)."""
    table = pd.DataFrame(
        {
            "article": figures["title"].fillna(figures["article_id"]) if "title" in figures else figures["article_id"],
            "published": figures.get("published"),
            "figure": figures["text"],
            "value": figures["value"],
            "unit": figures["unit"],
            "qualifier": figures["qualifier"],
            "commodity": figures["commodity"],
            "exporter": figures["exporter_name"] if "exporter_name" in figures else figures["exporter"],
            "importer": figures["importer_name"] if "importer_name" in figures else figures["importer"],
            "period": figures["period"],
            "source": figures["source"],
            "source_actor": figures.get("source_actor"),
            "status": figures.get("status"),
            "sentence": figures["sentence"].map(lambda sentence: cut(sentence, width)),
            "figure_id": figures["figure_id"],
        }
    )
    return table.reset_index(drop=True)


def _levels(figures: pd.DataFrame) -> pd.DataFrame:
    """Levels reported: not changes ("up 12%"), not forecasts, targets or capacities."""
    levels = figures[~figures["qualifier"].isin(CHANGE_QUALIFIERS)]
    if "status" in levels:
        levels = levels[levels["status"].fillna("reported") == "reported"]
    return levels


def period_start(period) -> pd.Timestamp | None:
    """First day of an ISO period ("2025-11", "2025-Q4", "2025"), for ordering."""
    start = _first_day(period)
    return pd.Timestamp(start) if start else None


def period_end(period) -> pd.Timestamp | None:
    """Last day of an ISO period ("2025-11" → 30 November, "2025-Q4", "2025", a day
    "2025-11-14", an interval "2025-01/2025-09" → 30 September): which level is latest."""
    end = _last_day(period)
    return pd.Timestamp(end) if end else None


def flows(figures: pd.DataFrame, unit: str = "barrels_per_day", conversions: dict | None = None) -> pd.DataFrame:
    """One row per exporter -> importer pair: how many figures and articles report it,
    the periods covered and the latest level in ``unit`` (its period and source)."""
    columns = ["exporter", "importer", "flow", "figures", "articles", "periods", "latest_period", "latest_value", "unit", "latest_source"]
    paired = figures.dropna(subset=["exporter", "importer"])
    if paired.empty:
        return pd.DataFrame(columns=columns)
    shown = in_unit(_levels(paired), unit, conversions)
    rows = []
    for (exporter, importer), group in paired.groupby(["exporter", "importer"], sort=True):
        levels = shown[(shown["exporter"] == exporter) & (shown["importer"] == importer) & shown["shown_value"].notna()]
        latest = _latest(levels)
        periods = sorted({p for p in group["period"].dropna()}, key=lambda p: (period_start(p), p))
        rows.append(
            {
                "exporter": exporter,
                "importer": importer,
                "flow": f"{state_name(exporter)} → {state_name(importer)}",
                "figures": len(group),
                "articles": group["article_id"].nunique(),
                "periods": ", ".join(periods),
                "latest_period": latest["period"] if latest is not None else None,
                "latest_value": latest["shown_value"] if latest is not None else float("nan"),
                "unit": unit,
                "latest_source": _voice(latest) if latest is not None else None,
            }
        )
    table = pd.DataFrame(rows, columns=columns)
    order = table["latest_value"].fillna(-1)
    return table.assign(_order=-order).sort_values(["_order", "figures", "flow"], ascending=[True, False, True]).drop(columns="_order").reset_index(drop=True)


def _voice(figure) -> str | None:
    """The source's actor (the state for an official), else the source as written."""
    actor = figure.get("source_actor")
    return actor if isinstance(actor, str) and actor else figure["source"]


def _latest(levels: pd.DataFrame):
    if levels.empty:
        return None
    # By the period's end (a January-September total is later news than a March figure);
    # of two that end together, the shorter (the last quarter before the whole year).
    ranked = levels.assign(_end=levels["period"].map(period_end),
                           _start=levels["period"].map(lambda p: period_start(str(p or "").rsplit("/", 1)[0])))
    dated = ranked[ranked["_end"].notna()]
    pool = dated if not dated.empty else ranked
    pool = pool.sort_values(["_end", "_start", "shown_value", "figure_id"], ascending=[False, False, False, True], na_position="last")
    return pool.iloc[0]


def over_time(figures: pd.DataFrame, unit: str = "barrels_per_day", conversions: dict | None = None) -> pd.DataFrame:
    """Levels in ``unit`` by period and flow (exporter -> importer; "—" for none): the
    median when several figures give the same period, with how many did."""
    columns = ["period", "period_start", "flow", "value", "figures", "unit"]
    shown = in_unit(_levels(figures.dropna(subset=["period"])), unit, conversions)
    shown = shown[shown["shown_value"].notna()]
    if shown.empty:
        return pd.DataFrame(columns=columns)
    shown = shown.assign(
        flow=[f"{state_name(e) or '—'} → {state_name(i) or '—'}" for e, i in zip(shown["exporter"], shown["importer"])]
    )
    table = (
        shown.groupby(["period", "flow"], sort=True)["shown_value"]
        .agg(value="median", figures="count")
        .reset_index()
    )
    table["period_start"] = table["period"].map(period_start)
    table["unit"] = unit
    return table.sort_values(["period_start", "period", "flow"]).reset_index(drop=True)[columns]


def shares(figures: pd.DataFrame) -> pd.DataFrame:
    """Percent figures that are shares (not changes): who has what share of which flow."""
    selected = figures[(figures["unit"] == "percent") & ~figures["qualifier"].isin(CHANGE_QUALIFIERS)]
    table = pd.DataFrame(
        {
            "share_percent": selected["value"],
            "qualifier": selected["qualifier"],
            "exporter": selected["exporter_name"] if "exporter_name" in selected else selected["exporter"],
            "importer": selected["importer_name"] if "importer_name" in selected else selected["importer"],
            "commodity": selected["commodity"],
            "period": selected["period"],
            "source": selected["source"],
            "source_actor": selected.get("source_actor"),
            "sentence": selected["sentence"],
        }
    )
    return table.sort_values(["share_percent", "sentence"], ascending=[False, True]).reset_index(drop=True)


def conflicts(figures: pd.DataFrame, rel_tol: float = 0.05) -> pd.DataFrame:
    """The same flow reported with conflicting values by different articles.

    Two reported levels (not changes, forecasts, targets or capacities) report the same
    thing when exporter, importer, unit and period agree (all known), so does the
    commodity family (crude, oil and an unnamed commodity are one family: "oil" usually
    means crude in trade copy; products, gas and LNG are each their own) and so does the
    definition the sentence states (:func:`definition`: seaborne is not all exports,
    crude and fuel together is not crude, a peak is not an average); they conflict when
    they come from different articles and their values differ by more than ``rel_tol``
    of the larger one. ``spread`` is (highest − lowest) / highest: 0.25 means the lowest
    value is a quarter below the highest.
    """
    columns = ["exporter", "importer", "commodity", "definition", "unit", "period", "values", "articles", "spread", "figure_ids"]
    keyed = _levels(figures).dropna(subset=["exporter", "importer", "unit", "period"])
    keyed = keyed[keyed["unit"] != "percent"]
    rows = []
    group_keys = ["exporter", "importer", "commodity", "definition", "unit", "period"]
    keyed = keyed.assign(commodity=keyed["commodity"].map(_family), definition=keyed["sentence"].map(definition))
    for key, group in keyed.groupby(group_keys, sort=True):
        if group["article_id"].nunique() < 2:
            continue
        values = sorted(group["value"].astype(float))
        low, high = values[0], values[-1]
        spread = (high - low) / high if high else 0.0
        if spread <= rel_tol:
            continue
        exporter, importer, commodity, meaning, unit, period = key
        rows.append(
            {
                "exporter": state_name(exporter),
                "importer": state_name(importer),
                "commodity": commodity or None,
                "definition": meaning or None,
                "unit": unit,
                "period": period,
                "values": ", ".join(_number(v) for v in values),
                "articles": ", ".join(sorted(group["title"].fillna(group["article_id"]) if "title" in group else group["article_id"])),
                "spread": spread,
                "figure_ids": ", ".join(sorted(group["figure_id"])),
            }
        )
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(["spread", "exporter", "importer", "period"], ascending=[False, True, True, True]).reset_index(drop=True)


def _family(commodity) -> str:
    if not isinstance(commodity, str) or commodity.casefold() in ("crude", "oil", "condensate"):
        return "crude oil"
    return commodity


# Phrase -> what a figure counts ("seaborne", "crude and products", "peak").
DEFINITIONS = {phrase.casefold(): label for phrase, label in lexicon_table("figures", "definitions").items()}
_DEFINITION = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(DEFINITIONS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)


def definition(sentence) -> str:
    """What the figure's sentence says it counts (:data:`DEFINITIONS`), "" when it states
    nothing but the usual (all exports or imports, a period's average)."""
    found = sorted({DEFINITIONS[m.group(0).casefold()] for m in _DEFINITION.finditer(str(sentence or ""))})
    return ", ".join(found)


def _number(value: float) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if abs(value) >= 1e9:
        return f"{value / 1e9:,.3g} billion"
    if abs(value) >= 1e6:
        return f"{value / 1e6:,.3g} million"
    return f"{value:,.6g}"


# -- charts -------------------------------------------------------------------------------


def flow_chart(table: pd.DataFrame, unit: str = "barrels_per_day", top_n: int = 10):
    """Horizontal bars: the latest level of each flow in ``unit`` (``flows(...)``)."""
    data = table.dropna(subset=["latest_value"]).head(top_n) if len(table) else table
    fig, ax = plt.subplots(figsize=(8, 0.4 * max(len(data), 3) + 1.2))
    if data.empty:
        ax.text(0.5, 0.5, f"no flow reported in {UNIT_LABELS.get(unit, unit)}", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
    else:
        rows = data.iloc[::-1]
        labels = [plain_label(f"{f} ({p if isinstance(p, str) and p else 'no period'})") for f, p in zip(rows["flow"], rows["latest_period"])]
        ax.barh(labels, rows["latest_value"], color="#3b6ea5")
        for y, v in enumerate(rows["latest_value"]):
            ax.text(v, y, f" {_number(v)}", va="center", fontsize=8)
        ax.set_xlabel(UNIT_LABELS.get(unit, unit))
        thousands(ax.xaxis)
        ax.margins(x=0.15)
    ax.set_title("Flows between exporters and importers (latest level reported)")
    fig.tight_layout()
    plt.close(fig)
    return fig


def time_chart(table: pd.DataFrame, unit: str = "barrels_per_day", top_n: int = 8):
    """Levels by period, one line (or point) per flow (``over_time(...)``) on a date
    axis; when every flow has a single dated level, the levels are said in words (a lone
    point on a long axis says nothing)."""
    fig, ax = plt.subplots(figsize=(8, 4))
    label = UNIT_LABELS.get(unit, unit)
    if table.empty:
        ax.text(0.5, 0.5, f"no dated figure in {label}", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
    elif table.groupby("flow")["period"].nunique().max() < 2:
        rows = table.sort_values(["value", "flow"], ascending=[False, True]).head(top_n)
        lines = [f"{plain_label(f)}: {number(v)} in {p}" for f, v, p in zip(rows["flow"], rows["value"], rows["period"])]
        head = "one dated level per flow, nothing to draw a line through:" if len(rows) > 1 else "one dated level, nothing to draw a line through:"
        ax.text(0.5, 0.5, head + "\n" + "\n".join(lines) + f"\n({label})", ha="center", va="center",
                transform=ax.transAxes, fontsize=11)
        ax.set_axis_off()
        fig.set_size_inches(8, 1.2 + 0.3 * len(lines))
    else:
        counts = table.groupby("flow")["figures"].sum().sort_values(ascending=False, kind="stable")
        keep = sorted(counts.index[:top_n], key=lambda f: (-counts[f], f))
        for flow in keep:
            rows = table[table["flow"] == flow].sort_values("period_start")
            ax.plot(rows["period_start"], rows["value"], marker="o", label=plain_label(flow))
        ax.set_ylabel(label)
        thousands(ax.yaxis)
        ax.legend(fontsize=8, loc="best")
        fig.autofmt_xdate()
    ax.set_title("Reported levels over time (periods start on the date shown)")
    fig.tight_layout()
    plt.close(fig)
    return fig


def share_chart(table: pd.DataFrame, top_n: int = 10):
    """Bars of the shares reported (``shares(...)``), labelled by flow and period."""
    data = table.head(top_n)
    fig, ax = plt.subplots(figsize=(8, 0.4 * max(len(data), 3) + 1.2))
    if data.empty:
        ax.text(0.5, 0.5, "no share reported", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
    else:
        rows = data.iloc[::-1]
        labels = [
            plain_label(f"{state_label(e)} → {state_label(i)} ({p if isinstance(p, str) and p else 'no period'}) #{n}")
            for n, (e, i, p) in enumerate(zip(rows["exporter"], rows["importer"], rows["period"]), start=1)
        ]
        ax.barh(labels, rows["share_percent"], color="#a5673b")
        ax.set_xlim(0, 100)
        ax.set_xlabel("percent")
    ax.set_title("Shares reported")
    fig.tight_layout()
    plt.close(fig)
    return fig


# -- findings -----------------------------------------------------------------------------


def findings(
    figures: pd.DataFrame,
    flow_table: pd.DataFrame,
    conflict_table: pd.DataFrame,
    n_articles: int,
    unit: str = "barrels_per_day",
    conversions: dict | None = None,
) -> list[str]:
    """Sentences written from the tables (plain text; the notebook escapes them)."""
    if figures.empty:
        return [f"No energy-trade figures in the {n_articles} article(s) selected."]
    conversions = DEFAULT_CONVERSIONS if conversions is None else conversions
    lines = []
    by_unit = figures["unit"].value_counts()
    parts = ", ".join(f"{count} in {UNIT_LABELS.get(u, u)}" for u, count in sorted(by_unit.items(), key=lambda kv: (-kv[1], kv[0])))
    lines.append(
        f"{len(figures)} energy-trade figures in {figures['article_id'].nunique()} of {n_articles} article(s): {parts}."
    )
    paired = int(figures[["exporter", "importer"]].notna().all(axis=1).sum())
    lines.append(
        f"{paired} name both an exporter and an importer, {int(figures['period'].notna().sum())} a period "
        f"and {int(figures['source'].notna().sum())} a source."
    )
    top = flow_table.dropna(subset=["latest_value"]) if len(flow_table) else flow_table
    if len(top):
        first = top.iloc[0]
        lines.append(
            f"The largest flow reported in {UNIT_LABELS.get(unit, unit)} is {first['flow']}: "
            f"{_number(first['latest_value'])} ({first['latest_period'] or 'no period'}, "
            f"source: {first['latest_source'] or 'not attributed'}), across {first['figures']} figure(s) "
            f"in {first['articles']} article(s)."
        )
    sources = figures["source"].dropna().value_counts()
    if len(sources):
        ranked = sorted(sources.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        lines.append("Most cited sources: " + ", ".join(f"{name} ({count})" for name, count in ranked) + ".")
    if len(conflict_table):
        worst = conflict_table.iloc[0]
        lines.append(
            f"{len(conflict_table)} flow(s) reported with conflicting values across articles; the widest: "
            f"{worst['exporter']} → {worst['importer']} in {worst['period']} ({worst['values']} {UNIT_LABELS.get(worst['unit'], worst['unit'])})."
        )
    else:
        lines.append("No flow is reported with conflicting values by different articles.")
    convertible = in_unit(figures, unit, conversions)
    converted = int(convertible["converted"].sum())
    if converted:
        factors = ", ".join(f"{k} = {v}" for k, v in sorted(conversions.items()))
        lines.append(f"{converted} figure(s) converted to {UNIT_LABELS.get(unit, unit)} for display ({factors}); the table keeps the units as written.")
    return lines
