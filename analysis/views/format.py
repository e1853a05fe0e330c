"""Numbers and text as people write them, for every table a notebook shows.

    from analysis.views.format import show_table
    show_table(states, "02_actor_frequency-states", tables_dir, rows=show_rows)

One place decides how a displayed cell looks: thousands separators ("746,000", never
``746000.0`` or ``3.500000e+10``), one decimal for shares ("37.5%"), dates as dates,
"—" for a missing value, long text cut at a stated width with "…", text left-aligned,
numbers right-aligned, no pandas index column. The full table, with machine-readable
values, goes to a CSV beside the report page (``tables_dir``'s parent folder), and the
caption says "first N of M rows" with a link to it.

Article text is escaped here (HTML) and its dollar signs are written ``&#36;``; the
table also carries the ``mathjax_ignore``/``tex2jax_ignore`` classes, so that
"$1.80 … $64.10" in a quote is never typeset as LaTeX in JupyterLab.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import re
from pathlib import Path

import pandas as pd

from analysis.spreadsheet import csv_cell

MISSING = "—"
DOLLAR = "&#36;"
TABLE_CLASSES = "newslens-table mathjax_ignore tex2jax_ignore"
_NAME = re.compile(r"[^A-Za-z0-9_.-]+")
SHARE_COLUMNS = re.compile(r"^(share|share_.*|.*_share|voice_gap)$")
PERCENT_COLUMNS = re.compile(r"^(.*_percent|percent)$")


# -- single values --------------------------------------------------------------------


def is_missing(value) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    try:
        return bool(isinstance(value, float) and math.isnan(value)) or (
            not isinstance(value, (str, bytes, list, tuple, dict)) and bool(pd.isna(value))
        )
    except (TypeError, ValueError):
        return False


def number(value, decimals: int = 2) -> str:
    """746000.0 → "746,000"; 35e9 → "35,000,000,000"; 1.8 → "1.8"; 0.27 → "0.27"."""
    if is_missing(value):
        return MISSING
    if isinstance(value, bool):
        return "yes" if value else "no"
    try:
        value = float(value)
    except (TypeError, ValueError):
        return str(value)
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    if value == int(value) or abs(value) >= 100:
        return f"{value:,.0f}"
    text = _trim(f"{value:,.{decimals}f}")
    return "0" if text in ("-0", "") else text


def share(value, decimals: int = 1) -> str:
    """A share in [0, 1] as a percentage: 0.375 → "37.5%"; 1/9 → "11.1%"; 0 → "0%"."""
    if is_missing(value):
        return MISSING
    return percent(100 * float(value), decimals)


def percent(value, decimals: int = 1) -> str:
    """A value already in percent: 80.0 → "80%"; 12.5 → "12.5%"; −0.04 → "−0%" never: "0%"."""
    if is_missing(value):
        return MISSING
    text = _trim(f"{float(value):,.{decimals}f}")
    return ("0" if text in ("-0", "") else text) + "%"


def _trim(text: str) -> str:
    """"80.0" → "80", "12.50" → "12.5"; "100" stays "100"."""
    return text.rstrip("0").rstrip(".") if "." in text else text


def date(value) -> str:
    """A date as a date: "2026-01-04" (a timestamp at midnight loses its clock)."""
    if is_missing(value):
        return MISSING
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat(sep=" ")
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def cut(text, width: int | None) -> str:
    """``text`` cut at ``width`` characters (the "…" included)."""
    if is_missing(text):
        return MISSING
    text = str(text).replace("\n", " ")
    if width and len(text) > width:
        return text[: width - 1].rstrip() + "…"
    return text


def state_label(name) -> str:
    """A state or flow end for a chart or sentence: "—" where there is none."""
    return MISSING if is_missing(name) or name == "" else str(name)


def escape_text(text: str) -> str:
    """Text for an HTML table cell: escaped, and "$" written as an entity (no LaTeX)."""
    return html.escape(str(text), quote=True).replace("$", DOLLAR)


# -- tables ---------------------------------------------------------------------------


def column_kinds(frame: pd.DataFrame, formats: dict | None = None) -> dict[str, str]:
    """How each column is shown: int, number, share, percent, date or text."""
    kinds = {}
    for column in frame.columns:
        series = frame[column]
        name = str(column)
        if pd.api.types.is_bool_dtype(series):
            kind = "text"
        elif PERCENT_COLUMNS.match(name) and pd.api.types.is_numeric_dtype(series):
            kind = "percent"
        elif SHARE_COLUMNS.match(name) and pd.api.types.is_numeric_dtype(series):
            kind = "share"
        elif pd.api.types.is_datetime64_any_dtype(series):
            kind = "date"
        elif pd.api.types.is_numeric_dtype(series):
            kind = "number"
        elif len(series.dropna()) and all(isinstance(v, (dt.date, pd.Timestamp)) for v in series.dropna()):
            kind = "date"
        elif len(series.dropna()) and all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in series.dropna()
        ):
            kind = "number"
        else:
            kind = "text"
        kinds[name] = kind
    kinds.update({str(k): v for k, v in (formats or {}).items()})
    return kinds


def formatted(frame: pd.DataFrame, formats: dict | None = None, width: int | None = None,
              widths: dict | None = None) -> pd.DataFrame:
    """A frame of display strings (plain text, not yet escaped): every cell as people read it."""
    kinds = column_kinds(frame, formats)
    widths = {str(k): v for k, v in (widths or {}).items()}
    out = {}
    for column in frame.columns:
        name = str(column)
        kind = kinds[name]
        values = frame[column].tolist()
        if kind == "share":
            shown = [share(v) for v in values]
        elif kind == "percent":
            shown = [percent(v) for v in values]
        elif kind == "date":
            shown = [date(v) for v in values]
        elif kind in ("number", "int"):
            shown = [number(v) for v in values]
        else:
            limit = widths.get(name, width)
            shown = [number(v) if isinstance(v, bool) else (date(v) if isinstance(v, (dt.date, pd.Timestamp)) else cut(v, limit)) for v in values]
        out[name] = shown
    return pd.DataFrame(out, columns=[str(c) for c in frame.columns])


def csv_name(name: str) -> str:
    return _NAME.sub("-", str(name)).strip("-.") or "table"


def write_csv(frame: pd.DataFrame, name: str, tables_dir) -> Path | None:
    """The full table as ``<report folder>/<name>.csv`` (beside the page; ``tables_dir`` is
    the report's ``tables/``). Values stay machine-readable; formula-looking text gets a
    leading '. Nothing is written without ``tables_dir`` (a JupyterLab session)."""
    if not tables_dir:
        return None
    folder = Path(tables_dir).resolve().parent
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{csv_name(name)}.csv"
    safe = frame.copy()
    for column in safe.columns:
        if not pd.api.types.is_numeric_dtype(safe[column]) or pd.api.types.is_bool_dtype(safe[column]):
            safe[column] = [csv_cell(v) for v in safe[column]]
    tmp = target.with_name(f".{target.name}.tmp")
    safe.to_csv(tmp, index=False, lineterminator="\n")
    tmp.replace(target)
    return target


DATE_TEXT = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?$")
# One style block per table, scoped to it: text left (JupyterLab right-aligns every
# cell), numbers right and unbroken, long text with room to read. The class is doubled
# to outrank JupyterLab's ":not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td".
_STYLE = (
    "<style>"
    "table.newslens-table.newslens-table{{border-collapse:collapse}}"
    "table.newslens-table.newslens-table th,table.newslens-table.newslens-table td{{text-align:left;vertical-align:top}}"
    "table.newslens-table.newslens-table td.num,table.newslens-table.newslens-table th.num{{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}}"
    "table.newslens-table.newslens-table td.date{{white-space:nowrap}}"
    "table.newslens-table.newslens-table td.wide{{min-width:12em}}"
    "table.newslens-table.newslens-table td.wider{{min-width:22em}}"
    "table.newslens-table.newslens-table caption{{caption-side:bottom;text-align:left;color:#4a5568;font-size:.85em}}"
    "</style>"
)


def show_table(
    frame: pd.DataFrame,
    name: str | None = None,
    tables_dir=None,
    *,
    rows: int | None = 20,
    formats: dict | None = None,
    width: int | None = None,
    widths: dict | None = None,
    caption: str | None = None,
    right: tuple = (),
):
    """``frame`` as a readable HTML table (a :class:`Table`): its first ``rows`` rows,
    formatted (:func:`formatted`), every cell escaped, no index column; the full table is
    written to ``<name>.csv`` beside the report page when ``tables_dir`` is given, and the
    caption says how many rows are shown and links to it.

    ``formats`` overrides a column's kind ("int", "number", "share", "percent", "date",
    "text"); ``width`` cuts text columns (``widths`` per column) at that many characters;
    ``right`` names text columns to right-align (the left context of a keyword in context).
    """
    frame = frame.reset_index(drop=True)
    total = len(frame)
    link = write_csv(frame, name, tables_dir) if name else None
    head = frame.head(rows) if rows else frame
    shown = formatted(head, formats, width, widths)
    kinds = column_kinds(head, formats)
    classes = {}
    for column in shown.columns:
        kind = kinds.get(column, "text")
        values = [v for v in shown[column] if v != MISSING]
        longest = max((len(v) for v in shown[column]), default=0)
        if kind in ("number", "share", "percent", "int") or column in right:
            classes[column] = "num"
        elif kind == "date" or (values and all(DATE_TEXT.match(v) for v in values)):
            classes[column] = "date"
        elif longest > 120:
            classes[column] = "wider"
        elif longest > 40:
            classes[column] = "wide"
        else:
            classes[column] = ""
    parts = [escape_text(caption)] if caption else []
    if total == 0:
        parts.append("no rows")
    elif len(head) < total:
        parts.append(f"first {len(head):,} of {total:,} rows")
    else:
        parts.append(f"all {total:,} row{'s' if total != 1 else ''}")
    if link is not None:
        href = html.escape(link.name, quote=True)
        parts[-1] += f' · full table: <a href="{href}">{href}</a>'
    text_caption = " · ".join(parts)

    def cell(tag: str, column: str, value: str) -> str:
        cls = classes[column] if tag == "td" or classes[column] == "num" else ""
        return f'<{tag} class="{cls}">{escape_text(value)}</{tag}>' if cls else f"<{tag}>{escape_text(value)}</{tag}>"

    lines = [_STYLE.format(), f'<table class="{TABLE_CLASSES}">', f"<caption>{text_caption}</caption>", "<thead><tr>"]
    lines.append("".join(cell("th", c, c) for c in shown.columns) + "</tr></thead>")
    lines.append("<tbody>")
    for row in shown.itertuples(index=False):
        lines.append("<tr>" + "".join(cell("td", c, v) for c, v in zip(shown.columns, row)) + "</tr>")
    lines.append("</tbody></table>")
    return Table("\n".join(lines), shown, text_caption)


class Table:
    """What :func:`show_table` returns: HTML for the page (``_repr_html_``), the same
    cells as plain text for a terminal, nothing volatile (no object address)."""

    def __init__(self, page: str, shown: pd.DataFrame, caption: str):
        self.page = page
        self.shown = shown  # display strings, unescaped
        self.caption = caption

    def _repr_html_(self) -> str:
        return self.page

    def __repr__(self) -> str:
        body = self.shown.to_string(index=False) if len(self.shown.columns) else ""
        return f"{body}\n({re.sub(r'<[^>]+>', '', self.caption)})"


def facts(values: dict, name: str | None = None, tables_dir=None):
    """A two-column table of labelled values ("articles selected: 381")."""
    frame = pd.DataFrame({"what": list(values), "value": [number(v) if not isinstance(v, str) else v for v in values.values()]})
    return show_table(frame, name, tables_dir, rows=None, formats={"value": "text"})
