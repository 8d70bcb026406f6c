"""The Chinese UI is complete: every tr() text is translated, and the shipped .qm is current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "unioncase_zh_CN.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        pytest.skip(f"{name} is not installed")
    return found


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    result = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            result[(name, message.findtext("source") or "")] = message
    return result


def test_no_unfinished_or_empty_translation() -> None:
    missing = []
    for (context, source), message in messages(TS).items():
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind == "vanished" or kind == "obsolete":
            continue
        numerus = translation.findall("numerusform")
        text = "".join(n.text or "" for n in numerus) if numerus else (translation.text or "")
        if kind == "unfinished" or not text.strip():
            missing.append(f"{context}: {source}")
    assert not missing, "untranslated:\n" + "\n".join(missing)


def test_every_source_text_is_in_the_ts_file(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in sorted((ROOT / "ui").rglob("*.py"))]
    subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True,
                   capture_output=True, timeout=120)
    shipped = {key for key, m in messages(TS).items()
               if m.find("translation") is not None
               and m.find("translation").get("type") not in ("vanished", "obsolete")}
    wanted = set(messages(fresh))
    assert wanted - shipped == set(), "run pyside6-lupdate and translate the new texts"


def test_shipped_qm_matches_the_ts_file(tmp_path: Path) -> None:
    built = tmp_path / "built.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(built)], check=True,
                   capture_output=True, timeout=120)
    assert built.read_bytes() == QM.read_bytes(), "run pyside6-lrelease after editing the .ts"
