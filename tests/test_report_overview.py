"""The corpus overview and the index's headlines, on small hand-made tables."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.report import index
from analysis.views import overview
from analysis.views.notebook import escape_markdown, findings_markdown, resolve_path


def _articles(rows):
    columns = ["article_id", "title", "source", "url", "published", "language", "text", "n_words", "duplicate_of", "origin"]
    return pd.DataFrame([{c: r.get(c) for c in columns} for r in rows], columns=columns)


ARTICLES = _articles(
    [
        {"article_id": "a", "title": "A", "source": "Reuters", "published": "2025-12-01", "n_words": 100},
        {"article_id": "b", "title": "B", "source": "Reuters", "published": "2025-12-03", "n_words": 300},
        {"article_id": "c", "title": "C", "source": "AP", "published": "2025-12-03", "n_words": 200},
        {"article_id": "d", "title": "B again", "source": "Yahoo", "published": "2025-12-04", "n_words": 300, "duplicate_of": "b"},
        {"article_id": "e", "title": "E", "source": None, "published": None, "n_words": 50},
    ]
)
REPORT = {
    "files_read": 2,
    "records_read": 7,
    "skipped": [
        {"file": "x.jsonl", "locator": "line 3", "reason": "invalid JSON: Expecting value (column 9)"},
        {"file": "x.jsonl", "locator": "line 4", "reason": "no text field (looked for text, body; fields present: id)"},
    ],
    "duplicates": [{"article_id": "d", "duplicate_of": "b", "kind": "exact"}],
    "fingerprint": "f" * 64,
}


def test_summary_counts():
    s = overview.summarize(ARTICLES, REPORT)
    assert (s.articles, s.unique, s.duplicates, s.sources, s.unknown_source) == (5, 4, 1, 3, 1)
    assert (s.first_date, s.last_date, s.undated) == ("2025-12-01", "2025-12-04", 1)
    assert (s.skipped, s.records_read, s.words_total) == (2, 7, 950)


def test_over_time_fills_gaps_and_counts_copies_apart():
    timeline = overview.over_time(ARTICLES, "day")
    assert timeline.to_dict("list") == {
        "period": ["2025-12-01", "2025-12-02", "2025-12-03", "2025-12-04"],
        "articles": [1, 0, 2, 0],
        "duplicates": [0, 0, 0, 1],
    }
    weekly = overview.over_time(ARTICLES, "week")
    assert weekly["period"].tolist() == ["2025-12-01"] and weekly["articles"].tolist() == [3]
    assert overview.choose_unit("2025-01-01", "2025-01-20") == "day"
    assert overview.choose_unit("2025-01-01", "2025-03-20") == "week"
    assert overview.choose_unit("2025-01-01", "2025-12-20") == "month"
    monthly = overview.over_time(_articles([
        {"article_id": "x", "published": "2025-01-31", "n_words": 1},
        {"article_id": "y", "published": "2025-04-02", "n_words": 1},
    ]), "month")
    assert monthly["period"].tolist() == ["2025-01-01", "2025-02-01", "2025-03-01", "2025-04-01"]
    with pytest.raises(ValueError):
        overview.over_time(ARTICLES, "fortnight")


def test_by_source_lengths_duplicates_and_skips():
    sources = overview.by_source(ARTICLES)
    assert sources["source"].tolist() == ["Reuters", "(unknown source)", "AP", "Yahoo"]
    assert sources.set_index("source").loc["Yahoo", ["articles", "duplicates"]].tolist() == [0, 1]
    stats = overview.lengths(ARTICLES).set_index("statistic")["words"]
    assert (stats["shortest"], stats["median"], stats["longest"]) == (50, 150.0, 300)
    dups = overview.duplicates(ARTICLES, REPORT)
    assert dups[["article_id", "duplicate_of", "first_title", "kind"]].values.tolist() == [["d", "b", "B", "exact"]]
    assert overview.skip_reasons(REPORT).values.tolist() == [["invalid JSON", 1], ["no text field", 1]]
    assert overview.skipped(REPORT)["where"].tolist() == ["line 3", "line 4"]


def test_findings_are_written_from_the_data():
    lines = overview.findings(ARTICLES, REPORT, "day")
    text = "\n".join(lines)
    assert "4 unique articles from 3 sources, published between 2025-12-01 and 2025-12-04" in text
    assert "1 article (20%) carries no publication date and is left out of the timeline" in text
    assert "1 article names no source." in text
    assert "The largest source is Reuters with 2 articles (50% of unique articles)" in text
    assert "The busiest day is 2025-12-03 with 2 articles; 2 of the 4 days in the range have none" in text
    assert "1 article repeats an earlier one (1 exact) and is counted once" in text
    assert "2 records could not be used: invalid JSON (1); no text field (1)" in text
    one_quiet = "\n".join(overview.findings(ARTICLES.iloc[:3], {"records_read": 3}, "day"))
    assert "1 of the 3 days in the range has none." in one_quiet
    other = overview.findings(ARTICLES.iloc[:1], {"records_read": 1}, "day")
    assert other != lines
    assert "Every one of the 1 record read was loaded." in other
    assert overview.findings(ARTICLES.iloc[:0], {"records_read": 2, "skipped": [{}, {}]}) == [
        "The corpus loaded no article.",
        "All 2 record(s) read were skipped; see the skipped records below.",
    ]


def test_charts_render_with_hostile_labels():
    hostile = _articles([{"article_id": "h", "source": "$\\alert$ <b>x</b>", "published": "2025-01-01", "n_words": 3}])
    for fig in (
        overview.plot_over_time(overview.over_time(hostile)),
        overview.plot_sources(overview.by_source(hostile)),
        overview.plot_lengths(hostile),
        overview.plot_over_time(overview.over_time(hostile.iloc[:0])),
    ):
        assert index.png_data_uri(fig).startswith("data:image/png;base64,")


def test_markdown_escaping_makes_article_text_inert():
    hostile = "<script>x()</script> **bold** [a](javascript:y) `code` $math$ # head"
    assert "<" not in escape_markdown(hostile)
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    rendered = markdown2html_mistune(findings_markdown([hostile])).split("</h3>", 1)[1]
    for tag in ("<script", "<strong", "<a ", "<code", "<h1"):
        assert tag not in rendered
    assert "&lt;script&gt;x()&lt;/script&gt; **bold** [a](javascript:y) `code` $math$ # head" in rendered


def test_paths_resolve_from_the_repository_root(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert resolve_path("seeds/").endswith("/seeds/")
    assert resolve_path("seeds/").startswith("/")
    assert resolve_path("no/such/place") == "no/such/place"


def test_headlines_count_unique_articles_only():
    class Tables:
        articles = ARTICLES
        actor_mentions = pd.DataFrame(
            [
                {"article_id": "a", "actor": "Russia", "actor_type": "country", "country": "RUS", "state": "RUS"},
                {"article_id": "b", "actor": "Russia", "actor_type": "country", "country": "RUS", "state": "RUS"},
                {"article_id": "d", "actor": "Russia", "actor_type": "country", "country": "RUS", "state": "RUS"},
                {"article_id": "d", "actor": "China", "actor_type": "country", "country": "CHN", "state": "CHN"},
                {"article_id": "c", "actor": "China", "actor_type": "country", "country": "CHN", "state": "CHN"},
            ]
        )
        quotes = pd.DataFrame(
            [
                {"article_id": "a", "speaker": "Mr. Lavrov", "speaker_actor": "Sergey Lavrov", "speaker_country": "RUS"},
                {"article_id": "b", "speaker": "Lavrov", "speaker_actor": "Sergey Lavrov", "speaker_country": "RUS"},
                {"article_id": "c", "speaker": "Zhu", "speaker_actor": None, "speaker_country": None},
                {"article_id": "c", "speaker": None, "speaker_actor": None, "speaker_country": None},
            ]
        )
        figures = pd.DataFrame([{"article_id": "a", "unit": "percent"}, {"article_id": "d", "unit": "percent"}])

    heads = index.headlines(Tables())
    assert [(a["actor"], a["mentions"]) for a in heads.top_actors] == [("Russia", 2), ("China", 1)]
    assert [(a["actor"], a["mentions"]) for a in heads.top_states] == [("Russia", 2), ("China", 1)]
    assert [(s["actor"], s["quotes"]) for s in heads.top_speakers] == [("Sergey Lavrov", 2), ("Zhu", 1)]
    assert heads.figures == 1 and heads.quotes == 4 and heads.mentions == 3
    assert heads.figures_by_unit == [{"unit": "percent", "figures": 1}]
