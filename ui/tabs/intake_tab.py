"""信访接待: the list of visits, calls, letters and online messages, with the early warnings."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.messages import show_error
from ui.models.intake_table_model import IntakeTableModel
from ui.tabs.case_list import CaseListSelection, camel
from ui.tasks import TaskRunner
from ui.widgets.table_columns import fit_columns
from unioncase.domain.errors import UnionCaseError
from unioncase.domain.intake import IntakeChannel, IntakeStatus
from unioncase.services import UnionCase
from unioncase.services.intake import IntakeCounts, IntakeFilter

log = logging.getLogger(__name__)

NO_DATE = QDate(2000, 1, 1)  # the date edits' "any date" value
RED = "#c0392b"
AMBER = "#b9770e"


class FilterDateEdit(QDateEdit):
    """A date with a calendar popup that can also be empty (shown as "—"; Delete empties it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("—")
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)

    def value(self) -> date | None:
        return None if self.date() == NO_DATE else self.date().toPython()  # type: ignore[return-value]

    def clear_value(self) -> None:
        self.setDate(NO_DATE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An empty date would open the calendar in the year 2000: show this month instead.
        if (watched is self.calendarWidget() and event.type() == QEvent.Type.Show
                and self.date() == NO_DATE):
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_value()
            return
        super().keyPressEvent(event)


class IntakeTab(QWidget, CaseListSelection):
    open_case_requested = Signal(int)  # case id
    new_intake_requested = Signal(str)  # channel value ("来电" ...), "" for the last one used
    print_requested = Signal(str, str)  # case number, form name ("" = the channel's form)

    def __init__(self, app: UnionCase, parent: QWidget | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.app = app
        # The counts over every matching case come after the list's first rows, in the
        # background when there is a runner (at 300,000 cases they take a third of a second).
        self.runner = runner
        self.setObjectName("intakeTab")
        self.model = IntakeTableModel(app, self)
        self._loaded = False
        self.counts: IntakeCounts | None = None
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)
        self._build_ui()
        self._connect()
        self.retranslate_ui()

    # -- construction ------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.date_from_label = QLabel(self)
        self.date_from_edit = FilterDateEdit(self)
        self.date_from_edit.setObjectName("dateFromEdit")
        self.date_from_label.setBuddy(self.date_from_edit)
        self.date_to_label = QLabel(self)
        self.date_to_edit = FilterDateEdit(self)
        self.date_to_edit.setObjectName("dateToEdit")
        self.date_to_label.setBuddy(self.date_to_edit)
        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("channelFilter")
        self.channel_combo.addItem("", "")
        for channel in IntakeChannel:
            self.channel_combo.addItem(channel.value, channel.value)
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("categoryFilter")
        self.category_combo.addItem("", "")
        self.category_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.addItem("", "")
        for status in IntakeStatus:
            self.status_combo.addItem(status.value, status.value)

        self.overdue_check = QCheckBox(self)
        self.overdue_check.setObjectName("overdueCheck")
        self.group_check = QCheckBox(self)
        self.group_check.setObjectName("groupCheck")
        self.repeat_check = QCheckBox(self)
        self.repeat_check.setObjectName("repeatCheck")
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("resetFiltersButton")

        self.count_labels: dict[str, QLabel] = {}
        for key in ("total", "due_soon", "overdue", "group", "repeat"):
            label = QLabel(self)
            label.setObjectName(f"{camel(key)}Count")
            label.setTextFormat(Qt.TextFormat.RichText)
            self.count_labels[key] = label

        self.new_button = QToolButton(self)
        self.new_button.setObjectName("newButton")
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_menu = QMenu(self.new_button)
        self.new_actions: dict[IntakeChannel, QAction] = {}
        for channel in IntakeChannel:
            action = QAction(self.new_menu)
            action.setObjectName(f"new{channel.key.capitalize()}Action")
            action.triggered.connect(
                lambda _=False, c=channel: self.new_intake_requested.emit(c.value))
            self.new_menu.addAction(action)
            self.new_actions[channel] = action
        self.new_button.setMenu(self.new_menu)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openButton")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printButton")

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.reset_button)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)
        top.addWidget(self.print_button)

        filters = QHBoxLayout()
        filters.addWidget(self.date_from_label)
        filters.addWidget(self.date_from_edit)
        filters.addWidget(self.date_to_label)
        filters.addWidget(self.date_to_edit)
        filters.addSpacing(8)
        filters.addWidget(self.channel_combo)
        filters.addWidget(self.category_combo)
        filters.addWidget(self.status_combo)
        filters.addStretch(1)

        self.counts_strip = QFrame(self)
        self.counts_strip.setObjectName("countsStrip")
        self.counts_strip.setStyleSheet(
            "QFrame#countsStrip { background: palette(alternate-base);"
            " border: 1px solid palette(mid); border-radius: 4px; }")
        counts = QHBoxLayout(self.counts_strip)
        counts.setContentsMargins(8, 2, 8, 2)
        counts.setSpacing(12)
        for label in self.count_labels.values():
            counts.addWidget(label)

        strip = QHBoxLayout()
        strip.addWidget(self.overdue_check)
        strip.addWidget(self.group_check)
        strip.addWidget(self.repeat_check)
        strip.addStretch(1)
        strip.addWidget(self.counts_strip)

        self.table = QTableView(self)
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        column, order = self.model.sort_column()
        header.setSortIndicator(column, order)
        self.table.setSortingEnabled(True)  # the model holds the sort until the first load

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(strip)
        layout.addWidget(self.table, 1)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self._filter_timer.timeout.connect(self.reload)
        for combo in (self.channel_combo, self.category_combo, self.status_combo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        for edit in (self.date_from_edit, self.date_to_edit):
            edit.dateChanged.connect(self._on_filter_changed)
        for check in (self.overdue_check, self.group_check, self.repeat_check):
            check.toggled.connect(self._on_filter_changed)
        self.reset_button.clicked.connect(self.reset_filters)
        self.new_button.clicked.connect(lambda: self.new_intake_requested.emit(""))
        self.open_button.clicked.connect(self._on_open_requested)
        self.print_button.clicked.connect(self._on_print_requested)
        self.table.doubleClicked.connect(lambda _index: self._on_open_requested())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # PySide6 ignores ``context=`` next to a callable: set it on the object.
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._on_open_requested)
        self.model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def retranslate_ui(self) -> None:
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name, pinyin, ID number, phone, employer or case number"))
        self.date_from_label.setText(self.tr("&From"))
        self.date_to_label.setText(self.tr("&To"))
        tip = self.tr("Registration date; Delete clears it")
        self.date_from_edit.setToolTip(tip)
        self.date_to_edit.setToolTip(tip)
        self.channel_combo.setItemText(0, self.tr("All channels"))
        self.category_combo.setItemText(0, self.tr("All categories"))
        self.status_combo.setItemText(0, self.tr("All statuses"))
        self.overdue_check.setText(self.tr("Overdue only"))
        self.overdue_check.setToolTip(self.tr("Open cases past their due date"))
        self.group_check.setText(self.tr("Group only"))
        self.group_check.setToolTip(self.tr("Group petitions: 5 or more people"))
        self.repeat_check.setText(self.tr("Repeat only"))
        self.repeat_check.setToolTip(
            self.tr("Repeat petitions: the same person, or the same employer and category, "
                    "within 90 days"))
        self.reset_button.setText(self.tr("Clear filters"))
        self.new_button.setText(self.tr("New"))
        self.new_button.setToolTip(self.tr("New intake (Ctrl+Shift+I); the arrow picks a channel"))
        texts = {IntakeChannel.VISIT: self.tr("New visit..."),
                 IntakeChannel.CALL: self.tr("New call..."),
                 IntakeChannel.LETTER: self.tr("New letter..."),
                 IntakeChannel.ONLINE: self.tr("New online message...")}
        for channel, action in self.new_actions.items():
            action.setText(texts[channel])
        self.open_button.setText(self.tr("Open"))
        self.print_button.setText(self.tr("Print"))
        self._show_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    # -- loading -----------------------------------------------------------------------------
    def current_filter(self) -> IntakeFilter:
        return IntakeFilter(
            text=self.filter_edit.text().strip(),
            date_from=self.date_from_edit.value(),
            date_to=self.date_to_edit.value(),
            channel=str(self.channel_combo.currentData() or "") or None,
            category=str(self.category_combo.currentData() or ""),
            status=str(self.status_combo.currentData() or "") or None,
            overdue=self.overdue_check.isChecked(),
            group_only=self.group_check.isChecked(),
            repeat_only=self.repeat_check.isChecked(),
        )

    def _on_filter_changed(self) -> None:
        if self._loaded:
            self.reload()

    def reload(self) -> None:
        """Load (again) with the current filters; keeps the selected case selected."""
        first = not self._loaded
        self._loaded = True
        if first:
            self._fill_categories()
        selected = self.selected_case()
        flt = self.current_filter()
        try:
            self.model.set_filter(flt)
        except UnionCaseError as exc:
            show_error(self, exc)
            return
        self._load_counts(flt)
        if first and self.model.rowCount() > 0:
            fit_columns(self.table, minimum=64, padding=12)
        if selected is not None:
            self.select_case(selected.id)

    def reload_categories(self) -> None:
        """The categories changed (an administrator added one): offer them in the filter."""
        if self._loaded:  # otherwise the first load reads them
            self._fill_categories()

    def _fill_categories(self) -> None:
        current = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        while self.category_combo.count() > 1:
            self.category_combo.removeItem(1)
        for name in self.app.intake.categories():
            self.category_combo.addItem(name, name)
        index = self.category_combo.findData(current)
        self.category_combo.setCurrentIndex(max(index, 0))
        self.category_combo.blockSignals(False)

    def reset_filters(self) -> None:
        widgets: list[QWidget] = [self.filter_edit, self.date_from_edit, self.date_to_edit,
                                  self.channel_combo, self.category_combo, self.status_combo,
                                  self.overdue_check, self.group_check, self.repeat_check]
        for widget in widgets:
            widget.blockSignals(True)
        self.filter_edit.clear()
        self.date_from_edit.clear_value()
        self.date_to_edit.clear_value()
        for combo in (self.channel_combo, self.category_combo, self.status_combo):
            combo.setCurrentIndex(0)
        for check in (self.overdue_check, self.group_check, self.repeat_check):
            check.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._filter_timer.stop()
        self.reload()

    def _load_counts(self, flt: IntakeFilter) -> None:
        intake = self.app.intake
        if self.runner is None:
            self._counts_arrived(intake.counts(flt))
            return
        self.runner.run(lambda: intake.counts(flt), self._counts_arrived,
                        on_error=lambda exc: show_error(self, exc), owner=self)

    def _counts_arrived(self, counts: IntakeCounts) -> None:
        self.counts = counts
        self._show_counts()

    def _show_counts(self) -> None:
        c = self.counts
        values = {
            "total": (self.tr("Total"), c.total if c else 0, ""),
            "due_soon": (self.tr("Due soon"), c.due_soon if c else 0, AMBER),
            "overdue": (self.tr("Overdue"), c.overdue if c else 0, RED),
            "group": (self.tr("Group"), c.group if c else 0, RED),
            "repeat": (self.tr("Repeat"), c.repeat if c else 0, AMBER),
        }
        for key, (title, number, colour) in values.items():
            if colour and number:
                shown = f'<b style="color:{colour}">{number}</b>'
            else:
                shown = f"<b>{number}</b>"
            self.count_labels[key].setText(f"{title} {shown}")
            self.count_labels[key].setProperty("count", number)

    def _update_buttons(self) -> None:
        has = self.selected_row() is not None
        self.open_button.setEnabled(has)
        self.print_button.setEnabled(has)
