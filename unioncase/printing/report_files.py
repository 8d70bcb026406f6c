"""The work report as files: an .xlsx workbook (one sheet per line of work, with native Excel
charts) and a PDF (figures, breakdown tables and bar charts). Both are made from the report's
plain values (``ReportService.figures``) and its summary sentences."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from unioncase.domain.money import format_percent, format_wan, format_yuan

__all__ = ["report_pdf", "report_xlsx"]

INTAKE_CHANNELS = (("visit", "来访"), ("call", "来电"), ("letter", "来信"), ("online", "网络"))


def _yuan(fen: int) -> float:
    return round(fen / 100, 2)


def report_xlsx(report: dict[str, Any], sentences: Sequence[str], title: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Alignment, Font

    intake, mediation, aid, jobs = (report["intake"], report["mediation"], report["aid"],
                                    report["jobs"])
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "概况"
    period = report["period"]
    summary.append([title])
    summary["A1"].font = Font(bold=True, size=14)
    summary.append([f"统计期间：{period['from']} 至 {period['to']}"])
    summary.append([])
    for sentence in sentences:
        summary.append([sentence + "。"])
        summary.cell(row=summary.max_row, column=1).alignment = Alignment(wrap_text=True,
                                                                           vertical="top")
    summary.column_dimensions["A"].width = 100

    def sheet(name: str, rows: Sequence[Sequence[Any]]) -> Any:
        ws = book.create_sheet(name)
        for row in rows:
            ws.append(list(row))
        ws.column_dimensions["A"].width = 24
        ws.column_dimensions["B"].width = 16
        ws.column_dimensions["C"].width = 16
        ws.column_dimensions["D"].width = 16
        return ws

    def chart(ws: Any, title_text: str, first_row: int, last_row: int, anchor: str,
              columns: int = 1) -> None:
        if last_row < first_row:
            return
        bar = BarChart()
        bar.title = title_text
        bar.height = 7.5
        bar.width = 15
        data = Reference(ws, min_col=2, max_col=1 + columns, min_row=first_row - 1,
                         max_row=last_row)
        labels = Reference(ws, min_col=1, min_row=first_row, max_row=last_row)
        bar.add_data(data, titles_from_data=True)
        bar.set_categories(labels)
        if columns == 1:
            bar.legend = None  # one series: its name is the axis's
        ws.add_chart(bar, anchor)

    ws = sheet("信访接待", [
        ("项目", "数值"), ("受理件数", intake["cases"]), ("涉及人次", intake["persons"]),
        ("结案件数", intake["closed"]),
        ("结案率", format_percent(intake["closed"], intake["cases"])),
        ("集体访件数", intake["group_cases"]), (), ("渠道", "件数"),
        *[(label, intake["by_channel"][key]) for key, label in INTAKE_CHANNELS], (),
        ("反映类别", "件数"), *intake["by_category"].items()])
    chart(ws, "按渠道", 9, 12, "D2")
    category_first = 15
    chart(ws, "按反映类别", category_first,
          category_first + len(intake["by_category"]) - 1, "D18")

    sheet("劳动争议调解", [
        ("项目", "数值"), ("调解组织", mediation["organizations"]),
        ("调解员", mediation["mediators"]), ("受理案件", mediation["cases"]),
        ("结案", mediation["concluded"]), ("调解成功", mediation["successful"]),
        ("调解成功率", format_percent(mediation["successful"], mediation["concluded"])),
        ("协议金额（元）", _yuan(mediation["agreed_amount_fen"]))])

    programs = aid["by_program"]
    ws = sheet("困难帮扶", [
        ("项目", "数值"), ("发放笔数", aid["disbursements"]), ("救助人数", aid["persons"]),
        ("发放金额（元）", _yuan(aid["amount_fen"])), (),
        ("救助项目", "金额（元）", "人数", "批次"),
        *[(name, _yuan(p["amount_fen"]), p["persons"], p["batches"])
          for name, p in programs.items()]])
    for row in ws.iter_rows(min_row=7, min_col=2, max_col=2):
        for cell in row:
            cell.number_format = "#,##0.00"
    ws["B4"].number_format = "#,##0.00"
    chart(ws, "各项目发放金额（元）", 7, 6 + len(programs), "F2")

    ws = sheet("就业推荐", [
        ("项目", "数值"), ("招聘会（场）", jobs["fairs"]), ("求职人数", jobs["seekers"]),
        ("推荐人次", jobs["referrals"]), ("推荐上岗", jobs["placed"]), (),
        ("", "人数"), ("推荐", jobs["referrals"]), ("上岗", jobs["placed"])])
    chart(ws, "推荐与上岗", 8, 9, "D2")
    for ws in book.worksheets:
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in ws.iter_rows(min_col=2):
            for cell in row:
                if isinstance(cell.value, str) and cell.value.endswith("%"):
                    cell.alignment = Alignment(horizontal="right")
        # Printed, each sheet is one landscape page with its figures and charts.
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def report_pdf(report: dict[str, Any], sentences: Sequence[str], title: str,
               organization: str = "") -> bytes:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.platypus import Flowable

    from unioncase.printing.intake_forms import LetterDocument

    intake, mediation, aid, jobs = (report["intake"], report["mediation"], report["aid"],
                                    report["jobs"])
    period = report["period"]
    doc = LetterDocument(title, None, f"统计期间：{period['from']} 至 {period['to']}",
                         organization=organization or None)
    doc.section("工作概况")
    doc.letter([s + "。" for s in sentences])

    def bars(caption: str, pairs: Sequence[tuple[str, float]]) -> None:
        if not pairs:
            return
        pairs = list(reversed(pairs))  # the chart draws its first bar at the bottom

        def make(font: str) -> list[Flowable]:
            height = 24 + 18 * len(pairs)
            drawing = Drawing(460, height)
            chart = HorizontalBarChart()
            chart.x, chart.y, chart.width, chart.height = 110, 10, 330, height - 20
            chart.data = [[value for _label, value in pairs]]
            chart.categoryAxis.categoryNames = [label for label, _value in pairs]
            chart.categoryAxis.labels.fontName = font
            chart.categoryAxis.labels.fontSize = 9
            chart.valueAxis.labels.fontName = font
            chart.valueAxis.labels.fontSize = 8
            chart.valueAxis.valueMin = 0
            # Room right of the longest bar for its label.
            chart.valueAxis.valueMax = max(max(v for _l, v in pairs) * 1.2, 1)
            chart.bars[0].fillColor = colors.HexColor("#2874a6")
            chart.barLabelFormat = "%.0f" if all(float(v).is_integer() for _l, v in pairs) \
                else "%.2f"
            chart.barLabels.fontName = font
            chart.barLabels.fontSize = 8
            chart.barLabels.boxAnchor = "w"  # the label starts just after its bar's end
            chart.barLabels.nudge = 4
            drawing.add(chart)
            return [drawing]

        with doc.kept_together():  # the heading stays with its chart
            doc.section(caption)
            doc.add_flowables(make)

    doc.section("信访接待")
    doc.table(["受理件数", "涉及人次", "结案件数", "结案率", "集体访"],
              [(intake["cases"], intake["persons"], intake["closed"],
                format_percent(intake["closed"], intake["cases"]), intake["group_cases"])],
              aligns=["center"] * 5)
    bars("按渠道（件）", [(label, intake["by_channel"][key]) for key, label in INTAKE_CHANNELS])
    bars("按反映类别（件）", list(intake["by_category"].items()))
    doc.section("劳动争议调解")
    doc.table(["调解组织", "调解员", "受理", "结案", "成功", "成功率", "协议金额（万元）"],
              [(mediation["organizations"], mediation["mediators"], mediation["cases"],
                mediation["concluded"], mediation["successful"],
                format_percent(mediation["successful"], mediation["concluded"]),
                format_wan(mediation["agreed_amount_fen"]))], aligns=["center"] * 7)
    doc.section("困难帮扶")
    doc.table(["救助项目", "人数", "批次", "金额（元）"],
              [(name, p["persons"], p["batches"], format_yuan(p["amount_fen"]))
               for name, p in aid["by_program"].items()] or [("", "", "", "")],
              totals=["合计", aid["persons"], "", format_yuan(aid["amount_fen"])],
              aligns=("left", "right", "right", "right"))
    bars("各项目发放金额（元）", [(name, _yuan(p["amount_fen"]))
                             for name, p in aid["by_program"].items()])
    doc.section("就业推荐")
    doc.table(["招聘会（场）", "求职人数", "推荐人次", "推荐上岗"],
              [(jobs["fairs"], jobs["seekers"], jobs["referrals"], jobs["placed"])],
              aligns=["center"] * 4)
    bars("推荐与上岗（人）", [("推荐", jobs["referrals"]), ("上岗", jobs["placed"])])
    return doc.render()
