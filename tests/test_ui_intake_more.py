"""信访接待 in the window, continued: records opened from a person's page, the registration date of
paper records, the administrators' category dialog, attachments on the files lane, and the list
sorted by its warning flags."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from sqlmodel import select

from tests.conftest import FrozenClock, activate
from ui import i18n
from ui.dialogs.category_dialog import CategoryDialog
from ui.dialogs.intake_case_page import IntakeCasePage
from ui.dialogs.person_page import PersonPage
from ui.main_window import MainWindow
from ui.models.category_table_model import CategoryColumn, CategoryTableModel
from ui.models.intake_table_model import IntakeColumn
from ui.models.paged_table_model import SORT_ROLE
from ui.settings import Settings
from ui.tasks import SyncTaskRunner
from unioncase.domain.intake import DEFAULT_CATEGORIES, Handling, IntakeChannel
from unioncase.models import IntakeCategory
from unioncase.models.intake import IntakeCaseRead
from unioncase.services import UnionCase
from unioncase.services import intake as intake_service
from unioncase.services.context import CHINA
from unioncase.services.intake import IntakeFilter, IntakeInput

TODAY = date(2026, 11, 23)  # the frozen clock's day


# --------------------------------------------------------------------------------------------
# fixtures and helpers


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "zh_CN")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def _fail(exc: BaseException) -> None:
    raise exc


@pytest.fixture
def window(qtbot, app: UnionCase, settings: Settings, chinese: None) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(app, SyncTaskRunner(_fail), settings)
    qtbot.addWidget(win)
    win.tabs.setCurrentWidget(win.intake_tab)
    win.show()
    qtbot.waitExposed(win)
    return win


class DeferredRunner(SyncTaskRunner):
    """Keeps the work until ``finish()``: shows what runs where and what waits for the result."""

    def __init__(self) -> None:
        super().__init__(_fail)
        self.jobs: list[tuple[str, Callable[[], None]]] = []

    def run(self, func: Callable[[], Any], on_done: Callable[[Any], None] | None = None, *,
            on_error: Callable[[BaseException], None] | None = None, owner: Any = None,
            lane: str = "db") -> None:
        def later() -> None:
            SyncTaskRunner.run(self, func, on_done, on_error=on_error, owner=owner, lane=lane)

        self.jobs.append((lane, later))

    def finish(self) -> None:
        jobs, self.jobs = self.jobs, []
        for _lane, job in jobs:
            job()


def register(app: UnionCase, channel: IntakeChannel = IntakeChannel.CALL, name: str = "张三",
             **fields: Any) -> IntakeCaseRead:
    values: dict[str, Any] = {"phone": "13805731234", "category": "欠薪",
                              "summary": "拖欠工资三个月"}
    values.update(fields)
    return app.intake.register(IntakeInput(channel=channel.value, name=name, **values))


def focused() -> Any:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def open_person_page(qtbot, window: MainWindow, person_id: int) -> PersonPage:  # type: ignore[no-untyped-def]
    page = window.open_person(person_id)
    assert isinstance(page, PersonPage)
    qtbot.waitExposed(page)
    return page


# --------------------------------------------------------------------------------------------
# a person's page opens their records


def test_a_persons_intake_case_opens_on_double_click_and_enter(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow) -> None:
    first = register(app, name="韩梅梅")
    second = register(app, IntakeChannel.VISIT, "韩梅梅", person_id=first.person_id,
                      category="工伤", summary="工伤认定咨询")
    page = open_person_page(qtbot, window, first.person_id)
    view = page.line_views["intake"]
    assert page.lines_tabs.currentWidget() is view
    numbers = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    assert set(numbers) == {first.number, second.number}

    index = view.model().index(numbers.index(first.number), 0)
    where = view.visualRect(index).center()
    with qtbot.waitSignal(page.case_requested) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert signal.args == ["intake", first.number]
    opened = window._intake_pages.get(first.id)
    assert isinstance(opened, IntakeCasePage)
    qtbot.waitExposed(opened)
    assert opened.case is not None
    assert opened.case.number == first.number

    # Enter on the current row opens it too, and presses no button of the page.
    edits: list[object] = []
    page.edit_requested.connect(edits.append)
    activate(qtbot, page)
    view.setFocus()
    view.setCurrentIndex(view.model().index(numbers.index(second.number), 0))
    with qtbot.waitSignal(page.case_requested) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == ["intake", second.number]
    assert isinstance(window._intake_pages.get(second.id), IntakeCasePage)
    assert edits == []


def test_a_persons_records_of_every_line_open_from_the_page(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow) -> None:
    from ui.dialogs.job_seeker_page import JobSeekerPage
    from unioncase.services.jobs import SeekerInput

    case = register(app, name="李雷")
    seeker = app.jobs.register(SeekerInput(person_id=case.person_id, desired_job="电工"))
    page = open_person_page(qtbot, window, case.person_id)
    page.lines_tabs.setCurrentWidget(page.line_views["jobs"])
    with qtbot.waitSignal(page.case_requested) as signal:
        assert page.open_record("jobs", 0)
    assert signal.args == ["jobs", seeker.number]
    assert isinstance(window._job_pages.get(seeker.id), JobSeekerPage)
    assert window.open_case("pension", seeker.number) is None  # no such line: quietly
    assert window.findChild(QMessageBox) is None
    # The "no records yet" row of an empty line opens nothing.
    assert not page.open_record("aid", 0)


# --------------------------------------------------------------------------------------------
# the registration date of paper records


def test_paper_records_of_yesterday_get_their_registration_date(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow) -> None:
    dialog = window.new_intake(IntakeChannel.LETTER.value)
    activate(qtbot, dialog)
    date_edit = dialog.registered_on_edit
    assert date_edit.calendarPopup()
    assert date_edit.date().toPython() == TODAY  # the service's clock, not the computer's
    assert date_edit.maximumDate().toPython() == TODAY
    assert not dialog.not_today_label.isVisible()
    date_edit.setDate(QDate(2026, 11, 24))  # tomorrow is not accepted
    assert date_edit.date().toPython() == TODAY

    # The date is the last field: Tab from the request, then the buttons.
    dialog.summary_edit.setFocus()
    qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_Tab)
    assert focused() is date_edit
    qtbot.keyClick(date_edit, Qt.Key.Key_Down)  # one day earlier
    assert date_edit.date().toPython() == date(2026, 11, 22)
    assert dialog.not_today_label.isVisible()
    qtbot.keyClick(date_edit, Qt.Key.Key_Tab)  # from the day, Tab leaves the date
    assert focused() is dialog.save_next_button
    qtbot.keyClick(dialog.save_next_button, Qt.Key.Key_Backtab)
    assert focused() is date_edit
    qtbot.keyClick(date_edit, Qt.Key.Key_Return)  # Enter moves on like Tab; it never saves
    assert focused() is dialog.save_next_button
    assert dialog.last_saved is None

    dialog.name_edit.setText("邮寄人甲")
    dialog.letter_date_edit.setText("2026-11-18")
    dialog.sender_address_edit.setText("嘉兴市南湖区新兴街道")
    dialog.category_combo.setCurrentIndex(1)
    dialog.summary_edit.setPlainText("来信反映单位拖欠加班费")
    with qtbot.waitSignal(dialog.case_registered) as signal:
        qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    saved: IntakeCaseRead = signal.args[0]
    assert saved.registered_on == date(2026, 11, 22)
    assert saved.accept_due == app.calendar.period_end(date(2026, 11, 22), 15)
    # The next paper record of the pile keeps the date.
    assert date_edit.date().toPython() == date(2026, 11, 22)
    assert dialog.not_today_label.isVisible()


def test_a_registration_date_error_shows_under_the_field(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow, clock: FrozenClock) -> None:
    dialog = window.new_intake(IntakeChannel.CALL.value)
    activate(qtbot, dialog)
    dialog.phone_edit.setText("13905730011")
    dialog.name_edit.setText("来电人乙")
    dialog.category_combo.setCurrentIndex(1)
    dialog.summary_edit.setPlainText("咨询工伤认定")
    # The computer's clock was a day ahead when the form opened, and has been corrected since.
    clock.now = datetime(2026, 11, 22, 17, 0, tzinfo=CHINA)
    assert dialog.save() is None
    error = dialog.findChild(QLabel, "registered_onError")
    assert error.isVisible()
    assert "晚于今天" in error.text()
    assert focused() is dialog.registered_on_edit
    assert app.intake.count(IntakeFilter()) == 0


def test_a_form_left_open_past_midnight_registers_on_the_new_day(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow, clock: FrozenClock) -> None:
    dialog = window.new_intake(IntakeChannel.ONLINE.value)
    dialog.name_edit.setText("网友丙")
    dialog.category_combo.setCurrentIndex(1)
    dialog.summary_edit.setPlainText("网上咨询欠薪投诉渠道")
    clock.now = datetime(2026, 11, 24, 0, 5, tzinfo=CHINA)
    saved = dialog.save_and_next()
    assert saved is not None
    assert saved.registered_on == date(2026, 11, 24)
    assert dialog.registered_on_edit.maximumDate().toPython() == date(2026, 11, 24)
    # A day chosen on purpose stays chosen.
    dialog.registered_on_edit.setDate(QDate(2026, 11, 20))
    clock.now = datetime(2026, 11, 25, 8, 0, tzinfo=CHINA)
    dialog.name_edit.setText("网友丁")
    dialog.category_combo.setCurrentIndex(1)
    dialog.summary_edit.setPlainText("补录纸质留言")
    saved = dialog.save()
    assert saved is not None
    assert saved.registered_on == date(2026, 11, 20)


# --------------------------------------------------------------------------------------------
# petition categories


def test_administrators_add_a_category_and_the_forms_offer_it(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow) -> None:
    window.intake_tab.reload()  # the list was shown: its filter holds the categories
    entry = window.new_intake(IntakeChannel.VISIT.value)  # a form left open meanwhile
    entry.category_combo.setCurrentIndex(entry.category_combo.findData("工伤"))
    action = window.findChild(QAction, "categoriesAction")
    assert action is not None
    assert action in window.tools_menu.actions()
    action.trigger()
    dialog = window.findChild(CategoryDialog)
    assert isinstance(dialog, CategoryDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == QCoreApplication.translate(
        "CategoryDialog", "UnionCase - Petition categories")
    model = dialog.model
    assert [model.index(r, CategoryColumn.NAME).data() for r in range(model.rowCount())] == list(
        DEFAULT_CATEGORIES)
    assert model.index(0, CategoryColumn.ACCEPT_DAYS).data() == "15"
    assert model.index(0, CategoryColumn.HANDLE_DAYS).data() == "60"

    # A name already in use: the error is under the name, nothing is added.
    activate(qtbot, dialog)
    dialog.name_edit.setText("欠薪")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # Enter in the form adds
    assert "欠薪" in dialog.findChild(QLabel, "nameError").text()
    assert model.rowCount() == len(DEFAULT_CATEGORIES)

    dialog.name_edit.setText("女职工权益")
    dialog.accept_days_spin.setFocus()
    dialog.accept_days_spin.selectAll()
    qtbot.keyClicks(dialog.accept_days_spin, "10")
    dialog.handle_days_spin.setValue(30)
    with qtbot.waitSignal(dialog.categories_changed):
        qtbot.keyClick(dialog.accept_days_spin, Qt.Key.Key_Return)
    assert not dialog.findChild(QLabel, "nameError").isVisible()
    last = model.rowCount() - 1
    assert [model.index(last, c).data() for c in range(3)] == ["女职工权益", "10", "30"]
    assert dialog.table.selectionModel().selectedRows()[0].row() == last
    assert dialog.name_edit.text() == ""
    assert "女职工权益" in dialog.added_label.text()
    added = next(c for c in app.intake.category_list() if c.name == "女职工权益")
    assert (added.accept_days, added.handle_days) == (10, 30)

    # The list's filter and the open entry form offer it at once, the choice made stays.
    assert window.intake_tab.category_combo.findData("女职工权益") > 0
    assert entry.category_combo.findData("女职工权益") > 0
    assert entry.category_combo.currentData() == "工伤"
    assert entry.category_combo.itemText(0) != ""  # the "(choose)" item keeps its text
    entry.close()
    entry.deleteLater()
    qtbot.waitUntil(lambda: window._entry_dialog is None)
    fresh = window.new_intake(IntakeChannel.CALL.value)
    assert fresh.category_combo.findData("女职工权益") > 0
    dialog.close()


def test_the_category_model_passes_the_model_tester(  # type: ignore[no-untyped-def]
        qtmodeltester, app: UnionCase) -> None:
    app.intake.add_category("女职工权益", 10, 30)
    with app.ctx.write() as session:
        row = session.exec(select(IntakeCategory).where(IntakeCategory.name == "心理咨询")).one()
        row.active = False
    model = CategoryTableModel()
    model.set_categories(app.intake.category_list(include_inactive=True))
    assert model.rowCount() == len(DEFAULT_CATEGORIES) + 1
    row_of = model.row_of("心理咨询")
    assert model.index(row_of, CategoryColumn.ACTIVE).data() == QCoreApplication.translate(
        "CategoryTableModel", "No")
    assert model.index(row_of, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, CategoryColumn.ACCEPT_DAYS).data(SORT_ROLE) == 15
    qtmodeltester.check(model)


# --------------------------------------------------------------------------------------------
# attachments on the files lane


def test_an_attachment_is_copied_on_the_files_lane(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow, tmp_path: Path) -> None:
    case = register(app)
    runner = DeferredRunner()
    page = IntakeCasePage(app, case.id, window, runner=runner)
    qtbot.addWidget(page)
    page.show()
    source = tmp_path / "通话录音.mp3"
    source.write_bytes(b"ID3" + b"\0" * 4096)
    page._ask_attachment_path = lambda: source  # type: ignore[method-assign]
    qtbot.mouseClick(page.add_attachment_button, Qt.MouseButton.LeftButton)
    assert [lane for lane, _job in runner.jobs] == ["files"]
    assert not page.add_attachment_button.isEnabled()  # one at a time
    assert page.attachments_model.rowCount() == 0  # not yet: the copy is still running
    assert app.intake.attachments(case.id) == []
    runner.finish()
    assert page.attachments_model.rowCount() == 1
    assert page.attachments_model.item(0, 0).text() == "通话录音.mp3"
    assert page.add_attachment_button.isEnabled()
    assert "通话录音.mp3" in page.message_label.text()
    steps = [page.timeline_model.item(r, 1).text() for r in range(page.timeline_model.rowCount())]
    assert steps[-1] == "附件"

    # A file gone before the copy: the error is shown, the button is back.
    page._ask_attachment_path = lambda: tmp_path / "gone.pdf"  # type: ignore[method-assign]
    qtbot.mouseClick(page.add_attachment_button, Qt.MouseButton.LeftButton)
    runner.finish()
    box = page.findChild(QMessageBox, "errorBox")
    assert box is not None
    assert "gone.pdf" in box.text()
    assert page.add_attachment_button.isEnabled()
    assert page.attachments_model.rowCount() == 1

    # A page closed before the copy is done is left alone; the copy is still kept.
    page._ask_attachment_path = lambda: source  # type: ignore[method-assign]
    qtbot.mouseClick(page.add_attachment_button, Qt.MouseButton.LeftButton)
    page.close()
    page.deleteLater()
    qtbot.waitUntil(lambda: window.findChild(IntakeCasePage) is None)
    runner.finish()
    assert len(app.intake.attachments(case.id)) == 2


def test_the_window_gives_its_runner_and_a_page_alone_copies_at_once(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow, tmp_path: Path) -> None:
    case = register(app)
    page = window.open_intake(case.id)
    assert isinstance(page, IntakeCasePage)
    assert page.runner is window.runner
    alone = IntakeCasePage(app, case.id)
    qtbot.addWidget(alone)
    assert alone.runner is None
    source = tmp_path / "身份证复印件.jpg"
    source.write_bytes(b"\xff\xd8\xff" + b"\0" * 100)
    alone.add_attachment(source)
    assert alone.attachments_model.item(0, 0).text() == "身份证复印件.jpg"


# --------------------------------------------------------------------------------------------
# the list sorted by its flags, and routing once


def test_the_flags_column_sorts_by_the_warnings(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow) -> None:
    due_soon = register(app, name="将到期", registered_on="2026-11-10")
    late = register(app, name="迟办", registered_on="2026-10-20")
    late = app.intake.accept(late.id, late.version)  # decided late, not overdue now
    overdue = register(app, name="逾期", registered_on="2026-10-20")
    plain = register(app, name="平常")
    repeat = register(app, name="平常", person_id=plain.person_id)
    group = register(app, IntakeChannel.VISIT, "集体", head_count=7)
    tab = window.intake_tab
    tab.reload()
    tab.table.sortByColumn(IntakeColumn.FLAGS, Qt.SortOrder.DescendingOrder)
    model = tab.model
    assert [model.case(r).id for r in range(model.rowCount())] == [
        group.id, repeat.id, overdue.id, due_soon.id, late.id, plain.id]
    ranks = [model.index(r, IntakeColumn.FLAGS).data(SORT_ROLE) for r in range(6)]
    assert ranks == sorted(ranks, reverse=True)  # the sort role agrees with the SQL
    assert len(set(ranks)) == 6
    texts = [model.index(r, IntakeColumn.FLAGS).data() for r in range(6)]
    assert texts[-1] == ""
    assert all(texts[:-1])  # due soon and done late are flags, and sort as ones
    tab.table.sortByColumn(IntakeColumn.FLAGS, Qt.SortOrder.AscendingOrder)
    assert model.case(0).id == plain.id


def test_a_line_routed_once_cannot_be_routed_again_from_the_page(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(intake_service, "ROUTERS", {})
    case = app.intake.accept(register(app).id, 1)
    page = window.open_intake(case.id)
    assert isinstance(page, IntakeCasePage)
    to_mediation = page.findChild(QPushButton, "toMediationButton")
    to_aid = page.findChild(QPushButton, "toAidButton")
    qtbot.mouseClick(to_mediation, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(to_aid, Qt.MouseButton.LeftButton)
    assert page.case is not None
    assert page.case.handling is Handling.TO_AID
    assert not to_mediation.isEnabled()  # pending there, still routed
    assert not to_aid.isEnabled()
    assert page.findChild(QPushButton, "toJobsButton").isEnabled()
