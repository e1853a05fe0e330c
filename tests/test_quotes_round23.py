"""Quoted words that are nobody's, and rows the quotes round of 2026-12-08 changed
(invented wording)."""

from __future__ import annotations

import pytest

from tests.conftest import speakers
from tests.test_quotes_reported import indirect


@pytest.mark.parametrize(
    "text",
    [
        # a list of titles: the capital after the comma opens no sentence
        'Ray Cole wrote the words of hits such as "Blue Harbour", "Mother Kate\'s Garden", and "Long Road" in the 1970s.',
        # a signature under a block quote, closing with the paper's title
        'The appeal was dismissed.\n\n– Circuit Judge Ann Marr, "Opinion and Order"',
    ],
)
def test_a_title_after_a_comma_is_nobodys_words(nlp, text):
    assert speakers(nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a verb of speech the same capitals are what was said
        ('Asked about the vote, the senator said, "Never Again"', [("Never Again", "senator")]),
        # a sentence of its own keeps its stop
        ('Asked about the vote, Lavrov said, "No Comment."', [("No Comment.", "Lavrov")]),
    ],
)
def test_capitals_after_a_verb_of_speech_stay_a_quote(nlp, text, expected):
    assert speakers(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # review: a time or a place before the comma hides the verb from the word before it
        ('Trump wrote on Twitter on Sunday, “NO COLLUSION, NO OBSTRUCTION”',
         [("NO COLLUSION, NO OBSTRUCTION", "Trump")]),
        ('Ana Ruiz posted on her blog in March, “WE ARE BACK IN BUSINESS”', [("WE ARE BACK IN BUSINESS", "Ana Ruiz")]),
        # the verb of speech after the closing mark
        ('In a post on Sunday, “Thank You All For Coming Out Tonight”, the singer wrote.',
         [("Thank You All For Coming Out Tonight", "singer")]),
    ],
)
def test_capitals_after_a_comma_outside_a_list_or_signature_stay_a_quote(nlp, text, expected):
    assert speakers(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'Mark and Lisa Rivera were jailed in May. One of them told reporters, "We were hungry every day."',
        'The Riveras were sentenced on Friday. Their nine children attended. One of them went as far as to say, '
        '"I forgive them both."',
    ],
)
def test_one_of_them_is_one_member_as_written(nlp, text):
    # not the first name of the pair "them" stands for, nor the group
    assert [s for _, s in speakers(nlp, text)] == ["One of them"]


def test_a_participle_before_a_closing_according_to_is_part_of_the_report(nlp):
    text = ("The storm's gusts reached 140 mph, tied for the strongest ever measured on the island, according to "
            "the weather service.")
    assert indirect(nlp, text) == [
        ("The storm's gusts reached 140 mph, tied for the strongest ever measured on the island", "weather service",
         "according to")]
