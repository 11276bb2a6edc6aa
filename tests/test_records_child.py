"""A records export read from a workbook: the child process counts its dates per month and
sends back only what needs the app's rules; the result is the same as reading every row here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from slaworkshop.demo import demo_agreement
from slaworkshop.excel import sources
from slaworkshop.excel.calamine_child import reduce_records
from slaworkshop.excel.reader import ImportPreview, preview_import

HEADER = ["Record ID", "Email", "Became a Lead Date", "Became a Marketing Qualified Lead Date",
          "Became a Sales Qualified Lead Date", "Became an Opportunity Date", "Last Contacted"]
MEASURE = {"Hours to first contact": ("Became a Sales Qualified Lead Date", "Last Contacted")}


def contacts_book(path: Path) -> Path:
    """A Salesforce-style report: a title block, 240 contacts, a totals row and a footer.

    Contacts 0-199: lead on 1-20 March 2027 at 09:00 (real dates); every 4th an MQL three
    days later, every 10th an SQL on 25 March 10:00 contacted 6 hours later, every 50th an
    opportunity. Contacts 200-229: leads as text, "2027-04-02 11:00". Contacts 230-234: leads
    in December 2026 (before the period). Then the cells that need the app's rules: a bad text
    date, a number, a blank text, a formula with no saved value and an error value.
    """
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Report"
    sheet.append(["Contacts by lifecycle"])
    sheet.append(["Generated 2027-04-05"])
    sheet.append([])
    sheet.append(HEADER)
    for n in range(200):
        lead = dt.datetime(2027, 3, 1 + n % 20, 9, 0)
        mql = lead + dt.timedelta(days=3) if n % 4 == 0 else None
        sql = dt.datetime(2027, 3, 25, 10, 0) if n % 10 == 0 else None
        contacted = sql + dt.timedelta(hours=6) if sql else None
        opportunity = dt.datetime(2027, 3, 26) if n % 50 == 0 else None
        sheet.append([n + 1, f"c{n}@example.com", lead, mql, sql, opportunity, contacted])
    for n in range(200, 230):
        sheet.append([n + 1, f"c{n}@example.com", "2027-04-02 11:00"])
    for n in range(230, 235):
        sheet.append([n + 1, f"c{n}@example.com", dt.datetime(2026, 12, 5)])
    sheet.append([236, "bad@example.com", "2027-02-30"])          # row 240
    sheet.append([237, "number@example.com", 45000])              # row 241
    sheet.append([238, "blank@example.com", "   "])               # row 242
    sheet.append([239, "formula@example.com", "=TODAY()"])        # row 243
    sheet.append([240, "error@example.com", "#N/A"])              # row 244
    sheet.append(["Grand Totals (240 records)"])                  # row 245
    sheet.append(["Confidential Information - Do Not Distribute"])  # row 246
    book.save(path)
    return path


def summary(preview: ImportPreview) -> dict[str, Any]:
    return {
        "changes": [(c.kpi, c.month, str(c.new), c.place) for c in preview.changes],
        "ignored": [(i.place, i.label, str(i.reason), i.rows) for i in preview.ignored],
        "errors": [(e.field, str(e.message)) for e in preview.errors],
        "rows": preview.rows_read, "layouts": preview.layouts}


def spy(monkeypatch: pytest.MonkeyPatch, name: str) -> list[Any]:
    """What ``XlsxBook.<name>`` returned, each time it was asked."""
    seen: list[Any] = []
    original = getattr(sources.XlsxBook, name)

    def spied(self: sources.XlsxBook, *args: Any) -> Any:
        found = original(self, *args)
        seen.append(found)
        return found

    monkeypatch.setattr(sources.XlsxBook, name, spied)
    return seen


@pytest.fixture
def reductions(monkeypatch: pytest.MonkeyPatch) -> list[sources.RecordColumns | None]:
    """The child's reductions of a records export (None: the rows were read here)."""
    return spy(monkeypatch, "_records")


def test_the_child_counts_the_records_and_the_app_reads_the_rest(
        tmp_path: Path, reductions: list[sources.RecordColumns | None]) -> None:
    path = contacts_book(tmp_path / "report.xlsx")
    preview = preview_import(path, demo_agreement("en"), {}, measures=MEASURE)
    assert len(reductions) == 1 and reductions[0] is not None  # the child's reduction
    assert reductions[0].rows == 242 and reductions[0].first_row == 5
    assert preview.record_headers == HEADER  # what a response time can be measured between
    got = summary(preview)
    assert got["changes"] == [
        ("Leads", "2027-03", "200", "Report!C5"), ("Leads", "2027-04", "30", "Report!C205"),
        ("MQL", "2027-03", "50", "Report!D5"), ("SQL", "2027-03", "20", "Report!E5"),
        ("Hours to first contact", "2027-03", "6", "Report!E5")]
    assert got["errors"] == [
        ("Report!C240", '"2027-02-30" is not a date'),
        ("Report!C241", '"45000" is not a date'),
        ("Report!C243", "a formula with no saved value; open the file in Excel or LibreOffice, "
                        "let it calculate, and save it again"),
        ("Report!C244", '"#N/A" is not a date')]
    # The blank text (row 242) is an empty cell; the totals row and the footer come first,
    # as the ignored rows are listed in the order they are first seen, the counts at the end.
    assert got["ignored"] == [
        ("Report!A245", "Grand Totals (240 records)", "a totals row", 1),
        ("Report!A246", "Confidential Information - Do Not Distribute",
         "a footer line (confidentiality, copyright or report notes)", 1),
        ("Report!C4", "Became a Lead Date", "dated outside the agreement's period", 5),
        ("Report!F4", "Opportunity", "not a KPI of this agreement", 4)]
    assert got["rows"] == 242


def test_the_same_preview_as_reading_every_row(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        reductions: list[sources.RecordColumns | None]) -> None:
    path = contacts_book(tmp_path / "report.xlsx")
    agreement = demo_agreement("en")
    by_child = summary(preview_import(path, agreement, {}, measures=MEASURE))
    monkeypatch.setattr(sources, "HEAD_ROWS", 100_000)  # the child sends every row
    by_rows = summary(preview_import(path, agreement, {}, measures=MEASURE))
    assert reductions[0] is not None and reductions[1] is None
    assert by_child == by_rows


def test_two_big_record_sheets_each_counted_by_the_child(
        tmp_path: Path, reductions: list[sources.RecordColumns | None]) -> None:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "Contacts"
    second = book.create_sheet("More contacts")
    for sheet, day, count in ((first, 3, 70), (second, 4, 90)):
        sheet.append(["Record ID", "Became a Lead Date"])
        for n in range(count):
            sheet.append([n, dt.datetime(2027, day, 10)])
    path = tmp_path / "two.xlsx"
    book.save(path)
    preview = preview_import(path, demo_agreement("en"), {})
    assert [r is not None for r in reductions] == [True, True]
    assert summary(preview)["changes"] == [("Leads", "2027-03", "70", "Contacts!B2"),
                                           ("Leads", "2027-04", "90", "'More contacts'!B2")]


def long_book(path: Path) -> Path:
    """A CRM metrics table of 128 rows, most for metrics the agreement does not have."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Datos"
    sheet.append(["Month", "KPI", "Value"])
    for n in range(120):                                       # rows 2-121
        sheet.append([f"2027-{n % 12 + 1:02d}", f"Campaign metric {n % 7}", f"{n}.250,5"])
    sheet.append(["2027-05", "Leads", "1.234"])                 # row 122: 1234 by the column
    sheet.append(["2027-06", "Leads", "=B1*2"])                 # row 123
    sheet.append(["2027-07", "  campaign metric 3 ", 5])       # row 124: the same metric
    sheet.append(["2027-08", "Campaign metric 9", None])       # row 125: no value
    sheet.append(["2027-09", "Leads to MQL", "12 %"])           # row 126: a conversion
    sheet.append([None, None, 17])                             # row 127: no name
    sheet.append(["Total", None, None])                        # row 128
    sheet.append([None, "Grand total", None])                  # row 129: a total, no value
    sheet.append(["Total", None, 500])                         # row 130: a total, no name
    book.save(path)
    return path


@pytest.fixture
def groupings(monkeypatch: pytest.MonkeyPatch) -> list[sources.LabelledRows | None]:
    """The child's groupings of a long table by label (None: the rows were read here)."""
    return spy(monkeypatch, "_labelled")


def test_a_long_table_past_the_head_comes_grouped_by_label(
        tmp_path: Path, groupings: list[sources.LabelledRows | None]) -> None:
    path = long_book(tmp_path / "long.xlsx")
    got = summary(preview_import(path, demo_agreement("en"), {}))
    # The 7 metrics, row 124 and the conversion: a count each.
    assert groupings[0] is not None and len(groupings[0].groups) == 9
    assert got["rows"] == 129
    # "1.234" reads as 1234: the other texts of the column, in rows not imported, have a
    # decimal comma.
    assert got["changes"] == [("Leads", "2027-05", "1234", "Datos!C122")]
    assert got["errors"] == [
        ("Datos!C123", "a formula with no saved value; open the file in Excel or LibreOffice, "
                       "let it calculate, and save it again"),
        ("Datos!B127", "a value with no KPI name")]
    assert [(i[0], i[1], i[3]) for i in got["ignored"]] == [
        ("Datos!B2", "Campaign metric 0", 18), ("Datos!B3", "Campaign metric 1", 17),
        ("Datos!B4", "Campaign metric 2", 17), ("Datos!B5", "Campaign metric 3", 18),
        ("Datos!B6", "Campaign metric 4", 17), ("Datos!B7", "Campaign metric 5", 17),
        ("Datos!B8", "Campaign metric 6", 17), ("Datos!B125", "Campaign metric 9", 1),
        ("Datos!B126", "Leads to MQL", 1), ("Datos!A128", "Total", 2),
        ("Datos!A129", "Grand total", 1)]
    assert {i[2] for i in got["ignored"][-2:]} == {"a totals row"}


def test_a_long_table_reads_the_same_grouped_or_row_by_row(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        groupings: list[sources.LabelledRows | None]) -> None:
    path = long_book(tmp_path / "long.xlsx")
    agreement = demo_agreement("en")
    grouped = summary(preview_import(path, agreement, {}))
    monkeypatch.setattr(sources, "HEAD_ROWS", 100_000)
    whole = summary(preview_import(path, agreement, {}))
    assert groupings[0] is not None and groupings[1] is None
    assert grouped == whole
    csv_path = tmp_path / "long.csv"
    book = openpyxl.load_workbook(path)
    lines = [",".join("" if v is None else f'"{v}"' for v in row)
             for row in book.active.iter_rows(values_only=True)]  # type: ignore[union-attr]
    csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    from_csv = summary(preview_import(csv_path, agreement, {}))
    assert [c[:3] for c in from_csv["changes"]] == [c[:3] for c in grouped["changes"]]
    assert [i[1:] for i in from_csv["ignored"]] == [i[1:] for i in grouped["ignored"]]


def test_reduce_records_by_column_and_position() -> None:
    march, april = dt.datetime(2027, 3, 9, 8), dt.date(2027, 4, 1)
    rows: list[list[Any]] = [
        [1, march, "", march],
        [2, april, "2027-03-02", ""],
        [3, "", "  ", ""],                       # nothing dated: its cells go back
        [4, march, 7, "x"],
        ["Total", None, None],                  # short row: the missing cells are empty
    ]
    found = reduce_records(rows, [1, 2], [3], [[1, 3]])
    assert found["rows"] == 5
    assert sorted(found["months"]) == [[1, 202703, 2, 0], [1, 202704, 1, 1]]
    assert found["unmatched"] == [[3, 2]]
    assert found["events"] == [
        [0, 0, 0, [march, march]], [1, 0, 0, [april, ""]], [1, 1, 2, "2027-03-02"],
        [2, 2, -1, [3, "  "]], [3, 0, 0, [march, "x"]], [3, 1, 2, 7], [4, 2, -1, ["Total"]]]


def test_reduce_records_reads_short_rows_and_text_only_rows() -> None:
    rows: list[list[Any]] = [
        [1, dt.date(2027, 3, 1), "", "", "", "x"],
        [2],                                    # shorter than every counted column
        [3, "", "", "", "", "2027-03-05"],      # only a text date: not a row without value
        [4, "", "", "", "", ""],
    ]
    found = reduce_records(rows, [1, 5], [], [])
    assert found["events"] == [[0, 1, 5, "x"], [1, 2, -1, [2]], [2, 1, 5, "2027-03-05"],
                               [3, 2, -1, [4]]]
    assert found["months"] == [[1, 202703, 1, 0]]


def test_skip_cells_keeps_up_to_the_third_value_and_the_first_text() -> None:
    from slaworkshop.excel.calamine_child import _skip_cells

    assert _skip_cells([None, 1, "", 2, 3, 4]) == [1, 2, 3]
    assert _skip_cells(["  ", " ", "\t", "", "Total", "more"]) == ["  ", " ", "\t", "Total"]


def test_overlay_puts_marks_where_calamine_read_nothing() -> None:
    from slaworkshop.excel.calamine_child import Marked, overlay

    hostile: list[list[Any]] = [["a", ""], ["b", "", ""]]
    overlay(hostile, [[0, 2, None], [1, 0, None], [-1, -1, None]])  # no such cells
    assert hostile == [["a", ""], ["b", "", ""]]
    rows: list[list[Any]] = [["a", ""], ["b"]]
    overlay(rows, [[1, 2, None], [1, 1, "#N/A"], [2, 3, "#REF!"], [4, 1, None]])
    assert [[(c.error if isinstance(c, Marked) else c) for c in row] for row in rows] == [
        ["a", None], ["b", "", "#REF!"], [], [None]]
    assert isinstance(rows[0][1], Marked) and isinstance(rows[3][0], Marked)
    assert len(rows) == 4


def test_cancel_while_the_child_counts_ends_it(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from slaworkshop.excel.reader import Cancelled, ReadControl

    path = contacts_book(tmp_path / "report.xlsx")
    control = ReadControl()
    books: list[sources.XlsxBook] = []
    original = sources.XlsxBook._can_ask

    def cancel_first(self: sources.XlsxBook, number: int, after_row: int) -> bool:
        books.append(self)
        control.cancel()  # the user presses Cancel as the counting is asked for
        return original(self, number, after_row)

    monkeypatch.setattr(sources.XlsxBook, "_can_ask", cancel_first)
    with pytest.raises(Cancelled):
        preview_import(path, demo_agreement("en"), {}, measures=MEASURE, control=control)
    assert books and books[0].process.returncode is not None  # the child is gone
