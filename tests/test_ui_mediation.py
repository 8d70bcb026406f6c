"""劳动争议调解 in the window: the list with its filters, counts and figures; the application
form; the case page through the whole workflow; the registries of organizations and mediators."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import FrozenClock, activate, valid_id
from tests.test_mediation_service import (
    Setup,
    accepted,
    applied,
    set_today,
)
from ui import i18n
from ui.dialogs.mediation_case_page import MediationCasePage
from ui.dialogs.mediation_entry_dialog import MediationEntryDialog
from ui.dialogs.mediation_registry_dialog import MediationRegistryDialog
from ui.dialogs.mediation_step_dialogs import AgreementDialog, ExtendDialog, SessionDialog
from ui.models.mediation_figures_model import MediationFiguresModel
from ui.models.mediation_registry_models import MediatorTableModel, OrganizationTableModel
from ui.models.mediation_table_model import MediationColumn, MediationTableModel
from ui.tabs.mediation_tab import MediationTab
from unioncase.domain.mediation import MediationStatus, Performance
from unioncase.models.mediation import MediationCaseRead
from unioncase.services import UnionCase
from unioncase.services.mediation import MediationFilter, SessionInput


@pytest.fixture(autouse=True)
def chinese(qapp: QApplication) -> None:
    i18n.install(qapp, "zh_CN")


@pytest.fixture
def tab(qtbot, app: UnionCase) -> MediationTab:  # type: ignore[no-untyped-def]
    widget = MediationTab(app)
    qtbot.addWidget(widget)
    widget.resize(1280, 700)
    return widget


def shown(qtbot, widget: Any) -> Any:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def numbers(model: MediationTableModel) -> list[str]:
    return [model.case(r).number for r in range(model.rowCount())]


def page_for(qtbot, app: UnionCase, case: MediationCaseRead) -> MediationCasePage:  # type: ignore[no-untyped-def]
    page = MediationCasePage(app, case.id)
    return shown(qtbot, page)  # type: ignore[no-any-return]


# -- the list ---------------------------------------------------------------------------------


def test_the_tab_loads_when_shown_and_filters_in_sql(qtbot, app: UnionCase, setup: Setup,  # type: ignore[no-untyped-def]
                                                     tab: MediationTab) -> None:
    wages = applied(app, setup)
    injury = accepted(app, setup, dispute_type="工伤待遇",
                      applicants=[_applicant("赵六", "511")])
    assert tab.model.rowCount() == 0  # nothing read before the tab is shown
    shown(qtbot, tab)
    assert sorted(numbers(tab.model)) == sorted([wages.number, injury.number])
    tab.type_combo.setCurrentIndex(tab.type_combo.findData("工伤待遇"))
    assert numbers(tab.model) == [injury.number]
    assert tab.counts is not None
    assert (tab.counts.total, tab.counts.open) == (1, 1)
    tab.reset_filters()
    assert tab.counts is not None
    assert (tab.counts.total, tab.counts.awaiting, tab.counts.open) == (2, 1, 1)
    assert tab.count_labels["awaiting"].property("count") == 1
    tab.status_combo.setCurrentIndex(tab.status_combo.findData(MediationStatus.APPLIED.value))
    assert numbers(tab.model) == [wages.number]
    tab.reset_filters()
    tab.filter_edit.setText("赵六")
    qtbot.waitUntil(lambda: numbers(tab.model) == [injury.number])
    assert tab.count_labels["total"].property("count") == 1


def test_the_list_shows_applicants_amounts_and_the_limit(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                                         setup: Setup, tab: MediationTab,
                                                         clock: FrozenClock) -> None:
    case = accepted(app, setup)  # accepted today; the 15 days end 2026-12-08
    shown(qtbot, tab)
    model = tab.model
    assert model.data(model.index(0, MediationColumn.APPLICANT)) == "张伟等2人"
    assert model.data(model.index(0, MediationColumn.CLAIMED)) == "12,345.97"
    assert model.data(model.index(0, MediationColumn.MEDIATOR)) == "王建国"
    assert model.data(model.index(0, MediationColumn.DUE)) == case.due_on.isoformat()  # type: ignore[union-attr]
    set_today(clock, date(2026, 12, 9))
    tab.overdue_check.setChecked(True)
    assert numbers(tab.model) == [case.number]
    assert "color:#c0392b" in tab.alerts_label.text().replace(" ", "")
    assert case.number in tab.alerts_label.text()


def test_sorting_by_a_column_sorts_in_sql(qtbot, app: UnionCase, setup: Setup,  # type: ignore[no-untyped-def]
                                          tab: MediationTab) -> None:
    small = applied(app, setup, claims=[_claim("工资", "100")])
    large = applied(app, setup, claims=[_claim("工资", "9000")])
    shown(qtbot, tab)
    tab.model.sort(MediationColumn.CLAIMED, Qt.SortOrder.DescendingOrder)
    assert numbers(tab.model) == [large.number, small.number]
    tab.model.sort(MediationColumn.CLAIMED, Qt.SortOrder.AscendingOrder)
    assert numbers(tab.model) == [small.number, large.number]


def test_figures_per_organization_and_mediator(qtbot, app: UnionCase, setup: Setup,  # type: ignore[no-untyped-def]
                                               tab: MediationTab) -> None:
    case = accepted(app, setup)
    case = app.mediation.add_session(case.id, SessionInput(place="调解室", record="协商"),
                                     case.version)
    from unioncase.services.mediation import AgreedItemInput, AgreementInput

    app.mediation.agree(case.id, AgreementInput(terms="双方再无其他争议", items=[
        AgreedItemInput("工资", "2,149.71")]), case.version)
    other = accepted(app, setup)
    app.mediation.fail(other.id, "拒绝", other.version)
    shown(qtbot, tab)
    tab.figures_button.setChecked(True)
    assert tab.figures_panel.isVisible()
    model: MediationFiguresModel = tab.organization_figures
    assert model.rowCount() == 2  # the organization and the total
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row == ["东栅街道劳动争议调解委员会", "2", "2", "1", "50%", "2,149.71"]
    mediators = tab.mediator_figures
    names = {mediators.data(mediators.index(r, 0)) for r in range(mediators.rowCount())}
    assert names == {"王建国", "陈秀英"}  # a case counts for each of its mediators
    assert "50%" in tab.count_labels["successful"].text()


def test_the_models_pass_the_model_tester(qtmodeltester, app: UnionCase,  # type: ignore[no-untyped-def]
                                          setup: Setup) -> None:
    applied(app, setup)
    model = MediationTableModel(app)
    model.reload()
    qtmodeltester.check(model)
    figures = MediationFiguresModel()
    figures.set_figures(app.mediation.figures_by_organization(),
                        app.mediation.figures(MediationFilter()))
    qtmodeltester.check(figures)
    orgs = OrganizationTableModel()
    orgs.set_rows(app.mediation.organizations())
    qtmodeltester.check(orgs)
    mediators = MediatorTableModel()
    mediators.set_rows(app.mediation.mediators())
    qtmodeltester.check(mediators)


def test_enter_opens_the_selected_case(qtbot, app: UnionCase, setup: Setup,  # type: ignore[no-untyped-def]
                                       tab: MediationTab) -> None:
    case = applied(app, setup)
    shown(qtbot, tab)
    activate(qtbot, tab)
    assert tab.select_case(case.id)
    tab.table.setFocus()
    with qtbot.waitSignal(tab.open_case_requested) as opened:
        qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert opened.args == [case.id]
    with qtbot.waitSignal(tab.print_requested) as printed:
        tab.print_button.click()
    assert printed.args == [case.number, ""]


# -- the application form ------------------------------------------------------------------------


def _applicant(name: str, seq: str) -> Any:
    from unioncase.services.mediation import ApplicantInput

    return ApplicantInput(name=name, id_number=valid_id(seq=seq))


def _claim(item: str, amount: str) -> Any:
    from unioncase.services.mediation import ClaimInput

    return ClaimInput(item, amount)


def test_a_new_application_with_two_applicants_and_two_claims(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                                              setup: Setup) -> None:
    dialog = shown(qtbot, MediationEntryDialog(app))
    first = dialog.applicant_rows[0]
    first.name_edit.setText("张伟")
    first.id_edit.setText(valid_id(seq="211"))
    second = dialog.add_applicant()
    second.name_edit.setText("李娜")
    second.id_edit.setText(valid_id(seq="222"))
    second.phone_edit.setText("13805731234")
    dialog.head_count_spin.setValue(12)
    assert dialog.collective_label.text()  # 12 workers: a collective dispute
    dialog.respondent_edit.setText("嘉兴嘉禾纺织有限公司")
    dialog.claim_rows[0].item_edit.setText("拖欠工资")
    dialog.claim_rows[0].amount_edit.setText("2,149.71")
    claim = dialog.add_claim()
    claim.item_edit.setText("经济补偿")
    claim.amount_edit.setText("10000")
    assert "12,149.71" in dialog.total_label.text()
    assert "壹万贰仟壹佰肆拾玖元柒角壹分" in dialog.total_label.text()
    dialog.facts_edit.setPlainText("拖欠工资")
    assert dialog.organization_combo.currentData() == setup.org.id  # the only one: taken
    items = {dialog.mediators_model.item(r).text().split("（")[0]: dialog.mediators_model.item(r)
             for r in range(dialog.mediators_model.rowCount())}
    items["陈秀英"].setCheckState(Qt.CheckState.Checked)  # ticked first: she presides
    items["王建国"].setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.case_saved) as saved:
        activate(qtbot, dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    case: MediationCaseRead = saved.args[0]
    assert [a.name for a in case.applicants] == ["张伟", "李娜"]
    assert case.head_count == 12
    assert case.is_collective
    assert case.claimed_fen == 1214971
    assert case.respondent_name == "嘉兴嘉禾纺织有限公司"
    assert [(m.name, m.is_lead) for m in case.mediators] == [("陈秀英", True), ("王建国", False)]
    assert not dialog.isVisible()


def test_errors_show_beside_their_fields_and_nothing_is_written(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                                                setup: Setup) -> None:
    dialog = shown(qtbot, MediationEntryDialog(app))
    dialog.applicant_rows[0].name_edit.setText("张伟")
    dialog.applicant_rows[0].id_edit.setText("123")
    dialog.claim_rows[0].item_edit.setText("拖欠工资")
    dialog.claim_rows[0].amount_edit.setText("12.345")
    assert dialog.save() is None
    assert "身份证号" in dialog.applicant_rows[0].error_label.text()
    assert dialog.claim_rows[0].error_label.isVisible()
    assert app.mediation.count(MediationFilter()) == 0
    assert dialog.isVisible()


def test_editing_an_application_keeps_its_number(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                                 setup: Setup) -> None:
    case = applied(app, setup)
    dialog = shown(qtbot, MediationEntryDialog(app, case=case))
    assert len(dialog.applicant_rows) == 2
    assert dialog.mediator_ids() == [setup.lead.id, setup.second.id]
    assert not dialog.has_input()
    dialog.claim_rows[0].amount_edit.setText("20,000")
    assert dialog.has_input()
    saved = dialog.save()
    assert saved is not None
    assert saved.number == case.number
    assert saved.claims[0].amount_fen == 2000000
    assert saved.version > case.version


def test_leaving_a_typed_application_asks_first(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                                setup: Setup) -> None:
    dialog = shown(qtbot, MediationEntryDialog(app))
    dialog.facts_edit.setPlainText("拖欠工资")
    dialog.reject()
    box = dialog.findChild(QMessageBox, "discardBox")
    assert box is not None
    assert dialog.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible()


# -- the case page ------------------------------------------------------------------------------


def test_a_case_through_sessions_agreement_and_performance(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                                           setup: Setup) -> None:
    case = applied(app, setup)
    page = page_for(qtbot, app, case)
    assert page.enabled_steps() == {"acceptButton", "rejectButton", "withdrawButton",
                                    "editButton"}
    accept = page.open_step("accept")
    assert accept is not None
    with qtbot.waitSignal(page.case_changed):
        assert accept.submit()
    assert page.case is not None
    assert page.case.status is MediationStatus.ACCEPTED
    assert page.case.due_on is not None
    assert page.case.due_on.isoformat() in page.deadline_label.text()

    for place, record in (("街道调解室", "申请人要求支付工资"), ("公司会议室", "双方同意分期支付")):
        dialog = page.open_step("add_session")
        assert isinstance(dialog, SessionDialog)
        assert "张伟" in dialog.attendees_edit.text()
        dialog.place_edit.setText(place)
        dialog.record_edit.setPlainText(record)
        assert dialog.submit()
    assert page.case.status is MediationStatus.IN_MEDIATION
    assert page.sessions_model.rowCount() == 2
    assert "双方同意分期支付" in page.record_view.toPlainText()

    agreement = page.open_step("agree")
    assert isinstance(agreement, AgreementDialog)
    rows = agreement.rows  # prefilled from the claims with money
    assert [r.item_edit.text() for r in rows] == ["2026年8月至10月工资", "加班费", "未休年休假工资"]
    rows[0].amount_edit.setText("2,149.71")
    assert rows[0].capitals_label.text() == "人民币贰仟壹佰肆拾玖元柒角壹分"
    rows[1].amount_edit.setText("")
    rows[1].item_edit.setText("")
    rows[2].item_edit.setText("经济补偿")
    rows[2].amount_edit.setText("10000")
    assert "12,149.71" in agreement.total_label.text()
    with qtbot.waitSignal(page.case_changed) as changed:
        assert agreement.submit()
    case = changed.args[0]
    assert case.status is MediationStatus.SUCCEEDED
    assert case.agreed_fen == 1214971
    assert page.items_model.rowCount() == 2
    assert "申请支付令" in page.prompts_label.text()  # 劳动报酬: art. 16
    assert "司法确认" in page.prompts_label.text()
    assert page.printable_forms()[-1] == "调解协议书"
    assert page.enabled_steps() == {"performanceButton"}

    performance = page.open_step("record_performance")
    assert performance is not None
    performance.combo.setCurrentIndex(performance.combo.findData(Performance.HONORED.value))
    assert all(c.isChecked() for c in performance.item_checks.values())
    assert performance.submit()
    assert page.case.performance is Performance.HONORED
    assert page.enabled_steps() == set()
    steps = [page.records.timeline_model.item(r, 1).text()
             for r in range(page.records.timeline_model.rowCount())]
    assert steps == ["申请", "受理", "调解", "调解", "调解成功", "履行"]


def test_an_agreement_without_an_amount_is_refused_in_the_dialog(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                                                 setup: Setup) -> None:
    case = accepted(app, setup)
    page = page_for(qtbot, app, case)
    dialog = page.open_step("agree")
    assert isinstance(dialog, AgreementDialog)
    for row in dialog.rows:
        row.amount_edit.setText("")
    assert not dialog.submit()
    assert dialog.isVisible()
    assert "尚未进行调解" in dialog.general_error.text()  # no session yet
    assert "金额大于零" in dialog.form.error_text("items")
    assert app.mediation.get(case.id).status is MediationStatus.ACCEPTED


def test_an_extension_needs_both_parties_consent(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                                 setup: Setup) -> None:
    case = accepted(app, setup)
    page = page_for(qtbot, app, case)
    dialog = page.open_step("extend")
    assert isinstance(dialog, ExtendDialog)
    dialog.new_due_edit.setDate(dialog.new_due_edit.date().addDays(10))
    assert not dialog.submit()
    assert dialog.form.error_text("consent")
    assert not app.mediation.get(case.id).extended
    dialog.consent_check.setChecked(True)
    dialog.reason_edit.setText("等待工伤认定结论")
    assert dialog.submit()
    assert page.case is not None
    assert page.case.extended
    assert "等待工伤认定结论" in page._values["extension"].text()


def test_no_agreement_gives_the_arbitration_notice(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                                   setup: Setup) -> None:
    case = accepted(app, setup)
    page = page_for(qtbot, app, case)
    dialog = page.open_step("fail")
    assert dialog is not None
    assert dialog.intro.text()  # says that this ends the mediation
    assert not dialog.submit()  # a reason is required
    assert dialog.form.error_text("reason")
    dialog.reason_edit.setPlainText("被申请人拒绝支付")
    assert dialog.submit()
    assert page.case is not None
    assert page.case.status is MediationStatus.FAILED
    assert "劳动人事争议仲裁委员会申请仲裁" in page.prompts_label.text()
    assert "调解不成告知书" in page.printable_forms()
    with qtbot.waitSignal(page.print_requested) as printed:
        page.print_menu.actions()[-1].trigger()
    assert printed.args == [case.number, "调解不成告知书"]


def test_a_case_changed_elsewhere_is_refused_and_reloaded(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                                          setup: Setup) -> None:
    case = accepted(app, setup)
    page = page_for(qtbot, app, case)
    app.mediation.add_session(case.id, SessionInput(place="他处", record="另一位调解员记录"),
                              case.version)
    dialog = page.open_step("add_session")
    assert dialog is not None
    dialog.record_edit.setPlainText("我的记录")  # type: ignore[attr-defined]
    assert not dialog.submit()
    assert page.case is not None
    assert len(page.case.sessions) == 1  # reloaded: the other session shows
    assert dialog.isVisible()  # what was typed is still there to save again
    QApplication.processEvents()
    assert dialog.submit()
    assert len(app.mediation.get(case.id).sessions) == 2


def test_links_open_the_intake_case_and_the_person(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                                   setup: Setup) -> None:
    case = applied(app, setup)
    page = page_for(qtbot, app, case)
    with qtbot.waitSignal(page.person_requested) as person:
        page._on_link_activated(f"person:{case.applicants[0].person_id}")
    assert person.args == [case.applicants[0].person_id]
    with qtbot.waitSignal(page.edit_requested) as edit:
        page.step_buttons["editButton"].click()
    assert edit.args == [case.id]


# -- the registries -----------------------------------------------------------------------------


def test_organizations_and_mediators_are_added_in_the_registry(qtbot, app: UnionCase) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, MediationRegistryDialog(app))
    dialog.org_name_edit.setText("王店镇劳动争议调解委员会")
    dialog.org_type_combo.setCurrentIndex(dialog.org_type_combo.findData("镇街"))
    dialog.org_town_edit.setText("王店镇")
    with qtbot.waitSignal(dialog.registries_changed):
        org = dialog.save_organization()
    assert org is not None
    assert dialog.organizations.rowCount() == 1
    dialog.tabs.setCurrentIndex(1)
    dialog.new_mediator()
    dialog.med_name_edit.setText("沈建华")
    dialog.med_id_edit.setText(valid_id(seq="611"))
    dialog.med_certificate_edit.setText("嘉调证20260001")
    mediator = dialog.save_mediator()
    assert mediator is not None
    assert (mediator.name, mediator.organization_id) == ("沈建华", org.id)
    assert dialog.mediators.rowCount() == 1
    assert app.mediation.organizations()[0].mediator_count == 1


def test_a_duplicate_organization_name_is_refused_beside_the_name(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                                                  setup: Setup) -> None:
    dialog = shown(qtbot, MediationRegistryDialog(app))
    dialog.new_organization()
    dialog.org_name_edit.setText(setup.org.name)
    assert dialog.save_organization() is None
    assert dialog.org_form.error_text("name")
    assert len(app.mediation.organizations(include_inactive=True)) == 1


def test_workload_and_deactivation_with_open_cases_asks_first(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                                              setup: Setup) -> None:
    accepted(app, setup)
    dialog = shown(qtbot, MediationRegistryDialog(app))
    dialog.tabs.setCurrentIndex(1)
    assert dialog.select_mediator(setup.lead.id)
    assert dialog.med_workload_label.text() == "在办 1 件，超期 0 件"
    dialog.med_active_check.setChecked(False)
    assert dialog.save_mediator() is None
    box = dialog.confirm_box
    assert box is not None
    assert box.isVisible()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not app.mediation.mediator(setup.lead.id).active)
