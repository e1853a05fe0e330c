"""The CSV-injection rule, shared by the tables' CSV format and the views' full-table CSVs."""

from __future__ import annotations

import re

# CSV injection (OWASP): a text cell starting with = + - @ tab or CR is a formula to a
# spreadsheet. In CSV such a cell gets a leading ' ; so does one that already starts with
# quotes before such a character, so that reading strips exactly one and gets the text
# back. Numbers are not text cells; Parquet keeps every value as it is.
CSV_FORMULA = "^'*[=+@\t\r-]"


def csv_cell(value):
    """``value`` as written to a CSV cell: a formula-looking string gets a leading '."""
    if isinstance(value, str) and re.match(CSV_FORMULA, value):
        return "'" + value
    return value
