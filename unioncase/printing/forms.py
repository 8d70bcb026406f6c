"""A small builder for A4 government-style forms (登记表, 审批表, 花名册 ...).

A :class:`FormDocument` collects blocks (field grids, data tables, headings, text, signature lines,
a seal box) and renders them with reportlab platypus::

    doc = FormDocument("职工信息登记表", "ZG-330402-2026-000123", organization="某某服务站")
    doc.field_grid([[Field("姓名", "张伟"), Field("性别", "男"), Field("出生日期", "")]])
    doc.signatures(["本人签名："])
    pdf = doc.render()

Every page carries the organization (top left), the record number (top right) and
"第 x 页 共 y 页" (bottom centre).  The document is laid out once as a one-page form; one that
turns out longer is laid out again with its page total.  The builder keeps only plain data, so
it can render again.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple, TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib import colors, units
from reportlab.lib import textsplit as rl_textsplit
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import paragraph as rl_paragraph

from unioncase.files import write_atomically
from unioncase.printing.fonts import FontChoice, cjk_font

__all__ = ["Choice", "Field", "FormDocument", "TableValue", "chinese_date"]

mm: float = units.mm  # a typed alias (reportlab ships no type annotations)
PAGE_WIDTH: float = A4[0]
PAGE_HEIGHT: float = A4[1]
MARGIN_LEFT = MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
BODY_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
AUTHOR = "UnionCase"

# Sizes in points: 二号 22pt for the title, 小四 12pt for headings, 五号 10.5pt for the body.
TITLE_SIZE = 22.0
SUBTITLE_SIZE = 12.0
HEADING_SIZE = 12.0
BODY_SIZE = 10.5
TABLE_SIZE = 10.0
PAGE_MARK_SIZE = 9.0

GRID_LINE = 0.6
BOX_LINE = 0.8
CELL_PAD_X = 4.0
CELL_PAD_Y = 3.0
HANG_ROOM = 3.0
GRID_ROW_HEIGHT = 10 * mm
LABEL_MIN_WIDTH = 20 * mm
LABEL_MAX_WIDTH = 36 * mm
SECTION_MIN_ROOM = 40 * mm  # a heading needs this much room below it, or a new page
LABEL_SHADE = colors.HexColor("#EDEDED")
HEADER_SHADE = colors.HexColor("#E4E4E4")
INK = colors.black

# Chinese punctuation that must not start a line.  reportlab's CJK wrapping knows 、。） but not
# the full-width comma, colon, semicolon etc., and lets "，" start a line.  Its two wrappers read
# a module-level string at call time, so the missing marks are added to both once, at import.
_CN_CANNOT_START = "，；：！？％》」』】〉”’．"


def _extend_cjk_line_rules() -> None:
    for module in (rl_paragraph, rl_textsplit):
        known: str = module.ALL_CANNOT_START
        missing = "".join(ch for ch in _CN_CANNOT_START if ch not in known)
        if missing:
            module.ALL_CANNOT_START = known + missing


_extend_cjk_line_rules()

TableValue: TypeAlias = str | int | Decimal | None
"""A data-table cell: text as given, numbers right-aligned, ``None`` blank."""


def chinese_date(value: date | None) -> str:
    """``2026-11-23`` as ``2026年11月23日``; ``None`` as an empty string."""
    if value is None:
        return ""
    return f"{value.year}年{value.month}月{value.day}日"


@dataclass(frozen=True)
class Choice:
    """A check-box value: every option printed with a box, the selected one ticked.

    ``selected=None`` leaves every box empty, to be ticked by hand.
    """

    options: tuple[str, ...]
    selected: str | None = None

    def __post_init__(self) -> None:
        if not self.options:
            raise ValueError("a Choice needs at least one option")
        if self.selected is not None and self.selected not in self.options:
            raise ValueError(f"{self.selected!r} is not one of the options {self.options!r}")


class Field(NamedTuple):
    """One label/value cell of a field grid; the value spans ``span`` grid columns."""

    label: str
    value: str | Choice = ""
    span: int = 1


FieldRow: TypeAlias = Sequence[tuple[str, str | Choice, int]]


@dataclass(frozen=True)
class _Styles:
    font: str
    label_width: float  # default width of field-grid label columns, the same for every grid
    label: ParagraphStyle
    value: ParagraphStyle
    header: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    body: ParagraphStyle
    subtitle: ParagraphStyle

    @classmethod
    def for_font(cls, font: str, label_width: float) -> _Styles:
        def style(name: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
            return ParagraphStyle(
                name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **kw
            )

        return cls(
            font=font,
            label_width=label_width,
            label=style("label", BODY_SIZE, 14.5, alignment=TA_CENTER),
            # rightIndent: room for a "，" or "。" hanging at the end of a line (kinsoku)
            value=style("value", BODY_SIZE, 14.5, alignment=TA_LEFT, rightIndent=HANG_ROOM),
            header=style("th", TABLE_SIZE, 13, alignment=TA_CENTER),
            cell=style("td", TABLE_SIZE, 13, alignment=TA_LEFT, rightIndent=HANG_ROOM),
            cell_right=style("td_r", TABLE_SIZE, 13, alignment=TA_RIGHT),
            body=style("body", BODY_SIZE, 19, alignment=TA_JUSTIFY, spaceBefore=2, spaceAfter=2),
            subtitle=style("subtitle", SUBTITLE_SIZE, 16, alignment=TA_CENTER),
        )


_Block: TypeAlias = Callable[[_Styles], list[Any]]


class FormDocument:
    """An A4 form, built block by block and rendered to PDF bytes.

    ``title`` is printed large and centred on the first page; ``number`` (the record number) and
    ``organization`` head every page.  Sizes passed to the methods are in millimetres.
    """

    def __init__(
        self,
        title: str,
        number: str | None,
        subtitle: str | None = None,
        organization: str | None = None,
        *,
        font: FontChoice | None = None,
    ) -> None:
        self.title = title
        self.number = number
        self.subtitle = subtitle
        self.organization = organization
        self._font = font
        self._blocks: list[_Block] = []
        self._grid_labels: list[str] = []

    # ----------------------------------------------------------------- blocks

    def field_grid(
        self,
        rows: Sequence[FieldRow],
        *,
        columns: int = 6,
        col_widths: Sequence[float] | None = None,
        min_row_heights: Sequence[float | None] | None = None,
    ) -> None:
        """A bordered grid of shaded labels and wrapping values over ``columns`` columns.

        Each row is a sequence of ``(label, value, span)`` cells (see :class:`Field`); a cell
        takes one column for its label and ``span`` columns for its value, and every row must
        fill exactly ``columns`` columns.  ``col_widths`` are relative weights (default: the even
        columns sized for the labels, the rest shared equally); ``min_row_heights`` are in mm,
        one per row (``None`` for the default), e.g. to leave room to write by hand.
        """
        if not rows:
            raise ValueError("field_grid needs at least one row")
        for i, row in enumerate(rows):
            if any(span < 1 for _, _, span in row):
                raise ValueError(f"field_grid row {i}: a span must be at least 1")
            used = sum(1 + span for _, _, span in row)
            if used != columns:
                raise ValueError(f"field_grid row {i} fills {used} of {columns} columns")
        if col_widths is not None and len(col_widths) != columns:
            raise ValueError(f"field_grid: {len(col_widths)} column widths for {columns} columns")
        if min_row_heights is not None and len(min_row_heights) != len(rows):
            raise ValueError("field_grid: min_row_heights needs one entry per row")
        frozen_rows = [[(label, value, span) for label, value, span in row] for row in rows]
        if col_widths is None:
            self._grid_labels += [label for row in frozen_rows for label, _, _ in row]
        weights = list(col_widths) if col_widths is not None else None
        heights = list(min_row_heights) if min_row_heights is not None else None
        self._blocks.append(lambda st: _field_grid(st, frozen_rows, columns, weights, heights))

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[TableValue]],
        col_widths: Sequence[float] | None = None,
        totals: Sequence[TableValue] | None = None,
        *,
        aligns: Sequence[str] | None = None,
        row_height: float = 6.5,
    ) -> None:
        """A bordered data table whose header row repeats on every page it runs onto.

        ``col_widths`` are relative weights scaled to the page width (default: from the content).
        ``totals`` is a shaded last row (e.g. ``["合计", "", "53.1万元"]``).  ``aligns`` gives each
        column's alignment, ``"left"``, ``"center"`` or ``"right"``; by default numbers are
        right-aligned and text left-aligned. ``row_height`` (mm) is the body rows' minimum height
        (e.g. room to sign in).
        """
        n = len(headers)
        if n == 0:
            raise ValueError("table needs at least one column")
        for i, row in enumerate(rows):
            if len(row) != n:
                raise ValueError(f"table row {i} has {len(row)} cells for {n} columns")
        if totals is not None and len(totals) != n:
            raise ValueError(f"table totals have {len(totals)} cells for {n} columns")
        if col_widths is not None and len(col_widths) != n:
            raise ValueError(f"table: {len(col_widths)} column widths for {n} columns")
        if aligns is not None and (len(aligns) != n or any(a not in _ALIGNMENTS for a in aligns)):
            raise ValueError(f"table: aligns needs {n} of {sorted(_ALIGNMENTS)}")
        spec = _TableSpec(
            headers=tuple(headers),
            rows=[tuple(row) for row in rows],
            col_widths=tuple(col_widths) if col_widths is not None else None,
            totals=tuple(totals) if totals is not None else None,
            aligns=tuple(aligns) if aligns is not None else None,
            row_height=row_height,
        )
        self._blocks.append(lambda st: [_data_table(st, spec)])

    def section(self, heading: str) -> None:
        """A section heading; starts a new page if too little room is left below it."""
        self._blocks.append(
            lambda st: [
                CondPageBreak(SECTION_MIN_ROOM),
                _TextLine(
                    heading,
                    st.font,
                    HEADING_SIZE,
                    bold=True,
                    align="left",
                    space_before=5 * mm,
                    space_after=2 * mm,
                ),
            ]
        )

    def paragraph(self, text: str, *, indent: bool = True) -> None:
        """Running text; ``indent`` indents the first line by two characters (Chinese style)."""
        self._blocks.append(
            lambda st: [
                Paragraph(
                    _markup(text),
                    ParagraphStyle(
                        "para", parent=st.body, firstLineIndent=2 * BODY_SIZE if indent else 0
                    ),
                )
            ]
        )

    def signatures(self, labels: Sequence[str], *, dated: bool = True, per_row: int = 2) -> None:
        """Signature lines, ``per_row`` side by side, each with a "年 月 日" line when ``dated``.

        Labels are printed as given, e.g. ``"当事人（签名）："``.
        """
        if not labels:
            raise ValueError("signatures needs at least one label")
        if per_row < 1:
            raise ValueError("per_row must be at least 1")
        items = tuple(labels)
        self._blocks.append(lambda st: [_Signatures(items, st.font, per_row, dated)])

    def seal_box(self, label: str, *, dated: bool = True) -> None:
        """A box for the official seal (盖章), at the right margin."""
        self._blocks.append(lambda st: [_SealBox(label, st.font, dated)])

    def spacer(self, mm_height: float) -> None:
        """Vertical space of ``mm_height`` millimetres."""
        self._blocks.append(lambda st: [Spacer(1, mm_height * mm)])

    # ----------------------------------------------------------------- output

    def render(self) -> bytes:
        """The PDF as bytes. Laid out once as a one-page form (most are); a form that runs
        longer is laid out again, now knowing its page total for the page marks."""
        font = self._font or cjk_font()
        longest = max(
            (stringWidth(label, font.name, BODY_SIZE) for label in self._grid_labels), default=0.0
        )
        label_width = min(max(longest + 2 * CELL_PAD_X + 3, LABEL_MIN_WIDTH), LABEL_MAX_WIDTH)
        styles = _Styles.for_font(font.name, label_width)
        pdf, pages = self._build(styles, total=1)
        if pages != 1:
            pdf, _ = self._build(styles, total=pages)
        return pdf

    def render_to(self, path: str | os.PathLike[str]) -> Path:
        """Write the PDF to ``path`` (via a temporary file, so no half-written PDF is left)."""
        return write_atomically(path, self.render())

    def _build(self, styles: _Styles, total: int | None) -> tuple[bytes, int]:
        buffer = io.BytesIO()
        last_page = 0

        def on_page(canvas: Any, _doc: Any) -> None:
            nonlocal last_page
            last_page = canvas.getPageNumber()
            self._draw_page_marks(canvas, styles.font, last_page, total)

        doc = BaseDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=self.title,
            author=AUTHOR,
            subject=self.subtitle or self.title,
            creator=AUTHOR,
            lang="zh-CN",
            initialFontName=styles.font,
            pageCompression=1,
        )
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            BODY_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        doc.addPageTemplates([PageTemplate(id="form", frames=[frame], onPage=on_page)])
        doc.build(self._story(styles), canvasmaker=_FormCanvas)
        return buffer.getvalue(), last_page

    def _story(self, styles: _Styles) -> list[Any]:
        story: list[Any] = [
            _TextLine(self.title, styles.font, TITLE_SIZE, bold=True, align="center", tracking=2)
        ]
        if self.subtitle:
            story += [Spacer(1, 1 * mm), Paragraph(_markup(self.subtitle), styles.subtitle)]
        story.append(Spacer(1, 5 * mm))
        for block in self._blocks:
            story += block(styles)
        return _keep_closing_blocks_together(story)

    def _draw_page_marks(self, canvas: Any, font: str, page: int, total: int | None) -> None:
        canvas.saveState()
        canvas.setFillColor(INK)
        canvas.setFont(font, PAGE_MARK_SIZE)
        top = PAGE_HEIGHT - 13 * mm
        if self.organization:
            canvas.drawString(MARGIN_LEFT, top, self.organization)
        if self.number:
            canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, top, f"编号：{self.number}")
        footer = f"第 {page} 页 共 {total} 页" if total else f"第 {page} 页"
        canvas.drawCentredString(PAGE_WIDTH / 2, 11 * mm, footer)
        canvas.restoreState()


# --------------------------------------------------------------------- helpers


class _FormCanvas(Canvas):  # type: ignore[misc]
    """A canvas whose pages are only deflated: reportlab also encodes them in ASCII85 (for 7-bit
    channels no PDF travels over any more), a quarter more bytes and a tenth of a form's time."""

    def showPage(self) -> None:
        super().showPage()
        page = self._doc.Pages.pages[-1]
        if page.compression and not page.Contents and page.stream:
            page.Contents = pdfdoc.PDFStream(content=page.stream, filters=[pdfdoc.PDFZCompress])

_ALIGNMENTS = {"left": "LEFT", "center": "CENTER", "right": "RIGHT"}


@dataclass(frozen=True)
class _TableSpec:
    headers: tuple[str, ...]
    rows: list[tuple[TableValue, ...]]
    col_widths: tuple[float, ...] | None
    totals: tuple[TableValue, ...] | None
    aligns: tuple[str, ...] | None
    row_height: float = 6.5


def _keep_closing_blocks_together(story: list[Any]) -> list[Any]:
    """Keep a run of signature lines and seal boxes on one page (never a lone seal box)."""
    result: list[Any] = []
    run: list[Any] = []

    def flush() -> None:
        trailing: list[Any] = []
        while run and isinstance(run[-1], Spacer):
            trailing.insert(0, run.pop())
        if len(run) > 1:
            result.append(KeepTogether(run.copy()))
        else:
            result.extend(run)
        result.extend(trailing)
        run.clear()

    for flowable in story:
        if isinstance(flowable, _Signatures | _SealBox) or (run and isinstance(flowable, Spacer)):
            run.append(flowable)
        else:
            flush()
            result.append(flowable)
    flush()
    return result


def _markup(text: str) -> str:
    """Plain text as reportlab paragraph markup (escaped, newlines kept)."""
    return "<br/>".join(escape(line) for line in text.splitlines()) if text else ""


def _text(value: TableValue) -> str:
    return "" if value is None else str(value)


def _scale(weights: Sequence[float], total: float) -> list[float]:
    s = sum(weights)
    if s <= 0 or any(w < 0 for w in weights):
        raise ValueError("column widths must be positive")
    return [w * total / s for w in weights]


def _fit_widths(natural: Sequence[float], total: float) -> list[float]:
    """Column widths filling ``total``: narrow columns keep their width, wide ones share."""
    if sum(natural) <= total:
        return _scale(natural, total)
    widths: dict[int, float] = {}
    flexible = list(range(len(natural)))
    remaining = total
    while flexible:
        share = remaining / len(flexible)
        narrow = [i for i in flexible if natural[i] <= share]
        if not narrow:
            break
        for i in narrow:
            widths[i] = natural[i]
            remaining -= natural[i]
        flexible = [i for i in flexible if i not in widths]
    flexible_sum = sum(natural[i] for i in flexible)
    for i in flexible:
        widths[i] = remaining * natural[i] / flexible_sum
    return [widths[i] for i in range(len(natural))]


def _field_grid(
    st: _Styles,
    rows: list[list[tuple[str, str | Choice, int]]],
    columns: int,
    weights: list[float] | None,
    min_heights: list[float | None] | None,
) -> list[_GridRow]:
    if weights is not None:
        widths = _scale(weights, BODY_WIDTH)
    else:
        # Even columns hold labels (label, value, label, value, ...), all as wide as the longest
        # label of the document, so that the grids of one form line up.
        label_cols = range(0, columns, 2)
        value_w = (BODY_WIDTH - len(label_cols) * st.label_width) / max(
            columns - len(label_cols), 1
        )
        widths = [st.label_width if c in label_cols else value_w for c in range(columns)]
    edges = [0.0]
    for w in widths:
        edges.append(edges[-1] + w)

    # One flowable per row: a tall row is split across pages between its lines.
    result = []
    last = len(rows) - 1
    for r, row in enumerate(rows):
        tall = min_heights is not None and min_heights[r] is not None
        cells: list[_GridCell] = []
        c = 0
        for label, value, span in row:
            cells.append(_text_cell(label, st.font, edges[c], edges[c + 1], label=True))
            left, right = edges[c + 1], edges[c + 1 + span]
            if isinstance(value, Choice):
                cells.append(_choice_cell(value, st.font, left, right, top=tall))
            else:
                cells.append(_text_cell(value, st.font, left, right, label=False, top=tall))
            c += 1 + span
        height = max(GRID_ROW_HEIGHT, (min_heights[r] or 0) * mm if min_heights else 0)
        result.append(
            _GridRow(
                cells,
                min_height=height,
                top_line=BOX_LINE if r == 0 else GRID_LINE,
                bottom_line=BOX_LINE if r == last else GRID_LINE,
                font=st.font,
            )
        )
    return result


def _data_table(st: _Styles, spec: _TableSpec) -> Table:
    n = len(spec.headers)
    aligns = (
        [_ALIGNMENTS[a] for a in spec.aligns]
        if spec.aligns is not None
        else _default_aligns(spec.rows, n)
    )
    if spec.col_widths is not None:
        widths = _scale(spec.col_widths, BODY_WIDTH)
    else:
        sample = spec.rows[:300] + ([spec.totals] if spec.totals else [])
        natural = []
        for i, header in enumerate(spec.headers):
            longest = max(
                [stringWidth(header, st.font, TABLE_SIZE)]
                + [stringWidth(_text(row[i]), st.font, TABLE_SIZE) for row in sample]
            )
            natural.append(min(longest, BODY_WIDTH * 0.5) + 2 * CELL_PAD_X + HANG_ROOM + 2)
        widths = _fit_widths(natural, BODY_WIDTH)

    styles = {"LEFT": st.cell, "RIGHT": st.cell_right, "CENTER": st.header}

    def cell(value: TableValue, align: str) -> Paragraph:
        return Paragraph(_markup(_text(value)), styles[align])

    data: list[list[Any]] = [[Paragraph(_markup(h), st.header) for h in spec.headers]]
    data += [[cell(v, aligns[i]) for i, v in enumerate(row)] for row in spec.rows]
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), st.font, TABLE_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("INNERGRID", (0, 0), (-1, -1), GRID_LINE, INK),
        ("BOX", (0, 0), (-1, -1), BOX_LINE, INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), BOX_LINE, INK),
    ]
    if spec.totals is not None:
        data.append([cell(v, aligns[i]) for i, v in enumerate(spec.totals)])
        commands += [
            ("BACKGROUND", (0, -1), (-1, -1), LABEL_SHADE),
            ("LINEABOVE", (0, -1), (-1, -1), BOX_LINE, INK),
        ]
    return Table(
        data,
        colWidths=widths,
        style=TableStyle(commands),
        repeatRows=1,
        minRowHeights=[8 * mm] + [spec.row_height * mm] * (len(data) - 1),
        hAlign="CENTER",
    )


def _default_aligns(rows: Sequence[Sequence[TableValue]], n: int) -> list[str]:
    aligns = []
    for i in range(n):
        values = [row[i] for row in rows if row[i] is not None and row[i] != ""]
        numeric = bool(values) and all(
            isinstance(v, int | Decimal) and not isinstance(v, bool) for v in values
        )
        aligns.append("RIGHT" if numeric else "LEFT")
    return aligns


class _TextLine(Flowable):  # type: ignore[misc]
    """A single line of text (title, heading), shrunk to fit if too long; bold is simulated."""

    def __init__(
        self,
        text: str,
        font: str,
        size: float,
        *,
        bold: bool = False,
        align: str = "left",
        tracking: float = 0.0,
        space_before: float = 0.0,
        space_after: float = 0.0,
    ) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.size = size
        self.bold = bold
        self.align = align
        self.tracking = tracking
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self._size = size
        self._tracking = tracking
        self._width = 0.0

    def _text_width(self, size: float, tracking: float) -> float:
        return float(stringWidth(self.text, self.font, size)) + tracking * max(
            len(self.text) - 1, 0
        )

    def wrap(self, avail_width: float, _avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        size, tracking = self.size, self.tracking
        natural = self._text_width(size, tracking)
        if natural > avail_width:
            tracking = 0.0
            size = size * avail_width / max(self._text_width(size, 0.0), 1.0)
        self._size, self._tracking = size, tracking
        return avail_width, self.size * 1.35

    def draw(self) -> None:
        canvas = self.canv
        size = self._size
        width = self._text_width(size, self._tracking)
        if self.align == "center":
            x = (self._width - width) / 2
        elif self.align == "right":
            x = self._width - width
        else:
            x = 0.0
        y = self.size * 0.3
        canvas.saveState()
        canvas.setFillColor(INK)
        canvas.setFont(self.font, size)
        t = canvas.beginText(x, y)
        t.setFont(self.font, size)
        t.setCharSpace(self._tracking)
        if self.bold:
            canvas.setLineWidth(size * 0.028)
            canvas.setStrokeColor(INK)
            t.setTextRenderMode(2)
        t.textOut(self.text)
        canvas.drawText(t)
        canvas.restoreState()


LABEL_LEADING = 14.5
CHOICE_BOX = BODY_SIZE * 0.9
CHOICE_GAP = 4 * mm
CHOICE_LEADING = BODY_SIZE * 1.45
TALL_PAD_TOP = CELL_PAD_Y + 3  # a box to write in: its text starts a little below the top
CHOICE_LINE = 0.6
TICK_LINE = 1.1


def _wrap_lines(text: str, font: str, size: float, width: float) -> tuple[tuple[float, str], ...]:
    """``text`` broken into lines no wider than ``width``, as a reportlab CJK paragraph breaks it
    (each line of the text on its own, runs of white space as one space): (room left, line)."""
    lines: list[tuple[float, str]] = []
    for raw in text.splitlines():
        line = " ".join(raw.split())
        natural = float(stringWidth(line, font, size))
        if natural <= width:
            lines.append((width - natural, line))
        else:
            lines += [(float(room), part) for room, part in rl_textsplit.wordSplit(
                line, [width], font, size)]
    return tuple(lines)


def _choice_lines(
    choice: Choice, font: str, size: float, width: float
) -> tuple[tuple[tuple[float, str], ...], ...]:
    """The options of ``choice`` as lines of (x, option) no wider than ``width``."""
    lines: list[list[tuple[float, str]]] = [[]]
    x = 0.0
    for option in choice.options:
        item = CHOICE_BOX + 3 + float(stringWidth(option, font, size))
        if lines[-1] and x + item > width:
            lines.append([])
            x = 0.0
        lines[-1].append((x, option))
        x += item + CHOICE_GAP
    return tuple(tuple(line) for line in lines)


class _GridCell(NamedTuple):
    """One cell of a field-grid row: a shaded label or a value, as lines ready to draw."""

    left: float
    right: float
    label: bool  # shaded, centred
    lines: tuple[Any, ...]  # (room left, text) for text; ((x, option), ...) for a Choice
    leading: float
    top: bool = False  # aligned to the top (a box to write in), else centred vertically
    choice: Choice | None = None

    @property
    def pad_top(self) -> float:
        return TALL_PAD_TOP if self.top else CELL_PAD_Y

    @property
    def content_height(self) -> float:
        return len(self.lines) * self.leading


def _text_cell(
    text: str, font: str, left: float, right: float, *, label: bool, top: bool = False
) -> _GridCell:
    room = right - left - 2 * CELL_PAD_X - (0 if label else HANG_ROOM)
    return _GridCell(left, right, label, _wrap_lines(text, font, BODY_SIZE, room),
                     LABEL_LEADING, top=top and not label)


def _choice_cell(choice: Choice, font: str, left: float, right: float, *, top: bool) -> _GridCell:
    lines = _choice_lines(choice, font, BODY_SIZE, right - left - 2 * CELL_PAD_X)
    return _GridCell(left, right, False, lines, CHOICE_LEADING, top=top, choice=choice)


class _GridRow(Flowable):  # type: ignore[misc]
    """One row of a field grid drawn straight on the canvas: shaded labels, wrapped values and
    the borders (heavier around the grid).  A row taller than the room left on a page is split
    between two lines of its text, the box closed at the split and opened again on the next
    page."""

    def __init__(
        self,
        cells: Sequence[_GridCell],
        *,
        min_height: float,
        top_line: float,
        bottom_line: float,
        font: str,
    ) -> None:
        super().__init__()
        self.cells = tuple(cells)
        self.min_height = min_height
        self.top_line = top_line
        self.bottom_line = bottom_line
        self.font = font
        self.width = self.cells[-1].right
        self.height = max(
            min_height,
            max(c.content_height + c.pad_top + CELL_PAD_Y for c in self.cells),
        )

    def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, _avail_width: float, avail_height: float) -> list[_GridRow]:
        if avail_height < self.min_height:
            return []  # too little room for the row's own height: all of it on the next page
        first: list[_GridCell] = []
        rest: list[_GridCell] = []
        progress = False
        for cell in self.cells:
            fit = int((avail_height - cell.pad_top - CELL_PAD_Y) / cell.leading + 1e-6)
            fit = max(0, min(fit, len(cell.lines)))
            if cell.choice is not None and fit < len(cell.lines):
                fit = 0  # the options of a choice stay together
            if fit < len(cell.lines) and fit > 0:
                progress = True
            first.append(cell._replace(lines=cell.lines[:fit]))
            rest.append(cell._replace(lines=cell.lines[fit:]))
        if not progress:
            return []
        return [
            _GridRow(first, min_height=0.0, top_line=self.top_line, bottom_line=BOX_LINE,
                     font=self.font),
            _GridRow(rest, min_height=GRID_ROW_HEIGHT, top_line=BOX_LINE,
                     bottom_line=self.bottom_line, font=self.font),
        ]

    def draw(self) -> None:
        # The shading and the lines are written as PDF operators: a row is a few rectangles and
        # lines, and reportlab's general path and number formatting cost more than the page.
        canvas = self.canv
        width, height = self.width, self.height
        canvas.saveState()
        shaded = [cell for cell in self.cells if cell.label]
        if shaded:
            canvas.setFillColor(LABEL_SHADE)
            canvas.addLiteral(" ".join(
                f"{_pt(cell.left)} 0 {_pt(cell.right - cell.left)} {_pt(height)} re"
                for cell in shaded) + " f")
        canvas.setFillColor(INK)
        canvas.setStrokeColor(INK)
        text = canvas.beginText()
        text.setFont(self.font, BODY_SIZE, LABEL_LEADING)
        boxes: list[str] = []
        ticks: list[str] = []
        for cell in self.cells:
            if not cell.lines:
                continue
            # a box to write in starts at the top; everything else is centred vertically
            top = height - cell.pad_top if cell.top else (height + cell.content_height) / 2
            x = cell.left + CELL_PAD_X
            if cell.choice is not None:
                self._choice_boxes(cell, x, top, text, boxes, ticks)
                continue
            baseline = top - BODY_SIZE
            for room, line in cell.lines:
                if line:
                    text.setTextOrigin(x + room / 2 if cell.label else x, baseline)
                    text.textOut(line)
                baseline -= cell.leading
        canvas.drawText(text)
        grid = [f"{_pt(cell.left)} 0 m {_pt(cell.left)} {_pt(height)} l" for cell in self.cells[1:]]
        box = [f"0 0 m 0 {_pt(height)} l {_pt(width)} 0 m {_pt(width)} {_pt(height)} l"]
        for weight, y in ((self.top_line, height), (self.bottom_line, 0.0)):
            (box if weight == BOX_LINE else grid).append(f"0 {_pt(y)} m {_pt(width)} {_pt(y)} l")
        ops = []
        if boxes:  # butt caps and mitred corners (the PDF default) for the check boxes
            ops += [f"{_pt(CHOICE_LINE)} w", *boxes, "S"]
        if ticks:
            ops += [f"{_pt(TICK_LINE)} w", *ticks, "S"]
        # the grid with round caps and joins, as reportlab draws table lines
        ops += ["1 J 1 j", f"{_pt(GRID_LINE)} w", *grid, "S", f"{_pt(BOX_LINE)} w", *box, "S"]
        canvas.addLiteral(" ".join(ops))
        canvas.restoreState()

    @staticmethod
    def _choice_boxes(
        cell: _GridCell, left: float, top: float, text: Any, boxes: list[str], ticks: list[str]
    ) -> None:
        """The options of a choice: their names into ``text``, their boxes and the tick of the
        selected one as path operators."""
        assert cell.choice is not None
        selected = cell.choice.selected
        b = CHOICE_BOX
        lead = CHOICE_LEADING
        for n, line in enumerate(cell.lines):
            baseline = top - (n + 1) * lead + (lead - BODY_SIZE) / 2 + 1.5
            y = baseline - 0.5
            for offset, option in line:
                x = left + offset
                boxes.append(f"{_pt(x)} {_pt(y)} {_pt(b)} {_pt(b)} re")
                if option == selected:
                    ticks.append(
                        f"{_pt(x + b * 0.18)} {_pt(y + b * 0.52)} m "
                        f"{_pt(x + b * 0.42)} {_pt(y + b * 0.22)} l "
                        f"{_pt(x + b * 0.86)} {_pt(y + b * 0.84)} l"
                    )
                text.setTextOrigin(x + b + 3, baseline)
                text.textOut(option)


def _pt(value: float) -> str:
    """A coordinate for a PDF operator, to a thousandth of a point."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


class _Signatures(Flowable):  # type: ignore[misc]
    """Rows of "label ________" signature lines, each with a "年 月 日" line below it."""

    ROW_GAP = 4 * mm
    SIGN_HEIGHT = 10 * mm
    DATE_HEIGHT = 8 * mm
    CELL_GAP = 10 * mm

    def __init__(self, labels: tuple[str, ...], font: str, per_row: int, dated: bool) -> None:
        super().__init__()
        self.labels = labels
        self.font = font
        self.per_row = per_row
        self.dated = dated
        self.spaceBefore = 6 * mm
        self.spaceAfter = 2 * mm
        self._width = BODY_WIDTH

    @property
    def _row_height(self) -> float:
        return self.SIGN_HEIGHT + (self.DATE_HEIGHT if self.dated else 0)

    def wrap(self, avail_width: float, _avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        rows = -(-len(self.labels) // self.per_row)
        return avail_width, rows * self._row_height + (rows - 1) * self.ROW_GAP

    def draw(self) -> None:
        canvas = self.canv
        size = BODY_SIZE
        cell_w = (self._width - (self.per_row - 1) * self.CELL_GAP) / self.per_row
        _, height = self.wrap(self._width, 0)
        canvas.saveState()
        canvas.setFont(self.font, size)
        canvas.setFillColor(INK)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        for i, label in enumerate(self.labels):
            row, col = divmod(i, self.per_row)
            x = col * (cell_w + self.CELL_GAP)
            top = height - row * (self._row_height + self.ROW_GAP)
            baseline = top - self.SIGN_HEIGHT + 2.5 * mm
            canvas.drawString(x, baseline, label)
            line_start = x + stringWidth(label, self.font, size) + 1 * mm
            line_end = x + cell_w
            canvas.line(line_start, baseline - 1.5, line_end, baseline - 1.5)
            if self.dated:
                _draw_date_line(canvas, self.font, size, line_end, baseline - self.DATE_HEIGHT)
        canvas.restoreState()


def _draw_date_line(canvas: Any, font: str, size: float, right: float, baseline: float) -> None:
    """Blank "    年    月    日" ending at ``right``, to be filled in by hand."""
    marks = (("年", 14 * mm), ("月", 8 * mm), ("日", 8 * mm))  # each with the blank before it
    x = right - sum(blank + stringWidth(mark, font, size) for mark, blank in marks)
    for mark, blank in marks:
        x += blank
        canvas.drawString(x, baseline, mark)
        x += stringWidth(mark, font, size)


class _SealBox(Flowable):  # type: ignore[misc]
    """A box at the right margin for the official seal, with its label and a date line."""

    WIDTH = 68 * mm
    HEIGHT = 44 * mm

    def __init__(self, label: str, font: str, dated: bool) -> None:
        super().__init__()
        self.label = label
        self.font = font
        self.dated = dated
        self.hAlign = "RIGHT"
        self.spaceBefore = 4 * mm

    def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
        return self.WIDTH, self.HEIGHT

    def draw(self) -> None:
        canvas = self.canv
        size = BODY_SIZE
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setFillColor(INK)
        canvas.setLineWidth(BOX_LINE)
        canvas.rect(0, 0, self.WIDTH, self.HEIGHT, stroke=1, fill=0)
        canvas.setFont(self.font, size)
        canvas.drawString(3 * mm, self.HEIGHT - 3 * mm - size, self.label)
        if self.dated:
            _draw_date_line(canvas, self.font, size, self.WIDTH - 4 * mm, 4 * mm)
        canvas.restoreState()
