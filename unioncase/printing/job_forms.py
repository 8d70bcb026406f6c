"""就业推荐 forms: the job seeker's registration form (求职登记表), the referral letter to the
employer with its tear-off return slip (就业推荐信 and 回执), and a fair's summary sheet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from unioncase.domain.money import format_yuan
from unioncase.printing.form_names import FAIR_SUMMARY, REFERRAL_LETTER, REGISTRATION_FORM
from unioncase.printing.forms import Choice, Field, chinese_date
from unioncase.printing.intake_forms import LetterDocument

__all__ = [
    "FAIR_SUMMARY",
    "REFERRAL_LETTER",
    "REGISTRATION_FORM",
    "FairSummaryData",
    "PositionLine",
    "SeekerFormData",
    "render_fair_summary",
    "render_referral_letter",
    "render_registration_form",
]

EDUCATION = ("小学及以下", "初中", "高中/中专", "大专", "本科", "研究生")
SITUATIONS = ("失业", "返乡农民工", "应届毕业生", "在职转岗", "其他")
GRID_COLUMNS_MM = (22.0, 36.0, 22.0, 34.0, 22.0, 34.0)
BLANK_DATE = "____年___月___日"


@dataclass(frozen=True)
class SeekerFormData:
    number: str
    station_name: str
    name: str
    registered_on: date
    printed_on: date
    sex: str = ""
    id_number: str = ""
    phone: str = ""
    education: str = ""
    situation: str = ""
    skills: str = ""
    desired_job: str = ""
    desired_pay_fen: int | None = None
    fair: str = ""
    notes: str = ""
    # the referral the letter is for
    employer: str = ""
    employer_address: str = ""
    employer_phone: str = ""
    position: str = ""
    referred_on: date | None = None
    station_phone: str = ""


@dataclass(frozen=True)
class PositionLine:
    employer: str
    title: str
    wanted: int
    pay: str


@dataclass(frozen=True)
class FairSummaryData:
    name: str
    held_on: date
    venue: str
    organizer: str
    campaign: str
    station_name: str
    printed_on: date
    employers: int
    positions: int
    wanted: int
    seekers: int
    referrals: int
    placements: int
    lines: tuple[PositionLine, ...] = ()


def _choice(options: tuple[str, ...], value: str) -> Choice:
    return Choice(options, value if value in options else None)


def render_registration_form(data: SeekerFormData) -> bytes:
    doc = LetterDocument("求职登记表", data.number, organization=data.station_name or None)
    pay = f"{format_yuan(data.desired_pay_fen)}元/月" if data.desired_pay_fen else ""
    doc.field_grid(
        [
            [Field("姓名", data.name), Field("性别", data.sex), Field("联系电话", data.phone)],
            [Field("身份证号", data.id_number, 3),
             Field("登记日期", chinese_date(data.registered_on))],
            [Field("文化程度", _choice(EDUCATION, data.education), 5)],
            [Field("目前状况", _choice(SITUATIONS, data.situation), 5)],
            [Field("求职意向", data.desired_job, 3), Field("期望月薪", pay)],
            [Field("技能与证书", data.skills, 5)],
            [Field("登记地点", data.fair or "服务站窗口", 5)],
            [Field("备注", data.notes, 5)],
        ],
        col_widths=GRID_COLUMNS_MM, min_row_heights=[None, None, None, None, None, 20.0, None,
                                                     20.0])
    doc.letter(["本人承诺以上信息真实有效，同意服务站据此为本人推荐工作岗位。"])
    doc.signatures(["求职人（签名）：", "经办人："], per_row=2)
    doc.station_seal(data.station_name, chinese_date(data.printed_on), compact=True)
    return doc.render()


def render_referral_letter(data: SeekerFormData) -> bytes:
    """就业推荐信 to the employer, with the 回执 the employer returns with the result."""
    doc = LetterDocument("就业推荐信", data.number, organization=data.station_name or None)
    doc.letter([f"{data.employer or '____________________'}："], indent=False)
    position = f"“{data.position}”岗位" if data.position else "贵单位招聘的岗位"
    education = f"，{data.education}文化程度" if data.education else ""
    skills = f"，{data.skills}" if data.skills else ""
    doc.letter([
        f"兹推荐{data.name}（{data.sex + '，' if data.sex else ''}身份证号{data.id_number}"
        f"{education}{skills}）前往贵单位应聘{position}，请予接洽。",
        "请贵单位于面试后十四日内将录用结果填写在下方回执上，寄回或送回本服务站，"
        "以便我们做好跟踪服务。"
        + (f"联系电话：{data.station_phone}。" if data.station_phone else ""),
        "此致", "敬礼！"])
    doc.station_seal(data.station_name, chinese_date(data.referred_on or data.printed_on),
                     label="推荐单位（盖章）", compact=True)
    doc.field_grid(
        [
            [Field("求职人", data.name), Field("联系电话", data.phone),
             Field("推荐日期", chinese_date(data.referred_on))],
            [Field("用人单位地址", data.employer_address, 3),
             Field("单位电话", data.employer_phone)],
        ],
        col_widths=GRID_COLUMNS_MM)
    doc.cut_line()
    doc.heading("回　执")
    doc.letter([f"{data.station_name}："], indent=False)
    doc.letter([f"贵站推荐的{data.name}（推荐编号 {data.number}）应聘{position}，经面试："])
    doc.field_grid(
        [
            [Field("录用结果", Choice(("已录用", "未录用"), None), 3),
             Field("上岗日期", BLANK_DATE)],
            [Field("岗位/月薪", ""), Field("未录用原因", "", 3)],
        ],
        col_widths=GRID_COLUMNS_MM, min_row_heights=[None, 14.0])
    doc.station_seal(data.employer or "用人单位", BLANK_DATE, label="用人单位（盖章）",
                     compact=True)
    return doc.render()


def render_fair_summary(data: FairSummaryData) -> bytes:
    doc = LetterDocument("招聘会情况汇总表", None, data.name,
                         organization=data.station_name or None)
    doc.field_grid(
        [
            [Field("举办日期", chinese_date(data.held_on)), Field("地点", data.venue, 3)],
            [Field("主办单位", data.organizer, 3), Field("活动", data.campaign)],
            [Field("参会企业", f"{data.employers}家"), Field("提供岗位", f"{data.positions}个"),
             Field("招聘人数", f"{data.wanted}人")],
            [Field("求职人数", f"{data.seekers}人"), Field("推荐人次", f"{data.referrals}人次"),
             Field("推荐上岗", f"{data.placements}人")],
        ],
        col_widths=GRID_COLUMNS_MM)
    doc.section("岗位明细")
    doc.table(["序号", "用人单位", "岗位", "招聘人数", "月薪（元）"],
              [(str(i), line.employer, line.title, str(line.wanted), line.pay)
               for i, line in enumerate(data.lines, 1)] or [("", "", "", "", "")],
              col_widths=(10, 60, 40, 20, 40),
              totals=["合计", "", "", str(data.wanted), ""],
              aligns=("center", "left", "left", "right", "center"))
    doc.signatures(["填表人：", "负责人："], per_row=2)
    return doc.render()
