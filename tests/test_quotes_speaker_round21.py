"""Who speaks a quote when the parse hangs the speaker loosely or names the speaker by
a role, a text or the words' own "I" (invented wording)."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('According to state news agency KNA, the attorney general of Dakar, Moussa Diallo, said the nine must '
         'face "treason charges".', "Moussa Diallo"),
        ('According to Reuters, Lee said the deal was "dead".', "Lee"),
    ],
)
def test_a_source_the_parse_reads_as_subject_gives_way_to_the_speaker_apposed(nlp, text, speaker):
    assert [s for _, s in speakers(nlp, text)] == [speaker]


def test_a_verb_the_parse_joins_to_the_quoted_clause_keeps_the_reporting_subject(nlp):
    text = ('Tesco, in its media release, said that shelves "are empty within an hour", and called the demand '
            '"extraordinary", while Lidl, in a post on Monday, called it "unforeseen".')
    assert [s for _, s in speakers(nlp, text)] == ["Tesco", "Tesco", "Lidl"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"The ice is melting from below," said study co-author Maria Lopez. The Harbor College lecturer added, '
         '"We do not know how fast. We need more data."', ["Maria Lopez", "Maria Lopez"]),
        ('"Sales doubled," said Tom Baker. The Acme engineer added: "The plant runs day and night now."',
         ["Tom Baker", "Tom Baker"]),
        # two people named just before: the role does not say which
        ('Maria Lopez met Tom Baker at the port. The Harbor College lecturer said, "We do not know how fast."',
         ["Harbor College lecturer"]),
        # a spokesperson speaks for the principal, and is never the principal
        ('Prime Minister Lena Vos visited the harbour on Monday. The Coast Guard spokesman added, "We will rebuild."',
         ["Coast Guard spokesman"]),
    ],
)
def test_a_role_at_a_named_body_takes_up_the_person_named_just_before(nlp, text, expected):
    assert [s for _, s in speakers(nlp, text)] == expected


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('The striker, who was described as "a liability" by his manager, was dropped.', "manager"),
        ('Tom Reyes, who was called "reckless" by coach Ian Moss, left the club in May.', "Ian Moss"),
    ],
)
def test_a_relative_clause_in_the_passive_is_spoken_by_its_agent(nlp, text, speaker):
    assert [s for _, s in speakers(nlp, text)] == [speaker]


def test_a_participle_the_parse_hangs_on_the_witness_is_the_witness_speaking(nlp):
    text = ('A witness described to local radio how the fire spread, saying, "I was walking my dog when the roof '
            'caught fire and then it all came down."')
    assert [s for _, s in speakers(nlp, text)] == ["witness"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('The navy has announced an order by Fleet Commander Admiral Rosa Ibarra directing nearby ships to "assist '
         'the coast guard in the search for survivors."', "Rosa Ibarra"),
        ('The board released its statement calling the deal "a mistake".', "board"),
    ],
)
def test_quoted_words_of_a_text_are_its_issuers(nlp, text, speaker):
    assert [s for _, s in speakers(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Ana Ruiz has been painting murals for ten years. She usually picks "walls nobody else wants. I like a '
         'challenge!"', ["Ana Ruiz"]),
        ('Ana Ruiz has been painting murals for ten years. She usually picks "walls nobody else wants."', []),
        ('At the party Tom Baker sang "I Will Survive" twice.', []),
    ],
)
def test_words_saying_i_with_no_verb_of_speech_are_the_subjects(nlp, text, expected):
    assert [s for _, s in speakers(nlp, text)] == expected
