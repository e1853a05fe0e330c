"""Accuracy on real news: the held-out Wikinews gold (offsets into the shared corpus).

Skips where ``../shared`` is absent. The floors sit just under the first-contact scores
in ``tests/gold/wikinews_heldout/README.md``: a rule change that loses ground on real
text it was never tuned on fails here.
"""

from __future__ import annotations

import json

import pytest

from tests.gold.wikinews_heldout import gold

pytestmark = pytest.mark.skipif(gold.available() is not None, reason=gold.available() or "")


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    from tests.gold.wikinews_heldout.score import score

    return score({"direct", "partial"}, tmp_path_factory.mktemp("heldout"))


def test_every_gold_file_points_at_its_text_and_holds_no_article_text():
    assert len(gold.gold_files()) == 10
    for path in gold.gold_files():
        data = json.loads(path.read_text(encoding="utf-8"))
        assert set(data) == {"id", "url", "text_sha256", "actors", "quotes"}
        assert all(isinstance(v, int) for q in data["quotes"] for k, v in q.items() if k.endswith(("start", "end")))


def test_quotes_on_held_out_real_news(scores):
    assert scores["quote_f1"] >= 0.90
    assert scores["speaker_acc"] >= 0.78


def test_actors_on_held_out_real_news(scores):
    assert scores["actor_f1"] >= 0.90
