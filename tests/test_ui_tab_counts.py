"""The intake tab shows its first rows before the counts over every matching case, which come
from the background: the list never waits for them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
    runner.release()
    assert tab.totals is not None
    assert tab.figures_model.rowCount() > 0


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
    assert len(runner.held) == 1
    runner.release()
    assert tab.counts is not None
    assert tab.counts.total == 1
