"""文件 → 导入同步包: a bundle from a station (or the center) checked whole, then applied in one
transaction on the database lane with a progress bar; a refused bundle changes nothing. The
summary says where it came from, what it did, which bundles are missing, and opens the
conflicts when there are any."""

from __future__ import annotations

import logging
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.dialogs.sync_export_dialog import documents_folder
from ui.messages import error_text, show_error
from ui.models.sync_models import kind_text
from ui.tasks import TaskRunner
from ui.widgets.passphrase_field import PassphraseField, PassphraseMemory
from unioncase.domain.errors import UnionCaseError
from unioncase.messages import entity_label
from unioncase.services import UnionCase
from unioncase.services.sync import ImportSummary

log = logging.getLogger(__name__)

GREEN, RED, GREY, AMBER = "#1e7e34", "#c0392b", "#555555", "#9a6700"


class _Progress(QObject):
    """Carries the worker's progress to the GUI thread (a queued signal)."""

    moved = Signal(int, int, str)


class SyncImportDialog(QDialog):
    bundle_imported = Signal(object)  # ImportSummary, after records were applied
    conflicts_requested = Signal()

    def __init__(self, app: UnionCase, runner: TaskRunner, parent: QWidget | None = None, *,
                 memory: PassphraseMemory | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.memory = memory if memory is not None else PassphraseMemory()
        self.summary: ImportSummary | None = None
        self._rows: list[tuple[str, str]] = []
        self._running = False
        self._close_when_done = False
        self._progress = _Progress(self)
        self.setObjectName("syncImportDialog")
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self._update_buttons()

    def _build_ui(self) -> None:
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("fileEdit")
        self.file_edit.setReadOnly(True)
        self.browse_button = QPushButton(self)
        self.browse_button.setObjectName("browseButton")
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.passphrase = PassphraseField(self.memory, self)
        self.file_label = QLabel(self)
        self.file_label.setBuddy(self.file_edit)
        self.passphrase_label = QLabel(self)
        self.passphrase_label.setBuddy(self.passphrase.edit)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.file_label, file_row)
        form.addRow(self.passphrase_label, self.passphrase)
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
        self.summary_frame = QFrame(self)
        self.summary_frame.setObjectName("summaryFrame")
        self.summary_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary_label = QLabel(self.summary_frame)
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        frame_layout = QVBoxLayout(self.summary_frame)
        frame_layout.addWidget(self.summary_label)
        self.conflicts_button = QPushButton(self)
        self.conflicts_button.setObjectName("conflictsButton")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeButton")

        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.start_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.conflicts_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.summary_frame, 100)
        layout.addStretch(1)  # takes the room while there is no summary
        layout.addLayout(bottom)
        self.resize(700, 500)

    def _connect(self) -> None:
        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.start_button.clicked.connect(self.start)
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.close_button.clicked.connect(self.close)
        self._progress.moved.connect(self._on_progress_moved)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import a sync bundle"))
        self.intro_label.setText(self.tr(
            "The whole bundle is checked first (passphrase, signature, every table's count and "
            "checksum); when anything is wrong nothing is imported. A record changed on both "
            "sides is never overwritten: it becomes a conflict to settle. The database is "
            "backed up before an import."))
        self.file_label.setText(self.tr("&Bundle:"))
        self.file_edit.setPlaceholderText(self.tr("Choose a .ucsync file"))
        self.browse_button.setText(self.tr("&Choose..."))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.start_button.setText(self.tr("&Import"))
        self.conflicts_button.setText(self.tr("Settle the &conflicts..."))
        self.close_button.setText(self.tr("Close"))
        self.passphrase.retranslate_ui()
        if self.summary is not None:
            self._show_summary(self.summary)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_buttons(self) -> None:
        running = self._running
        for widget in (self.browse_button, self.passphrase):
            widget.setEnabled(not running)
        self.start_button.setEnabled(not running and bool(self.file_edit.text()))
        self.progress_bar.setVisible(running)
        self.close_button.setEnabled(not running)
        summary = self.summary
        self.summary_frame.setVisible(summary is not None)
        self.conflicts_button.setVisible(
            not running and summary is not None
            and summary.count("conflicts") + summary.count("conflicts_known") > 0)

    def _say(self, text: str, color: str = GREY) -> None:
        self.status_label.setText(f'<span style="color:{color}">{escape(text)}</span>')

    # -- seams for tests ---------------------------------------------------------------------
    def _ask_open_path(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a sync bundle"), str(documents_folder()),
            self.tr("UnionCase sync bundles (*.ucsync)"))
        return path

    # -- actions -----------------------------------------------------------------------------
    def _on_browse_clicked(self) -> None:
        path = self._ask_open_path()
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path) -> None:
        self.file_edit.setText(str(path))
        self._update_buttons()

    def start(self) -> None:
        text = self.file_edit.text()
        if not text or self._running:
            return
        path = Path(text)
        passphrase = self.passphrase.passphrase()
        self._running = True
        self.summary = None
        self.summary_label.clear()
        self.progress_bar.setRange(0, 0)  # busy until the first report
        self._say(self.tr("Opening and checking the bundle..."))
        self._update_buttons()
        sync = self.app.sync
        moved = self._progress.moved
        self.runner.run(
            lambda: sync.import_bundle(path, passphrase,
                                       progress=lambda d, t, w: moved.emit(d, t, w)),
            self._on_done, on_error=self._on_failed, owner=self)

    @Slot(int, int, str)
    def _on_progress_moved(self, done: int, total: int, what: str) -> None:
        if not self._running:
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        if what == "backup":
            self._say(self.tr("Backing up the database first..."))
        else:
            self._say(self.tr("Importing: %1").replace(
                "%1", entity_label(what, i18n.current_language())))

    def _finish(self) -> None:
        self._running = False
        self.progress_bar.setRange(0, 1)
        self._update_buttons()
        if self._close_when_done:
            self.close()

    def _on_done(self, summary: ImportSummary) -> None:
        self.summary = summary
        self.passphrase.worked()
        self._show_summary(summary)
        self._finish()
        if not summary.already:
            self.bundle_imported.emit(summary)

    def _show_summary(self, summary: ImportSummary) -> None:
        origin = f"{summary.station_code} {summary.station_name}".strip()
        number = self.tr("No. %1").replace("%1", str(summary.seq))
        if summary.already:
            self._say(self.tr("Already imported: nothing was changed (%1, bundle %2).")
                      .replace("%1", origin).replace("%2", number), GREEN)
        else:
            self._say(self.tr("Imported: bundle %1 from %2, %3 records.")
                      .replace("%1", number).replace("%2", origin)
                      .replace("%3", str(summary.records)), GREEN)
        rows: list[tuple[str, str, str]] = [
            (self.tr("From"), origin, "bold"),
            (self.tr("Bundle"), self.tr("%1 (%2)").replace("%1", number).replace(
                "%2", kind_text(summary.kind)), ""),
            (self.tr("Signature"), self._signature_text(summary), ""),
        ]
        if not summary.already:
            count = summary.count
            rows += [
                (self.tr("New"), str(count("created")), ""),
                (self.tr("Updated"), str(count("updated")), ""),
                (self.tr("Unchanged (already here)"), str(count("skipped")), ""),
                (self.tr("Merged (the same person or enterprise at two stations)"),
                 str(count("merged")), ""),
                (self.tr("Conflicts to settle"), str(count("conflicts")),
                 RED if count("conflicts") else ""),
            ]
            if count("conflicts_known"):
                rows.append((self.tr("Conflicts seen before, still open"),
                             str(count("conflicts_known")), AMBER))
        if summary.kind == "ack" and not summary.already:
            acked = [b.seq for b in self.app.sync.exports()
                     if b.kind == "cases" and b.acknowledged_at is not None]
            if acked:
                rows.append((self.tr("Acknowledged"), self.tr(
                    "This station's bundles up to No. %1").replace("%1", str(max(acked))), ""))
        if summary.gaps:
            rows.append((self.tr("Missing bundles"), self._gaps_text(summary.gaps), AMBER))
        self._rows = [(label, value) for label, value, _color in rows]
        cells = []
        for label, value, color in rows:
            text = escape(value)
            if value.isdigit() or color == "bold":
                text = f"<b>{text}</b>"
            style = f' style="color:{color}"' if color not in ("", "bold") else ""
            cells.append(f'<tr><td style="padding:2px 16px 2px 0">{escape(label)}</td>'
                         f"<td{style}>{text}</td></tr>")
        self.summary_label.setText(f"<table>{''.join(cells)}</table>")

    def _signature_text(self, summary: ImportSummary) -> str:
        if summary.signed and summary.pinned:
            return self.tr("Signed with the station's pinned key, checked")
        if summary.signed:
            return self.tr("Signed, but no key is pinned for the station yet")
        return self.tr("Not signed")

    def _gaps_text(self, gaps: list[int]) -> str:
        numbers = "、".join(str(n) for n in gaps)
        return self.tr(
            "No. %1 never arrived. Each bundle holds every change since the last "
            "acknowledgement, so the later bundles brought those changes: nothing is lost, "
            "and the missing file need not be imported.").replace("%1", numbers)

    def summary_text(self) -> str:
        """The summary as plain text, a line per row (for tests and for copying)."""
        if self.summary is None:
            return ""
        return "\n".join(f"{label}：{value}" for label, value in self._rows)

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, OSError):
            self._say(self.tr("The bundle could not be read: %1").replace(
                "%1", error.strerror or str(error)), RED)
        else:
            self._say(error_text(error), RED)
            if not isinstance(error, UnionCaseError):
                show_error(self, error)  # logged, with a report to copy
        self._finish()

    # -- closing while at work -----------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:  # one transaction: it finishes or changes nothing, then closes
            self._close_when_done = True
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self._running:
            return
        super().reject()
