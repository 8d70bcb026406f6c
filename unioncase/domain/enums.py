"""Enumerations shared by every layer. Values are the Chinese terms stored in the database."""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    MALE = "男"
    FEMALE = "女"


class Household(StrEnum):
    """Household registration (户籍)."""

    URBAN = "城镇"
    RURAL = "农村"


class StationLevel(StrEnum):
    CITY = "市"
    COUNTY = "县区"
    TOWN = "镇街"


class StaffRole(StrEnum):
    CLERK = "接待员"
    MEDIATOR = "调解员"
    AID_OFFICER = "帮扶专干"
    EMPLOYMENT_OFFICER = "就业专干"
    STATION_HEAD = "站长"
    ADMIN = "管理员"


class DayKind(StrEnum):
    """A day in the holiday calendar that differs from the ordinary Monday-Friday week."""

    HOLIDAY = "休"  # a public holiday or a rest day moved into the holiday
    WORKDAY = "班"  # a make-up working day (调休) on a weekend


class RecordKind(StrEnum):
    """The kinds of numbered records; the code appears in every record number."""

    PERSON = "ZG"
    ENTERPRISE = "QY"
    INTAKE = "XF"
    MEDIATION = "TJ"
    AID = "BF"
    JOB = "JY"
