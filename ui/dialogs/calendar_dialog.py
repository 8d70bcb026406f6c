"""The holiday calendar editor: the days of a year that differ from the Monday-Friday week.

Legal deadlines (15 days for mediation, working-day limits) are counted over this calendar. The
official schedules ship with the database; an administrator adds each new year from the State
Council's notice (国务院办公厅关于部分节假日安排的通知) and corrects mistakes here.
"""

from __future__ import annotations

import logging
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.messages import show_error
from ui.models.paged_table_model import RECORD_ROLE, SORT_ROLE
from ui.widgets.field_form import ERROR_STYLE, FieldForm
from unioncase.domain.enums import DayKind
from unioncase.domain.errors import UnionCaseError
from unioncase.services import UnionCase
from unioncase.services.calendar import CalendarDayRead

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

FIRST_YEAR = 2000
LAST_YEAR = 2100


class CalendarColumn(IntEnum):
    DATE = 0
    KIND = 1
    NAME = 2


class CalendarDayTableModel(QAbstractTableModel):
    """One year's special days, sorted by date."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CalendarDayRead] = []

    def set_days(self, days: list[CalendarDayRead]) -> None:
        self.beginResetModel()
        self._rows = sorted(days, key=lambda d: d.day)
        self.endResetModel()

    def day(self, row: int) -> CalendarDayRead:
        return self._rows[row]

    def row_of(self, day: date) -> int:
        """The row showing ``day``, or -1."""
        return next((i for i, d in enumerate(self._rows) if d.day == day), -1)

    def kind_text(self, kind: DayKind) -> str:
        label = self.tr("Holiday") if kind == DayKind.HOLIDAY else self.tr("Make-up working day")
        return f"{label} ({kind.value})"

    def retranslate(self) -> None:
        """Texts depend on the language: tell the views to ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(CalendarColumn) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(CalendarColumn) - 1))

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CalendarColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = CalendarColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CalendarColumn.DATE:
                weekday = QLocale().dayName(record.day.isoweekday(),
                                            QLocale.FormatType.ShortFormat)
                return f"{record.day.isoformat()} {weekday}"
            if column == CalendarColumn.KIND:
                return self.kind_text(record.kind)
            return record.name
        if role == SORT_ROLE:
            if column == CalendarColumn.DATE:
                return record.day.isoformat()
            if column == CalendarColumn.KIND:
                return record.kind.value
            return record.name
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.ForegroundRole and column == CalendarColumn.KIND:
            return QColor("#b03a2e") if record.kind == DayKind.HOLIDAY else QColor("#1f618d")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == CalendarColumn.DATE:
            return self.tr("Date")
        if section == CalendarColumn.KIND:
            return self.tr("Kind")
        if section == CalendarColumn.NAME:
            return self.tr("Name")
        return None


class CalendarDialog(QDialog):
    """Shows a year's holidays and make-up working days; adds, changes and removes them."""

    calendar_changed = Signal()

    def __init__(self, app: UnionCase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("calendarDialog")
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self.load_year(self.year_spin.value())

    # -- construction --------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.year_label = QLabel(self)
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("yearSpin")
        self.year_spin.setRange(FIRST_YEAR, LAST_YEAR)
        self.year_spin.setValue(QDate.currentDate().year())
        self.year_spin.setGroupSeparatorShown(False)
        self.year_spin.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000") + 48)
        self.year_label.setBuddy(self.year_spin)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("missingLabel")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.missing_label.hide()

        self.model = CalendarDayTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("calendarTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeDayButton")
        self.remove_button.setAutoDefault(False)
        self.remove_button.setEnabled(False)

        self.form_box = QGroupBox(self)
        self.fields = FieldForm(self.form_box)
        self.date_edit = QDateEdit(self.form_box)
        self.date_edit.setObjectName("dayEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDateRange(QDate(FIRST_YEAR - 1, 12, 1), QDate(LAST_YEAR, 12, 31))
        self.date_edit.setDate(QDate(self.year_spin.value(), 1, 1))
        self.weekday_label = QLabel(self.form_box)
        self.weekday_label.setObjectName("weekdayLabel")
        date_row = QWidget(self.form_box)
        date_layout = QHBoxLayout(date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(self.date_edit)
        date_layout.addWidget(self.weekday_label)
        date_layout.addStretch(1)
        self.kind_combo = QComboBox(self.form_box)
        self.kind_combo.setObjectName("kindCombo")
        for kind in DayKind:
            self.kind_combo.addItem("", kind.value)
        self.name_edit = QLineEdit(self.form_box)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setMaxLength(40)
        self.fields.add_field("day", date_row)
        self.fields.add_field("kind", self.kind_combo)
        self.fields.add_field("name", self.name_edit)
        self.fields.label("day").setBuddy(self.date_edit)
        self.save_button = QPushButton(self.form_box)
        self.save_button.setObjectName("saveDayButton")
        self.save_button.setAutoDefault(False)
        self.form_hint = QLabel(self.form_box)
        self.form_hint.setWordWrap(True)
        self.form_hint.setStyleSheet("color: #666;")
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.form_hint, 1)
        form_buttons.addWidget(self.save_button)
        form_layout = QVBoxLayout(self.form_box)
        form_layout.addWidget(self.fields)
        form_layout.addLayout(form_buttons)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.setObjectName("buttons")

        year_row = QHBoxLayout()
        year_row.addWidget(self.year_label)
        year_row.addWidget(self.year_spin)
        year_row.addSpacing(12)
        year_row.addWidget(self.count_label)
        year_row.addStretch(1)
        year_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(year_row)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form_box)
        layout.addWidget(self.buttons)
        self.resize(640, 720)

    def _connect(self) -> None:
        self.year_spin.valueChanged.connect(self._on_year_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.date_edit.dateChanged.connect(self._update_weekday)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("UnionCase - Holiday calendar"))
        self.intro.setText(self.tr(
            "Days that differ from the Monday-to-Friday week: public holidays and make-up "
            "working days. Deadlines are counted over this calendar."))
        self.year_label.setText(self.tr("&Year"))
        self.missing_label.setText(self.tr(
            "No official schedule for this year yet: add the State Council's holiday notice."))
        self.remove_button.setText(self.tr("&Remove day"))
        self.form_box.setTitle(self.tr("Add or change a day"))
        self.fields.label("day").setText(self.tr("&Date"))
        self.fields.label("kind").setText(self.tr("&Kind"))
        self.fields.label("name").setText(self.tr("&Name"))
        for index in range(self.kind_combo.count()):
            kind = DayKind(self.kind_combo.itemData(index))
            self.kind_combo.setItemText(index, self.model.kind_text(kind))
        self.name_edit.setPlaceholderText(self.tr("e.g. Spring Festival"))
        self.form_hint.setText(self.tr("Saving a date that is already listed changes it."))
        self.save_button.setText(self.tr("&Save day"))
        self.model.retranslate()
        self._size_columns()
        self._update_count()
        self._update_weekday()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _size_columns(self) -> None:
        """Wide enough for the longest date and kind, even while the year is empty."""
        metrics = self.table.fontMetrics()
        weekday = max((QLocale().dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)),
                      key=metrics.horizontalAdvance)
        kinds = [self.model.kind_text(kind) for kind in DayKind]
        padding = 24
        self.table.setColumnWidth(CalendarColumn.DATE,
                                  metrics.horizontalAdvance(f"2024-12-31 {weekday}") + padding)
        self.table.setColumnWidth(CalendarColumn.KIND,
                                  max(metrics.horizontalAdvance(k) for k in kinds) + padding)

    # -- loading ------------------------------------------------------------------------------
    def year(self) -> int:
        return self.year_spin.value()

    def load_year(self, year: int, select: date | None = None) -> None:
        """Show ``year`` (selecting ``select`` if it is listed)."""
        if self.year_spin.value() != year:
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(year)
            self.year_spin.blockSignals(False)
        try:
            days = self.app.calendar.days(year)
        except UnionCaseError as exc:
            show_error(self, exc)
            days = []
        self.model.set_days(days)
        self.missing_label.setVisible(not days)
        self._update_count()
        self._on_selection_changed()
        if select is not None:
            row = self.model.row_of(select)
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))

    def _on_year_changed(self, year: int) -> None:
        self.load_year(year)
        if self.date_edit.date().year() != year:
            self.date_edit.setDate(QDate(year, 1, 1))

    def _update_count(self) -> None:
        holidays = sum(1 for row in range(self.model.rowCount())
                       if self.model.day(row).kind == DayKind.HOLIDAY)
        workdays = self.model.rowCount() - holidays
        self.count_label.setVisible(self.model.rowCount() > 0)
        self.count_label.setText(self.tr("Holidays: %1, make-up working days: %2")
                                 .replace("%1", str(holidays)).replace("%2", str(workdays)))

    def _update_weekday(self) -> None:
        self.weekday_label.setText(QLocale().dayName(self.date_edit.date().dayOfWeek()))

    def selected_day(self) -> CalendarDayRead | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.day(rows[0].row()) if rows else None

    def _on_selection_changed(self) -> None:
        selected = self.selected_day()
        self.remove_button.setEnabled(selected is not None)
        if selected is None:
            return
        # Fill the form with the selected day, so it can be changed and saved again.
        self.fields.clear_errors()
        self.date_edit.setDate(QDate(selected.day.year, selected.day.month, selected.day.day))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(selected.kind.value))
        self.name_edit.setText(selected.name)

    # -- changing -----------------------------------------------------------------------------
    def _on_save_clicked(self) -> None:
        self.fields.clear_errors()
        picked = self.date_edit.date()
        day = date(picked.year(), picked.month(), picked.day())
        try:
            saved = self.app.calendar.set_day(day, str(self.kind_combo.currentData()),
                                              self.name_edit.text())
        except UnionCaseError as exc:
            if not self.fields.show_errors(exc):
                show_error(self, exc)
            return
        log.info("calendar day %s set to %s", saved.day.isoformat(), saved.kind.value)
        self.load_year(saved.day.year, select=saved.day)
        self.calendar_changed.emit()

    def _confirm(self, text: str) -> bool:
        """Ask a yes/no question. Tests replace this."""
        answer = QMessageBox.question(self, self.tr("UnionCase - Holiday calendar"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _on_remove_clicked(self) -> None:
        selected = self.selected_day()
        if selected is None:
            return
        text = (self.tr("Remove %1 (%2) from the holiday calendar?")
                .replace("%1", selected.day.isoformat())
                .replace("%2", selected.name or self.model.kind_text(selected.kind)))
        if not self._confirm(text):
            return
        try:
            self.app.calendar.remove_day(selected.day)
        except UnionCaseError as exc:
            show_error(self, exc)
            return
        log.info("calendar day %s removed", selected.day.isoformat())
        self.load_year(self.year())
        self.calendar_changed.emit()
