"""Applying a bundle's records to this database, table by table, inside the caller's
transaction.

Per record: a revision this side already knows is skipped; one that descends from this side's is
fast-forwarded; anything else is kept as a conflict and the record is left as it is. A record
another station made for a person (enterprise, station, day, category) this side already has
under another UUID becomes an alias of it; if their details differ, that is a conflict too.

A table's rows are looked up, and its new rows, audit events and revisions written, in batches:
a station's bundle of thousands of records applies in about a second.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlmodel import Session, col
from sqlmodel import select as select_model

from unioncase.db.database import Operator, creation_changes, jsonable
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
_CHUNK = 500


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
        self._deferred: list[tuple[str, str, str]] = []  # uuid, column, target (self-references)
        self._inserts: list[dict[str, Any]] = []
        self._audits: list[dict[str, Any]] = []
        self._hashes: dict[str, dict[str, Any] | None] = {}  # uuid -> normalized payload

    # -- reading this side ------------------------------------------------------------------------
    def _rows(self, table: Table, uuids: list[str], column: str = "uuid"
              ) -> dict[Any, Mapping[Any, Any]]:
        found: dict[Any, Mapping[Any, Any]] = {}
        for start in range(0, len(uuids), _CHUNK):
            chunk = uuids[start:start + _CHUNK]
            for row in self.session.execute(select(table).where(table.c[column].in_(chunk))
                                            .order_by(table.c.id)).mappings():
                self.resolver.remember(table.name, row["id"], row["uuid"])
                found.setdefault(row[column], row)
        return found

    def _payload(self, table: Table, row: Mapping[Any, Any]) -> dict[str, Any]:
        return self.resolver.payloads(table, [row])[0]

    # -- one table --------------------------------------------------------------------------------
    def apply_table(self, table: Table, envelopes: list[Envelope]) -> None:
        aliases = self.resolver.aliases()
        self.ledger.load(e.uuid for e in envelopes)
        self.ledger.load(aliases[e.uuid] for e in envelopes if e.uuid in aliases)
        fks = foreign_keys(table)
        for name, target in fks.items():
            refs = {aliases.get(v, v) for e in envelopes
                    if isinstance(v := e.data.get(name), str)}
            if target != table.name:
                self.resolver.ids(target, refs)
        existing = self._rows(table, [e.uuid for e in envelopes if e.uuid not in aliases])
        matches = self._natural_matches(table, [e for e in envelopes
                                                if e.uuid not in aliases
                                                and e.uuid not in existing])
        self_refs = [name for name, target in fks.items() if target == table.name]
        rows = list(existing.values())
        locals_ = dict(zip((r["uuid"] for r in rows), self.resolver.payloads(table, rows),
                           strict=True))
        for envelope in envelopes:
            alias = aliases.get(envelope.uuid)
            if alias is not None:
                self._duplicate_again(table, envelope, alias)
                continue
            row = existing.get(envelope.uuid)
            if row is None:
                match = matches.get(envelope.uuid)
                if match is not None:
                    self._new_duplicate(table, envelope, match)
                else:
                    self._insert(table, envelope, self_refs)
                continue
            record = self.ledger.seal(table.name, locals_[envelope.uuid], row["version"],
                                      self.seal_seq)
            if envelope.revision in known(record):
                self.counts["skipped"] += 1
            elif record.revision in envelope.ancestry:
                self._fast_forward(table, envelope, row, self_refs, record.revision)
            else:
                self._conflict("edit", table.name, envelope.uuid, envelope, record.revision)
        self._flush(table)

    def _flush(self, table: Table) -> None:
        if self._inserts:
            for start in range(0, len(self._inserts), _CHUNK):
                self.session.execute(insert(table), self._inserts[start:start + _CHUNK])
            self._inserts.clear()
        if self._deferred:
            uuids = [uuid for uuid, _column, _target in self._deferred]
            ids = self.resolver.ids(table.name, uuids + [
                self.resolver.local_uuid(t) for _u, _c, t in self._deferred])
            for uuid, column, target in self._deferred:
                found = ids.get(self.resolver.local_uuid(target))
                if found is None:
                    raise ValidationError("sync_missing_reference", table=table.name,
                                          column=column, uuid=target)
                self.session.execute(update(table).where(table.c.uuid == uuid)
                                     .values({column: found}))
            self._deferred.clear()
        if self._audits:
            self.session.execute(insert(_AUDIT), self._audits)
            self._audits.clear()
        # Revisions of records whose normalized payload was unknown are hashed from the row.
        unknown = [uuid for uuid, payload in self._hashes.items() if payload is None]
        if unknown:
            for uuid, row in self._rows(table, unknown).items():
                record = self.ledger.get(uuid)
                assert record is not None
                record.content_hash = content_hash(self._payload(table, row))
                self.ledger.put(record.entity, uuid, record.revision, record.ancestry,
                                record.content_hash, seq=record.seq, origin=record.origin)
        self._hashes.clear()
        self.ledger.flush()

    # -- the outcomes -----------------------------------------------------------------------------
    def _values(self, table: Table, env: Envelope, self_refs: list[str]) -> dict[str, Any]:
        data = dict(env.data)
        data["uuid"] = env.uuid
        for name in self_refs:
            target = data.pop(name, None)
            if target is not None:
                self._deferred.append((env.uuid, name, str(target)))
        return self.resolver.row_values(table, data)

    def _seen(self, table: Table, env: Envelope) -> None:
        data = dict(env.data)
        data["uuid"] = env.uuid
        payload = self.resolver.normalized(table, data)
        self.ledger.put(table.name, env.uuid, env.revision, list(env.ancestry),
                        content_hash(payload) if payload is not None else "", seq=None,
                        origin="bundle")
        self._hashes[env.uuid] = payload

    def _insert(self, table: Table, env: Envelope, self_refs: list[str]) -> None:
        values = self._values(table, env, self_refs)
        values.setdefault("version", 1)
        full = {column.name: values.get(column.name, _default(column))
                for column in table.columns if column.name != "id"}
        self._inserts.append(full)
        self._audit(table.name, env.uuid, "create", creation_changes(values))
        self._seen(table, env)
        self.counts["created"] += 1

    def _taken(self, table: Table, row: Mapping[Any, Any], values: Mapping[str, Any]) -> bool:
        """Would the new values give this record a unique key another record here holds
        (a corrected ID number that another station's person already has ...)?"""
        for key in NATURAL_KEYS.get(table.name, ()):
            column = table.c[key]
            if not column.unique or values.get(key) is None or values[key] == row[key]:
                continue
            if self.session.execute(select(table.c.id).where(
                    column == values[key], table.c.id != row["id"])).first() is not None:
                return True
        return False

    def _fast_forward(self, table: Table, env: Envelope, row: Mapping[Any, Any],
                      self_refs: list[str], record_revision: str) -> None:
        values = self._values(table, env, self_refs)
        values.pop("uuid", None)
        if self._taken(table, row, values):
            self._deferred = [d for d in self._deferred if d[0] != env.uuid]
            self._conflict("edit", table.name, env.uuid, env, record_revision)
            return
        changes = {name: [jsonable(row[name]), jsonable(value)] for name, value in values.items()
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

    def _natural_matches(self, table: Table, envelopes: list[Envelope]
                         ) -> dict[str, Mapping[Any, Any]]:
        """Incoming new records that are, by their natural key, a record this side has."""
        keys = NATURAL_KEYS.get(table.name, ())
        result: dict[str, Mapping[Any, Any]] = {}
        if not keys:
            return result
        wanted: dict[str, dict[Any, list[str]]] = {}
        for env in envelopes:
            key = next((k for k in keys if env.data.get(k) is not None), None)
            if key is None:
                continue
            value = self.resolver.row_values(table, {key: env.data[key]})[key]
            wanted.setdefault(key, {}).setdefault(value, []).append(env.uuid)
        for key, values in wanted.items():
            for value, row in self._rows(table, list(values), column=key).items():
                for uuid in values.get(value, []):
                    result[uuid] = row
        return result

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
        ancestry = merged_ancestry(shadow.ancestry if shadow else [],
                                   [shadow.revision] if shadow else [], env.ancestry)
        self.ledger.put(table.name, env.uuid, env.revision,
                        [item for item in ancestry if item != env.revision], "", seq=None,
                        origin="alias")
        row = self._rows(table, [target]).get(target)
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
        self._audits.append({
            "uuid": new_uuid(), "at": self.now, "operator": self.operator.name,
            "station_code": self.operator.station_code, "entity": entity, "entity_uuid": uuid,
            "action": action, "changes": changes})


def _default(column: Any) -> Any:
    default = column.default
    if default is not None and default.is_scalar:
        return default.arg
    return None
