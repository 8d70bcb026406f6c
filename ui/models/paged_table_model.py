"""A table model over a service's paged query: rows load as the view scrolls to them.

Filtering and sorting happen in SQL (the service's ``page``/``count``), so a list of a million
records costs one page of memory at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
PageFn = Callable[[str, int, int, str, bool], Sequence[Any]]
CountFn = Callable[[str], int]


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("PagedTableModel", "Yes")
    return QCoreApplication.translate("PagedTableModel", "No")


@dataclass(frozen=True)
class Column:
    key: str  # the service's sort key
    title: str  # English source text, translated in the model's context
    display: Callable[[Any], str]
    sort_value: Callable[[Any], Any] | None = None
    align_right: bool = False


class PagedTableModel(QAbstractTableModel):
    PAGE = 200
    CONTEXT = "PagedTableModel"

    def __init__(self, columns: Sequence[Column], page: PageFn, count: CountFn,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._page = page
        self._count = count
        self._rows: list[Any] = []
        self._total = 0
        self._filter = ""
        self._sort = columns[0].key if columns else ""
        self._descending = False

    # -- loading -----------------------------------------------------------------------------
    def reload(self, text: str | None = None) -> None:
        if text is not None:
            self._filter = text
        self.beginResetModel()
        self._total = self._count(self._filter)
        self._rows = list(self._page(self._filter, 0, self.PAGE, self._sort, self._descending))
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def record(self, row: int) -> Any:
        return self._rows[row]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = list(self._page(self._filter, len(self._rows), self.PAGE, self._sort,
                               self._descending))
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record)
        if role == SORT_ROLE:
            return (column.sort_value or column.display)(record)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._columns)):
            return QCoreApplication.translate(self.CONTEXT, self._columns[section].title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sort = self._columns[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
