"""The job seekers list and the hardship registry load rows as they are scrolled to: the row
count is the total while one page is read, scrolling reads the next pages, a header click and
the filters query SQL again, and a record changed elsewhere is shown where the list was."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QTableView

from tests.conftest import STATION, activate, valid_id
from tests.test_jobs_service import fair  # noqa: F401
from ui import i18n
from ui.dialogs.enterprise_dialog import EnterpriseDialog
from ui.dialogs.hardship_file_dialog import HardshipFileDialog
from ui.dialogs.hardship_registry_dialog import HardshipRegistryDialog
from ui.main_window import MainWindow
from ui.models.employee_table_model import EmployeeTableModel
from ui.models.hardship_table_model import FileColumn, HardshipTableModel
from ui.models.job_seeker_table_model import JobSeekerTableModel, SeekerColumn
from ui.settings import Settings
from ui.tabs.aid_tab import MAX_REVIEWS, AidTab
from ui.tabs.jobs_tab import MAX_FOLLOW_UPS, JobsTab
from ui.tasks import SyncTaskRunner
from unioncase.domain.aid import FileStatus, HardshipCategory
from unioncase.domain.enums import RecordKind
from unioncase.domain.jobs import SeekerSituation
from unioncase.domain.pinyin import pinyin_keys
from unioncase.models import Person
from unioncase.models.aid import HardshipFile
from unioncase.models.jobs import JobSeeker
from unioncase.repositories.registry import NumberRepository
from unioncase.services import UnionCase
from unioncase.services.aid import FileFilter
from unioncase.services.jobs import ReferralInput, SeekerFilter
from unioncase.services.numbers import RecordNumber
from unioncase.services.registry import EnterpriseInput

SURNAMES = "赵钱孙李周吴郑王冯陈"  # by pinyin: chen feng li qian sun wang wu zhao zheng zhou
GIVEN = "伟芳娜敏静丽强磊军洋"
PAGE = JobSeekerTableModel.PAGE
FIRST = JobSeekerTableModel.FIRST_PAGE  # the first load reads fewer
MANY = 450  # more than two pages


@pytest.fixture(autouse=True)
def chinese(qapp: QApplication) -> None:
    i18n.install(qapp, "zh_CN")


def add_persons(app: UnionCase, count: int, employer_id: int | None = None) -> list[int]:
    """``count`` persons in one transaction (a service call each takes 50 ms): the i-th has
    the surname ``SURNAMES[i % 10]``; the one numbered n has the ID number
    ``valid_id(seq=f"{n:03d}")`` (born a month later for each thousand)."""
    with app.ctx.write() as session:
        first = NumberRepository(session).reserve(STATION, RecordKind.PERSON.value, 2026, count)
        persons = []
        for i in range(count):
            name = SURNAMES[i % 10] + GIVEN[i // 10 % 10] + GIVEN[i // 100 % 10]
            full, initials = pinyin_keys(name)
            n = first + i
            id_number = valid_id(birth=f"1985{6 + n // 1000 % 6:02d}15", seq=f"{n % 1000:03d}")
            persons.append(Person(
                number=str(RecordNumber(STATION, RecordKind.PERSON, 2026, n)),
                name=name, name_pinyin=full, name_initials=initials, id_number=id_number,
                id_number_rev=id_number[::-1], employer_id=employer_id,
                phone=f"139{n:08d}", station_code=STATION))
        session.add_all(persons)
        session.flush()
        return [p.id for p in persons if p.id is not None]


def add_seekers(app: UnionCase, count: int) -> list[int]:
    """``count`` job seekers (and their persons) in two transactions, registered over the
    year, one a day; the i-th registered on day i % 300 of 2026."""
    person_ids = add_persons(app, count)
    situations = list(SeekerSituation)
    with app.ctx.write() as session:
        first = NumberRepository(session).reserve(STATION, RecordKind.JOB.value, 2026, count)
        seekers = [JobSeeker(
            number=str(RecordNumber(STATION, RecordKind.JOB, 2026, first + i)),
            person_id=person_id, registered_on=date(2026, 1, 1) + timedelta(days=i % 300),
            desired_job=("电焊工", "货车司机", "会计")[i % 3], situation=situations[i % 5],
            station_code=STATION) for i, person_id in enumerate(person_ids)]
        session.add_all(seekers)
        session.flush()
        return [s.id for s in seekers if s.id is not None]


def add_files(app: UnionCase, count: int, review_from: date = date(2027, 1, 1)) -> list[int]:
    """``count`` hardship files: every third 脱困, categories in turn, the per-capita figure
    rising with i (in fen: 50,000 + 97 * i % 200,000), reviews due from ``review_from`` on,
    one a day for 200 days."""
    person_ids = add_persons(app, count)
    categories = [*HardshipCategory, None]
    with app.ctx.write() as session:
        files = [HardshipFile(
            person_id=person_id, year=2026, per_capita_monthly_fen=50000 + 97 * i % 200000,
            category=categories[i % 4], causes="疾病",
            status=FileStatus.OUT if i % 3 == 2 else FileStatus.ACTIVE,
            review_due=review_from + timedelta(days=i % 200), station_code=STATION)
            for i, person_id in enumerate(person_ids)]
        session.add_all(files)
        session.flush()
        return [f.id for f in files if f.id is not None]


def spy(monkeypatch: pytest.MonkeyPatch, service: Any, name: str) -> list[tuple[Any, ...]]:
    """Record (offset, limit, sort, descending) of each call of ``service.name``."""
    calls: list[tuple[Any, ...]] = []
    real: Callable[..., Any] = getattr(service, name)

    def recording(flt: Any, offset: int = 0, limit: int = 100, *args: Any) -> Any:
        calls.append((offset, limit, *args))
        return real(flt, offset, limit, *args)

    monkeypatch.setattr(service, name, recording)
    return calls


def spy_keywords(monkeypatch: pytest.MonkeyPatch, service: Any,
                 name: str) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Record the arguments of each call of ``service.name``."""
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    real: Callable[..., Any] = getattr(service, name)

    def recording(*args: Any, **kwargs: Any) -> Any:
        calls.append((args, kwargs))
        return real(*args, **kwargs)

    monkeypatch.setattr(service, name, recording)
    return calls


def shown(qtbot, widget):  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(1100, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def scroll_to_the_end(qtbot, table: QTableView) -> None:  # type: ignore[no-untyped-def]
    """Drag the scroll bar to the bottom until nothing more loads, as a user does."""
    model = table.model()
    while model.canFetchMore(table.rootIndex()):
        before = model.rowCount()
        bar = table.verticalScrollBar()
        qtbot.waitUntil(lambda bar=bar: bar.maximum() > bar.value())  # laid out
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda before=before: model.rowCount() > before)


def names(model: Any, rows: range) -> list[str]:
    return [model.data(model.index(r, SeekerColumn.NAME)) for r in rows]


# -- job seekers ---------------------------------------------------------------------------


def test_the_seekers_list_reads_one_page_and_the_rest_as_it_scrolls(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, monkeypatch: pytest.MonkeyPatch) -> None:
    add_seekers(app, MANY)
    pages = spy(monkeypatch, app.jobs, "page")
    tab = shown(qtbot, JobsTab(app))
    model = tab.model
    assert model.total() == MANY
    assert model.rowCount() == FIRST  # one page read, not all of them
    assert pages == [(0, FIRST, "registered_on", True)]
    assert "<b>450</b>" in tab.figures_label.text()  # the figures count them all
    assert model.canFetchMore()
    scroll_to_the_end(qtbot, tab.table)
    assert pages[1:] == [(FIRST, PAGE, "registered_on", True),
                         (FIRST + PAGE, PAGE, "registered_on", True)]
    assert model.rowCount() == MANY
    assert not model.canFetchMore()
    listed = [model.case(r).id for r in range(MANY)]
    assert len(set(listed)) == MANY  # no seeker twice, none left out
    days = [model.case(r).registered_on for r in range(MANY)]
    assert days == sorted(days, reverse=True)  # newest first


def test_a_header_click_sorts_the_whole_list_in_sql(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, monkeypatch: pytest.MonkeyPatch) -> None:
    add_seekers(app, MANY)
    tab = shown(qtbot, JobsTab(app))
    pages = spy(monkeypatch, app.jobs, "page")
    header = tab.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + _section_centre(header, SeekerColumn.NAME))
    assert pages == [(0, FIRST, "name", False)]  # queried again, sorted by SQL
    assert tab.model.rowCount() == FIRST
    in_sql = app.jobs.page(SeekerFilter(), 0, MANY, "name", False)
    assert [tab.model.case(r).id for r in range(FIRST)] == [s.id for s in in_sql[:FIRST]]
    # The first page holds the first names of all 450 (陈, 冯 ... ), not a page re-sorted.
    assert names(tab.model, range(FIRST))[0].startswith("陈")
    assert names(tab.model, range(FIRST))[-1].startswith("李")
    tab.table.sortByColumn(SeekerColumn.NAME, Qt.SortOrder.DescendingOrder)
    assert pages[-1] == (0, FIRST, "name", True)
    assert names(tab.model, range(1))[0].startswith("周")
    scroll_to_the_end(qtbot, tab.table)
    assert names(tab.model, range(MANY - 1, MANY))[0].startswith("陈")
    tab.table.sortByColumn(SeekerColumn.SITUATION, Qt.SortOrder.AscendingOrder)
    assert pages[-1] == (0, FIRST, "situation", False)
    assert tab.model.case(0).situation is SeekerSituation.UNEMPLOYED


def _section_centre(header: Any, column: int) -> Any:
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
                  header.height() // 2)


def test_the_filters_narrow_the_list_in_sql(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, monkeypatch: pytest.MonkeyPatch) -> None:
    add_seekers(app, MANY)
    tab = shown(qtbot, JobsTab(app))
    counts = spy(monkeypatch, app.jobs, "page")
    tab.filter_edit.setText("孙")  # any part of the name; keyClicks cannot type Chinese
    qtbot.waitUntil(lambda: tab.model.total() == MANY // 10)
    assert tab.model.rowCount() == MANY // 10  # all of them in the first page
    assert not tab.model.canFetchMore()
    assert all(name.startswith("孙") for name in names(tab.model, range(MANY // 10)))
    assert counts[-1][:2] == (0, FIRST)
    assert "<b>45</b>" in tab.figures_label.text()
    tab.filter_edit.setText(valid_id(seq="123")[-4:])  # the ID number's last four
    qtbot.waitUntil(lambda: tab.model.total() == 1)
    assert tab.model.case(0).id_number == valid_id(seq="123")
    tab.filter_edit.clear()
    tab.date_from_edit.setDate(date(2026, 10, 1))
    since = sum(date(2026, 1, 1) + timedelta(days=i % 300) >= date(2026, 10, 1)
                for i in range(MANY))
    assert tab.model.total() == since == 27
    assert all(tab.model.case(r).registered_on >= date(2026, 10, 1)
               for r in range(tab.model.rowCount()))


def test_a_seeker_changed_elsewhere_is_shown_where_the_list_was(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, monkeypatch: pytest.MonkeyPatch,
        fair: tuple[int, int, int]) -> None:  # noqa: F811
    _fair, welder, _driver = fair
    add_seekers(app, MANY)
    tab = shown(qtbot, JobsTab(app))
    tab.model.fetchMore()
    assert tab.model.rowCount() == FIRST + PAGE
    row = 250
    seeker = tab.model.case(row)
    tab.table.selectRow(row)
    assert tab.selected_case() == seeker
    pages = spy(monkeypatch, app.jobs, "page")
    app.jobs.refer(ReferralInput(seeker.id, position_id=welder))
    tab.on_case_changed(app.jobs.get(seeker.id))
    assert pages == [(0, FIRST + PAGE, "registered_on", True)]  # what was loaded, in one query
    assert tab.model.rowCount() == FIRST + PAGE
    assert tab.selected_case().id == seeker.id
    assert tab.model.data(tab.model.index(row, SeekerColumn.LATEST_REFERRAL)) == (
        "嘉兴恒力机械有限公司 电焊工")
    activate(qtbot, tab)
    tab.table.setFocus()
    with qtbot.waitSignal(tab.open_case_requested) as opened:
        qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter opens
    assert opened.args == [seeker.id]
    with qtbot.waitSignal(tab.print_requested) as printed:
        tab.print_button.click()
    assert printed.args == [seeker.number, ""]


def test_the_seeker_model_passes_the_model_tester(qtmodeltester, app: UnionCase,  # type: ignore[no-untyped-def]
                                                  fair: tuple[int, int, int]) -> None:  # noqa: F811
    ids = add_seekers(app, 30)
    app.jobs.refer(ReferralInput(ids[0], position_id=fair[1]))
    model = JobSeekerTableModel(app)
    model.PAGE = 10
    model.reload()
    assert (model.rowCount(), model.total()) == (10, 30)
    assert model.canFetchMore()
    qtmodeltester.check(model)


# -- the hardship registry -----------------------------------------------------------------


def test_the_registry_reads_one_page_and_the_rest_as_it_scrolls(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, monkeypatch: pytest.MonkeyPatch) -> None:
    add_files(app, MANY)
    pages = spy(monkeypatch, app.aid, "file_page")
    registry = shown(qtbot, HardshipRegistryDialog(app))
    model = registry.model
    active = MANY - MANY // 3  # every third is out of hardship: the list shows 在档
    assert model.total() == active
    assert model.rowCount() == FIRST
    assert pages == [(0, FIRST, "name", False)]
    assert str(active) in registry.count_label.text()
    scroll_to_the_end(qtbot, registry.table)
    assert [p[0] for p in pages] == [0, FIRST]
    assert model.rowCount() == active
    assert len({model.file(r).id for r in range(active)}) == active
    pinyin = [pinyin_keys(model.file(r).person_name)[0] for r in range(active)]
    assert pinyin == sorted(pinyin)


def test_the_registry_sorts_and_filters_in_sql(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, monkeypatch: pytest.MonkeyPatch) -> None:
    add_files(app, MANY)
    registry = shown(qtbot, HardshipRegistryDialog(app))
    pages = spy(monkeypatch, app.aid, "file_page")
    model = registry.model
    registry.table.sortByColumn(FileColumn.PER_CAPITA, Qt.SortOrder.DescendingOrder)
    assert pages == [(0, FIRST, "per_capita", True)]
    in_sql = app.aid.file_page(FileFilter(), 0, MANY, "per_capita", True)
    assert [model.file(r).id for r in range(FIRST)] == [f.id for f in in_sql[:FIRST]]
    assert model.file(0).per_capita_monthly_fen == max(
        f.per_capita_monthly_fen for f in in_sql)
    header = registry.table.horizontalHeader()
    asked = len(pages)
    registry.table.sortByColumn(FileColumn.BANK_ACCOUNT, Qt.SortOrder.AscendingOrder)
    assert len(pages) == asked  # shown masked: not sortable
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        FileColumn.PER_CAPITA, Qt.SortOrder.DescendingOrder)  # where the rows are sorted
    registry.status_combo.setCurrentIndex(registry.status_combo.findData("脱困"))
    assert model.total() == MANY // 3
    assert {model.file(r).status for r in range(model.rowCount())} == {FileStatus.OUT}
    registry.status_combo.setCurrentIndex(registry.status_combo.findData(""))  # all
    registry.category_combo.setCurrentIndex(registry.category_combo.findData("深度困难"))
    assert model.total() == (MANY + 3) // 4
    assert {model.file(r).category for r in range(model.rowCount())} == {HardshipCategory.DEEP}
    registry.filter_edit.setText("钱")
    qtbot.waitUntil(lambda: model.total() < (MANY + 3) // 4)
    assert all(model.file(r).person_name.startswith("钱") for r in range(model.rowCount()))
    assert str(model.total()) in registry.count_label.text()


def test_a_file_saved_elsewhere_shows_in_an_open_registry(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, tmp_path: Path) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = shown(qtbot, MainWindow(app, SyncTaskRunner(lambda exc: (_ for _ in ()).throw(
        exc)), settings))
    add_files(app, 30)
    registry = window.open_hardship_registry()
    assert isinstance(registry, HardshipRegistryDialog)
    assert registry.model.total() == 20
    person_id = add_persons(app, 1)[0]
    dialog = window.open_hardship_file(person_id)
    assert isinstance(dialog, HardshipFileDialog)
    dialog.income_edit.setText("12,000")
    assert dialog.save() is not None
    assert registry.model.total() == 21
    selected = registry.selected_file()
    assert selected is not None
    assert selected.person_id == person_id
    activate(qtbot, registry)
    registry.table.setFocus()
    with qtbot.waitSignal(registry.file_requested) as opened:
        qtbot.keyClick(registry.table, Qt.Key.Key_Return)  # Enter opens
    assert opened.args == [person_id]


def test_the_hardship_model_passes_the_model_tester(qtmodeltester, app: UnionCase) -> None:  # type: ignore[no-untyped-def]
    add_files(app, 30)
    model = HardshipTableModel(app)
    model.PAGE = 10
    model.reload()
    assert (model.rowCount(), model.total()) == (10, 20)
    assert model.canFetchMore()
    qtmodeltester.check(model)


# -- the reminders above the lists -----------------------------------------------------------


def test_the_tabs_name_a_few_reminders_and_count_the_rest_in_sql(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, monkeypatch: pytest.MonkeyPatch,
        fair: tuple[int, int, int]) -> None:  # noqa: F811
    ids = add_seekers(app, 40)
    for seeker_id in ids[:12]:  # registered in January: due for a call long ago
        app.jobs.refer(ReferralInput(seeker_id, position_id=fair[2], referred_on="2026-02-01"))
    follow_ups = spy_keywords(monkeypatch, app.jobs, "follow_ups")
    jobs = shown(qtbot, JobsTab(app))
    assert follow_ups == [((), {"limit": MAX_FOLLOW_UPS})]  # not all of them
    assert len(jobs.follow_ups) == MAX_FOLLOW_UPS
    assert "另有 7 件" in jobs.follow_label.text()
    add_files(app, 60, review_from=date(2026, 9, 1))  # 40 在档, due from September
    due = app.aid.reviews_due_count()
    assert due == sum(1 for i in range(60) if i % 3 != 2
                      and date(2026, 9, 1) + timedelta(days=i) <= date(2026, 12, 23))
    reviews = spy_keywords(monkeypatch, app.aid, "reviews_due")
    aid = shown(qtbot, AidTab(app))
    assert reviews == [((), {"limit": MAX_REVIEWS})]
    assert f"另有 {due - MAX_REVIEWS} 件" in aid.reviews_label.text()


# -- an enterprise's workers ---------------------------------------------------------------


def test_a_large_employers_workers_load_as_they_are_scrolled_to(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, monkeypatch: pytest.MonkeyPatch) -> None:
    company = app.enterprises.create(EnterpriseInput(name="嘉兴恒力机械有限公司"))
    add_persons(app, MANY, employer_id=company.id)
    add_persons(app, 5)  # working elsewhere
    pages = spy(monkeypatch, app.enterprises, "employee_page")
    dialog = shown(qtbot, EnterpriseDialog(app, app.enterprises.get(company.id)))
    model = dialog.employees_model
    assert (model.rowCount(), model.total()) == (FIRST, MANY)  # not capped at 500, not all read
    assert pages == [(0, FIRST, "name", False)]
    assert "450" in dialog.employees_box.title()
    view = dialog.employees_view
    scroll_to_the_end(qtbot, view)
    assert model.rowCount() == MANY
    pinyin = [pinyin_keys(model.person(r).name)[0] for r in range(MANY)]
    assert pinyin == sorted(pinyin)
    view.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # by phone, in SQL
    assert pages[-1] == (0, FIRST, "phone", True)
    phones = [model.person(r).phone for r in range(FIRST)]
    assert phones == sorted(phones, reverse=True)
    assert all(p is not None and p.startswith("139") for p in phones)
    view.setCurrentIndex(model.index(7, 0))
    with qtbot.waitSignal(dialog.person_requested) as opened:
        dialog._on_employee_activated(model.index(7, 0))
    assert opened.args == [model.person(7).id]


def test_the_employee_model_passes_the_model_tester(qtmodeltester, app: UnionCase) -> None:  # type: ignore[no-untyped-def]
    company = app.enterprises.create(EnterpriseInput(name="嘉兴顺达物流有限公司"))
    add_persons(app, 30, employer_id=company.id)
    model = EmployeeTableModel(app, company.id)
    model.PAGE = 10
    model.reload()
    assert (model.rowCount(), model.total()) == (10, 30)
    qtmodeltester.check(model)
