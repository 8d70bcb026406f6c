"""信访接待 forms (来访登记表, 来电记录单, 来信登记表, 受理回执, 转办单), by extracted text."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from unioncase.printing.intake_forms import (
    CHANNEL_FORM,
    FORM_RENDERERS,
    IntakeFormData,
    render_call_form,
    render_letter_form,
    render_receipt,
    render_transfer_slip,
    render_visit_form,
)

STATION_NAME = "南湖区东栅街道工会服务站"
OPERATOR = "李晓燕"
STATION_PHONE = "0573-82001234"
EMPLOYER = "嘉兴市南湖区恒达精密机械制造有限公司"
DEPARTMENT = "嘉兴市南湖区人力资源和社会保障局劳动保障监察大队"


def id_with_check_char(first17: str) -> str:
    """A resident ID number with its GB 11643 check character."""
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(d) * w for d, w in zip(first17, weights, strict=True))
    return first17 + "10X98765432"[total % 11]


VISITOR_ID = id_with_check_char("33040219850615123")
CALLER_ID = id_with_check_char("33048119920304242")
WRITER_ID = id_with_check_char("33042119780912301")

VISIT_SUMMARY = (
    "我们6人均为恒达精密机械制造有限公司一线操作工，公司自2026年8月起以订单减少、资金周转困难为由"
    "拖欠工资，至今已拖欠8月至10月共三个月工资，6人合计约人民币12.6万元。多次向公司讨要，公司只口头"
    "承诺“年底前一并发放”。请求工会帮助协调，督促公司尽快足额支付拖欠的工资。"
)
CALL_SUMMARY = (
    "来电人反映，其所在公司自2026年3月起未为其缴纳养老保险和医疗保险，工资条上却每月扣除个人缴费"
    "部分。咨询如何维权，希望工会出面与公司沟通补缴。"
)
LETTER_SUMMARY = (
    "来信人2026年9月在车间操作冲床时右手两指受伤，公司支付了医疗费，但不同意申报工伤认定，"
    "并要求其签订“自愿放弃工伤待遇”的协议。来信请求工会帮助申请工伤认定，并协调公司支付停工留薪期工资。"
)


def visit_data() -> IntakeFormData:
    """A group visit of 6 workers about unpaid wages, accepted and transferred."""
    return IntakeFormData(
        number="330402001-XF-2026-00017",
        channel="来访",
        registered_on=date(2026, 11, 23),
        station_name=STATION_NAME,
        operator=OPERATOR,
        name="张伟",
        id_number=VISITOR_ID,
        sex="男",
        phone="13857312345",
        address="浙江省嘉兴市南湖区东栅街道中环南路1288号阳光花园17幢2单元1502室",
        employer=EMPLOYER,
        category="欠薪",
        head_count=6,
        is_group=True,
        is_repeat=True,
        repeat_of_number="330402001-XF-2026-00009",
        summary=VISIT_SUMMARY,
        call_seconds=None,
        call_time="",
        letter_date=None,
        sender_address="",
        status="办理中",
        accepted_on=date(2026, 11, 24),
        accept_due=date(2026, 12, 8),
        handle_due=date(2027, 1, 22),
        handling="转办",
        transfer_department=DEPARTMENT,
        transfer_on=date(2026, 11, 25),
        result="",
        closed_on=None,
        callback_on=None,
        satisfaction="",
        contact_phone=STATION_PHONE,
        printed_on=date(2026, 11, 25),
    )


def call_data() -> IntakeFormData:
    """A 12351 hotline call about social insurance, answered, closed and called back."""
    return replace(
        visit_data(),
        number="330402001-XF-2026-00018",
        channel="来电",
        name="王芳",
        id_number=CALLER_ID,
        sex="女",
        phone="15957398765",
        address="",
        employer="嘉兴市秀洲区新城纺织有限公司",
        category="社会保险",
        head_count=1,
        is_group=False,
        is_repeat=False,
        repeat_of_number="",
        summary=CALL_SUMMARY,
        call_seconds=754,
        call_time="10:32",
        status="已回访",
        accepted_on=date(2026, 11, 23),
        handle_due=date(2027, 1, 21),
        handling="答复",
        transfer_department="",
        transfer_on=None,
        result="已告知用人单位应依法为职工缴纳社会保险，可向社会保险征收机构投诉，并提供了投诉电话。",
        closed_on=date(2026, 11, 23),
        callback_on=date(2026, 11, 30),
        satisfaction="满意",
    )


def letter_data() -> IntakeFormData:
    """A letter about a work injury, registered and not yet accepted."""
    return replace(
        visit_data(),
        number="330402001-XF-2026-00019",
        channel="来信",
        registered_on=date(2026, 11, 20),
        name="陈建国",
        id_number=WRITER_ID,
        sex="男",
        phone="13706731234",
        address="",
        employer="海宁市长安镇宏远五金制品厂",
        category="工伤",
        head_count=1,
        is_group=False,
        is_repeat=False,
        repeat_of_number="",
        summary=LETTER_SUMMARY,
        letter_date=date(2026, 11, 18),
        sender_address="浙江省海宁市长安镇新民路56号",
        status="已登记",
        accepted_on=None,
        accept_due=date(2026, 12, 5),
        handle_due=None,
        handling="转调解",
        transfer_department="",
        transfer_on=None,
    )


@pytest.fixture
def visit() -> IntakeFormData:
    return visit_data()


@pytest.fixture
def call() -> IntakeFormData:
    return call_data()


@pytest.fixture
def letter() -> IntakeFormData:
    return letter_data()


def long_summary() -> str:
    """2,000 characters of numbered complaints, so any lost piece shows."""
    text = "".join(f"第{i}项：公司拖欠工资，未依法缴纳社会保险费。" for i in range(1, 200))
    return text[:2000]


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def squeeze(text: str) -> str:
    """Text without whitespace, so values wrapped over two lines still match."""
    return "".join(text.split())


def one_page(pdf: bytes) -> str:
    texts = pages_text(pdf)
    assert len(texts) == 1
    assert "第 1 页 共 1 页" in texts[0]
    return squeeze(texts[0])


def assert_all_in(flat: str, expected: list[str]) -> None:
    missing = [item for item in expected if squeeze(item) not in flat]
    assert not missing, missing


def test_visit_form_prints_the_group_visit(visit: IntakeFormData) -> None:
    pdf = render_visit_form(visit)

    flat = one_page(pdf)
    assert_all_in(
        flat,
        [
            "来访登记表",
            "编号：330402001-XF-2026-00017",
            STATION_NAME,
            "张伟",
            VISITOR_ID,
            "13857312345",
            EMPLOYER,
            "中环南路1288号阳光花园17幢2单元1502室",
            "6人（集体访）",
            VISIT_SUMMARY,
            "330402001-XF-2026-00009",
            DEPARTMENT,
            "2026年11月23日",
            "2026年11月24日",
            "2027年1月22日",
            "办理中",
            OPERATOR,
        ],
    )
    assert_all_in(
        flat,
        [
            "登记日期",
            "接待人",
            "姓名",
            "性别",
            "身份证号",
            "联系电话",
            "工作单位",
            "住址",
            "来访人数",
            "反映类别",
            *(
                "欠薪",
                "劳动合同",
                "社会保险",
                "工伤",
                "劳动安全卫生",
                "政策咨询",
                "心理咨询",
                "其他",
            ),
            "重复来访",
            "来访事由及诉求",
            "办理情况",
            "受理情况",
            "不予受理",
            "办理方式",
            *("答复", "转办", "转调解", "转帮扶", "转就业"),
            "转办单位",
            "办结日期",
            "办理结果",
            "回访日期",
            "满意度",
            *("满意", "基本满意", "不满意"),
            "接待人（签名）",
            "来访人（签名）",
        ],
    )
    metadata = PdfReader(io.BytesIO(pdf)).metadata
    assert metadata is not None
    assert metadata.title == "来访登记表"


def test_call_form_prints_the_hotline_call(call: IntakeFormData) -> None:
    flat = one_page(render_call_form(call))

    assert_all_in(
        flat,
        [
            "来电记录单",
            "330402001-XF-2026-00018",
            "王芳",
            CALLER_ID,
            "15957398765",
            "嘉兴市秀洲区新城纺织有限公司",
            "社会保险",
            CALL_SUMMARY,
            call.result,
            "2026年11月23日 10:32",
            "12分34秒",
            "2026年11月30日",
            OPERATOR,
        ],
    )
    assert_all_in(
        flat,
        [
            "来电号码",
            "来电时间",
            "通话时长",
            "来电人",
            "所在单位",
            "反映类别",
            "来电内容",
            "答复/处理意见",
            "处理方式",
            "满意度",
            "记录人",
            "记录人（签名）",
        ],
    )
    assert "集体" not in flat


def test_call_duration_and_time_blank_when_unknown(call: IntakeFormData) -> None:
    flat = one_page(render_call_form(replace(call, call_seconds=65, call_time="")))
    assert "01分05秒" in flat
    assert "来电时间2026年11月23日通话时长" in flat

    flat = one_page(render_call_form(replace(call, call_seconds=None)))
    assert "分" not in flat.split("通话时长", 1)[1].split("来电号码", 1)[0]


def test_letter_form_prints_the_letter(letter: IntakeFormData) -> None:
    flat = one_page(render_letter_form(letter))

    assert_all_in(
        flat,
        [
            "来信登记表",
            "330402001-XF-2026-00019",
            "陈建国",
            WRITER_ID,
            "13706731234",
            "海宁市长安镇宏远五金制品厂",
            "浙江省海宁市长安镇新民路56号",
            "工伤",
            LETTER_SUMMARY,
            "来信日期2026年11月18日",
            "收信日期2026年11月20日",
            OPERATOR,
        ],
    )
    assert_all_in(
        flat,
        [
            "来信人",
            "地址",
            "联系电话",
            "所在单位",
            "反映类别",
            "来信内容摘要",
            "拟办意见",
            "办理结果",
            "登记人",
            "登记人（签名）",
        ],
    )


def test_online_message_uses_the_letter_form(letter: IntakeFormData) -> None:
    assert CHANNEL_FORM["网络"] == "来信登记表"
    flat = one_page(FORM_RENDERERS[CHANNEL_FORM["网络"]](replace(letter, channel="网络")))
    assert "来信登记表" in flat
    assert "信函" in flat
    assert "网络" in flat


def test_receipt_for_an_accepted_case(visit: IntakeFormData) -> None:
    flat = one_page(render_receipt(visit))

    assert_all_in(
        flat,
        [
            "受理回执",
            "张伟等6人：",
            "你们于2026年11月23日以来访方式反映的欠薪问题",
            "案件编号：330402001-XF-2026-00017",
            "已受理",
            "我们将于2027年1月22日前将办理情况告知你们",
            f"联系电话：{STATION_PHONE}",
            STATION_NAME,
            "2026年11月25日",
            "经办人：李晓燕",
        ],
    )
    # the stub kept by the station, below the cut line
    stub = flat.split("受理回执（存根）", 1)[1]
    assert flat.index("裁") < flat.index("受理回执（存根）")
    assert_all_in(
        stub,
        [
            "案件编号",
            "330402001-XF-2026-00017",
            "姓名",
            "张伟等6人",
            "反映类别",
            "欠薪",
            "登记日期",
            "2026年11月23日",
            "答复期限",
            "2027年1月22日",
            "经办人",
            OPERATOR,
        ],
    )


def test_receipt_before_acceptance_names_the_acceptance_due_date(letter: IntakeFormData) -> None:
    flat = one_page(render_receipt(letter))

    assert "陈建国：" in flat
    assert "您于2026年11月20日以来信方式反映的工伤问题" in flat
    assert "已收到" in flat
    assert "我们将于2026年12月5日前告知您是否受理" in flat
    assert "存根" in flat


def test_receipt_of_a_long_summary_stays_on_one_page(visit: IntakeFormData) -> None:
    flat = one_page(render_receipt(replace(visit, summary="拖欠工资" * 500, contact_phone="")))
    assert "……" in flat
    assert "联系电话：____" in flat


def test_transfer_slip_names_the_department(visit: IntakeFormData) -> None:
    flat = one_page(render_transfer_slip(visit))

    assert_all_in(
        flat,
        [
            "转办单",
            "330402001-XF-2026-00017",
            f"转办单位{DEPARTMENT}",
            "转办日期2026年11月25日",
            "来访人张伟",
            VISITOR_ID,
            "13857312345",
            EMPLOYER,
            "欠薪",
            "6人（集体访）",
            VISIT_SUMMARY,
            "转办意见",
            "并于2027年1月22日前将办理结果书面反馈",
            "办理时限2027年1月22日",
            "转出单位（盖章）",
            STATION_NAME,
        ],
    )
    reply = flat.split("办理情况回复", 1)[1]
    assert_all_in(reply, ["办理结果", "经办人", "回复日期", "承办单位（盖章）"])


def body_text(texts: list[str], data: IntakeFormData) -> str:
    """The pages' text joined without the page marks (organization, number, page x of y)."""
    total = len(texts)
    body = ""
    for page, text in enumerate(texts, start=1):
        for mark in (data.station_name, f"编号：{data.number}", f"第 {page} 页 共 {total} 页"):
            text = text.replace(mark, "", 1)
        body += squeeze(text)
    return body


@pytest.mark.parametrize(
    ("form", "label"),
    [("来访登记表", "来访事由及诉求"), ("来电记录单", "来电内容"), ("来信登记表", "来信内容摘要")],
)
def test_long_summary_runs_onto_a_second_page(visit: IntakeFormData, form: str, label: str) -> None:
    summary = long_summary()
    assert len(summary) == 2000
    data = replace(visit, summary=summary)

    texts = pages_text(FORM_RENDERERS[form](data))

    assert len(texts) == 2
    assert "第 1 页 共 2 页" in texts[0]
    assert "第 2 页 共 2 页" in texts[1]
    body = body_text(texts, data)
    assert squeeze(label) in body
    assert summary in body
    # the rest of the form follows the summary on the second page
    assert "办理结果" in squeeze(texts[1]) or "答复/处理意见" in squeeze(texts[1])


def test_long_summary_on_the_transfer_slip_keeps_the_reply_section_whole(
    visit: IntakeFormData,
) -> None:
    data = replace(visit, summary=long_summary())

    texts = pages_text(render_transfer_slip(data))

    assert len(texts) >= 2
    assert f"共 {len(texts)} 页" in texts[-1]
    assert data.summary in body_text(texts, data)
    last = squeeze(texts[-1])
    assert_all_in(last, ["办理情况回复", "办理结果", "经办人", "回复日期", "承办单位（盖章）"])


def test_category_outside_the_list_ticks_other_and_prints_its_name(
    visit: IntakeFormData,
) -> None:
    flat = one_page(render_visit_form(replace(visit, category="集体合同")))
    assert "其他（集体合同）" in flat


def test_blank_case_prints_blanks(visit: IntakeFormData) -> None:
    blank = replace(
        visit,
        station_name="",
        operator="",
        name="",
        id_number="",
        sex="",
        phone="",
        address="",
        employer="",
        category="",
        head_count=1,
        is_group=False,
        is_repeat=False,
        repeat_of_number="",
        summary="",
        status="已登记",
        accepted_on=None,
        accept_due=None,
        handle_due=None,
        handling="",
        transfer_department="",
        transfer_on=None,
        contact_phone="",
    )
    for name, render in FORM_RENDERERS.items():
        flat = one_page(render(blank))
        assert name in flat
        assert "None" not in flat
    receipt = one_page(render_receipt(blank))
    assert "____年___月___日前" in receipt


def test_every_form_is_registered() -> None:
    assert list(FORM_RENDERERS) == ["来访登记表", "来电记录单", "来信登记表", "受理回执", "转办单"]
    assert FORM_RENDERERS["受理回执"] is render_receipt
    assert FORM_RENDERERS["转办单"] is render_transfer_slip
    assert CHANNEL_FORM == {
        "来访": "来访登记表",
        "来电": "来电记录单",
        "来信": "来信登记表",
        "网络": "来信登记表",
    }
