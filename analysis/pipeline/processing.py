"""Parse and extract one partition of articles: the unit of work of every engine.

The same function runs in-process (``--workers 1``), in a local process pool and on
Dask workers, so the engines cannot drift apart. Each process builds its pipeline,
extractors and caches once (:func:`_processor`) and reuses them for every partition.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from spacy.tokens import Doc

from analysis.pipeline import builtin  # noqa: F401  (registers the built-in extractors)
from analysis.pipeline import registry
from analysis.pipeline.cache import ParseCache, fingerprint_json
from analysis.pipeline.model import load_model, model_info
from analysis.text.actor_table import ActorTable, load_table
from analysis.text.context import ExtractionContext, doc_text
from corpus.article import Article, text_hash

log = logging.getLogger(__name__)

# The parser's memory grows with the text it sees at once; longer articles are parsed
# in pieces cut at paragraph (else whitespace) boundaries and joined back into one Doc.
MAX_CHUNK_CHARS = 100_000
PARSE_BATCH_SIZE = 32
# spaCy's tokenizer peels prefixes and suffixes off a space-free run one character at
# a time, copying the rest each time: quadratic in the run (20,000 "«" take minutes).
# Longer runs of punctuation are cut every MAX_PUNCT_RUN characters into pieces parsed
# apart and joined back; ordinary text never has such runs, so it is parsed as before.
MAX_PUNCT_RUN = 200
_PUNCT_RUN = re.compile(r"(?:[^\w\s]|_){%d,}" % (MAX_PUNCT_RUN + 1))


@dataclass(slots=True, frozen=True)
class Settings:
    """Everything a worker needs to rebuild the same processor; hashable and picklable."""

    model: str | None = None
    extractors: tuple[str, ...] | None = None
    extractor_config_json: str = "{}"
    cache_dir: str | None = None
    use_cache: bool = True


@dataclass(slots=True)
class PartitionResult:
    rows: dict[str, list[dict]] = field(default_factory=dict)
    failures: list[dict] = field(default_factory=list)
    parsed: int = 0
    cached_docs: int = 0
    cached_results: int = 0
    cache_problem: dict | None = None  # {"status", "reason"} when the cache could not be used


class Processor:
    def __init__(self, settings: Settings):
        import json

        self.settings = settings
        self.config = json.loads(settings.extractor_config_json)
        self.specs = registry.resolve_order(settings.extractors)
        self.cache = ParseCache(settings.cache_dir, model_info(settings.model).cache_key) if settings.use_cache else None
        self.extractors_key = _extractors_fingerprint(self.specs, self.config)

    @cached_property
    def actor_table(self) -> ActorTable:
        # One table per run, from its configuration: every extractor that asks "which
        # state is this?" sees the user's alias file.
        return load_table(run_aliases(self.config))

    @cached_property
    def extractors(self):
        # Built on first need, like the model: building the actor table costs a second.
        return registry.build(self.settings.extractors, self.config)

    @cached_property
    def nlp(self):
        # Loaded on first need: a run served wholly from the result cache never loads it.
        return load_model(self.settings.model)

    def process(self, articles: list[Article]) -> PartitionResult:
        result = PartitionResult(rows={spec.table: [] for spec in self.specs})
        pending: list[Article] = []
        for article in articles:
            cached = self._cached_results(article)
            if cached is not None:
                _add_rows(result, cached)
                result.cached_results += 1
            else:
                pending.append(article)
        for article, doc in self._docs(pending, result):
            records = self._extract(article, doc, result)
            if records is None:
                continue
            rows = {table: [record.as_row() for record in items] for table, items in records.items()}
            _add_rows(result, rows)
            if self.cache:
                self.cache.put_results(article.text_sha256, _article_key(article), self.extractors_key, rows)
        if self.cache and self.cache.problem:
            result.cache_problem = dict(self.cache.problem)
        return result

    # -- parsing ------------------------------------------------------------
    def _docs(self, articles: list[Article], result: PartitionResult):
        to_parse: list[Article] = []
        for article in articles:
            doc = self.cache.get_doc(article.text_sha256, self.nlp.vocab) if self.cache else None
            if doc is not None and doc_text(doc) == article.text:
                result.cached_docs += 1
                yield article, doc
            else:
                to_parse.append(article)
        yield from self._parse_all(to_parse, result)

    def _parse_all(self, articles: list[Article], result: PartitionResult):
        """One ``nlp.pipe`` over the partition; on an error, parse the rest one by one."""
        done = 0
        try:
            for index, doc in self._pipe(articles):
                parsed = self._parsed(articles[index], doc, result)
                done = index + 1  # only now: an article whose parse was not kept is parsed again
                yield parsed
        except Exception:
            log.debug("batch parse failed; isolating the failing article", exc_info=True)
            for article in articles[done:]:
                try:
                    doc = self._join(article.text, list(self.nlp.pipe(split_for_parser(article.text))))
                except Exception as err:  # one bad article must not sink the corpus
                    result.failures.append(_failure(article, "parser", err))
                    continue
                yield self._parsed(article, doc, result)

    def _pipe(self, articles: list[Article]):
        items = ((chunk, index) for index, a in enumerate(articles) for chunk in split_for_parser(a.text))
        current, pieces = None, []
        for doc, index in self.nlp.pipe(items, as_tuples=True, batch_size=PARSE_BATCH_SIZE):
            if current is not None and index != current:
                yield current, self._join(articles[current].text, pieces)
                pieces = []
            current = index
            pieces.append(doc)
        if current is not None:
            yield current, self._join(articles[current].text, pieces)

    def _parsed(self, article: Article, doc: Doc, result: PartitionResult):
        result.parsed += 1
        if self.cache:
            self.cache.put_doc(article.text_sha256, doc)
        return article, doc

    @staticmethod
    def _join(text: str, docs: list[Doc]) -> Doc:
        doc = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
        if doc_text(doc) != text:
            raise ValueError("parsed text differs from the article text (tokenizer changed it)")
        return doc

    # -- extraction ---------------------------------------------------------
    def _extract(self, article: Article, doc: Doc, result: PartitionResult) -> dict[str, list] | None:
        context = ExtractionContext(article=article, doc=doc, actor_table=self.actor_table)
        for spec, run in self.extractors:
            try:
                context.results[spec.name] = list(run(context))
            except Exception as err:
                result.failures.append(_failure(article, spec.name, err))
                return None
        return {spec.table: context.results[spec.name] for spec, _ in self.extractors}

    def _cached_results(self, article: Article):
        if not self.cache:
            return None
        return self.cache.get_results(article.text_sha256, _article_key(article), self.extractors_key)


def split_for_parser(text: str, limit: int = MAX_CHUNK_CHARS) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters whose concatenation is ``text``.

    Cuts fall after a paragraph break, else after a sentence end, else after any
    whitespace, so no token is split. A run of more than ``MAX_PUNCT_RUN`` punctuation
    characters without a space is cut as well, every ``MAX_PUNCT_RUN`` characters, so
    that no piece makes the tokenizer quadratic.
    """
    pieces = _split_at_breaks(text, limit)
    if _PUNCT_RUN.search(text) is None:
        return pieces
    return [cut for piece in pieces for cut in _cut_punctuation_runs(piece)]


def _cut_punctuation_runs(text: str) -> list[str]:
    pieces, start = [], 0
    for match in _PUNCT_RUN.finditer(text):
        for cut in range(match.start() + MAX_PUNCT_RUN, match.end(), MAX_PUNCT_RUN):
            pieces.append(text[start:cut])
            start = cut
    pieces.append(text[start:])
    return [piece for piece in pieces if piece] or [text]


def _split_at_breaks(text: str, limit: int) -> list[str]:
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = window.rfind("\n\n")
        if cut > 0:
            cut += 2
        else:
            cut = max(window.rfind(". "), window.rfind("\n")) + 1 or window.rfind(" ") + 1
        if cut <= 0:
            cut = limit  # one huge "word": nothing better to do
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def process_partition(articles: list[Article], settings: Settings) -> PartitionResult:
    return _processor(settings).process(articles)


@lru_cache(maxsize=2)
def _processor(settings: Settings) -> Processor:
    return Processor(settings)


def _add_rows(result: PartitionResult, rows: dict[str, list[dict]]) -> None:
    for table, table_rows in rows.items():
        result.rows.setdefault(table, []).extend(table_rows)


def _article_key(article: Article) -> str:
    # Extractors read the id and metadata (e.g. the date resolves "in November").
    return fingerprint_json([article.article_id, article.published, article.title, article.source, article.url])


def run_aliases(config: dict) -> str | None:
    """The run's alias file (``config["actors"]["aliases"]``, ``--aliases FILE``)."""
    return (config.get("actors") or {}).get("aliases")


# Where the analysis and corpus packages live (a checkout or site-packages).
_PACKAGES_ROOT = Path(__file__).resolve().parents[2]
DATA_SUFFIXES = frozenset({".py", ".yaml", ".yml", ".csv", ".json", ".txt"})


def dependency_files(specs) -> list[Path]:
    """The files whose bytes decide the extractors' output: what each declares it
    ``depends`` on (a module is its file; a package every code and data file under it)."""
    files: set[Path] = set()
    for spec in specs:
        for name in spec.depends:
            module = importlib.import_module(name)
            path = Path(module.__file__).resolve()
            if path.name == "__init__.py":
                files.update(p for p in path.parent.rglob("*") if p.is_file() and p.suffix in DATA_SUFFIXES and "__pycache__" not in p.parts)
            else:
                files.add(path)
    return sorted(files)


def _extractors_fingerprint(specs, config: dict) -> str:
    """Changes when an extractor's declared code or data, its version, its configuration
    or the user's files it names (the alias file) change; nothing else does."""
    digest = hashlib.sha256(fingerprint_json(config).encode())
    for spec in specs:
        digest.update(f"{spec.name}={spec.version}".encode())
    for path in dependency_files(specs):
        # Named relative to the installed packages: the same key on every machine.
        name = path.relative_to(_PACKAGES_ROOT).as_posix() if path.is_relative_to(_PACKAGES_ROOT) else path.name
        digest.update(name.encode())
        digest.update(path.read_bytes())
    for value in _file_values(config):
        digest.update(text_hash(Path(value).read_text(encoding="utf-8", errors="replace")).encode())
    return digest.hexdigest()[:24]


def _file_values(config):
    if isinstance(config, dict):
        for value in config.values():
            yield from _file_values(value)
    elif isinstance(config, (list, tuple)):
        for value in config:
            yield from _file_values(value)
    elif isinstance(config, str) and len(config) < 4096 and Path(config).is_file():
        yield config


def _failure(article: Article, stage: str, err: BaseException) -> dict:
    log.warning("%s: %s failed on article %s: %s", article.origin, stage, article.article_id, err)
    return {
        "article_id": article.article_id,
        "origin": article.origin,
        "extractor": stage,
        "error": f"{type(err).__name__}: {err}",
    }
