"""The child process that parses an untrusted workbook with python-calamine.

Run as a script (``python -I calamine_child.py``), never imported by the app: calamine can abort
the whole process on a hostile sheet (a sheet holding only A1 and XFD1048576 makes it size a
dense grid of 17 billion cells), so it runs here under a memory cap and a CPU-time limit set by
the parent, and hands back plain rows as JSON on stdout. It imports nothing of the app.

stdin: the workbook's bytes. stdout: JSON lines: ``{"sheets": [{"name", "visible"}]}``, then per
sheet ``{"rows": [...]}`` chunks and ``{"end": name}``; or at any point
``{"error": kind, "detail": text}``. An empty
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
    if isinstance(value, dt.date):  # a datetime too
        return {"d": value.isoformat()}
    return {"t": str(value)}  # a time or a duration


CHUNK_ROWS = 2_000


def _line(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message, default=_plain))  # ASCII: the faster encoder path
    sys.stdout.write("\n")


def stream(data: bytes) -> None:
    """The sheet list first, then each sheet's rows in chunks, so that the parent reads a
    chunk while the next one is written."""
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    sheets = [m for m in book.sheets_metadata if "WorkSheet" in str(m.typ)]
    _line({"sheets": [{"name": m.name, "visible": "Visible" in str(m.visible)
                       and "Hidden" not in str(m.visible)} for m in sheets]})
    for metadata in sheets:
        rows = book.get_sheet_by_name(metadata.name).to_python(skip_empty_area=False)
        for start in range(0, len(rows), CHUNK_ROWS):
            # Dates go through ``default``: no Python loop over the cells here.
            _line({"rows": rows[start:start + CHUNK_ROWS]})
        del rows
        _line({"end": metadata.name})
        sys.stdout.flush()


def main() -> int:
    memory, seconds = int(sys.argv[1]), int(sys.argv[2])
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    data = sys.stdin.buffer.read()
    try:
        stream(data)
    except MemoryError:
        _line({"error": "memory", "detail": ""})
    except Exception as exc:
        _line({"error": type(exc).__name__, "detail": (str(exc).splitlines() or [""])[0][:300]})
    return 0


if __name__ == "__main__":
    sys.exit(main())
