"""Months as ``YYYY-MM`` strings and the arithmetic on them."""

from __future__ import annotations

import re
from functools import lru_cache

_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")


def parse_month(text: str) -> tuple[int, int]:
    """Return (year, month) of a ``YYYY-MM`` string, or raise ValueError."""
    match = _MONTH_RE.match(text.strip()) if isinstance(text, str) else None
    if not match:
        raise ValueError(f"{text!r} is not a month in the form YYYY-MM")
    year, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12 or year < 1900:
        raise ValueError(f"{text!r} is not a month in the form YYYY-MM")
    return year, month


def is_month(text: str) -> bool:
    try:
        parse_month(text)
    except ValueError:
        return False
    return True


def month_index(year: int, month: int) -> int:
    return year * 12 + (month - 1)


def format_month(index: int) -> str:
    year, month0 = divmod(index, 12)
    return f"{year:04d}-{month0 + 1:02d}"


def add_months(month: str, count: int) -> str:
    return format_month(month_index(*parse_month(month)) + count)


def month_range(start: str, count: int) -> list[str]:
    return list(month_tuple(start, count))


@lru_cache(maxsize=64)
def month_tuple(start: str, count: int) -> tuple[str, ...]:
    """``count`` months from ``start`` (a plan's months: asked on every keystroke)."""
    first = month_index(*parse_month(start))
    return tuple(format_month(first + i) for i in range(count))


def months_between(start: str, end: str) -> int:
    """Number of months from ``start`` to ``end`` (0 when equal, negative when before)."""
    return month_index(*parse_month(end)) - month_index(*parse_month(start))
