"""劳动争议调解 forms: 调解申请书, 受理通知书, 调解笔录, 调解协议书 and the notices that end a
mediation without agreement (调解不成告知书, 终止调解告知书).

Every form prints one mediation case from a :class:`MediationFormData` (plain values, no database
objects).  The wording is the official form text of the 劳动争议调解仲裁法 and lives here, with the
forms.  Amounts are integer fen; the agreement writes every amount in figures and in Chinese
financial capitals (人民币贰仟壹佰肆拾玖元柒角壹分).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from unioncase.domain.money import amount_in_capitals, format_yuan
from unioncase.printing.form_names import (
    AGREEMENT,
    APPLICATION,
    FAILURE_NOTICE,
    NOTICE_OF_ACCEPTANCE,
    SESSION_RECORD,
    TERMINATION_NOTICE,
)
from unioncase.printing.forms import Choice, Field, chinese_date
from unioncase.printing.intake_forms import LetterDocument

__all__ = [
    "AGREEMENT",
    "APPLICATION",
    "FAILURE_NOTICE",
    "FORM_RENDERERS",
    "NOTICE_OF_ACCEPTANCE",
    "SESSION_RECORD",
    "TERMINATION_NOTICE",
    "AgreedLine",
    "ClaimLine",
    "MediationFormData",
    "MediatorLine",
    "PartyLine",
    "RespondentLine",
    "SessionLine",
    "capitals",
]


DISPUTE_TYPES = ("劳动报酬", "解除劳动合同", "社会保险", "工伤待遇", "经济补偿", "其他")
TERMINATED = "已终止"

# label, value, label, value, label, value (mm, 170 in all)
GRID_COLUMNS_MM = (22.0, 36.0, 22.0, 34.0, 22.0, 34.0)
FACTS_HEIGHT_MM = 42.0
ATTENDEES_HEIGHT_MM = 14.0
BLANK_DATE = "____年___月___日"
CHINESE_NUMERALS = "零一二三四五六七八九十"


@dataclass(frozen=True)
class PartyLine:
    """An applicant (申请人)."""

    name: str
    sex: str = ""
    id_number: str = ""
    phone: str = ""
    address: str = ""


@dataclass(frozen=True)
class RespondentLine:
    """The respondent employer (被申请人)."""

    name: str = ""
    credit_code: str = ""
    address: str = ""
    representative: str = ""
    phone: str = ""


@dataclass(frozen=True)
class MediatorLine:
    name: str
    certificate_number: str = ""
    is_lead: bool = False


@dataclass(frozen=True)
class ClaimLine:
    item: str
    amount_fen: int


@dataclass(frozen=True)
class AgreedLine:
    item: str
    amount_fen: int
    payer: str = ""
    payee: str = ""
    due_on: date | None = None


@dataclass(frozen=True)
class SessionLine:
    seq: int
    held_on: date | None
    place: str = ""
    attendees: str = ""
    record: str = ""


@dataclass(frozen=True)
class MediationFormData:
    """One mediation case as the forms print it; empty strings and ``None`` print as blanks."""

    number: str
    station_name: str
    organization_name: str
    printed_on: date
    applicants: tuple[PartyLine, ...]
    respondent: RespondentLine
    dispute_type: str
    organization_type: str = ""
    organization_phone: str = ""
    head_count: int = 1
    is_collective: bool = False
    facts: str = ""
    mediators: tuple[MediatorLine, ...] = ()
    """Presiding mediator first."""
    status: str = ""
    applied_on: date | None = None
    claims: tuple[ClaimLine, ...] = ()
    accepted_on: date | None = None
    due_on: date | None = None
    """The 15-day limit (or the agreed extension)."""
    sessions: tuple[SessionLine, ...] = ()
    agreement_terms: str = ""
    agreed_items: tuple[AgreedLine, ...] = ()
    concluded_on: date | None = None
    copies: int = 3
    payment_order: bool = False
    """The dispute may end in a payment order (劳动报酬, 经济补偿): art. 16 applies."""
    court_confirm_due: date | None = None
    outcome_reason: str = ""
    arbitration_limit_on: date | None = None
    recorder: str = ""
    session: int | None = field(default=None)
    """调解笔录 of this session only (its number, 1, 2 ...); ``None`` prints every session."""

    @property
    def claimed_fen(self) -> int:
        return sum(claim.amount_fen for claim in self.claims)

    @property
    def agreed_fen(self) -> int:
        return sum(item.amount_fen for item in self.agreed_items)

    @property
    def applicant_names(self) -> str:
        return "、".join(party.name for party in self.applicants)

    @property
    def lead(self) -> MediatorLine | None:
        return self.mediators[0] if self.mediators else None


def capitals(fen: int) -> str:
    """``人民币贰仟壹佰肆拾玖元柒角壹分``: an amount as the agreement writes it in words."""
    return "人民币" + amount_in_capitals(fen)


def _yuan(fen: int) -> str:
    return f"{format_yuan(fen)}元"


def _chinese_number(n: int) -> str:
    """1 → 一, 12 → 十二, 25 → 二十五 (for numbered terms and 第N次)."""
    if n <= 10:
        return CHINESE_NUMERALS[n]
    tens, ones = divmod(n, 10)
    if n < 20:
        return "十" + (CHINESE_NUMERALS[ones] if ones else "")
    if n < 100:
        return CHINESE_NUMERALS[tens] + "十" + (CHINESE_NUMERALS[ones] if ones else "")
    return str(n)


def _date_or_blank(value: date | None) -> str:
    return chinese_date(value) if value else BLANK_DATE


def _document(title: str, data: MediationFormData, subtitle: str | None = None
              ) -> LetterDocument:
    return LetterDocument(title, data.number, subtitle,
                          organization=data.organization_name or data.station_name or None)


def _party_rows(data: MediationFormData, label: str = "申请人") -> list[list[Field]]:
    rows: list[list[Field]] = []
    for i, party in enumerate(data.applicants):
        name_label = label if len(data.applicants) == 1 else f"{label}{i + 1}"
        rows.append([Field(name_label, party.name), Field("性别", party.sex),
                     Field("联系电话", party.phone)])
        rows.append([Field("身份证号", party.id_number, 3), Field("住址", party.address)])
    if data.is_collective or data.head_count > len(data.applicants):
        nature = "集体劳动争议" if data.is_collective else "多人劳动争议"
        rows.append([Field("职工人数", f"{data.head_count}人"), Field("争议性质", nature, 3)])
    return rows


def _respondent_rows(data: MediationFormData) -> list[list[Field]]:
    r = data.respondent
    return [
        [Field("被申请人", r.name, 3), Field("联系电话", r.phone)],
        [Field("统一社会\n信用代码", r.credit_code, 3), Field("负责人", r.representative)],
        [Field("住所", r.address, 5)],
    ]


def _mediator_names(data: MediationFormData) -> str:
    return "、".join(m.name for m in data.mediators)


# ------------------------------------------------------------------------- 调解申请书


def render_application(data: MediationFormData) -> bytes:
    """劳动争议调解申请书: parties, dispute type, claims with the total, facts, signatures."""
    doc = _document("劳动争议调解申请书", data)
    doc.field_grid(_party_rows(data) + _respondent_rows(data), col_widths=GRID_COLUMNS_MM)
    doc.field_grid([[Field("争议类型", Choice(DISPUTE_TYPES, data.dispute_type
                                              if data.dispute_type in DISPUTE_TYPES else None),
                           5)]],
                   col_widths=GRID_COLUMNS_MM)
    doc.section("请求事项")
    rows = [(_chinese_number(i), claim.item, format_yuan(claim.amount_fen) if claim.amount_fen
             else "—") for i, claim in enumerate(data.claims, 1)]
    doc.table(["序号", "请求事项", "金额（元）"], rows or [("", "", "")], col_widths=(12, 110, 40),
              totals=["合计", capitals(data.claimed_fen), format_yuan(data.claimed_fen)],
              aligns=("center", "left", "right"))
    doc.spacer(3)
    doc.field_grid(
        [[Field("事实与理由", data.facts, 5)],
         [Field("申请日期", _date_or_blank(data.applied_on)),
          Field("调解组织", data.organization_name, 3)]],
        col_widths=GRID_COLUMNS_MM, min_row_heights=[FACTS_HEIGHT_MM, None])
    doc.spacer(3)
    doc.letter(["此致"], indent=True)
    doc.letter([data.organization_name or "____________________劳动争议调解委员会"],
               indent=False)
    doc.signatures(["申请人（签名）：" for _ in data.applicants] or ["申请人（签名）："],
                   per_row=2)
    return doc.render()


# ------------------------------------------------------------------------- 受理通知书


def _acceptance_text(data: MediationFormData) -> list[str]:
    lead = data.lead
    respondent = data.respondent.name or "被申请人"
    text = [
        f"你（们）与{respondent}因{data.dispute_type}发生的劳动争议，于"
        f"{_date_or_blank(data.applied_on)}向本委员会申请调解。经审查，符合受理条件，"
        f"本委员会决定于{_date_or_blank(data.accepted_on)}予以受理。",
    ]
    if lead is not None:
        others = "、".join(m.name for m in data.mediators[1:])
        assigned = f"本委员会指派调解员{lead.name}主持调解"
        if others:
            assigned += f"，调解员{others}参加调解"
        text.append(assigned + "。调解时请携带本人身份证件和与争议有关的证据材料，"
                    "按本委员会通知的时间、地点参加调解。")
    text.append(
        f"依照《中华人民共和国劳动争议调解仲裁法》第十四条的规定，自受理之日起十五日内（即"
        f"{_date_or_blank(data.due_on)}前）未达成调解协议的，当事人可以依法申请仲裁。")
    if data.organization_phone:
        text.append(f"联系电话：{data.organization_phone}")
    return text


def render_notice_of_acceptance(data: MediationFormData) -> bytes:
    """受理通知书 to the applicants, with a stub (送达回证) for the organization's file."""
    doc = _document("劳动争议调解受理通知书", data)
    doc.letter([f"{data.applicant_names or '申请人'}："], indent=False)
    doc.letter(_acceptance_text(data))
    doc.letter(["特此通知。"])
    doc.station_seal(data.organization_name, _date_or_blank(data.accepted_on),
                     label="调解组织（印章）")
    doc.cut_line()
    doc.heading("送达回证")
    doc.field_grid(
        [
            [Field("案件编号", data.number, 3), Field("受理日期", chinese_date(data.accepted_on))],
            [Field("送达文书", "劳动争议调解受理通知书", 3),
             Field("调解期限", chinese_date(data.due_on))],
            [Field("受送达人", data.applicant_names, 3), Field("签收日期", "")],
            [Field("签收人", "", 3), Field("送达人", "")],
        ],
        col_widths=GRID_COLUMNS_MM,
    )
    return doc.render()


# ------------------------------------------------------------------------- 调解笔录


def _session_pages(doc: LetterDocument, data: MediationFormData,
                   sessions: Sequence[SessionLine]) -> None:
    for i, session in enumerate(sessions):
        if i:
            doc.page_break()
            doc.heading(f"调解笔录（第{_chinese_number(session.seq)}次）")
        doc.field_grid(
            [
                [Field("案件编号", data.number, 3),
                 Field("调解次数", f"第{_chinese_number(session.seq)}次")],
                [Field("时间", chinese_date(session.held_on)), Field("地点", session.place, 3)],
                [Field("案由", f"{data.dispute_type}争议", 3),
                 Field("职工人数", f"{data.head_count}人")],
                [Field("申请人", data.applicant_names, 5)],
                [Field("被申请人", data.respondent.name, 5)],
                [Field("调解员", _mediator_names(data), 3), Field("记录人", data.recorder)],
                [Field("参加人员", session.attendees, 5)],
            ],
            col_widths=GRID_COLUMNS_MM,
            min_row_heights=[None, None, None, None, None, None, ATTENDEES_HEIGHT_MM],
        )
        doc.section("调解记录")
        record = session.record.strip() or "（无记录）"
        doc.letter(record.splitlines() or [record])
        doc.letter(["以上笔录经当事人阅读（或向其宣读），确认无误。"])
        signers = ["申请人（签名）：" for _ in data.applicants] or ["申请人（签名）："]
        signers += ["被申请人（签名或盖章）：", "调解员（签名）：", "记录人（签名）："]
        doc.signatures(signers, per_row=2)


def render_session_record(data: MediationFormData) -> bytes:
    """调解笔录: one record per session, each starting on a new page (or only ``data.session``)."""
    sessions = [s for s in data.sessions if data.session is None or s.seq == data.session]
    if not sessions:
        raise ValueError("no session to print")
    first = sessions[0]
    doc = _document("调解笔录", data, subtitle=f"第{_chinese_number(first.seq)}次调解")
    _session_pages(doc, data, sessions)
    return doc.render()


# ------------------------------------------------------------------------- 调解协议书


def _party_paragraphs(data: MediationFormData) -> list[str]:
    lines = []
    for party in data.applicants:
        parts = [f"申请人：{party.name}"]
        if party.sex:
            parts.append(party.sex)
        parts.append(f"公民身份号码{party.id_number or '________________'}")
        if party.address:
            parts.append(f"住址{party.address}")
        if party.phone:
            parts.append(f"联系电话{party.phone}")
        lines.append("，".join(parts) + "。")
    if data.is_collective or data.head_count > len(data.applicants):
        lines.append(f"（以上申请人代表职工共{data.head_count}人）")
    r = data.respondent
    parts = [f"被申请人：{r.name}"]
    parts.append(f"统一社会信用代码{r.credit_code or '__________________'}")
    if r.address:
        parts.append(f"住所{r.address}")
    lines.append("，".join(parts) + "。")
    if r.representative:
        lines.append(f"法定代表人（主要负责人）：{r.representative}"
                     + (f"，联系电话{r.phone}" if r.phone else "") + "。")
    lines.append(f"调解组织：{data.organization_name}。")
    if data.mediators:
        lines.append(f"调解员：{_mediator_names(data)}。")
    return lines


def _term_sentence(i: int, item: AgreedLine) -> str:
    due = f"于{chinese_date(item.due_on)}前" if item.due_on else ""
    payer = item.payer or "被申请人"
    payee = item.payee or "申请人"
    return (f"{_chinese_number(i)}、{payer}{due}向{payee}支付{item.item}"
            f"{_yuan(item.amount_fen)}（大写：{capitals(item.amount_fen)}）。")


def render_agreement(data: MediationFormData) -> bytes:
    """劳动争议调解协议书, to be signed on the spot by the parties and the mediators."""
    doc = _document("劳动争议调解协议书", data)
    doc.letter(_party_paragraphs(data), indent=False)
    doc.section("争议事项")
    facts = data.facts.strip() or f"双方因{data.dispute_type}发生劳动争议。"
    doc.letter([f"争议类型：{data.dispute_type}。", *facts.splitlines()])
    doc.section("协议内容")
    doc.letter([f"经{data.organization_name or '本调解组织'}调解，双方当事人在平等自愿的基础上，"
                "达成如下协议："])
    terms = [_term_sentence(i, item) for i, item in enumerate(data.agreed_items, 1)]
    n = len(terms)
    for line in data.agreement_terms.splitlines():
        if line.strip():
            n += 1
            terms.append(f"{_chinese_number(n)}、{line.strip()}")
    doc.letter(terms)
    rows = [(_chinese_number(i), item.item, item.payer or "被申请人", item.payee or "申请人",
             chinese_date(item.due_on), format_yuan(item.amount_fen), capitals(item.amount_fen))
            for i, item in enumerate(data.agreed_items, 1)]
    doc.table(["序号", "款项", "支付方", "收款方", "支付期限", "金额（元）", "大写金额"], rows,
              col_widths=(11, 26, 24, 18, 23, 20, 48),
              totals=["合计", "", "", "", "", format_yuan(data.agreed_fen),
                      capitals(data.agreed_fen)],
              aligns=("center", "left", "left", "left", "center", "right", "left"))
    closing = [
        f"以上款项合计{_yuan(data.agreed_fen)}（大写：{capitals(data.agreed_fen)}）。",
        "依照《中华人民共和国劳动争议调解仲裁法》第十四条，本协议书由双方当事人签名或者盖章，"
        "经调解员签名并加盖调解组织印章后生效，对双方当事人具有约束力，当事人应当履行。",
        "依照该法第十五条，达成调解协议后，一方当事人在协议约定期限内不履行调解协议的，"
        "另一方当事人可以依法申请仲裁。",
    ]
    if data.payment_order:
        closing.append("依照该法第十六条，因支付拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金事项"
                       "达成调解协议，用人单位在协议约定期限内不履行的，劳动者可以持调解协议书"
                       "依法向人民法院申请支付令。")
    confirm = "双方当事人可以自调解协议生效之日起三十日内共同向人民法院申请司法确认"
    if data.court_confirm_due:
        confirm += f"（即{chinese_date(data.court_confirm_due)}前）"
    closing.append(confirm + "。")
    copies = max(data.copies, 2)
    closing.append(f"本协议书一式{_chinese_number(copies)}份，双方当事人各执一份，"
                   f"其余由调解组织存档。")
    doc.spacer(3)
    doc.letter(closing)
    signers = [f"申请人（签名）：{party.name}" for party in data.applicants]
    signers.append(f"被申请人（盖章）：{data.respondent.name}")
    signers.append("法定代表人或委托代理人（签名）：")
    signers += [f"调解员（签名）：{m.name}" for m in data.mediators] or ["调解员（签名）："]
    doc.signatures(signers, dated=True, per_row=2)
    doc.station_seal(data.organization_name, _date_or_blank(data.concluded_on),
                     label="调解组织（印章）")
    return doc.render()


# ------------------------------------------------------------------------- 告知书


def render_closing_notice(data: MediationFormData) -> bytes:
    """调解不成告知书 (or 终止调解告知书 for a terminated case): the way to arbitration."""
    terminated = data.status == TERMINATED
    title = "终止调解告知书" if terminated else "调解不成告知书"
    doc = _document(f"劳动争议{title}", data)
    respondent = data.respondent.name or "被申请人"
    doc.letter([f"{data.applicant_names or '申请人'}、{respondent}："], indent=False)
    outcome = "决定终止调解" if terminated else "双方未能达成调解协议，调解不成"
    reason = f"（{data.outcome_reason.strip()}）" if data.outcome_reason.strip() else ""
    limit = (f"即一般应于{chinese_date(data.arbitration_limit_on)}前提出，"
             if data.arbitration_limit_on else "")
    doc.letter([
        f"你们之间因{data.dispute_type}发生的劳动争议，本委员会于"
        f"{_date_or_blank(data.applied_on)}收到调解申请，于{_date_or_blank(data.accepted_on)}"
        f"受理。经调解，{outcome}{reason}。",
        "依照《中华人民共和国劳动争议调解仲裁法》第五条、第十四条的规定，当事人可以向劳动合同"
        "履行地或者用人单位所在地的劳动人事争议仲裁委员会申请仲裁。",
        "依照该法第二十七条的规定，劳动争议申请仲裁的时效期间为一年，从当事人知道或者应当知道"
        "其权利被侵害之日起计算；因请求有关部门处理而中断的，从中断时起重新计算，"
        f"{limit}具体以仲裁委员会认定为准。劳动关系存续期间因拖欠劳动报酬发生争议的，"
        "不受一年仲裁时效期间的限制。",
        "特此告知。",
    ])
    doc.station_seal(data.organization_name, _date_or_blank(data.concluded_on),
                     label="调解组织（印章）")
    doc.cut_line()
    doc.heading("送达回证")
    doc.field_grid(
        [
            [Field("案件编号", data.number, 3), Field("结案日期", chinese_date(data.concluded_on))],
            [Field("送达文书", f"劳动争议{title}", 5)],
            [Field("受送达人", f"{data.applicant_names}、{respondent}", 5)],
            [Field("签收人", "", 3), Field("签收日期", "")],
        ],
        col_widths=GRID_COLUMNS_MM,
    )
    return doc.render()


FORM_RENDERERS: dict[str, Callable[[MediationFormData], bytes]] = {
    APPLICATION: render_application,
    NOTICE_OF_ACCEPTANCE: render_notice_of_acceptance,
    SESSION_RECORD: render_session_record,
    AGREEMENT: render_agreement,
    FAILURE_NOTICE: render_closing_notice,
    TERMINATION_NOTICE: render_closing_notice,
}
