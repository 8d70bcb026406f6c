"""The persons list: masked ID numbers, sorted and filtered in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.models.paged_table_model import Column, PagedTableModel, yes_no
from unioncase.domain.validators import mask_id_number
from unioncase.models import PersonRead
from unioncase.services import UnionCase

PERSON_COLUMNS = [
    Column("number", QT_TRANSLATE_NOOP("PagedTableModel", "Number"), lambda p: p.number),
    Column("name", QT_TRANSLATE_NOOP("PagedTableModel", "Name"), lambda p: p.name),
    Column("sex", QT_TRANSLATE_NOOP("PagedTableModel", "Sex"),
           lambda p: p.sex.value if p.sex else ""),
    Column("birth_date", QT_TRANSLATE_NOOP("PagedTableModel", "Birth date"),
           lambda p: p.birth_date.isoformat() if p.birth_date else "",
           lambda p: p.birth_date.toordinal() if p.birth_date else 0),
    Column("id_number", QT_TRANSLATE_NOOP("PagedTableModel", "ID number"),
           lambda p: mask_id_number(p.id_number) if p.id_number else ""),
    Column("phone", QT_TRANSLATE_NOOP("PagedTableModel", "Phone"), lambda p: p.phone or ""),
    Column("employer", QT_TRANSLATE_NOOP("PagedTableModel", "Employer"),
           lambda p: p.employer_name or ""),
    Column("household", QT_TRANSLATE_NOOP("PagedTableModel", "Household"),
           lambda p: p.household.value if p.household else ""),
    Column("union_member", QT_TRANSLATE_NOOP("PagedTableModel", "Union member"),
           lambda p: yes_no(p.union_member), lambda p: int(p.union_member)),
]


class PersonTableModel(PagedTableModel):
    def __init__(self, app: UnionCase, parent: Any = None) -> None:
        super().__init__(PERSON_COLUMNS, app.persons.page, app.persons.count, parent)

    def person(self, row: int) -> PersonRead:
        record: PersonRead = self.record(row)
        return record
