"""The reports folder: one lock, hidden staging folders, atomic publication, pruning.

Layout of ``reports/``::

    .lock                  flock'ed by the run in progress
    .<run-id>.tmp/         a run being written (left behind only by a killed run)
    <run-id>/              a finished run (its notebooks may have failed)
    latest -> <run-id>     the newest run whose notebooks all succeeded

Every folder the kit creates carries a marker file, ``.newslens-run``, written before
anything else into it. Cleaning up after a killed run and ``--keep`` pruning touch only
marked folders (and the links and temporary ``latest`` links the kit names), never a
file, folder or link of the user's that happens to look like one of them.

While a run is in progress ``<run-id>`` is a symlink to its staging folder, so that
the ``tables_dir`` injected into the notebooks already names the final location and
the executed notebooks still open after publication. Publishing replaces that link by
the folder (one ``rename``); ``latest`` is swapped with a temporary link and
``os.replace``, so readers see the old run or the new one, never neither.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fcntl
import logging
import os
import re
import shutil
from pathlib import Path

from analysis.errors import LockBusy

log = logging.getLogger(__name__)

LATEST = "latest"
LOCK = ".lock"
MARKER = ".newslens-run"
RUN_ID = re.compile(r"^\d{8}T\d{6}Z-[0-9a-f]{8}(-\d+)?$")
STAGING = re.compile(r"^\.(\d{8}T\d{6}Z-[0-9a-f]{8}(-\d+)?)\.tmp$")
LATEST_TMP = re.compile(r"^\.latest\.\d+\.tmp$")


@contextlib.contextmanager
def locked(out_dir: Path, *, wait: bool):
    """Hold ``out_dir/.lock`` for the whole run; the kernel drops it if the process dies."""
    out_dir.mkdir(parents=True, exist_ok=True)
    handle = open(out_dir / LOCK, "a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            if err.errno not in (errno.EAGAIN, errno.EACCES):
                raise
            holder = _read_holder(handle)
            if not wait:
                raise LockBusy(
                    f"another report run is writing to {out_dir}{holder}; "
                    f"wait for it, or pass --wait to queue behind it"
                ) from None
            log.info("waiting for the report run holding %s%s", out_dir / LOCK, holder)
            fcntl.flock(handle, fcntl.LOCK_EX)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}\n")
        handle.flush()
        yield
    finally:
        handle.close()  # closing releases the flock


def _read_holder(handle) -> str:
    handle.seek(0)
    text = handle.read().strip()
    return f" ({text})" if text else ""


def new_run_id(out_dir: Path, fingerprint: str, now: dt.datetime | None = None) -> str:
    """``20260104T093000Z-1a2b3c4d``: UTC start time and corpus fingerprint, made unique."""
    now = now or dt.datetime.now(dt.timezone.utc)
    base = f"{now:%Y%m%dT%H%M%SZ}-{fingerprint[:8]}"
    run_id, n = base, 1
    while _taken(out_dir, run_id):
        n += 1
        run_id = f"{base}-{n}"
    return run_id


def _taken(out_dir: Path, run_id: str) -> bool:
    return os.path.lexists(out_dir / run_id) or os.path.lexists(out_dir / f".{run_id}.tmp")


def staging_dir(out_dir: Path, run_id: str) -> Path:
    return out_dir / f".{run_id}.tmp"


def open_staging(out_dir: Path, run_id: str) -> Path:
    """Create the staging folder and the ``<run-id>`` link to it."""
    staging = staging_dir(out_dir, run_id)
    staging.mkdir(parents=True)
    mark(staging, run_id)
    os.symlink(staging.name, out_dir / run_id)
    return staging


def mark(folder: Path, run_id: str) -> None:
    """Write the kit's marker into a folder it created (it stays there after publication)."""
    (folder / MARKER).write_text(f"newslens report run {run_id}\n", encoding="utf-8")


def is_marked(folder: Path) -> bool:
    """A real folder (not a link) holding the kit's marker file."""
    return folder.is_dir() and not folder.is_symlink() and (folder / MARKER).is_file()


def publish(out_dir: Path, run_id: str) -> Path:
    """Turn the staging folder into ``out_dir/<run-id>``."""
    final = out_dir / run_id
    if final.is_symlink():
        final.unlink()
    os.rename(staging_dir(out_dir, run_id), final)
    _fsync_dir(out_dir)
    return final


def point_latest(out_dir: Path, run_id: str) -> None:
    """Atomically make ``out_dir/latest`` point at ``run_id``."""
    tmp = out_dir / f".{LATEST}.{os.getpid()}.tmp"
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    os.symlink(run_id, tmp)
    os.replace(tmp, out_dir / LATEST)
    _fsync_dir(out_dir)


def latest_run(out_dir: Path) -> str | None:
    link = out_dir / LATEST
    if not link.is_symlink():
        return None
    return os.readlink(link).rstrip("/").split("/")[-1]


def remove_stale(out_dir: Path) -> list[str]:
    """Remove what killed runs left (staging folders and their links); we hold the lock.

    Only the kit's own leftovers: a ``.<run-id>.tmp`` folder holding the marker (or empty:
    killed before its marker), a ``<run-id>`` link to such a folder, a ``.latest.<pid>.tmp``
    link to a run id.
    Anything else, even if named alike, is the user's and stays.
    """
    removed = []
    entries = sorted(out_dir.iterdir()) if out_dir.is_dir() else []
    stale = {entry.name for entry in entries if STAGING.match(entry.name) and is_marked(entry)}
    for entry in entries:
        # A run killed between mkdir and its marker leaves an empty staging folder: nothing
        # of the user's can be in an empty folder, so it goes (rmdir refuses any other).
        if STAGING.match(entry.name) and entry.is_dir() and not entry.is_symlink() and entry.name not in stale:
            with contextlib.suppress(OSError):
                entry.rmdir()
                removed.append(entry.name)
    for entry in entries:  # links first: a run's link never outlives its folder
        name = entry.name
        if entry.is_symlink() and RUN_ID.match(name) and os.readlink(entry) == f".{name}.tmp" and f".{name}.tmp" in stale:
            entry.unlink()
            removed.append(name)
        elif entry.is_symlink() and LATEST_TMP.match(name) and RUN_ID.match(os.readlink(entry).rstrip("/")):
            entry.unlink()
            removed.append(name)
    for name in sorted(stale):
        shutil.rmtree(out_dir / name, ignore_errors=True)
        removed.append(name)
    for entry in entries:
        if entry.name not in removed and (STAGING.match(entry.name) or entry.name.endswith(".tmp")):
            log.debug("left %s in %s alone: not written by newslens", entry.name, out_dir)
    if removed:
        log.info("removed what an interrupted run left in %s: %s", out_dir, ", ".join(removed))
    return removed


def finished_runs(out_dir: Path) -> list[str]:
    """Published run folders (marked by the kit), oldest first (run ids sort by time)."""
    if not out_dir.is_dir():
        return []
    runs = [p.name for p in out_dir.iterdir() if RUN_ID.match(p.name) and is_marked(p)]
    return sorted(runs, key=_run_sort_key)


def _run_sort_key(run_id: str) -> tuple:
    stamp, _, rest = run_id.partition("-")
    suffix = rest.split("-")[1] if rest.count("-") else "1"
    return (stamp, int(suffix), rest)


def prune(out_dir: Path, keep: int, *, protect: tuple[str, ...] = ()) -> list[str]:
    """Delete all but the ``keep`` newest runs; never the one ``latest`` points to."""
    if keep < 1:
        raise ValueError("--keep must be at least 1")
    runs = finished_runs(out_dir)
    spared = set(runs[-keep:]) | set(protect)
    current = latest_run(out_dir)
    if current:
        spared.add(current)
    removed = [run for run in runs if run not in spared]
    for run in removed:
        if is_marked(out_dir / run):  # checked again just before deleting
            shutil.rmtree(out_dir / run)
    if removed:
        log.info("pruned %d old run(s): %s", len(removed), ", ".join(removed))
    return removed


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
