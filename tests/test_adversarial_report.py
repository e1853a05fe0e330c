"""Findings of the adversarial review of ``newslens report`` (issue 16), one test or more each.

1. the reports folder: only what carries the kit's marker is ever cleaned up or pruned;
2. extreme dates (0001-01-01, 9999-12-31) stay off the time axes, said in words, no failure;
3. parameter values that are no JSON (YAML dates, sets) are coerced or refused up front;
4. unreadable --params / --aliases files: a message naming the file, exit 2;
5. --out a file, read-only, or with braces in its name;
6. --rerun with a manifest missing what a rerun needs;
7. --jobs never starts more workers than there are notebooks;
8. the pool's workers (and their kernels) die with the report process.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from analysis.report import params, publish
from tests import _report_runs as runs

ECHO = str(runs.FIXTURE_NOTEBOOKS / "echo.ipynb")
SLEEPS = str(runs.FIXTURE_NOTEBOOKS / "sleeps.ipynb")
ACTORS = runs.ROOT / "analysis" / "notebooks" / "02_actor_frequency.ipynb"


def _no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr, stderr


# -- 1. the kit touches only what it marked ------------------------------------


def _user_things(out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    thesis = out / ".thesis.tmp"
    thesis.mkdir()
    (thesis / "ch1.txt").write_text("chapter one\n", encoding="utf-8")
    (out / ".notes.tmp").write_text("my notes\n", encoding="utf-8")
    link = out / "20250101T000000Z-0123abcd"  # named like a run id, pointing at the user's folder
    link.symlink_to(".thesis.tmp")
    other = out / "20240101T000000Z-feedbeef"  # a folder named like a run id, not the kit's
    other.mkdir()
    (other / "data.csv").write_text("a,b\n", encoding="utf-8")
    return {"thesis": thesis, "notes": out / ".notes.tmp", "link": link, "other": other}


def _assert_intact(things: dict[str, Path]) -> None:
    assert (things["thesis"] / "ch1.txt").read_text(encoding="utf-8") == "chapter one\n"
    assert things["notes"].read_text(encoding="utf-8") == "my notes\n"
    assert things["link"].is_symlink() and os.readlink(things["link"]) == ".thesis.tmp"
    assert (things["other"] / "data.csv").is_file()


def test_cleanup_and_prune_spare_what_the_kit_did_not_write_unit(tmp_path):
    things = _user_things(tmp_path)
    killed = "20260105T093000Z-bbbbbbbb"
    publish.open_staging(tmp_path, killed)  # a killed run's staging: marked, removed
    removed = publish.remove_stale(tmp_path)
    assert set(removed) == {f".{killed}.tmp", killed}
    _assert_intact(things)
    for day in (1, 2, 3):
        run = f"2026010{day}T093000Z-aaaaaaaa"
        publish.open_staging(tmp_path, run)
        publish.publish(tmp_path, run)
    assert publish.prune(tmp_path, 1) == ["20260101T093000Z-aaaaaaaa", "20260102T093000Z-aaaaaaaa"]
    _assert_intact(things)
    assert publish.finished_runs(tmp_path) == ["20260103T093000Z-aaaaaaaa"]


@pytest.mark.slow
def test_report_and_keep_leave_the_users_files_in_the_out_folder(tmp_path):
    out = tmp_path / "reports"
    things = _user_things(out)
    first = runs.report(out, str(runs.MULTI), "--notebooks", ECHO)
    assert first.code == 0, first.stdout + first.stderr
    _assert_intact(things)
    again = runs.report(out, str(runs.MULTI), "--notebooks", ECHO, "--keep", "1")
    assert again.code == 0, again.stdout + again.stderr
    _assert_intact(things)
    assert publish.finished_runs(out) == [again.run_dir.name], "the kit's own older run is pruned"


# -- 2. extreme dates ------------------------------------------------------------


def _articles(dates: list[str | None]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(dates))],
            "title": [f"t{i}" for i in range(len(dates))],
            "source": ["Reuters"] * len(dates),
            "published": dates,
            "duplicate_of": [None] * len(dates),
            "n_words": [100 + i for i in range(len(dates))],
        }
    )


# 0001 and 9999 once made a 24,301-month axis (minutes): the timeout fails that.
@pytest.mark.timeout(60)
def test_time_axis_leaves_implausible_dates_off_and_says_so():
    from analysis.views import overview

    articles = _articles(["0001-01-01", "9999-12-31", "2026-01-05", "2026-01-07"])
    timeline = overview.over_time(articles)
    assert timeline["period"].tolist() == ["2026-01-05", "2026-01-06", "2026-01-07"]
    assert timeline["articles"].sum() == 2
    for unit in ("day", "week", "month"):
        assert len(overview.over_time(articles, unit)) <= 3
    fig = overview.plot_over_time(timeline)
    fig.savefig(__import__("io").BytesIO(), format="png")
    text = " ".join(overview.findings(articles, {}))
    assert "2 articles" in text and "left off the timeline" in text
    assert "0001-01-01" in text and "9999-12-31" in text
    summary = overview.summarize(articles, {})
    assert (summary.first_date, summary.last_date) == ("2026-01-05", "2026-01-07")
    assert summary.implausible_dates == 2
    # the load report's listing counts too (a date the loader found implausible)
    report = {"implausible_dates": [{"article_id": "a3", "origin": "x", "published": "2026-01-07"}]}
    assert overview.over_time(articles, load_report=report)["period"].tolist() == ["2026-01-05"]


def test_time_axis_never_fails_on_extreme_dates_alone():
    from analysis.views import overview

    for dates in (["0001-01-01"], ["9999-12-31"], ["0001-01-01", "9999-12-31"]):
        articles = _articles(dates)
        timeline = overview.over_time(articles)
        assert timeline.empty
        overview.plot_over_time(timeline)
        text = " ".join(overview.findings(articles, {}))
        assert "left off the timeline" in text
    # and the period helpers stop at the calendar's end instead of overflowing
    assert overview._period_range(dt.date(9999, 12, 30), dt.date(9999, 12, 31), "month") == [dt.date(9999, 12, 30)]
    assert overview._period_range(dt.date(9999, 12, 27), dt.date(9999, 12, 31), "week") == [dt.date(9999, 12, 27)]


@pytest.mark.slow
def test_report_on_extreme_dates_is_fast_and_writes_the_index(tmp_path):
    corpus = tmp_path / "dates.jsonl"
    rows = [
        {"id": "d1", "title": "Ancient", "source": "Reuters", "published": "0001-01-01", "text": "Russia sold oil to China."},
        {"id": "d2", "title": "Future", "source": "Reuters", "published": "9999-12-31", "text": "Venezuela shipped crude."},
        {"id": "d3", "title": "Now", "source": "AP", "published": "2026-01-05", "text": "Iran exported 1.5 million barrels per day."},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "reports"
    env = {**os.environ, "PYTHONPATH": str(runs.ROOT), "PYTHONUNBUFFERED": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "analysis.cli", "report", str(corpus), "--out", str(out),
         "--notebooks", "01_corpus_overview"],
        cwd=runs.ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    run_dir = runs.Run(out, done.returncode, done.stdout, done.stderr).run_dir
    page = (run_dir / "index.html").read_text(encoding="utf-8")
    assert "left off the timeline" in page
    manifest = json.loads((run_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["notebooks"]["01_corpus_overview"]["status"] == "ok"


# -- 3. parameter values that are no JSON ------------------------------------------


@pytest.fixture(scope="module")
def declared():
    return {
        "02_actor_frequency": params.declared_parameters(ACTORS),
        "echo": params.declared_parameters(runs.FIXTURE_NOTEBOOKS / "echo.ipynb"),
    }


def test_a_yaml_date_for_a_date_parameter_becomes_its_iso_text(tmp_path, declared):
    request = params.apply_overrides(params.ParameterRequest(), ["02_actor_frequency.date_from=2025-01-01"])
    resolved = params.resolve(request, declared)
    assert resolved["02_actor_frequency"]["date_from"] == "2025-01-01"
    json.dumps(resolved)
    path = tmp_path / "p.yaml"
    path.write_text("02_actor_frequency:\n  date_to: 2025-02-01\necho:\n  message: 2025-03-01\n", encoding="utf-8")
    resolved = params.resolve(params.load_file(path), declared)
    assert resolved["02_actor_frequency"]["date_to"] == "2025-02-01"
    assert resolved["echo"]["message"] == "2025-03-01"  # a date for a str parameter: its ISO string
    json.dumps(resolved)


@pytest.mark.parametrize(
    "source",
    ["-p", "file"],
)
def test_a_set_or_other_non_json_value_is_refused_naming_the_parameter(tmp_path, declared, source):
    if source == "-p":
        request = params.apply_overrides(params.ParameterRequest(), ["02_actor_frequency.actor_types=!!set {a, b}"])
    else:
        path = tmp_path / "p.yaml"
        path.write_text("02_actor_frequency:\n  actor_types: !!set {country: null}\n", encoding="utf-8")
        request = params.load_file(path)
    with pytest.raises(params.ParameterError) as err:
        params.resolve(request, declared)
    assert "actor_types" in str(err.value) and "set" in str(err.value)


def test_a_set_value_under_report_exits_2(tmp_path):
    code, stdout, stderr = runs.cli(
        "report", "--out", str(tmp_path / "r"), "-p", "02_actor_frequency.actor_types=!!set {a, b}",
        "--notebooks", "02_actor_frequency",
    )
    assert code == 2, stdout + stderr
    assert "actor_types" in stderr
    _no_traceback(stderr)


# -- 4. unreadable --params and --aliases files -------------------------------------


def test_params_file_not_utf8_names_the_file(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("shared:\n  show_rows: 5  # café\n".encode("latin-1"))
    code, stdout, stderr = runs.cli("report", "--out", str(tmp_path / "r"), "--params", str(path))
    assert code == 2, stdout + stderr
    assert str(path) in stderr and "UTF-8" in stderr
    _no_traceback(stderr)


# Unguarded, the bomb takes minutes and gigabytes: the timeout fails that.
@pytest.mark.timeout(60)
def test_params_file_yaml_bomb_is_refused(tmp_path, declared):
    path = tmp_path / "bomb.yaml"
    levels = ["&a [x, x, x, x, x, x, x, x, x, x]"]
    for prev, name in zip("abcdefgh", "bcdefghi"):
        levels.append(f"&{name} [{', '.join(['*' + prev] * 10)}]")
    # a billion strings once expanded, as the value of a text parameter (whose error would print it)
    path.write_text(f"echo:\n  message: [{', '.join(levels)}]\n", encoding="utf-8")
    with pytest.raises(params.ParameterError) as err:
        params.resolve(params.load_file(path), declared)
    assert str(path) in str(err.value) and "alias bomb" in str(err.value)


@pytest.mark.parametrize(
    "content, message",
    [
        (b"- alias: Foo\xff\n  actor: Bar\n", "UTF-8"),
        (b"- alias: Foo\n  actor: Bar\n  actor_type: spaceship\n", "actor_type 'spaceship'"),
        (b"- alias: [unclosed\n", "not valid YAML"),
    ],
)
def test_malformed_alias_file_under_report_exits_2_naming_it(tmp_path, content, message):
    aliases = tmp_path / "aliases.yaml"
    aliases.write_bytes(content)
    out = tmp_path / "r"
    code, stdout, stderr = runs.cli(
        "report", str(runs.MULTI), "--out", str(out), "--aliases", str(aliases), "--notebooks", ECHO,
    )
    assert code == 2, stdout + stderr
    assert str(aliases) in stderr and message in stderr, stderr
    _no_traceback(stderr)
    assert not out.exists() or sorted(p.name for p in out.iterdir()) == [".lock"]


def test_the_runner_turns_a_newslens_error_of_the_extraction_into_a_report_error(monkeypatch, tmp_path):
    from analysis.errors import AliasFileError, NewslensError, ReportError
    from analysis.pipeline import engine
    from analysis.report import runner

    assert issubclass(AliasFileError, NewslensError)

    def broken(*args, **kwargs):
        raise AliasFileError("aliases.csv: row 3: alias and actor are required")

    monkeypatch.setattr(engine, "extract", broken)
    with pytest.raises(ReportError, match="aliases.csv: row 3"):
        runner._extract(runner.ReportOptions(), ["seeds/"], tmp_path / "tables", None, False)


# -- 5. --out ---------------------------------------------------------------------


def test_out_is_a_regular_file(tmp_path):
    target = tmp_path / "reports.txt"
    target.write_text("not a folder\n", encoding="utf-8")
    code, stdout, stderr = runs.cli("report", "--out", str(target), "--notebooks", ECHO)
    assert code == 2, stdout + stderr
    assert str(target) in stderr and "not a folder" in stderr
    _no_traceback(stderr)
    assert target.read_text(encoding="utf-8") == "not a folder\n"


def test_out_on_a_read_only_file_system(tmp_path, monkeypatch):
    out = tmp_path / "ro" / "reports"
    real_mkdir = Path.mkdir

    def mkdir(self, *args, **kwargs):
        if str(self).startswith(str(tmp_path / "ro")):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", mkdir)
    code, stdout, stderr = runs.cli("report", "--out", str(out), "--notebooks", ECHO)
    assert code == 2, stdout + stderr
    assert str(out) in stderr and "read-only" in stderr.lower()
    _no_traceback(stderr)


def test_out_with_braces_works_and_jobs_start_no_more_workers_than_notebooks(tmp_path):
    out = tmp_path / "re{port}s {0} {}"
    run = runs.report(out, str(runs.MULTI), "--notebooks", ECHO, "--jobs", "8")
    assert run.code == 0, run.stdout + run.stderr
    assert (run.run_dir / "echo.ipynb").is_file() and (run.run_dir / "echo.html").is_file()
    manifest = json.loads((run.run_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["notebooks"]["echo"]["status"] == "ok"
    assert manifest["options"]["jobs"] == 1
    log = (run.run_dir / "run.log").read_text(encoding="utf-8")
    workers = {line.split("newslens worker ")[1].split(":")[0] for line in log.splitlines() if "newslens worker " in line}
    assert len(workers) == 1, log
    assert "1 at a time" in log


# -- 6. --rerun with a broken manifest ------------------------------------------------


@pytest.mark.parametrize("drop", ["corpus", "paths", "notebook-entry"])
def test_rerun_with_a_structurally_wrong_manifest(tmp_path, drop):
    manifest = {
        "run_id": "20260104T093000Z-1a2b3c4d",
        "corpus": {"paths": ["seeds/"]},
        "options": {},
        "notebooks": {"01_corpus_overview": {"source": "notebooks/01_corpus_overview.ipynb", "parameters": {}}},
        "tables": {},
    }
    if drop == "corpus":
        del manifest["corpus"]
    elif drop == "paths":
        manifest["corpus"] = {"fingerprint": "x"}
    else:
        manifest["notebooks"]["01_corpus_overview"] = "not a mapping"
    path = tmp_path / "run" / "manifest.json"
    path.parent.mkdir()
    path.write_text(json.dumps(manifest), encoding="utf-8")
    code, stdout, stderr = runs.cli("report", "--rerun", str(path), "--out", str(tmp_path / "r"))
    assert code == 2, stdout + stderr
    assert str(path) in stderr
    assert {"corpus": "'corpus'", "paths": "'paths'", "notebook-entry": "01_corpus_overview"}[drop] in stderr
    _no_traceback(stderr)


# -- 8. workers die with their parent ---------------------------------------------------


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        fields = text.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _descendants(pid: int) -> set[int]:
    seen, todo = set(), [pid]
    while todo:
        for child in _children(todo.pop()):
            if child not in seen:
                seen.add(child)
                todo.append(child)
    return seen


def _alive(pid: int) -> bool:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return text.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_workers_and_kernels_die_with_a_killed_report(tmp_path):
    out = tmp_path / "reports"
    env = {**os.environ, "PYTHONPATH": str(runs.ROOT), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "analysis.cli", "report", str(runs.MULTI), "--out", str(out),
         "--notebooks", SLEEPS],
        cwd=runs.ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    descendants: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if [p for p in out.glob(".*.tmp") if (p / "sleeps.ipynb").exists()]:
                break
            assert process.poll() is None, "the report ended before its notebook ran"
            time.sleep(0.2)
        else:
            pytest.fail("the run never started its notebook")
        time.sleep(1.0)
        descendants = _descendants(process.pid)
        assert descendants, "the report runs its notebook in a worker process"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(p) for p in descendants):
            time.sleep(0.2)
        survivors = sorted(p for p in descendants if _alive(p))
        assert not survivors, f"still running after the report was killed: {survivors}"
    finally:
        for pid in descendants | {process.pid}:
            if _alive(pid):
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
