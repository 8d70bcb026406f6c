"""求职登记 at the desk, by keyboard: name, ID number, phone, education, situation, desired job
and pay, skills; a registered person is found by name or ID number as you type. Ctrl+S saves,
Ctrl+N saves and starts the next seeker (a queue at a fair)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.messages import show_error
from ui.save_keys import SaveKeys
from ui.widgets.field_form import ERROR_STYLE, FieldForm
from ui.widgets.person_picker import PersonPicker
from unioncase.domain.errors import UnionCaseError, ValidationError, ValidationErrors
from unioncase.domain.jobs import Education, SeekerSituation
from unioncase.domain.validators import mask_id_number
from unioncase.models import PersonRead
from unioncase.models.jobs import JobSeekerRead
from unioncase.services import UnionCase
from unioncase.services.jobs import SeekerInput


class JobSeekerDialog(QDialog):
    seeker_saved = Signal(object)  # JobSeekerRead

    def __init__(self, app: UnionCase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.save_keys = SaveKeys()
        self.setObjectName("jobSeekerDialog")
        self.last_saved: JobSeekerRead | None = None
        self.form = FieldForm(self)
        self.name_edit = PersonPicker(app, self)
        self.name_edit.setObjectName("nameEdit")
        self.id_edit = QLineEdit(self)
        self.id_edit.setObjectName("idEdit")
        self.id_edit.setMaxLength(18)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("phoneEdit")
        self.education_combo = QComboBox(self)
        self.education_combo.setObjectName("educationCombo")
        self.education_combo.addItem("", "")
        for education in Education:
            self.education_combo.addItem(education.value, education.value)
        self.situation_combo = QComboBox(self)
        self.situation_combo.setObjectName("situationCombo")
        for situation in SeekerSituation:
            self.situation_combo.addItem(situation.value, situation.value)
        self.job_edit = QLineEdit(self)
        self.job_edit.setObjectName("jobEdit")
        self.pay_edit = QLineEdit(self)
        self.pay_edit.setObjectName("payEdit")
        self.skills_edit = QLineEdit(self)
        self.skills_edit.setObjectName("skillsEdit")
        self.fair_combo = QComboBox(self)
        self.fair_combo.setObjectName("fairCombo")
        self.fair_combo.addItem("", None)
        for fair in app.jobs.fairs():
            self.fair_combo.addItem(f"{fair.name}（{fair.held_on.isoformat()}）", fair.id)
        for key, editor in (("name", self.name_edit), ("id_number", self.id_edit),
                            ("phone", self.phone_edit), ("education", self.education_combo),
                            ("situation", self.situation_combo), ("desired_job", self.job_edit),
                            ("desired_pay", self.pay_edit), ("skills", self.skills_edit),
                            ("fair_id", self.fair_combo)):
            self.form.add_field(key, editor)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setStyleSheet("color: #1e8449;")
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.saved_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.person_changed.connect(self._on_person)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        QShortcut(QKeySequence("Ctrl+N"), self, self.save_and_next)
        self.retranslate_ui()
        self.resize(560, 0)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("UnionCase - Register a job seeker"))
        labels = {"name": self.tr("&Name"), "id_number": self.tr("&ID number"),
                  "phone": self.tr("&Phone"), "education": self.tr("&Education"),
                  "situation": self.tr("&Situation"), "desired_job": self.tr("Desired &job"),
                  "desired_pay": self.tr("Desired pa&y (yuan a month)"),
                  "skills": self.tr("S&kills and certificates"), "fair_id": self.tr("At &fair")}
        for key, text in labels.items():
            self.form.label(key).setText(text)
        self.fair_combo.setItemText(0, self.tr("(at the desk)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Save (Ctrl+S); Ctrl+N saves and starts the next"))

    def _on_person(self, person: PersonRead | None) -> None:
        self.id_edit.setReadOnly(person is not None)
        if person is not None:
            self.id_edit.setText(mask_id_number(person.id_number) if person.id_number else "")
            self.phone_edit.setText(person.phone or "")

    def seeker_input(self) -> SeekerInput:
        person = self.name_edit.person()
        return SeekerInput(
            person_id=person.id if person else None, name=self.name_edit.text().strip(),
            id_number="" if person else self.id_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            education=str(self.education_combo.currentData() or ""),
            situation=str(self.situation_combo.currentData()),
            desired_job=self.job_edit.text().strip(), desired_pay=self.pay_edit.text().strip(),
            skills=self.skills_edit.text().strip(), fair_id=self.fair_combo.currentData(),
            uuid=self.save_keys.key())

    def save(self) -> JobSeekerRead | None:
        saved = self._save()
        if saved is not None:
            self.accept()
        return saved

    def save_and_next(self) -> JobSeekerRead | None:
        saved = self._save()
        if saved is not None:
            fair = self.fair_combo.currentIndex()  # a queue at a fair stays at the fair
            self.name_edit.set_person(None)
            for edit in (self.id_edit, self.phone_edit, self.job_edit, self.pay_edit,
                         self.skills_edit):
                edit.clear()
            self.education_combo.setCurrentIndex(0)
            self.fair_combo.setCurrentIndex(fair)
            self.saved_label.setText(self.tr("Registered %1 (%2)").replace(
                "%1", saved.number).replace("%2", saved.name))
            self.name_edit.setFocus()
        return saved

    def _save(self) -> JobSeekerRead | None:
        self.form.clear_errors()
        self.general_error.hide()
        try:
            saved = self.app.jobs.register(self.seeker_input())
        except UnionCaseError as exc:
            if isinstance(exc, ValidationError | ValidationErrors):
                if not self.form.show_errors(exc):
                    self.general_error.setText(str(exc))
                    show_error(self, exc)
            else:
                show_error(self, exc)
            return None
        self.save_keys.done()
        self.last_saved = saved
        self.seeker_saved.emit(saved)
        return saved
