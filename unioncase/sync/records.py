"""Records as they travel: canonical payloads, revision hashes, and sealing local changes.

A record's *payload* is every column but ``id`` and ``version``, with each foreign key written as
the UUID of the record it points to (integer ids mean nothing in another database), dates and
times as ISO text, enums as their values, money as the integer fen it is stored as. Floats are
refused. Its canonical form is JSON with sorted keys and no spaces, so the same record hashes
the same everywhere.

A *revision* is the SHA-256 of the entity, the UUID, the payload's hash and the parent
revisions. A record's ``SyncRecord`` holds its current revision and every ancestor; changes made
here are *sealed* into a new revision lazily, when the record is exported or compared with an
incoming one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Boolean, Date, Integer, Table, delete, insert, select
from sqlmodel import Session, SQLModel
from sqlmodel import select as select_model

from unioncase.domain.errors import ValidationError
from unioncase.models import SyncAlias, SyncRecord
from unioncase.models.base import UTCDateTime

__all__ = [
    "DERIVED",
    "META",
    "NATURAL_KEYS",
    "REFERENCE",
    "SHIPPED_STATION",
    "Ledger",
    "Resolver",
    "Revision",
    "canonical",
    "content_hash",
    "genesis",
    "revision_hash",
    "synced_tables",
]

SHIPPED_STATION = "*"
# Records only a station's own staff need; they never travel.
LOCAL_ONLY = frozenset({"staff"})
# What the center sends its stations: registries and the calendar.
REFERENCE = frozenset({
    "station", "intake_category", "calendar_day", "mediation_organization", "mediator",
    "aid_program", "aid_budget", "job_fair", "position", "fair_employer", "enterprise",
})
# A record another station created for something this database already has under another
# UUID is the same thing when these columns match, tried in order and the first one the record
# fills in is used: one person per ID number; one enterprise per credit code, else per exact
# name (as the ledger import matches them) ...
NATURAL_KEYS: Mapping[str, tuple[str, ...]] = {
    "person": ("id_number",), "enterprise": ("credit_code", "name"), "station": ("code",),
    "calendar_day": ("day",), "intake_category": ("name",),
}
# Columns that say who stored a record where, not what it says: two stations' records of the
# same person differ in them by nature, so they are not compared.
META = frozenset({
    "uuid", "station_code", "number", "created_at", "created_by", "updated_at", "updated_by",
    "name_pinyin", "name_initials", "id_number_rev",
})
# Columns computed from another one: they follow it when a conflict is resolved field by field.
DERIVED: Mapping[str, str] = {
    "name_pinyin": "name", "name_initials": "name", "id_number_rev": "id_number",
}
_SKIP = frozenset({"id", "version"})
_CHUNK = 500


def synced_tables() -> list[Table]:
    """Every business table, parents before the tables that point to them."""
    return [table for table in SQLModel.metadata.sorted_tables
            if "uuid" in table.c and "version" in table.c and table.name not in LOCAL_ONLY]


def table_named(name: str) -> Table:
    table = SQLModel.metadata.tables.get(name)
    if table is None or name in LOCAL_ONLY or "uuid" not in table.c:
        raise ValidationError("sync_unknown_table", table=name)
    return table


def foreign_keys(table: Table) -> dict[str, str]:
    """Column name -> the table it points to."""
    return {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}


def canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def content_hash(payload: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical(payload)).hexdigest()


def revision_hash(entity: str, uuid: str, content: str, parents: Iterable[str]) -> str:
    text = "\n".join([entity, uuid, content, ",".join(sorted(parents))])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def genesis(entity: str, uuid: str) -> str:
    """The first revision of a shipped row (a holiday, a default category ...): the same in
    every database, whatever time the row was written there."""
    return hashlib.sha256(f"{entity}\n{uuid}\nshipped".encode()).hexdigest()


def _to_json(value: Any) -> Any:
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, int):
        return value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    raise ValidationError("sync_value_type", type=type(value).__name__)


def _from_json(table: Table, name: str, value: Any) -> Any:
    """A payload value as the column stores it; a value of the wrong type is refused."""
    if value is None:
        return None
    column = table.c[name]
    kind = column.type
    wrong = ValidationError("sync_bad_value", table=table.name, column=name)
    if isinstance(kind, UTCDateTime):
        if not isinstance(value, str):
            raise wrong
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise wrong from None
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise wrong
        return value
    if isinstance(kind, Date):
        if not isinstance(value, str):
            raise wrong
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise wrong from None
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise wrong
        return value
    if not isinstance(value, str):
        raise wrong
    return value


class Resolver:
    """Integer ids <-> UUIDs of one database, looked up in batches and remembered."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._uuid: dict[str, dict[int, str]] = {}
        self._id: dict[str, dict[str, int]] = {}
        self._alias: dict[str, str] | None = None

    def aliases(self) -> dict[str, str]:
        if self._alias is None:
            rows = self.session.exec(
                select_model(SyncAlias.alias_uuid, SyncAlias.target_uuid)).all()
            self._alias = {alias: target for alias, target in rows}
        return self._alias

    def add_alias(self, alias: str, target: str) -> None:
        self.aliases()[alias] = target

    def local_uuid(self, uuid: str) -> str:
        return self.aliases().get(uuid, uuid)

    def remember(self, table: str, row_id: int, uuid: str) -> None:
        self._uuid.setdefault(table, {})[row_id] = uuid
        self._id.setdefault(table, {})[uuid] = row_id

    def _look_up(self, table: str, by: str, keys: Iterable[Any], known: dict[Any, Any]) -> None:
        """Remember the id and uuid of the rows whose ``by`` column is one of ``keys``."""
        missing = [key for key in set(keys) if key not in known]
        source = SQLModel.metadata.tables[table]
        for start in range(0, len(missing), _CHUNK):
            chunk = missing[start:start + _CHUNK]
            for row_id, uuid in self.session.execute(
                    select(source.c.id, source.c.uuid).where(source.c[by].in_(chunk))):
                self.remember(table, row_id, uuid)

    def uuids(self, table: str, ids: Iterable[int]) -> dict[int, str]:
        known = self._uuid.setdefault(table, {})
        self._look_up(table, "id", ids, known)
        return known

    def ids(self, table: str, uuids: Iterable[str]) -> dict[str, int]:
        known = self._id.setdefault(table, {})
        self._look_up(table, "uuid", uuids, known)
        return known

    # -- payloads ---------------------------------------------------------------------------------
    def payloads(self, table: Table, rows: Sequence[Mapping[Any, Any]]) -> list[dict[str, Any]]:
        """The rows (column mappings read with Core) as payloads, references as UUIDs."""
        fks = foreign_keys(table)
        for name, target in fks.items():
            self.uuids(target, (row[name] for row in rows if row[name] is not None))
        result = []
        for row in rows:
            payload: dict[str, Any] = {}
            for column in table.columns:
                name = column.name
                if name in _SKIP:
                    continue
                value = row[name]
                if name in fks and value is not None:
                    payload[name] = self._uuid[fks[name]][value]
                else:
                    payload[name] = _to_json(value)
            result.append(payload)
        return result

    def row_values(self, table: Table, payload: Mapping[str, Any]) -> dict[str, Any]:
        """A payload as column values of this database (references resolved through aliases);
        a reference to a record this database does not have is refused."""
        fks = foreign_keys(table)
        columns = {c.name for c in table.columns} - _SKIP
        unknown = set(payload) - columns
        if unknown:
            raise ValidationError("sync_bad_value", table=table.name, column=sorted(unknown)[0])
        values: dict[str, Any] = {}
        for name in columns:
            if name not in payload:
                continue
            value = payload[name]
            if name in fks and value is not None:
                if not isinstance(value, str):
                    raise ValidationError("sync_bad_value", table=table.name, column=name)
                target = self.local_uuid(value)
                found = self.ids(fks[name], [target]).get(target)
                if found is None:
                    raise ValidationError("sync_missing_reference", table=table.name,
                                          column=name, uuid=value)
                values[name] = found
            else:
                values[name] = _from_json(table, name, value)
        return values

    def normalized(self, table: Table, payload: Mapping[str, Any]) -> dict[str, Any] | None:
        """The payload exactly as this side reads it back once stored (references through
        aliases, values through the column types), or None when it lacks a column (an older
        station's bundle: the stored row fills it with its default)."""
        fks = foreign_keys(table)
        result: dict[str, Any] = {}
        for column in table.columns:
            name = column.name
            if name in _SKIP:
                continue
            if name not in payload:
                return None
            value = payload[name]
            if name in fks:
                result[name] = self.local_uuid(value) if isinstance(value, str) else value
            else:
                result[name] = _to_json(_from_json(table, name, value))
        return result

    def local_payload(self, table: Table, payload: Mapping[str, Any]) -> dict[str, Any]:
        """What a payload reads as once stored here: references through this side's aliases."""
        fks = foreign_keys(table)
        return {name: (self.local_uuid(value) if name in fks and isinstance(value, str)
                       else value) for name, value in payload.items()}


def business(payload: Mapping[str, Any]) -> dict[str, Any]:
    """The fields two stations' records of the same thing are compared on."""
    return {name: value for name, value in payload.items() if name not in META}


@dataclass
class Revision:
    """A record's SyncRecord row, as plain values (the ledger writes them in batches)."""

    uuid: str
    entity: str
    revision: str
    ancestry: list[str]
    content_hash: str
    seq: int | None
    origin: str


def known(record: Revision) -> set[str]:
    return {record.revision, *record.ancestry}


def merged_ancestry(*lists: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for items in lists:
        for item in items:
            seen.setdefault(item, None)
    return list(seen)


_SYNC_RECORD: Table = SyncRecord.__table__  # type: ignore[attr-defined]


class Ledger:
    """The SyncRecord rows of one session, with sealing; changes are written by :meth:`flush`
    (and before any read that could see them)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._rows: dict[str, Revision | None] = {}
        self._dirty: dict[str, Revision] = {}

    def load(self, uuids: Iterable[str]) -> None:
        missing = [u for u in set(uuids) if u not in self._rows]
        for start in range(0, len(missing), _CHUNK):
            chunk = missing[start:start + _CHUNK]
            for uuid in chunk:
                self._rows[uuid] = None
            for row in self.session.execute(select(_SYNC_RECORD).where(
                    _SYNC_RECORD.c.uuid.in_(chunk))).mappings():
                ancestry = json.loads(row["ancestry"])
                self._rows[row["uuid"]] = Revision(
                    row["uuid"], row["entity"], row["revision"], [str(a) for a in ancestry],
                    row["content_hash"], row["seq"], row["origin"])

    def get(self, uuid: str) -> Revision | None:
        if uuid not in self._rows:
            self.load([uuid])
        return self._rows.get(uuid)

    def ancestry(self, record: Revision) -> list[str]:
        return record.ancestry

    def put(self, entity: str, uuid: str, revision: str, ancestry: list[str], content: str,
            *, seq: int | None, origin: str) -> Revision:
        self.get(uuid)
        record = Revision(uuid, entity, revision, list(ancestry), content, seq, origin)
        self._rows[uuid] = record
        self._dirty[uuid] = record
        return record

    def flush(self) -> None:
        if not self._dirty:
            return
        records = list(self._dirty.values())
        self._dirty.clear()
        uuids = [r.uuid for r in records]
        for start in range(0, len(uuids), _CHUNK):
            self.session.execute(delete(_SYNC_RECORD).where(
                _SYNC_RECORD.c.uuid.in_(uuids[start:start + _CHUNK])))
        self.session.execute(insert(_SYNC_RECORD), [
            {"uuid": r.uuid, "entity": r.entity, "revision": r.revision,
             "ancestry": json.dumps(r.ancestry), "content_hash": r.content_hash, "seq": r.seq,
             "origin": r.origin} for r in records])

    def seal(self, entity: str, payload: Mapping[str, Any], version: int,
             next_seq: int) -> Revision:
        """The record's current revision, first making one of any change made here."""
        uuid = str(payload["uuid"])
        content = content_hash(payload)
        record = self.get(uuid)
        if record is None:
            if payload.get("station_code") == SHIPPED_STATION:
                first = genesis(entity, uuid)
                if version == 1:
                    return self.put(entity, uuid, first, [], content, seq=None, origin="local")
                return self.put(entity, uuid, revision_hash(entity, uuid, content, [first]),
                                [first], content, seq=next_seq, origin="local")
            return self.put(entity, uuid, revision_hash(entity, uuid, content, []), [],
                            content, seq=next_seq, origin="local")
        if record.content_hash == content:
            return record
        parents = [record.revision]
        return self.put(entity, uuid, revision_hash(entity, uuid, content, parents),
                        merged_ancestry(record.ancestry, parents), content, seq=next_seq,
                        origin="local")
