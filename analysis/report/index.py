"""``index.html``: the run at a glance — status, corpus, headline results, charts, links.

Rendered with Jinja2 and autoescaping on: every value from the tables is text. Charts
are PNGs embedded as ``data:`` URIs, so the page is one self-contained file.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.views import figures as figure_views
from analysis.views.charts import short_label
from analysis.views import format as fmt
from analysis.views import frequencies, overview
from analysis.views import quotes as quote_views

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


@dataclass(slots=True, frozen=True)
class Headlines:
    top_states: list[dict]
    top_actors: list[dict]
    top_speakers: list[dict]
    quotes: int
    figures: int
    figures_by_unit: list[dict]
    mentions: int
    findings: list[dict] = ()  # {"text", "href", "link"}: what the notebooks found, each linking to its page
    quoted_states: list[dict] = ()


def headlines(tables, top: int = 10) -> Headlines:
    """Counts over unique articles: a copy of an article does not count twice."""
    articles = tables.articles
    copies = set(articles.loc[articles["duplicate_of"].notna(), "article_id"]) if len(articles) else set()
    mentions = tables.actor_mentions
    mentions = mentions[~mentions["article_id"].isin(copies)]
    quotes = tables.quotes
    quotes = quotes[~quotes["article_id"].isin(copies)]
    figures = tables.figures
    figures = figures[~figures["article_id"].isin(copies)]

    # The same counts as notebook 02: states by who acts for them, actors by name.
    states, actors = [], []
    if len(mentions):
        everything = (articles, tables.actor_mentions)  # copies are left out as notebook 02 does
        states = _records(frequencies.actor_frequencies(*everything, level="state", top_n=top))
        actors = _records(frequencies.actor_frequencies(*everything, level="actor", top_n=top))

    # The same rankings as notebook 03 (speakers by quotes, then words; states by who
    # the speaker acts for), over the same selection (copies left out).
    speakers, quoted_states, selected = [], [], None
    if len(tables.quotes) and "speaker" in tables.quotes:
        selected = quote_views.select_quotes(
            _with_columns(tables.quotes, QUOTE_COLUMNS), articles, _with_columns(tables.actor_mentions, MENTION_COLUMNS),
            kinds=quote_views.DEFAULT_KINDS if "kind" in tables.quotes else None,
        )
        ranked = quote_views.top_speakers(selected, top)
        written = selected.assign(_key=selected["speaker_actor"].fillna(selected["speaker"]))
        as_written = written.dropna(subset=["speaker"]).groupby("_key")["speaker"].agg(lambda s: s.value_counts().sort_index().idxmax())
        speakers = [
            {"actor": r["speaker"], "country": r["state"], "speaker": as_written.get(r["speaker"]), "quotes": r["quotes"]}
            for r in _records(ranked)
        ]
        if len(tables.actor_mentions) and "state" in tables.actor_mentions:
            voice = quote_views.voice_vs_mentions(selected, articles, tables.actor_mentions)
            quoted_states = _records(quote_views.quoted_states(voice, 5))

    by_unit = []
    if len(figures):
        counts = figures.groupby("unit", sort=True).size().reset_index(name="figures")
        by_unit = _records(counts.sort_values(["figures", "unit"], ascending=[False, True], kind="stable"))
    found = findings(tables, states, speakers, quoted_states, selected)
    return Headlines(states, actors, speakers, len(quotes), len(figures), by_unit, len(mentions), found, quoted_states)


MENTION_COLUMNS = ("start", "end", "actor", "actor_type", "state")
QUOTE_COLUMNS = ("kind", "text", "start", "speaker", "speaker_start", "speaker_actor", "speaker_country")
FIGURE_COLUMNS = ("exporter", "importer", "value", "unit", "qualifier", "commodity", "period", "source", "source_actor", "status", "figure_id")
NOTEBOOK_PAGES = {
    "states": "02_actor_frequency.html",
    "quotes": "03_quote_attribution.html",
    "figures": "04_oil_trade_figures.html",
}
UNIT_SHORT = {"barrels_per_day": "bpd", "usd_per_barrel": "$/barrel", "tonnes_per_year": "tonnes a year",
              "usd": "US dollars", "cubic_metres_per_day": "cubic metres a day"}


def _with_columns(frame: pd.DataFrame, columns) -> pd.DataFrame:
    missing = [c for c in columns if c not in frame]
    return frame.assign(**{c: None for c in missing}) if missing else frame


def findings(tables, states: list[dict], speakers: list[dict], quoted_states: list[dict], quotes=None) -> list[dict]:
    """The index's findings, one sentence per notebook, ranked with the notebooks' own
    functions: the most covered states (02), the most quoted (03), the largest reported
    flow with its period and source, and a share reported for it (04)."""
    lines = []
    if states:
        top = states[0]
        text = (f"Most covered: {top['actor']}, {fmt.number(top['mentions'])} mentions in "
                f"{fmt.number(top['articles'])} article{'s' if top['articles'] != 1 else ''}")
        if len(states) > 1:
            text += "; then " + ", ".join(f"{s['actor']} ({fmt.number(s['mentions'])})" for s in states[1:3])
        lines.append({"text": text + ".", "href": NOTEBOOK_PAGES["states"], "link": "notebook 02"})
    if speakers or quoted_states:
        parts = []
        if quoted_states:
            top = quoted_states[0]
            total = int(sum(s["quotes"] for s in _records(quote_views.quoted_states(
                quote_views.voice_vs_mentions(quotes, tables.articles, tables.actor_mentions), None))))
            parts.append(f"speakers acting for {top['state']} give {fmt.number(top['quotes'])} of the "
                         f"{fmt.number(total)} quotes with a state ({fmt.share(top['share_of_quotes'], 0)})")
        if speakers:
            top = speakers[0]
            who = f"{top['actor']} ({top['country']})" if top.get("country") and top["country"] != top["actor"] else str(top["actor"])
            parts.append(f"the most quoted speaker is {who}, {fmt.number(top['quotes'])} quote{'s' if top['quotes'] != 1 else ''}")
        text = "Most quoted: " + "; ".join(parts)
        lines.append({"text": text + ".", "href": NOTEBOOK_PAGES["quotes"], "link": "notebook 03"})
    flow = None
    for unit in FLOW_UNITS:  # a volume first, as notebook 04's default chart; else the next unit reported
        flow = largest_flow(tables, unit)
        if flow:
            break
    if flow is None and len(tables.figures) and "unit" in tables.figures:
        copies = set(tables.articles.loc[tables.articles["duplicate_of"].notna(), "article_id"]) if len(tables.articles) else set()
        figures = tables.figures[~tables.figures["article_id"].isin(copies)]
        counts = figures["unit"].value_counts()
        units = ", ".join(f"{fmt.number(n)} in {figure_views.UNIT_LABELS.get(u, u)}"
                          for u, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
        flow = f"No flow between two named states is reported in a volume or money unit; the {fmt.number(len(figures))} oil-trade figures are {units}."
    if flow:
        lines.append({"text": flow, "href": NOTEBOOK_PAGES["figures"], "link": "notebook 04"})
    return lines


FLOW_UNITS = ("barrels_per_day", "tonnes_per_year", "barrels", "tonnes", "cubic_metres_per_day", "usd")


def largest_flow(tables, unit: str = "barrels_per_day") -> str | None:
    """"Largest reported flow: Venezuela → China ≈746,000 bpd, 2025-11, per Reuters;
    a share of ≈80% reported for it" — ``figures.flows`` ranks it, as notebook 04 does."""
    figures = tables.figures
    if not len(figures) or not set(FIGURE_COLUMNS[:4]) <= set(figures.columns):
        return None
    selected = figure_views.select_figures(_with_columns(figures, FIGURE_COLUMNS + ("text", "start", "sentence")), tables.articles)
    flows = figure_views.flows(selected, unit)
    flows = flows.dropna(subset=["latest_value"]) if len(flows) else flows
    if not len(flows):
        return None
    top = flows.iloc[0]
    same = selected[(selected["exporter"] == top["exporter"]) & (selected["importer"] == top["importer"])]
    level = same[(same["unit"] == unit) & (same["value"] == top["latest_value"])]
    approx = "≈" if len(level) and (level["qualifier"].notna().any() or bool(level.get("approximate", pd.Series([False])).fillna(False).any())) else ""
    text = f"Largest reported flow: {top['flow']} {approx}{fmt.number(top['latest_value'])} {UNIT_SHORT.get(unit, unit)}"
    text += f", {top['latest_period']}" if top["latest_period"] else ", no period given"
    text += f", per {top['latest_source']}" if top["latest_source"] else ", not attributed"
    shares = figure_views.shares(same)
    if len(shares):
        matching = shares[shares["period"] == top["latest_period"]] if top["latest_period"] else shares
        share = (matching if len(matching) else shares).iloc[0]
        approx = "≈" if isinstance(share["qualifier"], str) else ""
        text += f"; a share of {approx}{fmt.percent(share['share_percent'], 0)} reported for the same flow"
        if share["period"] and share["period"] != top["latest_period"]:
            text += f" ({share['period']})"
    return text + "."


def _records(frame: pd.DataFrame) -> list[dict]:
    return [
        {k: (None if _missing(v) else v) for k, v in row.items()}
        for row in frame.to_dict(orient="records")
    ]


def _missing(value) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def png_data_uri(fig) -> str:
    buffer = io.BytesIO()
    # No "Software" stamp or timestamps: the same data gives the same bytes.
    fig.savefig(buffer, format="png", dpi=100, metadata={"Software": None})
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def plot_actors(actors: list[dict], title: str = "Most mentioned actors"):
    from matplotlib.figure import Figure

    shown = actors[::-1]
    fig = Figure(figsize=(7, max(1.5, 0.35 * len(shown) + 0.8)), dpi=100)
    ax = fig.add_subplot()
    ax.barh([short_label(a["actor"], 40) for a in shown], [a["mentions"] for a in shown], color="#2f855a")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title(title)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def charts(tables, heads: Headlines, load_report: dict | None = None) -> list[dict]:
    found = []
    # The load report's implausible dates stay off the axis (the findings say how many).
    timeline = overview.over_time(tables.articles, load_report=load_report)
    if len(timeline) > 1:
        found.append({"title": "Articles over time", "src": png_data_uri(overview.plot_over_time(timeline))})
    sources = overview.by_source(tables.articles)
    if len(sources) > 1:
        found.append({"title": "Articles by source", "src": png_data_uri(overview.plot_sources(sources, top=12))})
    if heads.top_states:
        found.append({"title": "Most covered states", "src": png_data_uri(plot_actors(heads.top_states, "Most covered states"))})
    return found


def render(context: dict) -> str:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,  # everything, whatever the file name
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["thousands"] = lambda n: f"{n:,}" if isinstance(n, int) else n
    return env.get_template("index.html").render(**context)


def prepare(tables, load_report: dict) -> dict:
    """Everything the page shows about the corpus and results (charts included).

    Independent of the notebooks, so the runner computes it while they run.
    """
    summary = overview.summarize(tables.articles, load_report)
    heads = headlines(tables)
    return {
        "summary": summary,
        "findings": overview.findings(tables.articles, load_report),
        "skip_reasons": _records(overview.skip_reasons(load_report)),
        "sources": _records(overview.by_source(tables.articles).head(10)),
        "headlines": heads,
        "charts": charts(tables, heads, load_report),
    }


def build(tables, *, run: dict, notebooks: list[dict], load_report: dict, prepared: dict | None = None) -> str:
    """The page for one run; ``run`` and ``notebooks`` come from the manifest."""
    return render({"run": run, "notebooks": notebooks, **(prepared or prepare(tables, load_report))})
