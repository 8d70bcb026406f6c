"""困难帮扶: aid applications with their warnings, the totals paid, figures per program, the
yearly reviews of hardship files that are due; the registry and the batches open from here."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.messages import show_error
from ui.models.aid_table_model import AidTableModel
from ui.tabs.case_list import CaseListSelection
from ui.tabs.intake_tab import AMBER, RED, FilterDateEdit
from ui.tasks import TaskRunner
from ui.widgets.table_columns import fit_columns
from unioncase.domain.aid import AidStatus, HardshipCategory
from unioncase.domain.errors import UnionCaseError
from unioncase.domain.money import format_wan, format_yuan
from unioncase.services import UnionCase
from unioncase.services.aid import AidFigures, AidFilter, ReviewDueRead

log = logging.getLogger(__name__)

MAX_REVIEWS = 5


class AidTab(QWidget, CaseListSelection):
    open_case_requested = Signal(int)  # application id
    new_case_requested = Signal()
    print_requested = Signal(str, str)  # number, form ("" = the approval form)
    registry_requested = Signal(int)  # person id (0: the registry's list)
    batches_requested = Signal()

    def __init__(self, app: UnionCase, parent: QWidget | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.app = app
        # The totals, the figures per program and the reviews due come after the list's first
        # rows, in the background when there is a runner (seconds at 200,000 applications).
        self.runner = runner
        self.setObjectName("aidTab")
        self.model = AidTableModel(app, self)
        self.figures_model = QStandardItemModel(self)
        self._loaded = False
        self.totals: AidFigures | None = None
        self.reviews: list[ReviewDueRead] = []  # the first MAX_REVIEWS of them
        self.review_count = 0
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
        self.reset_button = QPushButton(self)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newButton")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openButton")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printButton")
        self.registry_button = QPushButton(self)
        self.registry_button.setObjectName("registryButton")
        self.batches_button = QPushButton(self)
        self.batches_button.setObjectName("batchesButton")
        self.date_from_label = QLabel(self)
        self.date_from_edit = FilterDateEdit(self)
        self.date_from_label.setBuddy(self.date_from_edit)
        self.date_to_label = QLabel(self)
        self.date_to_edit = FilterDateEdit(self)
        self.date_to_label.setBuddy(self.date_to_edit)
        self.program_combo = QComboBox(self)
        self.program_combo.setObjectName("programFilter")
        self.program_combo.addItem("", None)
        self.batch_combo = QComboBox(self)
        self.batch_combo.setObjectName("batchFilter")
        self.batch_combo.addItem("", None)
        self.batch_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("categoryFilter")
        self.category_combo.addItem("", "")
        for category in HardshipCategory:
            self.category_combo.addItem(category.value, category.value)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.addItem("", "")
        for status in AidStatus:
            self.status_combo.addItem(status.value, status.value)

        self.reviews_label = QLabel(self)
        self.reviews_label.setObjectName("reviewsLabel")
        self.reviews_label.setTextFormat(Qt.TextFormat.RichText)
        self.reviews_label.setWordWrap(True)
        self.reviews_label.setStyleSheet(
            "QLabel#reviewsLabel { background: #fdf2d9; border: 1px solid #e5c07b;"
            " border-radius: 4px; padding: 4px 8px; }")
        self.reviews_label.hide()
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("totalsLabel")
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        strip = QFrame(self)
        strip.setObjectName("countsStrip")
        strip.setStyleSheet("QFrame#countsStrip { background: palette(alternate-base);"
                            " border: 1px solid palette(mid); border-radius: 4px; }")
        strip_row = QHBoxLayout(strip)
        strip_row.setContentsMargins(8, 2, 8, 2)
        strip_row.addWidget(self.totals_label)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.reset_button)
        top.addSpacing(12)
        for button in (self.new_button, self.open_button, self.print_button,
                       self.registry_button, self.batches_button):
            top.addWidget(button)
        filters = QHBoxLayout()
        for widget in (self.date_from_label, self.date_from_edit, self.date_to_label,
                       self.date_to_edit, self.program_combo, self.batch_combo,
                       self.category_combo, self.status_combo):
            filters.addWidget(widget)
        filters.addStretch(1)
        counts = QHBoxLayout()
        counts.addStretch(1)
        counts.addWidget(strip)

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
        header.setStretchLastSection(True)
        column, order = self.model.sort_column()
        header.setSortIndicator(column, order)
        self.table.setSortingEnabled(True)

        self.figures_label = QLabel(self)
        self.figures_view = QTableView(self)
        self.figures_view.setObjectName("programFiguresTable")
        self.figures_view.setModel(self.figures_model)
        self.figures_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures_view.verticalHeader().setVisible(False)
        figures_header = self.figures_view.horizontalHeader()
        figures_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        figures_header.setStretchLastSection(False)
        side = QWidget(self)
        side.setMinimumWidth(400)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.figures_label)
        side_layout.addWidget(self.figures_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.reviews_label)
        layout.addLayout(counts)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self._filter_timer.timeout.connect(self.reload)
        for combo in (self.program_combo, self.batch_combo, self.category_combo,
                      self.status_combo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        for edit in (self.date_from_edit, self.date_to_edit):
            edit.dateChanged.connect(self._on_filter_changed)
        self.reset_button.clicked.connect(self.reset_filters)
        self.new_button.clicked.connect(self.new_case_requested.emit)
        self.open_button.clicked.connect(self._on_open_requested)
        self.print_button.clicked.connect(self._on_print_requested)
        self.registry_button.clicked.connect(lambda: self.registry_requested.emit(0))
        self.batches_button.clicked.connect(self.batches_requested.emit)
        self.reviews_label.linkActivated.connect(self._on_review_link)
        self.table.doubleClicked.connect(lambda _index: self._on_open_requested())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._on_open_requested)
        self.model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def retranslate_ui(self) -> None:
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by number, name, pinyin or ID number"))
        self.reset_button.setText(self.tr("Clear filters"))
        self.new_button.setText(self.tr("New application..."))
        self.new_button.setToolTip(self.tr("New aid application (Ctrl+Shift+A)"))
        self.open_button.setText(self.tr("Open"))
        self.print_button.setText(self.tr("Print"))
        self.print_button.setToolTip(self.tr("Print the approval form"))
        self.registry_button.setText(self.tr("Hardship registry..."))
        self.batches_button.setText(self.tr("Batches..."))
        self.date_from_label.setText(self.tr("&From"))
        self.date_to_label.setText(self.tr("&To"))
        self.program_combo.setItemText(0, self.tr("All programs"))
        self.batch_combo.setItemText(0, self.tr("All batches"))
        self.category_combo.setItemText(0, self.tr("All categories"))
        self.status_combo.setItemText(0, self.tr("All statuses"))
        self.figures_label.setText(self.tr("<b>Per program</b> (the selected applications)"))
        self.figures_model.setHorizontalHeaderLabels(
            [self.tr("Program"), self.tr("Persons"), self.tr("Payments"),
             self.tr("Paid (yuan)"), self.tr("Budget (10k yuan)")])
        self._show_totals()
        self._show_reviews()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    # -- loading -----------------------------------------------------------------------------
    def current_filter(self) -> AidFilter:
        return AidFilter(
            text=self.filter_edit.text().strip(),
            date_from=self.date_from_edit.value(), date_to=self.date_to_edit.value(),
            program_id=self.program_combo.currentData(), batch_id=self.batch_combo.currentData(),
            category=str(self.category_combo.currentData() or ""),
            status=str(self.status_combo.currentData() or ""),
        )

    def _on_filter_changed(self) -> None:
        if self._loaded:
            self.reload()

    def reload(self) -> None:
        first = not self._loaded
        self._loaded = True
        if first:
            self._reload_registries_later()
        selected = self.selected_case()
        flt = self.current_filter()
        try:
            self.model.set_filter(flt)
        except UnionCaseError as exc:
            show_error(self, exc)
            return
        self._load_figures(flt)
        if first and self.model.rowCount() > 0:
            fit_columns(self.table)
        if selected is not None:
            self.select_case(selected.id)

    def _load_figures(self, flt: AidFilter) -> None:
        aid = self.app.aid

        def work() -> tuple[Any, ...]:
            return (aid.totals(flt), aid.figures_by_program(flt),
                    aid.reviews_due(limit=MAX_REVIEWS), aid.reviews_due_count())

        if self.runner is None:
            try:
                self._figures_arrived(work())
            except UnionCaseError as exc:
                show_error(self, exc)
            return
        self.runner.run(work, self._figures_arrived, on_error=lambda exc: show_error(self, exc),
                        owner=self)

    def _figures_arrived(self, result: tuple[Any, ...]) -> None:
        self.totals, figures, self.reviews, self.review_count = result
        self._show_figures(figures)
        self._show_totals()
        self._show_reviews()

    def reload_registries(self) -> None:
        """Programs or batches changed: offer them in the filters."""
        self._show_registries(self._registries())

    def _registries(self) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
        aid = self.app.aid
        return ([(p.name, p.id) for p in aid.programs(include_inactive=True)],
                [(f"{b.name}（{b.program_name}）", b.id) for b in aid.batches()])

    def _reload_registries_later(self) -> None:
        """The first load: the rows first, then the programs and batches to filter by (the
        batches carry their totals, a pass over every application)."""
        if self.runner is None:
            self.reload_registries()
            return
        self.runner.run(self._registries, self._show_registries,
                        on_error=lambda exc: show_error(self, exc), owner=self)

    def _show_registries(self, lists: tuple[list[tuple[str, int]], list[tuple[str, int]]]
                         ) -> None:
        for combo, items in zip((self.program_combo, self.batch_combo), lists, strict=True):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def reset_filters(self) -> None:
        widgets: list[QWidget] = [self.filter_edit, self.date_from_edit, self.date_to_edit,
                                  self.program_combo, self.batch_combo, self.category_combo,
                                  self.status_combo]
        for widget in widgets:
            widget.blockSignals(True)
        self.filter_edit.clear()
        self.date_from_edit.clear_value()
        self.date_to_edit.clear_value()
        for combo in (self.program_combo, self.batch_combo, self.category_combo,
                      self.status_combo):
            combo.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self._filter_timer.stop()
        self.reload()

    def _show_figures(self, figures: list[AidFigures]) -> None:
        model = self.figures_model
        model.removeRows(0, model.rowCount())
        header = self.figures_view.horizontalHeader()
        for f in figures:
            cells = [QStandardItem(f.name), QStandardItem(str(f.persons)),
                     QStandardItem(str(f.payments)), QStandardItem(format_yuan(f.paid_fen)),
                     QStandardItem(format_wan(f.budget_fen) if f.budget_fen is not None
                                   else "")]
            for cell in cells[1:]:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            model.appendRow(cells)
        if model.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _show_totals(self) -> None:
        t = self.totals
        persons, payments = (t.persons, t.payments) if t else (0, 0)
        paid = format_wan(t.paid_fen) if t else "0"
        text = (self.tr("Applications %1").replace("%1", f"<b>{self.model.total()}</b>")
                + "　" + self.tr("Persons aided %1").replace("%1", f"<b>{persons}</b>")
                + "　" + self.tr("Payments %1").replace("%1", f"<b>{payments}</b>")
                + "　" + self.tr("Paid %1 (10k yuan)").replace("%1", f"<b>{paid}</b>"))
        if t and t.approved_fen:
            text += "　" + self.tr("Approved, not yet paid %1 yuan").replace(
                "%1", f'<b style="color:{AMBER}">{format_yuan(t.approved_fen)}</b>')
        self.totals_label.setText(text)

    def _show_reviews(self) -> None:
        if not self.reviews:
            self.reviews_label.hide()
            return
        parts = []
        for r in self.reviews[:MAX_REVIEWS]:
            colour = RED if r.overdue else AMBER
            when = (self.tr("%1 days overdue").replace("%1", str(-r.days_left)) if r.overdue
                    else self.tr("due %1").replace("%1", r.review_due.isoformat()))
            parts.append(f'<a href="person:{r.person_id}">{r.name}</a>'
                         f'<span style="color:{colour}">（{when}）</span>')
        more = self.review_count - len(parts)
        text = self.tr("Yearly reviews of hardship files:") + " " + "、".join(parts)
        if more > 0:
            text += " " + self.tr("and %1 more").replace("%1", str(more))
        self.reviews_label.setText(text)
        self.reviews_label.show()

    def _on_review_link(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if kind == "person" and value.isdigit():
            self.registry_requested.emit(int(value))

    def _update_buttons(self) -> None:
        has = self.selected_row() is not None
        self.open_button.setEnabled(has)
        self.print_button.setEnabled(has)
