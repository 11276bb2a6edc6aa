"""Cell values to numbers and dates, for every reader (xlsx and CSV).

``cell_number`` is the ONE place where a cell becomes a number: bounds on values belong here.
Text is read in either convention (``1,234.5`` or ``1.234,5``); an ambiguous ``1.234`` is
decided by the caller's ``decimal_comma`` (the file's own signals), or refused when it has none.
The exponent of a number typed as text is checked before any arithmetic, so ``1e999999999``
never becomes a billion-digit integer.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from slaworkshop import bounds
from slaworkshop.excel.safety import excel_text
from slaworkshop.text import QT_TRANSLATE_NOOP, Text

EXCEL_ERRORS = frozenset({"#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!",
                          "#GETTING_DATA", "#SPILL!", "#CALC!"})

_SPACES = re.compile(r"[\s\u00a0\u202f']")
_GROUPED = re.compile(r"^-?\d{1,3}([.,])\d{3}$")
_THOUSANDS_COMMA = re.compile(r"^-?\d{1,3}(,\d{3})+$")
_THOUSANDS_DOT = re.compile(r"^-?\d{1,3}(\.\d{3})+$")
_PLAIN = re.compile(r"^-?(\d+\.?\d*|\.\d+)([eE]([-+]?\d+))?$")


def not_a_number(value: object) -> Text:
    return excel_text(QT_TRANSLATE_NOOP("excel", '"{value}" is not a number'), value=value)


def tidy(value: Decimal) -> Decimal:
    """Integral values as integers (120, not 120.0), others as given."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def decimal_comma_evidence(text: str) -> bool | None:
    """What one typed number says about the file's convention: True for a decimal comma
    (``12,5``, ``1.234,5``, ``1.234.567``), False for a decimal point, None when it cannot
    tell (``1.234``, ``1,234``, ``120``)."""
    compact = _SPACES.sub("", text).rstrip("%")
    if not compact or not any(c.isdigit() for c in compact):
        return None
    if "," in compact and "." in compact:
        return compact.rfind(",") > compact.rfind(".")
    if _GROUPED.match(compact):
        return None
    if "," in compact:
        return not _THOUSANDS_COMMA.match(compact)
    if "." in compact:
        return bool(_THOUSANDS_DOT.match(compact))
    return None


DecimalComma = bool | None | Callable[[], bool | None]


def cell_number(value: object, *, percent: bool,
                decimal_comma: DecimalComma = None) -> Decimal | Text | None:
    """The number a cell holds, an error message, or None for an empty cell.

    ``percent``: the KPI is measured in percent, so ``95 %`` is 95. ``decimal_comma`` decides
    an ambiguous ``1.234`` (True: one thousand two hundred thirty-four); a callable is asked
    only when a value is ambiguous.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return not_a_number("TRUE" if value else "FALSE")
    if isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return not_a_number(value)
        # repr is the shortest text that reads back as the same float: 0.1, never
        # Decimal(0.1) = 0.1000000000000000055…
        result = Decimal(repr(value))
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if text.upper() in EXCEL_ERRORS:
            return excel_text(QT_TRANSLATE_NOOP(
                "excel", '"{value}" is an error value, not a number'), value=text)
        parsed = _from_text(text, percent, decimal_comma)
        if not isinstance(parsed, Decimal):
            return parsed
        result = parsed
    else:
        return not_a_number(value)
    # The bounds every number that enters the app keeps (slaworkshop.bounds), read off the
    # Decimal's digits before any arithmetic: "1e999999999" never materialises.
    problem = bounds.decimal_problem(result, value if isinstance(value, str) else repr(value))
    if problem is not None:
        return problem
    return tidy(result)


def _from_text(text: str, percent: bool, decimal_comma: DecimalComma) -> Decimal | Text:
    compact = _SPACES.sub("", text)
    if compact.endswith("%"):
        if not percent:
            return excel_text(QT_TRANSLATE_NOOP(
                "excel", '"{value}" is a percentage, but this KPI is not measured in percent'),
                value=text)
        compact = compact[:-1]
    if compact.startswith("+"):
        compact = compact[1:]
    if "," in compact and "." in compact:
        if compact.rfind(",") > compact.rfind("."):
            compact = compact.replace(".", "").replace(",", ".")
        else:
            compact = compact.replace(",", "")
    elif _GROUPED.match(compact):
        comma = decimal_comma() if callable(decimal_comma) else decimal_comma
        if comma is None:
            return excel_text(QT_TRANSLATE_NOOP(
                "excel", '"{value}" is ambiguous (a thousands separator or a decimal comma?); '
                "write it without separators"), value=text)
        separator = compact[-4]
        if (separator == ".") == comma:
            compact = compact.replace(separator, "")  # thousands
        else:
            compact = compact.replace(",", ".")
    elif "," in compact:
        compact = compact.replace(",", "") if _THOUSANDS_COMMA.match(compact) else \
            compact.replace(",", ".")
    elif _THOUSANDS_DOT.match(compact) and compact.count(".") > 1:
        compact = compact.replace(".", "")
    found = _PLAIN.match(compact)
    if not found:
        return not_a_number(text)
    # Decimal("1e999999999") is cheap (its digits and exponent); arithmetic on it is not, so
    # cell_number checks the bounds before any.
    try:
        return Decimal(compact)
    except InvalidOperation:
        return not_a_number(text)


_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?"
                       r"(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
_SLASH_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})"
                         r"(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?)?$", re.IGNORECASE)


def cell_datetime(value: object, day_first: bool) -> dt.datetime | Text | None:
    """The moment a date cell holds (``2027-03-05``, ``2027-03-05 14:20``, ``05/03/2027``),
    an error message, or None when empty. ``day_first`` reads ``05/03/2027`` as 5 March."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if not isinstance(value, str):
        return not_a_date(value)
    text = value.strip()
    if not text:
        return None
    try:
        found = _ISO_DATE.match(text)
        if found:
            year, month, day = int(found.group(1)), int(found.group(2)), int(found.group(3))
            hour, minute, second = (int(found.group(n) or 0) for n in (4, 5, 6))
            return dt.datetime(year, month, day, hour, minute, second)
        found = _SLASH_DATE.match(text)
        if found:
            first, second_part, year = (int(found.group(n)) for n in (1, 2, 3))
            if first > 12:
                day, month = first, second_part
            elif second_part > 12:
                month, day = first, second_part
            else:
                day, month = (first, second_part) if day_first else (second_part, first)
            hour, minute, sec = (int(found.group(n) or 0) for n in (4, 5, 6))
            if found.group(7):
                if hour > 12:
                    return not_a_date(text)
                hour = hour % 12 + (12 if found.group(7).lower() == "p" else 0)
            return dt.datetime(year, month, day, hour, minute, sec)
    except ValueError:
        return not_a_date(text)
    return not_a_date(text)


def not_a_date(value: object) -> Text:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a number cell as typed: 45000, not 45000.0
    return excel_text(QT_TRANSLATE_NOOP("excel", '"{value}" is not a date'), value=value)
