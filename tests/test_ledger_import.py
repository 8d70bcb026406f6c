"""Ledger import: valid ledgers land with every figure right, broken ones change nothing, and a
second import of the same workbook changes nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlmodel import col, select

from tests.conftest import FrozenClock, valid_credit_code, valid_id
from tests.ledger_files import ORG, generate, table_counts, with_credit_codes, workbook
from unioncase.domain.errors import ValidationError
from unioncase.models import (
    AidApplication,
    AidBatch,
    CaseEvent,
    CaseLink,
    Enterprise,
    HardshipFile,
    IntakeCase,
    JobFair,
    JobSeeker,
    MediationAgreementItem,
    MediationCase,
    MediationCaseMediator,
    Person,
    Referral,
)
from unioncase.services import UnionCase
from unioncase.services.intake import IntakeFilter
from unioncase.services.ledger_import import LedgerImportService, ledger_result_xlsx
from unioncase.services.ledger_read import LedgerRow
from unioncase.services.report import Period, ReportService

YEAR_2022 = Period.of(2022)


def run(app: UnionCase, data: bytes, **options: Any) -> Any:
    return LedgerImportService(app.ctx, app.calendar).run(data, filename="台账.xlsx", **options)


def lines(result: Any) -> list[str]:
    return [p.describe() for p in result.errors]


# -- a year of ledgers -----------------------------------------------------------------------------


def test_a_year_of_ledgers_gives_the_figures_counted_by_hand(app: UnionCase) -> None:
    generated = generate()
    with_credit_codes(generated.sheets["调解案件"])
    result = run(app, workbook(generated.sheets))
    assert result.errors == []
    assert result.written
    report = ReportService(app.ctx).figures(YEAR_2022)
    want = generated.expected
    for section, figures in want.items():
        for key, value in figures.items():
            assert report[section][key] == value, f"{section}.{key}"
    intake = want["intake"]
    assert report["intake"]["closure_rate"] == round(intake["closed"] / intake["cases"], 4)
    for sheet, rows in generated.sheets.items():
        counts = result.counts(sheet)
        assert (counts.rows, counts.created, counts.invalid) == (len(rows), len(rows), 0), sheet


def test_a_second_import_of_the_same_workbook_changes_nothing(app: UnionCase) -> None:
    generated = generate(seed=3, size=25)
    data = workbook(generated.sheets)
    first = run(app, data)
    assert first.errors == []
    before = table_counts(app)
    report = ReportService(app.ctx).figures(YEAR_2022)
    again = run(app, data)
    assert again.errors == []
    assert table_counts(app) == before  # not even an audit event
    assert ReportService(app.ctx).figures(YEAR_2022) == report
    for counts in again.sheets:
        assert counts.created == 0, counts.sheet
        assert counts.existing == counts.rows, counts.sheet


def test_a_refused_ledger_changes_nothing_and_lists_every_problem(app: UnionCase) -> None:
    generated = generate(seed=5, size=20)
    sheets = generated.sheets
    sheets["信访接待"][3]["身份证号"] = "330402198506151230"  # wrong check character
    sheets["信访接待"][7]["登记日期"] = "2022-02-30"
    sheets["帮扶救助"][0]["金额"] = "12.345"
    sheets["求职登记"][2]["招聘会"] = "没有这场招聘会"
    run(app, workbook({"调解组织": [{"名称": "既有调解委员会", "类型": "企业"}]}))
    before = table_counts(app)
    result = run(app, workbook(sheets))
    assert result.refused
    assert not result.written
    assert table_counts(app) == before
    assert lines(result) == [
        "信访接待 第5行 身份证号: 身份证号校验位不正确，请核对",
        "信访接待 第9行 登记日期: 日期不存在：2022-02-30",
        "帮扶救助 第2行 金额: 金额最多保留两位小数",
        "求职登记 第4行 招聘会: 没有名为“没有这场招聘会”的招聘会（应在招聘会表或系统中）",
    ]
    assert result.counts("信访接待").invalid == 2
    assert result.counts("信访接待").created == len(sheets["信访接待"]) - 2


def test_skip_invalid_imports_the_valid_rows_and_lists_the_others(app: UnionCase) -> None:
    good = {"登记日期": "2022-03-05", "渠道": "来访", "姓名": "张伟", "反映类别": "欠薪",
            "办理状态": "待办"}
    rows = [good, {**good, "姓名": "李娜", "渠道": "电报"}, {**good, "姓名": "王芳"}]
    result = run(app, workbook({"信访接待": rows}), skip_invalid=True)
    assert result.written
    assert lines(result) == ["信访接待 第3行 渠道: 不是可选的值：电报"]
    with app.ctx.read() as session:
        names = session.exec(select(Person.name).join(
            IntakeCase, col(IntakeCase.person_id) == col(Person.id))).all()
    assert sorted(names) == ["张伟", "王芳"]


def test_dry_run_checks_everything_and_writes_nothing(app: UnionCase) -> None:
    before = table_counts(app)
    result = run(app, workbook(generate(seed=9, size=10).sheets), dry_run=True)
    assert result.errors == []
    assert result.counts("信访接待").created == 10
    assert result.persons_created > 0
    assert not result.written
    assert table_counts(app) == before


def test_a_cancelled_import_writes_nothing(app: UnionCase) -> None:
    from unioncase.services.ledger_import import ImportCancelled

    before = table_counts(app)
    seen: list[str] = []

    def cancel_when_writing_intake() -> bool:
        return "信访接待" in seen

    with pytest.raises(ImportCancelled):
        LedgerImportService(app.ctx).run(
            workbook(generate(seed=2, size=10).sheets),
            progress=lambda _d, _t, what: seen.append(what),
            cancelled=cancel_when_writing_intake)
    assert table_counts(app) == before


# -- cells ---------------------------------------------------------------------------------------


def test_float_looking_amounts_become_exact_fen(app: UnionCase) -> None:
    rows = [{"发放日期": "2022-03-05", "姓名": "张伟", "身份证号": valid_id(seq=f"{i}11"),
             "救助项目": "生活救助", "金额": amount}
            for i, amount in enumerate((2149.71, 0.1 + 0.2 - 0.2, "2,149.71", 1000, "¥35.5元"))]
    result = run(app, workbook({"帮扶救助": rows}))
    assert result.errors == []
    with app.ctx.read() as session:
        fen = sorted(session.exec(select(AidApplication.approved_fen)).all())
    assert fen == sorted([214971, 10, 214971, 100000, 3550])


PROPERTY = settings(max_examples=300, deadline=None)


@PROPERTY
@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999999999.99"), places=2))
def test_any_two_decimal_amount_in_a_number_cell_is_exact(amount: Decimal) -> None:
    row = LedgerRow("帮扶救助", 2, {"金额": float(amount)}, date(2026, 1, 1))
    assert row.money("金额") == int(amount * 100)
    assert row.ok


def test_dates_as_date_cells_and_in_the_three_written_forms(app: UnionCase) -> None:
    base = {"渠道": "来访", "反映类别": "欠薪", "办理状态": "待办"}
    rows = [{**base, "姓名": "甲", "登记日期": datetime(2022, 3, 5)},
            {**base, "姓名": "乙", "登记日期": "2022-03-05"},
            {**base, "姓名": "丙", "登记日期": "2022/3/5"},
            {**base, "姓名": "丁", "登记日期": "2022年3月5日"},
            {**base, "姓名": "戊", "登记日期": "３月５日"}]
    result = run(app, workbook({"信访接待": rows}), skip_invalid=True)
    assert lines(result) == [
        "信访接待 第6行 登记日期: 日期格式应为 2022-03-05、2022/3/5 或 2022年3月5日"]
    with app.ctx.read() as session:
        days = session.exec(select(IntakeCase.registered_on)).all()
    assert days == [date(2022, 3, 5)] * 4


def test_an_id_number_stored_as_a_number_is_refused_with_a_hint(app: UnionCase) -> None:
    number = int(valid_id()[:17] + "0")  # what Excel keeps of 330402198506151234
    result = run(app, workbook({"帮扶救助": [{
        "发放日期": "2022-03-05", "姓名": "张伟", "身份证号": float(number),
        "救助项目": "送温暖", "金额": 500}]}))
    assert result.refused
    assert "设为“文本”格式" in lines(result)[0]
    assert lines(result)[0].startswith("帮扶救助 第2行 身份证号: ")


def test_required_cells_and_conditional_ones(app: UnionCase) -> None:
    result = run(app, workbook({
        "信访接待": [{"登记日期": "2022-03-05", "渠道": "来访", "反映类别": "欠薪",
                  "办理状态": "已办结"}],
        "调解案件": [{"申请日期": "2022-03-05", "申请人": "张伟", "被申请单位": "某厂",
                  "争议类型": "劳动报酬", "调解组织": "无此组织", "结果": "调解不成",
                  "协议金额": 100}],
    }))
    assert lines(result) == [
        "信访接待 第2行 姓名: 此项必填",
        "信访接待 第2行 办结日期: 此项必填",
        "调解案件 第2行 调解组织: 没有名为“无此组织”的调解组织（应在调解组织表或系统中）",
        "调解案件 第2行 结案日期: 此项必填",
        "调解案件 第2行 协议金额: 只有结果为调解成功时才填写此项",
    ]


# -- sheets and columns ----------------------------------------------------------------------------


def test_columns_by_header_text_in_any_order_unknown_ones_noted(app: UnionCase) -> None:
    headers = {"招聘会": ["  举办日期 ", "备注", "名称"]}
    result = run(app, workbook({"招聘会": [{"举办日期": "2022-02-15", "名称": "春风行动",
                                         "备注": "x"}]}, headers=headers,
                               extra_sheets=["填写说明", "Sheet9"]))
    assert result.errors == []
    assert [p.describe() for p in result.warnings] == [
        "Sheet9: 不是台账的工作表，已忽略", "招聘会 第1行 备注: 不是台账的列，已忽略"]
    assert app.jobs.fairs()[0].name == "春风行动"


def test_a_sheet_without_a_required_column_is_not_imported(app: UnionCase) -> None:
    headers = {"招聘会": ["名称", "地点"]}
    result = run(app, workbook({"招聘会": [{"名称": "春风行动"}]}, headers=headers))
    assert lines(result) == ["招聘会 第1行 举办日期: 缺少必填的列"]
    assert result.counts("招聘会").invalid == 1
    assert app.jobs.fairs() == []


def test_row_numbers_are_the_ones_excel_shows_with_blank_rows_between(app: UnionCase) -> None:
    good = {"名称": "春风行动", "举办日期": "2022-02-15"}
    result = run(app, workbook({"招聘会": [good, {}, {}, {"名称": "第二场", "举办日期": "昨天"}]}))
    assert lines(result) == [
        "招聘会 第5行 举办日期: 日期格式应为 2022-03-05、2022/3/5 或 2022年3月5日"]


def test_a_file_that_is_no_workbook_is_refused_clearly(app: UnionCase, tmp_path: Path) -> None:
    bad = tmp_path / "台账.xlsx"
    bad.write_bytes(b"not a workbook")
    with pytest.raises(ValidationError) as info:
        LedgerImportService(app.ctx).run(bad)
    assert info.value.code == "ledger_unreadable"
    with pytest.raises(ValidationError) as info:
        LedgerImportService(app.ctx).run(workbook({}, extra_sheets=["Sheet1"]))
    assert info.value.code == "ledger_no_sheets"


# -- matching --------------------------------------------------------------------------------------


def test_one_person_across_every_sheet_by_id_number(app: UnionCase) -> None:
    id_number = valid_id(seq="777")
    existing = app.persons.find_by_id_number(id_number)
    assert existing is None
    result = run(app, workbook({
        "信访接待": [{"登记日期": "2022-03-05", "渠道": "来电", "姓名": "张伟",
                  "身份证号": id_number, "反映类别": "欠薪", "办理状态": "待办"}],
        "调解组织": [{"名称": ORG, "类型": "镇街"}],
        "调解案件": [{"申请日期": "2022-03-10", "申请人": "张伟", "身份证号": id_number,
                  "被申请单位": "嘉兴恒通纺织有限公司", "争议类型": "劳动报酬", "调解组织": ORG,
                  "结果": "调解中"}],
        "帮扶救助": [{"发放日期": "2022-04-01", "姓名": "张伟", "身份证号": id_number,
                  "救助项目": "生活救助", "金额": 800}],
        "求职登记": [{"登记日期": "2022-05-01", "姓名": "张 伟", "身份证号": id_number}],
    }))
    assert result.errors == []
    assert [p.describe() for p in result.warnings] == [
        "求职登记 第2行 姓名: 该身份证号已登记为“张伟”，按已登记的职工导入"]
    assert result.persons_created == 1
    person = app.persons.find_by_id_number(id_number)
    assert person is not None
    lines_of_work = app.persons.overview(person.id).lines
    assert all(len(lines_of_work[k]) == 1 for k in ("intake", "mediation", "aid", "jobs"))


def test_enterprises_by_credit_code_else_by_exact_name(app: UnionCase) -> None:
    code = valid_credit_code()
    run(app, workbook({"信访接待": [{"登记日期": "2022-03-05", "渠道": "来访", "姓名": "甲",
                                 "所在单位": "恒通纺织", "反映类别": "欠薪", "办理状态": "待办"}]}))
    case = {"申请日期": "2022-03-10", "申请人": "乙", "争议类型": "劳动报酬", "调解组织": ORG,
            "结果": "调解中"}
    result = run(app, workbook({
        "调解组织": [{"名称": ORG, "类型": "镇街"}],
        "调解案件": [{**case, "被申请单位": "恒通纺织", "统一社会信用代码": code},
                  {**case, "申请人": "丙", "被申请单位": "恒通纺织（改名）",
                   "统一社会信用代码": code},
                  {**case, "申请人": "丁", "被申请单位": "另一家厂"}]}))
    assert result.errors == []
    with app.ctx.read() as session:
        enterprises = session.exec(select(Enterprise.name, Enterprise.credit_code)
                                   .order_by(col(Enterprise.id))).all()
    # The name matched the intake's employer, which got the code; the code matched the renamed.
    assert enterprises == [("恒通纺织", code), ("另一家厂", None)]


def test_kept_numbers_unique_of_their_kind_and_new_ones_after_them(app: UnionCase) -> None:
    base = {"登记日期": "2022-03-05", "渠道": "来访", "反映类别": "欠薪", "办理状态": "待办"}
    station = app.ctx.station_code
    kept = f"{station}-XF-2022-00040"
    result = run(app, workbook({"信访接待": [
        {**base, "姓名": "甲", "案件编号": kept.lower()},
        {**base, "姓名": "乙", "案件编号": "南湖信2022-015"},
        {**base, "姓名": "丙"},
        {**base, "姓名": "丁", "案件编号": kept},
        {**base, "姓名": "戊", "案件编号": f"{station}-TJ-2022-00001"}]}))
    assert lines(result) == [
        f"信访接待 第5行 案件编号: 案件编号 {kept} 与第2行重复",
        f"信访接待 第6行 案件编号: {station}-TJ-2022-00001 不是本表的案件编号"]
    result = run(app, workbook({"信访接待": [
        {**base, "姓名": "甲", "案件编号": kept.lower()},
        {**base, "姓名": "乙", "案件编号": "南湖信2022-015"},
        {**base, "姓名": "丙"}]}))
    assert result.errors == []
    with app.ctx.read() as session:
        numbers = dict(session.exec(select(Person.name, IntakeCase.number).join(
            IntakeCase, col(IntakeCase.person_id) == col(Person.id))).all())
    assert numbers == {"甲": kept, "乙": "南湖信2022-015", "丙": f"{station}-XF-2022-00041"}
    assert app.intake.by_number(kept.lower()) is not None


def test_repeat_and_group_petitions_are_flagged_as_at_the_desk(app: UnionCase) -> None:
    id_number = valid_id(seq="555")
    base = {"渠道": "来访", "姓名": "张伟", "身份证号": id_number, "反映类别": "欠薪",
            "办理状态": "待办"}
    result = run(app, workbook({"信访接待": [
        {**base, "登记日期": "2022-05-01", "诉求摘要": "第二次"},
        {**base, "登记日期": "2022-03-05", "诉求摘要": "第一次", "人数": 7},
        {**base, "登记日期": "2022-12-20", "诉求摘要": "隔了很久"}]}))
    assert result.errors == []
    cases = {c.summary: c for c in app.intake.page(IntakeFilter(), 0, 10)}
    assert cases["第一次"].is_group
    assert not cases["第一次"].is_repeat
    assert cases["第二次"].is_repeat
    assert cases["第二次"].repeat_of_number == cases["第一次"].number
    assert not cases["隔了很久"].is_repeat
    links = app.intake.links(cases["第二次"].id)
    assert [(link.relation, link.number) for link in links] == [
        ("重复信访", cases["第一次"].number)]


def test_mediators_linked_only_when_the_name_is_unambiguous(app: UnionCase) -> None:
    case = {"申请日期": "2022-03-10", "申请人": "乙", "被申请单位": "某厂", "争议类型": "劳动报酬",
            "调解组织": ORG, "结果": "调解成功", "结案日期": "2022-03-20", "协议金额": "1,000"}
    result = run(app, workbook({
        "调解组织": [{"名称": ORG, "类型": "镇街"}],
        "调解员": [{"姓名": "王建国", "调解组织": ORG, "类型": "专职"},
                 {"姓名": "李强", "调解组织": ORG}, {"姓名": "李强", "调解组织": ORG,
                                                 "身份证号": valid_id(seq="333")}],
        "调解案件": [{**case, "调解员": "王建国"}, {**case, "申请人": "丙", "调解员": "李强"},
                  {**case, "申请人": "丁", "调解员": "赵六"}]}))
    assert result.errors == []
    assert [p.describe() for p in result.warnings] == [
        f"调解案件 第3行 调解员: {ORG}有2名调解员名为李强，未关联调解员",
        f"调解案件 第4行 调解员: {ORG}没有名为赵六的调解员，未关联调解员"]
    with app.ctx.read() as session:
        assert len(session.exec(select(MediationCaseMediator)).all()) == 1
        assert sum(session.exec(select(MediationAgreementItem.amount_fen)).all()) == 300000
    assert ReportService(app.ctx).figures(YEAR_2022)["mediation"]["success_rate"] == 1.0


def test_rows_of_one_seeker_share_the_seeker_each_referral_counted(app: UnionCase) -> None:
    id_number = valid_id(seq="246")
    seeker = {"案件编号": "JY-2022-8", "登记日期": "2022-02-15", "姓名": "赵强",
              "身份证号": id_number, "求职意向": "电工"}
    rows = [{**seeker, "推荐单位": "恒通纺织", "推荐岗位": "维修电工", "推荐日期": "2022-02-16",
             "结果": "未录用"},
            {**seeker, "推荐单位": "精工机械", "推荐日期": "2022-03-01", "结果": "已上岗"},
            {**seeker, "姓名": "钱七", "身份证号": valid_id(seq="248"), "推荐单位": "某厂",
             "推荐日期": "2022-03-01"}]
    result = run(app, workbook({"求职登记": rows}))
    assert lines(result) == ["求职登记 第4行 案件编号: 案件编号 JY-2022-8 在第2行是另一个人"]
    result = run(app, workbook({"求职登记": rows[:2]}))
    assert result.errors == []
    found = app.jobs.by_number("JY-2022-8")
    assert found is not None
    assert [(r.enterprise_name, r.position_title, r.result.value) for r in found.referrals] == [
        ("恒通纺织", "维修电工", "未录用"), ("精工机械", None, "已上岗")]
    jobs = ReportService(app.ctx).figures(YEAR_2022)["jobs"]
    assert (jobs["seekers"], jobs["referrals"], jobs["placed"]) == (1, 2, 1)
    more = run(app, workbook({"求职登记": [*rows[:2], {
        **seeker, "推荐单位": "第三家", "推荐日期": "2022-04-01"}]}))
    assert [(c.created, c.existing) for c in more.sheets] == [(1, 2)]
    assert len(app.jobs.by_number("JY-2022-8").referrals) == 3  # type: ignore[union-attr]


def test_aid_payments_make_batches_and_hardship_files(app: UnionCase) -> None:
    person = {"姓名": "张伟", "身份证号": valid_id(seq="135"), "困难类别": "深度困难",
              "致困原因": "疾病、失火"}
    rows = [{**person, "发放日期": "2022-01-20", "救助项目": "大病救助", "批次": "第一批",
             "金额": 5000},
            {**person, "发放日期": "2022-06-20", "救助项目": "大病救助", "批次": "第二批",
             "金额": 3000},
            {**person, "发放日期": "2022-09-01", "救助项目": "金秋助学", "金额": "1500.00"}]
    assert run(app, workbook({"帮扶救助": rows})).errors == []
    with app.ctx.read() as session:
        batches = session.exec(select(AidBatch.name, AidBatch.status)).all()
        files = session.exec(select(HardshipFile.category, HardshipFile.causes,
                                    HardshipFile.notes)).all()
        events = session.exec(select(CaseEvent.step).where(CaseEvent.case_kind == "BF")).all()
    assert sorted((n, s.value) for n, s in batches) == [("第一批", "已发放"), ("第二批", "已发放")]
    assert len(files) == 1
    category, causes, notes = files[0]
    assert category is not None
    assert (category.value, causes) == ("深度困难", "疾病,其他")
    assert "失火" in notes
    assert sorted(events) == ["发放"] * 3 + ["申请"] * 3
    aid = ReportService(app.ctx).figures(YEAR_2022)["aid"]
    assert aid["by_program"]["大病救助"] == {"persons": 1, "batches": 2, "amount_fen": 800000}


def test_fairs_keep_the_declared_numbers(app: UnionCase) -> None:
    run(app, workbook({"招聘会": [{"名称": "春风行动", "举办日期": "2022-02-15", "参会企业数": 52,
                                 "提供岗位数": "800"}]}))
    with app.ctx.read() as session:
        declared = session.exec(select(JobFair.declared_employers,
                                       JobFair.declared_positions)).one()
    assert tuple(declared) == (52, 800)
    fair = app.jobs.fairs()[0]
    assert (fair.employers, fair.positions, fair.declared_employers) == (52, 800, 52)
    run(app, workbook({"求职登记": [{"登记日期": "2022-02-15", "姓名": "甲", "推荐单位": "某厂",
                                   "推荐岗位": "电工", "推荐日期": "2022-02-15",
                                   "招聘会": "春风行动"}]}))
    fair = app.jobs.fair(fair.id)
    assert (fair.employers, fair.positions, fair.referrals) == (52, 800, 1)


def test_every_new_record_has_its_audit_event_and_timeline(app: UnionCase) -> None:
    from unioncase.models import AuditEvent

    result = run(app, workbook(generate(seed=11, size=6).sheets))
    assert result.errors == []
    with app.ctx.read() as session:
        audited = set(session.exec(select(AuditEvent.entity_uuid)).all())
        for model in (Person, IntakeCase, MediationCase, AidApplication, JobSeeker, Referral,
                      CaseLink, Enterprise):
            for uuid in session.exec(select(model.uuid)).all():
                assert uuid in audited, model.__tablename__
        for uuid in session.exec(select(IntakeCase.uuid)).all():
            assert session.exec(select(CaseEvent).where(CaseEvent.case_uuid == uuid)).first()


def test_the_result_as_a_workbook(app: UnionCase, tmp_path: Path) -> None:
    result = run(app, workbook({"信访接待": [{"登记日期": "2099-01-01", "渠道": "来访",
                                           "姓名": "甲", "反映类别": "欠薪", "办理状态": "待办"}]}))
    out = tmp_path / "结果.xlsx"
    out.write_bytes(ledger_result_xlsx(result))
    book = load_workbook(out)
    assert book.sheetnames == ["导入结果", "问题"]
    assert [c.value for c in book["导入结果"][4]] == ["信访接待", 1, 0, 0, 1]
    assert [c.value for c in book["问题"][2]] == ["错误", "信访接待", 2, "登记日期",
                                                  "日期不能晚于今天"]


def test_imports_use_the_clock_for_future_dates(app: UnionCase, clock: FrozenClock) -> None:
    row = {"登记日期": "2026-11-24", "渠道": "来访", "姓名": "甲", "反映类别": "欠薪",
           "办理状态": "待办"}
    assert lines(run(app, workbook({"信访接待": [row]}), dry_run=True)) == [
        "信访接待 第2行 登记日期: 日期不能晚于今天"]
    clock.now = clock.now.replace(day=25)
    assert run(app, workbook({"信访接待": [row]}), dry_run=True).errors == []


# -- the command line -----------------------------------------------------------------------------


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ui.launcher", *args], capture_output=True,
                          text=True, timeout=300, check=False)


@pytest.mark.slow
def test_import_ledger_command(tmp_path: Path) -> None:
    db = str(tmp_path / "station.db")
    assert cli("--db", db, "init", "--station-code", "330402001",
               "--station-name", "南湖区东栅街道工会服务站").returncode == 0
    generated = generate(seed=21, size=12)
    good = tmp_path / "台账.xlsx"
    good.write_bytes(workbook(generated.sheets))
    broken = dict(generated.sheets)
    broken["调解案件"] = [{**generated.sheets["调解案件"][0], "结果": "和解"}]
    bad = tmp_path / "有误.xlsx"
    bad.write_bytes(workbook(broken))

    refused = cli("import-ledger", str(bad), "--db", db)
    assert refused.returncode == 1
    assert refused.stderr.splitlines() == ["调解案件 第2行 结果: 不是可选的值：和解"]
    assert "未导入" in refused.stdout
    checked = cli("import-ledger", str(good), "--dry-run", "--db", db)
    assert checked.returncode == 0, checked.stderr
    assert "仅检查" in checked.stdout
    report = json.loads(cli("report", "--year", "2022", "--format", "json", "--db", db).stdout)
    assert report["intake"]["cases"] == 0

    done = cli("import-ledger", str(good), "--db", db)
    assert done.returncode == 0, done.stderr
    assert "信访接待：读取12行，新增12，已有0，有误0" in done.stdout
    report = json.loads(cli("report", "--year", "2022", "--format", "json", "--db", db).stdout)
    assert report["intake"]["cases"] == generated.expected["intake"]["cases"]
    assert report["aid"]["amount_fen"] == generated.expected["aid"]["amount_fen"]
    again = cli("import-ledger", str(good), "--db", db)
    assert again.returncode == 0
    assert "信访接待：读取12行，新增0，已有12，有误0" in again.stdout

    skipped = cli("import-ledger", str(bad), "--skip-invalid", "--db", db)
    assert skipped.returncode == 0, skipped.stderr
    assert "跳过有误的1处" in skipped.stdout
    missing = cli("import-ledger", str(tmp_path / "无.xlsx"), "--db", db)
    assert missing.returncode == 1
    assert missing.stderr.startswith("错误：找不到台账文件")
    nowhere = tmp_path / "nowhere.db"
    no_database = cli("import-ledger", str(good), "--db", str(nowhere))
    assert no_database.returncode == 1
    assert no_database.stderr.startswith("错误：数据库文件不存在")
    assert not nowhere.exists()
