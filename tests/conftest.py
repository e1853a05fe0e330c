"""Shared test setup: an isolated cache, the spaCy model loaded once."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory):
    """Tests never read or write the user's real parse cache."""
    mp = pytest.MonkeyPatch()
    mp.setenv("NEWSLENS_CACHE_DIR", str(tmp_path_factory.mktemp("newslens-cache")))
    yield
    mp.undo()


@pytest.fixture(scope="session")
def nlp():
    from analysis.pipeline.model import load_model

    return load_model()


def speakers(nlp, text: str) -> list[tuple[str, str | None]]:
    """Each quote of the text with the speaker it is given (a plain function, imported by
    the quote tests)."""
    from analysis.extractors.quotes.extractor import extract_quotes
    from analysis.text.actor_table import load_table

    return [(q.text, q.speaker) for q in extract_quotes(nlp(text), "a", actor_table=load_table())]
