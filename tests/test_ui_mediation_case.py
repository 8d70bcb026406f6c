"""A mediation case's page on real widgets: the whole workflow from acceptance to the
performance of the agreement, the step dialogs and their errors, final steps that ask first,
a case changed elsewhere, sessions corrected while open, and the forms offered for printing."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.conftest import FrozenClock, activate, valid_id
from tests.test_mediation_service import (
    Setup,
    accepted,
    agreement,
    application,
    applied,
    in_session,
)
from ui import i18n
from ui.dialogs.mediation_case_page import MediationCasePage
from ui.dialogs.mediation_step_dialogs import (
    AgreementDialog,
    ExtendDialog,
    PerformanceDialog,
    ReasonDialog,
    SessionDialog,
)
from unioncase.domain.deadlines import DeadlineStatus
from unioncase.domain.intake import Handling
from unioncase.domain.mediation import MediationStatus, Performance
from unioncase.models.mediation import MediationCaseRead
from unioncase.services import UnionCase
from unioncase.services.context import CHINA
from unioncase.services.intake import IntakeInput
from unioncase.services.mediation import SessionInput

RED = "#c0392b"


@pytest.fixture(autouse=True)
def chinese(qapp: QApplication) -> None:
    i18n.install(qapp, "zh_CN")


def open_page(qtbot, app: UnionCase, case: MediationCaseRead) -> MediationCasePage:  # type: ignore[no-untyped-def]
    page = MediationCasePage(app, case.id)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def timeline_steps(page: MediationCasePage) -> list[str]:
    model = page.records.timeline_model
    return [model.item(row, 1).text() for row in range(model.rowCount())]


def cell(model: Any, row: int, column: int) -> str:
    return str(model.item(row, column).text())


def click_link(label: QLabel, prefix: str) -> None:
    """Follow the first link of a rich-text label whose address starts with ``prefix``."""
    match = re.search(rf'href="({re.escape(prefix)}[^"]*)"', label.text())
    assert match, label.text()
    label.linkActivated.emit(match.group(1))


# -- the whole workflow -----------------------------------------------------------------------


def test_a_case_walks_from_acceptance_through_two_sessions_to_an_agreement_and_performance(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, setup: Setup) -> None:
    case = applied(app, setup)
    page = open_page(qtbot, app, case)
    assert page.status_badge.text() == "申请"
    assert page.enabled_steps() == {"acceptButton", "rejectButton", "withdrawButton",
                                    "editButton"}
    assert page.deadline_label.text() == ""  # the limit runs from acceptance

    accept = page.open_step("accept")
    assert isinstance(accept, ReasonDialog)
    with qtbot.waitSignal(page.case_changed) as changed:
        assert accept.submit()
    current = changed.args[0]
    assert isinstance(current, MediationCaseRead)
    assert current.status is MediationStatus.ACCEPTED
    assert current.due_on is not None
    assert page.status_badge.text() == "已受理"
    assert current.due_on.isoformat() in page.deadline_label.text()
    days = (current.due_on - date(2026, 11, 23)).days
    assert f"剩 {days} 天" in page.deadline_label.text()
    assert page.enabled_steps() == {"sessionButton", "extendButton", "agreeButton",
                                    "failButton", "terminateButton", "withdrawButton",
                                    "editButton"}

    sessions = (("2026-11-23", "街道调解室", "申请人陈述：公司自8月起未发工资，要求一次性支付。"),
                ("2026-11-23", "公司会议室", "被申请人同意分两期支付拖欠的工资。"))
    for held_on, place, record in sessions:
        dialog = page.open_step("add_session")
        assert isinstance(dialog, SessionDialog)
        # the attendees are proposed: applicants, the employer's representative, mediators
        assert dialog.attendees_edit.text() == "张伟、李娜、周国强、王建国、陈秀英"
        assert dialog.held_on_edit.date().toString("yyyy-MM-dd") == held_on
        dialog.place_edit.setText(place)
        dialog.record_edit.setPlainText(record)
        with qtbot.waitSignal(page.case_changed):
            assert dialog.submit()
        assert not dialog.isVisible()
    assert page.case is not None
    assert page.case.status is MediationStatus.IN_MEDIATION
    assert page.status_badge.text() == "调解中"
    model = page.sessions_model
    assert model.rowCount() == 2
    assert [cell(model, r, 0) for r in range(2)] == ["第1次", "第2次"]
    assert [cell(model, r, 2) for r in range(2)] == ["街道调解室", "公司会议室"]
    assert cell(model, 1, 4) == "被申请人同意分两期支付拖欠的工资。"  # the record's excerpt
    assert "被申请人同意分两期支付" in page.record_view.toPlainText()  # the last one is shown
    assert page.records.tabText(0) == "调解记录（2）"

    dialog = page.open_step("agree")
    assert isinstance(dialog, AgreementDialog)
    # proposed from the claims that have money; payer and payee from the parties
    assert [r.item_edit.text() for r in dialog.rows] == ["2026年8月至10月工资", "加班费",
                                                         "未休年休假工资"]
    assert dialog.rows[0].payer_edit.text() == "嘉兴嘉禾纺织有限公司"
    assert dialog.rows[0].payee_edit.text() == "张伟、李娜"
    dialog.remove_row(dialog.rows[2])
    first, second = dialog.rows
    first.item_edit.setText("拖欠工资（第一期）")
    first.amount_edit.setText("6,000")
    first.due_edit.setDate(first.due_edit.date().fromString("2026-11-30", "yyyy-MM-dd"))
    second.item_edit.setText("拖欠工资（第二期）")
    second.amount_edit.setText("6345.67")
    second.due_edit.setDate(second.due_edit.date().fromString("2026-12-15", "yyyy-MM-dd"))
    assert second.capitals_label.text() == "人民币陆仟叁佰肆拾伍元陆角柒分"
    assert "12,345.67" in dialog.total_label.text()
    assert "壹万贰仟叁佰肆拾伍元陆角柒分" in dialog.total_label.text()
    dialog.copies_spin.setValue(4)
    with qtbot.waitSignal(page.case_changed) as changed:
        assert dialog.submit()
    current = changed.args[0]
    assert current.status is MediationStatus.SUCCEEDED
    assert current.agreed_fen == 1234567
    assert current.copies == 4
    assert [(i.item, i.amount_fen, i.due_on) for i in current.agreed_items] == [
        ("拖欠工资（第一期）", 600000, date(2026, 11, 30)),
        ("拖欠工资（第二期）", 634567, date(2026, 12, 15))]
    assert page.records.currentWidget() is page.items_view  # the agreement comes forward
    items = page.items_model
    assert items.rowCount() == 2
    assert [cell(items, 0, c) for c in range(5)] == [
        "拖欠工资（第一期）", "6,000.00", "嘉兴嘉禾纺织有限公司", "张伟、李娜", "2026-11-30"]
    assert cell(items, 0, 5) == ""  # not paid yet
    assert "人民币壹万贰仟叁佰肆拾伍元陆角柒分" in page._values["agreed"].text()
    assert "申请支付令" in page.prompts_label.text()  # 劳动报酬: art. 16
    assert "2026-12-15" in page.prompts_label.text()  # the latest agreed date
    assert "司法确认" in page.prompts_label.text()
    assert page.deadline_label.text() == ""  # concluded: no limit runs
    assert page.enabled_steps() == {"performanceButton"}

    performance = page.open_step("record_performance")
    assert isinstance(performance, PerformanceDialog)
    performance.combo.setCurrentIndex(performance.combo.findData(Performance.PARTLY.value))
    first_id = current.agreed_items[0].id
    performance.item_checks[first_id].setChecked(True)
    performance.note_edit.setText("第一期已支付")
    assert performance.submit()
    assert page.case.performance is Performance.PARTLY
    assert cell(page.items_model, 0, 5) == "2026-11-23"
    assert cell(page.items_model, 1, 5) == ""
    assert "部分履行" in page._values["performance"].text()
    assert page.enabled_steps() == {"performanceButton"}  # until honored in full

    performance = page.open_step("record_performance")
    assert isinstance(performance, PerformanceDialog)
    assert not performance.item_checks[first_id].isEnabled()  # already paid
    performance.combo.setCurrentIndex(performance.combo.findData(Performance.HONORED.value))
    assert all(check.isChecked() for check in performance.item_checks.values())
    assert performance.submit()
    honored = page.case
    assert honored.performance is Performance.HONORED
    assert page.enabled_steps() == set()
    assert timeline_steps(page) == ["申请", "受理", "调解", "调解", "调解成功", "履行", "履行"]
    stored = app.mediation.get(case.id)
    assert all(item.paid_on == date(2026, 11, 23) for item in stored.agreed_items)


# -- what the page shows ----------------------------------------------------------------------


def test_the_header_shows_days_left_then_overdue_in_red_and_an_extension(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, setup: Setup, clock: FrozenClock) -> None:
    case = accepted(app, setup)
    assert case.due_on is not None
    page = open_page(qtbot, app, case)
    assert page.deadline_label.property("deadline") == DeadlineStatus.NORMAL.value

    clock.now = datetime(2026, 12, 20, 10, 0, tzinfo=CHINA)
    page.refresh()
    late = (date(2026, 12, 20) - case.due_on).days
    text = page.deadline_label.text()
    assert page.deadline_label.property("deadline") == DeadlineStatus.OVERDUE.value
    assert f"color:{RED}" in text
    assert str(late) in text
    assert "已逾期" in text or "Overdue" in text
    assert f"调解期限（{case.due_on.isoformat()}）已过" in page.prompts_label.text()

    extend = page.open_step("extend")
    assert isinstance(extend, ExtendDialog)
    extend.new_due_edit.setDate(extend.new_due_edit.date().fromString("2026-12-31",
                                                                      "yyyy-MM-dd"))
    extend.consent_check.setChecked(True)
    extend.reason_edit.setText("等待工伤认定结论")
    assert extend.submit()
    assert "2026-12-31" in page.deadline_label.text()
    assert "已延期" in page.deadline_label.text()
    assert "剩 11 天" in page.deadline_label.text()
    assert "等待工伤认定结论" in page._values["extension"].text()
    assert case.due_on.isoformat() in page._values["limit"].text()  # the original limit stays


def test_parties_claims_mediators_and_the_intake_case_it_came_from(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, setup: Setup) -> None:
    intake = app.intake.register(IntakeInput(
        channel="来访", name="赵磊", id_number=valid_id(seq="517"), category="欠薪",
        summary="公司拖欠十二名工人两个月工资", head_count=12, employer_name="恒力机械有限公司",
        registered_on="2026-11-16"))
    intake = app.intake.accept(intake.id, intake.version, on="2026-11-17")
    routed = app.intake.route(intake.id, Handling.TO_MEDIATION, intake.version, on="2026-11-18")
    assert routed.link is not None
    case = app.mediation.by_number(routed.link.number)
    assert case is not None
    page = open_page(qtbot, app, case)
    assert page.collective_badge.isVisibleTo(page)  # 12 workers: a collective dispute
    assert page._values["head_count"].text() == "12"
    assert "赵磊" in page._values["applicants"].text()
    assert "恒力机械有限公司" in page._values["respondent"].text()
    with qtbot.waitSignal(page.linked_case_requested) as linked:
        click_link(page._values["source"], "intake-number:")
    assert linked.args == ["intake", intake.number]
    with qtbot.waitSignal(page.person_requested) as person:
        click_link(page._values["applicants"], "person:")
    assert person.args == [case.applicants[0].person_id]
    with qtbot.waitSignal(page.enterprise_requested) as enterprise:
        click_link(page._values["respondent"], "enterprise:")
    assert enterprise.args == [case.respondent_id]

    other = app.mediation.apply(application(setup.org.id, [setup.second.id, setup.lead.id]))
    page = open_page(qtbot, app, other)
    mediators = page._values["mediators"].text()
    assert mediators.startswith("陈秀英（主持）")  # the presiding mediator comes first
    assert "王建国" in mediators
    claims = page._values["claims"].text()
    assert "2026年8月至10月工资  12,345.67" in claims
    assert "合计 12,345.97 元（人民币壹万贰仟叁佰肆拾伍元玖角柒分）" in claims
    with qtbot.waitSignal(page.edit_requested) as edit:
        page.step_buttons["editButton"].click()
    assert edit.args == [other.id]


# -- the step dialogs and their errors --------------------------------------------------------


def test_the_agreement_dialog_refuses_an_empty_amount_beside_its_row(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, setup: Setup) -> None:
    case = in_session(app, setup)
    page = open_page(qtbot, app, case)
    dialog = page.open_step("agree")
    assert isinstance(dialog, AgreementDialog)
    dialog.rows[0].amount_edit.setText("3,000")
    dialog.rows[1].amount_edit.setText("")  # 加班费: item typed, amount forgotten
    with qtbot.assertNotEmitted(page.case_changed):
        assert not dialog.submit()
    assert dialog.isVisible()
    assert dialog.row_errors()[0] == ""
    assert "此项必填" in dialog.row_errors()[1]
    assert "金额" in dialog.row_errors()[1]  # says which column
    stored = app.mediation.get(case.id)
    assert stored.status is MediationStatus.IN_MEDIATION
    assert stored.version == case.version
    assert stored.agreed_items == ()

    dialog.rows[1].amount_edit.setText("120")
    assert dialog.submit()
    assert dialog.row_errors() == ["", "", ""]
    assert app.mediation.get(case.id).agreed_fen == 300000 + 12000 + 20


def test_the_agreement_needs_a_session_and_a_total_follows_every_row(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, setup: Setup) -> None:
    case = accepted(app, setup)
    page = open_page(qtbot, app, case)
    dialog = page.open_step("agree")
    assert isinstance(dialog, AgreementDialog)
    assert len(dialog.rows) == 3
    dialog.add_button.click()
    assert len(dialog.rows) == 4
    dialog.rows[3].item_edit.setText("经济补偿")
    dialog.rows[3].amount_edit.setText("10000")
    assert dialog.total_fen() == 1234567 + 10 + 20 + 1000000
    assert "壹万" in dialog.rows[3].capitals_label.text()
    dialog.rows[1].amount_edit.setText("abc")
    assert dialog.total_fen() is None
    assert "check" in dialog.total_label.text() or "检查" in dialog.total_label.text()
    dialog.remove_row(dialog.rows[1])
    assert [r.item_edit.text() for r in dialog.rows] == ["2026年8月至10月工资", "未休年休假工资",
                                                         "经济补偿"]
    assert dialog.total_fen() == 1234567 + 20 + 1000000
    assert not dialog.submit()  # no session held yet
    assert "尚未进行调解" in dialog.general_error.text()
    assert app.mediation.get(case.id).status is MediationStatus.ACCEPTED


def test_an_extension_without_both_parties_consent_is_refused(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, setup: Setup) -> None:
    case = accepted(app, setup)
    assert case.due_on is not None
    page = open_page(qtbot, app, case)
    dialog = page.open_step("extend")
    assert isinstance(dialog, ExtendDialog)
    dialog.new_due_edit.setDate(dialog.new_due_edit.date().addDays(10))
    dialog.reason_edit.setText("等待工伤认定结论")
    assert not dialog.submit()
    assert dialog.isVisible()
    assert "双方当事人同意" in dialog.form.error_text("consent")
    stored = app.mediation.get(case.id)
    assert (stored.extended, stored.due_on, stored.version) == (False, case.due_on,
                                                                case.version)
    assert "已延期" not in page.deadline_label.text()

    dialog.consent_check.setChecked(True)
    dialog.new_due_edit.setDate(dialog.new_due_edit.date().addDays(-10))  # not later
    assert not dialog.submit()
    assert dialog.form.error_text("consent") == ""
    assert case.due_on.isoformat() in dialog.form.error_text("new_due")
    assert not app.mediation.get(case.id).extended


def test_no_agreement_asks_first_then_shows_the_arbitration_notice(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, setup: Setup) -> None:
    case = in_session(app, setup)
    page = open_page(qtbot, app, case)
    questions: list[dict[str, Any]] = []
    answers = [False, True]

    def ask(kind: str, **options: Any) -> bool:
        questions.append({"kind": kind, **options})
        return answers.pop(0)

    page._ask = ask  # type: ignore[method-assign]
    dialog = page.open_step("fail")
    assert isinstance(dialog, ReasonDialog)
    assert "申请仲裁" in dialog.intro.text()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert questions == []  # the reason is missing: nothing to confirm yet
    assert dialog.form.error_text("reason")

    dialog.reason_edit.setPlainText("被申请人拒绝支付加班费")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert len(questions) == 1
    assert questions[0]["kind"] == "confirm"
    assert dialog.isVisible()  # declined: nothing written
    assert app.mediation.get(case.id).status is MediationStatus.IN_MEDIATION

    with qtbot.waitSignal(page.case_changed):
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert len(questions) == 2
    assert page.case is not None
    assert page.case.status is MediationStatus.FAILED
    assert page.case.outcome_reason == "被申请人拒绝支付加班费"
    assert "劳动人事争议仲裁委员会申请仲裁" in page.prompts_label.text()
    assert page.case.arbitration_limit_on is not None
    assert page.case.arbitration_limit_on.isoformat() in page.prompts_label.text()
    assert page.enabled_steps() == set()
    assert "调解不成告知书" in page.printable_form_names()
    assert "调解协议书" not in page.printable_form_names()


@pytest.mark.parametrize(("step", "status", "reason"), [
    ("reject", MediationStatus.REJECTED, "不属于劳动争议"),
    ("terminate", MediationStatus.TERMINATED, "被申请人拒不到场"),
    ("withdraw", MediationStatus.WITHDRAWN, ""),  # a reason is optional
])
def test_final_steps_ask_before_they_close_the_case(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, setup: Setup, step: str, status: MediationStatus,
        reason: str) -> None:
    case = applied(app, setup) if step == "reject" else accepted(app, setup)
    page = open_page(qtbot, app, case)
    asked: list[str] = []

    def ask(kind: str, **options: Any) -> bool:
        asked.append(options["text"])
        return True

    page._ask = ask  # type: ignore[method-assign]
    dialog = page.open_step(step)
    assert isinstance(dialog, ReasonDialog)
    dialog.reason_edit.setPlainText(reason)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert asked[0]
    assert page.case is not None
    assert page.case.status is status
    assert page.status_badge.text() == status.value


def test_a_case_changed_elsewhere_is_refused_reloaded_and_saved_again(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, setup: Setup) -> None:
    case = accepted(app, setup)
    page = open_page(qtbot, app, case)
    app.mediation.add_session(case.id, SessionInput(place="他处", record="另一位调解员的记录"),
                              case.version)
    dialog = page.open_step("extend")
    assert isinstance(dialog, ExtendDialog)
    dialog.new_due_edit.setDate(dialog.new_due_edit.date().addDays(7))
    dialog.consent_check.setChecked(True)
    with qtbot.assertNotEmitted(page.case_changed):
        assert not dialog.submit()
    assert dialog.isVisible()  # what was typed is kept
    assert dialog.general_error.isVisibleTo(dialog)
    assert dialog.general_error.text() == page.conflict_text()
    assert page.message_label.text() == page.conflict_text()
    assert page.sessions_model.rowCount() == 1  # reloaded: the other session shows
    assert page.status_badge.text() == "调解中"
    assert not app.mediation.get(case.id).extended

    assert dialog.submit()  # checked, and OK again: on the reloaded version
    assert app.mediation.get(case.id).extended


def test_a_double_clicked_session_is_corrected_while_the_case_is_open(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, setup: Setup) -> None:
    case = in_session(app, setup)
    page = open_page(qtbot, app, case)
    view = page.sessions_view
    rect = view.visualRect(page.sessions_model.index(0, 2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.step_dialog
    assert isinstance(dialog, SessionDialog)
    assert dialog.objectName() == "editSessionDialog"
    assert dialog.record_edit.toPlainText() == "双方陈述意见……"
    dialog.record_edit.setPlainText("双方陈述意见，申请人补充加班记录。")
    assert dialog.submit()
    assert app.mediation.get(case.id).sessions[0].record == "双方陈述意见，申请人补充加班记录。"
    assert "补充加班记录" in cell(page.sessions_model, 0, 4)

    page.app.mediation.agree(case.id, agreement("1,000"), page.case.version)  # type: ignore[union-attr]
    page.refresh()
    page.step_dialog = None
    assert page.edit_session(0) is None  # concluded: records stay as signed
    assert page.step_dialog is None
    assert page.message_label.isVisibleTo(page)


# -- printing and attachments -----------------------------------------------------------------


def test_the_print_signal_carries_the_form_for_the_status(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, setup: Setup) -> None:
    case = applied(app, setup)
    page = open_page(qtbot, app, case)
    assert page.printable_form_names() == ["调解申请书"]
    with qtbot.waitSignal(page.print_requested) as printed:
        page.print_button.click()
    assert printed.args == [case.number, "调解申请书"]

    assert page.open_step("accept").submit()  # type: ignore[union-attr]
    assert page.printable_form_names() == ["调解申请书", "受理通知书"]
    with qtbot.waitSignal(page.print_requested) as printed:
        page.print_menu.actions()[1].trigger()
    assert printed.args == [case.number, "受理通知书"]

    session = page.open_step("add_session")
    assert isinstance(session, SessionDialog)
    session.record_edit.setPlainText("双方陈述")
    assert session.submit()
    assert page.printable_form_names() == ["调解申请书", "受理通知书", "调解笔录"]

    dialog = page.open_step("agree")
    assert isinstance(dialog, AgreementDialog)
    assert dialog.submit()
    assert page.printable_form_names() == ["调解申请书", "受理通知书", "调解笔录", "调解协议书"]
    with qtbot.waitSignal(page.print_requested) as printed:
        page.print_button.click()
    assert printed.args == [case.number, "调解协议书"]  # the agreement, once successful
    activate(qtbot, page)
    with qtbot.waitSignal(page.print_requested) as printed:
        qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed.args == [case.number, "调解协议书"]


def test_files_are_attached_and_the_case_closes_cleanly(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, setup: Setup, tmp_path: Path) -> None:
    case = accepted(app, setup)
    page = open_page(qtbot, app, case)
    scan = tmp_path / "工资条.pdf"
    scan.write_bytes(b"%PDF-1.4 payslip")
    page.records.ask_attachment_path = lambda: scan  # type: ignore[method-assign]
    page.records.add_attachment_button.click()
    model = page.records.attachments_model
    assert model.rowCount() == 1
    assert model.item(0, 0).text() == "工资条.pdf"
    assert [a.filename for a in app.mediation.attachments(case.id)] == ["工资条.pdf"]
    assert timeline_steps(page)[-1] == "附件"
    with qtbot.waitSignal(page.closed):
        page.close()


def test_the_page_fits_a_1280_window(qtbot, app: UnionCase, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    case = in_session(app, setup)
    case = app.mediation.add_session(case.id, SessionInput(place="公司会议室", record="第二次"),
                                     case.version)
    case = app.mediation.agree(case.id, agreement("6,000", "6,345.67", due_on="2026-12-15"),
                               case.version)
    page = open_page(qtbot, app, case)
    assert page.records.currentWidget() is page.items_view  # opens on its agreement
    for button in page.step_buttons.values():
        assert button.width() >= button.sizeHint().width()  # no clipped step button
    assert page.print_button.geometry().right() < page.close_button.geometry().left()
    assert page.close_button.geometry().right() <= page.width()
