"""劳动争议调解: the list of mediation cases with their limits, payment reminders and figures
per organization and per mediator."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from ui.models.mediation_figures_model import MediationFiguresModel
from ui.models.mediation_table_model import MediationColumn, MediationTableModel
from ui.tabs.case_list import CaseListSelection, camel
from ui.tabs.intake_tab import AMBER, RED, FilterDateEdit
from ui.tasks import TaskRunner
from ui.widgets.table_columns import content_widths
from unioncase.domain.errors import UnionCaseError
from unioncase.domain.mediation import DisputeType, MediationStatus
from unioncase.domain.money import format_percent, format_yuan
from unioncase.models.mediation import MediationCaseRead
from unioncase.services import UnionCase
from unioncase.services.mediation import (
    MediationCounts,
    MediationFigures,
    MediationFilter,
    PaymentReminderRead,
)

log = logging.getLogger(__name__)

GREEN = "#1e8449"
MAX_REMINDERS = 4  # cases whose payments are spelled out in the strip; the rest are counted
MIN_NAME_WIDTH = 120  # the employer and organization columns shrink to this to fit the view


class MediationTab(QWidget, CaseListSelection):
    open_case_requested = Signal(int)  # case id
    new_case_requested = Signal()
    print_requested = Signal(str, str)  # case number, form name ("" = the default form)

    def __init__(self, app: UnionCase, parent: QWidget | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.app = app
        # The counts, payment reminders and deadline alerts come after the list's first rows,
        # in the background when there is a runner (seconds at 50,000 cases).
        self.runner = runner
        self.setObjectName("mediationTab")
        self.model = MediationTableModel(app, self)
        self.organization_figures = MediationFiguresModel(self)
        self.mediator_figures = MediationFiguresModel(self)
        self._loaded = False
        self.counts: MediationCounts | None = None
        self.reminders: list[PaymentReminderRead] = []  # of the first MAX_REMINDERS cases
        self.reminder_cases = 0  # how many cases have payments due
        self.overdue_cases: list[MediationCaseRead] = []  # the first MAX_REMINDERS
        self.near_cases: list[MediationCaseRead] = []
        self.deadline_counts = (0, 0)  # how many are past their limit, near it
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
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("resetFiltersButton")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newButton")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openButton")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printButton")
        self.figures_button = QPushButton(self)
        self.figures_button.setObjectName("figuresButton")
        self.figures_button.setCheckable(True)

        self.date_from_label = QLabel(self)
        self.date_from_edit = FilterDateEdit(self)
        self.date_from_edit.setObjectName("dateFromEdit")
        self.date_from_label.setBuddy(self.date_from_edit)
        self.date_to_label = QLabel(self)
        self.date_to_edit = FilterDateEdit(self)
        self.date_to_edit.setObjectName("dateToEdit")
        self.date_to_label.setBuddy(self.date_to_edit)
        self.organization_combo = QComboBox(self)
        self.organization_combo.setObjectName("organizationFilter")
        self.organization_combo.addItem("", None)
        self.organization_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.organization_combo.setMaximumWidth(260)
        self.mediator_combo = QComboBox(self)
        self.mediator_combo.setObjectName("mediatorFilter")
        self.mediator_combo.addItem("", None)
        self.mediator_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.mediator_combo.setMaximumWidth(240)  # names carry their organization
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("typeFilter")
        self.type_combo.addItem("", "")
        for kind in DisputeType:
            self.type_combo.addItem(kind.value, kind.value)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.addItem("", "")
        for status in MediationStatus:
            self.status_combo.addItem(status.value, status.value)
        self.overdue_check = QCheckBox(self)
        self.overdue_check.setObjectName("overdueCheck")
        self.due_soon_check = QCheckBox(self)
        self.due_soon_check.setObjectName("dueSoonCheck")
        self.collective_check = QCheckBox(self)
        self.collective_check.setObjectName("collectiveCheck")

        self.alerts_label = QLabel(self)
        self.alerts_label.setObjectName("alertsLabel")
        self.alerts_label.setTextFormat(Qt.TextFormat.RichText)
        self.alerts_label.setWordWrap(True)
        self.alerts_label.setStyleSheet(
            "QLabel#alertsLabel { background: #fdf2d9; border: 1px solid #e5c07b;"
            " border-radius: 4px; padding: 4px 8px; }")
        self.alerts_label.setVisible(False)

        self.count_labels: dict[str, QLabel] = {}
        for key in ("total", "awaiting", "open", "due_soon", "overdue", "concluded",
                    "successful"):
            label = QLabel(self)
            label.setObjectName(f"{camel(key)}Count")
            label.setTextFormat(Qt.TextFormat.RichText)
            self.count_labels[key] = label
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

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.reset_button)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)
        top.addWidget(self.print_button)
        top.addWidget(self.figures_button)

        filters = QHBoxLayout()
        filters.addWidget(self.date_from_label)
        filters.addWidget(self.date_from_edit)
        filters.addWidget(self.date_to_label)
        filters.addWidget(self.date_to_edit)
        filters.addSpacing(8)
        filters.addWidget(self.organization_combo)
        filters.addWidget(self.mediator_combo)
        filters.addWidget(self.type_combo)
        filters.addWidget(self.status_combo)
        filters.addStretch(1)

        strip = QHBoxLayout()
        strip.addWidget(self.overdue_check)
        strip.addWidget(self.due_soon_check)
        strip.addWidget(self.collective_check)
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
        self.table.setSortingEnabled(True)

        self.figures_panel = QWidget(self)
        self.figures_panel.setObjectName("figuresPanel")
        self.organization_figures_label = QLabel(self.figures_panel)
        self.organization_figures_table = self._figures_table(
            self.organization_figures, "organizationFiguresTable")
        self.mediator_figures_label = QLabel(self.figures_panel)
        self.mediator_figures_table = self._figures_table(
            self.mediator_figures, "mediatorFiguresTable")
        panel = QVBoxLayout(self.figures_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(self.organization_figures_label)
        panel.addWidget(self.organization_figures_table, 1)
        panel.addWidget(self.mediator_figures_label)
        panel.addWidget(self.mediator_figures_table, 1)
        self.figures_panel.setVisible(False)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.figures_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.alerts_label)
        layout.addLayout(strip)
        layout.addWidget(self.splitter, 1)

    def _figures_table(self, model: MediationFiguresModel, name: str) -> QTableView:
        table = QTableView(self.figures_panel)
        table.setObjectName(name)
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self._filter_timer.timeout.connect(self.reload)
        self.organization_combo.currentIndexChanged.connect(self._on_organization_changed)
        for combo in (self.mediator_combo, self.type_combo, self.status_combo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        for edit in (self.date_from_edit, self.date_to_edit):
            edit.dateChanged.connect(self._on_filter_changed)
        for check in (self.overdue_check, self.due_soon_check, self.collective_check):
            check.toggled.connect(self._on_filter_changed)
        self.reset_button.clicked.connect(self.reset_filters)
        self.new_button.clicked.connect(self.new_case_requested.emit)
        self.open_button.clicked.connect(self._on_open_requested)
        self.print_button.clicked.connect(self._on_print_requested)
        self.figures_button.toggled.connect(self._on_figures_toggled)
        self.alerts_label.linkActivated.connect(self._on_alert_link)
        self.table.doubleClicked.connect(lambda _index: self._on_open_requested())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._on_open_requested)
        self.model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def retranslate_ui(self) -> None:
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by case number, applicant (name, pinyin, ID number) or employer"))
        self.reset_button.setText(self.tr("Clear filters"))
        self.new_button.setText(self.tr("New case..."))
        self.new_button.setToolTip(self.tr("New mediation application (Ctrl+Shift+M)"))
        self.open_button.setText(self.tr("Open"))
        self.print_button.setText(self.tr("Print"))
        self.print_button.setToolTip(
            self.tr("The agreement for a successful case, the application otherwise"))
        self.figures_button.setText(self.tr("Figures"))
        self.figures_button.setToolTip(
            self.tr("Cases, successes and agreed amounts per organization and per mediator, "
                    "for the cases the filters select"))
        self.date_from_label.setText(self.tr("&From"))
        self.date_to_label.setText(self.tr("&To"))
        tip = self.tr("Application date; Delete clears it")
        self.date_from_edit.setToolTip(tip)
        self.date_to_edit.setToolTip(tip)
        self.organization_combo.setItemText(0, self.tr("All organizations"))
        self.mediator_combo.setItemText(0, self.tr("All mediators"))
        self.type_combo.setItemText(0, self.tr("All dispute types"))
        self.status_combo.setItemText(0, self.tr("All statuses"))
        self.overdue_check.setText(self.tr("Past the limit"))
        self.overdue_check.setToolTip(
            self.tr("Open cases past the 15-day limit (or the agreed extension)"))
        self.due_soon_check.setText(self.tr("Near the limit"))
        self.due_soon_check.setToolTip(self.tr("Open cases whose limit ends within 3 days"))
        self.collective_check.setText(self.tr("Collective only"))
        self.collective_check.setToolTip(self.tr("Disputes of 10 or more workers"))
        self.organization_figures_label.setText(self.tr("<b>Per organization</b>"))
        self.mediator_figures_label.setText(self.tr("<b>Per mediator</b>"))
        self._show_counts()
        self._show_alerts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    # -- loading -----------------------------------------------------------------------------
    def current_filter(self) -> MediationFilter:
        return MediationFilter(
            text=self.filter_edit.text().strip(),
            date_from=self.date_from_edit.value(),
            date_to=self.date_to_edit.value(),
            organization_id=self.organization_combo.currentData(),
            mediator_id=self.mediator_combo.currentData(),
            dispute_type=str(self.type_combo.currentData() or "") or None,
            status=str(self.status_combo.currentData() or "") or None,
            overdue=self.overdue_check.isChecked(),
            due_soon=self.due_soon_check.isChecked(),
            collective_only=self.collective_check.isChecked(),
        )

    def _on_filter_changed(self) -> None:
        if self._loaded:
            self.reload()

    def _on_organization_changed(self) -> None:
        if self._loaded:
            self._fill_mediators()
            self.reload()

    def reload(self) -> None:
        """Load (again) with the current filters; keeps the selected case selected."""
        first = not self._loaded
        self._loaded = True
        if first:
            self._fill_registries_later()
        selected = self.selected_case()
        flt = self.current_filter()
        try:
            self.model.set_filter(flt)
            if self.figures_button.isChecked():
                self._load_figures(flt)
        except UnionCaseError as exc:
            show_error(self, exc)
            return
        self._load_alerts(flt)
        if first and self.model.rowCount() > 0:
            self._fit_columns()
        if selected is not None:
            self.select_case(selected.id)

    def _load_alerts(self, flt: MediationFilter) -> None:
        mediation = self.app.mediation

        def work() -> tuple[Any, ...]:
            # a few of each to name, and how many there are
            return (mediation.counts(flt), mediation.payment_reminders(cases=MAX_REMINDERS),
                    mediation.payment_reminder_cases(), mediation.overdue(limit=MAX_REMINDERS),
                    mediation.due_soon(limit=MAX_REMINDERS), mediation.deadline_counts())

        if self.runner is None:
            try:
                self._alerts_arrived(work())
            except UnionCaseError as exc:
                show_error(self, exc)
            return
        self.runner.run(work, self._alerts_arrived, on_error=lambda exc: show_error(self, exc),
                        owner=self)

    def _alerts_arrived(self, result: tuple[Any, ...]) -> None:
        (self.counts, self.reminders, self.reminder_cases, self.overdue_cases,
         self.near_cases, self.deadline_counts) = result
        self._show_counts()
        self._show_alerts()

    def _fit_columns(self) -> None:
        """Columns as wide as their contents; when they do not all fit, the long names (the
        employer and the organization, elided with a tooltip) give way first."""
        header = self.table.horizontalHeader()
        widths = [min(max(width, 64) + 12, 260) for width in content_widths(self.table)]
        available = self.table.viewport().width()
        scroll_bar = self.table.verticalScrollBar()
        if not scroll_bar.isVisible():  # it appears once the rows are laid out
            available -= scroll_bar.sizeHint().width()
        names = (MediationColumn.RESPONDENT, MediationColumn.ORGANIZATION)
        spare = {c: max(widths[c] - MIN_NAME_WIDTH, 0) for c in names}
        excess = min(sum(widths) - available, sum(spare.values()))
        if excess > 0:
            for name in names:  # each gives way in proportion to what it can spare
                widths[name] -= -(-excess * spare[name] // sum(spare.values()))
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

    def _load_figures(self, flt: MediationFilter) -> None:
        total: MediationFigures = self.app.mediation.figures(flt)
        self.organization_figures.set_figures(self.app.mediation.figures_by_organization(flt),
                                              total)
        self.mediator_figures.set_figures(self.app.mediation.figures_by_mediator(flt))

    def _on_figures_toggled(self, shown: bool) -> None:
        self.figures_panel.setVisible(shown)
        if shown and self._loaded:
            try:
                self._load_figures(self.current_filter())
            except UnionCaseError as exc:
                show_error(self, exc)

    def reload_registries(self) -> None:
        """Organizations or mediators changed: offer them in the filters."""
        if self._loaded:
            self._fill_registries()
            self.reload()

    def _fill_registries(self) -> None:
        mediation = self.app.mediation
        self._show_registries(mediation.organizations(include_inactive=True),
                              mediation.mediators(None, include_inactive=True))

    def _fill_registries_later(self) -> None:
        """The first load: the rows first, then the organizations and mediators to filter by
        (until they arrive the filters offer "all", which is what the rows show)."""
        if self.runner is None:
            self._fill_registries()
            return
        mediation = self.app.mediation

        def work() -> tuple[list[Any], list[Any]]:
            return (mediation.organizations(include_inactive=True),
                    mediation.mediators(None, include_inactive=True))

        self.runner.run(work, lambda lists: self._show_registries(*lists),
                        on_error=lambda exc: show_error(self, exc), owner=self)

    def _show_registries(self, organizations: list[Any], mediators: list[Any]) -> None:
        combo = self.organization_combo
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for org in organizations:
            combo.addItem(org.name, org.id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        if combo.currentData() is None:
            self._show_mediators(mediators)
        else:
            self._fill_mediators()

    def _fill_mediators(self) -> None:
        org_id = self.organization_combo.currentData()
        self._show_mediators(self.app.mediation.mediators(org_id, include_inactive=True))

    def _show_mediators(self, mediators: list[Any]) -> None:
        combo = self.mediator_combo
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        org_id = self.organization_combo.currentData()
        for mediator in mediators:
            text = mediator.name if org_id else f"{mediator.name}（{mediator.organization_name}）"
            combo.addItem(text, mediator.id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def reset_filters(self) -> None:
        widgets: list[QWidget] = [self.filter_edit, self.date_from_edit, self.date_to_edit,
                                  self.organization_combo, self.mediator_combo, self.type_combo,
                                  self.status_combo, self.overdue_check, self.due_soon_check,
                                  self.collective_check]
        for widget in widgets:
            widget.blockSignals(True)
        self.filter_edit.clear()
        self.date_from_edit.clear_value()
        self.date_to_edit.clear_value()
        for combo in (self.organization_combo, self.mediator_combo, self.type_combo,
                      self.status_combo):
            combo.setCurrentIndex(0)
        for check in (self.overdue_check, self.due_soon_check, self.collective_check):
            check.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._filter_timer.stop()
        if self._loaded:
            self._fill_mediators()
        self.reload()

    def _show_counts(self) -> None:
        c = self.counts
        values = {
            "total": (self.tr("Total"), c.total if c else 0, ""),
            "awaiting": (self.tr("Awaiting acceptance"), c.awaiting if c else 0, ""),
            "open": (self.tr("In progress"), c.open if c else 0, ""),
            "due_soon": (self.tr("Near the limit"), c.due_soon if c else 0, AMBER),
            "overdue": (self.tr("Past the limit"), c.overdue if c else 0, RED),
            "concluded": (self.tr("Concluded"), c.concluded if c else 0, ""),
            "successful": (self.tr("Successful"), c.successful if c else 0, GREEN),
        }
        for key, (title, number, colour) in values.items():
            shown = (f'<b style="color:{colour}">{number}</b>' if colour and number
                     else f"<b>{number}</b>")
            text = f"{title} {shown}"
            if key == "successful" and c is not None:
                rate = format_percent(c.successful, c.concluded)
                text += " " + self.tr("(success rate %1)").replace("%1", rate)
            self.count_labels[key].setText(text)
            self.count_labels[key].setProperty("count", number)

    def _show_alerts(self) -> None:
        """Payment dates of agreements and cases near or past the limit, as links."""
        parts: list[str] = []
        overdue, near = self.overdue_cases, self.near_cases
        overdue_count, near_count = self.deadline_counts
        if overdue:
            links = "、".join(_link(c.id, c.number) for c in overdue[:MAX_REMINDERS])
            more = overdue_count - len(overdue[:MAX_REMINDERS])
            parts.append(f'<span style="color:{RED}">'
                         + self.tr("Past the 15-day limit:") + f"</span> {links}"
                         + (" " + self.tr("and %1 more").replace("%1", str(more))
                            if more > 0 else ""))
        if near:
            links = "、".join(_link(c.id, c.number) for c in near[:MAX_REMINDERS])
            more = near_count - len(near[:MAX_REMINDERS])
            parts.append(self.tr("Limit ends within 3 days:") + f" {links}"
                         + (" " + self.tr("and %1 more").replace("%1", str(more))
                            if more > 0 else ""))
        if self.reminders:
            yuan = self.tr(" yuan")
            by_case: dict[int, list[PaymentReminderRead]] = {}
            for r in self.reminders:  # in the service's order: the most pressing first
                by_case.setdefault(r.case_id, []).append(r)
            groups = []
            for reminders in list(by_case.values())[:MAX_REMINDERS]:
                items = []
                for r in reminders:
                    when = (self.tr("%1 days overdue").replace("%1", str(-r.days_left))
                            if r.overdue else
                            self.tr("due today") if r.days_left == 0 else
                            self.tr("due in %1 days").replace("%1", str(r.days_left)))
                    style = f' style="color:{RED}"' if r.overdue else ""
                    items.append(f"{r.item} {format_yuan(r.amount_fen)}{yuan}"
                                 f"<span{style}>（{r.due_on.isoformat()}，{when}）</span>")
                groups.append(f"{_link(reminders[0].case_id, reminders[0].case_number)} "
                              + "、".join(items))
            more = self.reminder_cases - len(list(by_case)[:MAX_REMINDERS])
            parts.append(self.tr("Agreed payments:") + " " + "；".join(groups)
                         + (" " + self.tr("and %1 more").replace("%1", str(more))
                            if more > 0 else ""))
        self.alerts_label.setText("<br>".join(parts))
        self.alerts_label.setVisible(bool(parts))

    def _on_alert_link(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if kind == "case" and value.isdigit():
            self.open_case_requested.emit(int(value))

    def _update_buttons(self) -> None:
        has = self.selected_row() is not None
        self.open_button.setEnabled(has)
        self.print_button.setEnabled(has)


def _link(case_id: int, number: str) -> str:
    return f'<a href="case:{case_id}">{number}</a>'
