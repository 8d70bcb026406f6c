"""Ledger workbooks built in code for the import tests (valid ones from a seeded generator whose
figures the tests compute on their own, and broken ones)."""

from __future__ import annotations

import io
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from sqlalchemy import inspect, text

from tests.conftest import valid_credit_code, valid_id
from unioncase.services import UnionCase
from unioncase.services.ledger_template import LEDGER_SHEETS

Rows = Sequence[Mapping[str, Any]]


def workbook(sheets: Mapping[str, Rows], headers: Mapping[str, Sequence[str]] | None = None,
             extra_sheets: Sequence[str] = ()) -> bytes:
    """An .xlsx with one sheet per entry; columns are the template's unless ``headers`` says."""
    book = Workbook()
    default = book.active
    assert default is not None
    book.remove(default)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        columns = list((headers or {}).get(name) or [c.name for c in LEDGER_SHEETS[name]])
        sheet.append(columns)
        for row in rows:
            sheet.append([row.get(c.strip()) for c in columns])
    for name in extra_sheets:
        book.create_sheet(name).append(["说明"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def table_counts(app: UnionCase) -> dict[str, int]:
    """Every table's row count (a refused import must leave all of them as they were)."""
    with app.db.engine.connect() as conn:
        virtual = {row[0] for row in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"))}
        names = [n for n in inspect(conn).get_table_names() if n not in virtual]
        return {n: int(conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar() or 0)
                for n in names}


NAMES = ("张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴霞", "徐明",
         "孙丽", "马超", "朱琳", "胡军", "郭涛")
EMPLOYERS = ("嘉兴恒通纺织有限公司", "南湖精工机械有限公司", "秀洲新材料科技有限公司",
             "嘉善欣达电子有限公司")
CATEGORIES = ("欠薪", "劳动合同", "社会保险", "工伤", "政策咨询")
CHANNELS = ("来访", "来电", "来信", "网络")
ORG = "东栅街道劳动争议调解委员会"
ORG2 = "秀洲工业园区劳动争议调解委员会"


@dataclass
class Generated:
    """A year of ledger rows and the figures a clerk would count from them by hand."""

    sheets: dict[str, list[dict[str, Any]]]
    expected: dict[str, Any] = field(default_factory=dict)


def _yuan_cell(rng: random.Random) -> tuple[Any, int]:
    """An amount as a ledger types it (float, int or text) and its exact fen."""
    fen = rng.randrange(100, 900_000)
    yuan = Decimal(fen) / 100
    form = rng.randrange(3)
    if form == 0:
        return float(yuan), fen  # a number cell such as 2149.71
    if form == 1:
        return f"{yuan:,}", fen  # text with thousands separators
    return (int(yuan) if fen % 100 == 0 else str(yuan)), fen


def _date_cell(rng: random.Random, day: date) -> Any:
    form = rng.randrange(3)
    if form == 0:
        return day
    if form == 1:
        return f"{day.year}/{day.month}/{day.day}"
    return f"{day.year}年{day.month}月{day.day}日"


def generate(seed: int = 7, year: int = 2022, size: int = 40) -> Generated:
    rng = random.Random(seed)
    first = date(year, 1, 1)

    def some_day(start: date = first, span: int = 330) -> date:
        return start + timedelta(days=rng.randrange(span))

    people = [(NAMES[i % len(NAMES)] + ("" if i < len(NAMES) else str(i)),
               valid_id(area=f"{330402 + i // 9000}", birth=f"19{70 + i % 25}0{1 + i % 9}1{i % 10}",
                        seq=f"{i % 1000:03d}"))
              for i in range(size)]
    intake: list[dict[str, Any]] = []
    for i in range(size):
        name, id_number = rng.choice(people)
        day = some_day()
        state = rng.choice(("待办", "办理中", "已办结", "已办结"))
        row: dict[str, Any] = {
            "登记日期": _date_cell(rng, day), "渠道": rng.choice(CHANNELS), "姓名": name,
            "身份证号": id_number if rng.random() < 0.8 else None,
            "联系电话": f"138{rng.randrange(10**8):08d}", "人数": rng.choice((1, 1, 2, 5, 8)),
            "所在单位": rng.choice(EMPLOYERS), "反映类别": rng.choice(CATEGORIES),
            "诉求摘要": f"诉求{i}", "办理状态": state}
        if state == "已办结":
            row["办结日期"] = _date_cell(rng, day + timedelta(days=rng.randrange(0, 20)))
            row["办理结果"] = "已答复"
        intake.append(row)

    orgs = [{"名称": ORG, "类型": "镇街", "所属镇街": "东栅街道"},
            {"名称": ORG2, "类型": "园区"}]
    mediators = [{"姓名": "王建国", "调解组织": ORG, "类型": "专职"},
                 {"姓名": "陈秀英", "调解组织": ORG},
                 {"姓名": "沈国平", "调解组织": ORG2, "身份证号": valid_id(seq="901")}]
    mediation: list[dict[str, Any]] = []
    for _ in range(size // 2):
        name, id_number = rng.choice(people)
        day = some_day()
        result = rng.choice(("调解中", "调解成功", "调解成功", "调解不成", "撤回"))
        claim, claim_fen = _yuan_cell(rng)
        row = {"申请日期": _date_cell(rng, day), "申请人": name, "身份证号": id_number,
               "被申请单位": rng.choice(EMPLOYERS), "争议类型": rng.choice(
                   ("劳动报酬", "经济补偿", "工伤待遇")), "请求金额": claim,
               "调解组织": rng.choice((ORG, ORG2)), "结果": result}
        row["调解员"] = "王建国" if row["调解组织"] == ORG else "沈国平"
        if result != "调解中":
            row["结案日期"] = _date_cell(rng, day + timedelta(days=rng.randrange(1, 15)))
        if result == "调解成功":
            agreed, agreed_fen = _yuan_cell(rng)
            row["协议金额"] = agreed
            row["_agreed_fen"] = agreed_fen
        row["_claim_fen"] = claim_fen
        mediation.append(row)

    aid: list[dict[str, Any]] = []
    programs = ("送温暖", "大病救助", "金秋助学")
    for _ in range(size):
        name, id_number = rng.choice(people)
        program = rng.choice(programs)
        amount, fen = _yuan_cell(rng)
        batch = {"送温暖": "春节送温暖", "大病救助": rng.choice(("第一批", "第二批")),
                 "金秋助学": None}[program]
        aid.append({"发放日期": _date_cell(rng, some_day()), "姓名": name, "身份证号": id_number,
                    "困难类别": rng.choice((None, "深度困难", "相对困难")),
                    "致困原因": rng.choice((None, "疾病", "子女就学、其他")),
                    "救助项目": program, "批次": batch, "金额": amount, "_fen": fen})

    fairs = [{"名称": f"春风行动招聘会第{i + 1}场", "举办日期": _date_cell(
        rng, date(year, 2, 10) + timedelta(days=30 * i)), "地点": "南湖区人力资源市场",
        "参会企业数": 20 + i, "提供岗位数": 300 + 10 * i} for i in range(4)]
    seekers: list[dict[str, Any]] = []
    for i in range(size):
        name, id_number = people[i]
        day = some_day(span=300)
        row = {"登记日期": _date_cell(rng, day), "姓名": name, "身份证号": id_number,
               "求职意向": rng.choice(("电工", "普工", "仓管"))}
        if rng.random() < 0.7:
            row.update({"推荐单位": rng.choice(EMPLOYERS), "推荐岗位": rng.choice(
                ("维修电工", "操作工", None)), "推荐日期": _date_cell(
                rng, day + timedelta(days=rng.randrange(0, 10))),
                "结果": rng.choice((None, "待反馈", "已上岗", "已上岗", "未录用"))})
        if rng.random() < 0.3:
            row["招聘会"] = fairs[rng.randrange(len(fairs))]["名称"]
        seekers.append(row)

    sheets = {"信访接待": intake, "调解组织": orgs, "调解员": mediators, "调解案件": mediation,
              "帮扶救助": aid, "招聘会": fairs, "求职登记": seekers}
    return Generated(sheets, _expected(sheets))


def _expected(sheets: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The report's figures counted straight from the rows, without the application."""
    intake = sheets["信访接待"]
    channels = {"visit": "来访", "call": "来电", "letter": "来信", "online": "网络"}
    categories: dict[str, int] = {}
    for r in intake:
        categories[r["反映类别"]] = categories.get(r["反映类别"], 0) + 1
    mediation = sheets["调解案件"]
    aid = sheets["帮扶救助"]
    programs: dict[str, dict[str, Any]] = {}
    for r in aid:
        p = programs.setdefault(r["救助项目"], {"persons": set(), "batches": set(),
                                               "amount_fen": 0})
        p["persons"].add(r["身份证号"])
        if r["批次"]:
            p["batches"].add(r["批次"])
        p["amount_fen"] += r["_fen"]
    seekers = sheets["求职登记"]
    referred = [r for r in seekers if r.get("推荐单位")]
    return {
        "intake": {
            "cases": len(intake), "persons": sum(r["人数"] for r in intake),
            "by_channel": {k: sum(1 for r in intake if r["渠道"] == v)
                           for k, v in channels.items()},
            "by_category": categories,
            "closed": sum(1 for r in intake if r["办理状态"] == "已办结"),
            "group_cases": sum(1 for r in intake if r["人数"] >= 5)},
        "mediation": {
            "organizations": len(sheets["调解组织"]), "mediators": len(sheets["调解员"]),
            "cases": len(mediation),
            "concluded": sum(1 for r in mediation if r["结果"] != "调解中"),
            "successful": sum(1 for r in mediation if r["结果"] == "调解成功"),
            "agreed_amount_fen": sum(r.get("_agreed_fen", 0) for r in mediation)},
        "aid": {
            "disbursements": len(aid), "persons": len({r["身份证号"] for r in aid}),
            "amount_fen": sum(r["_fen"] for r in aid),
            "by_program": {n: {"persons": len(p["persons"]), "batches": len(p["batches"]),
                               "amount_fen": p["amount_fen"]} for n, p in programs.items()}},
        "jobs": {
            "fairs": len(sheets["招聘会"]), "seekers": len({r["身份证号"] for r in seekers}),
            "referrals": len(referred),
            "placed": sum(1 for r in referred if r.get("结果") == "已上岗")},
    }


def with_credit_codes(rows: list[dict[str, Any]]) -> None:
    """Give each respondent employer its credit code (the same code for the same name)."""
    codes = {name: valid_credit_code(f"91330402MA2B3C{i}D5") for i, name in enumerate(EMPLOYERS)}
    for row in rows:
        row["统一社会信用代码"] = codes[row["被申请单位"]]
