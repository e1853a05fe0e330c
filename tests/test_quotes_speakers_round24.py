"""Direct and partial speakers, the speaker round of 2026-12-08 (invented wording)."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Health Minister Ana Ruiz said a "wider audit" is needed.', [("wider audit", "Ana Ruiz")]),
        ('The union leader Tom Hale said that the "quiet cuts" had gone on for years.', [("quiet cuts", "Tom Hale")]),
    ],
)
def test_a_quote_in_the_subject_of_a_reported_clause_is_the_speakers(nlp, text, expected):
    assert speakers(nlp, text) == expected


def test_a_quoted_name_subject_of_its_own_sentence_stays_a_gloss(nlp):
    assert speakers(nlp, 'The "sea-7" is the name of the new drone.') == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the sentence is about a thing: the "I" is whoever the sentence before has speak
        ('Maria Lopez has run the bakery since 1990, Lopez told the paper. The oven "gets so hot that I '
         'work at night in summer."', "Lopez"),
        # the sentence's "she" comes after the quoted words
        ('Ana Ruiz trained for the race in the hills. Through "the pain I felt in my knees", she kept '
         'running.', "Ana Ruiz"),
    ],
)
def test_first_person_words_without_a_verb_of_speech(nlp, text, expected):
    assert speakers(nlp, text)[-1][1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # review: the person the sentence names may be the "I"; the speaker before is no guess
        'Jo Roe said the plan would fail. Al Poe\'s suit “is hot, so I drink a lot”.',
        'Ana Ruiz said the bid was fair. Tom Hale\'s garden “is so big that I mow it twice a week”.',
    ],
)
def test_first_person_words_in_a_sentence_naming_someone_are_not_the_speaker_befores(nlp, text):
    assert [s for _, s in speakers(nlp, text) if s in {"Jo Roe", "Ana Ruiz"}] == []


def test_reasoning_aloud_is_a_verb_of_speech(nlp):
    text = 'The council reasoned, "if the users pay a fee, the activity is a business."'
    assert speakers(nlp, text) == [("if the users pay a fee, the activity is a business.", "council")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('The builders kept going, citing the Ada Byron quote that "the engine weaves patterns as the loom '
         'weaves flowers," and they finished.', "Ada Byron"),
        ('She recalled Mark Twain\'s famous line: "the report of my death was an exaggeration."', "Mark Twain"),
    ],
)
def test_a_saying_a_name_owns_is_that_authors(nlp, text, expected):
    assert [speaker for _, speaker in speakers(nlp, text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # review: a verb of speech of its own wins over the saying noun; a railway's or a
        # party's "line" is not a person's saying
        ('Ana Ruiz took the Jubilee line: “It was packed and far too hot,” she said.', "Ana Ruiz"),
        ('Jo Roe quoted the Democratic Party line: “We will not raise taxes on anyone,” he told reporters.',
         "Jo Roe"),
        ('Tom Hale rode the Piccadilly line: “The trains were late all week,” he said.', "Tom Hale"),
        ('Jo Roe repeated the Labour Party quote: “We will build more homes,” he told the crowd.', "Jo Roe"),
    ],
)
def test_a_saying_noun_yields_to_a_verb_of_speech_and_needs_a_person(nlp, text, expected):
    assert [speaker for _, speaker in speakers(nlp, text)] == [expected]


def test_a_source_the_outlet_cites_speaks(nlp):
    # the outlet only relays: its source's words, as in reported speech
    assert speakers(nlp, 'The paper reported its source said "two gunmen" were held overnight.') == [
        ("two gunmen", "source")]
