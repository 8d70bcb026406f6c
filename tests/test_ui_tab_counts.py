"""The intake tab shows its first rows before the counts over every matching case, which come
from the background: the list never waits for them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ui.tabs.intake_tab import IntakeTab
from ui.tasks import TaskRunner
from unioncase.domain.intake import IntakeChannel
from unioncase.services import UnionCase
from unioncase.services.intake import IntakeInput


class HeldRunner(TaskRunner):
    """Keeps the work until the test lets it run, as a busy worker thread would."""

    def __init__(self) -> None:
        super().__init__(lambda exc: None)
        self.held: list[tuple[Callable[[], Any], Any]] = []

    def run(self, func: Callable[[], Any], on_done: Any = None, **_options: Any) -> None:
        self.held.append((func, on_done))

    def release(self) -> None:
        while self.held:
            func, on_done = self.held.pop(0)
            on_done(func())


def test_the_first_rows_come_before_the_counts(qtbot: Any, app: UnionCase) -> None:
    for i in range(3):
        app.intake.register(IntakeInput(channel=IntakeChannel.CALL.value, name=f"来电人{i}",
                                        phone=f"1390573100{i}", category="欠薪",
                                        summary="拖欠工资"))
    runner = HeldRunner()
    tab = IntakeTab(app, runner=runner)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.model.rowCount() == 3
    assert tab.counts is None
    assert len(runner.held) == 1
    runner.release()
    assert tab.counts is not None
    assert tab.counts.total == 3
    assert tab.count_labels["total"].property("count") == 3


def test_the_aid_list_comes_before_its_totals_and_figures(qtbot: Any, app: UnionCase) -> None:
    from tests.test_aid_service import person, program_id
    from ui.tabs.aid_tab import AidTab
    from unioncase.services.aid import ApplicationInput

    app.aid.apply(ApplicationInput(person(app, "吴十", "141"), program_id(app, "送温暖"),
                                   "1,000"))
    runner = HeldRunner()
    tab = AidTab(app, runner=runner)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.model.rowCount() == 1
    assert tab.totals is None
    assert tab.program_combo.count() == tab.batch_combo.count() == 1  # 全部 until they come
    runner.release()
    assert tab.totals is not None
    assert tab.figures_model.rowCount() > 0
    assert tab.program_combo.count() == 1 + len(app.aid.programs(include_inactive=True))
    assert tab.batch_combo.count() == 1 + len(app.aid.batches())


def test_the_mediation_list_comes_before_its_counts_and_alerts(qtbot: Any, app: UnionCase,
                                                               setup: Any) -> None:
    from tests.test_mediation_service import applied
    from ui.tabs.mediation_tab import MediationTab

    applied(app, setup)
    runner = HeldRunner()
    tab = MediationTab(app, runner=runner)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.model.rowCount() == 1
    assert len(runner.held) == 2  # the registries to filter by, the counts and alerts
    assert tab.organization_combo.count() == tab.mediator_combo.count() == 1  # 全部 only
    runner.release()
    assert tab.counts is not None
    assert tab.counts.total == 1
    organizations = app.mediation.organizations(include_inactive=True)
    assert [tab.organization_combo.itemData(i) for i in range(1, tab.organization_combo.count())
            ] == [o.id for o in organizations]
    assert tab.mediator_combo.count() == 1 + len(
        app.mediation.mediators(None, include_inactive=True))


def test_a_registry_shows_its_first_page_and_counts_in_the_background(
        qtbot: Any, app: UnionCase, monkeypatch: Any) -> None:
    from tests.test_ui_main_window import add_people
    from ui.tabs.persons_tab import PersonsTab

    add_people(app, 150)
    counted: list[str] = []
    real = app.persons.count
    monkeypatch.setattr(app.persons, "count", lambda text="": counted.append(text) or real(text))
    runner = HeldRunner()
    tab = PersonsTab(app, runner=runner)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    model = tab.model
    assert model.rowCount() == model.FIRST_PAGE < 150
    assert model.canFetchMore()  # a full page: there may be more
    assert counted == []  # the rows did not wait for a count of every person
    assert len(runner.held) == 1
    assert tab.count_label.text() in ("Counting...", "正在计数……")
    tab.filter_edit.setText("测试0")  # loaded again before the first count came back
    qtbot.waitUntil(lambda: len(runner.held) == 2)  # 测试000-099 fill a page: counted too
    runner.release()
    assert counted == ["", "测试0"]
    assert "100" in tab.count_label.text()
    assert "150" not in tab.count_label.text()  # the first, stale count is not shown
    assert model.total() == 100
    assert counted == ["", "测试0"]  # not counted again


def test_a_short_list_is_never_counted(qtbot: Any, app: UnionCase, monkeypatch: Any) -> None:
    from tests.test_ui_main_window import add_people
    from ui.tabs.persons_tab import PersonsTab

    add_people(app, 7)
    monkeypatch.setattr(app.persons, "count", lambda text="": pytest.fail("counted"))
    runner = HeldRunner()
    tab = PersonsTab(app, runner=runner)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    assert (tab.model.rowCount(), tab.model.total()) == (7, 7)  # less than a page: all of them
    assert not tab.model.canFetchMore()
    assert runner.held == []
    assert "7" in tab.count_label.text()


def test_columns_fit_the_texts_of_the_first_page(qtbot: Any, app: UnionCase) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from ui.widgets.table_columns import SAMPLE_ROWS, fit_columns

    model = QStandardItemModel(300, 2)
    for row in range(300):
        model.setItem(row, 0, QStandardItem("张三"))
        model.setItem(row, 1, QStandardItem(""))
    company = "嘉兴市某某很长很长很长很长很长很长的机械制造有限公司"
    model.setItem(SAMPLE_ROWS + 50, 0, QStandardItem(company * 2))  # past the first page
    model.setItem(150, 1, QStandardItem(company))  # off screen, within the first page
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(600, 300)
    table.show()
    qtbot.waitExposed(table)
    fit_columns(table)
    metrics = table.fontMetrics()
    assert table.columnWidth(0) < metrics.horizontalAdvance(company) / 2
    assert table.columnWidth(0) >= metrics.horizontalAdvance("张三")
    assert table.columnWidth(1) >= metrics.horizontalAdvance(company)  # not cut to "嘉兴…"


def test_the_window_warms_every_list_the_way_its_tab_first_reads_it(
        qtbot: Any, app: UnionCase, monkeypatch: Any) -> None:
    from ui.main_window import MainWindow
    from ui.settings import Settings

    runner = HeldRunner()
    window = MainWindow(app, runner, Settings())
    qtbot.addWidget(window)
    services = {"intake": app.intake, "mediation": app.mediation, "aid": app.aid,
                "jobs": app.jobs, "persons": app.persons, "enterprises": app.enterprises}
    asked: dict[str, list[tuple[Any, ...]]] = {name: [] for name in services}
    for name, service in services.items():
        real = service.page

        def recording(*args: Any, name: str = name, real: Any = real) -> Any:
            asked[name].append(args[1:])
            return real(*args)

        monkeypatch.setattr(service, "page", recording)
    import gc

    gc.unfreeze()
    window.show()
    qtbot.waitExposed(window)
    assert gc.get_freeze_count() > 0  # start-up's objects are left out of the collector's passes
    gc.unfreeze()
    assert app.warm_up in [func for func, _done in runner.held]
    for calls in asked.values():
        calls.clear()  # what the shown tab read itself
    app.warm_up(rows=7)
    tabs = {"intake": window.intake_tab, "mediation": window.mediation_tab,
            "aid": window.aid_tab, "jobs": window.jobs_tab, "persons": window.persons_tab,
            "enterprises": window.enterprises_tab}
    for name, tab in tabs.items():
        model = tab.model
        assert asked[name] == [(0, 7, model._sort, model._descending)], name


def test_a_paged_list_fits_its_columns_from_its_records_as_from_its_cells(
        qtbot: Any, app: UnionCase) -> None:
    from PySide6.QtCore import QSortFilterProxyModel
    from PySide6.QtWidgets import QTableView

    from tests.test_ui_main_window import add_people
    from ui.tabs.persons_tab import PersonsTab
    from ui.widgets.table_columns import content_widths

    add_people(app, 30)
    tab = PersonsTab(app)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    proxy = QSortFilterProxyModel()  # no display_texts: every cell asked through the model
    proxy.setSourceModel(tab.model)
    plain = QTableView()
    qtbot.addWidget(plain)
    plain.setModel(proxy)
    plain.setSortingEnabled(True)  # the header keeps room for the sort arrow, as the tab's
    assert content_widths(tab.table) == content_widths(plain)
    assert max(content_widths(tab.table)) > 60
