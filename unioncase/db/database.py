"""The engine and the unit of work.

Every write goes through :meth:`Database.unit_of_work`: one transaction, committed on success and
rolled back on any error.  Session hooks stamp ``created_*``/``updated_*`` and write the audit
trail inside the same transaction, so no service can forget them.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import QueuePool, StaticPool
from sqlmodel import Session, create_engine

from unioncase.domain.errors import ConflictError
from unioncase.models import AuditEvent, RecordMixin, utcnow

log = logging.getLogger(__name__)

ENV_DB = "UNIONCASE_DB"
_AUDIT_SKIP = {"updated_at", "updated_by", "version", "name_pinyin", "name_initials",
               "id_number_rev"}


@dataclass(frozen=True)
class Operator:
    """Who is acting, and for which station: stamped on every row and audit event."""

    name: str
    station_code: str


def default_database_path() -> Path:
    return Path(platformdirs.user_data_dir("UnionCase", appauthor=False)) / "unioncase.db"


def resolve_url(target: str | os.PathLike[str] | None = None) -> str:
    """``--db`` value, else ``UNIONCASE_DB``, else the per-user data folder.

    A value containing ``://`` is taken as a SQLAlchemy URL; anything else is a file path.
    """
    raw = os.fspath(target) if target is not None else os.environ.get(ENV_DB) or None
    if raw is None:
        path = default_database_path()
        return f"sqlite:///{path}"
    if "://" in raw:
        return raw
    return f"sqlite:///{Path(raw).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for an in-memory or non-SQLite database."""
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite"):
        return None
    name = parsed.database
    if not name or name == ":memory:" or name.startswith("file::memory:"):
        return None
    return Path(name)


def jsonable(value: Any) -> Any:
    """A column value as the audit trail's JSON holds it."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


_CREATE_SKIP = {"id", "uuid", "created_at", "created_by"}


def creation_changes(values: Mapping[str, Any]) -> str:
    """The audit trail's changes of a new record: every field it was given, as [None, value]."""
    fields = {key: [None, jsonable(value)] for key, value in values.items()
              if key not in _AUDIT_SKIP and key not in _CREATE_SKIP and value is not None}
    return json.dumps(fields, ensure_ascii=False, sort_keys=True)


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _on_checkout(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    # A pooled connection comes back as it went: a bulk load that switched the foreign keys
    # off on its own connection must not hand that connection to the next unit of work.
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


_PENDING = "audit_pending"


def _pending(session: Session) -> dict[str, tuple[str, RecordMixin, dict[str, list[Any]]]]:
    """Changes seen by the flushes of this transaction, merged per record until commit."""
    pending: dict[str, tuple[str, RecordMixin, dict[str, list[Any]]]] = session.info.setdefault(
        _PENDING, {})
    return pending


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    """Stamp who and when; remember what changed (the audit events are written at commit)."""
    operator: Operator | None = session.info.get("operator")
    if operator is None:
        return
    now = utcnow()
    pending = _pending(session)
    for obj in list(session.new):
        if not isinstance(obj, RecordMixin):
            continue
        obj.created_at = obj.updated_at = now
        obj.created_by = obj.updated_by = operator.name
        if not obj.station_code:
            obj.station_code = operator.station_code
        pending[obj.uuid] = ("create", obj, {})
    for obj in list(session.dirty):
        if not isinstance(obj, RecordMixin) or not session.is_modified(obj):
            continue
        state = inspect(obj)
        changes: dict[str, list[Any]] = {}
        for attr in state.mapper.column_attrs:
            key = attr.key
            if key in _AUDIT_SKIP:
                continue
            history = state.attrs[key].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes[key] = [jsonable(old), jsonable(new)]
        if not changes:
            continue
        obj.updated_at = now
        obj.updated_by = operator.name
        action, _obj, merged = pending.get(obj.uuid, ("update", obj, {}))
        if action == "create":
            continue  # the create event records the final values
        for key, (old, new) in changes.items():
            merged[key] = [merged[key][0] if key in merged else old, new]
        pending[obj.uuid] = (action, obj, merged)


def _before_commit(session: Session) -> None:
    """One audit event per record and transaction, however often it was flushed."""
    operator: Operator | None = session.info.get("operator")
    if operator is None:
        return
    session.flush()
    pending = session.info.pop(_PENDING, {})
    now = utcnow()
    for action, obj, changes in pending.values():
        if action == "create":
            values = {key: getattr(obj, key) for key in type(obj).model_fields}
            session.add(_event(operator, obj, "create", creation_changes(values), now))
            continue
        changes = {key: pair for key, pair in changes.items() if pair[0] != pair[1]}
        if not changes:
            continue
        if "deleted_at" in changes:
            action = "delete" if obj.deleted_at is not None else "restore"
        session.add(_event(operator, obj, action,
                           json.dumps(changes, ensure_ascii=False, sort_keys=True), now))


def _event(
    operator: Operator, obj: RecordMixin, action: str, changes: str, now: datetime
) -> AuditEvent:
    return AuditEvent(
        at=now,
        operator=operator.name,
        station_code=operator.station_code,
        entity=str(obj.__tablename__),
        entity_uuid=obj.uuid,
        action=action,
        changes=changes,
    )


def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)


class Database:
    """One database: its engine and a factory of units of work."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.path = sqlite_path(url)
        self.engine = engine or self._make_engine(url)
        self._sessions = sessionmaker(
            bind=self.engine, class_=Session, expire_on_commit=False, autoflush=True
        )

    @staticmethod
    def _make_engine(url: str) -> Engine:
        parsed = make_url(url)
        if parsed.drivername.startswith("sqlite"):
            memory = sqlite_path(url) is None
            # Connections are kept open between units of work: opening one (the pragmas, and
            # SQLite reading the whole schema again) cost more than most of the queries, 4 of
            # the 5 ms of reading a case by its number. One per thread at a time; WAL lets the
            # readers and the writer share the file.
            engine = create_engine(
                url,
                connect_args={"check_same_thread": False, "timeout": 5},
                poolclass=StaticPool if memory else QueuePool,
                **({} if memory else {"pool_size": 4, "max_overflow": 8,
                                      "pool_use_lifo": True}),
            )
            event.listen(engine, "connect", _on_connect)
            event.listen(engine, "checkout", _on_checkout)
            return engine
        return create_engine(url, pool_pre_ping=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries only; it is rolled back at the end."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def unit_of_work(self, operator: Operator) -> Iterator[Session]:
        """One transaction: commit on success, roll back on any error.

        A stale save (the row's version moved on since it was read) becomes a ConflictError.
        """
        session = self._sessions()
        session.info["operator"] = operator
        try:
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise ConflictError("stale") from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


event.listen(Session, "before_flush", _before_flush)
event.listen(Session, "before_commit", _before_commit)
event.listen(Session, "after_soft_rollback", lambda session, _previous: _after_rollback(session))
