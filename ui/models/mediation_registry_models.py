"""Mediation organizations and mediators for the registry dialog: small lists, sorted in the
view by raw values (names by pinyin, numbers as numbers)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ui.models.paged_table_model import RECORD_ROLE, SORT_ROLE, Index
from unioncase.domain.pinyin import pinyin_keys
from unioncase.models.mediation import MediatorRead, OrganizationRead

INACTIVE_COLOR = QColor("#7f8c8d")
OVERDUE_COLOR = QColor("#c0392b")

T = TypeVar("T", OrganizationRead, MediatorRead)
# (header, display, sort value)
ColumnSpec = tuple[str, Callable[[Any], str], Callable[[Any], Any]]


def _name_key(name: str) -> str:
    return pinyin_keys(name)[0] or name


def _yes_no(value: bool) -> str:
    return (QCoreApplication.translate("MediationRegistryModels", "Active") if value
            else QCoreApplication.translate("MediationRegistryModels", "Inactive"))


class _ListModel(QAbstractTableModel, Generic[T]):
    COLUMNS: Sequence[ColumnSpec] = ()
    RIGHT: frozenset[int] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> T:
        return self._rows[row]

    def row_of(self, record_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        _title, display, sort_value = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(record)
        if role == SORT_ROLE:
            return sort_value(record)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.colour(record, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def colour(self, record: T, column: int) -> QColor | None:
        return None if record.active else INACTIVE_COLOR

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.COLUMNS)):
            return QCoreApplication.translate("MediationRegistryModels", self.COLUMNS[section][0])
        return None


class OrganizationTableModel(_ListModel[OrganizationRead]):
    COLUMNS = (
        (QT_TRANSLATE_NOOP("MediationRegistryModels", "Name"), lambda o: o.name,
         lambda o: _name_key(o.name)),
        (QT_TRANSLATE_NOOP("MediationRegistryModels", "Type"), lambda o: o.org_type.value,
         lambda o: o.org_type.value),
        (QT_TRANSLATE_NOOP("MediationRegistryModels", "Town"), lambda o: o.town or "",
         lambda o: _name_key(o.town or "")),
        (QT_TRANSLATE_NOOP("MediationRegistryModels", "Mediators"),
         lambda o: str(o.mediator_count), lambda o: o.mediator_count),
        (QT_TRANSLATE_NOOP("MediationRegistryModels", "Open cases"),
         lambda o: str(o.open_cases), lambda o: o.open_cases),
        (QT_TRANSLATE_NOOP("MediationRegistryModels", "Status"), lambda o: _yes_no(o.active),
         lambda o: int(o.active)),
    )
    RIGHT = frozenset({3, 4})


class MediatorTableModel(_ListModel[MediatorRead]):
    COLUMNS = (
        (QT_TRANSLATE_NOOP("MediationRegistryModels", "Name"), lambda m: m.name,
         lambda m: _name_key(m.name)),
        (QT_TRANSLATE_NOOP("MediationRegistryModels", "Organization"),
         lambda m: m.organization_name, lambda m: _name_key(m.organization_name)),
        (QT_TRANSLATE_NOOP("MediationRegistryModels", "Kind"), lambda m: m.kind.value,
         lambda m: m.kind.value),
        (QT_TRANSLATE_NOOP("MediationRegistryModels", "Certificate"),
         lambda m: m.certificate_number or "", lambda m: m.certificate_number or ""),
        (QT_TRANSLATE_NOOP("MediationRegistryModels", "Phone"), lambda m: m.phone or "",
         lambda m: m.phone or ""),
        (QT_TRANSLATE_NOOP("MediationRegistryModels", "Open cases"),
         lambda m: str(m.open_cases), lambda m: m.open_cases),
        (QT_TRANSLATE_NOOP("MediationRegistryModels", "Past the limit"),
         lambda m: str(m.overdue_cases), lambda m: m.overdue_cases),
        (QT_TRANSLATE_NOOP("MediationRegistryModels", "Status"), lambda m: _yes_no(m.active),
         lambda m: int(m.active)),
    )
    RIGHT = frozenset({5, 6})

    def colour(self, record: MediatorRead, column: int) -> QColor | None:
        if column == 6 and record.overdue_cases:
            return OVERDUE_COLOR
        return super().colour(record, column)
