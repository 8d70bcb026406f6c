"""Validators: examples for every rule and error code, and property-based checks."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from unioncase.domain.enums import Sex
from unioncase.domain.errors import ValidationError
from unioncase.domain.validators import (
    CREDIT_CHARS,
    IdNumber,
    credit_code_check_char,
    id_check_char,
    mask_id_number,
    parse_date,
    parse_id_number,
    parse_money_fen,
    require_text,
    validate_credit_code,
    validate_phone,
)

TODAY = date(2026, 11, 23)
PROPERTY = settings(max_examples=150, deadline=None)


def error_of(func: object, *args: object, **kwargs: object) -> ValidationError:
    """Call and return the ValidationError it raises (fails the test when there is none)."""
    assert callable(func)
    with pytest.raises(ValidationError) as info:
        func(*args, **kwargs)
    return info.value


def wide(text: str) -> str:
    """The text as a Chinese input method types it: ASCII letters, digits and signs full-width."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def make_id(area: str, birth: date, sequence: int) -> str:
    first17 = f"{area}{birth:%Y%m%d}{sequence:03d}"
    return first17 + id_check_char(first17)


# --- ID numbers: examples ----------------------------------------------------------------------


def test_check_char_of_the_standards_own_examples() -> None:
    # GB 11643-1999 gives these two numbers as examples.
    assert id_check_char("11010519491231002") == "X"
    assert id_check_char("44052418800101001") == "4"


def test_check_char_refuses_a_wrong_length_or_letters() -> None:
    with pytest.raises(ValueError, match="17"):
        id_check_char("1101051949123100")
    with pytest.raises(ValueError, match="17"):
        id_check_char("1101051949123100A")


def test_parse_id_number_reads_birth_date_sex_and_area() -> None:
    parsed = parse_id_number("11010519491231002X", today=TODAY)
    assert parsed == IdNumber(
        value="11010519491231002X", birth_date=date(1949, 12, 31), sex=Sex.FEMALE,
        area_code="110105",
    )
    male = parse_id_number(make_id("330402", date(1985, 6, 15), 123), today=TODAY)
    assert male.sex is Sex.MALE
    assert male.birth_date == date(1985, 6, 15)
    assert male.area_code == "330402"


def test_parse_id_number_accepts_lower_case_x_spaces_and_full_width() -> None:
    assert parse_id_number(" 110105 19491231 002x ", today=TODAY).value == "11010519491231002X"
    assert parse_id_number(wide("11010519491231002X"), today=TODAY).value == (
        "11010519491231002X"
    )


@pytest.mark.parametrize("text", ["", "   ", None])
def test_parse_id_number_required(text: str) -> None:
    error = error_of(parse_id_number, text, field="applicant_id", today=TODAY)
    assert (error.code, error.field) == ("required", "applicant_id")


@pytest.mark.parametrize(
    "text",
    [
        "123",
        "1101051949123100",  # 16
        "1101051949123100211",  # 19
        "11010519491231002Y",
        "X10105194912310021",
        "110105194912310O2X",  # letter O for zero
        "330402850615123",  # the old 15-digit form
    ],
)
def test_parse_id_number_format(text: str) -> None:
    error = error_of(parse_id_number, text, today=TODAY)
    assert (error.code, error.field) == ("id_number_format", "id_number")


@pytest.mark.parametrize(
    "first17",
    [
        "33040219850230123",  # 30 February
        "33040219851301123",  # month 13
        "33040219850015123",  # month 0
        "33040219850600123",  # day 0
        "33040218991231123",  # before 1900
        "44052418800101001",  # the standard's 1880 example
    ],
)
def test_parse_id_number_birth_date(first17: str) -> None:
    error = error_of(parse_id_number, first17 + id_check_char(first17), today=TODAY)
    assert error.code == "id_number_birth_date"


def test_parse_id_number_earliest_birth_date_is_1900_01_01() -> None:
    assert parse_id_number(make_id("330402", date(1900, 1, 1), 1), today=TODAY).birth_date == (
        date(1900, 1, 1)
    )


def test_parse_id_number_future_birth_date() -> None:
    tomorrow = make_id("330402", date(2026, 11, 24), 1)
    assert error_of(parse_id_number, tomorrow, today=TODAY).code == "id_number_future"
    born_today = make_id("330402", TODAY, 1)
    assert parse_id_number(born_today, today=TODAY).birth_date == TODAY


def test_parse_id_number_today_defaults_to_the_real_date() -> None:
    next_year = date.today().year + 1
    future = make_id("330402", date(next_year, 1, 1), 1)
    assert error_of(parse_id_number, future).code == "id_number_future"


def test_parse_id_number_checksum_names_the_expected_character() -> None:
    error = error_of(parse_id_number, "110105194912310021", today=TODAY)
    assert (error.code, error.field) == ("id_number_checksum", "id_number")
    assert error.params == {"expected": "X"}


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("330402198506151234", "330402********1234"),
        ("11010519491231002x", "110105********002X"),
        (" 330402 19850615 1234 ", "330402********1234"),
        ("330402850615123", "***********5123"),  # 15 digits: only the last four show
        ("1234567", "****567"),  # never more than half
        ("12", "*2"),
        ("1", "*"),
        ("", ""),
    ],
)
def test_mask_id_number(value: str, masked: str) -> None:
    assert mask_id_number(value) == masked


# --- ID numbers: properties --------------------------------------------------------------------

areas = st.from_regex(r"[1-9][0-9]{5}", fullmatch=True)
births = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
sequences = st.integers(min_value=0, max_value=999)


@PROPERTY
@given(area=areas, birth=births, sequence=sequences)
def test_generated_ids_parse_and_round_trip(area: str, birth: date, sequence: int) -> None:
    number = make_id(area, birth, sequence)
    parsed = parse_id_number(number.lower(), today=TODAY)
    assert parsed.value == number
    assert parsed.birth_date == birth
    assert parsed.area_code == area
    assert parsed.sex is (Sex.MALE if sequence % 2 else Sex.FEMALE)
    assert mask_id_number(number) == number[:6] + "********" + number[-4:]


@PROPERTY
@given(
    area=areas, birth=births, sequence=sequences,
    position=st.integers(min_value=0, max_value=17), data=st.data(),
)
def test_any_single_character_change_is_refused(
    area: str, birth: date, sequence: int, position: int, data: st.DataObject
) -> None:
    number = make_id(area, birth, sequence)
    alphabet = "0123456789X" if position == 17 else "0123456789"
    replacement = data.draw(st.sampled_from([c for c in alphabet if c != number[position]]))
    changed = number[:position] + replacement + number[position + 1 :]
    error = error_of(parse_id_number, changed, today=TODAY)
    if 6 <= position < 14:  # the birth date may become impossible before the check runs
        assert error.code in {"id_number_checksum", "id_number_birth_date", "id_number_future"}
    else:
        assert error.code == "id_number_checksum"


# --- credit codes ------------------------------------------------------------------------------

REAL_CREDIT_CODES = [
    "914403001922038216",
    "91440300708461136T",
    "91330100799655058B",
    "91110000802100433B",
]


@pytest.mark.parametrize("code", REAL_CREDIT_CODES)
def test_credit_code_check_char_of_real_codes(code: str) -> None:
    assert credit_code_check_char(code[:17]) == code[17]
    assert validate_credit_code(code) == code


def test_credit_code_check_char_zero_when_the_sum_is_a_multiple_of_31() -> None:
    # 31 - 0 % 31 = 31 maps to 0, not to an index past the alphabet.
    assert credit_code_check_char("0" * 17) == "0"


def test_credit_code_check_char_refuses_other_input() -> None:
    with pytest.raises(ValueError, match="17"):
        credit_code_check_char("9133040")
    with pytest.raises(ValueError, match="17"):
        credit_code_check_char("91330402MA2B3C4DO")  # O is not in the alphabet


def test_validate_credit_code_normalises_case_spaces_and_width() -> None:
    assert validate_credit_code(" 91440300708461136t ") == "91440300708461136T"
    assert validate_credit_code("9144 0300 7084 6113 6T") == "91440300708461136T"
    assert validate_credit_code(wide("91440300708461136T")) == "91440300708461136T"


@pytest.mark.parametrize("text", ["", "  ", None])
def test_validate_credit_code_required(text: str) -> None:
    error = error_of(validate_credit_code, text, field="employer_code")
    assert (error.code, error.field) == ("required", "employer_code")


@pytest.mark.parametrize(
    "text",
    [
        "9144030070846113",  # 16
        "91440300708461136TT",  # 19
        "91440300708461136I",  # I is not used
        "9144030070846113OT",  # neither is O
        "91440300-708461136",
    ],
)
def test_validate_credit_code_format(text: str) -> None:
    error = error_of(validate_credit_code, text)
    assert (error.code, error.field) == ("credit_code_format", "credit_code")


def test_validate_credit_code_checksum() -> None:
    error = error_of(validate_credit_code, "91440300708461136U")
    assert (error.code, error.field) == ("credit_code_checksum", "credit_code")


credit_bodies = st.text(alphabet=CREDIT_CHARS, min_size=17, max_size=17)


@PROPERTY
@given(body=credit_bodies)
def test_generated_credit_codes_validate(body: str) -> None:
    code = body + credit_code_check_char(body)
    assert validate_credit_code(code.lower()) == code


@PROPERTY
@given(body=credit_bodies, position=st.integers(min_value=0, max_value=17), data=st.data())
def test_any_single_credit_code_change_is_refused(
    body: str, position: int, data: st.DataObject
) -> None:
    code = body + credit_code_check_char(body)
    replacement = data.draw(st.sampled_from([c for c in CREDIT_CHARS if c != code[position]]))
    changed = code[:position] + replacement + code[position + 1 :]
    assert error_of(validate_credit_code, changed).code == "credit_code_checksum"


# --- phones ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("13805731234", "13805731234"),
        ("138 0573 1234", "13805731234"),
        ("138-0573-1234", "13805731234"),
        ("+86 138 0573 1234", "13805731234"),
        ("+86-13805731234", "13805731234"),
        ("86 13805731234", "13805731234"),
        ("0086 13805731234", "13805731234"),
        (wide("19905731234"), "19905731234"),
        ("0573-82345678", "0573-82345678"),
        ("057382345678", "0573-82345678"),
        ("0573 8234 5678", "0573-82345678"),
        ("0573-8234-5678", "0573-82345678"),
        ("(0573)82345678", "0573-82345678"),
        (wide("(0573)8234567"), "0573-8234567"),
        (wide("0573-82345678"), "0573-82345678"),
        ("+86 573 82345678", "0573-82345678"),
        ("010-62345678", "010-62345678"),
        ("02161234567", "021-61234567"),
        ("0573-82345678-123", "0573-82345678-123"),
        ("0573-82345678转123", "0573-82345678-123"),
        ("0573 82345678 ext. 8", "0573-82345678-8"),
        ("0573-82345678#6001", "0573-82345678-6001"),
        ("82345678", "82345678"),
        ("8234567", "8234567"),
        ("82345678-12", "82345678-12"),
        ("12351", "12351"),
        ("12345", "12345"),
        (" 12333 ", "12333"),
    ],
)
def test_validate_phone_normal_forms(text: str, normal: str) -> None:
    assert validate_phone(text) == normal


@pytest.mark.parametrize("text", ["", "   ", None])
def test_validate_phone_required(text: str) -> None:
    error = error_of(validate_phone, text, field="contact_phone")
    assert (error.code, error.field) == ("required", "contact_phone")


@pytest.mark.parametrize(
    "text",
    [
        "12",
        "abc",
        "1380573123",  # 10 digits
        "138057312345",  # 12 digits
        "12805731234",  # no 12x mobiles
        "010-12345678",  # a local number does not start with 1
        "0573-123456",  # too short
        "0573-823456789",  # too long
        "0211-82345678",  # 02x area codes have three digits
        "013-82345678",  # 010 is the only 01x area code
        "13805731234-12",  # a mobile has no extension
        "0573-82345678-1234567",  # extension too long
        "0573-82345678转",  # an extension mark and nothing after it
        "+1 555 123 4567",  # not a mainland number
        "+86 12351",  # hotlines are not dialled from abroad
        "123456",
        "1235",
        "0573-8234567a",
    ],
)
def test_validate_phone_format(text: str) -> None:
    error = error_of(validate_phone, text)
    assert (error.code, error.field) == ("phone_format", "phone")


mobiles = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)
area_codes = st.from_regex(r"0(?:10|2[0-9]|[3-9][0-9]{2})", fullmatch=True)
local_numbers = st.from_regex(r"[2-9][0-9]{6,7}", fullmatch=True)
extensions = st.from_regex(r"[0-9]{1,6}", fullmatch=True)


@PROPERTY
@given(
    mobile=mobiles,
    prefix=st.sampled_from(["", "+86", "+86 ", "86", "0086-", "+86-"]),
    cuts=st.lists(st.integers(min_value=1, max_value=10), max_size=3, unique=True),
    separator=st.sampled_from([" ", "-", " - "]),
)
def test_mobiles_normalise_to_their_digits(
    mobile: str, prefix: str, cuts: list[int], separator: str
) -> None:
    pieces, start = [], 0
    for cut in sorted(cuts):
        pieces.append(mobile[start:cut])
        start = cut
    pieces.append(mobile[start:])
    assert validate_phone(prefix + separator.join(pieces)) == mobile


@PROPERTY
@given(
    area=area_codes, number=local_numbers, extension=st.none() | extensions,
    shape=st.sampled_from(["{a}-{n}", "{a}{n}", "({a}){n}", "{a} {n}", "+86 {a1} {n}"]),
    mark=st.sampled_from(["-", "转", " ext ", "#"]),
)
def test_landlines_normalise_to_area_dash_number(
    area: str, number: str, extension: str | None, shape: str, mark: str
) -> None:
    text = shape.format(a=area, n=number, a1=area[1:])
    expected = f"{area}-{number}"
    if extension is not None:
        text += mark + extension
        expected += "-" + extension
    assert validate_phone(text) == expected


@PROPERTY
@given(
    text=mobiles
    | st.builds(lambda a, n: f"{a}-{n}", area_codes, local_numbers)
    | st.builds(lambda a, n, e: f"{a}{n}转{e}", area_codes, local_numbers, extensions)
    | local_numbers
    | st.from_regex(r"123[0-9]{2}", fullmatch=True)
)
def test_phone_normal_form_is_stable(text: str) -> None:
    normal = validate_phone(text)
    assert validate_phone(normal) == normal


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=20))
def test_phone_never_fails_with_anything_but_a_validation_error(text: str) -> None:
    code, normal = "", ""
    try:
        normal = validate_phone(text)
    except ValidationError as error:
        code = error.code
    if code:
        assert code in {"required", "phone_format"}
    else:
        assert validate_phone(normal) == normal


# --- money -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "fen"),
    [
        ("2149.71", 214971),
        ("2,149.71", 214971),
        ("1,002,149.71", 100214971),
        ("¥2149.71", 214971),
        ("\uffe52,149.71", 214971),  # the full-width yen sign
        (wide("¥2,149.71"), 214971),
        ("¥ 2149.71", 214971),
        ("2149.71元", 214971),
        ("2149.71 元", 214971),
        ("人民币3000元", 300000),
        ("RMB 3000", 300000),
        ("  12 ", 1200),
        ("12.5", 1250),
        ("12.", 1200),
        (".5", 50),
        ("0", 0),
        ("0.00", 0),
        ("12.300", 1230),  # trailing zeros are exact
        (wide("123.45"), 12345),
        ("+7", 700),
        (12, 1200),
        (0, 0),
        (Decimal("2149.71"), 214971),
        (Decimal("1E+3"), 100000),
        (2149.71, 214971),
        (0.29, 29),
        (1.15, 115),
        (1e3, 100000),
        (10_000_000_000, 10**12),  # exactly the limit
    ],
)
def test_parse_money_fen(value: str | int | Decimal | float, fen: int) -> None:
    result = parse_money_fen(value)
    assert result == fen
    assert type(result) is int


def test_parse_money_fen_negative_when_allowed() -> None:
    assert parse_money_fen("-12.50", allow_negative=True) == -1250
    assert parse_money_fen("¥-12.50", allow_negative=True) == -1250
    assert parse_money_fen("-¥1,000", allow_negative=True) == -100000
    assert parse_money_fen("\u22123", allow_negative=True) == -300  # the minus sign
    assert parse_money_fen(-2149.71, allow_negative=True) == -214971
    assert parse_money_fen("-0", allow_negative=False) == 0


@pytest.mark.parametrize("value", ["", "   ", None])
def test_parse_money_fen_required(value: str) -> None:
    error = error_of(parse_money_fen, value, field="claim_amount")
    assert (error.code, error.field) == ("required", "claim_amount")


@pytest.mark.parametrize(
    "value",
    [
        "abc",
        "¥",
        "元",
        "12.34.56",
        "21,49.71",  # not grouped by thousands
        "2,1490.71",
        "0,500",  # a leading zero group: a European decimal comma, not thousands
        "2149,71",
        "1e5",
        "--5",
        "-¥-5",
        "12元5角",
        "NaN",
        True,
        False,
        float("nan"),
        float("inf"),
        Decimal("NaN"),
        Decimal("-Infinity"),
        [12],
    ],
)
def test_parse_money_fen_format(value: object) -> None:
    error = error_of(parse_money_fen, value)
    assert (error.code, error.field) == ("money_format", "amount")


@pytest.mark.parametrize(
    "value",
    ["1.005", "0.001", 0.1 + 0.2, 2149.715, Decimal("1.00000000000000000000000000001"), 1e-300],
)
def test_parse_money_fen_precision(value: str | float | Decimal) -> None:
    assert error_of(parse_money_fen, value).code == "money_precision"


def test_parse_money_fen_negative_refused_by_default() -> None:
    assert error_of(parse_money_fen, "-0.01").code == "money_negative"
    assert error_of(parse_money_fen, -5).code == "money_negative"


def test_parse_money_fen_zero_refused_when_asked() -> None:
    assert error_of(parse_money_fen, "0.00", allow_zero=False).code == "money_zero"
    assert error_of(parse_money_fen, 0, allow_zero=False).code == "money_zero"
    assert parse_money_fen("0.01", allow_zero=False) == 1


@pytest.mark.parametrize(
    "value",
    ["10000000000.01", "99,999,999,999", 10_000_000_001, Decimal("1E+30"),
     Decimal("1E+999999999"), 1e300, "1" + "0" * 40],
)
def test_parse_money_fen_too_large(value: str | int | Decimal | float) -> None:
    assert error_of(parse_money_fen, value).code == "money_too_large"
    if isinstance(value, str):
        negative: str | int | Decimal | float = "-" + value
    else:
        negative = value.copy_negate() if isinstance(value, Decimal) else -value
    assert error_of(parse_money_fen, negative, allow_negative=True).code == "money_too_large"
    # Without allow_negative the sign is the first thing wrong.
    assert error_of(parse_money_fen, negative).code == "money_negative"


fen_amounts = st.integers(min_value=-(10**12), max_value=10**12)


@PROPERTY
@given(fen=fen_amounts)
def test_money_text_round_trips(fen: int) -> None:
    sign = "-" if fen < 0 else ""
    text = f"{sign}{abs(fen) // 100}.{abs(fen) % 100:02d}"
    assert parse_money_fen(text, allow_negative=True) == fen
    assert parse_money_fen(f"{sign}{abs(fen) // 100:,}.{abs(fen) % 100:02d}元",
                           allow_negative=True) == fen


@PROPERTY
@given(fen=fen_amounts)
def test_two_decimal_floats_convert_exactly(fen: int) -> None:
    # A spreadsheet cell holds the binary float nearest to the typed amount.
    assert parse_money_fen(fen / 100, allow_negative=True) == fen
    yuan, cents = divmod(abs(fen), 100)
    assert parse_money_fen(float(f"{yuan}.{cents:02d}")) == abs(fen)


@PROPERTY
@given(fen=fen_amounts, extra=st.integers(min_value=1, max_value=9))
def test_a_third_decimal_is_refused(fen: int, extra: int) -> None:
    sign = "-" if fen < 0 else ""
    text = f"{sign}{abs(fen) // 100}.{abs(fen) % 100:02d}{extra}"
    assert error_of(parse_money_fen, text, allow_negative=True).code == "money_precision"


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2022-03-05",
        "2022-3-5",
        "2022/3/5",
        "2022/03/05",
        "2022.3.5",
        "2022年3月5日",
        "2022 年 3 月 5 日",
        "2022年3月5号",
        "  2022-3-5\t",
        wide("2022年3月5日"),
        wide("2022/3/5"),
        "20220305",
    ],
)
def test_parse_date_text(text: str) -> None:
    assert parse_date(text) == date(2022, 3, 5)


def test_parse_date_takes_dates_and_datetimes() -> None:
    assert parse_date(date(2022, 3, 5)) == date(2022, 3, 5)
    result = parse_date(datetime(2022, 3, 5, 23, 59))
    assert result == date(2022, 3, 5)
    assert type(result) is date


@pytest.mark.parametrize("value", ["", "  ", None])
def test_parse_date_required(value: str) -> None:
    error = error_of(parse_date, value, field="accepted_on")
    assert (error.code, error.field) == ("required", "accepted_on")


@pytest.mark.parametrize(
    "text",
    ["x", "2022", "2022-03", "22-3-5", "2022-3/5", "2022--3-5", "5/3/2022", "2022-003-05",
     "2022年3月", "2022-3-5 12:00"],
)
def test_parse_date_format(text: str) -> None:
    error = error_of(parse_date, text)
    assert (error.code, error.field) == ("date_format", "date")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("2022-02-30", "2022-02-30"),
        ("2022/2/29", "2022/2/29"),
        ("2022年13月1日", "2022年13月1日"),
        ("2022-4-31", "2022-4-31"),
        ("0000-01-01", "0000-01-01"),
        ("20220230", "20220230"),
    ],
)
def test_parse_date_invalid(text: str, shown: str) -> None:
    error = error_of(parse_date, text)
    assert (error.code, error.field, error.params) == ("date_invalid", "date", {"value": shown})


def test_parse_date_accepts_29_february_in_a_leap_year() -> None:
    assert parse_date("2024-2-29") == date(2024, 2, 29)


@PROPERTY
@given(day=st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)))
def test_dates_round_trip_through_every_format(day: date) -> None:
    texts = [
        day.isoformat(),
        f"{day.year}-{day.month}-{day.day}",
        f"{day.year}/{day.month}/{day.day}",
        f"{day.year}.{day.month}.{day.day}",
        f"{day.year}年{day.month}月{day.day}日",
        f"{day:%Y%m%d}",
    ]
    for text in texts:
        assert parse_date(text) == day
        assert parse_date(f" {text} ") == day


# --- require_text ------------------------------------------------------------------------------


def test_require_text_strips() -> None:
    assert require_text("  张三 \n", "name") == "张三"


@pytest.mark.parametrize("value", ["", " \t\n", None])
def test_require_text_required(value: str | None) -> None:
    error = error_of(require_text, value, "name")
    assert (error.code, error.field) == ("required", "name")


def test_require_text_too_long_counts_characters_after_stripping() -> None:
    assert require_text(" " + "工" * 50 + " ", "name", max_length=50) == "工" * 50
    error = error_of(require_text, "工" * 51, "name", max_length=50)
    assert (error.code, error.field, error.params) == ("too_long", "name", {"max": 50})
    assert error_of(require_text, "a" * 201, "note").params == {"max": 200}


@PROPERTY
@given(text=st.text(min_size=1, max_size=30))
def test_require_text_returns_the_stripped_text(text: str) -> None:
    assume(text.strip())
    assert require_text(text, "note") == text.strip()
