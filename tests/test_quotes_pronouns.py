"""Antecedents of "he"/"she" and of descriptions across sentences. Texts written for these tests."""

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


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Tom Hale, a resident of the street for forty years, watched the water rise. "It came so fast," '
         "the resident said.", "Tom Hale"),
        ('Tom Hale, the driver of the bus, was taken to hospital. "I saw nothing," the driver told police.', "Tom Hale"),
        # nobody was called a woman before: the words stand, not the man named last
        ('Police arrested Tom Hale on Friday. A woman who lives nearby saw the arrest. "He did not resist," '
         "the woman said.", "woman"),
    ],
)
def test_the_resident_or_the_driver_is_whoever_was_given_that_word_before(nlp, text, speaker):
    assert speakers(nlp, text) == [speaker]
