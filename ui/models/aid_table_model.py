"""Aid applications (困难帮扶): filtered, sorted and paged in SQL by ``app.aid``."""

from __future__ import annotations

import dataclasses
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush

from ui.models.intake_table_model import DUE_SOON_COLOR, OVERDUE_COLOR
from ui.models.paged_table_model import Column, Index, PagedTableModel
from unioncase.domain.aid import AidStatus
from unioncase.domain.money import format_yuan
from unioncase.messages import message
from unioncase.models.aid import AidApplicationRead
from unioncase.services import UnionCase
from unioncase.services.aid import AidFilter

PAID_COLOR = "#1e8449"


class AidColumn(IntEnum):
    NUMBER = 0
    DATE = 1
    NAME = 2
    PROGRAM = 3
    BATCH = 4
    CATEGORY = 5
    REQUESTED = 6
    APPROVED = 7
    STATUS = 8
    WARNINGS = 9


def _money(fen: int | None) -> str:
    return format_yuan(fen) if fen else ""


def warning_texts(case: AidApplicationRead) -> list[str]:
    from ui import i18n

    return [message(code, i18n.current_language()) for code in case.warnings]


def _warnings(case: AidApplicationRead) -> str:
    if not case.warnings:
        return ""
    n = len(case.warnings)
    return QCoreApplication.translate("AidTableModel", "%n warning(s)", None, n)


AID_COLUMNS = [
    Column("number", QT_TRANSLATE_NOOP("PagedTableModel", "Number"), lambda c: c.number),
    Column("applied_on", QT_TRANSLATE_NOOP("PagedTableModel", "Applied"),
           lambda c: c.applied_on.isoformat(), lambda c: c.applied_on.toordinal()),
    Column("name", QT_TRANSLATE_NOOP("PagedTableModel", "Name"), lambda c: c.person_name),
    Column("program", QT_TRANSLATE_NOOP("PagedTableModel", "Program"),
           lambda c: c.program_name),
    Column("batch", QT_TRANSLATE_NOOP("PagedTableModel", "Batch"), lambda c: c.batch_name or ""),
    Column("category", QT_TRANSLATE_NOOP("PagedTableModel", "Hardship"),
           lambda c: c.category.value if c.category else ""),
    Column("requested", QT_TRANSLATE_NOOP("PagedTableModel", "Requested (yuan)"),
           lambda c: _money(c.requested_fen), lambda c: c.requested_fen, align_right=True),
    Column("approved", QT_TRANSLATE_NOOP("PagedTableModel", "Approved (yuan)"),
           lambda c: _money(c.approved_fen), lambda c: c.approved_fen or 0, align_right=True),
    Column("status", QT_TRANSLATE_NOOP("PagedTableModel", "Status"), lambda c: str(c.status)),
    Column("warnings", QT_TRANSLATE_NOOP("PagedTableModel", "Warnings"), _warnings,
           lambda c: len(c.warnings)),
]
UNSORTABLE = {"batch", "category", "warnings"}


class AidTableModel(PagedTableModel):
    def __init__(self, app: UnionCase, parent: Any = None) -> None:
        self.app = app
        self._flt = AidFilter()
        super().__init__(AID_COLUMNS, self._page_rows, self._count_rows, parent)
        self._sort = "applied_on"
        self._descending = True
        self._loaded = False

    def _page_rows(self, _text: str, offset: int, limit: int, sort: str,
                   descending: bool) -> list[AidApplicationRead]:
        return self.app.aid.page(self._flt, offset, limit, sort, descending)

    def _count_rows(self, _text: str) -> int:
        return self.app.aid.count(self._flt)

    def reload(self, text: str | None = None) -> None:
        self._loaded = True
        super().reload(text)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(AID_COLUMNS) or AID_COLUMNS[column].key in UNSORTABLE:
            return
        if self._loaded:
            super().sort(column, order)
        else:
            self._sort = AID_COLUMNS[column].key
            self._descending = order == Qt.SortOrder.DescendingOrder

    def set_filter(self, flt: AidFilter) -> None:
        self._flt = flt
        self.reload()

    def current_filter(self) -> AidFilter:
        return dataclasses.replace(self._flt)

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        keys = [c.key for c in AID_COLUMNS]
        column = keys.index(self._sort) if self._sort in keys else -1
        return column, (Qt.SortOrder.DescendingOrder if self._descending
                        else Qt.SortOrder.AscendingOrder)

    def case(self, row: int) -> AidApplicationRead:
        record: AidApplicationRead = self.record(row)
        return record

    def row_of(self, case_id: int) -> int | None:
        return next((r for r in range(self.rowCount()) if self.case(r).id == case_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        case = self.case(index.row())
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() == AidColumn.WARNINGS and case.warnings:
                return QBrush(DUE_SOON_COLOR)
            if index.column() == AidColumn.STATUS:
                if case.status is AidStatus.PAID:
                    return QBrush(PAID_COLOR)
                if case.status is AidStatus.REJECTED:
                    return QBrush(OVERDUE_COLOR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == AidColumn.WARNINGS:
            return "\n".join(warning_texts(case)) or None
        return super().data(index, role)
