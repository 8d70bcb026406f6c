"""View, create or edit an enterprise (用人单位); an existing one lists its registered workers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.messages import show_error
from ui.save_keys import SaveKeys
from ui.widgets.field_form import FieldForm
from unioncase.domain.errors import UnionCaseError
from unioncase.domain.validators import mask_id_number
from unioncase.models import EnterpriseRead
from unioncase.services import UnionCase
from unioncase.services.registry import EnterpriseInput


class EnterpriseDialog(QDialog):
    enterprise_saved = Signal(object)  # EnterpriseRead
    person_requested = Signal(int)

    def __init__(self, app: UnionCase, enterprise: EnterpriseRead | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.save_keys = SaveKeys()
        self.enterprise = enterprise
        self.setObjectName("enterpriseDialog")
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        if enterprise is not None:
            self._fill(enterprise)

    def _build_ui(self) -> None:
        self.fields = FieldForm(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("creditCodeEdit")
        self.code_edit.setMaxLength(18)
        self.address_edit = QLineEdit(self)
        self.address_edit.setObjectName("addressEdit")
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("phoneEdit")
        self.union_check = QCheckBox(self)
        self.union_check.setObjectName("hasUnionCheck")
        for key, editor in (("name", self.name_edit), ("credit_code", self.code_edit),
                            ("address", self.address_edit), ("phone", self.phone_edit),
                            ("has_union", self.union_check)):
            self.fields.add_field(key, editor)

        self.employees_box = QGroupBox(self)
        self.employees_view = QTreeView(self.employees_box)
        self.employees_view.setObjectName("employeesList")
        self.employees_view.setRootIsDecorated(False)
        self.employees_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.employees_model = QStandardItemModel(self.employees_view)
        self.employees_view.setModel(self.employees_model)
        box_layout = QVBoxLayout(self.employees_box)
        box_layout.addWidget(self.employees_view)
        self.employees_box.setVisible(self.enterprise is not None)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.employees_box, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 560 if self.enterprise else 300)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.employees_view.doubleClicked.connect(self._on_employee_activated)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("UnionCase - Enterprise") if self.enterprise
                            else self.tr("UnionCase - New enterprise"))
        self.fields.label("name").setText(self.tr("&Name"))
        self.fields.label("credit_code").setText(self.tr("&Credit code"))
        self.fields.label("address").setText(self.tr("&Address"))
        self.fields.label("phone").setText(self.tr("&Phone"))
        self.fields.label("has_union").setText(self.tr("Trade union"))
        self.union_check.setText(self.tr("Has its own trade union"))
        self.code_edit.setPlaceholderText(self.tr("18-character unified social credit code"))
        self.employees_box.setTitle(self.tr("Registered workers"))
        self.employees_model.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Name"), self.tr("ID number"), self.tr("Phone")])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill(self, enterprise: EnterpriseRead) -> None:
        self.name_edit.setText(enterprise.name)
        self.code_edit.setText(enterprise.credit_code or "")
        self.address_edit.setText(enterprise.address or "")
        self.phone_edit.setText(enterprise.phone or "")
        self.union_check.setChecked(enterprise.has_union)
        self._employee_ids: list[int] = []
        for person in self.app.enterprises.employees(enterprise.id):
            self._employee_ids.append(person.id)
            self.employees_model.appendRow([
                QStandardItem(person.number), QStandardItem(person.name),
                QStandardItem(mask_id_number(person.id_number) if person.id_number else ""),
                QStandardItem(person.phone or "")])
        for column in range(3):
            self.employees_view.resizeColumnToContents(column)

    def _on_employee_activated(self, index: object) -> None:
        row = self.employees_view.currentIndex().row()
        if 0 <= row < len(getattr(self, "_employee_ids", [])):
            self.person_requested.emit(self._employee_ids[row])

    def save(self) -> None:
        self.fields.clear_errors()
        data = EnterpriseInput(name=self.name_edit.text(), credit_code=self.code_edit.text(),
                               address=self.address_edit.text(), phone=self.phone_edit.text(),
                               has_union=self.union_check.isChecked(),
                               uuid=self.save_keys.key() if self.enterprise is None else "")
        try:
            if self.enterprise is None:
                saved = self.app.enterprises.create(data)
            else:
                saved = self.app.enterprises.update(self.enterprise.id, data,
                                                    self.enterprise.version)
        except UnionCaseError as exc:
            if not self.fields.show_errors(exc):
                show_error(self, exc)
            return
        self.save_keys.done()
        self.enterprise = saved
        self.enterprise_saved.emit(saved)
        self.accept()
