"""Integrity check and the audit trail."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import text
from sqlmodel import col, func, select

from unioncase.db.migrate import current_revision, head_revision
from unioncase.models import (
    AuditEvent,
    Enterprise,
    IntakeCase,
    MediationCase,
    MediationOrganization,
    Mediator,
    Person,
    Staff,
    Station,
)
from unioncase.services.context import ServiceContext


class CheckReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    database: str
    revision: str | None
    head: str
    integrity: str
    foreign_key_problems: int
    station_code: str | None
    counts: dict[str, int]

    @property
    def ok(self) -> bool:
        return (self.integrity == "ok" and self.foreign_key_problems == 0
                and self.revision == self.head)


class AuditEventRead(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True)

    at: datetime
    operator: str
    station_code: str
    entity: str
    entity_uuid: str
    action: str
    changes: dict[str, Any]


class MaintenanceService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def check(self) -> CheckReport:
        db = self.ctx.db
        integrity = "ok"
        fk_problems = 0
        with db.engine.connect() as conn:
            if db.engine.dialect.name == "sqlite":
                rows = conn.execute(text("PRAGMA integrity_check")).fetchall()
                integrity = "; ".join(str(r[0]) for r in rows)
                fk_problems = len(conn.execute(text("PRAGMA foreign_key_check")).fetchall())
        counts: dict[str, int] = {}
        with self.ctx.read() as session:
            for model in (Station, Staff, Person, Enterprise, IntakeCase,
                          MediationOrganization, Mediator, MediationCase):
                counts[str(model.__tablename__)] = int(session.exec(
                    select(func.count()).select_from(model)
                    .where(col(model.deleted_at).is_(None))).one())
            counts["audit_event"] = int(session.exec(
                select(func.count()).select_from(AuditEvent)).one())
        return CheckReport(
            database=str(db.path or db.url),
            revision=current_revision(db),
            head=head_revision(),
            integrity=integrity,
            foreign_key_problems=fk_problems,
            station_code=self.ctx.station_code,
            counts=counts,
        )

    def history(self, entity_uuid: str) -> list[AuditEventRead]:
        with self.ctx.read() as session:
            rows = session.exec(
                select(AuditEvent).where(AuditEvent.entity_uuid == entity_uuid)
                .order_by(col(AuditEvent.at), col(AuditEvent.id))
            ).all()
            return [
                AuditEventRead(at=r.at, operator=r.operator, station_code=r.station_code,
                               entity=r.entity, entity_uuid=r.entity_uuid, action=r.action,
                               changes=json.loads(r.changes))
                for r in rows
            ]
