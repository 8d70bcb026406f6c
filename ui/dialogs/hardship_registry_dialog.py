"""困难职工档案 list: who is in the registry, their category, the per-capita figure, the bank
account (masked) and the review date; opens a person's file, or starts one. The files are
filtered, sorted and paged in SQL (``HardshipTableModel``): rows load as they are scrolled to."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.messages import show_error
from ui.models.hardship_table_model import HardshipTableModel
from ui.widgets.person_picker import PersonPicker
from ui.widgets.table_columns import fit_columns
from unioncase.domain.aid import FileStatus, HardshipCategory
from unioncase.domain.errors import UnionCaseError
from unioncase.models.aid import HardshipFileRead
from unioncase.services import UnionCase
from unioncase.services.aid import FileFilter


class HardshipRegistryDialog(QDialog):
    file_requested = Signal(int)  # person id

    def __init__(self, app: UnionCase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("hardshipRegistryDialog")
        self.model = HardshipTableModel(app, self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusFilter")
        for status in FileStatus:
            self.status_combo.addItem(status.value, status.value)
        self.status_combo.addItem("", "")
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("categoryFilter")
        self.category_combo.addItem("", "")
        for category in HardshipCategory:
            self.category_combo.addItem(category.value, category.value)
        self.table = QTableView(self)
        self.table.setObjectName("filesTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Sized to the first page once loaded, not to every row as it arrives.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        column, order = self.model.sort_column()
        header.setSortIndicator(column, order)
        self.table.setSortingEnabled(True)  # sorted in SQL; held until the first load
        self.model.keep_indicator(header)  # the bank account (masked) does not sort
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.new_label = QLabel(self)
        self.person_edit = PersonPicker(app, self)
        self.person_edit.setObjectName("newFilePerson")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newFileButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.status_combo)
        top.addWidget(self.category_combo)
        new = QHBoxLayout()
        new.addWidget(self.new_label)
        new.addWidget(self.person_edit, 1)
        new.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(new)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self.filter_edit.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(self.reload)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.category_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.new_button.clicked.connect(self._on_new_clicked)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()
        self.reload()
        self.resize(1000, 620)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("UnionCase - Hardship registry"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, pinyin or ID number"))
        self.status_combo.setItemText(self.status_combo.count() - 1, self.tr("All statuses"))
        self.category_combo.setItemText(0, self.tr("All categories"))
        self.new_label.setText(self.tr("New file for:"))
        self.person_edit.setPlaceholderText(self.tr("a registered person"))
        self.new_button.setText(self.tr("Open file..."))
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def current_filter(self) -> FileFilter:
        return FileFilter(status=str(self.status_combo.currentData() or ""),
                          category=str(self.category_combo.currentData() or ""),
                          text=self.filter_edit.text().strip())

    def reload(self) -> None:
        """Load (again) with the current filters; keeps the selected file selected. The same
        filters read again the rows loaded so far (a file saved elsewhere)."""
        first = not self.model.is_loaded()
        selected = self.selected_file()
        try:
            self.model.set_filter(self.current_filter())
        except UnionCaseError as exc:
            show_error(self, exc)
            return
        if first:
            fit_columns(self.table)
        self._show_count()
        if selected is not None:
            self.select_person(selected.person_id)

    def on_file_changed(self, file: HardshipFileRead) -> None:
        """A file was saved elsewhere: show it as it is now."""
        self.reload()
        self.select_person(file.person_id)

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%1 files").replace("%1", str(self.model.total())))

    def selected_file(self) -> HardshipFileRead | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.file(index.row())

    def select_person(self, person_id: int) -> bool:
        row = self.model.row_of_person(person_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def open_row(self, row: int) -> bool:
        if not 0 <= row < self.model.rowCount():
            return False
        self.file_requested.emit(self.model.file(row).person_id)
        return True

    def _on_new_clicked(self) -> None:
        person = self.person_edit.person()
        if person is not None:
            self.file_requested.emit(person.id)
