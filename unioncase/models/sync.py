"""What offline sync remembers: each record's revision and ancestry, the same person or enterprise
known under two UUIDs, conflicts kept for a person to resolve, and every bundle written or read.

These tables are bookkeeping, not business records: they carry no RecordMixin columns, have no
audit events of their own and never travel in a bundle.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from unioncase.models.base import UTCDateTime, utcnow


class SyncRecord(SQLModel, table=True):
    """The revision a record is at here, with every revision it descends from.

    ``content_hash`` is the SHA-256 of the record's canonical payload when it was sealed: a
    record whose payload no longer hashes to it was changed here since, and is sealed into a new
    revision before it is exported or compared. ``seq`` is the number of this database's next
    export when the revision was made here (None for a revision brought in by a bundle), so an
    export sends exactly what changed since the last acknowledged one.
    """

    __tablename__ = "sync_record"

    uuid: str = Field(primary_key=True, max_length=36)
    entity: str = Field(max_length=50, index=True)
    revision: str = Field(max_length=64)
    # JSON list of every earlier revision, oldest first.
    ancestry: str = Field(default="[]")
    content_hash: str = Field(max_length=64)
    seq: int | None = Field(default=None, index=True)
    # "local": made here (sealed or a resolution); "bundle": fast-forwarded from a bundle;
    # "alias": the last revision seen of a record merged into another one here.
    origin: str = Field(default="local", max_length=10)


class SyncAlias(SQLModel, table=True):
    """A record another station created for a person (or enterprise, station, day, category)
    this database already has: references to ``alias_uuid`` point to ``target_uuid`` here."""

    __tablename__ = "sync_alias"

    alias_uuid: str = Field(primary_key=True, max_length=36)
    entity: str = Field(max_length=50)
    target_uuid: str = Field(max_length=36, index=True)
    station_code: str = Field(max_length=20)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class SyncConflict(SQLModel, table=True):
    """Two versions of one record that neither descends from: both kept until a person chooses.

    ``kind`` is "edit" (the same record changed on both sides) or "duplicate" (another station's
    record of the same person, enterprise ... with different details). ``remote_payload`` is the
    other side's canonical JSON, references as UUIDs.
    """

    __tablename__ = "sync_conflict"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=10)
    entity: str = Field(max_length=50, index=True)
    record_uuid: str = Field(max_length=36, index=True)
    remote_uuid: str = Field(max_length=36)
    local_revision: str = Field(max_length=64)
    remote_revision: str = Field(max_length=64)
    remote_ancestry: str = Field(default="[]")
    remote_payload: str
    remote_station: str = Field(max_length=20, index=True)
    export_id: str = Field(max_length=36)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    resolved_by: str | None = Field(default=None, max_length=50)
    # "local", "remote", "merged" (some fields from each) or "superseded" (a later bundle
    # brought a revision that descends from both).
    resolution: str | None = Field(default=None, max_length=10)
    result_revision: str | None = Field(default=None, max_length=64)


class SyncBundle(SQLModel, table=True):
    """One bundle this database wrote ("out") or applied ("in")."""

    __tablename__ = "sync_bundle"

    export_id: str = Field(primary_key=True, max_length=36)
    direction: str = Field(max_length=3)
    kind: str = Field(max_length=10)  # cases / reference / ack
    # The station that wrote it, and the one it is for ("" when for anyone).
    station_code: str = Field(max_length=20, index=True)
    to_station: str = Field(default="", max_length=20)
    channel: str = Field(max_length=40, index=True)
    seq: int
    previous_hash: str = Field(default="", max_length=64)
    file_hash: str = Field(max_length=64)
    since_ack: int = Field(default=0)
    acked_seq: int | None = None
    records: int = Field(default=0)
    # JSON: {"applied": n, "skipped": n, "conflicts": n, ...} for an applied bundle.
    summary: str = Field(default="{}")
    created_at: datetime = Field(sa_type=UTCDateTime)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    acknowledged_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class SyncPeer(SQLModel, table=True):
    """Another station as this database knows it: its pinned signing key."""

    __tablename__ = "sync_peer"

    station_code: str = Field(primary_key=True, max_length=20)
    public_key: str = Field(default="", max_length=64)  # Ed25519, hex; "" when not pinned
    pinned_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
