"""The sync commands as a station's and the center's scripts run them: separate processes, the
passphrase from a file or the environment, Chinese output, exit codes."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_sync import CENTER, EAST, PASSPHRASE, fresh_db  # noqa: F401

pytestmark = pytest.mark.slow


def run(*args: str, passphrase: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("UNIONCASE_DB", None)
    env.pop("UNIONCASE_SYNC_PASSPHRASE", None)
    if passphrase is not None:
        env["UNIONCASE_SYNC_PASSPHRASE"] = passphrase
    return subprocess.run([sys.executable, "-m", "ui.launcher", *args], capture_output=True,
                          text=True, env=env, timeout=300, check=False, stdin=subprocess.DEVNULL)


def test_export_import_acknowledge_and_status_from_the_command_line(
        fresh_db: Path, tmp_path: Path) -> None:  # noqa: F811
    dbs = {}
    for code, name in (CENTER, EAST):
        path = tmp_path / f"{code}.db"
        shutil.copyfile(fresh_db, path)
        result = run("--db", str(path), "init", "--station-code", code, "--station-name", name)
        assert result.returncode == 0, result.stderr
        dbs[code] = str(path)
    center, east = dbs[CENTER[0]], dbs[EAST[0]]
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    key = tmp_path / "east.pem"

    made = run("--db", east, "sync-key", "--out", str(key))
    assert made.returncode == 0, made.stderr
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    public = made.stdout.strip().splitlines()[-1].split("：")[-1]
    assert len(public) == 64
    assert run("--db", center, "sync-pin", "--station", EAST[0], "--public-key",
               public).returncode == 0

    bundle = tmp_path / "east-1.ucsync"
    out = run("--db", east, "export-sync", "--out", str(bundle), "--passphrase-file",
              str(secret), "--signing-key", str(key))
    assert out.returncode == 0, out.stderr
    assert "导出成功" in out.stdout
    assert "第 1 号" in out.stdout
    assert "已签名" in out.stdout

    wrong = run("--db", center, "import-sync", str(bundle), passphrase="不是这个口令123")
    assert wrong.returncode == 1
    assert "口令不对" in wrong.stderr

    applied = run("--db", center, "import-sync", str(bundle), passphrase=PASSPHRASE)
    assert applied.returncode == 0, applied.stderr
    assert "导入成功" in applied.stdout
    assert "签名已核对" in applied.stdout
    again = run("--db", center, "import-sync", str(bundle), passphrase=PASSPHRASE)
    assert again.returncode == 0
    assert "已导入过" in again.stdout

    ack = tmp_path / "ack.ucsync"
    assert run("--db", center, "export-sync", "--ack", EAST[0], "--out", str(ack),
               passphrase=PASSPHRASE).returncode == 0
    back = run("--db", east, "import-sync", str(ack), "--passphrase-file", str(secret))
    assert back.returncode == 0, back.stderr
    status = run("--db", center, "sync-status")
    assert status.returncode == 0
    assert f"{EAST[0]} {EAST[1]}：最近第 1 号" in status.stdout
    assert "已登记公钥" in status.stdout
    mine = run("--db", east, "sync-status")
    assert "本站数据 第 1 号" in mine.stdout
    assert "已确认" in mine.stdout

    missing = run("--db", east, "export-sync", "--out", str(tmp_path / "x.ucsync"))
    assert missing.returncode == 1
    assert "请输入同步口令" in missing.stderr
    assert not (tmp_path / "x.ucsync").exists()
