"""Quote attribution against the hand-made gold (tests/gold/quotes), beside textacy.

Targets (issue 5): quote F1 ≥ 0.95 and speaker accuracy ≥ 0.90. The floors below are
those targets; what was measured when they were set is in the comments (the extractor
was developed against this gold, so tests/test_quotes_heldout.py checks text it was not
tuned on). Figures: ``.venv/bin/python -m tests.gold.score_quotes``.
"""

from __future__ import annotations

import pytest

from tests.gold import score_quotes

F1_FLOOR = 0.95  # measured 1.000 (151 gold quotes in 15 articles)
SPEAKER_FLOOR = 0.90  # measured 1.000 over matched gold quotes
KIND_RECALL_FLOOR = 0.90  # measured 1.000 for direct and for partial quotes


@pytest.fixture(scope="module")
def tallies(nlp):
    gold = score_quotes.load_gold()
    if not gold:
        pytest.skip("no quote gold under tests/gold/quotes")
    return score_quotes.evaluate(gold, nlp=nlp)


@pytest.mark.slow
def test_quote_f1_and_speaker_accuracy_reach_the_targets(tallies):
    ours = tallies["newslens"]
    assert ours.f1 >= F1_FLOOR, ours.summary()
    assert ours.speaker_accuracy >= SPEAKER_FLOOR, [e for e in ours.errors if e["type"] == "speaker"]
    assert ours.speaker_accuracy_all >= SPEAKER_FLOOR
    for kind, (gold, matched) in ours.by_kind.items():
        assert matched / gold >= KIND_RECALL_FLOOR, (kind, ours.summary())


@pytest.mark.slow
def test_newslens_beats_textacy_on_the_same_gold(tallies):
    ours, theirs = tallies["newslens"], tallies["textacy"]
    assert ours.f1 > theirs.f1
    assert ours.speaker_accuracy_all > theirs.speaker_accuracy_all
    # textacy finds no partial quote it can tell from a direct one and raises on an
    # odd number of marks; the scorer counts such an article as producing nothing.
    assert not ours.failed_articles


def test_textacy_failure_counts_as_no_quotes():
    tally = score_quotes.Tally()
    gold = [{"text": "We will respond,", "speaker": "Rubio", "kind": "direct"}]
    score_quotes.score_article("odd", gold, None, tally)
    assert (tally.gold, tally.predicted, tally.matched, tally.failed_articles) == (1, 0, 0, ["odd"])


def test_matching_uses_word_overlap_at_f_0_8():
    gold = [{"text": "We will respond to any aggression,", "speaker": "X", "kind": "direct"}]
    close = [{"text": "We will respond to any aggression", "speaker": "x", "kind": "direct"}]
    far = [{"text": "We will respond", "speaker": "X", "kind": "direct"}]
    assert score_quotes.match(gold, close) == [(0, 0, 1.0)]
    assert score_quotes.match(gold, far) == []  # 3 of 6 words: F = 0.67
    tally = score_quotes.Tally()
    score_quotes.score_article("a", gold, close, tally)
    assert tally.speaker_right == 1  # speakers compare case-insensitively
