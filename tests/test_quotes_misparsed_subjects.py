"""Subjects the parse misreads: a long title it heads with a show's or a firm's
capitalised name (the person named at its end, right before the verb, speaks); a
reflexive it makes the subject with the name as its apposition; a colon closing a
paragraph hung on a phrase after the object; a name hung on the body its title
names; a title and name labelling a line; a participle with its own subject; a colon
closing a clause inside the statement a body put out.
Texts written for these tests."""

from __future__ import annotations

import pytest

from analysis.extractors.quotes.extractor import extract_quotes
from analysis.text.actor_table import load_table
from tests.test_quotes_reported import parsed


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('The host died on Friday. Longtime Rivers in the Morning writer and singer Ana Lind posted: '
         '"He was a generous boss and a difficult friend."', "Ana Lind"),
        ('The lawyer for Ana Lind said: "She will appeal the verdict."', "lawyer"),
        ('Apple and Ana Lind said: "We have settled."', "Apple"),
    ],
)
def test_the_name_ending_a_long_title_before_the_verb_speaks(nlp, text, speaker):
    assert [q.speaker for q in extract_quotes(nlp(text), "a", actor_table=load_table())] == [speaker]


def test_a_reflexive_read_as_the_subject_gives_the_name_apposed_to_it(nlp):
    text = 'In the complaint itself Boeing also made this argument, writing "No regulator was misled."'
    assert [q.speaker for q in extract_quotes(nlp(text), "a", actor_table=load_table())] == ["Boeing"]


def test_a_paragraph_ending_in_a_colon_without_a_verb_of_speech_introduces_the_next_quote(nlp):
    text = ("The party holds that the rule is narrow.\n\n"
            "Party chairman Tom Hale reflects this view in Harbor Daily News comments:\n\n"
            '"It is the party position that while visitors (or new residents) are IN the city, they are not voters of it."')
    assert [q.speaker for q in extract_quotes(nlp(text), "a", actor_table=load_table())] == ["Tom Hale"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('The team described the fossil on Monday.\n\nMara Quint of the University of Nebraska, Lincoln '
         'rejected the idea: "The bones are far too young for that."', "Mara Quint"),
        ('Researchers at the University of Texas, Austin said the bones were "far too young".', "Researchers"),
        # a name after the comma is a name, not a campus town
        ('Researchers at the University of Texas, Austin Lee said the bones were "far too young".', "Austin Lee"),
    ],
)
def test_the_campus_town_after_a_university_is_not_the_speaker(nlp, text, speaker):
    assert [q.speaker for q in extract_quotes(nlp(text), "a", actor_table=load_table())] == [speaker]


# -- quotes22: names the parse hangs away from their title ---------------------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the bracket spells out the body's acronym; the name after it is the officer's
        ('The secretary of IFA (Irish Farmers Association), Tom Hale, called the levy "a tax on bread".', "Tom Hale"),
        ('The spokesman of the Northern Front (NF) said "the ceasefire holds".', "spokesman"),
        # "to" a body, as "of" one: the parse hangs the name on the body
        ('The Ghanaian delegate to the European Parliament, Kofi Mensah, told the press: "The talks were frank."',
         "Kofi Mensah"),
    ],
)
def test_a_role_and_its_body_then_a_name_give_the_name(nlp, text, speaker):
    assert [q.speaker for q in extract_quotes(nlp(text), "a", actor_table=load_table())] == [speaker]


def test_a_title_and_name_before_a_colon_opening_a_paragraph_speak_the_quote(nlp):
    text = ("The board released the exchange on Monday.\n\n"
            'Deputy Director of the Port Authority Maria Gonzalez: "We should not answer them yet. Let us wait."\n\n'
            'Chief Executive of the Harbour Board Thomas Whitfield: "Agreed. The audit will make our case."\n\n'
            'Update: "The road is open again," police said.')
    assert [q.speaker for q in extract_quotes(nlp(text), "a", actor_table=load_table())] == [
        "Maria Gonzalez", "Thomas Whitfield", "police"]


def test_each_participle_with_its_own_subject_keeps_it(nlp):
    text = ('Opposition members attacked the budget, with Ana Lind of Uppsala calling the cuts "reckless" and '
            'Tom Hale of York calling the plan "a betrayal of every worker".\n\n'
            'Sara Berg said the plan was "rushed," further saying, "It will not survive the winter."')
    assert [q.speaker for q in extract_quotes(nlp(text), "a", actor_table=load_table())] == [
        "Ana Lind", "Tom Hale", "Sara Berg", "Sara Berg"]


# -- quotes31: a campus's role and the name NER leaves untagged apposed to it ------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the name NER leaves untagged after the campus town's role
        ('"The dam is safe," said University of Nevada, Reno\'s chancellor, Pradeep Varma.', "Pradeep Varma"),
        # two subjects joined by "and": the first is the speaker, as before
        ('"The dam is safe," said the ministry and the army\'s chief, General Tarek Osmani.', "ministry"),
    ],
)
def test_an_untagged_name_apposed_to_a_campus_role_speaks(nlp, text, speaker):
    assert [q.speaker for q in extract_quotes(nlp(text), "a", actor_table=load_table())] == [speaker]


def test_a_role_read_as_a_verb_leaves_the_name_after_it_the_speaker(nlp):
    # '"…", Nambour coach Peter Kerr said' parsed as "Nambour coaches Peter Kerr"
    doc = parsed(nlp, [
        ('"', "PUNCT", "``", "punct", 10, False), ("We", "PRON", "PRP", "nsubj", 2, True),
        ("held", "VERB", "VBD", "ccomp", 10, True), ("on", "ADP", "RP", "prt", 2, False),
        ('"', "PUNCT", "''", "punct", 10, False), (",", "PUNCT", ",", "punct", 10, True),
        ("Nambour", "PROPN", "NNP", "nsubj", 7, True), ("coach", "VERB", "VBP", "ccomp", 10, True),
        ("Peter", "PROPN", "NNP", "compound", 9, True), ("Kerr", "PROPN", "NNP", "dobj", 7, True),
        ("said", "VERB", "VBD", "ROOT", 10, False), (".", "PUNCT", ".", "punct", 10, False),
    ], ents=["O"] * 6 + ["B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O"])
    assert doc.text == '"We held on", Nambour coach Peter Kerr said.'
    assert [q.speaker for q in extract_quotes(doc, "a", actor_table=load_table())] == ["Peter Kerr"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('The council of Port Ellis issued a statement agreeing the matter should be settled by voters and not by '
         'courts: "Forcing the change by decree would ignore the wishes of the island."', "council"),
        ('The union of Dock Workers released a statement accepting the wage should be set by the tribunal and not '
         'by the employers: "Cutting pay by decree would empty the docks."', "union"),
    ],
)
def test_a_colon_closing_a_clause_inside_the_statement_gives_who_put_it_out(nlp, text, speaker):
    # the parse hangs the colon on a subjectless clause inside the statement's noun phrase
    assert [q.speaker for q in extract_quotes(nlp(text), "a", actor_table=load_table())] == [speaker]


def test_a_text_shown_is_not_put_out_by_who_shows_it(nlp):
    text = 'He showed the crowd a letter written by the minister: "No further funds will be released this year."'
    assert [q.speaker for q in extract_quotes(nlp(text), "a", actor_table=load_table())] != ["He"]
