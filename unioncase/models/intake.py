"""信访接待: categories and intake cases (visits, calls, letters, online messages)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict
from sqlmodel import Field

from unioncase.domain.deadlines import DeadlineStatus
from unioncase.domain.intake import (
    ACCEPT_DAYS,
    HANDLE_DAYS,
    Handling,
    IntakeChannel,
    IntakeStatus,
    Satisfaction,
)
from unioncase.models.base import RecordMixin, StrEnumType


class IntakeCategory(RecordMixin, table=True):
    """What a petition is about (欠薪, 工伤 ...), with its deadlines in days."""

    __tablename__ = "intake_category"

    name: str = Field(max_length=40, unique=True, index=True)
    accept_days: int = Field(default=ACCEPT_DAYS)
    handle_days: int = Field(default=HANDLE_DAYS)
    active: bool = Field(default=True)
    sort_order: int = Field(default=0)


class IntakeCase(RecordMixin, table=True):
    __tablename__ = "intake_case"

    number: str = Field(max_length=40, unique=True, index=True)
    channel: IntakeChannel = Field(sa_type=StrEnumType(IntakeChannel), index=True)
    registered_on: dt.date = Field(index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    phone: str | None = Field(default=None, max_length=30)
    employer_id: int | None = Field(default=None, foreign_key="enterprise.id", index=True)
    category: str = Field(max_length=40, index=True)
    head_count: int = Field(default=1)
    is_group: bool = Field(default=False, index=True)
    summary: str = Field(max_length=2000)
    call_seconds: int | None = None
    letter_date: dt.date | None = None
    sender_address: str | None = Field(default=None, max_length=200)
    status: IntakeStatus = Field(default=IntakeStatus.REGISTERED,
                                 sa_type=StrEnumType(IntakeStatus), index=True)
    reject_reason: str | None = Field(default=None, max_length=1000)
    accepted_on: dt.date | None = None
    accept_due: dt.date = Field(index=True)
    handle_due: dt.date | None = Field(default=None, index=True)
    extended: bool = Field(default=False)
    extension_reason: str | None = Field(default=None, max_length=1000)
    handling: Handling | None = Field(default=None, sa_type=StrEnumType(Handling))
    transfer_department: str | None = Field(default=None, max_length=100)
    transfer_on: dt.date | None = None
    closed_on: dt.date | None = None
    result: str | None = Field(default=None, max_length=2000)
    accept_overdue: bool = Field(default=False)
    handle_overdue: bool = Field(default=False)
    callback_on: dt.date | None = None
    callback_note: str | None = Field(default=None, max_length=1000)
    satisfaction: Satisfaction | None = Field(default=None, sa_type=StrEnumType(Satisfaction))
    repeat_of_id: int | None = Field(default=None, foreign_key="intake_case.id")
    is_repeat: bool = Field(default=False, index=True)


class IntakeCategoryRead(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True)

    id: int
    name: str
    accept_days: int
    handle_days: int
    active: bool
    sort_order: int


class IntakeCaseRead(BaseModel):
    """An intake case as the window shows it: every column plus the names it refers to."""

    model_config = ConfigDict(frozen=True, from_attributes=True)

    id: int
    uuid: str
    station_code: str
    version: int
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    updated_by: str

    number: str
    channel: IntakeChannel
    registered_on: dt.date
    person_id: int
    phone: str | None
    employer_id: int | None
    category: str
    head_count: int
    is_group: bool
    summary: str
    call_seconds: int | None
    letter_date: dt.date | None
    sender_address: str | None
    status: IntakeStatus
    reject_reason: str | None
    accepted_on: dt.date | None
    accept_due: dt.date
    handle_due: dt.date | None
    extended: bool
    extension_reason: str | None
    handling: Handling | None
    transfer_department: str | None
    transfer_on: dt.date | None
    closed_on: dt.date | None
    result: str | None
    accept_overdue: bool
    handle_overdue: bool
    callback_on: dt.date | None
    callback_note: str | None
    satisfaction: Satisfaction | None
    repeat_of_id: int | None
    is_repeat: bool

    # Filled by the service from the registries and the clock.
    person_name: str = ""
    person_number: str = ""
    person_id_number: str | None = None
    employer_name: str | None = None
    repeat_of_number: str | None = None
    # The due date that runs now: accept_due while registered, handle_due while accepted or
    # in progress, None once rejected or closed.
    current_due: dt.date | None = None
    deadline_status: DeadlineStatus | None = None
