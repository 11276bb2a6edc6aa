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

import dataclasses
import datetime as dt
import functools
import hashlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from pathlib import Path
from typing import Any

from slaworkshop.excel.cellvalues import (
    DecimalComma,
    cell_datetime,
    cell_number,
    not_a_date,
    not_a_number,
    tidy,
)
from slaworkshop.excel.months import looks_like_month, month_key
from slaworkshop.excel.names import (
    KPI_HEADERS,
    LABEL_HEADERS,
    MONTH_HEADERS,
    SUMMARY_MONTH_HEADERS,
    VALUE_HEADERS,
    KpiMatch,
    KpiMatcher,
    Match,
    count_header,
    header_is,
    name_key,
    stage_date_header,
)
from slaworkshop.excel.safety import MAX_FILE_BYTES, ExcelFileError, excel_text, too_large
from slaworkshop.excel.sources import (
    FORMULA_WITHOUT_VALUE,
    Cancelled,
    CsvReading,
    ErrorValue,
    ReadControl,
    Table,
    Value,
    XlsxBook,
    read_csv,
)
from slaworkshop.model import Agreement, Kpi, Problem, Unit
from slaworkshop.store import ImportSource, Store
from slaworkshop.text import QT_TRANSLATE_NOOP, Text
from slaworkshop.tracking import Aggregation
from slaworkshop.tracking import aggregation_for as aggregation_of

__all__ = ["Cancelled", "ReadControl", "not_a_number"]

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
    def down(self) -> bool:
        """The value would go down (a records export of one month holds partial counts of
        earlier months)."""
        return self.old is not None and self.new < self.old

    @property
    def status(self) -> Status:
        if self.old is None:
            return Status.NEW
        return Status.UNCHANGED if self.old == self.new else Status.CHANGED


@dataclass
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
    # Per table: (sheet or file, layout found: wide, long, summary, records).
    layouts: list[tuple[str, str]] = field(default_factory=list)
    rows_read: int = 0
    unmatched: list[str] = field(default_factory=list)
    # Labels mapped to KPIs for this import, saved as import aliases when it is applied.
    mapping: dict[str, str] = field(default_factory=dict)
    # The headers of a records export (the dates a response time can be measured between).
    record_headers: list[str] = field(default_factory=list)
    # What the file gave, for ``preview_again`` (other months, other actuals) without reading
    # it again; None when it could not be read.
    reading: _Collector | None = field(default=None, repr=False, compare=False)

    @property
    def layout(self) -> str:
        kinds = list(dict.fromkeys(kind for _title, kind in self.layouts))
        return "+".join(kinds) if kinds else ""

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
            "layout": self.layout,
            "layouts": [{"table": t, "layout": k} for t, k in self.layouts],
            "rows": self.rows_read,
            "ignored": [i.to_json() for i in self.ignored],
            "unmatched": list(self.unmatched),
            "errors": [{"place": p.field, "message": p.message} for p in self.errors],
            "notes": list(self.notes),
            "changes": [{"kpi": c.kpi, "month": c.month,
                         "old": None if c.old is None else str(c.old), "new": str(c.new),
                         "status": c.status.value, "place": c.place, "down": c.down}
                        for c in self.changes if c.status is not Status.UNCHANGED],
        }


_TOTALS = re.compile(r"^\s*(grand\s+totals?|totals?|sub-?\s?totals?|suma\s+total|totales|"
                     r"total\s+general)\b", re.IGNORECASE)
_FOOTER = re.compile(r"confiden|copyright|©|\(c\)\s*\d{4}|all rights reserved|derechos "
                     r"reservados|do not distribute|no distribuir|generated by|generado por|"
                     r"powered by", re.IGNORECASE)
TOTALS_REASON = excel_text(QT_TRANSLATE_NOOP("excel", "a totals row"))
FOOTER_REASON = excel_text(QT_TRANSLATE_NOOP(
    "excel", "a footer line (confidentiality, copyright or report notes)"))
OUTSIDE_REASON = excel_text(QT_TRANSLATE_NOOP(
    "excel", "dated outside the agreement's period"))
NOT_CHOSEN_REASON = excel_text(QT_TRANSLATE_NOOP("excel", "not one of the chosen months"))


def _skip_reason(row: list[Value]) -> Text | None:
    """Why a row is not data: a totals row or a footer line; None for any other row."""
    seen = 0
    for value in row:
        if value is None or value == "":
            continue
        if isinstance(value, str) and len(value) < 400:
            if _TOTALS.match(value):
                return TOTALS_REASON
            if _FOOTER.search(value):
                return FOOTER_REASON
        seen += 1
        if seen >= 3:
            break
    return None


def _first_text(row: list[Value]) -> str:
    return next((str(v).strip() for v in row if not _empty(v)), "")


def _get(row: list[Value], column: int) -> Value:
    return row[column] if column < len(row) else None


class _Collector:
    """What the tables give: values per (KPI, month) with their places, ignored rows, errors."""

    def __init__(self, agreement: Agreement, mapping: Mapping[str, str] | None = None) -> None:
        self.agreement = agreement
        self.matcher = KpiMatcher(agreement, mapping)
        self.period = set(agreement.month_list)
        self.first, self.last = agreement.month_list[0], agreement.month_list[-1]
        self.values: dict[tuple[str, str], tuple[Decimal, str]] = {}
        # Summary and records layouts add up rows: (KPI, month) → [total, first place].
        self.totals: dict[tuple[str, str], list[Any]] = {}
        self.ignored: dict[tuple[str, str], Ignored] = {}
        self.unmatched: dict[str, None] = {}
        self.errors: list[Problem] = []
        self.error_count = 0
        self.notes: list[Text] = []
        self.layouts: list[tuple[str, str]] = []
        # Tables with no header found: their first rows, for the "no data" message.
        self.unread: dict[str, str] = {}
        # KPI → (FROM header, TO header): response times measured from two record dates.
        self.measures: dict[str, tuple[str, str]] = {}
        self.record_headers: list[str] = []
        self.rows_read = 0
        # Per percent KPI: are all its values plain numbers in [0, 1] (fractions of 1)?
        self.fractions: dict[str, bool] = {}
        # The app's own template or export (it has our About sheet): it writes percents as
        # percents, so values in [0, 1] are not fractions there.
        self.own_file = False
        self._keys: dict[str, str] = {}

    def error(self, place: str, message: Text) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(Problem(place, message))

    def ignore(self, place: str, label: str, reason: Text, rows: int = 1) -> None:
        """Note ``rows`` rows of ``label`` as not imported; ``place``: where it is first
        seen."""
        key = self._keys.get(label)
        if key is None:
            key = self._keys[label] = name_key(label)
        if reason is UNKNOWN_REASON:
            self.unmatched.setdefault(label, None)
        seen = self.ignored.get((key, reason.template))
        if seen is None:
            self.ignored[(key, reason.template)] = Ignored(place, label, reason, rows)
        else:
            seen.rows += rows

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

    def add_up(self, kpi: Kpi, month: str, value: Decimal, place: str) -> None:
        """A summary row or a record: rows of one KPI and month add up (a summed KPI), or
        must agree (an averaged one)."""
        if aggregation_of(kpi) is not Aggregation.SUM:
            self.add(kpi, month, value, place)
            return
        seen = self.totals.get((kpi.name, month))
        if seen is None:
            self.totals[(kpi.name, month)] = [value, place]
        else:
            seen[0] += value

    def number(self, value: Value, kpi: Kpi, place: str,
               decimal_comma: DecimalComma = None) -> Decimal | None:
        """The cell's value as a Decimal; None when empty or wrong (then an error is noted)."""
        if value is FORMULA_WITHOUT_VALUE:
            self.error(place, formula_without_value())
            return None
        if isinstance(value, ErrorValue):
            value = value.text
        if isinstance(value, dt.datetime | dt.date | dt.time | dt.timedelta):
            self.error(place, excel_text(QT_TRANSLATE_NOOP(
                "excel", '"{value}" is a date or time, not a number'), value=value))
            return None
        percent = kpi.unit is Unit.PERCENT
        result = cell_number(value, percent=percent, decimal_comma=decimal_comma)
        if result is None:
            return None
        if isinstance(result, Text):
            self.error(place, result)
            return None
        if percent:
            plain = isinstance(value, int | float) or (
                isinstance(value, str) and "%" not in value)
            self.fractions[kpi.name] = self.fractions.get(kpi.name, True) and plain and \
                0 <= result <= 1
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

    def finish(self) -> None:
        """Totals into values; percent KPIs given as fractions of 1 read as percents."""
        for (kpi, month), (total, place) in self.totals.items():
            self.values[(kpi, month)] = (tidy(total), place)
        kpis = {k.name: k for k in self.agreement.kpis()}
        for name, fractions in self.fractions.items():
            targets = [t for t in kpis[name].targets if t is not None]
            if fractions and targets and max(targets) > 1 and not self.own_file:
                # A cell showing 95 % holds 0.95; the KPI counts in percent (its target is
                # above 1), so every value of it in the file is a fraction.
                for key, (value, place) in list(self.values.items()):
                    if key[0] == name:
                        self.values[key] = (tidy(value * 100), place)
                self.notes.append(excel_text(QT_TRANSLATE_NOOP(
                    "excel", '"{kpi}": every value lies between 0 and 1, so they are read as '
                    "fractions (0.95 = 95 %)"), kpi=name))


def formula_without_value() -> Text:
    return excel_text(QT_TRANSLATE_NOOP(
        "excel", "a formula with no saved value; open the file in Excel or LibreOffice, let it "
        "calculate, and save it again"))


def _moment(value: Value, day_first: bool) -> dt.datetime | Text | None:
    """``cell_datetime``, with a formula without a value and an error value said as such."""
    if value is FORMULA_WITHOUT_VALUE:
        return formula_without_value()
    if isinstance(value, ErrorValue):
        return not_a_date(value.text)
    return cell_datetime(value, day_first)


def not_a_month(value: object) -> Text:
    return excel_text(QT_TRANSLATE_NOOP(
        "excel", '"{value}" cannot be read as a month (write it as 2027-03, Mar 2027 or marzo '
        "2027)"), value=value)


def _plain(value: Decimal) -> str:
    return format(value, "f")


def _label_text(value: Value) -> str | None:
    if value is None or value is FORMULA_WITHOUT_VALUE:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return str(value)
    return None


def _empty(value: Value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _month_of(value: Value, day_first: bool) -> str | None:
    month = month_key(value)
    if month is None and isinstance(value, str):
        moment = cell_datetime(value, day_first)
        if isinstance(moment, dt.datetime):
            month = f"{moment.year:04d}-{moment.month:02d}"
    return month


def _read_long(table: Table, header_row: int, rows: Iterator[tuple[int, list[Value]]],
               columns: tuple[int, int, int], summary: bool, collector: _Collector) -> None:
    """Month, label and value columns: the app's long table, or a CRM's summary report (whose
    rows of one label and month add up, and whose grouped rows leave the month blank)."""
    month_col, kpi_col, value_col = columns
    month_cache: dict[object, str | None] = {}
    last_month: Value = None
    day_first = bool(table.default_decimal_comma)
    match = collector.matcher.match
    place = table.place

    def read(index: int, row: list[Value]) -> None:
        nonlocal last_month
        width = len(row)
        label = _label_text(row[kpi_col] if kpi_col < width else None)
        value_cell = row[value_col] if value_col < width else None
        has_value = not _empty(value_cell)
        reason = _skip_reason(row) if (label is None or not has_value or summary) else None
        if reason is not None:
            collector.ignore(place(0, index), _first_text(row), reason)
            return
        if label is None:
            if has_value:
                collector.error(place(kpi_col, index), excel_text(QT_TRANSLATE_NOOP(
                    "excel", "a value with no KPI name")))
            return
        raw_month = row[month_col] if month_col < width else None
        if summary:
            if _empty(raw_month):
                raw_month = last_month
            else:
                last_month = raw_month
        found = match(label)
        if found.kind is not Match.IMPORTED:
            collector.ignore(place(kpi_col, index), label, _not_imported(found))
            return
        kpi = found.kpi
        assert kpi is not None
        month_place = place(month_col, index)
        if _empty(raw_month) or raw_month is FORMULA_WITHOUT_VALUE:
            if has_value:
                collector.error(month_place, excel_text(QT_TRANSLATE_NOOP(
                    "excel", 'no month is given for "{kpi}"'), kpi=label))
            return
        try:
            month = month_cache[raw_month]
        except KeyError:
            month = month_cache[raw_month] = _month_of(raw_month, day_first)
        except TypeError:
            month = _month_of(raw_month, day_first)
        if month is None:
            collector.error(month_place, not_a_month(raw_month))
            return
        if month not in collector.period:
            if summary:
                collector.ignore(place(kpi_col, index), label, OUTSIDE_REASON)
            else:
                collector.error(month_place, collector.out_of_period(month))
            return
        value_place = place(value_col, index)
        value = collector.number(value_cell, kpi, value_place,
                                 lambda: table.decimal_comma(value_col))
        if value is None:
            return
        if summary:
            collector.add_up(kpi, month, value, value_place)
        else:
            collector.add(kpi, month, value, value_place)

    if summary:  # a report of a few rows, whose every row may be a total
        for index, row in rows:
            collector.rows_read += 1
            read(index, row)
        return

    def imported(label: str) -> bool:
        text = _label_text(label)
        return text is not None and match(text).kind is Match.IMPORTED

    # A big CRM table holds many metrics: the rows of one not imported come as one count.
    found = table.labelled(header_row, rows, kpi_col, value_col, imported)
    collector.rows_read += found.rows
    steps: list[tuple[int, int, Any]] = [(first, 0, (name, count))
                                         for name, count, first in found.groups]
    steps.extend((position, 1, row) for position, row in found.kept)
    steps.sort(key=lambda step: step[0])
    for position, kind, payload in steps:
        index = found.row_number(position)
        if kind == 1:
            read(index, payload)
            continue
        name, count = payload
        label = _label_text(name)
        assert label is not None
        collector.ignore(place(kpi_col, index), label, _not_imported(match(label)), count)


def _not_imported(found: KpiMatch) -> Text:
    return UNKNOWN_REASON if found.kind is Match.UNKNOWN else CONVERSION_REASON


def _read_wide(table: Table, header_row: int, header: list[Value], months: dict[int, str],
               kpi_col: int, rows: Iterator[tuple[int, list[Value]]],
               collector: _Collector) -> None:
    other_columns = {c: v for c, v in enumerate(header) if c > kpi_col and c not in months
                     and not _empty(v)}
    reported_columns: set[int] = set()
    for index, row in rows:
        collector.rows_read += 1
        label = _label_text(_get(row, kpi_col))
        reason = _skip_reason(row)
        if reason is not None:
            collector.ignore(table.place(kpi_col, index), _first_text(row), reason)
            continue
        if label is None:
            if any(not _empty(_get(row, c)) for c in months):
                collector.error(table.place(kpi_col, index), excel_text(QT_TRANSLATE_NOOP(
                    "excel", "values in a row with no KPI name")))
            continue
        found = collector.matcher.match(label)
        if found.kind is not Match.IMPORTED:
            collector.ignore(table.place(kpi_col, index), label,
                             CONVERSION_REASON if found.kind is Match.CONVERSION
                             else UNKNOWN_REASON)
            continue
        kpi = found.kpi
        assert kpi is not None
        for column, cell in enumerate(row):
            if cell is None or cell == "":
                continue
            if column in months:
                month = months[column]
                place = table.place(column, index)
                if month not in collector.period:
                    if not _empty(cell) and column not in reported_columns:
                        reported_columns.add(column)
                        collector.error(table.place(column, header_row),
                                        collector.out_of_period(month))
                    continue
                value = collector.number(cell, kpi, place,
                                         functools.partial(table.decimal_comma, column))
                if value is not None:
                    collector.add(kpi, month, value, place)
            elif column in other_columns and column not in reported_columns:
                heading = other_columns[column]
                if _empty(cell) or header_is(heading, INFO_HEADERS):
                    continue
                if looks_like_month(heading):
                    reported_columns.add(column)
                    collector.error(table.place(column, header_row), not_a_month(heading))


@dataclass(frozen=True)
class _DateColumn:
    column: int
    header: str
    stage: str
    kpi: Kpi | None


def _record_columns(header: list[Value], collector: _Collector) -> list[_DateColumn] | None:
    """The stage date columns of a records export's header row; None when it has none."""
    columns = []
    for column, value in enumerate(header):
        found = stage_date_header(value)
        if found is None:
            continue
        stage, sure = found
        match = collector.matcher.match(str(value))
        if match.kind is not Match.IMPORTED:
            match = collector.matcher.match(stage)
        if match.kind is Match.IMPORTED:
            columns.append(_DateColumn(column, str(value), stage, match.kpi))
        elif sure:
            columns.append(_DateColumn(column, str(value), stage, None))
    # Each column kept is a KPI's or surely a stage date (a lone "Create Date" is neither).
    return columns or None


_ISO_TIME = re.compile(r"^(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$")


class _Dates:
    """Months of the dates in a records export, fast for the ISO text CRMs write."""

    def __init__(self, day_first: bool) -> None:
        self.day_first = day_first
        self._days: dict[str, str | None] = {}

    def month(self, value: Value) -> str | Text | None:
        if isinstance(value, str):
            text = value.strip()
            if not text:
                return None
            if len(text) >= 10 and text[4] == "-" and text[7] == "-":
                day = text[:10]
                month = self._days.get(day, "")
                if month == "":
                    moment = cell_datetime(day, False)
                    month = self._days[day] = (f"{moment.year:04d}-{moment.month:02d}"
                                               if isinstance(moment, dt.datetime) else None)
                if month is not None and _ISO_TIME.match(text[10:]):
                    return month
                return not_a_date(text)
        moment = _moment(value, self.day_first)
        if moment is None or isinstance(moment, Text):
            return moment
        return f"{moment.year:04d}-{moment.month:02d}"


@dataclass
class _Measure:
    """A response time measured from two dates of each record (``--measure``)."""

    kpi: Kpi
    start: int
    end: int
    start_header: str
    end_header: str
    seconds: dict[str, int] = field(default_factory=dict)
    records: dict[str, int] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)
    without_end: int = 0
    outside: int = 0

    def add(self, table: Table, index: int, cells: tuple[Value, Value], day_first: bool,
            collector: _Collector) -> None:
        """One record's FROM and TO cells."""
        start = _moment(cells[0], day_first)
        if start is None:
            return
        if isinstance(start, Text):
            collector.error(table.place(self.start, index), start)
            return
        end = _moment(cells[1], day_first)
        if end is None:
            self.without_end += 1
            return
        if isinstance(end, Text):
            collector.error(table.place(self.end, index), end)
            return
        if end < start:
            collector.error(table.place(self.end, index), excel_text(QT_TRANSLATE_NOOP(
                "excel", '"{end_header}" ({end}) is before "{start_header}" ({start})'),
                end_header=self.end_header, end=end.isoformat(sep=" "),
                start_header=self.start_header, start=start.isoformat(sep=" ")))
            return
        month = f"{start.year:04d}-{start.month:02d}"
        if month not in collector.period:
            self.outside += 1
            return
        delta = end - start
        self.seconds[month] = self.seconds.get(month, 0) + delta.days * 86400 + delta.seconds
        self.records[month] = self.records.get(month, 0) + 1
        self.places.setdefault(month, table.place(self.start, index))

    def finish(self, table: Table, header_row: int, collector: _Collector) -> None:
        unit = 3600 if self.kpi.unit is Unit.HOURS else 86400
        for month, seconds in sorted(self.seconds.items()):
            average = Fraction(seconds, unit * self.records[month])
            value = (Decimal(average.numerator) / Decimal(average.denominator)).quantize(
                Decimal("0.01"))
            collector.add(self.kpi, month, tidy(value), self.places[month])
        if self.without_end:
            collector.ignore(table.place(self.end, header_row), self.end_header,
                             excel_text(QT_TRANSLATE_NOOP(
                                 "excel", 'no "{header}" date: left out of "{kpi}"'),
                                 header=self.end_header, kpi=self.kpi.name), self.without_end)
        if self.outside:
            collector.ignore(table.place(self.start, header_row), self.start_header,
                             OUTSIDE_REASON, self.outside)


def _measures(table: Table, header: list[Value], header_row: int,
              collector: _Collector) -> list[_Measure]:
    columns = {name_key(str(v)): c for c, v in enumerate(header) if not _empty(v)}
    kpis = {k.name: k for k in collector.agreement.custom_kpis}
    result = []
    for kpi_name, (start, end) in collector.measures.items():
        kpi = kpis.get(kpi_name)
        if kpi is None or kpi.unit not in (Unit.HOURS, Unit.DAYS):
            collector.error(table.place(0, header_row), excel_text(QT_TRANSLATE_NOOP(
                "excel", '"{kpi}" cannot be measured from two dates: it is not a KPI in hours '
                "or days"), kpi=kpi_name))
            continue
        missing = [h for h in (start, end) if name_key(h) not in columns]
        if missing:
            collector.error(table.place(0, header_row), excel_text(QT_TRANSLATE_NOOP(
                "excel", 'no column "{header}" to measure "{kpi}" (columns: {columns})'),
                header=missing[0], kpi=kpi_name,
                columns=", ".join(str(v) for v in header if not _empty(v))))
            continue
        result.append(_Measure(kpi, columns[name_key(start)], columns[name_key(end)],
                               start, end))
    return result


def _read_records(table: Table, columns: list[_DateColumn],
                  rows: Iterator[tuple[int, list[Value]]], header_row: int,
                  header: list[Value], collector: _Collector) -> None:
    """One row per record: each stage's monthly actual is the number of records whose date
    for that stage falls in the month."""
    collector.record_headers = [str(v) for v in header if not _empty(v)]
    measures = _measures(table, header, header_row, collector)
    day_first = bool(table.default_decimal_comma)
    dates = _Dates(day_first)
    counted = [c for c in columns if c.kpi is not None]
    unmatched_columns = [c.column for c in columns if c.kpi is None]
    # The real dates come counted per column and month (by the child, for a workbook); what
    # is left is read here in row order: text dates, cells that are not dates, measures, and
    # the rows with no date, which may be totals or footers.
    found = table.records(header_row, rows, [c.column for c in counted], unmatched_columns,
                          [(m.start, m.end) for m in measures])
    counts: dict[tuple[int, str], int] = {}
    outside: dict[int, int] = {}
    places: dict[tuple[int, str], str] = {}
    period = collector.period
    for position, kind, column_number, value in found.events:
        index = found.row_number(position)
        if kind == 0:
            measures[column_number].add(table, index, value, day_first, collector)
        elif kind == 1:
            month = dates.month(value)
            if month is None:
                continue
            if isinstance(month, Text):
                collector.error(table.place(column_number, index), month)
            elif month in period:
                text_key = (column_number, month)
                counts[text_key] = counts.get(text_key, 0) + 1
                if text_key not in places:
                    places[text_key] = table.place(column_number, index)
            else:
                outside[column_number] = outside.get(column_number, 0) + 1
        else:
            reason = _skip_reason(value)
            if reason is not None:
                collector.ignore(table.place(0, index), _first_text(value), reason)
    collector.rows_read += found.rows
    for number, year_month, count, position in found.months:
        month = f"{year_month // 100:04d}-{year_month % 100:02d}"
        if month in period:
            month_key_ = (number, month)
            counts[month_key_] = counts.get(month_key_, 0) + count
            places.setdefault(month_key_, table.place(number, found.row_number(position)))
        else:
            outside[number] = outside.get(number, 0) + count
    for column in counted:
        if outside.get(column.column):
            collector.ignore(table.place(column.column, header_row), column.header,
                             OUTSIDE_REASON, outside[column.column])
    for column in columns:
        if column.kpi is None:
            collector.ignore(table.place(column.column, header_row), column.stage,
                             UNKNOWN_REASON, max(found.unmatched.get(column.column, 0), 1))
    for (column_number, month), count in sorted(counts.items()):
        kpi = next(c.kpi for c in counted if c.column == column_number)
        assert kpi is not None
        collector.add_up(kpi, month, Decimal(count), places[(column_number, month)])
    for measure in measures:
        measure.finish(table, header_row, collector)


def _find_header(row: list[Value], collector: _Collector) -> tuple[str, Any] | None:
    """The layout a header row announces, with its columns; None when it is not a header."""
    columns: dict[str, int] = {}
    own = {"kpi": False, "value": False}
    for column, value in enumerate(row):
        if not isinstance(value, str):
            continue
        if "month" not in columns and header_is(value, SUMMARY_MONTH_HEADERS):
            columns["month"] = column
        elif "kpi" not in columns and (header_is(value, KPI_HEADERS) or
                                       header_is(value, LABEL_HEADERS)):
            columns["kpi"] = column
            own["kpi"] = header_is(value, KPI_HEADERS)
        elif "value" not in columns and (header_is(value, VALUE_HEADERS) or
                                         count_header(value)):
            columns["value"] = column
            own["value"] = header_is(value, VALUE_HEADERS)
    if len(columns) == 3:
        layout = "long" if own["kpi"] and own["value"] and header_is(
            row[columns["month"]], MONTH_HEADERS) else "summary"
        return layout, (columns["month"], columns["kpi"], columns["value"])
    records = _record_columns(row, collector)
    if records:
        return "records", records
    months = {c: m for c, v in enumerate(row) if v is not None and (m := month_key(v))}
    if not months:
        return None
    first_month = min(months)
    if first_month == 0:
        return None
    kpi_col = columns.get("kpi")
    if kpi_col is None or kpi_col > first_month:
        labels = [c for c in range(first_month) if not _empty(row[c])]
        kpi_col = min(labels) if labels else 0
    return "wide", (months, kpi_col)


def _read_table(table: Table, collector: _Collector) -> bool:
    """Read one table; False when it has no recognisable header row."""
    rows = table.rows()
    headers: list[str] = []
    for seen, (index, row) in enumerate(rows):
        if seen >= HEADER_SEARCH_ROWS:
            break
        found = _find_header(row, collector)
        if found is None:
            if any(not _empty(v) for v in row):
                headers.append(" | ".join(str(v) for v in row if not _empty(v))[:120])
            continue
        kind, details = found
        collector.layouts.append((table.title, kind))
        if kind in ("long", "summary"):
            _read_long(table, index, rows, details, kind == "summary", collector)
        elif kind == "records":
            _read_records(table, details, rows, index, row, collector)
        else:
            months, kpi_col = details
            _read_wide(table, index, row, months, kpi_col, rows, collector)
        return True
    collector.unread[table.title] = " / ".join(headers[:3])
    return False


def _about_note(table: Table, agreement: Agreement, collector: _Collector) -> Text | None:
    """A note when the workbook is the app's export of another agreement."""
    fields: dict[str, object] = {}
    for seen, (_index, row) in enumerate(table.rows()):
        if seen > 40:
            break
        label, value = _get(row, 0), _get(row, 1)
        if isinstance(label, str) and not _empty(value):
            fields[name_key(label)] = value
    exported_id = next((fields[k] for k in ABOUT_ID_LABELS if k in fields), None)
    collector.own_file = exported_id is not None
    if isinstance(exported_id, float) and exported_id.is_integer():
        exported_id = int(exported_id)
    if isinstance(exported_id, int) and exported_id != agreement.id:
        title = next((fields[k] for k in ABOUT_TITLE_LABELS if k in fields), "")
        return excel_text(QT_TRANSLATE_NOOP(
            "excel", 'this workbook was made for another agreement ("{title}", id {id}); check '
            "that it is the right file"), title=title, id=exported_id)
    return None


def is_csv(name: str) -> bool:
    return name.lower().endswith((".csv", ".tsv", ".txt"))


def read_tables(name: str, data: bytes, agreement: Agreement, *,
                mapping: Mapping[str, str] | None = None, app_decimal_comma: bool = False,
                measures: Mapping[str, tuple[str, str]] | None = None,
                control: ReadControl | None = None) -> _Collector:
    """Everything the file gives for the agreement, its ignored rows and its problems."""
    collector = _Collector(agreement, mapping)
    collector.measures = dict(measures or {})
    if is_csv(name):
        return _read_csv_or_book(name, data, agreement, collector, app_decimal_comma, control)
    with XlsxBook(name, data, control) as book:
        return _read_csv_or_book(name, data, agreement, collector, app_decimal_comma, control,
                                 book)


def _read_csv_or_book(name: str, data: bytes, agreement: Agreement, collector: _Collector,
                      app_decimal_comma: bool, control: ReadControl | None,
                      book: XlsxBook | None = None) -> _Collector:
    if book is None:
        table, reading = read_csv(name, data, app_decimal_comma, control)
        tables = [table]
        collector.notes.append(csv_note(reading))
        chosen = tables
    else:
        sheets = [t for t in book.tables if t.visible]
        chosen = [t for t in sheets if name_key(t.title) in ACTUALS_SHEETS]
        if not chosen:
            chosen = [t for t in sheets if name_key(t.title) not in NOT_ACTUALS_SHEETS]
        for sheet in sheets:
            if name_key(sheet.title) in ABOUT_SHEETS:
                note = _about_note(sheet, agreement, collector)
                if note:
                    collector.notes.append(note)
    recognised = [table for table in chosen if _read_table(table, collector)]
    collector.finish()
    if collector.error_count > len(collector.errors):
        collector.errors.append(Problem(name, excel_text(QT_TRANSLATE_NOOP(
            "excel", "… and {count} more problems"), count=collector.error_count - MAX_ERRORS)))
    if not collector.values and not collector.errors:
        where: str = ", ".join(t.title for t in chosen) or excel_text(QT_TRANSLATE_NOOP(
            "excel", "no visible sheet"))
        seen = "; ".join(f'{title}: "{rows}"' for title, rows in collector.unread.items()
                         if rows)
        if recognised and collector.unmatched:
            message = excel_text(QT_TRANSLATE_NOOP(
                "excel", "no data: no row names a KPI of this agreement (unmatched: {labels}; "
                "map them to KPIs to import them)"),
                labels=", ".join(f'"{label}"' for label in collector.unmatched))
        elif recognised:
            message = excel_text(QT_TRANSLATE_NOOP(
                "excel", "no data: the file has no values for this agreement's KPIs (read: "
                "{sheets})"), sheets=where)
        else:
            message = excel_text(QT_TRANSLATE_NOOP(
                "excel", "no data: no sheet has KPIs in rows with months in columns, a table "
                "with Month, KPI and Value columns, a summary (date, stage, count) or a date "
                "column per stage (looked at: {sheets}; headers seen: {seen})"),
                sheets=where, seen=seen or "none")
        collector.errors.append(Problem(name, message))
    return collector


def csv_note(reading: CsvReading) -> Text:
    delimiter = {"\t": "tab", ";": ";", ",": ","}[reading.delimiter]
    if reading.decimal_comma:
        return excel_text(QT_TRANSLATE_NOOP(
            "excel", "read as {encoding}, separated by “{delimiter}”; numbers with a decimal "
            "comma (1.234 = one thousand two hundred thirty-four)"),
            encoding=reading.encoding, delimiter=delimiter)
    return excel_text(QT_TRANSLATE_NOOP(
        "excel", "read as {encoding}, separated by “{delimiter}”; numbers with a decimal point "
        "(1,234 = one thousand two hundred thirty-four)"),
        encoding=reading.encoding, delimiter=delimiter)


def preview_import(path: str | Path, agreement: Agreement,
                   existing: Mapping[str, Mapping[str, Decimal]], *,
                   aliases: Mapping[str, str] | None = None,
                   mapping: Mapping[str, str] | None = None,
                   months: set[str] | None = None, app_decimal_comma: bool = False,
                   measures: Mapping[str, tuple[str, str]] | None = None,
                   control: ReadControl | None = None) -> ImportPreview:
    """What importing the file at ``path`` would do; never raises for a bad file (but
    ``Cancelled`` when ``control`` is cancelled).

    ``aliases``: the agreement's saved import aliases (label → KPI name); ``mapping``: the
    user's new ones, saved when the import is applied; ``months``: only these months are
    applied; ``app_decimal_comma``: how an ambiguous ``1.234`` reads when the file gives no
    sign (the app's language).
    """
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
    return preview_bytes(name, data, agreement, existing, aliases=aliases, mapping=mapping,
                         months=months, app_decimal_comma=app_decimal_comma,
                         measures=measures, control=control)


def preview_bytes(name: str, data: bytes, agreement: Agreement,
                  existing: Mapping[str, Mapping[str, Decimal]], *,
                  aliases: Mapping[str, str] | None = None,
                  mapping: Mapping[str, str] | None = None,
                  months: set[str] | None = None, app_decimal_comma: bool = False,
                  measures: Mapping[str, tuple[str, str]] | None = None,
                  control: ReadControl | None = None) -> ImportPreview:
    preview = ImportPreview(name, hashlib.sha256(data).hexdigest())
    try:
        collector = read_tables(name, data, agreement, mapping={**(aliases or {}),
                                                                **(mapping or {})},
                                app_decimal_comma=app_decimal_comma, measures=measures,
                                control=control)
    except ExcelFileError as exc:
        preview.errors.append(Problem(exc.place, exc.message))
        return preview
    known = {k.name for k in agreement.kpis()}
    preview.mapping = {label: kpi for label, kpi in (mapping or {}).items() if kpi in known}
    preview.reading = collector
    return preview_again(preview, agreement, existing, months)


def preview_again(preview: ImportPreview, agreement: Agreement,
                  existing: Mapping[str, Mapping[str, Decimal]],
                  months: set[str] | None = None) -> ImportPreview:
    """The preview of the same reading for other ``months`` or ``existing`` actuals, without
    reading the file again (a reading that failed stays as it was)."""
    collector = preview.reading
    if collector is None:
        return preview
    result = ImportPreview(preview.file_name, preview.sha256, mapping=dict(preview.mapping),
                           reading=collector)
    values = collector.values
    # The values of months not chosen are listed as ignored, a line per month.
    not_chosen: dict[str, Ignored] = {}
    if months:
        values = {}
        for (kpi, month), (value, place) in collector.values.items():
            if month in months:
                values[(kpi, month)] = (value, place)
            elif month in not_chosen:
                not_chosen[month].rows += 1
            else:
                not_chosen[month] = Ignored(place, month, NOT_CHOSEN_REASON)
    order = {k.name: i for i, k in enumerate(agreement.kpis())}
    for (kpi, month), (value, place) in sorted(
            values.items(), key=lambda item: (order.get(item[0][0], 0), item[0][1])):
        old = existing.get(kpi, {}).get(month)
        result.changes.append(Change(kpi, month, old, value, place))
    result.ignored = [dataclasses.replace(i) for i in collector.ignored.values()]
    result.ignored += list(not_chosen.values())
    result.layouts = list(collector.layouts)
    result.rows_read = collector.rows_read
    result.unmatched = list(collector.unmatched)
    result.record_headers = list(collector.record_headers)
    result.errors = list(collector.errors)
    result.notes = list(collector.notes)
    return result


def apply_preview(store: Store, agreement_id: int, preview: ImportPreview) -> int | None:
    """Write the preview's new and changed values in one transaction; the import id."""
    if not preview.ok:
        raise ValueError("a preview with errors cannot be applied")
    if not preview.values() and not preview.mapping:
        return None
    return store.apply_actuals(agreement_id, preview.values(), preview.source(),
                               aliases=dict(preview.mapping))
