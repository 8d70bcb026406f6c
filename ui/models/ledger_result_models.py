"""The result of a ledger import as tables: the counts of each sheet, and every problem."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ui import i18n
from ui.models.paged_table_model import RECORD_ROLE, SORT_ROLE
from unioncase.services.ledger_import import SheetCounts
from unioncase.services.ledger_read import LedgerProblem

Index = QModelIndex | QPersistentModelIndex
ERROR_COLOR = QColor("#c0392b")
WARNING_COLOR = QColor("#9a6700")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class CountsColumn(IntEnum):
    SHEET = 0
    ROWS = 1
    CREATED = 2
    EXISTING = 3
    INVALID = 4


class LedgerCountsTableModel(QAbstractTableModel):
    """One line per sheet of the ledger: rows read, new, already there, with errors."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SheetCounts] = []

    def set_counts(self, counts: list[SheetCounts]) -> None:
        self.beginResetModel()
        self._rows = list(counts)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CountsColumn)

    def _value(self, record: SheetCounts, column: CountsColumn) -> Any:
        return {CountsColumn.SHEET: record.sheet, CountsColumn.ROWS: record.rows,
                CountsColumn.CREATED: record.created, CountsColumn.EXISTING: record.existing,
                CountsColumn.INVALID: record.invalid}[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = CountsColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self._value(record, column))
        if role == SORT_ROLE:
            return self._value(record, column)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column != CountsColumn.SHEET:
            return RIGHT
        if (role == Qt.ItemDataRole.ForegroundRole and column == CountsColumn.INVALID
                and record.invalid):
            return ERROR_COLOR
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Sheet"), self.tr("Rows read"), self.tr("New"),
                  self.tr("Already there"), self.tr("With errors"))
        return titles[section] if 0 <= section < len(titles) else None


class ProblemColumn(IntEnum):
    LEVEL = 0
    SHEET = 1
    ROW = 2
    COLUMN = 3
    MESSAGE = 4


class LedgerProblemTableModel(QAbstractTableModel):
    """Every problem found: errors first (as found), then the notes."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[LedgerProblem] = []

    def set_problems(self, problems: list[LedgerProblem]) -> None:
        self.beginResetModel()
        self._rows = [p for p in problems if not p.warning] + [p for p in problems if p.warning]
        self.endResetModel()

    def problem(self, row: int) -> LedgerProblem:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ProblemColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = ProblemColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ProblemColumn.LEVEL:
                return self.tr("Note") if record.warning else self.tr("Error")
            if column == ProblemColumn.SHEET:
                return record.sheet
            if column == ProblemColumn.ROW:
                return str(record.row) if record.row else ""
            if column == ProblemColumn.COLUMN:
                return record.column
            return record.message(i18n.current_language())
        if role == SORT_ROLE:
            keys = {ProblemColumn.LEVEL: int(record.warning), ProblemColumn.SHEET: record.sheet,
                    ProblemColumn.ROW: record.row, ProblemColumn.COLUMN: record.column,
                    ProblemColumn.MESSAGE: record.code}
            return keys[column]
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ProblemColumn.ROW:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == ProblemColumn.LEVEL:
            return WARNING_COLOR if record.warning else ERROR_COLOR
        if role == Qt.ItemDataRole.ToolTipRole and column == ProblemColumn.MESSAGE:
            return record.describe(i18n.current_language())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Level"), self.tr("Sheet"), self.tr("Row"), self.tr("Column"),
                  self.tr("Problem"))
        return titles[section] if 0 <= section < len(titles) else None
