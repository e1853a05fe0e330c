"""The kit's one exception base, and the loader's documented error type.

Bad records never raise: they are skipped and reported. ``CorpusError`` is for
what stops a load as a whole (a path that does not exist, a bad ``fields``
mapping) and, as ``StrictError``, for the first skip under ``strict=True``.
"""

from __future__ import annotations


class NewslensError(Exception):
    """Base of every error newslens raises on purpose: the message says what is wrong and
    where; the command line prints it and exits with ``exit_code`` (2: usage or input)."""

    exit_code = 2


class CorpusError(NewslensError):
    """The corpus cannot be loaded as asked; the message says why and where."""


class StrictError(CorpusError):
    """A record was skipped while loading with ``strict=True`` (``--strict``)."""

    def __init__(self, skip) -> None:
        """``skip``: the :class:`corpus.Skip` that failed the load, or a message."""
        message = getattr(skip, "message", None)
        super().__init__(f"{message} (--strict: any skipped record is an error)" if message else str(skip))
        self.skip = skip if message else None
