"""Notebook 03 (quote attribution): committed clean, runs under papermill on seeds/,
shows who is quoted, voice against mentions, the quote table and findings; plus the
summary functions it calls, on small hand-built tables."""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis.views import quotes as summary
from tests import _report_runs as runs

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "analysis" / "notebooks" / "03_quote_attribution.ipynb"


def test_committed_notebook_is_clean_and_parameterised():
    names = runs.parameter_names(runs.committed_parameters(NOTEBOOK))
    assert {"corpus", "tables_dir", "speaker", "actor", "keyword", "kinds", "top_n"} <= names


@pytest.fixture(scope="module")
def executed():
    return runs.seeds_notebook(NOTEBOOK.stem)


@pytest.mark.slow
def test_notebook_runs_on_seeds_and_shows_the_quotes(executed):
    errors = [o for o in runs.outputs(executed) if o.get("output_type") == "error"]
    assert not errors, errors
    text = runs.outputs_text(executed)
    for expected in ("Zhu Jingyang", "Russian Foreign Ministry", "Chinese officials", "reconsider", "Findings"):
        assert expected in text, expected
    assert "The most quoted speaker is" in text
    assert "Russia speaks in 6 of 9 quotes" in text  # Moscow, Kremlin, Mr. Lavrov and the ministry: 6 of 9
    images = [o for o in runs.outputs(executed) if "image/png" in o.get("data", {})]
    assert len(images) >= 3  # people, states, voice against mentions


@pytest.mark.slow
def test_notebook_counts_a_copied_story_once_in_its_findings():
    # The multi-article fixture has five stories and one copy (m4 of m2): quotes of the
    # copy are left out, so the articles they are counted against leave it out too.
    run = runs.multi_run()
    nb = nbformat.read(run.run_dir / f"{NOTEBOOK.stem}.ipynb", as_version=4)
    findings = [o for o in runs.outputs(nb) if "text/markdown" in o.get("data", {})][-1]["data"]["text/markdown"]
    assert re.search(r"quotes? \\\(.*\\\) in \d of 5 article\\\(s\\\)", findings), findings


# -- summary functions on hand-built tables -----------------------------------------


def _quote(article_id, n, text, speaker, actor, country, kind="direct", start=0):
    return {
        "article_id": article_id, "quote_id": f"{article_id}:q{n:03d}", "text": text, "start": start,
        "end": start + len(text), "speaker": speaker, "speaker_start": None, "speaker_end": None,
        "speaker_actor": actor, "speaker_country": country, "cue": "say", "kind": kind,
    }


def _mention(article_id, start, actor, actor_type, country):
    return {"article_id": article_id, "start": start, "end": start + 3, "text": actor, "actor": actor,
            "actor_type": actor_type, "country": country, "state": country, "method": "test"}


@pytest.fixture()
def frames():
    articles = pd.DataFrame(
        [
            {"article_id": "a", "title": "Moscow backs Caracas", "source": "X", "published": "2026-01-04",
             "duplicate_of": None},
            {"article_id": "b", "title": "Copy", "source": "Y", "published": "2026-01-04", "duplicate_of": "a"},
        ]
    )
    quotes = pd.DataFrame(
        [
            _quote("a", 1, "We will keep supporting Venezuela.", "Mr. Lavrov", "Sergey Lavrov", "RUS", start=10),
            _quote("a", 2, "legitimately elected", "Kremlin", "Russia", "RUS", kind="partial", start=50),
            _quote("a", 3, "We ask the United States to respect the law.", "Zhu Jingyang", "Zhu Jingyang", "CHN", start=90),
            _quote("a", 4, "No comment.", None, None, None, start=150),
            _quote("b", 1, "We will keep supporting Venezuela.", "Mr. Lavrov", "Sergey Lavrov", "RUS", start=10),
        ]
    )
    mentions = pd.DataFrame(
        [
            _mention("a", 0, "Venezuela", "country", "VEN"),
            _mention("a", 5, "Venezuela", "country", "VEN"),
            _mention("a", 6, "Venezuela", "country", "VEN"),
            _mention("a", 7, "Sergey Lavrov", "person", "RUS"),
            _mention("a", 8, "China", "country", "CHN"),
            _mention("a", 9, "Zhu Jingyang", "person", "CHN"),
            _mention("b", 0, "Venezuela", "country", "VEN"),
        ]
    )
    return quotes, articles, mentions


def test_select_quotes_filters_and_drops_copies(frames):
    quotes, articles, mentions = frames
    selected = summary.select_quotes(quotes, articles, mentions)
    assert list(selected["quote_id"]) == ["a:q001", "a:q002", "a:q003", "a:q004"]
    assert list(summary.select_quotes(quotes, articles, mentions, actor="Russia")["quote_id"]) == ["a:q001", "a:q002"]
    assert list(summary.select_quotes(quotes, articles, mentions, actor="sergey lavrov")["quote_id"]) == ["a:q001"]
    assert list(summary.select_quotes(quotes, articles, mentions, speaker="zhu")["quote_id"]) == ["a:q003"]
    assert list(summary.select_quotes(quotes, articles, mentions, keyword="LAW")["quote_id"]) == ["a:q003"]
    assert list(summary.select_quotes(quotes, articles, mentions, kinds=["partial"])["quote_id"]) == ["a:q002"]
    assert len(summary.select_quotes(quotes, articles, mentions, count_duplicates=True)) == 5


def test_quote_facts_say_a_kind_left_out_instead_of_zero(frames):
    quotes, articles, mentions = frames
    kinds = ["direct", "partial"]
    facts = summary.quote_facts(summary.select_quotes(quotes, articles, mentions, kinds=kinds), articles, kinds)
    assert facts["quotes selected"] == 4 and facts["direct"] + facts["partial"] == 4
    assert facts["indirect"] == "not counted (see kinds)"
    every = summary.quote_facts(summary.select_quotes(quotes, articles, mentions, kinds=None), articles, None)
    assert isinstance(every["indirect"], int)


def test_top_speakers_and_voice_against_mentions(frames):
    quotes, articles, mentions = frames
    selected = summary.select_quotes(quotes, articles, mentions)
    top = summary.top_speakers(selected, 10)
    assert list(top["speaker"]) == ["Zhu Jingyang", "Sergey Lavrov", "Russia"]  # ties: more words first
    assert list(summary.top_speakers(selected, 10, kind="person")["speaker"]) == ["Zhu Jingyang", "Sergey Lavrov"]
    voice = summary.voice_vs_mentions(selected, articles, mentions).set_index("country")
    # copies of a story count once: 3 Venezuela, 1 Lavrov (Russia), 2 China mentions
    assert voice.loc["VEN", "mentions"] == 3 and voice.loc["VEN", "quotes"] == 0
    assert voice.loc["RUS", "share_of_quotes"] == pytest.approx(2 / 3)
    assert voice.loc["RUS", "share_of_mentions"] == pytest.approx(1 / 6)
    assert voice.loc["VEN", "voice_gap"] == pytest.approx(-3 / 6)
    lines = summary.findings(selected, summary.voice_vs_mentions(selected, articles, mentions), 1)
    assert lines[0].startswith("4 quotes (3 direct, 1 partial) in 1 of 1 article(s); 3 (75%) name a speaker")
    assert any(line.startswith("Venezuela is talked about more than it talks: 50%") for line in lines)
    table = summary.quote_table(selected, width=12)
    assert list(table.columns) == ["article", "speaker", "actor", "state", "kind", "cue", "quote"]
    assert table.loc[0, "article"] == "Moscow backs Caracas" and table.loc[0, "quote"] == "We will kee…"


def test_findings_without_quotes():
    empty = pd.DataFrame(columns=["article_id", "text", "speaker", "speaker_actor", "speaker_country", "kind"])
    assert summary.findings(empty, pd.DataFrame(), 3) == ["No quotes in the 3 article(s) selected."]


def test_findings_are_plain_sentences_safe_to_render(frames):
    from analysis.views.notebook import findings_markdown

    quotes, articles, mentions = frames
    quotes.loc[0, "speaker_actor"] = "<script>alert(1)</script>"
    selected = summary.select_quotes(quotes, articles, mentions)
    markdown = findings_markdown(summary.findings(selected, summary.voice_vs_mentions(selected, articles, mentions), 1))
    assert "<script>" not in markdown
    json.dumps(summary.quote_table(selected).to_dict("records"))  # plain values only


def test_voice_by_kind_counts_each_kind_per_state_and_says_which_kinds(frames):
    quotes, articles, mentions = frames
    quotes = pd.concat(
        [quotes, pd.DataFrame([_quote("a", 5, "the talks had stalled", "Mr. Lavrov", "Sergey Lavrov", "RUS",
                                      kind="indirect", start=200)])],
        ignore_index=True,
    )
    every = summary.select_quotes(quotes, articles, mentions, kinds=None)
    table = summary.voice_by_kind(every, None)
    assert list(table.columns) == ["state", "country", "direct", "partial", "indirect", "quotes"]
    rows = {r.country: (r.direct, r.partial, r.indirect, r.quotes) for r in table.itertuples()}
    assert rows["RUS"] == (1, 1, 1, 3) and rows["CHN"] == (1, 0, 0, 1)
    assert table.iloc[-1]["state"] == "(no state)" and table.iloc[-1]["quotes"] == 1
    marked = summary.voice_by_kind(summary.select_quotes(quotes, articles, mentions), ["direct", "partial"])
    assert "indirect" not in marked.columns and int(marked["quotes"].sum()) == 4
    assert "Left out: indirect" in summary.counted_kinds(["direct", "partial"])
    assert "Left out" not in summary.counted_kinds(None) and "indirect (reported" in summary.counted_kinds(None)
