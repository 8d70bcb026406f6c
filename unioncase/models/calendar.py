"""The holiday calendar the deadline engine counts over; shipped with the official schedules and
editable by an administrator."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field

from unioncase.domain.enums import DayKind
from unioncase.models.base import RecordMixin, StrEnumType


class CalendarDay(RecordMixin, table=True):
    __tablename__ = "calendar_day"

    day: dt.date = Field(unique=True, index=True)
    kind: DayKind = Field(sa_type=StrEnumType(DayKind))
    name: str = Field(default="", max_length=40)
