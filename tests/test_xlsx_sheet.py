"""The standard-library workbook reader gives exactly openpyxl's read-only values (and refuses
what it does not read, so the ledger falls back to openpyxl)."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.styles.numbers import BUILTIN_FORMATS
from openpyxl.styles.numbers import is_date_format as openpyxl_is_date
from openpyxl.styles.numbers import is_timedelta_format as openpyxl_is_duration

from tests.ledger_files import generate, workbook
from unioncase.services.ledger_read import read_workbook
from unioncase.services.xlsx_sheet import (
    UnsupportedWorkbook,
    XlsxWorkbook,
    is_date_format,
    is_duration_format,
)

pytestmark = pytest.mark.filterwarnings("ignore:Workbook contains no default style")


def openpyxl_rows(data: bytes) -> dict[str, list[tuple[Any, ...]]]:
    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        return {name: [tuple(r) for r in book[name].iter_rows(values_only=True)]
                for name in book.sheetnames}
    finally:
        book.close()


def fast_rows(data: bytes) -> dict[str, list[tuple[Any, ...]]]:
    with XlsxWorkbook(data) as book:
        return {name: list(book.rows(name)) for name in book.sheetnames}


def assert_same(data: bytes) -> None:
    expected = openpyxl_rows(data)
    got = fast_rows(data)
    assert list(got) == list(expected)
    for name, rows in expected.items():
        assert got[name] == rows, name
        for mine, theirs in zip(got[name], rows, strict=True):
            assert [type(v) for v in mine] == [type(v) for v in theirs], name


@pytest.mark.parametrize(("seed", "size"), [(1, 10), (5, 200), (9, 40)])
def test_generated_ledgers_read_the_same(seed: int, size: int) -> None:
    assert_same(workbook(generate(seed=seed, size=size).sheets))


def typed_workbook(date1904: bool = False) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "值"
    if date1904:
        book.epoch = datetime(1904, 1, 1)  # type: ignore[attr-defined]
    sheet.append(["日期", "时间", "数字", "身份证号", "公式", "真假", "文字"])
    sheet.append([date(2022, 3, 5), datetime(2022, 3, 5, 14, 30, 15), 2149.71,
                  "330402198001011234", "=1+2", True, " 前后有空格 "])
    sheet.append([datetime(1900, 1, 15), time(8, 5), 42, "11010519491231002X", None, False,
                  "第一行\n第二行"])
    sheet.append([])  # a blank row
    sheet.append([None, None, 1.5e-7, None, None, None, "<&>\"'"])
    sheet["J9"] = "远处的格"  # sparse: far right and below a gap
    sheet["B12"] = 123456789012345678
    sheet["C12"] = date(1899, 12, 31)
    sheet["D12"] = -3
    custom = sheet["E12"]
    custom.value = 44621.75
    custom.number_format = 'yyyy"年"m"月"d"日" hh:mm'
    money = sheet["F12"]
    money.value = 1234.5
    money.number_format = '[Red]#,##0.00;"负"#,##0.00'
    sheet["G12"] = 0.5
    sheet["G12"].number_format = "h:mm:ss"
    other = book.create_sheet("空表")
    del other
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("date1904", [False, True])
def test_workbooks_written_by_openpyxl_read_the_same(date1904: bool) -> None:
    data = typed_workbook(date1904)
    assert_same(data)
    rows = fast_rows(data)["值"]
    assert rows[1][:4] == (datetime(2022, 3, 5), datetime(2022, 3, 5, 14, 30, 15), 2149.71,
                           "330402198001011234")
    assert rows[3] == (None,) * 10  # the blank row, as wide as the sheet
    assert rows[8][9] == "远处的格"


def hand_made(sheet_xml: str, strings: str = "", styles: str = "",
              workbook_pr: str = "") -> bytes:
    """A workbook written by hand: shared strings with runs and phonetics, cells without
    references, rows out of the common shape."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'),
        "_rels/.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            f'<workbook xmlns="{main}" xmlns:r="{rel}">{workbook_pr}<sheets>'
            '<sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships"><Relationship Id="rId1" Type="{rel}/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>'),
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{main}">{sheet_xml}</worksheet>',
        "xl/sharedStrings.xml": f'<sst xmlns="{main}">{strings}</sst>',
    }
    if styles:
        parts["xl/styles.xml"] = f'<styleSheet xmlns="{main}">{styles}</styleSheet>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


STRINGS = ('<si><t>张伟</t></si><si><r><t>嘉兴</t></r><r><rPr><b/></rPr><t xml:space="preserve">'
           ' 纺织</t></r></si><si><t>南湖</t><rPh sb="0" eb="1"><t>nan</t></rPh></si>'
           '<si><t/></si><si><t>a_x005F_x000D_b</t></si>')
STYLES = ('<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy/m/d"/>'
          '<numFmt numFmtId="165" formatCode="0.00&quot;天&quot;"/></numFmts>'
          '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/>'
          '<xf numFmtId="165"/><xf numFmtId="31"/></cellXfs>')


@pytest.mark.parametrize("sheet", [
    # shared strings, dates by built-in and custom formats, a format that is no date
    '<dimension ref="A1:F3"/><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
    '<c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c>'
    '<c r="E1" t="s"><v>4</v></c></row><row r="3"><c r="A3" s="1"><v>44621</v></c>'
    '<c r="B3" s="2"><v>44621.5</v></c><c r="C3" s="3"><v>12.5</v></c>'
    '<c r="D3" s="4"><v>44621</v></c><c r="F3" s="2"><v>0.25</v></c></row></sheetData>',
    # no dimension, cells without references, booleans, errors, cached formula values
    '<sheetData><row><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c>'
    '<c t="str"><f>A1&amp;"x"</f><v>TRUEx</v></c><c><f>1+1</f><v>2</v></c>'
    '<c><f>NOW()</f></c><c t="s"><v>0</v></c></row><row/><row><c r="C3"><v>1E+3</v></c>'
    '</row><row r="7" spans="1:2"><c r="B7" t="inlineStr"><is><t>行</t></is></c></row>'
    '</sheetData>',
    # a dimension smaller than the data: openpyxl drops what is outside it
    '<dimension ref="A1:B2"/><sheetData><row r="1"><c r="A1"><v>1</v></c>'
    '<c r="C1"><v>3</v></c></row><row r="2"><c r="B2"><v></v></c></row>'
    '<row r="3"><c r="A3"><v>9</v></c></row></sheetData>',
    # a dimension larger than the data, cells out of order
    '<dimension ref="A1:D9"/><sheetData><row r="2"><c r="C2"><v>3</v></c><c r="A2">'
    '<v>1</v></c></row></sheetData>',
])
def test_hand_made_sheets_read_the_same(sheet: str) -> None:
    assert_same(hand_made(sheet, STRINGS, STYLES))


def test_the_1904_date_system() -> None:
    data = hand_made('<sheetData><row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="1">'
                     '<v>30000.5</v></c></row></sheetData>', styles=STYLES,
                     workbook_pr='<workbookPr date1904="1"/>')
    assert_same(data)
    assert fast_rows(data)["表"][0] == (datetime(1904, 1, 2), datetime(1986, 2, 19, 12, 0))


@pytest.mark.parametrize("sheet", [
    '<sheetData><row r="1"><c r="A1" t="d"><v>2022-03-05</v></c></row></sheetData>',
    '<sheetData><row r="1"><c r="A1" s="1"><v>99999999</v></c></row></sheetData>',
    '<sheetData><row r="1"><c r="A1" t="x"><v>1</v></c></row></sheetData>',
    '<sheetData><row r="1.5"><c r="A1"><v>1</v></c></row></sheetData>',
])
def test_what_it_does_not_read_is_refused(sheet: str) -> None:
    data = hand_made(sheet, STRINGS, STYLES)
    with XlsxWorkbook(data) as book, pytest.raises(UnsupportedWorkbook):
        list(book.rows("表"))


def test_a_refused_workbook_is_read_by_openpyxl() -> None:
    """An ISO date cell (t="d") in a ledger: the fast reader refuses, openpyxl reads it."""
    data = workbook({"招聘会": [{"名称": "春风行动", "举办日期": "2022-03-05", "地点": "市场"}]})
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    name = next(n for n, v in parts.items() if n.startswith("xl/worksheets/")
                and "春风行动".encode() in v)
    text = parts[name].decode()
    start = text.index('<c r="B2"')
    end = text.index("</c>", start) + len("</c>")
    parts[name] = (text[:start] + '<c r="B2" t="d"><v>2022-03-05</v></c>' + text[end:]).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for n, v in parts.items():
            archive.writestr(n, v)
    with XlsxWorkbook(buffer.getvalue()) as book, pytest.raises(UnsupportedWorkbook):
        list(book.rows("招聘会"))
    book_read = read_workbook(buffer.getvalue(), date(2026, 1, 1))
    assert book_read.sheets["招聘会"].rows[0].cells["举办日期"] == date(2022, 3, 5)


def test_not_a_workbook_is_refused() -> None:
    with pytest.raises(UnsupportedWorkbook):
        XlsxWorkbook(b"not a zip")
    with pytest.raises(UnsupportedWorkbook):
        XlsxWorkbook(Path("台账.csv"))


@pytest.mark.parametrize("fmt", [*BUILTIN_FORMATS.values(), 'yyyy"年"m"月"d"日"', "[$-804]0.00",
                                 "[Red]0", "[h]:mm", "[mm]:ss", "0_m", "\\d0", "General",
                                 '"day"0', "[ss].00", "aaaa", "e", "0;yyyy", None])
def test_date_formats_as_openpyxl_detects_them(fmt: str | None) -> None:
    assert is_date_format(fmt) == openpyxl_is_date(fmt)
    assert is_duration_format(fmt) == openpyxl_is_duration(fmt)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='ymdhsYMDHS0#.,;:"[]$-_\\ @/年月日AMP', max_size=14))
def test_any_format_code_is_classified_as_openpyxl_does(fmt: str) -> None:
    assert is_date_format(fmt) == openpyxl_is_date(fmt)
    assert is_duration_format(fmt) == openpyxl_is_duration(fmt)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_a_workbook_saved_by_libreoffice_reads_the_same(tmp_path: Path) -> None:
    source = tmp_path / "openpyxl.xlsx"
    source.write_bytes(typed_workbook() + b"")
    ledger = tmp_path / "ledger.xlsx"
    ledger.write_bytes(workbook(generate(seed=3, size=30).sheets))
    out = tmp_path / "out"
    for path in (source, ledger):
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                        "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                       check=True, capture_output=True, timeout=180)
        converted = (out / path.name).read_bytes()
        with zipfile.ZipFile(io.BytesIO(converted)) as archive:
            assert "xl/sharedStrings.xml" in archive.namelist()  # LibreOffice shares strings
        assert_same(converted)
    values = fast_rows((out / source.name).read_bytes())["值"]
    assert values[1][4] == 3  # the formula's cached value
