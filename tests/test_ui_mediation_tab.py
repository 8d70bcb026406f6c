"""The 劳动争议调解 tab and the application form, beyond tests/test_ui_mediation.py: every
filter, the counts line, the reminders strip, the columns fitting the view, and the form's
keys, row errors, registered parties and deactivated registries."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import FrozenClock, activate, valid_id
from tests.test_mediation_service import (
    Setup,
    accepted,
    agreement,
    applied,
    in_session,
    make_mediator,
    make_org,
    set_today,
)
from tests.test_ui_mediation import chinese, numbers, shown  # noqa: F401
from ui.dialogs.mediation_entry_dialog import MediationEntryDialog
from ui.models.mediation_table_model import (
    MEDIATION_COLUMNS,
    UNSORTABLE,
    MediationColumn,
    MediationTableModel,
)
from ui.models.paged_table_model import SORT_ROLE
from ui.tabs.mediation_tab import MediationTab
from unioncase.domain.mediation import MediationStatus
from unioncase.models.mediation import MediationCaseRead
from unioncase.services import UnionCase
from unioncase.services.mediation import (
    ApplicantInput,
    MediationFilter,
    MediationInput,
    MediatorInput,
    OrganizationInput,
)
from unioncase.services.registry import EnterpriseInput, PersonInput

OTHER_ORG = "海宁市许村镇劳动争议调解委员会"


@pytest.fixture
def tab(qtbot, app: UnionCase) -> MediationTab:  # type: ignore[no-untyped-def]
    widget = MediationTab(app)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    return widget


def other_org_case(app: UnionCase, **changes: Any) -> tuple[MediationCaseRead, int]:
    """A case of a second organization, mediated by 孙立新; returns it and his id."""
    org = make_org(app, OTHER_ORG)
    sun = make_mediator(app, org.id, "孙立新", "503")
    values: dict[str, Any] = {
        "applicants": [ApplicantInput(name="赵六", id_number=valid_id(seq="511"))],
        "dispute_type": "工伤待遇", "claims": [], "organization_id": org.id,
        "mediator_ids": [sun.id], "respondent_name": "海宁许村布艺有限公司",
        "applied_on": "2026-10-12"}
    values.update(changes)
    return app.mediation.apply(MediationInput(**values)), sun.id


# -- the model ----------------------------------------------------------------------------------


def test_the_model_passes_the_model_tester_sorted_every_way(  # type: ignore[no-untyped-def]
        qtmodeltester, app: UnionCase, setup: Setup) -> None:
    applied(app, setup)
    accepted(app, setup, head_count="12")
    other_org_case(app)
    model = MediationTableModel(app)
    model.reload()
    assert model.rowCount() == 3
    for column in MEDIATION_COLUMNS:
        if column.key in UNSORTABLE:
            continue
        index = [c.key for c in MEDIATION_COLUMNS].index(column.key)
        model.sort(index, Qt.SortOrder.DescendingOrder)
        values = [model.data(model.index(r, index), SORT_ROLE) for r in range(3)]
        if all(isinstance(v, int) for v in values):  # dates and fen: raw values
            assert values == sorted(values, reverse=True), column.key
    model.sort(MediationColumn.APPLICANT, Qt.SortOrder.AscendingOrder)  # by pinyin in SQL
    assert [model.case(r).applicants[0].name for r in range(3)] == ["张伟", "张伟", "赵六"]
    qtmodeltester.check(model)


def test_the_columns_show_what_the_brief_lists(app: UnionCase, setup: Setup) -> None:
    case = accepted(app, setup, head_count="12")
    model = MediationTableModel(app)
    model.reload()
    row = {column: model.data(model.index(0, column)) for column in MediationColumn}
    assert row == {
        MediationColumn.NUMBER: case.number,
        MediationColumn.DATE: "2026-11-23",
        MediationColumn.APPLICANT: "张伟等12人",
        MediationColumn.RESPONDENT: "嘉兴嘉禾纺织有限公司",
        MediationColumn.TYPE: "劳动报酬",
        MediationColumn.ORGANIZATION: "东栅街道劳动争议调解委员会",
        MediationColumn.MEDIATOR: "王建国",
        MediationColumn.STATUS: MediationStatus.ACCEPTED.value,
        MediationColumn.DUE: "2026-12-08",
        MediationColumn.CLAIMED: "12,345.97",
        MediationColumn.AGREED: "",
    }
    tip = model.data(model.index(0, MediationColumn.APPLICANT), Qt.ItemDataRole.ToolTipRole)
    assert tip == "张伟、李娜"
    assert model.data(model.index(0, MediationColumn.ORGANIZATION),
                      Qt.ItemDataRole.ToolTipRole) == "东栅街道劳动争议调解委员会"
    claimed = model.index(0, MediationColumn.CLAIMED)
    assert model.data(claimed, SORT_ROLE) == 1234597
    assert model.data(claimed, Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def test_the_limit_is_coloured_near_and_past_it(app: UnionCase, setup: Setup,
                                                clock: FrozenClock) -> None:
    accepted(app, setup)  # the 15 days end 2026-12-08
    model = MediationTableModel(app)
    model.reload()
    due = model.index(0, MediationColumn.DUE)
    assert model.data(due, Qt.ItemDataRole.ForegroundRole) is None
    set_today(clock, date(2026, 12, 7))
    model.reload()
    near = model.data(due, Qt.ItemDataRole.ForegroundRole).color().name()
    set_today(clock, date(2026, 12, 9))
    model.reload()
    past = model.data(due, Qt.ItemDataRole.ForegroundRole).color().name()
    assert near != past
    assert past == "#c0392b"


# -- the tab ------------------------------------------------------------------------------------


def test_organization_and_mediator_filters(qtbot, app: UnionCase, setup: Setup,  # type: ignore[no-untyped-def]
                                           tab: MediationTab) -> None:
    ours = applied(app, setup)
    theirs, sun = other_org_case(app)
    shown(qtbot, tab)
    assert sorted(numbers(tab.model)) == sorted([ours.number, theirs.number])
    mediators = [tab.mediator_combo.itemText(i) for i in range(1, tab.mediator_combo.count())]
    assert len(mediators) == 3  # every organization's mediators, named with the organization
    assert any(OTHER_ORG in text for text in mediators)
    tab.organization_combo.setCurrentIndex(tab.organization_combo.findData(setup.org.id))
    assert numbers(tab.model) == [ours.number]
    names = {tab.mediator_combo.itemText(i) for i in range(1, tab.mediator_combo.count())}
    assert names == {"王建国", "陈秀英"}  # only this organization's
    tab.organization_combo.setCurrentIndex(0)
    tab.mediator_combo.setCurrentIndex(tab.mediator_combo.findData(sun))
    assert numbers(tab.model) == [theirs.number]
    assert tab.counts is not None
    assert tab.counts.total == 1


def test_date_collective_and_limit_filters(qtbot, app: UnionCase, setup: Setup,  # type: ignore[no-untyped-def]
                                           tab: MediationTab, clock: FrozenClock) -> None:
    group = accepted(app, setup, head_count="12")  # due 2026-12-08
    old, _sun = other_org_case(app)  # applied 2026-10-12, not accepted
    shown(qtbot, tab)
    tab.date_from_edit.setDate(QDate(2026, 11, 1))
    assert numbers(tab.model) == [group.number]
    tab.reset_filters()
    tab.date_to_edit.setDate(QDate(2026, 10, 31))
    assert numbers(tab.model) == [old.number]
    tab.reset_filters()
    tab.collective_check.setChecked(True)
    assert numbers(tab.model) == [group.number]
    tab.reset_filters()
    tab.due_soon_check.setChecked(True)
    assert numbers(tab.model) == []
    set_today(clock, date(2026, 12, 6))
    tab.reload()
    assert numbers(tab.model) == [group.number]
    tab.due_soon_check.setChecked(False)
    tab.overdue_check.setChecked(True)
    assert numbers(tab.model) == []
    set_today(clock, date(2026, 12, 9))
    tab.reload()
    assert numbers(tab.model) == [group.number]
    tab.reset_filters()
    assert len(numbers(tab.model)) == 2
    assert not tab.overdue_check.isChecked()


def test_the_counts_line(qtbot, app: UnionCase, setup: Setup,  # type: ignore[no-untyped-def]
                         tab: MediationTab, clock: FrozenClock) -> None:
    success = in_session(app, setup)
    app.mediation.agree(success.id, agreement("1,000"), success.version)
    failed = in_session(app, setup)
    app.mediation.fail(failed.id, "分歧较大", failed.version)
    third = in_session(app, setup)
    app.mediation.agree(third.id, agreement("2,000"), third.version)
    accepted(app, setup)  # open, due 2026-12-08
    applied(app, setup)  # open, no limit yet
    set_today(clock, date(2026, 12, 7))
    shown(qtbot, tab)
    got = {key: label.property("count") for key, label in tab.count_labels.items()}
    # 在办: accepted and not concluded; the application not yet accepted is 待受理
    assert got == {"total": 5, "awaiting": 1, "open": 1, "due_soon": 1, "overdue": 0,
                   "concluded": 3, "successful": 2}
    assert "66.7%" in tab.count_labels["successful"].text()
    tab.status_combo.setCurrentIndex(tab.status_combo.findData(
        MediationStatus.SUCCEEDED.value))
    assert tab.count_labels["total"].property("count") == 2


def test_reminders_and_limits_strip_opens_the_case(qtbot, app: UnionCase, setup: Setup,  # type: ignore[no-untyped-def]
                                                   tab: MediationTab,
                                                   clock: FrozenClock) -> None:
    shown(qtbot, tab)
    assert not tab.alerts_label.isVisible()  # nothing to remind of: no strip
    case = in_session(app, setup)
    done = app.mediation.agree(case.id, agreement("1,500", "800.50", due_on="2026-11-25"),
                               case.version)
    late = accepted(app, setup)
    set_today(clock, date(2026, 11, 24))
    tab.reload()
    text = tab.alerts_label.text()
    assert tab.alerts_label.isVisible()
    assert text.count(done.number) == 1  # one link per case, its payments after it
    assert "1,500.00" in text
    assert "800.50" in text
    assert late.number not in text  # not near its limit yet
    set_today(clock, date(2026, 12, 9))
    tab.reload()
    assert late.number in tab.alerts_label.text()
    with qtbot.waitSignal(tab.open_case_requested) as opened:
        tab.alerts_label.linkActivated.emit(f"case:{late.id}")
    assert opened.args == [late.id]


def test_double_click_open_print_and_new(qtbot, app: UnionCase, setup: Setup,  # type: ignore[no-untyped-def]
                                         tab: MediationTab) -> None:
    case = applied(app, setup)
    shown(qtbot, tab)
    assert not tab.open_button.isEnabled()
    assert tab.selected_case() is None
    assert not tab.select_case(case.id + 100)
    assert tab.select_case(case.id)
    assert tab.open_button.isEnabled()
    selected = tab.selected_case()
    assert selected is not None
    assert selected.number == case.number
    index = tab.model.index(0, MediationColumn.RESPONDENT)
    where = tab.table.visualRect(index).center()
    with qtbot.waitSignal(tab.open_case_requested) as opened:
        qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == [case.id]
    with qtbot.waitSignal(tab.open_case_requested) as opened:
        tab.open_button.click()
    assert opened.args == [case.id]
    with qtbot.waitSignal(tab.new_case_requested):
        tab.new_button.click()


def test_a_changed_case_and_new_registries_are_shown(qtbot, app: UnionCase, setup: Setup,  # type: ignore[no-untyped-def]
                                                     tab: MediationTab) -> None:
    first = applied(app, setup)
    shown(qtbot, tab)
    second = applied(app, setup)
    tab.on_case_changed(second)
    assert numbers(tab.model)[0] == second.number  # newest first, and selected
    selected = tab.selected_case()
    assert selected is not None
    assert selected.id == second.id
    assert first.number in numbers(tab.model)
    before = tab.organization_combo.count()
    org = app.mediation.create_organization(OrganizationInput(name=OTHER_ORG, org_type="镇街"))
    app.mediation.create_mediator(MediatorInput(organization_id=org.id, kind="兼职",
                                                name="孙立新", id_number=valid_id(seq="503")))
    tab.reload_registries()
    assert tab.organization_combo.count() == before + 1
    assert tab.organization_combo.findData(org.id) > 0
    assert any("孙立新" in tab.mediator_combo.itemText(i)
               for i in range(tab.mediator_combo.count()))


def test_the_columns_fit_a_1280_window(qtbot, app: UnionCase, setup: Setup,  # type: ignore[no-untyped-def]
                                       tab: MediationTab) -> None:
    long_name = "嘉兴经济技术开发区某某精密机械制造股份有限公司第二分公司"
    for _ in range(3):
        applied(app, setup, respondent_name=long_name)
    shown(qtbot, tab)
    header = tab.table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(tab.model.columnCount())]
    assert sum(widths) <= tab.table.viewport().width()
    assert widths[MediationColumn.RESPONDENT] >= 120
    assert widths[MediationColumn.AGREED] >= 64


# -- the application form -------------------------------------------------------------------------


def test_ctrl_enter_saves_registered_parties(qtbot, app: UnionCase, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    person = app.persons.create(PersonInput(name="褚十二", id_number=valid_id(seq="321"),
                                            phone="13605730099"))
    employer = app.enterprises.create(EnterpriseInput(name="桐乡恒力服装有限公司"))
    dialog = shown(qtbot, MediationEntryDialog(app))
    assert dialog.windowTitle()
    dialog.applicant_rows[0].name_edit.set_person(person)
    assert dialog.applicant_rows[0].id_edit.isReadOnly()
    assert dialog.applicant_rows[0].phone_edit.text() == "13605730099"
    dialog.respondent_edit.set_enterprise(employer.id, employer.name)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("经济补偿"))
    dialog.claim_rows[0].item_edit.setText("经济补偿金")
    dialog.claim_rows[0].amount_edit.setText("8000")
    dialog.applied_edit.setDate(QDate(2026, 11, 20))
    items = [dialog.mediators_model.item(r) for r in range(dialog.mediators_model.rowCount())]
    items[0].setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.case_saved) as saved:
        activate(qtbot, dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    case: MediationCaseRead = saved.args[0]
    assert [a.person_id for a in case.applicants] == [person.id]
    assert case.respondent_id == employer.id
    assert str(case.dispute_type) == "经济补偿"
    assert case.applied_on == date(2026, 11, 20)
    assert case.claimed_fen == 800000
    assert case.organization_id == setup.org.id
    assert len(case.mediators) == 1
    assert case.mediators[0].is_lead


def test_an_error_in_the_second_rows_is_shown_there(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                                    setup: Setup) -> None:
    dialog = shown(qtbot, MediationEntryDialog(app))
    dialog.applicant_rows[0].name_edit.setText("张伟")
    second = dialog.add_applicant()
    second.id_edit.setText(valid_id(seq="222"))  # an ID number but no name
    dialog.claim_rows[0].item_edit.setText("拖欠工资")
    dialog.claim_rows[0].amount_edit.setText("100")
    claim = dialog.add_claim()
    claim.amount_edit.setText("500")  # an amount but no item
    assert "600.00" in dialog.total_label.text()
    dialog.applied_edit.setDate(QDate(2026, 12, 1))  # in the future
    assert dialog.save() is None
    assert not dialog.applicant_rows[0].error_label.text()
    assert second.error_label.text().startswith("姓名")
    assert not dialog.claim_rows[0].error_label.text()
    assert claim.error_label.text().startswith("请求事项")
    assert dialog.error_text("applied_on")
    assert app.mediation.count(MediationFilter()) == 0
    assert dialog.isVisible()
    # corrected, the errors go and the case is written
    second.name_edit.setText("李娜")
    claim.item_edit.setText("加班费")
    dialog.applied_edit.setDate(QDate(2026, 11, 23))
    saved = dialog.save()
    assert saved is not None
    assert [a.name for a in saved.applicants] == ["张伟", "李娜"]
    assert saved.claimed_fen == 60000
    assert not second.error_label.text()


def test_escape_asks_only_when_something_was_typed(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                                   setup: Setup) -> None:
    blank = shown(qtbot, MediationEntryDialog(app))
    activate(qtbot, blank)
    qtbot.keyClick(blank, Qt.Key.Key_Escape)
    assert not blank.isVisible()
    typed = shown(qtbot, MediationEntryDialog(app))
    typed.respondent_edit.setText("嘉兴嘉禾纺织有限公司")
    activate(qtbot, typed)
    qtbot.keyClick(typed, Qt.Key.Key_Escape)
    box = typed.findChild(QMessageBox, "discardBox")
    assert box is not None
    assert typed.isVisible()
    box.button(QMessageBox.StandardButton.Discard).click()
    assert not typed.isVisible()
    assert app.mediation.count(MediationFilter()) == 0


def test_editing_keeps_a_since_deactivated_organization_and_mediator(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, setup: Setup) -> None:
    case = accepted(app, setup)
    lead = app.mediation.mediator(setup.lead.id)
    app.mediation.update_mediator(lead.id, MediatorInput(
        organization_id=setup.org.id, kind="专职", active=False), lead.version)
    org = app.mediation.organization(setup.org.id)
    app.mediation.update_organization(org.id, OrganizationInput(
        name=org.name, org_type=str(org.org_type), active=False), org.version)
    dialog = shown(qtbot, MediationEntryDialog(app, case=case))
    assert dialog.organization_combo.currentData() == setup.org.id
    assert dialog.mediator_ids() == [setup.lead.id, setup.second.id]
    assert not dialog.has_input()
    dialog.facts_edit.setPlainText("公司拖欠两名职工三个月工资，已多次催讨")
    saved = dialog.save()
    assert saved is not None
    assert saved.organization_id == setup.org.id
    assert [m.mediator_id for m in saved.mediators] == [setup.lead.id, setup.second.id]
    assert saved.facts.endswith("已多次催讨")
    # a new application is not offered the deactivated ones
    fresh = shown(qtbot, MediationEntryDialog(app))
    assert fresh.organization_combo.findData(setup.org.id) == -1


def test_edit_mode_moves_a_case_to_another_organization(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                                        setup: Setup) -> None:
    case = applied(app, setup)
    org = make_org(app, OTHER_ORG)
    sun = make_mediator(app, org.id, "孙立新", "503")
    dialog = shown(qtbot, MediationEntryDialog(app, case=case))
    assert "12,345.97" in dialog.total_label.text()
    dialog.organization_combo.setCurrentIndex(dialog.organization_combo.findData(org.id))
    assert dialog.mediator_ids() == []  # the old organization's mediators are gone
    dialog.mediators_model.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.claim_rows[2].remove_button.click()
    saved = dialog.save()
    assert saved is not None
    assert saved.organization_id == org.id
    assert [m.mediator_id for m in saved.mediators] == [sun.id]
    assert len(saved.claims) == 2
    assert saved.claimed_fen == 1234577
    assert saved.version > case.version


def test_every_error_of_a_row_is_shown(qtbot, app: UnionCase, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, MediationEntryDialog(app))
    row = dialog.applicant_rows[0]
    row.id_edit.setText("330402198506151")  # no name, and a short ID number
    dialog.claim_rows[0].amount_edit.setText("abc")  # no item, and not an amount
    assert dialog.save() is None
    assert row.error_label.text().startswith("姓名")
    assert "；身份证号" in row.error_label.text()
    claim = dialog.claim_rows[0].error_label.text()
    assert claim.startswith("请求事项")
    assert "；金额" in claim
    assert app.mediation.count(MediationFilter()) == 0


def test_the_strip_names_four_cases_and_counts_the_rest(qtbot, app: UnionCase, setup: Setup,  # type: ignore[no-untyped-def]
                                                        tab: MediationTab,
                                                        clock: FrozenClock) -> None:
    late = [accepted(app, setup) for _ in range(6)]
    set_today(clock, date(2026, 12, 9))
    shown(qtbot, tab)
    text = tab.alerts_label.text()
    named = [c for c in late if c.number in text]
    assert len(named) == 4
    assert "另有 2 件" in text
    assert tab.deadline_counts == (6, 0)
