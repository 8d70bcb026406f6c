"""The records behind a figure of the statistics: a paged list (number, date, name, what,
status, amount) that opens a record with a double click or Enter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from ui.models.figure_records_model import FigureRecordsModel
from unioncase.domain.errors import UnionCaseError

CASE_KINDS = ("intake", "mediation", "aid", "jobs")


class FigureRecordsDialog(QDialog):
    case_requested = Signal(str, str)  # kind, number (MainWindow.open_case)
    fairs_requested = Signal()
    registries_requested = Signal()  # mediation organizations and mediators

    def __init__(self, model: FigureRecordsModel, title: str, subtitle: str,
                 parent: QWidget | None = None, summary: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("figureRecordsDialog")
        self.model = model
        model.setParent(self)
        self._title = title
        self._subtitle = subtitle
        self._summary = summary  # e.g. the total amount, shown after the count
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self.resize(960, 560)

    def _build_ui(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setObjectName("figureTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setObjectName("figureSubtitle")
        self.subtitle_label.setStyleSheet("color: #566573;")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(260)
        self.table = QTableView(self)
        self.table.setObjectName("recordsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)  # sorted in SQL, without sorting once on opening
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setWordWrap(False)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openButton")
        self.open_button.setDefault(False)
        self.open_button.setAutoDefault(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addSpacing(12)
        heading.addWidget(self.subtitle_label, 1)
        heading.addWidget(self.filter_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_current)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_current)
        self.filter_edit.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(self.apply_filter)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self.model.sort)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.rowsInserted.connect(lambda *_a: self._show_count())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("%1 — the records").replace("%1", self._title))
        self.title_label.setText(self._title)
        self.subtitle_label.setText(self._subtitle)
        self.filter_edit.setPlaceholderText(self.tr("Filter by number, name or content"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the selected record (Enter)"))
        self.open_button.setVisible(self.model.kind in CASE_KINDS
                                    or self.model.kind in ("fair", "organization", "mediator"))
        if self.model.kind in ("fair",):
            self.open_button.setText(self.tr("Job &fairs..."))
        elif self.model.kind in ("organization", "mediator"):
            self.open_button.setText(self.tr("&Registry..."))
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_model_reset(self) -> None:
        self._show_count()
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column) + 16, 360))
        what = self.model.column_of("what")
        if what >= 0:
            header.setSectionResizeMode(what, QHeaderView.ResizeMode.Stretch)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _show_count(self) -> None:
        total = self.model.total()
        shown = self.model.rowCount()
        text = self.tr("%1 records").replace("%1", str(total))
        if self._summary:
            text += "　" + self._summary
        if shown < total:
            text += "　" + self.tr("(%1 loaded; scroll for more)").replace("%1", str(shown))
        self.count_label.setText(text)

    def apply_filter(self) -> None:
        try:
            self.model.reload(self.filter_edit.text().strip())
        except UnionCaseError as exc:
            show_error(self, exc)

    def open_current(self) -> None:
        kind = self.model.kind
        if kind == "fair":
            self.fairs_requested.emit()
            return
        if kind in ("organization", "mediator"):
            self.registries_requested.emit()
            return
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return
        record = self.model.figure_record(index.row())
        if kind in CASE_KINDS and record.number:
            self.case_requested.emit(kind, record.number)
