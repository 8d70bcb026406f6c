"""Mediation forms print through `unioncase print NUMBER [--form ...] [--session N]`: checked by
the text extracted from the PDFs."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import valid_credit_code
from tests.test_intake_print import pdf_text
from tests.test_mediation_service import Setup, accepted, applied
from unioncase.domain.errors import ValidationError
from unioncase.models.mediation import MediationCaseRead
from unioncase.printing.mediation_forms import capitals
from unioncase.services import UnionCase
from unioncase.services.mediation import AgreedItemInput, AgreementInput, SessionInput
from unioncase.services.registry import EnterpriseInput


def flat(text: str) -> str:
    """Extracted text without the line breaks and spaces the layout puts in."""
    return re.sub(r"\s+", "", text)


def with_sessions(app: UnionCase, setup: Setup, **changes: object) -> MediationCaseRead:
    enterprise = app.enterprises.create(EnterpriseInput(
        name="嘉兴嘉禾纺织有限公司", credit_code=valid_credit_code(),
        address="嘉兴市南湖区禾兴路8号"))
    case = applied(app, setup, respondent_id=enterprise.id, respondent_name="",
                   applied_on="2026-11-16", **changes)
    case = app.mediation.accept(case.id, case.version, on="2026-11-17")
    case = app.mediation.add_session(case.id, SessionInput(
        held_on="2026-11-18", place="街道调解室", attendees="张伟、李娜、周国强、王建国",
        record="申请人：要求支付2026年8月至10月工资。\n被申请人：资金紧张，愿意分期支付。"),
        case.version)
    return app.mediation.add_session(case.id, SessionInput(
        held_on="2026-11-20", place="公司会议室", attendees="张伟、周国强、陈秀英",
        record="双方同意分两期支付。"), case.version)


def agreed(app: UnionCase, setup: Setup, **changes: object) -> MediationCaseRead:
    case = with_sessions(app, setup, **changes)
    return app.mediation.agree(case.id, AgreementInput(
        terms="申请人收到上述款项后，双方再无其他劳动争议。", concluded_on="2026-11-20",
        items=[AgreedItemInput("2026年8月至10月工资", "2,149.71", due_on="2026-11-30"),
               AgreedItemInput("经济补偿", "10000", due_on="2026-12-31")]), case.version)


def test_the_agreement_holds_parties_amounts_and_capitals(app: UnionCase, setup: Setup) -> None:
    case = agreed(app, setup)
    printed = app.printing.render(case.number)
    assert printed.form == "调解协议书"
    text = flat(pdf_text(printed.pdf))
    assert "劳动争议调解协议书" in text
    assert case.number in text
    for party in case.applicants:
        assert party.name in text
        assert party.id_number is not None
        assert party.id_number in text
    assert "嘉兴嘉禾纺织有限公司" in text
    assert case.respondent_credit_code
    assert case.respondent_credit_code in text
    assert "2,149.71元（大写：人民币贰仟壹佰肆拾玖元柒角壹分）" in text
    assert "10,000.00元（大写：人民币壹万元整）" in text
    assert "合计12,149.71元（大写：人民币壹万贰仟壹佰肆拾玖元柒角壹分）" in text
    assert "双方再无其他劳动争议" in text
    assert "申请支付令" in text  # 劳动报酬: art. 16
    assert "三十日内共同向人民法院申请司法确认" in text
    assert "2026年12月21日前" in text  # the 30 days end on a Sunday
    assert "一式三份" in text
    assert "调解员（签名）：王建国" in text
    assert "调解员（签名）：陈秀英" in text
    assert "调解组织（印章）" in text


def test_no_payment_order_sentence_for_a_dismissal_dispute(app: UnionCase, setup: Setup) -> None:
    case = agreed(app, setup, dispute_type="解除劳动合同")
    text = flat(pdf_text(app.printing.render(case.number).pdf))
    assert "支付令" not in text
    assert "司法确认" in text


def test_capitals_match_the_known_spellings() -> None:
    assert capitals(1000000) == "人民币壹万元整"
    assert capitals(10000005) == "人民币壹拾万元零伍分"
    assert capitals(168030) == "人民币壹仟陆佰捌拾元叁角"


def test_application_is_the_default_before_an_agreement(app: UnionCase, setup: Setup) -> None:
    case = applied(app, setup)
    printed = app.printing.render(case.number)
    assert printed.form == "调解申请书"
    text = flat(pdf_text(printed.pdf))
    assert "劳动争议调解申请书" in text
    assert "张伟" in text
    assert "李娜" in text
    assert "2026年8月至10月工资" in text
    assert "12,345.67" in text
    assert "合计" in text
    assert capitals(case.claimed_fen) in text
    assert "公司拖欠两名职工三个月工资" in text
    assert "东栅街道劳动争议调解委员会" in text


def test_notice_of_acceptance_names_the_limit_and_the_mediator(app: UnionCase,
                                                               setup: Setup) -> None:
    case = accepted(app, setup)
    text = flat(pdf_text(app.printing.render(case.number, "受理通知书").pdf))
    assert "劳动争议调解受理通知书" in text
    assert "调解员王建国主持调解" in text
    assert case.due_on is not None
    assert f"{case.due_on.year}年{case.due_on.month}月{case.due_on.day}日前" in text
    assert "0573-82345678" in text
    assert "送达回证" in text


def test_session_records_one_or_all(app: UnionCase, setup: Setup) -> None:
    case = with_sessions(app, setup)
    both = pdf_text(app.printing.render(case.number, "调解笔录").pdf)
    assert "愿意分期支付" in flat(both)
    assert "双方同意分两期支付" in flat(both)
    second = flat(pdf_text(app.printing.render(case.number, "调解笔录", session=2).pdf))
    assert "第二次" in second
    assert "公司会议室" in second
    assert "愿意分期支付" not in second
    with pytest.raises(ValidationError) as missing:
        app.printing.render(case.number, "调解笔录", session=3)
    assert missing.value.code == "session_not_found"


def test_closing_notice_after_failure_points_to_arbitration(app: UnionCase,
                                                            setup: Setup) -> None:
    case = with_sessions(app, setup)
    case = app.mediation.fail(case.id, "被申请人拒绝支付", case.version)
    assert app.printing.forms_for(case.number) == ["调解申请书", "受理通知书", "调解笔录",
                                                   "调解不成告知书"]
    text = flat(pdf_text(app.printing.render(case.number, "调解不成告知书").pdf))
    assert "劳动争议调解不成告知书" in text
    assert "被申请人拒绝支付" in text
    assert "劳动人事争议仲裁委员会申请仲裁" in text
    assert "时效期间为一年" in text
    assert case.arbitration_limit_on is not None
    limit = case.arbitration_limit_on
    assert f"{limit.year}年{limit.month}月{limit.day}日前" in text


def test_forms_that_do_not_fit_the_status_are_refused(app: UnionCase, setup: Setup) -> None:
    case = applied(app, setup)
    assert app.printing.forms_for(case.number) == ["调解申请书"]
    for form in ("调解协议书", "受理通知书", "调解不成告知书", "终止调解告知书"):
        with pytest.raises(ValidationError) as refused:
            app.printing.render(case.number, form)
        assert refused.value.code == "form_not_for_status"
    with pytest.raises(ValidationError) as no_session:
        app.printing.render(case.number, "调解笔录")
    assert no_session.value.code == "form_needs_session"


@pytest.mark.slow
def test_cli_prints_one_session_record(app: UnionCase, setup: Setup, db_path: Path,
                                       tmp_path: Path) -> None:
    case = with_sessions(app, setup)
    app.close()
    out = tmp_path / "record.pdf"
    base = [sys.executable, "-m", "ui.launcher", "print", case.number, "--db", str(db_path)]
    result = subprocess.run([*base, "--form", "调解笔录", "--session", "2", "--out", str(out)],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "公司会议室" in flat(pdf_text(out.read_bytes()))
    refused = subprocess.run([*base, "--form", "调解协议书", "--out", str(tmp_path / "x.pdf")],
                             capture_output=True, text=True, timeout=120, check=False)
    assert refused.returncode != 0
    assert "不能打印调解协议书" in refused.stderr
    assert not (tmp_path / "x.pdf").exists()
