"""An aid application's page: the applicant and the hardship file, the request, the warnings,
the steps its status and the operator's role allow (审核, 审批, 发放, 不予救助), timeline, links
and attachments, and the approval form to print."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
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

from ui.dialogs.mediation_step_dialogs import ReasonDialog, StepDialog, date_edit, date_text, qdate
from ui.models.aid_table_model import warning_texts
from ui.tasks import TaskRunner
from ui.widgets.case_records import CaseRecordsTabs
from unioncase.domain.aid import (
    STEP_APPROVE,
    STEP_PAY,
    STEP_REJECT,
    STEP_REVIEW,
    AidStatus,
    PaymentMethod,
    allowed,
)
from unioncase.domain.enums import RecordKind
from unioncase.domain.errors import ConflictError, UnionCaseError
from unioncase.domain.money import amount_in_capitals, format_yuan
from unioncase.models.aid import AidApplicationRead
from unioncase.services import UnionCase
from unioncase.services.aid import masked_account

log = logging.getLogger(__name__)

GREEN = "#1e8449"
AMBER = "#b9770e"
RED = "#c0392b"
GREY = "#7f8c8d"
BADGE = ("QLabel {{ background: {bg}; color: white; font-weight: bold; border-radius: 3px;"
         " padding: 2px 8px; }}")
STATUS_COLOURS = {AidStatus.APPLIED: "#2e86c1", AidStatus.REVIEWED: AMBER,
                  AidStatus.APPROVED: "#2874a6", AidStatus.PAID: GREEN,
                  AidStatus.REJECTED: GREY}
LINE_OF_KIND = {RecordKind.INTAKE.value: "intake"}


class ReviewDialog(StepDialog):
    """审核: the amount proposed for approval and the officer's opinion."""

    def __init__(self, title: str, parent: QWidget | None, case: AidApplicationRead) -> None:
        super().__init__(title, parent)
        self.amount_edit = QLineEdit(format_yuan(case.requested_fen) if case.requested_fen
                                     else "", self)
        self.amount_edit.setObjectName("amountEdit")
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.form.add_field("approved", self.amount_edit).setText(
            self.tr("Amount to approve (yuan)"))
        self.form.add_field("note", self.note_edit).setText(self.tr("Opinion"))
        self.resize(480, 0)

    def value(self) -> tuple[str, str]:
        return self.amount_edit.text().strip(), self.note_edit.text().strip()


class PayDialog(StepDialog):
    """发放: the date, cash or bank transfer, the signed receipt."""

    def __init__(self, title: str, parent: QWidget | None, today: Any) -> None:
        super().__init__(title, parent)
        self.method_combo = QComboBox(self)
        self.method_combo.setObjectName("methodCombo")
        for method in PaymentMethod:
            self.method_combo.addItem(method.value, method.value)
        self.on_edit = date_edit(self, today)
        self.on_edit.setMaximumDate(qdate(today))
        self.receipt_check = QCheckBox(self.tr("The receipt is signed"), self)
        self.receipt_check.setObjectName("receiptCheck")
        self.receipt_check.setChecked(True)
        self.form.add_field("method", self.method_combo).setText(self.tr("Method"))
        self.form.add_field("on", self.on_edit).setText(self.tr("Date"))
        self.form.add_field("receipt", self.receipt_check).setText(self.tr("Receipt"))
        self.resize(420, 0)

    def value(self) -> tuple[str, str, bool]:
        return (str(self.method_combo.currentData()), date_text(self.on_edit),
                self.receipt_check.isChecked())


class AidCasePage(QDialog):
    print_requested = Signal(str, str)
    person_requested = Signal(int)
    file_requested = Signal(int)  # person id: the hardship file
    linked_case_requested = Signal(str, str)
    case_changed = Signal(object)  # AidApplicationRead
    closed = Signal()

    def __init__(self, app: UnionCase, case_id: int, parent: QWidget | None = None, *,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.case_id = case_id
        self.case: AidApplicationRead | None = None
        self.step_dialog: StepDialog | None = None
        self.setObjectName("aidCasePage")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.records = CaseRecordsTabs(app.aid, case_id, self, runner=runner)
        self._build_ui()
        self.retranslate_ui()
        self.refresh()

    def _build_ui(self) -> None:
        self.number_label = QLabel(self)
        font = QFont(self.number_label.font())
        font.setPointSize(font.pointSize() + 5)
        font.setBold(True)
        self.number_label.setFont(font)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_badge = QLabel(self)
        self.status_badge.setObjectName("statusBadge")
        self.program_badge = QLabel(self)
        self.program_badge.setStyleSheet(BADGE.format(bg="#5d6d7e"))
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printButton")
        self.close_button = QPushButton(self)
        header = QHBoxLayout()
        header.addWidget(self.number_label)
        header.addSpacing(10)
        header.addWidget(self.status_badge)
        header.addWidget(self.program_badge)
        header.addStretch(1)
        header.addWidget(self.print_button)
        header.addWidget(self.close_button)

        self.steps_box = QGroupBox(self)
        steps = QHBoxLayout(self.steps_box)
        self.step_buttons: dict[str, QPushButton] = {}
        for name, slot in (("reviewButton", lambda: self.open_step("review")),
                           ("approveButton", lambda: self.open_step("approve")),
                           ("payButton", lambda: self.open_step("pay")),
                           ("rejectButton", lambda: self.open_step("reject")),
                           ("fileButton", self._on_file_clicked)):
            button = QPushButton(self.steps_box)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            if name == "fileButton":
                steps.addSpacing(16)
            steps.addWidget(button)
            self.step_buttons[name] = button
        steps.addStretch(1)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("warningsLabel")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet(
            "QLabel#warningsLabel { background: #fdf2d9; border: 1px solid #e5c07b;"
            " border-radius: 4px; padding: 6px 8px; color: #7d5a00; }")
        self.warnings_label.hide()

        self.details = QGroupBox(self)
        self.details_form = QFormLayout(self.details)
        self.details_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._keys: dict[str, QLabel] = {}
        self._values: dict[str, QLabel] = {}
        for key in ("person", "id_number", "phone", "category", "account", "program", "batch",
                    "applied_on", "requested", "reason", "review", "approval", "payment",
                    "reject_reason", "recorded"):
            caption = QLabel(self.details)
            value = QLabel(self.details)
            value.setObjectName(f"{key}Value")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByMouse)
            value.linkActivated.connect(self._on_link)
            self.details_form.addRow(caption, value)
            self._keys[key] = caption
            self._values[key] = value
        body = QHBoxLayout()
        body.addWidget(self.details, 2)
        body.addWidget(self.records, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.steps_box)
        layout.addWidget(self.message_label)
        layout.addWidget(self.warnings_label)
        layout.addLayout(body, 1)
        self.close_button.clicked.connect(self.close)
        self.print_button.clicked.connect(self._print)
        self.records.link_activated.connect(self._on_record_link)
        self.records.message.connect(self._say)
        QShortcut(QKeySequence.StandardKey.Print, self, self._print)
        self.resize(1180, 700)

    def retranslate_ui(self) -> None:
        self.print_button.setText(self.tr("Print approval form"))
        self.close_button.setText(self.tr("Close"))
        self.steps_box.setTitle(self.tr("Steps"))
        for name, text in (("reviewButton", self.tr("Review...")),
                           ("approveButton", self.tr("Approve...")),
                           ("payButton", self.tr("Pay...")),
                           ("rejectButton", self.tr("Reject...")),
                           ("fileButton", self.tr("Hardship file..."))):
            self.step_buttons[name].setText(text)
        self.details.setTitle(self.tr("Application"))
        labels = {"person": self.tr("Applicant"), "id_number": self.tr("ID number"),
                  "phone": self.tr("Phone"), "category": self.tr("Hardship"),
                  "account": self.tr("Bank account"), "program": self.tr("Program"),
                  "batch": self.tr("Batch"), "applied_on": self.tr("Applied on"),
                  "requested": self.tr("Requested"), "reason": self.tr("Reason"),
                  "review": self.tr("Review"), "approval": self.tr("Approval"),
                  "payment": self.tr("Payment"), "reject_reason": self.tr("Not granted because"),
                  "recorded": self.tr("Recorded by")}
        for key, text in labels.items():
            self._keys[key].setText(text)
        self.records.retranslate_ui()
        if self.case is not None:
            self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)

    # -- content -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.case = self.app.aid.get(self.case_id)
        self.records.refresh()
        self._show()

    def _show(self) -> None:
        c = self.case
        assert c is not None
        self.setWindowTitle(self.tr("UnionCase - Aid - %1").replace("%1", c.number))
        self.number_label.setText(c.number)
        self.status_badge.setText(c.status.value)
        self.status_badge.setStyleSheet(BADGE.format(bg=STATUS_COLOURS.get(c.status, GREY)))
        self.program_badge.setText(c.program_name)

        def money(fen: int | None) -> str:
            if not fen:
                return ""
            return self.tr("%1 yuan (RMB %2)").replace("%1", format_yuan(fen)).replace(
                "%2", amount_in_capitals(fen))

        review = ""
        if c.reviewed_on:
            review = "  ".join(x for x in (c.reviewed_on.isoformat(), c.reviewed_by or "",
                                           money(c.approved_fen), c.review_note or "") if x)
        approval = "  ".join(x for x in ((c.approved_on.isoformat() if c.approved_on else ""),
                                         c.approved_by or "") if x)
        payment = ""
        if c.paid_on:
            payment = "  ".join(x for x in (c.paid_on.isoformat(),
                                            c.method.value if c.method else "",
                                            self.tr("receipt signed") if c.receipt_signed
                                            else "") if x)
        values = {
            "person": f'<a href="person:{c.person_id}">{c.person_name}</a>',
            "id_number": c.id_number or "", "phone": c.phone or "",
            "category": (f'<a href="file:{c.person_id}">'
                         f'{c.category.value if c.category else self.tr("no hardship file")}</a>'),
            "account": masked_account(c.bank_account), "program": c.program_name,
            "batch": c.batch_name or "", "applied_on": c.applied_on.isoformat(),
            "requested": money(c.requested_fen), "reason": c.reason,
            "review": review, "approval": approval, "payment": payment,
            "reject_reason": c.reject_reason or "",
            "recorded": f"{c.created_by}  {c.created_at.astimezone():%Y-%m-%d %H:%M}",
        }
        for key, value in values.items():
            label = self._values[key]
            label.setTextFormat(Qt.TextFormat.RichText if key in ("person", "category")
                                else Qt.TextFormat.PlainText)
            label.setText(value)
            self.details_form.setRowVisible(label, bool(value) or key in (
                "person", "program", "requested", "category"))
        texts = warning_texts(c)
        self.warnings_label.setText("\n".join(f"⚠ {t}" for t in texts))
        self.warnings_label.setVisible(bool(texts))
        steps = {"reviewButton": STEP_REVIEW, "approveButton": STEP_APPROVE,
                 "payButton": STEP_PAY, "rejectButton": STEP_REJECT}
        for name, step in steps.items():
            enabled = allowed(step, c.status)
            if step == STEP_PAY:
                enabled = enabled and c.batch_id is None  # a batch is paid as a whole
            self.step_buttons[name].setEnabled(enabled)

    def enabled_steps(self) -> set[str]:
        return {n for n, b in self.step_buttons.items() if b.isEnabled()}

    # -- steps -------------------------------------------------------------------------------
    def _say(self, text: str, colour: str = GREEN) -> None:
        self.message_label.setStyleSheet(f"color: {colour};" if colour else "")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _runner(self, step: Callable[[AidApplicationRead, Any], AidApplicationRead],
                done: str) -> Callable[[Any], AidApplicationRead]:
        def run(value: Any) -> AidApplicationRead:
            assert self.case is not None
            try:
                case = step(self.case, value)
            except ConflictError:
                try:
                    self.refresh()
                except UnionCaseError:
                    log.warning("could not reload aid application %s", self.case_id)
                raise
            self.case = case
            self.records.refresh()
            self._show()
            self._say(done)
            self.case_changed.emit(case)
            return case

        return run

    def open_step(self, name: str) -> StepDialog:
        c = self.case
        assert c is not None
        aid = self.app.aid
        today = self.app.ctx.today()
        dialog: StepDialog
        if name == "review":
            dialog = ReviewDialog(self.tr("Review the application"), self, c)
            dialog.run = self._runner(lambda cc, v: aid.review(
                cc.id, cc.version, approved=v[0], note=v[1]), self.tr("Reviewed."))
        elif name == "approve":
            dialog = ReasonDialog(self.tr("Approve the aid"), "", self, today=today,
                                  with_reason=False, reason_required=False)
            dialog.set_intro(self.tr("Approve %1 for %2?").replace(
                "%1", format_yuan(c.approved_fen or 0) + self.tr(" yuan")).replace(
                "%2", c.person_name))
            dialog.run = self._runner(lambda cc, v: aid.approve(cc.id, cc.version, on=v[1]),
                                      self.tr("Approved."))
        elif name == "pay":
            dialog = PayDialog(self.tr("Pay the aid"), self, today)
            dialog.run = self._runner(lambda cc, v: aid.pay(
                cc.id, cc.version, method=v[0], on=v[1], receipt_signed=v[2]),
                self.tr("Paid."))
        elif name == "reject":
            dialog = ReasonDialog(self.tr("Do not grant"), self.tr("Why is no aid granted?"),
                                  self, today=today,
                                  warning=self.tr("The applicant will get no aid from this "
                                                  "application."))
            dialog.ok_button().setText(self.tr("Do not grant"))
            dialog.run = self._runner(lambda cc, v: aid.reject(cc.id, v[0], cc.version,
                                                               on=v[1]),
                                      self.tr("Not granted; the reason is recorded."))
        else:
            raise ValueError(name)
        dialog.setObjectName(f"{name}Dialog")
        self.step_dialog = dialog
        dialog.open()
        return dialog

    def _on_file_clicked(self) -> None:
        if self.case is not None:
            self.file_requested.emit(self.case.person_id)

    def _on_link(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if value.isdigit():
            if kind == "person":
                self.person_requested.emit(int(value))
            elif kind == "file":
                self.file_requested.emit(int(value))

    def _on_record_link(self, kind: str, number: str) -> None:
        if kind == RecordKind.PERSON.value:
            person = self.app.persons.by_number(number)
            if person is not None:
                self.person_requested.emit(person.id)
        elif kind in LINE_OF_KIND:
            self.linked_case_requested.emit(LINE_OF_KIND[kind], number)

    def _print(self) -> None:
        if self.case is not None:
            self.print_requested.emit(self.case.number, "")
