"""The corpus-loading library: files in many formats -> normalised ``Article`` records.

    >>> import corpus
    >>> articles = corpus.load("seeds/")
    >>> for article in articles: ...          # streams; re-iterable
    >>> articles.report.to_dict()             # skipped records, duplicates, fingerprint

Only :class:`CorpusError` (and its subclass :class:`StrictError`) escapes
``load`` and iteration; bad records are skipped and reported instead.
"""

from corpus.article import Article
from corpus.errors import CorpusError, NewslensError, StrictError
from corpus.fields import FieldMap, parse_fields_spec
from corpus.filters import Filters
from corpus.loader import DEFAULT_CORPUS, Corpus, load
from corpus.normalize import normalize_text
from corpus.readers.base import DEFAULT_MAX_RECORD_BYTES
from corpus.report import Duplicate, ImplausibleDate, LoadReport, Skip

__all__ = [
    "DEFAULT_CORPUS",
    "DEFAULT_MAX_RECORD_BYTES",
    "Article",
    "Corpus",
    "CorpusError",
    "NewslensError",
    "Duplicate",
    "FieldMap",
    "Filters",
    "ImplausibleDate",
    "LoadReport",
    "Skip",
    "StrictError",
    "load",
    "normalize_text",
    "parse_fields_spec",
]
