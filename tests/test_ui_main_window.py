"""The main window and the registries, driven through real widgets (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QTabWidget

from tests.conftest import OPERATOR, activate, valid_id
from ui import i18n
from ui.dialogs.person_dialog import PersonDialog
from ui.dialogs.person_page import PersonPage
from ui.main_window import MainWindow
from ui.models.person_table_model import PersonTableModel
from ui.settings import Settings
from ui.tasks import SyncTaskRunner
from unioncase.services import UnionCase
from unioncase.services.registry import PersonInput


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "zh_CN")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, app: UnionCase, settings: Settings, chinese: None) -> MainWindow:  # type: ignore[no-untyped-def]
    runner = SyncTaskRunner(lambda exc: (_ for _ in ()).throw(exc))
    win = MainWindow(app, runner, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def add_people(app: UnionCase, count: int) -> None:
    for i in range(count):
        app.persons.create(PersonInput(name=f"测试{i:03d}", phone=f"139{i:08d}"))


def test_window_title_and_four_tabs_in_order_in_chinese(window: MainWindow) -> None:
    assert "UnionCase" in window.windowTitle()
    tabs = window.findChild(QTabWidget, "mainTabs")
    names = [tabs.tabText(i).replace("&&", "&") for i in range(tabs.count())]
    assert names[:4] == ["信访接待", "劳动争议调解", "困难帮扶", "就业推荐"]
    assert names[4:] == ["统计", "职工", "用人单位"]
    assert "李晓燕" in window.findChild(QLabel, "operatorStatus").text()
    assert "南湖区东栅街道工会服务站" in window.findChild(QLabel, "stationStatus").text()
    assert window.menuBar().actions()[0].text().startswith("文件")


def test_tab_shortcuts_switch_tabs(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.statistics_tab
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.persons_tab
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0


def test_persons_list_loads_lazily_and_filters(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                               window: MainWindow) -> None:
    add_people(app, 450)
    window.tabs.setCurrentWidget(window.persons_tab)
    window.persons_tab.reload()
    model = window.persons_tab.model
    assert model.total() == 450
    assert model.rowCount() == PersonTableModel.FIRST_PAGE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PersonTableModel.FIRST_PAGE + PersonTableModel.PAGE
    assert "450" in window.persons_tab.count_label.text()
    window.persons_tab.filter_edit.setText("测试01")  # keyClicks cannot type Chinese
    qtbot.waitUntil(lambda: model.total() == 10)
    assert {model.record(r).name for r in range(model.rowCount())} == {
        f"测试01{i}" for i in range(10)}


def test_person_model_passes_the_model_tester(qtmodeltester, app: UnionCase) -> None:  # type: ignore[no-untyped-def]
    add_people(app, 30)
    model = PersonTableModel(app)
    model.reload()
    qtmodeltester.check(model)


def test_global_search_by_initials_opens_the_person_page(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                                         window: MainWindow) -> None:
    id_number = valid_id(seq="777")
    app.persons.create(PersonInput(name="张三", id_number=id_number, phone="13805731234"))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.findChild(QLineEdit, "globalSearch")
    assert search.hasFocus()
    qtbot.keyClicks(search, "zs")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    popup = window.search_popup
    qtbot.waitUntil(popup.isVisible)
    first = " ".join(popup.model.item(0, c).text() for c in range(popup.model.columnCount()))
    assert "张三" in first
    assert "职工" in first
    assert id_number not in first  # masked in lists
    assert f"{id_number[:6]}********{id_number[-4:]}" in first
    popup.activate_current()
    page = window._pages[app.persons.search("张三")[0].id]
    assert isinstance(page, PersonPage)
    qtbot.waitExposed(page)
    assert page.findChild(QLabel, "id_numberValue").text() == id_number  # whole on the page
    assert page.findChild(QLabel, "titleLabel").text() == "张三"
    assert "UnionCase" in page.windowTitle()


def test_bad_id_number_shows_a_message_and_saves_nothing(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                                         chinese: None) -> None:
    dialog = PersonDialog(app)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    good = valid_id()
    bad = good[:-1] + ("1" if good[-1] != "1" else "2")
    dialog.findChild(QLineEdit, "nameEdit").setText("王五")
    dialog.findChild(QLineEdit, "idNumberEdit").setText(bad)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    error = dialog.findChild(QLabel, "id_numberError")
    assert error.isVisible()
    assert "校验位" in error.text()
    assert dialog.isVisible()
    assert app.persons.count() == 0


def test_known_id_number_offers_the_existing_person(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                                   chinese: None) -> None:
    id_number = valid_id(seq="888")
    existing = app.persons.create(PersonInput(name="赵六", id_number=id_number))
    dialog = PersonDialog(app)
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.findChild(QLineEdit, "idNumberEdit")
    qtbot.keyClicks(edit, id_number)
    edit.editingFinished.emit()
    assert dialog.existing_box.isVisible()
    assert "赵六" in dialog.existing_label.text()
    with qtbot.waitSignal(dialog.existing_person_requested) as signal:
        qtbot.mouseClick(dialog.findChild(QPushButton, "openExistingButton"),
                         Qt.MouseButton.LeftButton)
    assert signal.args == [existing.id]


def test_new_person_saved_from_the_keyboard_appears_in_the_list(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.persons_tab)
    window.new_person_action.trigger()
    dialog = window.findChild(PersonDialog)
    assert dialog is not None
    activate(qtbot, dialog)
    dialog.findChild(QLineEdit, "nameEdit").setText("钱七")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "idNumberEdit"), valid_id(seq="999"))
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert app.persons.count() == 1
    model = window.persons_tab.model
    assert [model.record(r).name for r in range(model.rowCount())] == ["钱七"]
    saved = app.persons.search("钱七")[0]
    assert saved.created_by == OPERATOR
    assert window._pages[saved.id].isVisible()


def test_window_state_is_restored(qtbot, app: UnionCase, settings: Settings,  # type: ignore[no-untyped-def]
                                  chinese: None) -> None:
    runner = SyncTaskRunner(lambda exc: None)
    first = MainWindow(app, runner, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(777, 555)  # the offscreen screen is 800x600
    first.tabs.setCurrentIndex(5)
    first.close()
    second = MainWindow(app, runner, settings)
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == 5
    assert second.size().width() == 777



def test_qt_own_buttons_are_chinese_and_english_is_selectable(  # type: ignore[no-untyped-def]
        qtbot, qapp: QApplication, app: UnionCase, window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = PersonDialog(app)
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox, "buttons")
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text().startswith("保存")
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().startswith("取消")
    i18n.install(qapp, "en")
    qtbot.waitUntil(lambda: window.tabs.tabText(5) == "Persons")
    assert window.tabs.tabText(4) == "Statistics"
    assert window.tabs.tabText(0).replace("&&", "&") == "Petitions & hotline"
    qtbot.waitUntil(lambda: dialog.fields.label("id_number").text() == "&ID number")
    i18n.install(qapp, "zh_CN")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "信访接待")


def test_enter_in_the_global_search_runs_the_search_not_a_list_open(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow) -> None:
    app.persons.create(PersonInput(name="张三", phone="13805731234"))
    window.tabs.setCurrentWidget(window.persons_tab)
    window.persons_tab.reload()
    window.persons_tab.table.selectRow(0)
    opened: list[int] = []
    window.persons_tab.open_person_requested.connect(opened.append)
    activate(qtbot, window)
    window.focus_search()
    qtbot.keyClicks(window.search_edit, "zs")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(window.search_popup.isVisible)
    assert opened == []
