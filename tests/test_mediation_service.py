"""劳动争议调解 through the services: registries, cases, workflow, deadlines, figures, routing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel, func, select

from tests.conftest import FROZEN, STATION, FrozenClock, valid_id
from unioncase.db import open_database
from unioncase.db.migrate import upgrade
from unioncase.db.name_index import include_name
from unioncase.domain.deadlines import DeadlineStatus
from unioncase.domain.errors import ConflictError, ValidationError, ValidationErrors
from unioncase.domain.intake import Handling
from unioncase.domain.mediation import (
    DisputeType,
    MediationSource,
    MediationStatus,
    MediatorKind,
    OrganizationType,
    Performance,
    PromptCode,
    add_years,
    check_agreement,
    dispute_type_for_category,
)
from unioncase.messages import message
from unioncase.models import (
    AuditEvent,
    CaseEvent,
    CaseLinkRead,
    MediationAgreementItem,
    MediationCase,
    MediationCaseRead,
    MediationClaim,
    MediationParty,
    MediationPromptRead,
    MediationSession,
    MediatorRead,
    OrganizationRead,
    Person,
)
from unioncase.services import UnionCase
from unioncase.services.context import CHINA
from unioncase.services.intake import IntakeInput
from unioncase.services.mediation import (
    AgreedItemInput,
    AgreementInput,
    ApplicantInput,
    ClaimInput,
    MediationFilter,
    MediationInput,
    MediatorInput,
    OrganizationInput,
    SessionInput,
)

COMPARE = {"include_name": include_name}  # the FTS5 name indexes are not models
TODAY = FROZEN.date()  # Monday 2026-11-23
ORG_NAME = "东栅街道劳动争议调解委员会"


# -- helpers --------------------------------------------------------------------------------------


def make_org(app: UnionCase, name: str = ORG_NAME, org_type: str = "镇街") -> OrganizationRead:
    return app.mediation.create_organization(OrganizationInput(
        name=name, org_type=org_type, town="东栅街道", founded_on="2012-05-18", contact="沈建华",
        phone="0573-82345678"))


def make_mediator(app: UnionCase, org_id: int, name: str, seq: str,
                  kind: str = "兼职") -> MediatorRead:
    return app.mediation.create_mediator(MediatorInput(
        organization_id=org_id, kind=kind, name=name, id_number=valid_id(seq=seq),
        certificate_number=f"ZJ-TJ-{seq}", phone="13905730000"))


def application(org_id: int | None, mediator_ids: Sequence[int], **changes: Any
                ) -> MediationInput:
    values: dict[str, Any] = {
        "applicants": [ApplicantInput(name="张伟", id_number=valid_id(seq="211")),
                       ApplicantInput(name="李娜", id_number=valid_id(seq="222"),
                                      phone="13805731234")],
        "dispute_type": "劳动报酬",
        "claims": [ClaimInput("2026年8月至10月工资", "12,345.67"),
                   ClaimInput("加班费", "0.1"),
                   ClaimInput("未休年休假工资", amount_fen=20)],
        "organization_id": org_id,
        "mediator_ids": list(mediator_ids),
        "respondent_name": "嘉兴嘉禾纺织有限公司",
        "respondent_representative": "周国强",
        "facts": "公司拖欠两名职工三个月工资",
    }
    values.update(changes)
    return MediationInput(**values)


@dataclass
class Setup:
    org: OrganizationRead
    lead: MediatorRead
    second: MediatorRead


def applied(app: UnionCase, s: Setup, **changes: Any) -> MediationCaseRead:
    return app.mediation.apply(application(s.org.id, [s.lead.id, s.second.id], **changes))


def accepted(app: UnionCase, s: Setup, **changes: Any) -> MediationCaseRead:
    case = applied(app, s, **changes)
    return app.mediation.accept(case.id, case.version)


def in_session(app: UnionCase, s: Setup, **changes: Any) -> MediationCaseRead:
    case = accepted(app, s, **changes)
    return app.mediation.add_session(case.id, SessionInput(
        place="街道调解室", attendees="张伟、李娜、周国强、王建国", record="双方陈述意见……"),
        case.version)


def agreement(*amounts: str, due_on: str = "") -> AgreementInput:
    return AgreementInput(terms="被申请人分期支付拖欠工资", items=[
        AgreedItemInput(f"第{i + 1}期工资", amount, due_on=due_on)
        for i, amount in enumerate(amounts)])


def table_count(app: UnionCase, model: Any) -> int:
    with app.ctx.read() as session:
        return int(session.exec(select(func.count()).select_from(model)).one())


def snapshot(app: UnionCase) -> dict[str, int]:
    return {str(m.__tablename__): table_count(app, m)
            for m in (MediationCase, MediationParty, MediationClaim, MediationSession,
                      MediationAgreementItem, CaseEvent, AuditEvent, Person)}


def set_today(clock: FrozenClock, day: date) -> None:
    clock.now = datetime(day.year, day.month, day.day, 10, 0, tzinfo=CHINA)


# -- pure rules -----------------------------------------------------------------------------------


def test_domain_rules() -> None:
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert add_years(date(2026, 11, 23), 1) == date(2027, 11, 23)
    assert dispute_type_for_category("欠薪") is DisputeType.WAGES
    assert dispute_type_for_category("劳动合同") is DisputeType.DISMISSAL
    assert dispute_type_for_category("心理咨询") is DisputeType.OTHER
    check_agreement(1, [0, 1])
    with pytest.raises(ValidationError) as one:
        check_agreement(0, [100])
    assert (one.value.code, one.value.field) == ("agreement_needs_session", "sessions")
    with pytest.raises(ValidationErrors) as both:
        check_agreement(0, [0])
    assert {e.code for e in both.value.errors} == {"agreement_needs_session",
                                                   "agreement_needs_amount"}


# -- registries -----------------------------------------------------------------------------------


def test_organizations_are_created_listed_updated_and_unique(app: UnionCase) -> None:
    town = make_org(app)
    assert town.org_type is OrganizationType.TOWN
    assert town.founded_on == date(2012, 5, 18)
    assert (town.town, town.contact, town.phone) == ("东栅街道", "沈建华", "0573-82345678")
    park = make_org(app, "嘉兴经济开发区劳动争议调解委员会", "园区")
    firm = make_org(app, "嘉禾纺织有限公司劳动争议调解委员会", "企业")
    # Listed in the order of the types (镇街, 园区, 村社区, 企业, 行业).
    assert [o.id for o in app.mediation.organizations()] == [town.id, park.id, firm.id]

    with pytest.raises(ConflictError) as dup:
        make_org(app, ORG_NAME, "行业")
    assert (dup.value.code, dup.value.field) == ("organization_exists", "name")
    with pytest.raises(ValidationErrors) as bad:
        app.mediation.create_organization(OrganizationInput(
            name=" ", org_type="街道", phone="12", founded_on="2030-01-01"))
    assert {e.field for e in bad.value.errors} == {"name", "org_type", "phone", "founded_on"}

    closed = app.mediation.update_organization(firm.id, OrganizationInput(
        name=firm.name, org_type="企业", active=False), firm.version)
    assert not closed.active
    assert closed.version == firm.version + 1
    assert [o.id for o in app.mediation.organizations()] == [town.id, park.id]
    assert len(app.mediation.organizations(include_inactive=True)) == 3
    with pytest.raises(ConflictError) as stale:
        app.mediation.update_organization(firm.id, OrganizationInput(
            name="另一个名字", org_type="企业"), firm.version)
    assert stale.value.code == "stale"
    with pytest.raises(ConflictError):
        app.mediation.update_organization(park.id, OrganizationInput(
            name=ORG_NAME, org_type="园区"), park.version)


def test_mediators_are_created_updated_and_unique_per_organization(app: UnionCase) -> None:
    org = make_org(app)
    other = make_org(app, "海宁市许村镇劳动争议调解委员会")
    wang = make_mediator(app, org.id, "王建国", "301", "专职")
    assert (wang.name, wang.kind, wang.organization_name) == ("王建国", MediatorKind.FULL_TIME,
                                                              ORG_NAME)
    assert wang.certificate_number == "ZJ-TJ-301"
    # The same person (found by ID number) may serve in a second organization, not twice in one.
    again = make_mediator(app, other.id, "王建国", "301")
    assert again.person_id == wang.person_id
    with pytest.raises(ConflictError) as dup:
        make_mediator(app, org.id, "王建国", "301")
    assert dup.value.code == "mediator_exists"
    person_id = wang.person_id
    with pytest.raises(ConflictError):
        app.mediation.create_mediator(MediatorInput(organization_id=org.id, kind="兼职",
                                                    person_id=person_id))
    with pytest.raises(ValidationErrors) as bad:
        app.mediation.create_mediator(MediatorInput(organization_id=None, kind="志愿",
                                                    name=""))
    assert {e.field for e in bad.value.errors} == {"organization_id", "kind", "name"}

    moved = app.mediation.update_mediator(wang.id, MediatorInput(
        organization_id=org.id, kind="兼职", certificate_number="ZJ-TJ-999",
        phone="0573-82345679", active=False), wang.version)
    assert (moved.kind, moved.certificate_number, moved.phone, moved.active) == (
        MediatorKind.PART_TIME, "ZJ-TJ-999", "0573-82345679", False)
    assert moved.person_id == person_id
    assert [m.id for m in app.mediation.mediators(org.id)] == []
    assert [m.id for m in app.mediation.mediators(org.id, include_inactive=True)] == [wang.id]
    with pytest.raises(ConflictError) as stale:
        app.mediation.update_mediator(wang.id, MediatorInput(organization_id=org.id,
                                                             kind="专职"), wang.version)
    assert stale.value.code == "stale"

    closed = app.mediation.update_organization(other.id, OrganizationInput(
        name=other.name, org_type="镇街", active=False), other.version)
    assert not closed.active
    with pytest.raises(ValidationError) as inactive:
        make_mediator(app, other.id, "陈秀英", "402")
    assert inactive.value.code == "organization_inactive"


def test_mediator_workload_counts_open_and_overdue_cases(app: UnionCase, setup: Setup,
                                                          clock: FrozenClock) -> None:
    first = accepted(app, setup)
    second = app.mediation.apply(application(setup.org.id, [setup.lead.id]))
    second = app.mediation.accept(second.id, second.version)
    applied(app, setup)  # not accepted: not open work yet
    loads = {m.id: (m.open_cases, m.overdue_cases) for m in app.mediation.mediators()}
    assert loads == {setup.lead.id: (2, 0), setup.second.id: (1, 0)}
    org = app.mediation.organization(setup.org.id)
    assert (org.mediator_count, org.open_cases) == (2, 2)

    assert first.due_on is not None
    set_today(clock, first.due_on + timedelta(days=1))
    loads = {m.id: (m.open_cases, m.overdue_cases) for m in app.mediation.mediators()}
    assert loads == {setup.lead.id: (2, 2), setup.second.id: (1, 1)}
    ended = app.mediation.withdraw(first.id, "申请人撤回", first.version)
    assert ended.status is MediationStatus.WITHDRAWN
    assert app.mediation.mediator(setup.lead.id).open_cases == 1
    assert app.mediation.mediator(setup.second.id).open_cases == 0
    assert second.status is MediationStatus.ACCEPTED


# -- applying -------------------------------------------------------------------------------------


def test_two_applicants_and_three_claims_sum_exactly_in_fen(app: UnionCase, setup: Setup) -> None:
    case = applied(app, setup)
    assert case.number == f"{STATION}-TJ-2026-00001"
    assert case.status is MediationStatus.APPLIED
    assert case.source is MediationSource.APPLICATION
    assert case.applied_on == TODAY
    assert [a.name for a in case.applicants] == ["张伟", "李娜"]
    assert case.applicants[1].phone == "13805731234"
    assert case.applicants[0].id_number == valid_id(seq="211")
    assert case.head_count == 2
    assert not case.is_collective
    assert [(c.item, c.amount_fen) for c in case.claims] == [
        ("2026年8月至10月工资", 1234567), ("加班费", 10), ("未休年休假工资", 20)]
    assert case.claimed_fen == 1234567 + 10 + 20 == 1234597
    assert isinstance(case.claimed_fen, int)
    with app.ctx.read() as session:
        stored = session.exec(select(func.sum(MediationClaim.amount_fen))).one()
    assert stored == 1234597
    assert [(m.name, m.is_lead) for m in case.mediators] == [("王建国", True), ("陈秀英", False)]
    assert case.respondent_name == "嘉兴嘉禾纺织有限公司"
    assert case.respondent_representative == "周国强"
    assert case.organization_name == ORG_NAME
    assert case.current_due is None
    assert [(e.step, e.happened_on) for e in app.mediation.timeline(case.id)] == [
        ("申请", TODAY)]
    # The respondent was added to the enterprise registry, the applicants to the persons.
    assert app.enterprises.search("嘉禾纺织")[0].id == case.respondent_id
    assert app.persons.find_by_id_number(valid_id(seq="222")) is not None


def test_a_collective_dispute_counts_its_workers(app: UnionCase, setup: Setup) -> None:
    case = applied(app, setup, head_count="12")
    assert (case.head_count, case.is_collective) == (12, True)
    assert app.mediation.timeline(case.id)[0].note == "集体争议12人"
    with pytest.raises(ValidationError) as info:
        applied(app, setup, head_count=1)
    assert (info.value.code, info.value.field) == ("head_count_below_applicants", "head_count")


def test_application_errors_are_reported_together_and_nothing_is_written(
        app: UnionCase, setup: Setup) -> None:
    before = snapshot(app)
    with pytest.raises(ValidationErrors) as info:
        app.mediation.apply(MediationInput(
            applicants=[ApplicantInput(name=""), ApplicantInput(name="李娜", id_number="123")],
            dispute_type="欠薪", claims=[ClaimInput("工资", "12.345"), ClaimInput("", "-5")],
            applied_on="2026-11-24", mediator_ids=[setup.lead.id]))
    assert {(e.field, e.code) for e in info.value.errors} == {
        ("applicants[0].name", "required"),
        ("applicants[1].id_number", "id_number_format"),
        ("dispute_type", "choice_invalid"),
        ("claims[0].amount", "money_precision"),
        ("claims[1].item", "required"),
        ("claims[1].amount", "money_negative"),
        ("applied_on", "date_future"),
        ("mediator_ids", "mediator_wrong_organization"),
    }
    with pytest.raises(ValidationError) as none:
        app.mediation.apply(MediationInput(applicants=[], dispute_type="其他"))
    assert none.value.code == "applicants_required"
    with pytest.raises(ValidationError) as twice:
        app.mediation.apply(application(setup.org.id, [], applicants=[
            ApplicantInput(name="张伟", id_number=valid_id(seq="211")),
            ApplicantInput(name="张伟", id_number=valid_id(seq="211"))]))
    assert twice.value.code == "applicant_duplicate"
    assert snapshot(app) == before


def test_accept_needs_organization_respondent_mediator_and_claim(app: UnionCase) -> None:
    bare = app.mediation.apply(MediationInput(applicants=[ApplicantInput(name="张伟")],
                                              dispute_type="其他"))
    with pytest.raises(ValidationErrors) as info:
        app.mediation.accept(bare.id, bare.version)
    assert {(e.field, e.code) for e in info.value.errors} == {
        ("organization_id", "required"), ("respondent", "required"),
        ("mediator_ids", "mediators_required"), ("claims", "claims_required")}
    assert app.mediation.get(bare.id) == bare


# -- the workflow ---------------------------------------------------------------------------------


def test_agreement_is_refused_without_a_session_or_an_amount(app: UnionCase,
                                                             setup: Setup) -> None:
    case = accepted(app, setup)
    before = snapshot(app)
    with pytest.raises(ValidationError) as no_session:
        app.mediation.agree(case.id, agreement("1000"), case.version)
    assert (no_session.value.code, no_session.value.field) == ("agreement_needs_session",
                                                               "sessions")
    assert "调解笔录" in message(no_session.value.code)
    with pytest.raises(ValidationErrors) as neither:
        app.mediation.agree(case.id, agreement("0"), case.version)
    assert {e.code for e in neither.value.errors} == {"agreement_needs_session",
                                                      "agreement_needs_amount"}
    assert snapshot(app) == before
    assert app.mediation.get(case.id) == case

    case = app.mediation.add_session(case.id, SessionInput(record="第一次调解"), case.version)
    before = snapshot(app)
    for nothing in (agreement("0", ""), AgreementInput(terms="双方和解", items=[])):
        with pytest.raises(ValidationError) as no_amount:
            app.mediation.agree(case.id, nothing, case.version)
        assert (no_amount.value.code, no_amount.value.field) == ("agreement_needs_amount",
                                                                 "items")
    assert snapshot(app) == before
    done = app.mediation.agree(case.id, agreement("0", "0.01"), case.version)
    assert done.status is MediationStatus.SUCCEEDED
    assert done.agreed_fen == 1


def test_steps_out_of_order_are_refused(app: UnionCase, setup: Setup) -> None:
    case = applied(app, setup)
    out_of_order: list[Callable[[MediationCaseRead], object]] = [
        lambda c: app.mediation.add_session(c.id, SessionInput(), c.version),
        lambda c: app.mediation.agree(c.id, agreement("100"), c.version),
        lambda c: app.mediation.fail(c.id, "差距过大", c.version),
        lambda c: app.mediation.terminate(c.id, "申请仲裁", c.version),
        lambda c: app.mediation.extend(c.id, "2026-12-31", consent=True,
                                       expected_version=c.version),
        lambda c: app.mediation.record_performance(c.id, "已履行", expected_version=c.version),
    ]
    for attempt in out_of_order:
        with pytest.raises(ValidationError) as info:
            attempt(case)
        assert (info.value.code, info.value.field) == ("workflow_step", "status")
    assert app.mediation.get(case.id).version == case.version

    rejected = app.mediation.reject(case.id, "不属于劳动争议", case.version)
    assert rejected.status is MediationStatus.REJECTED
    assert rejected.reject_reason == "不属于劳动争议"
    after_rejection: list[Callable[[MediationCaseRead], object]] = [
        lambda c: app.mediation.accept(c.id, c.version),
        lambda c: app.mediation.withdraw(c.id, "", c.version),
        lambda c: app.mediation.update(c.id, application(setup.org.id, []), c.version),
    ]
    for attempt in after_rejection:
        with pytest.raises(ValidationError) as info:
            attempt(rejected)
        assert info.value.code == "workflow_step"

    talked = in_session(app, setup)
    done = app.mediation.agree(talked.id, agreement("100"), talked.version)
    after_agreement: list[Callable[[MediationCaseRead], object]] = [
        lambda c: app.mediation.add_session(c.id, SessionInput(), c.version),
        lambda c: app.mediation.withdraw(c.id, "", c.version),
        lambda c: app.mediation.fail(c.id, "x", c.version),
        lambda c: app.mediation.accept(c.id, c.version),
    ]
    for attempt in after_agreement:
        with pytest.raises(ValidationError) as info:
            attempt(done)
        assert info.value.code == "workflow_step"
    session_id = done.sessions[0].id
    with pytest.raises(ValidationError):
        app.mediation.update_session(session_id, SessionInput(record="改"),
                                     done.sessions[0].version)


def test_a_successful_wage_mediation_from_start_to_honored(app: UnionCase, setup: Setup,
                                                           clock: FrozenClock) -> None:
    case = applied(app, setup, applied_on="2026-11-16")
    case = app.mediation.accept(case.id, case.version, on="2026-11-17")
    assert case.status is MediationStatus.ACCEPTED
    assert case.limit_due == case.due_on == date(2026, 12, 2)
    assert case.current_due == case.due_on
    assert case.deadline_status is DeadlineStatus.NORMAL
    case = app.mediation.add_session(case.id, SessionInput(
        held_on="2026-11-18", place="街道调解室", attendees="张伟、李娜、周国强",
        record="申请人要求支付工资；被申请人表示资金困难"), case.version)
    assert case.status is MediationStatus.IN_MEDIATION
    case = app.mediation.add_session(case.id, SessionInput(
        held_on="2026-11-20", place="公司会议室", record="双方同意分两期支付"), case.version)
    assert [(x.seq, x.held_on, x.place) for x in case.sessions] == [
        (1, date(2026, 11, 18), "街道调解室"), (2, date(2026, 11, 20), "公司会议室")]
    fixed = app.mediation.update_session(case.sessions[0].id, SessionInput(
        held_on="2026-11-18", place="街道调解室", attendees="张伟、李娜、周国强、王建国",
        record="更正后的笔录"), case.sessions[0].version)
    assert (fixed.record, fixed.version) == ("更正后的笔录", case.sessions[0].version + 1)

    with pytest.raises(ValidationError) as early:
        app.mediation.agree(case.id, AgreementInput(
            terms="x", items=[AgreedItemInput("工资", "1")], concluded_on="2026-11-19"),
            case.version)
    assert early.value.code == "date_before_previous"
    case = app.mediation.agree(case.id, AgreementInput(
        terms="被申请人分两期支付拖欠工资共计12,345.77元", concluded_on="2026-11-20", copies=4,
        items=[AgreedItemInput("第一期工资", "8,000", due_on="2026-11-30"),
               AgreedItemInput("第二期工资", amount_fen=434577, due_on="2026-12-31",
                               payee="张伟")]), case.version)
    assert case.status is MediationStatus.SUCCEEDED
    assert case.concluded_on == date(2026, 11, 20)
    assert case.agreed_fen == 800000 + 434577
    assert [(i.payer, i.payee) for i in case.agreed_items] == [
        ("嘉兴嘉禾纺织有限公司", "张伟、李娜"), ("嘉兴嘉禾纺织有限公司", "张伟")]
    assert case.copies == 4
    assert not case.concluded_late
    assert case.current_due is None
    # 30 days from 2026-11-20 is Sunday 20 December: the next working day.
    assert case.court_confirm_due == date(2026, 12, 21)
    assert case.prompts == (
        MediationPromptRead(code=PromptCode.PAYMENT_ORDER, due_on=date(2026, 12, 31)),
        MediationPromptRead(code=PromptCode.COURT_CONFIRMATION, due_on=date(2026, 12, 21)),
    )

    first_item = case.agreed_items[0].id
    case = app.mediation.record_performance(case.id, Performance.PARTLY, note="第一期已付",
                                            paid_item_ids=[first_item],
                                            expected_version=case.version)
    assert case.performance is Performance.PARTLY
    assert [i.paid_on for i in case.agreed_items] == [TODAY, None]
    set_today(clock, date(2027, 1, 4))
    late = app.mediation.get(case.id)
    assert [p.code for p in late.prompts] == [PromptCode.PAYMENT_ORDER,
                                              PromptCode.ARBITRATION_ON_BREACH]
    case = app.mediation.record_performance(case.id, "已履行", expected_version=case.version)
    assert case.performance is Performance.HONORED
    assert all(i.paid_on is not None for i in case.agreed_items)
    assert [p.code for p in case.prompts] == [PromptCode.PAYMENT_ORDER]
    with pytest.raises(ValidationError) as final:
        app.mediation.record_performance(case.id, "部分履行", expected_version=case.version)
    assert final.value.code == "workflow_step"
    assert [e.step for e in app.mediation.timeline(case.id)] == [
        "申请", "受理", "调解", "调解", "调解成功", "履行", "履行"]


def test_non_wage_agreement_has_no_payment_order_prompt(app: UnionCase, setup: Setup) -> None:
    case = in_session(app, setup, dispute_type="社会保险")
    done = app.mediation.agree(case.id, agreement("500"), case.version)
    assert [p.code for p in done.prompts] == [PromptCode.COURT_CONFIRMATION]


def test_failed_mediation_gives_the_arbitration_notice(app: UnionCase, setup: Setup) -> None:
    case = in_session(app, setup)
    failed = app.mediation.fail(case.id, "双方对金额分歧较大", case.version)
    assert failed.status is MediationStatus.FAILED
    assert failed.outcome_reason == "双方对金额分歧较大"
    assert failed.concluded_on == TODAY
    # One year on is Tuesday 2027-11-23, a working day.
    assert failed.arbitration_limit_on == date(2027, 11, 23)
    assert failed.prompts == (MediationPromptRead(code=PromptCode.ARBITRATION,
                                                  due_on=date(2027, 11, 23)),)
    assert "2027-11-23" in message("mediation_prompt_arbitration", due="2027-11-23")
    last = app.mediation.timeline(case.id)[-1]
    assert (last.step, last.note) == ("调解不成", "双方对金额分歧较大（仲裁时效至2027-11-23）")
    other = in_session(app, setup)
    with pytest.raises(ValidationError) as no_reason:
        app.mediation.terminate(other.id, " ", other.version)
    assert (no_reason.value.code, no_reason.value.field) == ("required", "reason")


# -- the 15-day limit ------------------------------------------------------------------------------


def test_fifteen_day_limit_runs_over_national_day_with_a_frozen_clock(
        app: UnionCase, setup: Setup, clock: FrozenClock) -> None:
    set_today(clock, date(2024, 9, 24))
    over = applied(app, setup, applied_on="2024-09-18")
    over = app.mediation.accept(over.id, over.version, on="2024-09-18")
    # 15 days nominally end on 3 October, inside the 1-7 October holiday: the limit runs to the
    # first working day after it.
    assert date(2024, 9, 18) + timedelta(days=15) == date(2024, 10, 3)
    assert over.limit_due == over.due_on == date(2024, 10, 8)
    after = applied(app, setup, applied_on="2024-09-24")
    after = app.mediation.accept(after.id, after.version, on="2024-09-24")
    # 9 October is a working day (the Wednesday after the holiday): not moved.
    assert after.due_on == date(2024, 10, 9)

    set_today(clock, date(2024, 10, 5))
    assert [c.id for c in app.mediation.due_soon()] == [over.id]
    assert app.mediation.overdue() == []
    assert app.mediation.get(over.id).deadline_status is DeadlineStatus.DUE_SOON
    assert app.mediation.get(after.id).deadline_status is DeadlineStatus.NORMAL

    set_today(clock, date(2024, 10, 9))
    assert [c.id for c in app.mediation.overdue()] == [over.id]
    assert [c.id for c in app.mediation.due_soon()] == [after.id]
    late = app.mediation.get(over.id)
    assert late.deadline_status is DeadlineStatus.OVERDUE
    assert late.prompts == (MediationPromptRead(code=PromptCode.LIMIT_PASSED,
                                                due_on=date(2024, 10, 8)),)
    assert [c.id for c in app.mediation.page(MediationFilter(overdue=True))] == [over.id]
    counts = app.mediation.counts(MediationFilter())
    assert (counts.total, counts.open, counts.due_soon, counts.overdue) == (2, 2, 1, 1)

    set_today(clock, date(2024, 10, 10))
    assert [c.id for c in app.mediation.overdue()] == [over.id, after.id]
    assert app.mediation.overdue(today=date(2024, 10, 8)) == []
    ended = app.mediation.terminate(over.id, "调解期满未达成协议", late.version)
    assert ended.concluded_late
    assert ended.current_due is None
    assert [c.id for c in app.mediation.overdue()] == [after.id]


def test_extension_needs_both_parties_consent_and_a_later_date(
        app: UnionCase, setup: Setup, clock: FrozenClock) -> None:
    case = accepted(app, setup)
    assert case.due_on == date(2026, 12, 8)
    before = snapshot(app)
    with pytest.raises(ValidationError) as no_consent:
        app.mediation.extend(case.id, "2026-12-18", consent=False, reason="需核算加班费",
                             expected_version=case.version)
    assert (no_consent.value.code, no_consent.value.field) == ("extension_needs_consent",
                                                               "consent")
    with pytest.raises(ValidationError) as earlier:
        app.mediation.extend(case.id, "2026-12-08", consent=True,
                             expected_version=case.version)
    assert (earlier.value.code, earlier.value.field) == ("extension_date_invalid", "new_due")
    with pytest.raises(ValidationErrors):
        app.mediation.extend(case.id, "不是日期", consent=False, expected_version=case.version)
    assert snapshot(app) == before

    extended = app.mediation.extend(case.id, "2026-12-18", consent=True, reason="需核算加班费",
                                    expected_version=case.version)
    assert (extended.extended, extended.extension_consent) == (True, True)
    assert extended.limit_due == date(2026, 12, 8)
    assert extended.due_on == extended.current_due == date(2026, 12, 18)
    last = app.mediation.timeline(case.id)[-1]
    assert (last.step, last.note) == ("延期", "双方当事人同意，延至2026-12-18：需核算加班费")
    set_today(clock, date(2026, 12, 10))
    assert app.mediation.overdue() == []
    set_today(clock, date(2026, 12, 19))
    assert [c.id for c in app.mediation.overdue()] == [case.id]


# -- routing from intake --------------------------------------------------------------------------


def test_an_intake_case_routed_to_mediation_is_prefilled_and_linked_both_ways(
        app: UnionCase, setup: Setup) -> None:
    intake = app.intake.register(IntakeInput(
        channel="来访", name="赵磊", id_number=valid_id(seq="517"), category="欠薪",
        summary="公司拖欠六名工人两个月工资", head_count=6, employer_name="恒力机械有限公司",
        registered_on="2026-11-16"))
    intake = app.intake.accept(intake.id, intake.version, on="2026-11-17")
    routed = app.intake.route(intake.id, Handling.TO_MEDIATION, intake.version,
                              on="2026-11-18")
    assert not routed.pending
    assert routed.link is not None
    assert routed.link.kind == "TJ"
    case = app.mediation.by_number(routed.link.number)
    assert case is not None
    assert case.uuid == routed.link.uuid
    assert case.number == f"{STATION}-TJ-2026-00001"
    assert case.status is MediationStatus.APPLIED
    assert case.source is MediationSource.INTAKE
    assert case.source_number == intake.number
    assert [a.person_id for a in case.applicants] == [intake.person_id]
    assert (case.head_count, case.respondent_id, case.respondent_name) == (
        6, intake.employer_id, "恒力机械有限公司")
    assert case.dispute_type is DisputeType.WAGES
    assert case.facts == "公司拖欠六名工人两个月工资"
    assert case.applied_on == date(2026, 11, 18)  # the day it was routed

    assert app.intake.links(intake.id) == [CaseLinkRead(
        relation="转调解", kind="TJ", number=case.number, uuid=case.uuid, direction="out")]
    assert app.mediation.links(case.id) == [CaseLinkRead(
        relation="转调解", kind="XF", number=intake.number, uuid=intake.uuid, direction="in")]
    first = app.mediation.timeline(case.id)[0]
    assert (first.step, first.note) == ("申请", f"由信访案件{intake.number}转入")
    assert app.intake.timeline(intake.id)[-1].note == case.number

    # The mediator completes the application (a blank date and head count keep the case's
    # own), then accepts it.
    person = app.persons.get(intake.person_id)
    completed = app.mediation.update(case.id, MediationInput(
        applicants=[ApplicantInput(person_id=person.id)], dispute_type="劳动报酬",
        claims=[ClaimInput("两个月工资", "36,000")],
        organization_id=setup.org.id, mediator_ids=[setup.lead.id],
        respondent_id=case.respondent_id, facts=case.facts), case.version)
    assert completed.source is MediationSource.INTAKE
    assert (completed.applied_on, completed.head_count) == (date(2026, 11, 18), 6)
    assert completed.number == case.number
    assert completed.claimed_fen == 3600000
    accepted_case = app.mediation.accept(completed.id, completed.version)
    assert accepted_case.status is MediationStatus.ACCEPTED


# -- the list and the figures ---------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """One case of the figures test: where, who, what became of it, and the agreed fen."""

    org: str
    mediators: tuple[str, ...]
    outcome: str  # applied, rejected, open, success, fail, withdraw, terminate
    agreed: tuple[int, ...] = ()
    dispute_type: str = "劳动报酬"


PLANS = [
    Plan("A", ("a1",), "success", (100000, 50)),
    Plan("A", ("a1", "a2"), "success", (33333,), "经济补偿"),
    Plan("A", ("a2",), "fail"),
    Plan("A", ("a1",), "withdraw"),
    Plan("A", ("a2",), "open"),
    Plan("B", ("b1",), "success", (1,), "工伤待遇"),
    Plan("B", ("b1", "a1x"), "terminate"),
    Plan("B", ("b1",), "applied"),
    Plan("B", ("b1",), "rejected"),
]


def run_plan(app: UnionCase, plan: Plan, orgs: dict[str, OrganizationRead],
             mediators: dict[str, MediatorRead], seq: int) -> MediationCaseRead:
    case = app.mediation.apply(application(
        orgs[plan.org].id, [mediators[m].id for m in plan.mediators],
        dispute_type=plan.dispute_type,
        applicants=[ApplicantInput(name=f"职工{seq}", id_number=valid_id(seq=f"{600 + seq}"))]))
    if plan.outcome == "applied":
        return case
    if plan.outcome == "rejected":
        return app.mediation.reject(case.id, "不属于受理范围", case.version)
    case = app.mediation.accept(case.id, case.version)
    if plan.outcome == "withdraw":
        return app.mediation.withdraw(case.id, "已自行和解", case.version)
    case = app.mediation.add_session(case.id, SessionInput(record="调解"), case.version)
    if plan.outcome == "success":
        return app.mediation.agree(case.id, AgreementInput(terms="支付", items=[
            AgreedItemInput(f"第{i}项", amount_fen=fen) for i, fen in enumerate(plan.agreed)]),
            case.version)
    if plan.outcome == "fail":
        return app.mediation.fail(case.id, "分歧较大", case.version)
    if plan.outcome == "terminate":
        return app.mediation.terminate(case.id, "申请人已申请仲裁", case.version)
    return case


def expected_figures(plans: Sequence[Plan]) -> tuple[int, int, int, int, float, int]:
    """(cases, accepted, concluded, successful, rate, agreed fen), counted by hand."""
    cases_ = len(plans)
    accepted_ = sum(1 for p in plans if p.outcome not in {"applied", "rejected"})
    concluded = sum(1 for p in plans
                    if p.outcome in {"success", "fail", "withdraw", "terminate"})
    successful = sum(1 for p in plans if p.outcome == "success")
    rate = round(successful / concluded, 4) if concluded else 0.0
    agreed = sum(sum(p.agreed) for p in plans)
    return cases_, accepted_, concluded, successful, rate, agreed


@pytest.fixture
def planned(app: UnionCase) -> tuple[dict[str, OrganizationRead], dict[str, MediatorRead],
                                     list[MediationCaseRead]]:
    orgs = {"A": make_org(app), "B": make_org(app, "秀洲区王店镇劳动争议调解委员会")}
    mediators = {"a1": make_mediator(app, orgs["A"].id, "王建国", "301"),
                 "a2": make_mediator(app, orgs["A"].id, "陈秀英", "402"),
                 "b1": make_mediator(app, orgs["B"].id, "徐海燕", "503"),
                 # 王建国 also serves in B: one person, two mediator records.
                 "a1x": make_mediator(app, orgs["B"].id, "王建国", "301")}
    made = [run_plan(app, plan, orgs, mediators, seq) for seq, plan in enumerate(PLANS)]
    return orgs, mediators, made


def test_figures_per_organization_and_mediator_equal_independent_counts(
        app: UnionCase, planned: Any) -> None:
    orgs, mediators, made = planned
    assert [c.status for c in made] == [
        MediationStatus.SUCCEEDED, MediationStatus.SUCCEEDED, MediationStatus.FAILED,
        MediationStatus.WITHDRAWN, MediationStatus.IN_MEDIATION, MediationStatus.SUCCEEDED,
        MediationStatus.TERMINATED, MediationStatus.APPLIED, MediationStatus.REJECTED]

    def row(figures: Any) -> tuple[int, int, int, int, float, int]:
        return (figures.cases, figures.accepted, figures.concluded, figures.successful,
                figures.success_rate, figures.agreed_fen)

    by_org = {f.id: f for f in app.mediation.figures_by_organization()}
    assert set(by_org) == {orgs["A"].id, orgs["B"].id}
    for key, org in orgs.items():
        assert by_org[org.id].name == org.name
        assert row(by_org[org.id]) == expected_figures([p for p in PLANS if p.org == key])
    # A: 5 cases, 4 concluded, 2 successful -> 0.5; 100050 + 33333 fen agreed.
    assert row(by_org[orgs["A"].id]) == (5, 5, 4, 2, 0.5, 133383)

    by_mediator = {f.id: f for f in app.mediation.figures_by_mediator()}
    assert set(by_mediator) == {m.id for m in mediators.values()}
    for key, mediator in mediators.items():
        assert by_mediator[mediator.id].name == mediator.name
        assert row(by_mediator[mediator.id]) == expected_figures(
            [p for p in PLANS if key in p.mediators])
    # a1: cases 1, 2, 4 -> 3 concluded, 2 successful: 2/3 rounded to four decimals.
    assert by_mediator[mediators["a1"].id].success_rate == 0.6667

    assert row(app.mediation.figures()) == expected_figures(PLANS)
    wages = MediationFilter(dispute_type="劳动报酬")
    assert row(app.mediation.figures(wages)) == expected_figures(
        [p for p in PLANS if p.dispute_type == "劳动报酬"])
    only_a2 = MediationFilter(mediator_id=mediators["a2"].id)
    assert [row(f) for f in app.mediation.figures_by_organization(only_a2)] == [
        expected_figures([p for p in PLANS if "a2" in p.mediators])]


def test_list_filters_counts_and_sorts_in_sql(app: UnionCase, planned: Any) -> None:
    orgs, mediators, made = planned

    def ids(flt: MediationFilter, sort: str = "number", descending: bool = False) -> list[int]:
        rows = app.mediation.page(flt, 0, 50, sort, descending)
        assert app.mediation.count(flt) == len(rows)
        return [r.id for r in rows]

    every = [c.id for c in made]
    assert ids(MediationFilter()) == every
    assert ids(MediationFilter(organization_id=orgs["B"].id)) == every[5:]
    assert ids(MediationFilter(mediator_id=mediators["a2"].id)) == [every[1], every[2],
                                                                   every[4]]
    assert ids(MediationFilter(dispute_type="工伤待遇")) == [every[5]]
    assert ids(MediationFilter(status="调解成功")) == [every[0], every[1], every[5]]
    assert ids(MediationFilter(concluded_only=True)) == [every[i] for i in (0, 1, 2, 3, 5, 6)]
    assert ids(MediationFilter(text="职工3")) == [every[3]]
    assert ids(MediationFilter(text="嘉禾纺织")) == every
    assert ids(MediationFilter(text="TJ2")) == [every[1]]
    assert ids(MediationFilter(date_from="2026-11-24")) == []
    assert ids(MediationFilter(date_to=TODAY)) == every
    assert ids(MediationFilter(), "agreed", True)[:3] == [every[0], every[1], every[5]]
    assert ids(MediationFilter(), "status") == [every[i] for i in (7, 8, 4, 0, 1, 5, 2, 3, 6)]
    page = app.mediation.page(MediationFilter(), 2, 3)
    assert [r.id for r in page] == every[2:5]
    assert page[0].organization_name == ORG_NAME
    counts = app.mediation.counts(MediationFilter())
    assert (counts.total, counts.open, counts.concluded, counts.successful) == (9, 1, 6, 3)
    with pytest.raises(ValidationError) as bad_sort:
        app.mediation.page(MediationFilter(), 0, 10, "amount")
    assert (bad_sort.value.code, bad_sort.value.field) == ("choice_invalid", "sort")
    with pytest.raises(ValidationError) as bad_status:
        app.mediation.count(MediationFilter(status="已结案"))
    assert bad_status.value.field == "status"


def test_payment_reminders_follow_the_agreed_dates(app: UnionCase, setup: Setup,
                                                   clock: FrozenClock) -> None:
    case = in_session(app, setup)
    case = app.mediation.agree(case.id, AgreementInput(terms="分三期支付", items=[
        AgreedItemInput("第一期", "1,000", due_on="2026-11-26"),
        AgreedItemInput("第二期", "2,000", due_on="2026-12-05"),
        AgreedItemInput("第三期", "3,000", due_on="2026-12-20"),
        AgreedItemInput("出具离职证明", "", due_on="2026-11-24")]), case.version)
    assert [r.item for r in app.mediation.payment_reminders()] == ["第一期"]
    set_today(clock, date(2026, 12, 1))
    reminders = app.mediation.payment_reminders()
    assert [(r.item, r.amount_fen, r.days_left, r.overdue) for r in reminders] == [
        ("第一期", 100000, -5, True), ("第二期", 200000, 4, False)]
    assert reminders[0].case_number == case.number
    assert [r.item for r in app.mediation.payment_reminders(days=30)] == [
        "第一期", "第二期", "第三期"]
    case = app.mediation.record_performance(
        case.id, "部分履行", paid_item_ids=[reminders[0].item_id],
        expected_version=case.version)
    assert [r.item for r in app.mediation.payment_reminders()] == ["第二期"]
    with pytest.raises(ValidationError) as foreign:
        app.mediation.record_performance(case.id, "部分履行", paid_item_ids=[9999],
                                         expected_version=case.version)
    assert foreign.value.field == "paid_item_ids"
    app.mediation.record_performance(case.id, "已履行", expected_version=case.version)
    assert app.mediation.payment_reminders(days=365) == []


# -- search, overview, locking, schema -------------------------------------------------------------


def test_search_by_case_number(app: UnionCase, setup: Setup) -> None:
    first = applied(app, setup)
    second = applied(app, setup)
    hits = app.search.search(second.number)
    mediation_hits = [h for h in hits if h.kind == "mediation"]
    assert [(h.number, h.record_id) for h in mediation_hits] == [(second.number, second.id)]
    assert mediation_hits[0].title == "张伟·劳动报酬"
    short = [h.number for h in app.search.search("tj1") if h.kind == "mediation"]
    assert short == [first.number]
    assert [h for h in app.search.search(f"{STATION}-XF-2026-00002")
            if h.kind == "mediation"] == []


def test_person_overview_lists_mediation_cases(app: UnionCase, setup: Setup) -> None:
    case = applied(app, setup)
    overview = app.persons.overview(case.applicants[1].person_id)
    lines = overview.lines["mediation"]
    assert [(c.number, c.status, c.title) for c in lines] == [
        (case.number, "申请", "劳动报酬：嘉兴嘉禾纺织有限公司")]
    mediator_overview = app.persons.overview(setup.lead.person_id)
    assert mediator_overview.lines["mediation"] == []


def test_stale_saves_are_refused(app: UnionCase, setup: Setup) -> None:
    case = applied(app, setup)
    accepted_case = app.mediation.accept(case.id, case.version)
    with pytest.raises(ConflictError) as stale:
        app.mediation.accept(case.id, case.version)
    assert stale.value.code == "stale"
    with pytest.raises(ConflictError):
        app.mediation.update(case.id, application(setup.org.id, [setup.lead.id]), case.version)
    # Changing only a claim still moves the case's version, so the other editor is refused.
    changed = app.mediation.update(case.id, application(
        setup.org.id, [setup.lead.id, setup.second.id],
        claims=[ClaimInput("工资", "100")]), accepted_case.version)
    assert changed.version > accepted_case.version
    assert [c.amount_fen for c in changed.claims] == [10000]
    with pytest.raises(ConflictError):
        app.mediation.add_session(case.id, SessionInput(), accepted_case.version)
    with_session = app.mediation.add_session(case.id, SessionInput(), changed.version)
    again = app.mediation.add_session(case.id, SessionInput(), with_session.version)
    assert again.version > with_session.version
    session_read = again.sessions[0]
    app.mediation.update_session(session_read.id, SessionInput(record="一"), session_read.version)
    with pytest.raises(ConflictError):
        app.mediation.update_session(session_read.id, SessionInput(record="二"),
                                     session_read.version)


def test_an_update_soft_deletes_dropped_parts_and_audits_them(app: UnionCase,
                                                              setup: Setup) -> None:
    case = applied(app, setup)
    dropped = case.applicants[1]
    updated = app.mediation.update(case.id, application(
        setup.org.id, [setup.second.id],
        applicants=[ApplicantInput(person_id=case.applicants[0].person_id)],
        claims=[ClaimInput("工资", "5,000")]), case.version)
    assert [a.name for a in updated.applicants] == ["张伟"]
    assert [(m.name, m.is_lead) for m in updated.mediators] == [("陈秀英", True)]
    assert updated.claimed_fen == 500000
    with app.ctx.read() as session:
        parties = session.exec(select(MediationParty).where(
            MediationParty.case_id == case.id)).all()
        deleted = [p for p in parties if p.deleted_at is not None]
        assert [p.person_id for p in deleted] == [dropped.person_id]
        actions = {e.action for e in session.exec(select(AuditEvent).where(
            AuditEvent.entity == "mediation_party")).all()}
    assert actions == {"create", "delete"}
    assert app.mediation.timeline(case.id)[-1].step == "修改"


def test_maintenance_counts_mediation_records(app: UnionCase, setup: Setup) -> None:
    applied(app, setup)
    counts = app.maintenance.check().counts
    assert (counts["mediation_organization"], counts["mediator"], counts["mediation_case"]) == (
        1, 2, 1)


def test_schema_made_by_the_migrations_matches_the_models(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "fresh.db"))
    try:
        with db.engine.connect() as conn:
            differences = compare_metadata(
                MigrationContext.configure(conn, opts=COMPARE), SQLModel.metadata)
        assert differences == []
        # Down to intake and up again: the mediation revision undoes and redoes cleanly.
        from alembic import command

        from unioncase.db.migrate import _alembic_config

        config: Any = _alembic_config(db)
        with db.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0003")
        with db.engine.connect() as conn:
            left = compare_metadata(
                MigrationContext.configure(conn, opts=COMPARE), SQLModel.metadata)
        assert {d[1].name for d in left if d[0] == "add_table"} >= {
            "mediation_organization", "mediator", "mediation_case", "mediation_party",
            "mediation_case_mediator", "mediation_claim", "mediation_session",
            "mediation_agreement_item"}
        upgrade(db)
        with db.engine.connect() as conn:
            assert compare_metadata(
                MigrationContext.configure(conn, opts=COMPARE), SQLModel.metadata) == []
    finally:
        db.dispose()


def test_a_list_page_holds_every_part_with_its_real_types(app: UnionCase, setup: Setup) -> None:
    """The page builds its parts without validating them again: each must equal what
    validating its own fields gives (enums as enums, dates as dates, the lead mediator)."""
    from unioncase.domain.enums import Sex

    case = applied(app, setup, applied_on="2026-11-16")
    case = app.mediation.accept(case.id, case.version, on="2026-11-17")
    case = app.mediation.add_session(case.id, SessionInput(
        held_on="2026-11-18", place="街道调解室", attendees="张伟、李娜", record="笔录"),
        case.version)
    case = app.mediation.agree(case.id, AgreementInput(
        terms="分期支付", concluded_on="2026-11-20",
        items=[AgreedItemInput("第一期工资", "8,000", due_on="2026-11-30")]), case.version)
    [listed] = app.mediation.page(MediationFilter(), 0, 10)
    parts = [*listed.applicants, *listed.mediators, *listed.claims, *listed.sessions,
             *listed.agreed_items]
    assert len(listed.applicants) == 2
    assert len(listed.mediators) >= 1
    assert [m.is_lead for m in listed.mediators] == [True] + [False] * (len(listed.mediators) - 1)
    assert listed.claims
    assert len(listed.sessions) == len(listed.agreed_items) == 1
    for part in parts:
        assert type(part).model_validate(part.model_dump()) == part
    assert all(isinstance(a.sex, Sex) for a in listed.applicants if a.sex is not None)
    assert all(isinstance(m.kind, MediatorKind) for m in listed.mediators)
    [session] = listed.sessions
    assert (session.seq, session.held_on, session.case_id) == (1, date(2026, 11, 18), case.id)
    assert session.created_at.tzinfo is not None
    assert listed.agreed_items[0].due_on == date(2026, 11, 30)
    assert listed.agreed_fen == 800000
    assert listed.model_dump() == case.model_dump()  # the same as after the last step


def test_the_alerts_name_the_first_few_and_count_all(app: UnionCase, setup: Setup,
                                                     clock: FrozenClock) -> None:
    """The tab names four cases of each alert: the lists are cut in SQL, in the order the whole
    list has, and the counts are of every case."""
    agreed = []
    for day in (26, 24, 28, 23, 27, 25):  # agreed payments due on these days of November
        case = in_session(app, setup)
        agreed.append(app.mediation.agree(case.id, AgreementInput(terms="分期支付", items=[
            AgreedItemInput("第一期", "100", due_on=f"2026-11-{day}"),
            AgreedItemInput("第二期", "200", due_on=f"2026-11-{day + 1}")]), case.version))
    late = [accepted(app, setup) for _ in range(6)]
    set_today(clock, date(2026, 12, 9))
    everything = app.mediation.payment_reminders()
    assert len(everything) == 12
    first_cases = list(dict.fromkeys(r.case_id for r in everything))[:4]
    assert [a.id for a in sorted(agreed, key=lambda a: a.agreed_items[0].due_on or date.max)
            ][:4] == first_cases
    assert app.mediation.payment_reminders(cases=4) == [
        r for r in everything if r.case_id in first_cases]
    assert app.mediation.payment_reminder_cases() == 6
    overdue = app.mediation.overdue()
    assert {c.id for c in overdue} == {c.id for c in late}
    assert app.mediation.overdue(limit=4) == overdue[:4]
    assert app.mediation.deadline_counts() == (6, 0)
    assert app.mediation.deadline_counts(today=date(2026, 11, 30)) == (
        len(app.mediation.overdue(today=date(2026, 11, 30))),
        len(app.mediation.due_soon(today=date(2026, 11, 30))))
    assert app.mediation.due_soon(today=date(2026, 11, 30), limit=2) == \
        app.mediation.due_soon(today=date(2026, 11, 30))[:2]
