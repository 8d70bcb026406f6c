"""Shared registries: stations, staff, persons and enterprises; settings and number sequences."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict
from sqlmodel import Field, SQLModel

from unioncase.domain.enums import Household, Sex, StaffRole, StationLevel
from unioncase.models.base import RecordMixin, StrEnumType


class Setting(SQLModel, table=True):
    """Per-database settings (the station this database belongs to, the schema of forms...)."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True, max_length=60)
    value: str = Field(default="")


class NumberSequence(SQLModel, table=True):
    """The last number handed out per station, record kind and year. Numbers are never reused."""

    __tablename__ = "number_sequence"

    station_code: str = Field(primary_key=True, max_length=20)
    kind: str = Field(primary_key=True, max_length=4)
    year: int = Field(primary_key=True)
    last: int = Field(default=0)


class Station(RecordMixin, table=True):
    __tablename__ = "station"

    code: str = Field(max_length=20, unique=True, index=True)
    name: str = Field(max_length=100)
    level: StationLevel = Field(default=StationLevel.TOWN, sa_type=StrEnumType(StationLevel))


class Staff(RecordMixin, table=True):
    __tablename__ = "staff"

    name: str = Field(max_length=50)
    role: StaffRole = Field(sa_type=StrEnumType(StaffRole))
    phone: str | None = Field(default=None, max_length=30)
    active: bool = Field(default=True)


class Enterprise(RecordMixin, table=True):
    __tablename__ = "enterprise"

    number: str = Field(max_length=40, unique=True, index=True)
    name: str = Field(max_length=200, index=True)
    credit_code: str | None = Field(default=None, max_length=18, unique=True, index=True)
    address: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=30)
    has_union: bool = Field(default=False)
    name_pinyin: str = Field(default="", max_length=400, index=True)
    name_initials: str = Field(default="", max_length=200, index=True)


class Person(RecordMixin, table=True):
    __tablename__ = "person"

    number: str = Field(max_length=40, unique=True, index=True)
    name: str = Field(max_length=50, index=True)
    id_number: str | None = Field(default=None, max_length=18, unique=True, index=True)
    # The ID number reversed, so "the last four characters" is an indexed prefix search.
    id_number_rev: str | None = Field(default=None, max_length=18, index=True)
    sex: Sex | None = Field(default=None, sa_type=StrEnumType(Sex))
    birth_date: dt.date | None = None
    phone: str | None = Field(default=None, max_length=30, index=True)
    address: str | None = Field(default=None, max_length=200)
    employer_id: int | None = Field(default=None, foreign_key="enterprise.id", index=True)
    household: Household | None = Field(default=None, sa_type=StrEnumType(Household))
    union_member: bool = Field(default=False)
    notes: str | None = Field(default=None, max_length=1000)
    name_pinyin: str = Field(default="", max_length=200, index=True)
    name_initials: str = Field(default="", max_length=50, index=True)


class _Read(BaseModel):
    """Immutable snapshots handed to the UI: never live ORM objects."""

    model_config = ConfigDict(frozen=True, from_attributes=True)

    id: int
    uuid: str
    station_code: str
    version: int
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    updated_by: str


class StationRead(_Read):
    code: str
    name: str
    level: StationLevel


class StaffRead(_Read):
    name: str
    role: StaffRole
    phone: str | None
    active: bool


class EnterpriseRead(_Read):
    number: str
    name: str
    credit_code: str | None
    address: str | None
    phone: str | None
    has_union: bool


class PersonRead(_Read):
    number: str
    name: str
    id_number: str | None
    sex: Sex | None
    birth_date: dt.date | None
    phone: str | None
    address: str | None
    employer_id: int | None
    employer_name: str | None = None
    household: Household | None
    union_member: bool
    notes: str | None
