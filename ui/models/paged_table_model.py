"""A table model over a service's paged query: rows load as the view scrolls to them.

Filtering and sorting happen in SQL (the service's ``page``/``count``), so a list of a million
records costs one page of memory at a time. Showing the first page costs one page query: whether
there is more is known from a full page, and the total is counted only when something asks for
it (or is handed over with :meth:`PagedTableModel.set_total` by a tab that counts in the
background).
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
    PAGE = 200  # rows read at a time as the view scrolls
    FIRST_PAGE = 100  # rows read first: a screenful and more, at the cost of a screenful
    CONTEXT = "PagedTableModel"

    def __init__(self, columns: Sequence[Column], page: PageFn, count: CountFn,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._page = page
        self._count = count
        self._rows: list[Any] = []
        self._total: int | None = 0  # None: not counted yet
        self._more = False  # the last page read was full: there may be more
        self._read_once = False
        self._filter = ""
        self._sort = columns[0].key if columns else ""
        self._descending = False

    # -- loading -----------------------------------------------------------------------------
    def reload(self, text: str | None = None) -> None:
        if text is not None:
            self._filter = text
        self._read_once = True
        first = min(self.FIRST_PAGE, self.PAGE)
        self.beginResetModel()
        self._rows = list(self._page(self._filter, 0, first, self._sort, self._descending))
        self._more = len(self._rows) >= first
        self._total = None if self._more else len(self._rows)
        self.endResetModel()

    def total(self) -> int:
        """How many rows the filter matches (counted at the first call after a load)."""
        if self._total is None:
            self._total = self._count(self._filter)
        return self._total

    def known_total(self) -> int | None:
        """The total if it is known without a query."""
        return self._total

    def counter(self) -> Callable[[], int]:
        """A function counting the current filter's rows, for a background thread."""
        count, text = self._count, self._filter
        return lambda: count(text)

    def set_total(self, total: int) -> None:
        """The total, counted elsewhere (in the background, with the same filter)."""
        self._total = total

    def record(self, row: int) -> Any:
        return self._rows[row]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = list(self._page(self._filter, len(self._rows), self.PAGE, self._sort,
                               self._descending))
        self._more = len(more) >= self.PAGE
        if self._total is not None:  # counted: no query for a page past the end
            self._more = self._more and len(self._rows) + len(more) < self._total
        if not more:
            self._total = len(self._rows)
            return
        if not self._more:
            self._total = len(self._rows) + len(more)
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def display_texts(self, column: int, rows: int) -> list[str]:
        """The texts column ``column`` shows in the first ``rows`` rows (for fitting widths:
        without a QModelIndex per cell)."""
        display = self._columns[column].display
        return [display(record) for record in self._rows[:rows]]

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
        if self._read_once:  # before the first load (a view's setSortingEnabled): remember it
            self.reload()


class FilteredTableModel(PagedTableModel):
    """A paged list over a service's ``page(flt, offset, limit, sort, descending)`` and
    ``count(flt)``, where the filter is a whole object (the tabs' filter rows).

    Subclasses read rows in :meth:`fetch_rows` and :meth:`count_rows`. A sort asked before the
    first load is only remembered: a view's ``setSortingEnabled`` sorts at once, and a tab
    nobody opened must not query. Setting the filter it already has reads again what is
    loaded, so a record changed elsewhere is shown where the list was scrolled to."""

    UNSORTABLE: frozenset[str] = frozenset()

    def __init__(self, columns: Sequence[Column], flt: Any, sort: str, descending: bool,
                 parent: Any = None) -> None:
        super().__init__(columns, self._page_rows, self._count_rows, parent)
        self._flt = flt
        self._sort = sort
        self._descending = descending
        self._loaded = False

    def fetch_rows(self, flt: Any, offset: int, limit: int, sort: str,
                   descending: bool) -> Sequence[Any]:
        raise NotImplementedError

    def count_rows(self, flt: Any) -> int:
        raise NotImplementedError

    def _page_rows(self, _text: str, offset: int, limit: int, sort: str,
                   descending: bool) -> Sequence[Any]:
        return self.fetch_rows(self._flt, offset, limit, sort, descending)

    def _count_rows(self, _text: str) -> int:
        return self.count_rows(self._flt)

    def reload(self, text: str | None = None) -> None:
        self._loaded = True
        super().reload(text)

    def is_loaded(self) -> bool:
        return self._loaded

    def refresh(self) -> None:
        """Read again as many rows as are loaded (at least a page), in one query."""
        if not self._loaded:
            self.reload()
            return
        keep = max(self.PAGE, len(self._rows))
        rows = list(self.fetch_rows(self._flt, 0, keep, self._sort, self._descending))
        self.beginResetModel()
        self._rows, self._more = rows, len(rows) >= keep
        self._total = None if self._more else len(rows)
        self.endResetModel()

    def set_filter(self, flt: Any) -> None:
        if self._loaded and flt == self._flt:
            self.refresh()
        else:
            self._flt = flt
            self.reload()

    def current_filter(self) -> Any:
        return self._flt

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or self._columns[column].key in self.UNSORTABLE:
            return
        key, descending = self._columns[column].key, order == Qt.SortOrder.DescendingOrder
        if not self._loaded:
            self._sort, self._descending = key, descending
        elif (key, descending) != (self._sort, self._descending):
            # QTableView.sortByColumn asks twice (through the header and directly): query once.
            super().sort(column, order)

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The column and order the rows are sorted by (for the header's indicator)."""
        keys = [c.key for c in self._columns]
        column = keys.index(self._sort) if self._sort in keys else -1
        return column, (Qt.SortOrder.DescendingOrder if self._descending
                        else Qt.SortOrder.AscendingOrder)

    def retranslate(self) -> None:
        """The language changed: the view asks for the column titles again."""
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def keep_indicator(self, header: Any) -> None:
        """Keep ``header``'s sort indicator (a QHeaderView) on the column the rows are sorted
        by: a click on a column that does not sort leaves it there."""

        def restore(*_args: Any) -> None:
            column, order = self.sort_column()
            if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (column, order):
                blocked = header.blockSignals(True)
                header.setSortIndicator(column, order)
                header.blockSignals(blocked)

        header.sortIndicatorChanged.connect(restore)
