"""Which files a corpus is made of, and how to open each one as a byte stream.

Paths are expanded once, in a fixed order: each argument in turn, a folder's
files sorted by their relative POSIX path, a glob's matches sorted. Hidden files
and folders (``.gitkeep``, ``.git/``) inside a folder are not part of a corpus.
Archives are read in place: a ``.zip`` entry is streamed from the archive and a
``.gz`` file is decompressed on the fly; nothing is ever extracted to disk.
"""

from __future__ import annotations

import glob
import gzip
import os
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

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
    """

    name: str
    fmt: str
    opener: Callable[[], BinaryIO]
    path: Path | None = None

    def open(self) -> BinaryIO:
        return self.opener()


def expand(paths) -> list[tuple[Path, str]]:
    """(path on disk, display name) for every file of the corpus, in load order."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    files: list[tuple[Path, str]] = []
    seen: set[Path] = set()
    for given in paths:
        for path, name in _expand_one(str(given)):
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                files.append((path, name))
    return files


def _expand_one(given: str) -> Iterator[tuple[Path, str]]:
    path = Path(given)
    if path.is_file():
        yield path, path.as_posix()
    elif path.is_dir():
        yield from _walk(path)
    elif _GLOB_CHARS & set(given):
        matches = sorted(glob.glob(given, recursive=True))
        if not matches:
            raise CorpusError(f"{given}: the pattern matches no file")
        for match in matches:
            yield from _expand_one(match) if Path(match).is_dir() else [(Path(match), Path(match).as_posix())]
    else:
        raise CorpusError(f"{given}: no such file or folder")


def _walk(folder: Path) -> Iterator[tuple[Path, str]]:
    found = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if not name.startswith("."):
                path = Path(root, name)
                found.append((path.relative_to(folder).as_posix(), path))
    for rel, path in sorted(found):
        yield path, (folder / rel).as_posix()


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


def sources(path: Path, name: str) -> Iterator[Source | Skip]:
    """The readable units of one file; a zip stays open while its entries are read."""
    fmt, compressed = format_of(name)
    if fmt is None:
        yield unknown_type(name)
    elif fmt == "zip":
        yield from _zip_entries(path, name)
    elif compressed:
        yield Source(name, fmt, lambda: gzip.GzipFile(filename=path, mode="rb"))
    else:
        yield Source(name, fmt, lambda: open(path, "rb"), path=path)


def unsafe_entry(entry: str) -> bool:
    """True for entry names that would land outside a folder they were extracted to."""
    normal = entry.replace("\\", "/")
    parts = normal.split("/")
    return normal.startswith("/") or ".." in parts or (len(normal) > 1 and normal[1] == ":")


def _zip_entries(path: Path, name: str) -> Iterator[Source | Skip]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as err:
        yield Skip(name, WHOLE_FILE, f"not a readable zip archive ({err})")
        return
    with archive:
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
