"""Adversarial input (issue 16): hostile files cost their own records and nothing else.

Each test puts one hostile thing next to a good file and checks that the load
finishes (quickly), that the skip or warning names the file and the place in it,
and that the good articles are still loaded. Hostile files are generated in
tmp_path, never committed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import corpus

ROOT = Path(__file__).resolve().parents[1]


def line(record: dict) -> bytes:
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")


GOOD_FILE = line({"id": "good-1", "text": "The good file's first article, about Urals crude loadings."}) + line(
    {"id": "good-2", "text": "The good file's second article, about Brent futures."})
GOOD_IDS = {"good-1", "good-2"}


def with_good(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.jsonl").write_bytes(GOOD_FILE)
    return folder


def ids_of(loaded) -> set[str]:
    return {a.article_id for a in loaded}


def only_skip(loaded) -> corpus.Skip:
    skipped = loaded.report.skipped
    assert len(skipped) == 1, [s.message for s in skipped]
    return skipped[0]


# --- 1. FIFOs, sockets and other non-regular files ------------------------------------------


class _Unblocker:
    """Opens a FIFO's write end (then closes it) if a reader ever blocks on it.

    The old loader blocked forever opening a FIFO; this makes it see an empty
    file instead, so a regression fails the test (wrong reason) rather than hanging it.
    """

    def __init__(self, fifo: Path) -> None:
        self.fifo = fifo
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self.stop.wait(0.2):
            try:
                fd = os.open(self.fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as err:
                if err.errno in (errno.ENXIO, errno.ENOENT):
                    continue  # no reader waiting: good
                raise
            os.close(fd)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join()


def test_a_fifo_in_a_folder_is_skipped_not_waited_on(tmp_path):
    folder = with_good(tmp_path / "c")
    fifo = folder / "news.txt"
    os.mkfifo(fifo)
    started = time.monotonic()
    with _Unblocker(fifo):
        loaded = corpus.load(folder)
        ids = ids_of(loaded)
    assert time.monotonic() - started < 10
    skip = only_skip(loaded)
    assert skip.file == fifo.as_posix() and skip.locator == "file"
    assert "not a regular file (a FIFO" in skip.reason
    assert ids == GOOD_IDS


def test_a_socket_in_a_folder_is_skipped(tmp_path):
    folder = with_good(tmp_path / "c")
    path = folder / "s.jsonl"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        loaded = corpus.load(folder)
        skip = only_skip(loaded)
        assert skip.file == path.as_posix() and "not a regular file (a socket" in skip.reason
        assert ids_of(loaded) == GOOD_IDS
    finally:
        server.close()


def test_a_fifo_named_on_the_command_line_is_skipped(tmp_path, capsys):
    folder = with_good(tmp_path / "c")
    fifo = tmp_path / "news.jsonl"
    os.mkfifo(fifo)
    with _Unblocker(fifo):
        loaded = corpus.load([folder, fifo])
        ids = ids_of(loaded)
        code = run_cli("validate", str(folder), str(fifo))
    skip = only_skip(loaded)
    assert skip.file == fifo.as_posix() and "not a regular file (a FIFO" in skip.reason
    assert ids == GOOD_IDS
    out = capsys.readouterr().out
    assert code == 2 and f"SKIPPED  {fifo.as_posix()}: not a regular file (a FIFO" in out


# --- 2. and 3. symlinks ---------------------------------------------------------------------


def test_a_symlink_loop_is_skipped_and_the_rest_is_read(tmp_path):
    folder = with_good(tmp_path / "c")
    (folder / "loop.jsonl").symlink_to("loop2.jsonl")
    (folder / "loop2.jsonl").symlink_to("loop.jsonl")
    loaded = corpus.load(folder)
    assert ids_of(loaded) == GOOD_IDS
    skipped = loaded.report.skipped
    assert [s.file for s in skipped] == [(folder / "loop.jsonl").as_posix(), (folder / "loop2.jsonl").as_posix()]
    assert all(s.locator == "file" and "symlink loop" in s.reason for s in skipped)


def test_a_symlink_loop_named_on_the_command_line_is_skipped(tmp_path):
    folder = with_good(tmp_path / "c")
    loop = tmp_path / "self.jsonl"
    loop.symlink_to("self.jsonl")
    loaded = corpus.load([folder, loop])
    assert ids_of(loaded) == GOOD_IDS
    assert "symlink loop" in only_skip(loaded).reason


def test_a_symlink_out_of_the_corpus_folder_is_not_followed(tmp_path):
    folder = with_good(tmp_path / "c")
    secret = tmp_path / "private" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("SECRET api key 1234, not an article.", encoding="utf-8")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "notes.txt").symlink_to(secret)
    (folder / "up.txt").symlink_to("../private/secret.txt")
    # A link that stays inside the corpus folder is followed.
    store = folder / ".store"
    store.mkdir()
    (store / "kept.jsonl").write_bytes(line({"id": "inside-1", "text": "Read through a link inside the corpus."}))
    (folder / "inside.jsonl").symlink_to(".store/kept.jsonl")
    loaded = corpus.load(folder)
    texts = " ".join(a.text for a in loaded)
    assert ids_of(loaded) == GOOD_IDS | {"inside-1"}
    assert "SECRET" not in texts and "root:" not in texts
    skipped = {Path(s.file).name: s for s in loaded.report.skipped}
    assert set(skipped) == {"passwd.txt", "notes.txt", "up.txt"}
    for skip in skipped.values():
        assert skip.locator == "file"
        assert "symlink to a file outside the corpus folder" in skip.reason and "not followed" in skip.reason


def test_a_glob_does_not_follow_symlinks_out_of_its_folder(tmp_path):
    folder = with_good(tmp_path / "c")
    (folder / "passwd.jsonl").symlink_to("/etc/passwd")
    loaded = corpus.load(str(folder / "*.jsonl"))
    assert ids_of(loaded) == GOOD_IDS
    assert "outside the corpus folder" in only_skip(loaded).reason
    # A folder matched by the glob that is a link out of it is not walked either.
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "x.jsonl").write_bytes(line({"id": "outside-1", "text": "Not part of the corpus."}))
    (folder / "more.jsonl").symlink_to(outside, target_is_directory=True)
    loaded = corpus.load(str(folder / "*.jsonl"))
    assert ids_of(loaded) == GOOD_IDS
    assert {Path(s.file).name for s in loaded.report.skipped} == {"passwd.jsonl", "more.jsonl"}


# --- 4. YAML alias bombs ----------------------------------------------------------------------


def yaml_bomb(levels: int, key: str = "published") -> str:
    """Billion laughs: ``levels`` anchors, each a list of ten aliases of the one before (81 aliases at 9)."""
    rows = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for n in range(1, levels):
        rows.append(f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 10)}]")
    rows.append(f"{key}: *l{levels - 1}")
    return "\n".join(rows) + "\n"


# Unguarded, this bomb takes minutes and gigabytes: the timeout fails it, no speed is asserted.
@pytest.mark.timeout(60)
def test_safe_load_bounded_refuses_a_billion_laughs_quickly():
    from corpus.yamlsafe import YamlError, safe_load_bounded

    with pytest.raises(YamlError) as raised:
        safe_load_bounded(yaml_bomb(9), origin="bomb.md")
    err = raised.value
    assert err.origin == "bomb.md" and isinstance(err.line, int) and 1 <= err.line <= 10
    assert "alias" in err.reason and str(err).startswith(f"bomb.md, line {err.line}: ")


def test_safe_load_bounded_refuses_many_aliases_and_recursive_ones():
    from corpus.yamlsafe import YamlError, safe_load_bounded

    many = "a: &a x\nb: [" + ", ".join(["*a"] * 150) + "]\n"
    with pytest.raises(YamlError, match="more than 100 alias"):
        safe_load_bounded(many, origin="many.yaml")
    with pytest.raises(YamlError, match="recursive"):
        safe_load_bounded("a: &a [1, *a]\n", origin="loop.yaml")


def test_safe_load_bounded_reads_ordinary_yaml_and_small_anchors():
    from corpus.yamlsafe import YamlError, safe_load_bounded

    assert safe_load_bounded("title: Oil\ntags: [a, b]\n", origin="x") == {"title": "Oil", "tags": ["a", "b"]}
    assert safe_load_bounded("a: &x {k: 1}\nb: *x\n", origin="x") == {"a": {"k": 1}, "b": {"k": 1}}
    with pytest.raises(YamlError) as raised:
        safe_load_bounded("a: [unclosed\n", origin="bad.yaml")
    assert raised.value.line is not None and "bad.yaml, line" in str(raised.value)
    with pytest.raises(YamlError):
        safe_load_bounded("!!python/object:os.system {}\n", origin="x")  # still the safe loader


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_an_alias_bomb_in_front_matter_skips_that_file_only(tmp_path, suffix):
    folder = with_good(tmp_path / "c")
    # Six levels (a million items) would still load on the old code, as a warning: the skip is the guard.
    bomb = folder / f"bomb{suffix}"
    bomb.write_text("---\ntitle: Boom\n" + yaml_bomb(6) + "---\nBody text of the bomb.\n", encoding="utf-8")
    loaded = corpus.load(folder)
    assert ids_of(loaded) == GOOD_IDS
    skip = only_skip(loaded)
    assert skip.file == bomb.as_posix()
    assert skip.locator.startswith("line ") and 3 <= int(skip.locator.split()[1]) <= 9
    assert "YAML front matter" in skip.reason and "alias" in skip.reason
    assert loaded.report.warnings == []


def test_a_nine_level_alias_bomb_is_refused_in_seconds_and_bounded_memory(tmp_path):
    """The issue's bomb (95 s and 3 GB unguarded), run in a child with a time and memory limit."""
    folder = with_good(tmp_path / "c")
    (folder / "bomb.md").write_text("---\n" + yaml_bomb(9) + "---\nBody.\n", encoding="utf-8")
    script = (
        "import resource, json, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 31, 1 << 31))\n"
        "import corpus\n"
        "loaded = corpus.load(sys.argv[1])\n"
        "print(json.dumps([sorted(a.article_id for a in loaded), [s.reason for s in loaded.report.skipped]]))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", script, str(folder)], capture_output=True, text=True,
                          timeout=60, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    ids, reasons = json.loads(done.stdout.splitlines()[-1])
    assert ids == sorted(GOOD_IDS) and len(reasons) == 1 and "alias" in reasons[0]


# --- 5. Parquet -------------------------------------------------------------------------------


def test_a_parquet_date_beyond_pythons_range_is_an_unparseable_date(tmp_path):
    folder = with_good(tmp_path / "c")
    table = pa.table({
        "id": ["p1", "p2", "p3"],
        "text": ["First parquet row.", "Second parquet row.", "Third parquet row."],
        "published": pa.array([19000, 3_000_000, 19001], pa.date32()),
    })
    pq.write_table(table, folder / "dates.parquet")
    loaded = corpus.load(folder)
    by_id = {a.article_id: a for a in loaded}
    assert set(by_id) == GOOD_IDS | {"p1", "p2", "p3"}
    assert by_id["p2"].published is None and by_id["p1"].published == dt.date(2022, 1, 8)
    assert loaded.report.skipped == []
    (warning,) = loaded.report.warnings
    assert warning.file == (folder / "dates.parquet").as_posix() and warning.locator == "row 2"
    assert "unparseable date" in warning.reason and "out of range" in warning.reason


def _corrupt_row_group(path: Path, group: int) -> None:
    meta = pq.ParquetFile(path).metadata
    offset = meta.row_group(group).column(1).data_page_offset
    data = bytearray(path.read_bytes())
    data[offset + 20 : offset + 200] = b"A" * 180  # the text column's data page header and body
    path.write_bytes(bytes(data))


def test_a_corrupt_parquet_page_loses_only_its_row_group(tmp_path):
    folder = with_good(tmp_path / "c")
    path = folder / "rows.parquet"
    n = 1000
    table = pa.table({"id": [f"r{i}" for i in range(1, n + 1)],
                      "text": [f"Parquet row number {i} about tanker traffic." for i in range(1, n + 1)]})
    pq.write_table(table, path, row_group_size=300, compression="snappy")
    _corrupt_row_group(path, 1)
    loaded = corpus.load(folder)
    rows = {a.article_id: a.origin for a in loaded}
    lost = {f"r{i}" for i in range(301, 601)}
    assert set(rows) == GOOD_IDS | {f"r{i}" for i in range(1, n + 1)} - lost
    assert rows["r601"] == f"{path.as_posix()}:row 601" and rows["r1000"] == f"{path.as_posix()}:row 1000"
    skip = only_skip(loaded)
    assert skip.file == path.as_posix() and skip.locator == "rows 301-600"
    assert "row group 2 of 4" in skip.reason and "\n" not in skip.reason
    assert loaded.report.records_read == 2 + 700 + 1  # the lost row range counts as one skipped record


# --- 6. lone-CR line ends ---------------------------------------------------------------------


def test_lone_cr_line_ends_are_line_ends(tmp_path):
    folder = with_good(tmp_path / "c")
    (folder / "mac.jsonl").write_bytes(
        b'{"id": "m1", "text": "Old Mac line one."}\r{"id": "m2", "text": oops}\r{"id": "m3", "text": "Three."}\r')
    (folder / "mac.csv").write_bytes(b'id,text\rc1,First CSV row.\rc2,"Second, quoted row."\r')
    loaded = corpus.load(folder)
    origins = {a.article_id: a.origin for a in loaded}
    assert set(origins) == GOOD_IDS | {"m1", "m3", "c1", "c2"}
    assert origins["m3"].endswith("mac.jsonl:3") and origins["c2"].endswith("mac.csv:row 3")
    skip = only_skip(loaded)
    assert skip.file.endswith("mac.jsonl") and skip.locator == "line 2" and "invalid JSON" in skip.reason


# --- 7. huge integers -------------------------------------------------------------------------


def test_a_5000_digit_integer_costs_only_its_line(tmp_path):
    folder = with_good(tmp_path / "c")
    huge = "9" * 5000
    (folder / "big.jsonl").write_bytes(
        line({"id": "n1", "text": "Before the huge number."})
        + f'{{"id": "n2", "text": "Huge.", "count": {huge}}}\n'.encode()
        + line({"id": "n3", "text": "After the huge number."}))
    (folder / "big.json").write_bytes(
        f'[{{"id": "j1", "text": "One."}}, {{"id": "j2", "text": "Two.", "n": {huge}}}, '
        f'{{"id": "j3", "text": "Three."}}]'.encode())
    loaded = corpus.load(folder)
    assert ids_of(loaded) == GOOD_IDS | {"n1", "n3", "j1", "j3"}
    skipped = {Path(s.file).name: s for s in loaded.report.skipped}
    assert set(skipped) == {"big.jsonl", "big.json"}
    assert skipped["big.jsonl"].locator == "line 2"
    assert skipped["big.json"].locator == "item 2 (line 1)"
    for skip in skipped.values():
        assert "5000 digits" in skip.reason and "rest of the file" not in skip.reason


# --- 8. CSV fields over the size limit --------------------------------------------------------


def test_a_csv_record_over_the_limit_is_one_skip_and_row_numbers_stay_right(tmp_path):
    folder = with_good(tmp_path / "c")
    big = "\n".join(["y" * 1000] * 200)  # one quoted field of 200 lines, 200 KB
    (folder / "big.csv").write_text(
        f'id,text\nr1,First row.\nr2,"{big}"\nr3,"Third, row."\nr4,Fourth row.\n', encoding="utf-8")
    loaded = corpus.load(folder, max_record_bytes=100_000)
    origins = {a.article_id: a.origin for a in loaded}
    assert set(origins) == GOOD_IDS | {"r1", "r3", "r4"}
    assert origins["r3"].endswith("big.csv:row 4") and origins["r4"].endswith("big.csv:row 5")
    skip = only_skip(loaded)
    assert skip.locator == "row 3" and "larger than the record size limit (100,000" in skip.reason


def test_a_quote_in_an_unquoted_csv_field_does_not_swallow_rows_after_an_oversize_record(tmp_path):
    big = "\n".join(["y" * 1000] * 200)
    (tmp_path / "q.csv").write_text(
        f'id,text\nr2,"{big}"tail,\nr3,5" screen row.\nr4,Fourth row.\n', encoding="utf-8")
    loaded = corpus.load(tmp_path, max_record_bytes=100_000)
    assert {a.article_id: a.origin.rsplit(":", 1)[1] for a in loaded} == {"r3": "row 3", "r4": "row 4"}
    assert only_skip(loaded).locator == "row 2"


# --- 9. negative years and implausible dates --------------------------------------------------


@pytest.mark.parametrize("value", ["-0001-01-01", "-2026-01-04", "0044-03-15 BC", "44 BCE"])
def test_negative_and_bc_years_are_unparseable(value):
    from corpus.dates import UnparseableDate, parse_date

    with pytest.raises(UnparseableDate):
        parse_date(value)


def test_implausible_dates_are_kept_and_listed(tmp_path, capsys):
    folder = with_good(tmp_path / "c")
    future = (dt.date.today() + dt.timedelta(days=800)).isoformat()
    (folder / "dates.jsonl").write_bytes(
        line({"id": "d1", "text": "A story dated 1850.", "date": "1850-06-01"})
        + line({"id": "d2", "text": "A story from the future.", "date": future})
        + line({"id": "d3", "text": "A story from 2026.", "date": "2026-01-04"})
        + line({"id": "d4", "text": "A story from before Christ.", "date": "-0001-01-01"}))
    loaded = corpus.load(folder)
    by_id = {a.article_id: a for a in loaded}
    assert by_id["d1"].published == dt.date(1850, 6, 1) and by_id["d2"].published.isoformat() == future
    assert by_id["d4"].published is None
    (warning,) = loaded.report.warnings
    assert warning.locator == "line 4" and "unparseable date '-0001-01-01'" in warning.reason
    path = (folder / "dates.jsonl").as_posix()
    expected = [
        {"article_id": "d1", "origin": f"{path}:1", "published": "1850-06-01"},
        {"article_id": "d2", "origin": f"{path}:2", "published": future},
    ]
    assert [d.to_dict() for d in loaded.report.implausible_dates] == expected
    assert loaded.report.to_dict()["implausible_dates"] == expected
    assert loaded.report.ok  # kept, not skipped
    assert run_cli("validate", str(folder)) == 0
    out = capsys.readouterr().out
    assert f"IMPLAUSIBLE DATE {path}:1: 1850-06-01 (article d1;" in out and "OK: nothing skipped" in out
    assert run_cli("info", str(folder), "--json") == 0
    assert json.loads(capsys.readouterr().out)["implausible_dates"] == 2


# --- 10. control characters in names ----------------------------------------------------------


def run_cli(*argv: str) -> int:
    from analysis.commands import corpus_cmd

    parser = argparse.ArgumentParser(prog="newslens")
    corpus_cmd.add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["corpus", *argv])
    return args.run(args)


def test_a_file_name_cannot_forge_validate_output(tmp_path, capsys):
    folder = with_good(tmp_path / "c")
    (folder / "x\nOK: nothing skipped\n\x1b[2Kz.jsonl").write_bytes(b'{"id": "e", "text": oops}\n')
    assert run_cli("validate", str(folder)) == 2
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert "OK: nothing skipped" not in lines and "\x1b" not in out
    assert lines[-1] == "FAILED: 1 record(s) skipped"
    skipped = [ln for ln in lines if ln.startswith("SKIPPED")]
    assert len(skipped) == 1 and skipped[0].startswith(
        f"SKIPPED  {folder.as_posix()}/x\\nOK: nothing skipped\\n\\x1b[2Kz.jsonl, line 1: invalid JSON")


def test_info_escapes_names_ids_and_titles(tmp_path, capsys):
    folder = tmp_path / "c\rd"
    folder.mkdir()
    (folder / "a.jsonl").write_bytes(line({"id": "a\nOK: nothing skipped", "title": "T", "text": "Some text."}))
    assert run_cli("info", str(folder)) == 0
    out = capsys.readouterr().out
    assert "OK: nothing skipped" not in out.splitlines() and "\r" not in out
    assert "a\\nOK: nothing skipped" in out and "c\\rd" in out
