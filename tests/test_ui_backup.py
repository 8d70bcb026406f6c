"""工具 → 备份与恢复 with real widgets: back up now, restore a copy after a confirmation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ledger_files import table_counts
from ui import i18n
from ui.dialogs.backup_dialog import BackupDialog
from ui.tasks import SyncTaskRunner
from unioncase.services import UnionCase
from unioncase.services.registry import PersonInput


def raise_it(exc: BaseException) -> None:
    raise exc


def test_back_up_then_restore_the_copy_after_confirming(  # type: ignore[no-untyped-def]
        qtbot, qapp: QApplication, app: UnionCase, tmp_path: Path) -> None:
    i18n.install(qapp, "zh_CN")
    app.persons.create(PersonInput(name="甲"))
    dialog = BackupDialog(app, SyncTaskRunner(raise_it))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "备份与恢复"
    assert dialog.model.rowCount() == 0
    assert not dialog.restore_button.isEnabled()
    dialog.backup_button.click()
    assert dialog.model.rowCount() == 1
    assert "已备份到" in dialog.status_label.text()
    counts = table_counts(app)

    app.persons.create(PersonInput(name="乙"))
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    box = dialog.findChild(QMessageBox, "confirmRestore")
    assert box is not None
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert sorted(p.name for p in app.persons.page("", 0, 10)) == ["乙", "甲"]
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "confirmRestore") is None)

    dialog.restore_button.click()
    box = dialog.findChild(QMessageBox, "confirmRestore")
    with qtbot.waitSignal(dialog.database_restored):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert [p.name for p in app.persons.page("", 0, 10)] == ["甲"]
    assert table_counts(app) == counts
    assert dialog.model.rowCount() == 2  # the copy and the one made before the restore
    assert "恢复前" in dialog.model.data(dialog.model.index(0, 1))

    out = tmp_path / "到文件.db"
    dialog._ask_save_path = lambda: str(out)  # type: ignore[method-assign]
    dialog.backup_to_button.click()
    assert out.exists()
    assert dialog.model.rowCount() == 2  # a copy elsewhere is not one of the automatic ones


def test_the_backup_model_passes_the_model_tester(qtmodeltester, app: UnionCase) -> None:  # type: ignore[no-untyped-def]
    from unioncase.services.backup import BackupService

    BackupService(app.ctx).backup(reason="manual")
    dialog = BackupDialog(app, SyncTaskRunner(raise_it))
    qtmodeltester.check(dialog.model)
    dialog.deleteLater()


def test_the_window_reloads_its_lists_after_a_restore(  # type: ignore[no-untyped-def]
        qtbot, qapp: QApplication, app: UnionCase, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from tests.ledger_files import generate, workbook
    from ui.main_window import MainWindow
    from ui.settings import Settings
    from unioncase.services.backup import BackupService
    from unioncase.services.ledger_import import LedgerImportService

    i18n.install(qapp, "zh_CN")
    empty = BackupService(app.ctx).backup(tmp_path / "empty.db")
    LedgerImportService(app.ctx).run(workbook(generate(seed=3, size=5).sheets))
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(app, SyncTaskRunner(raise_it), settings)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.intake_tab)
    qtbot.waitUntil(lambda: window.intake_tab.model.rowCount() == 5)
    assert window.backup_action.text() == "备份与恢复(&B)..."
    window.backup_action.trigger()
    dialog = window.findChild(BackupDialog)
    assert dialog is not None
    dialog._ask_open_path = lambda: str(empty.path)  # type: ignore[method-assign]
    dialog.restore_file_button.click()
    box = dialog.findChild(QMessageBox, "confirmRestore")
    box.button(QMessageBox.StandardButton.Yes).click()
    assert window.intake_tab.model.rowCount() == 0
