"""Reading KPI actuals from a workbook, and the preview of what an import would change.

Accepted layouts, found on each visible sheet by its header row (within the first rows):

- *wide*: KPIs in rows, months in columns (real dates or text such as ``Mar 2027``); this is
  the layout of the app's own template and export;
- *long*: one row per value, with Month/Mes, KPI/Indicador/Métrica and Value/Valor columns.

When a workbook has a sheet called Actuals (or Reales), only that sheet is read; sheets named
Targets, Attainment, About (and their Spanish names) are never read as actuals. The app's own
export and template read back in either language.

Messages are ``Text`` strings (context ``excel``): English on the command line, translated by
the app.

Every problem names its place (``Hoja1!C7``). Reading never writes: applying the preview is a
separate step (``apply_preview``) and happens in one transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Any

from slaworkshop import bounds
from slaworkshop.excel.months import looks_like_month, month_key
from slaworkshop.excel.names import (
    KPI_HEADERS,
    MONTH_HEADERS,
    VALUE_HEADERS,
    KpiMatcher,
    Match,
    header_is,
    name_key,
)
from slaworkshop.excel.safety import (
    MAX_FILE_BYTES,
    ExcelFileError,
    check_archive,
    dtd_refused,
    excel_text,
    require_defusedxml,
    sniff,
    too_large,
)
from slaworkshop.excel.sheetxml import FORMULA_WITHOUT_VALUE, Cell, Row, read_rows
from slaworkshop.model import Agreement, Kpi, Problem, Unit
from slaworkshop.store import ImportSource, Store
from slaworkshop.text import QT_TRANSLATE_NOOP, Text

HEADER_SEARCH_ROWS = 30
MAX_ERRORS = 200
ACTUALS_SHEETS = frozenset({"actuals", "actual", "reales", "real", "datos reales",
                            "valores reales"})
NOT_ACTUALS_SHEETS = frozenset({
    "targets", "objetivos", "metas", "attainment", "cumplimiento", "about", "acerca de",
    "info", "informacion", "notes", "notas", "instructions", "instrucciones", "readme",
})
# Columns of a wide sheet that are neither months nor values to import.
INFO_HEADERS = frozenset({
    "owner", "propietario", "responsable", "unit", "unidad", "total", "ytd", "notes", "notas",
    "note", "nota", "comment", "comments", "comentario", "comentarios", "target", "objetivo",
    "party", "departamento", "department", "kind", "tipo", "description", "descripcion",
})

ABOUT_SHEETS = frozenset({"about", "acerca de"})
# Labels of the About sheet the app writes (English and Spanish), folded.
ABOUT_ID_LABELS = frozenset({"agreement id", "id del acuerdo"})
ABOUT_TITLE_LABELS = frozenset({"agreement", "acuerdo"})

CONVERSION_REASON = excel_text(QT_TRANSLATE_NOOP(
    "excel", "conversion rates are derived from the volumes, never imported"))
UNKNOWN_REASON = excel_text(QT_TRANSLATE_NOOP("excel", "not a KPI of this agreement"))


class Status(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class Change:
    """One value the workbook gives, compared with what the file holds now."""

    kpi: str
    month: str
    old: Decimal | None
    new: Decimal
    place: str

    @property
    def status(self) -> Status:
        if self.old is None:
            return Status.NEW
        return Status.UNCHANGED if self.old == self.new else Status.CHANGED


@dataclass(frozen=True)
class Ignored:
    """A row label that is not imported: where it is first seen, why, and on how many rows."""

    place: str
    label: str
    reason: Text
    rows: int = 1

    def to_json(self) -> dict[str, Any]:
        return {"place": self.place, "name": self.label, "reason": self.reason,
                "rows": self.rows}


@dataclass
class ImportPreview:
    file_name: str
    sha256: str
    changes: list[Change] = field(default_factory=list)
    ignored: list[Ignored] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    notes: list[Text] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def count(self, status: Status) -> int:
        return sum(1 for c in self.changes if c.status is status)

    @property
    def new(self) -> int:
        return self.count(Status.NEW)

    @property
    def changed(self) -> int:
        return self.count(Status.CHANGED)

    @property
    def unchanged(self) -> int:
        return self.count(Status.UNCHANGED)

    def values(self) -> dict[tuple[str, str], Decimal]:
        """What applying writes: the new and changed values."""
        return {(c.kpi, c.month): c.new for c in self.changes if c.status is not Status.UNCHANGED}

    def previous_values(self) -> dict[tuple[str, str], Decimal | None]:
        """What undoing puts back: the old values (None: there was none)."""
        return {(c.kpi, c.month): c.old for c in self.changes
                if c.status is not Status.UNCHANGED}

    def source(self) -> ImportSource:
        return ImportSource(self.file_name, self.sha256)

    def to_json(self, applied: bool) -> dict[str, Any]:
        return {
            "applied": applied,
            "file": self.file_name,
            "sha256": self.sha256,
            "new": self.new,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "ignored": [i.to_json() for i in self.ignored],
            "errors": [{"place": p.field, "message": p.message} for p in self.errors],
            "notes": list(self.notes),
            "changes": [{"kpi": c.kpi, "month": c.month,
                         "old": None if c.old is None else str(c.old), "new": str(c.new),
                         "status": c.status.value, "place": c.place}
                        for c in self.changes if c.status is not Status.UNCHANGED],
        }


def _quote_sheet(title: str) -> str:
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", title):
        return title
    return "'" + title.replace("'", "''") + "'"


class _Collector:
    """What the sheets give: values per (KPI, month) with their places, ignored rows, errors."""

    def __init__(self, agreement: Agreement) -> None:
        self.agreement = agreement
        self.matcher = KpiMatcher(agreement)
        self.period = set(agreement.month_list)
        self.first, self.last = agreement.month_list[0], agreement.month_list[-1]
        self.values: dict[tuple[str, str], tuple[Decimal, str]] = {}
        self.ignored: dict[str, Ignored] = {}
        self.errors: list[Problem] = []
        self.error_count = 0
        self.notes: list[Text] = []
        self.percent_styles: set[int] = set()
        self._ignored_keys: dict[str, str] = {}

    def error(self, place: str, message: Text) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(Problem(place, message))

    def ignore(self, place: str, label: str, reason: Text) -> None:
        key = self._ignored_keys.get(label)
        if key is None:
            key = self._ignored_keys[label] = name_key(label)
        seen = self.ignored.get(key)
        if seen is None:
            self.ignored[key] = Ignored(place, label, reason)
        else:
            self.ignored[key] = Ignored(seen.place, seen.label, seen.reason, seen.rows + 1)

    def out_of_period(self, month: str) -> Text:
        return excel_text(QT_TRANSLATE_NOOP(
            "excel", "{month} is outside the agreement's period ({first} to {last})"),
            month=month, first=self.first, last=self.last)

    def add(self, kpi: Kpi, month: str, value: Decimal, place: str) -> None:
        key = (kpi.name, month)
        seen = self.values.get(key)
        if seen is None:
            self.values[key] = (value, place)
        elif seen[0] != value:
            self.error(place, excel_text(QT_TRANSLATE_NOOP(
                "excel", '"{kpi}" for {month} is given twice with different values: {first} at '
                "{place} and {second} here"), kpi=kpi.name, month=month,
                first=_plain(seen[0]), place=seen[1], second=_plain(value)))

    def number(self, cell: Cell, kpi: Kpi, place: str) -> Decimal | None:
        """The cell's value as a Decimal; None when empty or wrong (then an error is noted)."""
        value = cell["value"]
        if value is None:
            return None
        if value is FORMULA_WITHOUT_VALUE:
            self.error(place, excel_text(QT_TRANSLATE_NOOP(
                "excel", "a formula with no saved value; open the file in Excel or LibreOffice, "
                "let it calculate, and save it again")))
            return None
        if cell["data_type"] == "e":
            self.error(place, excel_text(QT_TRANSLATE_NOOP(
                "excel", '"{value}" is an error value, not a number'), value=value))
            return None
        result: Decimal | None
        if isinstance(value, bool):
            self.error(place, not_a_number("TRUE" if value else "FALSE"))
            return None
        if isinstance(value, int | float):
            if value != value or value in (float("inf"), float("-inf")):
                self.error(place, not_a_number(value))
                return None
            out_of_bounds = bounds.decimal_problem(
                Decimal(value) if isinstance(value, int) else Decimal(repr(value)))
            if out_of_bounds is not None:
                self.error(place, out_of_bounds)
                return None
            result = Decimal(value) if isinstance(value, int) else _from_float(value)
            if kpi.unit is Unit.PERCENT and cell["style_id"] in self.percent_styles:
                # The cell shows 95 % and holds 0.95; the KPI counts in percent.
                result = _tidy(result * 100)
        elif isinstance(value, dt.datetime | dt.date | dt.time | dt.timedelta):
            self.error(place, excel_text(QT_TRANSLATE_NOOP(
                "excel", '"{value}" is a date or time, not a number'), value=value))
            return None
        elif isinstance(value, str):
            text = value.strip()
            if not text:
                return None
            parsed = _number_from_text(text, kpi.unit is Unit.PERCENT)
            if isinstance(parsed, Text):
                self.error(place, parsed)
                return None
            result = parsed
        else:
            self.error(place, not_a_number(value))
            return None
        if result < 0:
            if kpi.unit is Unit.COUNT:
                self.error(place, excel_text(QT_TRANSLATE_NOOP(
                    "excel", 'a negative count ({value}) is not possible for "{kpi}"'),
                    value=_plain(result), kpi=kpi.name))
            else:
                self.error(place, excel_text(QT_TRANSLATE_NOOP(
                    "excel", '"{kpi}" cannot be negative ({value})'),
                    kpi=kpi.name, value=_plain(result)))
            return None
        return result


def not_a_number(value: object) -> Text:
    return excel_text(QT_TRANSLATE_NOOP("excel", '"{value}" is not a number'), value=value)


def not_a_month(value: object) -> Text:
    return excel_text(QT_TRANSLATE_NOOP(
        "excel", '"{value}" cannot be read as a month (write it as 2027-03, Mar 2027 or marzo '
        "2027)"), value=value)


def _plain(value: Decimal) -> str:
    return format(value, "f")


def _tidy(value: Decimal) -> Decimal:
    """Integral values as integers (120, not 120.0), others as given."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def _from_float(value: float) -> Decimal:
    # repr is the shortest text that reads back as the same float: 0.1, not 0.1000000000000000055…
    return _tidy(Decimal(repr(value)))


_THOUSANDS_COMMA = re.compile(r"^-?\d{1,3}(,\d{3})+$")
_SINGLE_THOUSANDS = re.compile(r"^-?\d{1,3},\d{3}$")


def _number_from_text(text: str, percent_allowed: bool) -> Decimal | Text:
    """A number typed as text (``1 234,5``, ``1,234.5``, ``95%``), or the error message."""
    compact = re.sub(r"[\s\u00a0\u202f']", "", text)
    if compact.endswith("%"):
        if not percent_allowed:
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
    elif "," in compact:
        if _SINGLE_THOUSANDS.match(compact):
            return excel_text(QT_TRANSLATE_NOOP(
                "excel", '"{value}" is ambiguous (a thousands separator or a decimal comma?); '
                "write it without separators"), value=text)
        compact = compact.replace(",", "") if _THOUSANDS_COMMA.match(compact) else \
            compact.replace(",", ".")
    if not re.fullmatch(r"-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?", compact):
        return not_a_number(text)
    try:
        result = Decimal(compact)
    except InvalidOperation:
        return not_a_number(text)
    if not result.is_finite():
        return not_a_number(text)
    # Before _tidy: 1e999999999 must never be turned into its billion digits.
    out_of_bounds = bounds.decimal_problem(result, text)
    if out_of_bounds is not None:
        return out_of_bounds
    return _tidy(result)


def _label_text(value: object) -> str | None:
    if value is None or value is FORMULA_WITHOUT_VALUE:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return str(value)
    return None


class _Sheet:
    """One worksheet, read straight from its XML part, whatever its dimension claims."""

    def __init__(self, book: _Book, title: str, state: str, part: str) -> None:
        self.book = book
        self.title = title
        self.state = state
        self.part = part
        self.prefix = _quote_sheet(self.title) + "!"

    def rows(self) -> Iterator[tuple[int, Row]]:
        wb = self.book.workbook
        with self.book.archive.open(self.part) as source:
            yield from read_rows(source, self.book.shared_strings, wb._date_formats,
                                 wb._timedelta_formats, wb.epoch)

    def place(self, column: int, row: int) -> str:
        from openpyxl.utils import get_column_letter

        return f"{self.prefix}{get_column_letter(column)}{row}"


def _read_long(sheet: _Sheet, rows: Iterator[tuple[int, Row]], columns: tuple[int, int, int],
               collector: _Collector) -> None:
    month_col, kpi_col, value_col = columns
    month_cache: dict[object, str | None] = {}
    for index, row in rows:
        kpi_cell = row.get(kpi_col)
        value_cell = row.get(value_col)
        month_cell = row.get(month_col)
        label = _label_text(kpi_cell["value"]) if kpi_cell else None
        has_value = value_cell is not None and value_cell["value"] not in (None, "")
        if label is None:
            if has_value:
                collector.error(sheet.place(kpi_col, index), excel_text(QT_TRANSLATE_NOOP(
                    "excel", "a value with no KPI name")))
            continue
        found = collector.matcher.match(label)
        if found.kind is Match.UNKNOWN:
            collector.ignore(sheet.place(kpi_col, index), label, UNKNOWN_REASON)
            continue
        if found.kind is Match.CONVERSION:
            collector.ignore(sheet.place(kpi_col, index), label, CONVERSION_REASON)
            continue
        kpi = found.kpi
        assert kpi is not None
        raw_month = month_cell["value"] if month_cell else None
        month_place = sheet.place(month_col, index)
        if raw_month is None or raw_month == "" or raw_month is FORMULA_WITHOUT_VALUE:
            if has_value:
                collector.error(month_place, excel_text(QT_TRANSLATE_NOOP(
                    "excel", 'no month is given for "{kpi}"'), kpi=label))
            continue
        try:
            month = month_cache[raw_month]
        except KeyError:
            month = month_cache[raw_month] = month_key(raw_month)
        except TypeError:
            month = month_key(raw_month)
        if month is None:
            collector.error(month_place, not_a_month(raw_month))
            continue
        if month not in collector.period:
            collector.error(month_place, collector.out_of_period(month))
            continue
        if value_cell is None:
            continue
        value = collector.number(value_cell, kpi, sheet.place(value_col, index))
        if value is not None:
            collector.add(kpi, month, value, sheet.place(value_col, index))


def _read_wide(sheet: _Sheet, header_row: int, header: Row, months: dict[int, str],
               kpi_col: int, rows: Iterator[tuple[int, Row]], collector: _Collector) -> None:
    other_columns = {c: cell["value"] for c, cell in header.items()
                     if c > kpi_col and c not in months}
    reported_columns: set[int] = set()
    for index, row in rows:
        label_cell = row.get(kpi_col)
        label = _label_text(label_cell["value"]) if label_cell else None
        if label is None:
            if any(row.get(c) is not None and row[c]["value"] not in (None, "")
                   for c in months):
                collector.error(sheet.place(kpi_col, index), excel_text(QT_TRANSLATE_NOOP(
                    "excel", "values in a row with no KPI name")))
            continue
        found = collector.matcher.match(label)
        if found.kind is not Match.IMPORTED:
            collector.ignore(sheet.place(kpi_col, index), label,
                             CONVERSION_REASON if found.kind is Match.CONVERSION
                             else UNKNOWN_REASON)
            continue
        kpi = found.kpi
        assert kpi is not None
        for column, cell in row.items():
            if column in months:
                month = months[column]
                place = sheet.place(column, index)
                if month not in collector.period:
                    if cell["value"] not in (None, "") and column not in reported_columns:
                        reported_columns.add(column)
                        collector.error(sheet.place(column, header_row),
                                        collector.out_of_period(month))
                    continue
                value = collector.number(cell, kpi, place)
                if value is not None:
                    collector.add(kpi, month, value, place)
            elif column in other_columns and column not in reported_columns:
                heading = other_columns[column]
                if cell["value"] in (None, "") or header_is(heading, INFO_HEADERS):
                    continue
                if looks_like_month(heading) or heading is None:
                    reported_columns.add(column)
                    what = (not_a_month(heading) if heading is not None
                            else excel_text(QT_TRANSLATE_NOOP(
                                "excel", "a column of values with no month in its header")))
                    collector.error(sheet.place(column, header_row), what)


def _find_header(row: Row) -> tuple[str, Any] | None:
    """The layout a header row announces, with its columns; None when it is not a header."""
    columns: dict[str, int] = {}
    for column, cell in sorted(row.items()):
        value = cell["value"]
        for kind, words in (("month", MONTH_HEADERS), ("kpi", KPI_HEADERS),
                            ("value", VALUE_HEADERS)):
            if kind not in columns and header_is(value, words):
                columns[kind] = column
    if len(columns) == 3:
        return "long", (columns["month"], columns["kpi"], columns["value"])
    months = {c: m for c, cell in row.items() if (m := month_key(cell["value"])) is not None}
    if not months:
        return None
    first_month = min(months)
    if first_month == 1:
        return None
    kpi_col = columns.get("kpi")
    if kpi_col is None or kpi_col > first_month:
        labels = [c for c in row if c < first_month]
        kpi_col = min(labels) if labels else 1
    return "wide", (months, kpi_col)


def _read_sheet(sheet: _Sheet, collector: _Collector) -> bool:
    """Read one sheet; False when it has no recognisable header row."""
    rows = sheet.rows()
    for seen, (index, row) in enumerate(rows):
        if seen >= HEADER_SEARCH_ROWS:
            return False
        found = _find_header(row)
        if found is None:
            continue
        kind, details = found
        if kind == "long":
            _read_long(sheet, rows, details, collector)
        else:
            months, kpi_col = details
            _read_wide(sheet, index, row, months, kpi_col, rows, collector)
        return True
    return False


def _percent_styles(workbook: Any) -> set[int]:
    """Style ids whose number format shows a percentage (a cell of 0.95 that shows 95 %)."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE

    result = set()
    for style_id, style in enumerate(workbook._cell_styles):
        number_format_id = style.numFmtId
        if number_format_id < BUILTIN_FORMATS_MAX_SIZE:
            code = BUILTIN_FORMATS.get(number_format_id, "General")
        else:
            try:
                code = workbook._number_formats[number_format_id - BUILTIN_FORMATS_MAX_SIZE]
            except (IndexError, TypeError):
                continue
        if "%" in re.sub(r'"[^"]*"|\\.', "", str(code)):
            result.add(style_id)
    return result


def _about_note(sheet: _Sheet, agreement: Agreement) -> Text | None:
    """A note when the workbook is the app's export of another agreement."""
    fields: dict[str, object] = {}
    for seen, (_index, row) in enumerate(sheet.rows()):
        if seen > 40:
            break
        label = row.get(1)
        value = row.get(2)
        if label and isinstance(label["value"], str) and value is not None:
            fields[name_key(label["value"])] = value["value"]
    exported_id = next((fields[k] for k in ABOUT_ID_LABELS if k in fields), None)
    if isinstance(exported_id, int) and exported_id != agreement.id:
        title = next((fields[k] for k in ABOUT_TITLE_LABELS if k in fields), "")
        return excel_text(QT_TRANSLATE_NOOP(
            "excel", 'this workbook was made for another agreement ("{title}", id {id}); check '
            "that it is the right file"), title=title, id=exported_id)
    return None


def _unreadable(name: str, exc: BaseException, what: Text) -> ExcelFileError:
    """The error to show for an exception raised while parsing the workbook."""
    from defusedxml import DefusedXmlException

    cause: BaseException | None = exc
    innermost = exc
    while cause is not None:
        if isinstance(cause, DefusedXmlException):
            return ExcelFileError(name, dtd_refused())
        innermost = cause
        cause = cause.__cause__ or cause.__context__
    detail = str(innermost).splitlines()[0] if str(innermost) else ""
    return ExcelFileError(name, excel_text(QT_TRANSLATE_NOOP(
        "excel", "the workbook cannot be read: {what} ({error}: {detail})"),
        what=what, error=type(innermost).__name__, detail=detail))


class _Book:
    """The parts of a workbook the import needs: sheets, shared strings and styles.

    openpyxl's ``load_workbook(read_only=True)`` also reads each sheet's size, and when a sheet
    has no ``<dimension>`` that means parsing the whole sheet once more; this reads the same
    workbook parts with openpyxl's own readers but leaves the sheets to ``read_rows``.
    """

    def __init__(self, name: str, data: bytes) -> None:
        from openpyxl.reader.excel import ExcelReader
        from openpyxl.styles.stylesheet import apply_stylesheet

        reader = ExcelReader(io.BytesIO(data), read_only=True, data_only=True,
                             keep_links=False)
        self.archive = reader.archive
        try:
            reader.read_manifest()
            reader.read_strings()
            reader.read_workbook()
            apply_stylesheet(reader.archive, reader.wb)
            self.workbook = reader.wb
            self.shared_strings: list[str] = reader.shared_strings
            self.sheets = [
                _Sheet(self, sheet.name, sheet.state or "visible", rel.target)
                for sheet, rel in reader.parser.find_sheets()
                if rel.target in reader.valid_files and "chartsheet" not in rel.Type]
        except BaseException:
            self.archive.close()
            raise

    def close(self) -> None:
        self.archive.close()


def _load_workbook(name: str, data: bytes) -> _Book:
    require_defusedxml(name)
    sniff(name, data)
    check_archive(name, data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _Book(name, data)
    except ExcelFileError:
        raise
    except Exception as exc:
        raise _unreadable(name, exc, excel_text(QT_TRANSLATE_NOOP(
            "excel", "it is damaged or not a real .xlsx"))) from None


def read_workbook(name: str, data: bytes, agreement: Agreement) -> _Collector:
    """Everything the workbook gives for the agreement, its ignored rows and its problems."""
    collector = _Collector(agreement)
    with warnings.catch_warnings():
        # openpyxl warns about features it drops (extensions, validations); they do not matter
        # to reading values, and warnings must not reach the user as noise.
        warnings.simplefilter("ignore")
        book = _load_workbook(name, data)
        try:
            collector.percent_styles = _percent_styles(book.workbook)
            sheets = [sheet for sheet in book.sheets if sheet.state == "visible"]
            chosen = [s for s in sheets if name_key(s.title) in ACTUALS_SHEETS]
            if not chosen:
                chosen = [s for s in sheets if name_key(s.title) not in NOT_ACTUALS_SHEETS]
            for sheet in sheets:
                if name_key(sheet.title) in ABOUT_SHEETS:
                    note = _about_note(sheet, agreement)
                    if note:
                        collector.notes.append(note)
            recognised = [sheet for sheet in chosen if _read_sheet(sheet, collector)]
        except ExcelFileError:
            raise
        except Exception as exc:
            raise _unreadable(name, exc, excel_text(QT_TRANSLATE_NOOP(
                "excel", "it is damaged"))) from None
        finally:
            book.close()
    if collector.error_count > len(collector.errors):
        collector.errors.append(Problem(name, excel_text(QT_TRANSLATE_NOOP(
            "excel", "… and {count} more problems"), count=collector.error_count - MAX_ERRORS)))
    if not collector.values and not collector.errors:
        where: str = ", ".join(s.title for s in chosen) or excel_text(QT_TRANSLATE_NOOP(
            "excel", "no visible sheet"))
        if recognised and collector.ignored:
            message = excel_text(QT_TRANSLATE_NOOP(
                "excel", "no data: no row names a KPI of this agreement ({count} names ignored; "
                "add them as aliases of KPIs to import them)"), count=len(collector.ignored))
        elif recognised:
            message = excel_text(QT_TRANSLATE_NOOP(
                "excel", "no data: the workbook has no values for this agreement's KPIs (read: "
                "{sheets})"), sheets=where)
        else:
            message = excel_text(QT_TRANSLATE_NOOP(
                "excel", "no data: no sheet has KPIs in rows with months in columns, or a table "
                "with Month, KPI and Value columns (looked at: {sheets})"), sheets=where)
        collector.errors.append(Problem(name, message))
    return collector


def preview_import(path: str | Path, agreement: Agreement,
                   existing: Mapping[str, Mapping[str, Decimal]]) -> ImportPreview:
    """What importing the workbook at ``path`` would do; never raises for a bad file."""
    file = Path(path)
    name = file.name
    try:
        if file.exists() and not file.is_dir() and not file.is_file():
            return ImportPreview(name, "", errors=[Problem(str(file), excel_text(
                QT_TRANSLATE_NOOP("excel", "not a regular file")))])
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            return ImportPreview(name, "", errors=[Problem(name, too_large(size))])
        data = file.read_bytes()
    except FileNotFoundError:
        return ImportPreview(name, "", errors=[Problem(str(file), excel_text(
            QT_TRANSLATE_NOOP("excel", "no such file")))])
    except IsADirectoryError:
        return ImportPreview(name, "", errors=[Problem(str(file), excel_text(
            QT_TRANSLATE_NOOP("excel", "is a folder, not a file")))])
    except OSError as exc:
        return ImportPreview(name, "", errors=[Problem(str(file), excel_text(
            QT_TRANSLATE_NOOP("excel", "cannot be read ({reason})"), reason=exc.strerror))])
    return preview_bytes(name, data, agreement, existing)


def preview_bytes(name: str, data: bytes, agreement: Agreement,
                  existing: Mapping[str, Mapping[str, Decimal]]) -> ImportPreview:
    preview = ImportPreview(name, hashlib.sha256(data).hexdigest())
    try:
        collector = read_workbook(name, data, agreement)
    except ExcelFileError as exc:
        preview.errors.append(Problem(exc.place, exc.message))
        return preview
    order = {k.name: i for i, k in enumerate(agreement.kpis())}
    for (kpi, month), (value, place) in sorted(
            collector.values.items(), key=lambda item: (order.get(item[0][0], 0), item[0][1])):
        old = existing.get(kpi, {}).get(month)
        preview.changes.append(Change(kpi, month, old, value, place))
    preview.ignored = list(collector.ignored.values())
    preview.errors = collector.errors
    preview.notes = collector.notes
    return preview


def apply_preview(store: Store, agreement_id: int, preview: ImportPreview) -> int | None:
    """Write the preview's new and changed values in one transaction; the import id."""
    if not preview.ok:
        raise ValueError("a preview with errors cannot be applied")
    if not preview.values():
        return None
    return store.apply_actuals(agreement_id, preview.values(), preview.source())
