"""困难帮扶 in the window: the list with totals and figures, a new application, the steps on
the application's page by role, the hardship file with its live figures, batches and rosters."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from tests.test_aid_service import HEAD, OFFICER, approved, person, program_id, staff  # noqa: F401
from ui import i18n
from ui.dialogs.aid_application_dialog import AidApplicationDialog
from ui.dialogs.aid_batches_dialog import AidBatchesDialog
from ui.dialogs.aid_case_page import AidCasePage, ReviewDialog
from ui.dialogs.hardship_file_dialog import HardshipFileDialog
from ui.dialogs.hardship_registry_dialog import HardshipRegistryDialog
from ui.main_window import MainWindow
from ui.models.aid_table_model import AidColumn, AidTableModel
from ui.models.hardship_table_model import FileColumn
from ui.settings import Settings
from ui.tabs.aid_tab import AidTab
from ui.tasks import SyncTaskRunner
from unioncase.domain.aid import AidStatus, BatchStatus, HardshipCategory
from unioncase.services import UnionCase
from unioncase.services.aid import AidFilter, ApplicationInput, BatchInput


@pytest.fixture(autouse=True)
def chinese(qapp: QApplication) -> None:
    i18n.install(qapp, "zh_CN")


def shown(qtbot, widget):  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_tab_lists_applications_with_totals_and_warnings(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, staff: None) -> None:  # noqa: F811
    warm = program_id(app, "送温暖")
    pid = person(app, "吴十", "107")
    first = app.aid.apply(ApplicationInput(pid, warm, "3,000"))
    medical = program_id(app, "医疗互助")
    other = app.aid.apply(ApplicationInput(person(app, "郑一", "108"), medical, "1,200.5"))
    approved(app, other.id, "1,200.5")
    app.login(HEAD)
    fresh = app.aid.get(other.id)
    app.aid.pay(fresh.id, fresh.version, method="现金")
    tab = shown(qtbot, AidTab(app))
    assert tab.model.rowCount() == 2
    row = tab.model.row_of(first.id)
    assert row is not None
    assert tab.model.data(tab.model.index(row, AidColumn.WARNINGS)) == "1 条提醒"
    assert "尚未建档" in tab.model.data(tab.model.index(row, AidColumn.WARNINGS), 3)
    assert "<b>1</b>" in tab.totals_label.text()  # one person paid
    assert "0.12" in tab.totals_label.text()  # 1,200.50 yuan = 0.12 (10k yuan)
    tab.program_combo.setCurrentIndex(tab.program_combo.findData(warm))
    assert tab.model.rowCount() == 1
    assert tab.figures_model.rowCount() == 1


def test_the_model_passes_the_model_tester(qtmodeltester, app: UnionCase) -> None:  # type: ignore[no-untyped-def]
    app.aid.apply(ApplicationInput(person(app, "冯二", "109"), program_id(app, "医疗互助"),
                                   "100"))
    model = AidTableModel(app)
    model.reload()
    qtmodeltester.check(model)


def test_a_new_application_from_the_dialog(qtbot, app: UnionCase) -> None:  # type: ignore[no-untyped-def]
    pid = person(app, "陈静", "110")
    dialog = shown(qtbot, AidApplicationDialog(app, person=app.persons.get(pid)))
    assert dialog.file_label.text() == "未建档"
    dialog.program_combo.setCurrentIndex(dialog.program_combo.findData(
        program_id(app, "大病救助")))
    dialog.requested_edit.setText("12.345")
    assert dialog.save() is None
    assert dialog.form.error_text("requested")
    assert app.aid.count(AidFilter()) == 0
    dialog.requested_edit.setText("8,000")
    dialog.reason_edit.setPlainText("住院治疗")
    with qtbot.waitSignal(dialog.application_saved) as saved:
        dialog.save()
    assert saved.args[0].requested_fen == 800000
    assert saved.args[0].program_name == "大病救助"


def test_steps_on_the_page_follow_status_and_role(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                                  staff: None) -> None:  # noqa: F811
    case = app.aid.apply(ApplicationInput(person(app, "褚一", "111"),
                                          program_id(app, "医疗互助"), "3,000"))
    page = shown(qtbot, AidCasePage(app, case.id))
    assert page.enabled_steps() == {"reviewButton", "rejectButton", "fileButton"}
    dialog = page.open_step("review")
    assert isinstance(dialog, ReviewDialog)
    assert not dialog.submit()  # 李晓燕 has no aid role
    assert "帮扶专干" in dialog.general_error.text()
    app.login(OFFICER)
    dialog.amount_edit.setText("2,500")
    assert dialog.submit()
    assert page.case is not None
    assert page.case.status is AidStatus.REVIEWED
    assert page.enabled_steps() == {"approveButton", "rejectButton", "fileButton"}
    app.login(HEAD)
    assert page.open_step("approve").submit()
    pay = page.open_step("pay")
    assert pay.submit()
    assert page.case.status is AidStatus.PAID
    assert "2,500.00" in page._values["review"].text()
    timeline = page.records.timeline_model
    assert [timeline.item(r, 1).text() for r in range(timeline.rowCount())] == [
        "申请", "审核", "审批", "发放"]


def test_the_hardship_file_shows_the_figure_and_suggestion_as_typed(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase) -> None:
    app.aid.set_standard(2026, "1,000")
    pid = person(app, "王秀兰", "112")
    dialog = shown(qtbot, HardshipFileDialog(app, app.persons.get(pid)))
    row = dialog.rows[0]
    row.name_edit.setText("李强")
    row.relation_edit.setText("配偶")
    dialog.add_member().name_edit.setText("李晨")
    dialog.income_edit.setText("30,000")
    assert "833.33" in dialog.figure_label.text()  # 30,000 / 3 / 12
    assert "深度困难" in dialog.figure_label.text()
    dialog.income_edit.setText("60,000")
    assert "相对困难" in dialog.figure_label.text()
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("相对困难"))
    dialog.cause_checks["疾病"].setChecked(True)
    dialog.bank_account_edit.setText("12ab")
    assert dialog.save() is None
    assert dialog.form.error_text("bank_account")
    dialog.bank_account_edit.setText("6228480312345678901")
    saved = dialog.save()
    assert saved is not None
    assert (saved.category, saved.household_size, saved.cause_list) == (
        HardshipCategory.RELATIVE, 3, ["疾病"])
    registry = shown(qtbot, HardshipRegistryDialog(app))
    assert registry.model.rowCount() == 1
    account = registry.model.data(registry.model.index(0, FileColumn.BANK_ACCOUNT))
    assert account.endswith("8901")
    assert "6228480312345678901" not in account
    with qtbot.waitSignal(registry.file_requested) as opened:
        registry.open_row(0)
    assert opened.args == [pid]


def test_a_batch_is_approved_paid_and_its_roster_saved(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                                       staff: None, tmp_path: Path) -> None:  # noqa: F811
    dialog = shown(qtbot, AidBatchesDialog(app))
    dialog.program_name_edit.setText("职工子女助学")
    dialog.notice_spin.setValue(3)
    assert dialog.add_program()
    added = app.aid.program_by_name("职工子女助学")
    assert added is not None
    assert added.notice_days == 3
    assert dialog.program_combo.currentData() == added.id
    medical = program_id(app, "医疗互助")
    dialog.program_combo.setCurrentIndex(dialog.program_combo.findData(medical))
    dialog.name_edit.setText("2026年第四季度医疗互助")
    assert dialog.create_batch()
    batch = dialog.selected()
    assert batch is not None
    for i, amount in enumerate(("1,000", "2,000.01")):
        case = app.aid.apply(ApplicationInput(person(app, f"职工{i}", f"8{i}1"), medical, amount,
                                              batch_id=batch.id))
        approved(app, case.id, amount)
    app.login(HEAD)
    dialog.reload()
    dialog.select(batch.id)
    assert dialog.approve_batch()
    assert dialog.selected().status is BatchStatus.APPROVED  # type: ignore[union-attr]
    assert dialog.pay_batch()
    paid = dialog.selected()
    assert paid is not None
    assert (paid.status, paid.paid_fen) == (BatchStatus.PAID, 300001)
    with qtbot.waitSignal(dialog.roster_ready) as roster:
        dialog.print_roster()
    assert roster.args[0].startswith(b"%PDF")
    target = tmp_path / "roster.xlsx"
    assert dialog.save_xlsx(target)
    sheet = load_workbook(io.BytesIO(target.read_bytes()))["发放花名册"]
    amounts = [r[5] for r in sheet.iter_rows(min_row=3, values_only=True) if isinstance(r[0], int)]
    assert sorted(amounts) == [1000.0, 2000.01]


def test_the_window_has_the_aid_tab_and_opens_an_application(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, tmp_path: Path) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = shown(qtbot, MainWindow(app, SyncTaskRunner(lambda exc: (_ for _ in ()).throw(exc)),
                                     settings))
    assert isinstance(window.tabs.widget(2), AidTab)
    case = app.aid.apply(ApplicationInput(person(app, "卫二", "113"),
                                          program_id(app, "医疗互助"), "100"))
    hit = next(h for h in app.search.search(case.number) if h.kind == "aid")
    window.open_hit(hit)
    page = window.findChild(AidCasePage)
    assert page is not None
    assert case.number in page.windowTitle()
    assert window.open_case("aid", case.number) is page
    batch = app.aid.create_batch(BatchInput("批次", program_id(app, "医疗互助")))
    assert batch.status is BatchStatus.DRAFT
    assert isinstance(window.open_aid_batches(), AidBatchesDialog)
