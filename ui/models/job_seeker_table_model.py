"""Job seekers (就业推荐) with their latest referral: filtered, sorted and paged in SQL by
``app.jobs``."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush

from ui.models.paged_table_model import Column, FilteredTableModel, Index
from unioncase.domain.jobs import ReferralResult
from unioncase.models.jobs import JobSeekerRead
from unioncase.services import UnionCase
from unioncase.services.jobs import SeekerFilter

CONTEXT = "JobSeekerTableModel"


class SeekerColumn(IntEnum):
    NUMBER = 0
    REGISTERED = 1
    NAME = 2
    DESIRED_JOB = 3
    SITUATION = 4
    LATEST_REFERRAL = 5
    RESULT = 6


def referral_text(seeker: JobSeekerRead) -> str:
    latest = seeker.latest_referral
    if latest is None:
        return ""
    return f"{latest.enterprise_name} {latest.position_title or ''}".strip()


def result_text(seeker: JobSeekerRead) -> str:
    latest = seeker.latest_referral
    return latest.result.value if latest is not None else ""


def _result_rank(seeker: JobSeekerRead) -> int:
    latest = seeker.latest_referral
    return list(ReferralResult).index(latest.result) if latest is not None else len(
        ReferralResult)


# The keys are the service's sort keys (JobService.page, SEEKER_SORTS).
SEEKER_COLUMNS = [
    Column("number", QT_TRANSLATE_NOOP("JobSeekerTableModel", "Number"), lambda s: s.number),
    Column("registered_on", QT_TRANSLATE_NOOP("JobSeekerTableModel", "Registered"),
           lambda s: s.registered_on.isoformat(), lambda s: s.registered_on.toordinal()),
    Column("name", QT_TRANSLATE_NOOP("JobSeekerTableModel", "Name"), lambda s: s.name),
    Column("desired_job", QT_TRANSLATE_NOOP("JobSeekerTableModel", "Desired job"),
           lambda s: s.desired_job),
    Column("situation", QT_TRANSLATE_NOOP("JobSeekerTableModel", "Situation"),
           lambda s: s.situation.value),
    Column("latest_referral", QT_TRANSLATE_NOOP("JobSeekerTableModel", "Latest referral"),
           referral_text),
    Column("result", QT_TRANSLATE_NOOP("JobSeekerTableModel", "Result"), result_text,
           _result_rank),
]


class JobSeekerTableModel(FilteredTableModel):
    CONTEXT = CONTEXT

    def __init__(self, app: UnionCase, parent: Any = None) -> None:
        self.app = app
        # Newest registrations first, as the service lists them.
        super().__init__(SEEKER_COLUMNS, SeekerFilter(), "registered_on", True, parent)

    def fetch_rows(self, flt: SeekerFilter, offset: int, limit: int, sort: str,
                   descending: bool) -> Sequence[JobSeekerRead]:
        return self.app.jobs.page(flt, offset, limit, sort, descending)

    def count_rows(self, flt: SeekerFilter) -> int:
        return self.app.jobs.count(flt)

    def current_filter(self) -> SeekerFilter:
        flt: SeekerFilter = self._flt
        return flt

    def case(self, row: int) -> JobSeekerRead:
        record: JobSeekerRead = self.record(row)
        return record

    def row_of(self, seeker_id: int) -> int | None:
        return next((r for r in range(self.rowCount()) if self.case(r).id == seeker_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and index.row() < self.rowCount() and index.column() == SeekerColumn.RESULT):
            latest = self.case(index.row()).latest_referral
            if latest is not None and latest.result is ReferralResult.PLACED:
                return QBrush(Qt.GlobalColor.darkGreen)
            return None
        if (role == Qt.ItemDataRole.ToolTipRole and index.isValid()
                and index.row() < self.rowCount()
                and index.column() == SeekerColumn.LATEST_REFERRAL):
            return referral_text(self.case(index.row())) or None  # in full when elided
        return super().data(index, role)
