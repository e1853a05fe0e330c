"""Antecedents of "he"/"she" across sentences. Texts written for these tests."""

from __future__ import annotations

import pytest

from analysis.extractors.quotes.extractor import extract_quotes
from analysis.text.actor_table import load_table


def speakers(nlp, text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(nlp(text), "a", actor_table=load_table())]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a name only inside a phrase yields to the subject of the sentence before it
        ("Foreign Minister Ana Ruiz arrived in Oslo on Monday. Talks with Norway's envoy Tom Hale lasted "
         'four hours.\n\nShe said the talks had gone well.\n\n"We will meet again in May," she added.', "Ana Ruiz"),
        # "according to X" makes X a source, the one "he" takes up
        ("The river rose quickly. According to engineer Tom Hale of the water board, the dam held. "
         '"It will hold another week," he said.', "Tom Hale"),
    ],
)
def test_he_or_she_prefers_a_subject_to_a_name_in_a_phrase_after_it(nlp, text, speaker):
    assert speakers(nlp, text) == [speaker]
