"""困难职工档案: a person's hardship file. The household members with their incomes, the
year's household income and essential costs; the per-capita monthly figure and the suggested
category follow as you type (from the year's 低保 standard); the officer confirms the category.
The bank account is shown in full only here. Errors beside their fields; Ctrl+S saves."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.messages import field_text, show_error
from ui.widgets.field_form import ERROR_STYLE, FieldForm
from unioncase.domain.aid import (
    FileStatus,
    HardshipCategory,
    HardshipCause,
    per_capita_monthly_fen,
    suggest_category,
)
from unioncase.domain.errors import UnionCaseError, ValidationError, ValidationErrors
from unioncase.domain.money import format_yuan
from unioncase.domain.validators import parse_money_fen
from unioncase.models import PersonRead
from unioncase.models.aid import HardshipFileRead
from unioncase.services import UnionCase
from unioncase.services.aid import FileInput, MemberInput

MEMBER_FIELD = re.compile(r"^members\[(\d+)\]\.(\w+)$")
NO_DATE = QDate(2000, 1, 1)


class MemberRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit(self)
        self.relation_edit = QLineEdit(self)
        self.age_edit = QLineEdit(self)
        self.age_edit.setMaximumWidth(50)
        self.health_edit = QLineEdit(self)
        self.work_edit = QLineEdit(self)
        self.income_edit = QLineEdit(self)
        self.income_edit.setMaximumWidth(110)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("×")
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, widget in enumerate((self.name_edit, self.relation_edit, self.age_edit,
                                         self.health_edit, self.work_edit, self.income_edit,
                                         self.remove_button)):
            grid.addWidget(widget, 0, column)
        grid.addWidget(self.error_label, 1, 0, 1, 7)
        for column, stretch in enumerate((2, 1, 0, 2, 2, 0)):
            grid.setColumnStretch(column, stretch)

    def value(self) -> MemberInput:
        return MemberInput(self.name_edit.text().strip(), self.relation_edit.text().strip(),
                           self.age_edit.text().strip(), self.health_edit.text().strip(),
                           self.work_edit.text().strip(), self.income_edit.text().strip())

    def is_empty(self) -> bool:
        return not any(e.text().strip() for e in (self.name_edit, self.relation_edit,
                                                  self.age_edit, self.income_edit))


class HardshipFileDialog(QDialog):
    file_saved = Signal(object)  # HardshipFileRead

    def __init__(self, app: UnionCase, person: PersonRead, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.app = app
        self.person = person
        self.file: HardshipFileRead | None = app.aid.file_of(person.id)
        self.rows: list[MemberRow] = []
        self.setObjectName("hardshipFileDialog")
        self._build_ui()
        self.retranslate_ui()
        self._load()
        self.resize(900, 760)

    def _build_ui(self) -> None:
        self.header_label = QLabel(self)
        self.header_label.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.members_box = QGroupBox(self)
        members = QVBoxLayout(self.members_box)
        header = QHBoxLayout()
        self.member_headers = [QLabel(self.members_box) for _ in range(6)]
        for label, stretch in zip(self.member_headers, (2, 1, 0, 2, 2, 0), strict=True):
            header.addWidget(label, stretch)
        header.addSpacing(28)
        members.addLayout(header)
        self.rows_layout = QVBoxLayout()
        members.addLayout(self.rows_layout)
        self.add_member_button = QPushButton(self.members_box)
        self.add_member_button.setObjectName("addMemberButton")
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_member_button)
        add_row.addStretch(1)
        members.addLayout(add_row)

        self.form = FieldForm(self)
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("yearSpin")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(self.app.ctx.today().year)
        self.income_edit = QLineEdit(self)
        self.income_edit.setObjectName("incomeEdit")
        self.costs_edit = QLineEdit(self)
        self.costs_edit.setObjectName("costsEdit")
        self.figure_label = QLabel(self)
        self.figure_label.setObjectName("figureLabel")
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("categoryCombo")
        self.category_combo.addItem("", "")
        for category in HardshipCategory:
            self.category_combo.addItem(category.value, category.value)
        causes = QWidget(self)
        causes_row = QHBoxLayout(causes)
        causes_row.setContentsMargins(0, 0, 0, 0)
        self.cause_checks: dict[str, QCheckBox] = {}
        for cause in HardshipCause:
            check = QCheckBox(cause.value, causes)
            self.cause_checks[cause.value] = check
            causes_row.addWidget(check)
        causes_row.addStretch(1)
        self.bank_name_edit = QLineEdit(self)
        self.bank_account_edit = QLineEdit(self)
        self.bank_account_edit.setObjectName("bankAccountEdit")
        self.holder_edit = QLineEdit(self)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusCombo")
        for status in FileStatus:
            self.status_combo.addItem(status.value, status.value)
        self.review_edit = QDateEdit(self)
        self.review_edit.setObjectName("reviewDueEdit")
        self.review_edit.setCalendarPopup(True)
        self.review_edit.setDisplayFormat("yyyy-MM-dd")
        self.review_edit.setMinimumDate(NO_DATE)
        self.review_edit.setSpecialValueText("—")
        self.review_edit.setMaximumWidth(170)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setFixedHeight(60)
        self.notes_edit.setTabChangesFocus(True)
        for key, editor in (("year", self.year_spin), ("income", self.income_edit),
                            ("essential_costs", self.costs_edit), ("figure", self.figure_label),
                            ("category", self.category_combo), ("causes", causes),
                            ("bank_name", self.bank_name_edit),
                            ("bank_account", self.bank_account_edit),
                            ("account_holder", self.holder_edit),
                            ("status", self.status_combo), ("review_due", self.review_edit),
                            ("notes", self.notes_edit)):
            self.form.add_field(key, editor)
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header_label)
        layout.addWidget(self.members_box)
        layout.addWidget(self.form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.add_member_button.clicked.connect(lambda: self.add_member(focus=True))
        for edit in (self.income_edit, self.costs_edit):
            edit.textChanged.connect(self._update_figure)
        self.year_spin.valueChanged.connect(self._update_figure)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("UnionCase - Hardship file - %1").replace(
            "%1", self.person.name))
        self.members_box.setTitle(self.tr("Household members (besides the worker)"))
        for label, text in zip(self.member_headers, (
                self.tr("Name"), self.tr("Relation"), self.tr("Age"), self.tr("Health"),
                self.tr("Work"), self.tr("Income a year")), strict=True):
            label.setText(text)
        self.add_member_button.setText(self.tr("Add member"))
        labels = {"year": self.tr("Figures of the &year"),
                  "income": self.tr("Household &income (yuan a year)"),
                  "essential_costs": self.tr("&Essential costs (yuan a year)"),
                  "figure": self.tr("Per person and month"),
                  "category": self.tr("&Category (confirmed)"), "causes": self.tr("Causes"),
                  "bank_name": self.tr("&Bank"), "bank_account": self.tr("Bank &account"),
                  "account_holder": self.tr("Account &holder"), "status": self.tr("&Status"),
                  "review_due": self.tr("&Review due"), "notes": self.tr("&Notes")}
        for key, text in labels.items():
            self.form.label(key).setText(text)
        self.income_edit.setPlaceholderText(self.tr("Empty: the sum of the members' incomes"))
        self.costs_edit.setPlaceholderText(self.tr("Medical bills, schooling and the like"))
        self._update_figure()

    def _load(self) -> None:
        p = self.person
        self.header_label.setText(f"{p.name}  {p.id_number or ''}  {p.phone or ''}")
        f = self.file
        if f is None:
            self.add_member()
            self.review_edit.setDate(NO_DATE)
            return
        self.year_spin.setValue(f.year)
        for member in f.members:
            row = self.add_member()
            row.name_edit.setText(member.name)
            row.relation_edit.setText(member.relation)
            row.age_edit.setText("" if member.age is None else str(member.age))
            row.health_edit.setText(member.health)
            row.work_edit.setText(member.work)
            row.income_edit.setText(format_yuan(member.income_fen) if member.income_fen else "")
        if not f.members:
            self.add_member()
        self.income_edit.setText(format_yuan(f.income_fen) if f.income_fen else "")
        self.costs_edit.setText(format_yuan(f.essential_costs_fen)
                                if f.essential_costs_fen else "")
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(
            f.category.value if f.category else ""), 0))
        for cause in f.cause_list:
            if cause in self.cause_checks:
                self.cause_checks[cause].setChecked(True)
        self.bank_name_edit.setText(f.bank_name or "")
        self.bank_account_edit.setText(f.bank_account or "")
        self.holder_edit.setText(f.account_holder or "")
        self.status_combo.setCurrentIndex(self.status_combo.findData(f.status.value))
        due = f.review_due
        self.review_edit.setDate(QDate(due.year, due.month, due.day) if due else NO_DATE)
        self.notes_edit.setPlainText(f.notes)
        self._update_figure()

    def add_member(self, focus: bool = False) -> MemberRow:
        row = MemberRow(self.members_box)
        row.remove_button.clicked.connect(lambda: self._remove(row))
        row.income_edit.textChanged.connect(self._update_figure)
        row.name_edit.textChanged.connect(self._update_figure)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        if focus:
            row.name_edit.setFocus()
        return row

    def _remove(self, row: MemberRow) -> None:
        self.rows.remove(row)
        row.deleteLater()
        self._update_figure()

    @staticmethod
    def _fen(text: str) -> int | None:
        if not text.strip():
            return 0
        try:
            return parse_money_fen(text)
        except ValidationError:
            return None

    def _update_figure(self) -> None:
        members = [r for r in self.rows if not r.is_empty()]
        incomes = [self._fen(r.income_edit.text()) for r in members]
        income = self._fen(self.income_edit.text())
        costs = self._fen(self.costs_edit.text())
        if income is None or costs is None or any(i is None for i in incomes):
            self.figure_label.setText(self.tr("check the amounts"))
            return
        household = income or sum(i for i in incomes if i is not None)
        size = 1 + len(members)
        per_capita = per_capita_monthly_fen(household, costs, size)
        standard = self.app.aid.standard(self.year_spin.value())
        suggested = suggest_category(household, costs, size, standard)
        text = self.tr("%1 yuan (%2 people)").replace("%1", format_yuan(per_capita)).replace(
            "%2", str(size))
        if standard is None:
            text += "；" + self.tr("no minimum living standard set for this year")
        else:
            text += "；" + self.tr("standard %1 yuan").replace("%1", format_yuan(standard))
        text += "；" + self.tr("suggested: %1").replace(
            "%1", suggested.value if suggested else self.tr("not in hardship by these figures"))
        self.figure_label.setText(text)
        self.suggested = suggested

    def file_input(self) -> FileInput:
        due = self.review_edit.date()
        return FileInput(
            person_id=self.person.id, year=self.year_spin.value(),
            members=[r.value() for r in self.rows if not r.is_empty()],
            income=self.income_edit.text().strip(), essential_costs=self.costs_edit.text().strip(),
            category=str(self.category_combo.currentData() or ""),
            causes=[c for c, check in self.cause_checks.items() if check.isChecked()],
            bank_name=self.bank_name_edit.text().strip(),
            bank_account=self.bank_account_edit.text().strip(),
            account_holder=self.holder_edit.text().strip(),
            status=str(self.status_combo.currentData()),
            review_due="" if due == NO_DATE else due.toString("yyyy-MM-dd"),
            notes=self.notes_edit.toPlainText().strip())

    def save(self) -> HardshipFileRead | None:
        self.form.clear_errors()
        self.general_error.hide()
        for row in self.rows:
            row.error_label.hide()
        try:
            saved = self.app.aid.save_file(self.file_input(),
                                           self.file.version if self.file else None)
        except UnionCaseError as exc:
            self._show_errors(exc)
            return None
        self.file = saved
        self.file_saved.emit(saved)
        self.accept()
        return saved

    def _show_errors(self, exc: UnionCaseError) -> None:
        if not isinstance(exc, ValidationError | ValidationErrors):
            show_error(self, exc)
            return
        errors = list(exc.errors) if isinstance(exc, ValidationErrors) else [exc]
        members = [r for r in self.rows if not r.is_empty()]
        rest = []
        for error in errors:
            match = MEMBER_FIELD.match(error.field or "")
            if match and int(match.group(1)) < len(members):
                label = members[int(match.group(1))].error_label
                label.setText(field_text(error))
                label.show()
            elif not self.form.show_error(error):
                rest.append(field_text(error))
        if rest:
            self.general_error.setText("\n".join(rest))
            self.general_error.show()
