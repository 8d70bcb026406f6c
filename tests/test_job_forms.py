"""The job forms by their text: the referral letter names the seeker, the employer and the
position and carries the return slip; the registration form; a fair's summary."""

from __future__ import annotations

import re

from tests.conftest import valid_id
from tests.test_intake_print import pdf_text
from tests.test_jobs_service import fair  # noqa: F401
from unioncase.services import UnionCase
from unioncase.services.job_print import fair_summary_pdf
from unioncase.services.jobs import ReferralInput, SeekerInput


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_registration_form_then_the_letter_of_the_latest_referral(
        app: UnionCase, fair: tuple[int, int, int]) -> None:  # noqa: F811
    fair_id, welder, driver = fair
    seeker = app.jobs.register(SeekerInput(name="赵磊", id_number=valid_id(seq="611"),
                                           phone="13905731111", education="初中",
                                           skills="焊工证（中级）", desired_job="电焊工",
                                           desired_pay="6,000", fair_id=fair_id))
    printed = app.printing.render(seeker.number)
    assert printed.form == "求职登记表"
    text = flat(pdf_text(printed.pdf))
    assert "赵磊" in text
    assert seeker.id_number is not None
    assert seeker.id_number in text
    assert "电焊工" in text
    assert "6,000.00元/月" in text
    assert "2026年春风行动南湖专场" in text

    app.jobs.refer(ReferralInput(seeker.id, position_id=driver))
    app.jobs.refer(ReferralInput(seeker.id, position_id=welder))  # the latest
    printed = app.printing.render(seeker.number)
    assert printed.form == "就业推荐信"
    text = flat(pdf_text(printed.pdf))
    assert "嘉兴恒力机械有限公司：" in text
    assert "兹推荐赵磊" in text
    assert "“电焊工”岗位" in text
    assert "货车司机" not in text
    assert "回执" in text
    assert "裁" in text  # the cut line of the return slip
    assert "录用结果" in text


def test_the_fair_summary_has_its_figures_and_positions(
        app: UnionCase, fair: tuple[int, int, int]) -> None:  # noqa: F811
    fair_id, welder, _driver = fair
    seeker = app.jobs.register(SeekerInput(name="钱芳", id_number=valid_id(seq="622"),
                                           fair_id=fair_id))
    referral = app.jobs.refer(ReferralInput(seeker.id, position_id=welder))
    app.jobs.record_result(referral.id, "已上岗", referral.version, start_on="2026-11-23")
    text = flat(pdf_text(fair_summary_pdf(app.ctx, fair_id)))
    assert "招聘会情况汇总表" in text
    assert "参会企业2家" in text
    assert "提供岗位3个" in text
    assert "招聘人数28人" in text
    assert "推荐上岗1人" in text
    assert "5,000.00—7,000.00" in text
