"""Offline sync in the window: a station exports through 文件 → 导出同步包, the center imports
through 文件 → 导入同步包 (on a worker thread), settles a conflict field by field in 工具 → 同步冲突
and sees the station in 工具 → 同步状态. Real widgets, offscreen, real databases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from tests import test_sync
from tests.conftest import valid_id
from tests.test_sync import EAST, PASSPHRASE, WEST, City, person
from ui import i18n
from ui.dialogs.sync_conflicts_dialog import SyncConflictsDialog
from ui.dialogs.sync_export_dialog import SyncExportDialog
from ui.dialogs.sync_import_dialog import SyncImportDialog
from ui.dialogs.sync_status_dialog import SyncStatusDialog
from ui.main_window import MainWindow
from ui.models.sync_models import (
    ConflictColumn,
    FieldColumn,
    StationColumn,
    SyncBundleTableModel,
    SyncConflictTableModel,
    SyncFieldTableModel,
    SyncStationTableModel,
    SyncTablesTableModel,
    TablesColumn,
    value_text,
)
from ui.settings import Settings
from ui.tasks import SyncTaskRunner, TaskRunner
from ui.widgets.passphrase_field import PassphraseMemory
from unioncase.domain.enums import Sex
from unioncase.services import UnionCase
from unioncase.services.registry import PersonInput
from unioncase.services.sync import ENV_PASSPHRASE, ConflictField, SyncService

# A center and two stations in temporary folders, as the sync service's tests have them.
fresh_db = test_sync.fresh_db
city = test_sync.city


def raise_it(exc: BaseException) -> None:
    raise exc


def table_counts(app: UnionCase) -> dict[str, int]:
    """Every table's row count but the full-text indexes' (which cannot be counted)."""
    from sqlalchemy import inspect, text

    with app.db.engine.connect() as conn:
        names = [n for n in inspect(conn).get_table_names() if "_fts" not in n]
        return {n: int(conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar() or 0)
                for n in names}


@pytest.fixture
def chinese(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(ENV_PASSPHRASE, raising=False)
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "zh_CN")


def window_for(qtbot, app: UnionCase, tmp_path: Path, runner: TaskRunner,  # type: ignore[no-untyped-def]
               name: str = "s.ini") -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / name), QSettings.Format.IniFormat))
    win = MainWindow(app, runner, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def cell(model, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    return str(model.data(model.index(row, column)))


def double_click(qtbot, table, index) -> None:  # type: ignore[no-untyped-def]
    """As a person does it: a press first (the view only takes a double-click on the item it
    saw pressed), then the double-click."""
    point = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def export_through_dialog(qtbot, app: UnionCase, out: Path,  # type: ignore[no-untyped-def]
                          runner: TaskRunner | None = None, **preset: str) -> SyncExportDialog:
    dialog = SyncExportDialog(app, runner or SyncTaskRunner(raise_it), **preset)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.edit.setText(PASSPHRASE)
    dialog._ask_save_path = lambda suggested: str(out)  # type: ignore[method-assign]
    dialog.output_button.click()
    assert dialog.output_edit.text() == str(out)
    dialog.start_button.click()
    return dialog


def a_conflict(city: City) -> tuple[str, int]:
    """The same person changed at the station and at the center before either heard of the
    other, as in tests/test_sync.py; the station's change is in east-2, not yet imported."""
    worker = valid_id(seq="901")
    pid = person(city.east, "徐明", worker, phone="13800000010")
    city.east.sync.export(city.bundle("east-1"), PASSPHRASE)
    city.center.sync.import_bundle(city.bundle("east-1"), PASSPHRASE)
    at_center = city.center.persons.find_by_id_number(worker)
    assert at_center is not None
    city.center.persons.update(at_center.id, PersonInput(
        name="徐明", id_number=worker, phone="13800000020", address="嘉兴市南湖区"),
        at_center.version)
    row = city.east.persons.get(pid)
    city.east.persons.update(pid, PersonInput(name="徐明", id_number=worker,
                                              phone="13800000030"), row.version)
    city.east.sync.export(city.bundle("east-2"), PASSPHRASE)
    return worker, pid


# -- export and import -----------------------------------------------------------------------------


def test_a_station_exports_and_the_center_imports_on_a_worker_thread(  # type: ignore[no-untyped-def]
        qtbot, city: City, tmp_path: Path, chinese: None) -> None:
    for i, name in enumerate(("张伟", "王芳", "李娜")):
        person(city.east, name, valid_id(seq=f"{i + 1:03d}"), phone=f"1380000000{i}")
    runner = TaskRunner(raise_it)
    out = city.bundle("东栅-1")
    export = export_through_dialog(qtbot, city.east, out, runner)
    assert not export.close_button.isEnabled() or export.summary is not None
    qtbot.waitUntil(lambda: export.summary is not None, timeout=30_000)
    assert out.is_file()
    status = export.status_label.text()
    assert "导出成功：第 1 号同步包（本站数据）" in status
    assert f"共 {export.summary.records} 条记录" in status  # type: ignore[union-attr]
    tables = {cell(export.tables_model, r, TablesColumn.TABLE):
              cell(export.tables_model, r, TablesColumn.COUNT)
              for r in range(export.tables_model.rowCount())}
    assert tables["职工"] == "3"
    assert tables["服务站"] == "1"
    details = export.details_label.text()
    assert "签名：未签名" in details
    assert str(out) in details
    # The next bundle's name is offered in the same folder.
    assert export.output_edit.text() == str(
        out.parent / f"{EAST[0]}-同步包-第2号-20261123.ucsync")

    window = window_for(qtbot, city.center, tmp_path, runner)
    window.tabs.setCurrentWidget(window.persons_tab)
    qtbot.waitUntil(lambda: window.persons_tab._loaded)
    assert window.persons_tab.model.total() == 0
    window.import_sync_action.trigger()
    dialog = window.findChild(SyncImportDialog)
    assert dialog is not None
    assert dialog.windowTitle() == "导入同步包"
    assert not dialog.start_button.isEnabled()  # no file yet
    dialog._ask_open_path = lambda: str(out)  # type: ignore[method-assign]
    dialog.browse_button.click()
    dialog.passphrase.edit.setText(PASSPHRASE)
    dialog.start_button.click()
    assert not dialog.close_button.isEnabled()  # at work
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=30_000)
    runner.drain()
    assert dialog.close_button.isEnabled()
    assert "导入成功" in dialog.status_label.text()
    assert f"{EAST[0]} {EAST[1]} 的第 1 号同步包" in dialog.status_label.text()
    summary = dialog.summary_text()
    assert f"来自：{EAST[0]} {EAST[1]}" in summary
    assert "新增：4" in summary.splitlines()  # the station and its three persons
    assert "冲突（待处理）：0" in summary.splitlines()
    assert not dialog.conflicts_button.isVisible()
    assert city.center.persons.find_by_id_number(valid_id(seq="002")) is not None
    qtbot.waitUntil(lambda: window.persons_tab.model.total() == 3)  # the list reloaded
    assert window.sync_passphrase.get() == PASSPHRASE  # for the rest of the session

    dialog.start_button.click()  # the same file again
    qtbot.waitUntil(lambda: dialog.summary is not None and dialog.summary.already,
                    timeout=30_000)
    runner.drain()
    assert "已导入过，未做任何更改" in dialog.status_label.text()
    assert "新增" not in dialog.summary_text()
    again = window.import_sync()
    assert again.passphrase.edit.text() == PASSPHRASE  # not typed again


def test_a_wrong_passphrase_shows_the_chinese_error_and_imports_nothing(  # type: ignore[no-untyped-def]
        qtbot, city: City, chinese: None) -> None:
    person(city.east, "张伟", valid_id(seq="011"))
    city.east.sync.export(city.bundle("east-1"), PASSPHRASE)
    before = table_counts(city.center)
    memory = PassphraseMemory()
    dialog = SyncImportDialog(city.center, SyncTaskRunner(raise_it), memory=memory)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(city.bundle("east-1"))
    dialog.passphrase.edit.setText("不是这个口令12345")
    dialog.start_button.click()
    assert dialog.summary is None
    assert "口令不对" in dialog.status_label.text()
    assert "未导入任何数据" in dialog.status_label.text()
    assert not dialog.summary_frame.isVisible()
    assert memory.get() is None  # a passphrase that did not work is not kept
    assert table_counts(city.center) == before
    assert city.center.sync.status() == []

    dialog.passphrase.edit.setText("short")
    dialog.start_button.click()
    assert "同步口令至少 8 个字符" in dialog.status_label.text()
    assert table_counts(city.center) == before


def test_the_export_refuses_a_short_passphrase_and_takes_the_environments(  # type: ignore[no-untyped-def]
        qtbot, city: City, chinese: None, monkeypatch: pytest.MonkeyPatch) -> None:
    out = city.bundle("east")
    dialog = SyncExportDialog(city.east, SyncTaskRunner(raise_it))
    qtbot.addWidget(dialog)
    assert dialog.output_edit.text().endswith(f"{EAST[0]}-同步包-第1号-20261123.ucsync")
    assert not dialog.ack_radio.isEnabled()  # nothing imported from another station yet
    dialog.set_output(out)
    dialog.passphrase.edit.setText("1234")
    dialog.start()
    assert dialog.summary is None
    assert "同步口令至少 8 个字符" in dialog.status_label.text()
    assert not out.exists()
    assert city.east.sync.exports() == []

    monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
    dialog = SyncExportDialog(city.east, SyncTaskRunner(raise_it))
    qtbot.addWidget(dialog)
    assert "UNIONCASE_SYNC_PASSPHRASE" in dialog.passphrase.note_label.text()
    dialog.set_output(out)
    dialog.full_check.setChecked(True)
    dialog.start()
    assert dialog.summary is not None
    assert dialog.summary.seq == 1
    assert city.center.sync.import_bundle(out, PASSPHRASE).count("created") == 1  # the station


def test_a_bad_signing_key_is_reported_and_nothing_is_written(  # type: ignore[no-untyped-def]
        qtbot, city: City, chinese: None) -> None:
    key = city.folder / "bad.pem"
    key.write_bytes(b"not a key")
    dialog = SyncExportDialog(city.east, SyncTaskRunner(raise_it))
    qtbot.addWidget(dialog)
    dialog.passphrase.edit.setText(PASSPHRASE)
    dialog.set_output(city.bundle("east"))
    dialog._ask_key_path = lambda: str(key)  # type: ignore[method-assign]
    dialog.key_button.click()
    dialog.start()
    assert dialog.summary is None
    assert "签名密钥文件无效" in dialog.status_label.text()
    assert not city.bundle("east").exists()

    pem, public = SyncService.generate_key()
    key.write_bytes(pem)
    dialog.start()
    assert dialog.summary is not None
    assert dialog.summary.signed
    assert "签名：已签名" in dialog.details_label.text()
    city.center.sync.pin(EAST[0], public)
    result = city.center.sync.import_bundle(city.bundle("east"), PASSPHRASE)
    assert (result.signed, result.pinned) == (True, True)


# -- conflicts -------------------------------------------------------------------------------------


def test_a_real_conflict_is_resolved_field_by_field(  # type: ignore[no-untyped-def]
        qtbot, city: City, tmp_path: Path, chinese: None) -> None:
    worker, _pid = a_conflict(city)
    window = window_for(qtbot, city.center, tmp_path, SyncTaskRunner(raise_it))
    window.import_sync_action.trigger()
    importer = window.findChild(SyncImportDialog)
    importer.set_file(city.bundle("east-2"))
    importer.passphrase.edit.setText(PASSPHRASE)
    importer.start_button.click()
    assert importer.summary is not None
    assert "冲突（待处理）：1" in importer.summary_text().splitlines()
    assert importer.conflicts_button.isVisible()
    importer.conflicts_button.click()
    dialog = window.findChild(SyncConflictsDialog)
    assert dialog is not None
    assert dialog.windowTitle() == "同步冲突"
    assert dialog.model.rowCount() == 1
    assert cell(dialog.model, 0, ConflictColumn.KIND) == "同一记录两边都改了"
    assert cell(dialog.model, 0, ConflictColumn.RECORD).startswith("职工 ")
    assert cell(dialog.model, 0, ConflictColumn.RECORD).endswith("徐明")
    assert cell(dialog.model, 0, ConflictColumn.STATION) == f"{EAST[0]} {EAST[1]}"
    assert cell(dialog.model, 0, ConflictColumn.STATE) == "未处理"
    assert "有 2 个字段不同：联系电话、地址" in dialog.detail_label.text()

    fields = dialog.field_model
    phone, address, name = (fields.row_of(n) for n in ("phone", "address", "name"))
    assert phone is not None
    assert address is not None
    assert name is not None
    assert cell(fields, phone, FieldColumn.FIELD) == "联系电话"
    assert (cell(fields, phone, FieldColumn.LOCAL), cell(fields, phone, FieldColumn.REMOTE)) == (
        "13800000020", "13800000030")
    assert cell(fields, address, FieldColumn.REMOTE) == ""
    assert cell(fields, name, FieldColumn.CHOICE) == "相同"
    assert not fields.flags(fields.index(name, FieldColumn.CHOICE)) & Qt.ItemFlag.ItemIsEditable
    assert fields.data(fields.index(name, FieldColumn.LOCAL),
                       Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert fields.data(fields.index(phone, FieldColumn.LOCAL),
                       Qt.ItemDataRole.BackgroundRole) is not None  # highlighted
    assert fields.choices() == {"phone": "local", "address": "local"}  # this station's first

    combo = dialog.field_table.indexWidget(fields.index(phone, FieldColumn.CHOICE))
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "本站"
    combo.setCurrentIndex(combo.findData("remote"))
    assert cell(fields, phone, FieldColumn.CHOICE) == "对方"
    double_click(qtbot, dialog.field_table, fields.index(address, FieldColumn.REMOTE))
    assert fields.choices() == {"phone": "remote", "address": "remote"}
    double_click(qtbot, dialog.field_table, fields.index(address, FieldColumn.LOCAL))
    address_combo = dialog.field_table.indexWidget(fields.index(address, FieldColumn.CHOICE))
    assert isinstance(address_combo, QComboBox)
    assert address_combo.currentText() == "本站"  # the combo follows a double-click
    assert fields.choices() == {"phone": "remote", "address": "local"}
    dialog.reload()  # as after an import elsewhere: what was being chosen stays
    assert fields.choices() == {"phone": "remote", "address": "local"}

    dialog.keep_local_button.click()  # asked first; cancelled, nothing happens
    box = dialog.findChild(QMessageBox, "confirmResolve")
    assert box is not None
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert city.center.sync.open_conflicts() == 1
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "confirmResolve") is None)

    window.tabs.setCurrentWidget(window.persons_tab)
    qtbot.waitUntil(lambda: window.persons_tab._loaded)
    dialog.apply_button.click()
    box = dialog.findChild(QMessageBox, "confirmResolve")
    assert "联系电话 采用对方的内容" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    merged = city.center.persons.find_by_id_number(worker)
    assert merged is not None
    assert (merged.phone, merged.address) == ("13800000030", "嘉兴市南湖区")
    assert city.center.sync.open_conflicts() == 0
    assert "已处理" in dialog.status_label.text()
    assert dialog.model.rowCount() == 0
    assert dialog.count_label.text() == "没有未处理的冲突"
    assert not dialog.apply_button.isEnabled()
    shown = window.persons_tab.model
    assert [shown.record(r).phone for r in range(shown.rowCount())] == ["13800000030"]

    dialog.show_resolved_check.setChecked(True)
    assert dialog.model.rowCount() == 1
    assert cell(dialog.model, 0, ConflictColumn.STATE).startswith("逐项选择（")
    assert not dialog.apply_button.isEnabled()
    assert not fields.flags(fields.index(0, FieldColumn.CHOICE)) & Qt.ItemFlag.ItemIsEditable


def test_take_the_other_side_for_all_fields(qtbot, city: City, chinese: None) -> None:  # type: ignore[no-untyped-def]
    worker, _pid = a_conflict(city)
    city.center.sync.import_bundle(city.bundle("east-2"), PASSPHRASE)
    dialog = SyncConflictsDialog(city.center, SyncTaskRunner(raise_it))
    qtbot.addWidget(dialog)
    dialog.show()
    resolved: list[object] = []
    dialog.conflict_resolved.connect(resolved.append)
    dialog._confirm = lambda text, on_yes: on_yes()  # type: ignore[method-assign]
    dialog.take_remote_button.click()
    kept = city.center.persons.find_by_id_number(worker)
    assert kept is not None
    assert (kept.phone, kept.address) == ("13800000030", None)
    assert len(resolved) == 1
    dialog.show_resolved_check.setChecked(True)
    assert cell(dialog.model, 0, ConflictColumn.STATE).startswith("采用对方（")


def test_the_same_person_at_two_stations_is_offered_as_a_duplicate(  # type: ignore[no-untyped-def]
        qtbot, city: City, chinese: None) -> None:
    worker = valid_id(seq="777")
    person(city.east, "孙丽", worker, phone="13800000001")
    person(city.west, "孙丽", worker, phone="13800000002")
    for name, station in (("e", city.east), ("w", city.west)):
        station.sync.export(city.bundle(name), PASSPHRASE)
    city.center.sync.import_bundle(city.bundle("e"), PASSPHRASE)
    dialog = SyncImportDialog(city.center, SyncTaskRunner(raise_it))
    qtbot.addWidget(dialog)
    dialog.set_file(city.bundle("w"))
    dialog.passphrase.edit.setText(PASSPHRASE)
    dialog.start()
    assert "合并（同一人或单位在两站登记）：1" in dialog.summary_text().splitlines()
    conflicts = SyncConflictsDialog(city.center, SyncTaskRunner(raise_it))
    qtbot.addWidget(conflicts)
    assert cell(conflicts.model, 0, ConflictColumn.KIND) == "同一人在两站登记"
    assert cell(conflicts.model, 0, ConflictColumn.STATION) == f"{WEST[0]} {WEST[1]}"
    assert "也登记了同一人" in conflicts.detail_label.text()


# -- status ----------------------------------------------------------------------------------------


def test_the_status_lists_the_station_with_its_last_bundle_and_gap(  # type: ignore[no-untyped-def]
        qtbot, city: City, tmp_path: Path, chinese: None) -> None:
    person(city.east, "张伟", valid_id(seq="021"))
    for n in (1, 2, 3):
        city.east.sync.export(city.bundle(f"east-{n}"), PASSPHRASE)
    for n in (1, 3):  # No. 2 was lost on the way
        city.center.sync.import_bundle(city.bundle(f"east-{n}"), PASSPHRASE)
    window = window_for(qtbot, city.center, tmp_path, SyncTaskRunner(raise_it))
    window.sync_status_action.trigger()
    dialog = window.findChild(SyncStatusDialog)
    assert dialog is not None
    assert dialog.windowTitle() == "同步状态"
    model = dialog.station_model
    row = model.row_of(EAST[0])
    assert row is not None
    assert cell(model, row, StationColumn.NAME) == EAST[1]
    assert cell(model, row, StationColumn.LAST_SEQ) == "第 3 号"
    assert cell(model, row, StationColumn.GAPS) == "2"
    assert cell(model, row, StationColumn.CONFLICTS) == "0"
    assert cell(model, row, StationColumn.ACKED) == ""
    assert cell(model, row, StationColumn.PINNED) == "否"
    assert cell(model, row, StationColumn.IMPORTED) != ""
    assert model.headerData(StationColumn.GAPS, Qt.Orientation.Horizontal) == "缺少的包"
    assert dialog.bundle_model.rowCount() == 0  # the center wrote nothing yet
    assert not dialog.ack_button.isEnabled()  # nothing selected

    dialog.select_station(EAST[0])
    assert dialog.ack_button.isEnabled()
    dialog.ack_button.click()
    export = window.findChild(SyncExportDialog)
    assert export is not None
    assert export.ack_radio.isChecked()
    assert export.ack_station() == EAST[0]
    assert export.output_edit.text().endswith(
        f"330400000-确认包-{EAST[0]}-第1号-20261123.ucsync")
    export.passphrase.edit.setText(PASSPHRASE)
    export.set_output(city.bundle("ack"))
    export.start_button.click()
    assert "导出成功：第 1 号同步包（给 330402001 的确认包）" in export.status_label.text()
    assert cell(model, model.row_of(EAST[0]), StationColumn.ACKED) == "第 3 号"  # refreshed
    assert cell(dialog.bundle_model, 0, 0) == f"给 {EAST[0]} 的确认包"
    assert cell(dialog.bundle_model, 0, 4) == "确认至第 3 号"

    result = SyncImportDialog(city.east, SyncTaskRunner(raise_it))
    qtbot.addWidget(result)
    result.set_file(city.bundle("ack"))
    result.passphrase.edit.setText(PASSPHRASE)
    result.start()
    assert "本站同步包已确认至第 3 号" in result.summary_text()
    station = SyncStatusDialog(city.east, SyncTaskRunner(raise_it))
    qtbot.addWidget(station)
    bundles = station.bundle_model
    assert [cell(bundles, r, 1) for r in range(bundles.rowCount())] == ["3", "2", "1"]
    assert all(cell(bundles, r, 0) == "本站数据" for r in range(bundles.rowCount()))
    assert all(cell(bundles, r, 4).startswith("已确认（") for r in range(bundles.rowCount()))

    dialog._ask_public_key = lambda _station: "abc"  # type: ignore[method-assign]
    dialog.pin_button.click()
    assert "公钥无效" in dialog.status_label.text()
    _pem, public = SyncService.generate_key()
    dialog._ask_public_key = lambda _station: public  # type: ignore[method-assign]
    dialog.pin_button.click()
    assert cell(model, model.row_of(EAST[0]), StationColumn.PINNED) == "是"
    assert "已登记服务站 330402001 的公钥" in dialog.status_label.text()

    dialog.conflicts_button.click()
    assert window.findChild(SyncConflictsDialog) is not None


# -- the window ------------------------------------------------------------------------------------


def test_the_menu_actions_exist_with_their_shortcuts(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, tmp_path: Path, chinese: None) -> None:
    window = window_for(qtbot, app, tmp_path, SyncTaskRunner(raise_it))
    assert window.export_sync_action.objectName() == "exportSyncAction"
    assert window.export_sync_action.text() == "导出同步包(&X)..."
    assert window.export_sync_action.shortcut() == QKeySequence("Ctrl+Shift+E")
    assert window.import_sync_action.text() == "导入同步包(&U)..."
    assert window.import_sync_action.shortcut() == QKeySequence("Ctrl+Shift+O")
    assert window.sync_conflicts_action.text() == "同步冲突(&O)..."
    assert window.sync_status_action.text() == "同步状态(&T)..."
    assert window.export_sync_action in window.file_menu.actions()
    assert window.import_sync_action in window.file_menu.actions()
    assert window.sync_conflicts_action in window.tools_menu.actions()
    assert window.sync_status_action in window.tools_menu.actions()
    shortcuts = [a.shortcut().toString() for a in window.findChildren(type(
        window.export_sync_action)) if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), "a shortcut used twice"

    for action, kind in ((window.export_sync_action, SyncExportDialog),
                         (window.import_sync_action, SyncImportDialog),
                         (window.sync_conflicts_action, SyncConflictsDialog),
                         (window.sync_status_action, SyncStatusDialog)):
        action.trigger()
        dialog = window.findChild(kind)
        assert dialog is not None
        assert dialog.isVisible()
        assert not dialog.isModal()  # as the ledger import and the backups
    window.sync_status_action.trigger()  # brought forward, not opened twice
    assert len([d for d in window.findChildren(SyncStatusDialog) if d.isVisible()]) == 1


def test_the_sync_models_pass_the_model_tester(  # type: ignore[no-untyped-def]
        qtmodeltester, city: City, chinese: None) -> None:
    a_conflict(city)
    city.center.sync.import_bundle(city.bundle("east-2"), PASSPHRASE)
    tables = SyncTablesTableModel()
    tables.set_tables({"person": 3, "station": 1})
    qtmodeltester.check(tables)
    conflicts = SyncConflictTableModel()
    conflicts.set_conflicts(city.center.sync.conflicts(), {EAST[0]: EAST[1]})
    assert conflicts.rowCount() == 1
    qtmodeltester.check(conflicts)
    fields = SyncFieldTableModel()
    fields.set_fields(city.center.sync.conflict(conflicts.conflict(0).id).fields)
    assert fields.rowCount() > 5
    qtmodeltester.check(fields)
    stations = SyncStationTableModel()
    stations.set_rows(city.center.sync.status())
    assert stations.rowCount() >= 1
    qtmodeltester.check(stations)
    bundles = SyncBundleTableModel()
    bundles.set_rows(city.east.sync.exports())
    assert bundles.rowCount() == 2
    qtmodeltester.check(bundles)


def test_values_are_shown_as_people_read_them(chinese: None) -> None:
    assert value_text("notes", None) == ""
    assert value_text("union_member", True) == "是"
    assert value_text("union_member", False) == "否"
    assert value_text("sex", Sex.MALE) == "男"
    assert value_text("birth_date", "1985-06-15") == "1985-06-15"
    moment = datetime(2026, 12, 3, 2, 30, tzinfo=UTC)
    assert value_text("deleted_at", moment.isoformat()) == f"{moment.astimezone():%Y-%m-%d %H:%M}"
    assert value_text("requested_fen", 214971) == "2,149.71 元"
    assert value_text("head_count", 5) == "5"
    assert value_text("phone", "13800000030") == "13800000030"
    model = SyncFieldTableModel()
    model.set_fields([ConflictField(name="phone", local="1", remote="2", differs=True),
                      ConflictField(name="name", local="甲", remote="甲", differs=False)])
    assert not model.setData(model.index(1, FieldColumn.CHOICE), "remote")
    assert not model.setData(model.index(0, FieldColumn.CHOICE), "neither")
    assert model.setData(model.index(0, FieldColumn.CHOICE), "remote")
    model.choose_all("local")
    assert model.choices() == {"phone": "local"}


def test_the_conflicts_list_reads_a_page_at_a_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from ui.models.sync_models import SyncConflictTableModel
    from unioncase.services.sync import ConflictRead

    everything = [ConflictRead(id=i + 1, kind="duplicate", entity="person", record_uuid=f"u{i}",
                               label=f"职工{i}", remote_station=EAST[0],
                               at=datetime(2026, 12, 1, tzinfo=UTC), resolved_at=None,
                               resolution=None) for i in range(450)]
    asked: list[tuple[int, int]] = []

    def load(offset: int, limit: int) -> list[ConflictRead]:
        asked.append((offset, limit))
        return everything[offset:offset + limit]

    model = SyncConflictTableModel()
    model.set_loader(load, {EAST[0]: EAST[1]})
    assert (model.rowCount(), asked) == (200, [(0, 200)])
    while model.canFetchMore():
        model.fetchMore()
    assert asked == [(0, 200), (200, 200), (400, 200)]
    assert [model.conflict(r).id for r in range(model.rowCount())] == list(range(1, 451))
