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
