"""就业推荐 in the window: registering seekers at the desk by keyboard, the list with its
figures and follow-ups, referring from the seeker's page and recording the result, fairs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import FrozenClock, activate, valid_id
from tests.test_jobs_service import fair  # noqa: F401
from tests.test_mediation_service import set_today
from ui import i18n
from ui.dialogs.job_fairs_dialog import JobFairsDialog
from ui.dialogs.job_seeker_dialog import JobSeekerDialog
from ui.dialogs.job_seeker_page import JobSeekerPage, ResultDialog
from ui.main_window import MainWindow
from ui.models.job_seeker_table_model import JobSeekerTableModel, SeekerColumn
from ui.settings import Settings
from ui.tabs.jobs_tab import JobsTab
from ui.tasks import SyncTaskRunner
from unioncase.domain.jobs import ReferralResult
from unioncase.services import UnionCase
from unioncase.services.jobs import PositionInput, ReferralInput, SeekerFilter, SeekerInput


@pytest.fixture(autouse=True)
def chinese(qapp: QApplication) -> None:
    i18n.install(qapp, "zh_CN")


def shown(qtbot, widget):  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_seekers_registered_at_the_desk_one_after_another(qtbot, app: UnionCase) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, JobSeekerDialog(app))
    activate(qtbot, dialog)
    dialog.name_edit.setText("赵磊")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.id_edit, valid_id(seq="711"))
    qtbot.keyClick(dialog.id_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.phone_edit, "13905731111")
    dialog.job_edit.setText("电焊工")
    dialog.education_combo.setCurrentIndex(dialog.education_combo.findData("初中"))
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()  # Ctrl+N: saved, and ready for the next
    assert "赵磊" in dialog.saved_label.text()
    assert dialog.name_edit.text() == ""
    dialog.name_edit.setText("钱芳")
    dialog.id_edit.setText("123")
    assert dialog.save() is None
    assert dialog.form.error_text("id_number")
    dialog.id_edit.setText(valid_id(seq="722"))
    assert dialog.save() is not None
    seekers = app.jobs.page(SeekerFilter(), sort="number", descending=False)
    assert [(s.name, s.desired_job) for s in seekers] == [("赵磊", "电焊工"), ("钱芳", "")]
    assert seekers[0].education is not None


def test_the_tab_shows_figures_and_follow_ups(qtbot, app: UnionCase, clock: FrozenClock,  # type: ignore[no-untyped-def]
                                              fair: tuple[int, int, int]) -> None:  # noqa: F811
    fair_id, welder, _driver = fair
    seeker = app.jobs.register(SeekerInput(name="周强", id_number=valid_id(seq="733"),
                                           desired_job="焊工", fair_id=fair_id))
    app.jobs.refer(ReferralInput(seeker.id, position_id=welder))
    set_today(clock, date(2026, 12, 8))
    tab = shown(qtbot, JobsTab(app))
    assert tab.model.rowCount() == 1
    assert tab.model.data(tab.model.index(0, SeekerColumn.LATEST_REFERRAL)) == (
        "嘉兴恒力机械有限公司 电焊工")
    assert "100%" not in tab.figures_label.text()
    assert "<b>1</b>" in tab.figures_label.text()
    assert tab.follow_label.isVisible()
    assert "周强" in tab.follow_label.text()
    with qtbot.waitSignal(tab.open_case_requested) as opened:
        tab._on_link(f"seeker:{seeker.id}")
    assert opened.args == [seeker.id]
    tab.fair_combo.setCurrentIndex(tab.fair_combo.findData(fair_id))
    assert tab.model.rowCount() == 1
    tab.fair_combo.setCurrentIndex(0)
    app.jobs.register(SeekerInput(name="无推荐", id_number=valid_id(seq="734")))
    tab.reload()
    assert tab.model.rowCount() == 2
    tab.employer_edit.set_enterprise(app.jobs.get(seeker.id).referrals[0].enterprise_id,
                                     "嘉兴恒力机械有限公司")
    tab.reload()
    assert tab.model.rowCount() == 1  # only those referred to the employer


def test_refer_from_the_page_and_record_the_result(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                                   fair: tuple[int, int, int]) -> None:  # noqa: F811
    seeker = app.jobs.register(SeekerInput(name="郑伟", id_number=valid_id(seq="744"),
                                           desired_job="货车司机", skills="B2驾照"))
    page = shown(qtbot, JobSeekerPage(app, seeker.id))
    assert page.matches_model.rowCount() == 1
    assert page.matches_model.item(0, 2).text() == "货车司机"
    with qtbot.waitSignal(page.case_changed):
        referral = page.refer_to(0)
    assert referral is not None
    assert page.referrals_model.rowCount() == 1
    assert page.print_button.isEnabled()
    dialog = page.open_result(page._current_referral())
    assert isinstance(dialog, ResultDialog)
    assert dialog.submit()
    assert page.seeker is not None
    latest = page.seeker.latest_referral
    assert latest is not None
    assert latest.result is ReferralResult.PLACED
    with qtbot.waitSignal(page.print_requested) as printed:
        page.print_button.click()
    assert printed.args == [seeker.number, ""]


def test_fairs_are_created_with_positions(qtbot, app: UnionCase) -> None:  # type: ignore[no-untyped-def]
    from tests.test_jobs_service import employer

    company = employer(app, "嘉兴恒力机械有限公司", "91330402MA2B3C4D1")
    dialog = shown(qtbot, JobFairsDialog(app))
    dialog.name_edit.setText("2026年冬季招聘会")
    dialog.campaign_edit.setText("春风行动2026")
    assert dialog.create_fair() is not None
    dialog.employer_edit.set_enterprise(company, "嘉兴恒力机械有限公司")
    dialog.title_edit.setText("数控车工")
    dialog.wanted_spin.setValue(4)
    dialog.pay_min_edit.setText("6000")
    dialog.pay_max_edit.setText("5000")
    assert not dialog.add_position()  # the highest pay below the lowest
    dialog.pay_max_edit.setText("8000")
    assert dialog.add_position()
    fair_read = dialog.selected()
    assert fair_read is not None
    assert (fair_read.employers, fair_read.positions, fair_read.wanted) == (1, 1, 4)
    assert dialog.positions_model.item(0, 3).text() == "6,000.00—8,000.00"
    seeker = app.jobs.register(SeekerInput(name="孙强", id_number=valid_id(seq="766"),
                                           desired_job="车工"))
    dialog.positions_view.selectRow(0)
    assert dialog.matches_model.rowCount() == 1
    assert dialog.matches_model.item(0, 2).text() == "孙强"
    assert dialog.refer_selected()
    assert app.jobs.get(seeker.id).latest_referral is not None
    with qtbot.waitSignal(dialog.summary_ready) as summary:
        dialog.print_summary()
    assert summary.args[0].startswith(b"%PDF")


def test_the_window_has_the_jobs_tab(qtbot, app: UnionCase, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = shown(qtbot, MainWindow(app, SyncTaskRunner(lambda exc: (_ for _ in ()).throw(exc)),
                                     settings))
    assert isinstance(window.tabs.widget(3), JobsTab)
    seeker = app.jobs.register(SeekerInput(name="冯一", id_number=valid_id(seq="755")))
    assert isinstance(window.open_case("jobs", seeker.number), JobSeekerPage)
    assert isinstance(window.new_seeker(), JobSeekerDialog)


def test_the_first_rows_come_in_two_statements_and_the_figures_after_them(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, fair: tuple[int, int, int]) -> None:  # noqa: F811
    from tests.test_jobs_service import statements
    from tests.test_ui_paged_lists import add_seekers
    from tests.test_ui_tab_counts import HeldRunner

    fair_id, welder, _driver = fair
    ids = add_seekers(app, 150)  # more than the first page
    app.jobs.refer(ReferralInput(ids[-1], position_id=welder))
    runner = HeldRunner()
    tab = JobsTab(app, runner=runner)
    qtbot.addWidget(tab)
    tab.resize(1100, 640)
    with statements(app) as seen:
        tab.show()
        qtbot.waitExposed(tab)
    assert tab.model.rowCount() == JobSeekerTableModel.FIRST_PAGE
    assert len(seen) == 2  # the seekers with their persons and fairs, their referrals
    assert tab.figures is None  # nothing over every seeker yet: not the count either
    assert tab.model.known_total() is None
    assert tab.fair_combo.count() == 1  # the fairs arrive later too
    assert len(runner.held) == 2
    runner.release()
    assert tab.figures is not None
    assert tab.figures.seekers == 150
    assert "<b>150</b>" in tab.figures_label.text()
    assert tab.model.known_total() == 150  # counted by the figures, not again
    assert tab.fair_combo.findData(fair_id) > 0
    with statements(app) as seen:
        assert tab.model.total() == 150
    assert seen == []


def test_figures_of_filters_changed_since_do_not_count_the_list(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase) -> None:
    from tests.test_ui_paged_lists import add_seekers
    from tests.test_ui_tab_counts import HeldRunner

    add_seekers(app, 250)
    runner = HeldRunner()
    tab = JobsTab(app, runner=runner)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.date_from_edit.setDate(date(2026, 3, 1))  # while the figures of all 250 are held
    since = sum(1 for i in range(250) if i % 300 >= 59)
    assert tab.model.rowCount() == JobSeekerTableModel.FIRST_PAGE < since
    work, done = runner.held.pop(0)  # the figures of all 250 arrive late
    done(work())
    assert tab.figures is not None
    assert tab.figures.seekers == 250
    assert tab.model.known_total() is None  # not the list's count
    runner.release()
    assert tab.model.known_total() == since
    assert tab.figures.seekers == since


def test_the_latest_referral_column_fits_the_longest_loaded(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, fair: tuple[int, int, int]) -> None:  # noqa: F811
    from tests.test_jobs_service import employer
    from tests.test_ui_paged_lists import add_seekers

    ids = add_seekers(app, 60)
    long_name = "嘉兴市南湖区新嘉街道某某精密机械制造股份有限公司"
    company = employer(app, long_name, "91330402MA2B3C4D3")
    position = app.jobs.add_position(PositionInput(company, "设备操作工", 2))
    app.jobs.refer(ReferralInput(ids[0], position_id=position.id))  # the oldest: last row
    tab = shown(qtbot, JobsTab(app, runner=SyncTaskRunner(lambda exc: None)))
    tab.resize(1280, 400)
    row = tab.model.row_of(ids[0])
    assert row is not None
    text = tab.model.data(tab.model.index(row, SeekerColumn.LATEST_REFERRAL))
    assert text == f"{long_name} 设备操作工"
    width = tab.table.columnWidth(SeekerColumn.LATEST_REFERRAL)
    assert width >= tab.table.fontMetrics().horizontalAdvance(text)  # not elided
    assert tab.model.data(tab.model.index(row, SeekerColumn.LATEST_REFERRAL),
                          Qt.ItemDataRole.ToolTipRole) == text
    header = tab.table.horizontalHeader()
    assert header.length() <= tab.table.viewport().width()  # no sideways scrolling


def test_the_fairs_dialog_reads_its_list_in_the_same_statements_however_many(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase) -> None:
    from tests.test_jobs_scale import _fairs
    from tests.test_jobs_service import employer, statements

    company = employer(app, "嘉兴恒力机械有限公司", "91330402MA2B3C4D1")
    _fairs(app, 2, company, 1)
    with statements(app) as two:
        dialog = shown(qtbot, JobFairsDialog(app))
    assert dialog.fairs_model.rowCount() == 2
    _fairs(app, 4, company, 3)
    with statements(app) as six:
        dialog = shown(qtbot, JobFairsDialog(app))
    assert dialog.fairs_model.rowCount() == 6
    assert len(six) == len(two) <= 12  # the fairs, the first one's positions, their matches
    assert dialog.fairs_model.item(0, 0).text() == "招聘会6"
    assert [dialog.fairs_model.item(0, c).text() for c in range(4, 10)] == [
        "1", "1", "3", "1", "1", "0"]
