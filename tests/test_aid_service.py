"""困难帮扶: the hardship registry, programs, batches and applications through the service."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import FrozenClock, valid_id
from tests.test_mediation_service import set_today
from unioncase.db.name_index import include_name
from unioncase.domain.aid import AidStatus, BatchStatus, HardshipCategory, suggest_category
from unioncase.domain.errors import ConflictError, ValidationError, ValidationErrors
from unioncase.domain.intake import Handling
from unioncase.models import CaseLinkRead
from unioncase.services import UnionCase
from unioncase.services.aid import (
    AidFilter,
    ApplicationInput,
    BatchInput,
    FileFilter,
    FileInput,
    MemberInput,
    masked_account,
)
from unioncase.services.intake import IntakeInput
from unioncase.services.registry import PersonInput

COMPARE = {"include_name": include_name}  # the FTS5 name indexes are not models

OFFICER = "周海燕"
HEAD = "钱国平"


@pytest.fixture
def staff(app: UnionCase) -> None:
    app.staff.create(OFFICER, "帮扶专干")
    app.staff.create(HEAD, "站长")


def person(app: UnionCase, name: str, seq: str) -> int:
    return app.persons.create(PersonInput(name=name, id_number=valid_id(seq=seq))).id


def program_id(app: UnionCase, name: str) -> int:
    found = app.aid.program_by_name(name)
    assert found is not None
    return found.id


def approved(app: UnionCase, app_id: int, amount: str = "2000") -> int:
    """Review as the officer and approve as the head; back to the officer."""
    case = app.aid.get(app_id)
    app.login(OFFICER)
    case = app.aid.review(case.id, case.version, approved=amount)
    app.login(HEAD)
    case = app.aid.approve(case.id, case.version)
    app.login(OFFICER)
    return case.version


# -- rules ------------------------------------------------------------------------------------


def test_category_suggested_from_the_household_figures() -> None:
    standard = 100000  # 1,000 yuan a person a month
    # 3 people, 30,000 a year: 833.33 a month each → below the standard
    assert suggest_category(3000000, 0, 3, standard) is HardshipCategory.DEEP
    # 3 people, 60,000 a year: 1,666.66 → below twice the standard
    assert suggest_category(6000000, 0, 3, standard) is HardshipCategory.RELATIVE
    # costs take more than 80% of the income; what is left (958 a month each) is above twice
    # a standard of 400: not poor by income, struck by the costs
    assert suggest_category(12000000, 9700000, 2, 40000) is HardshipCategory.ACCIDENT
    assert suggest_category(12000000, 9500000, 2, 40000) is None  # 79%: not by these figures
    assert suggest_category(12000000, 9700000, 2, 50000) is HardshipCategory.RELATIVE
    # costs are deducted before the comparison: 72,000 − 36,000 over 3 people = 1,000 a month
    assert suggest_category(7200000, 3600000, 3, standard) is HardshipCategory.RELATIVE
    assert suggest_category(7200000, 3600001, 3, standard) is HardshipCategory.DEEP
    assert suggest_category(3000000, 0, 3, None) is None  # no standard set for the year


def test_a_hardship_file_computes_and_suggests_and_the_officer_confirms(
        app: UnionCase) -> None:
    app.aid.set_standard(2026, "1,050")
    pid = person(app, "王秀兰", "101")
    file = app.aid.save_file(FileInput(
        person_id=pid, year=2026, members=[
            MemberInput("李强", "配偶", "48", "尿毒症", "无业", ""),
            MemberInput("李晨", "子女", "16", "健康", "学生", "")],
        income="36,000", essential_costs="12,000", causes=["疾病", "子女就学"],
        bank_name="农业银行", bank_account="6228 4803 1234 5678 901"))
    assert file.household_size == 3
    assert file.per_capita_monthly_fen == 66666  # (36,000 − 12,000) / 3 / 12
    assert file.suggested_category is HardshipCategory.DEEP
    assert file.category is None  # the officer confirms it
    assert file.cause_list == ["疾病", "子女就学"]
    assert file.bank_account == "6228480312345678901"
    assert masked_account(file.bank_account) == "***************8901"
    assert file.review_due == date(2027, 11, 23)
    assert [m.name for m in file.members] == ["李强", "李晨"]
    confirmed = app.aid.save_file(FileInput(
        person_id=pid, year=2026, members=[MemberInput("李强", "配偶")], income="36,000",
        essential_costs="12,000", category="深度困难"), file.version)
    assert confirmed.category is HardshipCategory.DEEP
    assert confirmed.household_size == 2
    assert len(confirmed.members) == 1
    with pytest.raises(ConflictError):
        app.aid.save_file(FileInput(person_id=pid, year=2026))  # a second file
    with pytest.raises(ConflictError):
        app.aid.save_file(FileInput(person_id=pid, year=2026), file.version)  # stale


def test_bad_file_input_is_reported_together_and_nothing_written(app: UnionCase) -> None:
    pid = person(app, "张三", "102")
    with pytest.raises(ValidationErrors) as bad:
        app.aid.save_file(FileInput(person_id=pid, year=2026, income="12.345",
                                    members=[MemberInput("", age="200")],
                                    bank_account="12ab", category="很困难"))
    fields = {e.field for e in bad.value.errors}
    assert fields == {"income", "members[0].name", "members[0].age", "bank_account",
                      "category"}
    assert app.aid.file_of(pid) is None


def test_reviews_due_and_overdue(app: UnionCase, clock: FrozenClock) -> None:
    pid = person(app, "赵六", "103")
    app.aid.save_file(FileInput(person_id=pid, year=2026, review_due="2026-12-10"))
    other = person(app, "钱七", "104")
    app.aid.save_file(FileInput(person_id=other, year=2026, review_due="2027-06-01"))
    due = app.aid.reviews_due()
    assert [(d.name, d.days_left, d.overdue) for d in due] == [("赵六", 17, False)]
    set_today(clock, date(2026, 12, 15))
    assert [(d.name, d.overdue) for d in app.aid.reviews_due()] == [("赵六", True)]


# -- workflow -----------------------------------------------------------------------------------


def test_no_step_can_be_skipped_and_each_needs_its_role(app: UnionCase, staff: None) -> None:
    pid = person(app, "孙八", "105")
    case = app.aid.apply(ApplicationInput(person_id=pid, program_id=program_id(app, "医疗互助"),
                                          requested="3,000", reason="住院医疗费"))
    assert case.status is AidStatus.APPLIED
    assert case.number == "330402001-BF-2026-00001"
    app.login(HEAD)
    with pytest.raises(ValidationError) as skipped:
        app.aid.approve(case.id, case.version)  # not reviewed yet
    assert skipped.value.code == "workflow_step"
    with pytest.raises(ValidationError) as paid:
        app.aid.pay(case.id, case.version, method="现金")
    assert paid.value.code == "workflow_step"
    app.login("李晓燕")  # not staff of the aid line
    with pytest.raises(ValidationError) as role:
        app.aid.review(case.id, case.version, approved="2,500")
    assert role.value.code == "role_required"
    app.login(OFFICER)
    case = app.aid.review(case.id, case.version, approved="2,500", note="票据齐全")
    assert (case.status, case.approved_fen, case.reviewed_by) == (AidStatus.REVIEWED, 250000,
                                                                  OFFICER)
    with pytest.raises(ValidationError) as officer:
        app.aid.approve(case.id, case.version)  # the officer may not approve
    assert officer.value.code == "role_required"
    app.login(HEAD)
    case = app.aid.approve(case.id, case.version)
    case = app.aid.pay(case.id, case.version, method="银行转账")
    assert (case.status, case.paid_on) == (AidStatus.PAID, date(2026, 11, 23))
    assert [e.step for e in app.aid.timeline(case.id)] == ["申请", "审核", "审批", "发放"]
    with pytest.raises(ValidationError):
        app.aid.reject(case.id, "重复", case.version)


def test_the_reviewer_cannot_approve_their_own_review(app: UnionCase, staff: None) -> None:
    pid = person(app, "周九", "106")
    case = app.aid.apply(ApplicationInput(person_id=pid, program_id=program_id(app, "医疗互助"),
                                          requested="500"))
    app.login(HEAD)  # the head may review, but then someone else approves
    case = app.aid.review(case.id, case.version, approved="500")
    with pytest.raises(ValidationError) as same:
        app.aid.approve(case.id, case.version)
    assert same.value.code == "approver_is_reviewer"


def test_warnings_for_twice_in_a_year_over_budget_and_no_file(app: UnionCase,
                                                              staff: None) -> None:
    warm = program_id(app, "送温暖")  # requires a hardship file
    app.aid.set_budget(warm, 2026, "5,000")
    batch = app.aid.create_batch(BatchInput("2026年春节送温暖", warm, "2026-11-20"))
    pid = person(app, "吴十", "107")
    first = app.aid.apply(ApplicationInput(pid, warm, "3,000", batch_id=batch.id))
    assert first.warnings == ("not_in_registry",)
    app.aid.save_file(FileInput(person_id=pid, year=2026))
    second = app.aid.apply(ApplicationInput(pid, warm, "2,500", batch_id=batch.id))
    assert set(second.warnings) == {"duplicate_in_year", "over_budget"}  # 5,500 > 5,000
    assert "duplicate_in_year" in app.aid.get(first.id).warnings
    app.login(OFFICER)
    rejected = app.aid.reject(second.id, "本年度已救助", second.version)
    assert rejected.warnings == ()
    assert app.aid.get(first.id).warnings == ()


def test_a_batch_is_paid_only_after_its_public_notice(app: UnionCase, staff: None,
                                                      clock: FrozenClock) -> None:
    illness = program_id(app, "大病救助")  # 5 working days of public notice
    set_today(clock, date(2026, 9, 30))
    batch = app.aid.create_batch(BatchInput("心连心第二批", illness))
    ids = []
    for i, (name, amount) in enumerate((("郑一", "5,000"), ("冯二", "4,800.50"))):
        pid = person(app, name, f"2{i}1")
        ids.append(app.aid.apply(ApplicationInput(pid, illness, amount, batch_id=batch.id)).id)
    app.login(HEAD)
    batch = app.aid.batch(batch.id)
    with pytest.raises(ValidationError) as early:
        app.aid.approve_batch(batch.id, batch.version)
    assert early.value.code == "batch_not_approved"
    for app_id, amount in zip(ids, ("5,000", "4,800.50"), strict=True):
        approved(app, app_id, amount)
    app.login(HEAD)
    batch = app.aid.approve_batch(batch.id, app.aid.batch(batch.id).version)
    # after Wednesday 30 September: 8, 9, Saturday 10 October (a make-up working day), 12, 13
    assert batch.notice_until == date(2026, 10, 13)
    assert batch.approved_fen == 980050
    set_today(clock, date(2026, 10, 13))
    with pytest.raises(ValidationError) as running:
        app.aid.pay_batch(batch.id, batch.version, method="银行转账")
    assert running.value.code == "notice_running"
    assert all(app.aid.get(i).status is AidStatus.APPROVED for i in ids)
    set_today(clock, date(2026, 10, 14))
    batch = app.aid.pay_batch(batch.id, batch.version, method="银行转账")
    assert batch.status is BatchStatus.PAID
    assert (batch.paid_fen, batch.persons) == (980050, 2)
    assert all(app.aid.get(i).status is AidStatus.PAID for i in ids)


def test_figures_per_program_count_distinct_persons(app: UnionCase, staff: None) -> None:
    medical = program_id(app, "医疗互助")
    pid = person(app, "褚一", "301")
    other = person(app, "卫二", "302")
    for who, amount in ((pid, "1,000"), (pid, "500.5"), (other, "300")):
        case = app.aid.apply(ApplicationInput(who, medical, amount))
        approved(app, case.id, amount)
        app.login(HEAD)
        fresh = app.aid.get(case.id)
        app.aid.pay(fresh.id, fresh.version, method="现金")
    figures = app.aid.figures_by_program(AidFilter(year=2026))
    assert [(f.name, f.persons, f.payments, f.paid_fen) for f in figures] == [
        ("医疗互助", 2, 3, 180050)]


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(amounts=st.lists(st.integers(min_value=1, max_value=10_000_000), min_size=1,
                        max_size=6))
def test_totals_are_exact_in_fen(app: UnionCase, staff: None, amounts: list[int]) -> None:
    medical = program_id(app, "医疗互助")
    before = app.aid.totals(AidFilter(program_id=medical))
    pid = person(app, "蒋三", "401") if app.persons.search("蒋三") == [] else \
        app.persons.search("蒋三")[0].id
    batch = app.aid.create_batch(BatchInput("批次", medical))
    for fen in amounts:
        text = f"{fen // 100}.{fen % 100:02d}"
        case = app.aid.apply(ApplicationInput(pid, medical, text, batch_id=batch.id))
        approved(app, case.id, text)
    app.login(HEAD)
    batch = app.aid.approve_batch(batch.id, app.aid.batch(batch.id).version)
    batch = app.aid.pay_batch(batch.id, batch.version, method="现金")
    assert batch.paid_fen == sum(amounts)
    after = app.aid.totals(AidFilter(program_id=medical))
    assert after.paid_fen - before.paid_fen == sum(amounts)
    assert after.payments - before.payments == len(amounts)
    app.login(OFFICER)


def test_an_intake_case_routed_to_aid_is_linked_both_ways(app: UnionCase) -> None:
    intake = app.intake.register(IntakeInput(
        channel="来访", name="沈梅", id_number=valid_id(seq="501"), category="其他",
        summary="丈夫重病，家庭生活困难，申请帮扶"))
    intake = app.intake.accept(intake.id, intake.version)
    routed = app.intake.route(intake.id, Handling.TO_AID, intake.version)
    assert not routed.pending
    assert routed.link is not None
    case = app.aid.by_number(routed.link.number)
    assert case is not None
    assert (case.person_id, case.program_name, case.reason) == (
        intake.person_id, "生活救助", "丈夫重病，家庭生活困难，申请帮扶")
    assert app.aid.links(case.id) == [CaseLinkRead(
        relation="转帮扶", kind="XF", number=intake.number, uuid=intake.uuid, direction="in")]
    hits = app.search.search(case.number)
    assert [h.kind for h in hits] == ["aid"]
    overview = app.persons.overview(intake.person_id)
    assert [c.number for c in overview.lines["aid"]] == [case.number]


def test_the_aid_migration_upgrades_a_mediation_database(tmp_path: Path) -> None:
    """A database made before the aid line (0004) is upgraded on opening: the tables come
    with the five usual programs."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    from unioncase.db.migrate import _alembic_config, open_database, upgrade

    path = tmp_path / "old.db"
    db = open_database(str(path))
    config: Any = _alembic_config(db)
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0004")
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts=COMPARE)
        missing = {d[1].name for d in compare_metadata(context, SQLModel.metadata)
                   if d[0] == "add_table"}
    assert missing >= {"hardship_file", "household_member", "aid_program", "aid_budget",
                       "aid_batch", "aid_application"}
    db.dispose()
    reopened = UnionCase.open(str(path))
    reopened.stations.init_station("330402001", "东栅街道工会服务站")
    assert [p.name for p in reopened.aid.programs()] == ["送温暖", "大病救助", "金秋助学",
                                                         "生活救助", "医疗互助"]
    assert [p.notice_days for p in reopened.aid.programs()] == [0, 5, 5, 0, 0]
    upgrade(reopened.db)  # at head: nothing to do
    with reopened.db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts=COMPARE)
        assert compare_metadata(context, SQLModel.metadata) == []


# -- the registry's list ------------------------------------------------------------------------


@pytest.fixture
def registry(app: UnionCase) -> dict[str, int]:
    """Four files, saved in this order: 王秀兰 deep (review overdue), 安建国 relative (suggested
    deep), 李娜 not yet categorized, 赵强 out of hardship; their ids by the name's pinyin."""
    app.aid.set_standard(2026, "1,000")
    files = {}
    for key, name, seq, income, category, causes, status, review in [
            ("wang", "王秀兰", "201", "30,000", "深度困难", ["疾病"], "在档", "2026-11-01"),
            ("an", "安建国", "202", "20,000", "相对困难", ["失业", "子女就学"], "在档",
             "2027-03-01"),
            ("li", "李娜", "203", "50,000", "", [], "在档", ""),
            ("zhao", "赵强", "204", "90,000", "相对困难", ["残疾"], "脱困", "2027-01-01")]:
        saved = app.aid.save_file(FileInput(
            person_id=person(app, name, seq), year=2026, income=income, category=category,
            causes=causes, status=status, review_due=review,
            members=[MemberInput("家属", "配偶")]))
        files[key] = saved.id
    return files


def _listed(app: UnionCase, flt: FileFilter, sort: str = "name",
            descending: bool = False) -> list[int]:
    found = [f.id for f in app.aid.file_page(flt, sort=sort, descending=descending)]
    assert app.aid.file_count(flt) == len(found)
    return found


def test_the_registry_filters_by_status_category_and_text_in_sql(
        app: UnionCase, registry: dict[str, int]) -> None:
    r = registry
    assert _listed(app, FileFilter()) == [r["an"], r["li"], r["wang"]]  # 在档, by pinyin
    assert _listed(app, FileFilter(status="")) == [r["an"], r["li"], r["wang"], r["zhao"]]
    assert _listed(app, FileFilter(status="脱困")) == [r["zhao"]]
    assert _listed(app, FileFilter(status="", category="相对困难")) == [r["an"], r["zhao"]]
    assert _listed(app, FileFilter(text="秀")) == [r["wang"]]  # any part of the name
    assert _listed(app, FileFilter(text="ajg")) == [r["an"]]  # initials
    assert _listed(app, FileFilter(text=valid_id(seq="203")[-4:])) == [r["li"]]
    assert _listed(app, FileFilter(text="赵强")) == []  # out of hardship: not 在档
    with pytest.raises(ValidationError):
        app.aid.file_page(FileFilter(status="在册"))
    with pytest.raises(ValidationError):
        app.aid.file_count(FileFilter(category="很困难"))


@pytest.mark.parametrize(("sort", "ascending", "descending"), [
    ("name", "an li wang zhao", "zhao wang li an"),  # by pinyin
    ("id_number", "wang an li zhao", "zhao li an wang"),
    # The declared order (深度 before 相对), not the text's; none last either way.
    ("category", "wang an zhao li", "zhao an wang li"),
    ("suggested", "an wang li zhao", "wang an zhao li"),
    ("per_capita", "an wang li zhao", "zhao li wang an"),
    ("causes", "li an zhao wang", "wang zhao an li"),
    ("status", "wang an li zhao", "zhao li an wang"),  # 在档 before 脱困; ties by id
    ("review_due", "wang zhao an li", "li an zhao wang"),
])
def test_every_registry_column_sorts_in_sql_page_by_page(
        app: UnionCase, registry: dict[str, int], sort: str, ascending: str,
        descending: str) -> None:
    flt = FileFilter(status="")
    expected = [registry[key] for key in ascending.split()]
    assert _listed(app, flt, sort) == expected
    # One row a page: the order comes from SQL, not from sorting a page in Python.
    assert [app.aid.file_page(flt, i, 1, sort)[0].id for i in range(4)] == expected
    assert _listed(app, flt, sort, descending=True) == [
        registry[key] for key in descending.split()]


def test_a_registry_page_reads_its_persons_and_members_at_once(
        app: UnionCase, registry: dict[str, int]) -> None:
    from tests.test_jobs_service import statements

    with statements(app) as one:
        app.aid.file_page(FileFilter(status=""), 0, 1)
    with statements(app) as four:
        files = app.aid.file_page(FileFilter(status=""), 0, 4)
    assert len(four) == len(one) <= 4
    for file in files:
        assert file == app.aid.file_of(file.person_id)
        assert [m.name for m in file.members] == ["家属"]
    with pytest.raises(ValidationError):
        app.aid.file_page(FileFilter(), sort="bank_account")


def test_reviews_due_name_the_most_overdue_few_and_count_them_all(app: UnionCase) -> None:
    for name, seq, due in [("赵一", "301", "2026-12-01"), ("钱二", "302", "2026-10-01"),
                           ("孙三", "303", "2026-11-20"), ("李四", "304", "2027-06-01")]:
        app.aid.save_file(FileInput(person_id=person(app, name, seq), year=2026,
                                    review_due=due))
    assert [d.name for d in app.aid.reviews_due(limit=2)] == ["钱二", "孙三"]
    assert [d.name for d in app.aid.reviews_due()] == ["钱二", "孙三", "赵一"]
    assert app.aid.reviews_due_count() == 3
    assert app.aid.reviews_due_count(days=0) == 2


def test_a_page_of_applications_reads_as_each_one_does_with_its_warnings(
        app: UnionCase, staff: None) -> None:
    """The list's page is read for all its rows at once; every row must be what ``get`` gives
    one at a time, warnings (twice in a year, over budget, no hardship file) included, and the
    number of statements must not grow with the page."""
    from tests.test_jobs_service import statements
    from unioncase.services.aid import AidFilter

    warm, illness = program_id(app, "送温暖"), program_id(app, "大病救助")
    app.aid.set_budget(warm, 2026, "5,000")
    batch = app.aid.create_batch(BatchInput("2026年春节送温暖", warm, "2026-11-20"))
    first_person, second_person = person(app, "吴十", "111"), person(app, "郑一", "112")
    app.aid.apply(ApplicationInput(first_person, warm, "3,000", batch_id=batch.id))
    app.aid.save_file(FileInput(person_id=second_person, year=2026))
    app.aid.apply(ApplicationInput(second_person, warm, "2,500", batch_id=batch.id))
    app.aid.apply(ApplicationInput(second_person, warm, "800"))
    app.aid.apply(ApplicationInput(first_person, illness, "1,000"))
    with statements(app) as one_by_one:
        singles = [app.aid.get(row.id) for row in app.aid.page(AidFilter(), 0, 10)]
    with statements(app) as all_of_them:
        page = app.aid.page(AidFilter(), 0, 10)
    assert len(page) == 4
    # A fixed few per page (persons, programs, batches, files, repeats, one budget per
    # program and year), not six per row.
    assert len(all_of_them) <= 10 < len(one_by_one)
    assert page == singles
    assert {w for row in page for w in row.warnings} == {
        "not_in_registry", "duplicate_in_year", "over_budget"}
