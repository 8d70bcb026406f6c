"""Offline sync between the city center and its stations: bundles out and in, conflicts, status.

* A station's ``export(...)`` writes every record it owns that changed since the center last
  acknowledged one of its bundles (everything the first time, or with ``full``), plus the records
  they point to. The center's ``export(reference=True)`` writes the registries and the calendar;
  ``export(ack_for=CODE)`` answers a station: which of its bundles arrived, and the revisions made
  at the center (conflict resolutions) of its records.
* ``import_bundle`` checks everything first (passphrase and tag, signature, every table's count
  and SHA-256, the schema), then applies all records in one transaction, or refuses the file and
  changes nothing. See ``unioncase.sync.merge`` for what happens to each record.

Design notes: docs/sync.md.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col
from sqlmodel import select as select_model

from unioncase.db.migrate import head_revision, known_revisions
from unioncase.domain.errors import NotFoundError, ValidationError
from unioncase.files import write_atomically
from unioncase.models import (
    AuditEvent,
    Station,
    SyncBundle,
    SyncConflict,
    SyncPeer,
    SyncRecord,
    utcnow,
)
from unioncase.models.base import new_uuid
from unioncase.services.backup import BackupService
from unioncase.services.cases import data_folder, stored_path
from unioncase.services.context import ServiceContext
from unioncase.sync import bundle as bundle_file
from unioncase.sync.merge import Envelope, Merger
from unioncase.sync.records import (
    DERIVED,
    META,
    REFERENCE,
    Ledger,
    Resolver,
    Revision,
    content_hash,
    foreign_keys,
    merged_ancestry,
    revision_hash,
    synced_tables,
    table_named,
)

__all__ = [
    "BundleRead",
    "ConflictDetail",
    "ConflictField",
    "ConflictRead",
    "ExportSummary",
    "ImportSummary",
    "StationSyncRead",
    "SyncService",
]

log = logging.getLogger(__name__)

ENV_PASSPHRASE = "UNIONCASE_SYNC_PASSPHRASE"
KINDS = ("cases", "reference", "ack")
Progress = Callable[[int, int, str], None]
_AUDIT: Table = AuditEvent.__table__  # type: ignore[attr-defined]
_HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    export_id: str
    kind: str
    station_code: str
    to_station: str
    seq: int
    since_ack: int
    records: int
    tables: dict[str, int]
    attachments: int
    signed: bool
    size: int


@dataclass(frozen=True)
class ImportSummary:
    export_id: str
    kind: str
    station_code: str
    station_name: str
    seq: int
    already: bool
    signed: bool
    pinned: bool
    records: int
    counts: dict[str, int] = field(default_factory=dict)
    gaps: list[int] = field(default_factory=list)

    def count(self, key: str) -> int:
        return self.counts.get(key, 0)


class ConflictRead(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    kind: str
    entity: str
    record_uuid: str
    label: str
    remote_station: str
    at: datetime
    resolved_at: datetime | None
    resolution: str | None


class ConflictField(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    local: Any
    remote: Any
    differs: bool
    # For a reference (a person's employer ...): the record it points to, as people name it.
    local_label: str | None = None
    remote_label: str | None = None


class ConflictDetail(BaseModel):
    model_config = ConfigDict(frozen=True)

    conflict: ConflictRead
    fields: list[ConflictField]


class BundleRead(BaseModel):
    """A bundle this database wrote or applied."""

    model_config = ConfigDict(frozen=True, from_attributes=True)

    export_id: str
    direction: str
    kind: str
    station_code: str
    to_station: str
    seq: int
    since_ack: int
    acked_seq: int | None
    records: int
    created_at: datetime
    at: datetime
    acknowledged_at: datetime | None


class StationSyncRead(BaseModel):
    """One other station as this database sees it through the bundles it applied."""

    model_config = ConfigDict(frozen=True)

    station_code: str
    name: str
    last_seq: int | None
    last_created_at: datetime | None
    last_imported_at: datetime | None
    bundles: int
    gaps: list[int]
    open_conflicts: int
    acked_seq: int | None  # what this database last acknowledged to it
    pinned: bool


def _label(entity: str, payload: Mapping[str, Any]) -> str:
    for key in ("number", "name", "day", "code"):
        value = payload.get(key)
        if value:
            name = payload.get("name")
            return f"{value} {name}" if key == "number" and name else str(value)
    return str(payload.get("uuid", ""))[:8]


def _envelope(line: bytes, table: str) -> Envelope:
    try:
        item = json.loads(line)
        data = item["data"]
        envelope = Envelope(
            entity=str(item["entity"]), uuid=str(item["uuid"]), owner=str(item["owner"]),
            version=int(item["version"]), revision=str(item["revision"]),
            ancestry=tuple(str(a) for a in item["ancestry"]), tombstone=bool(item["tombstone"]),
            data=data)
    except (KeyError, TypeError, ValueError):
        raise ValidationError("sync_damaged") from None
    if (envelope.entity != table or not isinstance(data, dict)
            or data.get("uuid") != envelope.uuid or len(envelope.revision) != 64
            or not set(envelope.revision) <= _HEX):
        raise ValidationError("sync_damaged")
    return envelope


class SyncService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- helpers ----------------------------------------------------------------------------------
    def _station(self) -> str:
        return self.ctx.operator().station_code

    @staticmethod
    def _last(session: Session, direction: str, channel: str,
              station: str | None = None) -> SyncBundle | None:
        query = select_model(SyncBundle).where(SyncBundle.direction == direction,
                                               SyncBundle.channel == channel)
        if station is not None:
            query = query.where(SyncBundle.station_code == station)
        return session.exec(query.order_by(col(SyncBundle.seq).desc())).first()

    def _seal_seq(self, session: Session) -> int:
        last = self._last(session, "out", "cases")
        return (last.seq if last else 0) + 1

    def _since_ack(self, session: Session) -> int:
        acked = session.exec(select_model(func.max(SyncBundle.acked_seq)).where(
            SyncBundle.direction == "in", SyncBundle.kind == "ack")).one()
        return int(acked or 0)

    # -- export -----------------------------------------------------------------------------------
    def export(self, out: str | Path, passphrase: str | None, *, reference: bool = False,
               ack_for: str | None = None, full: bool = False, signing_key: bytes | None = None,
               progress: Progress | None = None) -> ExportSummary:
        """Write a bundle to ``out`` (to a temporary file, synced and renamed), then read it
        back and verify it; only then is the export recorded as made."""
        passphrase = bundle_file.check_passphrase(passphrase)
        key = bundle_file.load_signing_key(signing_key) if signing_key else None
        if reference and ack_for:
            raise ValidationError("sync_kind_one", field="kind")
        kind = "reference" if reference else "ack" if ack_for else "cases"
        own = self._station()
        to_station = (ack_for or "").strip()
        if kind == "ack" and to_station == own:
            raise ValidationError("sync_ack_self", field="station_code")
        channel = f"ack:{to_station}" if kind == "ack" else kind
        target = Path(out)
        with self.ctx.write() as session:
            previous = self._last(session, "out", channel)
            seq = (previous.seq if previous else 0) + 1
            seal_seq = self._seal_seq(session)
            since_ack = self._since_ack(session) if kind == "cases" and not full else 0
            acked: SyncBundle | None = None
            if kind == "ack":
                acked = self._last(session, "in", "cases", to_station)
                if acked is None:
                    raise ValidationError("sync_nothing_to_ack", station=to_station)
            lines, attachments = self._collect(session, kind, own, to_station, seal_seq,
                                               since_ack, progress)
            members: dict[str, bytes] = {}
            tables: dict[str, dict[str, Any]] = {}
            for name, rows in lines.items():
                data = b"".join(rows)
                members[f"records/{name}.jsonl"] = data
                tables[name] = {"count": len(rows), "sha256": bundle_file.sha256(data)}
            folder = data_folder(self.ctx)
            files: dict[str, int] = {}
            for sha in sorted(attachments):
                path = stored_path(folder, sha)
                if path.is_file():
                    blob = path.read_bytes()
                    if bundle_file.sha256(blob) == sha:
                        members[f"attachments/{sha}"] = blob
                        files[sha] = len(blob)
            station = session.exec(select_model(Station).where(Station.code == own)).first()
            audit = session.execute(select(_AUDIT.c.uuid, _AUDIT.c.at)
                                    .order_by(_AUDIT.c.id.desc()).limit(1)).first()
            audit_count = session.execute(select(func.count()).select_from(_AUDIT)).scalar()
            export_id = new_uuid()
            created = utcnow()
            manifest: dict[str, Any] = {
                "format": bundle_file.FORMAT_VERSION,
                "export_id": export_id,
                "kind": kind,
                "station": {"code": own, "name": station.name if station else ""},
                "to_station": to_station,
                "seq": seq,
                "previous_hash": previous.file_hash if previous else "",
                "since_ack": since_ack,
                "full": full,
                "schema": head_revision(),
                "created_at": created.isoformat(),
                "tables": tables,
                "attachments": files,
                "audit_head": {"count": int(audit_count or 0),
                               "uuid": audit[0] if audit else "",
                               "at": audit[1].isoformat() if audit else ""},
            }
            if acked is not None:
                manifest["ack"] = {"seq": acked.seq, "export_id": acked.export_id,
                                   "file_hash": acked.file_hash}
            if progress:
                progress(0, 1, "encrypt")
            data = bundle_file.seal_bundle(manifest, members, passphrase, key)
            write_atomically(target, data, durable=True)
            try:
                self._verify_written(target, passphrase, manifest)
            except BaseException:
                target.unlink(missing_ok=True)  # never leave a bundle that failed its check
                raise
            records = sum(len(rows) for rows in lines.values())
            session.add(SyncBundle(
                export_id=export_id, direction="out", kind=kind, station_code=own,
                to_station=to_station, channel=channel, seq=seq,
                previous_hash=manifest["previous_hash"], file_hash=bundle_file.sha256(data),
                since_ack=since_ack, acked_seq=acked.seq if acked else None, records=records,
                summary=json.dumps({"tables": {k: v["count"] for k, v in tables.items()}}),
                created_at=created, at=created))
        return ExportSummary(
            path=target, export_id=export_id, kind=kind, station_code=own, to_station=to_station,
            seq=seq, since_ack=since_ack, records=records,
            tables={k: v["count"] for k, v in tables.items()}, attachments=len(files),
            signed=key is not None, size=len(data))

    @staticmethod
    def _verify_written(path: Path, passphrase: str, manifest: Mapping[str, Any]) -> None:
        opened = bundle_file.open_bundle(path.read_bytes(), passphrase)
        if opened.manifest != json.loads(json.dumps(manifest)):
            raise ValidationError("sync_verify_failed", path=str(path))
        for name, info in manifest["tables"].items():
            data = opened.members.get(f"records/{name}.jsonl")
            if data is None or bundle_file.sha256(data) != info["sha256"]:
                raise ValidationError("sync_verify_failed", path=str(path))

    def _select(self, session: Session, table: Table, kind: str, own: str,
                to_station: str) -> list[Mapping[Any, Any]]:
        query = select(table)
        if kind == "cases":
            query = query.where(table.c.station_code == own)
        elif kind == "ack":
            query = (query.join(SyncRecord.__table__,  # type: ignore[attr-defined]
                                SyncRecord.__table__.c.uuid == table.c.uuid)  # type: ignore[attr-defined]
                     .where(table.c.station_code == to_station,
                            SyncRecord.__table__.c.origin == "local"))  # type: ignore[attr-defined]
        return list(session.execute(query.order_by(table.c.id)).mappings().all())

    def _collect(self, session: Session, kind: str, own: str, to_station: str, seal_seq: int,
                 since_ack: int, progress: Progress | None
                 ) -> tuple[dict[str, list[bytes]], set[str]]:
        """The bundle's record lines per table (parents first), and the attachments' SHA-256."""
        resolver = Resolver(session)
        ledger = Ledger(session)
        tables = [t for t in synced_tables() if kind != "reference" or t.name in REFERENCE]
        chosen: dict[str, dict[str, tuple[dict[str, Any], Revision, int]]] = {}
        for index, table in enumerate(tables):
            if progress:
                progress(index, len(tables), table.name)
            rows = self._select(session, table, kind, own, to_station)
            ledger.load(row["uuid"] for row in rows)
            payloads = resolver.payloads(table, rows)
            picked = chosen.setdefault(table.name, {})
            for row, payload in zip(rows, payloads, strict=True):
                record = ledger.seal(table.name, payload, row["version"], seal_seq)
                if kind == "cases" and since_ack and (record.seq is None
                                                      or record.seq <= since_ack):
                    continue
                if kind == "cases" and record.origin != "local" and since_ack:
                    continue
                picked[payload["uuid"]] = (payload, record, row["version"])
        self._close(session, resolver, ledger, chosen, seal_seq)
        ledger.flush()
        lines: dict[str, list[bytes]] = {}
        attachments: set[str] = set()
        for table in synced_tables():
            picked = chosen.get(table.name) or {}
            if not picked:
                continue
            out = lines.setdefault(table.name, [])
            for payload, record, version in picked.values():
                envelope = {
                    "entity": table.name, "uuid": payload["uuid"],
                    "owner": payload["station_code"], "version": version,
                    "revision": record.revision, "ancestry": ledger.ancestry(record),
                    "tombstone": payload.get("deleted_at") is not None, "data": payload,
                }
                out.append(json.dumps(envelope, ensure_ascii=False, sort_keys=True,
                                      separators=(",", ":")).encode("utf-8") + b"\n")
                if table.name == "attachment" and payload.get("deleted_at") is None:
                    attachments.add(str(payload["sha256"]))
        return lines, attachments

    @staticmethod
    def _close(session: Session, resolver: Resolver, ledger: Ledger,
               chosen: dict[str, dict[str, tuple[dict[str, Any], Revision, int]]],
               seal_seq: int) -> None:
        """Add every record a chosen one points to, so the other side can resolve it."""
        tables = {t.name: t for t in synced_tables()}
        while True:
            wanted: dict[str, set[str]] = {}
            for name, picked in chosen.items():
                fks = foreign_keys(tables[name])
                for payload, _record, _version in picked.values():
                    for column, target in fks.items():
                        ref = payload.get(column)
                        if ref and ref not in chosen.get(target, {}):
                            wanted.setdefault(target, set()).add(str(ref))
            if not wanted:
                return
            for name, uuids in wanted.items():
                table = tables[name]
                rows = list(session.execute(select(table).where(
                    table.c.uuid.in_(sorted(uuids)))).mappings().all())
                ledger.load(row["uuid"] for row in rows)
                picked = chosen.setdefault(name, {})
                for row, payload in zip(rows, resolver.payloads(table, rows), strict=True):
                    record = ledger.seal(name, payload, row["version"], seal_seq)
                    picked[payload["uuid"]] = (payload, record, row["version"])

    # -- import -----------------------------------------------------------------------------------
    def read(self, path: str | Path, passphrase: str | None) -> tuple[dict[str, Any], list[
            tuple[Table, list[Envelope]]], dict[str, bytes], bundle_file.Opened]:
        """Everything checked before a record is applied; refuses the whole file on any doubt."""
        passphrase = bundle_file.check_passphrase(passphrase)
        source = Path(path)
        if not source.is_file():
            raise ValidationError("sync_file_missing", path=str(source))
        opened = bundle_file.open_bundle(source.read_bytes(), passphrase)
        manifest = opened.manifest
        try:
            if manifest["format"] != bundle_file.FORMAT_VERSION:
                raise ValidationError("sync_format_newer")
            kind = manifest["kind"]
            tables = manifest["tables"]
            files = manifest["attachments"]
            str(manifest["station"]["code"])
            int(manifest["seq"])
        except (KeyError, TypeError, ValueError):
            raise ValidationError("sync_damaged") from None
        if kind not in KINDS or not isinstance(tables, dict) or not isinstance(files, dict):
            raise ValidationError("sync_damaged")
        if manifest.get("schema") not in known_revisions():
            raise ValidationError("sync_schema_newer", schema=str(manifest.get("schema")))
        expected = {f"records/{name}.jsonl" for name in tables} | {
            f"attachments/{sha}" for sha in files}
        if set(opened.members) != expected:
            raise ValidationError("sync_counts_differ")
        order = {t.name: i for i, t in enumerate(synced_tables())}
        parsed: list[tuple[Table, list[Envelope]]] = []
        for name in sorted(tables, key=lambda n: order.get(n, -1)):
            table = table_named(name)
            data = opened.members[f"records/{name}.jsonl"]
            info = tables[name]
            if bundle_file.sha256(data) != info.get("sha256"):
                raise ValidationError("sync_hash_differs", table=name)
            lines = data.splitlines()
            if len(lines) != info.get("count"):
                raise ValidationError("sync_counts_differ")
            parsed.append((table, [_envelope(line, name) for line in lines]))
        attachments: dict[str, bytes] = {}
        for sha in files:
            blob = opened.members[f"attachments/{sha}"]
            if bundle_file.sha256(blob) != sha:
                raise ValidationError("sync_hash_differs", table="attachment")
            attachments[sha] = blob
        return manifest, parsed, attachments, opened

    def import_bundle(self, path: str | Path, passphrase: str | None,
                      progress: Progress | None = None) -> ImportSummary:
        manifest, parsed, attachments, opened = self.read(path, passphrase)
        own = self._station()
        station = manifest["station"]
        sender = str(station["code"])
        kind = str(manifest["kind"])
        if sender == own:
            raise ValidationError("sync_own_bundle")
        if kind == "ack" and manifest.get("to_station") != own:
            raise ValidationError("sync_not_for_us", station=str(manifest.get("to_station")))
        channel = f"ack:{own}" if kind == "ack" else kind
        file_hash = bundle_file.sha256(Path(path).read_bytes())
        records = sum(len(envelopes) for _table, envelopes in parsed)
        with self.ctx.read() as session:
            new = session.get(SyncBundle, str(manifest["export_id"])) is None
        if new and records and self.ctx.db.path is not None:
            if progress:
                progress(0, 1, "backup")
            BackupService(self.ctx).backup(reason="before-import")
        try:
            return self._apply(manifest, parsed, attachments, opened, sender, kind, channel,
                               file_hash, records, progress)
        except IntegrityError as exc:
            log.warning("sync import refused by a database constraint: %s", exc.orig)
            raise ValidationError("sync_unique_clash") from None

    def _apply(self, manifest: dict[str, Any], parsed: list[tuple[Table, list[Envelope]]],
               attachments: dict[str, bytes], opened: bundle_file.Opened, sender: str,
               kind: str, channel: str, file_hash: str, records: int,
               progress: Progress | None) -> ImportSummary:
        station = manifest["station"]
        with self.ctx.write() as session:
            peer = session.get(SyncPeer, sender)
            pinned = bool(peer and peer.public_key)
            if pinned and not opened.signature_valid:
                raise ValidationError("sync_signature_required", station=sender)
            if pinned and peer is not None and opened.public_key != peer.public_key:
                raise ValidationError("sync_signature_wrong", station=sender)
            export_id, seq = str(manifest["export_id"]), int(manifest["seq"])

            def summary(already: bool, counts: dict[str, int], gaps: list[int]
                        ) -> ImportSummary:
                return ImportSummary(
                    export_id=export_id, kind=kind, station_code=sender,
                    station_name=str(station.get("name", "")), seq=seq, already=already,
                    signed=opened.signature_valid, pinned=pinned, records=records,
                    counts=counts, gaps=gaps)

            if session.get(SyncBundle, export_id) is not None:
                return summary(True, {}, self._gaps(session, sender, channel))
            ack = manifest.get("ack") if kind == "ack" else None
            if ack is not None:
                mine = session.get(SyncBundle, str(ack.get("export_id")))
                if mine is None or mine.direction != "out" or mine.seq != ack.get("seq"):
                    raise ValidationError("sync_ack_unknown")
            merger = Merger(session, self.ctx.operator(), sender, export_id,
                            self._seal_seq(session))
            for index, (table, envelopes) in enumerate(parsed):
                if progress:
                    progress(index, len(parsed), table.name)
                merger.apply_table(table, envelopes)
            folder = data_folder(self.ctx)
            for sha, blob in attachments.items():
                target = stored_path(folder, sha)
                if not target.is_file() or bundle_file.sha256(target.read_bytes()) != sha:
                    write_atomically(target, blob, durable=True)
            now = utcnow()
            if ack is not None:
                session.execute(update(SyncBundle.__table__).where(  # type: ignore[attr-defined]
                    SyncBundle.__table__.c.direction == "out",  # type: ignore[attr-defined]
                    SyncBundle.__table__.c.channel == "cases",  # type: ignore[attr-defined]
                    SyncBundle.__table__.c.seq <= int(ack["seq"]),  # type: ignore[attr-defined]
                    SyncBundle.__table__.c.acknowledged_at.is_(None),  # type: ignore[attr-defined]
                ).values(acknowledged_at=now))
            counts = {key: value for key, value in merger.counts.items() if value}
            session.add(SyncBundle(
                export_id=export_id, direction="in", kind=kind, station_code=sender,
                to_station=str(manifest.get("to_station", "")), channel=channel,
                seq=seq, previous_hash=str(manifest.get("previous_hash", "")),
                file_hash=file_hash, since_ack=int(manifest.get("since_ack") or 0),
                acked_seq=int(ack["seq"]) if ack else None, records=records,
                summary=json.dumps(counts, sort_keys=True),
                created_at=datetime.fromisoformat(str(manifest["created_at"])), at=now))
            session.flush()
            gaps = self._gaps(session, sender, channel)
        return summary(False, counts, gaps)

    @staticmethod
    def _gaps(session: Session, station: str, channel: str) -> list[int]:
        seqs = set(session.exec(select_model(SyncBundle.seq).where(
            SyncBundle.direction == "in", SyncBundle.station_code == station,
            SyncBundle.channel == channel)).all())
        if not seqs:
            return []
        return [n for n in range(1, max(seqs)) if n not in seqs]

    # -- conflicts --------------------------------------------------------------------------------
    def _conflict_read(self, session: Session, row: SyncConflict) -> ConflictRead:
        payload = json.loads(row.remote_payload)
        table = table_named(row.entity)
        local = session.execute(select(table).where(
            table.c.uuid == row.record_uuid)).mappings().first()
        label = _label(row.entity, dict(local) if local is not None else payload)
        return ConflictRead(id=row.id or 0, kind=row.kind, entity=row.entity,
                            record_uuid=row.record_uuid, label=label,
                            remote_station=row.remote_station, at=row.at,
                            resolved_at=row.resolved_at, resolution=row.resolution)

    def conflicts(self, include_resolved: bool = False, offset: int = 0,
                  limit: int | None = None) -> list[ConflictRead]:
        """Conflicts in the order they arose (``limit`` of them from ``offset``: a center
        merging fifty stations can hold thousands)."""
        with self.ctx.read() as session:
            query = select_model(SyncConflict)
            if not include_resolved:
                query = query.where(col(SyncConflict.resolved_at).is_(None))
            rows = session.exec(query.order_by(col(SyncConflict.at), col(SyncConflict.id))
                                .offset(offset).limit(limit)).all()
            return [self._conflict_read(session, row) for row in rows]

    def open_conflicts(self) -> int:
        with self.ctx.read() as session:
            return int(session.exec(select_model(func.count()).select_from(SyncConflict).where(
                col(SyncConflict.resolved_at).is_(None))).one())

    def conflict(self, conflict_id: int) -> ConflictDetail:
        with self.ctx.read() as session:
            row = session.get(SyncConflict, conflict_id)
            if row is None:
                raise NotFoundError(key=str(conflict_id))
            local, remote = self._sides(session, row)
            names = [n for n in local if n not in META and n not in DERIVED]
            fks = foreign_keys(table_named(row.entity))

            def label(name: str, value: Any) -> str | None:
                if name not in fks or not isinstance(value, str):
                    return None
                target = table_named(fks[name])
                found = session.execute(select(target).where(
                    target.c.uuid == value)).mappings().first()
                if found is None:
                    return None
                return str(found["name"]) if "name" in found else _label(target.name,
                                                                         dict(found))

            fields = [ConflictField(name=n, local=local.get(n), remote=remote.get(n),
                                    differs=local.get(n) != remote.get(n),
                                    local_label=label(n, local.get(n)),
                                    remote_label=label(n, remote.get(n))) for n in names]
            return ConflictDetail(conflict=self._conflict_read(session, row), fields=fields)

    @staticmethod
    def _sides(session: Session, row: SyncConflict
               ) -> tuple[dict[str, Any], dict[str, Any]]:
        table = table_named(row.entity)
        resolver = Resolver(session)
        local_row = session.execute(select(table).where(
            table.c.uuid == row.record_uuid)).mappings().first()
        if local_row is None:
            raise NotFoundError(key=row.record_uuid)
        local = resolver.payloads(table, [local_row])[0]
        remote = resolver.local_payload(table, json.loads(row.remote_payload))
        return local, remote

    def resolve(self, conflict_id: int, choice: str | Mapping[str, str]) -> ConflictRead:
        """Keep this side ("local"), take the other ("remote"), or choose per field
        ({field: "local" | "remote"}). The result is a new revision descending from both."""
        try:
            return self._resolve(conflict_id, choice)
        except IntegrityError:
            raise ValidationError("sync_unique_clash") from None

    def _resolve(self, conflict_id: int, choice: str | Mapping[str, str]) -> ConflictRead:
        with self.ctx.write() as session:
            row = session.get(SyncConflict, conflict_id)
            if row is None:
                raise NotFoundError(key=str(conflict_id))
            if row.resolved_at is not None:
                raise ValidationError("sync_conflict_resolved")
            table = table_named(row.entity)
            local, remote = self._sides(session, row)
            names = [n for n in local if n not in META and n not in DERIVED]
            if isinstance(choice, str):
                if choice not in ("local", "remote"):
                    raise ValidationError("choice_invalid", field="choice", value=choice)
                picks = {name: choice for name in names}
            else:
                picks = {name: choice.get(name, "local") for name in names}
                if set(picks.values()) - {"local", "remote"}:
                    raise ValidationError("choice_invalid", field="choice")
            result = dict(local)
            for name, side in picks.items():
                if side == "remote" and name in remote:
                    result[name] = remote[name]
            for derived, base in DERIVED.items():
                if derived in result and picks.get(base) == "remote" and derived in remote:
                    result[derived] = remote[derived]
            operator = self.ctx.operator()
            now = utcnow()
            resolver = Resolver(session)
            ledger = Ledger(session)
            seal_seq = self._seal_seq(session)
            local_row = session.execute(select(table).where(
                table.c.uuid == row.record_uuid)).mappings().one()
            sealed = ledger.seal(table.name, local, local_row["version"], seal_seq)
            changed = {n for n in names if result.get(n) != local.get(n)}
            if changed:
                values = resolver.row_values(table, {n: result[n] for n in result
                                                     if n in changed or n in DERIVED})
                values.update(updated_at=now, updated_by=operator.name)
                session.execute(update(table).where(table.c.id == local_row["id"])
                                .values({**values, "version": table.c.version + 1}))
                session.execute(insert(_AUDIT).values(
                    uuid=new_uuid(), at=now, operator=operator.name,
                    station_code=operator.station_code, entity=table.name,
                    entity_uuid=row.record_uuid, action="update",
                    changes=json.dumps({n: [local.get(n), result[n]] for n in sorted(changed)},
                                       ensure_ascii=False, sort_keys=True)))
                fresh = session.execute(select(table).where(
                    table.c.id == local_row["id"])).mappings().one()
                result = resolver.payloads(table, [fresh])[0]
            content = content_hash(result)
            parents = [sealed.revision, row.remote_revision]
            revision = revision_hash(table.name, row.record_uuid, content, parents)
            ancestry = merged_ancestry(ledger.ancestry(sealed), [sealed.revision],
                                       json.loads(row.remote_ancestry), [row.remote_revision])
            ledger.put(table.name, row.record_uuid, revision, ancestry, content, seq=seal_seq,
                       origin="local")
            ledger.flush()
            session.flush()
            sides = set(picks.values())
            row.resolution = sides.pop() if len(sides) == 1 else "merged"
            row.resolved_at, row.resolved_by, row.result_revision = now, operator.name, revision
            session.add(row)
            session.flush()
            return self._conflict_read(session, row)

    # -- status and keys --------------------------------------------------------------------------
    def status(self) -> list[StationSyncRead]:
        """Every other station this database heard from or lists in its registry."""
        own = self.ctx.station_code or ""
        with self.ctx.read() as session:
            names = {s.code: s.name for s in session.exec(select_model(Station)).all()}
            bundles = session.exec(select_model(SyncBundle).where(
                SyncBundle.direction == "in")).all()
            heard = {b.station_code for b in bundles}
            conflicts = Counter(session.exec(select_model(SyncConflict.remote_station).where(
                col(SyncConflict.resolved_at).is_(None))).all())
            peers = {p.station_code: p for p in session.exec(select_model(SyncPeer)).all()}
            result = []
            for code in sorted((set(names) | heard | set(peers)) - {own}):
                mine = [b for b in bundles if b.station_code == code]
                main = [b for b in mine if b.channel in ("cases", "reference", f"ack:{own}")]
                last = max(main, key=lambda b: (b.channel == "cases", b.seq), default=None)
                channel = last.channel if last else "cases"
                ack = self._last(session, "out", f"ack:{code}")
                peer = peers.get(code)
                result.append(StationSyncRead(
                    station_code=code, name=names.get(code, ""),
                    last_seq=last.seq if last else None,
                    last_created_at=last.created_at if last else None,
                    last_imported_at=last.at if last else None, bundles=len(mine),
                    gaps=self._gaps(session, code, channel), open_conflicts=conflicts[code],
                    acked_seq=ack.acked_seq if ack else None,
                    pinned=bool(peer and peer.public_key)))
            return result

    def exports(self) -> list[BundleRead]:
        """This database's own bundles, newest first."""
        with self.ctx.read() as session:
            return [BundleRead.model_validate(b) for b in session.exec(
                select_model(SyncBundle).where(SyncBundle.direction == "out")
                .order_by(col(SyncBundle.at).desc(), col(SyncBundle.seq).desc())).all()]

    def pin(self, station_code: str, public_key: str) -> None:
        """Accept a station's bundles only when signed with this Ed25519 key (hex)."""
        key = bundle_file.check_public_key(public_key)
        code = station_code.strip()
        if not code:
            raise ValidationError("required", field="station_code")
        with self.ctx.write() as session:
            peer = session.get(SyncPeer, code) or SyncPeer(station_code=code)
            peer.public_key, peer.pinned_at = key, utcnow()
            session.add(peer)

    @staticmethod
    def generate_key() -> tuple[bytes, str]:
        return bundle_file.generate_signing_key()
