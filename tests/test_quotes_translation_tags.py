"""Wikinews gives an original-language text beside its translation behind a tag,
"((es))Spanish language: …": the tag is a label, never a speaker. Texts written for
these tests."""

from __future__ import annotations

from analysis.extractors.quotes.extractor import extract_quotes
from analysis.text.actor_table import load_table
from analysis.text.context import translation_tag

TEXT = (
    "Fishing crews in Peniche heard from the government on Tuesday. "
    'Saying "the fines keep rising despite the new quotas" ((pt))Portuguese language: as multas '
    "continuam a subir apesar das novas quotas, Minister Rui Matos went on to promise a review of the quotas."
)


def test_the_tag_before_an_original_text_is_found(nlp):
    doc = nlp(TEXT)
    assert [t.text for t in doc if translation_tag(t)] == ["language"]
    assert not any(translation_tag(t) for t in nlp("Portuguese language lessons start in May."))


def test_a_participle_before_the_tag_takes_the_subject_of_the_verb_after_it(nlp):
    quotes = extract_quotes(nlp(TEXT), "a", actor_table=load_table())
    # the parse makes the tag the participle's subject; read as one, the tag would speak
    assert [q.speaker for q in quotes] == ["Rui Matos"]
