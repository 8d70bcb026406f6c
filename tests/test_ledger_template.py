"""`unioncase export-template`: the sheets and headers the ledger import reads, drop-downs for
the fixed choices, text cells for numbers that must keep every digit, and instructions."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from unioncase.services.ledger_template import LEDGER_SHEETS

HEADERS = {
    "信访接待": "案件编号, 登记日期, 渠道, 姓名, 身份证号, 联系电话, 人数, 所在单位, 反映类别, "
            "诉求摘要, 办理状态, 办结日期, 办理结果",
    "调解组织": "名称, 类型, 所属镇街",
    "调解员": "姓名, 身份证号, 联系电话, 调解组织, 类型",
    "调解案件": "案件编号, 申请日期, 申请人, 身份证号, 联系电话, 人数, 被申请单位, "
            "统一社会信用代码, 争议类型, 请求金额, 调解组织, 调解员, 结果, 结案日期, 协议金额",
    "帮扶救助": "案件编号, 发放日期, 姓名, 身份证号, 联系电话, 困难类别, 致困原因, 救助项目, "
            "批次, 金额",
    "招聘会": "名称, 举办日期, 地点, 参会企业数, 提供岗位数",
    "求职登记": "案件编号, 登记日期, 姓名, 身份证号, 联系电话, 求职意向, 推荐单位, 推荐岗位, "
            "推荐日期, 招聘会, 结果",
}


@pytest.mark.slow
def test_the_template_has_the_citys_sheets_headers_and_lists(tmp_path: Path) -> None:
    out = tmp_path / "台账模板.xlsx"
    result = subprocess.run([sys.executable, "-m", "ui.launcher", "export-template", "--out",
                             str(out)], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    book = load_workbook(out)
    assert book.sheetnames == ["填写说明", *HEADERS]
    for sheet, headers in HEADERS.items():
        row = [c.value for c in book[sheet][1]]
        assert row == headers.split(", "), sheet
        assert [c.name for c in LEDGER_SHEETS[sheet]] == row
    lists = {str(v.sqref).split(":")[0][:-1]: v.formula1
             for v in book["信访接待"].data_validations.dataValidation}
    assert lists["C"] == '"来访,来电,来信,网络"'  # 渠道
    assert lists["K"] == '"待办,办理中,已办结"'  # 办理状态
    assert book["信访接待"]["E2"].number_format == "@"  # 身份证号 as text
    guide = "\n".join(str(c.value) for c in book["填写说明"]["A"] if c.value)
    assert "帮扶救助：发放日期、姓名、身份证号、救助项目、金额" in guide
