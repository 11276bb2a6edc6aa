"""Reading and writing the numbers people type into the editors, in their locale.

Editable fields show plain numbers (no thousands separators) with the locale's decimal mark;
what people type may use the locale's marks, a plain ``.`` or grouping, and a trailing ``%``
where the field is a percentage.
"""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QLocale

from slaworkshop.model import parse_decimal


def plain(value: Decimal, locale: QLocale | None = None) -> str:
    """``value`` without exponent or trailing zeros, with the locale's decimal mark."""
    locale = locale or QLocale()
    text = format(value.normalize(), "f") if value == value else str(value)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(".", locale.decimalPoint())


def percent(value: Decimal, locale: QLocale | None = None) -> str:
    """A fraction (0.25) as the percent number people read (25)."""
    return plain(value * 100, locale)


def parse_number(text: str, what: str, locale: QLocale | None = None) -> Decimal:
    """A Decimal from what a person typed; raises ValidationError naming ``what``."""
    locale = locale or QLocale()
    cleaned = re.sub(r"[\s\u00a0\u202f_]", "", text)
    point, group = locale.decimalPoint(), locale.groupSeparator()
    if (point != "." and point in cleaned) or (group and group != point and re.fullmatch(
            rf"-?\d{{1,3}}({re.escape(group)}\d{{3}})+({re.escape(point)}\d*)?", cleaned)):
        cleaned = cleaned.replace(group, "").replace(point, ".")
    elif "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    if not cleaned:
        from slaworkshop.model import Problem, ValidationError

        raise ValidationError([Problem(what, "a number is needed")])
    return parse_decimal(cleaned, what)


def parse_percent(text: str, what: str, locale: QLocale | None = None) -> Decimal:
    """A percentage typed as ``25`` or ``25%`` (or ``25 %``), returned as the fraction 0.25."""
    stripped = text.strip()
    if stripped.endswith("%"):
        stripped = stripped[:-1]
    value = parse_number(stripped, what, locale) / 100
    return value.normalize() if value == value.to_integral_value() else value


def whole(value: int, locale: QLocale | None = None) -> str:
    """A count with the locale's grouping, for display."""
    return (locale or QLocale()).toString(value)


def money(value: Decimal, currency: str, locale: QLocale | None = None) -> str:
    """An amount with the locale's grouping (cents only when there are any) and the currency."""
    locale = locale or QLocale()
    cents = value.quantize(Decimal("0.01"))
    units = int(cents)
    number = locale.toString(units)
    if cents != units:
        fraction = format(abs(cents - units), "f")[2:4]
        number = f"{number}{locale.decimalPoint()}{fraction}"
    return f"{number} {currency}".strip()
