"""An intake case's page: its details, the workflow steps its status allows, timeline, links
and attachments, and its forms to print.

Small prompts (a reason, the result, a department, the satisfaction) all go through
``_ask(kind, ...)`` and the file chooser through ``_ask_attachment_path()``: the only places that
block, so tests replace them. Copying an attached file runs on the task runner's "files" lane
when the page is given a runner (the window's), otherwise at once.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import (
    QBrush,
    QCloseEvent,
    QColor,
    QDesktopServices,
    QFont,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.messages import show_error
from ui.tasks import TaskRunner
from unioncase.domain.deadlines import DeadlineStatus
from unioncase.domain.enums import RecordKind
from unioncase.domain.errors import UnionCaseError
from unioncase.domain.intake import (
    OPEN_HANDLING_STATUSES,
    ROUTED_HANDLINGS,
    Handling,
    IntakeChannel,
    IntakeStatus,
    Satisfaction,
)
from unioncase.models import AttachmentRead, CaseEventRead, CaseLinkRead
from unioncase.models.intake import IntakeCaseRead
from unioncase.printing.form_names import CHANNEL_FORM, RECEIPT, TRANSFER_SLIP
from unioncase.services import UnionCase
from unioncase.services.intake import RouteResult

log = logging.getLogger(__name__)

LINK_ROLE = Qt.ItemDataRole.UserRole + 1
ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 2
RED = "#c0392b"
AMBER = "#b9770e"
GREEN = "#1e8449"
GREY = "#7f8c8d"
BADGE = ("QLabel {{ background: {bg}; color: white; font-weight: bold; border-radius: 3px;"
         " padding: 2px 8px; }}")
STATUS_COLOURS = {
    IntakeStatus.REGISTERED: "#2e86c1", IntakeStatus.ACCEPTED: "#2874a6",
    IntakeStatus.IN_PROGRESS: "#b9770e", IntakeStatus.CLOSED: GREEN,
    IntakeStatus.CALLED_BACK: "#117a65", IntakeStatus.REJECTED: GREY,
}
ROUTE_BUTTONS = ((Handling.TO_MEDIATION, "toMediationButton"), (Handling.TO_AID, "toAidButton"),
                 (Handling.TO_JOBS, "toJobsButton"))
DETAIL_KEYS = ("registered_on", "person", "id_number", "phone", "employer", "category",
               "head_count", "summary", "call_time", "letter_date", "sender_address", "repeat_of",
               "accept_due", "accepted_on", "reject_reason", "handle_due", "extension",
               "handling", "transfer", "closed_on", "result", "callback", "recorded")


# linked records of other lines of work the window opens by line name and number
LINE_OF_KIND = {RecordKind.MEDIATION.value: "mediation", RecordKind.AID.value: "aid",
                RecordKind.JOB.value: "jobs"}


class IntakeCasePage(QDialog):
    print_requested = Signal(str, str)  # case number, form name
    person_requested = Signal(int)  # person id
    intake_case_requested = Signal(int)  # case id (a linked case)
    case_requested = Signal(str, str)  # line of work ("mediation", ...), number: a linked case
    case_changed = Signal(object)  # IntakeCaseRead, after each step
    closed = Signal()

    def __init__(self, app: UnionCase, case_id: int, parent: QWidget | None = None, *,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.case_id = case_id
        self.runner = runner  # None: file work runs at once, on the GUI thread
        self.case: IntakeCaseRead | None = None
        self.links: list[CaseLinkRead] = []
        self.attachments: list[AttachmentRead] = []
        self.timeline: list[CaseEventRead] = []
        self.last_route: RouteResult | None = None
        self.setObjectName("intakeCasePage")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self.refresh()

    # -- construction ------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.number_label = QLabel(self)
        self.number_label.setObjectName("numberLabel")
        font = QFont(self.number_label.font())
        font.setPointSize(font.pointSize() + 5)
        font.setBold(True)
        self.number_label.setFont(font)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.channel_badge = self._badge("channelBadge")
        self.status_badge = self._badge("statusBadge")
        self.group_badge = self._badge("groupBadge", RED)
        self.repeat_badge = self._badge("repeatBadge", AMBER)
        self.deadline_label = QLabel(self)
        self.deadline_label.setObjectName("deadlineLabel")

        self.print_form_button = QPushButton(self)
        self.print_form_button.setObjectName("printFormButton")
        self.print_receipt_button = QPushButton(self)
        self.print_receipt_button.setObjectName("printReceiptButton")
        self.print_transfer_button = QPushButton(self)
        self.print_transfer_button.setObjectName("printTransferButton")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeButton")

        header = QHBoxLayout()
        header.addWidget(self.number_label)
        header.addSpacing(10)
        for badge in (self.channel_badge, self.status_badge, self.group_badge,
                      self.repeat_badge):
            header.addWidget(badge)
        header.addSpacing(10)
        header.addWidget(self.deadline_label)
        header.addStretch(1)
        header.addWidget(self.print_form_button)
        header.addWidget(self.print_receipt_button)
        header.addWidget(self.print_transfer_button)
        header.addSpacing(8)
        header.addWidget(self.close_button)

        self.accept_button = self._step_button("acceptButton", self._on_accept_clicked)
        self.reject_button = self._step_button("rejectButton", self._on_reject_clicked)
        self.start_button = self._step_button("startButton", self._on_start_clicked)
        self.extend_button = self._step_button("extendButton", self._on_extend_clicked)
        self.close_case_button = self._step_button("closeCaseButton", self._on_close_clicked)
        self.callback_button = self._step_button("callbackButton", self._on_callback_clicked)
        self.transfer_button = self._step_button("transferButton", self._on_transfer_clicked)
        self.route_buttons: dict[Handling, QPushButton] = {}
        for target, name in ROUTE_BUTTONS:
            self.route_buttons[target] = self._step_button(
                name, lambda _=False, t=target: self._on_route_clicked(t))
        self.step_buttons = [self.accept_button, self.reject_button, self.start_button,
                             self.extend_button, self.close_case_button, self.callback_button,
                             self.transfer_button, *self.route_buttons.values()]
        self.steps_box = QGroupBox(self)
        steps = QHBoxLayout(self.steps_box)
        for button in self.step_buttons[:6]:
            steps.addWidget(button)
        steps.addSpacing(16)
        for button in self.step_buttons[6:]:
            steps.addWidget(button)
        steps.addStretch(1)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        self.details = QGroupBox(self)
        self.details_form = QFormLayout(self.details)
        self.details_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.details_form.setFieldGrowthPolicy(
            QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._keys: dict[str, QLabel] = {}
        self._values: dict[str, QLabel] = {}
        for key in DETAIL_KEYS:
            caption = QLabel(self.details)
            value = QLabel(self.details)
            value.setObjectName(f"{key}Value")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            value.linkActivated.connect(self._on_link_activated)
            self.details_form.addRow(caption, value)
            self._keys[key] = caption
            self._values[key] = value
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.details)
        scroll.setMinimumWidth(420)

        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("sideTabs")
        self.timeline_view, self.timeline_model = self._tree("timelineList")
        self.links_view, self.links_model = self._tree("linksList")
        self.attachments_view, self.attachments_model = self._tree("attachmentsList")
        self.add_attachment_button = QPushButton(self)
        self.add_attachment_button.setObjectName("addAttachmentButton")
        self.open_attachment_button = QPushButton(self)
        self.open_attachment_button.setObjectName("openAttachmentButton")
        attachments = QWidget(self.side_tabs)
        column = QVBoxLayout(attachments)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.attachments_view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_attachment_button)
        buttons.addWidget(self.open_attachment_button)
        column.addLayout(buttons)
        self.side_tabs.addTab(self.timeline_view, "")
        self.side_tabs.addTab(self.links_view, "")
        self.side_tabs.addTab(attachments, "")

        body = QHBoxLayout()
        body.addWidget(scroll, 2)
        body.addWidget(self.side_tabs, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.steps_box)
        layout.addWidget(self.message_label)
        layout.addLayout(body, 1)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter on the page must not print or step on
        self.resize(1180, 700)

    def _badge(self, name: str, colour: str = GREY) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setStyleSheet(BADGE.format(bg=colour))
        return label

    def _step_button(self, name: str, slot: Callable[..., None]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _tree(self, name: str) -> tuple[QTreeView, QStandardItemModel]:
        view = QTreeView(self)
        view.setObjectName(name)
        view.setRootIsDecorated(False)
        view.setAlternatingRowColors(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        model = QStandardItemModel(view)
        view.setModel(model)
        return view, model

    def _connect(self) -> None:
        self.close_button.clicked.connect(self.close)
        self.print_form_button.clicked.connect(self._on_print_form_clicked)
        self.print_receipt_button.clicked.connect(lambda: self._print(RECEIPT))
        self.print_transfer_button.clicked.connect(lambda: self._print(TRANSFER_SLIP))
        self.links_view.activated.connect(lambda index: self.open_link(index.row()))
        self.attachments_view.activated.connect(lambda index: self.open_attachment(index.row()))
        self.add_attachment_button.clicked.connect(self._on_add_attachment_clicked)
        self.open_attachment_button.clicked.connect(self._on_open_attachment_clicked)
        QShortcut(QKeySequence.StandardKey.Print, self, self._on_print_form_clicked)

    def retranslate_ui(self) -> None:
        self.print_form_button.setText(self.tr("Print form"))
        self.print_receipt_button.setText(self.tr("Receipt"))
        self.print_receipt_button.setToolTip(self.tr("Print the acceptance receipt"))
        self.print_transfer_button.setText(self.tr("Transfer slip"))
        self.print_transfer_button.setToolTip(self.tr("Print the transfer slip"))
        self.close_button.setText(self.tr("Close"))
        self.group_badge.setText(self.tr("Group petition"))
        self.repeat_badge.setText(self.tr("Repeat petition"))
        self.steps_box.setTitle(self.tr("Handling"))
        texts = {
            self.accept_button: self.tr("Accept"), self.reject_button: self.tr("Reject..."),
            self.start_button: self.tr("Start handling"),
            self.extend_button: self.tr("Extend..."),
            self.close_case_button: self.tr("Conclude..."),
            self.callback_button: self.tr("Follow-up call..."),
            self.transfer_button: self.tr("Transfer..."),
            self.route_buttons[Handling.TO_MEDIATION]: self.tr("To mediation"),
            self.route_buttons[Handling.TO_AID]: self.tr("To hardship aid"),
            self.route_buttons[Handling.TO_JOBS]: self.tr("To job services"),
        }
        for button, text in texts.items():
            button.setText(text)
        self.details.setTitle(self.tr("Registration"))
        labels = {
            "registered_on": self.tr("Registered on"), "person": self.tr("Petitioner"),
            "id_number": self.tr("ID number"), "phone": self.tr("Phone"),
            "employer": self.tr("Employer"), "category": self.tr("Category"),
            "head_count": self.tr("Head count"), "summary": self.tr("What they ask"),
            "call_time": self.tr("Call time"), "letter_date": self.tr("Letter date"),
            "sender_address": self.tr("Sender address"), "repeat_of": self.tr("Repeat of"),
            "accept_due": self.tr("Decide by"), "accepted_on": self.tr("Accepted on"),
            "reject_reason": self.tr("Reason for rejection"),
            "handle_due": self.tr("Handle by"), "extension": self.tr("Extension"),
            "handling": self.tr("Handling"), "transfer": self.tr("Transferred to"),
            "closed_on": self.tr("Concluded on"), "result": self.tr("Result"),
            "callback": self.tr("Follow-up"), "recorded": self.tr("Recorded by"),
        }
        for key, text in labels.items():
            self._keys[key].setText(text)
        self.side_tabs.setTabText(0, self.tr("Timeline"))
        self.side_tabs.setTabText(1, self.tr("Links"))
        self.side_tabs.setTabText(2, self.tr("Attachments"))
        self.add_attachment_button.setText(self.tr("Add file..."))
        self.open_attachment_button.setText(self.tr("Open"))
        self.timeline_model.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Step"), self.tr("Note"), self.tr("Operator"),
             self.tr("Recorded at")])
        self.links_model.setHorizontalHeaderLabels(
            [self.tr("Relation"), self.tr("Number"), self.tr("Line of work"),
             self.tr("Direction")])
        self.attachments_model.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Size"), self.tr("Check"), self.tr("Added")])
        # Once the columns exist: the note, the number and the file name take the spare width.
        for view, stretch in ((self.timeline_view, 2), (self.links_view, 1),
                              (self.attachments_view, 0)):
            header = view.header()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
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
        self.case = self.app.intake.get(self.case_id)
        self.links = self.app.intake.links(self.case_id)
        self.attachments = self.app.intake.attachments(self.case_id)
        self._show()

    def _show(self) -> None:
        c = self.case
        assert c is not None
        self.setWindowTitle(self.tr("UnionCase - Petition - %1").replace("%1", c.number))
        self.number_label.setText(c.number)
        self.channel_badge.setText(c.channel.value)
        self.status_badge.setText(c.status.value)
        self.status_badge.setStyleSheet(BADGE.format(bg=STATUS_COLOURS.get(c.status, GREY)))
        self.group_badge.setVisible(c.is_group)
        self.repeat_badge.setVisible(c.is_repeat)
        self._show_deadline(c)
        self._show_details(c)
        self._show_timeline()
        self._show_links(c)
        self._show_attachments()
        self._update_buttons(c)

    def _show_deadline(self, c: IntakeCaseRead) -> None:
        if c.current_due is None or c.deadline_status is None:
            self.deadline_label.clear()
            return
        texts = {DeadlineStatus.NORMAL: (self.tr("in time"), GREEN),
                 DeadlineStatus.DUE_SOON: (self.tr("due soon"), AMBER),
                 DeadlineStatus.OVERDUE: (self.tr("overdue"), RED)}
        text, colour = texts[c.deadline_status]
        due = self.tr("Due %1").replace("%1", c.current_due.isoformat())
        self.deadline_label.setText(f'{due} · <b style="color:{colour}">{text}</b>')
        self.deadline_label.setProperty("deadline", c.deadline_status.value)

    def _show_details(self, c: IntakeCaseRead) -> None:
        def day(value: Any) -> str:
            return value.isoformat() if value else ""

        extension = ""
        if c.extended:
            extension = self.tr("Extended once: %1").replace("%1", c.extension_reason or "")
        handling = c.handling.value if c.handling else ""
        if c.handling in ROUTED_HANDLINGS and self._pending(c, c.handling):
            pending = self.tr("pending")
            handling = f"{handling}（{pending}）"
        transfer = ""
        if c.transfer_department:
            transfer = f"{c.transfer_department}  {day(c.transfer_on)}"
        callback = ""
        if c.callback_on:
            parts = [day(c.callback_on), c.satisfaction.value if c.satisfaction else "",
                     c.callback_note or ""]
            callback = "  ".join(p for p in parts if p)
        minutes, seconds = divmod(c.call_seconds or 0, 60)
        person = f'<a href="person:{c.person_id}">{_escape(c.person_name)}</a>'
        if c.person_number:
            person += f"  <span style='color:{GREY}'>{c.person_number}</span>"
        repeat = ""
        if c.repeat_of_id is not None and c.repeat_of_number:
            repeat = f'<a href="intake:{c.repeat_of_id}">{c.repeat_of_number}</a>'
        late_accept = self.tr("decided late") if c.accept_overdue else ""
        late_close = self.tr("concluded late") if c.handle_overdue else ""
        values = {
            "registered_on": day(c.registered_on),
            "person": person,
            "id_number": c.person_id_number or "",
            "phone": c.phone or "",
            "employer": c.employer_name or "",
            "category": c.category,
            "head_count": str(c.head_count),
            "summary": c.summary,
            "call_time": (f"{minutes:02d}:{seconds:02d}"
                          if c.channel is IntakeChannel.CALL and c.call_seconds is not None
                          else ""),
            "letter_date": day(c.letter_date),
            "sender_address": c.sender_address or "",
            "repeat_of": repeat,
            "accept_due": day(c.accept_due) + (f"  ({late_accept})" if late_accept else ""),
            "accepted_on": day(c.accepted_on),
            "reject_reason": c.reject_reason or "",
            "handle_due": day(c.handle_due) + (f"  ({late_close})" if late_close else ""),
            "extension": extension,
            "handling": handling,
            "transfer": transfer,
            "closed_on": day(c.closed_on),
            "result": c.result or "",
            "callback": callback,
            "recorded": f"{c.created_by}  {c.created_at.astimezone():%Y-%m-%d %H:%M}",
        }
        rich = {"person", "repeat_of"}
        for key, value in values.items():
            label = self._values[key]
            label.setTextFormat(Qt.TextFormat.RichText if key in rich
                                else Qt.TextFormat.PlainText)
            label.setText(value)
            self.details_form.setRowVisible(label, bool(value) or key in (
                "registered_on", "person", "category", "summary", "accept_due"))
        self._values["accept_due"].setStyleSheet(
            f"color: {RED};" if c.accept_overdue else "")
        self._values["handle_due"].setStyleSheet(
            f"color: {RED};" if c.handle_overdue else "")

    def _show_timeline(self) -> None:
        model = self.timeline_model
        model.removeRows(0, model.rowCount())
        self.timeline = self.app.intake.timeline(self.case_id)
        for event in self.timeline:
            model.appendRow([QStandardItem(event.happened_on.isoformat()),
                             QStandardItem(event.step), QStandardItem(event.note),
                             QStandardItem(event.created_by),
                             QStandardItem(f"{event.created_at.astimezone():%Y-%m-%d %H:%M}")])

    def _pending(self, c: IntakeCaseRead, target: Handling) -> bool:
        """Routed, but the target line has not taken it over yet (no link)."""
        return c.handling is target and not any(
            link.relation == target.value and link.direction == "out" for link in self.links)

    def _kind_label(self, kind: str) -> str:
        labels = {RecordKind.INTAKE.value: self.tr("Petitions"),
                  RecordKind.MEDIATION.value: self.tr("Mediation"),
                  RecordKind.AID.value: self.tr("Hardship aid"),
                  RecordKind.JOB.value: self.tr("Jobs"),
                  RecordKind.PERSON.value: self.tr("Persons")}
        return labels.get(kind, kind)

    def _show_links(self, c: IntakeCaseRead) -> None:
        model = self.links_model
        model.removeRows(0, model.rowCount())
        directions = {"out": self.tr("from this case"), "in": self.tr("to this case")}
        for link in self.links:
            items = [QStandardItem(link.relation), QStandardItem(link.number),
                     QStandardItem(self._kind_label(link.kind)),
                     QStandardItem(directions.get(link.direction, link.direction))]
            items[0].setData(link, LINK_ROLE)
            if self._openable(link):
                items[1].setForeground(QBrush(QColor("#1f618d")))
                items[1].setToolTip(self.tr("Double-click or Enter to open"))
            model.appendRow(items)
        if c.handling in ROUTED_HANDLINGS and self._pending(c, c.handling):
            items = [QStandardItem(c.handling.value),
                     QStandardItem(self.tr("pending: that line of work is not in use yet")),
                     QStandardItem(""), QStandardItem("")]
            for item in items:
                item.setForeground(QBrush(QColor(GREY)))
            model.appendRow(items)
        self.side_tabs.setTabText(1, self.tr("Links (%1)").replace("%1", str(len(self.links)))
                                  if self.links else self.tr("Links"))

    def _show_attachments(self) -> None:
        model = self.attachments_model
        model.removeRows(0, model.rowCount())
        statuses = {"ok": (self.tr("OK"), GREEN), "missing": (self.tr("Missing"), RED),
                    "changed": (self.tr("Changed since added"), RED)}
        for attachment in self.attachments:
            text, colour = statuses.get(attachment.status, (attachment.status, GREY))
            status = QStandardItem(text)
            status.setForeground(QBrush(QColor(colour)))
            items = [QStandardItem(attachment.filename), QStandardItem(_size(attachment.size)),
                     status,
                     QStandardItem(f"{attachment.created_at.astimezone():%Y-%m-%d %H:%M}  "
                                   f"{attachment.created_by}")]
            items[0].setData(attachment, ATTACHMENT_ROLE)
            items[1].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            model.appendRow(items)
        self.open_attachment_button.setEnabled(bool(self.attachments))
        self.side_tabs.setTabText(
            2, self.tr("Attachments (%1)").replace("%1", str(len(self.attachments)))
            if self.attachments else self.tr("Attachments"))

    def _update_buttons(self, c: IntakeCaseRead) -> None:
        status = c.status
        handling_open = status in OPEN_HANDLING_STATUSES
        self.accept_button.setEnabled(status is IntakeStatus.REGISTERED)
        self.reject_button.setEnabled(status is IntakeStatus.REGISTERED)
        self.start_button.setEnabled(status is IntakeStatus.ACCEPTED)
        self.extend_button.setEnabled(handling_open and not c.extended)
        self.close_case_button.setEnabled(handling_open)
        self.callback_button.setEnabled(status is IntakeStatus.CLOSED)
        self.transfer_button.setEnabled(handling_open and c.handling is not Handling.TRANSFER)
        steps = {event.step for event in self.timeline}
        for target, button in self.route_buttons.items():
            # Once only per line, also while it was pending (as the service refuses it).
            routed = c.handling is target or target.value in steps or any(
                link.relation == target.value and link.direction == "out"
                for link in self.links)
            button.setEnabled(handling_open and not routed)
        self.print_transfer_button.setEnabled(bool(c.transfer_department))

    def enabled_steps(self) -> set[str]:
        """The objectNames of the step buttons that are enabled (for tests and tooltips)."""
        return {b.objectName() for b in self.step_buttons if b.isEnabled()}

    # -- prompts (the only blocking calls; tests replace them) -------------------------------
    def _ask(self, kind: str, **options: Any) -> Any:
        """Ask for one small input. Returns None when cancelled.

        kinds: "reject_reason", "extend_reason", "result", "department" → str;
        "callback" → (satisfaction value, note).
        """
        if kind == "callback":
            return self._ask_callback()
        titles = {
            "reject_reason": (self.tr("Reject"), self.tr("Why is the petition not accepted? "
                                                         "The petitioner is told this reason.")),
            "extend_reason": (self.tr("Extend"),
                              self.tr("Why is more time needed? (once, 30 more days)")),
            "result": (self.tr("Conclude"), self.tr("How was it resolved?")),
            "department": (self.tr("Transfer"), self.tr("Transferred to which department?")),
        }
        title, prompt = titles[kind]
        if kind == "result":
            text, ok = QInputDialog.getMultiLineText(self, title, prompt,
                                                     options.get("text", ""))
        else:
            text, ok = QInputDialog.getText(self, title, prompt, QLineEdit.EchoMode.Normal,
                                            options.get("text", ""))
        return text if ok else None

    def _ask_callback(self) -> tuple[str, str] | None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Follow-up call"))
        combo = QComboBox(dialog)
        for value in Satisfaction:
            combo.addItem(value.value, value.value)
        note = QLineEdit(dialog)
        form = QFormLayout(dialog)
        form.addRow(self.tr("Satisfaction"), combo)
        form.addRow(self.tr("Note"), note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return str(combo.currentData()), note.text()

    def _ask_attachment_path(self) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Add a file to the case"))
        return Path(path) if path else None

    # -- steps -------------------------------------------------------------------------------
    def _run(self, step: Callable[[IntakeCaseRead], IntakeCaseRead], done: str) -> bool:
        """Run a workflow step on the current version; show the outcome."""
        assert self.case is not None
        try:
            self.case = step(self.case)
        except UnionCaseError as exc:
            show_error(self, exc)
            self._refresh_quietly()
            return False
        self.links = self.app.intake.links(self.case_id)
        self._show()
        self._say(done)
        self.case_changed.emit(self.case)
        return True

    def _refresh_quietly(self) -> None:
        try:
            self.refresh()
        except UnionCaseError:
            log.warning("could not reload intake case %s", self.case_id)

    def _say(self, text: str, colour: str = GREEN) -> None:
        self.message_label.setStyleSheet(f"color: {colour};")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _on_accept_clicked(self) -> None:
        self._run(lambda c: self.app.intake.accept(c.id, c.version), self.tr("Accepted."))

    def _on_reject_clicked(self) -> None:
        reason = self._ask("reject_reason")
        if reason is None:
            return
        self._run(lambda c: self.app.intake.reject(c.id, reason, c.version),
                  self.tr("Not accepted; the reason is recorded."))

    def _on_start_clicked(self) -> None:
        self._run(lambda c: self.app.intake.start(c.id, c.version),
                  self.tr("Handling started."))

    def _on_extend_clicked(self) -> None:
        reason = self._ask("extend_reason")
        if reason is None:
            return
        self._run(lambda c: self.app.intake.extend(c.id, reason, c.version),
                  self.tr("Extended."))

    def _on_close_clicked(self) -> None:
        result = self._ask("result")
        if result is None:
            return
        self._run(lambda c: self.app.intake.close(c.id, result, expected_version=c.version),
                  self.tr("Concluded."))

    def _on_callback_clicked(self) -> None:
        answer = self._ask("callback")
        if answer is None:
            return
        satisfaction, note = answer
        self._run(lambda c: self.app.intake.callback(c.id, satisfaction, note,
                                                     expected_version=c.version),
                  self.tr("Follow-up recorded."))

    def _on_transfer_clicked(self) -> None:
        department = self._ask("department")
        if department is None:
            return
        self._run(lambda c: self.app.intake.transfer(c.id, department, c.version),
                  self.tr("Transferred."))

    def _on_route_clicked(self, target: Handling) -> None:
        def step(c: IntakeCaseRead) -> IntakeCaseRead:
            self.last_route = self.app.intake.route(c.id, target, c.version)
            return self.last_route.case

        if not self._run(step, ""):
            return
        route = self.last_route
        assert route is not None
        if route.pending or route.link is None:
            self._say(self.tr("%1 recorded; pending: that line of work is not in use yet, "
                              "so no case was opened there.").replace("%1", target.value),
                      AMBER)
        else:
            self._say(self.tr("%1: case %2 opened.").replace("%1", target.value)
                      .replace("%2", route.link.number))

    # -- links -------------------------------------------------------------------------------
    @staticmethod
    def _openable(link: CaseLinkRead) -> bool:
        return link.kind in (RecordKind.INTAKE.value, RecordKind.PERSON.value) \
            or link.kind in LINE_OF_KIND

    def open_link(self, row: int) -> bool:
        item = self.links_model.item(row, 0)
        link = item.data(LINK_ROLE) if item is not None else None
        if not isinstance(link, CaseLinkRead) or not self._openable(link):
            return False
        if link.kind in LINE_OF_KIND:
            self.case_requested.emit(LINE_OF_KIND[link.kind], link.number)
            return True
        if link.kind == RecordKind.INTAKE.value:
            found = self.app.intake.by_number(link.number)
            if found is not None:
                self.intake_case_requested.emit(found.id)
                return True
        else:
            person = self.app.persons.by_number(link.number)
            if person is not None:
                self.person_requested.emit(person.id)
                return True
        return False

    def _on_link_activated(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if not value.isdigit():
            return
        if kind == "person":
            self.person_requested.emit(int(value))
        elif kind == "intake":
            self.intake_case_requested.emit(int(value))

    # -- attachments -------------------------------------------------------------------------
    def _on_add_attachment_clicked(self) -> None:
        path = self._ask_attachment_path()
        if path is None:
            return
        self.add_attachment(path)

    def add_attachment(self, path: Path) -> None:
        """Copy the file into the attachment store (a scan can be large: on the "files" lane);
        the list is refreshed when it is done."""
        intake, case_id = self.app.intake, self.case_id  # the worker touches no widget

        def work() -> AttachmentRead:
            return intake.add_attachment(case_id, path)

        self.add_attachment_button.setEnabled(False)
        self._say(self.tr("Adding %1...").replace("%1", path.name), GREY)
        if self.runner is None:
            try:
                added = work()
            except UnionCaseError as exc:
                self._on_attachment_failed(exc)
                return
            self._on_attachment_added(added)
            return
        self.runner.run(work, self._on_attachment_added, on_error=self._on_attachment_failed,
                        owner=self, lane="files")

    def _on_attachment_added(self, added: AttachmentRead) -> None:
        self.add_attachment_button.setEnabled(True)
        self._refresh_quietly()
        self._say(self.tr("Added %1.").replace("%1", added.filename))

    def _on_attachment_failed(self, error: BaseException) -> None:
        self.add_attachment_button.setEnabled(True)
        self._say("")
        show_error(self, error)

    def _on_open_attachment_clicked(self) -> None:
        index = self.attachments_view.currentIndex()
        self.open_attachment(index.row() if index.isValid() else 0)

    def open_attachment(self, row: int) -> bool:
        """Open a copy under its own name (the store keeps it by checksum)."""
        if not 0 <= row < len(self.attachments):
            return False
        attachment = self.attachments[row]
        if attachment.status == "missing" or not attachment.path.is_file():
            self._say(self.tr("The file %1 is missing from the attachment folder.")
                      .replace("%1", attachment.filename), RED)
            return False
        if attachment.status == "changed":
            self._say(self.tr("Warning: %1 has changed since it was added.")
                      .replace("%1", attachment.filename), RED)
        folder = Path(tempfile.gettempdir()) / "unioncase-attachments" / attachment.sha256[:12]
        try:
            folder.mkdir(parents=True, exist_ok=True)
            copy = folder / attachment.filename
            shutil.copyfile(attachment.path, copy)
        except OSError:
            log.exception("cannot copy an attachment for opening")
            self._say(self.tr("Cannot open %1.").replace("%1", attachment.filename), RED)
            return False
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))))

    # -- printing ----------------------------------------------------------------------------
    def _print(self, form: str) -> None:
        if self.case is not None:
            self.print_requested.emit(self.case.number, form)

    def _on_print_form_clicked(self) -> None:
        if self.case is not None:
            self._print(CHANNEL_FORM.get(self.case.channel.value, ""))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
