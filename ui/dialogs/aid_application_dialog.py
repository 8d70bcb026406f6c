"""A new aid application (救助申请): the person from the registry, the program, the batch, the
amount asked for and why. Errors beside their fields, nothing saved; Ctrl+S saves."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.messages import show_error
from ui.save_keys import SaveKeys
from ui.widgets.field_form import ERROR_STYLE, FieldForm
from ui.widgets.person_picker import PersonPicker
from unioncase.domain.errors import UnionCaseError, ValidationError, ValidationErrors
from unioncase.models import PersonRead
from unioncase.models.aid import AidApplicationRead
from unioncase.services import UnionCase
from unioncase.services.aid import ApplicationInput


class AidApplicationDialog(QDialog):
    application_saved = Signal(object)  # AidApplicationRead

    def __init__(self, app: UnionCase, parent: QWidget | None = None, *,
                 person: PersonRead | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.save_keys = SaveKeys()
        self.setObjectName("aidApplicationDialog")
        self.form = FieldForm(self)
        self.person_edit = PersonPicker(app, self)
        self.person_edit.setObjectName("personEdit")
        self.file_label = QLabel(self)
        self.file_label.setObjectName("fileLabel")
        self.program_combo = QComboBox(self)
        self.program_combo.setObjectName("programCombo")
        self.batch_combo = QComboBox(self)
        self.batch_combo.setObjectName("batchCombo")
        self.requested_edit = QLineEdit(self)
        self.requested_edit.setObjectName("requestedEdit")
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(100)
        for key, editor in (("person_id", self.person_edit), ("file", self.file_label),
                            ("program_id", self.program_combo), ("batch_id", self.batch_combo),
                            ("requested", self.requested_edit), ("reason", self.reason_edit)):
            self.form.add_field(key, editor)
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.person_edit.person_changed.connect(self._show_file)
        self.program_combo.currentIndexChanged.connect(lambda _i: self._fill_batches())
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        for program in app.aid.programs():
            self.program_combo.addItem(program.name, program.id)
        self.retranslate_ui()
        self._fill_batches()
        if person is not None:
            self.person_edit.set_person(person)
        self.resize(620, 0)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("UnionCase - New aid application"))
        labels = {"person_id": self.tr("&Applicant"), "file": self.tr("Hardship file"),
                  "program_id": self.tr("&Program"), "batch_id": self.tr("&Batch"),
                  "requested": self.tr("Amount &requested (yuan)"),
                  "reason": self.tr("R&eason")}
        for key, text in labels.items():
            self.form.label(key).setText(text)
        self.person_edit.setPlaceholderText(
            self.tr("Type a name, pinyin or ID number of a registered person"))
        self._show_file(self.person_edit.person())

    def _fill_batches(self) -> None:
        self.batch_combo.clear()
        self.batch_combo.addItem(self.tr("(no batch: paid on its own)"), None)
        program_id = self.program_combo.currentData()
        for batch in self.app.aid.batches(program_id=program_id):
            if batch.status.value == "草稿":
                self.batch_combo.addItem(batch.name, batch.id)

    def _show_file(self, person: PersonRead | None) -> None:
        if person is None:
            self.file_label.setText(self.tr("Choose a registered person"))
            return
        file = self.app.aid.file_of(person.id)
        if file is None:
            self.file_label.setText(self.tr("No hardship file"))
        else:
            category = file.category.value if file.category else self.tr("not confirmed")
            self.file_label.setText(f"{category}（{file.status.value}）")

    def application_input(self) -> ApplicationInput:
        person = self.person_edit.person()
        return ApplicationInput(person_id=person.id if person else 0,
                                program_id=self.program_combo.currentData() or 0,
                                requested=self.requested_edit.text().strip(),
                                reason=self.reason_edit.toPlainText().strip(),
                                batch_id=self.batch_combo.currentData(),
                                uuid=self.save_keys.key())

    def save(self) -> AidApplicationRead | None:
        self.form.clear_errors()
        self.general_error.hide()
        if self.person_edit.person() is None:
            self.form.show_errors(ValidationError("person_required", field="person_id"))
            return None
        try:
            saved = self.app.aid.apply(self.application_input())
        except UnionCaseError as exc:
            if isinstance(exc, ValidationError | ValidationErrors):
                if not self.form.show_errors(exc):
                    show_error(self, exc)
            else:
                show_error(self, exc)
            return None
        self.save_keys.done()
        self.application_saved.emit(saved)
        self.accept()
        return saved
