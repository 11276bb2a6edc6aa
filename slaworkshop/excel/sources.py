"""The files an import reads, as tables of plain rows: xlsx sheets and CSV/TSV files.

An .xlsx is checked before any parsing (``safety``: ZIP size, parts, compression ratio, DTDs),
then parsed by python-calamine in a child process under a memory cap and a time limit
(``calamine_child``): calamine aborts the whole process on some hostile sheets, and an abort, a
hang or a memory blow-up there must be an import error, never a crash of the app. The child
hands back plain rows; ``ReadControl.cancel`` ends it.

A CSV is decoded (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252), its delimiter
found by ``csv.Sniffer`` among ``,`` ``;`` and tab (falling back to the most frequent of them on
the first lines when the sniffer cannot tell), and streamed row by row with progress.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from slaworkshop.excel.names import fold
from slaworkshop.excel.numbers import decimal_comma_evidence
from slaworkshop.excel.safety import ExcelFileError, check_archive, excel_text, sniff
from slaworkshop.text import QT_TRANSLATE_NOOP, Text

CHILD_MEMORY_BYTES = 2 * 1024 * 1024 * 1024
CHILD_CPU_SECONDS = 120
CHILD_WALL_SECONDS = 180
PROGRESS_EVERY_ROWS = 5_000


class FormulaWithoutValue:
    """A formula cell whose file holds no calculated value (e.g. saved by openpyxl)."""

    def __repr__(self) -> str:
        return "<formula without a saved value>"


FORMULA_WITHOUT_VALUE = FormulaWithoutValue()


@dataclass(frozen=True)
class ErrorValue:
    """An Excel error value such as ``#N/A``."""

    text: str


class Cancelled(Exception):
    """The user cancelled the reading."""


class ReadControl:
    """Lets another thread follow and cancel a reading: ``cancel`` ends the child process."""

    def __init__(self, progress: Callable[[float], None] | None = None) -> None:
        self.progress = progress
        self.cancelled = False
        self._process: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            if self._process is not None and self._process.poll() is None:
                self._process.kill()

    def check(self, fraction: float | None = None) -> None:
        if self.cancelled:
            raise Cancelled
        if fraction is not None and self.progress is not None:
            self.progress(fraction)

    def attach(self, process: subprocess.Popen[bytes] | None) -> None:
        with self._lock:
            self._process = process
            if process is not None and self.cancelled:
                process.kill()


Value = Any  # str, int, float, bool, date, datetime, None, FORMULA_WITHOUT_VALUE, ErrorValue


@dataclass
class Table:
    """One sheet or one CSV file: rows of plain values (index 0 is column A)."""

    title: str
    prefix: str
    csv: bool = False
    visible: bool = True
    _rows: list[list[Value]] | None = None
    _stream: Callable[[], Iterator[tuple[int, list[Value]]]] | None = None
    # The file's guess for an ambiguous 1.234 when its column does not tell (CSV only).
    default_decimal_comma: bool | None = None
    _column_comma: dict[int, bool | None] = field(default_factory=dict)

    def rows(self) -> Iterator[tuple[int, list[Value]]]:
        """(row number, values); a CSV's row number is its line."""
        if self._stream is not None:
            yield from self._stream()
        else:
            yield from enumerate(self._rows or (), start=1)

    def place(self, column: int, row: int) -> str:
        """``Sheet!C7`` (column 0 is A) or ``file.csv:line 7``."""
        if self.csv:
            return f"{self.prefix}{row}"
        return f"{self.prefix}{column_letter(column)}{row}"

    def decimal_comma(self, column: int) -> bool | None:
        """How an ambiguous ``1.234`` in this column reads: the other values of the column
        first, then the file's signals."""
        if column not in self._column_comma:
            votes = {True: 0, False: 0}
            for _index, row in self.rows():
                if column < len(row) and isinstance(row[column], str):
                    evidence = decimal_comma_evidence(row[column])
                    if evidence is not None:
                        votes[evidence] += 1
            if votes[True] != votes[False]:
                self._column_comma[column] = votes[True] > votes[False]
            else:
                self._column_comma[column] = self.default_decimal_comma
        return self._column_comma[column]


def column_letter(column: int) -> str:
    letters = ""
    number = column + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def quote_sheet(title: str) -> str:
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", title):
        return title
    return "'" + title.replace("'", "''") + "'"


# --- xlsx -------------------------------------------------------------------------------------

def _cell(value: Any) -> Value:
    if isinstance(value, dict):
        if "date" in value:
            day = dt.date.fromisoformat(value["date"])
            if "time" in value:
                return dt.datetime.combine(day, dt.time.fromisoformat(value["time"]))
            return day
        return str(value.get("text", ""))
    return value


def _child_failed(name: str, detail: Text) -> ExcelFileError:
    return ExcelFileError(name, excel_text(QT_TRANSLATE_NOOP(
        "excel", "the workbook cannot be read: {detail}"), detail=detail))


def read_xlsx(name: str, data: bytes, control: ReadControl | None = None) -> list[Table]:
    """Every worksheet of the workbook, parsed out of process."""
    sniff(name, data)
    check_archive(name, data)
    control = control or ReadControl()
    control.check(0.0)
    script = Path(__file__).with_name("calamine_child.py")
    try:
        process = subprocess.Popen(
            [sys.executable, "-I", str(script), str(CHILD_MEMORY_BYTES),
             str(CHILD_CPU_SECONDS)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    except OSError as exc:
        raise _child_failed(name, excel_text(QT_TRANSLATE_NOOP(
            "excel", "the reader could not start ({reason})"), reason=exc.strerror)) from None
    control.attach(process)
    try:
        out, _err = process.communicate(data, timeout=CHILD_WALL_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise _child_failed(name, excel_text(QT_TRANSLATE_NOOP(
            "excel", "reading it took more than {seconds} seconds and was stopped"),
            seconds=CHILD_WALL_SECONDS)) from None
    finally:
        control.attach(None)
    control.check()
    if process.returncode != 0 or not out:
        # An abort (Rust allocation failure), the memory cap or the CPU limit.
        raise _child_failed(name, excel_text(QT_TRANSLATE_NOOP(
            "excel", "the reader stopped (exit code {code}): the sheet is too large for the "
            "memory allowed, or its cells are spread over a huge area (a hostile or broken "
            "file?)"), code=process.returncode))
    try:
        result = json.loads(out)
    except ValueError:
        raise _child_failed(name, excel_text(QT_TRANSLATE_NOOP(
            "excel", "the reader gave an unreadable answer"))) from None
    if "error" in result:
        if result["error"] == "memory":
            raise _child_failed(name, excel_text(QT_TRANSLATE_NOOP(
                "excel", "it needs more memory than allowed (a hostile or broken file?)")))
        raise _child_failed(name, excel_text(QT_TRANSLATE_NOOP(
            "excel", "it is damaged or not a real .xlsx ({error}: {detail})"),
            error=result["error"], detail=result.get("detail", "")))
    tables = []
    for sheet in result["sheets"]:
        rows = sheet["rows"]
        for row in rows:
            for index, value in enumerate(row):
                if value == "":
                    row[index] = None
                elif value.__class__ is dict:
                    row[index] = _cell(value)
        for row_number, column, error in sheet["marks"]:
            while len(rows) < row_number:
                rows.append([])
            row = rows[row_number - 1]
            while len(row) < column:
                row.append(None)
            if row[column - 1] is None:
                row[column - 1] = FORMULA_WITHOUT_VALUE if error is None else ErrorValue(error)
        title = str(sheet["name"])
        tables.append(Table(title, quote_sheet(title) + "!", visible=bool(sheet["visible"]),
                            _rows=rows))
    return tables


# --- CSV --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CsvReading:
    encoding: str
    delimiter: str
    decimal_comma: bool
    why: str  # what decided the decimal comma when no column tells


ENCODING_NAMES = {"utf-8-sig": "UTF-8", "utf-8": "UTF-8", "utf-16": "UTF-16",
                  "cp1252": "Windows-1252"}


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read in."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace"), "cp1252"


_SPANISH_WORDS = frozenset({
    "mes", "fecha", "etapa", "recuento", "valor", "indicador", "total general", "contactos",
    "cliente", "clientes", "oportunidad", "ventas", "metrica", "cantidad", "estado"})


_SPANISH_MONTHS = frozenset({
    "ene", "enero", "febrero", "marzo", "abr", "abril", "mayo", "junio", "julio", "ago",
    "agosto", "septiembre", "setiembre", "octubre", "noviembre", "dic", "diciembre"})


def _delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        lines = sample.splitlines()[:20]
        counts = {d: sum(line.count(d) for line in lines) for d in (",", ";", "\t")}
        return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def read_csv(name: str, data: bytes, app_decimal_comma: bool,
             control: ReadControl | None = None) -> tuple[Table, CsvReading]:
    """The CSV as one table, and how it was read (shown in the preview)."""
    control = control or ReadControl()
    if not data.strip():
        raise ExcelFileError(name, excel_text(QT_TRANSLATE_NOOP(
            "excel", "the file is empty")))
    if b"\x00" in data[:4096] and not data.startswith(
            (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ExcelFileError(name, excel_text(QT_TRANSLATE_NOOP(
            "excel", "this is not a CSV text file")))
    text, encoding = decode(data)
    delimiter = _delimiter(text[:65536])
    words = {fold(w).strip() for line in text[:8192].splitlines()[:40]
             for w in re.split(r"[,;\t\"]", line)}
    months = any(found.group(0) in _SPANISH_MONTHS for w in words
                 if (found := re.match(r"[a-z]+", w)))
    if delimiter == ";":
        comma, why = True, "delimiter"
    elif words & _SPANISH_WORDS or months:
        comma, why = True, "spanish"
    else:
        comma, why = app_decimal_comma, "language"
    total = max(len(text), 1)

    def stream() -> Iterator[tuple[int, list[Value]]]:
        consumed = 0

        def lines() -> Iterator[str]:
            nonlocal consumed
            for line in io.StringIO(text, newline=""):
                consumed += len(line)
                yield line

        reader = csv.reader(lines(), delimiter=delimiter)
        try:
            for count, row in enumerate(reader):
                if count % PROGRESS_EVERY_ROWS == 0:
                    control.check(consumed / total)
                yield reader.line_num, [cell if cell.strip() else None for cell in row]
        except csv.Error as exc:
            raise ExcelFileError(f"{name}:line {reader.line_num}", excel_text(QT_TRANSLATE_NOOP(
                "excel", "the CSV cannot be read here ({detail})"), detail=str(exc))) from None

    table = Table(name, f"{name}:line ", csv=True, _stream=stream, default_decimal_comma=comma)
    return table, CsvReading(ENCODING_NAMES[encoding], delimiter, comma, why)
