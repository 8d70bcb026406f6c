"""Money and ratios as reports and forms print them.

Amounts are integer fen (分) everywhere; this module only turns them into text. All rounding is
done in integer arithmetic, half away from zero ("四舍五入"), so no binary float ever decides a
printed digit.
"""

from __future__ import annotations

FEN_PER_YUAN = 100
FEN_PER_WAN = 100 * 10_000  # 万元

DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")  # within a four-digit group
# The unit closing each four-digit group, from the lowest: 元 is written by the caller.
_GROUP_UNITS = ("", "万", "亿", "万")  # the fourth group reads 万亿
MAX_CAPITALS_YUAN = 10**16 - 1  # 9999万亿 ... the largest amount with a Chinese group unit


def _divide_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half away from zero; denominator must not be 0."""
    quotient, remainder = divmod(abs(numerator), abs(denominator))
    if 2 * remainder >= abs(denominator):
        quotient += 1
    return -quotient if (numerator < 0) != (denominator < 0) else quotient


def _trim_decimals(units: int, scale: int, decimals: int) -> str:
    """``units`` of ``1/scale`` as a decimal without trailing zeros: 34328, 100, 2 -> 343.28."""
    sign = "-" if units < 0 else ""
    whole, part = divmod(abs(units), scale)
    text = f"{part:0{decimals}d}".rstrip("0")
    return f"{sign}{whole}.{text}" if text else f"{sign}{whole}"


def format_yuan(fen: int) -> str:
    """Yuan with thousands separators and always two decimals: 214971 -> ``2,149.71``."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), FEN_PER_YUAN)
    return f"{sign}{yuan:,}.{cents:02d}"


def format_wan(fen: int) -> str:
    """万元 with at most two decimals, rounded half up, no trailing zeros: 343280000 -> ``343.28``.

    ``53.1`` (not ``53.10``), ``1`` (not ``1.00``); an amount that rounds to zero is ``0``.
    """
    hundredths = _divide_half_up(fen, FEN_PER_WAN // 100)
    return _trim_decimals(hundredths, 100, 2)


def format_percent(numerator: int, denominator: int) -> str:
    """A percentage with one decimal, rounded half up, no ``.0``: (5, 6) -> ``83.3%``.

    An empty denominator (nothing to count yet) gives ``0%``.
    """
    if denominator == 0:
        return "0%"
    tenths = _divide_half_up(numerator * 1000, denominator)
    return _trim_decimals(tenths, 10, 1) + "%"


def fraction(numerator: int, denominator: int) -> float:
    """numerator / denominator rounded half up to four decimals; 0.0 for an empty denominator."""
    if denominator == 0:
        return 0.0
    # An exact integer divided by 10000 is the float nearest to the four-decimal value.
    return _divide_half_up(numerator * 10_000, denominator) / 10_000


def amount_in_capitals(fen: int) -> str:
    """The amount in Chinese financial capitals (大写金额), without the 人民币 prefix.

    Follows the People's Bank of China rules for filling in bills
    (正确填写票据和结算凭证的基本规定):

    * ``壹拾`` is always written with its ``壹``: 100000 yuan is ``壹拾万元``;
    * a run of zeros inside the integer part is one ``零``, also when the run ends on the 万 or
      亿 digit (107000 yuan is ``壹拾万零柒仟元``; the rules allow leaving it out there, we
      always write it, as it is read aloud); zeros at the end of the integer part are silent;
    * ``元`` is followed by ``整`` when there are no 角 and 分; by ``零`` when 角 is zero and 分 is
      not (``壹元零伍分``); directly by the 角 otherwise (``壹仟陆佰捌拾元叁角``), with no ``整``
      after 角;
    * below one yuan only the fractions are written (``伍角``, ``伍分``); zero is ``零元整``.

    Supports amounts below 1 亿亿 yuan (up to 9999万亿); a negative amount is a ValueError.
    """
    if fen < 0:
        raise ValueError("amount_in_capitals needs an amount of zero or more")
    yuan, cents = divmod(fen, FEN_PER_YUAN)
    if yuan > MAX_CAPITALS_YUAN:
        raise ValueError("amount_in_capitals supports amounts below 1亿亿 yuan")
    jiao, fen_digit = divmod(cents, 10)
    if yuan == 0 and cents == 0:
        return "零元整"

    text = _integer_capitals(yuan) + "元" if yuan else ""
    if jiao:
        text += DIGITS[jiao] + "角"
    elif fen_digit and yuan:
        text += "零"
    if fen_digit:
        text += DIGITS[fen_digit] + "分"
    if not cents:
        text += "整"
    return text


def _integer_capitals(number: int) -> str:
    """A positive integer in capitals, digit by digit from the highest."""
    digits = str(number)
    top = len(digits) - 1
    parts: list[str] = []
    zero_pending = False  # zeros seen since the last written digit
    for index, char in enumerate(digits):
        position = top - index
        digit = int(char)
        if digit:
            if zero_pending:
                parts.append(DIGITS[0])
                zero_pending = False
            parts.append(DIGITS[digit] + _SMALL_UNITS[position % 4])
        else:
            zero_pending = True
        if position % 4 == 0 and position > 0:
            group = position // 4
            group_digits = digits[max(0, index - 3) : index + 1]
            # 亿 closes everything above it, even an all-zero group (壹万亿); 万 and 万亿 are
            # written only when their own four digits are not all zero.
            if group == 2 or group_digits.strip("0"):
                parts.append(_GROUP_UNITS[group])
    return "".join(parts)
