"""The child process that parses an untrusted workbook with python-calamine.

Run as a script (``python -I calamine_child.py``), never imported by the app: calamine can abort
the whole process on a hostile sheet (a sheet holding only A1 and XFD1048576 makes it size a
dense grid of 17 billion cells), so it runs here under a memory cap and a CPU-time limit set by
the parent, and hands back plain rows as JSON on stdout. It imports nothing of the app.

stdin: the workbook's bytes. stdout: one JSON document, either
``{"sheets": [{"name", "visible", "rows", "marks"}]}`` or ``{"error": kind, "detail": text}``.
Dates come back as ``{"date": "2027-03-01"}``, times and durations as ``{"text": "…"}``; cells
calamine reads as "" that are not empty are listed in ``marks`` (see ``marked_cells``).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import resource
import sys
import zipfile
from typing import Any

_CELL_WITHOUT_VALUE = re.compile(
    rb'<(?:\w+:)?c\b([^>]*)>\s*<(?:\w+:)?f\b[^>]*(?:/>|>[^<]*</(?:\w+:)?f>)\s*'
    rb'(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>')
_ERROR_CELL = re.compile(
    rb'<(?:\w+:)?c\b([^>]*\bt="e"[^>]*)>(?:(?!</(?:\w+:)?c>).)*?<(?:\w+:)?v>([^<]*)</', re.S)
_REF = re.compile(rb'\br="([A-Z]{1,3})(\d{1,7})"')
_SHEET = re.compile(rb'<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"[^>]*?\b(?:\w+:)?id="([^"]*)"')
_RELATIONSHIP = re.compile(rb'<(?:\w+:)?Relationship\b[^>]*?>')
_ATTRIBUTE = re.compile(rb'\b(Id|Target)="([^"]*)"')


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
            cells: list[list[Any]] = []
            if b"<f" in xml or b":f" in xml:
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


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return {"date": value.date().isoformat()}
        return {"date": value.date().isoformat(), "time": value.time().isoformat()}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, dt.time | dt.timedelta):
        return {"text": str(value)}
    return value


def parse(data: bytes) -> dict[str, Any]:
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    marks = marked_cells(data)
    sheets = []
    for metadata in book.sheets_metadata:
        if "WorkSheet" not in str(metadata.typ):
            continue
        sheet = book.get_sheet_by_name(metadata.name)
        rows = sheet.to_python(skip_empty_area=False)
        for row in rows:
            for index, value in enumerate(row):
                if value.__class__ is not str and value.__class__ is not float:
                    row[index] = _plain(value)
        sheets.append({"name": metadata.name, "visible": "Visible" in str(metadata.visible)
                       and "Hidden" not in str(metadata.visible),
                       "rows": rows, "marks": marks.get(metadata.name, [])})
    return {"sheets": sheets}


def main() -> int:
    memory, seconds = int(sys.argv[1]), int(sys.argv[2])
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    data = sys.stdin.buffer.read()
    try:
        result = parse(data)
    except MemoryError:
        result = {"error": "memory", "detail": ""}
    except Exception as exc:
        result = {"error": type(exc).__name__,
                  "detail": (str(exc).splitlines() or [""])[0][:300]}
    sys.stdout.write(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
