"""职工信息登记表: the registration form of one worker (职工/当事人).

The wording is the official Chinese form text and lives here, with the form, not in the UI's
translation files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from unioncase.printing.form_names import PERSON_FORM
from unioncase.printing.forms import Choice, Field, FormDocument, chinese_date

TITLE = PERSON_FORM
HOUSEHOLD_OPTIONS = ("城镇", "农村")
YES_NO = ("是", "否")
DECLARATION = "本人承诺以上信息真实有效。"
NOTES_MIN_HEIGHT_MM = 36.0
# label, value, label, value, label, value (mm): 性别 needs little room, 出生日期 and 联系电话 more.
GRID_COLUMNS_MM = (26.0, 32.0, 26.0, 24.0, 26.0, 36.0)


@dataclass(frozen=True)
class PersonFormData:
    """What the registration form prints; empty strings print as blanks to fill in by hand."""

    number: str
    name: str
    id_number: str
    """The full 18-character resident ID number (printed in full on this form)."""
    sex: str
    birth_date: date | None
    phone: str
    household: str
    """城镇 or 农村 (ticked on the form); anything else leaves both boxes empty."""
    union_member: bool
    employer: str
    address: str
    station_name: str
    notes: str
    printed_on: date
    """The registration date printed on the form (登记日期)."""
    operator: str


def render_person_registration(data: PersonFormData) -> bytes:
    """The 职工信息登记表 of one person as PDF bytes."""
    household = data.household if data.household in HOUSEHOLD_OPTIONS else None
    doc = FormDocument(TITLE, data.number, organization=data.station_name or None)
    doc.section("基本信息")
    doc.field_grid(
        [
            [
                Field("姓名", data.name),
                Field("性别", data.sex),
                Field("出生日期", chinese_date(data.birth_date)),
            ],
            [Field("公民身份号码", data.id_number, 3), Field("联系电话", data.phone)],
            [
                Field("户籍类别", Choice(HOUSEHOLD_OPTIONS, household)),
                Field("是否工会会员", Choice(YES_NO, "是" if data.union_member else "否"), 3),
            ],
            [Field("工作单位", data.employer, 5)],
            [Field("家庭住址", data.address, 5)],
            [Field("备注", data.notes, 5)],
        ],
        col_widths=GRID_COLUMNS_MM,
        min_row_heights=[None, None, None, None, None, NOTES_MIN_HEIGHT_MM],
    )
    doc.section("登记信息")
    doc.field_grid(
        [
            [Field("登记服务站", data.station_name, 5)],
            [Field("登记人", data.operator), Field("登记日期", chinese_date(data.printed_on), 3)],
        ],
        col_widths=GRID_COLUMNS_MM,
    )
    doc.spacer(4)
    doc.paragraph(DECLARATION)
    doc.signatures(["本人签名：", "经办人签名："])
    doc.seal_box("服务站盖章")
    return doc.render()
