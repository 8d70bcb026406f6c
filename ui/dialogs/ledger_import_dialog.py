"""文件 → 导入台账: choose an Excel ledger, check and import it on the database lane with a
progress bar (cancel writes nothing), then the result as tables, saved as .xlsx on request."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.messages import error_text, show_error
from ui.models.ledger_result_models import LedgerCountsTableModel, LedgerProblemTableModel
from ui.tasks import TaskRunner
from unioncase.domain.errors import UnionCaseError
from unioncase.files import write_atomically
from unioncase.services import UnionCase
from unioncase.services.ledger_import import (
    ImportCancelled,
    LedgerImportService,
    LedgerResult,
    ledger_result_xlsx,
)
from unioncase.services.ledger_template import ledger_template

log = logging.getLogger(__name__)

GREEN, RED, GREY = "#1e7e34", "#c0392b", "#555555"


class _Progress(QObject):
    """Carries the worker's progress to the GUI thread (a queued signal)."""

    moved = Signal(int, int, str)


class LedgerImportDialog(QDialog):
    ledger_imported = Signal(object)  # LedgerResult, after a write

    def __init__(self, app: UnionCase, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.result: LedgerResult | None = None
        self._cancel = threading.Event()
        self._running = False
        self._close_when_done = False
        self._progress = _Progress(self)
        self.setObjectName("ledgerImportDialog")
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self._update_buttons()

    def _build_ui(self) -> None:
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.template_button = QPushButton(self)
        self.template_button.setObjectName("templateButton")
        self.file_label = QLabel(self)
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("fileEdit")
        self.file_edit.setReadOnly(True)
        self.file_label.setBuddy(self.file_edit)
        self.browse_button = QPushButton(self)
        self.browse_button.setObjectName("browseButton")
        self.skip_check = QCheckBox(self)
        self.skip_check.setObjectName("skipInvalidCheck")
        self.dry_run_check = QCheckBox(self)
        self.dry_run_check.setObjectName("dryRunCheck")
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("startButton")
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelButton")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progressBar")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)

        self.counts_model = LedgerCountsTableModel(self)
        self.counts_table = self._table(self.counts_model, "countsTable")
        self.counts_table.horizontalHeader().setStretchLastSection(False)
        self.counts_table.horizontalHeader().setDefaultSectionSize(110)
        self.counts_table.setColumnWidth(0, 160)
        self.problem_model = LedgerProblemTableModel(self)
        self.problem_table = self._table(self.problem_model, "problemTable")
        self.result_tabs = QTabWidget(self)
        self.result_tabs.setObjectName("resultTabs")
        self.result_tabs.addTab(self.counts_table, "")
        self.result_tabs.addTab(self.problem_table, "")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveResultButton")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeButton")

        intro = QHBoxLayout()
        intro.addWidget(self.intro_label, 1)
        intro.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignTop)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        options = QHBoxLayout()
        options.addWidget(self.skip_check)
        options.addWidget(self.dry_run_check)
        options.addStretch(1)
        options.addWidget(self.start_button)
        options.addWidget(self.cancel_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(intro)
        layout.addLayout(file_row)
        layout.addLayout(options)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.result_tabs, 1)
        layout.addLayout(bottom)
        self.resize(920, 600)

    def _table(self, model: object, name: str) -> QTableView:
        table = QTableView(self)
        table.setObjectName(name)
        table.setModel(model)  # type: ignore[arg-type]
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(26)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _connect(self) -> None:
        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.template_button.clicked.connect(self._on_template_clicked)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.close_button.clicked.connect(self.close)
        self._progress.moved.connect(self._on_progress_moved)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import a ledger"))
        self.intro_label.setText(self.tr(
            "Imports an Excel ledger (.xlsx) with the sheets 信访接待, 调解组织, 调解员, 调解案件, "
            "帮扶救助, 招聘会 and 求职登记. Every cell is checked first: when any is wrong, "
            "nothing is imported and every problem is listed. Importing the same ledger again "
            "adds nothing."))
        self.template_button.setText(self.tr("Save the blank template..."))
        self.file_label.setText(self.tr("&Ledger:"))
        self.file_edit.setPlaceholderText(self.tr("Choose an .xlsx file"))
        self.browse_button.setText(self.tr("&Choose..."))
        self.skip_check.setText(self.tr("&Skip rows with errors, import the others"))
        self.dry_run_check.setText(self.tr("Only &check, write nothing"))
        self.start_button.setText(self.tr("&Import"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("&Save the result as .xlsx..."))
        self.close_button.setText(self.tr("Close"))
        self.result_tabs.setTabText(0, self.tr("Sheets"))
        self._update_problem_tab()

    def _update_problem_tab(self) -> None:
        count = self.problem_model.rowCount()
        title = self.tr("Problems")
        self.result_tabs.setTabText(1, f"{title}（{count}）" if count else title)

    def _update_buttons(self) -> None:
        running = self._running
        for widget in (self.browse_button, self.skip_check, self.dry_run_check,
                       self.template_button):
            widget.setEnabled(not running)
        self.start_button.setEnabled(not running and bool(self.file_edit.text()))
        self.cancel_button.setVisible(running)
        self.progress_bar.setVisible(running)
        self.save_button.setEnabled(not running and self.result is not None)
        self.close_button.setEnabled(not running)

    def _say(self, text: str, color: str = GREY) -> None:
        self.status_label.setText(f'<span style="color:{color}">{text}</span>')

    # -- seams for tests ---------------------------------------------------------------------
    def _ask_open_path(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a ledger"), "", self.tr("Excel workbooks (*.xlsx)"))
        return path

    def _ask_save_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as"), suggested, self.tr("Excel workbooks (*.xlsx)"))
        return path

    # -- actions -----------------------------------------------------------------------------
    def _on_browse_clicked(self) -> None:
        path = self._ask_open_path()
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path) -> None:
        self.file_edit.setText(str(path))
        self._update_buttons()

    def _on_template_clicked(self) -> None:
        path = self._ask_save_path("台账模板.xlsx")
        if not path:
            return
        try:
            write_atomically(path, ledger_template())
        except OSError as exc:
            self._say(self.tr("The file could not be saved: %1").replace("%1", str(exc)), RED)
            return
        self._say(self.tr("The blank template is saved to %1").replace("%1", path), GREEN)

    def start(self) -> None:
        text = self.file_edit.text()
        if not text or self._running:
            return
        path = Path(text)
        skip, dry = self.skip_check.isChecked(), self.dry_run_check.isChecked()
        self._cancel.clear()
        self._running = True
        self.result = None
        self.counts_model.set_counts([])
        self.problem_model.set_problems([])
        self._update_problem_tab()
        self.progress_bar.setRange(0, 0)  # busy until the first report
        self._say(self.tr("Reading the ledger..."))
        self._update_buttons()
        service = LedgerImportService(self.app.ctx, self.app.calendar)
        moved = self._progress.moved
        self.runner.run(
            lambda: service.run(path, skip_invalid=skip, dry_run=dry,
                                progress=lambda d, t, w: moved.emit(d, t, w),
                                cancelled=self._cancel.is_set),
            self._on_done, on_error=self._on_failed, owner=self)

    def cancel(self) -> None:
        if self._running:
            self._cancel.set()
            self._say(self.tr("Cancelling..."))

    @Slot(int, int, str)
    def _on_progress_moved(self, done: int, total: int, what: str) -> None:
        if not self._running:
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self._say(self.tr("Working: %1").replace("%1", what))

    def _finish(self) -> None:
        self._running = False
        self.progress_bar.setRange(0, 1)
        self._update_buttons()
        if self._close_when_done:
            self.close()

    def _on_done(self, result: LedgerResult) -> None:
        self.result = result
        self.progress_bar.setValue(1)
        self.counts_model.set_counts(result.sheets)
        self.problem_model.set_problems(result.problems)
        self._update_problem_tab()
        self.problem_table.resizeColumnsToContents()
        self.problem_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)
        errors = len(result.errors)
        self.result_tabs.setCurrentIndex(1 if result.refused else 0)
        if result.refused:
            self._say(self.tr("Not imported: %1 errors, nothing was written. Correct the "
                              "ledger and import it again, or skip the rows with errors.")
                      .replace("%1", str(errors)), RED)
        elif result.dry_run:
            self._say(self.tr("Checked, nothing written: %1 rows would be new.")
                      .replace("%1", str(result.created)), GREEN)
        else:
            text = self.tr("Imported: %1 new rows, %2 persons and %3 enterprises registered.")
            text = (text.replace("%1", str(result.created))
                    .replace("%2", str(result.persons_created))
                    .replace("%3", str(result.enterprises_created)))
            if errors:
                text += " " + self.tr("%1 rows with errors were skipped.").replace(
                    "%1", str(sum(c.invalid for c in result.sheets)))
            self._say(text, GREEN)
            self.ledger_imported.emit(result)
        self._finish()

    def _on_failed(self, error: BaseException) -> None:
        self._say(error_text(error), GREY if isinstance(error, ImportCancelled) else RED)
        if not isinstance(error, UnionCaseError):
            show_error(self, error)  # logged, with a report to copy
        self._finish()

    def _on_save_clicked(self) -> None:
        if self.result is None:
            return
        stem = Path(self.file_edit.text()).stem or "台账"
        path = self._ask_save_path(f"{stem}-导入结果.xlsx")
        if path:
            self.save_result(Path(path))

    def save_result(self, path: Path) -> bool:
        if self.result is None:
            return False
        try:
            write_atomically(path, ledger_result_xlsx(self.result, i18n.current_language()))
        except OSError as exc:
            self._say(self.tr("The file could not be saved: %1").replace("%1", str(exc)), RED)
            return False
        self._say(self.tr("The result is saved to %1").replace("%1", str(path)), GREEN)
        return True

    # -- closing while at work -----------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            self._close_when_done = True
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self._running:
            self.cancel()
            return
        super().reject()
