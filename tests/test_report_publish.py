"""The reports folder: lock, run ids, atomic publication, stale staging, pruning."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap

import pytest

from analysis.report import publish

NOW = dt.datetime(2026, 1, 4, 9, 30, 0, tzinfo=dt.timezone.utc)


def test_run_ids_are_time_and_fingerprint_and_never_reused(tmp_path):
    first = publish.new_run_id(tmp_path, "1a2b3c4d5e6f", NOW)
    assert first == "20260104T093000Z-1a2b3c4d"
    publish.open_staging(tmp_path, first)
    second = publish.new_run_id(tmp_path, "1a2b3c4d5e6f", NOW)
    assert second == "20260104T093000Z-1a2b3c4d-2"
    publish.publish(tmp_path, first)
    publish.open_staging(tmp_path, second)
    assert publish.new_run_id(tmp_path, "1a2b3c4d5e6f", NOW) == "20260104T093000Z-1a2b3c4d-3"
    assert all(publish.RUN_ID.match(r) for r in (first, second))


def test_staging_is_linked_under_the_final_name_then_becomes_the_folder(tmp_path):
    run = "20260104T093000Z-1a2b3c4d"
    staging = publish.open_staging(tmp_path, run)
    (tmp_path / run / "tables").mkdir()  # written through the link
    assert (staging / "tables").is_dir()
    assert (tmp_path / run).is_symlink()
    assert publish.finished_runs(tmp_path) == []  # in progress: not a finished run
    final = publish.publish(tmp_path, run)
    assert final.is_dir() and not final.is_symlink() and (final / "tables").is_dir()
    assert not staging.exists()
    assert publish.finished_runs(tmp_path) == [run]


def test_latest_is_replaced_atomically(tmp_path):
    for run in ("20260104T093000Z-aaaaaaaa", "20260105T093000Z-aaaaaaaa"):
        (tmp_path / run).mkdir()
    publish.point_latest(tmp_path, "20260104T093000Z-aaaaaaaa")
    publish.point_latest(tmp_path, "20260105T093000Z-aaaaaaaa")
    assert os.readlink(tmp_path / "latest") == "20260105T093000Z-aaaaaaaa"
    assert publish.latest_run(tmp_path) == "20260105T093000Z-aaaaaaaa"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["20260104T093000Z-aaaaaaaa", "20260105T093000Z-aaaaaaaa", "latest"]


def test_stale_staging_and_links_are_removed_but_runs_are_not(tmp_path):
    kept = "20260104T093000Z-aaaaaaaa"
    (tmp_path / kept).mkdir()
    publish.point_latest(tmp_path, kept)
    killed = "20260105T093000Z-bbbbbbbb"
    publish.open_staging(tmp_path, killed)
    (tmp_path / f".latest.{12345}.tmp").symlink_to(kept)
    removed = publish.remove_stale(tmp_path)
    assert set(removed) == {f".{killed}.tmp", killed, ".latest.12345.tmp"}
    assert sorted(p.name for p in tmp_path.iterdir()) == [kept, "latest"]


def test_a_staging_folder_killed_before_its_marker_goes_but_a_users_like_named_folder_stays(tmp_path):
    empty = tmp_path / ".20260105T093000Z-bbbbbbbb.tmp"  # mkdir done, marker not yet written
    empty.mkdir()
    users = tmp_path / ".20260106T093000Z-cccccccc.tmp"
    users.mkdir()
    (users / "notes.txt").write_text("mine", encoding="utf-8")
    removed = publish.remove_stale(tmp_path)
    assert removed == [empty.name]
    assert [p.name for p in tmp_path.iterdir()] == [users.name]


def test_prune_keeps_the_newest_and_whatever_latest_points_to(tmp_path):
    runs = [f"2026010{d}T093000Z-aaaaaaaa" for d in range(1, 7)]
    for run in runs:
        (tmp_path / run).mkdir()
        publish.mark(tmp_path / run, run)  # the kit prunes only runs it wrote
    (tmp_path / "20260102T093000Z-aaaaaaaa-2").mkdir()
    publish.mark(tmp_path / "20260102T093000Z-aaaaaaaa-2", "20260102T093000Z-aaaaaaaa-2")
    publish.point_latest(tmp_path, runs[1])  # an older run is the last good one
    removed = publish.prune(tmp_path, 2)
    left = publish.finished_runs(tmp_path)
    assert left == [runs[1], runs[4], runs[5]]
    assert runs[1] not in removed and len(removed) == 4
    with pytest.raises(ValueError):
        publish.prune(tmp_path, 0)


def test_run_ids_sort_by_time_then_suffix():
    ids = ["20260104T093000Z-aaaaaaaa-10", "20260104T093000Z-aaaaaaaa-2", "20260104T093000Z-aaaaaaaa",
           "20260103T000000Z-ffffffff"]
    assert sorted(ids, key=publish._run_sort_key) == [ids[3], ids[2], ids[1], ids[0]]


def test_the_lock_is_exclusive_across_processes_and_released_when_the_holder_dies(tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            sys.path.insert(0, {str(publish.__file__.rsplit('/analysis/', 1)[0])!r})
            from pathlib import Path
            from analysis.report import publish
            with publish.locked(Path({str(tmp_path)!r}), wait=False):
                print("held", flush=True)
                time.sleep(60)
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(publish.LockBusy, match=r"another report run is writing to .*pid \d+.*--wait"):
            with publish.locked(tmp_path, wait=False):
                pass
    finally:
        holder.kill()  # a killed holder cannot leave the lock behind
        holder.wait()
    with publish.locked(tmp_path, wait=False):
        pass
