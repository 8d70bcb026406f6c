"""Aid programs, their yearly budgets, the 低保 standard, and the batches (批次): create a batch,
approve it (its public notice starts), pay it when the notice is over, print its roster and
save it as .xlsx for the bank."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.mediation_step_dialogs import date_edit, date_text
from ui.messages import show_error
from unioncase.domain.aid import BatchStatus, PaymentMethod
from unioncase.domain.errors import UnionCaseError
from unioncase.domain.money import format_wan, format_yuan
from unioncase.files import write_atomically
from unioncase.models.aid import AidBatchRead
from unioncase.services import UnionCase
from unioncase.services.aid import BatchInput

BATCH_ROLE = Qt.ItemDataRole.UserRole + 1


class AidBatchesDialog(QDialog):
    batches_changed = Signal()
    roster_ready = Signal(bytes, str)  # PDF, file name: the window previews it

    def __init__(self, app: UnionCase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("aidBatchesDialog")
        self.batches: list[AidBatchRead] = []
        self.model = QStandardItemModel(self)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(app.ctx.today().year)
        self.standard_edit = QLineEdit(self)
        self.standard_edit.setObjectName("standardEdit")
        self.standard_edit.setMaximumWidth(120)
        self.standard_button = QPushButton(self)
        self.program_combo = QComboBox(self)
        self.program_combo.setObjectName("programCombo")
        self.budget_edit = QLineEdit(self)
        self.budget_edit.setObjectName("budgetEdit")
        self.budget_edit.setMaximumWidth(140)
        self.budget_button = QPushButton(self)
        self.program_name_edit = QLineEdit(self)
        self.program_name_edit.setObjectName("programNameEdit")
        self.registry_check = QCheckBox(self)
        self.notice_spin = QSpinBox(self)
        self.notice_spin.setRange(0, 30)
        self.add_program_button = QPushButton(self)
        self.add_program_button.setObjectName("addProgramButton")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("batchNameEdit")
        self.planned_edit = date_edit(self, app.ctx.today())
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("createBatchButton")
        self.table = QTableView(self)
        self.table.setObjectName("batchTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.approve_button = QPushButton(self)
        self.approve_button.setObjectName("approveBatchButton")
        self.method_combo = QComboBox(self)
        for method in PaymentMethod:
            self.method_combo.addItem(method.value, method.value)
        self.method_combo.setCurrentIndex(1)
        self.pay_button = QPushButton(self)
        self.pay_button.setObjectName("payBatchButton")
        self.roster_button = QPushButton(self)
        self.roster_button.setObjectName("rosterButton")
        self.xlsx_button = QPushButton(self)
        self.xlsx_button.setObjectName("xlsxButton")
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        self.settings_box = QGroupBox(self)
        settings = QHBoxLayout(self.settings_box)
        self.year_label = QLabel(self)
        self.standard_label = QLabel(self)
        self.budget_label = QLabel(self)
        for widget in (self.year_label, self.year_spin, self.standard_label, self.standard_edit,
                       self.standard_button):
            settings.addWidget(widget)
        settings.addSpacing(16)
        for widget in (self.program_combo, self.budget_label, self.budget_edit,
                       self.budget_button):
            settings.addWidget(widget)
        settings.addStretch(1)
        self.program_box = QGroupBox(self)
        program_row = QHBoxLayout(self.program_box)
        self.program_name_label = QLabel(self)
        self.notice_label = QLabel(self)
        for widget in (self.program_name_label, self.program_name_edit, self.registry_check,
                       self.notice_label, self.notice_spin, self.add_program_button):
            program_row.addWidget(widget)
        self.new_box = QGroupBox(self)
        new = QHBoxLayout(self.new_box)
        self.name_label = QLabel(self)
        self.planned_label = QLabel(self)
        for widget in (self.name_label, self.name_edit, self.planned_label, self.planned_edit,
                       self.create_button):
            new.addWidget(widget)
        actions = QHBoxLayout()
        for widget in (self.approve_button, self.method_combo, self.pay_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.roster_button)
        actions.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.settings_box)
        layout.addWidget(self.program_box)
        layout.addWidget(self.new_box)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.year_spin.valueChanged.connect(lambda _v: self.reload())
        self.program_combo.currentIndexChanged.connect(lambda _i: self._show_budget())
        self.standard_button.clicked.connect(self.save_standard)
        self.budget_button.clicked.connect(self.save_budget)
        self.create_button.clicked.connect(self.create_batch)
        self.add_program_button.clicked.connect(self.add_program)
        self.approve_button.clicked.connect(self.approve_batch)
        self.pay_button.clicked.connect(self.pay_batch)
        self.roster_button.clicked.connect(self.print_roster)
        self.xlsx_button.clicked.connect(self._on_xlsx_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.retranslate_ui()
        self.reload()
        self.resize(1100, 640)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("UnionCase - Aid programs and batches"))
        self.settings_box.setTitle(self.tr("Year settings"))
        self.year_label.setText(self.tr("Year"))
        self.standard_label.setText(self.tr("Minimum living standard (yuan a person a month)"))
        self.standard_button.setText(self.tr("Set"))
        self.budget_label.setText(self.tr("budget (yuan)"))
        self.budget_button.setText(self.tr("Set budget"))
        self.program_box.setTitle(self.tr("New aid program"))
        self.program_name_label.setText(self.tr("Program name"))
        self.registry_check.setText(self.tr("Needs a hardship file"))
        self.notice_label.setText(self.tr("Public notice (working days)"))
        self.add_program_button.setText(self.tr("Add program"))
        self.new_box.setTitle(self.tr("New batch of the selected program"))
        self.name_label.setText(self.tr("Name"))
        self.planned_label.setText(self.tr("Planned"))
        self.create_button.setText(self.tr("Create"))
        self.approve_button.setText(self.tr("Approve batch..."))
        self.pay_button.setText(self.tr("Pay batch"))
        self.roster_button.setText(self.tr("Print roster"))
        self.xlsx_button.setText(self.tr("Roster as .xlsx..."))
        self.model.setHorizontalHeaderLabels(
            [self.tr("Batch"), self.tr("Program"), self.tr("Planned"), self.tr("Status"),
             self.tr("Applications"), self.tr("Persons"), self.tr("Approved (yuan)"),
             self.tr("Paid (yuan)"), self.tr("Budget (10k yuan)"), self.tr("Public notice")])

    def reload(self) -> None:
        year = self.year_spin.value()
        try:
            programs = self.app.aid.programs(year)
            self.batches = self.app.aid.batches(year=year)
            standard = self.app.aid.standard(year)
        except UnionCaseError as exc:
            show_error(self, exc)
            return
        current = self.program_combo.currentData()
        self.program_combo.blockSignals(True)
        self.program_combo.clear()
        self._budgets = {p.id: p.budget_fen for p in programs}
        for program in programs:
            self.program_combo.addItem(program.name, program.id)
        self.program_combo.setCurrentIndex(max(self.program_combo.findData(current), 0))
        self.program_combo.blockSignals(False)
        self._show_budget()
        self.standard_edit.setText(format_yuan(standard) if standard else "")
        self.model.removeRows(0, self.model.rowCount())
        for b in self.batches:
            notice = (f"{b.notice_from.isoformat()} — {b.notice_until.isoformat()}"
                      if b.notice_from and b.notice_until else "")
            cells = [QStandardItem(b.name), QStandardItem(b.program_name),
                     QStandardItem(b.planned_on.isoformat()), QStandardItem(b.status.value),
                     QStandardItem(str(b.applications)), QStandardItem(str(b.persons)),
                     QStandardItem(format_yuan(b.approved_fen)),
                     QStandardItem(format_yuan(b.paid_fen)),
                     QStandardItem(format_wan(b.budget_fen) if b.budget_fen is not None
                                   else ""), QStandardItem(notice)]
            for cell in cells[4:9]:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if b.budget_fen is not None and b.approved_fen > b.budget_fen:
                cells[6].setForeground(Qt.GlobalColor.red)
            cells[0].setData(b.id, BATCH_ROLE)
            self.model.appendRow(cells)
        self._update_buttons()

    def _show_budget(self) -> None:
        budget = getattr(self, "_budgets", {}).get(self.program_combo.currentData())
        self.budget_edit.setText(format_yuan(budget) if budget is not None else "")

    def selected(self) -> AidBatchRead | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        batch_id = self.model.item(rows[0].row(), 0).data(BATCH_ROLE)
        return next((b for b in self.batches if b.id == batch_id), None)

    def select(self, batch_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).data(BATCH_ROLE) == batch_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        b = self.selected()
        self.approve_button.setEnabled(b is not None and b.status is BatchStatus.DRAFT)
        self.pay_button.setEnabled(b is not None and b.status is BatchStatus.APPROVED)
        self.roster_button.setEnabled(b is not None and b.applications > 0)
        self.xlsx_button.setEnabled(b is not None and b.applications > 0)

    def _say(self, text: str, colour: str = "#1e8449") -> None:
        self.message_label.setStyleSheet(f"color: {colour};")
        self.message_label.setText(text)

    def _run(self, work: Callable[[], object], done: str, batch_id: int | None = None) -> bool:
        try:
            result = work()
        except UnionCaseError as exc:
            show_error(self, exc)
            return False
        self.reload()
        if batch_id is None and isinstance(result, AidBatchRead):
            batch_id = result.id
        if batch_id is not None:
            self.select(batch_id)
        self._say(done)
        self.batches_changed.emit()
        return True

    def save_standard(self) -> bool:
        year = self.year_spin.value()
        return self._run(lambda: self.app.aid.set_standard(year, self.standard_edit.text()),
                         self.tr("Standard saved."))

    def save_budget(self) -> bool:
        program = self.program_combo.currentData()
        year = self.year_spin.value()
        return self._run(lambda: self.app.aid.set_budget(program, year, self.budget_edit.text()),
                         self.tr("Budget saved."))

    def create_batch(self) -> bool:
        data = BatchInput(self.name_edit.text().strip(), self.program_combo.currentData(),
                          date_text(self.planned_edit), self.year_spin.value())
        ok = self._run(lambda: self.app.aid.create_batch(data), self.tr("Batch created."))
        if ok:
            self.name_edit.clear()
        return ok

    def add_program(self) -> bool:
        name = self.program_name_edit.text().strip()
        ok = self._run(lambda: self.app.aid.create_program(
            name, requires_registry=self.registry_check.isChecked(),
            notice_days=self.notice_spin.value()), self.tr("Program added."))
        if ok:
            self.program_name_edit.clear()
            self.program_combo.setCurrentIndex(self.program_combo.findText(name))
        return ok

    def approve_batch(self) -> bool:
        b = self.selected()
        if b is None:
            return False
        return self._run(lambda: self.app.aid.approve_batch(b.id, b.version),
                         self.tr("Batch approved."), b.id)

    def pay_batch(self) -> bool:
        b = self.selected()
        if b is None:
            return False
        method = str(self.method_combo.currentData())
        return self._run(lambda: self.app.aid.pay_batch(b.id, b.version, method=method),
                         self.tr("Batch paid."), b.id)

    def print_roster(self) -> None:
        b = self.selected()
        if b is None:
            return
        from unioncase.services.aid_print import roster_pdf  # loads reportlab

        try:
            pdf = roster_pdf(self.app.ctx, b.id)
        except UnionCaseError as exc:
            show_error(self, exc)
            return
        self.roster_ready.emit(pdf, f"发放花名册-{b.name}.pdf")

    def _on_xlsx_clicked(self) -> None:
        b = self.selected()
        if b is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the roster"), f"发放花名册-{b.name}.xlsx",
            self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.save_xlsx(Path(path))

    def save_xlsx(self, path: Path) -> bool:
        b = self.selected()
        if b is None:
            return False
        from unioncase.services.aid_print import roster_workbook  # loads openpyxl

        try:
            write_atomically(path, roster_workbook(self.app.ctx, b.id))
        except UnionCaseError as exc:
            show_error(self, exc)
            return False
        except OSError as exc:
            self._say(self.tr("The file could not be saved: %1").replace("%1", str(exc)),
                      "#c0392b")
            return False
        self._say(self.tr("Saved to %1").replace("%1", str(path)))
        return True
