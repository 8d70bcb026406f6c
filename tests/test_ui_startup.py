"""First start on a new database: set up the station and operator, get the demo offer, see the
window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox

from tests.conftest import FrozenClock
from ui import i18n
from ui.app import Startup
from ui.settings import Settings
from ui.tasks import SyncTaskRunner
from unioncase.services import UnionCase


def test_first_start_sets_station_and_operator_then_offers_demo(  # type: ignore[no-untyped-def]
        qtbot, qapp: QApplication, tmp_path: Path) -> None:
    i18n.install(qapp, "zh_CN")
    app = UnionCase.open(str(tmp_path / "new.db"), clock=FrozenClock())
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    startup = Startup(app, settings, SyncTaskRunner(lambda exc: None))
    startup.start()
    dialog = startup.operator_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "UnionCase" in dialog.windowTitle()

    # OK with nothing filled in: errors under the fields, nothing saved.
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert dialog.findChild(QLabel, "station_codeError").text()
    assert app.stations.current() is None

    dialog.findChild(QLineEdit, "stationCodeEdit").setText("330481003")
    dialog.findChild(QLineEdit, "stationNameEdit").setText("海宁市许村镇工会服务站")
    dialog.findChild(QLineEdit, "newOperatorEdit").setText("沈文博")
    dialog.buttons.accepted.emit()
    assert app.stations.current() is not None
    assert app.stations.current().code == "330481003"
    assert app.operator_name == "沈文博"
    assert settings.last_operator == "沈文博"

    box = startup._demo_box
    assert isinstance(box, QMessageBox)
    assert "UnionCase" in box.windowTitle()
    assert "演示数据" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: startup.window is not None and startup.window.isVisible())
    window = startup.window
    assert window is not None
    qtbot.addWidget(window)
    assert "海宁市许村镇工会服务站" in window.windowTitle()
    assert app.persons.count() == 0
    # A copy of the database was made at start, and a daily one is checked for.
    from unioncase.services.backup import BackupService

    assert [b.reason for b in BackupService(app.ctx).backups()] == ["start"]
    assert startup._backup_timer.isActive()
    app.close()


def test_demo_offer_accepted_fills_the_database(  # type: ignore[no-untyped-def]
        qtbot, qapp: QApplication, app: UnionCase, tmp_path: Path) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    startup = Startup(app, settings, SyncTaskRunner(lambda exc: None))
    startup._on_operator_chosen("李晓燕")
    box = startup._demo_box
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: startup.window is not None)
    qtbot.addWidget(startup.window)
    assert app.persons.count() == 300
    assert app.operator_name == "李晓燕"


def test_the_sign_in_form_retranslates_after_it_set_up_the_station(  # type: ignore[no-untyped-def]
        qtbot, qapp: QApplication, tmp_path: Path) -> None:
    from ui.dialogs.operator_dialog import OperatorDialog

    i18n.install(qapp, "zh_CN")
    app = UnionCase.open(str(tmp_path / "new.db"), clock=FrozenClock())
    dialog = OperatorDialog(app)
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "stationCodeEdit").setText("330481003")
    dialog.findChild(QLineEdit, "stationNameEdit").setText("海宁市许村镇工会服务站")
    dialog.findChild(QLineEdit, "newOperatorEdit").setText("沈文博")
    dialog.buttons.accepted.emit()
    assert app.stations.current() is not None
    dialog.show()
    i18n.install(qapp, "en")  # a language change reaches the form still there
    qtbot.waitUntil(lambda: dialog.fields.label("station_code").text() == "Station code")
    i18n.install(qapp, "zh_CN")
    app.close()
