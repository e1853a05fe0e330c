"""Places named once with their state and again without it (analysis.text.places)."""

from __future__ import annotations

import pytest

from analysis.text.places import places_named_again


@pytest.fixture(scope="module")
def nlp():
    from analysis.pipeline.model import load_model

    return load_model()


def _places(nlp, text, states):
    doc = nlp(text)
    spans = [(text.index(name), text.index(name) + len(name), iso3) for name, iso3 in states]
    return [(text[start:end], iso3) for start, end, iso3 in places_named_again(doc, spans)]


def test_a_place_named_after_its_state_is_that_states_when_bare(nlp):
    text = "Refiners in India's Gujarat province bought more. Gujarat plants took 40%. Output from Brazil's Campos Basin fell, and the Campos Basin lost more."
    assert _places(nlp, text, [("India", "IND"), ("Brazil", "BRA")]) == [("Gujarat", "IND"), ("Campos Basin", "BRA")]


def test_a_body_named_after_its_state_is_no_place(nlp):
    text = "The U.S. Energy Information Administration said stocks fell. The Energy Information Administration meets weekly."
    assert _places(nlp, text, [("U.S.", "USA")]) == []


def test_a_place_name_two_states_give_is_neithers(nlp):
    text = "Ships left Mexico's Gulf Coast and the U.S. Gulf Coast. The Gulf Coast was calm."
    assert _places(nlp, text, [("Mexico", "MEX"), ("U.S.", "USA")]) == []


def test_the_opening_datelines_state():
    from analysis.text.actor_table import build_table
    from analysis.text.datelines import dateline_state
    from corpus.normalize import paragraph_spans

    lookup = build_table().lookup_country
    for text, state in [
        ("BANGKOK, Nov 30 - Thailand imported more crude.\n\nMore text.", "THA"),
        ("MEXICO CITY, May 2 (Reuters) - Pemex said.", "MEX"),
        ("Thailand imported more crude.\n\nBANGKOK - a later paragraph.", None),
    ]:
        assert dateline_state(text, paragraph_spans(text), lookup) == state
