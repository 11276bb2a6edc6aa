"""The bounds on every number and text that enters the app, in one place.

A number may come from the command line, an editor, the wizard, a workbook cell or a file
edited outside the app. Whatever its source, it must be finite and at most ``MAX_MAGNITUDE``
(10^15) in size, with at most ``MAX_DECIMALS`` (60) decimal places: a revenue of a thousand
trillion is far beyond any agreement, and a bound keeps every later step (the exact plan
arithmetic, formatting, the reports) quick. ``Decimal("1e999999999")`` is a tiny object, but
turning it into an integer, a fraction or plain digits builds a billion-digit number: so the
exponent is checked on the Decimal's tuple, before any arithmetic touches the value.

What the plan derives is bounded too: a plan whose stage counts pass 10^15 is refused (the
rates or the deal value are too small for the revenue).

Texts: titles at most 200 characters, names 100, longer texts (commitments, descriptions,
cadence) 5,000.

Functions here return the message (a ``Text``) or None; the model wraps them in Problems
naming the field, the readers in errors naming the cell.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation, localcontext

from slaworkshop.text import QT_TRANSLATE_NOOP, Text, t

MAX_MAGNITUDE_EXPONENT = 15
MAX_MAGNITUDE = 10**MAX_MAGNITUDE_EXPONENT
# Far more than anyone types; enough for what the app computes itself (a quotient of 28
# significant digits of a small value), and still a size every later step handles at once.
MAX_DECIMALS = 60
# No number needs more characters than this (16 digits, 60 decimals, signs, an exponent).
MAX_NUMBER_TEXT = 90
# The largest id or count the command line accepts (SQLite integers are 64-bit).
MAX_ID = 2**63 - 1

MAX_TITLE = 200
MAX_NAME = 100
MAX_TEXT = 5000


def _too_large(value: object) -> Text:
    return t(QT_TRANSLATE_NOOP("core", "“{value}” is too large; numbers must be at most "
                                       "10^15 (1,000,000,000,000,000) in size"), value=value)


def _too_precise(value: object) -> Text:
    return t(QT_TRANSLATE_NOOP("core", "“{value}” has more than {places} decimal places"),
             value=value, places=MAX_DECIMALS)


def _shown(value: object) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:37] + "…"


def decimal_problem(value: Decimal | int, typed: str | None = None) -> Text | None:
    """Why ``value`` is out of bounds, or None. Only the tuple is read: no arithmetic.

    ``typed`` is the text it was read from, to quote in the message. An int (which callers
    may pass for a Decimal) is checked as one."""
    if isinstance(value, int):
        return int_problem(value)
    if value.is_finite():
        # Most numbers, checked on every keystroke: in bounds by two comparisons (libmpdec
        # compares 1E+999999999 without expanding it) and a short enough exponent.
        exponent = value.as_tuple().exponent
        assert isinstance(exponent, int)
        if exponent >= -MAX_DECIMALS and -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE:
            return None
    shown = _shown(value if typed is None else typed)
    if not value.is_finite():
        return t(QT_TRANSLATE_NOOP("core", "“{value}” is not a finite number"), value=shown)
    _sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    significant = list(digits)
    # Trailing zeros carry no precision: 1.500 has one decimal place, 1E+3 none.
    while len(significant) > 1 and significant[-1] == 0:
        significant.pop()
        exponent += 1
    if significant == [0]:
        return None
    leading = exponent + len(significant) - 1  # the power of ten of the first digit
    # 10^15 itself is allowed; 1.000…1 × 10^15 or anything from 10^16 up is not.
    if leading > MAX_MAGNITUDE_EXPONENT or (leading == MAX_MAGNITUDE_EXPONENT
                                            and significant != [1]):
        return _too_large(shown)
    if exponent < -MAX_DECIMALS:
        return _too_precise(shown)
    return None


def all_in_bounds(values: Iterable[Decimal | None]) -> bool:
    """Whether every one of ``values`` (Decimals, or None for none) is in bounds, settled at
    C speed for a month-by-month list of targets. False means "ask ``decimal_problem`` of
    each": it says which one is out and why, and passes the odd number that is in bounds
    only once its trailing zeros are dropped (``0E-61``).

    The smallest and the largest are compared with the bounds. Then the sum, exact at a
    precision of 100 digits: an exact sum's exponent is the least exponent of its terms, so it
    has no more decimals than the most precise of them. A sum that had to be rounded has 100
    significant digits; in bounds, a sum of fewer than 10^20 numbers has at most 36 before
    the point, so its exponent is below -60 and the list is looked at number by number.
    """
    present = [value for value in values if value is not None]
    if not present:
        return True
    if any(type(value) is not Decimal for value in present):
        return False
    try:
        if min(present) < -MAX_MAGNITUDE or max(present) > MAX_MAGNITUDE:
            return False
        with localcontext() as context:
            context.prec = 100
            total = sum(present, Decimal(0))
    except ArithmeticError:
        return False  # a signalling NaN, or an infinity against another
    # A NaN (or infinity) sum has no integer exponent.
    exponent = total.as_tuple().exponent
    return isinstance(exponent, int) and exponent >= -MAX_DECIMALS


def int_problem(value: int, limit: int = MAX_MAGNITUDE) -> Text | None:
    if abs(value) > limit:
        return _too_large(_shown(value) if value.bit_length() < 200 else "…")
    return None


def parse_bounded(text: str) -> Decimal | Text:
    """A Decimal from text within the bounds, or why not (``1e999999999`` stays a tuple)."""
    if len(text) > MAX_NUMBER_TEXT:
        return t(QT_TRANSLATE_NOOP("core", "“{value}” is too long to be a number"),
                 value=_shown(text))
    try:
        value = Decimal(text)
    except InvalidOperation:
        return t(QT_TRANSLATE_NOOP("core", "“{value}” is not a number"), value=_shown(text))
    problem = decimal_problem(value, text)
    return value if problem is None else problem


def derived_count_problem(revenue: Decimal, share: Decimal, deal_value: Decimal,
                          rates: Iterable[Decimal]) -> Text | None:
    """Why the plan's counts would pass 10^15, or None.

    Call only with values already within the bounds and positive: the top of the funnel is
    R·s/D divided by every rate, computed as an exact fraction of bounded integers.
    """
    numerator, denominator = 1, 1
    for value in (revenue, share):
        n, d = value.as_integer_ratio()
        numerator, denominator = numerator * n, denominator * d
    n, d = deal_value.as_integer_ratio()
    numerator, denominator = numerator * d, denominator * n
    if numerator > MAX_MAGNITUDE * denominator:
        return t(QT_TRANSLATE_NOOP("core", "the average deal value is too small for this "
                                           "revenue: more than 10^15 won customers"))
    for rate in rates:
        n, d = rate.as_integer_ratio()
        numerator, denominator = numerator * d, denominator * n
        if numerator > MAX_MAGNITUDE * denominator:
            return t(QT_TRANSLATE_NOOP("core", "the rates are too small for this revenue: a "
                                               "stage would need more than 10^15"))
    return None


def length_problem(text: str, limit: int) -> Text | None:
    if len(text) > limit:
        return t(QT_TRANSLATE_NOOP("core", "{count} characters is too long; at most {limit}"),
                 count=len(text), limit=limit)
    return None


MAX_FILE_NAME = 120
_UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f-\x9f\u2028\u2029]+')


def file_name(stem: str, suffix: str = "", fallback: str = "agreement") -> str:
    """A suggested file name: no control characters or characters file systems refuse,
    at most MAX_FILE_NAME characters with the suffix."""
    cleaned = " ".join(_UNSAFE_IN_NAMES.sub(" ", stem).split()).strip(" .")
    cleaned = cleaned[:MAX_FILE_NAME - len(suffix)].rstrip(" .") or fallback
    return cleaned + suffix
