"""The house rules: no import cycles, rooms that import only what they own, one actor
table per run, and an extractor cache key that covers exactly what extractors depend on."""

from __future__ import annotations

import ast
import importlib
import json
import sys
import textwrap
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from analysis.pipeline import builtin  # noqa: F401  (registers the built-in extractors)
from analysis.pipeline import engine, processing, registry

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("analysis", "corpus")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _project_modules() -> dict[str, Path]:
    return {_module_name(p): p for package in PACKAGES for p in (ROOT / package).rglob("*.py")}


def _imports(path: Path, name: str, modules: dict[str, Path]) -> set[str]:
    """Project modules ``path`` imports anywhere (module level or inside functions)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            # "from analysis.pipeline import builtin" imports the module builtin.
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in node.names]
        else:
            continue
        found.update(t for t in targets if t in modules)
    found.discard(name)
    return found


def import_graph() -> nx.DiGraph:
    modules = _project_modules()
    graph = nx.DiGraph()
    graph.add_nodes_from(modules)
    for name, path in modules.items():
        graph.add_edges_from((name, target) for target in _imports(path, name, modules))
    return graph


def test_no_import_cycle_among_the_projects_modules():
    graph = import_graph()
    assert graph.number_of_edges() > 50  # the graph really was read
    cycles = [sorted(c) for c in nx.strongly_connected_components(graph) if len(c) > 1]
    assert cycles == []


def _imported_by(prefix: str) -> dict[str, set[str]]:
    """Top-level third-party and project modules imported by the modules under ``prefix``."""
    out = {}
    for path in (ROOT / prefix.replace(".", "/")).rglob("*.py"):
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
        out[str(path.relative_to(ROOT))] = names
    return out


def test_extractors_never_import_pandas_matplotlib_views_or_the_report():
    for path, names in _imported_by("analysis.extractors").items():
        bad = {n for n in names if n.split(".")[0] in ("pandas", "matplotlib") or n.startswith(("analysis.views", "analysis.report", "analysis.query"))}
        assert not bad, (path, bad)


def test_views_never_import_spacy_or_an_extractor():
    for path, names in _imported_by("analysis.views").items():
        bad = {n for n in names if n.split(".")[0] == "spacy" or n.startswith(("analysis.extractors", "analysis.pipeline"))}
        assert not bad, (path, bad)


def test_the_registry_imports_no_extractor():
    graph = import_graph()
    reachable = nx.descendants(graph, "analysis.pipeline.registry")
    assert not {m for m in reachable if m.startswith("analysis.extractors")}


def test_notebooks_import_views_and_query_only():
    seen = set()
    for notebook in sorted((ROOT / "analysis" / "notebooks").glob("*.ipynb")):
        for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] != "code":
                continue
            source = "".join(cell["source"])
            source = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith(("%", "!")))
            for node in ast.walk(ast.parse(source)):
                if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in PACKAGES:
                    seen.add(node.module)
                    assert node.module.startswith(("analysis.views", "analysis.query")), (notebook.name, node.module)
    assert seen  # the notebooks do call the library


def test_no_extractor_loads_a_process_wide_actor_table():
    for path, names in _imported_by("analysis.extractors").items():
        source = (ROOT / path).read_text(encoding="utf-8")
        assert "load_table" not in source and "build_table" not in source, path


# -- one actor table per run ------------------------------------------------------

ALIASES = "alias,actor,actor_type,country\nIvo Marelk,Ivo Marelk,person,NOR\nNordvika,Norway,country,NOR\n"
ARTICLE = {
    "id": "al1",
    "title": "Exports",
    "published": "2026-01-04",
    "text": (
        "Nordvika will raise crude exports to China, officials said on Sunday.\n\n"
        "\u201cWe expect to ship 300,000 barrels per day to China in February,\u201d Ivo Marelk said."
    ),
}


def _extract(tmp_path: Path, aliases: Path | None) -> dict[str, pd.DataFrame]:
    corpus_file = tmp_path / "a.jsonl"
    corpus_file.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    out = tmp_path / ("with" if aliases else "without")
    config = {"actors": {"aliases": str(aliases)}} if aliases else {}
    engine.extract([corpus_file], out, extractor_config=config, use_cache=False)
    return {name: pd.read_parquet(out / f"{name}.parquet") for name in ("actor_mentions", "quotes", "figures")}


def test_a_person_known_only_from_the_alias_file_has_his_state_in_every_table(tmp_path):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text(ALIASES, encoding="utf-8")
    tables = _extract(tmp_path, aliases)
    person = tables["actor_mentions"].query("actor == 'Ivo Marelk'")
    assert set(person.country) == {"NOR"} and set(person.method) == {"alias-file"}
    quote = tables["quotes"].query("kind == 'direct'").iloc[0]  # "officials said" before it is an indirect row
    assert (quote.speaker, quote.speaker_actor, quote.speaker_country) == ("Ivo Marelk", "Ivo Marelk", "NOR")
    figure = tables["figures"].iloc[0]
    # His words, his state: the figure's source is he, its exporter Norway.
    assert (figure.value, figure.source, figure.exporter, figure.importer) == (300000.0, "Ivo Marelk", "NOR", "CHN")

    plain = _extract(tmp_path, None)  # the same text without the file: nobody knows him
    assert pd.isna(plain["quotes"].iloc[0].speaker_country)
    assert plain["figures"].iloc[0].exporter != "NOR"


# -- the extractor cache key ---------------------------------------------------------

def test_the_cache_key_covers_the_rules_and_corpus_normalisation_but_no_view():
    files = {p.relative_to(ROOT).as_posix() for p in processing.dependency_files(registry.resolve_order())}
    assert {"corpus/normalize.py", "analysis/text/data/lexicon.yaml", "analysis/text/data/actors.yaml",
            "analysis/extractors/actors/resolve.py", "analysis/extractors/quotes/speakers.py",
            "analysis/extractors/figures/trade.py", "analysis/text/marks.py"} <= files
    assert not {f for f in files if f.startswith(("analysis/views/", "analysis/report/", "analysis/notebooks/", "notebooks/"))}


@pytest.fixture
def fake_extractor(tmp_path, monkeypatch):
    """An extractor whose rule lives in a module of its own (``fakerules.rules``) beside a
    module it does not declare (``fakerules.chart``)."""
    package = tmp_path / "fakerules"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "rules.py").write_text('ACTOR = "Alpha"\n', encoding="utf-8")
    (package / "chart.py").write_text("COLOUR = 'red'\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    rules = importlib.import_module("fakerules.rules")

    from analysis.pipeline.records import ActorMention

    def make(config):
        def run(context):
            return [ActorMention(context.article.article_id, 0, 1, context.text[:1], rules.ACTOR, "group", None, None, "test")]
        return run

    spec = registry.ExtractorSpec("fake", "actor_mentions", make, (), "1", registry.COMMON_DEPENDS + ("fakerules.rules",))
    monkeypatch.setitem(registry._REGISTRY, "fake", spec)
    yield package, rules
    for name in ("fakerules.rules", "fakerules.chart", "fakerules"):
        sys.modules.pop(name, None)


def _fake_run(tmp_path: Path, cache: Path, label: str):
    processing._processor.cache_clear()  # a new run: a new process would build its key anew
    out = tmp_path / label
    result = engine.extract([ROOT / "seeds"], out, extractors=["fake"], cache_dir=cache)
    return result.stats, set(pd.read_parquet(out / "actor_mentions.parquet").actor)


def test_editing_a_declared_dependency_ignores_the_cached_result(tmp_path, fake_extractor):
    package, rules = fake_extractor
    cache = tmp_path / "cache"
    stats, actors = _fake_run(tmp_path, cache, "cold")
    assert stats["cached_results"] == 0 and actors == {"Alpha"}
    stats, actors = _fake_run(tmp_path, cache, "warm")
    assert stats["cached_results"] == 1 and actors == {"Alpha"}

    (package / "rules.py").write_text('ACTOR = "Beta"\n', encoding="utf-8")
    importlib.reload(rules)
    stats, actors = _fake_run(tmp_path, cache, "edited")
    assert stats["cached_results"] == 0 and actors == {"Beta"}


def test_editing_a_module_the_extractor_does_not_declare_keeps_the_cache(tmp_path, fake_extractor):
    package, _ = fake_extractor
    cache = tmp_path / "cache"
    _fake_run(tmp_path, cache, "cold")
    (package / "chart.py").write_text(textwrap.dedent("COLOUR = 'blue'\n"), encoding="utf-8")
    stats, actors = _fake_run(tmp_path, cache, "after-chart-edit")
    assert stats["cached_results"] == 1 and actors == {"Alpha"}


def test_every_public_error_class_is_a_newslens_error():
    from corpus.errors import NewslensError

    found = []
    for name in _project_modules():
        module = importlib.import_module(name)
        for value in vars(module).values():
            if (
                isinstance(value, type) and issubclass(value, BaseException) and value.__module__ == name
                and not value.__name__.startswith("_")
            ):
                found.append(value)
    assert len(found) >= 10
    assert [c.__qualname__ for c in found if not issubclass(c, NewslensError)] == []


def test_a_chart_label_in_a_script_the_font_lacks_prints_no_warning_on_the_page():
    import subprocess

    code = (
        "import matplotlib; matplotlib.use('Agg'); import analysis.views; import matplotlib.pyplot as plt;"
        "fig, ax = plt.subplots(); ax.set_title('\\u0930\\u0939 \\u0645\\u0631'); fig.canvas.draw()"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "missing from font" not in done.stderr
