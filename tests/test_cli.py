"""The command line, run as a user runs it: a separate process, Chinese errors, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.slow


def run(*args: str, env_db: str | None = None) -> subprocess.CompletedProcess[str]:
    import os

    env = dict(os.environ)
    env.pop("UNIONCASE_DB", None)
    if env_db:
        env["UNIONCASE_DB"] = env_db
    return subprocess.run([sys.executable, "-m", "ui.launcher", *args], capture_output=True,
                          text=True, env=env, timeout=300, check=False)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    result = run("--db", str(path), "init", "--station-code", "330402001",
                 "--station-name", "南湖区东栅街道工会服务站")
    assert result.returncode == 0, result.stderr
    assert "330402001" in result.stdout
    result = run("demo", "--size", "small", "--db", str(path))
    assert result.returncode == 0, result.stderr
    return path


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("UnionCase ")


def test_search_json_has_kind_number_title(demo_db: Path) -> None:
    result = run("search", "张", "--format", "json", "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits, "the demo data has persons named 张"
    for hit in hits:
        assert {"kind", "number", "title"} <= set(hit)
        assert hit["kind"] == "person"
        assert hit["title"].startswith("张")


def test_print_person_registration_form(demo_db: Path, tmp_path: Path) -> None:
    found = json.loads(run("search", "张", "--format", "json", "--db", str(demo_db)).stdout)[0]
    out = tmp_path / "form.pdf"
    result = run("print", found["number"], "--out", str(out), "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "职工信息登记表" in text
    assert found["number"] in text
    assert found["title"] in text


def test_check_passes_on_a_good_database(demo_db: Path) -> None:
    result = run("check", "--db", str(demo_db))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "检查通过" in result.stdout
    assert "person: 300" in result.stdout
    assert "intake_case: 120" in result.stdout
    assert "mediation_case: 40" in result.stdout


def test_reading_commands_refuse_a_missing_database(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    for args in (["search", "张"], ["check"], ["print", "X", "--out", str(tmp_path / "x.pdf")]):
        result = run(*args, "--db", str(missing))
        assert result.returncode != 0
        assert "数据库文件不存在" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert not missing.exists()


def test_unknown_number_and_unknown_form_are_clear_errors(demo_db: Path, tmp_path: Path) -> None:
    result = run("print", "330402001-ZG-2026-99999", "--out", str(tmp_path / "x.pdf"),
                 "--db", str(demo_db))
    assert result.returncode == 1
    assert "找不到编号为 330402001-ZG-2026-99999 的记录" in result.stderr
    number = json.loads(run("search", "张", "--format", "json", "--db",
                            str(demo_db)).stdout)[0]["number"]
    result = run("print", number, "--form", "不存在的表", "--out", str(tmp_path / "x.pdf"),
                 "--db", str(demo_db))
    assert result.returncode == 1
    assert "职工信息登记表" in result.stderr


def test_init_refuses_a_bad_station_code(tmp_path: Path) -> None:
    result = run("init", "--station-code", "abc", "--station-name", "某站",
                 "--db", str(tmp_path / "x.db"))
    assert result.returncode == 1
    assert "服务站代码" in result.stderr


def test_env_variable_names_the_database(demo_db: Path) -> None:
    result = run("search", "zh", "--format", "json", env_db=str(demo_db))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)


def test_non_gui_commands_do_not_import_qt(demo_db: Path) -> None:
    code = (
        "import sys\n"
        "from ui.launcher import main\n"
        f"rc = main(['search', '张', '--db', {str(demo_db)!r}, '--format', 'json'])\n"
        "assert rc == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr


def test_demo_refuses_a_database_with_records(demo_db: Path) -> None:
    result = run("demo", "--db", str(demo_db))
    assert result.returncode == 1
    assert "演示数据" in result.stderr
