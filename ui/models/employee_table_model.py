"""An enterprise's registered workers (in its dialog): sorted and paged in SQL by
``app.enterprises.employee_page``; a large employer's thousands load as they are scrolled to."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.models.paged_table_model import Column, FilteredTableModel
from unioncase.domain.validators import mask_id_number
from unioncase.models import PersonRead
from unioncase.services import UnionCase

# The titles are the dialog's (its translations); the keys the service's EMPLOYEE_SORTS.
EMPLOYEE_COLUMNS = [
    Column("number", QT_TRANSLATE_NOOP("EnterpriseDialog", "Number"), lambda p: p.number),
    Column("name", QT_TRANSLATE_NOOP("EnterpriseDialog", "Name"), lambda p: p.name),
    Column("id_number", QT_TRANSLATE_NOOP("EnterpriseDialog", "ID number"),
           lambda p: mask_id_number(p.id_number) if p.id_number else ""),
    Column("phone", QT_TRANSLATE_NOOP("EnterpriseDialog", "Phone"), lambda p: p.phone or ""),
]


class EmployeeTableModel(FilteredTableModel):
    """The filter is the enterprise's id."""

    CONTEXT = "EnterpriseDialog"

    def __init__(self, app: UnionCase, enterprise_id: int, parent: Any = None) -> None:
        self.app = app
        super().__init__(EMPLOYEE_COLUMNS, enterprise_id, "name", False, parent)

    def fetch_rows(self, flt: int, offset: int, limit: int, sort: str,
                   descending: bool) -> Sequence[PersonRead]:
        return self.app.enterprises.employee_page(flt, offset, limit, sort, descending)

    def count_rows(self, flt: int) -> int:
        return self.app.enterprises.employee_count(flt)

    def person(self, row: int) -> PersonRead:
        record: PersonRead = self.record(row)
        return record
