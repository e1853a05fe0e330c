"""Attributions that are no verb of speech, titles that run into a one-word name,
descriptions that take up an office, not its deputy, and verbs after a quote that
describe its words rather than report them; a decree or charter speaks for who signed it
(invented wording)."""

from __future__ import annotations

import pytest

from analysis.extractors.quotes.extractor import extract_quotes
from analysis.text.actor_table import load_table


def quotes(nlp, text: str) -> list[tuple]:
    found = extract_quotes(nlp(text), "a", [], actor_table=load_table())
    return [(q.text, q.speaker, q.kind, q.cue) for q in found if q.kind in {"direct", "partial"}]


@pytest.mark.parametrize("text, expected", [
    ('The debts kept growing, and in the words of the state auditor, Paul Okoro, "Nobody could say where the '
     'money went." The inquiry goes on.',
     ("Nobody could say where the money went.", "Paul Okoro", "direct", "in the words of")),
    ('Pay stalled for years. In the words of the union chief, Ruth Amani, "the workers have waited long '
     'enough." Talks resume today.',
     ("the workers have waited long enough.", "Ruth Amani", "partial", "in the words of")),
    ('In the words of Senator Iris Vale, "We were misled."',
     ("We were misled.", "Iris Vale", "direct", "in the words of")),
])
def test_in_the_words_of_attributes_the_quote(nlp, text, expected):
    assert quotes(nlp, text) == [expected]


def test_a_lone_surname_after_a_title_and_its_body_is_the_speaker(nlp):
    text = (
        "Delegates met in Quito for the Pacific Rim Forum, which the Coastal Trade League helped found. "
        '"A shared port network is the aim, and it will take years," notes Deputy Director of the Coastal '
        "Trade League Okonkwo. The league has nine members. "
        '"Funding comes first," Okonkwo said.'
    )
    speakers = [speaker for _, speaker, _, _ in quotes(nlp, text)]
    assert speakers == ["Okonkwo", "Okonkwo"]


def test_the_president_is_not_the_vice_president_named_last(nlp):
    text = (
        "President Ana Ruiz hosted Vice-President Tomas Berg on Monday. "
        'The president called the plan "a fine start". The vice president called it "too timid".'
    )
    assert [speaker for _, speaker, _, _ in quotes(nlp, text)] == ["Ana Ruiz", "Tomas Berg"]


@pytest.mark.parametrize("text, speaker", [
    ('The Ledger quoted a "Treasury insider" as saying: "The levy is dead. Nobody wants it."', "Treasury insider"),
    ('The Harbour Post quotes a "port source" as saying "the cranes stood idle all week."', "port source"),
])
def test_a_relayed_source_in_marks_speaks_and_is_no_quote(nlp, text, speaker):
    assert [(s, k) for _, s, k, _ in quotes(nlp, text)] in ([(speaker, "direct")], [(speaker, "partial")])


def test_a_whole_sentence_after_a_colon_is_direct_in_lower_case_too(nlp):
    text = ('The harbour board put out a statement backing the mayor: "any levy set from outside would '
            'ignore what the port has built." Talks resume on Monday.')
    assert quotes(nlp, text) == [
        ("any levy set from outside would ignore what the port has built.", "harbour board", "direct", None)
    ]


def test_a_fragment_after_a_colon_stays_partial(nlp):
    assert quotes(nlp, 'The minister was blunt: "not one more barrel."') == []


@pytest.mark.parametrize("text", [
    'The High Court of Elbonia sat on Monday. The opinion of the Court, issued on Friday, read in part, '
    '"The levy is void and must be repaid." Both parties accepted it.',
    'The High Court of Elbonia sat on Monday. The opinion of the Court read in part: '
    '"The levy is void and must be repaid." Both parties accepted it.',
])
def test_a_text_of_a_body_that_reads_speaks_for_the_body(nlp, text):
    assert [(s, k, c) for _, s, k, c in quotes(nlp, text)] == [("Court", "direct", "read")]



@pytest.mark.parametrize("text, speaker", [
    ('The coast bureau put out a flood bulletin for two valleys on Sunday. "Rivers will burst their banks '
     'overnight and roads will close", read the bulletin.', "coast bureau"),
    ('A notice issued by the port authority covered both docks. "Ships must stay at anchor '
     'until noon", reads the notice.', "port authority"),
])
def test_a_text_that_reads_after_the_quote_speaks_for_its_issuer(nlp, text, speaker):
    assert [(s, k, c) for _, s, k, c in quotes(nlp, text)] == [(speaker, "direct", "read")]


@pytest.mark.parametrize("text, speaker", [
    ('The bishops met in Lisbon in March.\n\nThe edict signed by the Patriarch read "Every parish must open its '
     'records to the inquiry."', "Patriarch"),
    ('The charter signed by the three mayors read "Our towns will share water in every drought."', "three mayors"),
])
def test_a_decree_or_charter_speaks_for_who_signed_it(nlp, text, speaker):
    # decrees, edicts and charters are texts (the word list), not speakers
    assert [s for _, s, _, _ in quotes(nlp, text)] == [speaker]


def test_a_sign_that_reads_is_nobody_speaking(nlp):
    found = quotes(nlp, 'The crowd waited at the gate. "Welcome home, heroes", read the banner over the door.')
    assert [s for _, s, _, _ in found] == [None]


@pytest.mark.parametrize(("text", "speaker"), [
    ('The port authority issued a statement after the vote. Dock workers and their families marched past the '
     'gates. Its statement said the new quay was "lawful in every respect".', "port authority"),
    ('The Ruritanian government issued a statement on the dispute.\n\nSeveral fishing crews protested outside '
     'parliament. Their statement read: "We will not stop the works."', "Ruritanian government"),
])
def test_a_text_owned_by_a_pronoun_is_the_one_just_issued(nlp, text, speaker):
    # (Without the rule the pronoun finds no issuer: the crowd named in between is no one's text.)
    assert [s for _, s, _, _ in quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize("text", [
    # the verb is in a relative clause on a noun after the quote, or hangs below the quoted words
    'The council suspended two clerks for "leaking documents," including an archivist, Rosa Lind, who tried '
    'to warn the public about the sale last year.',
    'The regulator fined the bank for "misleading savers," among them pensioners, who had complained about '
    'the charges.',
    'Guards held three reporters for "spreading rumors," including a photographer, Omar Haddad, who tried to '
    'warn people about the epidemic in December.',
])
def test_a_verb_of_speech_after_a_partial_quote_that_describes_its_words_is_no_attribution(nlp, text):
    # (Without the rule the warning or complaint of someone named after the quote claims it.)
    assert quotes(nlp, text) == []
