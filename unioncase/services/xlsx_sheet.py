"""The cell values of an .xlsx workbook, read with the standard library (``zipfile`` and
``ElementTree.iterparse`` over the sheet XML) about ten times faster than openpyxl.

:class:`XlsxWorkbook` gives exactly what openpyxl's read-only mode gives with
``data_only=True`` and ``iter_rows(values_only=True)``: the same sheet names, the same rows
(gaps filled with empty rows, every row as wide as the sheet's ``<dimension>``), the same values
(shared and inline strings, ints and floats, booleans, error texts, the cached values of
formulas, dates and times from the cell's number format in the 1900 or 1904 date system).
``tests/test_xlsx_sheet.py`` compares the two over generated ledgers, workbooks written by
openpyxl and a workbook converted by LibreOffice.

Whatever it does not understand (strict OOXML, chart sheets, ISO date cells, duration formats,
dates out of range, unexpected elements) raises :class:`UnsupportedWorkbook` before any value
is trusted, so the caller reads the file with openpyxl instead. Nothing here knows about ledgers.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, fromstring, iterparse
from xml.parsers.expat import ParserCreate

__all__ = ["UnsupportedWorkbook", "XlsxWorkbook", "is_date_format", "is_duration_format"]

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CONTENT_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_WORKSHEET = _DOC_REL + "/worksheet"
_OFFICE_DOCUMENT = _DOC_REL + "/officeDocument"
_R_ID = "{" + _DOC_REL + "}id"
_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml"
# In the order openpyxl looks for them.
_WORKBOOK_TYPES = ("application/vnd.ms-excel.template.macroEnabled.main+xml",
                   _SHEET + ".template.main+xml",
                   "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                   _SHEET + ".sheet.main+xml")
_SHARED_STRINGS_TYPE = _SHEET + ".sharedStrings+xml"
_STYLES = "xl/styles.xml"  # openpyxl reads the styles from here, whatever the manifest says
SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")  # what openpyxl opens by file name

_ROW = _MAIN + "row"
_C = _MAIN + "c"
_V = _MAIN + "v"
_F = _MAIN + "f"
_IS = _MAIN + "is"
_T = _MAIN + "t"
_R = _MAIN + "r"
_TEXT_PARTS = frozenset({_T, _R, _MAIN + "rPh", _MAIN + "phoneticPr"})
_RUN_PARTS = frozenset({_T, _MAIN + "rPr"})
# The same names as expat gives them (namespace, space, local name).
_X = _MAIN[1:-1] + " "
_X_ROW, _X_C, _X_V, _X_IS, _X_T, _X_R = (_X + n for n in ("row", "c", "v", "is", "t", "r"))
_X_DIMENSION, _X_SHEET_DATA = _X + "dimension", _X + "sheetData"
_X_TEXT_PARTS = frozenset({_X_T, _X_R, _X + "rPh", _X + "phoneticPr"})
_X_RUN_PARTS = frozenset({_X_T, _X + "rPr"})
_CHUNK = 1 << 16

_EPOCH_1900 = datetime(1899, 12, 30)
_EPOCH_1904 = datetime(1904, 1, 1)
_MS_PER_DAY = 86_400_000

# The built-in number formats that are dates or times (ECMA-376 18.8.30, as openpyxl has
# them; 27-36 and 50-58 are locale-dependent and not built in there) and the durations.
_BUILTIN_FORMATS = frozenset({*range(0, 23), *range(37, 50)})
_BUILTIN_DATES = frozenset({*range(14, 23), 45, 46, 47})
_BUILTIN_DURATIONS = frozenset({46})
# Quoted text and bracketed parts ([Red], [$-804]) other than elapsed [h] [mm] [ss] say nothing.
_NOT_DATE_PARTS = re.compile(r'".*?"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]')
_DATE_LETTER = re.compile(r"(?<![_\\])[dmhysDMHYS]")
_DURATION = re.compile(r"\[hh?\](:mm(:ss(\.0*)?)?)?|\[mm?\](:ss(\.0*)?)?|\[ss?\](\.0*)?", re.I)
_REF = re.compile(r"\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?")
_COORDINATE = re.compile(r"([A-Z]{1,3})(\d+)")


class UnsupportedWorkbook(Exception):  # noqa: N818 - an answer ("use openpyxl"), not a failure
    """The workbook holds something this reader does not read; openpyxl should."""


def is_date_format(code: str | None) -> bool:
    """Whether numbers shown with this format code are dates or times (its first section has
    a d, m, h, y or s outside quotes and brackets, not escaped)."""
    if code is None:
        return False
    first = _NOT_DATE_PARTS.sub("", code.split(";")[0])
    return _DATE_LETTER.search(first) is not None


def is_duration_format(code: str | None) -> bool:
    """Whether the format shows elapsed time ([h]:mm:ss)."""
    return code is not None and _DURATION.search(code.split(";")[0]) is not None


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    if not 0 < index < 18279:
        raise UnsupportedWorkbook(f"column {letters}")
    return index


def _text(node: Element) -> str:
    """A string item (``<si>`` or ``<is>``): its plain text and its runs, without phonetics."""
    plain: str | None = None
    runs: list[str] = []
    for part in node:
        tag = part.tag
        if tag == _T:
            plain = part.text
        elif tag == _R:
            run: str | None = None
            for piece in part:
                if piece.tag == _T:
                    run = piece.text
                elif piece.tag not in _RUN_PARTS:
                    raise UnsupportedWorkbook(piece.tag)
            if run is not None:
                runs.append(run)
        elif tag not in _TEXT_PARTS:
            raise UnsupportedWorkbook(tag)
    if not runs:
        return plain or ""
    return (plain or "") + "".join(runs)


def _serial_date(value: float, epoch: datetime) -> datetime | time:
    """An Excel serial number as openpyxl's ``from_excel`` turns it into a datetime (or a
    time of day for 0 <= value < 1), to the millisecond; 1900-02-29 does not exist."""
    day, fraction = divmod(value, 1)
    diff = timedelta(milliseconds=round(fraction * _MS_PER_DAY))
    try:
        if 0 <= value < 1 and diff.days == 0:
            minutes, seconds = divmod(diff.seconds, 60)
            hours, minutes = divmod(minutes, 60)
            return time(hours, minutes, seconds, diff.microseconds)
        if 0 < value < 60 and epoch is _EPOCH_1900:
            day += 1
        return epoch + timedelta(days=day) + diff
    except (OverflowError, ValueError):
        raise UnsupportedWorkbook(f"date serial {value}") from None


class XlsxWorkbook:
    """An open workbook: its sheet names and, one sheet at a time, its rows of values.

    Opening reads the manifest, the workbook part, its relationships, the styles and the
    shared strings; raises UnsupportedWorkbook for a file it will not read (including one
    that is no zip archive at all: openpyxl then says what is wrong with it).
    """

    def __init__(self, source: bytes | Path) -> None:
        if isinstance(source, Path) and source.suffix.lower() not in SUFFIXES:
            raise UnsupportedWorkbook("file name")
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes)
                                        else source)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise UnsupportedWorkbook(str(exc)) from None
        try:
            self._open()
        except UnsupportedWorkbook:
            self._zip.close()
            raise
        except Exception as exc:  # a part missing or malformed: openpyxl reports it
            self._zip.close()
            raise UnsupportedWorkbook(repr(exc)) from None

    def _read(self, name: str) -> Element:
        return fromstring(self._zip.read(name))

    def _open(self) -> None:
        names = set(self._zip.namelist())
        manifest = self._read("[Content_Types].xml")
        overrides = {o.get("ContentType"): o.get("PartName", "")
                     for o in manifest.iter(_CONTENT_TYPES + "Override")}
        part = next((overrides[t] for t in _WORKBOOK_TYPES if t in overrides), None)
        if not part:
            raise UnsupportedWorkbook("no workbook part in the manifest")
        workbook_path = part.lstrip("/")
        workbook = self._read(workbook_path)
        if workbook.tag != _MAIN + "workbook":
            raise UnsupportedWorkbook(workbook.tag)  # strict OOXML and other namespaces
        properties = workbook.find(_MAIN + "workbookPr")
        flag = properties.get("date1904") if properties is not None else None
        # openpyxl's Bool: only "false", "f" and "0" are false.
        self._epoch = _EPOCH_1904 if flag and flag not in ("false", "f", "0") else _EPOCH_1900
        folder, base = posixpath.split(workbook_path)
        targets: dict[str, str] = {}
        for rel in self._read(posixpath.join(folder, "_rels", base + ".rels")).iter(
                _PKG_REL + "Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            target = target[1:] if target.startswith("/") else posixpath.normpath(
                posixpath.join(folder, target))
            if rel.get("Type") != _WORKSHEET:
                target = ""  # not a worksheet: refused below if a sheet points at it
            targets[rel.get("Id", "")] = target
        self.sheetnames: list[str] = []
        self._paths: dict[str, str] = {}
        sheets = workbook.find(_MAIN + "sheets")
        for sheet in sheets if sheets is not None else ():
            rid = sheet.get(_R_ID)
            found = targets.get(rid or "")
            if not found:
                raise UnsupportedWorkbook(f"sheet relationship {rid}")
            if found not in names:
                continue  # openpyxl leaves such a sheet out
            name = sheet.get("name", "")
            self.sheetnames.append(name)
            self._paths.setdefault(name, found)
        self._dates, self._durations = self._date_styles() if _STYLES in names else (
            frozenset(), frozenset())
        part = overrides.get(_SHARED_STRINGS_TYPE)
        self._strings = self._shared_strings(part.lstrip("/")) if part else []

    def _date_styles(self) -> tuple[frozenset[int], frozenset[int]]:
        """The cell formats (``s`` of a cell, the index in cellXfs) showing dates, durations."""
        styles = self._read(_STYLES)
        custom: dict[int, str] = {}
        formats = styles.find(_MAIN + "numFmts")
        for fmt in formats if formats is not None else ():
            custom[int(fmt.get("numFmtId", ""))] = fmt.get("formatCode", "")
        dates: set[int] = set()
        durations: set[int] = set()
        xfs = styles.find(_MAIN + "cellXfs")
        for index, xf in enumerate(xfs.iter(_MAIN + "xf") if xfs is not None else ()):
            number_format = int(xf.get("numFmtId", "0"))
            if number_format in custom:
                code = custom[number_format]
                if is_date_format(code):
                    dates.add(index)
                if is_duration_format(code):
                    durations.add(index)
            elif number_format in _BUILTIN_FORMATS:
                if number_format in _BUILTIN_DATES:
                    dates.add(index)
                if number_format in _BUILTIN_DURATIONS:
                    durations.add(index)
        return frozenset(dates), frozenset(durations)

    def _shared_strings(self, path: str) -> list[str]:
        strings: list[str] = []
        si = _MAIN + "si"
        with self._zip.open(path) as source:
            for _event, node in iterparse(source):
                if node.tag == si:
                    strings.append(_text(node).replace("x005F_", ""))
                    node.clear()
        return strings

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> XlsxWorkbook:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- one sheet --------------------------------------------------------------------------------
    @staticmethod
    def _dimension(ref: str) -> tuple[int, int]:
        """(last column, last row) of a ``<dimension ref="A1:M1501">``, as openpyxl takes them."""
        match = _REF.fullmatch(ref)
        if match is None:
            raise UnsupportedWorkbook(f"dimension {ref}")
        first_column, first_row, last_column, last_row = match.groups()
        if last_column is None or last_row is None:
            return _column_index(first_column), int(first_row)
        return _column_index(last_column), int(last_row)

    def rows(self, name: str) -> Iterator[tuple[Any, ...]]:
        """The rows of a sheet from row 1, as openpyxl's read-only ``iter_rows(values_only=
        True)`` gives them (a missing row is a row of None; cells past the dimension dropped).
        """
        try:
            yield from self._rows(self._paths[name])
        except UnsupportedWorkbook:
            raise
        except Exception as exc:  # malformed: openpyxl says what is wrong
            raise UnsupportedWorkbook(repr(exc)) from None

    def _rows(self, path: str) -> Iterator[tuple[Any, ...]]:
        bounds: list[tuple[int, int]] = []  # the dimension, read before the first row
        max_col: int | None = None
        max_row: int | None = None
        empty: tuple[Any, ...] = ()
        counter = 1
        number = 0
        for number, cells in self._parsed_rows(path, bounds):
            if counter == 1 and bounds:
                max_col, max_row = bounds[0]
                empty = (None,) * max_col
            if max_row is not None and number > max_row:
                break
            while counter < number:
                counter += 1
                yield empty
            if counter <= number:
                counter += 1
                if not cells:
                    yield empty
                    continue
                width = max_col or cells[-1][0]
                values: list[Any] = [None] * width
                for column, value in cells:
                    if column <= width:
                        values[column - 1] = value
                yield tuple(values)
        if max_row is not None and max_row < number:
            for _ in range(counter, max_row + 1):
                yield empty

    def _parsed_rows(self, path: str, bounds: list[tuple[int, int]]
                     ) -> Iterator[tuple[int, list[tuple[int, Any]]]]:
        """(row number, [(column, value)]) for each ``<row>`` of the sheet, in file order;
        ``bounds`` gets the sheet's dimension when it has one (before sheetData ends).

        expat's callbacks, not ElementTree: no element is built (three times faster). Only
        what openpyxl reads counts: a cell's first ``<v>`` or ``<is>`` child, the plain text
        and the runs of an inline string; a cell's ``<f>`` is ignored (the cached value is).
        """
        strings = self._strings
        dates = self._dates
        durations = self._durations
        epoch = self._epoch
        columns: dict[str, int] = {}
        done: list[tuple[int, list[tuple[int, Any]]]] = []
        cells: list[tuple[int, Any]] = []
        number = 0  # the current row
        in_row = False
        data_ended = False  # </sheetData> read: a <dimension> after it does not count
        column = 0  # the current cell's column
        depth = 0  # of the element being read
        cell_depth = -1  # of the open <c>, -1 outside one
        kind = "n"
        style: str | None = None
        value_text: str | None = None  # the cell's first <v>
        inline = False  # an <is> was read (its text is in plain and runs)
        inline_depth = -1  # of the open <is>
        run_depth = -1  # of the open <r> of an <is>
        plain: str | None = None
        run: str | None = None
        runs: list[str] = []
        buffer: list[str] | None = None  # text being collected (<v> or <t>), None: not

        def start(name: str, attrs: dict[str, str]) -> None:
            nonlocal number, in_row, column, depth, cell_depth, kind, style, value_text, inline, \
                inline_depth, run_depth, plain, run, runs, buffer
            depth += 1
            if buffer is not None:
                raise UnsupportedWorkbook(f"{name} inside a value")
            if cell_depth < 0:
                if name == _X_C:
                    if depth != 4:
                        raise UnsupportedWorkbook("cell outside a row")
                    cell_depth = depth
                    ref = attrs.get("r")
                    if ref is None:
                        column += 1
                    else:
                        letters = ref.rstrip("0123456789")
                        found = columns.get(letters)
                        if found is None:
                            if _COORDINATE.fullmatch(ref) is None:
                                raise UnsupportedWorkbook(f"cell {ref}")
                            found = columns[letters] = _column_index(letters)
                        column = found
                    kind = attrs.get("t", "n")
                    style = attrs.get("s")
                    value_text = None
                    inline = False
                elif name == _X_ROW:
                    if depth != 3:
                        raise UnsupportedWorkbook("row outside sheetData")
                    r = attrs.get("r")
                    number = int(r) if r is not None else number + 1
                    column = 0
                    in_row = True
                    cells.clear()
                elif depth == 4 and in_row:
                    raise UnsupportedWorkbook(f"{name} in a row")
                elif name == _X_DIMENSION and depth == 2:
                    if number:
                        raise UnsupportedWorkbook("dimension after the rows")
                    if not data_ended:
                        bounds.append(self._dimension(attrs.get("ref", "")))
                return
            level = depth - cell_depth
            if level == 1:
                if name == _X_V and value_text is None and kind != "inlineStr":
                    buffer = []
                elif name == _X_IS and not inline and kind == "inlineStr":
                    inline = True
                    inline_depth = depth
                    plain, runs = None, []
            elif inline_depth > 0:
                level = depth - inline_depth
                if level == 1:
                    if name == _X_T:
                        buffer = []
                    elif name == _X_R:
                        run_depth = depth
                        run = None
                    elif name not in _X_TEXT_PARTS:
                        raise UnsupportedWorkbook(name)
                elif level == 2 and run_depth > 0:
                    if name == _X_T:
                        buffer = []
                    elif name not in _X_RUN_PARTS:
                        raise UnsupportedWorkbook(name)

        def end(name: str) -> None:
            nonlocal in_row, data_ended, depth, cell_depth, value_text, inline_depth, \
                run_depth, plain, run, buffer
            if buffer is not None:
                text = "".join(buffer)
                buffer = None
                if name == _X_V:
                    value_text = text
                elif depth == inline_depth + 1:
                    plain = text  # the last <t> counts, as in openpyxl
                else:
                    run = text
            elif depth == cell_depth:
                cell_depth = -1
                cells.append((column, value(kind, style, value_text, inline)))
            elif depth == inline_depth:
                inline_depth = -1
            elif depth == run_depth:
                run_depth = -1
                if run is not None:
                    runs.append(run)
            elif name == _X_ROW and depth == 3:
                in_row = False
                done.append((number, list(cells)))
            elif name == _X_SHEET_DATA:
                data_ended = True
            depth -= 1

        def data(text: str) -> None:
            if buffer is not None:
                buffer.append(text)

        def value(kind: str, style: str | None, text: str | None, inline: bool) -> Any:
            if inline:
                return (plain or "") + "".join(runs) if runs else plain or ""
            if not text:
                return None
            if kind == "s":
                return strings[int(text)]
            if kind == "n":
                number: int | float = float(text) if (
                    "." in text or "E" in text or "e" in text) else int(text)
                if style and int(style) in dates:
                    if int(style) in durations:
                        raise UnsupportedWorkbook("duration")
                    return _serial_date(number, epoch)
                return number
            if kind in ("str", "e", "inlineStr"):
                return text if kind != "inlineStr" else None
            if kind == "b":
                return bool(int(text))
            raise UnsupportedWorkbook(f"cell type {kind}")

        parser = ParserCreate(namespace_separator=" ")
        parser.buffer_text = True
        parser.StartElementHandler = start
        parser.EndElementHandler = end
        parser.CharacterDataHandler = data
        with self._zip.open(path) as source:
            while True:
                chunk = source.read(_CHUNK)
                parser.Parse(chunk, not chunk)
                if done:
                    yield from done
                    done.clear()
                if not chunk:
                    break


def read_rows(source: bytes | Path, name: str) -> list[tuple[Any, ...]]:
    """All rows of one sheet (for tests and tools)."""
    with XlsxWorkbook(source) as book:
        return list(book.rows(name))
