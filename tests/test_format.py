"""Issue 14: pages a colleague reads without help — displayed numbers, text and time axes,
on small hand-made frames (no parsing)."""

from __future__ import annotations

import datetime as dt
import io
import re

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from analysis.views import actors as plots
from analysis.views import figures as figure_views
from analysis.views import format as fmt
from analysis.views import frequencies as F
from analysis.views import overview


# -- numbers as people write them ------------------------------------------------------


def test_numbers_shares_dates_and_missing_values_as_people_write_them():
    assert fmt.number(746000.0) == "746,000"
    assert fmt.number(3.5e10) == "35,000,000,000"
    assert fmt.number(1.8) == "1.8" and fmt.number(64.1) == "64.1" and fmt.number(0.27) == "0.27"
    assert fmt.number(np.int64(1839)) == "1,839"
    assert fmt.share(0.375) == "37.5%" and fmt.share(2 / 9) == "22.2%" and fmt.share(1.0) == "100%"
    assert fmt.percent(80.0) == "80%" and fmt.percent(100, 0) == "100%" and fmt.percent(12.5) == "12.5%"
    assert fmt.date(pd.Timestamp("2026-01-04")) == "2026-01-04" and fmt.date(dt.date(2026, 1, 4)) == "2026-01-04"
    for missing in (None, float("nan"), np.nan, pd.NA, pd.NaT):
        assert fmt.number(missing) == fmt.share(missing) == fmt.date(missing) == fmt.cut(missing, 5) == "—"
    assert fmt.state_label(float("nan")) == "—" and fmt.state_label(None) == "—"


def test_displayed_table_formats_every_column_and_keeps_values_in_the_csv(tmp_path):
    frame = pd.DataFrame(
        {
            "actor": ["United States", "Iran"],
            "mentions": [1839, 161],
            "share_of_articles": [0.545852, np.nan],
            "value": [746000.0, 3.5e10],
            "share_percent": [80.0, 12.5],
            "published": pd.to_datetime(["2026-01-04", None]),
        },
        index=[7, 9],
    )
    tables_dir = tmp_path / "run" / "tables"
    table = fmt.show_table(frame, "02_actor_frequency-states", tables_dir, rows=1)
    page = table._repr_html_()
    cells = re.findall(r"<td[^>]*>(.*?)</td>", page)
    assert cells == ["United States", "1,839", "54.6%", "746,000", "80%", "2026-01-04"]
    assert ">7<" not in page and "row_heading" not in page  # no pandas index column
    assert "e+10" not in page and "746000.0" not in page and "nan" not in page.lower().replace("tex2jax", "")
    assert "first 1 of 2 rows" in page
    assert '<a href="02_actor_frequency-states.csv">' in page  # the full table, beside the page
    csv = pd.read_csv(tmp_path / "run" / "02_actor_frequency-states.csv")
    assert len(csv) == 2 and csv.loc[1, "value"] == 3.5e10 and csv.loc[0, "share_of_articles"] == 0.545852
    assert "first 1 of 2 rows" in repr(table) and "0x" not in repr(table)  # no volatile object address
    # text left, numbers right (JupyterLab right-aligns every cell unless told)
    assert "table.newslens-table.newslens-table td{text-align:left" in page
    assert '<td>United States</td><td class="num">1,839</td>' in page and '<td class="date">2026-01-04</td>' in page
    # the same frame gives the same page (deterministic ids)
    assert fmt.show_table(frame, "02_actor_frequency-states", tables_dir, rows=1)._repr_html_() == page


def test_text_is_cut_at_the_stated_width_not_at_pandas_50_characters():
    quote = "x" * 150 + " and then some more words that run well past two hundred characters " + "y" * 100
    page = fmt.show_table(pd.DataFrame({"quote": [quote]}), widths={"quote": 200})._repr_html_()
    shown = re.findall(r"<td[^>]*>(.*?)</td>", page)[0]
    assert 195 <= len(shown) <= 200 and shown.endswith("…")  # 200 with the "…", a trailing space trimmed
    whole = fmt.show_table(pd.DataFrame({"quote": [quote[:180]]}))._repr_html_()
    assert quote[:180] in whole


def test_dollar_signs_in_article_text_never_become_latex():
    quote = "prices rose from $1.80 to $64.10 a barrel <script>alert(1)</script>"
    page = fmt.show_table(pd.DataFrame({"quote": [quote]}))._repr_html_()
    cell = re.findall(r"<td[^>]*>(.*?)</td>", page)[0]
    assert "$" not in cell and cell.count("&#36;") == 2
    assert "&lt;script&gt;" in cell and "<script>" not in page
    assert "mathjax_ignore" in page and "tex2jax_ignore" in page  # JupyterLab's MathJax skips the table
    import html

    assert html.unescape(cell) == quote  # what the reader sees is the text as written


def test_csv_cells_that_look_like_formulas_are_neutralised(tmp_path):
    fmt.show_table(pd.DataFrame({"quote": ["=HYPERLINK(1)", "fine"]}), "x", tmp_path / "tables")
    assert (tmp_path / "x.csv").read_text(encoding="utf-8").splitlines()[1] == "'=HYPERLINK(1)"


def test_no_csv_without_a_report_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    page = fmt.show_table(pd.DataFrame({"a": [1, 2, 3]}), "x", None, rows=2)._repr_html_()
    assert "first 2 of 3 rows" in page and "href" not in page and not list(tmp_path.iterdir())


# -- time axes on long, sparse corpora ---------------------------------------------------


def _articles(dates):
    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(dates))],
            "title": "t", "source": "s", "url": None, "published": dates, "language": "en",
            "text": "Russia said so.", "n_words": 3, "duplicate_of": None, "origin": "x",
        }
    )


SPARSE = [f"{year}-0{1 + year % 9}-15" for year in range(2004, 2024) for _ in range(3)] + ["2004-02-01", "2023-05-05"]


def test_long_sparse_coverage_is_counted_by_year():
    assert overview.choose_unit("2004-01-01", "2023-12-31") == "year"
    assert overview.choose_unit("2024-01-01", "2026-12-31", articles=40) == "quarter"  # 12 per quarter would be month
    assert overview.choose_unit("2025-01-01", "2025-01-06", articles=2) == "day"  # a few days stay days
    assert overview.choose_unit("2025-01-01", "2025-01-20", articles=2) == "week"  # two articles in 20 days: weeks
    timeline = overview.over_time(_articles(SPARSE))
    assert timeline.attrs["unit"] == "year" and len(timeline) == 20
    assert timeline["period"].iloc[0] == "2004-01-01" and timeline["articles"].sum() == len(SPARSE)
    assert overview.timeline_table(timeline)["period"].iloc[:2].tolist() == ["2004", "2005"]
    text = " ".join(overview.findings(_articles(SPARSE), {}))
    assert "No year has more than 4 articles (2 years have 4)" in text
    quarters = overview.over_time(_articles(["2025-01-15", "2025-08-01"]), "quarter")
    assert quarters["period"].tolist() == ["2025-01-01", "2025-04-01", "2025-07-01"]


def test_timeline_chart_uses_a_date_axis_labels_its_bars_and_says_one_period_in_words():
    fig = overview.plot_over_time(overview.over_time(_articles(SPARSE)))
    ax = fig.axes[0]
    fig.savefig(io.BytesIO(), format="png")
    labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert 3 <= len(labels) <= 12 and all(re.fullmatch(r"\d{4}", label) for label in labels)
    counts = [t.get_text() for t in ax.texts]
    assert counts.count("3") >= 15 and "4" in counts  # every bar says how many articles it holds
    one = overview.plot_over_time(overview.over_time(_articles(["2026-01-04", "2026-01-04"])))
    assert not one.axes[0].axison and "all 2 dated articles in 2026-01-04" in one.axes[0].texts[0].get_text()


def _mentions(articles):
    rows = []
    for i, aid in enumerate(articles["article_id"]):
        rows.append({"article_id": aid, "start": 0, "end": 6, "text": "Russia", "actor": "Russia",
                     "actor_type": "country", "country": "RUS", "state": "RUS", "method": "table"})
        if i % 2:
            rows.append({"article_id": aid, "start": 0, "end": 6, "text": "Russia", "actor": "China",
                         "actor_type": "country", "country": "CHN", "state": "CHN", "method": "table"})
    return pd.DataFrame(rows)


def test_coverage_over_time_chooses_its_period_and_breaks_at_empty_ones():
    articles = _articles(["2004-03-01", "2004-04-01", "2004-05-01", "2007-01-01", "2007-06-01", "2007-07-01"])
    mentions = _mentions(articles)
    table = F.coverage_over_time(articles, mentions, freq="year", level="state")
    assert table.index.tolist() == ["2004", "2005", "2006", "2007"]
    assert table.loc["2004", "Russia"] == 1.0 and np.isnan(table.loc["2005", "Russia"])  # no article: no share
    assert table.attrs["articles"].tolist() == [3, 0, 0, 3] and table.attrs["freq"] == "year"
    assert F.choose_freq(articles, mentions, "auto") in ("quarter", "year")
    shown = F.coverage_table(table)
    assert shown.columns.tolist() == ["period", "articles", "China", "Russia"]
    page = fmt.show_table(shown, formats={"China": "share", "Russia": "share"})._repr_html_()
    assert "—" in page and "nan" not in page.lower().replace("tex2jax", "")
    fig = plots.coverage_chart(table, "t")
    fig.savefig(io.BytesIO(), format="png")
    line = fig.axes[0].get_lines()[0]
    assert np.isnan(np.asarray(line.get_ydata(), dtype=float)).sum() == 2  # the line breaks, it does not drop to 0
    assert "2 of 4 years hold no article" in fig.axes[1].get_xlabel()
    one = plots.coverage_chart(F.coverage_over_time(articles.head(1), mentions, freq="year", level="state"), "t")
    assert "the one dated article falls in 2004" in one.axes[0].texts[0].get_text()


# -- legible co-occurrence charts with 30 actors -----------------------------------------


def _graph(n=30):
    graph = nx.Graph()
    kinds = ["state", "person", "organisation"]
    for i in range(n):
        graph.add_node(f"Actor number {i} with a long name", kind=kinds[i % 3], mentions=100 - 3 * i)
    for i in range(n):
        for j in range(i + 1, n):
            if (i * j) % 7 == 1 or j == i + 1:
                graph.add_edge(f"Actor number {i} with a long name", f"Actor number {j} with a long name", weight=1 + (i + j) % 9)
    return graph


def test_network_labels_do_not_overlap_and_a_legend_names_the_kinds():
    fig = plots.network_plot(_graph(), "t")
    ax = fig.axes[0]
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(fig).get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.texts if t.get_text().startswith("Actor")]
    assert len(boxes) >= 20
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert {"state", "person", "organisation"} <= set(legend)


def test_heatmap_numbers_are_readable_on_dark_cells():
    graph = _graph()
    fig = plots.heatmap(F.cooccurrence_matrix(graph), "t")
    ax = fig.axes[0]
    numbers = [t for t in ax.texts if t.get_text().isdigit()]
    assert len(numbers) == 2 * graph.number_of_edges()
    top = max(int(t.get_text()) for t in numbers)
    assert {t.get_color() for t in numbers if int(t.get_text()) == top} == {"white"}
    assert all(len(t.get_text()) <= 28 for t in ax.get_yticklabels())


# -- charts label missing states as "—" -----------------------------------------------------


def test_share_chart_labels_a_missing_exporter_with_a_dash():
    table = pd.DataFrame({"share_percent": [80.0], "qualifier": [None], "exporter": [np.nan], "importer": ["Jordan"],
                          "commodity": [None], "period": [np.nan], "source": [None], "sentence": ["s"]})
    fig = figure_views.share_chart(table)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["— → Jordan (no period) #1"] and not any("nan" in label for label in labels)


# -- textacy's keyword in context for checking mentions -----------------------------------


def test_mention_contexts_show_each_occurrence_in_its_own_place():
    text = "Russia said no. Later, in Moscow, Russia said yes to Russia's partners."
    articles = _articles(["2026-01-04"]).assign(text=text)
    starts = [m.start() for m in re.finditer("Russia", text)]
    mentions = pd.DataFrame(
        [{"article_id": "a0", "start": s, "end": s + 6, "text": "Russia", "actor": "Russia", "actor_type": "country",
          "country": "RUS", "state": "RUS", "method": "table"} for s in starts]
    )
    kwic = F.mention_contexts(articles, mentions, window=12)
    assert kwic.columns.tolist() == ["article_id", "published", "left", "mention", "right", "actor", "kind", "country", "method"]
    assert kwic["left"].tolist() == ["", "in Moscow, ", "said yes to "]
    assert kwic["mention"].tolist() == ["Russia"] * 3
    assert kwic["right"].tolist()[0] == " said no. La"


# -- the index states findings, ranked as the notebooks rank -------------------------------


def _figure(article_id, n, value, unit, exporter, importer, period, source=None, qualifier=None):
    return {"article_id": article_id, "figure_id": f"{article_id}:f{n:03d}", "text": str(value), "sentence": "s",
            "start": n, "end": n + 1, "value": value, "unit": unit, "approximate": qualifier is not None,
            "qualifier": qualifier, "commodity": "crude", "exporter": exporter, "importer": importer,
            "period": period, "source": source}


def test_index_findings_name_the_largest_flow_with_period_source_and_share():
    from analysis.report import index

    articles = _articles(["2026-01-04", "2026-01-05", "2026-01-05"]).assign(duplicate_of=[None, None, "a0"])

    class Tables:
        pass

    tables = Tables()
    tables.articles = articles
    tables.actor_mentions = _mentions(articles)
    tables.quotes = pd.DataFrame(
        [{"article_id": "a0", "quote_id": "q1", "text": "We will", "start": 0, "end": 7, "speaker": "Lavrov",
          "speaker_start": 0, "speaker_end": 6, "speaker_actor": "Sergey Lavrov", "speaker_country": "RUS",
          "cue": "say", "kind": "direct"}]
    )
    tables.figures = pd.DataFrame(
        [
            _figure("a0", 1, 746000.0, "barrels_per_day", "VEN", "CHN", "2025-11", "Reuters", "about"),
            _figure("a0", 2, 80.0, "percent", "VEN", "CHN", "2025-11", "Reuters", "about"),
            _figure("a1", 1, 900000.0, "barrels_per_day", "RUS", "CHN", "2024-05", "Kpler"),
            _figure("a1", 2, 1000000.0, "barrels_per_day", "RUS", "IND", "2025-12", "LSEG"),
            _figure("a2", 1, 5000000.0, "barrels_per_day", "SAU", "CHN", "2025-12", "copy"),  # a copy: not counted
        ]
    )
    heads = index.headlines(tables)
    texts = [f["text"] for f in heads.findings]
    hrefs = [f["href"] for f in heads.findings]
    assert hrefs == ["02_actor_frequency.html", "03_quote_attribution.html", "04_oil_trade_figures.html"]
    assert texts[0] == "Most covered: Russia, 2 mentions in 2 articles; then China (1)."  # the copy a2 not counted
    assert "Sergey Lavrov" in texts[1]
    # notebook 04's own ranking: the latest level of each flow, largest first
    ranked = figure_views.flows(figure_views.select_figures(tables.figures, articles))
    assert ranked.iloc[0]["flow"] == "Russia → India"
    assert texts[2] == "Largest reported flow: Russia → India 1,000,000 bpd, 2025-12, per LSEG."
    tables.figures = tables.figures[tables.figures["exporter"] == "VEN"]
    line = index.headlines(tables).findings[-1]["text"]
    assert line == ("Largest reported flow: Venezuela → China ≈746,000 bpd, 2025-11, per Reuters; "
                    "a share of ≈80% reported for the same flow.")
