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
import contextlib
import csv
import datetime as dt
import functools
import io
import json
import re
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from slaworkshop.excel.calamine_child import group_labels, kept_rows, reduce_records
from slaworkshop.excel.cellvalues import decimal_comma_evidence
from slaworkshop.excel.names import fold
from slaworkshop.excel.safety import ExcelFileError, check_archive, excel_text, sniff
from slaworkshop.text import QT_TRANSLATE_NOOP, Text

CHILD_MEMORY_BYTES = 2 * 1024 * 1024 * 1024
CHILD_CPU_SECONDS = 120
CHILD_WALL_SECONDS = 180
PROGRESS_EVERY_ROWS = 5_000
# The rows of each sheet the child sends before it waits to know what the reader wants of the
# rest: enough for the header search (30 rows) and the About sheet (41).
HEAD_ROWS = 50


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
    _records: Callable[[int, list[int], list[int], list[tuple[int, int]]],
                       RecordColumns | None] | None = None
    _labelled: Callable[[int, int, int, Callable[[str], bool]],
                        LabelledRows | None] | None = None
    # The file's guess for an ambiguous 1.234 when its column does not tell (CSV only).
    default_decimal_comma: bool | None = None
    _column_comma: dict[int, bool | None] = field(default_factory=dict)

    def rows(self) -> Iterator[tuple[int, list[Value]]]:
        """(row number, values); a CSV's row number is its line."""
        if self._stream is not None:
            yield from self._stream()
        else:
            yield from enumerate(self._rows or (), start=1)

    def records(self, after_row: int, rows: Iterator[tuple[int, list[Value]]],
                counted: list[int], unmatched: list[int],
                measures: list[tuple[int, int]]) -> RecordColumns:
        """What a records export needs of the rows below its header row ``after_row``
        (``reduce_records``); ``rows``: this table's rows, the header row read."""
        if self._records is not None:
            found = self._records(after_row, counted, unmatched, measures)
            if found is not None:
                return found
        numbers, kept = _gathered(rows)
        return RecordColumns.of(reduce_records(kept, counted, unmatched,
                                               [list(m) for m in measures]), numbers=numbers)

    def labelled(self, after_row: int, rows: Iterator[tuple[int, list[Value]]], label: int,
                 value: int, wanted: Callable[[str], bool]) -> LabelledRows:
        """A long table's rows below its header row ``after_row``: those whose text label
        ``wanted`` refuses and whose value is not empty as a count per label, every other row
        whole (``group_labels``); the value column's decimal mark is decided on the way."""
        found: LabelledRows | None = None
        if self._labelled is not None:
            found = self._labelled(after_row, label, value, wanted)
        if found is None:
            numbers, kept = _gathered(rows)
            groups, member, texts = group_labels(kept, label, value)
            keep = {name for name in groups if wanted(name)}
            found = LabelledRows(
                len(kept), [(name, count, first) for name, (count, first) in groups.items()
                            if name not in keep],
                [(position, row) for position, row in kept_rows(kept, label, member, keep)],
                texts, numbers=numbers)
        self._column_comma[value] = self._vote(found.texts)
        return found

    def _vote(self, texts: Iterable[Value]) -> bool | None:
        votes = {True: 0, False: 0}
        for text in texts:
            if isinstance(text, str):
                evidence = decimal_comma_evidence(text)
                if evidence is not None:
                    votes[evidence] += 1
        if votes[True] != votes[False]:
            return votes[True] > votes[False]
        return self.default_decimal_comma

    def place(self, column: int, row: int) -> str:
        """``Sheet!C7`` (column 0 is A) or ``file.csv:line 7``."""
        if self.csv:
            return f"{self.prefix}{row}"
        return f"{self.prefix}{column_letter(column)}{row}"

    def decimal_comma(self, column: int) -> bool | None:
        """How an ambiguous ``1.234`` in this column reads: the other values of the column
        first, then the file's signals."""
        if column not in self._column_comma:
            self._column_comma[column] = self._vote(
                row[column] for _index, row in self.rows() if column < len(row))
        return self._column_comma[column]


class _Numbered:
    """Rows known by position (from the first below a header): their numbers in the table."""

    first_row: int
    numbers: list[int] | None  # the row numbers, when not consecutive (CSV lines)

    def row_number(self, position: int) -> int:
        if self.numbers is not None:
            return self.numbers[position]
        return self.first_row + position


def _gathered(rows: Iterator[tuple[int, list[Value]]]) -> tuple[list[int], list[list[Value]]]:
    """The rest of a table's rows, read here: their numbers and their values."""
    numbers: list[int] = []
    kept: list[list[Value]] = []
    for index, row in rows:
        numbers.append(index)
        kept.append(row)
    return numbers, kept


@dataclass(frozen=True)
class RecordColumns(_Numbered):
    """A records export's rows below the header, reduced (``calamine_child.reduce_records``):
    positions are counted from the first of those rows."""

    rows: int
    # (column, year * 100 + month, count, first position) for the real dates.
    months: list[tuple[int, int, int, int]]
    # (position, kind, column or measure, value): 0 a measure's two cells, 1 a counted cell
    # that is neither empty nor a date, 2 the cells of a row with no value (row order).
    events: list[tuple[int, int, int, Any]]
    unmatched: dict[int, int]
    first_row: int = 1
    numbers: list[int] | None = None

    @classmethod
    def of(cls, found: dict[str, Any], first_row: int = 1,
           numbers: list[int] | None = None) -> RecordColumns:
        return cls(int(found["rows"]),
                   [(int(c), int(k), int(n), int(p)) for c, k, n, p in found["months"]],
                   [(int(p), int(kind), int(c), v) for p, kind, c, v in found["events"]],
                   {int(c): int(n) for c, n in found["unmatched"]}, first_row, numbers)


@dataclass(frozen=True)
class LabelledRows(_Numbered):
    """A long table's rows below the header, by label (``Table.labelled``): positions are
    counted from the first of those rows."""

    rows: int
    # (label, rows, first position) of each label not wanted, with a value on every row.
    groups: list[tuple[str, int, int]]
    kept: list[tuple[int, list[Value]]]  # (position, row): every other row
    texts: list[Value]  # the value column's texts
    first_row: int = 1
    numbers: list[int] | None = None


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

def _any_mark(xml: bytes) -> bool:
    # Plain searches: a regex alternation over a 25 MB sheet takes seconds.
    return b"<f>" in xml or b"<f " in xml or b":f>" in xml or b":f " in xml or \
        b't="e"' in xml
_CELL_WITHOUT_VALUE = re.compile(
    rb'<(?:\w+:)?c\b([^>]*)>\s*<(?:\w+:)?f\b[^>]*(?:/>|>[^<]*</(?:\w+:)?f>)\s*'
    rb'(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>')
_ERROR_CELL = re.compile(
    rb'<(?:\w+:)?c\b([^>]*\bt="e"[^>]*)>(?:(?!</(?:\w+:)?c>).)*?<(?:\w+:)?v>([^<]*)</', re.S)
_REF = re.compile(rb'\br="([A-Z]{1,3})(\d{1,7})"')
_SHEET = re.compile(rb'<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"[^>]*?\b(?:\w+:)?id="([^"]*)"')
_RELATIONSHIP = re.compile(rb'<(?:\w+:)?Relationship\b[^>]*?>')
_ATTRIBUTE = re.compile(rb'\b(Id|Target)="([^"]*)"')


_CELL_WITHOUT_REF = re.compile(rb'<(?:\w+:)?c(?:\s(?![^>]*\br=")[^>]*)?/?>')
_ROW = re.compile(rb'<(?:\w+:)?row\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?row>)', re.S)
_ROW_CELL = re.compile(rb'<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)', re.S)
_ROW_NUMBER = re.compile(rb'\br="(\d{1,7})"')
_VALUE = re.compile(rb'<(?:\w+:)?v>([^<]*)</', re.S)
_FORMULA = re.compile(rb'<(?:\w+:)?f\b')


def _marks_by_position(xml: bytes) -> list[list[Any]]:
    """``marked_cells`` of a sheet whose rows or cells leave out their reference (``r=``),
    as some writers do: each takes the place after the one before it, as Excel reads them."""
    cells: list[list[Any]] = []
    row_number = 0
    for row in _ROW.finditer(xml):
        found = _ROW_NUMBER.search(row.group(1))
        row_number = int(found.group(1)) if found else row_number + 1
        column = 0
        for cell in _ROW_CELL.finditer(row.group(2) or b""):
            attributes, body = cell.group(1), cell.group(2) or b""
            ref = _REF.search(attributes)
            column = _column_number(ref.group(1)) if ref else column + 1
            value = _VALUE.search(body)
            if b't="e"' in attributes:
                if value is not None:
                    cells.append([row_number, column, _unescape(value.group(1))])
            elif _FORMULA.search(body) and (value is None or not value.group(1).strip()):
                cells.append([row_number, column, None])
    return cells


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _unescape(text: bytes) -> str:
    return (text.decode("utf-8", "replace").replace("&quot;", '"').replace("&apos;", "'")
            .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))


def marked_cells(data: bytes) -> dict[str, list[list[Any]]]:
    """Per sheet name, the cells calamine reads as "" that are not empty: a formula with no
    saved value ``[row, column, None]`` and an error value ``[row, column, "#N/A"]``."""
    result: dict[str, list[list[Any]]] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
            return result
        targets = {}
        for element in _RELATIONSHIP.findall(archive.read("xl/_rels/workbook.xml.rels")):
            attributes = dict(_ATTRIBUTE.findall(element))
            target = attributes.get(b"Target", b"").decode("utf-8", "replace").lstrip("/")
            targets[attributes.get(b"Id", b"")] = (
                target if target.startswith("xl/") else "xl/" + target)
        for name, rel_id in _SHEET.findall(archive.read("xl/workbook.xml")):
            part = targets.get(rel_id)
            if part not in names:
                continue
            xml = archive.read(part)
            if not _any_mark(xml):
                continue
            cells: list[list[Any]] = []
            if _CELL_WITHOUT_REF.search(xml):
                cells = _marks_by_position(xml)
                if cells:
                    result[_unescape(name)] = cells
                continue
            for match in _CELL_WITHOUT_VALUE.finditer(xml):
                ref = _REF.search(match.group(1))
                if ref:
                    cells.append([int(ref.group(2)), _column_number(ref.group(1)), None])
            if b't="e"' in xml:
                for match in _ERROR_CELL.finditer(xml):
                    ref = _REF.search(match.group(1))
                    if ref:
                        cells.append([int(ref.group(2)), _column_number(ref.group(1)),
                                      _unescape(match.group(2))])
            if cells:
                result[_unescape(name)] = cells
    return result



def _cell(value: dict[str, Any]) -> Value:
    """A cell the child wrote as an object: ``{"d": …}`` a date, ``{"t": …}`` a time,
    ``{"f": 1}`` a formula without a value, ``{"e": …}`` an error value (json's object_hook:
    called for those cells and the messages themselves only)."""
    if len(value) == 1:
        if "d" in value:
            text = str(value["d"])
            return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)
        if "t" in value:
            return str(value["t"])
        if "f" in value:
            return FORMULA_WITHOUT_VALUE
        if "e" in value:
            return ErrorValue(str(value["e"]))
    return value


def _child_failed(name: str, detail: Text) -> ExcelFileError:
    return ExcelFileError(name, excel_text(QT_TRANSLATE_NOOP(
        "excel", "the workbook cannot be read: {detail}"), detail=detail))


def _unreadable(name: str) -> ExcelFileError:
    return _child_failed(name, excel_text(QT_TRANSLATE_NOOP(
        "excel", "the reader gave an unreadable answer")))


class XlsxBook:
    """A workbook parsed by the child process: its tables fill as the child's rows arrive.

    The child sends each sheet's first ``HEAD_ROWS`` rows, then waits: a reader that goes on
    gets the rest of the rows, a records reader only their monthly counts (``Table.records``).
    ``close`` ends the child if it is still running (a reader may stop before the last
    sheet); use it as a context manager.
    """

    def __init__(self, name: str, data: bytes, control: ReadControl | None = None) -> None:
        sniff(name, data)
        check_archive(name, data)
        self.name = name
        self.control = control or ReadControl()
        self.control.check(0.0)
        script = Path(__file__).with_name("calamine_child.py")
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-I", str(script), str(CHILD_MEMORY_BYTES),
                 str(CHILD_CPU_SECONDS), str(HEAD_ROWS)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        except OSError as exc:
            raise _child_failed(name, excel_text(QT_TRANSLATE_NOOP(
                "excel", "the reader could not start ({reason})"),
                reason=exc.strerror)) from None
        self.control.attach(self.process)
        self.timed_out = False
        self._timer = threading.Timer(CHILD_WALL_SECONDS, self._time_out)
        self._timer.daemon = True
        self._timer.start()
        self._rows: list[list[list[Value]]] = []
        self._done: list[bool] = []
        self._reduced: list[bool] = []
        self._current = 0
        self._waiting = False  # the child waits for a request about the current sheet
        try:
            self._send_bytes(b"%d\n" % len(data) + data)
            # While the child parses: what calamine reads as "" but is not empty.
            try:
                marks = marked_cells(data)
            except (zipfile.BadZipFile, KeyError, ValueError, OSError, RuntimeError,
                    EOFError):
                marks = {}  # a damaged part: the child says what is wrong
            first = self._message()
            self._send(marks)
            self.tables = []
            for number, sheet in enumerate(first.get("sheets", [])):
                title = str(sheet["name"])
                self._rows.append([])
                self._done.append(False)
                self._reduced.append(False)
                self.tables.append(Table(title, quote_sheet(title) + "!",
                                         visible=bool(sheet["visible"]),
                                         _stream=functools.partial(self._stream, number),
                                         _records=functools.partial(self._records, number),
                                         _labelled=functools.partial(self._labelled, number)))
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> XlsxBook:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _time_out(self) -> None:
        self.timed_out = True
        self.process.kill()

    def close(self) -> None:
        self._timer.cancel()
        if self.process.poll() is None:
            self.process.kill()
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                # The child is gone: what it could not take does not matter.
                with contextlib.suppress(OSError):
                    pipe.close()
        self.process.wait()
        self.control.attach(None)

    def _send_bytes(self, data: bytes) -> None:
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(data)
            self.process.stdin.flush()
        except (BrokenPipeError, ValueError):
            pass  # the child ended early: its exit code or its last line says why

    def _send(self, request: object) -> None:
        self._waiting = False
        self._send_bytes(json.dumps(request).encode() + b"\n")

    def _message(self) -> dict[str, Any]:
        """The child's next line; its failures as errors of the file."""
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            code = self.process.wait()
            self.control.check()
            if self.timed_out:
                raise _child_failed(self.name, excel_text(QT_TRANSLATE_NOOP(
                    "excel", "reading it took more than {seconds} seconds and was stopped"),
                    seconds=CHILD_WALL_SECONDS))
            # An abort (Rust allocation failure), the memory cap or the CPU limit.
            raise _child_failed(self.name, excel_text(QT_TRANSLATE_NOOP(
                "excel", "the reader stopped (exit code {code}): the sheet is too large for "
                "the memory allowed, or its cells are spread over a huge area (a hostile or "
                "broken file?)"), code=code))
        try:
            message: dict[str, Any] = json.loads(line, object_hook=_cell)
        except ValueError:
            raise _unreadable(self.name) from None
        if not isinstance(message, dict):
            raise _unreadable(self.name)
        if "error" in message:
            if message["error"] == "memory":
                raise _child_failed(self.name, excel_text(QT_TRANSLATE_NOOP(
                    "excel", "it needs more memory than allowed (a hostile or broken file?)")))
            raise _child_failed(self.name, excel_text(QT_TRANSLATE_NOOP(
                "excel", "it is damaged or not a real .xlsx ({error}: {detail})"),
                error=message["error"], detail=message.get("detail", "")))
        return message

    def _receive(self) -> None:
        """Take the child's next message about the sheet being sent."""
        message = self._message()
        number = self._current
        if "end" in message:
            self._done[number] = True
            self._current += 1
        elif "more" in message:
            self._waiting = True
        elif isinstance(message.get("rows"), list):
            # An empty cell stays "" (the readers take "" as empty): no pass over every cell.
            self._rows[number].extend(message["rows"])
        else:
            raise _unreadable(self.name)

    def _pull(self) -> None:
        """Read the next chunk of the sheet being sent, asking for the rest of its rows
        when the child waits."""
        self.control.check()
        if self._waiting:
            self._send({"rows": True})
        self._receive()

    def _stream(self, number: int) -> Iterator[tuple[int, list[Value]]]:
        index = 0
        rows = self._rows[number]
        while True:
            while index < len(rows):
                yield index + 1, rows[index]
                index += 1
            if self._done[number]:
                if self._reduced[number]:
                    raise RuntimeError("the rows of a sheet read as records are not kept")
                return
            self._pull()

    def _can_ask(self, number: int, after_row: int) -> bool:
        """Whether the child waits to know what is wanted of the sheet's rows after
        ``after_row``; not when they are here already (a short sheet, or one read whole)."""
        if number != self._current:
            return False
        while not self._waiting and not self._done[number]:
            self.control.check()
            self._receive()
        return self._waiting and after_row <= len(self._rows[number])

    def _labelled(self, number: int, after_row: int, label: int, value: int,
                  wanted: Callable[[str], bool]) -> LabelledRows | None:
        """The child's grouping of a long table's rows after ``after_row``."""
        if not self._can_ask(number, after_row):
            return None
        self._send({"labels": {"after": after_row, "label": label, "value": value}})
        self.control.check()
        try:
            found = self._message()["labels"]
            groups = [(str(name), int(count), int(first)) for name, count, first in
                      found["groups"]]
            keep = [name for name, _count, _first in groups if wanted(name)]
            self._send({"keep": keep})
            self.control.check()
            kept = [(int(position), list(row)) for position, row in self._message()["kept"]]
            texts = list(found["texts"])
        except (KeyError, TypeError, ValueError):
            raise _unreadable(self.name) from None
        self._reduced[number] = True
        self._receive()  # the sheet's end
        wanted_names = set(keep)
        return LabelledRows(int(found["rows"]), [g for g in groups if g[0] not in wanted_names],
                            kept, texts, first_row=after_row + 1)

    def _records(self, number: int, after_row: int, counted: list[int], unmatched: list[int],
                 measures: list[tuple[int, int]]) -> RecordColumns | None:
        """The child's reduction of a records export's rows after ``after_row``."""
        if not self._can_ask(number, after_row):
            return None
        self._send({"records": {"after": after_row, "counted": counted, "unmatched": unmatched,
                                "measures": [list(m) for m in measures]}})
        self.control.check()
        message = self._message()
        try:
            found = RecordColumns.of(message["records"], first_row=after_row + 1)
        except (KeyError, TypeError, ValueError):
            raise _unreadable(self.name) from None
        self._reduced[number] = True
        self._receive()  # the sheet's end
        return found

    def load(self) -> list[Table]:
        """Every table with all its rows (for callers that want them all at once)."""
        for table in self.tables:
            for _row in table.rows():
                pass
        return self.tables


def read_xlsx(name: str, data: bytes, control: ReadControl | None = None) -> list[Table]:
    """Every worksheet of the workbook, parsed out of process, read whole."""
    with XlsxBook(name, data, control) as book:
        return [Table(t.title, t.prefix, visible=t.visible, _rows=[r for _i, r in t.rows()])
                for t in book.load()]


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
