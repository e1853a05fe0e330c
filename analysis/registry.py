"""Extractors are registered once by name and configured by name (after spaCy's factories).

An extractor is a factory ``make(config) -> run`` where ``run(context)`` returns the
records of one article. The engine builds each extractor once per process, orders them
by ``requires`` and hands every extractor the same parsed ``Doc``; a new analysis is one
module with one ``@register_extractor`` and an import in :mod:`analysis.extractors`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Protocol
from weakref import WeakKeyDictionary

from spacy.tokens import Doc

from corpus.article import Article


@dataclass(slots=True)
class ExtractionContext:
    """What an extractor sees for one article."""

    article: Article
    doc: Doc
    # Records already produced for this article by the extractors it requires.
    results: dict[str, list] = field(default_factory=dict)


_TEXTS: WeakKeyDictionary = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token again on each access,
    and every extractor needs the whole string."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


class Run(Protocol):
    def __call__(self, context: ExtractionContext) -> Iterable[Any]: ...


@dataclass(slots=True, frozen=True)
class ExtractorSpec:
    name: str
    table: str
    factory: Callable[[dict], Run]
    requires: tuple[str, ...] = ()


_REGISTRY: dict[str, ExtractorSpec] = {}


def register_extractor(name: str, *, table: str, requires: tuple[str, ...] = ()):
    """Decorator for an extractor factory ``make(config: dict) -> run(context)``."""

    def decorate(factory: Callable[[dict], Run]) -> Callable[[dict], Run]:
        if name in _REGISTRY and _REGISTRY[name].factory is not factory:
            raise ValueError(f"extractor {name!r} is already registered")
        _REGISTRY[name] = ExtractorSpec(name, table, factory, tuple(requires))
        return factory

    return decorate


def registered() -> dict[str, ExtractorSpec]:
    import analysis.extractors  # noqa: F401  (registers the built-in extractors)

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
