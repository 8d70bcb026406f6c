"""Mediation organizations (调解组织) and their mediators (调解员): the lists with each one's
open workload, and a form to add or change one. Deactivating one that still has open cases asks
first; errors appear beside their fields and nothing is saved."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.messages import show_error
from ui.models.mediation_registry_models import MediatorTableModel, OrganizationTableModel
from ui.models.paged_table_model import SORT_ROLE
from ui.widgets.field_form import FieldForm
from ui.widgets.person_picker import PersonPicker
from unioncase.domain.errors import ConflictError, UnionCaseError, ValidationError
from unioncase.domain.mediation import MediatorKind, OrganizationType
from unioncase.models.mediation import MediatorRead, OrganizationRead
from unioncase.services import UnionCase
from unioncase.services.mediation import MediatorInput, OrganizationInput

log = logging.getLogger(__name__)

NO_DATE = QDate(1900, 1, 1)
NEW_STYLE = "color: #2874a6; font-weight: bold;"


def _table(parent: QWidget, name: str, model: QSortFilterProxyModel) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def _proxy(parent: QWidget, source: OrganizationTableModel | MediatorTableModel
           ) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(source)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    return proxy


class MediationRegistryDialog(QDialog):
    registries_changed = Signal()

    def __init__(self, app: UnionCase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("mediationRegistryDialog")
        self.organizations = OrganizationTableModel(self)
        self.mediators = MediatorTableModel(self)
        self.organization: OrganizationRead | None = None  # the one in the form (None: new)
        self.mediator: MediatorRead | None = None
        self.confirm_box: QMessageBox | None = None
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self.reload()
        self.new_organization()
        self.new_mediator()
        self.resize(1180, 680)

    # -- construction ------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("registryTabs")

        # organizations
        page = QWidget(self.tabs)
        self.org_filter = QLineEdit(page)
        self.org_filter.setObjectName("organizationFilter")
        self.org_filter.setClearButtonEnabled(True)
        self.show_inactive_check = QCheckBox(page)
        self.show_inactive_check.setObjectName("showInactiveCheck")
        self.org_proxy = _proxy(self, self.organizations)
        self.org_table = _table(page, "organizationTable", self.org_proxy)
        self.org_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.org_form_title = QLabel(page)
        self.org_form_title.setObjectName("organizationFormTitle")
        self.org_form = FieldForm(page)
        self.org_name_edit = QLineEdit(page)
        self.org_name_edit.setObjectName("organizationNameEdit")
        self.org_type_combo = QComboBox(page)
        self.org_type_combo.setObjectName("organizationTypeCombo")
        for kind in OrganizationType:
            self.org_type_combo.addItem(kind.value, kind.value)
        self.org_town_edit = QLineEdit(page)
        self.org_town_edit.setObjectName("townEdit")
        self.org_founded_edit = QDateEdit(page)
        self.org_founded_edit.setObjectName("foundedEdit")
        self.org_founded_edit.setCalendarPopup(True)
        self.org_founded_edit.setDisplayFormat("yyyy-MM-dd")
        self.org_founded_edit.setMinimumDate(NO_DATE)
        self.org_founded_edit.setSpecialValueText("—")
        self.org_contact_edit = QLineEdit(page)
        self.org_contact_edit.setObjectName("contactEdit")
        self.org_phone_edit = QLineEdit(page)
        self.org_phone_edit.setObjectName("organizationPhoneEdit")
        self.org_active_check = QCheckBox(page)
        self.org_active_check.setObjectName("organizationActiveCheck")
        for key, editor in (("name", self.org_name_edit), ("org_type", self.org_type_combo),
                            ("town", self.org_town_edit), ("founded_on", self.org_founded_edit),
                            ("contact", self.org_contact_edit), ("phone", self.org_phone_edit),
                            ("active", self.org_active_check)):
            self.org_form.add_field(key, editor)
        self.org_new_button = QPushButton(page)
        self.org_new_button.setObjectName("newOrganizationButton")
        self.org_save_button = QPushButton(page)
        self.org_save_button.setObjectName("saveOrganizationButton")
        self.org_mediators_button = QPushButton(page)
        self.org_mediators_button.setObjectName("organizationMediatorsButton")
        left = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.org_filter, 1)
        top.addWidget(self.show_inactive_check)
        left.addLayout(top)
        left.addWidget(self.org_table, 1)
        right = QVBoxLayout()
        right.addWidget(self.org_form_title)
        right.addWidget(self.org_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.org_new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.org_mediators_button)
        buttons.addWidget(self.org_save_button)
        right.addLayout(buttons)
        right.addStretch(1)
        row = QHBoxLayout(page)
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        self.tabs.addTab(page, "")

        # mediators
        page = QWidget(self.tabs)
        self.med_filter = QLineEdit(page)
        self.med_filter.setObjectName("mediatorFilter")
        self.med_filter.setClearButtonEnabled(True)
        self.med_org_filter = QComboBox(page)
        self.med_org_filter.setObjectName("mediatorOrganizationFilter")
        self.med_proxy = _proxy(self, self.mediators)
        self.med_table = _table(page, "mediatorTable", self.med_proxy)
        self.med_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.med_form_title = QLabel(page)
        self.med_form_title.setObjectName("mediatorFormTitle")
        self.med_form = FieldForm(page)
        self.med_name_edit = PersonPicker(app=self.app, parent=page)
        self.med_name_edit.setObjectName("mediatorNameEdit")
        self.med_id_edit = QLineEdit(page)
        self.med_id_edit.setObjectName("mediatorIdEdit")
        self.med_id_edit.setMaxLength(18)
        self.med_org_combo = QComboBox(page)
        self.med_org_combo.setObjectName("mediatorOrganizationCombo")
        self.med_kind_combo = QComboBox(page)
        self.med_kind_combo.setObjectName("mediatorKindCombo")
        for kind in MediatorKind:
            self.med_kind_combo.addItem(kind.value, kind.value)
        self.med_kind_combo.setCurrentIndex(self.med_kind_combo.findData(
            MediatorKind.PART_TIME.value))
        self.med_certificate_edit = QLineEdit(page)
        self.med_certificate_edit.setObjectName("certificateEdit")
        self.med_phone_edit = QLineEdit(page)
        self.med_phone_edit.setObjectName("mediatorPhoneEdit")
        self.med_active_check = QCheckBox(page)
        self.med_active_check.setObjectName("mediatorActiveCheck")
        self.med_workload_label = QLabel(page)
        self.med_workload_label.setObjectName("workloadLabel")
        for key, editor in (("name", self.med_name_edit), ("id_number", self.med_id_edit),
                            ("organization_id", self.med_org_combo),
                            ("kind", self.med_kind_combo),
                            ("certificate_number", self.med_certificate_edit),
                            ("phone", self.med_phone_edit), ("active", self.med_active_check),
                            ("workload", self.med_workload_label)):
            self.med_form.add_field(key, editor)
        self.med_new_button = QPushButton(page)
        self.med_new_button.setObjectName("newMediatorButton")
        self.med_save_button = QPushButton(page)
        self.med_save_button.setObjectName("saveMediatorButton")
        left = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.med_filter, 1)
        top.addWidget(self.med_org_filter)
        left.addLayout(top)
        left.addWidget(self.med_table, 1)
        right = QVBoxLayout()
        right.addWidget(self.med_form_title)
        right.addWidget(self.med_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.med_new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.med_save_button)
        right.addLayout(buttons)
        right.addStretch(1)
        row = QHBoxLayout(page)
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        self.tabs.addTab(page, "")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)

    def _connect(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.org_filter.textChanged.connect(self.org_proxy.setFilterFixedString)
        self.med_filter.textChanged.connect(self.med_proxy.setFilterFixedString)
        self.show_inactive_check.toggled.connect(lambda _on: self.reload())
        self.med_org_filter.currentIndexChanged.connect(lambda _i: self._load_mediators())
        self.org_table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._on_organization_selected(current.row()))
        self.med_table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._on_mediator_selected(current.row()))
        self.org_new_button.clicked.connect(self.new_organization)
        self.org_save_button.clicked.connect(self.save_organization)
        self.org_mediators_button.clicked.connect(self._show_organization_mediators)
        self.med_new_button.clicked.connect(self.new_mediator)
        self.med_save_button.clicked.connect(self.save_mediator)
        self.med_name_edit.person_changed.connect(self._on_person_picked)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_current)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_current)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("UnionCase - Mediation organizations and mediators"))
        self.tabs.setTabText(0, self.tr("Organizations"))
        self.tabs.setTabText(1, self.tr("Mediators"))
        self.org_filter.setPlaceholderText(self.tr("Filter by name, type or town"))
        self.show_inactive_check.setText(self.tr("Show inactive"))
        labels = {"name": self.tr("&Name"), "org_type": self.tr("&Type"),
                  "town": self.tr("T&own"), "founded_on": self.tr("&Founded"),
                  "contact": self.tr("&Contact"), "phone": self.tr("&Phone"),
                  "active": self.tr("Status")}
        for key, text in labels.items():
            self.org_form.label(key).setText(text)
        self.org_active_check.setText(self.tr("Active (takes new cases)"))
        self.org_new_button.setText(self.tr("New organization"))
        self.org_new_button.setToolTip(self.tr("Ctrl+N"))
        self.org_save_button.setText(self.tr("Save"))
        self.org_save_button.setToolTip(self.tr("Ctrl+S"))
        self.org_mediators_button.setText(self.tr("Its mediators"))
        self.med_filter.setPlaceholderText(self.tr("Filter by name, organization or phone"))
        labels = {"name": self.tr("Full &name"), "id_number": self.tr("&ID number"),
                  "organization_id": self.tr("&Organization"), "kind": self.tr("&Kind"),
                  "certificate_number": self.tr("&Certificate no."), "phone": self.tr("&Phone"),
                  "active": self.tr("Status"), "workload": self.tr("Workload")}
        for key, text in labels.items():
            self.med_form.label(key).setText(text)
        self.med_name_edit.setPlaceholderText(
            self.tr("Type to find a registered person, or a new name"))
        self.med_active_check.setText(self.tr("Active (can be assigned)"))
        self.med_new_button.setText(self.tr("New mediator"))
        self.med_new_button.setToolTip(self.tr("Ctrl+N"))
        self.med_save_button.setText(self.tr("Save"))
        self.med_save_button.setToolTip(self.tr("Ctrl+S"))
        if self.med_org_filter.count():
            self.med_org_filter.setItemText(0, self.tr("All organizations"))
        self._show_titles()

    def _show_titles(self) -> None:
        self.org_form_title.setStyleSheet(NEW_STYLE if self.organization is None else "")
        self.org_form_title.setText(
            self.tr("New organization") if self.organization is None
            else self.tr("<b>%1</b>").replace("%1", self.organization.name))
        self.med_form_title.setStyleSheet(NEW_STYLE if self.mediator is None else "")
        self.med_form_title.setText(
            self.tr("New mediator") if self.mediator is None
            else self.tr("<b>%1</b>").replace("%1", self.mediator.name))

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            orgs = self.app.mediation.organizations(
                include_inactive=self.show_inactive_check.isChecked())
            all_orgs = self.app.mediation.organizations(include_inactive=True)
        except UnionCaseError as exc:
            show_error(self, exc)
            return
        self.organizations.set_rows(orgs)
        for combo, first in ((self.med_org_filter, self.tr("All organizations")),
                             (self.med_org_combo, None)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if first is not None:
                combo.addItem(first, None)
            for org in all_orgs:
                if combo is self.med_org_combo and not org.active:
                    continue
                combo.addItem(org.name, org.id)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        self._load_mediators()

    def _load_mediators(self) -> None:
        try:
            rows = self.app.mediation.mediators(self.med_org_filter.currentData(),
                                                include_inactive=True)
        except UnionCaseError as exc:
            show_error(self, exc)
            return
        self.mediators.set_rows(rows)

    def select_organization(self, org_id: int) -> bool:
        row = self.organizations.row_of(org_id)
        if row is None:
            return False
        index = self.org_proxy.mapFromSource(self.organizations.index(row, 0))
        self.org_table.setCurrentIndex(index)
        return True

    def select_mediator(self, mediator_id: int) -> bool:
        row = self.mediators.row_of(mediator_id)
        if row is None:
            return False
        index = self.med_proxy.mapFromSource(self.mediators.index(row, 0))
        self.med_table.setCurrentIndex(index)
        return True

    # -- organizations -----------------------------------------------------------------------
    def _on_organization_selected(self, proxy_row: int) -> None:
        if proxy_row < 0:
            return
        row = self.org_proxy.mapToSource(self.org_proxy.index(proxy_row, 0)).row()
        self._show_organization(self.organizations.record(row))

    def _show_organization(self, org: OrganizationRead | None) -> None:
        self.organization = org
        self.org_form.clear_errors()
        self.org_name_edit.setText(org.name if org else "")
        self.org_type_combo.setCurrentIndex(
            max(self.org_type_combo.findData(org.org_type.value if org else ""), 0))
        self.org_town_edit.setText(org.town or "" if org else "")
        founded = org.founded_on if org else None
        self.org_founded_edit.setDate(
            QDate(founded.year, founded.month, founded.day) if founded else NO_DATE)
        self.org_contact_edit.setText(org.contact or "" if org else "")
        self.org_phone_edit.setText(org.phone or "" if org else "")
        self.org_active_check.setChecked(org.active if org else True)
        self.org_mediators_button.setEnabled(org is not None)
        self._show_titles()

    def new_organization(self) -> None:
        self.org_table.clearSelection()
        self._show_organization(None)
        self.org_name_edit.setFocus()

    def organization_input(self) -> OrganizationInput:
        founded = self.org_founded_edit.date()
        return OrganizationInput(
            name=self.org_name_edit.text().strip(),
            org_type=str(self.org_type_combo.currentData()),
            town=self.org_town_edit.text().strip(),
            founded_on="" if founded == NO_DATE else founded.toString("yyyy-MM-dd"),
            contact=self.org_contact_edit.text().strip(),
            phone=self.org_phone_edit.text().strip(),
            active=self.org_active_check.isChecked(),
        )

    def save_organization(self) -> OrganizationRead | None:
        org = self.organization
        data = self.organization_input()
        if org is not None and org.active and not data.active and org.open_cases:
            self._confirm(self.tr("%1 still has %2 open cases. Deactivate it? Its open cases "
                                  "go on; it takes no new ones.")
                          .replace("%1", org.name).replace("%2", str(org.open_cases)),
                          self._save_organization)
            return None
        return self._save_organization()

    def _save_organization(self) -> OrganizationRead | None:
        org = self.organization
        self.org_form.clear_errors()
        try:
            if org is None:
                saved = self.app.mediation.create_organization(self.organization_input())
            else:
                saved = self.app.mediation.update_organization(
                    org.id, self.organization_input(), org.version)
        except UnionCaseError as exc:
            self._show_error(self.org_form, exc)
            return None
        self.reload()
        self.select_organization(saved.id)
        self._show_organization(saved)
        self.registries_changed.emit()
        return saved

    def _show_organization_mediators(self) -> None:
        if self.organization is None:
            return
        self.med_org_filter.setCurrentIndex(
            max(self.med_org_filter.findData(self.organization.id), 0))
        self.tabs.setCurrentIndex(1)

    # -- mediators ---------------------------------------------------------------------------
    def _on_mediator_selected(self, proxy_row: int) -> None:
        if proxy_row < 0:
            return
        row = self.med_proxy.mapToSource(self.med_proxy.index(proxy_row, 0)).row()
        self._show_mediator(self.mediators.record(row))

    def _show_mediator(self, mediator: MediatorRead | None) -> None:
        self.mediator = mediator
        self.med_form.clear_errors()
        self.med_name_edit.blockSignals(True)
        self.med_name_edit.setText(mediator.name if mediator else "")
        self.med_name_edit.blockSignals(False)
        self.med_name_edit.setReadOnly(mediator is not None)  # who it is does not change
        self.med_id_edit.clear()
        self.med_id_edit.setReadOnly(mediator is not None)
        self.med_id_edit.setPlaceholderText(
            self.tr("For a new person: 18 characters") if mediator is None else "")
        if mediator is not None:
            index = self.med_org_combo.findData(mediator.organization_id)
            if index < 0:  # an inactive organization: shown, not offered to others
                self.med_org_combo.addItem(mediator.organization_name,
                                           mediator.organization_id)
                index = self.med_org_combo.count() - 1
            self.med_org_combo.setCurrentIndex(index)
        elif self.med_org_filter.currentData() is not None:
            self.med_org_combo.setCurrentIndex(
                max(self.med_org_combo.findData(self.med_org_filter.currentData()), 0))
        self.med_kind_combo.setCurrentIndex(self.med_kind_combo.findData(
            mediator.kind.value if mediator else MediatorKind.PART_TIME.value))
        self.med_certificate_edit.setText(mediator.certificate_number or "" if mediator else "")
        self.med_phone_edit.setText(mediator.phone or "" if mediator else "")
        self.med_active_check.setChecked(mediator.active if mediator else True)
        self.med_workload_label.setText(
            self.tr("%1 open cases, %2 past the limit").replace(
                "%1", str(mediator.open_cases)).replace("%2", str(mediator.overdue_cases))
            if mediator else "")
        self._show_titles()

    def _on_person_picked(self, person: object) -> None:
        if self.mediator is not None:
            return
        phone = getattr(person, "phone", None)
        if phone and not self.med_phone_edit.text().strip():
            self.med_phone_edit.setText(phone)
        self.med_id_edit.setEnabled(person is None)

    def new_mediator(self) -> None:
        self.med_table.clearSelection()
        self._show_mediator(None)
        self.med_name_edit.setFocus()

    def mediator_input(self) -> MediatorInput:
        person = self.med_name_edit.person()
        return MediatorInput(
            organization_id=self.med_org_combo.currentData(),
            kind=str(self.med_kind_combo.currentData()),
            person_id=person.id if person is not None and self.mediator is None else None,
            name=self.med_name_edit.text().strip() if person is None else "",
            id_number=self.med_id_edit.text().strip() if person is None else "",
            phone=self.med_phone_edit.text().strip(),
            certificate_number=self.med_certificate_edit.text().strip(),
            active=self.med_active_check.isChecked(),
        )

    def save_mediator(self) -> MediatorRead | None:
        mediator = self.mediator
        data = self.mediator_input()
        if mediator is not None and mediator.active and not data.active and mediator.open_cases:
            self._confirm(self.tr("%1 still has %2 open cases. Deactivate? The cases keep their "
                                  "mediator; no new ones are assigned.")
                          .replace("%1", mediator.name)
                          .replace("%2", str(mediator.open_cases)), self._save_mediator)
            return None
        return self._save_mediator()

    def _save_mediator(self) -> MediatorRead | None:
        mediator = self.mediator
        self.med_form.clear_errors()
        try:
            if mediator is None:
                saved = self.app.mediation.create_mediator(self.mediator_input())
            else:
                saved = self.app.mediation.update_mediator(mediator.id, self.mediator_input(),
                                                           mediator.version)
        except UnionCaseError as exc:
            self._show_error(self.med_form, exc)
            return None
        self.reload()
        self.select_mediator(saved.id)
        self._show_mediator(saved)
        self.registries_changed.emit()
        return saved

    # -- shared ------------------------------------------------------------------------------
    def _show_error(self, form: FieldForm, exc: UnionCaseError) -> None:
        if isinstance(exc, ConflictError) and exc.code == "stale":
            show_error(self, exc)
            self.reload()
            return
        if exc.field == "person_id":  # the same person twice in one organization
            exc = ValidationError(exc.code, field="name", **exc.params)
        if not form.show_errors(exc):
            show_error(self, exc)

    def _confirm(self, text: str, then: Callable[[], object]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("confirmBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(_result: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                then()

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()

    def save_current(self) -> None:
        if self.tabs.currentIndex() == 0:
            self.save_organization()
        else:
            self.save_mediator()

    def new_current(self) -> None:
        if self.tabs.currentIndex() == 0:
            self.new_organization()
        else:
            self.new_mediator()
