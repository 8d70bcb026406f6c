"""The intake cases list (信访接待): filtered, sorted and paged in SQL by ``app.intake``."""

from __future__ import annotations

import dataclasses
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui.models.paged_table_model import Column, Index, PagedTableModel
from unioncase.domain.deadlines import DeadlineStatus
from unioncase.models.intake import IntakeCaseRead
from unioncase.services import UnionCase
from unioncase.services.intake import IntakeFilter

FLAGS_ROLE = Qt.ItemDataRole.UserRole + 3  # the row's flags: a tuple of "group", "repeat", ...

OVERDUE_COLOR = QColor("#c0392b")
OVERDUE_BACKGROUND = QColor("#fbe3e0")
DUE_SOON_COLOR = QColor("#b9770e")
DUE_SOON_BACKGROUND = QColor("#fdf2d9")


class IntakeColumn(IntEnum):
    NUMBER = 0
    DATE = 1
    CHANNEL = 2
    NAME = 3
    CATEGORY = 4
    HEAD_COUNT = 5
    STATUS = 6
    DUE = 7
    FLAGS = 8


def is_overdue(case: IntakeCaseRead) -> bool:
    """Past the due date that runs now (what the "overdue" filter and count select)."""
    return case.deadline_status == DeadlineStatus.OVERDUE


def was_late(case: IntakeCaseRead) -> bool:
    """A step done after its due date (recorded, so it stays after closing)."""
    return case.accept_overdue or case.handle_overdue


def case_flags(case: IntakeCaseRead) -> tuple[str, ...]:
    flags = []
    if case.is_group:
        flags.append("group")
    if case.is_repeat:
        flags.append("repeat")
    if is_overdue(case):
        flags.append("overdue")
    elif case.deadline_status == DeadlineStatus.DUE_SOON:
        flags.append("due_soon")
    if was_late(case) and not is_overdue(case):
        flags.append("late")
    return tuple(flags)


def flag_text(flag: str) -> str:
    texts = {
        "group": QCoreApplication.translate("IntakeTableModel", "Group"),
        "repeat": QCoreApplication.translate("IntakeTableModel", "Repeat"),
        "overdue": QCoreApplication.translate("IntakeTableModel", "Overdue"),
        "due_soon": QCoreApplication.translate("IntakeTableModel", "Due soon"),
        "late": QCoreApplication.translate("IntakeTableModel", "Handled late"),
    }
    return texts.get(flag, flag)


def flags_rank(case: IntakeCaseRead) -> int:
    """The Flags column's sort value, as the service sorts it: group, then repeat, then overdue
    or due soon, then done late."""
    flags = case_flags(case)
    deadline = 4 if "overdue" in flags else 2 if "due_soon" in flags else 0
    return (16 * ("group" in flags) + 8 * ("repeat" in flags) + deadline
            + int("late" in flags))


def flags_display(case: IntakeCaseRead) -> str:
    return " · ".join(flag_text(f) for f in case_flags(case))


def deadline_text(status: DeadlineStatus | None) -> str | None:
    if status is DeadlineStatus.OVERDUE:
        return QCoreApplication.translate("IntakeTableModel", "Overdue")
    if status is DeadlineStatus.DUE_SOON:
        return QCoreApplication.translate("IntakeTableModel", "Due soon")
    if status is DeadlineStatus.NORMAL:
        return QCoreApplication.translate("IntakeTableModel", "In time")
    return None


def _due(case: IntakeCaseRead) -> str:
    return case.current_due.isoformat() if case.current_due else ""


INTAKE_COLUMNS = [
    Column("number", QT_TRANSLATE_NOOP("PagedTableModel", "Number"), lambda c: c.number),
    Column("registered_on", QT_TRANSLATE_NOOP("PagedTableModel", "Date"),
           lambda c: c.registered_on.isoformat(), lambda c: c.registered_on.toordinal()),
    Column("channel", QT_TRANSLATE_NOOP("PagedTableModel", "Channel"), lambda c: str(c.channel)),
    Column("name", QT_TRANSLATE_NOOP("PagedTableModel", "Name"),
           lambda c: c.person_name),
    Column("category", QT_TRANSLATE_NOOP("PagedTableModel", "Category"), lambda c: c.category),
    Column("head_count", QT_TRANSLATE_NOOP("PagedTableModel", "People"),
           lambda c: str(c.head_count), lambda c: c.head_count, align_right=True),
    Column("status", QT_TRANSLATE_NOOP("PagedTableModel", "Status"), lambda c: str(c.status)),
    Column("due", QT_TRANSLATE_NOOP("PagedTableModel", "Due"), _due,
           lambda c: c.current_due.toordinal() if c.current_due else 0),
    Column("flags", QT_TRANSLATE_NOOP("PagedTableModel", "Flags"), flags_display, flags_rank),
]


class IntakeTableModel(PagedTableModel):
    def __init__(self, app: UnionCase, parent: Any = None) -> None:
        self.app = app
        self._flt = IntakeFilter()
        super().__init__(INTAKE_COLUMNS, self._page_rows, self._count_rows, parent)
        self._sort = "registered_on"
        self._descending = True  # newest first
        self._loaded = False

    # The base class passes its text filter; the intake list filters by a whole IntakeFilter.
    def _page_rows(self, _text: str, offset: int, limit: int, sort: str,
                   descending: bool) -> list[IntakeCaseRead]:
        return self.app.intake.page(self._flt, offset, limit, sort, descending)

    def _count_rows(self, _text: str) -> int:
        return self.app.intake.count(self._flt)

    def reload(self, text: str | None = None) -> None:
        self._loaded = True
        super().reload(text)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._loaded:
            super().sort(column, order)
        elif 0 <= column < len(INTAKE_COLUMNS):  # before the first load: remember it only
            self._sort = INTAKE_COLUMNS[column].key
            self._descending = order == Qt.SortOrder.DescendingOrder

    def set_filter(self, flt: IntakeFilter) -> None:
        self._flt = flt
        self.reload()

    def current_filter(self) -> IntakeFilter:
        return dataclasses.replace(self._flt)

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The column and order the rows are sorted by (for the header's indicator)."""
        keys = [c.key for c in INTAKE_COLUMNS]
        column = keys.index(self._sort) if self._sort in keys else -1
        order = (Qt.SortOrder.DescendingOrder if self._descending
                 else Qt.SortOrder.AscendingOrder)
        return column, order

    def case(self, row: int) -> IntakeCaseRead:
        record: IntakeCaseRead = self.record(row)
        return record

    def row_of(self, case_id: int) -> int | None:
        for row in range(self.rowCount()):
            if self.case(row).id == case_id:
                return row
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        if role == FLAGS_ROLE:
            return case_flags(self.case(index.row()))
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            return self._colour(self.case(index.row()), index.column(), role)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == IntakeColumn.DUE:
            case = self.case(index.row())
            return deadline_text(case.deadline_status)
        return super().data(index, role)

    def _colour(self, case: IntakeCaseRead, column: int, role: int) -> QBrush | None:
        foreground = role == Qt.ItemDataRole.ForegroundRole
        if column == IntakeColumn.DUE:
            if case.deadline_status == DeadlineStatus.OVERDUE:
                return QBrush(OVERDUE_COLOR if foreground else OVERDUE_BACKGROUND)
            if case.deadline_status == DeadlineStatus.DUE_SOON:
                return QBrush(DUE_SOON_COLOR if foreground else DUE_SOON_BACKGROUND)
            return None
        if column == IntakeColumn.FLAGS and foreground:
            if case.is_group or is_overdue(case):
                return QBrush(OVERDUE_COLOR)
            if (case.deadline_status == DeadlineStatus.DUE_SOON or case.is_repeat
                    or was_late(case)):
                return QBrush(DUE_SOON_COLOR)
        if column == IntakeColumn.HEAD_COUNT and foreground and case.is_group:
            return QBrush(OVERDUE_COLOR)
        return None

    def index_of(self, row: int, column: IntakeColumn) -> QModelIndex:
        return self.index(row, int(column))
