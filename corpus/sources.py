"""Which files a corpus is made of, and how to open each one as a byte stream.

Paths are expanded once, in a fixed order: each argument in turn, a folder's
files sorted by their relative POSIX path, a glob's matches sorted. Hidden files
and folders (``.gitkeep``, ``.git/``) inside a folder are not part of a corpus.
Archives are read in place: a ``.zip`` entry is streamed from the archive and a
``.gz`` file is decompressed on the fly; nothing is ever extracted to disk.
"""

from __future__ import annotations

import errno
import glob
import gzip
import io
import os
import stat
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from corpus.errors import CorpusError
from corpus.report import WHOLE_FILE, Skip

FORMATS = {
    ".txt": "text",
    ".md": "text",
    ".markdown": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".parquet": "parquet",
    ".html": "html",
    ".htm": "html",
}
ARCHIVE = ".zip"
GZIP = ".gz"
_GLOB_CHARS = set("*?[")


@dataclass(slots=True, frozen=True)
class Source:
    """One readable unit: a file, a gzip member or a zip entry.

    ``path`` is the file on disk when the bytes can be read from it directly
    (no compression, not in an archive), for readers that need random access.
    ``span`` makes it a byte range of a plain JSON Lines file (see :mod:`corpus.shards`).
    """

    name: str
    fmt: str
    opener: Callable[[], BinaryIO]
    path: Path | None = None
    span: Any = None  # a corpus.readers.lines.Span: only these bytes of a JSON Lines file

    def open(self) -> BinaryIO:
        return self.opener()


def expand(paths) -> list[tuple[Path, str]]:
    """(path on disk, display name) for every readable file of the corpus, in load order.

    What cannot be read safely (see :func:`expand_entries`) is left out.
    """
    return [entry for entry in expand_entries(paths) if not isinstance(entry, Skip)]


def expand_entries(paths) -> list[tuple[Path, str] | Skip]:
    """Every file of the corpus in load order, or the Skip saying why it is not read.

    Skipped (never opened): FIFOs, sockets, devices; symlink loops and broken
    symlinks inside a folder; and symlinks inside a folder (or matched by a glob)
    that resolve outside it. A file named on its own is read wherever it points.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    entries: list[tuple[Path, str] | Skip] = []
    seen: set = set()
    for given in paths:
        for entry in _expand_one(str(given)):
            # A file reached twice (by two arguments, or a link to a file also read directly) is read once.
            key = entry if isinstance(entry, Skip) else entry[0].resolve()
            if key not in seen:
                seen.add(key)
                entries.append(entry)
    return entries


def _expand_one(given: str) -> Iterator[tuple[Path, str] | Skip]:
    path = Path(given)
    if path.is_dir():
        yield from _walk(path)
    elif os.path.lexists(path) and not _broken_link(path):
        yield _entry(path, path.as_posix(), root=None)
    elif _GLOB_CHARS & set(given):
        matches = sorted(glob.glob(given, recursive=True))
        if not matches:
            raise CorpusError(f"{given}: the pattern matches no file")
        root = _glob_root(given)
        for match in matches:
            if Path(match).is_dir():
                target = Path(match).resolve()
                if Path(match).is_symlink() and not target.is_relative_to(root):
                    yield Skip(Path(match).as_posix(), WHOLE_FILE,
                               f"symlink to a folder outside the corpus folder {root.as_posix()} "
                               f"(to {target.as_posix()}); not followed")
                    continue
                yield from _walk(Path(match))
            else:
                yield _entry(Path(match), Path(match).as_posix(), root=root)
    else:
        raise CorpusError(f"{given}: no such file or folder")


def _walk(folder: Path) -> Iterator[tuple[Path, str] | Skip]:
    root = folder.resolve()
    found: list[tuple[str, Path | Skip]] = []

    def unreadable(err: OSError) -> None:
        where = Path(err.filename or folder)
        rel = where.relative_to(folder).as_posix() if where.is_relative_to(folder) else where.as_posix()
        found.append((rel, Skip((folder / rel).as_posix(), WHOLE_FILE,
                                f"cannot read the folder ({err.strerror or err}); its files were not read")))

    for dirpath, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if not name.startswith("."):
                path = Path(dirpath, name)
                found.append((path.relative_to(folder).as_posix(), path))
    for rel, path in sorted(found, key=lambda item: item[0]):
        yield path if isinstance(path, Skip) else _entry(path, (folder / rel).as_posix(), root=root)


def _entry(path: Path, name: str, *, root: Path | None) -> tuple[Path, str] | Skip:
    """``(path, name)`` when the file can be read safely, else the Skip saying why not.

    ``root``: the resolved folder a symlink must stay inside (None: a file named on its own).
    """
    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            try:
                target = path.resolve(strict=True)
            except RuntimeError:  # Python < 3.13: "Symlink loop from ..."
                return Skip(name, WHOLE_FILE, "symlink loop (the link leads back to itself); not read")
            except OSError as err:
                if err.errno == errno.ELOOP:
                    return Skip(name, WHOLE_FILE, "symlink loop (the link leads back to itself); not read")
                return Skip(name, WHOLE_FILE, f"broken symlink (its target {os.readlink(path)!r} does not exist); "
                                              "not read")
            if root is not None and not target.is_relative_to(root):
                return Skip(name, WHOLE_FILE, f"symlink to a file outside the corpus folder {root.as_posix()} "
                                              f"(to {target.as_posix()}); not followed")
            info = os.stat(target)
    except OSError as err:
        return Skip(name, WHOLE_FILE, f"cannot read the file ({err.strerror or err})")
    if not stat.S_ISREG(info.st_mode):
        return Skip(name, WHOLE_FILE, f"not a regular file ({_file_kind(info.st_mode)}); not read")
    return path, name


def _broken_link(path: Path) -> bool:
    """A symlink to nothing (named on its own, that is "no such file"); a loop is not broken."""
    try:
        os.stat(path)
    except OSError as err:
        return err.errno != errno.ELOOP
    return False


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO, or named pipe: reading it would wait for a writer"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a file"


def _glob_root(pattern: str) -> Path:
    """The folder a glob searches: its leading parts without wildcards ("exports/*.jsonl" -> exports)."""
    parts = []
    for part in Path(pattern).parts:
        if _GLOB_CHARS & set(part):
            break
        parts.append(part)
    return Path(*parts).resolve() if parts else Path(".").resolve()


def open_regular(path: Path) -> BinaryIO:
    """Open a file for reading, refusing anything but a regular file without ever blocking.

    ``O_NONBLOCK`` makes opening a FIFO return at once (instead of waiting for a
    writer), so a file swapped for a FIFO after the corpus was listed cannot hang a pass.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, f"not a regular file ({_file_kind(mode)})")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


class _Window(io.RawIOBase):
    """Bytes ``start`` to ``end`` of a file, as a stream."""

    def __init__(self, raw: BinaryIO, start: int, end: int) -> None:
        raw.seek(start)
        self._raw = raw
        self._left = end - start

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        size = min(len(buffer), self._left)
        if size <= 0:
            return 0
        got = self._raw.readinto(memoryview(buffer)[:size]) or 0
        self._left -= got
        return got

    def close(self) -> None:
        try:
            self._raw.close()
        finally:
            super().close()


def open_window(path: Path, start: int, end: int) -> BinaryIO:
    raw = open_regular(path)
    try:
        return _Window(raw, start, end)
    except BaseException:
        raw.close()
        raise


def _open_gzip(path: Path) -> BinaryIO:
    raw = open_regular(path)
    try:
        stream = gzip.GzipFile(fileobj=raw, mode="rb")
    except BaseException:
        raw.close()
        raise
    stream.myfileobj = raw  # closed with the stream, as when GzipFile opens the file itself
    return stream


def format_of(name: str) -> tuple[str | None, bool]:
    """(reader format or None, gzip-compressed?) from a file name."""
    lower = name.lower()
    compressed = lower.endswith(GZIP)
    if compressed:
        lower = lower[: -len(GZIP)]
    suffix = PurePosixPath(lower).suffix
    if suffix == ARCHIVE and not compressed:
        return "zip", False
    return FORMATS.get(suffix), compressed


def unknown_type(name: str) -> Skip:
    suffix = "".join(PurePosixPath(name).suffixes[-2:]) or "(none)"
    known = ", ".join(sorted({*FORMATS, ARCHIVE})) + " (each also as .gz)"
    return Skip(name, WHOLE_FILE, f"unknown file type {suffix!r}; readable types: {known}")


def sources(path: Path, name: str, span=None) -> Iterator[Source | Skip]:
    """The readable units of one file; a zip stays open while its entries are read.

    ``span``: only that byte range of the file, a plain JSON Lines file.
    """
    fmt, compressed = format_of(name)
    if span is not None:
        yield Source(name, fmt, lambda: open_window(path, span.start, span.end), span=span)
    elif fmt is None:
        yield unknown_type(name)
    elif fmt == "zip":
        yield from _zip_entries(path, name)
    elif compressed:
        yield Source(name, fmt, lambda: _open_gzip(path))
    else:
        yield Source(name, fmt, lambda: open_regular(path), path=path)


def unsafe_entry(entry: str) -> bool:
    """True for entry names that would land outside a folder they were extracted to."""
    normal = entry.replace("\\", "/")
    parts = normal.split("/")
    return normal.startswith("/") or ".." in parts or (len(normal) > 1 and normal[1] == ":")


def _zip_entries(path: Path, name: str) -> Iterator[Source | Skip]:
    try:
        raw = open_regular(path)
    except OSError as err:
        yield Skip(name, WHOLE_FILE, f"cannot read the file ({err.strerror or err})")
        return
    try:
        archive = zipfile.ZipFile(raw)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as err:
        raw.close()
        yield Skip(name, WHOLE_FILE, f"not a readable zip archive ({err})")
        return
    with raw, archive:
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            entry = info.filename
            if info.is_dir():
                continue
            if unsafe_entry(entry):
                yield Skip(
                    name, f"entry {entry}",
                    "entry name escapes the archive's folder (absolute or '..' path); "
                    "rejected, nothing extracted",
                )
                continue
            if any(part.startswith(".") or part == "__MACOSX" for part in entry.split("/")):
                continue
            inner = f"{name}!{entry}"
            fmt, compressed = format_of(entry)
            if fmt is None:
                yield unknown_type(inner)
            elif fmt == "zip":
                yield Skip(name, f"entry {entry}", "a zip inside a zip is not read; unpack the outer one")
            else:
                yield Source(inner, fmt, _entry_opener(archive, info, compressed))


def _entry_opener(archive: zipfile.ZipFile, info: zipfile.ZipInfo, compressed: bool):
    def open_entry() -> BinaryIO:
        try:
            stream = archive.open(info)
        except (RuntimeError, NotImplementedError) as err:  # encrypted, unknown compression
            raise OSError(f"cannot open the archive entry: {err}") from None
        return gzip.GzipFile(fileobj=stream, mode="rb") if compressed else stream

    return open_entry
