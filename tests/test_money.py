"""Money formatting: examples from the reports and forms, and property-based checks."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unioncase.domain.money import (
    amount_in_capitals,
    format_percent,
    format_wan,
    format_yuan,
    fraction,
)
from unioncase.domain.validators import parse_money_fen

PROPERTY = settings(max_examples=200, deadline=None)


# --- format_yuan -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fen", "text"),
    [
        (214971, "2,149.71"),
        (0, "0.00"),
        (1, "0.01"),
        (10, "0.10"),
        (100, "1.00"),
        (99999, "999.99"),
        (100000, "1,000.00"),
        (123456789012, "1,234,567,890.12"),
        (-5, "-0.05"),
        (-214971, "-2,149.71"),
    ],
)
def test_format_yuan(fen: int, text: str) -> None:
    assert format_yuan(fen) == text


@PROPERTY
@given(fen=st.integers(min_value=-(10**12), max_value=10**12))
def test_format_yuan_round_trips_through_parse_money_fen(fen: int) -> None:
    text = format_yuan(fen)
    assert re.fullmatch(r"-?\d{1,3}(,\d{3})*\.\d\d", text)
    assert parse_money_fen(text.replace(",", ""), allow_negative=True) == fen
    assert parse_money_fen(text, allow_negative=True) == fen


# --- format_wan --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fen", "text"),
    [
        (3432800_00, "343.28"),  # the seed: 发放救助金343.28万元
        (531000_00, "53.1"),  # 大病救助金额53.1万元
        (1_0000_00, "1"),
        (4280700_00, "428.07"),
        (0, "0"),
        (4999, "0"),  # 0.004999 万元
        (5000, "0.01"),  # half up
        (3432849_99, "343.28"),
        (3432850_00, "343.29"),
        (99995000, "100"),  # 99.995 rounds up to a whole number
        (12345678900_00, "1234567.89"),
        (-531000_00, "-53.1"),
        (-5000, "-0.01"),  # half away from zero
        (-4999, "0"),  # no "-0"
    ],
)
def test_format_wan(fen: int, text: str) -> None:
    assert format_wan(fen) == text


def reference_wan(fen: int) -> str:
    wan = (Decimal(fen) / Decimal(1_000_000)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    text = f"{wan:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "0") else text


@PROPERTY
@given(fen=st.integers(min_value=-(10**13), max_value=10**13))
def test_format_wan_matches_decimal_rounding(fen: int) -> None:
    assert format_wan(fen) == reference_wan(fen)


# --- format_percent and fraction ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("numerator", "denominator", "text"),
    [
        (425, 425, "100%"),  # 结案率100%
        (84, 150, "56%"),
        (5, 6, "83.3%"),  # 调解成功率83.3%
        (0, 0, "0%"),  # nothing counted yet
        (7, 0, "0%"),
        (0, 12, "0%"),
        (1, 3, "33.3%"),
        (2, 3, "66.7%"),
        (1, 8, "12.5%"),
        (1, 16, "6.3%"),  # 6.25 half up
        (1398, 7412, "18.9%"),
        (3, 2, "150%"),
        (1, 2000, "0.1%"),  # 0.05 half up
        (1, 2001, "0%"),
        (-1, 8, "-12.5%"),
    ],
)
def test_format_percent(numerator: int, denominator: int, text: str) -> None:
    assert format_percent(numerator, denominator) == text


def reference_percent(numerator: int, denominator: int) -> str:
    if denominator == 0:
        return "0%"
    value = (Decimal(numerator) * 100 / Decimal(denominator)).quantize(
        Decimal("0.1"), rounding=ROUND_HALF_UP
    )
    text = f"{value:f}".removesuffix(".0")
    return ("0" if text == "-0" else text) + "%"


@PROPERTY
@given(
    numerator=st.integers(min_value=0, max_value=100_000),
    denominator=st.integers(min_value=0, max_value=100_000),
)
def test_format_percent_matches_decimal_rounding(numerator: int, denominator: int) -> None:
    assert format_percent(numerator, denominator) == reference_percent(numerator, denominator)


@pytest.mark.parametrize(
    ("numerator", "denominator", "value"),
    [
        (1398, 1958, 0.714),
        (5, 7, 0.7143),
        (1, 3, 0.3333),
        (2, 3, 0.6667),
        (1, 20000, 0.0001),  # 0.00005 half up
        (1, 20001, 0.0),
        (3, 20000, 0.0002),  # 0.00015: the float below it must not decide
        (29, 20000, 0.0015),
        (1, 32, 0.0313),  # 0.03125: half up, not to even
        (425, 425, 1.0),
        (0, 0, 0.0),
        (3, 0, 0.0),
        (-5, 7, -0.7143),
    ],
)
def test_fraction(numerator: int, denominator: int, value: float) -> None:
    result = fraction(numerator, denominator)
    assert result == value
    assert type(result) is float


@PROPERTY
@given(
    numerator=st.integers(min_value=0, max_value=10**6),
    denominator=st.integers(min_value=1, max_value=10**6),
)
def test_fraction_is_the_nearest_float_to_four_rounded_decimals(
    numerator: int, denominator: int
) -> None:
    exact = (Decimal(numerator) / Decimal(denominator)).quantize(
        Decimal("0.0001"), rounding=ROUND_HALF_UP
    )
    assert fraction(numerator, denominator) == float(str(exact))


@PROPERTY
@given(k=st.integers(min_value=0, max_value=10**6))
def test_fraction_rounds_exact_halves_up(k: int) -> None:
    # (2k + 1) / 20000 is k.5 ten-thousandths exactly.
    assert fraction(2 * k + 1, 20_000) == (k + 1) / 10_000


# --- amount_in_capitals ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fen", "text"),
    [
        # The cases the mediation agreements and receipts need.
        (214971, "贰仟壹佰肆拾玖元柒角壹分"),
        (1000000, "壹万元整"),
        (10000005, "壹拾万元零伍分"),
        (168030, "壹仟陆佰捌拾元叁角"),
        (0, "零元整"),
        (100, "壹元整"),
        (1001000, "壹万零壹拾元整"),
        (10000000000, "壹亿元整"),
        (5, "伍分"),
        (50, "伍角"),
        (105, "壹元零伍分"),
        # The People's Bank of China examples (正确填写票据和结算凭证的基本规定).
        (140950, "壹仟肆佰零玖元伍角"),
        (600714, "陆仟零柒元壹角肆分"),
        (168032, "壹仟陆佰捌拾元叁角贰分"),
        (10700053, "壹拾万零柒仟元伍角叁分"),
        (1640902, "壹万陆仟肆佰零玖元零贰分"),
        (32504, "叁佰贰拾伍元零肆分"),
        # More zeros and group units.
        (55, "伍角伍分"),
        (1000, "壹拾元整"),
        (1010, "壹拾元壹角"),
        (1100, "壹拾壹元整"),
        (10100, "壹佰零壹元整"),
        (100100, "壹仟零壹元整"),
        (10000100, "壹拾万零壹元整"),
        (10001000000, "壹亿零壹万元整"),
        (10000000100, "壹亿零壹元整"),
        (10000100000, "壹亿零壹仟元整"),
        (11000000000, "壹亿壹仟万元整"),
        (100000000000, "壹拾亿元整"),
        (100000000100, "壹拾亿零壹元整"),
        (10**12, "壹佰亿元整"),  # the largest amount parse_money_fen accepts
        (10**14, "壹万亿元整"),
        (10**14 + 10**6, "壹万亿零壹万元整"),
        (10**15 + 105, "壹拾万亿零壹元零伍分"),
        (
            123456789012345678,
            "壹仟贰佰叁拾肆万伍仟陆佰柒拾捌亿玖仟零壹拾贰万叁仟肆佰伍拾陆元柒角捌分",
        ),
        (
            10**18 - 1,
            "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
        ),
    ],
)
def test_amount_in_capitals(fen: int, text: str) -> None:
    assert amount_in_capitals(fen) == text


def test_amount_in_capitals_refuses_negative_and_too_large_amounts() -> None:
    with pytest.raises(ValueError, match="zero or more"):
        amount_in_capitals(-1)
    with pytest.raises(ValueError, match="below"):
        amount_in_capitals(10**18)


# An independent spelling, built the other way round: write every digit with its unit, zeros
# included ("壹拾零万柒仟零佰零拾零元"), then clean the string with replacements.
REF_DIGITS = dict(zip("0123456789", "零壹贰叁肆伍陆柒捌玖", strict=True))
REF_UNITS = ["元", "拾", "佰", "仟", "万", "拾", "佰", "仟", "亿", "拾", "佰", "仟", "万", "拾",
             "佰", "仟"]


def reference_capitals(fen: int) -> str:
    yuan_text, cents = f"{fen // 100}", f"{fen % 100:02d}"
    spelled = "".join(
        REF_DIGITS[digit] + REF_UNITS[len(yuan_text) - 1 - i] for i, digit in enumerate(yuan_text)
    )
    spelled = re.sub("零[拾佰仟]", "零", spelled)  # a zero digit has no small unit
    spelled = re.sub("零+", "零", spelled)
    while re.search("零[万亿]", spelled):  # the group unit stays, the zero moves on (零万零亿)
        spelled = re.sub("零+([万亿])", r"\1零", spelled)
    spelled = re.sub("亿(零*)万", r"亿\1", spelled)  # an empty 万 group under 亿
    spelled = re.sub("零+", "零", spelled)
    spelled = re.sub("零元", "元", spelled)  # zeros at the end are silent
    if spelled == "元":  # less than one yuan
        spelled = ""

    fractions = REF_DIGITS[cents[0]] + "角" + REF_DIGITS[cents[1]] + "分"
    fractions = re.sub("^零角零分$", "整", fractions)
    fractions = re.sub("零分$", "", fractions)
    fractions = re.sub("^零角", "零", fractions)
    if not spelled:
        fractions = fractions.lstrip("零")
        if fractions == "整":
            return "零元整"
    return spelled + fractions


def test_reference_spelling_agrees_with_the_known_cases() -> None:
    # The reference is only worth something if it is right where the answer is known.
    assert reference_capitals(214971) == "贰仟壹佰肆拾玖元柒角壹分"
    assert reference_capitals(10000005) == "壹拾万元零伍分"
    assert reference_capitals(168030) == "壹仟陆佰捌拾元叁角"
    assert reference_capitals(1001000) == "壹万零壹拾元整"
    assert reference_capitals(10000000000) == "壹亿元整"
    assert reference_capitals(10700053) == "壹拾万零柒仟元伍角叁分"
    assert reference_capitals(10**14 + 10**6) == "壹万亿零壹万元整"
    assert reference_capitals(10**15 + 105) == "壹拾万亿零壹元零伍分"
    small = [reference_capitals(f) for f in (0, 5, 50, 105)]
    assert small == ["零元整", "伍分", "伍角", "壹元零伍分"]


@PROPERTY
@given(fen=st.integers(min_value=0, max_value=10**12))
def test_amount_in_capitals_matches_the_reference(fen: int) -> None:
    assert amount_in_capitals(fen) == reference_capitals(fen)


# Amounts made mostly of zeros are where spellings go wrong; plain random integers rarely have
# long runs of zeros, so build some that do.
sparse_amounts = st.lists(
    st.sampled_from("0000000123456789"), min_size=1, max_size=18
).map(lambda digits: int("".join(digits)))


@PROPERTY
@given(fen=sparse_amounts)
def test_amount_in_capitals_matches_the_reference_on_sparse_amounts(fen: int) -> None:
    assert amount_in_capitals(fen) == reference_capitals(fen)


@PROPERTY
@given(fen=st.integers(min_value=0, max_value=10**12))
def test_amount_in_capitals_is_well_formed(fen: int) -> None:
    text = amount_in_capitals(fen)
    assert "零零" not in text
    assert not re.search("零[元万亿角分整]", text.removeprefix("零元整"))
    assert text.endswith(("整", "角", "分"))
    assert text.endswith("整") == (fen % 100 == 0)
    assert ("元" in text) == (fen >= 100 or fen == 0)
    # Every non-zero digit of the amount appears, in order.
    nonzero = [REF_DIGITS[d] for d in str(fen) if d != "0"]
    assert [c for c in text if c in "壹贰叁肆伍陆柒捌玖"] == nonzero
