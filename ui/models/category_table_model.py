"""The petition categories (信访类别) with their deadlines, for the administrators' dialog."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ui.models.paged_table_model import RECORD_ROLE, SORT_ROLE
from unioncase.models.intake import IntakeCategoryRead

Index = QModelIndex | QPersistentModelIndex

INACTIVE_COLOR = QColor("#7f8c8d")


class CategoryColumn(IntEnum):
    NAME = 0
    ACCEPT_DAYS = 1
    HANDLE_DAYS = 2
    ACTIVE = 3


class CategoryTableModel(QAbstractTableModel):
    """Categories in their own order (the order the entry form offers them)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[IntakeCategoryRead] = []

    def set_categories(self, categories: list[IntakeCategoryRead]) -> None:
        self.beginResetModel()
        self._rows = list(categories)
        self.endResetModel()

    def category(self, row: int) -> IntakeCategoryRead:
        return self._rows[row]

    def row_of(self, name: str) -> int:
        """The row showing the category ``name``, or -1."""
        return next((i for i, c in enumerate(self._rows) if c.name == name), -1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(CategoryColumn) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(CategoryColumn) - 1))

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CategoryColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = CategoryColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CategoryColumn.NAME:
                return record.name
            if column == CategoryColumn.ACCEPT_DAYS:
                return str(record.accept_days)
            if column == CategoryColumn.HANDLE_DAYS:
                return str(record.handle_days)
            return self.tr("Yes") if record.active else self.tr("No")
        if role == SORT_ROLE:
            values = {CategoryColumn.NAME: record.sort_order,
                      CategoryColumn.ACCEPT_DAYS: record.accept_days,
                      CategoryColumn.HANDLE_DAYS: record.handle_days,
                      CategoryColumn.ACTIVE: int(record.active)}
            return values[column]
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                CategoryColumn.ACCEPT_DAYS, CategoryColumn.HANDLE_DAYS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not record.active:
            return INACTIVE_COLOR
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {CategoryColumn.NAME: self.tr("Category"),
                  CategoryColumn.ACCEPT_DAYS: self.tr("Decide within (days)"),
                  CategoryColumn.HANDLE_DAYS: self.tr("Handle within (days)"),
                  CategoryColumn.ACTIVE: self.tr("In use")}
        return titles.get(CategoryColumn(section)) if 0 <= section < len(CategoryColumn) else None
