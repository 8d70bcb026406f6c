"""A plain `pip install .` must carry everything: packages, migrations, translations, icons."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_on_disk_is_listed_in_pyproject() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
                 ["tool"]["setuptools"]["packages"])
    on_disk = {"unioncase_resources"}
    for top in ("unioncase", "ui"):
        for init in (ROOT / top).rglob("__init__.py"):
            on_disk.add(".".join(init.parent.relative_to(ROOT).parts))
    assert on_disk == listed


def test_installed_resources_exist() -> None:
    base = resources.files("unioncase_resources")
    assert (base / "icons" / "unioncase.svg").is_file()
    assert (base / "translations" / "unioncase_zh_CN.qm").is_file()
    assert (base / "translations" / "unioncase_zh_CN.ts").is_file()


@pytest.mark.slow
def test_wheel_contains_migrations_translations_and_ui(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                    "-q", "-w", str(tmp_path), str(ROOT)], check=True, timeout=300)
    wheel = next(tmp_path.glob("unioncase-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    versions = sorted(p.name for p in (ROOT / "unioncase/db/migrations/versions").glob("*.py"))
    for name in versions:
        assert f"unioncase/db/migrations/versions/{name}" in names
    for needed in ("unioncase/db/migrations/env.py", "unioncase/db/migrations/script.py.mako",
                   "unioncase_resources/translations/unioncase_zh_CN.qm",
                   "unioncase_resources/icons/unioncase.svg", "ui/app.py", "ui/launcher.py"):
        assert needed in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "unioncase = ui.launcher:main" in text
