"""The aid forms: the approval form of an application, the batch's roster in PDF and .xlsx;
checked by their text and their numbers."""

from __future__ import annotations

import io
import re
from decimal import Decimal

from openpyxl import load_workbook

from tests.test_aid_service import HEAD, OFFICER, approved, person, program_id, staff  # noqa: F401
from tests.test_intake_print import pdf_text
from unioncase.domain.money import amount_in_capitals
from unioncase.services import UnionCase
from unioncase.services.aid import ApplicationInput, BatchInput, FileInput, MemberInput
from unioncase.services.aid_print import roster_pdf, roster_workbook


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_approval_form_holds_name_id_program_and_amount(app: UnionCase,
                                                            staff: None) -> None:  # noqa: F811
    pid = person(app, "王秀兰", "101")
    app.aid.set_standard(2026, "1050")
    app.aid.save_file(FileInput(person_id=pid, year=2026, income="36,000",
                                essential_costs="12,000", category="深度困难",
                                causes=["疾病"], members=[MemberInput("李强", "配偶", "48",
                                                                      "尿毒症")]))
    case = app.aid.apply(ApplicationInput(pid, program_id(app, "大病救助"), "8,000",
                                          reason="丈夫尿毒症长期透析"))
    approved(app, case.id, "6,543.21")
    printed = app.printing.render(case.number)
    assert printed.form == "救助审批表"
    text = flat(pdf_text(printed.pdf))
    assert "困难职工救助审批表" in text
    assert "王秀兰" in text
    assert case.id_number is not None
    assert case.id_number in text
    assert "大病救助" in text
    assert "8,000.00元" in text
    assert "同意救助6,543.21元（人民币陆仟伍佰肆拾叁元贰角壹分）" in text
    assert "深度困难" in text
    assert "李强" in text
    assert f"审核人{OFFICER}" in text
    assert f"审批人{HEAD}" in text


def test_the_roster_totals_match_the_payments_in_pdf_and_xlsx(app: UnionCase,
                                                              staff: None) -> None:  # noqa: F811
    warm = program_id(app, "送温暖")
    batch = app.aid.create_batch(BatchInput("2026年春节送温暖", warm))
    amounts = ["1,000", "800.5", "1,234.56"]
    for i, amount in enumerate(amounts):
        pid = person(app, f"职工{i}", f"6{i}1")
        app.aid.save_file(FileInput(person_id=pid, year=2026, category="相对困难",
                                    bank_account=f"62284803123456{i:05d}"))
        case = app.aid.apply(ApplicationInput(pid, warm, amount, batch_id=batch.id))
        approved(app, case.id, amount)
    app.login(HEAD)
    batch = app.aid.approve_batch(batch.id, app.aid.batch(batch.id).version)
    batch = app.aid.pay_batch(batch.id, batch.version, method="银行转账")
    total = 100000 + 80050 + 123456
    assert batch.paid_fen == total

    text = flat(pdf_text(roster_pdf(app.ctx, batch.id)))
    assert "困难职工救助金发放花名册" in text
    assert "领款人签名" in text
    assert "合计共3人3,035.06" in text
    assert f"人民币{amount_in_capitals(total)}" in text
    assert "6228480312345600001" in text

    book = load_workbook(io.BytesIO(roster_workbook(app.ctx, batch.id)))
    sheet = book["发放花名册"]
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    people = [r for r in rows if isinstance(r[0], int)]
    assert len(people) == 3
    assert sum(Decimal(str(r[5])) for r in people) == Decimal(total) / 100
    assert {r[4] for r in people} == {f"62284803123456{i:05d}" for i in range(3)}
    total_row = next(r for r in rows if r[0] == "合计")
    assert Decimal(str(total_row[5])) == Decimal("3035.06")
    assert sheet["C3"].number_format == "@"  # ID numbers stay text
