"""Offline sync as tables: the records of a bundle per table, the conflicts and their fields,
the other stations as this database sees them, and this station's own bundles."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from enum import Enum, IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from ui import i18n
from ui.models.paged_table_model import RECORD_ROLE, SORT_ROLE
from unioncase.domain.money import format_yuan
from unioncase.messages import entity_label, field_label
from unioncase.services.sync import BundleRead, ConflictField, ConflictRead, StationSyncRead

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)
DIFFERS_COLOR = QColor("#fff4d6")  # a field the two sides disagree on
CHOSEN_COLOR = QColor("#d9f2dd")  # the side that will be kept
SAME_COLOR = QColor("#8a8a8a")  # both sides say the same: nothing to choose
WARNING_COLOR = QColor("#c0392b")
LOCAL, REMOTE = "local", "remote"


translate = QCoreApplication.translate


def when_text(value: datetime | None) -> str:
    """A stored moment as a local date and time to the minute."""
    return f"{value.astimezone():%Y-%m-%d %H:%M}" if value is not None else ""


def _moment(text: str) -> datetime | None:
    """An ISO date-time (not a bare date) as sent in a record, else None."""
    if len(text) < 16 or text[10] not in "T ":
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def value_text(name: str, value: Any) -> str:
    """A record's field as people read it: nothing for None, 是/否, local date-times, yuan."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("SyncModels", "Yes") if value else translate("SyncModels", "No")
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, int):
        if name.endswith("_fen"):
            return translate("SyncModels", "%1 yuan").replace("%1", format_yuan(value))
        return str(value)
    if isinstance(value, datetime):
        return when_text(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        moment = _moment(value)
        return when_text(moment) if moment is not None else value
    return json.dumps(value, ensure_ascii=False)


def kind_text(kind: str, to_station: str = "", own: bool = False) -> str:
    """What a bundle carries (``own``: one this station wrote)."""
    if kind == "reference":
        return translate("SyncModels", "Reference data")
    if kind == "ack":
        if to_station:
            return translate("SyncModels", "Acknowledgement to %1").replace("%1", to_station)
        return translate("SyncModels", "Acknowledgement")
    if own:
        return translate("SyncModels", "This station's records")
    return translate("SyncModels", "Station records")


def conflict_kind_text(kind: str, entity: str) -> str:
    if kind == "duplicate":
        if entity == "person":
            return translate("SyncModels", "Same person registered at two stations")
        if entity == "enterprise":
            return translate("SyncModels", "Same enterprise registered at two stations")
        return translate("SyncModels", "Same record registered at two stations")
    return translate("SyncModels", "Both sides changed the same record")


def resolution_text(conflict: ConflictRead) -> str:
    if conflict.resolved_at is None:
        return translate("SyncModels", "Open")
    texts = {LOCAL: translate("SyncModels", "Kept this station's"),
             REMOTE: translate("SyncModels", "Took the other station's"),
             "merged": translate("SyncModels", "Chosen field by field")}
    text = texts.get(conflict.resolution or "") or translate("SyncModels", "Resolved")
    return translate("SyncModels", "%1 (%2)").replace("%1", text).replace(
        "%2", when_text(conflict.resolved_at))


class _RowsModel(QAbstractTableModel):
    """Read-only rows of frozen Read objects; subclasses say what each column shows."""

    COLUMNS: type[IntEnum]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_record(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = self.COLUMNS(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == SORT_ROLE:
            return self._sort(record, column)
        if role == RECORD_ROLE:
            return record
        return self._other(record, column, role)

    def _display(self, record: Any, column: Any) -> str:
        raise NotImplementedError

    def _sort(self, record: Any, column: Any) -> Any:
        return self._display(record, column)

    def _other(self, record: Any, column: Any, role: int) -> Any:
        return None

    def _titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = self._titles()
        return titles[section] if 0 <= section < len(titles) else None


# -- the records of a bundle, per table ---------------------------------------------------------
class TablesColumn(IntEnum):
    TABLE = 0
    COUNT = 1


class SyncTablesTableModel(_RowsModel):
    """One line per table of a bundle written: what it is and how many records."""

    COLUMNS = TablesColumn

    def set_tables(self, tables: Mapping[str, int]) -> None:
        self.set_rows(sorted(tables.items(), key=lambda item: (-item[1], item[0])))

    def _display(self, record: tuple[str, int], column: TablesColumn) -> str:
        if column == TablesColumn.TABLE:
            return entity_label(record[0], i18n.current_language())
        return str(record[1])

    def _sort(self, record: tuple[str, int], column: TablesColumn) -> Any:
        return record[1] if column == TablesColumn.COUNT else record[0]

    def _other(self, record: tuple[str, int], column: TablesColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == TablesColumn.COUNT:
            return RIGHT
        return None

    def _titles(self) -> tuple[str, ...]:
        return (self.tr("Records of"), self.tr("Count"))


# -- conflicts ------------------------------------------------------------------------------------
class ConflictColumn(IntEnum):
    KIND = 0
    RECORD = 1
    STATION = 2
    AT = 3
    STATE = 4


class SyncConflictTableModel(_RowsModel):
    COLUMNS = ConflictColumn

    PAGE = 200  # conflicts read at a time as the view scrolls

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] = {}
        self._load: Callable[[int, int], Sequence[ConflictRead]] | None = None
        self._more = False

    def set_conflicts(self, conflicts: Sequence[ConflictRead],
                      station_names: Mapping[str, str] | None = None) -> None:
        self._names = dict(station_names or {})
        self._load, self._more = None, False
        self.set_rows(conflicts)

    def set_loader(self, load: Callable[[int, int], Sequence[ConflictRead]],
                   station_names: Mapping[str, str] | None = None) -> None:
        """Read the conflicts a page at a time: ``load(offset, limit)``."""
        self._names = dict(station_names or {})
        rows = list(load(0, self.PAGE))
        self._load, self._more = load, len(rows) >= self.PAGE
        self.set_rows(rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._load is None:
            return
        more = list(self._load(len(self._rows), self.PAGE))
        self._more = len(more) >= self.PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def conflict(self, row: int) -> ConflictRead:
        record: ConflictRead = self._rows[row]
        return record

    def row_of(self, conflict_id: int) -> int | None:
        return next((i for i, c in enumerate(self._rows) if c.id == conflict_id), None)

    def _display(self, record: ConflictRead, column: ConflictColumn) -> str:
        if column == ConflictColumn.KIND:
            return conflict_kind_text(record.kind, record.entity)
        if column == ConflictColumn.RECORD:
            return f"{entity_label(record.entity, i18n.current_language())} {record.label}"
        if column == ConflictColumn.STATION:
            name = self._names.get(record.remote_station, "")
            return f"{record.remote_station} {name}".strip()
        if column == ConflictColumn.AT:
            return when_text(record.at)
        return resolution_text(record)

    def _sort(self, record: ConflictRead, column: ConflictColumn) -> Any:
        if column == ConflictColumn.AT:
            return record.at.isoformat()
        if column == ConflictColumn.STATE:
            return record.resolved_at.isoformat() if record.resolved_at else ""
        return self._display(record, column)

    def _other(self, record: ConflictRead, column: ConflictColumn, role: int) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and column == ConflictColumn.STATE
                and record.resolved_at is None):
            return WARNING_COLOR
        if role == Qt.ItemDataRole.ForegroundRole and record.resolved_at is not None:
            return SAME_COLOR
        return None

    def _titles(self) -> tuple[str, ...]:
        return (self.tr("Kind"), self.tr("Record"), self.tr("Other station"), self.tr("Time"),
                self.tr("State"))


class FieldColumn(IntEnum):
    FIELD = 0
    LOCAL = 1
    REMOTE = 2
    CHOICE = 3


class SyncFieldTableModel(QAbstractTableModel):
    """The fields of one conflict side by side, and which side each differing one keeps
    (this station's by default). Fields both sides agree on are greyed and have no choice."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ConflictField] = []
        self._choices: dict[str, str] = {}
        self._editable = True

    def set_fields(self, fields: Sequence[ConflictField], editable: bool = True) -> None:
        self.beginResetModel()
        # Whether the record is deleted is not a detail like the others: it comes last.
        self._rows = sorted(fields, key=lambda f: f.name == "deleted_at")
        self._choices = {f.name: LOCAL for f in self._rows if f.differs}
        self._editable = editable
        self.endResetModel()

    def field(self, row: int) -> ConflictField:
        return self._rows[row]

    def row_of(self, name: str) -> int | None:
        return next((i for i, f in enumerate(self._rows) if f.name == name), None)

    def choices(self) -> dict[str, str]:
        """Every differing field and the side chosen for it."""
        return dict(self._choices)

    def choose(self, name: str, side: str) -> None:
        row = self.row_of(name)
        if row is not None:
            self.setData(self.index(row, FieldColumn.CHOICE), side, Qt.ItemDataRole.EditRole)

    def choose_all(self, side: str) -> None:
        if not self._rows:
            return
        for name in self._choices:
            self._choices[name] = side
        self.dataChanged.emit(self.index(0, FieldColumn.LOCAL),
                              self.index(len(self._rows) - 1, FieldColumn.CHOICE))

    def differing(self) -> int:
        return len(self._choices)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FieldColumn)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (index.isValid() and index.column() == FieldColumn.CHOICE and self._editable
                and 0 <= index.row() < len(self._rows) and self._rows[index.row()].differs):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _side_text(self, side: str) -> str:
        return self.tr("This station") if side == LOCAL else self.tr("Other station")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = FieldColumn(index.column())
        choice = self._choices.get(record.name)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == FieldColumn.FIELD:
                return field_label(record.name, i18n.current_language())
            if column == FieldColumn.LOCAL:
                return record.local_label or value_text(record.name, record.local)
            if column == FieldColumn.REMOTE:
                return record.remote_label or value_text(record.name, record.remote)
            if choice is None:
                return self.tr("Same") if role == Qt.ItemDataRole.DisplayRole else None
            return self._side_text(choice)
        if role == Qt.ItemDataRole.EditRole and column == FieldColumn.CHOICE:
            return choice
        if role == SORT_ROLE:
            return (record.name, value_text(record.name, record.local),
                    value_text(record.name, record.remote), choice or "")[column]
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.ForegroundRole and not record.differs:
            return SAME_COLOR
        if role == Qt.ItemDataRole.BackgroundRole and record.differs:
            chosen = {FieldColumn.LOCAL: LOCAL, FieldColumn.REMOTE: REMOTE}.get(column)
            return CHOSEN_COLOR if chosen is not None and chosen == choice else DIFFERS_COLOR
        if role == Qt.ItemDataRole.FontRole and record.differs and column == FieldColumn.FIELD:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or index.column() != FieldColumn.CHOICE or not self._editable
                or not 0 <= index.row() < len(self._rows) or value not in (LOCAL, REMOTE)):
            return False
        record = self._rows[index.row()]
        if not record.differs:
            return False
        self._choices[record.name] = str(value)
        self.dataChanged.emit(self.index(index.row(), FieldColumn.LOCAL),
                              self.index(index.row(), FieldColumn.CHOICE))
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Field"), self.tr("This station"), self.tr("Other station"),
                  self.tr("Keep"))
        return titles[section] if 0 <= section < len(titles) else None


# -- status ---------------------------------------------------------------------------------------
class StationColumn(IntEnum):
    CODE = 0
    NAME = 1
    LAST_SEQ = 2
    CREATED = 3
    IMPORTED = 4
    GAPS = 5
    CONFLICTS = 6
    ACKED = 7
    PINNED = 8


class SyncStationTableModel(_RowsModel):
    COLUMNS = StationColumn

    def station(self, row: int) -> StationSyncRead:
        record: StationSyncRead = self._rows[row]
        return record

    def row_of(self, code: str) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.station_code == code), None)

    def _display(self, record: StationSyncRead, column: StationColumn) -> str:
        if column == StationColumn.CODE:
            return record.station_code
        if column == StationColumn.NAME:
            return record.name
        if column == StationColumn.LAST_SEQ:
            return (translate("SyncModels", "No. %1").replace("%1", str(record.last_seq))
                    if record.last_seq is not None else translate("SyncModels", "None yet"))
        if column == StationColumn.CREATED:
            return when_text(record.last_created_at)
        if column == StationColumn.IMPORTED:
            return when_text(record.last_imported_at)
        if column == StationColumn.GAPS:
            return "、".join(str(n) for n in record.gaps)
        if column == StationColumn.CONFLICTS:
            return str(record.open_conflicts)
        if column == StationColumn.ACKED:
            return (translate("SyncModels", "No. %1").replace("%1", str(record.acked_seq))
                    if record.acked_seq is not None else "")
        return translate("SyncModels", "Yes") if record.pinned else translate("SyncModels", "No")

    def _sort(self, record: StationSyncRead, column: StationColumn) -> Any:
        values = {
            StationColumn.LAST_SEQ: record.last_seq or 0,
            StationColumn.CREATED: when_text(record.last_created_at),
            StationColumn.IMPORTED: when_text(record.last_imported_at),
            StationColumn.GAPS: len(record.gaps),
            StationColumn.CONFLICTS: record.open_conflicts,
            StationColumn.ACKED: record.acked_seq or 0,
            StationColumn.PINNED: int(record.pinned),
        }
        return values.get(column, self._display(record, column))

    def _other(self, record: StationSyncRead, column: StationColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                StationColumn.LAST_SEQ, StationColumn.CONFLICTS, StationColumn.ACKED):
            return RIGHT
        if role == Qt.ItemDataRole.TextAlignmentRole and column == StationColumn.PINNED:
            return CENTER
        if role == Qt.ItemDataRole.ForegroundRole and (
                (column == StationColumn.GAPS and record.gaps)
                or (column == StationColumn.CONFLICTS and record.open_conflicts)):
            return WARNING_COLOR
        if role == Qt.ItemDataRole.ToolTipRole and column == StationColumn.GAPS and record.gaps:
            return translate("SyncModels",
                             "Bundles not received; each later bundle holds every change since "
                             "the last acknowledgement, so nothing is missing once a later one "
                             "arrived")
        return None

    def _titles(self) -> tuple[str, ...]:
        return (self.tr("Code"), self.tr("Name"), self.tr("Last bundle"), self.tr("Made at"),
                self.tr("Imported at"), self.tr("Missing bundles"), self.tr("Open conflicts"),
                self.tr("Acknowledged up to"), self.tr("Key pinned"))


class BundleColumn(IntEnum):
    KIND = 0
    SEQ = 1
    AT = 2
    RECORDS = 3
    ACKED = 4


class SyncBundleTableModel(_RowsModel):
    """The bundles this database wrote, newest first."""

    COLUMNS = BundleColumn

    def bundle(self, row: int) -> BundleRead:
        record: BundleRead = self._rows[row]
        return record

    def _display(self, record: BundleRead, column: BundleColumn) -> str:
        if column == BundleColumn.KIND:
            return kind_text(record.kind, record.to_station, own=True)
        if column == BundleColumn.SEQ:
            return str(record.seq)
        if column == BundleColumn.AT:
            return when_text(record.created_at)
        if column == BundleColumn.RECORDS:
            return str(record.records)
        if record.kind == "ack":
            if record.acked_seq is None:
                return ""
            return translate("SyncModels", "Confirms up to No. %1").replace(
                "%1", str(record.acked_seq))
        if record.kind != "cases":
            return ""
        if record.acknowledged_at is None:
            return translate("SyncModels", "Not yet")
        return translate("SyncModels", "Yes (%1)").replace("%1", when_text(record.acknowledged_at))

    def _sort(self, record: BundleRead, column: BundleColumn) -> Any:
        values = {BundleColumn.SEQ: record.seq, BundleColumn.AT: record.created_at.isoformat(),
                  BundleColumn.RECORDS: record.records}
        return values.get(column, self._display(record, column))

    def _other(self, record: BundleRead, column: BundleColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (BundleColumn.SEQ,
                                                                    BundleColumn.RECORDS):
            return RIGHT
        return None

    def _titles(self) -> tuple[str, ...]:
        return (self.tr("Kind"), self.tr("No."), self.tr("Made at"), self.tr("Records"),
                self.tr("Acknowledged"))
