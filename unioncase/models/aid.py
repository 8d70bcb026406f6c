"""困难帮扶: hardship files with their households, aid programs with yearly budgets, batches
and aid applications (救助申请) through to payment."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict
from sqlmodel import Field

from unioncase.domain.aid import (
    AidStatus,
    BatchStatus,
    FileStatus,
    HardshipCategory,
    PaymentMethod,
)
from unioncase.models.base import RecordMixin, RecordRead, StrEnumType

# -- tables ---------------------------------------------------------------------------------------


class HardshipFile(RecordMixin, table=True):
    """困难职工档案: one live file per person."""

    __tablename__ = "hardship_file"

    person_id: int = Field(foreign_key="person.id", index=True)
    year: int  # the year the household figures are for
    household_size: int = Field(default=1)
    income_fen: int = Field(default=0)  # the household's income that year
    essential_costs_fen: int = Field(default=0)  # 刚性支出: medical bills, schooling ...
    per_capita_monthly_fen: int = Field(default=0)
    suggested_category: HardshipCategory | None = Field(
        default=None, sa_type=StrEnumType(HardshipCategory))
    category: HardshipCategory | None = Field(
        default=None, sa_type=StrEnumType(HardshipCategory), index=True)
    causes: str = Field(default="", max_length=200)  # "疾病,子女就学"
    bank_name: str | None = Field(default=None, max_length=100)
    bank_account: str | None = Field(default=None, max_length=40)
    account_holder: str | None = Field(default=None, max_length=50)
    status: FileStatus = Field(default=FileStatus.ACTIVE, sa_type=StrEnumType(FileStatus),
                               index=True)
    review_due: dt.date | None = Field(default=None, index=True)
    reviewed_on: dt.date | None = None
    notes: str = Field(default="", max_length=2000)


class HouseholdMember(RecordMixin, table=True):
    __tablename__ = "household_member"

    file_id: int = Field(foreign_key="hardship_file.id", index=True)
    name: str = Field(max_length=50)
    relation: str = Field(default="", max_length=20)
    age: int | None = None
    health: str = Field(default="", max_length=100)
    work: str = Field(default="", max_length=100)
    income_fen: int = Field(default=0)  # the member's income that year
    sort_order: int = Field(default=0)


class AidProgram(RecordMixin, table=True):
    """送温暖, 大病救助, 金秋助学 ...: what aid is paid under."""

    __tablename__ = "aid_program"

    name: str = Field(max_length=50, index=True)
    requires_registry: bool = Field(default=False)
    notice_days: int = Field(default=0)  # public notice (公示) in working days; 0: none
    active: bool = Field(default=True)
    sort_order: int = Field(default=0)


class AidBudget(RecordMixin, table=True):
    __tablename__ = "aid_budget"

    program_id: int = Field(foreign_key="aid_program.id", index=True)
    year: int
    budget_fen: int


class AidBatch(RecordMixin, table=True):
    """批次: applications paid together (and printed on one roster)."""

    __tablename__ = "aid_batch"

    name: str = Field(max_length=100)
    program_id: int = Field(foreign_key="aid_program.id", index=True)
    year: int = Field(index=True)
    planned_on: dt.date
    status: BatchStatus = Field(default=BatchStatus.DRAFT, sa_type=StrEnumType(BatchStatus))
    approved_on: dt.date | None = None
    notice_from: dt.date | None = None
    notice_until: dt.date | None = None  # the last day of the public notice
    paid_on: dt.date | None = None
    method: PaymentMethod | None = Field(default=None, sa_type=StrEnumType(PaymentMethod))


class AidApplication(RecordMixin, table=True):
    """救助申请: one person, one program, one amount, through review, approval and payment."""

    __tablename__ = "aid_application"

    number: str = Field(max_length=40, unique=True, index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    program_id: int = Field(foreign_key="aid_program.id", index=True)
    batch_id: int | None = Field(default=None, foreign_key="aid_batch.id", index=True)
    applied_on: dt.date = Field(index=True)
    year: int = Field(index=True)  # the year of the application (duplicate check, budget)
    reason: str = Field(default="", max_length=2000)
    requested_fen: int = Field(default=0)
    approved_fen: int | None = None
    status: AidStatus = Field(default=AidStatus.APPLIED, sa_type=StrEnumType(AidStatus),
                              index=True)
    reviewed_on: dt.date | None = None
    reviewed_by: str | None = Field(default=None, max_length=50)
    review_note: str | None = Field(default=None, max_length=1000)
    approved_on: dt.date | None = None
    approved_by: str | None = Field(default=None, max_length=50)
    paid_on: dt.date | None = Field(default=None, index=True)
    method: PaymentMethod | None = Field(default=None, sa_type=StrEnumType(PaymentMethod))
    receipt_signed: bool = Field(default=False)
    reject_reason: str | None = Field(default=None, max_length=1000)


# -- read models ----------------------------------------------------------------------------------


class HouseholdMemberRead(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True)

    id: int
    name: str
    relation: str
    age: int | None
    health: str
    work: str
    income_fen: int


class HardshipFileRead(RecordRead):
    person_id: int
    year: int
    household_size: int
    income_fen: int
    essential_costs_fen: int
    per_capita_monthly_fen: int
    suggested_category: HardshipCategory | None
    category: HardshipCategory | None
    causes: str
    bank_name: str | None
    bank_account: str | None
    account_holder: str | None
    status: FileStatus
    review_due: dt.date | None
    reviewed_on: dt.date | None
    notes: str
    person_name: str = ""
    person_number: str = ""
    id_number: str | None = None
    members: tuple[HouseholdMemberRead, ...] = ()

    @property
    def cause_list(self) -> list[str]:
        return [c for c in self.causes.split(",") if c]


class AidProgramRead(RecordRead):
    name: str
    requires_registry: bool
    notice_days: int
    active: bool
    sort_order: int
    budget_fen: int | None = None  # of the year asked for


class AidBatchRead(RecordRead):
    name: str
    program_id: int
    year: int
    planned_on: dt.date
    status: BatchStatus
    approved_on: dt.date | None
    notice_from: dt.date | None
    notice_until: dt.date | None
    paid_on: dt.date | None
    method: PaymentMethod | None
    program_name: str = ""
    applications: int = 0
    persons: int = 0
    requested_fen: int = 0
    approved_fen: int = 0
    paid_fen: int = 0
    budget_fen: int | None = None


class AidApplicationRead(RecordRead):
    number: str
    person_id: int
    program_id: int
    batch_id: int | None
    applied_on: dt.date
    year: int
    reason: str
    requested_fen: int
    approved_fen: int | None
    status: AidStatus
    reviewed_on: dt.date | None
    reviewed_by: str | None
    review_note: str | None
    approved_on: dt.date | None
    approved_by: str | None
    paid_on: dt.date | None
    method: PaymentMethod | None
    receipt_signed: bool
    reject_reason: str | None
    person_name: str = ""
    person_number: str = ""
    id_number: str | None = None
    phone: str | None = None
    program_name: str = ""
    batch_name: str | None = None
    category: HardshipCategory | None = None
    bank_account: str | None = None
    warnings: tuple[str, ...] = ()  # codes: duplicate_in_year, over_budget, not_in_registry
