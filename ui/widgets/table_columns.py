"""Column widths of the lists."""

from __future__ import annotations

from typing import Any


def fit_columns(table: Any, minimum: int = 0, padding: int = 0) -> None:
    """Size ``table``'s columns (a QTableView) to the header and the rows on screen.

    Qt measures up to 1,000 rows by default: every cell of a loaded page asked for its text
    and font costs more than reading the page. The rows on screen show the widths well enough,
    and the user can still widen a column."""
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(0)  # 0: only the visible rows
    table.resizeColumnsToContents()
    if minimum or padding:
        for column in range(header.count()):
            header.resizeSection(column, max(header.sectionSize(column), minimum) + padding)
