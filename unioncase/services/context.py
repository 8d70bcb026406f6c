"""What every service shares: the database, who is acting, and the clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from typing import Any, TypeVar

from sqlmodel import Session, col, select

from unioncase.db.database import Database, Operator
from unioncase.domain.errors import ConflictError, NotFoundError, ValidationError
from unioncase.repositories.registry import SettingRepository

# Asia/Shanghai has been UTC+8 without daylight saving since 1991; a fixed offset needs no tz data.
CHINA = timezone(timedelta(hours=8), "Asia/Shanghai")
SYSTEM_OPERATOR = "系统"
STATION_KEY = "station_code"
R = TypeVar("R")


def require_version(row: R | None, key: object, expected_version: int) -> R:
    """The row to change, refusing a missing one and a stale save (someone saved in between)."""
    if row is None:
        raise NotFoundError(key=str(key))
    if getattr(row, "version", None) != expected_version:
        raise ConflictError("stale")
    return row


def saved_before(session: Session, model: Any, uuid: str | None) -> Any | None:
    """The record a save with this client-made uuid already wrote: a retried save whose first
    try went through (the answer lost in a crash or a timeout) gets it back, not a copy."""
    if uuid is None:
        return None
    return session.exec(select(model).where(col(model.uuid) == uuid)).first()


def china_now() -> datetime:
    return datetime.now(CHINA)


class ServiceContext:
    def __init__(self, db: Database, clock: Callable[[], datetime] = china_now) -> None:
        self.db = db
        self.clock = clock
        self.operator_name = SYSTEM_OPERATOR
        self._station_code: str | None = None

    def today(self) -> date:
        return self.clock().astimezone(CHINA).date()

    @property
    def station_code(self) -> str | None:
        if self._station_code is None:
            with self.db.read() as session:
                self._station_code = SettingRepository(session).get(STATION_KEY)
        return self._station_code

    def forget_station(self) -> None:
        self._station_code = None

    def operator(self) -> Operator:
        code = self.station_code
        if not code:
            raise ValidationError("station_missing", field="station_code")
        return Operator(self.operator_name, code)

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self.db.unit_of_work(self.operator()) as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.db.read() as session:
            yield session
