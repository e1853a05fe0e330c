"""Imports the built-in extractors so that their registrations run."""

from analysis.actors import extractor as _actors  # noqa: F401
from analysis.quotes import extractor as _quotes  # noqa: F401
from analysis.figures import extractor as _figures  # noqa: F401
