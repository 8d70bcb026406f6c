"""Figures per mediation organization or per mediator: cases, concluded, successful, success
rate and agreed amounts (computed in SQL by the service; this model only shows them)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from ui.models.paged_table_model import SORT_ROLE, Index
from unioncase.domain.money import format_percent, format_yuan
from unioncase.services.mediation import MediationFigures

HEADERS = (
    QT_TRANSLATE_NOOP("MediationFiguresModel", "Name"),
    QT_TRANSLATE_NOOP("MediationFiguresModel", "Cases"),
    QT_TRANSLATE_NOOP("MediationFiguresModel", "Concluded"),
    QT_TRANSLATE_NOOP("MediationFiguresModel", "Successful"),
    QT_TRANSLATE_NOOP("MediationFiguresModel", "Success rate"),
    QT_TRANSLATE_NOOP("MediationFiguresModel", "Agreed (yuan)"),
)


class MediationFiguresModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MediationFigures] = []
        self._total: MediationFigures | None = None

    def set_figures(self, rows: Sequence[MediationFigures],
                    total: MediationFigures | None = None) -> None:
        self.beginResetModel()
        self._rows = [r for r in rows if r.cases]
        self._total = total
        self.endResetModel()

    def figures(self, row: int) -> MediationFigures:
        if row < len(self._rows):
            return self._rows[row]
        assert self._total is not None
        return self._total

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._rows) + (1 if self._total is not None else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        f = self.figures(index.row())
        is_total = index.row() >= len(self._rows)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            name = (QCoreApplication.translate("MediationFiguresModel", "Total") if is_total
                    else f.name or QCoreApplication.translate("MediationFiguresModel",
                                                              "(none)"))
            values = (name, str(f.cases), str(f.concluded), str(f.successful),
                      format_percent(f.successful, f.concluded), format_yuan(f.agreed_fen))
            return values[column]
        if role == SORT_ROLE:
            raw = (f.name, f.cases, f.concluded, f.successful, f.success_rate, f.agreed_fen)
            return raw[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and is_total:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(HEADERS)):
            return QCoreApplication.translate("MediationFiguresModel", HEADERS[section])
        return None
