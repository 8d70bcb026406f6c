"""Intake cases print through `unioncase print NUMBER [--form ...]` and the print service."""

from __future__ import annotations

import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import valid_id
from unioncase.domain.errors import ValidationError
from unioncase.services import UnionCase
from unioncase.services.intake import IntakeInput


def pdf_text(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


def register(app: UnionCase, channel: str, **extra: object) -> str:
    data = IntakeInput(channel=channel, name="王建国", phone="13805731234", category="欠薪",
                       summary="公司拖欠三个月工资共计一万二千元", **extra)  # type: ignore[arg-type]
    return app.intake.register(data).number


def test_each_channel_prints_its_own_registration_form(app: UnionCase) -> None:
    visit = register(app, "来访", id_number=valid_id(seq="135"), head_count=6)
    call = register(app, "来电", call_seconds=185)
    letter = register(app, "来信", letter_date="2026-11-20", sender_address="嘉兴市南湖区中山路1号")
    expected = {visit: "来访登记表", call: "来电记录单", letter: "来信登记表"}
    for number, form in expected.items():
        printed = app.printing.render(number)
        assert printed.form == form
        text = pdf_text(printed.pdf)
        assert form in text
        assert number in text
        assert "王建国" in text
        assert "公司拖欠三个月工资" in text
    assert valid_id(seq="135") in pdf_text(app.printing.render(visit).pdf)
    assert "03分05秒" in pdf_text(app.printing.render(call).pdf)


def test_receipt_and_transfer_slip(app: UnionCase) -> None:
    number = register(app, "来访")
    case = app.intake.by_number(number)
    assert case is not None
    case = app.intake.accept(case.id, expected_version=case.version)
    app.intake.transfer(case.id, "南湖区人力资源和社会保障局", expected_version=case.version)
    receipt = pdf_text(app.printing.render(number, "受理回执").pdf)
    assert "受理回执" in receipt
    assert number in receipt
    assert case.handle_due is not None
    due = case.handle_due
    assert f"{due.year}年{due.month}月{due.day}日" in receipt
    slip = pdf_text(app.printing.render(number, "转办单").pdf)
    assert "南湖区人力资源和社会保障局" in slip
    assert app.printing.forms_for(number) == ["来访登记表", "来电记录单", "来信登记表", "受理回执",
                                              "转办单"]
    with pytest.raises(ValidationError):
        app.printing.render(number, "调解协议书")


@pytest.mark.slow
def test_cli_prints_an_intake_case(app: UnionCase, db_path: Path, tmp_path: Path) -> None:
    number = register(app, "来电")
    app.close()
    out = tmp_path / "receipt.pdf"
    result = subprocess.run([sys.executable, "-m", "ui.launcher", "print", number, "--form",
                             "受理回执", "--out", str(out), "--db", str(db_path)],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert number in pdf_text(out.read_bytes())
