"""工具 → 同步状态: every other station as this database sees it through the bundles it imported
(the last one, when made and imported, the missing ones, open conflicts, what was acknowledged,
whether its signing key is pinned), and the bundles this station wrote."""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.messages import error_text, show_error
from ui.models.paged_table_model import SORT_ROLE
from ui.models.sync_models import (
    BundleColumn,
    StationColumn,
    SyncBundleTableModel,
    SyncStationTableModel,
)
from ui.tasks import TaskRunner
from unioncase.domain.errors import UnionCaseError
from unioncase.services import UnionCase
from unioncase.services.sync import StationSyncRead

log = logging.getLogger(__name__)

GREEN, RED, GREY = "#1e7e34", "#c0392b", "#555555"


class SyncStatusDialog(QDialog):
    acknowledgement_requested = Signal(str)  # station code
    conflicts_requested = Signal()
    key_pinned = Signal(str)  # station code

    def __init__(self, app: UnionCase, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self._busy = False
        self.setObjectName("syncStatusDialog")
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self.reload()

    def _build_ui(self) -> None:
        self.stations_label = QLabel(self)
        self.station_model = SyncStationTableModel(self)
        self.station_proxy = QSortFilterProxyModel(self)
        self.station_proxy.setSourceModel(self.station_model)
        self.station_proxy.setSortRole(SORT_ROLE)
        self.station_table = self._table("stationTable")
        self.station_table.setModel(self.station_proxy)
        self.station_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.station_table.setSortingEnabled(True)
        self.station_table.sortByColumn(StationColumn.CODE, Qt.SortOrder.AscendingOrder)
        header = self.station_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(StationColumn.NAME, QHeaderView.ResizeMode.Stretch)
        self.exports_label = QLabel(self)
        self.bundle_model = SyncBundleTableModel(self)
        self.bundle_table = self._table("bundleTable")
        self.bundle_table.setModel(self.bundle_model)
        self.bundle_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        bundle_header = self.bundle_table.horizontalHeader()
        bundle_header.setStretchLastSection(True)
        for column, width in ((BundleColumn.KIND, 240), (BundleColumn.SEQ, 70),
                              (BundleColumn.AT, 150), (BundleColumn.RECORDS, 90)):
            self.bundle_table.setColumnWidth(column, width)
        self.ack_button = QPushButton(self)
        self.ack_button.setObjectName("ackButton")
        self.pin_button = QPushButton(self)
        self.pin_button.setObjectName("pinButton")
        self.conflicts_button = QPushButton(self)
        self.conflicts_button.setObjectName("conflictsButton")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeButton")

        buttons = QHBoxLayout()
        buttons.addWidget(self.ack_button)
        buttons.addWidget(self.pin_button)
        buttons.addStretch(1)
        buttons.addWidget(self.conflicts_button)
        footer = QHBoxLayout()
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stations_label)
        layout.addWidget(self.station_table, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.exports_label)
        layout.addWidget(self.bundle_table, 2)
        layout.addLayout(footer)
        self.resize(1080, 620)

    def _table(self, name: str) -> QTableView:
        table = QTableView(self)
        table.setObjectName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(26)
        return table

    def _connect(self) -> None:
        self.station_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        self.station_table.doubleClicked.connect(lambda _i: self._on_ack_clicked())
        self.ack_button.clicked.connect(self._on_ack_clicked)
        self.pin_button.clicked.connect(self._on_pin_clicked)
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.close_button.clicked.connect(self.close)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sync status"))
        self.stations_label.setText(self.tr(
            "<b>Other stations</b> — what this database imported from each"))
        self.exports_label.setText(self.tr("<b>Bundles this station wrote</b>, newest first"))
        self.ack_button.setText(self.tr("Write an &acknowledgement..."))
        self.ack_button.setToolTip(self.tr(
            "Tells the selected station which of its bundles arrived (its next bundle holds "
            "only what changed since) and carries the conflicts settled here back to it"))
        self.pin_button.setText(self.tr("&Pin a public key..."))
        self.pin_button.setToolTip(self.tr(
            "From then on, only bundles signed with this key are accepted from the station"))
        self.close_button.setText(self.tr("Close"))
        self._update_conflicts_button()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self) -> None:
        current = self.selected()
        self.station_model.set_rows(self.app.sync.status())
        self.bundle_model.set_rows(self.app.sync.exports())
        if current is not None:
            self.select_station(current.station_code)
        self._update_conflicts_button()
        self._update_buttons()

    def _update_conflicts_button(self) -> None:
        count = sum(self.station_model.station(i).open_conflicts
                    for i in range(self.station_model.rowCount()))
        self.conflicts_button.setText(
            self.tr("Sync &conflicts (%1)...").replace("%1", str(count)) if count
            else self.tr("Sync &conflicts..."))

    def selected(self) -> StationSyncRead | None:
        rows = self.station_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.station_model.station(self.station_proxy.mapToSource(rows[0]).row())

    def select_station(self, code: str) -> bool:
        row = self.station_model.row_of(code)
        if row is None:
            return False
        index = self.station_proxy.mapFromSource(self.station_model.index(row, 0))
        self.station_table.selectRow(index.row())
        return True

    def _update_buttons(self) -> None:
        station = self.selected()
        self.ack_button.setEnabled(not self._busy and station is not None
                                   and station.bundles > 0)
        self.pin_button.setEnabled(not self._busy and station is not None)

    def _say(self, text: str, color: str = GREY) -> None:
        self.status_label.setText(f'<span style="color:{color}">{escape(text)}</span>')

    # -- seams for tests ---------------------------------------------------------------------
    def _ask_public_key(self, station: StationSyncRead) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Pin a public key"),
            self.tr("The public key of %1 (64 hexadecimal characters, as `unioncase sync-key` "
                    "printed it at the station):").replace(
                        "%1", f"{station.station_code} {station.name}".strip()),
            QLineEdit.EchoMode.Normal, "")
        return text if ok else None

    # -- actions -----------------------------------------------------------------------------
    def _on_ack_clicked(self) -> None:
        station = self.selected()
        if station is not None and station.bundles > 0:
            self.acknowledgement_requested.emit(station.station_code)

    def _on_pin_clicked(self) -> None:
        station = self.selected()
        if station is None:
            return
        key = self._ask_public_key(station)
        if key is not None:
            self.pin(station.station_code, key)

    def pin(self, station_code: str, public_key: str) -> None:
        self._busy = True
        self._update_buttons()
        sync = self.app.sync
        self.runner.run(lambda: sync.pin(station_code, public_key),
                        lambda _none: self._on_pinned(station_code),
                        on_error=self._on_failed, owner=self)

    def _on_pinned(self, station_code: str) -> None:
        self._busy = False
        self.reload()
        self._say(self.tr("The key of %1 is pinned: from now on only bundles signed with it "
                          "are imported from that station.").replace("%1", station_code), GREEN)
        self.key_pinned.emit(station_code)

    def _on_failed(self, error: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        self._say(error_text(error), RED)
        if not isinstance(error, UnionCaseError):
            show_error(self, error)  # logged, with a report to copy
