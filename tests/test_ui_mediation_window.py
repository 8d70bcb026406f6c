"""The mediation line inside the main window: its tab, menus, search hits and links."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import activate
from tests.test_mediation_service import Setup, applied
from ui import i18n
from ui.dialogs.mediation_case_page import MediationCasePage
from ui.dialogs.mediation_entry_dialog import MediationEntryDialog
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tabs.mediation_tab import MediationTab
from ui.tasks import SyncTaskRunner
from unioncase.services import UnionCase


@pytest.fixture
def window(qtbot, qapp: QApplication, app: UnionCase,  # type: ignore[no-untyped-def]
           tmp_path: Path) -> MainWindow:
    i18n.install(qapp, "zh_CN")
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    win = MainWindow(app, SyncTaskRunner(lambda exc: (_ for _ in ()).throw(exc)), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_second_tab_is_the_mediation_tab(window: MainWindow) -> None:
    assert isinstance(window.tabs.widget(1), MediationTab)
    assert window.tabs.widget(1).objectName() == "mediationTab"


def test_new_mediation_case_shortcut_opens_one_application_form(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialogs = window.findChildren(MediationEntryDialog)
    assert len(dialogs) == 1
    assert dialogs[0].isVisible()
    assert window.new_mediation() is dialogs[0]  # a second request brings the same form


def test_a_search_hit_and_a_person_page_open_the_case_page(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, app: UnionCase, setup: Setup) -> None:
    case = applied(app, setup)
    hit = next(h for h in app.search.search(case.number) if h.kind == "mediation")
    window.open_hit(hit)
    page = window.findChild(MediationCasePage)
    assert page is not None
    assert page.isVisible()
    assert case.number in page.windowTitle()
    # the same case from the applicant's page: the same window, not a second one
    opened = window.open_case("mediation", case.number)
    assert opened is page
    assert len(window.findChildren(MediationCasePage)) == 1


def test_saving_an_application_lists_it_and_opens_its_page(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, app: UnionCase, setup: Setup) -> None:
    window.tabs.setCurrentWidget(window.mediation_tab)
    case = applied(app, setup)
    window._on_mediation_saved(case)
    assert window.mediation_tab.select_case(case.id)
    assert window.mediation_tab.selected_case() is not None
    assert window.findChild(MediationCasePage) is not None


def test_the_registry_dialog_opens_from_the_tools_menu(window: MainWindow) -> None:
    from ui.dialogs.mediation_registry_dialog import MediationRegistryDialog

    window.mediation_registry_action.trigger()
    dialog = window.findChild(MediationRegistryDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert window.mediation_registry_action.text() == "调解组织与调解员(&M)..."
