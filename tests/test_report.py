"""`unioncase report`: every figure against values computed in the test from what it wrote."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import valid_id
from tests.test_aid_service import HEAD, approved, person, program_id, staff  # noqa: F401
from tests.test_jobs_service import fair  # noqa: F401
from tests.test_mediation_service import Setup, accepted, agreement, applied, in_session
from unioncase.domain.errors import ValidationError
from unioncase.services import UnionCase
from unioncase.services.aid import ApplicationInput, BatchInput
from unioncase.services.intake import IntakeInput
from unioncase.services.jobs import ReferralInput, SeekerInput
from unioncase.services.report import Period, ReportService, summary_sentences

INTAKE = [  # channel, category, head count, closed
    ("来访", "欠薪", 6, True), ("来电", "欠薪", 1, True), ("来电", "社会保险", 1, False),
    ("来信", "工伤", 2, True), ("网络", "政策咨询", 1, False)]


@pytest.fixture
def filled(app: UnionCase, setup: Setup, staff: None,  # noqa: F811
           fair: tuple[int, int, int]) -> dict[str, int]:  # noqa: F811
    for i, (channel, category, heads, closed) in enumerate(INTAKE):
        case = app.intake.register(IntakeInput(
            channel=channel, name=f"来访人{i}", phone="13805731234", category=category,
            summary="诉求", head_count=heads, letter_date="2026-11-20" if channel == "来信"
            else "", sender_address="嘉兴市" if channel == "来信" else ""))
        if closed:
            case = app.intake.accept(case.id, case.version)
            case = app.intake.start(case.id, case.version)
            app.intake.close(case.id, "已解决", expected_version=case.version)
    success = in_session(app, setup)
    app.mediation.agree(success.id, agreement("2,149.71", "1000"), success.version)
    failed = in_session(app, setup)
    app.mediation.fail(failed.id, "分歧较大", failed.version)
    accepted(app, setup)
    applied(app, setup)
    illness = program_id(app, "大病救助")
    medical = program_id(app, "医疗互助")
    batch = app.aid.create_batch(BatchInput("第一批", medical))
    paid_fen = 0
    for i, amount in enumerate(("1,000", "2,000.5")):
        case = app.aid.apply(ApplicationInput(person(app, f"受助{i}", f"9{i}1"), medical,
                                              amount, batch_id=batch.id))
        approved(app, case.id, amount)
    app.login(HEAD)
    batch = app.aid.approve_batch(batch.id, app.aid.batch(batch.id).version)
    app.aid.pay_batch(batch.id, batch.version, method="银行转账")
    paid_fen += 100000 + 200050
    pending = app.aid.apply(ApplicationInput(person(app, "待批", "931"), illness, "5,000"))
    assert pending.status.value == "申请"  # not paid: not counted
    fair_id, welder, driver = fair
    for i, position in enumerate((welder, driver, welder)):
        seeker = app.jobs.register(SeekerInput(name=f"求职{i}", id_number=valid_id(seq=f"8{i}5"),
                                               fair_id=fair_id))
        referral = app.jobs.refer(ReferralInput(seeker.id, position_id=position))
        if i == 0:
            app.jobs.record_result(referral.id, "已上岗", referral.version,
                                   start_on="2026-11-23")
    return {"paid_fen": paid_fen}


def test_every_figure_of_the_year(app: UnionCase, filled: dict[str, int]) -> None:
    report = ReportService(app.ctx).figures(Period.of(2026))
    assert report["period"] == {"from": "2026-01-01", "to": "2026-12-31"}
    intake = report["intake"]
    assert intake["cases"] == len(INTAKE)
    assert intake["persons"] == sum(h for _c, _k, h, _x in INTAKE)
    assert intake["by_channel"] == {"visit": 1, "call": 2, "letter": 1, "online": 1}
    assert intake["by_category"] == {"欠薪": 2, "社会保险": 1, "工伤": 1, "政策咨询": 1}
    closed = sum(1 for *_rest, done in INTAKE if done)
    assert (intake["closed"], intake["closure_rate"]) == (closed, round(closed / 5, 4))
    assert intake["group_cases"] == 1
    assert report["mediation"] == {
        "organizations": 1, "mediators": 2, "cases": 4, "concluded": 2, "successful": 1,
        "success_rate": 0.5, "agreed_amount_fen": 214971 + 100000}
    aid = report["aid"]
    assert (aid["disbursements"], aid["persons"], aid["amount_fen"]) == (2, 2,
                                                                        filled["paid_fen"])
    assert aid["by_program"] == {"医疗互助": {"persons": 2, "batches": 1,
                                            "amount_fen": filled["paid_fen"]}}
    assert report["jobs"] == {"fairs": 1, "seekers": 3, "referrals": 3, "placed": 1}
    text = summary_sentences(report)
    assert "受理来访、来电、来信5件，其中来访1件、来电2件、来信1件、网络1件" in text[0]
    assert text[0].endswith("结案率60%")
    assert text[1] == "调解组织1个，调解人员2名"
    assert text[2] == "受理劳动争议调解案件4件，调解成功1件，调解成功率50%，涉及金额0.31万元"
    assert text[3] == "救助困难职工2人，发放救助金0.3万元"
    assert text[4] == "开展医疗互助1批，救助2人，发放救助金额0.3万元"
    assert text[-1] == "召开招聘洽谈会1场，接待求职人员3人，推荐上岗1人"


def test_a_period_outside_the_records_is_all_zero(app: UnionCase,
                                                  filled: dict[str, int]) -> None:
    report = ReportService(app.ctx).figures(Period.of(start="2025-01-01", end="2025-06-30"))
    assert report["intake"]["cases"] == 0
    assert report["intake"]["closure_rate"] == 0.0
    assert report["aid"]["amount_fen"] == 0
    assert report["mediation"]["organizations"] == 1  # the registry is not dated
    other = ReportService(app.ctx).figures(Period.of(2026), station="330402999")
    assert other["intake"]["cases"] == 0


def test_bad_periods_are_refused() -> None:
    with pytest.raises(ValidationError) as both:
        Period.of(2026, "2026-01-01", "2026-02-01")
    assert both.value.code == "period_ambiguous"
    with pytest.raises(ValidationError) as reversed_:
        Period.of(start="2026-03-01", end="2026-02-01")
    assert reversed_.value.code == "period_reversed"
    with pytest.raises(ValidationError) as missing:
        Period.of()
    assert missing.value.code == "period_required"


@pytest.mark.slow
def test_cli_writes_json_and_text(app: UnionCase, filled: dict[str, int], db_path: Path,
                                  tmp_path: Path) -> None:
    app.close()
    base = [sys.executable, "-m", "ui.launcher", "report", "--db", str(db_path)]
    result = subprocess.run([*base, "--year", "2026", "--format", "json"],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["aid"]["amount_fen"] == filled["paid_fen"]
    out = tmp_path / "report.txt"
    result = subprocess.run([*base, "--from", "2026-01-01", "--to", "2026-12-31", "--format",
                             "text", "--out", str(out)],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "召开招聘洽谈会1场" in out.read_text(encoding="utf-8")
    refused = subprocess.run([*base, "--year", "2026", "--format", "pdf"],  # no --out
                             capture_output=True, text=True, timeout=120, check=False)
    assert refused.returncode != 0
    assert "--out" in refused.stderr
    pdf = tmp_path / "report.pdf"
    result = subprocess.run([*base, "--year", "2026", "--format", "pdf", "--out", str(pdf)],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_xlsx_and_pdf_hold_the_figures_and_charts(app: UnionCase,
                                                  filled: dict[str, int]) -> None:
    import io
    import re

    from openpyxl import load_workbook

    from tests.test_intake_print import pdf_text
    from unioncase.printing.report_files import report_pdf, report_xlsx

    report = ReportService(app.ctx).figures(Period.of(2026))
    sentences = summary_sentences(report)
    book = load_workbook(io.BytesIO(report_xlsx(report, sentences, "2026年工作数据")))
    assert book.sheetnames == ["概况", "信访接待", "劳动争议调解", "困难帮扶", "就业推荐"]
    assert book["概况"]["A4"].value == sentences[0] + "。"
    intake = {r[0]: r[1] for r in book["信访接待"].iter_rows(values_only=True) if r and r[0]}
    assert intake["受理件数"] == 5
    assert intake["来电"] == 2
    aid = {r[0]: r[1] for r in book["困难帮扶"].iter_rows(values_only=True) if r and r[0]}
    assert aid["发放金额（元）"] == filled["paid_fen"] / 100
    assert aid["医疗互助"] == filled["paid_fen"] / 100
    assert len(book["信访接待"]._charts) == 2  # native charts: by channel, by category
    assert len(book["困难帮扶"]._charts) == 1
    assert len(book["就业推荐"]._charts) == 1
    text = re.sub(r"\s+", "", pdf_text(report_pdf(report, sentences, "2026年工作数据")))
    assert "2026年工作数据" in text
    assert "调解组织1个，调解人员2名" in text
    assert "按渠道（件）" in text
    assert "3,000.50" in text  # the aid total in yuan
