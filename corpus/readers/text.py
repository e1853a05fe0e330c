"""``.txt`` and ``.md``: one article per file, with optional YAML front matter.

Front matter keys map like record fields (``title``, ``published``, ``source``,
``language``, ``id`` …), so a file reads the same as the equivalent JSON record.
The YAML is read with the safe loader: article files are data, never code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpus.readers.base import Problem, RawRecord, ReadContext, read_document
from corpus.report import WHOLE_FILE

_OPENING = re.compile(r"\A-{3,}[ \t]*\r?\n")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.MULTILINE)


def read_text(source, ctx: ReadContext) -> Iterator[RawRecord | Problem]:
    document = read_document(source, ctx)
    if isinstance(document, Problem):
        yield document
        return
    text, encoding = document
    try:
        metadata, body = split_front_matter(text)
    except ValueError as err:
        yield Problem("line 1", str(err))
        return
    if _is_markdown(source.name):
        body = _plain_headings(body, metadata.get("title"))
    # The body is the text whatever the fields mapping calls it.
    text_key = ctx.fields.candidates("text")[0]
    yield RawRecord(WHOLE_FILE, {**metadata, text_key: body}, encoding)


def split_front_matter(text: str) -> tuple[dict, str]:
    """(metadata, body); raises ValueError with a readable reason for bad YAML."""
    import frontmatter
    import yaml

    stripped = text.lstrip("\ufeff").strip()
    if not _OPENING.match(stripped + "\n"):
        return {}, text
    try:
        metadata, body = frontmatter.parse(stripped, handler=frontmatter.YAMLHandler())
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (front matter line {mark.line + 1})" if mark else ""
        raise ValueError(f"invalid YAML front matter{where}: {getattr(err, 'problem', None) or err}") from None
    except RecursionError:
        raise ValueError("invalid YAML front matter: nested too deeply") from None
    return {k: v for k, v in metadata.items() if isinstance(k, str)}, body


def _is_markdown(name: str) -> bool:
    lower = name.lower().removesuffix(".gz")
    return lower.endswith((".md", ".markdown"))


def _plain_headings(body: str, title) -> str:
    """Markdown headings become plain paragraphs; a first heading repeating the title goes."""
    body = _HEADING.sub(lambda m: "\n" + m.group(1) + "\n", body)
    if isinstance(title, str):
        first, _, rest = body.strip().partition("\n")
        if first.strip() == title.strip():
            return rest
    return body
