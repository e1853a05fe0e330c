"""End-to-end report runs: notebooks under papermill, index, manifest, publication, rerun.

The runs are shared (see tests/_report_runs.py): seeds/ with every notebook, the same
again with --rerun, the multi-article fixture, and a run with a failing notebook.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

import nbformat
import pytest

from analysis.report import clean, publish
from tests import _report_runs as runs

pytestmark = pytest.mark.slow

NOTEBOOKS = sorted(p.stem for p in (runs.ROOT / "analysis" / "notebooks").glob("*.ipynb"))


def _manifest(run_dir: Path) -> dict:
    return json.loads((run_dir / "manifest.json").read_text(encoding="utf-8"))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _last_output(nb) -> str:
    code = [c for c in nb.cells if c.cell_type == "code" and c.get("outputs")]
    assert code, "the notebook shows nothing"
    return runs.outputs_text(nbformat.from_dict({"cells": [code[-1]]}))


# -- the seeds run -------------------------------------------------------------


def test_seeds_report_runs_every_notebook_and_moves_latest():
    run = runs.seeds_run()
    assert run.code == 0, run.stdout + run.stderr
    manifest = _manifest(run.run_dir)
    assert sorted(manifest["notebooks"]) == NOTEBOOKS
    assert all(entry["status"] == "ok" for entry in manifest["notebooks"].values())
    assert publish.latest_run(run.out) in {run.run_dir.name, runs.seeds_rerun().run_dir.name}
    for name in NOTEBOOKS:
        assert (run.run_dir / f"{name}.ipynb").is_file()
        assert (run.run_dir / f"{name}.html").is_file()
    assert not list(run.out.glob(".*.tmp")), "staging left behind"
    assert re.fullmatch(r"\d{8}T\d{6}Z-[0-9a-f]{8}(-\d+)?", run.run_dir.name)


def test_every_notebook_has_no_error_output_and_ends_with_findings_from_the_data():
    seeds, multi = runs.seeds_run(), runs.multi_run()
    assert multi.code == 0, multi.stdout + multi.stderr
    for name in NOTEBOOKS:
        on_seeds = nbformat.read(seeds.run_dir / f"{name}.ipynb", as_version=4)
        on_multi = nbformat.read(multi.run_dir / f"{name}.ipynb", as_version=4)
        for nb in (on_seeds, on_multi):
            errors = [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
            assert not errors, f"{name}: {errors[0].ename}: {errors[0].evalue}"
        # Findings written from the data differ when the data differ; boilerplate would not.
        assert _last_output(on_seeds).strip()
        assert _last_output(on_seeds) != _last_output(on_multi), f"{name}: same findings for both corpora"


def test_overview_notebook_outputs_on_seeds():
    nb = nbformat.read(runs.seeds_run().run_dir / "01_corpus_overview.ipynb", as_version=4)
    findings = _last_output(nb)
    assert "1 unique article" in findings
    assert "No article repeats another" in findings
    assert "Every one of the 1 record read was loaded" in findings
    # The parameters from the file, the shared section and -p were all injected.
    injected = next(c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", []))
    assert "top_sources = 7" in injected.source
    assert "show_rows = 12" in injected.source
    assert 'time_unit = "day"' in injected.source
    images = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(images) >= 3, "the overview draws its charts"


def test_overview_notebook_outputs_on_the_multi_article_fixture():
    nb = nbformat.read(runs.multi_run().run_dir / "01_corpus_overview.ipynb", as_version=4)
    text = runs.outputs_text(nb)
    findings = _last_output(nb)
    assert "5 unique articles from 5 sources" in findings
    assert r"published between 2025\-12\-01 and 2025\-12\-20" in findings
    assert "1 article repeats an earlier one \\(1 exact\\)" in findings
    assert "2 records could not be used" in findings
    assert "invalid JSON" in findings and "no text field" in findings
    assert "The largest source is Reuters with 2 articles" in findings
    # The duplicates table pairs the copy with the article it repeats.
    assert re.search(r"<td>m4</td>.*?<td>m2</td>", text, re.S)
    assert "line 6" in text and "line 7" in text


# -- manifest, index, log ------------------------------------------------------


def test_manifest_records_versions_hashes_and_exact_parameters():
    run = runs.seeds_run()
    manifest = _manifest(run.run_dir)
    for key in ("run_id", "started", "finished", "git", "corpus", "versions", "tables", "notebooks"):
        assert key in manifest
    assert manifest["run_id"] == run.run_dir.name
    assert manifest["corpus"]["paths"] == ["seeds/"]
    assert re.fullmatch(r"[0-9a-f]{64}", manifest["corpus"]["fingerprint"])
    versions = manifest["versions"]
    for package in ("python", "spacy", "textacy", "pandas", "papermill"):
        assert versions[package], package
    assert versions["spacy_model"]["version"] and versions["spacy_model"]["weights_sha256"]
    assert manifest["git"] is None or re.fullmatch(r"[0-9a-f]{40}", manifest["git"]["commit"])
    tables = run.run_dir / "tables"
    assert set(manifest["tables"]) >= {"articles.parquet", "actor_mentions.parquet", "quotes.parquet",
                                       "figures.parquet", "load_report.json"}
    for name, digest in manifest["tables"].items():
        assert _sha256(tables / name) == digest
    overview = manifest["notebooks"]["01_corpus_overview"]
    assert overview["parameters"] == {
        "corpus": "seeds/",
        "tables_dir": str(run.run_dir / "tables"),
        "show_rows": 12,
        "time_unit": "day",
        "top_sources": 7,
    }
    for entry in manifest["notebooks"].values():
        assert entry["parameters"]["tables_dir"] == str(run.run_dir / "tables")
        for name, digest in entry["outputs"].items():
            assert _sha256(run.run_dir / name) == digest
        stem = Path(entry["source"]).stem
        pages = {f"{stem}.ipynb", f"{stem}.html"}
        tables_written = {p.name for p in run.run_dir.glob(f"{stem}-*.csv")}
        assert tables_written, f"{stem} wrote no full table beside its page"
        assert set(entry["outputs"]) == pages | tables_written


def test_index_shows_status_corpus_headlines_links_and_charts():
    from analysis.query import open_tables

    run = runs.multi_run()
    page = (run.run_dir / "index.html").read_text(encoding="utf-8")
    for name in NOTEBOOKS:
        assert f'href="{name}.html"' in page
    assert "All %d notebook" % len(NOTEBOOKS) in page
    tables = open_tables(run.run_dir / "tables")
    copies = set(tables.articles.loc[tables.articles["duplicate_of"].notna(), "article_id"])
    mentions = tables.actor_mentions[~tables.actor_mentions["article_id"].isin(copies)]
    counts = mentions["actor"].value_counts()
    top = sorted(counts[counts == counts.max()].index)[0]
    assert f"<td>{top}" in page
    figures = tables.figures[~tables.figures["article_id"].isin(copies)]
    assert re.search(rf'<div class="n">{len(figures)}</div><div class="label">oil-trade figures', page)
    assert '<div class="n">5</div><div class="label">unique articles' in page
    assert '<div class="n">2</div><div class="label">skipped records' in page
    assert "2025-12-01 – 2025-12-20" in page
    assert page.count("data:image/png;base64,") >= 2
    assert "Content-Security-Policy" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page), "the index loads nothing from the network"


def test_run_log_names_every_notebook_and_has_no_progress_bars():
    run = runs.seeds_run()
    log = (run.run_dir / "run.log").read_text(encoding="utf-8")
    for name in NOTEBOOKS:
        assert f"notebook {name}: ok" in log
    assert "\r" not in log and "it/s" not in log
    assert "\r" not in run.stderr


# -- reproducibility -----------------------------------------------------------


def test_rerun_gives_identical_tables_and_notebook_outputs():
    first, again = runs.seeds_run(), runs.seeds_rerun()
    assert again.code == 0, again.stdout + again.stderr
    assert "tables identical" in again.stdout
    assert "notebook outputs identical" in again.stdout
    assert again.run_dir != first.run_dir
    before, after = _manifest(first.run_dir), _manifest(again.run_dir)
    assert before["tables"] == after["tables"]
    for name in NOTEBOOKS:
        one = clean.strip_volatile(nbformat.read(first.run_dir / f"{name}.ipynb", as_version=4))
        two = clean.strip_volatile(nbformat.read(again.run_dir / f"{name}.ipynb", as_version=4))
        for a, b in zip(one.cells, two.cells, strict=True):
            assert a.get("outputs") == b.get("outputs"), f"{name}: outputs differ in cell {a.get('id')}"
        assert before["notebooks"][name]["outputs_sha256"] == after["notebooks"][name]["outputs_sha256"]
        # Same user parameters; only tables_dir names the new run.
        p1, p2 = before["notebooks"][name]["parameters"], after["notebooks"][name]["parameters"]
        assert {k: v for k, v in p1.items() if k != "tables_dir"} == {k: v for k, v in p2.items() if k != "tables_dir"}
    assert publish.latest_run(first.out) == again.run_dir.name


def test_code_is_hidden_unless_show_code(tmp_path):
    from analysis.report.execute import render_html

    executed = runs.seeds_run().run_dir / "01_corpus_overview.ipynb"
    hidden = (runs.seeds_run().run_dir / "01_corpus_overview.html").read_text(encoding="utf-8")
    shown = render_html(executed, tmp_path / "shown.html", show_code=True).read_text(encoding="utf-8")
    assert "open_report_tables" not in hidden and "Articles over time" in hidden
    assert "open_report_tables" in shown
    assert "<script" not in hidden and "<script" not in shown


def test_strip_volatile_removes_what_papermill_stamps():
    nb = nbformat.read(runs.seeds_run().run_dir / "01_corpus_overview.ipynb", as_version=4)
    assert "papermill" in nb.metadata
    stripped = clean.strip_volatile(nb)
    assert "papermill" not in stripped.metadata
    assert all("papermill" not in c.metadata and "execution" not in c.metadata for c in stripped.cells)


def test_rerun_says_when_tables_differ(tmp_path):
    first = runs.seeds_run()
    manifest = _manifest(first.run_dir)
    manifest["tables"]["articles.parquet"] = "0" * 64
    (tmp_path / "run").mkdir()
    forged = tmp_path / "run" / "manifest.json"
    forged.write_text(json.dumps(manifest), encoding="utf-8")
    out = tmp_path / "reports"
    code, stdout, stderr = runs.cli(
        "report", "--rerun", str(forged), "--out", str(out), "--notebooks", "01_corpus_overview"
    )
    assert code == 2 and "--rerun repeats a past run" in stderr
    manifest["notebooks"] = {"01_corpus_overview": manifest["notebooks"]["01_corpus_overview"]}
    forged.write_text(json.dumps(manifest), encoding="utf-8")
    code, stdout, stderr = runs.cli("report", "--rerun", str(forged), "--out", str(out))
    assert code == 1, stdout + stderr
    assert "tables DIFFER" in stdout and "articles.parquet: differs" in stdout


# -- failures and publication ----------------------------------------------------


def test_failing_notebook_is_kept_marked_and_does_not_move_latest():
    run, latest_before, latest_after = runs.failing_run()
    assert run.code == 1, run.stdout + run.stderr
    assert latest_before is not None
    assert latest_after == latest_before
    manifest = _manifest(run.run_dir)
    assert manifest["status"] == "failed"
    assert manifest["notebooks"]["raises"]["status"] == "failed"
    assert "this notebook fails on purpose" in manifest["notebooks"]["raises"]["error"]
    assert manifest["notebooks"]["echo"]["status"] == "ok"
    nb = nbformat.read(run.run_dir / "raises.ipynb", as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code" and "injected-parameters" not in c.metadata.get("tags", [])]
    assert "before the failure" in code[1].outputs[0].text
    assert code[2].outputs[-1].output_type == "error"
    assert code[3].get("outputs", []) == [], "cells after the failure do not run"
    page = (run.run_dir / "index.html").read_text(encoding="utf-8")
    assert "1 of 2 notebooks failed" in page
    assert re.search(r'href="raises.html".*?status-failed.*?this notebook fails on purpose', page, re.S)
    html = (run.run_dir / "raises.html").read_text(encoding="utf-8")
    assert "this notebook fails on purpose" in html and "before the failure" in html
    assert "FAILED raises" in run.stderr


def test_parameter_value_stays_a_string_and_runs_nothing():
    run, _, _ = runs.failing_run()
    nb = nbformat.read(run.run_dir / "echo.ipynb", as_version=4)
    echoed = json.loads(nb.cells[3].outputs[0].text.splitlines()[0])
    assert echoed == {"message": runs.PAYLOAD, "type": "str", "repeat": 1}
    assert not runs.PWNED.exists()
    # The python3 kernel papermill started is this interpreter (the project's .venv).
    import sys

    kernel_python = nb.cells[3].outputs[0].text.splitlines()[1]
    assert Path(kernel_python).resolve() == Path(sys.executable).resolve()


def test_second_run_on_the_same_reports_folder_exits_2_unless_it_waits(tmp_path):
    import threading

    out = tmp_path / "reports"
    with publish.locked(out, wait=False):
        code, stdout, stderr = runs.cli(
            "report", str(runs.MULTI), "--out", str(out), "--notebooks", str(runs.FIXTURE_NOTEBOOKS / "echo.ipynb")
        )
    assert code == 2
    assert "another report run is writing to" in stderr and "--wait" in stderr
    assert sorted(p.name for p in out.iterdir()) == [".lock"]

    held = threading.Event()
    release = threading.Event()

    def hold():
        with publish.locked(out, wait=False):
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(10)
    threading.Timer(1.0, release.set).start()
    code, stdout, stderr = runs.cli(
        "report", str(runs.MULTI), "--out", str(out), "--wait", "--keep", "1",
        "--notebooks", str(runs.FIXTURE_NOTEBOOKS / "echo.ipynb"),
    )
    holder.join()
    assert code == 0, stdout + stderr
    assert publish.latest_run(out) is not None


def test_usage_errors_exit_2_before_anything_is_written(tmp_path):
    out = tmp_path / "reports"
    cases = [
        (["seeds/", "-p", "no_such_parameter=1"], "unknown parameter 'no_such_parameter'"),
        (["seeds/", "-p", "01_corpus_overview.top_sources=many"], "expects int"),
        (["seeds/", "-p", "tables_dir=/tmp"], "set by the runner"),
        (["no/such/corpus"], "no such file or folder"),
        (["seeds/", "--notebooks", "99_nothing"], "no notebook named '99_nothing'"),
        (["seeds/", "--params", str(tmp_path / "missing.yaml")], "cannot read"),
    ]
    for args, message in cases:
        code, stdout, stderr = runs.cli("report", "--out", str(out), *args)
        assert code == 2, (args, stdout, stderr)
        assert message in stderr, (args, stderr)
    assert not out.exists() or not any(p.name != ".lock" for p in out.iterdir())


def test_killed_run_leaves_latest_and_is_cleaned_up_by_the_next(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    out = tmp_path / "reports"
    echo = str(runs.FIXTURE_NOTEBOOKS / "echo.ipynb")
    first = runs.report(out, str(runs.MULTI), "--notebooks", echo)
    assert first.code == 0, first.stderr
    latest = publish.latest_run(out)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "analysis.cli", "report", str(runs.MULTI), "--out", str(out),
         "--notebooks", str(runs.FIXTURE_NOTEBOOKS / "sleeps.ipynb")],
        cwd=runs.ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            staging = [p for p in out.glob(".*.tmp") if (p / "sleeps.ipynb").exists()]
            if staging:
                break
            assert process.poll() is None, process.communicate()
            time.sleep(0.2)
        else:
            pytest.fail("the run never started its notebook")
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        _, stderr = process.communicate(timeout=30)
    assert publish.latest_run(out) == latest
    assert (out / latest / "index.html").is_file()
    assert publish.finished_runs(out) == [latest], "the killed run was not published"
    assert "\r" not in stderr.decode(), "no progress bars when not on a terminal"

    again = runs.report(out, str(runs.MULTI), "--notebooks", echo, "--keep", "1")
    assert again.code == 0
    assert not list(out.glob(".*.tmp")), "what the killed run left is removed"
    assert publish.finished_runs(out) == [again.run_dir.name]
    assert publish.latest_run(out) == again.run_dir.name
    assert sorted(p.name for p in out.iterdir()) == sorted([".lock", "latest", again.run_dir.name])


def test_strict_turns_skipped_records_into_exit_2_and_publishes_nothing(tmp_path):
    out = tmp_path / "reports"
    code, stdout, stderr = runs.cli(
        "report", str(runs.MULTI), "--out", str(out), "--strict",
        "--notebooks", str(runs.FIXTURE_NOTEBOOKS / "echo.ipynb"),
    )
    assert code == 2, stdout + stderr
    assert "--strict" in stderr and "line 6" in stderr
    assert "Traceback" not in stderr
    assert sorted(p.name for p in out.iterdir()) == [".lock"]


def test_a_run_of_some_notebooks_leaves_latest_unless_asked(tmp_path):
    from analysis.report import publish

    full = runs.report(tmp_path, "--notebooks", *NOTEBOOKS)
    assert full.code == 0 and publish.latest_run(tmp_path) is not None
    before = publish.latest_run(tmp_path)
    subset = runs.report(tmp_path, "--notebooks", "01_corpus_overview")
    assert subset.code == 0
    assert publish.latest_run(tmp_path) == before
    assert "latest not moved: this run covers 1 of 4 notebooks" in subset.stderr
    forced = runs.report(tmp_path, "--notebooks", "01_corpus_overview", "--latest")
    assert forced.code == 0 and publish.latest_run(tmp_path) != before


def test_kernels_warn_nothing_about_tcp_in_the_run_log():
    run = runs.seeds_run()
    log = (run.run_dir / "run.log").read_text(encoding="utf-8")
    assert "without encryption" not in log
