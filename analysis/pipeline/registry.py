"""Extractors are registered once by name and configured by name (after spaCy's factories).

An extractor is a factory ``make(config) -> run`` where ``run(context)`` returns the
records of one article (:class:`analysis.text.context.ExtractionContext`). The engine
builds each extractor once per process, orders them by ``requires`` and hands every
extractor the same parsed ``Doc``.

This module imports no extractor: :mod:`analysis.pipeline.builtin` registers the
built-in ones, and a new analysis is one package in :mod:`analysis.extractors` plus one
line there.

Each registration declares its ``version`` and the code and data it ``depends`` on
(module or package names); the extractor-result cache key covers exactly those files,
so editing a chart never throws cached extractions away and editing a rule always does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Protocol

from analysis.text.context import ExtractionContext

# What every extractor reads: the context, the records and the corpus's paragraphs.
COMMON_DEPENDS = ("analysis.text", "analysis.pipeline.records", "analysis.pipeline.registry", "corpus.normalize")


class Run(Protocol):
    def __call__(self, context: ExtractionContext) -> Iterable[Any]: ...


@dataclass(slots=True, frozen=True)
class ExtractorSpec:
    name: str
    table: str
    factory: Callable[[dict], Run]
    requires: tuple[str, ...] = ()
    version: str = "1"
    depends: tuple[str, ...] = ()


_REGISTRY: dict[str, ExtractorSpec] = {}


def register_extractor(
    name: str,
    *,
    table: str,
    requires: tuple[str, ...] = (),
    version: str = "1",
    depends: tuple[str, ...] = (),
):
    """Decorator for an extractor factory ``make(config: dict) -> run(context)``.

    ``depends``: the modules or packages whose files decide the extractor's output
    besides :data:`COMMON_DEPENDS` (its own package, usually); ``version``: bump it for a
    change those files do not show (a new dependency release, say).
    """

    def decorate(factory: Callable[[dict], Run]) -> Callable[[dict], Run]:
        if name in _REGISTRY and _REGISTRY[name].factory is not factory:
            raise ValueError(f"extractor {name!r} is already registered")
        _REGISTRY[name] = ExtractorSpec(
            name, table, factory, tuple(requires), str(version), tuple(COMMON_DEPENDS) + tuple(depends)
        )
        return factory

    return decorate


def registered() -> dict[str, ExtractorSpec]:
    return dict(_REGISTRY)


def resolve_order(names: Iterable[str] | None = None) -> list[ExtractorSpec]:
    """The named extractors (default: all) plus what they require, dependencies first."""
    specs = registered()
    wanted = list(names) if names is not None else sorted(specs)
    ordered: list[ExtractorSpec] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if any(spec.name == name for spec in ordered):
            return
        if name not in specs:
            raise KeyError(f"unknown extractor {name!r}; registered: {', '.join(sorted(specs))}")
        if name in visiting:
            raise ValueError(f"extractor dependency cycle through {name!r}")
        visiting.add(name)
        for dependency in specs[name].requires:
            visit(dependency)
        visiting.discard(name)
        ordered.append(specs[name])

    for name in wanted:
        visit(name)
    return ordered


def build(names: Iterable[str] | None = None, config: dict | None = None) -> list[tuple[ExtractorSpec, Run]]:
    """Instantiate extractors; ``config[name]`` is passed to that extractor's factory."""
    config = config or {}
    return [(spec, spec.factory(dict(config.get(spec.name) or {}))) for spec in resolve_order(names)]
