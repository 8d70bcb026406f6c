"""就业推荐: job fairs with their employers and positions, job seekers and referrals."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field

from unioncase.domain.jobs import Education, ReferralResult, SeekerSituation, SeekerSource
from unioncase.models.base import RecordMixin, RecordRead, StrEnumType


class JobFair(RecordMixin, table=True):
    __tablename__ = "job_fair"

    name: str = Field(max_length=100, index=True)
    held_on: dt.date = Field(index=True)
    venue: str = Field(default="", max_length=200)
    organizer: str = Field(default="", max_length=100)
    campaign: str = Field(default="", max_length=50, index=True)  # 春风行动2022
    # The numbers a ledger gives for a fair whose employers and positions are not registered.
    declared_employers: int | None = None
    declared_positions: int | None = None


class FairEmployer(RecordMixin, table=True):
    __tablename__ = "fair_employer"

    fair_id: int = Field(foreign_key="job_fair.id", index=True)
    enterprise_id: int = Field(foreign_key="enterprise.id", index=True)


class Position(RecordMixin, table=True):
    """A job an employer offers, at a fair or not."""

    __tablename__ = "position"

    enterprise_id: int = Field(foreign_key="enterprise.id", index=True)
    fair_id: int | None = Field(default=None, foreign_key="job_fair.id", index=True)
    title: str = Field(max_length=100)
    wanted: int = Field(default=1)
    pay_min_fen: int | None = None  # a month
    pay_max_fen: int | None = None
    requirements: str = Field(default="", max_length=1000)
    open: bool = Field(default=True)


class JobSeeker(RecordMixin, table=True):
    __tablename__ = "job_seeker"

    number: str = Field(max_length=40, unique=True, index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    registered_on: dt.date = Field(index=True)
    education: Education | None = Field(default=None, sa_type=StrEnumType(Education))
    skills: str = Field(default="", max_length=500)  # skills and certificates
    desired_job: str = Field(default="", max_length=100)
    desired_pay_fen: int | None = None  # a month
    situation: SeekerSituation = Field(default=SeekerSituation.UNEMPLOYED,
                                       sa_type=StrEnumType(SeekerSituation))
    source: SeekerSource = Field(default=SeekerSource.DESK, sa_type=StrEnumType(SeekerSource))
    fair_id: int | None = Field(default=None, foreign_key="job_fair.id", index=True)
    notes: str = Field(default="", max_length=1000)


class Referral(RecordMixin, table=True):
    __tablename__ = "referral"

    seeker_id: int = Field(foreign_key="job_seeker.id", index=True)
    enterprise_id: int = Field(foreign_key="enterprise.id", index=True)
    position_id: int | None = Field(default=None, foreign_key="position.id", index=True)
    fair_id: int | None = Field(default=None, foreign_key="job_fair.id", index=True)
    referred_on: dt.date = Field(index=True)
    follow_up_due: dt.date = Field(index=True)
    result: ReferralResult = Field(default=ReferralResult.PENDING,
                                   sa_type=StrEnumType(ReferralResult), index=True)
    start_on: dt.date | None = None
    reason: str | None = Field(default=None, max_length=500)
    answered_on: dt.date | None = None


class JobFairRead(RecordRead):
    name: str
    held_on: dt.date
    venue: str
    organizer: str
    campaign: str
    declared_employers: int | None = None
    declared_positions: int | None = None
    # Registered employers and positions, or the declared numbers when those are more.
    employers: int = 0
    positions: int = 0
    wanted: int = 0
    seekers: int = 0
    referrals: int = 0
    placements: int = 0


class PositionRead(RecordRead):
    enterprise_id: int
    fair_id: int | None
    title: str
    wanted: int
    pay_min_fen: int | None
    pay_max_fen: int | None
    requirements: str
    open: bool
    enterprise_name: str = ""
    fair_name: str | None = None
    score: int = 0  # fit to a seeker, when matched


class ReferralRead(RecordRead):
    seeker_id: int
    enterprise_id: int
    position_id: int | None
    fair_id: int | None
    referred_on: dt.date
    follow_up_due: dt.date
    result: ReferralResult
    start_on: dt.date | None
    reason: str | None
    answered_on: dt.date | None
    enterprise_name: str = ""
    enterprise_address: str | None = None
    enterprise_phone: str | None = None
    position_title: str | None = None
    fair_name: str | None = None
    seeker_number: str = ""
    seeker_name: str = ""


class JobSeekerRead(RecordRead):
    number: str
    person_id: int
    registered_on: dt.date
    education: Education | None
    skills: str
    desired_job: str
    desired_pay_fen: int | None
    situation: SeekerSituation
    source: SeekerSource
    fair_id: int | None
    notes: str
    name: str = ""
    id_number: str | None = None
    phone: str | None = None
    sex: str = ""
    fair_name: str | None = None
    referrals: tuple[ReferralRead, ...] = ()
    score: int = 0  # fit to a position, when matched

    @property
    def latest_referral(self) -> ReferralRead | None:
        return self.referrals[-1] if self.referrals else None
