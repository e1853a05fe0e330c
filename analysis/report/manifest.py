"""``manifest.json``: what a report run read, ran and wrote, enough to repeat and compare it."""

from __future__ import annotations

import hashlib
import json
import os
import platform
import subprocess
from importlib import metadata
from pathlib import Path

from analysis.pipeline.digest import sha256_file

MANIFEST = "manifest.json"
FORMAT_VERSION = 1
VERSIONED = ("spacy", "textacy", "pandas", "papermill", "nbconvert", "pyarrow", "matplotlib")


def hash_files(folder: Path, pattern: str = "*") -> dict[str, str]:
    """sha256 of every regular file under ``folder`` matching ``pattern``, by relative path."""
    if not folder.is_dir():
        return {}
    return {
        path.relative_to(folder).as_posix(): sha256_file(path)
        for path in sorted(folder.rglob(pattern))
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    }


def corpus_fingerprint(files: list[Path], root: Path) -> str:
    """sha256 over the input files (path relative to ``root`` where possible, and bytes)."""
    digest = hashlib.sha256()
    for path in sorted(files, key=lambda p: _display_path(p, root)):
        digest.update(_display_path(path, root).encode("utf-8") + b"\0")
        digest.update(bytes.fromhex(sha256_file(path)))
    return digest.hexdigest()


def _display_path(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.resolve().as_posix()


def versions(model: str | None = None) -> dict:
    found = {"python": platform.python_version()}
    for package in VERSIONED:
        try:
            found[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            found[package] = None
    try:
        from analysis.pipeline.model import model_info

        info = model_info(model)
        found["spacy_model"] = {
            "package": info.package,
            "name": info.name,
            "version": info.version,
            "weights_sha256": info.weights_sha256,
        }
    except Exception as err:  # the model is reported, not required, here
        found["spacy_model"] = {"error": f"{type(err).__name__}: {err}"}
    return found


def git_commit(root: Path) -> dict | None:
    """The commit the code ran at (and whether the tree had changes), or None outside git."""
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0"}

    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(
                ["git", "-C", str(root), *args], capture_output=True, text=True, timeout=10, env=env
            )
        except (OSError, subprocess.TimeoutExpired):
            return None
        return done.stdout.strip() if done.returncode == 0 else None

    commit = git("rev-parse", "--verify", "-q", "HEAD")
    if not commit:
        return None
    status = git("status", "--porcelain", "--untracked-files=no")
    return {"commit": commit, "dirty": bool(status)}


def write(path: Path, manifest: dict) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)


def read(path: str | Path) -> dict:
    path = Path(path)
    if path.is_dir():
        path = path / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ValueError(f"--rerun {path}: cannot read: {err.strerror or err}") from err
    except json.JSONDecodeError as err:
        raise ValueError(f"--rerun {path}: not JSON: {err}") from err
    if not isinstance(data, dict) or "run_id" not in data or "notebooks" not in data:
        raise ValueError(f"--rerun {path}: not a newslens report manifest")
    return data


FILTER_KEYS = ("since", "until", "sources", "languages", "keywords")


def rerun_problems(data: dict) -> list[str]:
    """What a manifest lacks for ``--rerun`` (corpus paths, notebook entries, options); empty when usable."""
    problems = []
    corpus = data.get("corpus")
    if not isinstance(corpus, dict):
        problems.append("'corpus' is missing" if corpus is None else "'corpus' is not a mapping")
    else:
        paths = corpus.get("paths")
        if not isinstance(paths, list) or not paths or not all(isinstance(p, str) and p for p in paths):
            problems.append("'corpus' has no 'paths' (a list of the files, folders or globs read)")
    notebooks = data.get("notebooks")
    if not isinstance(notebooks, dict) or not notebooks:
        problems.append("'notebooks' is not a mapping of notebook name to entry")
    else:
        for name, entry in sorted(notebooks.items(), key=lambda kv: str(kv[0])):
            if not isinstance(entry, dict):
                problems.append(f"notebook entry {name!r} is not a mapping")
            elif not isinstance(entry.get("source", name), str) or not isinstance(entry.get("parameters") or {}, dict):
                problems.append(f"notebook entry {name!r}: 'source' must be a path and 'parameters' a mapping")
    options = data.get("options", {})
    if not isinstance(options, dict):
        problems.append("'options' is not a mapping")
    else:
        for key in ("model", "aliases"):
            if options.get(key) is not None and not isinstance(options[key], str):
                problems.append(f"'options.{key}' is not text")
        fields = options.get("fields")
        if fields is not None and not (isinstance(fields, dict) and all(isinstance(v, str) for v in fields.values())):
            problems.append("'options.fields' is not a mapping of field names")
        filters = options.get("filters")
        if filters is not None and not (isinstance(filters, dict) and set(filters) <= set(FILTER_KEYS)):
            problems.append(f"'options.filters' is not a mapping of {', '.join(FILTER_KEYS)}")
    return problems


def compare_tables(before: dict, after: dict) -> list[str]:
    """Differences between the table hashes of two manifests; empty when identical."""
    old, new = before.get("tables", {}), after.get("tables", {})
    lines = []
    for name in sorted(set(old) | set(new)):
        if name not in new:
            lines.append(f"{name}: missing from the new run")
        elif name not in old:
            lines.append(f"{name}: new in this run")
        elif old[name] != new[name]:
            lines.append(f"{name}: differs ({old[name][:12]} → {new[name][:12]})")
    return lines


def compare_outputs(before: dict, after: dict) -> list[str]:
    """Notebooks whose outputs (volatile metadata removed) changed."""
    lines = []
    for name, entry in sorted(after.get("notebooks", {}).items()):
        old = before.get("notebooks", {}).get(name, {}).get("outputs_sha256")
        new = entry.get("outputs_sha256")
        if old and new and old != new:
            lines.append(f"{name}: outputs differ")
    return lines
