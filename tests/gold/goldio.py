"""What the gold scorers share: reading the gold files, and comparing names as README.md says.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path


def load_gold(folder: Path, paths: list[Path] | None = None) -> list[dict]:
    """The gold articles of ``paths``, else every ``*.json`` of ``folder`` in name order."""
    files = paths or sorted(folder.glob("*.json"))
    return [json.loads(Path(p).read_text(encoding="utf-8")) for p in files]


def fold(value) -> str:
    """Case-, accent- and apostrophe-insensitive form of a name ("Rodríguez" == "RODRIGUEZ")."""
    if value is None:
        return ""
    decomposed = unicodedata.normalize("NFKD", str(value).replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def f_measure(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


class PrecisionRecall:
    """Precision, recall and F1 of a tally with ``tp``, ``fp`` and ``fn`` counts."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return f_measure(self.precision, self.recall)
