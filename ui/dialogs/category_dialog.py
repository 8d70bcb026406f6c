"""Petition categories (信访类别), for administrators: the list with each category's deadlines,
and a form to add one.

The days to decide are counted from the registration, the days to handle from the acceptance;
a case takes them from its category when that step happens, so a new category applies to the
petitions registered from then on.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
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

from ui.messages import show_error
from ui.models.category_table_model import CategoryColumn, CategoryTableModel
from ui.widgets.field_form import FieldForm
from unioncase.domain.errors import UnionCaseError
from unioncase.domain.intake import ACCEPT_DAYS, HANDLE_DAYS
from unioncase.services import UnionCase
from unioncase.services.intake import MAX_DAYS

log = logging.getLogger(__name__)

ADDED_STYLE = "color: #1e8449;"


class CategoryDialog(QDialog):
    categories_changed = Signal()

    def __init__(self, app: UnionCase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("categoryDialog")
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self.reload()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- construction --------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.intro = QLabel(self)
        self.intro.setObjectName("introLabel")
        self.intro.setWordWrap(True)
        self.model = CategoryTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("categoryTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CategoryColumn.NAME, QHeaderView.ResizeMode.Stretch)

        self.form_box = QGroupBox(self)
        self.fields = FieldForm(self.form_box)
        self.name_edit = QLineEdit(self.form_box)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setMaxLength(40)
        self.accept_days_spin = self._days_spin("acceptDaysSpin", ACCEPT_DAYS)
        self.handle_days_spin = self._days_spin("handleDaysSpin", HANDLE_DAYS)
        self.fields.add_field("name", self.name_edit)
        self.fields.add_field("accept_days", self.accept_days_spin)
        self.fields.add_field("handle_days", self.handle_days_spin)
        self.add_button = QPushButton(self.form_box)
        self.add_button.setObjectName("addCategoryButton")
        self.form_hint = QLabel(self.form_box)
        self.form_hint.setWordWrap(True)
        self.form_hint.setStyleSheet("color: #666;")
        self.added_label = QLabel(self.form_box)
        self.added_label.setObjectName("addedLabel")
        self.added_label.setStyleSheet(ADDED_STYLE)
        self.added_label.hide()
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.added_label)
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.add_button)
        form_layout = QVBoxLayout(self.form_box)
        form_layout.addWidget(self.fields)
        form_layout.addWidget(self.form_hint)
        form_layout.addLayout(form_buttons)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.setObjectName("buttons")
        for button in (self.add_button, *self.buttons.buttons()):
            if isinstance(button, QPushButton):  # Enter adds from the form, nothing else
                button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form_box)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.name_edit, self.accept_days_spin)
        QWidget.setTabOrder(self.accept_days_spin, self.handle_days_spin)
        QWidget.setTabOrder(self.handle_days_spin, self.add_button)
        self.resize(600, 620)

    def _days_spin(self, name: str, value: int) -> QSpinBox:
        spin = QSpinBox(self.form_box)
        spin.setObjectName(name)
        spin.setRange(1, MAX_DAYS)
        spin.setValue(value)
        spin.setMinimumWidth(90)
        return spin

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_category)
        self.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("UnionCase - Petition categories"))
        self.intro.setText(self.tr(
            "What a petition can be registered as, with its deadlines: the days to decide "
            "whether it is accepted, counted from the registration, and the days to handle it, "
            "counted from the acceptance."))
        self.form_box.setTitle(self.tr("Add a category"))
        self.fields.label("name").setText(self.tr("&Name"))
        self.fields.label("accept_days").setText(self.tr("&Decide within (days)"))
        self.fields.label("handle_days").setText(self.tr("&Handle within (days)"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Women workers' rights"))
        self.form_hint.setText(self.tr(
            "A new category applies to petitions registered from now on. Adding the name of a "
            "category that is no longer in use brings it back with these days."))
        self.add_button.setText(self.tr("&Add category"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the form adds the category; elsewhere it does nothing."""
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            if self.focusWidget() in (self.name_edit, self.accept_days_spin,
                                      self.handle_days_spin):
                self.add_category()
            return
        super().keyPressEvent(event)

    # -- content -------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        try:
            categories = self.app.intake.category_list(include_inactive=True)
        except UnionCaseError as exc:
            show_error(self, exc)
            categories = []
        self.model.set_categories(categories)
        if select is not None:
            row = self.model.row_of(select)
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))

    def _relayout_form(self) -> None:
        """An error line came or went: the box's layout keeps the old height of its wrapped hint
        otherwise (a cached height-for-width), leaving a gap."""
        layout = self.form_box.layout()
        if layout is not None:
            layout.invalidate()

    def add_category(self) -> bool:
        self.fields.clear_errors()
        self.added_label.hide()
        try:
            added = self.app.intake.add_category(self.name_edit.text(),
                                                 self.accept_days_spin.value(),
                                                 self.handle_days_spin.value())
        except UnionCaseError as exc:
            if not self.fields.show_errors(exc):
                show_error(self, exc)
            self._relayout_form()
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self._relayout_form()
        log.info("intake category added (%d and %d days)", added.accept_days, added.handle_days)
        self.reload(select=added.name)
        self.name_edit.clear()
        self.accept_days_spin.setValue(ACCEPT_DAYS)
        self.handle_days_spin.setValue(HANDLE_DAYS)
        self.added_label.setText(self.tr("Added %1.").replace("%1", added.name))
        self.added_label.show()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.categories_changed.emit()
        return True
