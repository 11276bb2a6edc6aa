"""The blocks an agreement document is made of (headings, paragraphs, fact lists, tables,
pictures, the signature block) and the formatter that writes its figures in the document's
language. ``content`` builds them; the PDF and DOCX writers lay them out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QPicture

from slaworkshop.periods import parse_month
from ui.widgets.numbers import money, number_text

MAX_SIGNATURE_PIXELS = 4000 * 2000


def arg(text: str, *values: object) -> str:
    """Qt-style placeholders: %1, %2 … replaced in one pass."""
    result = text
    for index in range(len(values), 0, -1):
        result = result.replace(f"%{index}", str(values[index - 1]))
    return result


@dataclass
class Heading:
    text: str
    level: int = 1


@dataclass
class Paragraph:
    text: str
    style: str = "body"  # body, note, lead


@dataclass
class Facts:
    """Label: value pairs, shown as a two-column list."""

    rows: list[tuple[str, str]]


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    numeric: list[bool]
    total_row: bool = False
    widths: list[int] = field(default_factory=list)  # percent of the text width


@dataclass
class Picture:
    """A picture: PNG bytes, or a vector drawing (``vector``) that the PDF draws as it is and
    that ``png_data`` rasterises once for writers that need an image (DOCX)."""

    png: bytes
    width: int
    height: int
    caption: str = ""
    vector: QPicture | None = None

    def png_data(self) -> bytes:
        if not self.png and self.vector is not None:
            from ui.document.funnel_picture import png_bytes, raster

            self.png = png_bytes(raster(self.vector, self.width, self.height))
        return self.png


@dataclass
class SignatureEntry:
    party: str
    signer: str
    role: str
    date: str
    image: bytes | None


@dataclass
class Signatures:
    entries: list[SignatureEntry]
    labels: dict[str, str]


@dataclass
class PageBreak:
    pass


Block = Heading | Paragraph | Facts | Table | Picture | Signatures | PageBreak


@dataclass
class DocumentContent:
    title: str
    organisation: str
    kicker: str
    cover: Facts
    blocks: list[Block]
    draft: bool
    fingerprint: str
    fingerprint_line: str
    header_right: str
    draft_mark: str
    page_template: str  # "Page %1 of %2"
    language: str
    creator: str
    keywords: str
    intro: str = ""


def document_locale(language: str) -> QLocale:
    if language == "es":
        return QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


class Formatter:
    """Amounts, counts, rates, months and dates in the document's language."""

    def __init__(self, locale: QLocale, currency: str) -> None:
        self.locale = locale
        self.currency = currency

    def money(self, value: Decimal) -> str:
        return money(value, self.currency, self.locale)

    def count(self, value: int | Decimal) -> str:
        if isinstance(value, int):
            return self.locale.toString(value)
        return self.decimal(value)

    def decimal(self, value: Decimal) -> str:
        return number_text(value, self.locale)

    def percent(self, fraction: Decimal) -> str:
        value = (fraction * 100).normalize()
        number = self.decimal(value)
        space = "\u00a0" if self.locale.language() != QLocale.Language.English else ""
        return f"{number}{space}%"

    def month(self, month: str) -> str:
        year, number = parse_month(month)
        name = self.locale.standaloneMonthName(number, QLocale.FormatType.LongFormat)
        return f"{name} {year}"

    def date(self, iso: str) -> str:
        try:
            day = dt.date.fromisoformat(iso)
        except ValueError:
            return iso
        pattern = self.locale.dateFormat(QLocale.FormatType.LongFormat)
        for weekday in ("dddd, ", "dddd "):
            pattern = pattern.replace(weekday, "")
        return self.locale.toString(QDate(day.year, day.month, day.day), pattern)
