"""Opening, creating, upgrading and refusing databases."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from unioncase.db import open_database
from unioncase.db.database import Database, resolve_url
from unioncase.db.migrate import head_revision, upgrade
from unioncase.domain.errors import StorageError
from unioncase.services import UnionCase


def test_new_database_is_at_head_with_pragmas(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "new.db"))
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == head_revision()
    db.dispose()


def test_units_of_work_reuse_their_connections_with_the_foreign_keys_on(tmp_path: Path) -> None:
    """Opening a connection (pragmas, the schema read again) cost more than most queries: the
    sessions share a few kept open, and one handed back with its foreign keys switched off (as
    the city demo's bulk load does) is switched on again before anyone else gets it."""
    app = UnionCase.open(str(tmp_path / "pool.db"))
    opened: list[object] = []
    from sqlalchemy import event

    event.listen(app.db.engine, "connect", lambda conn, _record: opened.append(conn))
    for _ in range(20):
        with app.ctx.read() as session:
            session.execute(text("SELECT 1")).one()
    assert len(opened) <= 1  # at most the first; the rest were kept
    with app.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
    with app.ctx.read() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    app.close()


def test_reading_commands_refuse_a_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.db"
    with pytest.raises(StorageError) as info:
        open_database(str(missing), must_exist=True)
    assert info.value.code == "database_missing"
    assert not missing.exists()


def test_upgrade_from_the_first_migration_keeps_data_and_copies_aside(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = Database(resolve_url(str(path)))
    upgrade(old, "0001")
    with old.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO person (uuid, station_code, created_at, created_by, updated_at, "
            "updated_by, version, number, name, union_member, name_pinyin, name_initials) "
            "VALUES ('u-1', '330402001', '2022-03-05 01:00:00', 'x', '2022-03-05 01:00:00', "
            "'x', 1, '330402001-ZG-2022-00001', '老数据', 0, 'laoshuju', 'lsj')"))
        assert not conn.execute(text(
            "SELECT count(*) FROM sqlite_master WHERE name='calendar_day'")).scalar()
    old.dispose()

    app = UnionCase.open(str(path))
    assert app.persons.by_number("330402001-ZG-2022-00001") is not None
    copies = list(tmp_path.glob("old.before-upgrade-*.db"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    # The shipped holiday calendar arrived with the second migration.
    calendar = app.calendar.calendar()
    assert calendar.is_working_day(date(2024, 2, 4))  # a Sunday make-up working day
    assert not calendar.is_working_day(date(2024, 2, 12))  # Spring Festival, a Monday
    app.close()


def test_upgrade_to_the_declared_fair_numbers_keeps_the_fairs(tmp_path: Path) -> None:
    path = tmp_path / "jobs.db"
    old = Database(resolve_url(str(path)))
    upgrade(old, "0006")
    with old.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO job_fair (uuid, station_code, created_at, created_by, updated_at, "
            "updated_by, version, name, held_on, venue, organizer, campaign) VALUES ('f-1', "
            "'330402001', '2022-02-15 01:00:00', 'x', '2022-02-15 01:00:00', 'x', 1, "
            "'春风行动招聘会', '2022-02-15', '人力资源市场', '市总工会', '春风行动2022')"))
    old.dispose()

    app = UnionCase.open(str(path))
    app.stations.init_station("330402001", "南湖区东栅街道工会服务站")
    fair = app.jobs.fairs()[0]
    assert (fair.name, fair.venue, fair.campaign) == ("春风行动招聘会", "人力资源市场",
                                                      "春风行动2022")
    assert (fair.declared_employers, fair.declared_positions) == (None, None)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
            head_revision()
        conn.execute("UPDATE job_fair SET declared_employers = 52")
    assert app.jobs.fairs()[0].declared_employers == 52
    app.close()


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_database(str(path)).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StorageError) as info:
        open_database(str(path))
    assert info.value.code == "database_too_new"


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("这不是数据库" * 100, encoding="utf-8")
    with pytest.raises(StorageError) as info:
        open_database(str(path))
    assert info.value.code == "database_unreadable"


def test_env_variable_and_url_choose_the_database(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "env.db"
    monkeypatch.setenv("UNIONCASE_DB", str(target))
    assert resolve_url(None) == f"sqlite:///{target}"
    assert resolve_url("sqlite:////x/y.db") == "sqlite:////x/y.db"
    monkeypatch.delenv("UNIONCASE_DB")
    assert resolve_url(None).endswith("unioncase.db")


def test_upgrade_to_sync_names_the_shipped_rows_alike_everywhere(tmp_path: Path) -> None:
    """Two databases made apart give their shipped holidays, categories and programs the same
    UUIDs (so a center and its stations agree on them); an edited row keeps its edits and its
    audit events follow the new UUID."""
    uuids = []
    for name in ("one", "two"):
        path = tmp_path / f"{name}.db"
        old = Database(resolve_url(str(path)))
        upgrade(old, "0007")
        with old.engine.begin() as conn:
            before = conn.execute(text(
                "SELECT uuid FROM intake_category WHERE name = '工伤'")).scalar()
            conn.execute(text("UPDATE intake_category SET handle_days = 30 WHERE name = '工伤'"))
            conn.execute(text(
                "INSERT INTO audit_event (uuid, at, operator, station_code, entity, entity_uuid, "
                "action, changes) VALUES ('a-1', '2026-01-05 01:00:00', 'x', '330402001', "
                f"'intake_category', '{before}', 'update', '{{}}')"))
        old.dispose()
        upgrade(Database(resolve_url(str(path))))
        with sqlite3.connect(path) as conn:
            rows = conn.execute("SELECT name, uuid FROM intake_category ORDER BY name").fetchall()
            days = conn.execute("SELECT day, uuid FROM calendar_day ORDER BY day").fetchall()
            programs = conn.execute("SELECT name, uuid FROM aid_program ORDER BY name").fetchall()
            handle = conn.execute(
                "SELECT handle_days, uuid FROM intake_category WHERE name = '工伤'").fetchone()
            audited = conn.execute(
                "SELECT entity_uuid FROM audit_event WHERE uuid = 'a-1'").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert handle[0] == 30
        assert audited == handle[1] != before
        assert {"sync_record", "sync_alias", "sync_conflict", "sync_bundle",
                "sync_peer"} <= tables
        uuids.append((rows, days, programs))
    assert uuids[0] == uuids[1]
    assert len(uuids[0][1]) > 300


def test_upgrade_to_the_name_index_indexes_the_persons_already_there(tmp_path: Path) -> None:
    from unioncase.db import name_index

    if not name_index.FTS5:
        pytest.skip("this SQLite has no FTS5")
    path = tmp_path / "names.db"
    old = Database(resolve_url(str(path)))
    upgrade(old, "0008")
    with old.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO person (uuid, station_code, created_at, created_by, updated_at, "
            "updated_by, version, number, name, union_member, name_pinyin, name_initials) "
            "VALUES ('p-1', '330402001', '2026-01-05 01:00:00', 'x', '2026-01-05 01:00:00', "
            "'x', 1, '330402001-ZG-2026-00001', '欧阳晓燕', 0, 'ouyangxiaoyan', 'oyxy')"))
    old.dispose()
    app = UnionCase.open(str(path))
    app.stations.init_station("330402001", "南湖区东栅街道工会服务站")
    assert [p.name for p in app.persons.search("晓燕")] == ["欧阳晓燕"]
    assert [p.name for p in app.persons.search("阳")] == ["欧阳晓燕"]
    app.close()
