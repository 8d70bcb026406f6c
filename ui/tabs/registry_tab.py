"""A registry list: a filter box, a count, a lazily loaded table and the actions on a record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.paged_table_model import PagedTableModel
from ui.tasks import TaskRunner
from ui.widgets.table_columns import fit_columns


class RegistryTab(QWidget):
    """Base of the person and enterprise registries. Subclasses give the model and the actions."""

    record_activated = Signal(int)  # row

    def __init__(self, model: PagedTableModel, parent: QWidget | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.runner = runner  # counts a long list in the background when given
        self._counting: object = None  # the load whose count is under way
        self._loaded = False
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)
        self._build_ui()
        self._connect()
        self.retranslate_ui()

    def _build_ui(self) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newButton")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openButton")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printButton")

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)
        top.addWidget(self.print_button)

        self.table = QTableView(self)
        self.table.setObjectName("recordTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self._filter_timer.timeout.connect(self.reload)
        self.table.doubleClicked.connect(lambda index: self._on_open_requested())
        self.open_button.clicked.connect(self._on_open_requested)
        self.new_button.clicked.connect(self.create_record)
        self.print_button.clicked.connect(self._on_print_requested)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # PySide6 ignores a context= keyword here: set it on the object.
            shortcut = QShortcut(QKeySequence(key), self.table, self._on_open_requested)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)

    def retranslate_ui(self) -> None:
        # A base class translates in its own context (tr() would use the subclass's name).
        self.new_button.setText(QCoreApplication.translate("RegistryTab", "New"))
        self.open_button.setText(QCoreApplication.translate("RegistryTab", "Open"))
        self.print_button.setText(QCoreApplication.translate("RegistryTab", "Print"))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.reload()

    # -- actions -----------------------------------------------------------------------------
    def reload(self) -> None:
        self._loaded = True
        self.model.reload(self.filter_edit.text())
        if self.model.rowCount() > 0:
            fit_columns(self.table)

    def _update_count(self) -> None:
        total = self.model.known_total()
        if total is None and self.runner is not None:
            # A million persons take a quarter of a second to count: the rows show first.
            load = self.model.counter()
            self._counting = load
            self.count_label.setText(QCoreApplication.translate("RegistryTab", "Counting..."))
            self.runner.run(load, lambda n, load=load: self._count_arrived(load, n), owner=self)
            return
        self._counting = None
        self._show_count(self.model.total())

    def _count_arrived(self, load: object, total: int) -> None:
        if load is not self._counting:
            return  # the list was loaded again meanwhile
        self._counting = None
        self.model.set_total(total)
        self._show_count(total)

    def _show_count(self, total: int) -> None:
        text = QCoreApplication.translate("RegistryTab", "%n record(s)", None, total)
        self.count_label.setText(text)

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        current = self.table.currentIndex()
        return current.row() if current.isValid() else None

    def _on_open_requested(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_row(row)

    def _on_print_requested(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.print_row(row)

    # -- for subclasses ----------------------------------------------------------------------
    def create_record(self) -> None:
        raise NotImplementedError

    def open_row(self, row: int) -> None:
        raise NotImplementedError

    def print_row(self, row: int) -> None:
        raise NotImplementedError
