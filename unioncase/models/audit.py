"""The audit trail: one event per create, update and delete, written in the same transaction."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from unioncase.models.base import UTCDateTime, new_uuid, utcnow


class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, max_length=36, unique=True)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    operator: str = Field(max_length=50)
    station_code: str = Field(max_length=20)
    entity: str = Field(max_length=50, index=True)
    entity_uuid: str = Field(max_length=36, index=True)
    action: str = Field(max_length=10)  # create / update / delete / restore
    # JSON object: {"field": [old, new], ...}
    changes: str = Field(default="{}")
