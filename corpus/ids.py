"""Stable article ids: the record's own id, else one derived from its content.

A derived id is the first 16 hex digits of sha256 over the normalised title and
text, so the same article gets the same id in every run and on every machine,
whatever the file it came from is called or where it sits.
"""

from __future__ import annotations

import hashlib
import math

DERIVED_ID_HEX = 16


def derive_id(text: str, title: str | None) -> str:
    payload = f"{title or ''}\x1f{text}".encode("utf-8")
    return hashlib.sha256(payload).hexdigest()[:DERIVED_ID_HEX]


def record_id(value: object) -> str | None:
    """The record's own id as a string, or ``None`` when it has no usable one.

    Numbers keep their integer spelling (``12345.0`` from a spreadsheet column
    with gaps is ``"12345"``); booleans, containers and blanks are not ids.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return None
