"""信访接待 through the services: registration rules, deadlines, early warnings, the workflow,
routing, the SQL list, search, attachments, locking, and the migration's schema."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel, func, select

from tests.conftest import FROZEN, OPERATOR, STATION, FrozenClock, valid_credit_code, valid_id
from unioncase.db import open_database
from unioncase.db.database import Operator
from unioncase.db.name_index import include_name
from unioncase.domain.deadlines import DeadlineStatus
from unioncase.domain.errors import ConflictError, ValidationError, ValidationErrors
from unioncase.domain.intake import (
    DEFAULT_CATEGORIES,
    Handling,
    IntakeChannel,
    IntakeStatus,
    Satisfaction,
)
from unioncase.messages import message
from unioncase.models import (
    AuditEvent,
    CaseEvent,
    CaseLink,
    CaseLinkRead,
    Enterprise,
    IntakeCase,
    IntakeCaseRead,
    Person,
)
from unioncase.services import UnionCase
from unioncase.services.cases import CaseService
from unioncase.services.context import CHINA
from unioncase.services.intake import ROUTERS, IntakeFilter, IntakeInput
from unioncase.services.registry import EnterpriseInput, PersonInput

COMPARE = {"include_name": include_name}  # the FTS5 name indexes are not models

TODAY = FROZEN.date()  # Monday 2026-11-23


def call(**changes: Any) -> IntakeInput:
    values: dict[str, Any] = {"channel": "来电", "name": "张三", "phone": "13805731234",
                              "category": "欠薪", "summary": "三个月工资未发"}
    values.update(changes)
    return IntakeInput(**values)


def visit(**changes: Any) -> IntakeInput:
    values: dict[str, Any] = {"channel": "来访", "name": "李四", "category": "劳动合同",
                              "summary": "单位拒绝签订书面劳动合同"}
    values.update(changes)
    return IntakeInput(**values)


def snapshot(app: UnionCase) -> dict[str, int]:
    """Row counts of everything a registration may write."""
    with app.ctx.read() as session:
        return {
            str(model.__tablename__): int(session.exec(
                select(func.count()).select_from(model)).one())
            for model in (IntakeCase, Person, Enterprise, CaseEvent, CaseLink, AuditEvent)
        }


def ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


# -- registration -----------------------------------------------------------------------------


def test_call_gets_a_number_and_an_accept_due_after_the_national_day_holiday(
        app: UnionCase) -> None:
    case = app.intake.register(call(registered_on="2024-09-18"))
    assert case.number == f"{STATION}-XF-2024-00001"
    # 15 days nominally end on 3 October, inside the 1-7 October holiday (shipped calendar):
    # the period runs to the first working day after it.
    assert date(2024, 9, 18) + timedelta(days=15) == date(2024, 10, 3)
    assert case.accept_due == date(2024, 10, 8)
    assert case.status is IntakeStatus.REGISTERED
    assert case.channel is IntakeChannel.CALL
    assert case.channel.key == "call"
    assert case.person_name == "张三"
    assert case.phone == "13805731234"
    assert case.current_due == case.accept_due
    assert case.deadline_status is DeadlineStatus.OVERDUE  # seen from the frozen 2026-11-23
    assert case.created_by == OPERATOR
    assert [(e.step, e.happened_on) for e in app.intake.timeline(case.id)] == [
        ("登记", date(2024, 9, 18))]

    today_case = app.intake.register(call(name="王五", phone="0573-82345678"))
    assert today_case.number == f"{STATION}-XF-2026-00001"
    assert today_case.registered_on == TODAY
    assert today_case.accept_due == date(2026, 12, 8)
    assert today_case.deadline_status is DeadlineStatus.NORMAL


def test_accept_due_follows_the_edited_holiday_calendar(app: UnionCase) -> None:
    app.calendar.set_day("2026-12-08", "休", "测试假日")
    case = app.intake.register(call())
    assert case.accept_due == date(2026, 12, 9)


def test_a_given_number_is_kept_and_must_be_unique(app: UnionCase) -> None:
    kept = app.intake.register(call(number="330402001-xf-2026-00050"))
    assert kept.number == f"{STATION}-XF-2026-00050"
    following = app.intake.register(call(name="王五"))
    assert following.number == f"{STATION}-XF-2026-00051"
    before = snapshot(app)
    with pytest.raises(ConflictError) as info:
        app.intake.register(call(name="赵六", number=kept.number))
    assert info.value.code == "case_exists"
    assert info.value.field == "number"
    with pytest.raises(ValidationError) as bad:
        app.intake.register(call(name="赵六", number=f"{STATION}-ZG-2026-00001"))
    assert (bad.value.field, bad.value.code) == ("number", "number_format")
    assert snapshot(app) == before


@pytest.mark.parametrize(("data", "fields"), [
    (IntakeInput(channel="来电", name=""), {"name", "phone", "category", "summary"}),
    (IntakeInput(channel="来信", name=" "),
     {"name", "category", "summary", "letter_date", "sender_address"}),
    (IntakeInput(channel="来访", name="", head_count="0"),
     {"name", "category", "summary", "head_count"}),
    (IntakeInput(channel="网络", name="", category="不存在的类别", summary="咨询"),
     {"name", "category"}),
    (IntakeInput(channel="传真", name="", category="欠薪", summary="x"), {"channel", "name"}),
    (IntakeInput(channel="来信", name="张三", category="欠薪", summary="x",
                 letter_date="2026-11-30", sender_address="南湖区", registered_on="2026-11-24"),
     {"letter_date", "registered_on"}),
    (IntakeInput(channel="来电", name="张三", phone="12", category="欠薪", summary="x",
                 id_number="123", call_seconds=-5, person_id=999, employer_id=998),
     {"phone", "id_number", "call_seconds", "person_id", "employer_id"}),
])
def test_missing_or_bad_fields_are_listed_together_and_nothing_is_written(
        app: UnionCase, data: IntakeInput, fields: set[str]) -> None:
    before = snapshot(app)
    with pytest.raises(ValidationErrors) as info:
        app.intake.register(data)
    assert {e.field for e in info.value.errors} == fields
    assert snapshot(app) == before


def test_call_missing_fields_are_required_errors(app: UnionCase) -> None:
    with pytest.raises(ValidationErrors) as info:
        app.intake.register(IntakeInput(channel="来电", name=""))
    assert {e.code for e in info.value.errors} == {"required"}


def test_bad_id_number_on_a_visit_is_refused_and_nothing_is_saved(app: UnionCase) -> None:
    good = valid_id(seq="135")
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    before = snapshot(app)
    with pytest.raises(ValidationError) as info:
        app.intake.register(visit(id_number=bad))
    assert (info.value.field, info.value.code) == ("id_number", "id_number_checksum")
    assert snapshot(app) == before


def test_visit_with_a_known_id_number_uses_the_registered_person(app: UnionCase) -> None:
    person = app.persons.create(PersonInput(name="李四", id_number=valid_id(seq="246")))
    case = app.intake.register(visit(id_number=valid_id(seq="246").lower()))
    assert case.person_id == person.id
    assert case.person_id_number == valid_id(seq="246")
    newcomer = app.intake.register(visit(name="钱七", id_number=valid_id(seq="357")))
    created = app.persons.get(newcomer.person_id)
    assert (created.name, created.birth_date) == ("钱七", date(1985, 6, 15))


def test_new_employer_named_at_registration_is_added_to_the_registry(app: UnionCase) -> None:
    case = app.intake.register(visit(employer_name="海宁皮革有限公司"))
    assert case.employer_name == "海宁皮革有限公司"
    assert [e.id for e in app.enterprises.search("海宁皮革")] == [case.employer_id]
    again = app.intake.register(visit(name="周八", employer_name="海宁皮革有限公司"))
    assert again.employer_id == case.employer_id


# -- early warning ----------------------------------------------------------------------------


def test_group_of_six_is_flagged(app: UnionCase) -> None:
    group = app.intake.register(visit(head_count="6"))
    threshold = app.intake.register(visit(name="王五", head_count=5))
    small = app.intake.register(visit(name="赵六", head_count="4"))
    assert group.is_group
    assert group.head_count == 6
    assert threshold.is_group
    assert not small.is_group
    assert "集体访6人" in app.intake.timeline(group.id)[0].note
    flagged = app.intake.page(IntakeFilter(group_only=True), 0, 10)
    assert {c.id for c in flagged} == {group.id, threshold.id}
    assert app.intake.counts(IntakeFilter()).group == 2


def test_repeat_by_the_same_person_within_90_days_is_linked(app: UnionCase) -> None:
    person = app.persons.create(PersonInput(name="王芳", id_number=valid_id(seq="224")))
    first = app.intake.register(visit(name="王芳", id_number=valid_id(seq="224"),
                                      registered_on=ago(90)))
    assert not first.is_repeat
    # Exactly 90 days later: still a repeat.
    second = app.intake.register(call(name="王芳", person_id=person.id, category="工伤"))
    assert second.person_id == first.person_id == person.id
    assert second.is_repeat
    assert second.repeat_of_id == first.id
    assert second.repeat_of_number == first.number
    assert app.intake.links(second.id) == [CaseLinkRead(
        relation="重复信访", kind="XF", number=first.number, uuid=first.uuid, direction="out")]
    assert [(x.direction, x.number) for x in app.intake.links(first.id)] == [
        ("in", second.number)]
    # A third is linked to the latest earlier case (same day: the one registered before it).
    third = app.intake.register(call(name="王芳", person_id=person.id))
    assert third.repeat_of_id == second.id
    assert app.intake.counts(IntakeFilter()).repeat == 2
    assert {c.id for c in app.intake.page(IntakeFilter(repeat_only=True), 0, 10)} == {
        second.id, third.id}


def test_no_repeat_after_91_days(app: UnionCase) -> None:
    person = app.persons.create(PersonInput(name="赵强"))
    app.intake.register(visit(name="赵强", person_id=person.id, registered_on=ago(91)))
    later = app.intake.register(visit(name="赵强", person_id=person.id))
    assert not later.is_repeat
    assert later.repeat_of_id is None
    assert app.intake.links(later.id) == []


def test_repeat_by_the_same_employer_and_category(app: UnionCase) -> None:
    employer = app.enterprises.create(EnterpriseInput(name="嘉兴恒力纺织有限公司",
                                                      credit_code=valid_credit_code()))
    first = app.intake.register(visit(name="甲", employer_id=employer.id, category="欠薪",
                                      registered_on=ago(30)))
    other_category = app.intake.register(call(name="乙", employer_id=employer.id,
                                              category="工伤"))
    assert not other_category.is_repeat
    same = app.intake.register(call(name="丙", employer_name="嘉兴恒力纺织有限公司",
                                    category="欠薪"))
    assert same.employer_id == employer.id
    assert same.is_repeat
    assert same.repeat_of_id == first.id


# -- workflow ---------------------------------------------------------------------------------


def test_workflow_order_is_enforced(app: UnionCase) -> None:
    case = app.intake.register(call())
    out_of_order: list[Callable[[], object]] = [
        lambda: app.intake.close(case.id, "已答复", expected_version=case.version),
        lambda: app.intake.start(case.id, case.version),
        lambda: app.intake.callback(case.id, "满意", expected_version=case.version),
        lambda: app.intake.extend(case.id, "案情复杂", case.version),
        lambda: app.intake.transfer(case.id, "区人社局", case.version),
        lambda: app.intake.route(case.id, Handling.TO_MEDIATION, case.version),
    ]
    for attempt in out_of_order:
        with pytest.raises(ValidationError) as info:
            attempt()
        assert (info.value.code, info.value.field) == ("workflow_step", "status")
    assert app.intake.get(case.id).version == case.version

    accepted = app.intake.accept(case.id, case.version)
    assert accepted.status is IntakeStatus.ACCEPTED
    assert accepted.accepted_on == TODAY
    assert accepted.handle_due == app.calendar.period_end(TODAY, 60)
    assert accepted.current_due == accepted.handle_due
    for attempt in (lambda: app.intake.accept(case.id, accepted.version),
                    lambda: app.intake.reject(case.id, "不属受理范围", accepted.version)):
        with pytest.raises(ValidationError) as info:
            attempt()
        assert info.value.code == "workflow_step"
    started = app.intake.start(case.id, accepted.version)
    assert started.status is IntakeStatus.IN_PROGRESS
    closed = app.intake.close(case.id, "已协调企业补发工资", expected_version=started.version)
    assert closed.status is IntakeStatus.CLOSED
    assert closed.handling is Handling.REPLY
    assert closed.current_due is None
    assert closed.deadline_status is None
    with pytest.raises(ValidationError):
        app.intake.start(case.id, closed.version)
    called = app.intake.callback(case.id, Satisfaction.SATISFIED, "当事人表示感谢",
                                 expected_version=closed.version)
    assert called.status is IntakeStatus.CALLED_BACK
    assert called.satisfaction is Satisfaction.SATISFIED
    assert [e.step for e in app.intake.timeline(case.id)] == [
        "登记", "受理", "办理中", "办结", "回访"]
    assert app.intake.timeline(case.id)[-1].note == "满意：当事人表示感谢"
    history = app.maintenance.history(case.uuid)
    assert [h.action for h in history] == ["create"] + ["update"] * 4
    assert history[1].changes["status"] == ["已登记", "已受理"]


def test_reject_needs_a_reason_and_ends_the_deadline(app: UnionCase) -> None:
    case = app.intake.register(call())
    with pytest.raises(ValidationError) as info:
        app.intake.reject(case.id, " ", case.version)
    assert info.value.field == "reason"
    rejected = app.intake.reject(case.id, "不属于工会受理范围", case.version)
    assert rejected.status is IntakeStatus.REJECTED
    assert rejected.reject_reason == "不属于工会受理范围"
    assert rejected.deadline_status is None
    with pytest.raises(ValidationError):
        app.intake.accept(case.id, rejected.version)


def test_transfer_records_where_and_when(app: UnionCase) -> None:
    case = app.intake.register(call())
    accepted = app.intake.accept(case.id, case.version)
    moved = app.intake.transfer(case.id, "南湖区人力资源和社会保障局", accepted.version)
    assert moved.status is IntakeStatus.IN_PROGRESS
    assert moved.handling is Handling.TRANSFER
    assert (moved.transfer_department, moved.transfer_on) == ("南湖区人力资源和社会保障局", TODAY)
    assert app.intake.timeline(case.id)[-1].step == "转办"


def test_extension_once(app: UnionCase) -> None:
    case = app.intake.register(call())
    accepted = app.intake.accept(case.id, case.version)
    with pytest.raises(ValidationError) as info:
        app.intake.extend(case.id, "", accepted.version)
    assert info.value.field == "reason"
    extended = app.intake.extend(case.id, "需调取工资台账", accepted.version)
    assert extended.extended
    assert extended.extension_reason == "需调取工资台账"
    assert accepted.handle_due is not None
    assert extended.handle_due == app.calendar.period_end(accepted.handle_due, 30)
    assert extended.handle_due is not None
    assert extended.handle_due >= accepted.handle_due + timedelta(days=30)
    with pytest.raises(ValidationError) as again:
        app.intake.extend(case.id, "仍需时间", extended.version)
    assert again.value.code == "extension_used"
    assert app.intake.get(case.id).handle_due == extended.handle_due
    assert [e.step for e in app.intake.timeline(case.id)][-1] == "延期"


def test_closing_late_sets_handle_overdue_and_it_stays_after_callback(
        app: UnionCase, clock: FrozenClock) -> None:
    case = app.intake.register(call())
    accepted = app.intake.accept(case.id, case.version)
    assert accepted.handle_due == date(2027, 1, 22)
    assert not accepted.handle_overdue
    clock.now = datetime(2027, 2, 1, 9, 30, tzinfo=CHINA)
    assert app.intake.get(case.id).deadline_status is DeadlineStatus.OVERDUE
    closed = app.intake.close(case.id, "已答复", expected_version=accepted.version)
    assert closed.closed_on == date(2027, 2, 1)
    assert closed.handle_overdue
    called = app.intake.callback(case.id, "不满意", expected_version=closed.version)
    assert called.handle_overdue
    assert called.deadline_status is None

    on_time = app.intake.register(call(name="王五"))
    on_time = app.intake.accept(on_time.id, on_time.version)
    on_time = app.intake.close(on_time.id, "已答复", "2027-02-01",
                               expected_version=on_time.version)
    assert not on_time.handle_overdue


def test_accepting_late_sets_accept_overdue(app: UnionCase) -> None:
    case = app.intake.register(visit(registered_on="2026-10-01"))
    assert case.accept_due == date(2026, 10, 16)
    accepted = app.intake.accept(case.id, case.version)
    assert accepted.accept_overdue
    closed = app.intake.close(case.id, "已答复", expected_version=accepted.version)
    assert closed.accept_overdue
    assert not closed.handle_overdue


def test_step_dates_are_checked(app: UnionCase) -> None:
    case = app.intake.register(call(registered_on="2026-11-10"))
    with pytest.raises(ValidationError) as before:
        app.intake.accept(case.id, case.version, on="2026-11-09")
    assert before.value.code == "date_before_previous"
    with pytest.raises(ValidationError) as future:
        app.intake.accept(case.id, case.version, on="2026-11-24")
    assert future.value.code == "date_future"
    accepted = app.intake.accept(case.id, case.version, on="2026年11月12日")
    assert accepted.accepted_on == date(2026, 11, 12)


# -- deadline lists ---------------------------------------------------------------------------


def test_due_soon_and_overdue_lists_with_a_frozen_clock(
        app: UnionCase, clock: FrozenClock) -> None:
    due_today = app.intake.register(call(name="甲", registered_on="2026-11-06"))
    late = app.intake.register(call(name="乙", registered_on="2026-10-20"))
    normal = app.intake.register(call(name="丙"))
    rejected = app.intake.register(call(name="丁", registered_on="2026-10-20"))
    app.intake.reject(rejected.id, "重复登记", rejected.version)
    # 6 Nov + 15 days is Saturday 21 Nov: the period ends on Monday 23 Nov, today.
    assert due_today.accept_due == TODAY
    assert due_today.deadline_status is DeadlineStatus.DUE_SOON
    assert late.deadline_status is DeadlineStatus.OVERDUE
    assert normal.deadline_status is DeadlineStatus.NORMAL
    assert [c.id for c in app.intake.due_soon()] == [due_today.id]
    assert [c.id for c in app.intake.overdue()] == [late.id]
    assert [c.id for c in app.intake.due_soon(today=date(2026, 12, 7))] == [normal.id]
    assert [c.id for c in app.intake.overdue(today=date(2026, 12, 9))] == [
        late.id, due_today.id, normal.id]
    counts = app.intake.counts(IntakeFilter())
    assert (counts.total, counts.due_soon, counts.overdue) == (4, 1, 1)
    assert [c.id for c in app.intake.page(IntakeFilter(overdue=True), 0, 10)] == [late.id]
    assert [c.id for c in app.intake.page(IntakeFilter(due_soon=True), 0, 10)] == [due_today.id]
    clock.now = datetime(2026, 12, 5, 9, 0, tzinfo=CHINA)
    assert app.intake.get(normal.id).deadline_status is DeadlineStatus.DUE_SOON
    assert {c.id for c in app.intake.overdue()} == {late.id, due_today.id}


# -- routing ----------------------------------------------------------------------------------


def accepted_case(app: UnionCase) -> IntakeCaseRead:
    case = app.intake.register(call())
    return app.intake.accept(case.id, case.version)


def test_route_without_a_router_is_recorded_and_pending(app: UnionCase,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("unioncase.services.intake.ROUTERS", {})  # as before a line exists
    case = accepted_case(app)
    result = app.intake.route(case.id, Handling.TO_MEDIATION, case.version)
    assert result.pending
    assert result.link is None
    assert result.case.handling is Handling.TO_MEDIATION
    assert result.case.status is IntakeStatus.IN_PROGRESS
    assert app.intake.timeline(case.id)[-1].step == "转调解"
    assert app.intake.links(case.id) == []
    with pytest.raises(ValidationError) as info:
        app.intake.route(case.id, Handling.REPLY, result.case.version)
    assert info.value.field == "target"


def test_route_with_a_router_links_both_ways(app: UnionCase,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def fake_aid_router(session: Any, case: IntakeCase,
                        operator: Operator) -> tuple[str, str, str]:
        seen["number"] = case.number
        seen["handling"] = case.handling
        seen["station"] = operator.station_code
        return "BF", "aid-uuid-1", f"{STATION}-BF-2026-00001"

    monkeypatch.setitem(ROUTERS, Handling.TO_AID, fake_aid_router)
    case = accepted_case(app)
    result = app.intake.route(case.id, "转帮扶", case.version)
    assert not result.pending
    expected = CaseLinkRead(relation="转帮扶", kind="BF", number=f"{STATION}-BF-2026-00001",
                            uuid="aid-uuid-1", direction="out")
    assert result.link == expected
    assert app.intake.links(case.id) == [expected]
    assert CaseService(app.ctx).links("aid-uuid-1") == [CaseLinkRead(
        relation="转帮扶", kind="XF", number=case.number, uuid=case.uuid, direction="in")]
    assert seen == {"number": case.number, "handling": Handling.TO_AID, "station": STATION}
    last = app.intake.timeline(case.id)[-1]
    assert (last.step, last.note) == ("转帮扶", f"{STATION}-BF-2026-00001")
    with pytest.raises(ValidationError):
        app.intake.route(case.id, Handling.TO_AID, result.case.version)


def test_a_pending_route_is_not_recorded_twice(app: UnionCase,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("unioncase.services.intake.ROUTERS", {})
    case = accepted_case(app)
    first = app.intake.route(case.id, Handling.TO_MEDIATION, case.version)
    assert first.pending
    before = snapshot(app)
    with pytest.raises(ValidationError) as info:
        app.intake.route(case.id, Handling.TO_MEDIATION, first.case.version)
    assert (info.value.code, info.value.field) == ("already_routed", "target")
    assert "转调解" in message("already_routed", **info.value.params)
    assert snapshot(app) == before
    assert app.intake.get(case.id).version == first.case.version
    # Routed on to another line, the earlier pending routing still counts.
    aid = app.intake.route(case.id, Handling.TO_AID, first.case.version)
    assert aid.case.handling is Handling.TO_AID
    with pytest.raises(ValidationError) as info:
        app.intake.route(case.id, Handling.TO_MEDIATION, aid.case.version)
    assert info.value.code == "already_routed"
    steps = [e.step for e in app.intake.timeline(case.id)]
    assert steps.count("转调解") == 1
    assert steps.count("转帮扶") == 1


def test_a_failing_router_leaves_the_case_unchanged(app: UnionCase,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(session: Any, case: IntakeCase, operator: Operator) -> tuple[str, str, str]:
        raise RuntimeError("job line unavailable")

    monkeypatch.setitem(ROUTERS, Handling.TO_JOBS, broken)
    case = accepted_case(app)
    before = snapshot(app)
    with pytest.raises(RuntimeError):
        app.intake.route(case.id, Handling.TO_JOBS, case.version)
    assert snapshot(app) == before
    assert app.intake.get(case.id) == case


# -- the list ---------------------------------------------------------------------------------


@pytest.fixture
def listed(app: UnionCase) -> dict[str, IntakeCaseRead]:
    cases = {
        "张伟": app.intake.register(call(name="张伟", registered_on="2026-11-20")),
        "李娜": app.intake.register(visit(name="李娜", category="工伤", head_count=6,
                                          registered_on="2026-11-10")),
        "王磊": app.intake.register(IntakeInput(
            channel="来信", name="王磊", category="社会保险", summary="单位未缴社保",
            letter_date="2026-10-15", sender_address="嘉兴市南湖区东栅街道",
            registered_on="2026-10-20")),
        "陈静": app.intake.register(IntakeInput(channel="网络", name="陈静", category="欠薪",
                                               summary="网上留言反映欠薪")),
        "张敏": app.intake.register(visit(name="张敏", category="欠薪", head_count="5",
                                          registered_on="2026-09-01")),
    }
    chen = cases["陈静"]
    chen = app.intake.accept(chen.id, chen.version)
    cases["陈静"] = app.intake.close(chen.id, "已答复", expected_version=chen.version)
    return cases


def names(app: UnionCase, flt: IntakeFilter, sort: str = "number",
          descending: bool = False) -> list[str]:
    rows = app.intake.page(flt, 0, 50, sort, descending)
    assert app.intake.count(flt) == len(rows)
    return [r.person_name for r in rows]


def test_page_and_count_filter_in_sql(app: UnionCase, listed: dict[str, IntakeCaseRead]) -> None:
    assert app.intake.count(IntakeFilter()) == 5
    assert set(names(app, IntakeFilter(channel="来访"))) == {"李娜", "张敏"}
    assert names(app, IntakeFilter(channel=IntakeChannel.LETTER)) == ["王磊"]
    assert set(names(app, IntakeFilter(category="欠薪"))) == {"张伟", "陈静", "张敏"}
    assert names(app, IntakeFilter(status="已办结")) == ["陈静"]
    assert set(names(app, IntakeFilter(overdue=True))) == {"王磊", "张敏"}
    assert set(names(app, IntakeFilter(date_from="2026-11-01", date_to="2026/11/20"))) == {
        "张伟", "李娜"}
    assert set(names(app, IntakeFilter(group_only=True))) == {"李娜", "张敏"}
    assert set(names(app, IntakeFilter(station_code=STATION))) == set(listed)
    assert names(app, IntakeFilter(station_code="330402999")) == []
    assert set(names(app, IntakeFilter(text="张"))) == {"张伟", "张敏"}
    assert names(app, IntakeFilter(text="zw")) == ["张伟"]
    assert names(app, IntakeFilter(text=listed["李娜"].number)) == ["李娜"]
    assert names(app, IntakeFilter(text="XF-2026-00002")) == ["李娜"]
    assert set(names(app, IntakeFilter(text="张", category="欠薪", overdue=True))) == {"张敏"}
    with pytest.raises(ValidationError) as info:
        app.intake.page(IntakeFilter(channel="传真"), 0, 10)
    assert info.value.field == "channel"


def test_page_sorts_in_sql_with_ties_by_id(app: UnionCase,
                                           listed: dict[str, IntakeCaseRead]) -> None:
    by_name = ["陈静", "李娜", "王磊", "张敏", "张伟"]  # chen, li, wang, zhangmin, zhangwei
    assert names(app, IntakeFilter(), "name") == by_name
    assert names(app, IntakeFilter(), "name", True) == by_name[::-1]
    assert names(app, IntakeFilter(), "registered_on", True) == [
        "陈静", "张伟", "李娜", "王磊", "张敏"]
    assert names(app, IntakeFilter(), "head_count") == ["张伟", "王磊", "陈静", "张敏", "李娜"]
    assert names(app, IntakeFilter(), "head_count", True) == [
        "李娜", "张敏", "陈静", "王磊", "张伟"]
    assert names(app, IntakeFilter(), "channel") == ["李娜", "张敏", "张伟", "王磊", "陈静"]
    # Current due dates: 16 Sep, 4 Nov, 25 Nov, 7 Dec; the closed case has none and goes last.
    assert names(app, IntakeFilter(), "due") == ["张敏", "王磊", "李娜", "张伟", "陈静"]
    assert names(app, IntakeFilter(), "status")[-1] == "陈静"
    assert names(app, IntakeFilter(), "category") == ["张伟", "陈静", "张敏", "王磊", "李娜"]
    assert names(app, IntakeFilter(), "number") == ["张伟", "李娜", "王磊", "陈静", "张敏"]
    # Flags: group 4 + repeat 2 + overdue 1 (王磊 overdue; 李娜 group; 张敏 group and overdue).
    assert names(app, IntakeFilter(), "flags", True)[:3] == ["张敏", "李娜", "王磊"]
    page = app.intake.page(IntakeFilter(), 1, 2, "name")
    assert [r.person_name for r in page] == ["李娜", "王磊"]


def test_flags_sort_by_the_warnings_the_column_shows(app: UnionCase) -> None:
    """Group, then repeat, then overdue now, due soon, done late, and no flag at all."""
    plain = app.intake.register(call(name="平常"))
    late = app.intake.register(call(name="迟办", registered_on="2026-10-20"))
    late = app.intake.accept(late.id, late.version)  # accepted after 4 Nov: decided late
    due_soon = app.intake.register(call(name="将到期", registered_on="2026-11-10"))  # 25 Nov
    overdue = app.intake.register(call(name="逾期", registered_on="2026-10-20"))  # 4 Nov
    repeat = app.intake.register(call(name="平常", person_id=plain.person_id))
    group = app.intake.register(visit(name="集体", head_count=6))
    assert late.accept_overdue
    assert late.deadline_status is DeadlineStatus.NORMAL
    assert due_soon.deadline_status is DeadlineStatus.DUE_SOON
    assert overdue.deadline_status is DeadlineStatus.OVERDUE
    assert repeat.is_repeat
    assert group.is_group
    expected = [group.id, repeat.id, overdue.id, due_soon.id, late.id, plain.id]
    assert [c.id for c in app.intake.page(IntakeFilter(), 0, 50, "flags", True)] == expected
    assert [c.id for c in app.intake.page(IntakeFilter(), 0, 50, "flags")] == expected[::-1]


def test_an_unknown_sort_key_is_refused(app: UnionCase) -> None:
    app.intake.register(call())
    with pytest.raises(ValidationError) as info:
        app.intake.page(IntakeFilter(), 0, 10, "flag")
    assert (info.value.code, info.value.field) == ("choice_invalid", "sort")


def test_counts(app: UnionCase, listed: dict[str, IntakeCaseRead]) -> None:
    counts = app.intake.counts(IntakeFilter())
    assert counts.model_dump() == {"total": 5, "due_soon": 1, "overdue": 2, "group": 2,
                                   "repeat": 0}
    assert app.intake.counts(IntakeFilter(category="欠薪")).model_dump() == {
        "total": 3, "due_soon": 0, "overdue": 1, "group": 1, "repeat": 0}


# -- search, overview, categories -------------------------------------------------------------


def test_search_by_case_number(app: UnionCase) -> None:
    case = app.intake.register(call(name="孙七"))
    hits = app.search.search(case.number)
    assert [(h.kind, h.number, h.record_id) for h in hits] == [("intake", case.number, case.id)]
    assert "孙七" in hits[0].title
    for text_ in ("XF1", "xf-00001", "XF-2026-1", "xf 2026-00001"):
        found = [h.number for h in app.search.search(text_) if h.kind == "intake"]
        assert found == [case.number], text_
    for text_ in ("XF2", "XF-2025-1"):
        assert [h for h in app.search.search(text_) if h.kind == "intake"] == []


def test_person_overview_lists_intake_cases(app: UnionCase) -> None:
    case = app.intake.register(call())
    overview = app.persons.overview(case.person_id)
    assert [(s.kind, s.number, s.status) for s in overview.lines["intake"]] == [
        ("intake", case.number, "已登记")]


def test_categories_are_seeded_and_administrators_add_more(app: UnionCase) -> None:
    assert app.intake.categories() == list(DEFAULT_CATEGORIES)
    added = app.intake.add_category("女职工权益", accept_days=10, handle_days=30)
    assert (added.accept_days, added.handle_days) == (10, 30)
    assert app.intake.categories()[-1] == "女职工权益"
    with pytest.raises(ConflictError):
        app.intake.add_category("欠薪")
    with pytest.raises(ValidationErrors) as info:
        app.intake.add_category("", accept_days=0, handle_days=60)
    assert {e.field for e in info.value.errors} == {"name", "accept_days"}
    case = app.intake.register(call(category="女职工权益"))
    assert case.accept_due == app.calendar.period_end(TODAY, 10)
    accepted = app.intake.accept(case.id, case.version)
    assert accepted.handle_due == app.calendar.period_end(TODAY, 30)


def test_maintenance_counts_intake_cases(app: UnionCase) -> None:
    app.intake.register(call())
    assert app.maintenance.check().counts["intake_case"] == 1


# -- attachments ------------------------------------------------------------------------------


def test_attachments_record_sha256_and_report_changed_or_missing_files(
        app: UnionCase, db_path: Path, tmp_path: Path) -> None:
    case = app.intake.register(call())
    source = tmp_path / "incoming" / "来信扫描件.pdf"
    source.parent.mkdir()
    content = b"%PDF-1.4 scanned letter " * 200
    source.write_bytes(content)
    attached = app.intake.add_attachment(case.id, source)
    sha = hashlib.sha256(content).hexdigest()
    assert attached.sha256 == sha
    assert attached.size == len(content)
    assert attached.filename == "来信扫描件.pdf"
    assert attached.media_type == "application/pdf"
    assert attached.status == "ok"
    assert attached.path == db_path.resolve().parent / "attachments" / sha[:2] / sha
    assert attached.path.read_bytes() == content
    assert app.intake.timeline(case.id)[-1].step == "附件"

    source.write_bytes(b"the original may change; the stored copy does not")
    assert [a.status for a in app.intake.attachments(case.id)] == ["ok"]
    stored = attached.path.read_bytes()
    attached.path.write_bytes(stored[:-1] + b"X")  # same size, other bytes
    assert [a.status for a in app.intake.attachments(case.id)] == ["changed"]
    attached.path.unlink()
    assert [a.status for a in app.intake.attachments(case.id)] == ["missing"]

    with pytest.raises(ValidationError) as info:
        app.intake.add_attachment(case.id, tmp_path / "nope.pdf")
    assert info.value.code == "attachment_missing"


# -- locking and schema -----------------------------------------------------------------------


def test_stale_save_is_refused(app: UnionCase, db_path: Path) -> None:
    case = app.intake.register(call())
    other = UnionCase.open(str(db_path))
    other.login("陈志强")
    other.intake.accept(case.id, case.version)
    other.close()
    before = snapshot(app)
    with pytest.raises(ConflictError) as info:
        app.intake.reject(case.id, "不属受理范围", case.version)
    assert info.value.code == "stale"
    assert snapshot(app) == before
    current = app.intake.get(case.id)
    assert current.status is IntakeStatus.ACCEPTED
    assert current.updated_by == "陈志强"


def test_schema_made_by_the_migrations_matches_the_models(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "fresh.db"))
    try:
        with db.engine.connect() as conn:
            differences = compare_metadata(
                MigrationContext.configure(conn, opts=COMPARE), SQLModel.metadata)
            seeded = conn.execute(text(
                "SELECT name, station_code, created_by, accept_days, handle_days, active "
                "FROM intake_category ORDER BY sort_order")).all()
    finally:
        db.dispose()
    assert differences == []
    assert [row[0] for row in seeded] == list(DEFAULT_CATEGORIES)
    assert {tuple(row[1:]) for row in seeded} == {("*", "UnionCase", 15, 60, 1)}
