"""Validators for what clerks type: ID numbers, credit codes, phones, money and dates.

Pure functions, no I/O. Each failure raises :class:`ValidationError` with a machine-readable
``code`` and the ``field`` it concerns; the UI turns the code into a message.

Input is first NFKC-normalised, so the full-width digits, letters and punctuation a Chinese input
method types (U+FF10-U+FF5E, and the full-width yen sign) count as their ASCII forms.
"""

from __future__ import annotations

import re
import unicodedata
import uuid as uuid_module
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from unioncase.domain.enums import Sex
from unioncase.domain.errors import ValidationError

# --- resident ID numbers (GB 11643-1999) -------------------------------------------------------

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
ID_RE = re.compile(r"[0-9]{17}[0-9X]")
EARLIEST_BIRTH = date(1900, 1, 1)

# --- unified social credit codes (GB 32100-2015) -----------------------------------------------

CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # no I, O, S, V, Z
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
CREDIT_RE = re.compile(f"[{CREDIT_CHARS}]{{18}}")

# --- phones ------------------------------------------------------------------------------------

MOBILE_RE = re.compile(r"1[3-9][0-9]{9}")
HOTLINE_RE = re.compile(r"123[0-9]{2}")  # public service hotlines: 12351, 12345, 12333 ...
# Area codes: 010 and 020-029 have three digits, every other one four (0573, 0311 ...).
AREA_RE = re.compile(r"0(?:10|2[0-9]|[3-9][0-9]{2})")
LOCAL_NUMBER_RE = re.compile(r"[2-9][0-9]{6,7}")
EXTENSION_RE = re.compile(r"[0-9]{1,6}")
# Hyphens, figure dash, en and em dashes, horizontal bar and the minus sign, as word processors
# and spreadsheets substitute them for "-".
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_PHONE_DASHES = str.maketrans(dict.fromkeys(_DASHES, "-"))
_EXTENSION_MARK_RE = re.compile(r"转|ext\.?|#|x", re.IGNORECASE)

# --- money -------------------------------------------------------------------------------------

MAX_FEN = 10**12  # 100 亿元: far above any single claim or payment
_MONEY_RE = re.compile(
    r"""
    (?P<sign1>[+-]?)\s*
    (?:¥|RMB|CNY|人民币)?\s*
    (?P<sign2>[+-]?)\s*
    (?P<number>
        [1-9][0-9]{0,2}(?:,[0-9]{3})+(?:\.[0-9]*)?  # grouped by thousands: 2,149.71
      | [0-9]+(?:\.[0-9]*)?                        # plain: 2149.71, 12, 12.
      | \.[0-9]+                                   # .5
    )
    \s*(?:元)?
    """,
    re.VERBOSE | re.IGNORECASE,
)

# --- dates -------------------------------------------------------------------------------------

_DATE_RES = (
    re.compile(r"(?P<y>[0-9]{4})(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})"),
    re.compile(r"(?P<y>[0-9]{4})\s*年\s*(?P<m>[0-9]{1,2})\s*月\s*(?P<d>[0-9]{1,2})\s*[日号]?"),
    re.compile(r"(?P<y>[0-9]{4})(?P<m>[0-9]{2})(?P<d>[0-9]{2})"),  # 20220305, as ledgers export
)


def _normalize(text: str) -> str:
    """Full-width forms to ASCII (NFKC), surrounding whitespace removed."""
    return unicodedata.normalize("NFKC", text).strip()


def client_uuid(text: str | None, field: str = "uuid") -> str | None:
    """The UUID a form made for the record it saves (so a retried save cannot write it twice),
    in its canonical lower-case form; None when the form gave none."""
    raw = (text or "").strip()
    if not raw:
        return None
    try:
        return str(uuid_module.UUID(raw))
    except ValueError:
        raise ValidationError("uuid_invalid", field=field) from None


def require_text(value: str | None, field: str, max_length: int = 200) -> str:
    """Stripped text that must not be empty nor longer than ``max_length`` characters."""
    text = (value or "").strip()
    if not text:
        raise ValidationError("required", field=field)
    if len(text) > max_length:
        raise ValidationError("too_long", field=field, max=max_length)
    return text


# --- resident ID numbers -----------------------------------------------------------------------


@dataclass(frozen=True)
class IdNumber:
    """A checked 18-character resident ID number and what it tells."""

    value: str  # 18 characters, check character X in upper case
    birth_date: date
    sex: Sex
    area_code: str  # the first six digits: the county of first registration


def id_check_char(first17: str) -> str:
    """The GB 11643-1999 check character (0-9 or X) for the first 17 digits."""
    if len(first17) != 17 or not (first17.isascii() and first17.isdigit()):
        raise ValueError("id_check_char needs exactly 17 ASCII digits")
    total = sum(int(digit) * weight for digit, weight in zip(first17, ID_WEIGHTS, strict=True))
    return ID_CHECK[total % 11]


def parse_id_number(text: str, field: str = "id_number", today: date | None = None) -> IdNumber:
    """Check an 18-character resident ID number and read its birth date, sex and area.

    Spaces anywhere are ignored and a lower-case ``x`` is accepted. The checks run in this order:
    format, birth date (a real date, not before 1900-01-01), not in the future, check character.
    """
    value = "".join(_normalize(text or "").split()).upper()
    if not value:
        raise ValidationError("required", field=field)
    if not ID_RE.fullmatch(value):
        raise ValidationError("id_number_format", field=field)
    try:
        birth = date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        raise ValidationError("id_number_birth_date", field=field) from None
    if birth < EARLIEST_BIRTH:
        raise ValidationError("id_number_birth_date", field=field)
    if birth > (today if today is not None else date.today()):
        raise ValidationError("id_number_future", field=field)
    expected = id_check_char(value[:17])
    if value[17] != expected:
        raise ValidationError("id_number_checksum", field=field, expected=expected)
    sex = Sex.MALE if int(value[16]) % 2 == 1 else Sex.FEMALE
    return IdNumber(value=value, birth_date=birth, sex=sex, area_code=value[:6])


def mask_id_number(value: str) -> str:
    """Hide the birth date and sequence of an ID number for lists: ``330402********1234``.

    An 18-character number keeps its area code and last four characters. Anything else (an old
    15-digit number, a typo) keeps at most its last four characters and never more than half of
    itself, so a short value is not shown in full.
    """
    text = "".join(value.split()).upper()
    if len(text) == 18:
        return text[:6] + "*" * 8 + text[-4:]
    shown = min(4, len(text) // 2)
    return "*" * (len(text) - shown) + text[len(text) - shown :]


# --- unified social credit codes ---------------------------------------------------------------


def credit_code_check_char(first17: str) -> str:
    """The GB 32100-2015 check character for the first 17 characters of a credit code."""
    if len(first17) != 17 or any(ch not in CREDIT_CHARS for ch in first17):
        raise ValueError("credit_code_check_char needs 17 characters of the code alphabet")
    total = sum(
        CREDIT_CHARS.index(ch) * weight for ch, weight in zip(first17, CREDIT_WEIGHTS, strict=True)
    )
    return CREDIT_CHARS[(31 - total % 31) % 31]


def validate_credit_code(text: str, field: str = "credit_code") -> str:
    """A checked 18-character unified social credit code, in upper case, spaces removed."""
    value = "".join(_normalize(text or "").split()).upper()
    if not value:
        raise ValidationError("required", field=field)
    if not CREDIT_RE.fullmatch(value):
        raise ValidationError("credit_code_format", field=field)
    if credit_code_check_char(value[:17]) != value[17]:
        raise ValidationError("credit_code_checksum", field=field)
    return value


# --- phones ------------------------------------------------------------------------------------


def validate_phone(text: str, field: str = "phone") -> str:
    """A mainland phone number in one normal form.

    * mobile: 11 digits ``1[3-9]xxxxxxxxx``, with an optional ``+86``/``0086``/``86`` prefix,
      spaces and dashes: normalised to the 11 digits;
    * landline: area code (``010``, ``02x``, or four digits ``0[3-9]xx``) and a 7-8 digit number,
      optionally an extension after ``-``, ``转``, ``#`` or ``ext``: normalised to
      ``0573-82345678`` or ``0573-82345678-123``. ``(0573)82345678`` and ``+86 573 82345678``
      are understood too. A 7-8 digit local number without area code is kept as its digits;
    * a five-digit public service hotline ``123xx`` (12351, 12345 ...).
    """
    raw = _normalize(text or "")
    if not raw:
        raise ValidationError("required", field=field)
    result = _parse_phone(raw.translate(_PHONE_DASHES))
    if result is None:
        raise ValidationError("phone_format", field=field)
    return result


def _parse_phone(raw: str) -> str | None:
    # An explicit extension mark splits off the extension first.
    main, *rest = _EXTENSION_MARK_RE.split(raw, maxsplit=1)
    extension = rest[0].strip(" -") if rest else None
    # Parentheses around an area code act as a separator; spaces are dropped.
    main = re.sub(r"\s+", "", main.replace("(", "-").replace(")", "-")).strip("-")
    main = re.sub(r"-+", "-", main)
    if not re.fullmatch(r"\+?[0-9-]+", main):
        return None

    international = False
    if main.startswith(("+86", "0086")):
        main = main.removeprefix("+").removeprefix("00").removeprefix("86").lstrip("-")
        international = True
    elif main.startswith("+"):
        return None  # another country
    digits = main.replace("-", "")

    if extension is None:
        if MOBILE_RE.fullmatch(digits):
            return digits
        if len(digits) == 13 and digits.startswith("86") and MOBILE_RE.fullmatch(digits[2:]):
            return digits[2:]
        if HOTLINE_RE.fullmatch(digits) and not international:
            return digits

    parts = main.split("-")
    if international:
        if not parts[0] or parts[0].startswith("0"):
            return None
        parts[0] = "0" + parts[0]  # +86 573 82345678: the trunk 0 is dropped abroad
    if extension is None and len(parts) >= 2:
        # 0573-82345678-123 has an extension, 0573-8234-5678 has not: a complete number
        # before the last dash makes the last group an extension.
        with_extension = _landline(parts[:-1], parts[-1], international)
        if with_extension is not None:
            return with_extension
    return _landline(parts, extension, international)


def _landline(parts: list[str], extension: str | None, international: bool) -> str | None:
    if extension is not None and not EXTENSION_RE.fullmatch(extension):
        return None
    suffix = f"-{extension}" if extension else ""
    digits = "".join(parts)
    if digits.startswith("0"):
        if len(parts) >= 2 and AREA_RE.fullmatch(parts[0]):
            area, number = parts[0], "".join(parts[1:])  # the dash says where the area ends
        else:
            area_length = 3 if digits[1:2] in ("1", "2") else 4
            area, number = digits[:area_length], digits[area_length:]
        if AREA_RE.fullmatch(area) and LOCAL_NUMBER_RE.fullmatch(number):
            return f"{area}-{number}{suffix}"
        return None
    if LOCAL_NUMBER_RE.fullmatch(digits) and not international:
        return digits + suffix
    return None


# --- money -------------------------------------------------------------------------------------


def parse_money_fen(
    value: str | int | Decimal | float,
    field: str = "amount",
    allow_negative: bool = False,
    allow_zero: bool = True,
) -> int:
    """An amount in yuan (typed, or read from a spreadsheet cell) as integer fen, exactly.

    Text may carry ``¥``/``￥``/``人民币``/``RMB``, a trailing ``元``, surrounding spaces and
    thousands separators in groups of three (``2,149.71``). An ``int`` is yuan. A ``float`` is
    read through its shortest ``repr`` (2149.71 -> 214971 fen), never through binary arithmetic.
    At most two decimals count: ``12.300`` is fine, ``12.305`` is ``money_precision``.
    """
    amount = _to_decimal(value, field)
    if not amount.is_finite():
        raise ValidationError("money_format", field=field)
    fen = _decimal_to_fen(amount, field)
    if fen < 0 and not allow_negative:
        raise ValidationError("money_negative", field=field)
    if fen == 0 and not allow_zero:
        raise ValidationError("money_zero", field=field)
    if abs(fen) > MAX_FEN:
        raise ValidationError("money_too_large", field=field)
    return fen


def _to_decimal(value: object, field: str) -> Decimal:
    if value is None:
        raise ValidationError("required", field=field)
    if isinstance(value, bool):  # bool is an int subclass, but True is not one yuan
        raise ValidationError("money_format", field=field)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))  # repr of nan/inf gives a non-finite Decimal, refused later
    if isinstance(value, Decimal):
        return value
    if not isinstance(value, str):
        raise ValidationError("money_format", field=field)
    text = _normalize(value)
    if not text:
        raise ValidationError("required", field=field)
    match = _MONEY_RE.fullmatch(text.replace("\u2212", "-"))  # the minus sign
    if match is None or (match["sign1"] and match["sign2"]):
        raise ValidationError("money_format", field=field)
    sign = match["sign1"] or match["sign2"]
    return Decimal(sign + match["number"].replace(",", ""))


def _decimal_to_fen(amount: Decimal, field: str) -> int:
    """Exact integer arithmetic on the decimal's digits: no context rounding can hide a cent."""
    sign, digits, exponent = amount.as_tuple()
    if not isinstance(exponent, int):  # NaN or infinity
        raise ValidationError("money_format", field=field)
    coefficient = int("".join(map(str, digits)) or "0")
    if coefficient == 0:
        return 0
    shift = exponent + 2  # power of ten that turns the coefficient into fen
    if shift >= 0:
        # A magnitude far beyond the limit is reported without building a huge integer.
        fen = MAX_FEN + 1 if amount.adjusted() > 15 else coefficient * 10**shift
    else:
        if -shift > len(digits) or coefficient % 10**-shift:
            raise ValidationError("money_precision", field=field)
        fen = coefficient // 10**-shift
    return -fen if sign else fen


# --- dates -------------------------------------------------------------------------------------


def parse_date(value: str | date | datetime, field: str = "date") -> date:
    """A calendar date from a date, a datetime (its date) or text as ledgers write it.

    Text: ``2022-03-05``, ``2022-3-5``, ``2022/3/5``, ``2022.3.5``, ``2022年3月5日`` (full-width
    digits and surrounding spaces allowed) and the compact ``20220305``.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if value is None:
        raise ValidationError("required", field=field)
    if not isinstance(value, str):
        raise ValidationError("date_format", field=field)
    text = _normalize(value)
    if not text:
        raise ValidationError("required", field=field)
    for pattern in _DATE_RES:
        match = pattern.fullmatch(text)
        if match is not None:
            break
    else:
        raise ValidationError("date_format", field=field)
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        raise ValidationError("date_invalid", field=field, value=text) from None
