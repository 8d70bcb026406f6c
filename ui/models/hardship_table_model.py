"""The hardship registry's files (困难职工档案): filtered, sorted and paged in SQL by
``app.aid.file_page``/``file_count``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush

from ui.models.paged_table_model import Column, FilteredTableModel, Index
from unioncase.domain.aid import HardshipCategory
from unioncase.domain.money import format_yuan
from unioncase.domain.validators import mask_id_number
from unioncase.models.aid import HardshipFileRead
from unioncase.services import UnionCase
from unioncase.services.aid import FileFilter, masked_account

CONTEXT = "HardshipTableModel"


class FileColumn(IntEnum):
    NAME = 0
    ID_NUMBER = 1
    CATEGORY = 2
    SUGGESTED = 3
    PER_CAPITA = 4
    CAUSES = 5
    BANK_ACCOUNT = 6
    STATUS = 7
    REVIEW_DUE = 8


def _category_rank(category: HardshipCategory | None) -> int:
    return list(HardshipCategory).index(category) if category else len(HardshipCategory)


# The keys are the service's sort keys (AidService.file_page, FILE_SORTS).
FILE_COLUMNS = [
    Column("name", QT_TRANSLATE_NOOP("HardshipTableModel", "Name"), lambda f: f.person_name),
    Column("id_number", QT_TRANSLATE_NOOP("HardshipTableModel", "ID number"),
           lambda f: mask_id_number(f.id_number) if f.id_number else ""),
    Column("category", QT_TRANSLATE_NOOP("HardshipTableModel", "Category"),
           lambda f: f.category.value if f.category else "",
           lambda f: _category_rank(f.category)),
    Column("suggested", QT_TRANSLATE_NOOP("HardshipTableModel", "Suggested"),
           lambda f: f.suggested_category.value if f.suggested_category else "",
           lambda f: _category_rank(f.suggested_category)),
    Column("per_capita", QT_TRANSLATE_NOOP("HardshipTableModel", "Per person and month"),
           lambda f: format_yuan(f.per_capita_monthly_fen), lambda f: f.per_capita_monthly_fen,
           align_right=True),
    Column("causes", QT_TRANSLATE_NOOP("HardshipTableModel", "Causes"),
           lambda f: "、".join(f.cause_list)),
    Column("bank_account", QT_TRANSLATE_NOOP("HardshipTableModel", "Bank account"),
           lambda f: masked_account(f.bank_account)),
    Column("status", QT_TRANSLATE_NOOP("HardshipTableModel", "Status"), lambda f: f.status.value),
    Column("review_due", QT_TRANSLATE_NOOP("HardshipTableModel", "Review due"),
           lambda f: f.review_due.isoformat() if f.review_due else "",
           lambda f: f.review_due.toordinal() if f.review_due else 0),
]


class HardshipTableModel(FilteredTableModel):
    CONTEXT = CONTEXT
    UNSORTABLE = frozenset({"bank_account"})  # shown masked: its order would say too much

    def __init__(self, app: UnionCase, parent: Any = None) -> None:
        self.app = app
        self._today: date | None = None
        super().__init__(FILE_COLUMNS, FileFilter(), "name", False, parent)

    def fetch_rows(self, flt: FileFilter, offset: int, limit: int, sort: str,
                   descending: bool) -> Sequence[HardshipFileRead]:
        return self.app.aid.file_page(flt, offset, limit, sort, descending)

    def count_rows(self, flt: FileFilter) -> int:
        self._today = self.app.ctx.today()  # a review due before today shows in red
        return self.app.aid.file_count(flt)

    def current_filter(self) -> FileFilter:
        flt: FileFilter = self._flt
        return flt

    def file(self, row: int) -> HardshipFileRead:
        record: HardshipFileRead = self.record(row)
        return record

    def row_of(self, file_id: int) -> int | None:
        return next((r for r in range(self.rowCount()) if self.file(r).id == file_id), None)

    def row_of_person(self, person_id: int) -> int | None:
        return next((r for r in range(self.rowCount()) if self.file(r).person_id == person_id),
                    None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and index.row() < self.rowCount() and index.column() == FileColumn.REVIEW_DUE):
            due = self.file(index.row()).review_due
            if due is not None and self._today is not None and due < self._today:
                return QBrush(Qt.GlobalColor.red)
            return None
        return super().data(index, role)
