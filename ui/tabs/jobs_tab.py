"""就业推荐: job seekers with their latest referral, the figures (seekers, referrals, placements,
placement rate), and the referrals due for a follow-up call; job fairs open from here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
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
from ui.models.job_seeker_table_model import JobSeekerTableModel, SeekerColumn, referral_text
from ui.tabs.case_list import CaseListSelection
from ui.tabs.intake_tab import AMBER, FilterDateEdit
from ui.tasks import TaskRunner
from ui.widgets.enterprise_picker import EnterprisePicker
from unioncase.domain.errors import UnionCaseError
from unioncase.domain.jobs import ReferralResult
from unioncase.domain.money import format_percent
from unioncase.models.jobs import ReferralRead
from unioncase.services import UnionCase
from unioncase.services.jobs import JobFigures, SeekerFilter

MAX_FOLLOW_UPS = 5
MAX_REFERRAL_WIDTH = 360  # pixels: a longer employer's name is elided (and shown in full on hover)


class JobsTab(QWidget, CaseListSelection):
    """The seekers are filtered, sorted and paged in SQL (``JobSeekerTableModel``): rows load
    as the list is scrolled to them, however many there are. The first rows come first; the
    figures over every matching seeker (which count them for the list too), the follow-ups and
    the fairs to filter by come after them, in the background when there is a runner (at
    100,000 seekers the figures take a few times as long as the rows)."""

    open_case_requested = Signal(int)  # seeker id
    new_case_requested = Signal()
    print_requested = Signal(str, str)
    fairs_requested = Signal()

    def __init__(self, app: UnionCase, parent: QWidget | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.setObjectName("jobsTab")
        self.model = JobSeekerTableModel(app, self)
        self.figures: JobFigures | None = None
        self.follow_ups: list[ReferralRead] = []  # the first MAX_FOLLOW_UPS of them
        self.follow_up_count = 0
        self._loaded = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._build_ui()
        self._connect()
        self.retranslate_ui()

    def _build_ui(self) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newButton")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openButton")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printButton")
        self.fairs_button = QPushButton(self)
        self.fairs_button.setObjectName("fairsButton")
        self.date_from_label = QLabel(self)
        self.date_from_edit = FilterDateEdit(self)
        self.date_to_label = QLabel(self)
        self.date_to_edit = FilterDateEdit(self)
        self.date_from_label.setBuddy(self.date_from_edit)
        self.date_to_label.setBuddy(self.date_to_edit)
        self.fair_combo = QComboBox(self)
        self.fair_combo.setObjectName("fairFilter")
        self.fair_combo.addItem("", None)
        self.employer_edit = EnterprisePicker(self.app, self)
        self.employer_edit.setObjectName("employerFilter")
        self.employer_edit.setMaximumWidth(240)
        self.result_combo = QComboBox(self)
        self.result_combo.setObjectName("resultFilter")
        self.result_combo.addItem("", "")
        for result in ReferralResult:
            self.result_combo.addItem(result.value, result.value)
        self.follow_label = QLabel(self)
        self.follow_label.setObjectName("followUpsLabel")
        self.follow_label.setTextFormat(Qt.TextFormat.RichText)
        self.follow_label.setWordWrap(True)
        self.follow_label.setStyleSheet(
            "QLabel#followUpsLabel { background: #fdf2d9; border: 1px solid #e5c07b;"
            " border-radius: 4px; padding: 4px 8px; }")
        self.follow_label.hide()
        self.figures_label = QLabel(self)
        self.figures_label.setObjectName("figuresLabel")
        self.figures_label.setTextFormat(Qt.TextFormat.RichText)
        strip = QFrame(self)
        strip.setObjectName("countsStrip")
        strip.setStyleSheet("QFrame#countsStrip { background: palette(alternate-base);"
                            " border: 1px solid palette(mid); border-radius: 4px; }")
        strip_row = QHBoxLayout(strip)
        strip_row.setContentsMargins(8, 2, 8, 2)
        strip_row.addWidget(self.figures_label)
        self.table = QTableView(self)
        self.table.setObjectName("seekerTable")
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
        self.table.setSortingEnabled(True)  # sorted in SQL; held until the first load
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        for button in (self.new_button, self.open_button, self.print_button, self.fairs_button):
            top.addWidget(button)
        filters = QHBoxLayout()
        for widget in (self.date_from_label, self.date_from_edit, self.date_to_label,
                       self.date_to_edit, self.fair_combo, self.employer_edit,
                       self.result_combo):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(strip)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.follow_label)
        layout.addWidget(self.table, 1)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(self.reload)
        for combo in (self.fair_combo, self.result_combo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        for edit in (self.date_from_edit, self.date_to_edit):
            edit.dateChanged.connect(self._on_filter_changed)
        self.employer_edit.enterprise_changed.connect(lambda _e: self._on_filter_changed())
        self.new_button.clicked.connect(self.new_case_requested.emit)
        self.open_button.clicked.connect(self._on_open_requested)
        self.print_button.clicked.connect(self._on_print_requested)
        self.fairs_button.clicked.connect(self.fairs_requested.emit)
        self.follow_label.linkActivated.connect(self._on_link)
        self.table.doubleClicked.connect(lambda _i: self._on_open_requested())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._on_open_requested)

    def retranslate_ui(self) -> None:
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by number, name, pinyin, ID number or desired job"))
        self.new_button.setText(self.tr("Register a job seeker..."))
        self.new_button.setToolTip(self.tr("Register a job seeker at the desk (Ctrl+Shift+J)"))
        self.open_button.setText(self.tr("Open"))
        self.print_button.setText(self.tr("Print"))
        self.print_button.setToolTip(
            self.tr("The latest referral letter, or the registration form"))
        self.fairs_button.setText(self.tr("Job fairs..."))
        self.date_from_label.setText(self.tr("&From"))
        self.date_to_label.setText(self.tr("&To"))
        self.fair_combo.setItemText(0, self.tr("All fairs"))
        self.employer_edit.setPlaceholderText(self.tr("Referred to the employer..."))
        self.result_combo.setItemText(0, self.tr("All results"))
        self.model.retranslate()
        self._show_figures()
        self._show_follow_ups()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def current_filter(self) -> SeekerFilter:
        return SeekerFilter(text=self.filter_edit.text().strip(),
                            date_from=self.date_from_edit.value(),
                            date_to=self.date_to_edit.value(),
                            fair_id=self.fair_combo.currentData(),
                            enterprise_id=self.employer_edit.enterprise_id(),
                            result=str(self.result_combo.currentData() or ""))

    def _on_filter_changed(self) -> None:
        if self._loaded:
            self.reload()

    def reload_fairs(self) -> None:
        """Fairs changed: offer them in the filter."""
        self._show_fairs(self.app.jobs.fair_names())

    def _show_fairs(self, names: list[tuple[int, str]]) -> None:
        current = self.fair_combo.currentData()
        self.fair_combo.blockSignals(True)
        while self.fair_combo.count() > 1:
            self.fair_combo.removeItem(1)
        for fair_id, name in names:
            self.fair_combo.addItem(name, fair_id)
        self.fair_combo.setCurrentIndex(max(self.fair_combo.findData(current), 0))
        self.fair_combo.blockSignals(False)

    def _run(self, work: Any, done: Any) -> None:
        """``work`` in the background when there is a runner (``done`` with its result on the
        GUI thread), else at once."""
        if self.runner is None:
            try:
                done(work())
            except UnionCaseError as exc:
                show_error(self, exc)
            return
        self.runner.run(work, done, on_error=lambda exc: show_error(self, exc), owner=self)

    def reload(self) -> None:
        """Load (again) with the current filters; keeps the selected seeker selected. The
        same filters read again the rows loaded so far (a seeker changed elsewhere)."""
        first = not self._loaded
        self._loaded = True
        selected = self.selected_case()
        flt = self.current_filter()
        try:
            self.model.set_filter(flt)
        except UnionCaseError as exc:
            show_error(self, exc)
            return
        if first and self.model.rowCount() > 0:
            self._fit_columns()
        if selected is not None:
            self.select_case(selected.id)
        self._load_figures(flt)
        if first:  # until they arrive the filter offers "all fairs", which the rows show
            self._run(self.app.jobs.fair_names, self._show_fairs)

    def _fit_columns(self) -> None:
        """Columns as wide as the header and the rows on screen (the last one stretches); the
        latest referral, whose employers' names vary most, as wide as the longest loaded."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(0)  # measure the rows on screen, not every one loaded
        metrics = self.table.fontMetrics()
        for column in range(self.model.columnCount() - 1):
            width = max(header.sectionSizeHint(column), self.table.sizeHintForColumn(column),
                        64) + 12
            if column == SeekerColumn.LATEST_REFERRAL:
                longest = max((metrics.horizontalAdvance(referral_text(self.model.case(row)))
                               for row in range(self.model.rowCount())), default=0)
                width = max(width, min(longest + 24, MAX_REFERRAL_WIDTH))
            header.resizeSection(column, width)

    def _load_figures(self, flt: SeekerFilter) -> None:
        jobs = self.app.jobs

        def work() -> tuple[SeekerFilter, JobFigures, list[ReferralRead], int]:
            return (flt, jobs.figures(flt), jobs.follow_ups(limit=MAX_FOLLOW_UPS),
                    jobs.follow_up_count())

        self._run(work, self._figures_arrived)

    def _figures_arrived(self, result: tuple[SeekerFilter, JobFigures, list[ReferralRead],
                                             int]) -> None:
        flt, self.figures, self.follow_ups, self.follow_up_count = result
        if flt == self.model.current_filter() and self.model.known_total() is None:
            self.model.set_total(self.figures.seekers)  # the list need not count them again
        self._show_figures()
        self._show_follow_ups()

    def _show_figures(self) -> None:
        f = self.figures
        if f is None:
            self.figures_label.clear()
            return
        self.figures_label.setText(
            self.tr("Seekers %1").replace("%1", f"<b>{f.seekers}</b>") + "　"
            + self.tr("Referrals %1").replace("%1", f"<b>{f.referrals}</b>") + "　"
            + self.tr("Placed %1").replace("%1", f"<b>{f.placements}</b>") + "　"
            + self.tr("Placement rate %1").replace(
                "%1", f"<b>{format_percent(f.placements, f.seekers)}</b>"))

    def _show_follow_ups(self) -> None:
        if not self.follow_ups:
            self.follow_label.hide()
            return
        parts = [f'<a href="seeker:{r.seeker_id}">{r.seeker_name}</a>'
                 f'<span style="color:{AMBER}">（{r.enterprise_name}，'
                 f'{r.referred_on.isoformat()}）</span>'
                 for r in self.follow_ups[:MAX_FOLLOW_UPS]]
        more = self.follow_up_count - len(parts)
        text = self.tr("Referrals without an answer after 14 days:") + " " + "、".join(parts)
        if more > 0:
            text += " " + self.tr("and %1 more").replace("%1", str(more))
        self.follow_label.setText(text)
        self.follow_label.show()

    def _on_link(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if kind == "seeker" and value.isdigit():
            self.open_case_requested.emit(int(value))
