"""统计 in the window: tiles of a known database, pickers that reload, tiles and bars that open
the records behind them, the charts, and the report saved through the save-path seam."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCharts import QHorizontalBarSeries, QStackedBarSeries
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import STATION, activate
from tests.test_aid_service import staff  # noqa: F401
from tests.test_report_records import (  # noqa: F401
    CHANNEL_KEYS,
    OTHER_STATION,
    Written,
    expected_intake,
    written,
)
from ui import i18n
from ui.dialogs.figure_records_dialog import FigureRecordsDialog
from ui.dialogs.intake_case_page import IntakeCasePage
from ui.main_window import MainWindow
from ui.models.figure_records_model import FigureRecordsModel
from ui.settings import Settings
from ui.tabs.statistics_tab import StatisticsTab
from ui.tasks import SyncTaskRunner
from unioncase.domain.money import format_percent, format_wan
from unioncase.services import UnionCase
from unioncase.services.intake import IntakeInput
from unioncase.services.report import Period, ReportService

YEAR = Period.of(2026)


def _raise(exc: BaseException) -> None:
    raise exc


@pytest.fixture(autouse=True)
def chinese(qapp: QApplication) -> None:
    i18n.install(qapp, "zh_CN")


@pytest.fixture
def tab(qtbot, app: UnionCase, written: Written) -> StatisticsTab:  # type: ignore[no-untyped-def]  # noqa: F811
    widget = StatisticsTab(app, SyncTaskRunner(_raise))
    qtbot.addWidget(widget)
    assert widget.shown is None  # filled when first shown, not before
    widget.resize(1360, 760)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.shown is not None
    return widget


def values(tab: StatisticsTab) -> dict[str, str]:
    return {key: tile.value() for key, tile in tab.tiles.items()}


def test_the_tiles_show_the_figures_of_the_year(tab: StatisticsTab, written: Written) -> None:  # noqa: F811
    in_2026 = expected_intake(written, YEAR, "")
    closed = expected_intake(written, YEAR, "", lambda r: bool(r[4]))
    paid = sum(fen for *_r, fen in written.payments.values())
    shown = values(tab)
    assert shown["intakeCases"] == str(len(in_2026)) == "7"
    assert shown["closureRate"] == format_percent(len(closed), len(in_2026)) == "57.1%"
    assert shown["groupCases"] == "2"
    assert shown["mediationCases"] == str(len(written.mediation))
    assert shown["mediationSuccessful"] == "1"
    assert shown["successRate"] == "50%"
    assert shown["agreedAmount"] == format_wan(214971 + 100000) == "0.31"
    assert shown["aidPersons"] == "2"
    assert shown["aidAmount"] == format_wan(paid)
    assert shown["jobFairs"] == str(len(written.fairs))
    assert shown["jobSeekers"] == "3"
    assert shown["placed"] == str(sum(1 for *_r, p in written.referrals if p))
    assert tab.tiles["aidPersons"].detail_label.text() == f"发放 {len(written.payments)} 笔"
    assert tab.tiles["intakeCases"].toolTip() == "点击查看明细"
    assert "2026-01-01" in tab.status_label.text()
    assert tab.station_combo.count() == 3  # all, and the two stations
    assert tab.station_combo.itemText(0) == "全部服务站"


def test_changing_the_pickers_reloads(qtbot, tab: StatisticsTab, app: UnionCase,  # type: ignore[no-untyped-def]
                                      written: Written) -> None:  # noqa: F811
    service = ReportService(app.ctx)
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("quarter"))
    assert tab.quarter_combo.isVisible()
    assert not tab.month_combo.isVisible()
    tab.quarter_combo.setCurrentIndex(0)
    q1 = Period.quarter(2026, 1)
    assert tab.shown is not None
    assert tab.shown.period == q1
    assert values(tab)["intakeCases"] == str(len(expected_intake(written, q1, ""))) == "5"
    assert values(tab)["closureRate"] == format_percent(
        service.figures(q1)["intake"]["closed"], 5) == "40%"
    tab.station_combo.setCurrentIndex(tab.station_combo.findData(STATION))
    assert values(tab)["intakeCases"] == str(len(expected_intake(written, q1, STATION))) == "4"
    tab.station_combo.setCurrentIndex(tab.station_combo.findData(OTHER_STATION))
    assert values(tab)["intakeCases"] == "1"
    assert values(tab)["mediationCases"] == "0"
    tab.station_combo.setCurrentIndex(0)
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("month"))
    tab.month_combo.setCurrentIndex(4)  # May
    assert tab.shown is not None
    assert tab.shown.period == Period.month(2026, 5)
    assert values(tab)["intakeCases"] == "2"
    assert values(tab)["groupCases"] == "1"
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("custom"))
    assert tab.from_edit.isVisible()
    assert not tab.year_spin.isVisible()
    tab.from_edit.setDate(date(2026, 7, 1))
    tab.to_edit.setDate(date(2026, 6, 1))
    qtbot.waitUntil(lambda: "结束日期早于开始日期" in tab.status_label.text())
    tab.to_edit.setDate(date(2026, 12, 31))
    qtbot.waitUntil(lambda: tab.shown is not None
                    and tab.shown.period == Period.of(start="2026-07-01", end="2026-12-31"))
    assert values(tab)["aidAmount"] == format_wan(480000)
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("year"))
    tab.year_spin.setValue(2025)
    assert values(tab)["intakeCases"] == "1"


def test_a_tile_opens_the_records_behind_it(qtbot, tab: StatisticsTab, app: UnionCase,  # type: ignore[no-untyped-def]
                                            written: Written) -> None:  # noqa: F811
    qtbot.mouseClick(tab.tiles["closureRate"], Qt.MouseButton.LeftButton)
    dialog = tab.records_dialog
    assert isinstance(dialog, FigureRecordsDialog)
    qtbot.waitExposed(dialog)
    model = dialog.model
    closed = expected_intake(written, YEAR, "", lambda r: bool(r[4]))
    assert model.total() == len(closed) == 4
    assert {model.figure_record(r).number for r in range(model.rowCount())} == closed
    days = [model.figure_record(r).day for r in range(model.rowCount())]
    assert days == sorted(days)  # in date order
    assert model.headerData(1, Qt.Orientation.Horizontal) == "登记日期"
    assert "4 条" in dialog.count_label.text()
    dialog.table.selectRow(0)
    with qtbot.waitSignal(tab.case_requested) as opened:
        dialog.open_current()
    assert opened.args == ["intake", model.figure_record(0).number]
    dialog.filter_edit.setText("来访人1")
    qtbot.waitUntil(lambda: model.total() == 1)
    dialog.close()
    tab.tiles["aidAmount"].setFocus()
    tab.tiles["aidAmount"].activated.emit("aid.disbursements")
    dialog = tab.records_dialog
    assert dialog is not None
    assert dialog.model.total() == len(written.payments)
    amounts = dialog.model.column_of("amount_fen")
    assert amounts > 0
    assert "合计" in dialog.count_label.text()
    assert {dialog.model.data(dialog.model.index(r, amounts))
            for r in range(dialog.model.rowCount())} == {"1,000.00", "2,000.50", "4,800.00"}


def test_the_records_model_passes_the_model_tester(qtmodeltester, app: UnionCase,  # type: ignore[no-untyped-def]
                                                   written: Written) -> None:  # noqa: F811
    for figure in ("intake.cases", "aid.persons", "jobs.fairs", "mediation.mediators"):
        model = FigureRecordsModel(ReportService(app.ctx), YEAR, "", figure)
        model.reload()
        assert model.rowCount() == model.total() > 0
        qtmodeltester.check(model)


def test_the_charts_have_their_bars_and_open_a_month(qtbot, tab: StatisticsTab,  # type: ignore[no-untyped-def]
                                                     app: UnionCase,
                                                     written: Written) -> None:  # noqa: F811
    monthly = ReportService(app.ctx).monthly(YEAR)
    channel = tab.channel_chart
    assert isinstance(channel.series, QStackedBarSeries)
    assert len(channel.bar_sets) == 4
    assert [s.label() for s in channel.bar_sets] == ["来访", "来电", "来信", "网络"]
    assert all(s.count() == 12 for s in channel.bar_sets)
    assert channel.categories[0] == "1月"
    assert channel.chart().legend().isVisible()
    for index, key in enumerate(CHANNEL_KEYS.values()):
        assert [channel.value(index, m) for m in range(12)] == list(
            monthly.intake_by_channel[key])
    # January's calls: the bar opens that month's records of the channel
    channel.bar_sets[1].clicked.emit(0)
    dialog = tab.records_dialog
    assert dialog is not None
    assert dialog.model.month == "2026-01"
    assert dialog.model.total() == monthly.intake_by_channel["call"][0] == 1
    assert "2026年1月" in dialog.subtitle_label.text()
    dialog.close()

    category = tab.category_chart
    assert isinstance(category.series, QHorizontalBarSeries)
    by_category = tab.shown.report["intake"]["by_category"] if tab.shown else {}
    assert category.categories == list(by_category)
    assert not category.chart().legend().isVisible()
    last = len(category.categories) - 1
    category.bar_sets[0].clicked.emit(last)  # drawn from the bottom: the top bar is the first
    dialog = tab.records_dialog
    assert dialog is not None
    assert dialog.model.figure == f"intake.by_category.{category.categories[0]}"
    assert dialog.model.total() == by_category[category.categories[0]]
    dialog.close()

    jobs = tab.jobs_chart
    assert len(jobs.bar_sets) == 2
    assert [jobs.value(1, m) for m in range(12)] == list(monthly.placed)
    jobs.bar_sets[1].clicked.emit(3)  # April's placements
    dialog = tab.records_dialog
    assert dialog is not None
    assert (dialog.model.figure, dialog.model.total()) == ("jobs.placed", monthly.placed[3])
    dialog.close()

    aid = tab.aid_chart
    assert set(aid.categories) == {"医疗互助", "大病救助"}
    assert "（元）" in aid.chart().title()  # 0.3万 and 0.48万: shown in yuan
    top = aid.categories[0]
    assert aid.value(0, 0) == tab.shown.report["aid"]["by_program"][top]["amount_fen"] / 100


def test_export_through_the_seam(qtbot, tab: StatisticsTab, app: UnionCase,  # type: ignore[no-untyped-def]
                                 tmp_path: Path) -> None:
    from openpyxl import load_workbook

    asked: list[tuple[str, str]] = []
    target = {"json": tmp_path / "out" / "report.json", "xlsx": tmp_path / "report",
              "pdf": tmp_path / "report.pdf", "text": tmp_path / "report.txt"}

    def ask(suggested: str, fmt: str) -> str:
        asked.append((suggested, fmt))
        return str(target[fmt])

    tab._ask_save_path = ask  # type: ignore[method-assign]
    tab.station_combo.setCurrentIndex(tab.station_combo.findData(STATION))
    with qtbot.waitSignal(tab.report_saved) as saved:
        tab.export_buttons["json"].click()
    assert saved.args == [str(target["json"])]
    assert asked[-1] == (f"2026年工作数据-{STATION}.json", "json")
    assert json.loads(target["json"].read_text(encoding="utf-8")) == ReportService(
        app.ctx).figures(YEAR, STATION)
    assert str(target["json"]) in tab.status_label.text()
    with qtbot.waitSignal(tab.report_saved) as saved:
        tab.export_buttons["xlsx"].click()
    written_xlsx = Path(saved.args[0])
    assert written_xlsx == tmp_path / "report.xlsx"  # the extension added
    book = load_workbook(written_xlsx)
    assert book.sheetnames == ["概况", "信访接待", "劳动争议调解", "困难帮扶", "就业推荐"]
    assert book["概况"]["A1"].value == "南湖区东栅街道工会服务站 2026年工作数据"
    tab.export_buttons["text"].click()
    assert "结案率" in target["text"].read_text(encoding="utf-8")
    asked.clear()
    tab._ask_save_path = lambda suggested, fmt: ""  # type: ignore[method-assign]
    tab.export_buttons["pdf"].click()  # cancelled: nothing written
    assert not target["pdf"].exists()


def test_the_window_has_the_statistics_tab(qtbot, app: UnionCase, written: Written,  # type: ignore[no-untyped-def]  # noqa: F811
                                           tmp_path: Path) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(app, SyncTaskRunner(_raise), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tab = window.tabs.widget(4)
    assert isinstance(tab, StatisticsTab)
    assert tab.objectName() == "statisticsTab"
    assert window.tabs.tabText(4) == "统计"
    assert tab.shown is None  # not shown yet: not loaded
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is tab
    assert tab.tiles["intakeCases"].value() == "7"
    app.intake.register(IntakeInput(channel="来电", name="新来电", phone="13805731234",
                                    category="欠薪", summary="反映诉求"))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert tab.tiles["intakeCases"].value() == "8"
    tab.tiles["intakeCases"].activated.emit("intake.cases")
    dialog = tab.records_dialog
    assert dialog is not None
    dialog.table.selectRow(0)
    dialog.open_current()
    number = dialog.model.figure_record(0).number
    pages = [p for p in window._intake_pages.values() if isinstance(p, IntakeCasePage)]
    assert len(pages) == 1
    assert pages[0].case is not None
    assert pages[0].case.number == number
    tab._ask_save_path = lambda suggested, fmt: str(tmp_path / "r.json")  # type: ignore[method-assign]
    tab.export("json")
    assert str(tmp_path / "r.json") in window.statusBar().currentMessage()
