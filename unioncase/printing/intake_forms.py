"""信访接待 forms: 来访登记表, 来电记录单, 来信登记表, 受理回执 and 转办单.

Every form prints one intake case from an :class:`IntakeFormData` (plain values, no database
objects).  The wording is the official Chinese form text and lives here, with the forms, not in
the UI's translation files.  Empty values print as blanks to be filled in by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from unioncase.printing.form_names import (
    CALL_FORM,
    CHANNEL_FORM,
    LETTER_FORM,
    RECEIPT,
    TRANSFER_SLIP,
    VISIT_FORM,
)
from unioncase.printing.forms import Choice, Field, FormDocument, chinese_date, mm

__all__ = [
    "CHANNEL_FORM",
    "FORM_RENDERERS",
    "IntakeFormData",
    "LetterDocument",
    "render_call_form",
    "render_letter_form",
    "render_receipt",
    "render_transfer_slip",
    "render_visit_form",
]


CATEGORY_OPTIONS = (
    "欠薪",
    "劳动合同",
    "社会保险",
    "工伤",
    "劳动安全卫生",
    "政策咨询",
    "心理咨询",
    "其他",
)
OTHER_CATEGORY = "其他"
HANDLING_OPTIONS = ("答复", "转办", "转调解", "转帮扶", "转就业")
SATISFACTION_OPTIONS = ("满意", "基本满意", "不满意")
ACCEPTANCE_OPTIONS = ("受理", "不予受理")
LETTER_KIND_OPTIONS = ("信函", "网络")
YES_NO = ("是", "否")

REJECTED_STATUS = "不予受理"
ACCEPTED_STATUSES = frozenset({"已受理", "办理中", "已办结", "已回访"})

# label, value, label, value, label, value (mm, 170 in all): every value column holds a date.
GRID_COLUMNS_MM = (22.0, 36.0, 22.0, 34.0, 22.0, 34.0)
SUMMARY_HEIGHT_MM = 48.0
ANSWER_HEIGHT_MM = 24.0
RESULT_HEIGHT_MM = 24.0
TRANSFER_SUMMARY_HEIGHT_MM = 30.0
TRANSFER_OPINION_HEIGHT_MM = 18.0
REPLY_RESULT_HEIGHT_MM = 30.0
REPLY_SEAL_HEIGHT_MM = 24.0
STUB_SUMMARY_CHARS = 60

BLANK_DATE = "____年___月___日"
BLANK_PHONE = "______________"
BLANK_NAME = "____________________"
LETTER_SIZE = 12.0  # 小四, the running text of the receipt
LETTER_LEADING = 23.0


@dataclass(frozen=True)
class IntakeFormData:
    """One intake case as the forms print it; empty strings and ``None`` print as blanks."""

    number: str
    channel: str
    """来访, 来电, 来信 or 网络."""
    registered_on: date
    station_name: str
    operator: str
    """The clerk who registered the case (接待人, 记录人, 登记人)."""
    name: str
    id_number: str
    """The full resident ID number, or ``""``."""
    sex: str
    phone: str
    address: str
    employer: str
    category: str
    head_count: int
    is_group: bool
    is_repeat: bool
    repeat_of_number: str
    summary: str
    """What the petitioner asks (any length; long text runs onto further pages)."""
    call_seconds: int | None
    call_time: str
    """The time of the call, e.g. ``"10:32"``, or ``""``."""
    letter_date: date | None
    """The date written on the letter."""
    sender_address: str
    status: str
    accepted_on: date | None
    accept_due: date | None
    handle_due: date | None
    handling: str
    """答复, 转办, 转调解, 转帮扶, 转就业 or ``""``."""
    transfer_department: str
    transfer_on: date | None
    result: str
    closed_on: date | None
    callback_on: date | None
    satisfaction: str
    contact_phone: str
    """The station's phone number, printed on the receipt and the transfer slip."""
    printed_on: date


# --------------------------------------------------------------------- forms


def render_visit_form(data: IntakeFormData) -> bytes:
    """来访登记表 as PDF bytes."""
    doc = LetterDocument(VISIT_FORM, data.number, organization=data.station_name or None)
    doc.field_grid(
        [
            [
                Field("登记日期", chinese_date(data.registered_on), 3),
                Field("接待人", data.operator),
            ],
            [Field("姓名", data.name), Field("性别", data.sex), Field("联系电话", data.phone)],
            [Field("身份证号", data.id_number, 3), Field("来访人数", _head_count(data))],
            [Field("工作单位", data.employer, 5)],
            [Field("住址", data.address, 5)],
            [Field("反映类别", _category_choice(data.category), 5)],
            _repeat_row(data, "重复来访"),
            [Field("来访事由\n及诉求", data.summary, 5)],
        ],
        col_widths=GRID_COLUMNS_MM,
        min_row_heights=[None] * 7 + [SUMMARY_HEIGHT_MM],
    )
    doc.section("办理情况")
    doc.field_grid(
        [
            [
                Field("受理情况", _choice(ACCEPTANCE_OPTIONS, _acceptance(data)), 3),
                Field("受理日期", chinese_date(data.accepted_on)),
            ],
            [Field("办理方式", _choice(HANDLING_OPTIONS, data.handling), 5)],
            [
                Field("转办单位", data.transfer_department, 3),
                Field("转办日期", chinese_date(data.transfer_on)),
            ],
            [
                Field("办理时限", chinese_date(data.handle_due)),
                Field("办结日期", chinese_date(data.closed_on)),
                Field("办理状态", data.status),
            ],
            [Field("办理结果", data.result, 5)],
            [
                Field("回访日期", chinese_date(data.callback_on)),
                Field("满意度", _choice(SATISFACTION_OPTIONS, data.satisfaction), 3),
            ],
        ],
        col_widths=GRID_COLUMNS_MM,
        min_row_heights=[None] * 4 + [RESULT_HEIGHT_MM, None],
    )
    doc.signatures(["接待人（签名）：", "来访人（签名）："])
    return doc.render()


def render_call_form(data: IntakeFormData) -> bytes:
    """来电记录单 as PDF bytes."""
    doc = LetterDocument(CALL_FORM, data.number, organization=data.station_name or None)
    call_time = " ".join(
        part for part in (chinese_date(data.registered_on), data.call_time) if part
    )
    doc.field_grid(
        [
            [Field("来电时间", call_time, 3), Field("通话时长", _duration(data.call_seconds))],
            [Field("来电号码", data.phone), Field("来电人", data.name), Field("性别", data.sex)],
            [Field("身份证号", data.id_number, 3), Field("涉及人数", _head_count(data))],
            [Field("所在单位", data.employer, 5)],
            [Field("联系地址", data.address, 5)],
            [Field("反映类别", _category_choice(data.category), 5)],
            _repeat_row(data, "重复来电"),
            [Field("来电内容", data.summary, 5)],
        ],
        col_widths=GRID_COLUMNS_MM,
        min_row_heights=[None] * 7 + [SUMMARY_HEIGHT_MM],
    )
    doc.section("处理情况")
    doc.field_grid(
        [
            [Field("处理方式", _choice(HANDLING_OPTIONS, data.handling), 5)],
            [Field("答复/\n处理意见", data.result, 5)],
            [
                Field("转办单位", data.transfer_department, 3),
                Field("转办日期", chinese_date(data.transfer_on)),
            ],
            [
                Field("受理情况", _choice(ACCEPTANCE_OPTIONS, _acceptance(data)), 3),
                Field("受理日期", chinese_date(data.accepted_on)),
            ],
            [
                Field("办理时限", chinese_date(data.handle_due)),
                Field("办结日期", chinese_date(data.closed_on)),
                Field("回访日期", chinese_date(data.callback_on)),
            ],
            [
                Field("满意度", _choice(SATISFACTION_OPTIONS, data.satisfaction), 3),
                Field("记录人", data.operator),
            ],
        ],
        col_widths=GRID_COLUMNS_MM,
        min_row_heights=[None, ANSWER_HEIGHT_MM, None, None, None, None],
    )
    doc.signatures(["记录人（签名）：", "审核人（签名）："])
    return doc.render()


def render_letter_form(data: IntakeFormData) -> bytes:
    """来信登记表 as PDF bytes (also for messages received online, 网络)."""
    doc = LetterDocument(LETTER_FORM, data.number, organization=data.station_name or None)
    kind = "网络" if data.channel == "网络" else "信函" if data.channel == "来信" else None
    doc.field_grid(
        [
            [
                Field("来信日期", chinese_date(data.letter_date)),
                Field("收信日期", chinese_date(data.registered_on)),
                Field("来信方式", _choice(LETTER_KIND_OPTIONS, kind)),
            ],
            [Field("来信人", data.name), Field("性别", data.sex), Field("联系电话", data.phone)],
            [Field("身份证号", data.id_number, 3), Field("来信人数", _head_count(data))],
            [Field("所在单位", data.employer, 5)],
            [Field("地址", data.sender_address or data.address, 5)],
            [Field("反映类别", _category_choice(data.category), 5)],
            _repeat_row(data, "重复来信"),
            [Field("来信内容\n摘要", data.summary, 5)],
        ],
        col_widths=GRID_COLUMNS_MM,
        min_row_heights=[None] * 7 + [SUMMARY_HEIGHT_MM],
    )
    doc.section("办理情况")
    doc.field_grid(
        [
            [Field("拟办意见", _choice(HANDLING_OPTIONS, data.handling), 5)],
            [
                Field("转办单位", data.transfer_department, 3),
                Field("转办日期", chinese_date(data.transfer_on)),
            ],
            [
                Field("受理情况", _choice(ACCEPTANCE_OPTIONS, _acceptance(data)), 3),
                Field("受理日期", chinese_date(data.accepted_on)),
            ],
            [
                Field("办理时限", chinese_date(data.handle_due)),
                Field("办结日期", chinese_date(data.closed_on)),
                Field("回访日期", chinese_date(data.callback_on)),
            ],
            [Field("办理结果", data.result, 5)],
            [
                Field("满意度", _choice(SATISFACTION_OPTIONS, data.satisfaction), 3),
                Field("登记人", data.operator),
            ],
        ],
        col_widths=GRID_COLUMNS_MM,
        min_row_heights=[None] * 4 + [RESULT_HEIGHT_MM, None],
    )
    doc.signatures(["登记人（签名）：", "审核人（签名）："])
    return doc.render()


def render_receipt(data: IntakeFormData) -> bytes:
    """受理回执 as PDF bytes: the petitioner's part, a cut line and the station's stub (存根)."""
    doc = LetterDocument(RECEIPT, data.number, organization=data.station_name or None)
    doc.letter([_receipt_salutation(data)], indent=False)
    doc.letter(_receipt_text(data))
    doc.station_seal(
        data.station_name,
        chinese_date(data.printed_on),
        notes=[f"经办人：{data.operator}"] if data.operator else ["经办人："],
    )
    doc.cut_line()
    doc.heading(f"{RECEIPT}（存根）")
    doc.field_grid(
        [
            [Field("案件编号", data.number, 3), Field("姓名", _name_with_count(data))],
            [
                Field("反映方式", data.channel),
                Field("反映类别", data.category),
                Field("登记日期", chinese_date(data.registered_on)),
            ],
            [
                Field("受理日期", chinese_date(data.accepted_on)),
                Field("答复期限", chinese_date(_reply_due(data))),
                Field("回执日期", chinese_date(data.printed_on)),
            ],
            [Field("主要诉求", _shorten(data.summary, STUB_SUMMARY_CHARS), 5)],
            [
                Field("联系电话", data.phone),
                Field("经办人", data.operator),
                Field("签收人", ""),
            ],
        ],
        col_widths=GRID_COLUMNS_MM,
    )
    return doc.render()


def render_transfer_slip(data: IntakeFormData) -> bytes:
    """转办单 as PDF bytes, with a reply section for the receiving department to fill in."""
    doc = LetterDocument(TRANSFER_SLIP, data.number, organization=data.station_name or None)
    person = _person_label(data.channel)
    doc.field_grid(
        [
            [
                Field("转办单位", data.transfer_department, 3),
                Field("转办日期", chinese_date(data.transfer_on)),
            ],
            [
                Field("案件编号", data.number, 3),
                Field("登记日期", chinese_date(data.registered_on)),
            ],
            [
                Field("反映方式", data.channel),
                Field("反映类别", data.category),
                Field("涉及人数", _head_count(data)),
            ],
            [Field(person, data.name), Field("性别", data.sex), Field("联系电话", data.phone)],
            [Field("身份证号", data.id_number, 3), Field("重复信访", _repeat_text(data))],
            [Field("工作单位", data.employer, 5)],
            [Field("住址", data.sender_address or data.address, 5)],
            [Field("主要诉求", data.summary, 5)],
            [Field("转办意见", _transfer_opinion(data), 5)],
            [
                Field("办理时限", chinese_date(data.handle_due)),
                Field("转办人", data.operator),
                Field("联系电话", data.contact_phone),
            ],
        ],
        col_widths=GRID_COLUMNS_MM,
        min_row_heights=[None] * 7 + [TRANSFER_SUMMARY_HEIGHT_MM, TRANSFER_OPINION_HEIGHT_MM, None],
    )
    doc.station_seal(
        data.station_name,
        chinese_date(data.transfer_on or data.printed_on),
        label="转出单位（盖章）",
        compact=True,
    )
    with doc.kept_together():  # the reply section is never split over two pages
        doc.section("办理情况回复（由承办单位填写）")
        doc.field_grid(
            [
                [Field("办理结果", "", 5)],
                [Field("经办人", ""), Field("联系电话", ""), Field("回复日期", "")],
                [Field("承办单位\n（盖章）", "", 5)],
            ],
            col_widths=GRID_COLUMNS_MM,
            min_row_heights=[REPLY_RESULT_HEIGHT_MM, None, REPLY_SEAL_HEIGHT_MM],
        )
    return doc.render()


FORM_RENDERERS: dict[str, Callable[[IntakeFormData], bytes]] = {
    VISIT_FORM: render_visit_form,
    CALL_FORM: render_call_form,
    LETTER_FORM: render_letter_form,
    RECEIPT: render_receipt,
    TRANSFER_SLIP: render_transfer_slip,
}
"""The printable forms of an intake case by their Chinese names."""



# --------------------------------------------------------------------- wording


def _choice(options: tuple[str, ...], value: str | None) -> Choice:
    """``options`` with ``value`` ticked; a value not among them is added and ticked."""
    if not value:
        return Choice(options)
    if value in options:
        return Choice(options, value)
    return Choice((*options, value), value)


def _category_choice(category: str) -> Choice:
    """The eight categories; one not among them ticks 其他 and prints its name."""
    name = category.strip()
    if not name:
        return Choice(CATEGORY_OPTIONS)
    if name in CATEGORY_OPTIONS:
        return Choice(CATEGORY_OPTIONS, name)
    other = f"{OTHER_CATEGORY}（{name}）"
    return Choice((*CATEGORY_OPTIONS[:-1], other), other)


def _acceptance(data: IntakeFormData) -> str | None:
    if data.status == REJECTED_STATUS:
        return REJECTED_STATUS
    if data.status in ACCEPTED_STATUSES or data.accepted_on is not None:
        return "受理"
    return None


def _group_mark(channel: str) -> str:
    return "集体访" if channel == "来访" else "集体信访"


def _head_count(data: IntakeFormData) -> str:
    if data.head_count < 1:
        return ""
    mark = f"（{_group_mark(data.channel)}）" if data.is_group else ""
    return f"{data.head_count}人{mark}"


def _name_with_count(data: IntakeFormData) -> str:
    if data.is_group and data.head_count > 1 and data.name:
        return f"{data.name}等{data.head_count}人"
    return data.name


def _repeat_row(data: IntakeFormData, label: str) -> list[Field]:
    return [
        Field(label, Choice(YES_NO, "是" if data.is_repeat else "否")),
        Field("原案件编号", data.repeat_of_number, 3),
    ]


def _repeat_text(data: IntakeFormData) -> str:
    return "是" if data.is_repeat else "否"


def _person_label(channel: str) -> str:
    return {"来访": "来访人", "来电": "来电人", "来信": "来信人"}.get(channel, "反映人")


def _duration(seconds: int | None) -> str:
    """通话时长 as ``mm分ss秒``."""
    if seconds is None or seconds < 0:
        return ""
    minutes, rest = divmod(seconds, 60)
    return f"{minutes:02d}分{rest:02d}秒"


def _reply_due(data: IntakeFormData) -> date | None:
    if _acceptance(data) == "受理":
        return data.handle_due or data.accept_due
    if _acceptance(data) is None:
        return data.accept_due
    return None


def _shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with "……"."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "……"


def _date_or_blank(value: date | None) -> str:
    return chinese_date(value) if value is not None else BLANK_DATE


def _receipt_salutation(data: IntakeFormData) -> str:
    return f"{_name_with_count(data) or '__________'}："


def _receipt_text(data: IntakeFormData) -> list[str]:
    group = data.is_group and data.head_count > 1
    you = "你们" if group else "您"
    channel = data.channel or "____"
    category = f"{data.category}问题" if data.category else "问题"
    acceptance = _acceptance(data)
    received = (
        f"{you}于{chinese_date(data.registered_on)}以{channel}方式反映的{category}"
        f"（案件编号：{data.number}），"
    )
    if acceptance == "受理":
        received += "我们已收到并已受理。"
        due = f"我们将于{_date_or_blank(_reply_due(data))}前将办理情况告知{you}。"
    elif acceptance == REJECTED_STATUS:
        received += "我们已收到。经审查，该事项不予受理，具体理由另行告知。"
        due = ""
    else:
        received += "我们已收到。"
        due = f"我们将于{_date_or_blank(_reply_due(data))}前告知{you}是否受理及办理情况。"
    phone = data.contact_phone or BLANK_PHONE
    return [
        received + due,
        f"如需查询办理进度或补充材料，请与我们联系，联系电话：{phone}。查询时请提供案件编号。",
        "特此告知。",
    ]


def _transfer_opinion(data: IntakeFormData) -> str:
    station = data.station_name or "我单位"
    due = _date_or_blank(data.handle_due)
    phone = f"（联系电话：{data.contact_phone}）" if data.contact_phone else ""
    return (
        "该事项属贵单位职责范围，现转请贵单位依法依规处理，"
        f"并于{due}前将办理结果书面反馈{station}{phone}。"
    )


# --------------------------------------------------------------------- layout


class LetterDocument(FormDocument):
    """A :class:`FormDocument` with the blocks of letters and notices: running letter text,
    a second heading, a cut line, the issuer's seal and page breaks (also used by other lines'
    notices)."""

    def letter(self, paragraphs: Sequence[str], *, indent: bool = True) -> None:
        """Running text of a letter (小四), each paragraph indented by two characters."""
        texts = tuple(paragraphs)

        def make(font: str) -> list[Any]:
            style = ParagraphStyle(
                "letter",
                fontName=font,
                fontSize=LETTER_SIZE,
                leading=LETTER_LEADING,
                alignment=TA_JUSTIFY,
                firstLineIndent=2 * LETTER_SIZE if indent else 0,
                wordWrap="CJK",
            )
            return [Paragraph(escape(text), style) for text in texts]

        self._add(make)

    def heading(self, text: str) -> None:
        """A centred heading (a second title on the same page)."""
        self._add(lambda font: [_Heading(text, font)])

    def cut_line(self) -> None:
        """A dashed line across the page, marked 裁 剪 线."""
        self._add(lambda font: [_CutLine(font)])

    def station_seal(
        self,
        station: str,
        date_text: str,
        *,
        label: str = "服务站（盖章）",
        notes: Sequence[str] = (),
        compact: bool = False,
    ) -> None:
        """The station's name and the date at the right, in a box for the seal."""
        items = tuple(notes)
        self._add(lambda font: [_StationSeal(station, date_text, label, items, font, compact)])

    @contextmanager
    def kept_together(self) -> Iterator[None]:
        """The blocks added inside the ``with`` are kept on one page (moved to the next)."""
        start = len(self._blocks)
        yield
        inner = self._blocks[start:]
        del self._blocks[start:]
        # reportlab leaves the first flowable's space before out of the height it keeps free;
        # a hairline spacer makes it count (it is dropped at the top of a page anyway).
        self._blocks.append(
            lambda styles: [
                KeepTogether([Spacer(1, 0.1), *(f for block in inner for f in block(styles))])
            ]
        )

    def add_flowables(self, make: Callable[[str], list[Any]]) -> None:
        """Blocks made by the caller (e.g. a chart): ``make(font name)`` returns flowables."""
        self._add(make)

    def page_break(self) -> None:
        """The next blocks start on a new page."""
        self._add(lambda _font: [PageBreak()])

    def _add(self, make: Callable[[str], list[Any]]) -> None:
        self._blocks.append(lambda styles: make(styles.font))


def _fit_size(text: str, font: str, size: float, width: float) -> float:
    natural = float(stringWidth(text, font, size))
    return size if natural <= width else size * width / natural


class _Heading(Flowable):  # type: ignore[misc]
    SIZE = 16.0

    def __init__(self, text: str, font: str) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.spaceBefore = 2 * mm
        self.spaceAfter = 4 * mm
        self._width = 0.0

    def wrap(self, avail_width: float, _avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        return avail_width, self.SIZE * 1.3

    def draw(self) -> None:
        canvas = self.canv
        size = _fit_size(self.text, self.font, self.SIZE, self._width)
        canvas.saveState()
        canvas.setFont(self.font, size)
        canvas.setLineWidth(size * 0.028)  # simulated bold, like the title
        text = canvas.beginText(0, self.SIZE * 0.3)
        text.setFont(self.font, size)
        text.setTextRenderMode(2)
        width = float(stringWidth(self.text, self.font, size))
        text.setTextOrigin((self._width - width) / 2, self.SIZE * 0.3)
        text.textOut(self.text)
        canvas.drawText(text)
        canvas.restoreState()


class _CutLine(Flowable):  # type: ignore[misc]
    """- - - - 裁 - - - - 剪 - - - - 线 - - - -"""

    MARKS = ("裁", "剪", "线")
    SIZE = 10.5
    HEIGHT = 8 * mm

    def __init__(self, font: str) -> None:
        super().__init__()
        self.font = font
        self.spaceBefore = 6 * mm
        self.spaceAfter = 6 * mm
        self._width = 0.0

    def wrap(self, avail_width: float, _avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        return avail_width, self.HEIGHT

    def draw(self) -> None:
        canvas = self.canv
        y = self.HEIGHT / 2
        gap = self.SIZE * 1.6
        centres = [self._width * (i + 1) / (len(self.MARKS) + 1) for i in range(len(self.MARKS))]
        canvas.saveState()
        canvas.setFont(self.font, self.SIZE)
        canvas.setLineWidth(0.7)
        canvas.setDash(4, 3)
        start = 0.0
        for centre, mark in zip(centres, self.MARKS, strict=True):
            canvas.line(start, y, centre - gap / 2, y)
            canvas.drawCentredString(centre, y - self.SIZE * 0.35, mark)
            start = centre + gap / 2
        canvas.line(start, y, self._width, y)
        canvas.restoreState()


class _StationSeal(Flowable):  # type: ignore[misc]
    """The station's name and the date at the right margin, where the seal is stamped.

    In full size a dashed box marks the seal and ``notes`` (经办人 ...) stand at the left; the
    compact form is the closing of an official letter: "label station" over the date.
    """

    WIDTH = 72 * mm
    HEIGHT = 36 * mm
    SIZE = 12.0
    LABEL_SIZE = 9.0
    LINE = SIZE * 1.9

    def __init__(
        self,
        station: str,
        date_text: str,
        label: str,
        notes: tuple[str, ...],
        font: str,
        compact: bool,
    ) -> None:
        super().__init__()
        self.station = station
        self.date_text = date_text or BLANK_DATE
        self.label = label
        self.notes = notes
        self.font = font
        self.compact = compact
        self.height = 2 * self.LINE if compact else self.HEIGHT
        self.spaceBefore = 6 * mm if compact else 4 * mm
        self.spaceAfter = 2 * mm
        self._width = 0.0

    def wrap(self, avail_width: float, _avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(colors.black)
        canvas.setStrokeColor(colors.black)
        if self.compact:
            self._draw_closing()
        else:
            self._draw_box()
        canvas.restoreState()

    def _draw_closing(self) -> None:
        canvas = self.canv
        label = f"{self.label}："
        label_w = float(stringWidth(label, self.font, self.SIZE))
        station = self.station or BLANK_NAME  # a line to write the name on
        size = _fit_size(station, self.font, self.SIZE, self._width / 2)
        name_w = float(stringWidth(station, self.font, size))
        date_w = float(stringWidth(self.date_text, self.font, self.SIZE))
        block_w = max(name_w, date_w)
        centre = self._width - block_w / 2
        top = self.height - self.SIZE
        canvas.setFont(self.font, self.SIZE)
        canvas.drawString(centre - name_w / 2 - label_w, top, label)
        canvas.setFont(self.font, size)
        canvas.drawCentredString(centre, top, station)
        canvas.setFont(self.font, self.SIZE)
        canvas.drawCentredString(centre, top - self.LINE, self.date_text)

    def _draw_box(self) -> None:
        canvas = self.canv
        left = self._width - self.WIDTH
        canvas.setLineWidth(0.6)
        canvas.setDash(2, 2)
        canvas.rect(left, 0, self.WIDTH, self.height, stroke=1, fill=0)
        canvas.setDash()
        canvas.setFont(self.font, self.LABEL_SIZE)
        canvas.drawString(left + 2 * mm, self.height - 2 * mm - self.LABEL_SIZE, self.label)
        centre = left + self.WIDTH / 2
        size = _fit_size(self.station, self.font, self.SIZE, self.WIDTH - 6 * mm)
        name_baseline = self.height / 2 + 2 * mm - size * 0.2
        canvas.setFont(self.font, size)
        canvas.drawCentredString(centre, name_baseline, self.station)
        canvas.setFont(self.font, self.SIZE)
        canvas.drawCentredString(centre, name_baseline - self.LINE, self.date_text)
        for i, note in enumerate(self.notes):
            canvas.drawString(0, name_baseline - i * self.LINE, note)
