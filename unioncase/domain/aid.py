"""困难帮扶 (hardship aid): the rules, without I/O.

Money is integer fen. A household's per-capita monthly income is what is left of the year's
income after the essential costs (刚性支出: medical bills, schooling), per member and month; it is
compared with the local minimum living standard (低保标准, per person and month, a setting per
year) to suggest the hardship category, which the aid officer confirms.
"""

from __future__ import annotations

from enum import StrEnum

from unioncase.domain.errors import ValidationError

__all__ = [
    "ACCIDENT_SHARE_PERCENT",
    "APPROVE_ROLES",
    "DEFAULT_PROGRAMS",
    "PAYABLE_STATUSES",
    "REVIEW_ROLES",
    "TRANSITIONS",
    "AidStatus",
    "BatchStatus",
    "FileStatus",
    "HardshipCategory",
    "HardshipCause",
    "PaymentMethod",
    "allowed",
    "per_capita_monthly_fen",
    "suggest_category",
]


class HardshipCategory(StrEnum):
    DEEP = "深度困难"
    RELATIVE = "相对困难"
    ACCIDENT = "意外致困"


class HardshipCause(StrEnum):
    ILLNESS = "疾病"
    DISABILITY = "残疾"
    SCHOOLING = "子女就学"
    UNEMPLOYMENT = "失业"
    ACCIDENT = "意外"
    OTHER = "其他"


class FileStatus(StrEnum):
    """A hardship file: kept (在档), out of hardship (脱困), or closed (注销)."""

    ACTIVE = "在档"
    OUT = "脱困"
    CLOSED = "注销"


class BatchStatus(StrEnum):
    DRAFT = "草稿"
    APPROVED = "已审批"
    PAID = "已发放"


class AidStatus(StrEnum):
    """An aid application: 申请 → 已审核 → 已审批 → 已发放; or 不予救助."""

    APPLIED = "申请"
    REVIEWED = "已审核"
    APPROVED = "已审批"
    PAID = "已发放"
    REJECTED = "不予救助"


class PaymentMethod(StrEnum):
    CASH = "现金"
    BANK = "银行转账"


# (name, requires a hardship file, public notice in working days)
DEFAULT_PROGRAMS: tuple[tuple[str, bool, int], ...] = (
    ("送温暖", True, 0),
    ("大病救助", False, 5),
    ("金秋助学", True, 5),
    ("生活救助", True, 0),
    ("医疗互助", False, 0),
)

STEP_APPLY = "申请"
STEP_REVIEW = "审核"
STEP_APPROVE = "审批"
STEP_PAY = "发放"
STEP_REJECT = "不予救助"

# The statuses each step may be taken from: no step can be skipped.
TRANSITIONS: dict[str, frozenset[AidStatus]] = {
    STEP_REVIEW: frozenset({AidStatus.APPLIED}),
    STEP_APPROVE: frozenset({AidStatus.REVIEWED}),
    STEP_PAY: frozenset({AidStatus.APPROVED}),
    STEP_REJECT: frozenset({AidStatus.APPLIED, AidStatus.REVIEWED}),
}
PAYABLE_STATUSES = frozenset({AidStatus.APPROVED})
# who may take the steps (the values of StaffRole)
REVIEW_ROLES = frozenset({"帮扶专干", "站长", "管理员"})
APPROVE_ROLES = frozenset({"站长", "管理员"})

ACCIDENT_SHARE_PERCENT = 80  # 意外致困: the year's hardship costs above 80% of the income
MONTHS = 12


def allowed(step: str, status: AidStatus) -> bool:
    return status in TRANSITIONS.get(step, frozenset())


def per_capita_monthly_fen(income_fen: int, essential_costs_fen: int, members: int) -> int:
    """What is left of the year's household income after essential costs, per member and
    month, in fen (rounded down; never below zero)."""
    if members < 1:
        raise ValidationError("household_size_invalid", field="household_size")
    left = max(income_fen - essential_costs_fen, 0)
    return left // (members * MONTHS)


def suggest_category(income_fen: int, essential_costs_fen: int, members: int,
                     standard_monthly_fen: int | None) -> HardshipCategory | None:
    """The category the household's figures suggest, or None (not in hardship by them).

    深度困难 below the 低保 standard, 相对困难 below twice it; otherwise 意外致困 when the year's
    hardship costs exceed 80% of the household income. Without a standard for the year only the
    accident rule applies.
    """
    per_capita = per_capita_monthly_fen(income_fen, essential_costs_fen, members)
    if standard_monthly_fen is not None and standard_monthly_fen > 0:
        if per_capita < standard_monthly_fen:
            return HardshipCategory.DEEP
        if per_capita < 2 * standard_monthly_fen:
            return HardshipCategory.RELATIVE
    if essential_costs_fen * 100 > income_fen * ACCIDENT_SHARE_PERCENT:
        return HardshipCategory.ACCIDENT
    return None
