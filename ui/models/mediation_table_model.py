"""The mediation cases list (劳动争议调解): filtered, sorted and paged in SQL by
``app.mediation``."""

from __future__ import annotations

import dataclasses
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush

from ui.models.intake_table_model import (
    DUE_SOON_BACKGROUND,
    DUE_SOON_COLOR,
    OVERDUE_BACKGROUND,
    OVERDUE_COLOR,
    deadline_text,
)
from ui.models.paged_table_model import Column, Index, PagedTableModel
from unioncase.domain.deadlines import DeadlineStatus
from unioncase.domain.mediation import MediationStatus
from unioncase.domain.money import format_yuan
from unioncase.models.mediation import MediationCaseRead
from unioncase.services import UnionCase
from unioncase.services.mediation import MediationFilter

SUCCESS_COLOR = "#1e8449"
FAILED_COLOR = "#7b7d7d"


class MediationColumn(IntEnum):
    NUMBER = 0
    DATE = 1
    APPLICANT = 2
    RESPONDENT = 3
    TYPE = 4
    ORGANIZATION = 5
    MEDIATOR = 6
    STATUS = 7
    DUE = 8
    CLAIMED = 9
    AGREED = 10


def applicant_text(case: MediationCaseRead) -> str:
    """The first applicant, "等N人" for a dispute of more workers."""
    first = case.applicants[0].name if case.applicants else ""
    if case.head_count > 1:
        more = QCoreApplication.translate("MediationTableModel", "%1 and others (%2)")
        return more.replace("%1", first).replace("%2", str(case.head_count))
    return first


def lead_mediator(case: MediationCaseRead) -> str:
    lead = next((m for m in case.mediators if m.is_lead), None)
    return lead.name if lead else (case.mediators[0].name if case.mediators else "")


def _due(case: MediationCaseRead) -> str:
    if case.current_due is None:
        return ""
    text = case.current_due.isoformat()
    if case.extended:
        text += " " + QCoreApplication.translate("MediationTableModel", "(extended)")
    return text


def _money(fen: int) -> str:
    return format_yuan(fen) if fen else ""


MEDIATION_COLUMNS = [
    Column("number", QT_TRANSLATE_NOOP("PagedTableModel", "Number"), lambda c: c.number),
    Column("applied_on", QT_TRANSLATE_NOOP("PagedTableModel", "Applied"),
           lambda c: c.applied_on.isoformat(), lambda c: c.applied_on.toordinal()),
    Column("name", QT_TRANSLATE_NOOP("PagedTableModel", "Applicant"), applicant_text),
    Column("respondent", QT_TRANSLATE_NOOP("PagedTableModel", "Respondent"),
           lambda c: c.respondent_name or ""),
    Column("dispute_type", QT_TRANSLATE_NOOP("PagedTableModel", "Dispute"),
           lambda c: str(c.dispute_type)),
    Column("organization", QT_TRANSLATE_NOOP("PagedTableModel", "Organization"),
           lambda c: c.organization_name or ""),
    Column("mediator", QT_TRANSLATE_NOOP("PagedTableModel", "Mediator"), lead_mediator),
    Column("status", QT_TRANSLATE_NOOP("PagedTableModel", "Status"), lambda c: str(c.status)),
    Column("due", QT_TRANSLATE_NOOP("PagedTableModel", "Limit"), _due,
           lambda c: c.current_due.toordinal() if c.current_due else 0),
    Column("claimed", QT_TRANSLATE_NOOP("PagedTableModel", "Claimed (yuan)"),
           lambda c: _money(c.claimed_fen), lambda c: c.claimed_fen, align_right=True),
    Column("agreed", QT_TRANSLATE_NOOP("PagedTableModel", "Agreed (yuan)"),
           lambda c: _money(c.agreed_fen), lambda c: c.agreed_fen, align_right=True),
]
# columns the service cannot sort by: clicking them keeps the current order
UNSORTABLE = {"mediator"}


class MediationTableModel(PagedTableModel):
    def __init__(self, app: UnionCase, parent: Any = None) -> None:
        self.app = app
        self._flt = MediationFilter()
        super().__init__(MEDIATION_COLUMNS, self._page_rows, self._count_rows, parent)
        self._sort = "applied_on"
        self._descending = True  # newest first
        self._loaded = False

    def _page_rows(self, _text: str, offset: int, limit: int, sort: str,
                   descending: bool) -> list[MediationCaseRead]:
        return self.app.mediation.page(self._flt, offset, limit, sort, descending)

    def _count_rows(self, _text: str) -> int:
        return self.app.mediation.count(self._flt)

    def reload(self, text: str | None = None) -> None:
        self._loaded = True
        super().reload(text)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(MEDIATION_COLUMNS) or MEDIATION_COLUMNS[column].key in UNSORTABLE:
            return
        if self._loaded:
            super().sort(column, order)
        else:  # before the first load: remember it only
            self._sort = MEDIATION_COLUMNS[column].key
            self._descending = order == Qt.SortOrder.DescendingOrder

    def set_filter(self, flt: MediationFilter) -> None:
        self._flt = flt
        self.reload()

    def current_filter(self) -> MediationFilter:
        return dataclasses.replace(self._flt)

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        keys = [c.key for c in MEDIATION_COLUMNS]
        column = keys.index(self._sort) if self._sort in keys else -1
        order = (Qt.SortOrder.DescendingOrder if self._descending
                 else Qt.SortOrder.AscendingOrder)
        return column, order

    def case(self, row: int) -> MediationCaseRead:
        record: MediationCaseRead = self.record(row)
        return record

    def row_of(self, case_id: int) -> int | None:
        for row in range(self.rowCount()):
            if self.case(row).id == case_id:
                return row
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            return self._colour(self.case(index.row()), index.column(), role)
        if role == Qt.ItemDataRole.ToolTipRole:
            case = self.case(index.row())
            if index.column() == MediationColumn.DUE:
                return deadline_text(case.deadline_status)
            if index.column() == MediationColumn.APPLICANT and len(case.applicants) > 1:
                return "、".join(a.name for a in case.applicants)
            if index.column() in (MediationColumn.RESPONDENT, MediationColumn.ORGANIZATION):
                # the names may be elided to fit the view
                return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        return super().data(index, role)

    def _colour(self, case: MediationCaseRead, column: int, role: int) -> QBrush | None:
        foreground = role == Qt.ItemDataRole.ForegroundRole
        if column == MediationColumn.DUE:
            if case.deadline_status == DeadlineStatus.OVERDUE:
                return QBrush(OVERDUE_COLOR if foreground else OVERDUE_BACKGROUND)
            if case.deadline_status == DeadlineStatus.DUE_SOON:
                return QBrush(DUE_SOON_COLOR if foreground else DUE_SOON_BACKGROUND)
            return None
        if column == MediationColumn.STATUS and foreground:
            if case.status is MediationStatus.SUCCEEDED:
                return QBrush(SUCCESS_COLOR)
            if case.status in (MediationStatus.FAILED, MediationStatus.TERMINATED,
                               MediationStatus.REJECTED):
                return QBrush(OVERDUE_COLOR)
            if case.status is MediationStatus.WITHDRAWN:
                return QBrush(FAILED_COLOR)
        return None
