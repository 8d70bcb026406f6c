"""Column widths of the lists."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

SAMPLE_ROWS = 200  # the rows whose texts decide the widths: the first page, not only a screenful
CELL_PADDING = 14  # the item's margins and the grid line, as Qt's own size hint adds


def content_widths(table: Any, rows: int = SAMPLE_ROWS) -> list[int]:
    """The width each column of ``table`` (a QTableView) needs for its header and the display
    texts of its first ``rows`` rows.

    Qt's own fit asks every cell for a dozen roles and lays each one out: a page of 200 rows
    took longer than reading the page. Here each cell is asked for its text once and only the
    longest few texts of a column are measured."""
    model = table.model()
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    count = min(model.rowCount(), rows)
    widths = []
    for column in range(model.columnCount()):
        if hasattr(model, "display_texts"):  # a PagedTableModel: straight from its records
            texts = set(model.display_texts(column, count))
        else:
            texts = {str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) or "")
                     for row in range(count)}
        # a CJK character is about twice as wide as a digit: measure the few longest by that
        longest = sorted(texts, key=lambda t: sum(2 if ord(ch) > 0x2E80 else 1 for ch in t),
                         reverse=True)[:3]
        text_width = max((metrics.horizontalAdvance(t) for t in longest), default=0)
        widths.append(max(header.sectionSizeHint(column), text_width + CELL_PADDING))
    return widths


def fit_columns(table: Any, minimum: int = 0, padding: int = 0) -> None:
    """Size ``table``'s columns to their header and the texts of the loaded rows (up to a
    page); the user can still widen a column."""
    header = table.horizontalHeader()
    for column, width in enumerate(content_widths(table)):
        header.resizeSection(column, max(width, minimum) + padding)
