"""工具 → 备份与恢复: the automatic copies, a backup now or to a file, and a restore from a copy
(confirmed; the current database is backed up first)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.messages import error_text, show_error
from ui.models.backup_table_model import BackupTableModel
from ui.tasks import TaskRunner
from unioncase.domain.errors import UnionCaseError
from unioncase.services import UnionCase
from unioncase.services.backup import BackupRead, BackupService

GREEN, RED, GREY = "#1e7e34", "#c0392b", "#555555"


class BackupDialog(QDialog):
    database_restored = Signal()

    def __init__(self, app: UnionCase, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.service = BackupService(app.ctx)
        self._busy = False
        self.setObjectName("backupDialog")
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self.reload()

    def _build_ui(self) -> None:
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.model = BackupTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("backupTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.backup_button = QPushButton(self)
        self.backup_button.setObjectName("backupNowButton")
        self.backup_to_button = QPushButton(self)
        self.backup_to_button.setObjectName("backupToButton")
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_file_button = QPushButton(self)
        self.restore_file_button.setObjectName("restoreFileButton")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.close_button = QPushButton(self)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.backup_to_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.restore_button, self.restore_file_button):
            buttons.addWidget(button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(bottom)
        self.resize(720, 480)

    def _connect(self) -> None:
        self.backup_button.clicked.connect(lambda: self.backup_now())
        self.backup_to_button.clicked.connect(self._on_backup_to_clicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.restore_file_button.clicked.connect(self._on_restore_file_clicked)
        self.close_button.clicked.connect(self.close)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Backup and restore"))
        self.intro_label.setText(self.tr(
            "UnionCase copies the database at start, every day and before an import into %1, "
            "and keeps the newest copy of each of the last 7 days, 4 weeks and 12 months. "
            "Keep a copy on another disk too.").replace("%1", str(self.service.folder())))
        self.backup_button.setText(self.tr("&Back up now"))
        self.backup_to_button.setText(self.tr("Back up &to a file..."))
        self.restore_button.setText(self.tr("&Restore the selected copy..."))
        self.restore_file_button.setText(self.tr("Restore from a &file..."))
        self.close_button.setText(self.tr("Close"))

    def reload(self) -> None:
        self.model.set_backups(self.service.backups())
        self._update_buttons()

    def _update_buttons(self) -> None:
        for button in (self.backup_button, self.backup_to_button, self.restore_file_button):
            button.setEnabled(not self._busy)
        self.restore_button.setEnabled(not self._busy and self.selected() is not None)
        self.close_button.setEnabled(not self._busy)

    def selected(self) -> BackupRead | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def _say(self, text: str, color: str = GREY) -> None:
        self.status_label.setText(f'<span style="color:{color}">{text}</span>')

    # -- seams for tests ---------------------------------------------------------------------
    def _ask_save_path(self) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Back up to"), "unioncase-备份.db", self.tr("Databases (*.db)"))
        return path

    def _ask_open_path(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore from"), str(self.service.folder()),
            self.tr("Databases (*.db)"))
        return path

    def _confirm_restore(self, copy: str, on_yes: Any) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore a backup"), self.tr(
            "Replace the database with the copy %1? Everything saved since that copy is "
            "replaced; the current database is backed up first, so this can be undone by "
            "restoring that copy.").replace("%1", copy),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmRestore")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = QMessageBox.StandardButton.Yes
        box.finished.connect(
            lambda _result: on_yes() if box.standardButton(box.clickedButton()) == yes else None)
        box.open()

    # -- actions -----------------------------------------------------------------------------
    def _run(self, work: Any, done_text: str) -> None:
        self._busy = True
        self._update_buttons()
        self._say(self.tr("Working..."))
        self.runner.run(work, lambda result: self._on_done(result, done_text),
                        on_error=self._on_failed, owner=self, lane="files")

    def _on_done(self, result: BackupRead, done_text: str) -> None:
        self._busy = False
        self.reload()
        self._say(done_text.replace("%1", str(result.path)), GREEN)

    def _on_failed(self, error: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        if isinstance(error, OSError):
            self._say(self.tr("The copy could not be written: %1").replace(
                "%1", error.strerror or str(error)), RED)
            return
        self._say(error_text(error), RED)
        if not isinstance(error, UnionCaseError):
            show_error(self, error)  # logged, with a report to copy

    def backup_now(self, out: Path | None = None) -> None:
        self._run(lambda: self.service.backup(out), self.tr("Backed up to %1"))

    def _on_backup_to_clicked(self) -> None:
        path = self._ask_save_path()
        if path:
            self.backup_now(Path(path))

    def _on_restore_clicked(self) -> None:
        copy = self.selected()
        if copy is not None:
            self._confirm_restore(copy.made_at.strftime("%Y-%m-%d %H:%M:%S"),
                                  lambda: self.restore(copy.path))

    def _on_restore_file_clicked(self) -> None:
        path = self._ask_open_path()
        if path:
            self._confirm_restore(path, lambda: self.restore(Path(path)))

    def restore(self, path: Path) -> None:
        self._busy = True
        self._update_buttons()
        self.runner.run(lambda: self.service.restore(path), self._on_restored,
                        on_error=self._on_failed, owner=self, lane="db")

    def _on_restored(self, safety: BackupRead) -> None:
        self._busy = False
        self.reload()
        self._say(self.tr("Restored. The database as it was is kept in %1")
                  .replace("%1", str(safety.path)), GREEN)
        self.database_restored.emit()
