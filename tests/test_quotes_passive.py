"""The subject of a verb of speech in the passive: whom the words are about or spoken
to, not who speaks, unless "by" names the speaker or the verb relays ("was quoted as
saying"). Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Governor Tom Hale was said to be "deeply upset" by the ruling.', None),
        ('After the storm the crew were told, "Stay below deck until morning."', None),
        ('Ana Ruiz was quoted as saying "we will rebuild the pier".', "Ana Ruiz"),
        ('The plan was described by Mayor Tom Hale as "a disaster for the harbour".', "Tom Hale"),
        ('Ana Ruiz said the plan was "a disaster for the harbour".', "Ana Ruiz"),
    ],
)
def test_a_passive_subject_is_not_the_speaker_unless_by_names_one_or_the_verb_relays(nlp, text, speaker):
    assert [s for _, s in speakers(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('The drought was formally declared a "national emergency" by the Farm Ministry (FM).', "Farm Ministry"),
        ('The levy was earlier described as "unfair" by the port authority.', "port authority"),
        ('The fever was later announced to be an "epidemic" by the Health Council.', "Health Council"),
        ('The bridge was declared "unsafe" by March.', None),
    ],
)
def test_a_by_phrase_the_parse_hangs_on_the_quoted_complement_still_names_the_speaker(nlp, text, speaker):
    assert [s for _, s in speakers(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('The guards were called in early and were told to watch for "anyone carrying a flag".', None),
        ('Per the wire service, the reserve has been mobilised and has been asked to plan for "a long winter".', None),
        ('The guards were called in early and told the warden the gate was "wide open".', "guards"),
        ('According to the Lakeland Herald, the reserve has been mobilised and has been told to plan for "a long '
         'winter".', "Lakeland Herald"),
        ('According to the Lakeland Herald, the harbour master was said to be "furious" with the crews.',
         "Lakeland Herald"),
        ('According to the Lakeland Herald, quoting the Coast Bureau, the reserve has been mobilised and has been '
         'told to plan for "a long winter".', "Coast Bureau"),
    ],
)
def test_a_passive_verb_of_speech_joined_to_another_passive_is_spoken_to_its_subject_and_an_opening_source_reports(nlp, text, speaker):
    assert [s for _, s in speakers(nlp, text)] == [speaker]
