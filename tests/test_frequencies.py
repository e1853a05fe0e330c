"""Actor frequencies over small hand-built tables (no parsing)."""

from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest

from analysis.views import frequencies as F

TEXT_A = "Moscow backed Caracas. Mr. Lavrov met U.S. officials. Russia and China agreed."
TEXT_B = "China bought Venezuelan oil. Beijing said so."


def _m(article_id, text, sub, actor, actor_type, country, occurrence=0, state="same"):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(sub, start + 1)
    return {
        "article_id": article_id, "start": start, "end": start + len(sub), "text": sub,
        "actor": actor, "actor_type": actor_type, "country": country,
        "state": country if state == "same" else state, "method": "table",
    }


@pytest.fixture()
def tables():
    articles = pd.DataFrame(
        [
            {"article_id": "a", "title": "A", "source": "Reuters", "url": None, "published": "2026-01-04",
             "language": "en", "text": TEXT_A, "n_words": 12, "duplicate_of": None, "origin": "a.txt"},
            {"article_id": "b", "title": "B", "source": "AP", "url": None, "published": "2026-02-10",
             "language": "en", "text": TEXT_B, "n_words": 7, "duplicate_of": None, "origin": "b.txt"},
            {"article_id": "c", "title": "B again", "source": "AP", "url": None, "published": "2026-02-11",
             "language": "en", "text": TEXT_B, "n_words": 7, "duplicate_of": "b", "origin": "c.txt"},
            {"article_id": "d", "title": "undated", "source": None, "url": None, "published": None,
             "language": "en", "text": "Nothing here.", "n_words": 2, "duplicate_of": None, "origin": "d.txt"},
        ]
    )
    rows = [
        _m("a", TEXT_A, "Moscow", "Russia", "country", "RUS"),
        _m("a", TEXT_A, "Caracas", "Venezuela", "country", "VEN"),
        _m("a", TEXT_A, "Mr. Lavrov", "Sergey Lavrov", "person", "RUS"),
        _m("a", TEXT_A, "U.S. officials", "United States", "group", "USA"),
        _m("a", TEXT_A, "Russia", "Russia", "country", "RUS"),
        _m("a", TEXT_A, "China", "China", "country", "CHN"),
    ]
    for aid in ("b", "c"):
        rows += [
            _m(aid, TEXT_B, "China", "China", "country", "CHN"),
            _m(aid, TEXT_B, "Venezuelan", "Venezuela", "country", "VEN"),
            _m(aid, TEXT_B, "Beijing", "China", "country", "CHN"),
        ]
    return articles, pd.DataFrame(rows)


def test_actor_level_counts_mentions_and_articles(tables):
    freq = F.actor_frequencies(*tables)
    assert list(freq.columns) == [
        "actor", "kind", "country", "mentions", "articles", "share_of_articles", "share_of_mentions",
    ]
    top = freq.iloc[0]
    assert (top["actor"], top["mentions"], top["articles"]) == ("China", 3, 2)
    assert top["share_of_articles"] == pytest.approx(2 / 3)  # duplicate c left out; d counts
    lavrov = freq.set_index("actor").loc["Sergey Lavrov"]
    assert (lavrov["kind"], lavrov["country"]) == ("person", "RUS")
    assert freq.set_index("actor").loc["United States", "kind"] == "state"  # a group for a state
    assert freq["share_of_mentions"].sum() == pytest.approx(1.0)


def test_duplicates_switch(tables):
    once = F.actor_frequencies(*tables).set_index("actor")
    twice = F.actor_frequencies(*tables, count_duplicates=True).set_index("actor")
    assert once.loc["China", "mentions"] == 3
    assert twice.loc["China", "mentions"] == 5
    assert twice.loc["China", "articles"] == 3


def test_state_level_counts_people_toward_their_state(tables):
    freq = F.actor_frequencies(*tables, level="state").set_index("actor")
    assert freq.loc["Russia", "mentions"] == 3  # Moscow, Mr. Lavrov, Russia
    assert set(freq["kind"]) == {"state"}
    assert freq.loc["Russia", "country"] == "RUS"


def test_state_level_rolls_up_by_state_not_by_where_an_actor_is_based(tables):
    articles, mentions = tables
    text = "Exports rose, according to Reuters and Kpler. Rosneft agreed."
    extra = pd.DataFrame([
        _m("d", text, "Reuters", "Reuters", "organisation", "GBR", state=None),  # a news agency
        _m("d", text, "Kpler", "Kpler", "organisation", "FRA", state=None),  # a data firm
        _m("d", text, "Rosneft", "Rosneft", "organisation", "RUS"),  # a state company
    ])
    articles = articles.assign(text=[t if a != "d" else text for a, t in zip(articles["article_id"], articles["text"])])
    freq = F.actor_frequencies(articles, pd.concat([mentions, extra], ignore_index=True), level="state").set_index("actor")
    assert "United Kingdom" not in freq.index and "France" not in freq.index
    assert freq.loc["Russia", "mentions"] == 4  # Moscow, Mr. Lavrov, Russia and Rosneft


def test_filters_and_top_n(tables):
    people = F.actor_frequencies(*tables, kinds=["person"])
    assert list(people["actor"]) == ["Sergey Lavrov"]
    assert len(F.actor_frequencies(*tables, top_n=2)) == 2
    assert list(F.actor_frequencies(*tables, min_mentions=3)["actor"]) == ["China"]
    january = F.actor_frequencies(*tables, date_from="2026-01-01", date_to="2026-01-31")
    assert "Beijing" not in set(january["actor"]) and january.set_index("actor").loc["China", "mentions"] == 1
    assert F.actor_frequencies(*tables, actor_types=["group"])["actor"].tolist() == ["United States"]
    with pytest.raises(ValueError):
        F.actor_frequencies(*tables, level="planet")


def test_grouped_by_source_and_month(tables):
    by_source = F.grouped_frequencies(*tables, group_by="source")
    ap = by_source[by_source["group"] == "AP"].set_index("actor")
    assert ap.loc["China", "mentions"] == 2 and ap.loc["China", "share_of_coverage"] == 1.0
    assert "(unknown)" not in set(by_source["group"])  # the undated one has no mentions
    by_month = F.grouped_frequencies(*tables, group_by="month", level="state")
    assert sorted(set(by_month["group"])) == ["2026-01", "2026-02"]
    weeks = F.grouped_frequencies(*tables, group_by="week")
    assert set(weeks["group"]) == {"2025-12-29", "2026-02-09"}  # weeks start on Monday
    with pytest.raises(ValueError):
        F.grouped_frequencies(*tables, group_by="year")


def test_coverage_by_source_is_one_row_per_source_one_column_per_actor(tables):
    table = F.coverage_by_source(*tables, actors=["China", "Russia"])
    assert list(table.columns) == ["source", "China", "Russia"]
    shares = table.set_index("source")
    assert shares.loc["AP", "China"] == 1.0 and shares.loc["AP", "Russia"] == 0  # AP never names Russia
    assert shares.loc["Reuters", "Russia"] == 1.0


def test_strong_ties_thin_a_dense_graph_only():
    sparse = nx.Graph()
    sparse.add_edge("A", "B", weight=1)
    sparse.add_edge("B", "C", weight=3)
    kept, strong = F.strong_ties(sparse)
    assert strong == 1 and kept.number_of_edges() == 2
    dense = nx.complete_graph(9)  # 36 edges on 9 nodes: more than three a node
    nx.set_edge_attributes(dense, 1, "weight")
    dense[0][1]["weight"] = 2
    kept, strong = F.strong_ties(dense)
    assert strong == 2 and list(kept.edges) == [(0, 1)]


def test_selection_facts_count_what_select_kept(tables):
    articles, mentions = F.select(*tables, actor_types=["person"])
    facts = F.selection_facts(articles, mentions, count_duplicates=False)
    assert facts == {"articles selected": 3, "actor mentions": 1, "distinct actors": 1, "duplicates counted": False}


def test_coverage_over_time_pivot(tables):
    table = F.coverage_over_time(*tables, freq="month", actors=["China", "Russia"])
    assert list(table.columns) == ["China", "Russia"]
    assert table.loc["2026-01", "Russia"] == 1.0 and table.loc["2026-02", "Russia"] == 0


def test_per_article(tables):
    frame = F.per_article(*tables)
    row = frame[(frame["article_id"] == "a") & (frame["actor"] == "Russia")]
    assert int(row["mentions"].iloc[0]) == 2


def test_cooccurrence_sentence_vs_article(tables):
    sent = F.cooccurrence_graph(*tables, scope="sentence")
    art = F.cooccurrence_graph(*tables, scope="article")
    assert isinstance(sent, nx.Graph)
    assert sent.has_edge("Russia", "Venezuela") and sent["Russia"]["Venezuela"]["weight"] == 1
    assert not sent.has_edge("Sergey Lavrov", "China")  # different sentences
    assert art.has_edge("Sergey Lavrov", "China")
    assert art["China"]["Venezuela"]["weight"] == 2  # articles a and b
    assert sent.nodes["China"]["mentions"] == 3
    matrix = F.cooccurrence_matrix(sent)
    assert (matrix.values == matrix.values.T).all() and matrix.loc["China", "Russia"] == 1
    pairs = F.strongest_pairs(art, 1)
    assert pairs.iloc[0].tolist() == ["China", "Venezuela", 2]
    with pytest.raises(ValueError):
        F.cooccurrence_graph(*tables, scope="paragraph")


def test_sentence_spans_respect_abbreviations():
    text = "Mr. Lavrov met U.S. Army officials. “Good,” he said. On Jan. 4 it ended.\n\nNew one"
    spans = F.sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "Mr. Lavrov met U.S. Army officials.", "“Good,” he said.", "On Jan. 4 it ended.", "New one",
    ]
    assert F.sentence_spans("") == []


def test_mention_sentences(tables):
    frame = F.mention_sentences(*tables, actors=["Sergey Lavrov"])
    assert frame.iloc[0]["sentence"] == "Mr. Lavrov met U.S. officials."
    assert frame.iloc[0]["mention"] == "Mr. Lavrov"


def test_findings_are_built_from_the_data(tables):
    lines = F.findings(*tables)
    assert lines[0].startswith("China is the state the coverage is most about: 3 mentions in 2 of 3")
    assert any("Sergey Lavrov (Russia)" in line for line in lines)
    empty = F.findings(tables[0], tables[1].iloc[0:0])
    assert empty == ["No actor mentions in the 3 article(s) selected."]


def test_empty_mentions_give_empty_frames(tables):
    articles, mentions = tables
    none = mentions.iloc[0:0]
    assert F.actor_frequencies(articles, none).empty
    assert F.grouped_frequencies(articles, none).empty
    assert F.coverage_over_time(articles, none).empty
    assert F.cooccurrence_graph(articles, none).number_of_nodes() == 0
    assert F.mention_sentences(articles, none).empty
