"""Quick entry of a visit, call, letter or online message, by keyboard alone.

The channel is chosen with the keys 1-4 on the selector (or Alt+1-4 anywhere); Tab goes through
the fields the channel needs, the registration date last (today unless a paper record from an
earlier day is entered); Ctrl+S saves, Ctrl+N saves and starts the next entry of the same
channel. A call shows its running time, which is recorded with the case. Errors appear under
their fields and nothing is saved.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QDate, QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.messages import show_error
from ui.save_keys import SaveKeys
from ui.widgets.enterprise_picker import EnterprisePicker
from ui.widgets.field_form import FieldForm
from ui.widgets.person_picker import PersonPicker
from unioncase.domain.errors import UnionCaseError, ValidationError, ValidationErrors
from unioncase.domain.intake import GROUP_THRESHOLD, IntakeChannel
from unioncase.models import PersonRead
from unioncase.models.intake import IntakeCaseRead
from unioncase.services import UnionCase
from unioncase.services.intake import IntakeInput

log = logging.getLogger(__name__)

CHANNELS = list(IntakeChannel)  # keys 1-4 in this order: 来访, 来电, 来信, 网络

# The fields each channel asks for, in the order Tab goes through them; the registration date
# (today by default) comes last, just before the buttons.
CHANNEL_FIELDS: dict[IntakeChannel, tuple[str, ...]] = {
    IntakeChannel.CALL: ("phone", "name", "category", "summary", "registered_on"),
    IntakeChannel.VISIT: ("name", "id_number", "phone", "employer_name", "head_count",
                          "category", "summary", "registered_on"),
    IntakeChannel.LETTER: ("name", "letter_date", "sender_address", "phone", "employer_name",
                           "category", "summary", "registered_on"),
    IntakeChannel.ONLINE: ("name", "phone", "employer_name", "category", "summary",
                           "registered_on"),
}
ALL_FIELDS = ("phone", "name", "id_number", "letter_date", "sender_address", "employer_name",
              "head_count", "category", "summary", "registered_on")
FIRST_DATE = QDate(2000, 1, 1)
NOT_TODAY_STYLE = "color: #b9770e; font-weight: bold;"
# Service error fields shown under another field of the form.
FIELD_ALIASES = {"person_id": "name", "employer_id": "employer_name"}

BADGE_STYLE = ("QLabel { background: #c0392b; color: white; font-weight: bold;"
               " border-radius: 3px; padding: 2px 8px; }")
SELECTOR_STYLE = """
QFrame#channelSelector { border: 1px solid transparent; border-radius: 4px; }
QFrame#channelSelector:focus { border: 1px solid palette(highlight); }
QPushButton { padding: 4px 14px; }
QPushButton:checked { font-weight: bold; }
"""


class ChannelSelector(QFrame):
    """Four segmented buttons; with the focus here, 1-4 choose and arrows move."""

    channel_changed = Signal(str)  # channel value
    channel_chosen = Signal(str)  # chosen with a digit key: go on to the fields
    focus_changed = Signal(bool)  # has the focus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channelSelector")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(SELECTOR_STYLE)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[IntakeChannel, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 2, 2, 2)
        row.setSpacing(0)
        for i, channel in enumerate(CHANNELS):
            button = QPushButton(self)
            button.setObjectName(f"{channel.key}ChannelButton")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.group.addButton(button, i)
            self.buttons[channel] = button
            row.addWidget(button)
        self.buttons[IntakeChannel.VISIT].setChecked(True)
        self.group.idToggled.connect(self._on_id_toggled)

    def set_texts(self, texts: dict[IntakeChannel, str]) -> None:
        for i, channel in enumerate(CHANNELS):
            self.buttons[channel].setText(f"{i + 1}  {texts[channel]}")

    def channel(self) -> IntakeChannel:
        return CHANNELS[max(self.group.checkedId(), 0)]

    def set_channel(self, channel: IntakeChannel) -> None:
        self.buttons[channel].setChecked(True)

    def _on_id_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self.channel_changed.emit(CHANNELS[button_id].value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        digits = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}
        key = Qt.Key(event.key())
        if key in digits and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            channel = CHANNELS[digits[key]]
            self.set_channel(channel)
            self.channel_chosen.emit(channel.value)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            index = (CHANNELS.index(self.channel()) + step) % len(CHANNELS)
            self.set_channel(CHANNELS[index])
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()
        self.focus_changed.emit(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()
        self.focus_changed.emit(False)


class RegistrationDateEdit(QDateEdit):
    """A date with a calendar popup; reached by keyboard it selects the day, the part that
    changes when yesterday's paper records are entered (Up and Down step it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:  # a click picks its own part
            self.setSelectedSection(QDateTimeEdit.Section.DaySection)


class IntakeEntryDialog(QDialog):
    case_registered = Signal(object)  # IntakeCaseRead

    def __init__(self, app: UnionCase, channel: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.save_keys = SaveKeys()
        self.last_saved: IntakeCaseRead | None = None
        self._call_timer = QElapsedTimer()
        self._call_seconds: int | None = None  # frozen when the call is over
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._discard_box: QMessageBox | None = None
        self.setObjectName("intakeEntryDialog")
        self._build_ui()
        self._connect()
        start = IntakeChannel(channel) if channel else IntakeChannel.VISIT
        self.selector.blockSignals(True)
        self.selector.set_channel(start)
        self.selector.blockSignals(False)
        self.retranslate_ui()
        self._apply_channel()
        # Opened for one channel: straight to its first field; otherwise choose the channel.
        self._focus_first_field() if channel else self.selector.setFocus()

    # -- construction ------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.selector = ChannelSelector(self)
        self.selector_hint = QLabel(self)
        self.selector_hint.setObjectName("selectorHint")
        self.selector_hint.setStyleSheet("color: #666;")
        self.selector_hint.hide()  # shown while the selector has the focus
        self.timer_label = QLabel("00:00", self)
        self.timer_label.setObjectName("callTimerLabel")
        self.timer_label.setStyleSheet(
            "QLabel { font-family: monospace; font-size: 16px; font-weight: bold;"
            " color: #1a5276; padding: 0 6px; }")
        self.timer_caption = QLabel(self)
        self.stop_timer_button = QPushButton(self)
        self.stop_timer_button.setObjectName("stopTimerButton")
        self.stop_timer_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.fields = FieldForm(self)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("phoneEdit")
        self.phone_edit.setMaxLength(30)
        self.name_edit = PersonPicker(self.app, self)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setMaxLength(50)
        self.person_hint = QLabel(self)
        self.person_hint.setObjectName("personHint")
        self.person_hint.setStyleSheet("color: #666;")
        name_box = QWidget(self)
        name_column = QVBoxLayout(name_box)
        name_column.setContentsMargins(0, 0, 0, 0)
        name_column.setSpacing(2)
        name_column.addWidget(self.name_edit)
        name_column.addWidget(self.person_hint)
        name_box.setFocusProxy(self.name_edit)
        self.id_edit = QLineEdit(self)
        self.id_edit.setObjectName("idNumberEdit")
        self.id_edit.setMaxLength(18)
        self.letter_date_edit = QLineEdit(self)
        self.letter_date_edit.setObjectName("letterDateEdit")
        self.letter_date_edit.setMaxLength(20)
        self.sender_address_edit = QLineEdit(self)
        self.sender_address_edit.setObjectName("senderAddressEdit")
        self.sender_address_edit.setMaxLength(200)
        self.employer_edit = EnterprisePicker(self.app, self)
        self.employer_edit.setObjectName("employerEdit")
        self.head_count_spin = QSpinBox(self)
        self.head_count_spin.setObjectName("headCountSpin")
        self.head_count_spin.setRange(1, 100_000)
        self.head_count_spin.setMinimumWidth(90)
        self.group_badge = QLabel(self)
        self.group_badge.setObjectName("groupBadge")
        self.group_badge.setStyleSheet(BADGE_STYLE)
        self.group_badge.hide()
        head_box = QWidget(self)
        head_row = QHBoxLayout(head_box)
        head_row.setContentsMargins(0, 0, 0, 0)
        head_row.addWidget(self.head_count_spin)
        head_row.addWidget(self.group_badge)
        head_row.addStretch(1)
        head_box.setFocusProxy(self.head_count_spin)
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("categoryCombo")
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setObjectName("summaryEdit")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(96)
        self.registered_on_edit = RegistrationDateEdit(self)
        self.registered_on_edit.setObjectName("registeredOnEdit")
        self.registered_on_edit.setMinimumWidth(130)
        self.not_today_label = QLabel(self)
        self.not_today_label.setObjectName("notTodayLabel")
        self.not_today_label.setStyleSheet(NOT_TODAY_STYLE)
        self.not_today_label.hide()
        date_box = QWidget(self)
        date_row = QHBoxLayout(date_box)
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.registered_on_edit)
        date_row.addWidget(self.not_today_label)
        date_row.addStretch(1)
        date_box.setFocusProxy(self.registered_on_edit)
        self._set_today()

        self._editors: dict[str, QWidget] = {
            "phone": self.phone_edit, "name": self.name_edit, "id_number": self.id_edit,
            "letter_date": self.letter_date_edit, "sender_address": self.sender_address_edit,
            "employer_name": self.employer_edit, "head_count": self.head_count_spin,
            "category": self.category_combo, "summary": self.summary_edit,
            "registered_on": self.registered_on_edit,
        }
        rows: dict[str, QWidget] = dict(self._editors, name=name_box, head_count=head_box,
                                        registered_on=date_box)
        self._rows: dict[str, QWidget] = {}
        for key in ALL_FIELDS:
            self.fields.add_field(key, rows[key])
            box = rows[key].parentWidget()  # the row's box, with the error label
            assert box is not None
            self._rows[key] = box

        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("lastSavedLabel")
        self.saved_label.setStyleSheet("color: #1e8449;")
        self.save_next_button = QPushButton(self)
        self.save_next_button.setObjectName("saveNextButton")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("buttons")
        self.buttons.addButton(self.save_next_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):  # Enter moves to the next field instead
                button.setAutoDefault(False)

        top = QHBoxLayout()
        top.addWidget(self.selector)
        top.addWidget(self.selector_hint)
        top.addStretch(1)
        top.addWidget(self.timer_caption)
        top.addWidget(self.timer_label)
        top.addWidget(self.stop_timer_button)

        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_label, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(4)
        layout.addWidget(self.fields)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.setMinimumWidth(640)
        self._fill_categories()

    def _fill_categories(self) -> None:
        """The active categories after the "(choose)" item; the chosen one stays chosen."""
        current = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        if self.category_combo.count() == 0:
            self.category_combo.addItem("", "")
        while self.category_combo.count() > 1:
            self.category_combo.removeItem(1)
        for name in self.app.intake.categories():
            self.category_combo.addItem(name, name)
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(current), 0))
        self.category_combo.blockSignals(False)

    def reload_categories(self) -> None:
        """An administrator changed the categories while the form is open."""
        self._fill_categories()

    def _set_today(self) -> None:
        """Today (the service's clock) is both the default and the latest registration date."""
        today = self.app.ctx.today()
        self.registered_on_edit.setDateRange(FIRST_DATE, QDate(today.year, today.month,
                                                               today.day))
        self.registered_on_edit.setDate(self.registered_on_edit.maximumDate())

    def _follow_today(self) -> None:
        """Left open past midnight: the new day may be chosen, and "today" moves on with it."""
        today = self.app.ctx.today()
        day = QDate(today.year, today.month, today.day)
        latest = self.registered_on_edit.maximumDate()
        if day <= latest:
            return
        was_today = self.registered_on_edit.date() == latest
        self.registered_on_edit.setMaximumDate(day)
        if was_today:
            self.registered_on_edit.setDate(day)
        self._update_not_today()

    def registered_on(self) -> str:
        return str(self.registered_on_edit.date().toString("yyyy-MM-dd"))

    def _update_not_today(self) -> None:
        self.not_today_label.setVisible(
            self.registered_on_edit.date() != self.registered_on_edit.maximumDate())

    def _connect(self) -> None:
        self.selector.channel_changed.connect(self._on_selector_channel_changed)
        self.selector.channel_chosen.connect(lambda _c: self._focus_first_field())
        self.selector.focus_changed.connect(self.selector_hint.setVisible)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_next_button.clicked.connect(self.save_and_next)
        self.stop_timer_button.clicked.connect(self._on_stop_timer_clicked)
        self._tick.timeout.connect(self._show_call_time)
        self.head_count_spin.valueChanged.connect(self._update_group_badge)
        self.name_edit.person_changed.connect(self._on_person_changed)
        self.name_edit.textChanged.connect(self._update_person_hint)
        self.id_edit.editingFinished.connect(self._on_id_edit_finished)
        self.phone_edit.editingFinished.connect(self._on_phone_edit_finished)
        self.registered_on_edit.dateChanged.connect(self._update_not_today)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+N"), self, self.save_and_next)
        for i, channel in enumerate(CHANNELS):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self,
                      lambda c=channel: self._choose_channel(c))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("UnionCase - New intake"))
        self.selector.set_texts({IntakeChannel.VISIT: self.tr("Visit"),
                                 IntakeChannel.CALL: self.tr("Call"),
                                 IntakeChannel.LETTER: self.tr("Letter"),
                                 IntakeChannel.ONLINE: self.tr("Online")})
        self.selector.setToolTip(self.tr("Channel: keys 1-4 here, or Alt+1-4 anywhere"))
        self.selector_hint.setText(self.tr("Press 1-4, or Tab to keep this channel"))
        self.timer_caption.setText(self.tr("Call time"))
        self.stop_timer_button.setText(self.tr("Hang up"))
        self.stop_timer_button.setToolTip(self.tr("Stop the call timer"))
        labels = {
            "name": self.tr("&Name"), "id_number": self.tr("&ID number"),
            "letter_date": self.tr("&Letter date"), "sender_address": self.tr("Sender &address"),
            "employer_name": self.tr("&Employer"), "head_count": self.tr("&Head count"),
            "category": self.tr("Cate&gory"), "summary": self.tr("&What they ask"),
            "registered_on": self.tr("Registered &on"),
        }
        for key, text in labels.items():
            self.fields.label(key).setText(text)
        self.name_edit.setPlaceholderText(
            self.tr("Type a name, pinyin, ID number or phone to find a registered person"))
        self.id_edit.setPlaceholderText(self.tr("18 characters; optional"))
        self.letter_date_edit.setPlaceholderText(self.tr("The date written on the letter, "
                                                         "e.g. 2022-03-05"))
        self.sender_address_edit.setPlaceholderText(self.tr("As written on the envelope"))
        self.employer_edit.setPlaceholderText(
            self.tr("Type a name, pinyin or credit code; a new name is registered"))
        self.summary_edit.setPlaceholderText(self.tr("What the petitioner asks for"))
        self.registered_on_edit.setToolTip(
            self.tr("The day the petition came in: today, or an earlier day when entering "
                    "paper records"))
        self.not_today_label.setText(self.tr("Not today"))
        self.category_combo.setItemText(0, self.tr("(choose)"))
        self.save_next_button.setText(self.tr("Save && &next"))
        self.save_next_button.setToolTip(
            self.tr("Save and start the next entry of the same channel (Ctrl+N)"))
        self.group_badge.setText(self.tr("Group petition"))
        self._retranslate_channel()
        self._update_person_hint()
        self._show_saved()

    def _retranslate_channel(self) -> None:
        channel = self.selector.channel()
        call = channel is IntakeChannel.CALL
        self.fields.label("phone").setText(self.tr("Caller &number") if call
                                           else self.tr("&Phone"))
        self.phone_edit.setPlaceholderText(
            self.tr("The number the call came from") if call
            else self.tr("Mobile or landline; optional"))
        titles = {IntakeChannel.VISIT: self.tr("UnionCase - New visit"),
                  IntakeChannel.CALL: self.tr("UnionCase - New call"),
                  IntakeChannel.LETTER: self.tr("UnionCase - New letter"),
                  IntakeChannel.ONLINE: self.tr("UnionCase - New online message")}
        self.setWindowTitle(titles[channel])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._follow_today()
        for button in self.buttons.buttons():  # the button box makes Save the default on show
            if isinstance(button, QPushButton):
                button.setDefault(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter goes to the next field, as in paper-form data entry; only Ctrl+S saves."""
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            focus = self.focusWidget()
            if isinstance(focus, QLineEdit | QAbstractSpinBox | QComboBox):
                self.focusNextChild()
                return
        super().keyPressEvent(event)

    # -- channel -----------------------------------------------------------------------------
    def channel(self) -> IntakeChannel:
        return self.selector.channel()

    def _choose_channel(self, channel: IntakeChannel) -> None:
        self.selector.set_channel(channel)
        self._focus_first_field()

    def _on_selector_channel_changed(self, _value: str) -> None:
        self._apply_channel()

    def _apply_channel(self) -> None:
        channel = self.channel()
        wanted = CHANNEL_FIELDS[channel]
        form = self.fields.form
        # Re-add the rows in the channel's order; the others stay hidden at the end.
        while form.rowCount():
            form.takeRow(0)
        for key in (*wanted, *(k for k in ALL_FIELDS if k not in wanted)):
            form.addRow(self.fields.label(key), self._rows[key])
            form.setRowVisible(self._rows[key], key in wanted)
        previous: QWidget = self.selector
        for key in wanted:
            editor = self._editors[key]
            QWidget.setTabOrder(previous, editor)
            previous = editor
        for button in (self.save_next_button,
                       self.buttons.button(QDialogButtonBox.StandardButton.Save),
                       self.buttons.button(QDialogButtonBox.StandardButton.Cancel)):
            QWidget.setTabOrder(previous, button)
            previous = button
        call = channel is IntakeChannel.CALL
        for widget in (self.timer_caption, self.timer_label, self.stop_timer_button):
            widget.setVisible(call)
        if call and not self._call_timer.isValid() and self._call_seconds is None:
            self._start_call_timer()
        self._update_group_badge()
        self._retranslate_channel()
        self.fields.clear_errors()

    def _focus_first_field(self) -> None:
        first = CHANNEL_FIELDS[self.channel()][0]
        self._editors[first].setFocus(Qt.FocusReason.TabFocusReason)

    # -- call timer --------------------------------------------------------------------------
    def _start_call_timer(self) -> None:
        self._call_seconds = None
        self._call_timer.start()
        self._tick.start()
        self.stop_timer_button.setEnabled(True)
        self._show_call_time()

    def _stop_call_timer(self) -> None:
        if self._call_timer.isValid():
            self._call_seconds = int(self._call_timer.elapsed() // 1000)
            self._call_timer.invalidate()
        self._tick.stop()
        self.stop_timer_button.setEnabled(False)
        self._show_call_time()

    def _on_stop_timer_clicked(self) -> None:
        self._stop_call_timer()

    def call_seconds(self) -> int:
        """Seconds of the call so far (or in all, once it is over)."""
        if self._call_timer.isValid():
            return int(self._call_timer.elapsed() // 1000)
        return self._call_seconds or 0

    def _show_call_time(self) -> None:
        minutes, seconds = divmod(self.call_seconds(), 60)
        self.timer_label.setText(f"{minutes:02d}:{seconds:02d}")

    # -- live feedback -----------------------------------------------------------------------
    def _update_group_badge(self) -> None:
        group = (self.channel() is IntakeChannel.VISIT
                 and self.head_count_spin.value() >= GROUP_THRESHOLD)
        self.group_badge.setVisible(group)

    def _on_person_changed(self, person: PersonRead | None) -> None:
        if person is not None:
            if not self.id_edit.text().strip() and person.id_number:
                self.id_edit.setText(person.id_number)
            if not self.phone_edit.text().strip() and person.phone:
                self.phone_edit.setText(person.phone)
            if not self.employer_edit.text().strip() and person.employer_name:
                self.employer_edit.set_enterprise(person.employer_id, person.employer_name)
        self._update_person_hint()

    def _update_person_hint(self) -> None:
        person = self.name_edit.person()
        if person is not None:
            text = self.tr("Registered person %1").replace("%1", person.number)
        elif self.name_edit.text().strip():
            text = self.tr("New person: added to the registry when saved")
        else:
            text = ""
        self.person_hint.setText(text)
        self.person_hint.setVisible(bool(text))

    def _on_id_edit_finished(self) -> None:
        if self.name_edit.person() is not None:
            return
        found = self.app.persons.find_by_id_number(self.id_edit.text())
        if found is not None:
            self.name_edit.set_person(found)

    def _on_phone_edit_finished(self) -> None:
        """A caller whose number is registered to exactly one person: that person."""
        phone = "".join(self.phone_edit.text().split())
        if len(phone) < 7 or self.name_edit.text().strip():
            return
        hits = [p for p in self.app.persons.search(phone, limit=5)
                if "".join((p.phone or "").split()) == phone]
        if len(hits) == 1:
            self.name_edit.set_person(hits[0])

    # -- saving ------------------------------------------------------------------------------
    def intake_input(self) -> IntakeInput:
        channel = self.channel()
        wanted = CHANNEL_FIELDS[channel]
        employer_id = self.employer_edit.enterprise_id() if "employer_name" in wanted else None
        employer_name = (self.employer_edit.text().strip()
                         if "employer_name" in wanted and employer_id is None else "")
        return IntakeInput(
            channel=channel.value,
            name=self.name_edit.text(),
            phone=self.phone_edit.text(),
            id_number=self.id_edit.text() if "id_number" in wanted else "",
            person_id=self.name_edit.person_id(),
            employer_id=employer_id,
            employer_name=employer_name,
            category=str(self.category_combo.currentData() or ""),
            head_count=self.head_count_spin.value() if "head_count" in wanted else 1,
            summary=self.summary_edit.toPlainText(),
            call_seconds=self.call_seconds() if channel is IntakeChannel.CALL else None,
            letter_date=self.letter_date_edit.text() if "letter_date" in wanted else "",
            sender_address=(self.sender_address_edit.text() if "sender_address" in wanted
                            else ""),
            registered_on=self.registered_on(),
            uuid=self.save_keys.key(),
        )

    def save(self) -> IntakeCaseRead | None:
        return self._save(next_entry=False)

    def save_and_next(self) -> IntakeCaseRead | None:
        return self._save(next_entry=True)

    def _save(self, next_entry: bool) -> IntakeCaseRead | None:
        self.fields.clear_errors()
        self._follow_today()
        try:
            saved = self.app.intake.register(self.intake_input())
        except UnionCaseError as exc:
            self._show_errors(exc)
            return None
        self.save_keys.done()
        self._stop_call_timer()
        self.last_saved = saved
        log.info("intake case registered: %s", saved.number)
        self.case_registered.emit(saved)
        if next_entry:
            self._clear()
            self._show_saved()
            self._focus_first_field()
        else:
            self.accept()
        return saved

    def _show_errors(self, exc: UnionCaseError) -> None:
        errors = list(exc.errors) if isinstance(exc, ValidationErrors) else [exc]
        wanted = CHANNEL_FIELDS[self.channel()]
        placed: list[ValidationError] = []
        for error in errors:
            field = FIELD_ALIASES.get(error.field or "", error.field or "")
            if field not in wanted:
                show_error(self, error)
                continue
            moved = ValidationError(error.code, field=field, **error.params)
            placed.append(moved)
        if placed:
            self.fields.show_errors(ValidationErrors(placed))
            self._editors[str(placed[0].field)].setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_saved(self) -> None:
        if self.last_saved is None:
            self.saved_label.clear()
            return
        self.saved_label.setText(self.tr("Registered %1 (%2)")
                                 .replace("%1", self.last_saved.number)
                                 .replace("%2", self.last_saved.person_name))

    def _clear(self) -> None:
        for edit in (self.phone_edit, self.id_edit, self.letter_date_edit,
                     self.sender_address_edit):
            edit.clear()
        self.name_edit.set_person(None)
        self.employer_edit.set_enterprise(None, "")
        self.head_count_spin.setValue(1)
        self.category_combo.setCurrentIndex(0)
        self.summary_edit.clear()
        # The registration date stays: a pile of paper records is entered with Ctrl+N.
        self.fields.clear_errors()
        self._call_seconds = None
        self._call_timer.invalidate()
        if self.channel() is IntakeChannel.CALL:
            self._start_call_timer()

    def has_input(self) -> bool:
        return any((self.name_edit.text().strip(), self.phone_edit.text().strip(),
                    self.id_edit.text().strip(), self.summary_edit.toPlainText().strip(),
                    self.letter_date_edit.text().strip(),
                    self.sender_address_edit.text().strip()))

    def reject(self) -> None:
        """Leaving with typed input asks first (non-blocking)."""
        if not self.has_input():
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("UnionCase - New intake"),
                          self.tr("Discard this entry? Nothing has been saved."),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("discardBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._on_discard_answer(box))
        self._discard_box = box
        box.open()

    def _on_discard_answer(self, box: QMessageBox) -> None:
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Discard:
            self._tick.stop()
            super().reject()
