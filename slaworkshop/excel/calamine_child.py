"""The child process that parses an untrusted workbook with python-calamine.

Run as a script (``python -I calamine_child.py``), never imported by the app: calamine can abort
the whole process on a hostile sheet (a sheet holding only A1 and XFD1048576 makes it size a
dense grid of 17 billion cells), so it runs here under a memory cap and a CPU-time limit set by
the parent, and hands back plain rows as JSON on stdout. It imports nothing of the app.

stdin: the workbook's bytes. stdout: one JSON document, either
``{"sheets": [{"name", "visible", "rows"}]}`` or ``{"error": kind, "detail": text}``. An empty
cell is "", a date ``{"d": "2027-03-01"}`` (with its time when it has one), a time or a
duration ``{"t": "…"}``. (Formulas without a saved value and error values, which calamine also
reads as "", are found by the parent in the sheet XML meanwhile.)
"""

from __future__ import annotations

import datetime as dt
import io
import json
import resource
import sys
from typing import Any


def _plain(value: Any) -> Any:
    """A value JSON cannot hold (json.dumps calls this for dates only)."""
    if isinstance(value, dt.datetime):
        return {"d": value.isoformat()}
    if isinstance(value, dt.date):
        return {"d": value.isoformat()}
    return {"t": str(value)}  # a time or a duration


def parse(data: bytes) -> dict[str, Any]:
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    sheets = []
    for metadata in book.sheets_metadata:
        if "WorkSheet" not in str(metadata.typ):
            continue
        sheet = book.get_sheet_by_name(metadata.name)
        sheets.append({"name": metadata.name, "visible": "Visible" in str(metadata.visible)
                       and "Hidden" not in str(metadata.visible),
                       "rows": sheet.to_python(skip_empty_area=False)})
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
    # Dates go through ``default``: no Python loop over the cells here.
    sys.stdout.write(json.dumps(result, ensure_ascii=False, default=_plain))
    return 0


if __name__ == "__main__":
    sys.exit(main())
