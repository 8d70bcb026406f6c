"""Opening a database: create it, upgrade an older one (copied aside first), refuse a newer one."""

from __future__ import annotations

import functools
import logging
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect, text

from unioncase.db import name_index
from unioncase.db.database import Database, resolve_url, sqlite_path
from unioncase.domain.errors import StorageError

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")


def _alembic_config(database: Database) -> object:
    from alembic.config import Config  # imported only when a migration may be due

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", database.url.replace("%", "%%"))
    return config


_REVISION_RE = re.compile(r"^revision: str = ['\"](\w+)['\"]", re.MULTILINE)
_DOWN_RE = re.compile(r"^down_revision: [^=]+= ['\"](\w+)['\"]", re.MULTILINE)


@functools.cache
def _revisions() -> dict[str, str | None]:
    """revision -> down_revision, read from the migration files without importing Alembic
    (it costs half a second at start-up, and is needed only when a migration is due)."""
    result: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        match = _REVISION_RE.search(text)
        if match is None:
            continue
        down = _DOWN_RE.search(text)
        result[match.group(1)] = down.group(1) if down else None
    return result


def head_revision() -> str:
    revisions = _revisions()
    parents = {down for down in revisions.values() if down is not None}
    heads = [rev for rev in revisions if rev not in parents]
    if len(heads) != 1:
        raise RuntimeError(f"expected one migration head, found {heads}")
    return heads[0]


def known_revisions() -> set[str]:
    return set(_revisions())


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


def online_copy(source: Path, target: Path, *, self_contained: bool = False) -> None:
    """Copy every page of the SQLite database ``source`` into ``target`` with the online backup
    API (consistent with WAL and with other connections open; ``target`` is replaced whole).
    ``self_contained``: the copy is left in rollback-journal mode, one file without a WAL."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            if self_contained:
                dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def backup_copy(path: Path, reason: str) -> Path:
    """A consistent copy of a SQLite file beside it (online backup API, safe with WAL)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix}")
    online_copy(path, target)
    log.info("database copied aside before %s: %s", reason, target.name)
    return target


def upgrade(database: Database, revision: str = "head") -> Path | None:
    """Bring the schema to ``revision``. Returns the path of the copy made first, if any."""
    current = current_revision(database)
    known = known_revisions()
    if current is not None and current not in known:
        raise StorageError("database_too_new", revision=current)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    copy: Path | None = None
    if current is not None and database.path is not None and database.path.exists():
        copy = backup_copy(database.path, "before-upgrade")
    logging.getLogger("alembic").setLevel(logging.WARNING)  # before import: it logs then
    from alembic import command

    config = _alembic_config(database)
    with database.engine.begin() as conn:
        config.attributes["connection"] = conn  # type: ignore[attr-defined]
        command.upgrade(config, target)  # type: ignore[arg-type]
    return copy


def open_database(
    target: str | None = None, *, must_exist: bool = False, migrate: bool = True
) -> Database:
    """Open (and by default create or upgrade) the database that ``--db``/``UNIONCASE_DB`` name.

    ``must_exist``: commands that only read refuse a missing file instead of creating one.
    """
    url = resolve_url(target)
    path = sqlite_path(url)
    if path is not None:
        if not path.exists():
            if must_exist:
                raise StorageError("database_missing", path=str(path))
            path.parent.mkdir(parents=True, exist_ok=True)
        elif path.is_dir():
            raise StorageError("database_not_file", path=str(path))
    database = Database(url)
    try:
        if migrate:
            upgrade(database)
            name_index.ensure(database.engine)
        else:
            current = current_revision(database)
            if current is not None and current not in known_revisions():
                raise StorageError("database_too_new", revision=current)
    except StorageError:
        database.dispose()
        raise
    except Exception as exc:  # a damaged or foreign file
        database.dispose()
        log.exception("cannot open database")
        raise StorageError("database_unreadable", path=str(path or url)) from exc
    return database
