"""The name indexes: FTS5 tables of person and enterprise names, one character per token.

Chinese names are two to four characters, below what FTS5's trigram tokenizer can match, and a
``LIKE '%伟%'`` scans the whole table (113 ms at a million persons). Cut into single characters,
any part of a name is a phrase query on an index (2–5 ms). Triggers keep the tables in step with
every insert, update and delete, whatever writes them (the services, a ledger import, a sync
bundle, the demo). Migration 0009 made them; :func:`ensure` remakes them for a database that was
migrated where SQLite had no FTS5.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from sqlalchemy import ColumnElement, column, select, table
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

# table, FTS table, characters indexed (the rest of a longer name is not searchable by part)
INDEXES = (("person", "person_name_fts", 24), ("enterprise", "enterprise_name_fts", 60))
_LENGTH = {name: length for name, _fts, length in INDEXES}


def _probe() -> bool:
    try:
        connection = sqlite3.connect(":memory:")
        try:
            connection.execute("CREATE VIRTUAL TABLE probe USING fts5(x)")
        finally:
            connection.close()
    except sqlite3.OperationalError:
        return False
    return True


FTS5 = _probe()


def spaced(column_sql: str, length: int) -> str:
    """SQL giving the first ``length`` characters of a column, separated by spaces."""
    return " || ' ' || ".join(f"substr({column_sql}, {i}, 1)" for i in range(1, length + 1))


def spaced_text(name: str, length: int) -> str:
    """What :func:`spaced` gives for ``name`` (tests compare the index with it)."""
    return " ".join((name[i] if i < len(name) else "") for i in range(length))


def ensure(engine: Engine) -> None:
    """Make the indexes and their triggers where FTS5 exists and they are missing."""
    if not FTS5 or engine.dialect.name != "sqlite":
        return
    with engine.begin() as conn:
        present = {row[0] for row in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        for source, fts, length in INDEXES:
            if fts in present or source not in present:
                continue
            log.info("making the name index %s", fts)
            for statement in _statements(source, fts, length):
                conn.exec_driver_sql(statement)


def _statements(source: str, fts: str, length: int) -> list[str]:
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5(chars, content='', columnsize=0)",
        f"INSERT INTO {fts}(rowid, chars) SELECT id, {spaced('name', length)} FROM {source}",
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {source} BEGIN "
        f"INSERT INTO {fts}(rowid, chars) VALUES (new.id, {spaced('new.name', length)}); END",
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF name ON {source} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, chars) "
        f"VALUES ('delete', old.id, {spaced('old.name', length)}); "
        f"INSERT INTO {fts}(rowid, chars) VALUES (new.id, {spaced('new.name', length)}); END",
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {source} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, chars) "
        f"VALUES ('delete', old.id, {spaced('old.name', length)}); END",
    ]


def phrase(text: str) -> str | None:
    """The FTS5 query finding names that contain ``text`` (None when nothing is left)."""
    chars = [ch for ch in text if not ch.isspace() and ch not in '"*^:()-+']
    if not chars:
        return None
    return '"' + " ".join(chars) + '"'


def name_contains(id_column: Any, source: str, text: str) -> ColumnElement[bool] | None:
    """``id_column IN (rows whose name contains text)`` through the index, or None when there
    is no index (then the caller scans with LIKE)."""
    query = phrase(text)
    if not FTS5 or query is None or source not in _LENGTH:
        return None
    fts = table(f"{source}_name_fts", column("rowid"), column("chars"))
    return id_column.in_(select(fts.c.rowid).where(fts.c.chars.match(query)))  # type: ignore[no-any-return]


def include_name(name: str | None, type_: str, _parents: Any) -> bool:
    """For Alembic's schema comparison: the name indexes and their FTS5 shadow tables are made
    by migration 0009 in SQL, not declared as models."""
    return not (type_ == "table" and name is not None
                and any(name.startswith(fts) for _s, fts, _l in INDEXES))
