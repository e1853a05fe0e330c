"""``.txt`` and ``.md``: one article per file, with optional YAML front matter.

Front matter keys map like record fields (``title``, ``published``, ``source``,
``language``, ``id`` …), so a file reads the same as the equivalent JSON record.
The YAML is read with the safe loader, its alias expansion bounded
(:mod:`corpus.yamlsafe`): article files are data, never code, and never a bomb.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpus.errors import NewslensError
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
        metadata, body = split_front_matter(text, origin=source.name)
    except FrontMatterError as err:
        yield Problem(f"line {err.line}", err.reason)
        return
    if _is_markdown(source.name):
        body = _plain_headings(body, metadata.get("title"))
    # The body is the text whatever the fields mapping calls it.
    text_key = ctx.fields.candidates("text")[0]
    yield RawRecord(WHOLE_FILE, {**metadata, text_key: body}, encoding)


class FrontMatterError(NewslensError, ValueError):
    """Front matter that cannot be read: ``line`` (of the file) and ``reason``."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


def split_front_matter(text: str, *, origin: str = "front matter") -> tuple[dict, str]:
    """(metadata, body); raises FrontMatterError with a readable reason for bad or hostile YAML.

    The YAML goes through :func:`corpus.yamlsafe.safe_load_bounded` (safe loader,
    alias expansion bounded). Invalid YAML is reported at line 1 with the front
    matter line in the reason; a refused alias bomb at the file line of the value.
    """
    import frontmatter

    from corpus.yamlsafe import YamlError, safe_load_bounded

    bare = text.lstrip("\ufeff")
    stripped = bare.strip()
    if not _OPENING.match(stripped + "\n"):
        return {}, text
    try:
        yaml_text, body = frontmatter.YAMLHandler().split(stripped)
    except ValueError:  # no closing fence: not front matter (as python-frontmatter reads it)
        return {}, stripped
    try:
        metadata = safe_load_bounded(yaml_text, origin=origin)
    except YamlError as err:
        if err.reason.startswith("invalid YAML"):
            where = f" (front matter line {err.line})" if err.line else ""
            problem = err.reason.removeprefix("invalid YAML: ")
            raise FrontMatterError(1, f"invalid YAML front matter{where}: {problem}") from None
        # The YAML starts on the fence's line, after any blank lines the strip removed.
        lead = bare[: len(bare) - len(bare.lstrip())].count("\n")
        raise FrontMatterError((err.line or 1) + lead, f"YAML front matter refused: {err.reason}") from None
    if not isinstance(metadata, dict):
        return {}, body.strip()
    return {k: v for k, v in metadata.items() if isinstance(k, str)}, body.strip()


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
