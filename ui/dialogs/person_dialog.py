"""Create or edit a person. Errors appear under their fields and nothing is saved."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.messages import show_error
from ui.save_keys import SaveKeys
from ui.widgets.enterprise_picker import EnterprisePicker
from ui.widgets.field_form import FieldForm
from unioncase.domain.enums import Household
from unioncase.domain.errors import UnionCaseError
from unioncase.domain.validators import parse_id_number
from unioncase.models import PersonRead
from unioncase.services import UnionCase
from unioncase.services.registry import PersonInput

log = logging.getLogger(__name__)


class PersonDialog(QDialog):
    person_saved = Signal(object)  # PersonRead
    existing_person_requested = Signal(int)  # person id

    def __init__(self, app: UnionCase, person: PersonRead | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.save_keys = SaveKeys()
        self.person = person
        self._existing: PersonRead | None = None
        self.setObjectName("personDialog")
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        if person is not None:
            self._fill(person)

    def _build_ui(self) -> None:
        self.fields = FieldForm(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setMaxLength(50)
        self.id_edit = QLineEdit(self)
        self.id_edit.setObjectName("idNumberEdit")
        self.id_edit.setMaxLength(18)
        self.derived_label = QLabel(self)
        self.derived_label.setObjectName("derivedLabel")
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("phoneEdit")
        self.employer_edit = EnterprisePicker(self.app, self)
        self.employer_edit.setObjectName("employerEdit")
        self.household_combo = QComboBox(self)
        self.household_combo.setObjectName("householdCombo")
        self.household_combo.addItem("", "")
        for item in Household:
            self.household_combo.addItem(item.value, item.value)
        self.member_check = QCheckBox(self)
        self.member_check.setObjectName("unionMemberCheck")
        self.address_edit = QLineEdit(self)
        self.address_edit.setObjectName("addressEdit")
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setFixedHeight(70)
        self.notes_edit.setTabChangesFocus(True)

        for key, editor in (("name", self.name_edit), ("id_number", self.id_edit),
                            ("derived", self.derived_label), ("phone", self.phone_edit),
                            ("employer", self.employer_edit),
                            ("household", self.household_combo),
                            ("union_member", self.member_check),
                            ("address", self.address_edit), ("notes", self.notes_edit)):
            self.fields.add_field(key, editor)

        self.existing_label = QLabel(self)
        self.existing_label.setObjectName("existingLabel")
        self.existing_label.setWordWrap(True)
        self.existing_button = QPushButton(self)
        self.existing_button.setObjectName("openExistingButton")
        self.existing_box = QWidget(self)
        row = QHBoxLayout(self.existing_box)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(self.existing_label, 1)
        row.addWidget(self.existing_button)
        self.existing_box.setStyleSheet(
            "QWidget#existingBox { background: #fff4d6; border: 1px solid #e0b84a;"
            " border-radius: 4px; }")
        self.existing_box.setObjectName("existingBox")
        self.existing_box.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("buttons")

        layout = QVBoxLayout(self)
        layout.addWidget(self.existing_box)
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.id_edit.editingFinished.connect(self._on_id_edit_finished)
        self.id_edit.textChanged.connect(self._on_id_text_changed)
        self.existing_button.clicked.connect(self._on_open_existing)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("UnionCase - Edit person") if self.person
                            else self.tr("UnionCase - New person"))
        self.fields.label("name").setText(self.tr("&Name"))
        self.fields.label("id_number").setText(self.tr("&ID number"))
        self.fields.label("derived").setText(self.tr("Sex / birth date"))
        self.fields.label("phone").setText(self.tr("&Phone"))
        self.fields.label("employer").setText(self.tr("&Employer"))
        self.fields.label("household").setText(self.tr("Household"))
        self.fields.label("union_member").setText(self.tr("Union member"))
        self.fields.label("address").setText(self.tr("&Address"))
        self.fields.label("notes").setText(self.tr("Notes"))
        self.member_check.setText(self.tr("Member of a trade union"))
        self.existing_button.setText(self.tr("Open the registered person"))
        self.id_edit.setPlaceholderText(self.tr("18 characters; sex and birth date follow"))
        self.employer_edit.setPlaceholderText(self.tr("Type a name, pinyin or credit code"))
        self.phone_edit.setPlaceholderText(self.tr("Mobile or landline"))
        self._on_id_text_changed(self.id_edit.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill(self, person: PersonRead) -> None:
        self.name_edit.setText(person.name)
        self.id_edit.setText(person.id_number or "")
        self.phone_edit.setText(person.phone or "")
        self.employer_edit.set_enterprise(person.employer_id, person.employer_name)
        index = self.household_combo.findData(person.household.value if person.household else "")
        self.household_combo.setCurrentIndex(max(index, 0))
        self.member_check.setChecked(person.union_member)
        self.address_edit.setText(person.address or "")
        self.notes_edit.setPlainText(person.notes or "")

    # -- live feedback -------------------------------------------------------------------------
    def _on_id_text_changed(self, text: str) -> None:
        text = text.strip()
        if len(text) != 18:
            self.derived_label.setText(self.tr("(from the ID number)"))
            return
        try:
            parsed = parse_id_number(text, today=self.app.ctx.today())
        except UnionCaseError:
            self.derived_label.setText(self.tr("(from the ID number)"))
            return
        self.derived_label.setText(f"{parsed.sex.value}  {parsed.birth_date.isoformat()}")

    def _on_id_edit_finished(self) -> None:
        found = self.app.persons.find_by_id_number(self.id_edit.text())
        if found is None or (self.person is not None and found.id == self.person.id):
            self._existing = None
            self.existing_box.hide()
            return
        self._existing = found
        self.existing_label.setText(
            self.tr("This ID number is already registered: %1 (%2).")
            .replace("%1", found.name).replace("%2", found.number))
        self.existing_box.show()

    def _on_open_existing(self) -> None:
        if self._existing is not None:
            self.existing_person_requested.emit(self._existing.id)
            self.reject()

    # -- saving ------------------------------------------------------------------------------
    def person_input(self) -> PersonInput:
        return PersonInput(
            name=self.name_edit.text(),
            id_number=self.id_edit.text(),
            phone=self.phone_edit.text(),
            address=self.address_edit.text(),
            employer_id=self.employer_edit.enterprise_id(),
            household=str(self.household_combo.currentData() or ""),
            union_member=self.member_check.isChecked(),
            notes=self.notes_edit.toPlainText(),
            uuid=self.save_keys.key() if self.person is None else "",
        )

    def save(self) -> None:
        self.fields.clear_errors()
        data = self.person_input()
        try:
            if self.person is None:
                saved = self.app.persons.create(data)
            else:
                saved = self.app.persons.update(self.person.id, data, self.person.version)
        except UnionCaseError as exc:
            if not self.fields.show_errors(exc):
                show_error(self, exc)
            return
        self.save_keys.done()
        self.person = saved
        self.person_saved.emit(saved)
        self.accept()
