"""The small dialogs of the mediation workflow: a reason (with the step's date), a session and
its record (调解笔录), an extension with both parties' consent, the agreement with its items,
and the performance of an agreement.

Each dialog is given the step to run (``run``: the value → the service call). Pressing OK runs
it (a final step first asks ``confirm``); an error from the service is shown next to its field
and the dialog stays open, so nothing typed is lost and nothing is written. Dialogs open with
``open()``; tests fill their widgets and call ``submit()``, or click OK.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
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
from unioncase.domain.errors import (
    ConflictError,
    UnionCaseError,
    ValidationError,
    ValidationErrors,
)
from unioncase.domain.mediation import Performance, check_agreement
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


class OptionalDateEdit(QDateEdit):
    """A date that may be left empty (shown as "—"; Delete empties it). Its calendar opens on
    the month of ``today`` while empty, not in the year 2000."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("—")
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.calendarWidget() and event.type() == QEvent.Type.Show
                and self.date() == NO_DATE):
            month = qdate(self.today) if self.today else QDate.currentDate()
            self.calendarWidget().setCurrentPage(month.year(), month.month())
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.setDate(NO_DATE)
            return
        super().keyPressEvent(event)


def date_edit(parent: QWidget, day: date | None, *, optional: bool = False,
              today: date | None = None) -> QDateEdit:
    edit: QDateEdit
    if optional:
        edit = OptionalDateEdit(parent, today=today)
    else:
        edit = QDateEdit(parent)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
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
        # OK asks it once the input is complete, before the step runs (final steps): False =
        # stay in the dialog. ``submit()`` itself does not ask (tests call it directly).
        self.confirm: Callable[[], bool] | None = None
        # shown in the dialog instead of a message box when the record changed meanwhile
        self.conflict_text = ""
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
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.intro)
        self.layout_.addWidget(self.form)
        self.layout_.addStretch(1)  # taken away by dialogs whose form should grow (grow_form)
        self.layout_.addWidget(self.general_error)
        self.layout_.addWidget(self.buttons)

    def grow_form(self) -> None:
        """Give the spare height to the form (a dialog with a large text box)."""
        self.layout_.setStretch(self.layout_.indexOf(self.form), 1)
        self.layout_.setStretch(self.layout_.indexOf(self.form) + 1, 0)

    def set_intro(self, text: str, colour: str = "") -> None:
        self.intro.setText(text)
        self.intro.setStyleSheet(f"color: {colour};" if colour else "")
        self.intro.setVisible(bool(text))

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def value(self) -> object:
        raise NotImplementedError

    def _on_buttons_accepted(self) -> None:
        if self.confirm is not None:
            self.form.clear_errors()
            self.general_error.hide()
            try:
                self.value()
            except UnionCaseError as exc:
                self.show_errors(exc)
                return
            if not self.confirm():
                return
        self.submit()

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

    def show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.setVisible(bool(text))

    def show_errors(self, exc: UnionCaseError) -> None:
        if isinstance(exc, ConflictError) and exc.code == "stale" and self.conflict_text:
            self.show_general(self.conflict_text)
            return
        if not isinstance(exc, ValidationError | ValidationErrors):
            show_error(self, exc)
            return
        errors = list(exc.errors) if isinstance(exc, ValidationErrors) else [exc]
        rest: list[UnionCaseError] = []
        for error in errors:
            if not self.place_error(error):
                rest.append(error)
        if rest:
            self.show_general("\n".join(field_text(e) for e in rest))

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
        self.grow_form()
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


class AgreedItemRow:
    """One agreed payment of the agreement dialog: its editors sit in the dialog's grid (so the
    columns line up under their headings), the amount in capitals and any error below them."""

    FIELDS = ("item", "amount", "payer", "payee", "due_on")

    def __init__(self, parent: QWidget, *, payer: str = "", payee: str = "",
                 today: date | None = None) -> None:
        self.item_edit = QLineEdit(parent)
        self.item_edit.setObjectName("itemEdit")
        self.amount_edit = QLineEdit(parent)
        self.amount_edit.setObjectName("amountEdit")
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.payer_edit = QLineEdit(payer, parent)
        self.payer_edit.setObjectName("payerEdit")
        self.payee_edit = QLineEdit(payee, parent)
        self.payee_edit.setObjectName("payeeEdit")
        self.due_edit = date_edit(parent, None, optional=True, today=today)
        self.due_edit.setObjectName("dueEdit")
        self.remove_button = QToolButton(parent)
        self.remove_button.setObjectName("removeItemButton")
        self.remove_button.setText("×")
        self.remove_button.setAutoRaise(True)
        self.capitals_label = QLabel(parent)
        self.capitals_label.setObjectName("capitalsLabel")
        self.capitals_label.setStyleSheet("color: #555;")
        self.capitals_label.hide()
        self.error_label = QLabel(parent)
        self.error_label.setObjectName("itemError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.amount_edit.textChanged.connect(self._show_capitals)

    def editors(self) -> tuple[QWidget, ...]:
        return (self.item_edit, self.amount_edit, self.payer_edit, self.payee_edit,
                self.due_edit, self.remove_button)

    def widgets(self) -> tuple[QWidget, ...]:
        return (*self.editors(), self.capitals_label, self.error_label)

    def fen(self) -> int | None:
        """The amount in fen; 0 when empty, None when it is not an amount."""
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
        self.capitals_label.setVisible(bool(fen))

    def value(self) -> AgreedItemInput:
        return AgreedItemInput(self.item_edit.text().strip(), self.amount_edit.text().strip(),
                               payer=self.payer_edit.text().strip(),
                               payee=self.payee_edit.text().strip(),
                               due_on=date_text(self.due_edit))

    def is_empty(self) -> bool:
        return not (self.item_edit.text().strip() or self.amount_edit.text().strip())

    def show_error(self, text: str) -> None:
        """Add a line to the row's errors; "" clears them."""
        lines = [t for t in (self.error_label.text(), text) if t] if text else []
        self.error_label.setText("\n".join(lines))
        self.error_label.setVisible(bool(lines))

    def delete(self) -> None:
        for widget in self.widgets():
            widget.hide()
            widget.deleteLater()


class AgreementDialog(StepDialog):
    """调解成功: the agreed terms, the payments item by item (with a live total in figures and
    in capitals), the date and the number of signed copies.

    A payment typed without its amount is refused in the dialog (beside its row) before the
    service is asked; given ``session_count``, the agreement's own rules (a session held, an
    amount above zero) are reported with it."""

    def __init__(self, title: str, parent: QWidget | None = None, *, today: date,
                 payer: str, payee: str, claims: Sequence[tuple[str, int]] = (),
                 session_count: int | None = None) -> None:
        super().__init__(title, parent)
        self.today = today
        self.payer = payer
        self.payee = payee
        self.session_count = session_count
        self.rows: list[AgreedItemRow] = []
        self.terms_edit = QPlainTextEdit(self)
        self.terms_edit.setObjectName("termsEdit")
        self.terms_edit.setTabChangesFocus(True)
        self.terms_edit.setMinimumHeight(80)
        self.terms_edit.setPlaceholderText(
            self.tr("Other terms, one per line, e.g. the employer issues a certificate of "
                    "leaving"))
        self.terms_edit.setPlainText(DEFAULT_TERMS)
        self.items_box = QWidget(self)
        self.items_box.setObjectName("itemsBox")
        items = QVBoxLayout(self.items_box)
        items.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(3)
        self.headings: list[QLabel] = []
        for column, (text, stretch) in enumerate(
                ((self.tr("Item"), 4), (self.tr("Amount (yuan)"), 2), (self.tr("Payer"), 3),
                 (self.tr("Payee"), 2), (self.tr("Pay by"), 0))):
            label = QLabel(text, self.items_box)
            label.setStyleSheet("color: #555;")
            self.grid.addWidget(label, 0, column)
            self.grid.setColumnStretch(column, stretch)
            self.headings.append(label)
        items.addLayout(self.grid)
        bottom = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add item"), self.items_box)
        self.add_button.setObjectName("addItemButton")
        self.add_button.setAutoDefault(False)
        self.total_label = QLabel(self.items_box)
        self.total_label.setObjectName("totalLabel")
        self.total_label.setStyleSheet("font-weight: bold;")
        self.total_label.setWordWrap(True)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bottom.addWidget(self.add_button)
        bottom.addSpacing(12)
        bottom.addWidget(self.total_label, 1)
        items.addLayout(bottom)
        self.concluded_edit = date_edit(self, today)
        self.concluded_edit.setObjectName("concludedOnEdit")
        self.concluded_edit.setMaximumDate(qdate(today))
        self.copies_spin = QSpinBox(self)
        self.copies_spin.setObjectName("copiesSpin")
        self.copies_spin.setRange(2, 20)
        self.copies_spin.setValue(3)
        self.copies_spin.setMaximumWidth(100)
        self.form.add_field("items", self.items_box).setText(self.tr("Payments"))
        self.form.add_field("terms", self.terms_edit).setText(self.tr("&Terms"))
        self.form.add_field("concluded_on", self.concluded_edit).setText(self.tr("&Signed on"))
        self.form.add_field("copies", self.copies_spin).setText(self.tr("&Copies"))
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        for item, amount in claims or [("", 0)]:
            row = self.add_row()
            row.item_edit.setText(item)
            row.amount_edit.setText(format_yuan(amount) if amount else "")
        self._update_total()
        self.grow_form()
        self.resize(960, 480)

    # -- rows --------------------------------------------------------------------------------
    def add_row(self, focus: bool = False) -> AgreedItemRow:
        row = AgreedItemRow(self.items_box, payer=self.payer, payee=self.payee, today=self.today)
        row.amount_edit.textChanged.connect(self._update_total)
        row.remove_button.clicked.connect(lambda: self.remove_row(row))
        row.remove_button.setToolTip(self.tr("Remove this item"))
        self.rows.append(row)
        self._place_row(len(self.rows) - 1, row)
        if focus:
            row.item_edit.setFocus()
        return row

    def _place_row(self, index: int, row: AgreedItemRow) -> None:
        top = 1 + 2 * index
        for column, widget in enumerate(row.editors()):
            self.grid.addWidget(widget, top, column)
        self.grid.addWidget(row.error_label, top + 1, 0)
        self.grid.addWidget(row.capitals_label, top + 1, 1, 1, 5)

    def remove_row(self, row: AgreedItemRow) -> None:
        """Take a payment out; the last one left is emptied instead."""
        if len(self.rows) <= 1:
            row.item_edit.clear()
            row.amount_edit.clear()
            row.show_error("")
            return
        self.rows.remove(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
        row.delete()
        for index, kept in enumerate(self.rows):
            for widget in kept.widgets():
                self.grid.removeWidget(widget)
            self._place_row(index, kept)
        self._update_total()

    def _update_total(self) -> None:
        amounts = [row.fen() for row in self.rows]
        if any(a is None for a in amounts):
            self.total_label.setText(self.tr("Total: check the amounts"))
            self.total_label.setStyleSheet(f"font-weight: bold; {ERROR_STYLE}")
            return
        total = sum(a for a in amounts if a is not None)
        self.total_label.setStyleSheet("font-weight: bold;")
        self.total_label.setText(self.tr("Total %1 yuan (RMB %2)")
                                 .replace("%1", format_yuan(total))
                                 .replace("%2", amount_in_capitals(total)))

    def total_fen(self) -> int | None:
        amounts = [row.fen() for row in self.rows]
        return None if any(a is None for a in amounts) else sum(a or 0 for a in amounts)

    # -- value and errors --------------------------------------------------------------------
    def _filled(self) -> list[AgreedItemRow]:
        return [row for row in self.rows if not row.is_empty()]

    def value(self) -> AgreementInput:
        filled = self._filled()
        errors = [ValidationError("required", field=f"items[{index}].amount")
                  for index, row in enumerate(filled) if not row.amount_edit.text().strip()]
        if errors:
            if self.session_count is not None:
                try:
                    check_agreement(self.session_count,
                                    [fen for row in filled if (fen := row.fen()) is not None])
                except ValidationErrors as exc:
                    errors.extend(exc.errors)
                except ValidationError as exc:
                    errors.append(exc)
            raise ValidationErrors(errors)
        return AgreementInput(terms=self.terms_edit.toPlainText().strip(),
                              items=[row.value() for row in filled],
                              concluded_on=date_text(self.concluded_edit),
                              copies=self.copies_spin.value())

    def place_error(self, error: UnionCaseError) -> bool:
        match = ITEM_FIELD.match(error.field or "")
        if match:
            rows = self._filled()
            index = int(match.group(1))
            if index < len(rows):
                heading = self._heading(match.group(2))
                text = field_text(error)
                rows[index].show_error(f"{heading}：{text}" if heading else text)
                return True
        if error.field == "sessions":
            return False  # shown above the buttons: not something to fix in this form
        return super().place_error(error)

    def _heading(self, name: str | None) -> str:
        if name in AgreedItemRow.FIELDS:
            return self.headings[AgreedItemRow.FIELDS.index(name)].text()
        return ""

    def row_errors(self) -> list[str]:
        """Each row's error text ("" when none): what the user sees beside the rows."""
        return [row.error_label.text() if row.error_label.isVisibleTo(self) else ""
                for row in self.rows]

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
        self._by_hand: list[bool] | None = None  # the ticks before 已履行 ticked them all
        self.combo.currentIndexChanged.connect(self._on_performance_changed)
        self._on_performance_changed()
        self.resize(560, 0)

    def _on_performance_changed(self) -> None:
        """已履行 ticks every payment; leaving it restores the ticks made by hand."""
        honored = self.combo.currentData() == Performance.HONORED.value
        open_checks = [c for c in self.item_checks.values() if c.isEnabled()]
        if honored and self._by_hand is None:
            self._by_hand = [c.isChecked() for c in open_checks]
            for check in open_checks:
                check.setChecked(True)
        elif not honored and self._by_hand is not None:
            for check, checked in zip(open_checks, self._by_hand, strict=True):
                check.setChecked(checked)
            self._by_hand = None

    def value(self) -> tuple[str, str, list[int], str]:
        paid = [item_id for item_id, check in self.item_checks.items()
                if check.isChecked() and check.isEnabled()]
        return (str(self.combo.currentData()), self.note_edit.text().strip(), paid,
                date_text(self.on_edit))
