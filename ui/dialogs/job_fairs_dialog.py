"""Job fairs (招聘会): the list with each fair's figures, a new fair, the employers taking part
and the positions they offer, and the fair's summary sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
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

from ui.dialogs.job_seeker_page import pay_text
from ui.dialogs.mediation_step_dialogs import date_edit, date_text
from ui.messages import show_error
from ui.save_keys import SaveKeys
from ui.widgets.enterprise_picker import EnterprisePicker
from unioncase.domain.errors import UnionCaseError
from unioncase.models.jobs import JobFairRead
from unioncase.services import UnionCase
from unioncase.services.jobs import FairInput, PositionInput, ReferralInput

FAIR_ROLE = Qt.ItemDataRole.UserRole + 1


def _table(parent: QWidget, name: str, model: QStandardItemModel) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class JobFairsDialog(QDialog):
    fairs_changed = Signal()
    summary_ready = Signal(bytes, str)  # PDF, file name

    def __init__(self, app: UnionCase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.save_keys = SaveKeys()
        self.setObjectName("jobFairsDialog")
        self.fairs: list[JobFairRead] = []
        self.fairs_model = QStandardItemModel(self)
        self.positions_model = QStandardItemModel(self)
        self.fairs_view = _table(self, "fairsTable", self.fairs_model)
        self.positions_view = _table(self, "positionsTable", self.positions_model)
        self.new_box = QGroupBox(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("fairNameEdit")
        self.held_edit = date_edit(self, app.ctx.today())
        self.venue_edit = QLineEdit(self)
        self.organizer_edit = QLineEdit(self)
        self.campaign_edit = QLineEdit(self)
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("createFairButton")
        new = QHBoxLayout(self.new_box)
        self.new_labels = [QLabel(self) for _ in range(5)]
        for label, widget in zip(self.new_labels, (self.name_edit, self.held_edit,
                                                   self.venue_edit, self.organizer_edit,
                                                   self.campaign_edit), strict=True):
            new.addWidget(label)
            new.addWidget(widget, 1 if widget is not self.held_edit else 0)
        new.addWidget(self.create_button)
        self.position_box = QGroupBox(self)
        self.employer_edit = EnterprisePicker(app, self)
        self.employer_edit.setObjectName("employerEdit")
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.wanted_spin = QSpinBox(self)
        self.wanted_spin.setRange(1, 10000)
        self.pay_min_edit = QLineEdit(self)
        self.pay_max_edit = QLineEdit(self)
        self.requirements_edit = QLineEdit(self)
        self.add_position_button = QPushButton(self)
        self.add_position_button.setObjectName("addPositionButton")
        position = QHBoxLayout(self.position_box)
        self.position_labels = [QLabel(self) for _ in range(6)]
        for label, widget in zip(self.position_labels, (
                self.employer_edit, self.title_edit, self.wanted_spin, self.pay_min_edit,
                self.pay_max_edit, self.requirements_edit), strict=True):
            position.addWidget(label)
            position.addWidget(widget, 2 if widget in (self.employer_edit,
                                                       self.requirements_edit) else 1)
        position.addWidget(self.add_position_button)
        self.matches_model = QStandardItemModel(self)
        self.matches_view = _table(self, "matchingSeekersTable", self.matches_model)
        self.matches_view.setMaximumHeight(160)
        self.matches_label = QLabel(self)
        self.refer_button = QPushButton(self)
        self.refer_button.setObjectName("referSeekerButton")
        self.summary_button = QPushButton(self)
        self.summary_button.setObjectName("summaryButton")
        self.message_label = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        actions = QHBoxLayout()
        actions.addWidget(self.message_label, 1)
        actions.addWidget(self.summary_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.new_box)
        layout.addWidget(self.fairs_view, 2)
        layout.addWidget(self.position_box)
        layout.addWidget(self.positions_view, 3)
        matches = QHBoxLayout()
        matches.addWidget(self.matches_label, 1)
        matches.addWidget(self.refer_button)
        layout.addLayout(matches)
        layout.addWidget(self.matches_view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.create_button.clicked.connect(self.create_fair)
        self.add_position_button.clicked.connect(self.add_position)
        self.summary_button.clicked.connect(self.print_summary)
        self.refer_button.clicked.connect(self.refer_selected)
        self.positions_view.selectionModel().selectionChanged.connect(
            lambda *_: self.show_matches())
        self.fairs_view.selectionModel().selectionChanged.connect(lambda *_: self._show_positions())
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.retranslate_ui()
        self.reload()
        self.resize(1200, 700)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("UnionCase - Job fairs"))
        self.new_box.setTitle(self.tr("New job fair"))
        for label, text in zip(self.new_labels, (self.tr("Name"), self.tr("Date"),
                                                 self.tr("Venue"), self.tr("Organizer"),
                                                 self.tr("Campaign")), strict=True):
            label.setText(text)
        self.campaign_edit.setPlaceholderText(self.tr("e.g. 春风行动2026"))
        self.create_button.setText(self.tr("Create"))
        self.position_box.setTitle(self.tr("A position offered at the selected fair"))
        for label, text in zip(self.position_labels, (
                self.tr("Employer"), self.tr("Position"), self.tr("Wanted"),
                self.tr("Pay from"), self.tr("to"), self.tr("Requirements")), strict=True):
            label.setText(text)
        self.add_position_button.setText(self.tr("Add"))
        self.summary_button.setText(self.tr("Print the fair's summary"))
        self.refer_button.setText(self.tr("Refer the selected seeker"))
        self.matches_label.setText(self.tr("Job seekers that fit the selected position"))
        self.matches_model.setHorizontalHeaderLabels(
            [self.tr("Fit"), self.tr("Number"), self.tr("Name"), self.tr("Desired job"),
             self.tr("Skills"), self.tr("Phone")])
        self.fairs_model.setHorizontalHeaderLabels(
            [self.tr("Fair"), self.tr("Date"), self.tr("Venue"), self.tr("Campaign"),
             self.tr("Employers"), self.tr("Positions"), self.tr("Wanted"), self.tr("Seekers"),
             self.tr("Referrals"), self.tr("Placed")])
        self.positions_model.setHorizontalHeaderLabels(
            [self.tr("Employer"), self.tr("Position"), self.tr("Wanted"),
             self.tr("Pay (yuan a month)"), self.tr("Requirements")])

    def reload(self) -> None:
        selected = self.selected()
        try:
            self.fairs = self.app.jobs.fairs()
        except UnionCaseError as exc:
            show_error(self, exc)
            return
        self.fairs_model.removeRows(0, self.fairs_model.rowCount())
        for f in self.fairs:
            cells = [QStandardItem(x) for x in (
                f.name, f.held_on.isoformat(), f.venue, f.campaign, str(f.employers),
                str(f.positions), str(f.wanted), str(f.seekers), str(f.referrals),
                str(f.placements))]
            cells[0].setData(f.id, FAIR_ROLE)
            self.fairs_model.appendRow(cells)
        if selected is not None:
            self.select(selected.id)
        elif self.fairs:
            self.fairs_view.selectRow(0)
        self._show_positions()

    def selected(self) -> JobFairRead | None:
        rows = self.fairs_view.selectionModel().selectedRows()
        if not rows:
            return None
        fair_id = self.fairs_model.item(rows[0].row(), 0).data(FAIR_ROLE)
        return next((f for f in self.fairs if f.id == fair_id), None)

    def select(self, fair_id: int) -> None:
        for row in range(self.fairs_model.rowCount()):
            if self.fairs_model.item(row, 0).data(FAIR_ROLE) == fair_id:
                self.fairs_view.selectRow(row)

    def _show_positions(self) -> None:
        fair = self.selected()
        self.positions_model.removeRows(0, self.positions_model.rowCount())
        self.add_position_button.setEnabled(fair is not None)
        self.summary_button.setEnabled(fair is not None)
        if fair is None:
            return
        for p in self.app.jobs.positions(fair_id=fair.id, open_only=False):
            cells = [QStandardItem(x) for x in (
                p.enterprise_name, p.title, str(p.wanted), pay_text(p), p.requirements)]
            cells[0].setData(p.id, FAIR_ROLE)
            self.positions_model.appendRow(cells)
        self.show_matches()

    def selected_position(self) -> int | None:
        rows = self.positions_view.selectionModel().selectedRows()
        if not rows:
            return None
        value = self.positions_model.item(rows[0].row(), 0).data(FAIR_ROLE)
        return int(value) if value is not None else None

    def show_matches(self) -> None:
        """The seekers whose desired job fits the selected position (placed ones left out)."""
        self.matches_model.removeRows(0, self.matches_model.rowCount())
        position = self.selected_position()
        self.refer_button.setEnabled(False)
        if position is None:
            return
        for seeker in self.app.jobs.match_seekers(position):
            cells = [QStandardItem(x) for x in (str(seeker.score), seeker.number, seeker.name,
                                                 seeker.desired_job, seeker.skills,
                                                 seeker.phone or "")]
            cells[0].setData(seeker.id, FAIR_ROLE)
            self.matches_model.appendRow(cells)
        self.refer_button.setEnabled(self.matches_model.rowCount() > 0)

    def refer_selected(self) -> bool:
        position = self.selected_position()
        index = self.matches_view.currentIndex()
        row = index.row() if index.isValid() else 0
        item = self.matches_model.item(row, 0)
        if position is None or item is None:
            return False
        fair = self.selected()
        seeker_id = int(item.data(FAIR_ROLE))
        target = ("referral", seeker_id, position)
        try:
            referral = self.app.jobs.refer(ReferralInput(
                seeker_id, position_id=position, fair_id=fair.id if fair else None,
                uuid=self.save_keys.key(target)))
        except UnionCaseError as exc:
            show_error(self, exc)
            return False
        self.save_keys.done(target)
        self.message_label.setText(self.tr("%1 referred to %2.").replace(
            "%1", referral.seeker_name).replace("%2", referral.enterprise_name))
        self.fairs_changed.emit()
        return True

    def create_fair(self) -> JobFairRead | None:
        try:
            fair = self.app.jobs.create_fair(FairInput(
                self.name_edit.text(), date_text(self.held_edit), self.venue_edit.text(),
                self.organizer_edit.text(), self.campaign_edit.text(),
                uuid=self.save_keys.key("fair")))
        except UnionCaseError as exc:
            show_error(self, exc)
            return None
        self.save_keys.done("fair")
        self.name_edit.clear()
        self.reload()
        self.select(fair.id)
        self.message_label.setText(self.tr("Fair created."))
        self.fairs_changed.emit()
        return fair

    def add_position(self) -> bool:
        fair = self.selected()
        enterprise_id = self.employer_edit.enterprise_id()
        if fair is None:
            return False
        if enterprise_id is None:
            self.message_label.setText(self.tr("Choose a registered employer first."))
            return False
        try:
            self.app.jobs.add_position(PositionInput(
                enterprise_id, self.title_edit.text(), self.wanted_spin.value(),
                self.pay_min_edit.text(), self.pay_max_edit.text(),
                self.requirements_edit.text(), fair.id))
        except UnionCaseError as exc:
            show_error(self, exc)
            return False
        for edit in (self.title_edit, self.pay_min_edit, self.pay_max_edit,
                     self.requirements_edit):
            edit.clear()
        self.reload()
        self.message_label.setText(self.tr("Position added."))
        self.fairs_changed.emit()
        return True

    def print_summary(self) -> None:
        fair = self.selected()
        if fair is None:
            return
        from unioncase.services.job_print import fair_summary_pdf  # loads reportlab

        try:
            pdf = fair_summary_pdf(self.app.ctx, fair.id)
        except UnionCaseError as exc:
            show_error(self, exc)
            return
        self.summary_ready.emit(pdf, f"招聘会情况汇总表-{fair.name}.pdf")
