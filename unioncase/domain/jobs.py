"""就业推荐 (job fairs and referrals): the rules, without I/O."""

from __future__ import annotations

import itertools
from enum import StrEnum

__all__ = [
    "FOLLOW_UP_DAYS",
    "Education",
    "ReferralResult",
    "SeekerSituation",
    "SeekerSource",
    "match_score",
]

FOLLOW_UP_DAYS = 14  # a referral without an answer after 14 calendar days is followed up


class Education(StrEnum):
    PRIMARY = "小学及以下"
    JUNIOR = "初中"
    SENIOR = "高中/中专"
    COLLEGE = "大专"
    BACHELOR = "本科"
    MASTER = "研究生"


class SeekerSituation(StrEnum):
    UNEMPLOYED = "失业"
    RETURNING = "返乡农民工"
    GRADUATE = "应届毕业生"
    CHANGING = "在职转岗"
    OTHER = "其他"


class SeekerSource(StrEnum):
    DESK = "窗口登记"
    FAIR = "招聘会"
    INTAKE = "信访转入"


class ReferralResult(StrEnum):
    PENDING = "待反馈"
    PLACED = "已上岗"
    NOT_HIRED = "未录用"


_SKIP = set(" ，,、；;。/（）()【】-—·\t\n")


def _grams(text: str) -> set[str]:
    """Single characters and pairs of neighbouring characters (Chinese has no spaces)."""
    chars = [c for c in text.lower() if c not in _SKIP]
    return set(chars) | {a + b for a, b in itertools.pairwise(chars)}


def match_score(wanted: str, offered: str) -> int:
    """How well an offered job (title and requirements) fits a wanted one: each shared pair of
    neighbouring characters counts three and each shared character one; without a shared pair
    (电工 / 维修电工 share one, 普工 / 操作工 none) it is no fit: 0."""
    shared = _grams(wanted) & _grams(offered)
    pairs = sum(1 for g in shared if len(g) == 2)
    return 3 * pairs + (len(shared) - pairs) if pairs else 0
