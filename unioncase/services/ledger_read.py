"""Reading a ledger workbook (台账): sheets found by name, columns by their header text, and
every cell checked with the foundation's validators.

Nothing here touches the database. A problem names the sheet, the row number Excel shows and
the column, with a message code (``unioncase.messages``); a row with any error is not imported.
"""

from __future__ import annotations

import io
import logging
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from unioncase.domain.errors import ValidationError
from unioncase.domain.validators import (
    IdNumber,
    parse_date,
    parse_id_number,
    parse_money_fen,
    validate_credit_code,
    validate_phone,
)
from unioncase.services.ledger_template import LEDGER_SHEETS, LedgerColumn
from unioncase.services.xlsx_sheet import UnsupportedWorkbook, XlsxWorkbook

__all__ = ["LedgerProblem", "LedgerRow", "LedgerSheet", "read_workbook"]

log = logging.getLogger(__name__)
GUIDE_SHEET = "填写说明"
E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


@dataclass(frozen=True)
class LedgerProblem:
    """Something wrong (or, with ``warning``, worth knowing) about a sheet, a row or a cell.

    ``row`` is the row number Excel shows (1 is the header row, 0: the sheet as a whole);
    ``column`` the header text ("" for the row as a whole).
    """

    sheet: str
    row: int
    column: str
    code: str
    params: tuple[tuple[str, Any], ...] = ()
    warning: bool = False

    def message(self, lang: str = "zh_CN") -> str:
        from unioncase.messages import message

        return message(self.code, lang, **dict(self.params))

    def describe(self, lang: str = "zh_CN") -> str:
        """``信访接待 第5行 身份证号: 身份证号校验位不正确，请核对``"""
        place = self.sheet
        if self.row:
            place = f"{place} 第{self.row}行" if lang.startswith("zh") else \
                f"{place} row {self.row}"
        if self.column:
            place = f"{place} {self.column}"
        text = self.message(lang)
        return f"{place}: {text}" if place else text


def problem(sheet: str, row: int, column: str, code: str, /, *, warning: bool = False,
            **params: Any) -> LedgerProblem:
    return LedgerProblem(sheet, row, column, code, tuple(sorted(params.items())), warning)


def _clean(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


@dataclass
class LedgerRow:
    """One filled row of a sheet: its cells by header text, read through typed accessors.

    Every accessor returns None for a bad or empty cell and notes the problem; ``ok`` tells
    whether the row is free of errors.
    """

    sheet: str
    number: int  # the row number Excel shows
    cells: dict[str, Any]
    today: date
    problems: list[LedgerProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(not p.warning for p in self.problems)

    def error(self, column: str, code: str, /, **params: Any) -> None:
        self.problems.append(problem(self.sheet, self.number, column, code, **params))

    def warn(self, column: str, code: str, /, **params: Any) -> None:
        self.problems.append(problem(self.sheet, self.number, column, code, warning=True,
                                     **params))

    def _spec(self, column: str) -> LedgerColumn:
        for spec in LEDGER_SHEETS[self.sheet]:
            if spec.name == column:
                return spec
        raise KeyError(f"{self.sheet} has no column {column}")

    def _raw(self, column: str, required: bool | None) -> Any:
        """The cell's value, None when empty; an empty required cell is an error."""
        value = self.cells.get(column)
        if isinstance(value, str):
            value = _clean(value) or None
        if value is None and (self._spec(column).required if required is None else required):
            self.error(column, "required")
        return value

    def _checked(self, column: str, check: Callable[[], T]) -> T | None:
        try:
            return check()
        except ValidationError as exc:
            self.error(column, exc.code, **exc.params)
            return None

    def has(self, column: str) -> bool:
        value = self.cells.get(column)
        return value is not None and (not isinstance(value, str) or bool(_clean(value)))

    def text(self, column: str, max_length: int = 200, *, required: bool | None = None,
             upper: bool = False) -> str | None:
        value = self._raw(column, required)
        if value is None:
            return None
        text = _as_text(value)
        if upper:
            text = text.upper()
        if len(text) > max_length:
            self.error(column, "too_long", max=max_length)
            return None
        return text

    def choice(self, column: str, enum_class: type[E], *, required: bool | None = None,
               default: E | None = None) -> E | None:
        value = self._raw(column, required)
        if value is None:
            return default
        text = _as_text(value)
        try:
            return enum_class(text)
        except ValueError:
            self.error(column, "choice_invalid", value=text)
            return None

    def day(self, column: str, *, required: bool | None = None) -> date | None:
        value = self._raw(column, required)
        if value is None:
            return None
        day: date | None
        if isinstance(value, datetime | date):
            day = value.date() if isinstance(value, datetime) else value
        elif isinstance(value, int) and not isinstance(value, bool):
            day = self._checked(column, lambda: parse_date(str(value), field=column))
        elif isinstance(value, str):
            day = self._checked(column, lambda: parse_date(value, field=column))
        else:
            self.error(column, "date_format")
            return None
        if day is not None and day > self.today:
            self.error(column, "date_future")
            return None
        return day

    def money(self, column: str, *, required: bool | None = None,
              positive: bool = False) -> int | None:
        value = self._raw(column, required)
        if value is None:
            return None
        if isinstance(value, datetime | date | bool):
            self.error(column, "money_format")
            return None
        return self._checked(column, lambda: parse_money_fen(
            value, field=column, allow_zero=not positive))

    def count(self, column: str, *, required: bool | None = None, minimum: int = 0,
              code: str = "count_invalid") -> int | None:
        """A whole number of at least ``minimum`` (人数, 参会企业数 ...)."""
        value = self._raw(column, required)
        if value is None:
            return None
        number: int | None = None
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif (isinstance(value, float) and value.is_integer()) or (
                isinstance(value, str) and value.isdigit()):
            number = int(value)
        if number is None or number < minimum or number > 1_000_000:
            self.error(column, code, minimum=minimum)
            return None
        return number

    def id_number(self, column: str = "身份证号", *,
                  required: bool | None = None) -> IdNumber | None:
        value = self._raw(column, required)
        if value is None:
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            # Excel keeps 15 significant digits: the last ones of an 18-digit number are lost.
            self.error(column, "id_number_numeric_cell")
            return None
        return self._checked(column, lambda: parse_id_number(
            _as_text(value), field=column, today=self.today))

    def phone(self, column: str = "联系电话") -> str | None:
        value = self._raw(column, False)
        if value is None:
            return None
        return self._checked(column, lambda: validate_phone(
            _as_text(value), field=column))

    def credit_code(self, column: str = "统一社会信用代码") -> str | None:
        value = self._raw(column, False)
        if value is None:
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            self.error(column, "credit_code_format")
            return None
        return self._checked(column, lambda: validate_credit_code(
            _as_text(value), field=column))


def _as_text(value: Any) -> str:
    """A cell as text: whole numbers without ``.0``, dates as 2022-03-05."""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() \
            else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return _clean(str(value))


@dataclass
class LedgerSheet:
    name: str
    rows: list[LedgerRow]
    problems: list[LedgerProblem]  # about the header row: missing or unknown columns

    @property
    def usable(self) -> bool:
        return not any(not p.warning for p in self.problems)


@dataclass
class LedgerWorkbook:
    sheets: dict[str, LedgerSheet]  # in the order of LEDGER_SHEETS
    problems: list[LedgerProblem]  # about the file: unknown sheets


def _open(source: Path | bytes) -> Any:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    data = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        return load_workbook(data, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError,
            OSError):
        raise ValidationError("ledger_unreadable", field="file") from None


Rows = list[tuple[Any, ...]]


def read_workbook(source: Path | bytes, today: date,
                  progress: Callable[[int, int, str], None] | None = None) -> LedgerWorkbook:
    """Every ledger sheet of the workbook, its rows with their cells by column name.

    The cells are read by ``xlsx_sheet`` (the same values as openpyxl, ten times faster);
    a workbook it does not understand is read again, from the start, with openpyxl.
    """
    if isinstance(source, Path) and not source.is_file():
        raise ValidationError("ledger_missing", field="file", path=str(source))
    try:
        book = XlsxWorkbook(source)
        try:
            return _read(book.sheetnames, lambda name: list(book.rows(name)), today, progress)
        finally:
            book.close()
    except UnsupportedWorkbook as exc:
        log.debug("ledger read with openpyxl: %s", exc)
    slow = _open(source)
    try:
        return _read(slow.sheetnames, lambda name: [
            tuple(values) for values in slow[name].iter_rows(values_only=True)], today,
            progress)
    finally:
        slow.close()


def _read(sheetnames: list[str], rows: Callable[[str], Rows], today: date,
          progress: Callable[[int, int, str], None] | None) -> LedgerWorkbook:
    by_name: dict[str, str] = {}
    for name in sheetnames:
        by_name[_clean(name)] = name
    problems = [problem(name, 0, "", "ledger_sheet_unknown", warning=True)
                for key, name in by_name.items()
                if key not in LEDGER_SHEETS and key != GUIDE_SHEET]
    sheets: dict[str, LedgerSheet] = {}
    found = [name for name in LEDGER_SHEETS if name in by_name]
    if not found:
        raise ValidationError("ledger_no_sheets", field="file",
                              sheets="、".join(LEDGER_SHEETS))
    for position, name in enumerate(found):
        if progress is not None:
            progress(position, len(found), name)
        sheets[name] = _read_sheet(name, rows(by_name[name]), today)
    return LedgerWorkbook(sheets, problems)


def _read_sheet(name: str, values: Rows, today: date) -> LedgerSheet:
    specs = {c.name: c for c in LEDGER_SHEETS[name]}
    problems: list[LedgerProblem] = []
    columns: dict[int, str] = {}
    rows: list[LedgerRow] = []
    iterator = enumerate(values, start=1)
    header = next(iterator, None)
    seen: set[str] = set()
    for index, value in enumerate(header[1] if header else ()):
        text = _as_text(value) if value is not None else ""
        if not text:
            continue
        if text in seen:
            problems.append(problem(name, 1, text, "ledger_column_duplicate"))
            continue
        seen.add(text)
        if text in specs:
            columns[index] = text
        else:
            problems.append(problem(name, 1, text, "ledger_column_unknown", warning=True))
    for spec in LEDGER_SHEETS[name]:
        if spec.required and spec.name not in seen:
            problems.append(problem(name, 1, spec.name, "ledger_column_missing"))
    for number, row in iterator:
        cells = {columns[i]: v for i, v in enumerate(row)
                 if i in columns and v is not None and not (isinstance(v, str) and not v.strip())}
        if cells:
            rows.append(LedgerRow(name, number, cells, today))
    return LedgerSheet(name, rows, problems)
