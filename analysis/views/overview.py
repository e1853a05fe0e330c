"""The corpus overview (notebook ``01_corpus_overview`` and the report index).

Every function takes the ``articles`` table and/or the load report (``load_report.json``)
and returns plain data — a dataclass, a DataFrame or sentences — so the notebook only
shows what this module computes and the findings are written from the data.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import asdict, dataclass

import pandas as pd

from analysis.views.charts import short_label, thousands
from corpus.dates import PLAUSIBLE_FROM, plausible_until

UNKNOWN_SOURCE = "(unknown source)"
MAX_TICKS = 24  # labels on a time axis
MAX_BARS = 1000  # periods drawn as bars; more are drawn as a filled outline
TIME_UNITS = ("auto", "day", "week", "month", "quarter", "year")
UNIT_ORDER = ("day", "week", "month", "quarter", "year")
UNIT_DAYS = {"day": 1, "week": 7, "month": 30.44, "quarter": 91.3, "year": 365.25}
MIN_PER_PERIOD = 3  # "auto" coarsens until the periods hold this many articles on average
MAX_PERIODS = 60  # ... and there are at most this many periods on the axis
MIN_PERIODS = 12  # a dozen periods or fewer are never coarsened
LABELLED_BARS = 40  # up to this many bars carry their count


@dataclass(slots=True, frozen=True)
class CorpusSummary:
    articles: int  # rows of the articles table, duplicates included
    unique: int  # articles that are not a copy of an earlier one
    duplicates: int
    sources: int  # distinct named sources
    unknown_source: int  # articles without a source
    first_date: str | None  # of the plausibly dated articles (the time axis's range)
    last_date: str | None
    undated: int
    implausible_dates: int  # dated before 1900 or over a year after loading: kept, off the time axis
    words_total: int
    words_median: float | None
    files_read: int
    records_read: int
    skipped: int
    warnings: int
    extraction_failures: int
    fingerprint: str

    def as_dict(self) -> dict:
        return asdict(self)


def summarize(articles: pd.DataFrame, load_report: dict | None = None) -> CorpusSummary:
    report = load_report or {}
    dates = _dates(articles)
    off_axis = _implausible(articles, dates, report)
    dates = dates.where(~off_axis, None)
    sources = articles["source"].dropna() if len(articles) else pd.Series(dtype=object)
    duplicates = int(articles["duplicate_of"].notna().sum()) if len(articles) else 0
    words = articles["n_words"] if len(articles) else pd.Series(dtype="int64")
    return CorpusSummary(
        articles=len(articles),
        unique=len(articles) - duplicates,
        duplicates=duplicates,
        sources=int(sources.nunique()),
        unknown_source=int(len(articles) - len(sources)),
        first_date=dates.min().isoformat() if dates.notna().any() else None,
        last_date=dates.max().isoformat() if dates.notna().any() else None,
        undated=int(dates.isna().sum() - off_axis.sum()),
        implausible_dates=int(off_axis.sum()),
        words_total=int(words.sum()),
        words_median=float(words.median()) if len(words) else None,
        files_read=int(report.get("files_read", 0)),
        records_read=int(report.get("records_read", 0)),
        skipped=len(report.get("skipped", [])),
        warnings=len(report.get("warnings", [])),
        extraction_failures=len(report.get("extraction_failures", [])),
        fingerprint=str(report.get("fingerprint", "")),
    )


def _dates(articles: pd.DataFrame) -> pd.Series:
    if not len(articles):
        return pd.Series(dtype=object)
    return articles["published"].map(_parse_date)


def _implausible(articles: pd.DataFrame, dates: pd.Series, load_report: dict | None) -> pd.Series:
    """True for the dated articles no time axis should span: before 1900, more than a year
    after today, or listed under ``implausible_dates`` by the load report."""
    if not len(articles):
        return pd.Series(dtype=bool)
    latest = plausible_until(dt.datetime.now(dt.timezone.utc).date())
    listed = {str(d.get("article_id")) for d in (load_report or {}).get("implausible_dates", []) or []}
    out_of_range = dates.map(lambda d: d is not None and not PLAUSIBLE_FROM <= d <= latest)
    flagged = articles["article_id"].astype(str).isin(listed) & dates.notna()
    return (out_of_range.astype(bool) | flagged).astype(bool)


def _axis_dates(articles: pd.DataFrame, load_report: dict | None) -> tuple[pd.Series, pd.Series]:
    """Publication dates for a time axis (implausible ones as None) and the implausible mask."""
    dates = _dates(articles)
    off_axis = _implausible(articles, dates, load_report)
    return dates.where(~off_axis, None), off_axis


def _parse_date(value) -> dt.date | None:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def choose_unit(first: str | None, last: str | None, unit: str = "auto", articles: int | None = None) -> str:
    """Days for a few weeks of coverage, weeks up to a few months, months up to three
    years, quarters up to ten, years beyond; given the number of dated ``articles``,
    coarser still until a period holds ``MIN_PER_PERIOD`` articles on average (a sparse
    month axis is a band of labels and bars of 0 and 1) and there are at most
    ``MAX_PERIODS`` periods."""
    if unit not in TIME_UNITS:
        raise ValueError(f"time unit {unit!r}: choose one of {', '.join(TIME_UNITS)}")
    if unit != "auto":
        return unit
    if not first or not last:
        return "day"
    span = (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days
    chosen = ("day" if span <= 31 else "week" if span <= 183 else "month" if span <= 3 * 366
              else "quarter" if span <= 10 * 366 else "year")
    if articles:
        for candidate in UNIT_ORDER[UNIT_ORDER.index(chosen):]:
            chosen = candidate
            periods = span / UNIT_DAYS[candidate] + 1
            if periods <= MAX_PERIODS and (periods <= MIN_PERIODS or articles / periods >= MIN_PER_PERIOD):
                break
    return chosen


def over_time(articles: pd.DataFrame, unit: str = "auto", load_report: dict | None = None) -> pd.DataFrame:
    """Articles per day/week/month (``period`` is the first day), with copies counted apart.

    Periods without articles between the first and the last are listed with zero, so a
    chart shows gaps in coverage as gaps. Implausible dates (before 1900, over a year
    ahead, or listed by the load report) stay off the axis, as undated articles do:
    ``attrs["implausible"]`` says how many were left off.
    """
    columns = ["period", "articles", "duplicates"]
    dates, off_axis = _axis_dates(articles, load_report)
    dated = articles.assign(_date=dates)[dates.notna()]
    if dated.empty:
        empty = pd.DataFrame({c: pd.Series(dtype="int64" if c != "period" else object) for c in columns})
        empty.attrs["implausible"] = int(off_axis.sum())
        return empty
    unit = choose_unit(min(dated["_date"]).isoformat(), max(dated["_date"]).isoformat(), unit, len(dated))
    period = dated["_date"].map(lambda d: _period_start(d, unit))
    is_copy = dated["duplicate_of"].notna()
    counts = pd.DataFrame({"period": period, "articles": ~is_copy, "duplicates": is_copy})
    grouped = counts.groupby("period", sort=True)[["articles", "duplicates"]].sum()
    full = _period_range(min(period), max(period), unit)
    grouped = grouped.reindex(full, fill_value=0)
    out = grouped.reset_index().rename(columns={"index": "period"})
    out["period"] = [p.isoformat() for p in full]
    out = out.astype({"articles": "int64", "duplicates": "int64"})[columns]
    out.attrs["implausible"] = int(off_axis.sum())
    out.attrs["unit"] = unit
    return out


def _period_start(day: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "quarter":
        return day.replace(month=3 * ((day.month - 1) // 3) + 1, day=1)
    if unit == "year":
        return day.replace(month=1, day=1)
    return day


def _period_range(first: dt.date, last: dt.date, unit: str) -> list[dt.date]:
    periods, current = [], first
    while current <= last:
        periods.append(current)
        try:
            if unit == "day":
                current += dt.timedelta(days=1)
            elif unit == "week":
                current += dt.timedelta(days=7)
            elif unit == "quarter":
                month = current.month + 3
                current = current.replace(year=current.year + (month - 1) // 12, month=(month - 1) % 12 + 1)
            elif unit == "year":
                current = current.replace(year=current.year + 1)
            else:
                current = (current.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        except (OverflowError, ValueError):  # past 9999-12-31: the calendar ends here
            break
    return periods


def by_source(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per source: articles (copies excluded), copies, median length, first and last date."""
    columns = ["source", "articles", "duplicates", "median_words", "first_date", "last_date"]
    if not len(articles):
        return pd.DataFrame(columns=columns)
    frame = articles.assign(
        source=articles["source"].fillna(UNKNOWN_SOURCE).astype(str),
        _date=_dates(articles),
        _copy=articles["duplicate_of"].notna(),
    )
    rows = []
    for source, group in frame.groupby("source", sort=True):
        originals = group[~group["_copy"]]
        dated = group["_date"].dropna()
        rows.append(
            {
                "source": source,
                "articles": len(originals),
                "duplicates": int(group["_copy"].sum()),
                "median_words": float(originals["n_words"].median()) if len(originals) else None,
                "first_date": min(dated).isoformat() if len(dated) else None,
                "last_date": max(dated).isoformat() if len(dated) else None,
            }
        )
    out = pd.DataFrame(rows, columns=columns)
    return out.sort_values(["articles", "source"], ascending=[False, True], kind="stable").reset_index(drop=True)


def lengths(articles: pd.DataFrame) -> pd.DataFrame:
    """Length in words of the unique articles: count, min, quartiles, max."""
    words = articles.loc[articles["duplicate_of"].isna(), "n_words"] if len(articles) else pd.Series(dtype="int64")
    if words.empty:
        return pd.DataFrame({"statistic": [], "words": []})
    stats = {
        "articles": len(words),
        "shortest": int(words.min()),
        "25%": float(words.quantile(0.25)),
        "median": float(words.median()),
        "75%": float(words.quantile(0.75)),
        "longest": int(words.max()),
    }
    return pd.DataFrame({"statistic": list(stats), "words": list(stats.values())})


def extremes(articles: pd.DataFrame, n: int = 3) -> pd.DataFrame:
    """The shortest and longest unique articles (very short ones are often scraping debris)."""
    unique = articles[articles["duplicate_of"].isna()] if len(articles) else articles
    cols = ["article_id", "title", "source", "n_words"]
    if unique.empty:
        return pd.DataFrame(columns=["which", *cols])
    ordered = unique.sort_values(["n_words", "article_id"], kind="stable")
    short = ordered.head(n).assign(which="shortest")
    long = ordered.tail(n).iloc[::-1].assign(which="longest")
    both = pd.concat([short, long]).drop_duplicates(subset=["article_id", "which"])
    return both[["which", *cols]].reset_index(drop=True)


def duplicates(articles: pd.DataFrame, load_report: dict | None = None) -> pd.DataFrame:
    """Each copy beside the article it repeats, and how it was matched (exact or near)."""
    columns = ["article_id", "title", "source", "published", "duplicate_of", "first_title", "first_source", "kind"]
    if not len(articles):
        return pd.DataFrame(columns=columns)
    kinds = {d["article_id"]: d.get("kind") for d in (load_report or {}).get("duplicates", [])}
    by_id = articles.set_index("article_id")
    copies = articles[articles["duplicate_of"].notna()]
    rows = []
    for row in copies.itertuples(index=False):
        first = by_id.loc[row.duplicate_of] if row.duplicate_of in by_id.index else None
        rows.append(
            {
                "article_id": row.article_id,
                "title": row.title,
                "source": row.source,
                "published": row.published,
                "duplicate_of": row.duplicate_of,
                "first_title": None if first is None else first["title"],
                "first_source": None if first is None else first["source"],
                "kind": kinds.get(row.article_id),
            }
        )
    return pd.DataFrame(rows, columns=columns).sort_values("article_id", kind="stable").reset_index(drop=True)


def skipped(load_report: dict | None) -> pd.DataFrame:
    """Every record that was not loaded: file, where in it, and why."""
    rows = [
        {"file": s.get("file"), "where": s.get("locator"), "reason": s.get("reason")}
        for s in (load_report or {}).get("skipped", [])
    ]
    rows += [
        {"file": f.get("origin"), "where": f.get("extractor"), "reason": f"extraction failed: {f.get('error')}"}
        for f in (load_report or {}).get("extraction_failures", [])
    ]
    return pd.DataFrame(rows, columns=["file", "where", "reason"])


def skip_reasons(load_report: dict | None) -> pd.DataFrame:
    """Skipped records grouped by kind of reason (the text before any detail or colon)."""
    table = skipped(load_report)
    if table.empty:
        return pd.DataFrame(columns=["reason", "records"])
    kinds = Counter(_reason_kind(reason) for reason in table["reason"])
    rows = sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))
    return pd.DataFrame(rows, columns=["reason", "records"])


def _reason_kind(reason) -> str:
    text = re.sub(r"\s*\([^)]*\)", "", str(reason))
    return text.split(":")[0].strip() or str(reason)


def findings(articles: pd.DataFrame, load_report: dict | None = None, unit: str = "auto") -> list[str]:
    """Plain-text sentences stating what the tables show (escape them before rendering)."""
    s = summarize(articles, load_report)
    if s.articles == 0:
        lines = ["The corpus loaded no article."]
        if s.skipped:
            lines.append(f"All {s.records_read} record(s) read were skipped; see the skipped records below.")
        return lines
    lines = []
    where = f"from {_plural(s.sources, 'source')}" if s.sources else "with no source named"
    span = ""
    if s.first_date and s.first_date == s.last_date:
        span = f", all published on {s.first_date}"
    elif s.first_date:
        span = f", published between {s.first_date} and {s.last_date}"
    if s.implausible_dates and span:
        span = span.replace(", all published on", ", the plausibly dated ones all published on")
    lines.append(f"The corpus holds {_plural(s.unique, 'unique article')} {where}{span}.")
    if s.implausible_dates:
        dates, off_axis = _dates(articles), _implausible(articles, _dates(articles), load_report)
        shown = sorted({d.isoformat() for d in dates[off_axis]})
        listed = ", ".join(shown[:3]) + (f" and {len(shown) - 3} more" if len(shown) > 3 else "")
        one = s.implausible_dates == 1
        lines.append(
            f"{_plural(s.implausible_dates, 'article')} {'carries' if one else 'carry'} an implausible "
            f"publication date ({listed}: before 1900 or more than a year after loading) and "
            f"{'is' if one else 'are'} left off the timeline and the date range."
        )
    if s.undated:
        one = s.undated == 1
        lines.append(
            f"{_plural(s.undated, 'article')} ({_share(s.undated, s.articles)}) {'carries' if one else 'carry'} "
            f"no publication date and {'is' if one else 'are'} left out of the timeline."
        )
    sources = by_source(articles)
    named = sources[sources["source"] != UNKNOWN_SOURCE]
    if len(named) > 1:
        top = named.iloc[0]
        lines.append(
            f"The largest source is {top['source']} with {_plural(int(top['articles']), 'article')} "
            f"({_share(int(top['articles']), s.unique)} of unique articles)."
        )
    if s.unknown_source and s.sources:
        verb = "names" if s.unknown_source == 1 else "name"
        lines.append(f"{_plural(s.unknown_source, 'article')} {verb} no source.")
    timeline = over_time(articles, unit, load_report)
    if len(timeline) > 1:
        unit_name = timeline.attrs.get("unit") or choose_unit(s.first_date, s.last_date, unit)
        peak = int(timeline["articles"].max())
        peaks = [period_label(p, unit_name) for p in timeline.loc[timeline["articles"] == peak, "period"]]
        quiet = int((timeline["articles"] == 0).sum())
        if len(peaks) == 1:
            line = f"The busiest {unit_name} is {peaks[0]} with {_plural(peak, 'article')}"
        else:
            line = f"No {unit_name} has more than {_plural(peak, 'article')} ({len(peaks)} {unit_name}s have {peak})"
        quiet_verb = "has" if quiet == 1 else "have"
        line += f"; {quiet} of the {len(timeline)} {unit_name}s in the range {quiet_verb} none." if quiet else "."
        lines.append(line)
    stats = lengths(articles).set_index("statistic")["words"]
    if len(stats):
        if stats["shortest"] == stats["longest"]:
            lines.append(f"Every unique article is {int(stats['median'])} words long.")
        else:
            lines.append(
                f"Unique articles run from {int(stats['shortest'])} to {int(stats['longest'])} words "
                f"(median {stats['median']:g})."
            )
    if s.duplicates:
        kinds = Counter(d.get("kind") or "exact" for d in (load_report or {}).get("duplicates", []))
        how = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())) if kinds else ""
        one = s.duplicates == 1
        lines.append(
            f"{_plural(s.duplicates, 'article')} {'repeats' if one else 'repeat'} an earlier one"
            + (f" ({how})" if how else "")
            + f" and {'is' if one else 'are'} counted once in the analyses."
        )
    else:
        lines.append("No article repeats another.")
    if s.skipped or s.extraction_failures:
        reasons = skip_reasons(load_report)
        top = "; ".join(f"{r} ({n})" for r, n in reasons.head(3).itertuples(index=False))
        lines.append(f"{_plural(s.skipped + s.extraction_failures, 'record')} could not be used: {top}.")
    else:
        lines.append(f"Every one of the {_plural(s.records_read, 'record')} read was loaded.")
    return lines


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "0%"


# -- charts --------------------------------------------------------------------
# matplotlib.figure.Figure (not pyplot): nothing is shown twice in a notebook and no
# global state leaks between charts.


def period_label(period, unit: str | None) -> str:
    """How people write a period: "2025-12-01" (a day or a week's Monday), "2025-11",
    "2025-Q4", "2025"."""
    day = period if isinstance(period, dt.date) else dt.date.fromisoformat(str(period)[:10])
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "year":
        return f"{day.year:04d}"
    return day.isoformat()


def timeline_table(timeline: pd.DataFrame) -> pd.DataFrame:
    """The timeline for display: ``period`` as people write it (2025-11, 2025-Q4, 2025)."""
    unit = timeline.attrs.get("unit")
    out = timeline.copy()
    out["period"] = [period_label(p, unit) for p in out["period"]]
    return out


def plot_over_time(timeline: pd.DataFrame, title: str = "Articles over time"):
    """Bars on a real date axis, one per period of the timeline's unit, each labelled
    with its count (up to ``LABELLED_BARS`` bars); a single period is said in words."""
    import matplotlib.dates as mdates
    from matplotlib.figure import Figure

    fig = Figure(figsize=(8, 3), dpi=100)
    ax = fig.add_subplot()
    left_off = int(timeline.attrs.get("implausible", 0) or 0)
    note = f" ({_plural(left_off, 'implausible date')} not shown)" if left_off else ""
    if timeline.empty:
        ax.text(0.5, 0.5, "no dated articles" + note, ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    unit = timeline.attrs.get("unit") or "day"
    if len(timeline) == 1:  # one bar on an axis says less than a sentence
        row = timeline.iloc[0]
        words = f"all {_plural(int(row['articles']), 'dated article')} in {period_label(row['period'], unit)}"
        if int(row["duplicates"]):
            words += f" (and {_plural(int(row['duplicates']), 'copy')})"
        ax.text(0.5, 0.5, words + note, ha="center", va="center", transform=ax.transAxes, fontsize=12)
        ax.set_axis_off()
        return fig
    x = [dt.datetime.combine(dt.date.fromisoformat(p), dt.time()) for p in timeline["period"]]
    n = len(timeline)
    width = 0.8 * UNIT_DAYS.get(unit, 1)
    if n <= MAX_BARS:
        ax.bar(x, timeline["articles"], width=width, align="edge", color="#2b6cb0", label="articles")
        if timeline["duplicates"].any():
            ax.bar(x, timeline["duplicates"], width=width, align="edge", bottom=timeline["articles"],
                   color="#a0aec0", label="copies")
            ax.legend(frameon=False)
        if n <= LABELLED_BARS:
            totals = timeline["articles"] + timeline["duplicates"]
            for xi, total in zip(x, totals):
                if total:
                    ax.annotate(f"{int(total):,}", (mdates.date2num(xi) + width / 2, total), xytext=(0, 2),
                                textcoords="offset points", ha="center", va="bottom", fontsize=7)
    else:  # thousands of periods: one filled outline draws in milliseconds, bars would not
        total = timeline["articles"] + timeline["duplicates"]
        ax.fill_between(x, total, step="post", color="#a0aec0", label="copies")
        ax.fill_between(x, timeline["articles"], step="post", color="#2b6cb0", label="articles")
    locator = mdates.AutoDateLocator(minticks=3, maxticks=min(MAX_TICKS, 12))
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.yaxis.get_major_locator().set_params(integer=True)
    thousands(ax.yaxis)
    ax.set_ylabel(f"articles per {unit}")
    ax.margins(y=0.15)
    ax.set_title(title + note)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def plot_sources(sources: pd.DataFrame, top: int = 15, title: str = "Articles by source"):
    from matplotlib.figure import Figure

    shown = sources.head(top).iloc[::-1]
    fig = Figure(figsize=(8, max(1.5, 0.35 * len(shown) + 0.8)), dpi=100)
    ax = fig.add_subplot()
    if shown.empty:
        ax.text(0.5, 0.5, "no articles", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    ax.barh([short_label(s, 40) for s in shown["source"]], shown["articles"], color="#2b6cb0")
    ax.xaxis.get_major_locator().set_params(integer=True)
    thousands(ax.xaxis)
    ax.set_title(title if len(sources) <= top else f"{title} (top {top} of {len(sources)})")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def plot_lengths(articles: pd.DataFrame, title: str = "Article length (words)"):
    from matplotlib.figure import Figure

    words = articles.loc[articles["duplicate_of"].isna(), "n_words"] if len(articles) else []
    fig = Figure(figsize=(8, 2.6), dpi=100)
    ax = fig.add_subplot()
    if len(words) < 2:  # a histogram of one value says less than the sentence
        note = "no articles" if len(words) == 0 else f"one article, {int(list(words)[0])} words"
        ax.text(0.5, 0.5, note, ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    ax.hist(list(words), bins=min(20, max(1, len(words))), color="#2b6cb0")
    ax.yaxis.get_major_locator().set_params(integer=True)
    thousands(ax.xaxis)
    thousands(ax.yaxis)
    ax.set_title(title)
    ax.set_xlabel("words")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig
