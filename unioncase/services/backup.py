"""Backups (备份) and restore (恢复) of the station's SQLite file.

Copies are made with SQLite's online backup API (never a file copy of a live database: with WAL
the main file alone may lack the last commits), written to a temporary name, checked with
``PRAGMA integrity_check`` and renamed. Automatic copies go to ``backups/`` beside the database:
at start, daily, before an import; those are kept 7 daily, 4 weekly and 12 monthly (the newest
of each day, week and month); copies made by hand and before a restore stay until deleted.
A restore checks the copy first and backs up the current database before replacing it.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import sys
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from unioncase.db.migrate import known_revisions, online_copy, upgrade
from unioncase.domain.errors import StorageError
from unioncase.services.context import CHINA, ServiceContext

log = logging.getLogger(__name__)

FOLDER = "backups"
_NAME_RE = re.compile(r"^unioncase-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z-]+)\.db$")
DAILY, WEEKLY, MONTHLY = 7, 4, 12
AUTOMATIC = {"start", "daily", "before-import"}  # pruned; copies by hand and before a restore stay
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs",
                       "ceph", "glusterfs", "davfs", "fuse.davfs2", "fuse.rclone"}


class BackupRead(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: Path
    made_at: datetime  # China time, from the file name
    reason: str
    size: int


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of ``source`` at ``target``: online backup to ``target.part``, synced
    to disk, integrity-checked, then renamed over ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    online_copy(source, partial, self_contained=True)
    with partial.open("rb+") as handle:
        os.fsync(handle.fileno())
    check_file(partial)
    partial.replace(target)
    return target


def check_file(path: Path) -> str | None:
    """Refuse a file that is not a sound UnionCase database; its schema revision otherwise."""
    if not path.is_file():
        raise StorageError("backup_missing", path=str(path))
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise StorageError("backup_not_database", path=str(path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()
            if result is None or result[0] != "ok":
                raise StorageError("backup_damaged", path=str(path))
            has_version = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE name='alembic_version'").fetchone()[0]
            if not has_version:
                raise StorageError("backup_not_database", path=str(path))
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError("backup_damaged", path=str(path)) from exc
    revision = None if row is None else str(row[0])
    if revision is not None and revision not in known_revisions():
        raise StorageError("database_too_new", revision=revision)
    return revision


def keep(backups: Iterable[BackupRead], today: date) -> set[Path]:
    """The copies kept: the newest of each of the last 7 days, 4 ISO weeks and 12 months."""
    newest: dict[tuple[str, object], BackupRead] = {}
    for b in backups:
        day = b.made_at.date()
        keys: list[tuple[str, object]] = []
        if (today - day).days < DAILY:
            keys.append(("day", day))
        monday = day - timedelta(days=day.weekday())
        if (today - timedelta(days=today.weekday()) - monday).days // 7 < WEEKLY:
            keys.append(("week", monday))
        if (today.year - day.year) * 12 + today.month - day.month < MONTHLY:
            keys.append(("month", (day.year, day.month)))
        for key in keys:
            if key not in newest or newest[key].made_at < b.made_at:
                newest[key] = b
    return {b.path for b in newest.values()}


def storage_warning(path: Path) -> str | None:
    """``network_share`` or ``removable_drive`` when SQLite cannot rely on the file's locking
    or the drive may be pulled out; None on a local fixed disk (or when it cannot be told)."""
    try:
        if sys.platform == "win32":
            return _windows_drive(path)
        return _linux_mount(path)
    except OSError:
        return None


def _windows_drive(path: Path) -> str | None:
    import ctypes

    if str(path).startswith("\\\\"):
        return "network_share"
    root = f"{path.resolve().drive}\\"
    kind = ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]
    return {2: "removable_drive", 4: "network_share"}.get(int(kind))


def _linux_mount(path: Path) -> str | None:
    mounts = Path("/proc/self/mounts")
    if not mounts.exists():
        return None
    target = str(path.resolve().parent)
    best: tuple[str, str, str] | None = None
    for line in mounts.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        device, point, fstype = parts[0], parts[1].replace("\\040", " "), parts[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > len(best[1])):
            best = (device, point, fstype)
    if best is None:
        return None
    device, _point, fstype = best
    if fstype in NETWORK_FILESYSTEMS or device.startswith("//"):
        return "network_share"
    name = Path(device).name
    for _ in range(2):  # sdb1 -> sdb
        flag = Path("/sys/block") / name / "removable"
        if flag.exists():
            return "removable_drive" if flag.read_text().strip() == "1" else None
        name = name.rstrip("0123456789")
    return None


class BackupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _database(self) -> Path:
        path = self.ctx.db.path
        if path is None:
            raise StorageError("backup_unavailable")
        return path.resolve()

    def folder(self) -> Path:
        return self._database().parent / FOLDER

    def backups(self) -> list[BackupRead]:
        """The automatic copies, newest first."""
        folder = self.folder()
        found = []
        for path in folder.glob("unioncase-*.db") if folder.exists() else ():
            match = _NAME_RE.match(path.name)
            if match is None:
                continue
            made = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=CHINA)
            stat = path.stat()
            found.append((made, stat.st_mtime_ns, BackupRead(
                path=path, made_at=made, reason=match["reason"], size=stat.st_size)))
        return [b for _made, _written, b in sorted(found, key=lambda f: f[:2], reverse=True)]

    def backup(self, out: Path | None = None, reason: str = "manual") -> BackupRead:
        """A copy at ``out``, or in the backups folder (then the old ones are pruned)."""
        source = self._database()
        now = self.ctx.clock().astimezone(CHINA)
        if out is None:
            target = self.folder() / f"unioncase-{now:%Y%m%d-%H%M%S}-{reason}.db"
            while target.exists():  # two in one second
                now += timedelta(seconds=1)
                target = self.folder() / f"unioncase-{now:%Y%m%d-%H%M%S}-{reason}.db"
        else:
            target = out.resolve()
            if target == source:
                raise StorageError("backup_onto_itself", path=str(target))
        copy_database(source, target)
        log.info("backup (%s) written: %s", reason, target.name)
        if out is None:
            self.prune(keep_also=target)
        return BackupRead(path=target, made_at=now.replace(microsecond=0), reason=reason,
                          size=target.stat().st_size)

    def prune(self, keep_also: Path | None = None) -> list[Path]:
        """Delete the automatic copies the retention rule no longer keeps (never ``keep_also``,
        the copy just made, whatever its name says about its time)."""
        backups = [b for b in self.backups() if b.reason in AUTOMATIC]
        kept = keep(backups, self.ctx.today()) | ({keep_also} if keep_also else set())
        removed = []
        for b in backups:
            if b.path not in kept:
                b.path.unlink(missing_ok=True)
                removed.append(b.path)
        return removed

    def backup_if_due(self, reason: str = "daily") -> BackupRead | None:
        """The daily copy, unless one was made in the last 24 hours."""
        latest = [b for b in self.backups() if b.reason in AUTOMATIC][:1]
        if latest and self.ctx.clock() - latest[0].made_at < timedelta(days=1):
            return None
        return self.backup(reason=reason)

    def restore(self, source: Path) -> BackupRead:
        """Replace the database with the copy at ``source`` (checked first); the current one is
        backed up before. Returns that safety copy."""
        source = source.resolve()
        check_file(source)
        current = self._database()
        if source == current:
            raise StorageError("backup_onto_itself", path=str(source))
        safety = self.backup(reason="before-restore")
        self.ctx.db.dispose()
        online_copy(source, current)
        self.ctx.db.dispose()
        upgrade(self.ctx.db)  # a copy from an older version is brought up to date
        self.ctx.forget_station()
        log.info("database restored from %s", source.name)
        return safety

    def warning(self) -> str | None:
        path = self.ctx.db.path
        return None if path is None else storage_warning(path)
