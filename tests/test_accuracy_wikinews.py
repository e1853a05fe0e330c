"""Accuracy on real news: the held-out Wikinews gold (offsets into the shared corpus).

Skips where ``../shared`` is absent. The ten articles were held out for one session and
are development data since; the floors sit just under their scores in
``tests/gold/wikinews_heldout/README.md``, so a rule change that loses ground on real
text fails here. Reported speech is precision first: its floor is on precision.
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


@pytest.fixture(scope="module")
def indirect_scores(tmp_path_factory):
    from tests.gold.wikinews_heldout.score import score

    return score({"indirect"}, tmp_path_factory.mktemp("heldout-indirect"))


def test_every_gold_file_points_at_its_text_and_holds_no_article_text():
    assert len(gold.gold_files()) == 10
    for path in gold.gold_files():
        data = json.loads(path.read_text(encoding="utf-8"))
        assert set(data) == {"id", "url", "text_sha256", "actors", "quotes"}
        assert all(isinstance(v, int) for q in data["quotes"] for k, v in q.items() if k.endswith(("start", "end")))


def test_quotes_on_held_out_real_news(scores):
    assert scores["quote_f1"] >= 0.95
    assert scores["speaker_acc"] >= 0.87


def test_reported_speech_on_real_news_is_precise(indirect_scores):
    # ha-08 keeps "announced A, and that B" as one row; the later gold (hb, hc, hf, hi, ht and
    # its review) gives two, as the extractor now does: two spurious rows against this gold
    assert indirect_scores["quote_p"] >= 0.85
    assert indirect_scores["quote_r"] >= 0.60


def test_reported_speech_on_the_second_dev_set(tmp_path):
    from tests.gold.wikinews_heldout.score import score

    result = score({"indirect"}, tmp_path, gold.HERE.parent / "wikinews_dev2")
    # dev2-07's "claims A, and that B" is one row, the exception the ht review names
    assert result["quote_p"] >= 0.93
    assert result["quote_r"] >= 0.80


def test_actors_on_held_out_real_news(scores):
    assert scores["actor_f1"] >= 0.92


# Held-out sets are scored here for their aggregates only (never tuned on; README of each):
# the floors sit just under the scores after the session that last changed a rule, so a
# change that loses ground on unseen text fails, and nothing here shows which article.
HELD_OUT_FLOORS = {
    # hb, hc, hd; hf and hi from the twelfth session, hh and hk from the thirteenth, ho from the fifteenth, hp from the sixteenth,
    # hq from the seventeenth, ht from the eighteenth:
    # development data (their floors stay, as regression guards)
    "wikinews_heldout2": {"quote_f1": 0.92, "speaker_acc": 0.86, "actor_f1": 0.81},
    "wikinews_heldout3": {"quote_f1": 0.96, "speaker_acc": 0.88, "actor_f1": 0.77},
    "wikinews_heldout4": {"quote_f1": 0.87, "speaker_acc": 0.51, "actor_f1": 0.84},
    "wikinews_heldout5": {"quote_f1": 0.95, "speaker_acc": 0.90, "actor_f1": 0.91},
    # drawn 2026-12-04 without the politics filter; first contact 1.0 / .821 / .648 and .983 / .867 / .752
    "wikinews_heldout6": {"quote_f1": 0.98, "speaker_acc": 0.87, "actor_f1": 0.63},
    "wikinews_heldout7": {"quote_f1": 0.96, "speaker_acc": 0.85, "actor_f1": 0.74},
    # the next six of the same draw, 2026-12-04 night; first contact .952 / .905 / .673
    "wikinews_heldout8": {"quote_f1": 0.93, "speaker_acc": 0.88, "actor_f1": 0.65},
    # the 19th-24th of the same draw, 2026-12-06; first contact .902 / .786 / .819
    "wikinews_heldout9": {"quote_f1": 0.88, "speaker_acc": 0.76, "actor_f1": 0.80},
    # the 25th-30th of the same draw, 2026-12-07; first contact .966 / .897 / .844
    "wikinews_heldout10": {"quote_f1": 0.94, "speaker_acc": 0.87, "actor_f1": 0.82},
    # the 31st-36th of the same draw, 2026-12-07 (eleventh session); first contact .902 / .714 / .756
    "wikinews_heldout11": {"quote_f1": 0.88, "speaker_acc": 0.69, "actor_f1": 0.73},
    # the 37th-42nd of the same draw, annotated 2026-12-07 (thirteenth session), merged in the
    # fourteenth; first contact on a9399f0 .970 / .941 / .688 (textacy .741 / .588)
    "wikinews_heldout12": {"quote_f1": 0.95, "speaker_acc": 0.92, "actor_f1": 0.66},
    # the 43rd-48th of the same draw, 2026-12-07 (twelfth session); first contact .826 / .864 / .871
    "wikinews_heldout13": {"quote_f1": 0.80, "speaker_acc": 0.84, "actor_f1": 0.85},
    # the 49th-54th of the same draw, annotated and scored 2026-12-07 (fourteenth session); first
    # contact on ab59186 .926 / .926 / .824 (textacy .513 / .222)
    "wikinews_heldout14": {"quote_f1": 0.90, "speaker_acc": 0.90, "actor_f1": 0.80},
    # the 55th-60th of the same draw, 2026-12-07 (fourteenth session); first contact on ab59186's
    # quote and actor rules .973 / .757 / .685 (textacy .643 / .243)
    "wikinews_heldout15": {"quote_f1": 0.95, "speaker_acc": 0.73, "actor_f1": 0.66},
    # the 61st-66th of the same draw, 2026-12-07 (fifteenth session); first contact on 40e2d69
    # 1.0 / .88 / .635 (textacy .864 / .56; spaCy NER actor F1 .363), .642 on the second annotator's gold
    "wikinews_heldout16": {"quote_f1": 0.97, "speaker_acc": 0.85, "actor_f1": 0.61},
    # six of a new, wider pool (seed 20261207), 2026-12-07 (fifteenth session); first contact on
    # 40e2d69 1.0 / 1.0 / .685 (textacy .769 / .625; spaCy NER actor F1 .372)
    "wikinews_heldout17": {"quote_f1": 0.97, "speaker_acc": 0.95, "actor_f1": 0.66},
    # six more of that pool (seed 20261208), 2026-12-07 (sixteenth session); first contact on
    # acce44b .947 / .90 / .833 (textacy .824 / .45; spaCy NER actor F1 .306), unchanged at ce5f256
    "wikinews_heldout18": {"quote_f1": 0.93, "speaker_acc": 0.88, "actor_f1": 0.81},
    # six more of that pool (seeds 20261209 and 20261210), 2026-12-08 (seventeenth session), second-reviewed;
    # first contact on e0ceab8 1.0 / 1.0 / .857 (textacy .571 / .30; spaCy NER actor F1 .404) and
    # .941 / .625 / .878 (textacy .667 / .125; NER .427); hs actor .863 at the session's end
    "wikinews_heldout19": {"quote_f1": 0.95, "speaker_acc": 0.88, "actor_f1": 0.84},
    "wikinews_heldout20": {"quote_f1": 0.92, "speaker_acc": 0.60, "actor_f1": 0.85},
    # six more of that pool (seeds 20261211 and 20261212), 2026-12-08 (eighteenth session), second-reviewed;
    # first contact on ae36f8f .947 / .889 / .722 (textacy .667 / .444; spaCy NER actor F1 .431) and
    # 1.0 / .933 / .695 (textacy .857 / .60; NER .364), unchanged at the session's end
    "wikinews_heldout21": {"quote_f1": 0.92, "speaker_acc": 0.86, "actor_f1": 0.69},
    "wikinews_heldout22": {"quote_f1": 0.97, "speaker_acc": 0.90, "actor_f1": 0.67},
}


@pytest.mark.parametrize("folder", sorted(HELD_OUT_FLOORS))
def test_held_out_sets_keep_their_floors(folder, tmp_path):
    from tests.gold.wikinews_heldout.score import score

    result = score({"direct", "partial"}, tmp_path, gold.HERE.parent / folder)
    low = {name: (result[name], floor) for name, floor in HELD_OUT_FLOORS[folder].items() if result[name] < floor}
    assert not low, low


def test_actors_on_the_second_dev_set(tmp_path):
    # wikinews_dev2: read and tuned on (issue 13's target is .95 on real news); .969 when set
    from tests.gold.wikinews_heldout.score import score

    assert score({"direct", "partial"}, tmp_path, gold.HERE.parent / "wikinews_dev2")["actor_f1"] >= 0.95
