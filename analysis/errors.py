"""Every error newslens raises on purpose, under one base, and the exit codes.

After papermill's one exception base: a caller catches :class:`NewslensError` and knows
the message is meant for the user. Anything else escaping is a bug and shows its
traceback.
"""

from __future__ import annotations

from corpus.errors import CorpusError, NewslensError, StrictError

EXIT_OK = 0
EXIT_FAILED = 1  # a run that failed (a notebook), or tables that differ on --rerun
EXIT_USAGE = 2  # a usage or input error: nothing, or nothing more, was run
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)


class ExtractionError(NewslensError):
    """An input or usage problem that stops an extraction."""


class ModelNotFound(NewslensError):
    """The spaCy pipeline asked for (or any English one) is not installed."""


class AliasFileError(NewslensError, ValueError):
    """A user alias file that cannot be read; the message names file and row."""


class ParameterError(NewslensError, ValueError):
    """A notebook parameter problem the user must fix."""


class ReportError(NewslensError):
    """A usage or input problem of a report run: nothing was run."""


class StudyError(NewslensError):
    """``newslens init``: a study folder that cannot be written (not empty, a file, permissions)."""


class TableSetError(NewslensError, ValueError):
    """A tables folder whose files are not the set its ``load_report.json`` was written with."""


class LockBusy(NewslensError):
    """Another run holds the reports folder (unless ``--wait``)."""


__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "AliasFileError",
    "CorpusError",
    "ExtractionError",
    "LockBusy",
    "StudyError",
    "TableSetError",
    "ModelNotFound",
    "NewslensError",
    "ParameterError",
    "ReportError",
    "StrictError",
]
