"""A mediation case's page: parties, claims, the mediators and the limit; the sessions and
their records; the agreement and its performance; what to tell the parties now; the workflow
steps its status allows; timeline, links and attachments; and its forms to print.

Every step opens a small dialog (``mediation_step_dialogs``) that runs the step on OK and keeps
the service's errors beside their fields. ``open_step(name)`` opens one (tests fill and submit
it). Each step is checked against the version shown: a case changed elsewhere meanwhile is
refused and reloaded, and the dialog keeps what was typed. The final steps (不予受理, 调解不成,
终止, 撤回) ask before they run, through ``_ask("confirm", ...)``: the only blocking call, so
tests replace it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QKeySequence,
    QShortcut,
    QStandardItem,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.mediation_step_dialogs import (
    AgreementDialog,
    ExtendDialog,
    PerformanceDialog,
    ReasonDialog,
    SessionDialog,
    StepDialog,
)
from ui.tasks import TaskRunner
from ui.widgets.case_records import CaseRecordsTabs, stretch_column, tree
from unioncase.domain.deadlines import DeadlineStatus
from unioncase.domain.enums import RecordKind
from unioncase.domain.errors import ConflictError, UnionCaseError
from unioncase.domain.mediation import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    STEP_ACCEPT,
    STEP_AGREE,
    STEP_EXTEND,
    STEP_FAIL,
    STEP_PERFORMANCE,
    STEP_REJECT,
    STEP_SESSION,
    STEP_TERMINATE,
    STEP_UPDATE,
    STEP_WITHDRAW,
    MediationStatus,
    Performance,
    allowed,
)
from unioncase.domain.money import amount_in_capitals, format_yuan
from unioncase.messages import message
from unioncase.models.mediation import MediationCaseRead, MediationSessionRead
from unioncase.printing.form_names import AGREEMENT, APPLICATION
from unioncase.services import UnionCase

log = logging.getLogger(__name__)

RED = "#c0392b"
AMBER = "#b9770e"
GREEN = "#1e8449"
GREY = "#7f8c8d"
BLUE = "#2874a6"
BADGE = ("QLabel {{ background: {bg}; color: white; font-weight: bold; border-radius: 3px;"
         " padding: 2px 8px; }}")
STATUS_COLOURS = {
    MediationStatus.APPLIED: "#2e86c1", MediationStatus.ACCEPTED: BLUE,
    MediationStatus.IN_MEDIATION: AMBER, MediationStatus.SUCCEEDED: GREEN,
    MediationStatus.FAILED: RED, MediationStatus.TERMINATED: RED,
    MediationStatus.WITHDRAWN: GREY, MediationStatus.REJECTED: GREY,
}
SESSION_ROLE = Qt.ItemDataRole.UserRole + 1
# step button objectName -> the TRANSITIONS step it runs
STEP_OF_BUTTON = {
    "acceptButton": STEP_ACCEPT, "rejectButton": STEP_REJECT, "sessionButton": STEP_SESSION,
    "extendButton": STEP_EXTEND, "agreeButton": STEP_AGREE, "failButton": STEP_FAIL,
    "terminateButton": STEP_TERMINATE, "withdrawButton": STEP_WITHDRAW,
    "performanceButton": STEP_PERFORMANCE, "editButton": STEP_UPDATE,
}
LINE_OF_KIND = {RecordKind.INTAKE.value: "intake", RecordKind.MEDIATION.value: "mediation"}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class MediationCasePage(QDialog):
    print_requested = Signal(str, str)  # case number, form name
    person_requested = Signal(int)  # person id
    enterprise_requested = Signal(int)  # enterprise id
    linked_case_requested = Signal(str, str)  # line of work ("intake" ...), number
    edit_requested = Signal(int)  # case id: the window opens the application form
    case_changed = Signal(object)  # MediationCaseRead, after each step
    closed = Signal()

    def __init__(self, app: UnionCase, case_id: int, parent: QWidget | None = None, *,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.case_id = case_id
        self.case: MediationCaseRead | None = None
        self.step_dialog: StepDialog | None = None
        self.setObjectName("mediationCasePage")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.records = CaseRecordsTabs(app.mediation, case_id, self, runner=runner)
        self._build_ui()
        self._connect()
        self.case = self.app.mediation.get(self.case_id)
        self.retranslate_ui()
        self.refresh()
        self._show_agreement_first()

    # -- construction ------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.number_label = QLabel(self)
        self.number_label.setObjectName("numberLabel")
        font = QFont(self.number_label.font())
        font.setPointSize(font.pointSize() + 5)
        font.setBold(True)
        self.number_label.setFont(font)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_badge = self._badge("statusBadge")
        self.type_badge = self._badge("typeBadge", "#5d6d7e")
        self.collective_badge = self._badge("collectiveBadge", RED)
        self.deadline_label = QLabel(self)
        self.deadline_label.setObjectName("deadlineLabel")
        self.print_button = QToolButton(self)
        self.print_button.setObjectName("printButton")
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.print_menu = QMenu(self.print_button)
        self.print_button.setMenu(self.print_menu)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeButton")

        header = QHBoxLayout()
        header.addWidget(self.number_label)
        header.addSpacing(10)
        for badge in (self.status_badge, self.type_badge, self.collective_badge):
            header.addWidget(badge)
        header.addSpacing(10)
        header.addWidget(self.deadline_label)
        header.addStretch(1)
        header.addWidget(self.print_button)
        header.addSpacing(8)
        header.addWidget(self.close_button)

        self.step_buttons: dict[str, QPushButton] = {}
        slots: dict[str, Callable[[], object]] = {
            "acceptButton": lambda: self.open_step("accept"),
            "rejectButton": lambda: self.open_step("reject"),
            "sessionButton": lambda: self.open_step("add_session"),
            "extendButton": lambda: self.open_step("extend"),
            "agreeButton": lambda: self.open_step("agree"),
            "failButton": lambda: self.open_step("fail"),
            "terminateButton": lambda: self.open_step("terminate"),
            "withdrawButton": lambda: self.open_step("withdraw"),
            "performanceButton": lambda: self.open_step("record_performance"),
            "editButton": self._on_edit_clicked,
        }
        self.steps_box = QGroupBox(self)
        steps = QHBoxLayout(self.steps_box)
        for name, slot in slots.items():
            button = QPushButton(self.steps_box)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            self.step_buttons[name] = button
            if name in ("sessionButton", "failButton", "performanceButton", "editButton"):
                steps.addSpacing(12)
            steps.addWidget(button)
        steps.addStretch(1)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.prompts_label = QLabel(self)
        self.prompts_label.setObjectName("promptsLabel")
        self.prompts_label.setWordWrap(True)
        self.prompts_label.setTextFormat(Qt.TextFormat.RichText)
        self.prompts_label.setStyleSheet(
            "QLabel#promptsLabel { background: #fdf2d9; border: 1px solid #e5c07b;"
            " border-radius: 4px; padding: 6px 8px; }")
        self.prompts_label.hide()

        # details
        self.details = QWidget(self)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        self.parties_box, self.parties_form = self._form_box("partiesBox")
        self.mediation_box, self.mediation_form = self._form_box("mediationBox")
        self.outcome_box, self.outcome_form = self._form_box("outcomeBox")
        self._keys: dict[str, QLabel] = {}
        self._values: dict[str, QLabel] = {}
        for form, keys in (
                (self.parties_form, ("applicants", "head_count", "respondent",
                                     "representative", "dispute_type", "claims", "facts",
                                     "source")),
                (self.mediation_form, ("applied_on", "organization", "mediators",
                                       "accepted_on", "limit", "extension", "reject_reason")),
                (self.outcome_form, ("concluded_on", "outcome_reason", "agreed",
                                     "agreement_terms", "copies", "court_confirm_due",
                                     "arbitration_limit_on", "performance", "recorded"))):
            for key in keys:
                caption = QLabel(self.details)
                value = QLabel(self.details)
                value.setObjectName(f"{key}Value")
                value.setWordWrap(True)
                value.setTextInteractionFlags(
                    Qt.TextInteractionFlag.TextSelectableByMouse
                    | Qt.TextInteractionFlag.LinksAccessibleByMouse
                    | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
                value.linkActivated.connect(self._on_link_activated)
                form.addRow(caption, value)
                self._keys[key] = caption
                self._values[key] = value
        details.addWidget(self.parties_box)
        details.addWidget(self.mediation_box)
        details.addWidget(self.outcome_box)
        details.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.details)
        scroll.setMinimumWidth(440)

        # sessions and agreed items, in front of the timeline, links and attachments
        self.sessions_view, self.sessions_model = tree(self.records, "sessionsList")
        self.record_view = QPlainTextEdit(self.records)
        self.record_view.setObjectName("recordView")
        self.record_view.setReadOnly(True)
        self.sessions_split = QSplitter(Qt.Orientation.Vertical, self.records)
        self.sessions_split.addWidget(self.sessions_view)
        self.sessions_split.addWidget(self.record_view)
        self.sessions_split.setStretchFactor(0, 1)
        self.sessions_split.setStretchFactor(1, 2)
        self.items_view, self.items_model = tree(self.records, "itemsList")
        self.records.insertTab(0, self.sessions_split, "")
        self.records.insertTab(1, self.items_view, "")
        self.records.setCurrentIndex(0)

        body = QHBoxLayout()
        body.addWidget(scroll, 2)
        body.addWidget(self.records, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.steps_box)
        layout.addWidget(self.message_label)
        layout.addWidget(self.prompts_label)
        layout.addLayout(body, 1)
        self.resize(1240, 760)

    def _badge(self, name: str, colour: str = GREY) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setStyleSheet(BADGE.format(bg=colour))
        return label

    def _form_box(self, name: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(self)
        box.setObjectName(name)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return box, form

    def _connect(self) -> None:
        self.close_button.clicked.connect(self.close)
        self.print_button.clicked.connect(lambda: self.print_form(""))
        self.sessions_view.activated.connect(lambda index: self.edit_session(index.row()))
        self.sessions_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_record(current.row()))
        self.records.link_activated.connect(self._on_record_link)
        self.records.message.connect(self._say)
        QShortcut(QKeySequence.StandardKey.Print, self, lambda: self.print_form(""))

    def retranslate_ui(self) -> None:
        self.close_button.setText(self.tr("Close"))
        self.print_button.setText(self.tr("Print"))
        self.print_button.setToolTip(
            self.tr("Print the agreement once successful, the application before (Ctrl+P); "
                    "the arrow lists every form"))
        self.collective_badge.setText(self.tr("Collective dispute"))
        self.steps_box.setTitle(self.tr("Mediation steps"))
        texts = {
            "acceptButton": self.tr("Accept..."), "rejectButton": self.tr("Do not accept..."),
            "sessionButton": self.tr("Record a session..."),
            "extendButton": self.tr("Extend..."), "agreeButton": self.tr("Agreement..."),
            "failButton": self.tr("No agreement..."), "terminateButton": self.tr("Terminate..."),
            "withdrawButton": self.tr("Withdrawn..."),
            "performanceButton": self.tr("Performance..."),
            "editButton": self.tr("Edit application..."),
        }
        for name, text in texts.items():
            self.step_buttons[name].setText(text)
        self.parties_box.setTitle(self.tr("Parties and claims"))
        self.mediation_box.setTitle(self.tr("Mediation"))
        self.outcome_box.setTitle(self.tr("Outcome"))
        labels = {
            "applicants": self.tr("Applicants"), "head_count": self.tr("Workers"),
            "respondent": self.tr("Respondent"), "representative": self.tr("Representative"),
            "dispute_type": self.tr("Dispute type"), "claims": self.tr("Claims"),
            "facts": self.tr("Facts"), "source": self.tr("Came from"),
            "applied_on": self.tr("Applied on"), "organization": self.tr("Organization"),
            "mediators": self.tr("Mediators"), "accepted_on": self.tr("Accepted on"),
            "limit": self.tr("Limit"), "extension": self.tr("Extension"),
            "reject_reason": self.tr("Not accepted because"),
            "concluded_on": self.tr("Concluded on"), "outcome_reason": self.tr("Reason"),
            "agreed": self.tr("Agreed amount"), "agreement_terms": self.tr("Terms"),
            "copies": self.tr("Copies"), "court_confirm_due": self.tr("Court confirmation by"),
            "arbitration_limit_on": self.tr("Arbitration by"),
            "performance": self.tr("Performance"), "recorded": self.tr("Recorded by"),
        }
        for key, text in labels.items():
            self._keys[key].setText(text)
        self.sessions_model.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Date"), self.tr("Place"), self.tr("Attendees"),
             self.tr("Record")])
        self.items_model.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Amount (yuan)"), self.tr("Payer"), self.tr("Payee"),
             self.tr("Pay by"), self.tr("Paid on")])
        stretch_column(self.sessions_view, 4)
        stretch_column(self.items_view, 0)
        self.records.retranslate_ui()
        self._update_tab_titles()
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
        self.case = self.app.mediation.get(self.case_id)
        self.records.refresh()
        self._show()

    def _show(self) -> None:
        c = self.case
        assert c is not None
        self.setWindowTitle(self.tr("UnionCase - Mediation - %1").replace("%1", c.number))
        self.number_label.setText(c.number)
        self.status_badge.setText(c.status.value)
        self.status_badge.setStyleSheet(BADGE.format(bg=STATUS_COLOURS.get(c.status, GREY)))
        self.type_badge.setText(c.dispute_type.value)
        self.collective_badge.setVisible(c.is_collective)
        self._show_deadline(c)
        self._show_details(c)
        self._show_prompts(c)
        self._show_sessions(c)
        self._show_items(c)
        self._update_tab_titles()
        self._update_buttons(c)
        self._fill_print_menu(c)

    def _show_deadline(self, c: MediationCaseRead) -> None:
        if c.current_due is None or c.deadline_status is None:
            self.deadline_label.clear()
            return
        days = (c.current_due - self.app.ctx.today()).days
        if c.deadline_status is DeadlineStatus.OVERDUE:
            text, colour = self.tr("Overdue by %1 days").replace("%1", str(-days)), RED
        elif days == 0:
            text, colour = self.tr("the limit ends today"), AMBER
        else:
            colour = AMBER if c.deadline_status is DeadlineStatus.DUE_SOON else GREEN
            text = self.tr("%1 days left").replace("%1", str(days))
        due = self.tr("Limit %1").replace("%1", c.current_due.isoformat())
        extended_text = self.tr("extended")
        extended = f" · {extended_text}" if c.extended else ""
        self.deadline_label.setText(f'{due}{extended} · <b style="color:{colour}">{text}</b>')
        self.deadline_label.setProperty("deadline", c.deadline_status.value)

    def _show_details(self, c: MediationCaseRead) -> None:
        def day(value: date | None) -> str:
            return value.isoformat() if value else ""

        applicants = "<br>".join(
            f'<a href="person:{p.person_id}">{_escape(p.name)}</a>'
            + (f"  <span style='color:{GREY}'>{_escape(p.id_number)}</span>"
               if p.id_number else "")
            + (f"  {_escape(p.phone)}" if p.phone else "")
            for p in c.applicants)
        respondent = ""
        if c.respondent_id is not None:
            respondent = (f'<a href="enterprise:{c.respondent_id}">'
                          f'{_escape(c.respondent_name or "")}</a>')
            if c.respondent_credit_code:
                respondent += f"  <span style='color:{GREY}'>{c.respondent_credit_code}</span>"
        representative = "  ".join(x for x in (c.respondent_representative or "",
                                               c.respondent_phone or "") if x)
        claims = "<br>".join(
            f"{_escape(claim.item)}  {format_yuan(claim.amount_fen) if claim.amount_fen else ''}"
            for claim in c.claims)
        if c.claimed_fen:
            claims += "<br><b>" + self.tr("Total %1 yuan (RMB %2)").replace(
                "%1", format_yuan(c.claimed_fen)).replace(
                "%2", amount_in_capitals(c.claimed_fen)) + "</b>"
        source = ""
        if c.source_number:
            source = (f'{_escape(c.source.value)}  <a href="intake-number:{c.source_number}">'
                      f"{c.source_number}</a>")
        presiding = self.tr("presiding")
        mediators = "、".join(
            m.name + (f"（{presiding}）" if m.is_lead else "")
            for m in sorted(c.mediators, key=lambda m: not m.is_lead))
        limit = ""
        if c.limit_due:
            limit = day(c.limit_due)
            if c.due_on and c.due_on != c.limit_due:
                limit += "  →  " + day(c.due_on)
            if c.concluded_late:
                late = self.tr("concluded after the limit")
                limit += f"  <b style='color:{RED}'>{late}</b>"
        extension = ""
        if c.extended:
            extension = self.tr("With both parties' consent: %1").replace(
                "%1", _escape(c.extension_reason or ""))
        agreed = ""
        if c.agreed_fen:
            agreed = self.tr("%1 yuan (RMB %2)").replace("%1", format_yuan(c.agreed_fen)) \
                .replace("%2", amount_in_capitals(c.agreed_fen))
        performance = ""
        if c.performance is not None:
            performance = "  ".join(x for x in (c.performance.value, day(c.performance_on),
                                                _escape(c.performance_note or "")) if x)
        values = {
            "applicants": applicants,
            "head_count": str(c.head_count),
            "respondent": respondent or _escape(c.respondent_name or ""),
            "representative": _escape(representative),
            "dispute_type": c.dispute_type.value,
            "claims": claims,
            "facts": _escape(c.facts).replace("\n", "<br>"),
            "source": source,
            "applied_on": day(c.applied_on),
            "organization": _escape(c.organization_name or ""),
            "mediators": _escape(mediators),
            "accepted_on": day(c.accepted_on),
            "limit": limit,
            "extension": extension,
            "reject_reason": _escape(c.reject_reason or ""),
            "concluded_on": day(c.concluded_on) if c.status in CLOSED_STATUSES else "",
            "outcome_reason": _escape(c.outcome_reason or ""),
            "agreed": agreed,
            "agreement_terms": _escape(c.agreement_terms or "").replace("\n", "<br>"),
            "copies": str(c.copies) if c.status is MediationStatus.SUCCEEDED else "",
            "court_confirm_due": day(c.court_confirm_due),
            "arbitration_limit_on": day(c.arbitration_limit_on),
            "performance": performance,
            "recorded": f"{_escape(c.created_by)}  {c.created_at.astimezone():%Y-%m-%d %H:%M}",
        }
        always = {"applicants", "respondent", "dispute_type", "claims", "applied_on",
                  "organization", "mediators", "recorded"}
        for key, value in values.items():
            label = self._values[key]
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText(value)
            label.parentWidget()
            form = self._form_of(key)
            form.setRowVisible(label, bool(value) or key in always)
        self.outcome_box.setVisible(c.status in CLOSED_STATUSES)

    def _form_of(self, key: str) -> QFormLayout:
        for form in (self.parties_form, self.mediation_form, self.outcome_form):
            if form.indexOf(self._values[key]) >= 0:
                return form
        raise KeyError(key)

    def prompt_texts(self, c: MediationCaseRead) -> list[str]:
        from ui import i18n

        language = i18n.current_language()
        return [message(f"mediation_prompt_{p.code.value}", language,
                        due=p.due_on.isoformat() if p.due_on else "")
                for p in c.prompts]

    def _show_prompts(self, c: MediationCaseRead) -> None:
        texts = self.prompt_texts(c)
        self.prompts_label.setText("<br>".join(f"• {_escape(t)}" for t in texts))
        self.prompts_label.setVisible(bool(texts))

    def _show_sessions(self, c: MediationCaseRead) -> None:
        model = self.sessions_model
        model.removeRows(0, model.rowCount())
        for session in c.sessions:
            excerpt = " ".join(session.record.split())
            if len(excerpt) > 80:
                excerpt = excerpt[:80] + "…"
            items = [QStandardItem(self.tr("No. %1").replace("%1", str(session.seq))),
                     QStandardItem(session.held_on.isoformat()), QStandardItem(session.place),
                     QStandardItem(session.attendees), QStandardItem(excerpt)]
            items[0].setData(session, SESSION_ROLE)
            items[4].setToolTip(session.record)
            model.appendRow(items)
        if c.sessions:
            last = model.rowCount() - 1
            self.sessions_view.setCurrentIndex(model.index(last, 0))
            self._show_record(last)
        else:
            self.record_view.clear()

    def _show_record(self, row: int) -> None:
        item = self.sessions_model.item(row, 0) if row >= 0 else None
        session = item.data(SESSION_ROLE) if item is not None else None
        if not isinstance(session, MediationSessionRead):
            self.record_view.clear()
            return
        head = self.tr("Session %1, %2, %3").replace("%1", str(session.seq)).replace(
            "%2", session.held_on.isoformat()).replace("%3", session.place)
        lines = [head]
        if session.attendees:
            lines.append(self.tr("Attendees: %1").replace("%1", session.attendees))
        self.record_view.setPlainText("\n".join(lines) + "\n\n" + session.record)

    def _show_items(self, c: MediationCaseRead) -> None:
        model = self.items_model
        model.removeRows(0, model.rowCount())
        for item in c.agreed_items:
            amount = QStandardItem(format_yuan(item.amount_fen))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            amount.setToolTip("人民币" + amount_in_capitals(item.amount_fen))
            model.appendRow([QStandardItem(item.item), amount, QStandardItem(item.payer),
                             QStandardItem(item.payee),
                             QStandardItem(item.due_on.isoformat() if item.due_on else ""),
                             QStandardItem(item.paid_on.isoformat() if item.paid_on else "")])

    def _update_tab_titles(self) -> None:
        c = self.case
        sessions = len(c.sessions) if c else 0
        items = len(c.agreed_items) if c else 0
        self.records.setTabText(self.records.indexOf(self.sessions_split),
                                self.tr("Sessions (%1)").replace("%1", str(sessions)))
        self.records.setTabText(self.records.indexOf(self.items_view),
                                self.tr("Agreement (%1)").replace("%1", str(items)))

    def _update_buttons(self, c: MediationCaseRead) -> None:
        for name, button in self.step_buttons.items():
            step = STEP_OF_BUTTON[name]
            enabled = allowed(step, c.status)
            if step == STEP_PERFORMANCE:
                enabled = enabled and c.performance is not Performance.HONORED
            button.setEnabled(enabled)

    def enabled_steps(self) -> set[str]:
        """The objectNames of the enabled step buttons (for tests)."""
        return {name for name, button in self.step_buttons.items() if button.isEnabled()}

    def _fill_print_menu(self, c: MediationCaseRead) -> None:
        from unioncase.services.mediation_print import forms_for_case  # loads reportlab

        self.print_menu.clear()
        for form in forms_for_case(c):
            action = QAction(form, self.print_menu)
            action.triggered.connect(lambda _=False, f=form: self.print_form(f))
            self.print_menu.addAction(action)
            if form == "调解笔录" and len(c.sessions) > 1:
                action.setText(self.tr("%1 (every session)").replace("%1", form))

    def printable_forms(self) -> list[str]:
        return [a.text() for a in self.print_menu.actions()]

    # -- steps -------------------------------------------------------------------------------
    def _say(self, text: str, colour: str = GREEN) -> None:
        self.message_label.setStyleSheet(f"color: {colour};" if colour else "")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _show_agreement_first(self) -> None:
        """A successful case opens on its agreement: what is paid, by whom and when."""
        if self.case is not None and self.case.status is MediationStatus.SUCCEEDED:
            self.records.setCurrentWidget(self.items_view)

    def _done(self, case: MediationCaseRead, text: str) -> MediationCaseRead:
        concluded_now = (self.case is not None and self.case.status is not case.status
                         and case.status is MediationStatus.SUCCEEDED)
        self.case = case
        self.records.refresh()
        self._show()
        if concluded_now:
            self._show_agreement_first()
        self._say(text)
        self.case_changed.emit(case)
        return case

    def _guard(self, step: Callable[[MediationCaseRead], MediationCaseRead], done: str
               ) -> Callable[[object], MediationCaseRead]:
        """The service call behind a dialog: on a stale version the page reloads and the error
        is reported (the dialog stays with what was typed)."""
        def run(_value: object) -> MediationCaseRead:
            assert self.case is not None
            try:
                case = step(self.case)
            except ConflictError:
                self._on_conflict()
                raise
            return self._done(case, done)

        return run

    def _on_conflict(self) -> None:
        self._reload_quietly()
        self._say(self.conflict_text(), AMBER)

    def conflict_text(self) -> str:
        return self.tr("This case was changed elsewhere meanwhile and has been reloaded: "
                       "check it and press OK again.")

    def _reload_quietly(self) -> None:
        try:
            self.refresh()
        except UnionCaseError:
            log.warning("could not reload mediation case %s", self.case_id)

    def open_step(self, name: str) -> StepDialog | None:
        """Open the dialog of a workflow step (non-modal); it runs the step on OK."""
        c = self.case
        assert c is not None
        today = self.app.ctx.today()
        service = self.app.mediation
        dialog: StepDialog
        if name == "accept":
            dialog = ReasonDialog(self.tr("Accept the application"), "", self, today=today,
                                  with_reason=False, reason_required=False)
            dialog.set_intro(self.tr("From the acceptance the mediation has 15 days "
                                     "(counted over the holiday calendar)."))
            dialog.run = lambda v: self._guard(
                lambda cc: service.accept(cc.id, cc.version, on=v[1]), self.tr("Accepted."))(v)
        elif name in ("reject", "fail", "terminate", "withdraw"):
            dialog = self._closing_dialog(name, today)
        elif name == "add_session":
            attendees = "、".join([*(p.name for p in c.applicants),
                                  *([c.respondent_representative]
                                    if c.respondent_representative else []),
                                  *(m.name for m in c.mediators)])
            dialog = SessionDialog(
                self.tr("Session %1").replace("%1", str(len(c.sessions) + 1)), self,
                today=today, attendees=attendees,
                place=c.sessions[-1].place if c.sessions else "")
            dialog.run = lambda v: self._guard(
                lambda cc: service.add_session(cc.id, v, cc.version),
                self.tr("Session recorded."))(v)
        elif name == "extend":
            assert c.due_on is not None
            dialog = ExtendDialog(self.tr("Extend the mediation"), self, current_due=c.due_on)
            dialog.run = lambda v: self._guard(
                lambda cc: service.extend(cc.id, v[0], consent=v[1], reason=v[2],
                                          expected_version=cc.version),
                self.tr("Extended."))(v)
        elif name == "agree":
            payee = "、".join(p.name for p in c.applicants)
            claims = [(claim.item, claim.amount_fen) for claim in c.claims if claim.amount_fen]
            dialog = AgreementDialog(self.tr("Mediation agreement"), self, today=today,
                                     payer=c.respondent_name or "", payee=payee, claims=claims,
                                     session_count=len(c.sessions))
            dialog.run = lambda v: self._guard(
                lambda cc: service.agree(cc.id, v, cc.version),
                self.tr("Agreement recorded: print it for the parties to sign."))(v)
        elif name == "record_performance":
            dialog = PerformanceDialog(self.tr("Performance of the agreement"), self,
                                       today=today, items=c.agreed_items,
                                       current=c.performance)
            dialog.run = lambda v: self._guard(
                lambda cc: service.record_performance(
                    cc.id, v[0], note=v[1], paid_item_ids=v[2], on=v[3],
                    expected_version=cc.version),
                self.tr("Performance recorded."))(v)
        else:
            raise ValueError(f"unknown step {name}")
        self.step_dialog = dialog
        dialog.conflict_text = self.conflict_text()
        dialog.setObjectName(f"{name}Dialog")
        dialog.open()
        return dialog

    def _closing_dialog(self, name: str, today: date) -> ReasonDialog:
        service = self.app.mediation
        texts: dict[str, tuple[str, str, str, str]] = {
            "reject": (self.tr("Do not accept"),
                       self.tr("Why is the application not accepted?"),
                       self.tr("Not accepted; the reason is recorded."),
                       self.tr("The application will not be mediated.")),
            "fail": (self.tr("No agreement"), self.tr("Why did the mediation fail?"),
                     self.tr("Mediation ended without agreement: print the notice for "
                             "arbitration."),
                     self.tr("This ends the mediation; the parties may apply for "
                             "arbitration.")),
            "terminate": (self.tr("Terminate the mediation"),
                          self.tr("Why is the mediation terminated?"),
                          self.tr("Mediation terminated: print the notice for arbitration."),
                          self.tr("This ends the mediation; the parties may apply for "
                                  "arbitration.")),
            "withdraw": (self.tr("Application withdrawn"),
                         self.tr("Reason (optional)"), self.tr("Withdrawal recorded."),
                         self.tr("This ends the mediation at the applicant's request.")),
        }
        title, prompt, done, warning = texts[name]
        dialog = ReasonDialog(title, prompt, self, today=today,
                              reason_required=name != "withdraw", warning=warning)
        dialog.ok_button().setText(title)
        questions = {
            "reject": self.tr("Do not accept this application? The applicant is told the "
                              "reason, and the case is closed."),
            "fail": self.tr("End the mediation without agreement? The case is closed and "
                            "the parties are told they may apply for arbitration."),
            "terminate": self.tr("Terminate the mediation? The case is closed and the parties "
                                 "are told they may apply for arbitration."),
            "withdraw": self.tr("Record that the applicant withdrew the application? The case "
                                "is closed."),
        }
        dialog.confirm = lambda: bool(self._ask("confirm", title=title, text=questions[name]))
        calls: dict[str, Callable[[MediationCaseRead, str, str], MediationCaseRead]] = {
            "reject": lambda cc, r, on: service.reject(cc.id, r, cc.version, on=on),
            "fail": lambda cc, r, on: service.fail(cc.id, r, cc.version, on=on),
            "terminate": lambda cc, r, on: service.terminate(cc.id, r, cc.version, on=on),
            "withdraw": lambda cc, r, on: service.withdraw(cc.id, r, cc.version, on=on),
        }
        call = calls[name]
        dialog.run = lambda v: self._guard(lambda cc: call(cc, v[0], v[1]), done)(v)
        return dialog

    def edit_session(self, row: int) -> StepDialog | None:
        """Correct a session's record while the case is open."""
        c = self.case
        item = self.sessions_model.item(row, 0)
        session = item.data(SESSION_ROLE) if item is not None else None
        if c is None or not isinstance(session, MediationSessionRead):
            return None
        if c.status not in OPEN_STATUSES:
            self._say(self.tr("The case is concluded: its session records can no longer be "
                              "changed."), GREY)
            return None
        dialog = SessionDialog(self.tr("Session %1").replace("%1", str(session.seq)), self,
                               today=self.app.ctx.today(), session=session)

        def run(value: Any) -> MediationCaseRead:
            shown = self.case.sessions if self.case is not None else ()
            version = next((s.version for s in shown if s.id == session.id), session.version)
            try:
                self.app.mediation.update_session(session.id, value, version)
            except ConflictError:
                self._on_conflict()
                raise
            return self._done(self.app.mediation.get(self.case_id),
                              self.tr("Session record corrected."))

        dialog.run = run
        dialog.conflict_text = self.conflict_text()
        dialog.setObjectName("editSessionDialog")
        self.step_dialog = dialog
        dialog.open()
        return dialog

    # -- the one blocking call (tests replace it) ---------------------------------------------
    def _ask(self, kind: str, **options: Any) -> Any:
        """Ask the user; kinds: "confirm" (title, text) → True to go on."""
        if kind != "confirm":
            raise ValueError(f"unknown question {kind}")
        box = QMessageBox(QMessageBox.Icon.Question, str(options.get("title", "")),
                          str(options.get("text", "")), QMessageBox.StandardButton.NoButton,
                          self)
        box.setObjectName("confirmBox")
        go: QAbstractButton = box.addButton(str(options.get("title", "")),
                                            QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is go

    def _on_edit_clicked(self) -> None:
        self.edit_requested.emit(self.case_id)

    # -- links and printing ------------------------------------------------------------------
    def _on_link_activated(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if kind == "person" and value.isdigit():
            self.person_requested.emit(int(value))
        elif kind == "enterprise" and value.isdigit():
            self.enterprise_requested.emit(int(value))
        elif kind == "intake-number" and value:
            self.linked_case_requested.emit("intake", value)

    def _on_record_link(self, kind: str, number: str) -> None:
        if kind == RecordKind.PERSON.value:
            person = self.app.persons.by_number(number)
            if person is not None:
                self.person_requested.emit(person.id)
        elif kind in LINE_OF_KIND:
            self.linked_case_requested.emit(LINE_OF_KIND[kind], number)

    def default_form(self) -> str:
        """What the print button prints: the agreement once successful, else the application."""
        forms = self.printable_form_names()
        if self.case is not None and self.case.status is MediationStatus.SUCCEEDED \
                and AGREEMENT in forms:
            return AGREEMENT
        return forms[0] if forms else APPLICATION

    def printable_form_names(self) -> list[str]:
        from unioncase.services.mediation_print import forms_for_case  # loads reportlab

        return forms_for_case(self.case) if self.case is not None else []

    def print_form(self, form: str) -> None:
        """Ask the window to print a form of the case ("": the default form)."""
        if self.case is not None:
            self.print_requested.emit(self.case.number, form or self.default_form())
