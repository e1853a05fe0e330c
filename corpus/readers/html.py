"""``.html``/``.htm``: one article per page; trafilatura extracts the main text.

Navigation, footers and comments are dropped; the page's title, date, site
name and canonical URL become the record's fields. Markup is parsed, never
rendered or executed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpus.readers.base import Problem, RawRecord, ReadContext, read_document
from corpus.report import WHOLE_FILE

_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)
# htmldate's quick search only: the date the page declares, not one guessed from its text.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_html(source, ctx: ReadContext) -> Iterator[RawRecord | Problem]:
    document = read_document(source, ctx, blank_is_empty=True)
    if isinstance(document, Problem):
        yield document
        return
    page, encoding = document
    extracted = _extract(page)
    if extracted is None or not (extracted.text or "").strip():
        yield Problem("line 1", "no main text found in the HTML page")
        return
    lines = extracted.text.split("\n")
    # trafilatura keeps the headline as the first line; it is the title, not body text.
    if extracted.title and lines and lines[0].strip() == extracted.title.strip():
        lines = lines[1:]
    found = {
        "title": extracted.title,
        "published": extracted.date,
        "source": extracted.sitename,
        "url": extracted.url,
        "language": _language(page),
        "text": "\n".join(lines),
    }
    # Keyed as the fields mapping expects, so a mapping for other formats does not hide them.
    record = {ctx.fields.candidates(name)[0]: value for name, value in found.items() if value is not None}
    yield RawRecord(WHOLE_FILE, record, encoding)


def _extract(page: str):
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except (ValueError, TypeError, AttributeError, LookupError, RecursionError) as err:
        # lxml and trafilatura on hostile markup; reported as a bad page, not a crash.
        raise ValueError(f"the HTML could not be parsed ({type(err).__name__}: {err})") from None


def _language(page: str) -> str | None:
    match = _LANG.search(page[:10000])
    return match.group(1).lower() if match else None
