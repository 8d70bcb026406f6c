"""文件 → 导出同步包: this station's records, the center's reference data, or an acknowledgement
for a station, written on the database lane with a progress bar. The service writes the bundle,
reads it back and checks it before it counts as made; only then is 导出成功 shown."""

from __future__ import annotations

import logging
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.messages import error_text, show_error
from ui.models.sync_models import SyncTablesTableModel, kind_text
from ui.tasks import TaskRunner
from ui.widgets.passphrase_field import PassphraseField, PassphraseMemory
from unioncase.domain.errors import UnionCaseError
from unioncase.messages import entity_label
from unioncase.services import UnionCase
from unioncase.services.sync import ExportSummary

log = logging.getLogger(__name__)

GREEN, RED, GREY = "#1e7e34", "#c0392b", "#555555"
SUFFIX = ".ucsync"
CASES, REFERENCE, ACK = "cases", "reference", "ack"


class _Progress(QObject):
    """Carries the worker's progress to the GUI thread (a queued signal)."""

    moved = Signal(int, int, str)


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


class SyncExportDialog(QDialog):
    bundle_exported = Signal(object)  # ExportSummary, after the file was checked

    def __init__(self, app: UnionCase, runner: TaskRunner, parent: QWidget | None = None, *,
                 memory: PassphraseMemory | None = None, ack_for: str | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.memory = memory if memory is not None else PassphraseMemory()
        self.summary: ExportSummary | None = None
        self._running = False
        self._close_when_done = False
        self._output_chosen = False
        self._folder = documents_folder()
        self._progress = _Progress(self)
        self.setObjectName("syncExportDialog")
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self._load_stations()
        if ack_for:
            self.preset_ack(ack_for)
        self._update_default_output()
        self._update_buttons()

    # -- construction ------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.kind_box = QGroupBox(self)
        self.cases_radio = QRadioButton(self.kind_box)
        self.cases_radio.setObjectName("casesRadio")
        self.cases_radio.setChecked(True)
        self.full_check = QCheckBox(self.kind_box)
        self.full_check.setObjectName("fullCheck")
        self.reference_radio = QRadioButton(self.kind_box)
        self.reference_radio.setObjectName("referenceRadio")
        self.ack_radio = QRadioButton(self.kind_box)
        self.ack_radio.setObjectName("ackRadio")
        self.station_combo = QComboBox(self.kind_box)
        self.station_combo.setObjectName("ackStationCombo")
        self.station_combo.setMinimumWidth(300)
        self.kind_group = QButtonGroup(self)
        for button in (self.cases_radio, self.reference_radio, self.ack_radio):
            self.kind_group.addButton(button)
        full_row = QHBoxLayout()
        full_row.setContentsMargins(24, 0, 0, 0)
        full_row.addWidget(self.full_check)
        full_row.addStretch(1)
        ack_row = QHBoxLayout()
        ack_row.addWidget(self.ack_radio)
        ack_row.addWidget(self.station_combo, 1)
        kinds = QVBoxLayout(self.kind_box)
        kinds.addWidget(self.cases_radio)
        kinds.addLayout(full_row)
        kinds.addWidget(self.reference_radio)
        kinds.addLayout(ack_row)

        self.passphrase = PassphraseField(self.memory, self)
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("signingKeyEdit")
        self.key_edit.setClearButtonEnabled(True)
        self.key_button = QPushButton(self)
        self.key_button.setObjectName("signingKeyButton")
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.key_button)
        self.output_edit = QLineEdit(self)
        self.output_edit.setObjectName("outputEdit")
        self.output_button = QPushButton(self)
        self.output_button.setObjectName("outputButton")
        output_row = QHBoxLayout()
        output_row.addWidget(self.output_edit, 1)
        output_row.addWidget(self.output_button)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.passphrase_label = QLabel(self)
        self.key_label = QLabel(self)
        self.output_label = QLabel(self)
        self.passphrase_label.setBuddy(self.passphrase.edit)
        self.key_label.setBuddy(self.key_edit)
        self.output_label.setBuddy(self.output_edit)
        self.form.addRow(self.passphrase_label, self.passphrase)
        self.form.addRow(self.key_label, key_row)
        self.form.addRow(self.output_label, output_row)

        self.start_button = QPushButton(self)
        self.start_button.setObjectName("startButton")
        self.start_button.setDefault(True)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progressBar")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setRange(0, 1)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.results = QWidget(self)
        self.results.setObjectName("resultsPanel")
        self.details_label = QLabel(self.results)
        self.details_label.setObjectName("detailsLabel")
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.tables_model = SyncTablesTableModel(self)
        self.tables_table = QTableView(self.results)
        self.tables_table.setObjectName("tablesTable")
        self.tables_table.setModel(self.tables_model)
        self.tables_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tables_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tables_table.setAlternatingRowColors(True)
        self.tables_table.verticalHeader().setVisible(False)
        self.tables_table.verticalHeader().setDefaultSectionSize(26)
        header = self.tables_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tables_table.setColumnWidth(1, 80)
        self.tables_table.setFixedWidth(320)
        results_layout = QHBoxLayout(self.results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.details_label, 1)
        results_layout.addWidget(self.tables_table)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeButton")

        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.start_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.kind_box)
        layout.addLayout(self.form)
        layout.addLayout(actions)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.results, 100)
        layout.addStretch(1)  # takes the room while there is no result
        layout.addLayout(bottom)
        self.resize(780, 640)

    def _connect(self) -> None:
        self.kind_group.buttonToggled.connect(lambda *_: self._on_kind_changed())
        self.station_combo.currentIndexChanged.connect(lambda _i: self._on_kind_changed())
        self.key_button.clicked.connect(self._on_key_clicked)
        self.output_button.clicked.connect(self._on_output_clicked)
        self.output_edit.textEdited.connect(self._on_output_edited)
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.close)
        self._progress.moved.connect(self._on_progress_moved)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export a sync bundle"))
        self.intro_label.setText(self.tr(
            "A sync bundle is an encrypted file taken to the center or a station on a USB stick "
            "or by mail. It holds no more than its kind says, and is checked after writing."))
        self.kind_box.setTitle(self.tr("What to export"))
        self.cases_radio.setText(self.tr(
            "This station's &records (the changes since the center last acknowledged a bundle)"))
        self.full_check.setText(self.tr("Export &everything again, not only the changes"))
        self.reference_radio.setText(self.tr(
            "Re&ference data (from the center to its stations: registries and holidays)"))
        self.ack_radio.setText(self.tr("An &acknowledgement for the station"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.key_label.setText(self.tr("&Signing key:"))
        self.key_edit.setPlaceholderText(self.tr(
            "Optional: this station's Ed25519 private key (.pem)"))
        self.key_button.setText(self.tr("C&hoose..."))
        self.output_label.setText(self.tr("Save &to:"))
        self.output_button.setText(self.tr("Ch&oose..."))
        self.start_button.setText(self.tr("E&xport"))
        self.close_button.setText(self.tr("Close"))
        self.passphrase.retranslate_ui()
        self.station_combo.setPlaceholderText(
            self.tr("No bundle from another station was imported yet"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _load_stations(self) -> None:
        self.station_combo.blockSignals(True)
        self.station_combo.clear()
        for station in self.app.sync.status():
            if station.bundles:
                self.station_combo.addItem(f"{station.station_code} {station.name}".strip(),
                                           station.station_code)
        self.station_combo.blockSignals(False)
        has_stations = self.station_combo.count() > 0
        self.ack_radio.setEnabled(has_stations)
        self.station_combo.setEnabled(has_stations)

    # -- state -------------------------------------------------------------------------------
    def kind(self) -> str:
        if self.reference_radio.isChecked():
            return REFERENCE
        if self.ack_radio.isChecked():
            return ACK
        return CASES

    def ack_station(self) -> str:
        return str(self.station_combo.currentData() or "")

    def preset_ack(self, station_code: str) -> bool:
        """Choose an acknowledgement for this station (from 工具 → 同步状态)."""
        index = self.station_combo.findData(station_code)
        if index < 0:
            return False
        self.station_combo.setCurrentIndex(index)
        self.ack_radio.setChecked(True)
        return True

    def _on_kind_changed(self) -> None:
        self._update_default_output()
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self._running
        for widget in (self.kind_box, self.passphrase, self.key_edit, self.key_button,
                       self.output_edit, self.output_button):
            widget.setEnabled(not running)
        self.full_check.setEnabled(not running and self.kind() == CASES)
        self.station_combo.setEnabled(not running and self.station_combo.count() > 0)
        ready = bool(self.output_edit.text().strip()) and (
            self.kind() != ACK or bool(self.ack_station()))
        self.start_button.setEnabled(not running and ready)
        self.progress_bar.setVisible(running)
        self.close_button.setEnabled(not running)
        self.results.setVisible(self.summary is not None)
        self.tables_table.setVisible(self.summary is not None and bool(self.summary.tables))

    def _say(self, text: str, color: str = GREY) -> None:
        self.status_label.setText(f'<span style="color:{color}">{escape(text)}</span>')

    # -- the file's name ---------------------------------------------------------------------
    def next_seq(self) -> int:
        kind, station = self.kind(), self.ack_station()
        seqs = [b.seq for b in self.app.sync.exports() if b.kind == kind
                and (kind != ACK or b.to_station == station)]
        return max(seqs, default=0) + 1

    def default_name(self) -> str:
        current = self.app.stations.current()
        own = current.code if current else "unioncase"
        seq = self.next_seq()
        day = f"{self.app.ctx.today():%Y%m%d}"
        if self.kind() == REFERENCE:
            return f"{own}-参考数据-第{seq}号-{day}{SUFFIX}"
        if self.kind() == ACK:
            return f"{own}-确认包-{self.ack_station()}-第{seq}号-{day}{SUFFIX}"
        return f"{own}-同步包-第{seq}号-{day}{SUFFIX}"

    def _update_default_output(self) -> None:
        if self._output_chosen:
            return
        folder = self._folder
        name = self.default_name()
        path = folder / name
        counter = 2
        while path.exists():
            path = folder / f"{Path(name).stem}-{counter}{SUFFIX}"
            counter += 1
        self.output_edit.setText(str(path))

    def set_output(self, path: Path) -> None:
        self._output_chosen = True
        self._folder = path.parent
        self.output_edit.setText(str(path))
        self._update_buttons()

    def _on_output_edited(self, _text: str) -> None:
        self._output_chosen = True
        self._update_buttons()

    # -- seams for tests ---------------------------------------------------------------------
    def _ask_save_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the sync bundle as"), suggested,
            self.tr("UnionCase sync bundles (*.ucsync)"))
        return path

    def _ask_key_path(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the signing key"), "", self.tr("Private keys (*.pem)"))
        return path

    # -- actions -----------------------------------------------------------------------------
    def _on_output_clicked(self) -> None:
        path = self._ask_save_path(self.output_edit.text() or str(documents_folder()))
        if path:
            if not path.endswith(SUFFIX):
                path += SUFFIX
            self.set_output(Path(path))

    def _on_key_clicked(self) -> None:
        path = self._ask_key_path()
        if path:
            self.key_edit.setText(path)

    def start(self) -> None:
        text = self.output_edit.text().strip()
        if self._running or not text:
            return
        out = Path(text)
        key: bytes | None = None
        key_path = self.key_edit.text().strip()
        if key_path:
            try:
                key = Path(key_path).read_bytes()
            except OSError as exc:
                self._say(self.tr("The signing key could not be read: %1").replace(
                    "%1", exc.strerror or str(exc)), RED)
                return
        kind, station = self.kind(), self.ack_station()
        options: dict[str, Any] = {
            "reference": kind == REFERENCE, "ack_for": station if kind == ACK else None,
            "full": kind == CASES and self.full_check.isChecked(), "signing_key": key}
        passphrase = self.passphrase.passphrase()
        self._running = True
        self.summary = None
        self.tables_model.set_tables({})
        self.details_label.clear()
        self.progress_bar.setRange(0, 0)  # busy until the first report
        self._say(self.tr("Collecting the records..."))
        self._update_buttons()
        sync = self.app.sync
        moved = self._progress.moved

        def work() -> ExportSummary:
            # A bundle that fails its read-back check is removed by the service.
            return sync.export(out, passphrase, progress=lambda d, t, w: moved.emit(d, t, w),
                               **options)

        self.runner.run(work, self._on_done, on_error=self._on_failed, owner=self)

    @Slot(int, int, str)
    def _on_progress_moved(self, done: int, total: int, what: str) -> None:
        if not self._running:
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        if what == "encrypt":
            self._say(self.tr("Encrypting and writing the file, then checking it..."))
        else:
            self._say(self.tr("Collecting: %1").replace(
                "%1", entity_label(what, i18n.current_language())))

    def _finish(self) -> None:
        self._running = False
        self.progress_bar.setRange(0, 1)
        self._update_buttons()
        if self._close_when_done:
            self.close()

    def _on_done(self, summary: ExportSummary) -> None:
        self.summary = summary
        self.passphrase.worked()
        self.tables_model.set_tables(summary.tables)
        what = kind_text(summary.kind, summary.to_station, own=True)
        self._say(self.tr("Exported: bundle No. %1 (%2), %3 records.")
                  .replace("%1", str(summary.seq)).replace("%2", what)
                  .replace("%3", str(summary.records)), GREEN)
        lines = []
        if summary.kind == CASES and summary.since_ack:
            lines.append(self.tr("Only the changes since the center acknowledged bundle No. %1.")
                         .replace("%1", str(summary.since_ack)))
        if summary.kind == CASES and not summary.records:
            lines.append(self.tr("Nothing changed since then; the bundle still tells the "
                                 "center that this station is up to date."))
        lines.append(self.tr("Attachments: %1").replace("%1", str(summary.attachments)))
        lines.append(self.tr("Signed: yes") if summary.signed else self.tr("Signed: no"))
        size = max(summary.size // 1024, 1)
        lines.append(self.tr("File: %1 (%2 KB)").replace("%1", str(summary.path))
                     .replace("%2", f"{size:,}"))
        self.details_label.setText("\n".join(lines))
        self._folder = summary.path.parent
        self._output_chosen = False
        self._update_default_output()  # the next bundle's name, in the same folder
        self.bundle_exported.emit(summary)
        self._finish()

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, OSError):
            self._say(self.tr("The bundle could not be written: %1").replace(
                "%1", error.strerror or str(error)), RED)
        else:
            self._say(error_text(error), RED)
            if not isinstance(error, UnionCaseError):
                show_error(self, error)  # logged, with a report to copy
        self._finish()

    # -- closing while at work -----------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:  # the export cannot be stopped half way: close when it is done
            self._close_when_done = True
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self._running:
            return
        super().reject()
