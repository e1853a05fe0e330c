"""Open the tables of an extraction from a notebook: pandas for small, DuckDB SQL for large.

    from analysis.query import extract_corpus, open_tables
    tables = open_tables(tables_dir or extract_corpus("seeds/"))
    tables.actor_mentions.head()
    tables.sql("SELECT actor, count(*) AS n FROM actor_mentions GROUP BY actor ORDER BY n DESC")
"""

from __future__ import annotations

import hashlib
import json
from functools import cached_property
from pathlib import Path

import pandas as pd

from analysis.errors import TableSetError
from analysis.pipeline import tables as table_contract
from analysis.pipeline.digest import sha256_file

TABLE_NAMES = tuple(table_contract.SCHEMAS)


class Tables:
    """The tables of one extraction folder, each loaded on first use."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        if not self.folder.is_dir():
            raise FileNotFoundError(f"no extraction at {self.folder}: run `newslens extract --out {self.folder}`")
        missing = [name for name in TABLE_NAMES if self.path(name) is None]
        if missing:
            raise FileNotFoundError(f"{self.folder} lacks the table(s) {', '.join(missing)}")
        self._check_one_set()

    def _check_one_set(self) -> None:
        """Refuse a folder mixing tables of different extractions (a file copied in, or
        one edited by hand): counts read from it would describe no corpus."""
        written = self.load_report.get("tables", {}).get("files", {})
        for name, digest in sorted(written.items()):
            path = self.folder / name
            if path.is_file() and sha256_file(path) != digest:
                raise TableSetError(
                    f"{path}: not the file this extraction wrote (its sha256 differs from the one in "
                    f"{self.folder / 'load_report.json'}); run `newslens extract` again for one consistent set"
                )

    def path(self, name: str) -> Path | None:
        for fmt in table_contract.FORMATS:
            candidate = table_contract.table_path(self.folder, name, fmt)
            if candidate.exists():
                return candidate
        return None

    def frame(self, name: str) -> pd.DataFrame:
        if name not in TABLE_NAMES:
            raise KeyError(f"unknown table {name!r}; tables: {', '.join(TABLE_NAMES)}")
        return table_contract.read_table(self.path(name)).to_pandas()

    @cached_property
    def articles(self) -> pd.DataFrame:
        return self.frame("articles")

    @cached_property
    def actor_mentions(self) -> pd.DataFrame:
        return self.frame("actor_mentions")

    @cached_property
    def quotes(self) -> pd.DataFrame:
        return self.frame("quotes")

    @cached_property
    def figures(self) -> pd.DataFrame:
        return self.frame("figures")

    @cached_property
    def load_report(self) -> dict:
        path = self.folder / "load_report.json"
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    def sql(self, query: str) -> pd.DataFrame:
        """Run DuckDB SQL with one view per table; the files are scanned, not loaded."""
        import duckdb

        connection = duckdb.connect()
        try:
            for name in TABLE_NAMES:
                path = str(self.path(name)).replace("'", "''")
                reader = "read_parquet" if path.endswith(".parquet") else "read_csv_auto"
                connection.execute(f"CREATE VIEW {name} AS SELECT * FROM {reader}('{path}')")
            return connection.execute(query).df()
        finally:
            connection.close()


def open_tables(folder: str | Path) -> Tables:
    return Tables(folder)


def extract_corpus(
    corpus: str | Path | list = "seeds/",
    *,
    config: dict | None = None,
    model: str | None = None,
    out: str | Path | None = None,
    progress: bool | None = False,
) -> Path:
    """Extract ``corpus`` (reusing the parse cache) and return the tables' folder.

    A relative corpus path is found as notebooks find theirs
    (:func:`analysis.study.resolve_path`): here, else in the study folder holding the
    current directory, else under the repository root — so ``extract_corpus("seeds/")``
    works from ``notebooks/`` too. Without ``out``, the tables go to a folder of the cache
    named after the corpus paths, the configuration and the model, so notebooks re-run cheaply.
    """
    # Imported here: opening tables should not pay for spaCy.
    from analysis.pipeline.cache import default_cache_dir
    from analysis.pipeline.engine import extract
    from analysis.study import resolve_path

    paths = [resolve_path(p) for p in (corpus if isinstance(corpus, (list, tuple)) else [corpus])]
    if out is None:
        key = json.dumps(
            [[str(Path(p).resolve()) for p in paths], config or {}, model], sort_keys=True, default=str
        )
        out = default_cache_dir() / "extractions" / hashlib.sha256(key.encode()).hexdigest()[:16]
    result = extract(paths, out, model=model, extractor_config=config, progress=progress)
    return result.out_dir
