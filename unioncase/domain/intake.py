"""信访接待 (petition and hotline intake): enumerations, limits and the workflow rules.

Pure: no I/O, no clock. Values are the Chinese terms stored in the database.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "ACCEPT_DAYS",
    "CLOSED_STATUSES",
    "DEFAULT_CATEGORIES",
    "EXTENSION_DAYS",
    "GROUP_THRESHOLD",
    "HANDLE_DAYS",
    "OPEN_HANDLING_STATUSES",
    "REPEAT_WINDOW_DAYS",
    "ROUTED_HANDLINGS",
    "STEPS",
    "Handling",
    "IntakeChannel",
    "IntakeStatus",
    "Satisfaction",
    "is_group",
]


class IntakeChannel(StrEnum):
    VISIT = "来访"
    CALL = "来电"
    LETTER = "来信"
    ONLINE = "网络"

    @property
    def key(self) -> str:
        """The report key: "visit", "call", "letter" or "online"."""
        return self.name.lower()


class IntakeStatus(StrEnum):
    REGISTERED = "已登记"
    ACCEPTED = "已受理"
    REJECTED = "不予受理"
    IN_PROGRESS = "办理中"
    CLOSED = "已办结"
    CALLED_BACK = "已回访"


class Handling(StrEnum):
    REPLY = "答复"
    TRANSFER = "转办"
    TO_MEDIATION = "转调解"
    TO_AID = "转帮扶"
    TO_JOBS = "转就业"


class Satisfaction(StrEnum):
    SATISFIED = "满意"
    BASICALLY = "基本满意"
    DISSATISFIED = "不满意"


DEFAULT_CATEGORIES = (
    "欠薪", "劳动合同", "社会保险", "工伤", "劳动安全卫生", "政策咨询", "心理咨询", "其他",
)

GROUP_THRESHOLD = 5  # 集体访: five or more people
REPEAT_WINDOW_DAYS = 90  # 重复信访: the same matter again within this many days
ACCEPT_DAYS = 15  # decide whether to accept within 15 days of registration (信访工作条例)
HANDLE_DAYS = 60  # handle within 60 days of acceptance
EXTENSION_DAYS = 30  # extended once by at most 30 days

# The handlings that hand a case to another line of work (a router creates the target record).
ROUTED_HANDLINGS = frozenset({Handling.TO_MEDIATION, Handling.TO_AID, Handling.TO_JOBS})

# Statuses in which the case is being handled (the handling deadline runs).
OPEN_HANDLING_STATUSES = frozenset({IntakeStatus.ACCEPTED, IntakeStatus.IN_PROGRESS})
# Statuses without a running deadline.
CLOSED_STATUSES = frozenset({IntakeStatus.REJECTED, IntakeStatus.CLOSED,
                             IntakeStatus.CALLED_BACK})

# The timeline's step names (CaseEvent.step).
STEPS = ("登记", "受理", "不予受理", "办理中", "延期", "办结", "回访", "转办", "转调解", "转帮扶",
         "转就业", "附件")


def is_group(head_count: int) -> bool:
    """A group petition (集体访): ``GROUP_THRESHOLD`` or more people."""
    return head_count >= GROUP_THRESHOLD
