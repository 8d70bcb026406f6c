"""劳动争议调解 (labor-dispute mediation): enumerations, limits and the workflow rules.

Pure: no I/O, no clock. Values are the Chinese terms stored in the database.

Laws referred to (劳动争议调解仲裁法 unless said otherwise):

* art. 7: a dispute with ten or more workers on one side and a common claim is collective; they
  elect representatives;
* art. 14: mediation ends within 15 days (企业劳动争议协商调解规定 art. 26 counts them from the
  acceptance; the parties may agree to extend); otherwise the parties may apply for arbitration;
* art. 15: when a party does not honor the agreement by its date, the other may apply for
  arbitration;
* art. 16: an agreement on unpaid wages (劳动报酬), work-injury medical costs, economic compensation
  or damages that the employer does not honor in time lets the worker ask a court for a payment
  order (支付令);
* art. 27: arbitration must be applied for within one year; a mediation interrupts the period,
  which starts again when the mediation ends;
* 最高人民法院劳动争议解释（一） art. 51: the parties may jointly ask a court to confirm the
  agreement within 30 days of it taking effect (司法确认).
"""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Iterable
from datetime import date
from enum import StrEnum

from unioncase.domain.errors import ValidationError, ValidationErrors

__all__ = [
    "ARBITRATION_YEARS",
    "CLOSED_STATUSES",
    "COLLECTIVE_THRESHOLD",
    "CONCLUDED_STATUSES",
    "COURT_CONFIRM_DAYS",
    "DEFAULT_COPIES",
    "EDITABLE_STATUSES",
    "MEDIATION_DAYS",
    "OPEN_STATUSES",
    "PAYMENT_ORDER_TYPES",
    "REMIND_DAYS",
    "STEPS",
    "TRANSITIONS",
    "WARN_DAYS",
    "DisputeType",
    "MediationSource",
    "MediationStatus",
    "MediatorKind",
    "OrganizationType",
    "Performance",
    "PromptCode",
    "add_years",
    "allowed",
    "check_agreement",
    "dispute_type_for_category",
    "is_collective",
]


class OrganizationType(StrEnum):
    """The kinds of 劳动争议调解委员会."""

    TOWN = "镇街"
    PARK = "园区"
    VILLAGE = "村社区"
    ENTERPRISE = "企业"
    INDUSTRY = "行业"


class MediatorKind(StrEnum):
    FULL_TIME = "专职"
    PART_TIME = "兼职"


class DisputeType(StrEnum):
    WAGES = "劳动报酬"
    DISMISSAL = "解除劳动合同"
    SOCIAL_INSURANCE = "社会保险"
    INJURY = "工伤待遇"
    COMPENSATION = "经济补偿"
    OTHER = "其他"


class MediationSource(StrEnum):
    APPLICATION = "当事人申请"
    INTAKE = "信访转入"


class MediationStatus(StrEnum):
    APPLIED = "申请"
    ACCEPTED = "已受理"
    REJECTED = "不予受理"
    IN_MEDIATION = "调解中"
    SUCCEEDED = "调解成功"
    FAILED = "调解不成"
    WITHDRAWN = "已撤回"
    TERMINATED = "已终止"


class Performance(StrEnum):
    """履行情况 of a mediation agreement."""

    HONORED = "已履行"
    PARTLY = "部分履行"
    NOT_HONORED = "未履行"


class PromptCode(StrEnum):
    """What the mediator should tell the parties; the UI turns a code into text
    (``unioncase.messages``: ``"mediation_prompt_" + code``)."""

    PAYMENT_ORDER = "payment_order"  # art. 16
    COURT_CONFIRMATION = "court_confirmation"  # 司法确认 within 30 days
    ARBITRATION = "arbitration"  # failed or terminated: the arbitration notice (art. 27)
    LIMIT_PASSED = "limit_passed"  # still open past the limit: arbitration possible (art. 14)
    ARBITRATION_ON_BREACH = "arbitration_on_breach"  # art. 15


MEDIATION_DAYS = 15
WARN_DAYS = 3  # "due soon": the limit is within this many days
REMIND_DAYS = 7  # payment reminders: agreed dates within this many days
COURT_CONFIRM_DAYS = 30
ARBITRATION_YEARS = 1
COLLECTIVE_THRESHOLD = 10
DEFAULT_COPIES = 3

# The 15-day limit runs in these statuses.
OPEN_STATUSES = frozenset({MediationStatus.ACCEPTED, MediationStatus.IN_MEDIATION})
# 结案: the case ended with an outcome (the success rate is successful / concluded).
CONCLUDED_STATUSES = frozenset({MediationStatus.SUCCEEDED, MediationStatus.FAILED,
                                MediationStatus.WITHDRAWN, MediationStatus.TERMINATED})
CLOSED_STATUSES = CONCLUDED_STATUSES | {MediationStatus.REJECTED}
# The application (parties, claims, organization, mediators) may still be completed or corrected.
EDITABLE_STATUSES = frozenset({MediationStatus.APPLIED, MediationStatus.ACCEPTED,
                               MediationStatus.IN_MEDIATION})
# Agreements on these may be enforced by a payment order (art. 16).
PAYMENT_ORDER_TYPES = frozenset({DisputeType.WAGES, DisputeType.COMPENSATION})

# The timeline's step names (CaseEvent.step).
STEP_APPLY = "申请"
STEP_UPDATE = "修改"
STEP_ACCEPT = "受理"
STEP_REJECT = "不予受理"
STEP_SESSION = "调解"
STEP_EXTEND = "延期"
STEP_AGREE = "调解成功"
STEP_FAIL = "调解不成"
STEP_WITHDRAW = "撤回"
STEP_TERMINATE = "终止"
STEP_PERFORMANCE = "履行"
STEPS = (STEP_APPLY, STEP_UPDATE, STEP_ACCEPT, STEP_REJECT, STEP_SESSION, STEP_EXTEND,
         STEP_AGREE, STEP_FAIL, STEP_WITHDRAW, STEP_TERMINATE, STEP_PERFORMANCE, "附件")

_S = MediationStatus
# The statuses each step may be taken from.
TRANSITIONS: dict[str, frozenset[MediationStatus]] = {
    STEP_UPDATE: EDITABLE_STATUSES,
    STEP_ACCEPT: frozenset({_S.APPLIED}),
    STEP_REJECT: frozenset({_S.APPLIED}),
    STEP_SESSION: OPEN_STATUSES,
    STEP_EXTEND: OPEN_STATUSES,
    STEP_AGREE: OPEN_STATUSES,
    STEP_FAIL: OPEN_STATUSES,
    STEP_TERMINATE: OPEN_STATUSES,
    STEP_WITHDRAW: EDITABLE_STATUSES,
    STEP_PERFORMANCE: frozenset({_S.SUCCEEDED}),
}

_CATEGORY_TYPES = {
    "欠薪": DisputeType.WAGES,
    "劳动合同": DisputeType.DISMISSAL,
    "社会保险": DisputeType.SOCIAL_INSURANCE,
    "工伤": DisputeType.INJURY,
}


def allowed(step: str, status: MediationStatus) -> bool:
    """Whether ``step`` may be taken while the case is in ``status``."""
    return status in TRANSITIONS.get(step, frozenset())


def is_collective(head_count: int) -> bool:
    """A collective dispute (集体劳动争议): ``COLLECTIVE_THRESHOLD`` or more workers."""
    return head_count >= COLLECTIVE_THRESHOLD


def dispute_type_for_category(category: str) -> DisputeType:
    """The dispute type of a case routed from an intake category (欠薪 → 劳动报酬 ...)."""
    return _CATEGORY_TYPES.get(category.strip(), DisputeType.OTHER)


def add_years(day: date, years: int) -> date:
    """The corresponding day ``years`` later; without one (29 February), the month's last day
    (民法典 art. 202)."""
    year = day.year + years
    last = _calendar.monthrange(year, day.month)[1]
    return date(year, day.month, min(day.day, last))


def check_agreement(session_count: int, amounts_fen: Iterable[int]) -> None:
    """An agreement needs a session held and at least one agreed amount above zero.

    Both problems are reported together when both are there.
    """
    errors: list[ValidationError] = []
    if session_count < 1:
        errors.append(ValidationError("agreement_needs_session", field="sessions"))
    if not any(amount > 0 for amount in amounts_fen):
        errors.append(ValidationError("agreement_needs_amount", field="items"))
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ValidationErrors(errors)
