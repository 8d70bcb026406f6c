"""The enterprises list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.models.paged_table_model import Column, PagedTableModel, yes_no
from unioncase.models import EnterpriseRead
from unioncase.services import UnionCase

ENTERPRISE_COLUMNS = [
    Column("number", QT_TRANSLATE_NOOP("PagedTableModel", "Number"), lambda e: e.number),
    Column("name", QT_TRANSLATE_NOOP("PagedTableModel", "Enterprise name"), lambda e: e.name),
    Column("credit_code", QT_TRANSLATE_NOOP("PagedTableModel", "Credit code"),
           lambda e: e.credit_code or ""),
    Column("address", QT_TRANSLATE_NOOP("PagedTableModel", "Address"),
           lambda e: e.address or ""),
    Column("phone", QT_TRANSLATE_NOOP("PagedTableModel", "Phone"), lambda e: e.phone or ""),
    Column("has_union", QT_TRANSLATE_NOOP("PagedTableModel", "Has union"),
           lambda e: yes_no(e.has_union), lambda e: int(e.has_union)),
]


class EnterpriseTableModel(PagedTableModel):
    def __init__(self, app: UnionCase, parent: Any = None) -> None:
        super().__init__(ENTERPRISE_COLUMNS, app.enterprises.page, app.enterprises.count,
                         parent)

    def enterprise(self, row: int) -> EnterpriseRead:
        record: EnterpriseRead = self.record(row)
        return record
