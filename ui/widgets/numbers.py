"""Reading and writing the numbers people type into the editors, in their locale.

Editable fields show plain numbers (no thousands separators) with the locale's decimal mark;
what people type may use the locale's marks, a plain ``.`` or grouping, and a trailing ``%``
where the field is a percentage.
"""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale

from slaworkshop.model import parse_decimal
from slaworkshop.periods import parse_month


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


def number_text(value: Decimal, locale: QLocale | None = None, max_places: int = 4) -> str:
    """``value`` for reading: the locale's grouping and decimal mark, whole numbers without
    decimals, others with their own decimals up to ``max_places``."""
    locale = locale or QLocale()
    if value == value.to_integral_value():
        return locale.toString(int(value))
    exponent = value.normalize().as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return locale.toString(float(value), "f", min(places, max_places))


def whole(value: int, locale: QLocale | None = None) -> str:
    """A count with the locale's grouping, for display."""
    return (locale or QLocale()).toString(value)


CURRENCY_SYMBOLS = {
    "EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF",
    "MXN": "$", "ARS": "$", "CLP": "$", "COP": "$",
}


def currency_symbol(currency: str) -> str:
    """The symbol people write for ``currency`` (the ISO code itself when it has none here)."""
    code = currency.strip().upper()
    return CURRENCY_SYMBOLS.get(code, code)


def money(value: Decimal, currency: str, locale: QLocale | None = None, places: int = 2) -> str:
    """An amount in ``currency`` the way the locale writes money (cents only when there are
    any): ``1.200.000 €`` in Spanish, ``€1,200,000`` in English. Exact: the digits are
    Decimal's, only the pattern (symbol place, spacing, sign) is the locale's. ``places``: 4
    for a cost per unit such as a visit's (``€0.0046``)."""
    locale = locale or QLocale()
    cents = value.quantize(Decimal(1).scaleb(-places))
    units = int(cents)
    number = locale.toString(abs(units))
    if cents != units:
        fraction = format(abs(cents - units), "f")[2:2 + places]
        number = f"{number}{locale.decimalPoint()}{fraction}"
    if not currency.strip():
        return f"-{number}" if cents < 0 else number
    text = _currency_pattern(locale, currency).replace("7", number, 1)
    return f"-{text}" if cents < 0 else text


_PATTERNS: dict[tuple[str, str], str] = {}


def _currency_pattern(locale: QLocale, currency: str) -> str:
    """How the locale writes 7 of ``currency`` ("€7", "7 €", "CHF 7"); asked on every
    keystroke in the objective, so made once per locale and currency."""
    key = (locale.name(), currency)
    pattern = _PATTERNS.get(key)
    if pattern is None:
        symbol = currency_symbol(currency)
        pattern = locale.toCurrencyString(7.0, symbol, 0)
        if symbol.isalpha() and len(symbol) > 1:
            # A code, not a sign: never glued to the digits ("CHF 5", not "CHF5").
            pattern = pattern.replace(f"{symbol}7", f"{symbol}\u00a07").replace(
                f"7{symbol}", f"7\u00a0{symbol}")
        if len(_PATTERNS) > 1000:
            _PATTERNS.clear()
        _PATTERNS[key] = pattern
    return pattern


def month_name(month: str, locale: QLocale, long: bool = False) -> str:
    """``"2027-03"`` → "Mar 27" (or "March 2027"), in the locale's language."""
    year, number_ = parse_month(month)
    return locale.toString(QDate(year, number_, 1), "MMMM yyyy" if long else "MMM yy")
