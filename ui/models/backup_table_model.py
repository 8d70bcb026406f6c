"""The automatic copies of the database, newest first (工具 → 备份与恢复)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.models.paged_table_model import RECORD_ROLE, SORT_ROLE
from unioncase.services.backup import BackupRead

Index = QModelIndex | QPersistentModelIndex


class BackupColumn(IntEnum):
    MADE_AT = 0
    REASON = 1
    SIZE = 2


class BackupTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupRead] = []

    def set_backups(self, backups: list[BackupRead]) -> None:
        self.beginResetModel()
        self._rows = list(backups)
        self.endResetModel()

    def backup(self, row: int) -> BackupRead:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(BackupColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = BackupColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == BackupColumn.MADE_AT:
                return record.made_at.strftime("%Y-%m-%d %H:%M:%S")
            if column == BackupColumn.REASON:
                return self._reason(record.reason)
            return f"{max(record.size // 1024, 1):,} KB"
        if role == SORT_ROLE:
            return {BackupColumn.MADE_AT: record.made_at.isoformat(),
                    BackupColumn.REASON: record.reason, BackupColumn.SIZE: record.size}[column]
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(record.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == BackupColumn.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _reason(self, reason: str) -> str:
        return {"start": self.tr("At start"), "daily": self.tr("Daily"),
                "before-import": self.tr("Before an import"),
                "before-restore": self.tr("Before a restore")}.get(reason, self.tr("By hand"))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Made at"), self.tr("Why"), self.tr("Size"))
        return titles[section] if 0 <= section < len(titles) else None
