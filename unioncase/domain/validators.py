"""Validators for what clerks type: ID numbers, credit codes, phones, money and dates.

Pure functions. Each failure raises ValidationError with a code and the field it concerns.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from unioncase.domain.enums import Sex
from unioncase.domain.errors import ValidationError

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
ID_RE = re.compile(r"^\d{17}[\dX]$")

CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
CREDIT_RE = re.compile(r"^[0-9ABCDEFGHJKLMNPQRTUWXY]{18}$")

MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
LANDLINE_RE = re.compile(r"^(0\d{2,3})(\d{7,8})(?:-(\d{1,6}))?$")
LOCAL_RE = re.compile(r"^[2-9]\d{6,7}$")
HOTLINE_RE = re.compile(r"^123\d{2}$")

MAX_FEN = 10**12


def _normalize(text: str) -> str:
    """Full-width digits and letters to ASCII; surrounding space removed."""
    return unicodedata.normalize("NFKC", text).strip()


def require_text(value: str | None, field: str, max_length: int = 200) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError("required", field=field)
    if len(text) > max_length:
        raise ValidationError("too_long", field=field, max=max_length)
    return text


@dataclass(frozen=True)
class IdNumber:
    value: str
    birth_date: date
    sex: Sex
    area_code: str


def id_check_char(first17: str) -> str:
    total = sum(int(digit) * weight for digit, weight in zip(first17, ID_WEIGHTS, strict=True))
    return ID_CHECK[total % 11]


def parse_id_number(text: str, field: str = "id_number", today: date | None = None) -> IdNumber:
    value = _normalize(text or "").replace(" ", "").upper()
    if not value:
        raise ValidationError("required", field=field)
    if not ID_RE.match(value):
        raise ValidationError("id_number_format", field=field)
    try:
        birth = date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        raise ValidationError("id_number_birth_date", field=field) from None
    if birth < date(1900, 1, 1):
        raise ValidationError("id_number_birth_date", field=field)
    if birth > (today or date.today()):
        raise ValidationError("id_number_future", field=field)
    expected = id_check_char(value[:17])
    if value[17] != expected:
        raise ValidationError("id_number_checksum", field=field, expected=expected)
    sex = Sex.MALE if int(value[16]) % 2 == 1 else Sex.FEMALE
    return IdNumber(value, birth, sex, value[:6])


def mask_id_number(value: str) -> str:
    """330402********1234: the area and the last four stay, the birth date is hidden."""
    value = value.strip()
    if len(value) >= 14:
        return value[:6] + "*" * (len(value) - 10) + value[-4:]
    if len(value) > 4:
        return "*" * (len(value) - 4) + value[-4:]
    return "*" * len(value)


def credit_code_check_char(first17: str) -> str:
    total = sum(CREDIT_CHARS.index(ch) * w for ch, w in zip(first17, CREDIT_WEIGHTS, strict=True))
    return CREDIT_CHARS[(31 - total % 31) % 31]


def validate_credit_code(text: str, field: str = "credit_code") -> str:
    value = _normalize(text or "").replace(" ", "").upper()
    if not value:
        raise ValidationError("required", field=field)
    if not CREDIT_RE.match(value):
        raise ValidationError("credit_code_format", field=field)
    if credit_code_check_char(value[:17]) != value[17]:
        raise ValidationError("credit_code_checksum", field=field)
    return value


def validate_phone(text: str, field: str = "phone") -> str:
    raw = _normalize(text or "")
    if not raw:
        raise ValidationError("required", field=field)
    compact = re.sub(r"[\s()（）]", "", raw)
    if compact.startswith("+86"):
        compact = compact[3:]
    elif compact.startswith("86") and len(compact.replace("-", "")) == 13:
        compact = compact[2:]
    digits_only = compact.replace("-", "")
    if MOBILE_RE.match(digits_only):
        return digits_only
    if HOTLINE_RE.match(digits_only):
        return digits_only
    parts = compact.split("-")
    if len(parts) in (2, 3) and parts[0].startswith("0"):
        candidate = parts[0] + parts[1] + ("-" + parts[2] if len(parts) == 3 else "")
    else:
        candidate = compact if compact.count("-") <= 1 and compact.startswith("0") else ""
        if candidate and "-" in candidate and not LANDLINE_RE.match(candidate):
            candidate = ""
    if candidate:
        area_and_number = candidate.split("-")[0]
        ext = candidate.split("-")[1] if "-" in candidate else None
        for area_len in (3, 4):
            area, number = area_and_number[:area_len], area_and_number[area_len:]
            if (LANDLINE_RE.match(area + number) and len(number) in (7, 8)
                    and not (area_len == 3 and area[1] not in "12")):
                return f"{area}-{number}" + (f"-{ext}" if ext else "")
    if LOCAL_RE.match(digits_only):
        return digits_only
    raise ValidationError("phone_format", field=field)


def parse_money_fen(
    value: str | int | Decimal | float,
    field: str = "amount",
    allow_negative: bool = False,
    allow_zero: bool = True,
) -> int:
    """Yuan (as typed, or from a spreadsheet cell) to integer fen, exactly."""
    if isinstance(value, bool):
        raise ValidationError("money_format", field=field)
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValidationError("money_format", field=field)
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    else:
        text = _normalize(value or "")
        text = text.replace(",", "").replace("，", "").replace("¥", "").replace("￥", "")
        text = text.removesuffix("元").strip()
        if not text:
            raise ValidationError("required", field=field)
        if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text):
            raise ValidationError("money_format", field=field)
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValidationError("money_format", field=field) from None
    if not amount.is_finite():
        raise ValidationError("money_format", field=field)
    fen = amount * 100
    if fen != fen.to_integral_value():
        raise ValidationError("money_precision", field=field)
    result = int(fen)
    if result < 0 and not allow_negative:
        raise ValidationError("money_negative", field=field)
    if result == 0 and not allow_zero:
        raise ValidationError("money_zero", field=field)
    if abs(result) > MAX_FEN:
        raise ValidationError("money_too_large", field=field)
    return result


DATE_RE = re.compile(r"^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$")


def parse_date(value: str | date | datetime, field: str = "date") -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _normalize(value or "")
    if not text:
        raise ValidationError("required", field=field)
    match = DATE_RE.match(text)
    if match is None:
        raise ValidationError("date_format", field=field)
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise ValidationError("date_invalid", field=field, value=text) from None
