"""The ledger template (台账模板): an empty workbook with the sheets and headers that
``unioncase import-ledger`` reads, drop-down lists for the fixed choices, and a sheet of
instructions. The sheet and column names are the city's format: keep them exactly."""

from __future__ import annotations

import io
from dataclasses import dataclass

from unioncase.domain.intake import DEFAULT_CATEGORIES

__all__ = ["LEDGER_SHEETS", "LedgerColumn", "ledger_template"]


@dataclass(frozen=True)
class LedgerColumn:
    name: str
    required: bool = False
    choices: tuple[str, ...] = ()
    note: str = ""
    width: int = 14


def _c(name: str, required: bool = False, choices: tuple[str, ...] = (), note: str = "",
       width: int = 14) -> LedgerColumn:
    return LedgerColumn(name, required, choices, note, width)


DATE_NOTE = "日期格式：2022-03-05、2022/3/5 或 2022年3月5日"
MONEY_NOTE = "金额单位为元，最多两位小数"
LEDGER_SHEETS: dict[str, tuple[LedgerColumn, ...]] = {
    "信访接待": (
        _c("案件编号", width=26), _c("登记日期", True, note=DATE_NOTE),
        _c("渠道", True, ("来访", "来电", "来信", "网络")), _c("姓名", True),
        _c("身份证号", width=22), _c("联系电话"), _c("人数", note="默认为1"),
        _c("所在单位", width=28), _c("反映类别", True, DEFAULT_CATEGORIES),
        _c("诉求摘要", width=40), _c("办理状态", True, ("待办", "办理中", "已办结")),
        _c("办结日期", note="办理状态为已办结时必填"), _c("办理结果", width=30)),
    "调解组织": (
        _c("名称", True, width=32), _c("类型", True, ("镇街", "园区", "村社区", "企业", "行业")),
        _c("所属镇街")),
    "调解员": (
        _c("姓名", True), _c("身份证号", width=22), _c("联系电话"),
        _c("调解组织", True, note="调解组织表中或系统中已有的名称", width=32),
        _c("类型", choices=("专职", "兼职"), note="默认为兼职")),
    "调解案件": (
        _c("案件编号", width=26), _c("申请日期", True, note=DATE_NOTE), _c("申请人", True),
        _c("身份证号", width=22), _c("联系电话"), _c("人数"), _c("被申请单位", True, width=28),
        _c("统一社会信用代码", width=22),
        _c("争议类型", True, ("劳动报酬", "解除劳动合同", "社会保险", "工伤待遇", "经济补偿",
                             "其他")),
        _c("请求金额", note=MONEY_NOTE), _c("调解组织", True, width=32),
        _c("调解员", note="同名调解员只有一人时自动关联"),
        _c("结果", True, ("调解中", "调解成功", "调解不成", "撤回")),
        _c("结案日期", note="结果为调解中以外时必填"), _c("协议金额", note=MONEY_NOTE)),
    "帮扶救助": (
        _c("案件编号", width=26), _c("发放日期", True, note=DATE_NOTE), _c("姓名", True),
        _c("身份证号", True, width=22), _c("联系电话"),
        _c("困难类别", choices=("深度困难", "相对困难", "意外致困")), _c("致困原因"),
        _c("救助项目", True, note="救助项目名称，如 送温暖、大病救助"), _c("批次"),
        _c("金额", True, note=MONEY_NOTE + "，须大于零")),
    "招聘会": (
        _c("名称", True, width=32), _c("举办日期", True, note=DATE_NOTE), _c("地点", width=28),
        _c("参会企业数"), _c("提供岗位数")),
    "求职登记": (
        _c("案件编号", width=26), _c("登记日期", True, note=DATE_NOTE), _c("姓名", True),
        _c("身份证号", width=22), _c("联系电话"), _c("求职意向"), _c("推荐单位", width=28),
        _c("推荐岗位"), _c("推荐日期", note="填写推荐单位时必填"),
        _c("招聘会", note="招聘会表中的名称", width=28),
        _c("结果", choices=("待反馈", "已上岗", "未录用"), note="有推荐单位时默认为待反馈")),
}
INSTRUCTIONS = (
    "UnionCase 台账导入模板",
    "",
    "1. 每张工作表可选填；按工作表名称识别，列按第1行的列名识别（前后空格忽略，顺序不限）。",
    "2. 标 * 的列为必填（列名本身不带 *）；下拉列表列只能填写列表中的值。",
    "3. " + DATE_NOTE + "；" + MONEY_NOTE + "。",
    "4. 已有案件编号的行保留其编号；编号为空的行导入时自动编号。",
    "5. 职工按身份证号识别（同一身份证号为同一人）；用人单位按统一社会信用代码识别，没有时按名称。",
    "6. 默认全部检查通过才导入；任何一格有误则不导入，并逐条列出“工作表 第N行 列名：说明”。",
    "7. 同一台账重复导入不会重复登记。",
    "",
    "各表必填列：",
)


def ledger_template() -> bytes:
    """The empty template workbook as .xlsx bytes."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    guide = book.active
    assert guide is not None
    guide.title = "填写说明"
    for line in INSTRUCTIONS:
        guide.append([line])
    for sheet, columns in LEDGER_SHEETS.items():
        required = "、".join(c.name for c in columns if c.required)
        guide.append([f"{sheet}：{required}"])
    guide["A1"].font = Font(bold=True, size=14)
    guide.column_dimensions["A"].width = 110
    header_fill = PatternFill("solid", fgColor="E4E4E4")
    required_fill = PatternFill("solid", fgColor="FDE9D9")
    for sheet, columns in LEDGER_SHEETS.items():
        ws = book.create_sheet(sheet)
        ws.append([c.name for c in columns])
        ws.freeze_panes = "A2"
        for index, column in enumerate(columns, start=1):
            letter = get_column_letter(index)
            cell = ws.cell(row=1, column=index)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center")
            cell.fill = required_fill if column.required else header_fill
            ws.column_dimensions[letter].width = column.width
            notes = [("必填" if column.required else "选填")]
            if column.note:
                notes.append(column.note)
            cell.comment = Comment("；".join(notes), "UnionCase")
            if column.choices:
                validation = DataValidation(type="list",
                                            formula1='"' + ",".join(column.choices) + '"',
                                            allow_blank=True)
                validation.error = "请从下拉列表中选择"
                validation.errorTitle = column.name
                validation.showErrorMessage = column.name != "反映类别"
                ws.add_data_validation(validation)
                validation.add(f"{letter}2:{letter}5000")
            if column.name in ("身份证号", "统一社会信用代码", "联系电话", "案件编号"):
                for row in range(2, 501):  # typed as text: no lost digits, no 1.23E+17
                    ws.cell(row=row, column=index).number_format = "@"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
