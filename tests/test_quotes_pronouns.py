"""Antecedents of "he"/"she" and of descriptions across sentences. Texts written for these tests."""

from __future__ import annotations

import pytest

from analysis.extractors.quotes.extractor import extract_quotes
from analysis.text.actor_table import load_table
from tests.test_quotes import mention


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


# -- speakers16: names the tagger or the actor table misread -------------------------


def _indirect(nlp, text: str, mentions=()):
    quotes = extract_quotes(nlp(text), "a", list(mentions), actor_table=load_table(), indirect=True)
    return [(q.text, q.speaker, q.speaker_actor) for q in quotes if q.kind == "indirect"]


def test_police_ranks_and_an_occupation_end_the_title_before_a_name(nlp):
    text = ("In Quebec, provincial police Detective Sergeant Marc Tremblay told the radio that thefts had "
            "doubled since spring. He explained that most of the stolen cars had been shipped abroad.")
    got = _indirect(nlp, text)
    assert [s for _, s, _ in got] == ["Marc Tremblay", "Marc Tremblay"]


def test_a_lower_case_word_the_tagger_calls_a_name_is_no_antecedent(nlp):
    text = ("Officer Ruth Abbott said ketamine had become common in the valley. Later Inspector Joel Marsh "
            "spoke to the paper. He explained that the supply, which had usually been cut with ketamine, "
            "had dried up.")
    got = _indirect(nlp, text)
    assert all(speaker != "ketamine" for _, speaker, _ in got)


def test_a_person_whose_surname_is_a_capital_is_a_person(nlp):
    text = ("Clara Paris, a retired nurse from Leeds, has claimed that the clinic kept her records for "
            "a decade.\n\nParis claims she asked for them twice. Her brother, Tom Weller, wrote to the "
            "clinic in 2015. She also claims that the records were later lost.")
    mentions = [mention(text, "Paris", "France", "country", "FRA", nth) for nth in (0, 1)]
    got = _indirect(nlp, text, mentions)
    assert [(s, a) for _, s, a in got] == [("Clara Paris", "Clara Paris"), ("Paris", "Clara Paris"),
                                           ("Paris", "Clara Paris")]


def test_a_kin_noun_with_a_name_of_its_own_says_nothing_of_the_name_before(nlp):
    text = ("President Tom Hale, his wife Ana Hale and son Ben Hale tested positive last week. "
            "After three days Tom Hale left the hospital. He said the staff had been excellent.")
    got = _indirect(nlp, text)
    assert [s for _, s, _ in got] == ["Tom Hale"]


def test_a_role_holder_named_after_the_place_of_the_role_is_a_person(nlp):
    # NER may tag the holder's name as a place ("Costa"); a place apposition stays out
    text = "The mayor of Lisbon, Ana Costa, said the harbour would reopen in May. She added that fees would stay."
    assert [s for _, s, _ in _indirect(nlp, text)] == ["Ana Costa", "Ana Costa"]
    text = "The mayor of Buffalo, New York, said the snow had closed every school."
    assert all(s != "New York" for _, s, _ in _indirect(nlp, text))


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a remit the description names that the nearest minister's title does not: someone else,
        # unnamed, and no actor
        ('Transport Minister Tom Hale said ten people died.\n\nThe regional health minister told reporters, '
         '"Twelve patients stay under watch tonight."', "minister"),
        # the one whose title names that remit, past a nearer minister of another
        ('Health Minister Ana Ruiz visited the ward on Monday. Transport Minister Tom Hale said the road would '
         'reopen.\n\n"We have enough beds," the health minister said.', "Ana Ruiz"),
        # the same remit, or a name given no title, still takes the description
        ('Foreign Minister Ana Ruiz met her counterpart on Monday. "The talks went well," the foreign minister '
         "said.", "Ana Ruiz"),
        ('Ana Ruiz met the families on Monday. "We will help them," the health minister said.', "Ana Ruiz"),
        # two words for one remit: the petroleum minister is the oil minister
        ('Petroleum Minister Ali Hassan met buyers in Tokyo. "Our cargoes will keep flowing," the oil minister '
         "said.", "Ali Hassan"),
        ('Defense Minister Ana Ruiz toured the base. "We are ready," the defence minister said.', "Ana Ruiz"),
    ],
)
def test_a_description_naming_another_remit_is_someone_else(nlp, text, speaker):
    quotes = extract_quotes(nlp(text), "a", actor_table=load_table())
    assert [q.speaker for q in quotes] == [speaker]
    if speaker == "minister":
        assert quotes[0].speaker_actor is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('The senator toured the flooded town. Part of the mayor\'s letter reads "the river took two bridges '
         'and the old school."', "mayor"),
        ('Judge Ana Ruiz ruled on Friday. Part of her ruling said that the rule "cannot stand in a free '
         'country".', "Ana Ruiz"),
    ],
)
def test_part_of_a_text_speaks_for_whoever_issued_it(nlp, text, speaker):
    assert speakers(nlp, text) == [speaker]


def test_he_after_a_named_mans_kin_is_that_man_not_the_name_before(nlp):
    from analysis.extractors.quotes.extractor import extract_quotes
    from analysis.text.actor_table import load_table

    text = ("The defence lawyer, Paul Okoro, spoke first. Later, Dan Price's mother begged him to sell the farm, "
            'but he answered "I cannot do that". The hearing goes on.')
    found = extract_quotes(nlp(text), "a", [], actor_table=load_table())
    assert [(q.text, q.speaker) for q in found if q.kind != "indirect"] == [("I cannot do that", "Dan Price")]
