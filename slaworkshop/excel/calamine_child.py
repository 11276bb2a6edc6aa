"""The child process that parses an untrusted workbook with python-calamine.

Run as a script (``python -I calamine_child.py``): calamine can abort the whole process on a
hostile sheet (a sheet holding only A1 and XFD1048576 makes it size a dense grid of 17 billion
cells), so it runs here under a memory cap and a CPU-time limit set by the parent, and hands back
plain rows as JSON on stdout. It imports nothing of the app; the app imports its pure functions
(``reduce_records``) to treat the tables it reads itself (CSV) the same way.

stdin: a line with the workbook's size in bytes and the workbook's bytes; then a JSON line with,
per sheet name, the cells calamine reads as "" that are not empty (``[row, column, None]`` a
formula with no saved value, ``[row, column, "#N/A"]`` an error value), found by the parent in the
sheet XML while the child parses; then a JSON line per request (below).

stdout: JSON lines: ``{"sheets": [{"name", "visible"}]}``; per sheet ``{"rows": [...]}`` with its
first ``head`` rows and, when it has more, ``{"more": rows}``, after which the child waits for a
request: ``{"rows": true}`` sends the rest in ``{"rows": [...]}`` chunks, ``{"records": spec}``
sends only what a records export needs (``reduce_records``) as ``{"records": {...}}``, and
``{"labels": spec}`` a long table's labels (``group_labels``) as ``{"labels": {...}}``, then
waits for ``{"keep": [labels]}`` and sends the rows still needed as ``{"kept": [...]}``
(``kept_rows``); then ``{"end": name}``. At any point ``{"error": kind, "detail": text}``. An
empty cell is "", a date ``{"d": "2027-03-01"}`` (with its time when it has one), a time or a
duration ``{"t": "…"}``, a formula without a value ``{"f": 1}``, an error value ``{"e": "#N/A"}``.

A records export of 100,000 contacts is mostly dates; sending them all as JSON objects and
decoding them in the app cost twice what calamine's parse does. Its monthly counts are made here
instead, a column at a time, and only the cells that need the app's rules (text, numbers,
marks) and the rows with no date at all go back. Likewise, the rows of a long table whose
label is not imported (most of a CRM's metrics table) come back as one count per label.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import resource
import sys
from collections import Counter
from operator import itemgetter
from typing import Any

CHUNK_ROWS = 2_000


class Marked:
    """A cell calamine reads as "" that is not empty: a formula with no saved value
    (``error`` None) or an error value such as ``#N/A``."""

    __slots__ = ("error",)

    def __init__(self, error: str | None) -> None:
        self.error = error


def _plain(value: Any) -> Any:
    """A value JSON cannot hold (json.dumps calls this for these only)."""
    if isinstance(value, dt.date):  # a datetime too
        return {"d": value.isoformat()}
    if isinstance(value, Marked):
        return {"f": 1} if value.error is None else {"e": value.error}
    return {"t": str(value)}  # a time or a duration


def _line(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message, default=_plain))  # ASCII: the faster encoder path
    sys.stdout.write("\n")


def overlay(rows: list[list[Any]], marks: list[list[Any]]) -> None:
    """Put the marked cells into the rows; a formula without a value may stand below every
    row calamine gave."""
    if not marks:
        return
    last = max(int(mark[0]) for mark in marks)
    rows.extend([] for _ in range(last - len(rows)))
    for row_number, column, error in marks:
        if row_number < 1 or column < 1:
            continue
        row = rows[row_number - 1]
        if len(row) < column:
            row.extend("" for _ in range(column - len(row)))
        if row[column - 1] in ("", None):
            row[column - 1] = Marked(error)


def _blank(value: Any) -> bool:
    return value is None or value == "" or (value.__class__ is str and not value.strip())


def _skip_cells(row: list[Any]) -> list[Any]:
    """What of a row with no date tells whether it is a total or a footer, and its first text:
    its values that are not empty, up to the third and up to the first that is not blank."""
    kept: list[Any] = []
    blank_only = True
    for value in row:
        if value is None or value == "":
            continue
        kept.append(value)
        if value.__class__ is not str or value.strip():
            blank_only = False
        if len(kept) >= 3 and not blank_only:
            break
    return kept


def reduce_records(rows: list[list[Any]], counted: list[int], unmatched: list[int],
                   measures: list[list[int]]) -> dict[str, Any]:
    """What a records export's rows (after its header) give, by position in ``rows``:

    - ``months``: ``[column, year * 100 + month, count, first position]`` for the real dates
      of each counted column;
    - ``events``: in row order, ``[position, 0, measure, [from, to]]`` for a measure's two
      cells, ``[position, 1, column, value]`` for a counted cell that is neither empty nor a
      date, ``[position, 2, -1, cells]`` for a row with no value in any counted or unmatched
      column (``_skip_cells``);
    - ``unmatched``: ``[column, cells not empty]``; ``rows``: how many rows.
    """
    total = len(rows)
    months: list[list[Any]] = []
    events: list[list[Any]] = []
    # The positions with no value so far in the counted and unmatched columns.
    missing: list[int] | range = range(total)
    date_types = (dt.datetime, dt.date)
    width = min(map(len, rows), default=0)
    for column in counted:
        if column < width:
            cells = list(map(itemgetter(column), rows))
        else:
            cells = [row[column] if column < len(row) else None for row in rows]
        keys = [v.year * 100 + v.month if v.__class__ in date_types else None for v in cells]
        counts = Counter(keys)
        not_dates = counts.pop(None, 0)
        if counts:
            # The last pair wins: reversed, that is each key's first position.
            first = dict(zip(reversed(keys), range(total - 1, -1, -1), strict=True))
            months.extend([column, key, count, first[key]] for key, count in counts.items())
        others: list[list[Any]] = []
        if not_dates > cells.count("") + cells.count(None):  # not only dates and empty cells
            others = [[position, 1, column, value] for position, value in enumerate(cells)
                      if keys[position] is None and value is not None and value != ""
                      and (value.__class__ is not str or value.strip())]
            events.extend(others)
        if missing:
            taken = {event[0] for event in others}
            missing = [p for p in missing if keys[p] is None and p not in taken]
    counts_unmatched = []
    for column in unmatched:
        cells = [row[column] if column < len(row) else None for row in rows]
        counts_unmatched.append([column, sum(not _blank(value) for value in cells)])
        if missing:
            missing = [p for p in missing if _blank(cells[p])]
    for number, (start, end) in enumerate(measures):
        events.extend([position, 0, number, [row[start] if start < len(row) else None,
                                             row[end] if end < len(row) else None]]
                      for position, row in enumerate(rows)
                      if start < len(row) and not _blank(row[start]))
    events.extend([position, 2, -1, _skip_cells(rows[position])] for position in missing)
    events.sort(key=itemgetter(0, 1, 2))
    return {"rows": total, "months": months, "events": events, "unmatched": counts_unmatched}


def group_labels(rows: list[list[Any]], label: int,
                 value: int) -> tuple[dict[str, list[int]], bytearray, list[str]]:
    """A long table's rows (after its header) that their label alone decides: those whose
    label cell is text and whose value cell is not empty, by label ``{label: [count, first
    position]}``, with a flag per position for those rows; and the value column's texts (what
    tells its decimal mark)."""
    groups: dict[str, list[int]] = {}
    member = bytearray(len(rows))
    texts: list[str] = []
    for position, row in enumerate(rows):
        width = len(row)
        cell = row[value] if value < width else None
        if cell.__class__ is str:
            if not cell.strip():
                continue
            texts.append(cell)
        elif cell is None:
            continue
        name = row[label] if label < width else None
        if name.__class__ is str and name.strip():
            member[position] = 1
            group = groups.get(name)
            if group is None:
                groups[name] = [1, position]
            else:
                group[0] += 1
    return groups, member, texts


def kept_rows(rows: list[list[Any]], label: int, member: bytearray,
              keep: set[str]) -> list[list[Any]]:
    """``[position, row]`` for the rows in no group and those of the labels in ``keep``."""
    return [[position, row] for position, row in enumerate(rows)
            if not member[position] or row[label] in keep]


def _request() -> dict[str, Any]:
    line = sys.stdin.buffer.readline()
    if not line:
        raise SystemExit(0)  # the app is gone or done with the workbook
    request: dict[str, Any] = json.loads(line)
    return request


def stream(data: bytes, head: int) -> None:
    """The sheet list first, then each sheet's first rows; the rest as the app asks."""
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    sheets = [m for m in book.sheets_metadata if "WorkSheet" in str(m.typ)]
    _line({"sheets": [{"name": m.name, "visible": "Visible" in str(m.visible)
                       and "Hidden" not in str(m.visible)} for m in sheets]})
    sys.stdout.flush()
    marks: dict[str, list[list[Any]]] | None = None
    for metadata in sheets:
        rows = book.get_sheet_by_name(metadata.name).to_python(skip_empty_area=False)
        if marks is None:
            marks = _request()
        overlay(rows, marks.get(metadata.name, []))
        _line({"rows": rows[:head]})
        if len(rows) > head:
            _line({"more": len(rows)})
            sys.stdout.flush()
            request = _request()
            spec = request.get("records")
            labelled = request.get("labels")
            if spec is not None:
                _line({"records": reduce_records(rows[int(spec["after"]):], spec["counted"],
                                                 spec["unmatched"], spec["measures"])})
            elif labelled is not None:
                part = rows[int(labelled["after"]):]
                label = int(labelled["label"])
                groups, member, texts = group_labels(part, label, int(labelled["value"]))
                _line({"labels": {"rows": len(part), "texts": texts, "groups": [
                    [name, count, first] for name, (count, first) in groups.items()]}})
                sys.stdout.flush()
                keep = set(_request().get("keep", []))
                _line({"kept": kept_rows(part, label, member, keep)})
            else:
                for start in range(head, len(rows), CHUNK_ROWS):
                    # Dates go through ``default``: no Python loop over the cells here.
                    _line({"rows": rows[start:start + CHUNK_ROWS]})
        del rows
        _line({"end": metadata.name})
        sys.stdout.flush()


def main() -> int:
    memory, seconds, head = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    size = int(sys.stdin.buffer.readline(32))
    data = sys.stdin.buffer.read(size)
    try:
        stream(data, head)
    except MemoryError:
        _line({"error": "memory", "detail": ""})
    except Exception as exc:
        _line({"error": type(exc).__name__, "detail": (str(exc).splitlines() or [""])[0][:300]})
    return 0


if __name__ == "__main__":
    sys.exit(main())
