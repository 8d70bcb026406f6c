"""困难职工档案 list: who is in the registry, their category, the per-capita figure, the bank
account (masked) and the review date; opens a person's file, or starts one."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
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
from ui.widgets.person_picker import PersonPicker
from unioncase.domain.aid import FileStatus, HardshipCategory
from unioncase.domain.errors import UnionCaseError
from unioncase.domain.money import format_yuan
from unioncase.domain.validators import mask_id_number
from unioncase.models.aid import HardshipFileRead
from unioncase.services import UnionCase
from unioncase.services.aid import masked_account

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


class HardshipRegistryDialog(QDialog):
    file_requested = Signal(int)  # person id

    def __init__(self, app: UnionCase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("hardshipRegistryDialog")
        self.files: list[HardshipFileRead] = []
        self.model = QStandardItemModel(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox(self)
        for status in FileStatus:
            self.status_combo.addItem(status.value, status.value)
        self.status_combo.addItem("", "")
        self.category_combo = QComboBox(self)
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
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel(self)
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
        self.model.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("ID number"), self.tr("Category"), self.tr("Suggested"),
             self.tr("Per person and month"), self.tr("Causes"), self.tr("Bank account"),
             self.tr("Status"), self.tr("Review due")])

    def reload(self) -> None:
        try:
            self.files = self.app.aid.files(
                status=str(self.status_combo.currentData() or ""),
                category=str(self.category_combo.currentData() or ""),
                text=self.filter_edit.text().strip())
        except UnionCaseError as exc:
            show_error(self, exc)
            return
        self.model.removeRows(0, self.model.rowCount())
        today = self.app.ctx.today()
        for f in self.files:
            due = QStandardItem(f.review_due.isoformat() if f.review_due else "")
            if f.review_due and f.review_due < today:
                due.setForeground(Qt.GlobalColor.red)
            figure = QStandardItem(format_yuan(f.per_capita_monthly_fen))
            figure.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items = [QStandardItem(f.person_name),
                     QStandardItem(mask_id_number(f.id_number) if f.id_number else ""),
                     QStandardItem(f.category.value if f.category else ""),
                     QStandardItem(f.suggested_category.value if f.suggested_category else ""),
                     figure, QStandardItem("、".join(f.cause_list)),
                     QStandardItem(masked_account(f.bank_account)),
                     QStandardItem(f.status.value), due]
            items[0].setData(f.person_id, PERSON_ROLE)
            self.model.appendRow(items)
        self.count_label.setText(self.tr("%1 files").replace("%1", str(len(self.files))))

    def open_row(self, row: int) -> bool:
        item = self.model.item(row, 0)
        if item is None:
            return False
        self.file_requested.emit(int(item.data(PERSON_ROLE)))
        return True

    def _on_new_clicked(self) -> None:
        person = self.person_edit.person()
        if person is not None:
            self.file_requested.emit(person.id)
