"""The small dialogs of the mediation workflow: a reason (with the step's date), a session and
its record (调解笔录), an extension with both parties' consent, the agreement with its items,
and the performance of an agreement.

Each dialog is given the step to run (``run``: the value → the service call). Pressing OK runs
it; an error from the service is shown next to its field and the dialog stays open, so nothing
typed is lost and nothing is written. Dialogs open with ``open()``; tests fill their widgets and
call ``submit()``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.messages import field_text, show_error
from ui.widgets.field_form import ERROR_STYLE, FieldForm
from unioncase.domain.errors import UnionCaseError, ValidationError, ValidationErrors
from unioncase.domain.mediation import Performance
from unioncase.domain.money import amount_in_capitals, format_yuan
from unioncase.domain.validators import parse_money_fen
from unioncase.models.mediation import AgreedItemRead, MediationSessionRead
from unioncase.services.mediation import AgreedItemInput, AgreementInput, SessionInput

log = logging.getLogger(__name__)

ITEM_FIELD = re.compile(r"^items\[(\d+)\](?:\.(\w+))?$")
NO_DATE = QDate(2000, 1, 1)
# the usual closing term of an agreement (the agreement's own wording: Chinese, printed as is)
DEFAULT_TERMS = "上述款项按期支付后，双方因本争议再无其他纠纷。"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(parent: QWidget, day: date | None, *, optional: bool = False) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if optional:
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
    edit.setDate(qdate(day) if day else NO_DATE)
    edit.setMaximumWidth(170)
    return edit


def date_text(edit: QDateEdit) -> str:
    """The date as the service takes it; "" for an empty optional date."""
    return "" if edit.date() == NO_DATE else edit.date().toString("yyyy-MM-dd")


class StepDialog(QDialog):
    """A form whose OK runs a workflow step; errors stay in the dialog."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.run: Callable[[Any], object] | None = None
        self.result_value: object = None
        self.intro = QLabel(self)
        self.intro.setObjectName("introLabel")
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.form = FieldForm(self)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("generalError")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.intro)
        self.layout_.addWidget(self.form)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.general_error)
        self.layout_.addWidget(self.buttons)

    def set_intro(self, text: str, colour: str = "") -> None:
        self.intro.setText(text)
        self.intro.setStyleSheet(f"color: {colour};" if colour else "")
        self.intro.setVisible(bool(text))

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def value(self) -> object:
        raise NotImplementedError

    def submit(self) -> bool:
        """Run the step with what was entered: True and closed when done."""
        self.form.clear_errors()
        self.general_error.hide()
        try:
            value = self.value()
            self.result_value = self.run(value) if self.run is not None else value
        except UnionCaseError as exc:
            self.show_errors(exc)
            return False
        self.accept()
        return True

    def show_errors(self, exc: UnionCaseError) -> None:
        if not isinstance(exc, ValidationError | ValidationErrors):
            show_error(self, exc)
            return
        errors = list(exc.errors) if isinstance(exc, ValidationErrors) else [exc]
        rest: list[UnionCaseError] = []
        for error in errors:
            if not self.place_error(error):
                rest.append(error)
        if rest:
            self.general_error.setText("\n".join(field_text(e) for e in rest))
            self.general_error.show()

    def place_error(self, error: UnionCaseError) -> bool:
        """Show one error by its field; False when the dialog has no such field."""
        return self.form.show_error(error)


class ReasonDialog(StepDialog):
    """A step's date and (optionally) its reason: 受理, 不予受理, 调解不成, 终止, 撤回."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None, *,
                 today: date, reason_required: bool = True, with_reason: bool = True,
                 warning: str = "") -> None:
        super().__init__(title, parent)
        self.set_intro(warning, "#c0392b")
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(80)
        self.reason_required = reason_required
        self.on_edit = date_edit(self, today)
        self.on_edit.setObjectName("onEdit")
        self.on_edit.setMaximumDate(qdate(today))
        if with_reason:
            self.form.add_field("reason", self.reason_edit).setText(prompt)
        else:
            self.reason_edit.hide()
        self.form.add_field("on", self.on_edit).setText(self.tr("Date"))
        self.resize(480, 0)

    def value(self) -> tuple[str, str]:
        reason = self.reason_edit.toPlainText().strip()
        if self.reason_required and self.reason_edit.isVisibleTo(self) and not reason:
            raise ValidationError("required", field="reason")
        return reason, date_text(self.on_edit)


class SessionDialog(StepDialog):
    """A mediation session (第N次调解) and its record."""

    def __init__(self, title: str, parent: QWidget | None = None, *, today: date,
                 session: MediationSessionRead | None = None, attendees: str = "",
                 place: str = "") -> None:
        super().__init__(title, parent)
        self.held_on_edit = date_edit(self, session.held_on if session else today)
        self.held_on_edit.setObjectName("heldOnEdit")
        self.held_on_edit.setMaximumDate(qdate(today))
        self.place_edit = QLineEdit(session.place if session else place, self)
        self.place_edit.setObjectName("placeEdit")
        self.attendees_edit = QLineEdit(session.attendees if session else attendees, self)
        self.attendees_edit.setObjectName("attendeesEdit")
        self.record_edit = QPlainTextEdit(self)
        self.record_edit.setObjectName("recordEdit")
        self.record_edit.setTabChangesFocus(True)
        self.record_edit.setMinimumHeight(260)
        if session is not None:
            self.record_edit.setPlainText(session.record)
        self.form.add_field("held_on", self.held_on_edit).setText(self.tr("&Date"))
        self.form.add_field("place", self.place_edit).setText(self.tr("&Place"))
        self.form.add_field("attendees", self.attendees_edit).setText(self.tr("&Attendees"))
        self.form.add_field("record", self.record_edit).setText(self.tr("&Record"))
        self.record_edit.setPlaceholderText(
            self.tr("What each side said, the facts found, the proposals and the answers"))
        self.resize(760, 560)

    def value(self) -> SessionInput:
        return SessionInput(held_on=date_text(self.held_on_edit),
                            place=self.place_edit.text().strip(),
                            attendees=self.attendees_edit.text().strip(),
                            record=self.record_edit.toPlainText().strip())


class ExtendDialog(StepDialog):
    """An extension of the limit: a new date, both parties' consent and why."""

    def __init__(self, title: str, parent: QWidget | None = None, *, current_due: date) -> None:
        super().__init__(title, parent)
        self.set_intro(self.tr("The limit now ends on %1. An extension needs the consent of "
                               "both parties.").replace("%1", current_due.isoformat()))
        self.new_due_edit = date_edit(self, current_due)
        self.new_due_edit.setObjectName("newDueEdit")
        self.consent_check = QCheckBox(self)
        self.consent_check.setObjectName("consentCheck")
        self.consent_check.setText(self.tr("Both parties agree to extend the mediation"))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.form.add_field("new_due", self.new_due_edit).setText(self.tr("&New limit"))
        self.form.add_field("consent", self.consent_check).setText(self.tr("Consent"))
        self.form.add_field("reason", self.reason_edit).setText(self.tr("&Reason"))
        self.resize(520, 0)

    def value(self) -> tuple[str, bool, str]:
        return (date_text(self.new_due_edit), self.consent_check.isChecked(),
                self.reason_edit.text().strip())


class AgreedItemRow(QWidget):
    def __init__(self, parent: QWidget | None = None, *, payer: str = "",
                 payee: str = "") -> None:
        super().__init__(parent)
        self.item_edit = QLineEdit(self)
        self.item_edit.setObjectName("itemEdit")
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setObjectName("amountEdit")
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.payer_edit = QLineEdit(payer, self)
        self.payer_edit.setObjectName("payerEdit")
        self.payee_edit = QLineEdit(payee, self)
        self.payee_edit.setObjectName("payeeEdit")
        self.due_edit = date_edit(self, None, optional=True)
        self.due_edit.setObjectName("dueEdit")
        self.remove_button = QToolButton(self)
        self.remove_button.setText("×")
        self.capitals_label = QLabel(self)
        self.capitals_label.setObjectName("capitalsLabel")
        self.capitals_label.setStyleSheet("color: #555;")
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, widget in enumerate((self.item_edit, self.amount_edit, self.payer_edit,
                                         self.payee_edit, self.due_edit, self.remove_button)):
            grid.addWidget(widget, 0, column)
        grid.addWidget(self.capitals_label, 1, 0, 1, 5)
        grid.addWidget(self.error_label, 2, 0, 1, 6)
        for column, stretch in enumerate((3, 2, 2, 2, 0)):
            grid.setColumnStretch(column, stretch)
        self.amount_edit.textChanged.connect(self._show_capitals)

    def fen(self) -> int | None:
        text = self.amount_edit.text().strip()
        if not text:
            return 0
        try:
            return parse_money_fen(text)
        except ValidationError:
            return None

    def _show_capitals(self) -> None:
        fen = self.fen()
        self.capitals_label.setText("" if not fen else f"人民币{amount_in_capitals(fen)}")

    def value(self) -> AgreedItemInput:
        return AgreedItemInput(self.item_edit.text().strip(), self.amount_edit.text().strip(),
                               payer=self.payer_edit.text().strip(),
                               payee=self.payee_edit.text().strip(),
                               due_on=date_text(self.due_edit))

    def is_empty(self) -> bool:
        return not (self.item_edit.text().strip() or self.amount_edit.text().strip())

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))


class AgreementDialog(StepDialog):
    """调解成功: the agreed terms, the payments item by item (with a live total in figures and
    in capitals), the date and the number of signed copies."""

    def __init__(self, title: str, parent: QWidget | None = None, *, today: date,
                 payer: str, payee: str, claims: Sequence[tuple[str, int]] = ()) -> None:
        super().__init__(title, parent)
        self.payer = payer
        self.payee = payee
        self.rows: list[AgreedItemRow] = []
        self.terms_edit = QPlainTextEdit(self)
        self.terms_edit.setObjectName("termsEdit")
        self.terms_edit.setTabChangesFocus(True)
        self.terms_edit.setFixedHeight(90)
        self.terms_edit.setPlaceholderText(
            self.tr("Other terms, one per line, e.g. the employer issues a certificate of "
                    "leaving"))
        self.terms_edit.setPlainText(DEFAULT_TERMS)
        items = QWidget(self)
        self.items_layout = QVBoxLayout(items)
        self.items_layout.setContentsMargins(0, 0, 0, 0)
        header = QGridLayout()
        for column, (text, stretch) in enumerate(
                ((self.tr("Item"), 3), (self.tr("Amount (yuan)"), 2), (self.tr("Payer"), 2),
                 (self.tr("Payee"), 2), (self.tr("Pay by"), 0))):
            label = QLabel(text, items)
            header.addWidget(label, 0, column)
            header.setColumnStretch(column, stretch)
        header.setColumnMinimumWidth(5, 28)
        self.items_layout.addLayout(header)
        self.rows_layout = QVBoxLayout()
        self.items_layout.addLayout(self.rows_layout)
        bottom = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add item"), items)
        self.add_button.setObjectName("addItemButton")
        self.total_label = QLabel(items)
        self.total_label.setObjectName("totalLabel")
        self.total_label.setStyleSheet("font-weight: bold;")
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        bottom.addWidget(self.total_label)
        self.items_layout.addLayout(bottom)
        self.concluded_edit = date_edit(self, today)
        self.concluded_edit.setObjectName("concludedOnEdit")
        self.concluded_edit.setMaximumDate(qdate(today))
        self.copies_spin = QSpinBox(self)
        self.copies_spin.setObjectName("copiesSpin")
        self.copies_spin.setRange(2, 20)
        self.copies_spin.setValue(3)
        self.copies_spin.setMaximumWidth(100)
        self.form.add_field("items", items).setText(self.tr("Payments"))
        self.form.add_field("terms", self.terms_edit).setText(self.tr("&Terms"))
        self.form.add_field("concluded_on", self.concluded_edit).setText(self.tr("&Signed on"))
        self.form.add_field("copies", self.copies_spin).setText(self.tr("&Copies"))
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        for item, amount in claims or [("", 0)]:
            row = self.add_row()
            row.item_edit.setText(item)
            row.amount_edit.setText(format_yuan(amount) if amount else "")
        self._update_total()
        self.resize(920, 420)

    def add_row(self, focus: bool = False) -> AgreedItemRow:
        row = AgreedItemRow(self, payer=self.payer, payee=self.payee)
        row.amount_edit.textChanged.connect(self._update_total)
        row.remove_button.clicked.connect(lambda: self._remove_row(row))
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        if focus:
            row.item_edit.setFocus()
        return row

    def _remove_row(self, row: AgreedItemRow) -> None:
        if len(self.rows) <= 1:
            row.item_edit.clear()
            row.amount_edit.clear()
            return
        self.rows.remove(row)
        row.deleteLater()
        self._update_total()

    def _update_total(self) -> None:
        amounts = [row.fen() for row in self.rows]
        if any(a is None for a in amounts):
            self.total_label.setText(self.tr("Total: check the amounts"))
            return
        total = sum(a for a in amounts if a is not None)
        self.total_label.setText(self.tr("Total %1 yuan (RMB %2)")
                                 .replace("%1", format_yuan(total))
                                 .replace("%2", amount_in_capitals(total)))

    def value(self) -> AgreementInput:
        return AgreementInput(terms=self.terms_edit.toPlainText().strip(),
                              items=[row.value() for row in self.rows if not row.is_empty()],
                              concluded_on=date_text(self.concluded_edit),
                              copies=self.copies_spin.value())

    def place_error(self, error: UnionCaseError) -> bool:
        match = ITEM_FIELD.match(error.field or "")
        if match:
            rows = [row for row in self.rows if not row.is_empty()]
            index = int(match.group(1))
            if index < len(rows):
                rows[index].show_error(field_text(error))
                return True
        if error.field == "sessions":
            return False  # shown above the buttons: not something to fix in this form
        return super().place_error(error)

    def submit(self) -> bool:
        for row in self.rows:
            row.show_error("")
        return super().submit()


class PerformanceDialog(StepDialog):
    """履行情况: honored, partly or not; which payments were made; a note."""

    def __init__(self, title: str, parent: QWidget | None = None, *, today: date,
                 items: Sequence[AgreedItemRead], current: Performance | None) -> None:
        super().__init__(title, parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName("performanceCombo")
        for value in Performance:
            self.combo.addItem(value.value, value.value)
        if current is not None:
            self.combo.setCurrentIndex(self.combo.findData(current.value))
        self.item_checks: dict[int, QCheckBox] = {}
        paid_box = QWidget(self)
        paid = QVBoxLayout(paid_box)
        paid.setContentsMargins(0, 0, 0, 0)
        for item in items:
            check = QCheckBox(f"{item.item}  {format_yuan(item.amount_fen)}"
                              + (f"  ({item.due_on.isoformat()})" if item.due_on else ""),
                              paid_box)
            check.setObjectName("paidCheck")
            if item.paid_on is not None:
                check.setChecked(True)
                check.setEnabled(False)
                check.setText(check.text() + "  " + self.tr("paid %1").replace(
                    "%1", item.paid_on.isoformat()))
            self.item_checks[item.id] = check
            paid.addWidget(check)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.on_edit = date_edit(self, today)
        self.on_edit.setObjectName("onEdit")
        self.on_edit.setMaximumDate(qdate(today))
        self.form.add_field("performance", self.combo).setText(self.tr("&Performance"))
        self.form.add_field("paid_item_ids", paid_box).setText(self.tr("Paid"))
        self.form.add_field("note", self.note_edit).setText(self.tr("&Note"))
        self.form.add_field("on", self.on_edit).setText(self.tr("Date"))
        self.combo.currentIndexChanged.connect(self._on_performance_changed)
        self._on_performance_changed()
        self.resize(560, 0)

    def _on_performance_changed(self) -> None:
        honored = self.combo.currentData() == Performance.HONORED.value
        for check in self.item_checks.values():
            if check.isEnabled() and honored:
                check.setChecked(True)

    def value(self) -> tuple[str, str, list[int], str]:
        paid = [item_id for item_id, check in self.item_checks.items()
                if check.isChecked() and check.isEnabled()]
        return (str(self.combo.currentData()), self.note_edit.text().strip(), paid,
                date_text(self.on_edit))
