"""On-disk cache of parsed documents (spaCy ``DocBin``) and of extractor results.

Parses are keyed by the text's sha256, the model's identity (name, version, weights
hash) and the pipeline configuration, so changing the model invalidates them.
Extractor results are keyed additionally by a fingerprint of the extractors' code and
configuration, so a warm re-run on an unchanged corpus neither parses nor extracts.
Entries are written atomically; a corrupt entry is treated as a miss.

A cache that cannot be used (its folder is a file, is read-only, the disk is full)
never changes the results: the first failed write turns writing off for the rest of
the process, a failed read is a miss, and :attr:`ParseCache.problem` says what went
wrong so the engine can warn once and record it in ``load_report.json``.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import pickle
import shutil
import tempfile
from pathlib import Path

import platformdirs
from spacy.tokens import Doc, DocBin

ENV_VAR = "NEWSLENS_CACHE_DIR"
log = logging.getLogger(__name__)


def default_cache_dir() -> Path:
    override = os.environ.get(ENV_VAR)
    return Path(override) if override else Path(platformdirs.user_cache_dir("newslens"))


class ParseCache:
    """One file per document under ``<root>/docs/<pipeline key>/<hh>/<text sha256>``."""

    def __init__(self, root: Path | None, pipeline: str):
        """``pipeline`` is :attr:`analysis.pipeline.model.ModelInfo.cache_key`."""
        self.root = Path(root) if root else default_cache_dir()
        self.docs_dir = self.root / "docs" / pipeline
        self.results_dir = self.root / "results" / pipeline
        # {"status": "unwritable" | "unreadable", "reason": ...} once the cache failed.
        self.problem: dict | None = None
        self.writable = True
        if self.root.exists() and not self.root.is_dir():
            self._failed("unwritable", f"{self.root} is not a folder")

    def _failed(self, status: str, reason: str) -> None:
        if status == "unwritable":
            self.writable = False
        if self.problem is None or (status == "unwritable" and self.problem["status"] != "unwritable"):
            self.problem = {"status": status, "reason": reason}
            log.debug("parse cache %s: %s", status, reason)

    def _read(self, path: Path) -> bytes | None:
        try:
            return path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as err:  # a folder that is a file, no permission, an I/O error: a miss
            self._failed("unreadable", _reason(err, path))
            return None

    def _write(self, path: Path, data: bytes) -> None:
        if not self.writable:
            return
        try:
            _atomic_write(path, data)
        except OSError as err:  # read-only, full disk, a file in the way: run without it
            self._failed("unwritable", _reason(err, path))

    # -- parsed documents -------------------------------------------------
    def get_doc(self, text_sha256: str, vocab) -> Doc | None:
        data = self._read(self._path(self.docs_dir, text_sha256))
        if data is None:
            return None
        try:
            docs = list(DocBin().from_bytes(data).get_docs(vocab))
        except Exception:  # a corrupt or foreign entry is a miss, not a failure
            return None
        return docs[0] if len(docs) == 1 else None

    def put_doc(self, text_sha256: str, doc: Doc) -> None:
        docbin = DocBin(store_user_data=False)
        docbin.add(doc)
        if self.writable:
            self._write(self._path(self.docs_dir, text_sha256), docbin.to_bytes())

    # -- extractor results -------------------------------------------------
    def get_results(self, text_sha256: str, article_key: str, extractors_key: str):
        data = self._read(self._path(self.results_dir / extractors_key, f"{text_sha256}-{article_key}"))
        if data is None:
            return None
        try:
            return pickle.loads(data)
        except Exception:  # a corrupt entry is a miss
            return None

    def put_results(self, text_sha256: str, article_key: str, extractors_key: str, results) -> None:
        if self.writable:
            path = self._path(self.results_dir / extractors_key, f"{text_sha256}-{article_key}")
            self._write(path, pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL))

    @staticmethod
    def _path(base: Path, key: str) -> Path:
        return base / key[:2] / key


def _reason(err: OSError, path: Path) -> str:
    name = errno.errorcode.get(err.errno, "") if err.errno else ""
    what = err.strerror or str(err) or type(err).__name__
    return f"{err.filename or path}: {what}" + (f" ({name})" if name else "")


def clear(root: Path | None = None) -> tuple[Path, int]:
    """Delete the whole cache; return its location and the number of files removed."""
    root = Path(root) if root else default_cache_dir()
    if not root.exists():
        return root, 0
    count = sum(1 for p in root.rglob("*") if p.is_file())
    shutil.rmtree(root)
    return root, count


def stats(root: Path | None = None) -> dict:
    root = Path(root) if root else default_cache_dir()
    files = [p for p in root.rglob("*") if p.is_file()] if root.exists() else []
    return {"path": str(root), "files": len(files), "bytes": sum(p.stat().st_size for p in files)}


def fingerprint_json(value) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()[:16]


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
