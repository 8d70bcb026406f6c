"""Field grids drawn straight on the canvas: wrapping, row heights and page splits, checked by
the positions of the extracted text (pypdf) and against reportlab's own paragraph wrapping."""

from __future__ import annotations

import io
import itertools
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from unioncase.printing import Choice, Field, FormDocument, cjk_font
from unioncase.printing import forms as forms_module

SENTENCE = "公司自2026年3月起拖欠工资，未依法缴纳社会保险费，多次协商未果，要求协助调解。"


def squeeze(text: str) -> str:
    return "".join(text.split())


def placed_text(pdf: bytes) -> list[list[tuple[float, float, str]]]:
    """Per page, each shown string with its page position (x, y of its baseline origin)."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        found: list[tuple[float, float, str]] = []

        def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any, found: Any = found) -> None:
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                found.append((x, y, text.strip()))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def form_with_long_value(value: str) -> FormDocument:
    doc = FormDocument("测试登记表", "CS-330402-2026-000001", organization="测试服务站")
    doc.field_grid(
        [
            [Field("姓名", "张伟"), Field("性别", "男"), Field("电话", "13857312345")],
            [Field("诉求", value, 5)],
            [Field("类别", Choice(("欠薪", "工伤", "其他"), "工伤"), 5)],
        ],
        col_widths=(22, 36, 22, 34, 22, 34),
    )
    return doc


def test_a_long_value_wraps_inside_its_cell_and_grows_the_row() -> None:
    value = SENTENCE * 4
    pdf = form_with_long_value(value).render()

    (page,) = placed_text(pdf)
    value_lines = [(x, y, t) for x, y, t in page if len(t) > 2 and squeeze(t) in squeeze(value)]
    assert len(value_lines) >= 4  # wrapped over several lines, no text lost
    assert squeeze("".join(t for _, _, t in value_lines)) == squeeze(value)
    mm = forms_module.mm
    left = forms_module.MARGIN_LEFT + 22 * mm  # the value column starts after the label
    right = forms_module.MARGIN_LEFT + forms_module.BODY_WIDTH
    font = cjk_font().name
    for x, _, text in value_lines:  # each line starts at the cell's padding and ends inside it
        assert x == pytest.approx(left + forms_module.CELL_PAD_X, abs=0.5)
        width = stringWidth(text, font, forms_module.BODY_SIZE)
        assert x + width <= right - forms_module.CELL_PAD_X + 0.5
    ys = [y for _, y, _ in value_lines]
    assert ys == sorted(ys, reverse=True)
    gaps = {round(a - b, 2) for a, b in itertools.pairwise(ys)}
    assert gaps == {forms_module.LABEL_LEADING}
    # the label is centred on the grown row, the next row starts below its last line
    label_y = next(y for _, y, t in page if t == "诉求")
    assert min(ys) < label_y < max(ys)
    assert abs((max(ys) + min(ys)) / 2 - label_y) < forms_module.LABEL_LEADING
    category_y = next(y for _, y, t in page if t.startswith("类别"))
    name_y = next(y for _, y, t in page if t.startswith("姓名"))
    assert category_y < min(ys) - forms_module.CELL_PAD_Y
    assert name_y > max(ys) + forms_module.CELL_PAD_Y


def test_a_value_longer_than_a_page_runs_on_with_the_right_page_totals() -> None:
    value = "".join(f"第{n}项：{SENTENCE}" for n in range(1, 61))

    pdf = form_with_long_value(value).render()

    texts = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert f"第 {number} 页 共 {len(texts)} 页" in text
        assert "编号：CS-330402-2026-000001" in text
    body = ""
    for number, text in enumerate(texts, start=1):
        footer = f"第 {number} 页 共 {len(texts)} 页"
        for mark in ("测试服务站", "编号：CS-330402-2026-000001", footer):
            text = text.replace(mark, "")
        body += squeeze(text)
    assert squeeze(value) in body  # every line, in order, nothing doubled at the split
    assert body.index("诉求") < body.index("第1项") < body.index("第60项") < body.index("类别")
    # the lines on the next page start at the top of the frame and stay inside the cell
    pages = placed_text(pdf)
    top = forms_module.PAGE_HEIGHT - forms_module.MARGIN_TOP
    bottom = forms_module.MARGIN_BOTTOM
    for page in pages:
        for _, y, text in page:
            if text.startswith(("测试服务站", "编号", "第 ")):
                continue
            assert bottom < y < top, text
    continued = [y for _, y, t in pages[1] if squeeze(t) in squeeze(value)]
    assert max(continued) > top - forms_module.LABEL_LEADING - forms_module.CELL_PAD_Y - 1


def test_a_row_that_does_not_fit_its_minimum_height_moves_to_the_next_page() -> None:
    doc = FormDocument("测试登记表", "CS-1")
    doc.spacer(200)
    doc.field_grid(
        [[Field("办理结果", "已答复", 5)]],
        col_widths=(22, 36, 22, 34, 22, 34),
        min_row_heights=[60],
    )

    pages = placed_text(doc.render())

    assert len(pages) == 2
    assert not any(t in {"办理结果", "已答复"} for _, _, t in pages[0])
    ys = {t: y for _, y, t in pages[1]}
    # a box to write in: its text starts at the top of the row
    assert ys["已答复"] == pytest.approx(
        forms_module.PAGE_HEIGHT - forms_module.MARGIN_TOP - forms_module.TALL_PAD_TOP
        - forms_module.BODY_SIZE, abs=0.5)
    assert ys["办理结果"] < ys["已答复"] - 60 * forms_module.mm / 3


@pytest.mark.parametrize(
    "text",
    [
        SENTENCE * 3,
        "浙江省嘉兴市南湖区东栅街道中环南路1288号阳光花园17幢2单元1502室，联系人：张伟。" * 2,
        "Employer: Jiaxing Hengda Precision Machinery Co., Ltd. 嘉兴市恒达精密机械有限公司" * 2,
        "多个  空格\t和制表符   ",
        "第一行\n第二行很长" + SENTENCE * 2,
        "甲\n\n乙",
        "",
    ],
)
def test_grid_values_wrap_as_reportlab_paragraphs_wrap(text: str) -> None:
    font = cjk_font().name
    styles = forms_module._Styles.for_font(font, 60)
    width = 120 * forms_module.mm

    ours = [line for _, line in forms_module._wrap_lines(
        text, font, forms_module.BODY_SIZE, width - forms_module.HANG_ROOM)]

    paragraph = Paragraph(forms_module._markup(text), styles.value)
    _, height = paragraph.wrap(width, 10_000)
    lines = paragraph.blPara.lines
    if paragraph.blPara.kind == 0:
        theirs = [" ".join(words) for _, words in lines]
    else:
        theirs = ["".join(word.text for word in line.words) for line in lines]
    assert ours == theirs
    assert len(ours) * forms_module.LABEL_LEADING == pytest.approx(height)
