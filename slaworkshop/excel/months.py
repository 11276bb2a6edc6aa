"""Months as people type them in spreadsheets, in English and Spanish.

``month_key`` turns a cell value into ``YYYY-MM`` or None: real dates, ``2027-03``, ``2027/3``,
``03/2027``, ``Mar 2027``, ``March 2027``, ``mar-27``, ``marzo 2027``, ``marzo de 2027``,
``ene-2027``, ``sept. 27``, ``2027 Mar`` …
"""

from __future__ import annotations

import datetime as dt
import re

from slaworkshop.excel.names import fold

_MONTH_NAMES: dict[str, int] = {}
for _number, _names in enumerate((
        ("jan", "january", "ene", "enero"),
        ("feb", "february", "febrero"),
        ("mar", "march", "marzo"),
        ("apr", "april", "abr", "abril"),
        ("may", "mayo"),
        ("jun", "june", "junio"),
        ("jul", "july", "julio"),
        ("aug", "august", "ago", "agosto"),
        ("sep", "sept", "september", "set", "septiembre", "setiembre"),
        ("oct", "october", "octubre"),
        ("nov", "november", "noviembre"),
        ("dec", "december", "dic", "diciembre"),
), start=1):
    for _name in _names:
        _MONTH_NAMES[_name] = _number

_NUMERIC_YEAR_FIRST = re.compile(r"^(\d{4})[-/. ](\d{1,2})(?:[-/. ](\d{1,2})(?:[ t].*)?)?$")
_NUMERIC_MONTH_FIRST = re.compile(r"^(\d{1,2})[-/. ](\d{4})$")
_NAMED = re.compile(r"^([a-z]+)\.?[\s\-/.,_']*(?:de\s+|del\s+)?'?(\d{2}|\d{4})$")
_NAMED_YEAR_FIRST = re.compile(r"^(\d{4})[\s\-/.,_']*([a-z]+)\.?$")

MIN_YEAR = 1900
MAX_YEAR = 2200


def _key(year: int, month: int) -> str | None:
    if not 1 <= month <= 12 or not MIN_YEAR <= year <= MAX_YEAR:
        return None
    return f"{year:04d}-{month:02d}"


def _year(text: str) -> int:
    value = int(text)
    return 2000 + value if len(text) == 2 else value


def month_from_text(text: str) -> str | None:
    """``YYYY-MM`` for a month written as text, or None when it cannot be read as one."""
    folded = fold(text).strip()
    if not folded or len(folded) > 40:
        return None
    match = _NUMERIC_YEAR_FIRST.match(folded)
    if match:
        return _key(int(match.group(1)), int(match.group(2)))
    match = _NUMERIC_MONTH_FIRST.match(folded)
    if match:
        return _key(int(match.group(2)), int(match.group(1)))
    match = _NAMED.match(folded)
    if match and match.group(1) in _MONTH_NAMES:
        return _key(_year(match.group(2)), _MONTH_NAMES[match.group(1)])
    match = _NAMED_YEAR_FIRST.match(folded)
    if match and match.group(2) in _MONTH_NAMES:
        return _key(int(match.group(1)), _MONTH_NAMES[match.group(2)])
    return None


def month_key(value: object) -> str | None:
    """``YYYY-MM`` for a cell value (a date or text), or None when it is not a month."""
    if isinstance(value, dt.datetime | dt.date):
        return _key(value.year, value.month)
    if isinstance(value, str):
        return month_from_text(value)
    return None


def looks_like_month(value: object) -> bool:
    """Text meant as a month that could not be read (``Fbr 2027``, ``2027-13``).

    Quarters, halves and totals (``Q1 2027``, ``Total 2027``) are not months.
    """
    if not isinstance(value, str):
        return False
    folded = fold(value).strip()
    if re.search(r"\b[qth][1-4]\b|quarter|trimestre|semestre|total|ytd|acumulado", folded):
        return False
    if re.search(r"\b(19|20)\d{2}\b|^\d{1,2}[-/.]\d{2}$", folded):
        return True
    words = re.findall(r"[a-z]+", folded)
    return any(w[:3] in _MONTH_NAMES for w in words) and bool(re.search(r"\d{2}", folded))
