"""困难帮扶 forms: the approval form of one application (救助审批表) and the signed payment
roster of a batch (发放花名册, PDF and .xlsx for the bank).

Amounts are integer fen; totals are written in figures and in Chinese financial capitals.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date

from unioncase.domain.money import amount_in_capitals, format_yuan
from unioncase.printing.form_names import APPROVAL_FORM, ROSTER
from unioncase.printing.forms import Choice, Field, chinese_date
from unioncase.printing.intake_forms import LetterDocument

__all__ = [
    "APPROVAL_FORM",
    "ROSTER",
    "AidFormData",
    "MemberLine",
    "RosterData",
    "RosterLine",
    "render_approval_form",
    "render_roster",
    "roster_xlsx",
]

CATEGORIES = ("深度困难", "相对困难", "意外致困")
CAUSES = ("疾病", "残疾", "子女就学", "失业", "意外", "其他")
GRID_COLUMNS_MM = (22.0, 36.0, 22.0, 34.0, 22.0, 34.0)
OPINION_HEIGHT_MM = 16.0
REASON_HEIGHT_MM = 22.0


@dataclass(frozen=True)
class MemberLine:
    name: str
    relation: str = ""
    age: int | None = None
    health: str = ""
    work: str = ""
    income_fen: int = 0


@dataclass(frozen=True)
class AidFormData:
    number: str
    station_name: str
    program: str
    name: str
    id_number: str
    applied_on: date
    requested_fen: int
    printed_on: date
    sex: str = ""
    phone: str = ""
    employer: str = ""
    address: str = ""
    category: str = ""
    causes: tuple[str, ...] = ()
    household_size: int | None = None
    income_fen: int | None = None
    per_capita_monthly_fen: int | None = None
    members: tuple[MemberLine, ...] = ()
    reason: str = ""
    batch: str = ""
    approved_fen: int | None = None
    reviewed_by: str = ""
    reviewed_on: date | None = None
    review_note: str = ""
    approved_by: str = ""
    approved_on: date | None = None
    paid_on: date | None = None
    method: str = ""
    bank_account: str = ""


@dataclass(frozen=True)
class RosterLine:
    number: str
    name: str
    id_number: str
    category: str
    amount_fen: int
    bank_account: str = ""
    phone: str = ""


@dataclass(frozen=True)
class RosterData:
    batch: str
    program: str
    station_name: str
    printed_on: date
    lines: tuple[RosterLine, ...] = field(default_factory=tuple)
    paid_on: date | None = None
    method: str = ""
    notice: str = ""  # "公示期 2026-09-30 至 2026-10-13"

    @property
    def total_fen(self) -> int:
        return sum(line.amount_fen for line in self.lines)


def _yuan(fen: int | None) -> str:
    return "" if fen is None else f"{format_yuan(fen)}元"


def render_approval_form(data: AidFormData) -> bytes:
    """困难职工救助审批表: the applicant, the household, the request and the three opinions."""
    doc = LetterDocument("困难职工救助审批表", data.number, f"救助项目：{data.program}",
                         organization=data.station_name or None)
    doc.field_grid(
        [
            [Field("姓名", data.name), Field("性别", data.sex), Field("联系电话", data.phone)],
            [Field("身份证号", data.id_number, 3),
             Field("申请日期", chinese_date(data.applied_on))],
            [Field("工作单位", data.employer, 3), Field("批次", data.batch)],
            [Field("家庭住址", data.address, 5)],
            [Field("困难类别", Choice(CATEGORIES, data.category
                                    if data.category in CATEGORIES else None), 5)],
            [Field("致困原因", Choice(CAUSES, None) if not data.causes else
                   "、".join(data.causes), 5)],
            [Field("家庭人口", f"{data.household_size}人" if data.household_size else ""),
             Field("家庭年收入", _yuan(data.income_fen)),
             Field("人均月收入", _yuan(data.per_capita_monthly_fen))],
        ],
        col_widths=GRID_COLUMNS_MM,
    )
    if data.members:
        doc.section("家庭成员")
        doc.table(["姓名", "关系", "年龄", "健康状况", "工作情况", "年收入（元）"],
                  [(m.name, m.relation, "" if m.age is None else str(m.age), m.health, m.work,
                    format_yuan(m.income_fen) if m.income_fen else "") for m in data.members],
                  col_widths=(20, 14, 10, 30, 30, 22),
                  aligns=("left", "center", "center", "left", "left", "right"))
    doc.spacer(4)
    approved = data.approved_fen
    doc.field_grid(
        [
            [Field("申请理由", data.reason, 5)],
            [Field("申请金额", _yuan(data.requested_fen)),
             Field("大写", "人民币" + amount_in_capitals(data.requested_fen), 3)],
            [Field("审核意见", "\n".join(x for x in (
                data.review_note, f"建议救助{_yuan(approved)}" if approved else "") if x), 5)],
            [Field("审核人", data.reviewed_by),
             Field("审核日期", chinese_date(data.reviewed_on), 3)],
            [Field("审批意见", (f"同意救助{_yuan(approved)}（人民币{amount_in_capitals(approved)}）"
                            if approved and data.approved_by else ""), 5)],
            [Field("审批人", data.approved_by),
             Field("审批日期", chinese_date(data.approved_on), 3)],
            [Field("发放日期", chinese_date(data.paid_on)), Field("发放方式", data.method),
             Field("领款人签名", "")],
        ],
        col_widths=GRID_COLUMNS_MM,
        min_row_heights=[REASON_HEIGHT_MM, None, OPINION_HEIGHT_MM, None, OPINION_HEIGHT_MM,
                         None, 14.0])
    doc.station_seal(data.station_name, chinese_date(data.approved_on) or "",
                     label="服务站（盖章）", compact=True)
    return doc.render()


def render_roster(data: RosterData) -> bytes:
    """发放花名册: one line per person with a signature column; the total in figures and in
    capitals."""
    subtitle = f"救助项目：{data.program}　　批次：{data.batch}"
    doc = LetterDocument("困难职工救助金发放花名册", None, subtitle,
                         organization=data.station_name or None)
    rows = [(str(i), line.name, line.id_number, line.bank_account,
             format_yuan(line.amount_fen), "")
            for i, line in enumerate(data.lines, 1)]
    doc.table(["序号", "姓名", "身份证号", "银行账号", "金额（元）", "领款人签名"],
              rows or [("", "", "", "", "", "")],
              col_widths=(7, 16, 43, 45, 21, 38),
              totals=["", "合计", f"共{len(data.lines)}人", "", format_yuan(data.total_fen),
                      ""],
              aligns=("center", "left", "left", "left", "right", "left"), row_height=10.0)
    doc.spacer(2)
    lines = [f"合计金额：人民币{amount_in_capitals(data.total_fen)}"
             f"（{format_yuan(data.total_fen)}元），共{len(data.lines)}人。"]
    if data.notice:
        lines.append(data.notice + "。")
    if data.paid_on:
        lines.append(f"发放日期：{chinese_date(data.paid_on)}"
                     + (f"，发放方式：{data.method}" if data.method else "") + "。")
    doc.letter(lines, indent=False)
    doc.signatures(["经办人：", "审核人：", "站长（负责人）："], dated=True, per_row=3)
    doc.station_seal(data.station_name, chinese_date(data.paid_on or data.printed_on),
                     label="服务站（盖章）")
    return doc.render()


ROSTER_HEADERS = ("序号", "姓名", "身份证号", "困难类别", "银行账号", "金额（元）", "联系电话",
                  "申请编号")


def roster_xlsx(data: RosterData) -> bytes:
    """The roster as an .xlsx for the bank: text cells for ID and account numbers (no lost
    digits), amounts as numbers of yuan with two decimals, and a total row."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = ROSTER
    sheet.append([f"{data.station_name} {data.program} {data.batch} 发放花名册"])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(list(ROSTER_HEADERS))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    for i, line in enumerate(data.lines, 1):
        sheet.append([i, line.name, line.id_number, line.category, line.bank_account,
                      _xlsx_yuan(line.amount_fen), line.phone, line.number])
        row = sheet.max_row
        for column in ("C", "E"):
            sheet[f"{column}{row}"].number_format = "@"
        sheet[f"F{row}"].number_format = "#,##0.00"
    sheet.append(["合计", f"{len(data.lines)}人", "", "", "", _xlsx_yuan(data.total_fen)])
    total_row = sheet.max_row
    sheet[f"F{total_row}"].number_format = "#,##0.00"
    for cell in sheet[total_row]:
        cell.font = Font(bold=True)
    sheet.append(["大写", f"人民币{amount_in_capitals(data.total_fen)}"])
    for column, width in zip("ABCDEFGH", (6, 10, 22, 10, 24, 14, 14, 24), strict=True):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _xlsx_yuan(fen: int) -> float:
    """Yuan as the number a spreadsheet shows (exact to the fen for any real amount)."""
    return round(fen / 100, 2)
