"""就业推荐 through the service: fairs with employers and positions, seekers at the desk and at a
fair, referrals and their follow-up, matching both ways, figures, routing from intake."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event

from tests.conftest import FrozenClock, valid_credit_code, valid_id
from tests.test_mediation_service import set_today
from unioncase.domain.errors import ConflictError, ValidationError
from unioncase.domain.intake import Handling
from unioncase.domain.jobs import ReferralResult, SeekerSource, match_score
from unioncase.models import CaseLinkRead
from unioncase.services import UnionCase
from unioncase.services.intake import IntakeInput
from unioncase.services.jobs import (
    FairInput,
    PositionInput,
    ReferralInput,
    SeekerFilter,
    SeekerInput,
)
from unioncase.services.registry import EnterpriseInput


def employer(app: UnionCase, name: str, body: str) -> int:
    return app.enterprises.create(EnterpriseInput(
        name=name, credit_code=valid_credit_code(body), address="嘉兴市南湖区中环南路1号",
        phone="0573-82001234")).id


@pytest.fixture
def fair(app: UnionCase) -> tuple[int, int, int]:
    """A spring fair with two employers and their positions: (fair, welder, driver)."""
    held = app.jobs.create_fair(FairInput("2026年春风行动南湖专场", "2026-11-20",
                                          "南湖区人力资源市场", "南湖区总工会", "春风行动2026"))
    machine = employer(app, "嘉兴恒力机械有限公司", "91330402MA2B3C4D1")
    logistics = employer(app, "嘉兴顺达物流有限公司", "91330402MA2B3C4D2")
    welder = app.jobs.add_position(PositionInput(machine, "电焊工", 5, "5,000", "7,000",
                                                 "持焊工证，两年以上经验", held.id))
    app.jobs.add_position(PositionInput(machine, "普工", 20, "4,200", "5,000", "", held.id))
    driver = app.jobs.add_position(PositionInput(logistics, "货车司机", 3, "6,000", "8,000",
                                                 "B2驾照", held.id))
    return held.id, welder.id, driver.id


def test_matching_needs_a_shared_pair_of_characters() -> None:
    assert match_score("电焊工", "电焊工 持焊工证") > match_score("焊工", "电焊工")
    assert match_score("焊工", "电焊工") > 0
    assert match_score("司机", "货车司机 B2驾照") > 0
    assert match_score("普工", "操作工") == 0  # only 工 in common


def test_a_fair_counts_its_employers_positions_seekers_and_placements(
        app: UnionCase, fair: tuple[int, int, int]) -> None:
    fair_id, welder, driver = fair
    at_fair = app.jobs.register(SeekerInput(name="赵磊", id_number=valid_id(seq="411"),
                                            phone="13905731111", desired_job="电焊工",
                                            education="初中", situation="返乡农民工",
                                            fair_id=fair_id))
    assert at_fair.source is SeekerSource.FAIR
    assert at_fair.number == "330402001-JY-2026-00001"
    referral = app.jobs.refer(ReferralInput(at_fair.id, position_id=welder))
    assert (referral.fair_id, referral.enterprise_name, referral.position_title) == (
        fair_id, "嘉兴恒力机械有限公司", "电焊工")
    assert referral.follow_up_due == date(2026, 12, 7)
    desk = app.jobs.register(SeekerInput(name="钱芳", id_number=valid_id(seq="422"),
                                         desired_job="司机"))
    app.jobs.refer(ReferralInput(desk.id, position_id=driver, fair_id=fair_id))
    app.jobs.record_result(referral.id, "已上岗", referral.version, start_on="2026-11-25")
    figures = app.jobs.fair(fair_id)
    assert (figures.employers, figures.positions, figures.wanted) == (2, 3, 28)
    assert (figures.seekers, figures.referrals, figures.placements) == (2, 2, 1)
    totals = app.jobs.figures()
    assert (totals.seekers, totals.referred, totals.referrals, totals.placements) == (2, 2, 2, 1)
    assert totals.placement_rate == 0.5


def test_a_seeker_registered_twice_is_one_person(app: UnionCase) -> None:
    first = app.jobs.register(SeekerInput(name="孙丽", id_number=valid_id(seq="433"),
                                          desired_job="收银员"))
    again = app.jobs.register(SeekerInput(name="孙丽", id_number=valid_id(seq="433"),
                                          desired_job="理货员"))
    assert first.person_id == again.person_id
    assert first.number != again.number
    with pytest.raises(ValidationError) as bad:
        app.jobs.register(SeekerInput(name="李四", education="博士"))
    assert bad.value.field == "education"


def test_results_need_their_details_and_come_once(app: UnionCase,
                                                  fair: tuple[int, int, int]) -> None:
    _fair, welder, _driver = fair
    seeker = app.jobs.register(SeekerInput(name="周强", id_number=valid_id(seq="444"),
                                           desired_job="焊工"))
    referral = app.jobs.refer(ReferralInput(seeker.id, position_id=welder))
    with pytest.raises(ValidationError) as placed:
        app.jobs.record_result(referral.id, "已上岗", referral.version)
    assert placed.value.field == "start_on"
    with pytest.raises(ValidationError) as refused:
        app.jobs.record_result(referral.id, "未录用", referral.version)
    assert refused.value.field == "reason"
    answered = app.jobs.record_result(referral.id, "未录用", referral.version,
                                      reason="无焊工证")
    assert answered.result is ReferralResult.NOT_HIRED
    with pytest.raises(ConflictError):
        app.jobs.record_result(referral.id, "已上岗", answered.version, start_on="2026-11-24")
    assert [e.step for e in app.jobs.timeline(seeker.id)] == ["求职登记", "推荐", "反馈"]


def test_follow_up_is_due_fourteen_days_after_a_referral(app: UnionCase, clock: FrozenClock,
                                                         fair: tuple[int, int, int]) -> None:
    _fair, welder, driver = fair
    seeker = app.jobs.register(SeekerInput(name="吴敏", id_number=valid_id(seq="455"),
                                           desired_job="司机"))
    pending = app.jobs.refer(ReferralInput(seeker.id, position_id=driver))
    answered = app.jobs.refer(ReferralInput(seeker.id, position_id=welder))
    app.jobs.record_result(answered.id, "未录用", answered.version, reason="不合适")
    set_today(clock, date(2026, 12, 6))
    assert app.jobs.follow_ups() == []
    set_today(clock, date(2026, 12, 7))
    assert [r.id for r in app.jobs.follow_ups()] == [pending.id]


def test_matching_both_ways(app: UnionCase, fair: tuple[int, int, int]) -> None:
    _fair, welder, driver = fair
    welder_seeker = app.jobs.register(SeekerInput(name="郑伟", id_number=valid_id(seq="466"),
                                                  desired_job="焊工", skills="焊工证"))
    driver_seeker = app.jobs.register(SeekerInput(name="王军", id_number=valid_id(seq="477"),
                                                  desired_job="货车司机", skills="B2驾照"))
    assert [p.id for p in app.jobs.match_positions(welder_seeker.id)] == [welder]
    assert [p.id for p in app.jobs.match_positions(driver_seeker.id)] == [driver]
    assert [s.id for s in app.jobs.match_seekers(driver)] == [driver_seeker.id]
    referral = app.jobs.refer(ReferralInput(driver_seeker.id, position_id=driver))
    app.jobs.record_result(referral.id, "已上岗", referral.version, start_on="2026-11-23")
    assert app.jobs.match_seekers(driver) == []  # placed: no longer offered


def test_the_list_filters_by_fair_employer_and_result(app: UnionCase,
                                                      fair: tuple[int, int, int]) -> None:
    fair_id, welder, _driver = fair
    a = app.jobs.register(SeekerInput(name="冯一", id_number=valid_id(seq="488"),
                                      desired_job="焊工", fair_id=fair_id))
    b = app.jobs.register(SeekerInput(name="陈二", id_number=valid_id(seq="499"),
                                      desired_job="会计"))
    referral = app.jobs.refer(ReferralInput(a.id, position_id=welder))
    assert {s.id for s in app.jobs.page(SeekerFilter())} == {a.id, b.id}
    assert [s.id for s in app.jobs.page(SeekerFilter(fair_id=fair_id))] == [a.id]
    assert [s.id for s in app.jobs.page(SeekerFilter(result="待反馈"))] == [a.id]
    assert app.jobs.count(SeekerFilter(enterprise_id=referral.enterprise_id)) == 1
    assert [s.id for s in app.jobs.page(SeekerFilter(text="会计"))] == [b.id]


def test_an_intake_case_routed_to_jobs_is_linked_both_ways(app: UnionCase) -> None:
    intake = app.intake.register(IntakeInput(
        channel="来访", name="蒋涛", id_number=valid_id(seq="511"), category="政策咨询",
        summary="失业半年，希望推荐电工岗位"))
    intake = app.intake.accept(intake.id, intake.version)
    routed = app.intake.route(intake.id, Handling.TO_JOBS, intake.version)
    assert routed.link is not None
    seeker = app.jobs.by_number(routed.link.number)
    assert seeker is not None
    assert (seeker.person_id, seeker.source, seeker.notes) == (
        intake.person_id, SeekerSource.INTAKE, "失业半年，希望推荐电工岗位")
    assert app.jobs.links(seeker.id) == [CaseLinkRead(
        relation="转就业", kind="XF", number=intake.number, uuid=intake.uuid, direction="in")]
    assert [h.kind for h in app.search.search(seeker.number)] == ["jobs"]
    assert [c.number for c in app.persons.overview(intake.person_id).lines["jobs"]] == [
        seeker.number]


@contextmanager
def statements(app: UnionCase) -> Iterator[list[str]]:
    """The SQL statements run inside the block."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(app.ctx.db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(app.ctx.db.engine, "before_cursor_execute", record)


@pytest.fixture
def three(app: UnionCase, fair: tuple[int, int, int]) -> tuple[int, int, int]:
    """张伟 (placed at the logistics firm), 安琪 (latest referral: not hired at the machine
    works), 李娜 (never referred): (zhang, an, li)."""
    _fair, welder, driver = fair
    zhang = app.jobs.register(SeekerInput(name="张伟", id_number=valid_id(seq="611"),
                                          phone="13905736611", desired_job="货车司机",
                                          situation="其他", registered_on="2026-11-01"))
    an = app.jobs.register(SeekerInput(name="安琪", id_number=valid_id(seq="622"),
                                       desired_job="电焊工", situation="失业",
                                       registered_on="2026-11-10"))
    li = app.jobs.register(SeekerInput(name="李娜", id_number=valid_id(seq="633"),
                                       desired_job="会计", situation="应届毕业生",
                                       registered_on="2026-11-05"))
    placed = app.jobs.refer(ReferralInput(zhang.id, position_id=driver, referred_on="2026-11-02"))
    app.jobs.record_result(placed.id, "已上岗", placed.version, start_on="2026-11-09")
    app.jobs.refer(ReferralInput(an.id, position_id=driver, referred_on="2026-11-12"))
    refused = app.jobs.refer(ReferralInput(an.id, position_id=welder, referred_on="2026-11-15"))
    app.jobs.record_result(refused.id, "未录用", refused.version, reason="无焊工证")
    return zhang.id, an.id, li.id


@pytest.mark.parametrize(("sort", "ascending"), [
    ("registered_on", "zhang li an"),
    ("number", "zhang an li"),
    ("name", "an li zhang"),  # by pinyin: an qi, li na, zhang wei
    ("desired_job", "li an zhang"),  # 会 < 电 < 货: by code point (no pinyin key)
    ("situation", "an li zhang"),  # 失业, 应届毕业生, 其他: the declared order
    ("latest_referral", "an zhang li"),  # 恒力 before 顺达 by pinyin; none last
    ("result", "zhang an li"),  # 已上岗 before 未录用; none last
])
def test_every_column_sorts_in_sql_both_ways_page_by_page(
        app: UnionCase, three: tuple[int, int, int], sort: str, ascending: str) -> None:
    ids = dict(zip(("zhang", "an", "li"), three, strict=True))
    expected = [ids[name] for name in ascending.split()]
    listed = [s.id for s in app.jobs.page(SeekerFilter(), sort=sort, descending=False)]
    assert listed == expected
    # One row a page: the order comes from SQL, not from sorting a page in Python.
    paged = [app.jobs.page(SeekerFilter(), i, 1, sort, False)[0].id for i in range(3)]
    assert paged == expected
    descending = [s.id for s in app.jobs.page(SeekerFilter(), sort=sort, descending=True)]
    if sort in {"latest_referral", "result"}:  # the seeker never referred stays last
        assert descending == [*expected[:2][::-1], expected[2]]
    else:
        assert descending == expected[::-1]


def test_an_unknown_sort_key_is_refused(app: UnionCase) -> None:
    with pytest.raises(ValidationError) as bad:
        app.jobs.page(SeekerFilter(), sort="salary")
    assert bad.value.field == "sort"


@pytest.mark.parametrize(("text", "found"), [
    ("娜", "li"),  # any part of the name (the name index)
    ("安琪", "an"),
    ("zhangw", "zhang"),  # pinyin
    ("aq", "an"),  # initials
    (valid_id(seq="633")[-4:], "li"),  # the ID number's last four
    ("1390573", "zhang"),  # the phone's start
    ("焊工", "an"),  # the desired job
    ("JY2", "an"),  # the kind's marker and the sequence
    ("王", ""),
])
def test_the_text_filter_is_sql_and_counts_what_it_lists(
        app: UnionCase, three: tuple[int, int, int], text: str, found: str) -> None:
    ids = dict(zip(("zhang", "an", "li"), three, strict=True))
    expected = [ids[found]] if found else []
    flt = SeekerFilter(text=text)
    assert [s.id for s in app.jobs.page(flt)] == expected
    assert app.jobs.count(flt) == len(expected)


def test_dates_fair_employer_and_result_narrow_the_list(
        app: UnionCase, three: tuple[int, int, int], fair: tuple[int, int, int]) -> None:
    zhang, an, li = three
    fair_id, _welder, _driver = fair

    def listed(**kwargs: Any) -> set[int]:
        flt = SeekerFilter(**kwargs)
        found = {s.id for s in app.jobs.page(flt)}
        assert app.jobs.count(flt) == len(found)
        return found

    assert listed(date_from="2026-11-05") == {an, li}
    assert listed(date_from=date(2026, 11, 2), date_to="2026-11-09") == {li}
    assert listed(fair_id=fair_id) == {zhang, an}  # referred to the fair's positions
    logistics = app.jobs.get(zhang).referrals[0].enterprise_id
    assert listed(enterprise_id=logistics) == {zhang, an}
    assert listed(result="未录用") == {an}
    assert listed(result="已上岗", text="zw") == {zhang}


def test_a_page_is_read_in_the_same_few_queries_however_long(
        app: UnionCase, three: tuple[int, int, int]) -> None:
    with statements(app) as one:
        assert len(app.jobs.page(SeekerFilter(), 0, 1)) == 1
    with statements(app) as all_three:
        seekers = app.jobs.page(SeekerFilter(), 0, 3)
    assert len(seekers) == 3
    assert len(all_three) == len(one) <= 2  # the seekers with persons and fairs; referrals
    by_id = {s.id: s for s in seekers}
    for seeker_id in three:  # the same as reading each one
        assert by_id[seeker_id] == app.jobs.get(seeker_id)


def test_follow_ups_name_the_oldest_few_and_count_them_all(
        app: UnionCase, fair: tuple[int, int, int]) -> None:
    _fair, welder, driver = fair
    made = []
    for i, (position, day) in enumerate([(driver, "2026-11-04"), (welder, "2026-11-02"),
                                         (driver, "2026-11-03")]):
        seeker = app.jobs.register(SeekerInput(name=f"回访{i}", registered_on="2026-11-01"))
        made.append(app.jobs.refer(ReferralInput(seeker.id, position_id=position,
                                                 referred_on=day)).id)
    assert app.jobs.follow_up_count() == 3
    assert [r.id for r in app.jobs.follow_ups(limit=2)] == [made[1], made[2]]
    assert [r.id for r in app.jobs.follow_ups()] == [made[1], made[2], made[0]]
    assert app.jobs.follow_up_count(date(2026, 11, 16)) == 1


def test_the_fairs_filter_reads_their_names_in_one_query(
        app: UnionCase, fair: tuple[int, int, int]) -> None:
    later = app.jobs.create_fair(FairInput("2026年冬季招聘会", "2026-11-22"))
    with statements(app) as seen:
        names = app.jobs.fair_names()
    assert names == [(later.id, "2026年冬季招聘会"), (fair[0], "2026年春风行动南湖专场")]
    assert len(seen) == 1
