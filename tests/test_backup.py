"""Backups with the online backup API, kept 7 daily, 4 weekly, 12 monthly; restore checks the copy
and backs up the current database first."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import FrozenClock
from tests.ledger_files import table_counts
from unioncase.domain.errors import StorageError
from unioncase.services import UnionCase
from unioncase.services.backup import BackupRead, BackupService, keep, storage_warning
from unioncase.services.context import CHINA
from unioncase.services.registry import PersonInput


def add(app: UnionCase, name: str) -> None:
    app.persons.create(PersonInput(name=name))


def names(app: UnionCase) -> list[str]:
    return sorted(p.name for p in app.persons.page("", 0, 100))


def test_a_backup_is_a_consistent_copy_with_the_last_commit(app: UnionCase,
                                                            tmp_path: Path) -> None:
    add(app, "甲")
    add(app, "乙")  # still in the WAL file when the copy is made
    out = BackupService(app.ctx).backup(tmp_path / "copy.db")
    assert out.path == (tmp_path / "copy.db").resolve()
    assert not (tmp_path / "copy.db.part").exists()
    with sqlite3.connect(out.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        rows = conn.execute("SELECT name FROM person ORDER BY name").fetchall()
    assert [r[0] for r in rows] == ["乙", "甲"]


def test_restore_brings_back_the_backup_exactly_and_keeps_the_current_one(
        app: UnionCase, tmp_path: Path) -> None:
    add(app, "甲")
    service = BackupService(app.ctx)
    copy = service.backup(tmp_path / "before.db")
    counts = table_counts(app)
    add(app, "乙")
    app.persons.delete(app.persons.search("甲")[0].id, app.persons.search("甲")[0].version)
    safety = service.restore(copy.path)
    assert names(app) == ["甲"]
    assert table_counts(app) == counts
    assert safety.reason == "before-restore"
    with sqlite3.connect(safety.path) as conn:
        kept = conn.execute("SELECT name FROM person WHERE deleted_at IS NULL").fetchall()
    assert kept == [("乙",)]
    add(app, "丙")  # the restored database works on
    assert names(app) == ["丙", "甲"]


def test_restore_refuses_a_damaged_or_foreign_file_and_changes_nothing(
        app: UnionCase, tmp_path: Path) -> None:
    add(app, "甲")
    service = BackupService(app.ctx)
    good = service.backup(tmp_path / "good.db").path
    damaged = tmp_path / "damaged.db"
    data = bytearray(good.read_bytes())
    for page in range(1, len(data) // 4096):  # every b-tree page header but the schema's
        data[page * 4096:page * 4096 + 12] = b"\xff" * 12
    damaged.write_bytes(bytes(data))
    foreign = tmp_path / "other.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    text_file = tmp_path / "notes.db"
    text_file.write_text("hello")
    for path, code in ((damaged, "backup_damaged"), (foreign, "backup_not_database"),
                       (text_file, "backup_not_database"),
                       (tmp_path / "none.db", "backup_missing")):
        with pytest.raises(StorageError) as info:
            service.restore(path)
        assert info.value.code == code, path.name
    assert names(app) == ["甲"]
    assert not list(service.folder().glob("*before-restore*"))


def test_a_backup_from_a_newer_version_is_refused(app: UnionCase, tmp_path: Path) -> None:
    copy = BackupService(app.ctx).backup(tmp_path / "c.db").path
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StorageError) as info:
        BackupService(app.ctx).restore(copy)
    assert info.value.code == "database_too_new"


def made(day: date, hour: int = 12) -> BackupRead:
    at = datetime(day.year, day.month, day.day, hour, tzinfo=CHINA)
    return BackupRead(path=Path(f"unioncase-{at:%Y%m%d-%H%M%S}-daily.db"), made_at=at,
                      reason="daily", size=1)


def test_retention_keeps_seven_days_four_weeks_twelve_months() -> None:
    today = date(2026, 12, 3)  # a Thursday
    every_day = [made(today - timedelta(days=n), hour) for n in range(400) for hour in (9, 17)]
    kept = keep(every_day, today)
    kept_days = sorted({datetime.strptime(p.name[10:18], "%Y%m%d").date() for p in kept},
                       reverse=True)
    # The newest of each of the last 7 days ...
    assert kept_days[:7] == [today - timedelta(days=n) for n in range(7)]
    assert all("170000" in p.name for p in kept)  # the newest of each day
    # ... of each of the 4 weeks (Sundays end the weeks before this one) ...
    assert date(2026, 11, 29) in kept_days
    assert date(2026, 11, 22) in kept_days
    assert date(2026, 11, 15) in kept_days
    assert date(2026, 11, 8) not in kept_days
    # ... and of each of 12 months (the last day of each month before this one).
    for month_end in (date(2026, 10, 31), date(2026, 6, 30), date(2026, 1, 31)):
        assert month_end in kept_days
    assert date(2025, 11, 30) not in kept_days
    assert len(kept) == len(set(kept_days)) <= 7 + 4 + 12


def test_automatic_backups_are_pruned_and_daily_ones_made_once_a_day(
        app: UnionCase, clock: FrozenClock) -> None:
    service = BackupService(app.ctx)
    start = clock.now
    for n in range(40):
        clock.now = start + timedelta(days=n)
        assert service.backup_if_due() is not None
        clock.now += timedelta(hours=3)
        assert service.backup_if_due() is None  # one a day
    backups = service.backups()
    assert backups[0].made_at.date() == (start + timedelta(days=39)).date()
    assert len(backups) == len(keep(backups, clock.now.date()))
    assert 7 <= len(backups) < 40
    assert all(b.reason == "daily" for b in backups)


def test_the_import_of_a_ledger_backs_up_first(app: UnionCase) -> None:
    from tests.ledger_files import generate, workbook
    from unioncase.services.ledger_import import LedgerImportService

    data = workbook(generate(seed=2, size=3).sheets)
    LedgerImportService(app.ctx).run(data, dry_run=True)
    assert BackupService(app.ctx).backups() == []
    LedgerImportService(app.ctx).run(data)
    [copy] = BackupService(app.ctx).backups()
    assert copy.reason == "before-import"
    with sqlite3.connect(copy.path) as conn:
        assert conn.execute("SELECT count(*) FROM intake_case").fetchone()[0] == 0


def test_storage_warning_for_a_local_folder_is_none(tmp_path: Path) -> None:
    assert storage_warning(tmp_path / "x.db") is None


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ui.launcher", *args], capture_output=True,
                          text=True, timeout=120, check=False)


@pytest.mark.slow
def test_backup_and_restore_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "station.db")
    assert cli("--db", db, "init", "--station-code", "330402001",
               "--station-name", "南湖区东栅街道工会服务站").returncode == 0
    out = tmp_path / "备份" / "2026.db"
    done = cli("backup", "--out", str(out), "--db", db)
    assert done.returncode == 0, done.stderr
    assert out.exists()
    assert cli("--db", db, "init", "--station-code", "330402001",
               "--station-name", "改过的名称").returncode == 0
    restored = cli("restore", str(out), "--db", db)
    assert restored.returncode == 0, restored.stderr
    assert "已恢复" in restored.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name FROM station").fetchone()[0] == "南湖区东栅街道工会服务站"
    bad = cli("restore", str(tmp_path / "none.db"), "--db", db)
    assert bad.returncode == 1
    assert bad.stderr.startswith("错误：找不到备份文件")
