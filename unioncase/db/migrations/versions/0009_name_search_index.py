"""name search: FTS5 indexes of person and enterprise names, one character per token, kept in
step with every insert, update and delete by triggers

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""
import logging
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger(__name__)

# Written out here (not imported) so the migration never changes when the code does.
# table, FTS table, characters indexed: names are cut into single characters, so a search for
# any part of a name (1 character or more) is a phrase query on an index.
INDEXES = (("person", "person_name_fts", 24), ("enterprise", "enterprise_name_fts", 60))


def _spaced(column: str, length: int) -> str:
    return " || ' ' || ".join(f"substr({column}, {i}, 1)" for i in range(1, length + 1))


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    try:
        bind.exec_driver_sql("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)")
        bind.exec_driver_sql("DROP TABLE temp.fts5_probe")
    except sa.exc.OperationalError:
        log.warning("this SQLite has no FTS5: name search scans the table")
        return
    for table, fts, length in INDEXES:
        bind.exec_driver_sql(
            f"CREATE VIRTUAL TABLE {fts} USING fts5(chars, content='', columnsize=0)")
        bind.exec_driver_sql(
            f"INSERT INTO {fts}(rowid, chars) SELECT id, {_spaced('name', length)} FROM {table}")
        bind.exec_driver_sql(
            f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {fts}(rowid, chars) VALUES (new.id, {_spaced('new.name', length)}); "
            "END")
        bind.exec_driver_sql(
            f"CREATE TRIGGER {fts}_update AFTER UPDATE OF name ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, chars) "
            f"VALUES ('delete', old.id, {_spaced('old.name', length)}); "
            f"INSERT INTO {fts}(rowid, chars) VALUES (new.id, {_spaced('new.name', length)}); "
            "END")
        bind.exec_driver_sql(
            f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, chars) "
            f"VALUES ('delete', old.id, {_spaced('old.name', length)}); "
            "END")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for _table, fts, _length in INDEXES:
        for suffix in ("insert", "update", "delete"):
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        bind.exec_driver_sql(f"DROP TABLE IF EXISTS {fts}")
