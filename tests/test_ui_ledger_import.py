"""文件 → 导入台账 in the window: real widgets offscreen, the import on the task runner."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from tests.ledger_files import generate, table_counts, workbook
from ui import i18n
from ui.dialogs.ledger_import_dialog import LedgerImportDialog
from ui.main_window import MainWindow
from ui.models.ledger_result_models import CountsColumn, ProblemColumn
from ui.settings import Settings
from ui.tasks import SyncTaskRunner, TaskRunner
from unioncase.services import UnionCase
from unioncase.services.report import Period, ReportService


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "zh_CN")


def raise_it(exc: BaseException) -> None:
    raise exc


@pytest.fixture
def window(qtbot, app: UnionCase, tmp_path: Path, chinese: None) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    win = MainWindow(app, SyncTaskRunner(raise_it), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def ledger_file(tmp_path: Path, sheets: dict, name: str = "台账.xlsx") -> Path:  # type: ignore[type-arg]
    path = tmp_path / name
    path.write_bytes(workbook(sheets))
    return path


def cell(model, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    return str(model.data(model.index(row, column)))


def test_the_file_menu_imports_a_ledger_and_the_lists_show_it(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, app: UnionCase, tmp_path: Path) -> None:
    window.tabs.setCurrentWidget(window.intake_tab)
    qtbot.waitUntil(lambda: window.intake_tab._loaded)
    assert window.intake_tab.model.rowCount() == 0
    generated = generate(seed=4, size=12)
    path = ledger_file(tmp_path, generated.sheets)

    assert window.import_ledger_action.text() == "导入台账（Excel）(&L)..."
    window.import_ledger_action.trigger()
    dialog = window.findChild(LedgerImportDialog)
    assert dialog is not None
    assert not dialog.start_button.isEnabled()  # no file yet
    dialog._ask_open_path = lambda: str(path)  # type: ignore[method-assign]
    dialog.browse_button.click()
    assert dialog.file_edit.text() == str(path)
    dialog.start_button.click()

    assert dialog.result is not None
    assert dialog.result.written
    rows = sum(len(r) for r in generated.sheets.values())
    assert f"导入完成：新增 {rows} 行" in dialog.status_label.text()
    counts = dialog.counts_model
    assert counts.rowCount() == 7
    assert cell(counts, 0, CountsColumn.SHEET) == "信访接待"
    assert cell(counts, 0, CountsColumn.CREATED) == "12"
    assert window.intake_tab.model.rowCount() == 12  # the loaded tab reloaded
    report = ReportService(app.ctx).figures(Period.of(2022))
    assert report["aid"]["amount_fen"] == generated.expected["aid"]["amount_fen"]

    out = tmp_path / "结果.xlsx"
    dialog._ask_save_path = lambda suggested: str(out)  # type: ignore[method-assign]
    dialog.save_button.click()
    book = load_workbook(out)
    assert [c.value for c in book["导入结果"][4]] == ["信访接待", 12, 12, 0, 0]


def test_a_broken_ledger_is_refused_with_its_problems_listed(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, app: UnionCase, tmp_path: Path) -> None:
    sheets = generate(seed=8, size=6).sheets
    sheets["帮扶救助"][1]["身份证号"] = "123"
    sheets["信访接待"][0]["反映类别"] = "打架"
    path = ledger_file(tmp_path, sheets)
    before = table_counts(app)
    dialog = LedgerImportDialog(app, window.runner, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(path)
    dialog.start()
    assert dialog.result is not None
    assert dialog.result.refused
    assert table_counts(app) == before
    assert "未导入" in dialog.status_label.text()
    assert dialog.result_tabs.currentIndex() == 1
    assert dialog.result_tabs.tabText(1) == "问题（2）"
    problems = dialog.problem_model
    shown = [(cell(problems, r, ProblemColumn.SHEET), cell(problems, r, ProblemColumn.ROW),
              cell(problems, r, ProblemColumn.COLUMN)) for r in range(problems.rowCount())]
    assert shown == [("信访接待", "2", "反映类别"), ("帮扶救助", "3", "身份证号")]
    assert cell(problems, 1, ProblemColumn.MESSAGE).startswith("身份证号应为18位")

    dialog.skip_check.setChecked(True)
    dialog.start()
    assert dialog.result.written
    assert "跳过" in dialog.status_label.text()
    assert table_counts(app) != before


def test_the_import_runs_off_the_gui_thread_with_progress(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, tmp_path: Path, chinese: None) -> None:
    runner = TaskRunner(raise_it)
    dialog = LedgerImportDialog(app, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(ledger_file(tmp_path, generate(seed=6, size=20).sheets))
    steps: list[str] = []
    dialog._progress.moved.connect(lambda _d, _t, what: steps.append(what))
    dialog.start()
    assert dialog.cancel_button.isVisible()
    assert not dialog.close_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30_000)
    runner.drain()
    assert dialog.result.written  # type: ignore[union-attr]
    assert "读取信访接待" in steps
    assert "求职登记" in steps
    assert not dialog.cancel_button.isVisible()
    assert not dialog.progress_bar.isVisible()


def test_cancel_writes_nothing(qtbot, window: MainWindow, app: UnionCase,  # type: ignore[no-untyped-def]
                               tmp_path: Path) -> None:
    dialog = LedgerImportDialog(app, window.runner, window)
    qtbot.addWidget(dialog)
    dialog.set_file(ledger_file(tmp_path, generate(seed=1, size=8).sheets))
    before = table_counts(app)
    dialog._progress.moved.connect(
        lambda _d, _t, what: dialog.cancel() if what == "信访接待" else None)
    dialog.start()
    assert table_counts(app) == before
    assert dialog.result is None
    assert dialog.status_label.text().count("导入已取消，没有写入任何数据") == 1
    assert dialog.start_button.isEnabled()


def test_the_blank_template_from_the_dialog(qtbot, app: UnionCase, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            chinese: None) -> None:
    dialog = LedgerImportDialog(app, SyncTaskRunner(raise_it))
    qtbot.addWidget(dialog)
    out = tmp_path / "模板.xlsx"
    dialog._ask_save_path = lambda suggested: str(out)  # type: ignore[method-assign]
    dialog.template_button.click()
    assert load_workbook(out).sheetnames[1:] == ["信访接待", "调解组织", "调解员", "调解案件",
                                                 "帮扶救助", "招聘会", "求职登记"]


def test_result_models_pass_the_model_tester(qtmodeltester, app: UnionCase,  # type: ignore[no-untyped-def]
                                             tmp_path: Path) -> None:
    sheets = generate(seed=8, size=4).sheets
    sheets["信访接待"][0]["渠道"] = "飞鸽"
    dialog = LedgerImportDialog(app, SyncTaskRunner(raise_it))
    dialog.set_file(ledger_file(tmp_path, sheets))
    dialog.start()
    qtmodeltester.check(dialog.counts_model)
    qtmodeltester.check(dialog.problem_model)
    dialog.deleteLater()
