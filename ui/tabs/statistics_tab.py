"""统计: the figures of a year, quarter, month or any period (one station or all) as tiles and
charts; every tile and bar opens the records behind it; the report saved as JSON, text, Excel
or PDF."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.figure_records_dialog import FigureRecordsDialog
from ui.messages import error_text, show_error
from ui.models.figure_records_model import FigureRecordsModel
from ui.tabs.case_list import camel
from ui.tasks import TaskRunner
from ui.widgets.bar_chart_view import BarChartView, BarSeries
from ui.widgets.figure_tile import FigureTile
from unioncase.domain.errors import UnionCaseError
from unioncase.domain.intake import GROUP_THRESHOLD, IntakeChannel
from unioncase.domain.money import (
    FEN_PER_WAN,
    FEN_PER_YUAN,
    format_percent,
    format_wan,
    format_yuan,
)
from unioncase.models.registry import StationRead
from unioncase.services import UnionCase
from unioncase.services.report import (
    MonthlyFigures,
    Period,
    ReportService,
    report_file,
    write_atomically,
)

log = logging.getLogger(__name__)

CONTEXT = "StatisticsTab"
INTAKE_COLOR, MEDIATION_COLOR, AID_COLOR, JOBS_COLOR = "#2874a6", "#7d3c98", "#ca6f1e", "#1e8449"
CHANNEL_COLORS = {"visit": "#2874a6", "call": "#48c9b0", "letter": "#f5b041", "online": "#af7ac5"}
REFERRAL_COLOR, PLACED_COLOR = "#85c1e9", "#1e8449"
EXTENSIONS = {"json": "json", "text": "txt", "xlsx": "xlsx", "pdf": "pdf"}

# key (objectName: <key>Tile), caption, the figure whose records it opens, accent, the title
# of the list of those records
TILES = [
    ("intakeCases", QT_TRANSLATE_NOOP("StatisticsTab", "Petitions received"), "intake.cases",
     INTAKE_COLOR, QT_TRANSLATE_NOOP("StatisticsTab", "Petitions received")),
    ("closureRate", QT_TRANSLATE_NOOP("StatisticsTab", "Closure rate"), "intake.closed",
     INTAKE_COLOR, QT_TRANSLATE_NOOP("StatisticsTab", "Petitions closed")),
    ("groupCases", QT_TRANSLATE_NOOP("StatisticsTab", "Group petitions"), "intake.group_cases",
     INTAKE_COLOR, QT_TRANSLATE_NOOP("StatisticsTab", "Group petitions")),
    ("mediationCases", QT_TRANSLATE_NOOP("StatisticsTab", "Mediation cases"), "mediation.cases",
     MEDIATION_COLOR, QT_TRANSLATE_NOOP("StatisticsTab", "Mediation cases")),
    ("mediationSuccessful", QT_TRANSLATE_NOOP("StatisticsTab", "Mediated successfully"),
     "mediation.successful", MEDIATION_COLOR,
     QT_TRANSLATE_NOOP("StatisticsTab", "Mediated successfully")),
    ("successRate", QT_TRANSLATE_NOOP("StatisticsTab", "Mediation success rate"),
     "mediation.concluded", MEDIATION_COLOR,
     QT_TRANSLATE_NOOP("StatisticsTab", "Mediation cases concluded")),
    ("agreedAmount", QT_TRANSLATE_NOOP("StatisticsTab", "Agreed amount (10k yuan)"),
     "mediation.agreed", MEDIATION_COLOR,
     QT_TRANSLATE_NOOP("StatisticsTab", "Mediation agreements and their amounts")),
    ("aidPersons", QT_TRANSLATE_NOOP("StatisticsTab", "Workers aided"), "aid.persons",
     AID_COLOR, QT_TRANSLATE_NOOP("StatisticsTab", "Workers aided")),
    ("aidAmount", QT_TRANSLATE_NOOP("StatisticsTab", "Aid paid (10k yuan)"),
     "aid.disbursements", AID_COLOR, QT_TRANSLATE_NOOP("StatisticsTab", "Aid payments")),
    ("jobFairs", QT_TRANSLATE_NOOP("StatisticsTab", "Job fairs"), "jobs.fairs", JOBS_COLOR,
     QT_TRANSLATE_NOOP("StatisticsTab", "Job fairs")),
    ("jobSeekers", QT_TRANSLATE_NOOP("StatisticsTab", "Job seekers"), "jobs.seekers",
     JOBS_COLOR, QT_TRANSLATE_NOOP("StatisticsTab", "Job seekers")),
    ("placed", QT_TRANSLATE_NOOP("StatisticsTab", "Placed in jobs"), "jobs.placed", JOBS_COLOR,
     QT_TRANSLATE_NOOP("StatisticsTab", "Referrals that led to a job")),
]
TILE_COLUMNS = 6


@dataclass(frozen=True)
class Loaded:
    """What one load brings back from the database lane."""

    period: Period
    station: str
    report: dict[str, Any]
    monthly: MonthlyFigures
    stations: list[StationRead] | None  # on the first load only


class StatisticsTab(QWidget):
    case_requested = Signal(str, str)  # kind, number
    fairs_requested = Signal()
    registries_requested = Signal()
    report_saved = Signal(str)  # the file written

    def __init__(self, app: UnionCase, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.service = ReportService(app.ctx)
        self.setObjectName("statisticsTab")
        self.shown: Loaded | None = None
        self.records_dialog: FigureRecordsDialog | None = None
        self._loaded = False
        self._generation = 0
        self._stations_filled = False
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(300)
        self._build_ui()
        self._connect()
        self.retranslate_ui()

    # -- construction ------------------------------------------------------------------------
    def _build_ui(self) -> None:
        today = self.app.ctx.today()
        self.period_label = QLabel(self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("periodKindCombo")
        for kind in ("year", "quarter", "month", "custom"):
            self.kind_combo.addItem("", kind)
        self.period_label.setBuddy(self.kind_combo)
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("yearSpin")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(today.year)
        self.year_spin.setGroupSeparatorShown(False)
        self.quarter_combo = QComboBox(self)
        self.quarter_combo.setObjectName("quarterCombo")
        for quarter in range(1, 5):
            self.quarter_combo.addItem("", quarter)
        self.quarter_combo.setCurrentIndex((today.month - 1) // 3)
        self.month_combo = QComboBox(self)
        self.month_combo.setObjectName("monthCombo")
        for month in range(1, 13):
            self.month_combo.addItem("", month)
        self.month_combo.setCurrentIndex(today.month - 1)
        self.from_edit = self._date_edit("dateFromEdit", date(today.year, 1, 1))
        self.dash_label = QLabel("—", self)
        self.to_edit = self._date_edit("dateToEdit", today)
        self.station_label = QLabel(self)
        self.station_combo = QComboBox(self)
        self.station_combo.setObjectName("stationCombo")
        self.station_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.station_combo.setMinimumContentsLength(12)  # longer names show in the popup
        self.station_combo.setSizePolicy(QSizePolicy.Policy.Expanding,
                                         QSizePolicy.Policy.Fixed)
        self.station_combo.setMaximumWidth(340)  # a whole name where there is room
        self.station_combo.addItem("", "")
        self.station_label.setBuddy(self.station_combo)
        self.export_label = QLabel(self)
        self.export_buttons: dict[str, QToolButton] = {}
        for fmt in EXTENSIONS:
            # Tool buttons: as wide as their text (push buttons take 80 pixels at least, and
            # the row must fit a small window).
            button = QToolButton(self)
            button.setObjectName(f"export{camel(fmt).capitalize()}Button")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumWidth(52)
            self.export_buttons[fmt] = button
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setStyleSheet("color: #566573;")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        pickers = QHBoxLayout()
        pickers.setSpacing(6)
        for widget in (self.period_label, self.kind_combo, self.year_spin, self.quarter_combo,
                       self.month_combo, self.from_edit, self.dash_label, self.to_edit):
            pickers.addWidget(widget)
        pickers.addSpacing(12)
        pickers.addWidget(self.station_label)
        pickers.addWidget(self.station_combo, 2)
        pickers.addStretch(1)
        pickers.addWidget(self.export_label)
        for button in self.export_buttons.values():
            pickers.addWidget(button)

        content = QWidget(self)
        content.setObjectName("statisticsContent")
        self.tiles: dict[str, FigureTile] = {}
        tiles = QGridLayout()
        tiles.setHorizontalSpacing(10)
        tiles.setVerticalSpacing(8)
        for i, (key, _caption, figure, accent, _title) in enumerate(TILES):
            tile = FigureTile(figure, accent, content)
            tile.setObjectName(f"{key}Tile")
            self.tiles[key] = tile
            tiles.addWidget(tile, i // TILE_COLUMNS, i % TILE_COLUMNS)
        for column in range(TILE_COLUMNS):
            tiles.setColumnStretch(column, 1)

        self.channel_chart = self._chart("channelChart", content)
        self.category_chart = self._chart("categoryChart", content)
        self.aid_chart = self._chart("aidChart", content)
        self.jobs_chart = self._chart("jobsChart", content)
        # Two columns: the monthly charts on the left; on the right the categories, which
        # are more than the aid programs, get the taller half.
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.channel_chart, 1)
        left.addWidget(self.jobs_chart, 1)
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.category_chart, 6)
        right.addWidget(self.aid_chart, 4)
        charts = QHBoxLayout()
        charts.setSpacing(10)
        charts.addLayout(left, 1)
        charts.addLayout(right, 1)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(8)
        inner.addLayout(tiles)
        inner.addLayout(charts, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("statisticsScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addLayout(pickers)
        layout.addWidget(self.status_label)
        layout.addWidget(self.scroll, 1)
        self._show_period_pickers()

    def _date_edit(self, name: str, value: date) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(QDate(value.year, value.month, value.day))
        return edit

    def _chart(self, name: str, parent: QWidget) -> BarChartView:
        view = BarChartView(parent)
        view.setObjectName(name)
        view.set_minimum_chart_height(200)
        return view

    def _connect(self) -> None:
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.year_spin.valueChanged.connect(self._on_picker_changed)
        for combo in (self.quarter_combo, self.month_combo, self.station_combo):
            combo.currentIndexChanged.connect(self._on_picker_changed)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._date_timer.start)
        self._date_timer.timeout.connect(self._on_picker_changed)
        for tile in self.tiles.values():
            tile.activated.connect(self._on_tile_activated)
        self.channel_chart.bar_clicked.connect(self._on_channel_bar)
        self.category_chart.bar_clicked.connect(self._on_category_bar)
        self.aid_chart.bar_clicked.connect(self._on_aid_bar)
        self.jobs_chart.bar_clicked.connect(self._on_jobs_bar)
        for fmt, button in self.export_buttons.items():
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))

    def retranslate_ui(self) -> None:
        self.period_label.setText(self.tr("&Period"))
        for index, text in enumerate((self.tr("Year"), self.tr("Quarter"), self.tr("Month"),
                                      self.tr("Custom"))):
            self.kind_combo.setItemText(index, text)
        for index, text in enumerate((self.tr("First quarter"), self.tr("Second quarter"),
                                      self.tr("Third quarter"), self.tr("Fourth quarter"))):
            self.quarter_combo.setItemText(index, text)
        locale = QLocale()
        for index in range(12):
            self.month_combo.setItemText(index, locale.monthName(index + 1))
        self.station_label.setText(self.tr("&Station"))
        self.station_combo.setItemText(0, self.tr("All stations"))
        self.export_label.setText(self.tr("Export:"))
        texts = {"json": "JSON", "text": self.tr("Text"), "xlsx": "Excel", "pdf": "PDF"}
        tips = {"json": self.tr("The figures as JSON, as the report command writes them"),
                "text": self.tr("The sentences of the work summary"),
                "xlsx": self.tr("A workbook with a sheet per line of work and charts"),
                "pdf": self.tr("A printable report with tables and charts")}
        for fmt, button in self.export_buttons.items():
            button.setText(texts[fmt])
            button.setToolTip(tips[fmt])
        for key, caption, _figure, _accent, _title in TILES:
            tile = self.tiles[key]
            tile.set_caption(QCoreApplication.translate(CONTEXT, caption))
            tile.setToolTip(self.tr("Click to see the records behind this figure"))
        for chart in (self.channel_chart, self.category_chart, self.aid_chart, self.jobs_chart):
            chart.set_empty_text(self.tr("No records in this period"))
        self.channel_chart.setToolTip(self.tr("Click a bar to see its records"))
        for chart in (self.category_chart, self.aid_chart, self.jobs_chart):
            chart.setToolTip(self.channel_chart.toolTip())
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    # -- pickers -----------------------------------------------------------------------------
    def period_kind(self) -> str:
        return str(self.kind_combo.currentData())

    def current_period(self) -> Period:
        """The period the pickers show (a reversed custom period is a ValidationError)."""
        kind = self.period_kind()
        year = self.year_spin.value()
        if kind == "quarter":
            return Period.quarter(year, int(self.quarter_combo.currentData()))
        if kind == "month":
            return Period.month(year, int(self.month_combo.currentData()))
        if kind == "custom":
            first: date = self.from_edit.date().toPython()  # type: ignore[assignment]
            last: date = self.to_edit.date().toPython()  # type: ignore[assignment]
            return Period.of(start=first, end=last)
        return Period.of(year)

    def current_station(self) -> str:
        return str(self.station_combo.currentData() or "")

    def _show_period_pickers(self) -> None:
        kind = self.period_kind()
        self.year_spin.setVisible(kind != "custom")
        self.quarter_combo.setVisible(kind == "quarter")
        self.month_combo.setVisible(kind == "month")
        for widget in (self.from_edit, self.dash_label, self.to_edit):
            widget.setVisible(kind == "custom")

    def _on_kind_changed(self) -> None:
        self._show_period_pickers()
        self._on_picker_changed()

    def _on_picker_changed(self) -> None:
        if self._loaded:
            self.reload()

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Count the figures of the period and station the pickers show (Ctrl+R, F5)."""
        self._loaded = True
        try:
            period = self.current_period()
        except UnionCaseError as exc:
            self.status_label.setText(f'<span style="color:#c0392b">{error_text(exc)}</span>')
            return
        station = self.current_station()
        with_stations = not self._stations_filled
        self._generation += 1
        generation = self._generation
        self.status_label.setText(self.tr("Counting..."))

        def load() -> Loaded:
            return Loaded(period, station, self.service.figures(period, station),
                          self.service.monthly(period, station),
                          self.app.stations.all() if with_stations else None)

        self.runner.run(load, lambda loaded: self._on_loaded(generation, loaded),
                        on_error=self._on_load_failed, owner=self)

    def _on_loaded(self, generation: int, loaded: Loaded) -> None:
        if loaded.stations is not None and not self._stations_filled:
            self._fill_stations(loaded.stations)
        if generation != self._generation:
            return  # the pickers changed since: a newer load is on its way
        self.shown = loaded
        self._show()

    def _on_load_failed(self, error: BaseException) -> None:
        self.status_label.clear()
        show_error(self, error)

    def _fill_stations(self, stations: list[StationRead]) -> None:
        self._stations_filled = True
        current = self.current_station()
        self.station_combo.blockSignals(True)
        while self.station_combo.count() > 1:
            self.station_combo.removeItem(1)
        for station in stations:
            self.station_combo.addItem(f"{station.name}（{station.code}）", station.code)
        self.station_combo.setCurrentIndex(max(self.station_combo.findData(current), 0))
        self.station_combo.blockSignals(False)

    # -- showing -----------------------------------------------------------------------------
    def period_text(self, period: Period) -> str:
        return self.tr("%1 to %2").replace("%1", period.start.isoformat()).replace(
            "%2", period.end.isoformat())

    def station_text(self, station: str) -> str:
        if not station:
            return self.tr("All stations")
        index = self.station_combo.findData(station)
        return self.station_combo.itemText(index) if index >= 0 else station

    def _show(self) -> None:
        loaded = self.shown
        if loaded is None:
            return
        self.status_label.setText(
            self.tr("Period: %1　Station: %2").replace("%1", self.period_text(loaded.period))
            .replace("%2", self.station_text(loaded.station)))
        self._show_tiles(loaded.report)
        self._show_charts(loaded)

    def _show_tiles(self, report: dict[str, Any]) -> None:
        intake, mediation, aid, jobs = (report["intake"], report["mediation"], report["aid"],
                                        report["jobs"])

        def count(n: int) -> str:
            return f"{n:,}"

        values = {
            "intakeCases": (count(intake["cases"]),
                            self.tr("%1 persons").replace("%1", count(intake["persons"]))),
            "closureRate": (format_percent(intake["closed"], intake["cases"]),
                            self.tr("%1 closed").replace("%1", count(intake["closed"]))),
            "groupCases": (count(intake["group_cases"]),
                           self.tr("%1 or more people each").replace("%1",
                                                                      str(GROUP_THRESHOLD))),
            "mediationCases": (count(mediation["cases"]),
                               self.tr("%1 organizations, %2 mediators")
                               .replace("%1", count(mediation["organizations"]))
                               .replace("%2", count(mediation["mediators"]))),
            "mediationSuccessful": (count(mediation["successful"]),
                                    self.tr("%1 still open").replace(
                                        "%1", count(mediation["cases"]
                                                    - mediation["concluded"]))),
            "successRate": (format_percent(mediation["successful"], mediation["concluded"]),
                            self.tr("of %1 concluded").replace(
                                "%1", count(mediation["concluded"]))),
            "agreedAmount": (format_wan(mediation["agreed_amount_fen"]),
                             self.tr("%1 yuan").replace(
                                 "%1", format_yuan(mediation["agreed_amount_fen"]))),
            "aidPersons": (count(aid["persons"]),
                           self.tr("%1 payments").replace("%1", count(aid["disbursements"]))),
            "aidAmount": (format_wan(aid["amount_fen"]),
                          self.tr("%1 yuan").replace("%1", format_yuan(aid["amount_fen"]))),
            "jobFairs": (count(jobs["fairs"]), ""),
            "jobSeekers": (count(jobs["seekers"]),
                           self.tr("%1 referrals").replace("%1", count(jobs["referrals"]))),
            "placed": (count(jobs["placed"]),
                       self.tr("%1 of the referrals").replace(
                           "%1", format_percent(jobs["placed"], jobs["referrals"]))),
        }
        for key, (value, detail) in values.items():
            self.tiles[key].set_value(value, detail)

    def month_text(self, month: str) -> str:
        year, number = (int(part) for part in month.split("-"))
        return self.tr("%2/%1").replace("%1", str(year)).replace("%2", str(number))

    def month_label(self, month: str, months: tuple[str, ...]) -> str:
        year, number = (int(part) for part in month.split("-"))
        if len({m[:4] for m in months}) == 1:
            return QLocale().monthName(number, QLocale.FormatType.ShortFormat)
        return self.tr("%1/%2").replace("%1", str(year)).replace("%2", str(number))

    def _show_charts(self, loaded: Loaded) -> None:
        monthly, report = loaded.monthly, loaded.report
        months = [self.month_label(m, monthly.months) for m in monthly.months]
        self.channel_chart.set_title(self.tr("Petitions by month and channel (cases)"))
        self.channel_chart.show_bars(
            months, [BarSeries(c.value, monthly.intake_by_channel[c.key], CHANNEL_COLORS[c.key])
                     for c in IntakeChannel], stacked=True, unit=self.tr("cases"))
        categories = report["intake"]["by_category"]
        self.category_chart.set_title(self.tr("Petitions by category (cases)"))
        self.category_chart.show_bars(
            list(categories), [BarSeries(self.tr("Cases"), list(categories.values()),
                                         INTAKE_COLOR)],
            horizontal=True, labels=True, unit=self.tr("cases"))
        programs = report["aid"]["by_program"]
        largest = max((p["amount_fen"] for p in programs.values()), default=0)
        in_wan = largest >= FEN_PER_WAN
        scale = FEN_PER_WAN if in_wan else FEN_PER_YUAN
        self.aid_chart.set_title(self.tr("Aid paid by program (10k yuan)") if in_wan
                                 else self.tr("Aid paid by program (yuan)"))
        self.aid_chart.show_bars(
            list(programs), [BarSeries(self.tr("Amount"),
                                       [p["amount_fen"] / scale for p in programs.values()],
                                       AID_COLOR)],
            horizontal=True, labels=True, decimals=2,
            unit=self.tr("10k yuan") if in_wan else self.tr("yuan"))
        self.jobs_chart.set_title(self.tr("Referrals and placements by month (persons)"))
        self.jobs_chart.show_bars(
            months, [BarSeries(self.tr("Referred"), monthly.referrals, REFERRAL_COLOR),
                     BarSeries(self.tr("Placed"), monthly.placed, PLACED_COLOR)],
            unit=self.tr("persons"))

    # -- drill-down ----------------------------------------------------------------------------
    def records_title(self, figure: str) -> str:
        for _key, _caption, tile_figure, _accent, title in TILES:
            if tile_figure == figure:
                return QCoreApplication.translate(CONTEXT, title)
        return figure

    def _on_tile_activated(self, figure: str) -> None:
        self.open_figure(figure, self.records_title(figure))

    def _on_channel_bar(self, series: int, category: int) -> None:
        loaded = self.shown
        if loaded is None:
            return
        channel = list(IntakeChannel)[series]
        month = loaded.monthly.months[category]
        self.open_figure(f"intake.by_channel.{channel.key}",
                         f"{channel.value} · {self.channel_chart.categories[category]}", month)

    def _on_category_bar(self, _series: int, category: int) -> None:
        name = self.category_chart.categories[category]
        self.open_figure(f"intake.by_category.{name}", name)

    def _on_aid_bar(self, _series: int, category: int) -> None:
        name = self.aid_chart.categories[category]
        self.open_figure(f"aid.by_program.{name}", name)

    def _on_jobs_bar(self, series: int, category: int) -> None:
        loaded = self.shown
        if loaded is None:
            return
        figure = "jobs.placed" if series == 1 else "jobs.referrals"
        label = self.jobs_chart.series_names[series]
        self.open_figure(figure, f"{label} · {self.jobs_chart.categories[category]}",
                         loaded.monthly.months[category])

    def _amount_of(self, figure: str, month: str | None) -> int | None:
        """The money a figure's records add up to, when the report has it (not per month)."""
        loaded = self.shown
        if loaded is None or month is not None:
            return None
        mediation, aid = loaded.report["mediation"], loaded.report["aid"]
        if figure in ("mediation.agreed", "mediation.successful"):
            return int(mediation["agreed_amount_fen"])
        if figure in ("aid.disbursements", "aid.persons"):
            return int(aid["amount_fen"])
        program = figure.removeprefix("aid.by_program.")
        if program != figure and program in aid["by_program"]:
            return int(aid["by_program"][program]["amount_fen"])
        return None

    def open_figure(self, figure: str, title: str,
                    month: str | None = None) -> FigureRecordsDialog | None:
        """The records behind a figure of the period and station shown, in a dialog."""
        loaded = self.shown
        if loaded is None:
            return None
        model = FigureRecordsModel(self.service, loaded.period, loaded.station, figure, month)
        subtitle = (self.month_text(month) if month else self.period_text(loaded.period)) + \
            "　" + self.station_text(loaded.station)
        amount = self._amount_of(figure, month)
        summary = "" if amount is None else self.tr("total %1 yuan").replace(
            "%1", format_yuan(amount))
        dialog = FigureRecordsDialog(model, title, subtitle, self, summary=summary)
        dialog.case_requested.connect(self.case_requested)
        dialog.fairs_requested.connect(self.fairs_requested)
        dialog.registries_requested.connect(self.registries_requested)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _o=None: self._forget_dialog(dialog))
        self.records_dialog = dialog
        dialog.show()
        self.runner.run(model.first_page, model.show_page, owner=dialog)
        return dialog

    def _forget_dialog(self, dialog: FigureRecordsDialog) -> None:
        if self.records_dialog is dialog:
            self.records_dialog = None

    # -- export --------------------------------------------------------------------------------
    def suggested_name(self, fmt: str) -> str:
        loaded = self.shown
        assert loaded is not None
        name = loaded.period.title()
        if loaded.station:
            name += f"-{loaded.station}"
        return f"{name}.{EXTENSIONS[fmt]}"

    def _ask_save_path(self, suggested: str, fmt: str) -> str:
        """The file to write (empty: cancelled). A seam: tests replace it."""
        filters = {"json": "JSON (*.json)", "text": self.tr("Text (*.txt)"),
                   "xlsx": self.tr("Excel workbook (*.xlsx)"), "pdf": "PDF (*.pdf)"}
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                                    str(Path(folder) / suggested),
                                                    filters[fmt])
        return path

    def export(self, fmt: str) -> None:
        """Write the report of the period and station shown, in ``fmt``, to a chosen file."""
        loaded = self.shown
        if loaded is None:
            return
        chosen = self._ask_save_path(self.suggested_name(fmt), fmt)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{EXTENSIONS[fmt]}":
            path = path.with_name(f"{path.name}.{EXTENSIONS[fmt]}")
        period, station = loaded.period, loaded.station
        self.status_label.setText(self.tr("Writing %1...").replace("%1", str(path)))
        self.runner.run(lambda: write_atomically(path, report_file(self.app.ctx, period,
                                                                   station, fmt)),
                        self._on_exported, on_error=self._on_export_failed, owner=self,
                        lane="files")

    def _on_exported(self, path: Path) -> None:
        text = self.tr("Report written to %1").replace("%1", str(path))
        self.status_label.setText(text)
        self.report_saved.emit(str(path))

    def _on_export_failed(self, error: BaseException) -> None:
        self._show()
        if isinstance(error, OSError):
            log.warning("report not written: %s", error.strerror or error)
            box = QMessageBox(QMessageBox.Icon.Warning, "UnionCase",
                              self.tr("The report could not be written: %1").replace(
                                  "%1", str(error.strerror or error)),
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("exportErrorBox")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return
        show_error(self, error)
