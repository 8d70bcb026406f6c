"""A job seeker's page: the registration, the referrals with their results, the open positions
that fit the desired job (refer with one click), the follow-up result of a referral, timeline,
links and attachments, and the letter or form to print."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QStandardItem
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.mediation_step_dialogs import StepDialog, date_edit, date_text, qdate
from ui.messages import show_error
from ui.save_keys import SaveKeys
from ui.tasks import TaskRunner
from ui.widgets.case_records import CaseRecordsTabs, stretch_column, tree
from unioncase.domain.enums import RecordKind
from unioncase.domain.errors import UnionCaseError
from unioncase.domain.jobs import ReferralResult
from unioncase.domain.money import format_yuan
from unioncase.models.jobs import JobSeekerRead, PositionRead, ReferralRead
from unioncase.services import UnionCase
from unioncase.services.jobs import ReferralInput

log = logging.getLogger(__name__)

REFERRAL_ROLE = Qt.ItemDataRole.UserRole + 1
POSITION_ROLE = Qt.ItemDataRole.UserRole + 2
GREEN = "#1e8449"
LINE_OF_KIND = {RecordKind.INTAKE.value: "intake"}


def pay_text(position: PositionRead) -> str:
    low, high = position.pay_min_fen, position.pay_max_fen
    if low and high:
        return f"{format_yuan(low)}—{format_yuan(high)}"
    return format_yuan(low or high or 0) if (low or high) else ""


class ResultDialog(StepDialog):
    """反馈: 已上岗 with the start date, or 未录用 with the reason."""

    def __init__(self, title: str, parent: QWidget | None, today: Any) -> None:
        super().__init__(title, parent)
        self.result_combo = QComboBox(self)
        self.result_combo.setObjectName("resultCombo")
        for result in (ReferralResult.PLACED, ReferralResult.NOT_HIRED):
            self.result_combo.addItem(result.value, result.value)
        self.start_edit = date_edit(self, today)
        self.start_edit.setObjectName("startEdit")
        self.start_edit.setMaximumDate(qdate(today).addDays(60))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.form.add_field("result", self.result_combo).setText(self.tr("Result"))
        self.form.add_field("start_on", self.start_edit).setText(self.tr("Starts work on"))
        self.form.add_field("reason", self.reason_edit).setText(self.tr("Reason not hired"))
        self.result_combo.currentIndexChanged.connect(self._update)
        self._update()
        self.resize(440, 0)

    def _update(self) -> None:
        placed = self.result_combo.currentData() == ReferralResult.PLACED.value
        self.start_edit.setEnabled(placed)
        self.reason_edit.setEnabled(not placed)

    def value(self) -> tuple[str, str, str]:
        placed = self.result_combo.currentData() == ReferralResult.PLACED.value
        return (str(self.result_combo.currentData()),
                date_text(self.start_edit) if placed else "",
                "" if placed else self.reason_edit.text().strip())


class JobSeekerPage(QDialog):
    print_requested = Signal(str, str)
    person_requested = Signal(int)
    linked_case_requested = Signal(str, str)
    case_changed = Signal(object)  # JobSeekerRead
    closed = Signal()

    def __init__(self, app: UnionCase, seeker_id: int, parent: QWidget | None = None, *,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.save_keys = SaveKeys()
        self.seeker_id = seeker_id
        self.seeker: JobSeekerRead | None = None
        self.matches: list[PositionRead] = []
        self.step_dialog: StepDialog | None = None
        self.setObjectName("jobSeekerPage")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.records = CaseRecordsTabs(app.jobs, seeker_id, self, runner=runner)
        self._build_ui()
        self.retranslate_ui()
        self.refresh()

    def _build_ui(self) -> None:
        self.number_label = QLabel(self)
        font = QFont(self.number_label.font())
        font.setPointSize(font.pointSize() + 5)
        font.setBold(True)
        self.number_label.setFont(font)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printButton")
        self.registration_button = QPushButton(self)
        self.registration_button.setObjectName("registrationButton")
        self.close_button = QPushButton(self)
        header = QHBoxLayout()
        header.addWidget(self.number_label)
        header.addStretch(1)
        header.addWidget(self.print_button)
        header.addWidget(self.registration_button)
        header.addWidget(self.close_button)
        self.message_label = QLabel(self)
        self.message_label.hide()
        self.details = QGroupBox(self)
        self.details_form = QFormLayout(self.details)
        self.details_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._keys: dict[str, QLabel] = {}
        self._values: dict[str, QLabel] = {}
        for key in ("name", "id_number", "phone", "education", "situation", "desired_job",
                    "desired_pay", "skills", "source", "notes", "registered_on"):
            caption = QLabel(self.details)
            value = QLabel(self.details)
            value.setObjectName(f"{key}Value")
            value.setWordWrap(True)
            value.linkActivated.connect(self._on_link)
            self.details_form.addRow(caption, value)
            self._keys[key] = caption
            self._values[key] = value
        self.referrals_view, self.referrals_model = tree(self.records, "referralsList")
        self.result_button = QPushButton(self)
        self.result_button.setObjectName("resultButton")
        referrals = QWidget(self.records)
        column = QVBoxLayout(referrals)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.referrals_view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.result_button)
        column.addLayout(row)
        self.matches_view, self.matches_model = tree(self.records, "matchesList")
        self.refer_button = QPushButton(self)
        self.refer_button.setObjectName("referButton")
        matches = QWidget(self.records)
        column = QVBoxLayout(matches)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.matches_view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.refer_button)
        column.addLayout(row)
        self.records.insertTab(0, referrals, "")
        self.records.insertTab(1, matches, "")
        self.records.setCurrentIndex(0)
        self._referrals_tab, self._matches_tab = referrals, matches
        body = QHBoxLayout()
        body.addWidget(self.details, 2)
        body.addWidget(self.records, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.message_label)
        layout.addLayout(body, 1)
        self.close_button.clicked.connect(self.close)
        self.print_button.clicked.connect(lambda: self._print(""))
        self.registration_button.clicked.connect(lambda: self._print("求职登记表"))
        self.result_button.clicked.connect(lambda: self.open_result(self._current_referral()))
        self.refer_button.clicked.connect(self._on_refer_clicked)
        self.matches_view.activated.connect(lambda index: self.refer_to(index.row()))
        self.records.link_activated.connect(self._on_record_link)
        self.records.message.connect(self._say)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.resize(1180, 680)

    def retranslate_ui(self) -> None:
        self.print_button.setText(self.tr("Print referral letter"))
        self.registration_button.setText(self.tr("Print registration form"))
        self.close_button.setText(self.tr("Close"))
        self.result_button.setText(self.tr("Record the result..."))
        self.refer_button.setText(self.tr("Refer to this position"))
        self.details.setTitle(self.tr("Job seeker"))
        labels = {"name": self.tr("Name"), "id_number": self.tr("ID number"),
                  "phone": self.tr("Phone"), "education": self.tr("Education"),
                  "situation": self.tr("Situation"), "desired_job": self.tr("Desired job"),
                  "desired_pay": self.tr("Desired pay"), "skills": self.tr("Skills"),
                  "source": self.tr("Registered at"), "notes": self.tr("Notes"),
                  "registered_on": self.tr("Registered on")}
        for key, text in labels.items():
            self._keys[key].setText(text)
        self.referrals_model.setHorizontalHeaderLabels(
            [self.tr("Referred"), self.tr("Employer"), self.tr("Position"), self.tr("Fair"),
             self.tr("Result"), self.tr("Start / reason"), self.tr("Follow up by")])
        self.matches_model.setHorizontalHeaderLabels(
            [self.tr("Fit"), self.tr("Employer"), self.tr("Position"), self.tr("Wanted"),
             self.tr("Pay (yuan a month)"), self.tr("Requirements")])
        stretch_column(self.referrals_view, 1)
        stretch_column(self.matches_view, 5)
        self.records.retranslate_ui()
        if self.seeker is not None:
            self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)

    def refresh(self) -> None:
        self.seeker = self.app.jobs.get(self.seeker_id)
        self.matches = self.app.jobs.match_positions(self.seeker_id)
        self.records.refresh()
        self._show()

    def _show(self) -> None:
        s = self.seeker
        assert s is not None
        self.setWindowTitle(self.tr("UnionCase - Job seeker - %1").replace("%1", s.number))
        self.number_label.setText(f"{s.number}  {s.name}")
        values = {
            "name": f'<a href="person:{s.person_id}">{s.name}</a>',
            "id_number": s.id_number or "", "phone": s.phone or "",
            "education": s.education.value if s.education else "",
            "situation": s.situation.value, "desired_job": s.desired_job,
            "desired_pay": (self.tr("%1 yuan a month").replace(
                "%1", format_yuan(s.desired_pay_fen)) if s.desired_pay_fen else ""),
            "skills": s.skills, "source": s.fair_name or s.source.value, "notes": s.notes,
            "registered_on": s.registered_on.isoformat(),
        }
        for key, value in values.items():
            label = self._values[key]
            label.setTextFormat(Qt.TextFormat.RichText if key == "name"
                                else Qt.TextFormat.PlainText)
            label.setText(value)
            self.details_form.setRowVisible(label, bool(value) or key in ("name",
                                                                           "desired_job"))
        model = self.referrals_model
        model.removeRows(0, model.rowCount())
        for r in s.referrals:
            detail = (r.start_on.isoformat() if r.start_on else r.reason or "")
            items = [QStandardItem(r.referred_on.isoformat()), QStandardItem(r.enterprise_name),
                     QStandardItem(r.position_title or ""), QStandardItem(r.fair_name or ""),
                     QStandardItem(r.result.value), QStandardItem(detail),
                     QStandardItem(r.follow_up_due.isoformat()
                                   if r.result is ReferralResult.PENDING else "")]
            items[0].setData(r, REFERRAL_ROLE)
            model.appendRow(items)
        if s.referrals:
            self.referrals_view.setCurrentIndex(model.index(model.rowCount() - 1, 0))
        model = self.matches_model
        model.removeRows(0, model.rowCount())
        for p in self.matches:
            items = [QStandardItem(str(p.score)), QStandardItem(p.enterprise_name),
                     QStandardItem(p.title), QStandardItem(str(p.wanted)),
                     QStandardItem(pay_text(p)), QStandardItem(p.requirements)]
            items[0].setData(p, POSITION_ROLE)
            model.appendRow(items)
        self.records.setTabText(self.records.indexOf(self._referrals_tab),
                                self.tr("Referrals (%1)").replace("%1", str(len(s.referrals))))
        self.records.setTabText(self.records.indexOf(self._matches_tab),
                                self.tr("Positions that fit (%1)").replace(
                                    "%1", str(len(self.matches))))
        pending = self._current_referral()
        self.result_button.setEnabled(pending is not None
                                      and pending.result is ReferralResult.PENDING)
        self.refer_button.setEnabled(bool(self.matches))
        self.print_button.setEnabled(bool(s.referrals))

    def _say(self, text: str, colour: str = GREEN) -> None:
        self.message_label.setStyleSheet(f"color: {colour};" if colour else "")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _current_referral(self) -> ReferralRead | None:
        index = self.referrals_view.currentIndex()
        item = self.referrals_model.item(index.row(), 0) if index.isValid() else None
        value = item.data(REFERRAL_ROLE) if item is not None else None
        return value if isinstance(value, ReferralRead) else None

    def refer_to(self, row: int) -> ReferralRead | None:
        item = self.matches_model.item(row, 0)
        position = item.data(POSITION_ROLE) if item is not None else None
        if not isinstance(position, PositionRead):
            return None
        try:
            referral = self.app.jobs.refer(ReferralInput(
                self.seeker_id, position_id=position.id,
                uuid=self.save_keys.key(position.id)))
        except UnionCaseError as exc:
            show_error(self, exc)
            return None
        self.save_keys.done(position.id)
        self.refresh()
        self._say(self.tr("Referred to %1. Print the letter for the seeker to take along.")
                  .replace("%1", f"{referral.enterprise_name} {position.title}"))
        assert self.seeker is not None
        self.case_changed.emit(self.seeker)
        return referral

    def _on_refer_clicked(self) -> None:
        index = self.matches_view.currentIndex()
        self.refer_to(index.row() if index.isValid() else 0)

    def open_result(self, referral: ReferralRead | None) -> StepDialog | None:
        if referral is None or referral.result is not ReferralResult.PENDING:
            return None
        dialog = ResultDialog(self.tr("Result of the referral to %1").replace(
            "%1", referral.enterprise_name), self, self.app.ctx.today())

        def run(value: tuple[str, str, str]) -> ReferralRead:
            answered = self.app.jobs.record_result(referral.id, value[0], referral.version,
                                                   start_on=value[1] or None, reason=value[2])
            self.refresh()
            self._say(self.tr("Result recorded."))
            assert self.seeker is not None
            self.case_changed.emit(self.seeker)
            return answered

        dialog.run = run  # type: ignore[assignment]
        dialog.setObjectName("resultDialog")
        self.step_dialog = dialog
        dialog.open()
        return dialog

    def _on_link(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if kind == "person" and value.isdigit():
            self.person_requested.emit(int(value))

    def _on_record_link(self, kind: str, number: str) -> None:
        if kind in LINE_OF_KIND:
            self.linked_case_requested.emit(LINE_OF_KIND[kind], number)

    def _print(self, form: str) -> None:
        if self.seeker is not None:
            self.print_requested.emit(self.seeker.number, form)
