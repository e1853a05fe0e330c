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

from analysis.views import frequencies, overview

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

    speakers = []
    named = quotes[quotes["speaker"].notna()] if len(quotes) else quotes
    if len(named):
        key = named["speaker_actor"].fillna(named["speaker"]) if "speaker_actor" in named else named["speaker"]
        grouped = named.assign(_who=key).groupby("_who", sort=True).agg(
            quotes=("_who", "size"),
            articles=("article_id", "nunique"),
            speaker=("speaker", lambda s: s.value_counts().sort_index().idxmax()),
            country=("speaker_country", "first"),
        ).reset_index().rename(columns={"_who": "actor"})
        grouped = grouped.sort_values(["quotes", "actor"], ascending=[False, True], kind="stable").head(top)
        speakers = _records(grouped)

    by_unit = []
    if len(figures):
        counts = figures.groupby("unit", sort=True).size().reset_index(name="figures")
        by_unit = _records(counts.sort_values(["figures", "unit"], ascending=[False, True], kind="stable"))
    return Headlines(states, actors, speakers, len(quotes), len(figures), by_unit, len(mentions))


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
    ax.barh([overview._short(a["actor"]) for a in shown], [a["mentions"] for a in shown], color="#2f855a")
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
