"""What every business row carries: identity across stations, ownership, timestamps, an
optimistic-locking version and soft deletion."""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import DateTime, String
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import declared_attr
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_uuid() -> str:
    return str(uuid_module.uuid4())


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC in Python, naive UTC in the database (portable across backends)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class StrEnumType(TypeDecorator[StrEnum]):
    """A StrEnum stored as its value (the Chinese term), as plain portable text."""

    impl = String(20)
    cache_ok = True

    def __init__(self, enum_class: type[StrEnum]) -> None:
        super().__init__()
        self.enum_class = enum_class

    def process_bind_param(self, value: StrEnum | str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return self.enum_class(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> StrEnum | None:
        if value is None:
            return None
        return self.enum_class(value)


class RecordMixin(SQLModel):
    """Columns shared by every business table.

    ``version`` is SQLAlchemy's version counter: an UPDATE carries ``WHERE version = :seen`` so a
    save based on a stale read matches no row and is refused (see ``unioncase.db.session``).
    ``created_*``/``updated_*`` and the audit trail are filled by the session hooks, so no service
    can forget them.
    """

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, max_length=36, unique=True, index=True)
    station_code: str = Field(max_length=20, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    created_by: str = Field(default="", max_length=50)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_by: str = Field(default="", max_length=50)
    version: int = Field(default=1)
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)

    @declared_attr  # type: ignore[arg-type]
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy class attribute
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


class RecordRead(BaseModel):
    """The shared columns of a record, for the frozen Read models of every line of work."""

    model_config = ConfigDict(frozen=True, from_attributes=True)

    id: int
    uuid: str
    station_code: str
    version: int
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
