"""Quoted words inside the reporter's sentence that are someone's characterisation,
not a name: the quoted modifier of what a speaker calls, declares or describes a thing,
and the verbs of speech that count only with a quoted complement (invented wording)."""

from __future__ import annotations

import pytest

from analysis.extractors.quotes.attribution import classify
from analysis.extractors.quotes.extractor import extract_quotes
from analysis.text.actor_table import load_table
from analysis.text.marks import find_quote_spans


def partials(nlp, text: str) -> list[tuple]:
    quotes = extract_quotes(nlp(text), "a", [], actor_table=load_table())
    return [(q.text, q.speaker, q.cue) for q in quotes if q.kind in {"direct", "partial"}]


@pytest.mark.parametrize("text, expected", [
    ('Ana Ruiz called the closure a "baffling" decision.', ("baffling", "Ana Ruiz", "call")),
    ('The ministry described Tomas Berg as a "rising" figure.', ("rising", "ministry", "describe")),
    ('Guards fired in what the army declared a "hostile" raid.', ("hostile", "army", "declare")),
    ('The rally drew a crowd described by the Harbour Ledger as "loud and rather restless".',
     ("loud and rather restless", "Harbour Ledger", "describe")),
])
def test_a_quoted_word_in_what_a_speaker_calls_a_thing_is_theirs(nlp, text, expected):
    assert partials(nlp, text) == [expected]


def test_a_quoted_modifier_of_a_name_the_thing_goes_by_stays_a_label(nlp):
    assert partials(nlp, 'Traders called it the "teapot" market.') == []


def test_accused_of_is_no_body_a_person_belongs_to(nlp):
    # "Ana Ruiz of “…”" names her body; "accused Ana Ruiz of “…”" reports the charge
    assert partials(nlp, 'The rival camp accused Lena Marsh of "playing with fire."') == [
        ("playing with fire.", "rival camp", "accuse")]


@pytest.mark.parametrize("text, cue", [
    ('Pere Vidal cited the council\'s "long neglect of the harbour" as the reason.', "cite"),
    ('Omar Haddad professed himself "quite worried" about the vote.', "profess"),
    ('Tomas Berg referred to the protesters as "noisy neighbours."', "refer"),
    ('Mayor Ines Sola thanked "every volunteer who stayed through the night".', "thank"),
    ('Dana Okoro talked of the town\'s "quiet courage through a hard winter".', "talk"),
])
def test_verbs_of_speech_with_a_quoted_complement(nlp, text, cue):
    assert [c for _, _, c in partials(nlp, text)] == [cue]


def test_a_weak_cue_does_not_take_the_quoted_words_of_the_verb_joined_to_it(nlp):
    text = 'Omar Haddad professed himself "quite worried" and backed using "thrift", "care", and "trust" as goals.'
    assert [q for q, _, _ in partials(nlp, text)] == ["quite worried"]


def test_an_editors_bracket_or_a_semicolon_still_opens_a_direct_quote():
    def kind(text):
        span = find_quote_spans(text)[-1]
        return classify(text, span, 0)

    assert kind('He went on, "[a]nd the pier will be rebuilt."') == "direct"
    assert kind('The club will appeal; "The ban is unfair to our fans."') == "direct"
    assert kind('She backed "thrift", "trust" and more.') == "partial"  # a list of words


@pytest.mark.parametrize("text, expected", [
    ('The governor, in a late-night post, referred to the levy as "The Robbery Tax".',
     ("The Robbery Tax", "governor", "refer")),
    ('Port officials referred to the sailor as "Dutch-Brazilian." A court date was set.',
     ("Dutch-Brazilian.", "Port officials", "refer")),
    ('Lena Moss praised the team on Monday and later referred to the rival club as "The Old Guard".',
     ("The Old Guard", "Lena Moss", "refer")),
    ('The leak came after the memo, which Senator Hal Brooks described as "Memogate." Nobody replied.',
     ("Memogate.", "Hal Brooks", "describe")),
])
def test_what_a_speaker_refers_to_a_thing_as_is_theirs_in_capitals_too(nlp, text, expected):
    assert partials(nlp, text) == [expected]


@pytest.mark.parametrize("text", [
    'The first Monday of March is often referred to as "Grand Monday" in the region.',
    'The park, known as the "Green Mile", is closed.',
])
def test_a_capitalised_name_nobody_is_said_to_use_stays_a_label(nlp, text):
    assert partials(nlp, text) == []
