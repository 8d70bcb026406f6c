"""View, create or edit an enterprise (用人单位); an existing one lists its registered workers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.messages import show_error
from ui.models.employee_table_model import EmployeeTableModel
from ui.save_keys import SaveKeys
from ui.widgets.field_form import FieldForm
from unioncase.domain.errors import UnionCaseError
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
        # A table without a grid: a QTreeView would read a second page as soon as it lays out.
        self.employees_view = QTableView(self.employees_box)
        self.employees_view.setObjectName("employeesList")
        self.employees_view.setShowGrid(False)
        self.employees_view.verticalHeader().setVisible(False)
        self.employees_view.verticalHeader().setDefaultSectionSize(24)
        self.employees_view.horizontalHeader().setStretchLastSection(True)
        self.employees_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.employees_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.employees_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Paged in SQL: a large employer's workers load as the list is scrolled to them.
        self.employees_model = EmployeeTableModel(
            self.app, self.enterprise.id if self.enterprise is not None else 0,
            self.employees_view)
        self.employees_view.setModel(self.employees_model)
        column, order = self.employees_model.sort_column()
        self.employees_view.horizontalHeader().setSortIndicator(column, order)
        self.employees_view.setSortingEnabled(True)  # sorted in SQL; held until loaded
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
        if self.employees_model.is_loaded():
            self.employees_box.setTitle(self.tr("Registered workers (%1)").replace(
                "%1", str(self.employees_model.total())))
        else:
            self.employees_box.setTitle(self.tr("Registered workers"))
        self.employees_model.retranslate()

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
        self.employees_model.reload()
        self.retranslate_ui()  # the title counts the workers
        for column in range(3):
            self.employees_view.resizeColumnToContents(column)

    def _on_employee_activated(self, index: object) -> None:
        row = self.employees_view.currentIndex().row()
        if 0 <= row < self.employees_model.rowCount():
            self.person_requested.emit(self.employees_model.person(row).id)

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
