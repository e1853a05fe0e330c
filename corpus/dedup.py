"""Per-pass bookkeeping: id clashes, exact and near duplicates, the fingerprint.

Everything that grows with the corpus (ids seen, text hashes, MinHash
signatures and LSH band keys) lives in a SQLite file in a temporary folder, not
in Python objects, so a pass over a corpus larger than memory stays in bounded
memory. The folder is removed when the pass ends.

Near duplicates: MinHash over word 5-gram shingles (datasketch, fixed seed, so
the same on every run), banded as datasketch's ``MinHashLSH`` would band them
for the threshold (tuned for recall); each candidate is then checked against
the threshold with the signatures' estimated Jaccard similarity. The first copy
in load order is the original; every later copy points at it (never at another
copy).
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import tempfile
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

THRESHOLD = 0.8
NUM_PERM = 128
SHINGLE = 5
SEED = 1
# Banding tuned for recall (false-positive weight 0.05, false-negative 0.95): with
# 128 permutations that is 16 bands of 8 rows, finding ~95% of pairs at Jaccard 0.8
# (the default weights find 40%). Every candidate is then checked against the
# threshold, so the extra candidates cost time, not precision.
LSH_WEIGHTS = (0.05, 0.95)
SCHEME = "affine32"  # datasketch >= 2.0; named so an upgrade cannot change it silently
_WORD = re.compile(r"\w+")
_POLY = 0x01000193  # FNV prime: an odd multiplier for combining word hashes


@dataclass(slots=True, frozen=True)
class Admission:
    """What the index says about an article it was shown.

    status: "new" (load it), "conflict" (its id was seen with another text) or
    "repeat" (the same id and text again: the same record twice).
    """

    status: str
    first_origin: str | None = None
    duplicate_of: str | None = None
    kind: str | None = None


def shingle_hashes(text: str, n: int = SHINGLE) -> list[int]:
    """32-bit hashes of the word n-grams of a text (lower-cased, punctuation ignored).

    Each word is hashed once (CRC-32: fast, and the same on every machine) and
    an n-gram's hash is a polynomial over its words' hashes, computed for all
    n-grams at once; datasketch then mixes these values (fmix) before permuting.
    """
    return _shingles(text, n).tolist()


def _shingles(text: str, n: int) -> np.ndarray:
    words = _WORD.findall(text.lower())
    if not words:
        return np.zeros(0, dtype=np.uint64)
    hashes = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words))
    width = min(n, len(words))
    count = len(words) - width + 1
    grams = np.zeros(count, dtype=np.uint64)
    for k in range(width):
        grams = (grams * np.uint64(_POLY) + hashes[k : k + count]) & np.uint64(0xFFFFFFFF)
    return grams


@lru_cache(maxsize=8)
def _banding(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) as datasketch's MinHashLSH picks them (a numerical optimisation: cached)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=LSH_WEIGHTS)
    return lsh.b, lsh.r


@lru_cache(maxsize=8)
def _template(num_perm: int):
    """A MinHash whose permutations (drawn from SEED) every signature reuses."""
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME)


# MurmurHash3's 32-bit finalizer, as datasketch's affine32 scheme mixes each value.
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def signature(text: str, shingle: int = SHINGLE, num_perm: int = NUM_PERM) -> np.ndarray | None:
    """The MinHash signature of a text (None for a text without words): what datasketch's
    ``MinHash.update_batch`` of the shingle hashes gives (affine32: mix each value, then
    ``a * h + b`` mod 2^32 per permutation, the minimum over the values), computed for
    all values at once without building a MinHash per article."""
    grams = _shingles(text, shingle)
    if not len(grams):
        return None
    a, b = _template(num_perm).permutations
    s1, m1, s2, m2, s3 = _FMIX32
    hv = grams.astype(np.uint32)
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = (hv ^ (hv >> s3)).reshape(-1, 1)
    return (hv * a + b).min(axis=0)


def sign(text: str) -> tuple[bytes, bytes | None]:
    """(sha256 of the text, its signature's bytes or None): what :meth:`PassIndex.admit_signed` takes."""
    sig = signature(text)
    return hashlib.sha256(text.encode("utf-8")).digest(), None if sig is None else sig.tobytes()


class PassIndex:
    def __init__(self, *, dedupe: bool = True, threshold: float = THRESHOLD,
                 num_perm: int = NUM_PERM, shingle: int = SHINGLE) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="newslens-pass-")
        self.db = sqlite3.connect(Path(self._dir.name, "index.sqlite"), isolation_level=None)
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-16000", "temp_store=FILE"):
            self.db.execute(f"PRAGMA {pragma}")
        self.db.executescript(
            """
            CREATE TABLE ids (article_id TEXT PRIMARY KEY, text_hash BLOB, origin TEXT) WITHOUT ROWID;
            CREATE TABLE texts (text_hash BLOB PRIMARY KEY, root TEXT) WITHOUT ROWID;
            CREATE TABLE sigs (ordinal INTEGER PRIMARY KEY, root TEXT, sig BLOB);
            CREATE TABLE bands (key INTEGER, ordinal INTEGER);
            CREATE INDEX bands_key ON bands (key);
            """
        )
        # One transaction for the whole pass (executescript above would have ended it).
        self.db.execute("BEGIN")
        self.dedupe = dedupe
        self.threshold = threshold
        self.shingle = shingle
        self._ordinal = 0
        if dedupe:
            self._bands, self._rows = _banding(threshold, num_perm)
            self._template = _template(num_perm)

    def admit(self, article_id: str, text: str, origin: str) -> Admission:
        return self._admit(article_id, hashlib.sha256(text.encode("utf-8")).digest(), origin,
                           lambda: signature(text, self.shingle, self._template.num_perm))

    def admit_signed(self, article_id: str, text_hash: bytes, sig: bytes | None, origin: str) -> Admission:
        """:meth:`admit` for an article hashed and signed elsewhere (:func:`sign`): the same verdicts."""
        return self._admit(article_id, text_hash, origin,
                           lambda: None if sig is None else np.frombuffer(sig, dtype=np.uint32))

    def _admit(self, article_id: str, text_hash: bytes, origin: str, sign) -> Admission:
        row = self.db.execute("SELECT text_hash, origin FROM ids WHERE article_id = ?", (article_id,)).fetchone()
        if row is not None:
            return Admission("repeat" if row[0] == text_hash else "conflict", first_origin=row[1])
        self.db.execute("INSERT INTO ids VALUES (?, ?, ?)", (article_id, text_hash, origin))
        if not self.dedupe:
            return Admission("new")
        row = self.db.execute("SELECT root FROM texts WHERE text_hash = ?", (text_hash,)).fetchone()
        if row is not None:
            return Admission("new", duplicate_of=row[0], kind="exact")
        signature = sign()
        keys = self._keys(signature) if signature is not None else []
        root = self._near(signature, keys) if signature is not None else None
        self.db.execute("INSERT INTO texts VALUES (?, ?)", (text_hash, root or article_id))
        if signature is not None:
            self._insert(signature, keys, root or article_id)
        return Admission("new", duplicate_of=root, kind="near" if root else None)

    def fingerprint(self) -> str:
        """sha256 over "article_id TAB sha256(text) NEWLINE" lines sorted by article_id."""
        digest = hashlib.sha256()
        # SQLite's BINARY collation compares UTF-8 bytes: the same order as sorted(str).
        for article_id, text_hash in self.db.execute("SELECT article_id, text_hash FROM ids ORDER BY article_id"):
            digest.update(f"{article_id}\t{text_hash.hex()}\n".encode("utf-8"))
        return digest.hexdigest()

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            self._dir.cleanup()

    def _keys(self, signature: np.ndarray) -> list[int]:
        r = self._rows
        keys = []
        for band in range(self._bands):
            chunk = band.to_bytes(2, "little") + signature[band * r : (band + 1) * r].tobytes()
            keys.append(int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little", signed=True))
        return keys

    def _near(self, signature: np.ndarray, keys: list[int]) -> str | None:
        marks = ",".join("?" * len(keys))
        rows = self.db.execute(
            f"SELECT s.root, s.sig FROM sigs s WHERE s.ordinal IN "
            f"(SELECT DISTINCT ordinal FROM bands WHERE key IN ({marks})) ORDER BY s.ordinal",
            keys,
        )
        for root, blob in rows:
            other = np.frombuffer(blob, dtype=np.uint32)
            if float(np.mean(other == signature)) >= self.threshold:
                return root
        return None

    def _insert(self, signature: np.ndarray, keys: list[int], root: str) -> None:
        self._ordinal += 1
        self.db.execute("INSERT INTO sigs VALUES (?, ?, ?)", (self._ordinal, root, signature.tobytes()))
        self.db.executemany("INSERT INTO bands VALUES (?, ?)", [(k, self._ordinal) for k in keys])
