"""Applying a bundle's records to this database, one record at a time, inside the caller's
transaction.

Per record: a revision this side already knows is skipped; one that descends from this side's is
fast-forwarded; anything else is kept as a conflict and the record is left as it is. A record
another station made for a person (enterprise, station, day, category) this side already has
under another UUID becomes an alias of it; if their details differ, that is a conflict too.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlmodel import Session, col
from sqlmodel import select as select_model

from unioncase.db.database import Operator, creation_changes
from unioncase.domain.errors import ValidationError
from unioncase.models import AuditEvent, SyncAlias, SyncConflict, utcnow
from unioncase.models.base import new_uuid
from unioncase.sync.records import (
    NATURAL_KEYS,
    Ledger,
    Resolver,
    business,
    content_hash,
    foreign_keys,
    known,
    merged_ancestry,
)

__all__ = ["Envelope", "Merger"]

_AUDIT: Table = AuditEvent.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Envelope:
    """One record line of a bundle."""

    entity: str
    uuid: str
    owner: str
    version: int
    revision: str
    ancestry: tuple[str, ...]
    tombstone: bool
    data: Mapping[str, Any]


def _jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


@dataclass
class Merger:
    session: Session
    operator: Operator
    station: str  # the station that wrote the bundle
    export_id: str
    seal_seq: int  # the number this database's next export will carry
    counts: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self.resolver = Resolver(self.session)
        self.ledger = Ledger(self.session)
        self.now = utcnow()
        self._deferred: list[tuple[Table, str, str, str]] = []  # table, uuid, column, target

    # -- reading this side ------------------------------------------------------------------------
    def _row(self, table: Table, uuid: str) -> Mapping[Any, Any] | None:
        row = self.session.execute(select(table).where(table.c.uuid == uuid)).mappings().first()
        if row is not None:
            self.resolver.remember(table.name, row["id"], uuid)
        return row

    def _payload(self, table: Table, row: Mapping[Any, Any]) -> dict[str, Any]:
        return self.resolver.payloads(table, [row])[0]

    # -- one table --------------------------------------------------------------------------------
    def apply_table(self, table: Table, envelopes: list[Envelope]) -> None:
        self.ledger.load(e.uuid for e in envelopes)
        self_refs = [name for name, target in foreign_keys(table).items() if target == table.name]
        for envelope in envelopes:
            self._apply(table, envelope, self_refs)
        for source, uuid, column, target in self._deferred:
            local = self.resolver.local_uuid(target)
            found = self.resolver.ids(source.name, [local]).get(local)
            if found is None:
                raise ValidationError("sync_missing_reference", table=source.name,
                                      column=column, uuid=target)
            self.session.execute(update(source).where(source.c.uuid == uuid)
                                 .values({column: found}))
        self._deferred.clear()

    def _apply(self, table: Table, env: Envelope, self_refs: list[str]) -> None:
        alias_target = self.resolver.aliases().get(env.uuid)
        if alias_target is not None:
            self._duplicate_again(table, env, alias_target)
            return
        row = self._row(table, env.uuid)
        if row is None:
            match = self._natural_match(table, env)
            if match is not None:
                self._new_duplicate(table, env, match)
            else:
                self._insert(table, env, self_refs)
            return
        local = self._payload(table, row)
        record = self.ledger.seal(table.name, local, row["version"], self.seal_seq)
        if env.revision in known(record):
            self.counts["skipped"] += 1
            return
        if record.revision in env.ancestry:
            self._fast_forward(table, env, row, local, self_refs)
            return
        self._conflict("edit", table.name, env.uuid, env, record.revision)

    # -- the outcomes -----------------------------------------------------------------------------
    def _values(self, table: Table, env: Envelope, self_refs: list[str]) -> dict[str, Any]:
        data = dict(env.data)
        data["uuid"] = env.uuid
        for name in self_refs:
            target = data.pop(name, None)
            if target is not None:
                self._deferred.append((table, env.uuid, name, str(target)))
        return self.resolver.row_values(table, data)

    def _seen(self, table: Table, env: Envelope, origin: str = "bundle") -> None:
        row = self._row(table, env.uuid)
        assert row is not None
        payload = self._payload(table, row)
        # Deferred self-references are not written yet: hash what they will be.
        for source, uuid, column, target in self._deferred:
            if source is table and uuid == env.uuid:
                payload[column] = self.resolver.local_uuid(target)
        self.ledger.put(table.name, env.uuid, env.revision, list(env.ancestry),
                        content_hash(payload), seq=None, origin=origin)

    def _insert(self, table: Table, env: Envelope, self_refs: list[str]) -> None:
        values = self._values(table, env, self_refs)
        values.setdefault("version", 1)
        self.session.execute(insert(table).values(values))
        self._audit(table.name, env.uuid, "create", creation_changes(values))
        self._seen(table, env)
        self.counts["created"] += 1

    def _fast_forward(self, table: Table, env: Envelope, row: Mapping[Any, Any],
                      local: Mapping[str, Any], self_refs: list[str]) -> None:
        values = self._values(table, env, self_refs)
        values.pop("uuid", None)
        changes = {name: [_jsonable(row[name]), _jsonable(value)] for name, value in values.items()
                   if row[name] != value and name not in ("updated_at", "updated_by")}
        self.session.execute(update(table).where(table.c.id == row["id"])
                             .values({**values, "version": table.c.version + 1}))
        if changes:
            action = "update"
            if "deleted_at" in changes:
                action = "delete" if values.get("deleted_at") is not None else "restore"
            self._audit(table.name, env.uuid, action,
                        json.dumps(changes, ensure_ascii=False, sort_keys=True))
        self._seen(table, env)
        self._supersede(env)
        self.counts["updated"] += 1

    def _natural_match(self, table: Table, env: Envelope) -> Mapping[Any, Any] | None:
        key = next((k for k in NATURAL_KEYS.get(table.name, ()) if env.data.get(k) is not None),
                   None)
        if key is None:
            return None
        value = self.resolver.row_values(table, {key: env.data[key]})[key]
        row = self.session.execute(select(table).where(table.c[key] == value)
                                   .order_by(table.c.id)).mappings().first()
        if row is not None:
            self.resolver.remember(table.name, row["id"], row["uuid"])
        return row

    def _new_duplicate(self, table: Table, env: Envelope, match: Mapping[Any, Any]) -> None:
        target = str(match["uuid"])
        self.session.add(SyncAlias(alias_uuid=env.uuid, entity=table.name, target_uuid=target,
                                   station_code=env.owner, at=self.now))
        self.resolver.add_alias(env.uuid, target)
        self.ledger.put(table.name, env.uuid, env.revision, list(env.ancestry), "",
                        seq=None, origin="alias")
        self.counts["merged"] += 1
        self._compare_duplicate(table, env, match)

    def _duplicate_again(self, table: Table, env: Envelope, target: str) -> None:
        shadow = self.ledger.get(env.uuid)
        if shadow is not None and env.revision in known(shadow):
            self.counts["skipped"] += 1
            return
        ancestry = merged_ancestry(self.ledger.ancestry(shadow) if shadow else [],
                                   [shadow.revision] if shadow else [], env.ancestry)
        self.ledger.put(table.name, env.uuid, env.revision,
                        [item for item in ancestry if item != env.revision], "", seq=None,
                        origin="alias")
        row = self._row(table, target)
        if row is None:
            self.counts["skipped"] += 1
            return
        self.counts["merged"] += 1
        self._compare_duplicate(table, env, row)

    def _compare_duplicate(self, table: Table, env: Envelope, row: Mapping[Any, Any]) -> None:
        local = self._payload(table, row)
        remote = self.resolver.local_payload(table, env.data)
        if business(local) == business({**local, **remote}):
            return
        record = self.ledger.seal(table.name, local, row["version"], self.seal_seq)
        self._conflict("duplicate", table.name, str(row["uuid"]), env, record.revision)

    def _conflict(self, kind: str, entity: str, record_uuid: str, env: Envelope,
                  local_revision: str) -> None:
        open_rows = self.session.exec(select_model(SyncConflict).where(
            SyncConflict.record_uuid == record_uuid, SyncConflict.remote_uuid == env.uuid,
            col(SyncConflict.resolved_at).is_(None))).all()
        for existing in open_rows:
            if existing.remote_revision == env.revision:
                self.counts["conflicts_known"] += 1
                return
            if existing.remote_revision in env.ancestry:
                # A later version of the same side: it replaces the older one it descends from.
                existing.remote_revision = env.revision
                existing.remote_ancestry = json.dumps(list(env.ancestry))
                existing.remote_payload = json.dumps(dict(env.data), ensure_ascii=False,
                                                     sort_keys=True)
                existing.local_revision = local_revision
                existing.export_id = self.export_id
                self.session.add(existing)
                self.counts["conflicts"] += 1
                return
        self.session.add(SyncConflict(
            kind=kind, entity=entity, record_uuid=record_uuid, remote_uuid=env.uuid,
            local_revision=local_revision, remote_revision=env.revision,
            remote_ancestry=json.dumps(list(env.ancestry)),
            remote_payload=json.dumps(dict(env.data), ensure_ascii=False, sort_keys=True),
            remote_station=self.station, export_id=self.export_id, at=self.now))
        self.counts["conflicts"] += 1

    def _supersede(self, env: Envelope) -> None:
        """Open conflicts on this record that the new revision descends from both sides of."""
        lineage = {env.revision, *env.ancestry}
        for existing in self.session.exec(select_model(SyncConflict).where(
                SyncConflict.record_uuid == env.uuid,
                col(SyncConflict.resolved_at).is_(None))).all():
            if existing.local_revision in lineage and existing.remote_revision in lineage:
                existing.resolved_at = self.now
                existing.resolved_by = self.operator.name
                existing.resolution = "superseded"
                existing.result_revision = env.revision
                self.session.add(existing)

    def _audit(self, entity: str, uuid: str, action: str, changes: str) -> None:
        self.session.execute(insert(_AUDIT).values(
            uuid=new_uuid(), at=self.now, operator=self.operator.name,
            station_code=self.operator.station_code, entity=entity, entity_uuid=uuid,
            action=action, changes=changes))
