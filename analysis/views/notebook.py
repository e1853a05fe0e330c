"""Helpers every notebook uses: find the tables, and show article-derived text safely.

    from analysis.views.notebook import open_report_tables, show_findings
    tables = open_report_tables(corpus, tables_dir)

Notebooks run in two places: under ``newslens report`` (working directory = the
repository root or the study folder, ``tables_dir`` injected) and in JupyterLab (working
directory = the notebook's folder, ``tables_dir = None``). Relative paths are therefore
tried against the working directory, then the study folder holding it, then the
repository root (:func:`analysis.study.resolve_path`).
"""

from __future__ import annotations

import html
import re

from analysis.study import resolve_path  # noqa: F401  (part of this module's interface)

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$>])")


def open_report_tables(corpus="seeds/", tables_dir=None, **extract_options):
    """The tables of ``tables_dir``, or of ``corpus`` extracted now (parse cache reused)."""
    from analysis.query import extract_corpus, open_tables

    if tables_dir:
        return open_tables(resolve_path(tables_dir))
    paths = corpus if isinstance(corpus, (list, tuple)) else [corpus]
    return open_tables(extract_corpus([resolve_path(p) for p in paths], **extract_options))


def escape_markdown(text) -> str:
    """Article-derived text as inert Markdown: HTML escaped, Markdown syntax backslashed."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(str(text), quote=False)).replace("\n", " ")


def findings_markdown(lines: list[str], heading: str = "Findings") -> str:
    body = "\n".join(f"- {escape_markdown(line)}" for line in lines) or "- (nothing to report)"
    return f"### {heading}\n\n{body}\n"


def show_findings(lines: list[str], heading: str = "Findings"):
    """Display findings (sentences computed from the data) as a Markdown list."""
    from IPython.display import Markdown, display

    display(Markdown(findings_markdown(lines, heading)))
