"""Notebook parameters: read them from a file and ``-p`` flags, check them before anything runs.

A parameters file is YAML (or JSON, which YAML reads too)::

    shared:              # offered to every notebook that declares the name
      top_n: 10
    02_actor_frequency:  # one section per notebook, by file stem
      actor_types: [country, person]

``-p name=value`` overrides apply like ``shared`` and win over the file;
``-p notebook.name=value`` applies to one notebook and wins over everything. Values are YAML scalars (``10`` is an int, ``true`` a bool, ``[a, b]`` a list).

Values reach the notebook as JSON data (papermill injects them, the manifest records them):
a YAML date (``-p date_from=2025-01-01``) becomes its ISO text where the parameter takes
text or any value; a set, binary data or a mapping with non-text keys is refused.

Every name must be declared in the notebook's cell tagged ``parameters`` (read with
papermill's ``inspect_notebook``) and every value must have the type of that cell's
default (or of its annotation). The runner injects ``corpus`` and ``tables_dir`` itself,
so a user cannot set them here.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.errors import ParameterError
from corpus.yamlsafe import YamlError, safe_load_bounded

SHARED = "shared"
RUNNER_PARAMETERS = ("corpus", "tables_dir")


@dataclass(slots=True, frozen=True)
class Declared:
    """One name of a notebook's ``parameters`` cell."""

    name: str
    default: Any
    accepts: tuple[type, ...] | None  # None: any value (the default is None and unannotated)
    type_name: str
    help: str = ""


@dataclass(slots=True)
class ParameterRequest:
    """What the user asked for, before it is checked against the notebooks."""

    shared: dict[str, Any] = field(default_factory=dict)
    per_notebook: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Raw text of -p values, so that ``-p title=2026`` can still be a string.
    raw: dict[tuple[str | None, str], str] = field(default_factory=dict)
    origin: dict[tuple[str | None, str], str] = field(default_factory=dict)


def load_file(path: str | Path) -> ParameterRequest:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise ParameterError(
            f"--params {path}: not UTF-8 text (byte 0x{err.object[err.start]:02x} at offset {err.start}); "
            f"save the file as UTF-8"
        ) from None
    except OSError as err:
        raise ParameterError(f"--params {path}: cannot read: {err.strerror or err}") from err
    try:
        # YAML with alias expansion bounded: a few hundred bytes must not expand to a billion values.
        data = json.loads(text) if path.suffix == ".json" else safe_load_bounded(text, origin=f"--params {path}")
    except json.JSONDecodeError as err:
        raise ParameterError(f"--params {path}: not valid JSON: {err}") from err
    except YamlError as err:
        line = f" (line {err.line})" if err.line is not None else ""
        reason = err.reason.removeprefix("invalid YAML: ")
        raise ParameterError(f"--params {path}: not valid YAML{line}: {reason}") from None
    if data is None:
        return ParameterRequest()
    if not isinstance(data, dict):
        raise ParameterError(f"--params {path}: expected a mapping of sections ({SHARED}: and one per notebook)")
    request = ParameterRequest()
    for section, values in data.items():
        if values is None:
            continue
        if not isinstance(values, dict):
            raise ParameterError(f"--params {path}: section {section!r} must be a mapping of name: value")
        target = request.shared if section == SHARED else request.per_notebook.setdefault(str(section), {})
        for name, value in values.items():
            target[str(name)] = value
            request.origin[(None if section == SHARED else str(section), str(name))] = f"{path} [{section}]"
    return request


def apply_overrides(request: ParameterRequest, overrides: list[str]) -> ParameterRequest:
    """``-p name=value`` / ``-p notebook.name=value``; later flags win."""
    for item in overrides or []:
        key, sep, text = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise ParameterError(f"-p {item!r}: expected name=value")
        notebook, _, name = key.rpartition(".")
        if not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise ParameterError(f"-p {item!r}: {name!r} is not a parameter name")
        try:
            value = safe_load_bounded(text, origin=f"-p {key}") if text.strip() else ""
        except YamlError:
            value = text  # not YAML (or refused): keep the text as written
        if notebook:
            request.per_notebook.setdefault(notebook, {})[name] = value
        else:
            # -p beats the file, sections included: ``-p top_n=5`` means 5 everywhere.
            request.shared[name] = value
            for section in request.per_notebook.values():
                section.pop(name, None)
        request.raw[(notebook or None, name)] = text
        request.origin[(notebook or None, name)] = f"-p {key}"
    return request


def declared_parameters(notebook: str | Path) -> dict[str, Declared]:
    """The parameters cell of ``notebook``, as papermill reads it, with the types it implies."""
    import papermill

    try:
        inspected = papermill.inspect_notebook(str(notebook))
    except Exception as err:  # papermill raises bare exceptions for unreadable notebooks
        raise ParameterError(f"{notebook}: cannot read its parameters cell: {err}") from err
    out = {}
    for name, info in inspected.items():
        default = _literal(info.get("default"))
        annotation = info.get("inferred_type_name") or "None"
        accepts, type_name = _accepted_types(annotation, default)
        out[name] = Declared(name, default, accepts, type_name, (info.get("help") or "").strip())
    return out


def resolve(
    request: ParameterRequest, notebooks: dict[str, dict[str, Declared]]
) -> dict[str, dict[str, Any]]:
    """Per notebook, the user's parameters after merging (shared, then section, then -p).

    Raises :class:`ParameterError` listing every problem at once.
    """
    problems: list[str] = []
    for notebook in request.per_notebook:
        if notebook not in notebooks:
            problems.append(
                f"{_where(request, notebook, None)}: no notebook named {notebook!r} in this run "
                f"(notebooks: {', '.join(sorted(notebooks))})"
            )
    for name in request.shared:
        if name in RUNNER_PARAMETERS:
            problems.append(f"{_where(request, None, name)}: {name!r} is set by the runner (pass CORPUS instead)")
        elif not any(name in declared for declared in notebooks.values()):
            problems.append(
                f"{_where(request, None, name)}: unknown parameter {name!r}; no notebook in this run declares it"
            )
    resolved: dict[str, dict[str, Any]] = {}
    for notebook, declared in sorted(notebooks.items()):
        values: dict[str, Any] = {}
        for name, value in request.shared.items():
            if name in declared and name not in RUNNER_PARAMETERS:
                values[name] = _checked(request, None, notebook, declared[name], value, problems)
        for name, value in request.per_notebook.get(notebook, {}).items():
            if name in RUNNER_PARAMETERS:
                problems.append(f"{_where(request, notebook, name)}: {name!r} is set by the runner")
            elif name not in declared:
                known = ", ".join(n for n in sorted(declared) if n not in RUNNER_PARAMETERS) or "none"
                problems.append(
                    f"{_where(request, notebook, name)}: {notebook} has no parameter {name!r} (it has: {known})"
                )
            else:
                values[name] = _checked(request, notebook, notebook, declared[name], value, problems)
        resolved[notebook] = dict(sorted(values.items()))
    if problems:
        raise ParameterError("invalid parameters:\n  " + "\n  ".join(problems))
    return resolved


def _checked(request, section, notebook, declared: Declared, value, problems: list[str]):
    raw = request.raw.get((section, declared.name))
    if raw is not None and declared.accepts and str in declared.accepts:
        # For a text parameter, -p takes the text as written ("2026" stays "2026", a
        # leading newline stays): YAML only for quoted text, null, lists and mappings.
        if not (value is None and type(None) in declared.accepts) and not isinstance(value, (list, dict)):
            if not (isinstance(value, str) and _quoted(raw)):
                value = raw
    if isinstance(value, (dt.date, dt.datetime)) and (declared.accepts is None or str in declared.accepts):
        value = value.isoformat()  # a YAML date for a text parameter: the documented ISO form
    if _accepts(declared, value):
        try:
            return _json_data(value)
        except _NotJson as err:
            problems.append(
                f"{_where(request, section, declared.name)}: {notebook}.{declared.name}: {err} cannot be passed to "
                f"a notebook (text, numbers, true/false, null, lists and mappings only){err.hint}"
            )
            return None
    if raw is not None and declared.accepts and float in declared.accepts:
        try:
            return float(raw)  # YAML 1.1 reads "1e3" as text
        except ValueError:
            pass
    problems.append(
        f"{_where(request, section, declared.name)}: {notebook}.{declared.name} expects {declared.type_name} "
        f"(default {declared.default!r}), got {type(value).__name__} {value!r}"
    )
    return value


class _NotJson(Exception):
    def __init__(self, what: str, hint: str = "") -> None:
        super().__init__(what)
        self.hint = hint


def _json_data(value):
    """``value`` as JSON data (dates inside lists or mappings become ISO text); raises _NotJson."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_json_data(v) for v in value]
    if isinstance(value, dict):
        bad = [k for k in value if not isinstance(k, str)]
        if bad:
            raise _NotJson(f"a mapping with a {type(bad[0]).__name__} key ({bad[0]!r})", "; quote the keys")
        return {k: _json_data(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        raise _NotJson("a set (!!set)", "; write a list instead: [a, b]")
    raise _NotJson(f"a {type(value).__name__} value")


def _quoted(raw: str) -> bool:
    text = raw.strip()
    return len(text) >= 2 and text[0] == text[-1] and text[0] in "'\""


def _accepts(declared: Declared, value) -> bool:
    if declared.accepts is None:
        return True
    if isinstance(value, bool):
        return bool in declared.accepts
    if isinstance(value, int) and float in declared.accepts:
        return True
    return isinstance(value, declared.accepts)


def _where(request: ParameterRequest, section: str | None, name: str | None) -> str:
    if name is not None and (section, name) in request.origin:
        return request.origin[(section, name)]
    for (sec, _), origin in request.origin.items():
        if sec == section:
            return origin.split(" [")[0] + (f" [{section}]" if section else "")
    return "parameters"


_TYPES: dict[str, type] = {
    "str": str, "int": int, "float": float, "bool": bool, "list": list, "dict": dict,
    "tuple": list, "List": list, "Dict": dict, "Tuple": list, "None": type(None), "NoneType": type(None),
}


def _literal(text):
    if text is None:
        return None
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text  # an expression (e.g. Path("x")): nothing to infer from


def _accepted_types(annotation: str, default) -> tuple[tuple[type, ...] | None, str]:
    """Types from the annotation when there is one, else from the default's value."""
    annotation = annotation.strip()
    if annotation and annotation != "None":
        names = re.split(r"\s*[|,]\s*|\[|\]", annotation.replace("Optional[", "None|"))
        kinds = []
        for name in names:
            if name in _TYPES and _TYPES[name] not in kinds:
                kinds.append(_TYPES[name])
            if name in ("Any", "object"):
                return None, "any value"
        if kinds:
            if list in kinds or dict in kinds:  # inner types (list[str]) are not checked
                kinds = [k for k in kinds if k in (list, dict, type(None))] or kinds
            return tuple(kinds), annotation
    if default is None:
        return None, "any value"
    kind = type(default)
    if kind is tuple:
        kind = list
    if kind not in (str, int, float, bool, list, dict):
        return None, "any value"
    return (kind,), kind.__name__
