"""A mediation application (调解申请): registering a new one or completing an open one.

Applicants are persons of the registry (picked as you type) or new ones (name, ID number,
phone); a collective dispute lists its representatives and the number of workers. Claims are
items with amounts in yuan, totalled live in figures and capitals. The organization's active
mediators are offered to tick, the first ticked presiding. Errors appear next to their fields
and nothing is saved; Ctrl+S saves, Esc asks before dropping what was typed.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.messages import field_text, show_error
from ui.save_keys import SaveKeys
from ui.tabs.case_list import camel
from ui.widgets.enterprise_picker import EnterprisePicker
from ui.widgets.field_form import ERROR_STYLE
from ui.widgets.person_picker import PersonPicker
from unioncase.domain.errors import UnionCaseError, ValidationError, ValidationErrors
from unioncase.domain.mediation import COLLECTIVE_THRESHOLD, DisputeType
from unioncase.domain.money import amount_in_capitals, format_yuan
from unioncase.domain.validators import mask_id_number, parse_money_fen
from unioncase.models import PersonRead
from unioncase.models.mediation import MediationCaseRead
from unioncase.services import UnionCase
from unioncase.services.mediation import ApplicantInput, ClaimInput, MediationInput

log = logging.getLogger(__name__)

ROW_FIELD = re.compile(r"^(applicants|claims)\[(\d+)\](?:\.(\w+))?$")
MEDIATOR_ROLE = Qt.ItemDataRole.UserRole + 1


class ApplicantRow(QWidget):
    """One applicant: a registered person picked by name, or a new one."""

    def __init__(self, app: UnionCase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = PersonPicker(app, self)
        self.name_edit.setObjectName("applicantName")
        self.id_edit = QLineEdit(self)
        self.id_edit.setObjectName("applicantIdNumber")
        self.id_edit.setMaxLength(18)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("applicantPhone")
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("removeApplicantButton")
        self.remove_button.setText("×")
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        row = QGridLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name_edit, 0, 0)
        row.addWidget(self.id_edit, 0, 1)
        row.addWidget(self.phone_edit, 0, 2)
        row.addWidget(self.remove_button, 0, 3)
        row.addWidget(self.error_label, 1, 0, 1, 4)
        row.setColumnStretch(0, 2)
        row.setColumnStretch(1, 3)
        row.setColumnStretch(2, 2)
        self.name_edit.person_changed.connect(self._on_person_changed)

    def _on_person_changed(self, person: PersonRead | None) -> None:
        registered = person is not None
        self.id_edit.setReadOnly(registered)
        if person is not None:
            self.id_edit.setText(mask_id_number(person.id_number) if person.id_number else "")
            self.phone_edit.setText(person.phone or "")
        else:
            self.id_edit.clear()

    def set_party(self, person_id: int, name: str, id_number: str | None,
                  phone: str | None, app: UnionCase) -> None:
        self.name_edit.set_person(app.persons.get(person_id))
        self.phone_edit.setText(phone or "")

    def value(self) -> ApplicantInput:
        person = self.name_edit.person()
        if person is not None:
            return ApplicantInput(person_id=person.id, name=person.name,
                                  phone=self.phone_edit.text().strip())
        return ApplicantInput(name=self.name_edit.text().strip(),
                              id_number=self.id_edit.text().strip(),
                              phone=self.phone_edit.text().strip())

    def is_empty(self) -> bool:
        return not any((self.name_edit.text().strip(), self.id_edit.text().strip(),
                        self.phone_edit.text().strip()))

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))


class ClaimRow(QWidget):
    """One claim (请求事项): what is asked, and how much in yuan (empty for no money)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_edit = QLineEdit(self)
        self.item_edit.setObjectName("claimItem")
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setObjectName("claimAmount")
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount_edit.setMaximumWidth(160)
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("removeClaimButton")
        self.remove_button.setText("×")
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        row = QGridLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.item_edit, 0, 0)
        row.addWidget(self.amount_edit, 0, 1)
        row.addWidget(self.remove_button, 0, 2)
        row.addWidget(self.error_label, 1, 0, 1, 3)
        row.setColumnStretch(0, 1)

    def value(self) -> ClaimInput:
        return ClaimInput(self.item_edit.text().strip(), self.amount_edit.text().strip())

    def fen(self) -> int | None:
        """The amount as typed, in fen; None when it is not a valid amount."""
        text = self.amount_edit.text().strip()
        if not text:
            return 0
        try:
            return parse_money_fen(text)
        except ValidationError:
            return None

    def is_empty(self) -> bool:
        return not (self.item_edit.text().strip() or self.amount_edit.text().strip())

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))


class MediationEntryDialog(QDialog):
    case_saved = Signal(object)  # MediationCaseRead

    def __init__(self, app: UnionCase, parent: QWidget | None = None, *,
                 case: MediationCaseRead | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.save_keys = SaveKeys()
        self.case = case
        self.setObjectName("mediationEntryDialog")
        self.applicant_rows: list[ApplicantRow] = []
        self.claim_rows: list[ClaimRow] = []
        self._errors: dict[str, QLabel] = {}
        self._discard_box: QMessageBox | None = None
        self._order: list[int] = []  # ticked mediators in the order ticked
        self._modified_snapshot: tuple[object, ...] | None = None
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self._fill_organizations()
        if case is not None:
            self._load(case)
        else:
            self.add_applicant()
            self.add_claim()
        self._update_total()
        self.resize(940, 780)

    # -- construction ------------------------------------------------------------------------
    def _error_label(self, key: str, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(f"{camel(key)}Error")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self._errors[key] = label
        return label

    def _build_ui(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)

        # applicants
        self.applicants_box = QGroupBox(body)
        self.applicants_layout = QVBoxLayout(self.applicants_box)
        header = QHBoxLayout()
        self.applicant_headers = [QLabel(self.applicants_box) for _ in range(3)]
        for i, label in enumerate(self.applicant_headers):
            header.addWidget(label, (2, 3, 2)[i])
        header.addSpacing(28)
        self.applicants_layout.addLayout(header)
        self.applicant_rows_box = QVBoxLayout()
        self.applicants_layout.addLayout(self.applicant_rows_box)
        self.applicants_layout.addWidget(self._error_label("applicants", self.applicants_box))
        more = QHBoxLayout()
        self.add_applicant_button = QPushButton(self.applicants_box)
        self.add_applicant_button.setObjectName("addApplicantButton")
        self.head_count_label = QLabel(self.applicants_box)
        self.head_count_spin = QSpinBox(self.applicants_box)
        self.head_count_spin.setObjectName("headCountSpin")
        self.head_count_spin.setRange(1, 100000)
        self.head_count_label.setBuddy(self.head_count_spin)
        self.collective_label = QLabel(self.applicants_box)
        self.collective_label.setStyleSheet("color: #c0392b; font-weight: bold;")
        more.addWidget(self.add_applicant_button)
        more.addStretch(1)
        more.addWidget(self.head_count_label)
        more.addWidget(self.head_count_spin)
        more.addWidget(self.collective_label)
        self.applicants_layout.addLayout(more)
        self.applicants_layout.addWidget(self._error_label("head_count", self.applicants_box))
        layout.addWidget(self.applicants_box)

        # respondent
        self.respondent_box = QGroupBox(body)
        grid = QGridLayout(self.respondent_box)
        self.respondent_label = QLabel(self.respondent_box)
        self.respondent_edit = EnterprisePicker(self.app, self.respondent_box)
        self.respondent_edit.setObjectName("respondentEdit")
        self.respondent_label.setBuddy(self.respondent_edit)
        self.representative_label = QLabel(self.respondent_box)
        self.representative_edit = QLineEdit(self.respondent_box)
        self.representative_edit.setObjectName("representativeEdit")
        self.representative_label.setBuddy(self.representative_edit)
        self.respondent_phone_label = QLabel(self.respondent_box)
        self.respondent_phone_edit = QLineEdit(self.respondent_box)
        self.respondent_phone_edit.setObjectName("respondentPhoneEdit")
        self.respondent_phone_label.setBuddy(self.respondent_phone_edit)
        grid.addWidget(self.respondent_label, 0, 0)
        grid.addWidget(self.respondent_edit, 0, 1, 1, 3)
        grid.addWidget(self._error_label("respondent_name", self.respondent_box), 1, 1, 1, 3)
        grid.addWidget(self.representative_label, 2, 0)
        grid.addWidget(self.representative_edit, 2, 1)
        grid.addWidget(self.respondent_phone_label, 2, 2)
        grid.addWidget(self.respondent_phone_edit, 2, 3)
        grid.addWidget(self._error_label("respondent_representative", self.respondent_box),
                       3, 1)
        grid.addWidget(self._error_label("respondent_phone", self.respondent_box), 3, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addWidget(self.respondent_box)

        # dispute and claims
        self.dispute_box = QGroupBox(body)
        dispute = QGridLayout(self.dispute_box)
        self.type_label = QLabel(self.dispute_box)
        self.type_combo = QComboBox(self.dispute_box)
        self.type_combo.setObjectName("disputeTypeCombo")
        for kind in DisputeType:
            self.type_combo.addItem(kind.value, kind.value)
        self.type_label.setBuddy(self.type_combo)
        self.applied_label = QLabel(self.dispute_box)
        self.applied_edit = QDateEdit(self.dispute_box)
        self.applied_edit.setObjectName("appliedOnEdit")
        self.applied_edit.setCalendarPopup(True)
        self.applied_edit.setDisplayFormat("yyyy-MM-dd")
        self.applied_edit.setDate(_qdate(self.app.ctx.today()))
        self.applied_label.setBuddy(self.applied_edit)
        dispute.addWidget(self.type_label, 0, 0)
        dispute.addWidget(self.type_combo, 0, 1)
        dispute.addWidget(self.applied_label, 0, 2)
        dispute.addWidget(self.applied_edit, 0, 3)
        dispute.addWidget(self._error_label("applied_on", self.dispute_box), 1, 3)
        self.claims_label = QLabel(self.dispute_box)
        dispute.addWidget(self.claims_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        claims = QVBoxLayout()
        self.claim_rows_box = QVBoxLayout()
        claims.addLayout(self.claim_rows_box)
        claims.addWidget(self._error_label("claims", self.dispute_box))
        total_row = QHBoxLayout()
        self.add_claim_button = QPushButton(self.dispute_box)
        self.add_claim_button.setObjectName("addClaimButton")
        self.total_label = QLabel(self.dispute_box)
        self.total_label.setObjectName("claimsTotal")
        self.total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        total_row.addWidget(self.add_claim_button)
        total_row.addStretch(1)
        total_row.addWidget(self.total_label)
        claims.addLayout(total_row)
        dispute.addLayout(claims, 2, 1, 1, 3)
        self.facts_label = QLabel(self.dispute_box)
        self.facts_edit = QPlainTextEdit(self.dispute_box)
        self.facts_edit.setObjectName("factsEdit")
        self.facts_edit.setTabChangesFocus(True)
        self.facts_edit.setFixedHeight(90)
        self.facts_label.setBuddy(self.facts_edit)
        dispute.addWidget(self.facts_label, 3, 0, Qt.AlignmentFlag.AlignTop)
        dispute.addWidget(self.facts_edit, 3, 1, 1, 3)
        dispute.addWidget(self._error_label("facts", self.dispute_box), 4, 1, 1, 3)
        dispute.setColumnStretch(1, 1)
        dispute.setColumnStretch(3, 1)
        layout.addWidget(self.dispute_box)

        # organization and mediators
        self.organization_box = QGroupBox(body)
        org = QGridLayout(self.organization_box)
        self.organization_label = QLabel(self.organization_box)
        self.organization_combo = QComboBox(self.organization_box)
        self.organization_combo.setObjectName("organizationCombo")
        self.organization_label.setBuddy(self.organization_combo)
        self.mediators_label = QLabel(self.organization_box)
        self.mediators_model = QStandardItemModel(self)
        self.mediators_view = QListView(self.organization_box)
        self.mediators_view.setObjectName("mediatorsList")
        self.mediators_view.setModel(self.mediators_model)
        self.mediators_view.setFlow(QListView.Flow.LeftToRight)
        self.mediators_view.setWrapping(True)
        self.mediators_view.setSpacing(4)
        self.mediators_view.setFixedHeight(64)
        self.mediators_label.setBuddy(self.mediators_view)
        org.addWidget(self.organization_label, 0, 0)
        org.addWidget(self.organization_combo, 0, 1)
        org.addWidget(self._error_label("organization_id", self.organization_box), 1, 1)
        org.addWidget(self.mediators_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        org.addWidget(self.mediators_view, 2, 1)
        org.addWidget(self._error_label("mediator_ids", self.organization_box), 3, 1)
        org.setColumnStretch(1, 1)
        layout.addWidget(self.organization_box)
        layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.general_error = QLabel(self)
        self.general_error.setObjectName("generalError")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.general_error)
        outer.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.add_applicant_button.clicked.connect(lambda: self.add_applicant(focus=True))
        self.add_claim_button.clicked.connect(lambda: self.add_claim(focus=True))
        self.head_count_spin.valueChanged.connect(self._update_collective)
        self.organization_combo.currentIndexChanged.connect(lambda _i: self._fill_mediators())
        self.mediators_model.itemChanged.connect(self._on_mediator_ticked)
        for key in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(self.save)

    def retranslate_ui(self) -> None:
        if self.case is None:
            self.setWindowTitle(self.tr("UnionCase - New mediation application"))
        else:
            self.setWindowTitle(self.tr("UnionCase - Application %1").replace(
                "%1", self.case.number))
        self.applicants_box.setTitle(self.tr("Applicants (workers)"))
        for label, text in zip(self.applicant_headers,
                               (self.tr("Name (type to find a registered person)"),
                                self.tr("ID number"), self.tr("Phone")), strict=True):
            label.setText(text)
        self.add_applicant_button.setText(self.tr("Add applicant"))
        self.head_count_label.setText(self.tr("Workers in the dispute"))
        self.head_count_spin.setToolTip(
            self.tr("A collective dispute lists its representatives above and counts every "
                    "worker here"))
        self.respondent_box.setTitle(self.tr("Respondent (employer)"))
        self.respondent_label.setText(self.tr("&Employer"))
        self.respondent_edit.setPlaceholderText(
            self.tr("Type to find a registered employer, or a new name"))
        self.representative_label.setText(self.tr("Legal representative"))
        self.respondent_phone_label.setText(self.tr("Phone"))
        self.dispute_box.setTitle(self.tr("Dispute and claims"))
        self.type_label.setText(self.tr("Dispute &type"))
        self.applied_label.setText(self.tr("&Applied on"))
        self.claims_label.setText(self.tr("Claims"))
        self.add_claim_button.setText(self.tr("Add claim"))
        self.facts_label.setText(self.tr("&Facts and reasons"))
        self.organization_box.setTitle(self.tr("Mediation"))
        self.organization_label.setText(self.tr("&Organization"))
        self.mediators_label.setText(self.tr("Mediators"))
        self.mediators_view.setToolTip(self.tr("Tick the mediators; the first ticked presides"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Save (Ctrl+S)"))
        for row in self.claim_rows:
            self._retranslate_claim(row)
        for applicant in self.applicant_rows:
            self._retranslate_applicant(applicant)
        self._update_collective()
        self._update_total()

    def _retranslate_claim(self, row: ClaimRow) -> None:
        row.item_edit.setPlaceholderText(self.tr("Claim, e.g. unpaid wages Aug-Oct"))
        row.amount_edit.setPlaceholderText(self.tr("Amount (yuan)"))
        row.remove_button.setToolTip(self.tr("Remove this claim"))

    def _retranslate_applicant(self, row: ApplicantRow) -> None:
        row.id_edit.setPlaceholderText(self.tr("18 characters"))
        row.remove_button.setToolTip(self.tr("Remove this applicant"))

    # -- rows --------------------------------------------------------------------------------
    def add_applicant(self, focus: bool = False) -> ApplicantRow:
        row = ApplicantRow(self.app, self.applicants_box)
        row.remove_button.clicked.connect(lambda: self._remove_applicant(row))
        self.applicant_rows.append(row)
        self.applicant_rows_box.addWidget(row)
        self._retranslate_applicant(row)
        self._update_remove_buttons()
        self._update_collective()
        if focus:
            row.name_edit.setFocus()
        return row

    def _remove_applicant(self, row: ApplicantRow) -> None:
        if len(self.applicant_rows) <= 1:
            return
        self.applicant_rows.remove(row)
        row.deleteLater()
        self._update_remove_buttons()
        self._update_collective()

    def add_claim(self, focus: bool = False) -> ClaimRow:
        row = ClaimRow(self.dispute_box)
        row.remove_button.clicked.connect(lambda: self._remove_claim(row))
        row.amount_edit.textChanged.connect(self._update_total)
        self.claim_rows.append(row)
        self.claim_rows_box.addWidget(row)
        self._retranslate_claim(row)
        self._update_remove_buttons()
        if focus:
            row.item_edit.setFocus()
        return row

    def _remove_claim(self, row: ClaimRow) -> None:
        if len(self.claim_rows) <= 1:
            row.item_edit.clear()
            row.amount_edit.clear()
            return
        self.claim_rows.remove(row)
        row.deleteLater()
        self._update_remove_buttons()
        self._update_total()

    def _update_remove_buttons(self) -> None:
        for applicant in self.applicant_rows:
            applicant.remove_button.setEnabled(len(self.applicant_rows) > 1)

    def _update_collective(self) -> None:
        applicants = max(len(self.applicant_rows), 1)
        if self.head_count_spin.value() < applicants:
            self.head_count_spin.setValue(applicants)
        self.head_count_spin.setMinimum(applicants)
        collective = self.head_count_spin.value() >= COLLECTIVE_THRESHOLD
        self.collective_label.setText(self.tr("Collective dispute") if collective else "")

    def _update_total(self) -> None:
        amounts = [row.fen() for row in self.claim_rows]
        if any(a is None for a in amounts):
            self.total_label.setText(self.tr("Total: check the amounts"))
            return
        total = sum(a for a in amounts if a is not None)
        self.total = total
        self.total_label.setText(
            self.tr("Total %1 yuan (RMB %2)").replace("%1", format_yuan(total))
            .replace("%2", amount_in_capitals(total)))

    # -- registries --------------------------------------------------------------------------
    def _fill_organizations(self) -> None:
        combo = self.organization_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(not yet assigned)"), None)
        own = self.case.organization_id if self.case is not None else None
        for org in self.app.mediation.organizations(include_inactive=True):
            # an organization since deactivated stays offered to the case it already has
            if org.active:
                combo.addItem(org.name, org.id)
            elif org.id == own:
                combo.addItem(org.name + self.tr(" (inactive)"), org.id)
        combo.blockSignals(False)
        if combo.count() == 2:  # a station with one organization: take it
            combo.setCurrentIndex(1)
        self._fill_mediators()

    def _fill_mediators(self, checked: list[int] | None = None) -> None:
        keep = checked if checked is not None else self.mediator_ids()
        self.mediators_model.blockSignals(True)
        self.mediators_model.clear()
        self.mediators_model.blockSignals(False)
        self._order = []
        org_id = self.organization_combo.currentData()
        if org_id is None:
            return
        own = {m.mediator_id for m in self.case.mediators} if self.case is not None else set()
        for mediator in self.app.mediation.mediators(org_id, include_inactive=True):
            # a mediator since deactivated stays offered to the case that has them
            if not mediator.active and mediator.id not in own:
                continue
            text = f"{mediator.name}（{mediator.kind}）"
            if not mediator.active:
                text += self.tr(" (inactive)")
            if mediator.open_cases:
                text += self.tr(" %1 open").replace("%1", str(mediator.open_cases))
            item = QStandardItem(text)
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(mediator.id, MEDIATOR_ROLE)
            item.setCheckState(Qt.CheckState.Checked if mediator.id in keep
                               else Qt.CheckState.Unchecked)
            self.mediators_model.appendRow(item)
        # keep the order of ticking: the presiding mediator first
        self._order = [m for m in keep if m in self._listed_ids()]

    def _listed_ids(self) -> list[int]:
        return [int(self.mediators_model.item(r).data(MEDIATOR_ROLE))
                for r in range(self.mediators_model.rowCount())]

    def _on_mediator_ticked(self, item: QStandardItem) -> None:
        mediator_id = int(item.data(MEDIATOR_ROLE))
        if item.checkState() == Qt.CheckState.Checked:
            if mediator_id not in self._order:
                self._order.append(mediator_id)
        elif mediator_id in self._order:
            self._order.remove(mediator_id)

    def mediator_ids(self) -> list[int]:
        order = self._order
        ticked = {int(self.mediators_model.item(r).data(MEDIATOR_ROLE))
                  for r in range(self.mediators_model.rowCount())
                  if self.mediators_model.item(r).checkState() == Qt.CheckState.Checked}
        return [m for m in order if m in ticked] + sorted(ticked - set(order))

    def set_mediators(self, ids: list[int]) -> None:
        self._fill_mediators(list(ids))

    # -- loading and saving ------------------------------------------------------------------
    def _load(self, case: MediationCaseRead) -> None:
        for party in case.applicants:
            row = self.add_applicant()
            row.set_party(party.person_id, party.name, party.id_number, party.phone, self.app)
        for claim in case.claims:
            claim_row = self.add_claim()
            claim_row.item_edit.setText(claim.item)
            claim_row.amount_edit.setText(format_yuan(claim.amount_fen) if claim.amount_fen
                                          else "")
        if not case.claims:
            self.add_claim()
        self.head_count_spin.setValue(case.head_count)
        self.respondent_edit.set_enterprise(case.respondent_id, case.respondent_name)
        self.representative_edit.setText(case.respondent_representative or "")
        self.respondent_phone_edit.setText(case.respondent_phone or "")
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(case.dispute_type.value),
                                            0))
        self.applied_edit.setDate(_qdate(case.applied_on))
        self.facts_edit.setPlainText(case.facts)
        index = self.organization_combo.findData(case.organization_id)
        self.organization_combo.blockSignals(True)
        self.organization_combo.setCurrentIndex(max(index, 0))
        self.organization_combo.blockSignals(False)
        lead_first = sorted(case.mediators, key=lambda m: not m.is_lead)
        self._fill_mediators([m.mediator_id for m in lead_first])
        self._modified_snapshot = self._snapshot()

    def mediation_input(self) -> MediationInput:
        applicants = [row.value() for row in self.applicant_rows if not row.is_empty()]
        claims = [row.value() for row in self.claim_rows if not row.is_empty()]
        respondent_id = self.respondent_edit.enterprise_id()
        return MediationInput(
            applicants=applicants,
            dispute_type=str(self.type_combo.currentData()),
            claims=claims,
            organization_id=self.organization_combo.currentData(),
            mediator_ids=self.mediator_ids(),
            respondent_id=respondent_id,
            respondent_name="" if respondent_id else self.respondent_edit.text().strip(),
            respondent_representative=self.representative_edit.text().strip(),
            respondent_phone=self.respondent_phone_edit.text().strip(),
            facts=self.facts_edit.toPlainText().strip(),
            head_count=self.head_count_spin.value(),
            applied_on=self.applied_edit.date().toString("yyyy-MM-dd"),
            uuid=self.save_keys.key() if self.case is None else "",
        )

    def save(self) -> MediationCaseRead | None:
        self.clear_errors()
        try:
            if self.case is None:
                saved = self.app.mediation.apply(self.mediation_input())
            else:
                saved = self.app.mediation.update(self.case.id, self.mediation_input(),
                                                  self.case.version)
        except UnionCaseError as exc:
            self.show_errors(exc)
            return None
        log.info("mediation application saved: %s", saved.number)
        self.save_keys.done()
        self.case = saved
        self.case_saved.emit(saved)
        self.accept()
        return saved

    # -- errors ------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()
        for applicant in self.applicant_rows:
            applicant.show_error("")
        for claim in self.claim_rows:
            claim.show_error("")
        self.general_error.hide()

    def show_errors(self, exc: UnionCaseError) -> None:
        """Each error next to its field; rows by their index among the rows sent."""
        if not isinstance(exc, ValidationError | ValidationErrors):
            show_error(self, exc)
            return
        errors = list(exc.errors) if isinstance(exc, ValidationErrors) else [exc]
        applicants = [row for row in self.applicant_rows if not row.is_empty()]
        claims = [row for row in self.claim_rows if not row.is_empty()]
        general: list[str] = []
        row_errors: dict[ApplicantRow | ClaimRow, list[str]] = {}  # every error of a row
        for error in errors:
            text = field_text(error)
            key = error.field or ""
            match = ROW_FIELD.match(key)
            if match:
                rows: list[ApplicantRow] | list[ClaimRow] = (
                    applicants if match.group(1) == "applicants" else claims)
                index = int(match.group(2))
                if index < len(rows):
                    row = rows[index]
                    label = _row_field_label(match.group(3) or "")
                    row_errors.setdefault(row, []).append(f"{label}{text}" if label else text)
                    continue
            if key == "respondent_id":
                key = "respondent_name"
            target = self._errors.get(key)
            if target is not None:
                target.setText(text)
                target.show()
            else:
                general.append(text)
        for row, texts in row_errors.items():
            row.show_error("；".join(texts))
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()

    def error_text(self, key: str) -> str:
        return self._errors[key].text()

    # -- leaving -----------------------------------------------------------------------------
    def _snapshot(self) -> tuple[object, ...]:
        data = self.mediation_input()
        return (tuple(data.applicants), data.dispute_type, tuple(data.claims),
                data.organization_id, tuple(data.mediator_ids), data.respondent_id,
                data.respondent_name, data.respondent_representative, data.respondent_phone,
                data.facts, data.head_count, data.applied_on)

    def has_input(self) -> bool:
        if self.case is not None:
            return self._snapshot() != self._modified_snapshot
        return any(not row.is_empty() for row in self.applicant_rows) or any(
            not row.is_empty() for row in self.claim_rows) or bool(
            self.respondent_edit.text().strip() or self.facts_edit.toPlainText().strip())

    def reject(self) -> None:
        """Leaving with typed input asks first (non-blocking)."""
        if not self.has_input():
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          self.tr("Discard what was typed? Nothing has been saved."),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("discardBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._on_discard_answer(box))
        self._discard_box = box
        box.open()

    def _on_discard_answer(self, box: QMessageBox) -> None:
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Discard:
            super().reject()


def _row_field_label(field: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        "name": translate("MediationEntryDialog", "Name: "),
        "id_number": translate("MediationEntryDialog", "ID number: "),
        "phone": translate("MediationEntryDialog", "Phone: "),
        "item": translate("MediationEntryDialog", "Claim: "),
        "amount": translate("MediationEntryDialog", "Amount: "),
    }
    return labels.get(field, "")


def _qdate(day: object) -> QDate:
    from datetime import date

    assert isinstance(day, date)
    return QDate(day.year, day.month, day.day)

