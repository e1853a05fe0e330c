"""Notebook parameters: files, -p overrides, checks against the parameters cell, injection."""

from __future__ import annotations

import ast

import pytest

from analysis.report import params
from tests._report_runs import FIXTURE_NOTEBOOKS, ROOT

OVERVIEW = ROOT / "analysis" / "notebooks" / "01_corpus_overview.ipynb"


@pytest.fixture(scope="module")
def declared():
    return {
        "01_corpus_overview": params.declared_parameters(OVERVIEW),
        "echo": params.declared_parameters(FIXTURE_NOTEBOOKS / "echo.ipynb"),
    }


def test_declared_types_come_from_the_defaults(declared):
    overview = declared["01_corpus_overview"]
    assert overview["top_sources"].accepts == (int,)
    assert overview["time_unit"].accepts == (str,)
    assert overview["tables_dir"].accepts is None  # None default: anything goes
    assert overview["corpus"].default == "seeds/"


def test_annotations_win_over_defaults():
    assert params._accepted_types("Optional[str]", None)[0] == (type(None), str)
    assert params._accepted_types("str | None", None)[0] == (str, type(None))
    assert params._accepted_types("list[str]", [])[0] == (list,)
    assert params._accepted_types("None", 1.5)[0] == (float,)


def test_file_sections_shared_values_and_overrides_merge_in_order(tmp_path, declared):
    path = tmp_path / "p.yaml"
    path.write_text("shared:\n  show_rows: 5\n  repeat: 2\n01_corpus_overview:\n  top_sources: 3\n", encoding="utf-8")
    request = params.apply_overrides(params.load_file(path), ["01_corpus_overview.top_sources=4", "message=2026"])
    resolved = params.resolve(request, declared)
    # shared values go only to the notebooks that declare them
    assert resolved["01_corpus_overview"] == {"show_rows": 5, "top_sources": 4}
    # a text parameter keeps -p text as written: "2026", not the int 2026
    assert resolved["echo"] == {"message": "2026", "repeat": 2}


def test_p_overrides_win_over_every_file_section(tmp_path, declared):
    path = tmp_path / "p.yaml"
    path.write_text("shared:\n  show_rows: 5\n01_corpus_overview:\n  show_rows: 6\n  top_sources: 3\n", encoding="utf-8")
    request = params.apply_overrides(params.load_file(path), ["show_rows=7", "top_sources=8", "01_corpus_overview.top_sources=9"])
    assert params.resolve(request, declared)["01_corpus_overview"] == {"show_rows": 7, "top_sources": 9}


def test_json_files_work_too(tmp_path, declared):
    path = tmp_path / "p.json"
    path.write_text('{"echo": {"message": "hi", "repeat": 3}}', encoding="utf-8")
    assert params.resolve(params.load_file(path), declared)["echo"] == {"message": "hi", "repeat": 3}


@pytest.mark.parametrize(
    "text, message",
    [
        ("shared:\n  nothing_declares_this: 1\n", "unknown parameter 'nothing_declares_this'"),
        ("echo:\n  mesage: hi\n", "echo has no parameter 'mesage' (it has: message, repeat)"),
        ("echo:\n  repeat: three\n", "echo.repeat expects int (default 1), got str 'three'"),
        ("echo:\n  repeat: true\n", "echo.repeat expects int"),
        ("echo:\n  message: [a, b]\n", "echo.message expects str"),
        ("02_missing:\n  x: 1\n", "no notebook named '02_missing'"),
        ("shared:\n  tables_dir: /tmp\n", "'tables_dir' is set by the runner"),
        ("- just\n- a list\n", "expected a mapping"),
        ("echo: [1, 2]\n", "section 'echo' must be a mapping"),
        ("echo:\n  message: 'unclosed\n", "not valid YAML"),
    ],
)
def test_bad_parameters_are_clear_errors_naming_the_file(tmp_path, declared, text, message):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(params.ParameterError) as err:
        params.resolve(params.load_file(path), declared)
    assert message in str(err.value)
    if "mapping" not in message and "YAML" not in message:
        assert str(path) in str(err.value)


def test_every_problem_is_reported_at_once(declared):
    request = params.apply_overrides(params.ParameterRequest(), ["echo.repeat=x", "echo.nope=1", "zzz=1"])
    with pytest.raises(params.ParameterError) as err:
        params.resolve(request, declared)
    text = str(err.value)
    assert "-p echo.repeat" in text and "-p echo.nope" in text and "-p zzz" in text


def test_override_syntax_errors():
    with pytest.raises(params.ParameterError, match="expected name=value"):
        params.apply_overrides(params.ParameterRequest(), ["no-equals-sign"])
    with pytest.raises(params.ParameterError, match="not a parameter name"):
        params.apply_overrides(params.ParameterRequest(), ["echo.1x=2"])


def test_float_parameters_take_ints_and_exponents():
    declared = {"nb": {"seconds": params.Declared("seconds", 1.0, (float,), "float")}}
    request = params.apply_overrides(params.ParameterRequest(), ["seconds=1e3"])
    assert params.resolve(request, declared) == {"nb": {"seconds": 1000.0}}
    request = params.apply_overrides(params.ParameterRequest(), ["seconds=2"])
    assert params.resolve(request, declared) == {"nb": {"seconds": 2}}


HOSTILE = [
    "\nimport os; os.system('touch pwned')",
    '"; import os; os.system("touch pwned"); "',
    "\\\"\nimport os; os.system('touch pwned')\n#",
    "'''\nimport os\n'''",
    '"""\nimport os\n"""',
    "\\",
    "\x00\r\u2028import os",
    "{}".format("\\N{LATIN SMALL LETTER A}"),
]


@pytest.mark.parametrize("value", HOSTILE)
def test_injected_parameter_values_stay_literals(value):
    """papermill writes values as Python literals: the cell parses to assignments of the exact value."""
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    nb = load_notebook_node(str(FIXTURE_NOTEBOOKS / "echo.ipynb"))
    injected = parameterize_notebook(nb, {"message": value, "tables_dir": value, "repeat": 2})
    cell = next(c for c in injected.cells if "injected-parameters" in c.metadata.get("tags", []))
    tree = ast.parse(cell.source)
    assigned = {}
    for node in tree.body:
        assert isinstance(node, ast.Assign), ast.dump(node)
        assert isinstance(node.value, ast.Constant), ast.dump(node)
        assigned[node.targets[0].id] = node.value.value
    assert assigned == {"message": value, "tables_dir": value, "repeat": 2}
