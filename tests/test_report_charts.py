"""The report xlsx's charts: openpyxl's own, over the right ranges of the data written."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from slaworkshop.demo import demo_agreement
from slaworkshop.report_xlsx import write_report_xlsx
from slaworkshop.tracking import monthly_report
from tests.meeting_fixture import MEETING_ACTUALS


def series_refs(chart) -> list[tuple[str, str, str]]:
    """(title, values, categories) of each series, as the ranges they refer to."""
    return [(s.tx.strRef.f, s.val.numRef.f, (s.cat.numRef or s.cat.strRef).f)
            for s in chart.series]


def written(tmp_path: Path, **kwargs) -> Path:
    out = tmp_path / "march.xlsx"
    write_report_xlsx(monthly_report(demo_agreement(), MEETING_ACTUALS, "2027-03"), out,
                      **kwargs)
    return out



def test_funnel_sheet_has_bar_charts_over_targets_and_actuals(tmp_path: Path) -> None:
    book = load_workbook(written(tmp_path))
    assert book.sheetnames == ["Report", "Findings", "About", "Funnel", "Months"]
    sheet = book["Funnel"]
    rows = list(sheet.iter_rows(min_row=1, max_row=7, max_col=6, values_only=True))
    assert rows[0] == ("Stage", "Owner", "Month target", "Month actual", "YTD target",
                       "YTD actual")
    assert rows[4] == ("SQL", "Sales", 18, 14, 58, 44)
    month, ytd, rates = sheet._charts
    assert [type(c).__name__ for c in (month, ytd, rates)] == ["BarChart"] * 3
    assert series_refs(month) == [
        ("'Funnel'!C1", "'Funnel'!$C$2:$C$7", "'Funnel'!$A$2:$A$7"),
        ("'Funnel'!D1", "'Funnel'!$D$2:$D$7", "'Funnel'!$A$2:$A$7")]
    assert series_refs(ytd) == [
        ("'Funnel'!E1", "'Funnel'!$E$2:$E$7", "'Funnel'!$A$2:$A$7"),
        ("'Funnel'!F1", "'Funnel'!$F$2:$F$7", "'Funnel'!$A$2:$A$7")]
    # Horizontal bars, the first stage on top, volumes on a log axis.
    assert month.type == "bar" and month.x_axis.scaling.orientation == "maxMin"
    assert month.y_axis.scaling.logBase == 10
    assert [r.f for r in (s.val.numRef for s in rates.series)] == [
        "'Funnel'!$B$10:$B$14", "'Funnel'!$C$10:$C$14", "'Funnel'!$D$10:$D$14"]
    conversions = {row[0]: row[1:5] for row in sheet.iter_rows(min_row=10, max_row=14,
                                                               values_only=True)}
    assert conversions["MQL → SQL"] == (0.5, 0.3784, 0.3697, "leak")
    assert conversions["Leads → MQL"][3] is None
    texts = [c.value for c in sheet["A"] if isinstance(c.value, str)]
    assert ("MQL → SQL at 38 % against 50 %: the handoff from Marketing's MQL to Sales' SQL; "
            "14 SQL short year to date.") in texts


def test_months_sheet_has_a_line_chart_per_kpi(tmp_path: Path) -> None:
    sheet = load_workbook(written(tmp_path))["Months"]
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["Month", "Visits target", "Visits actual", "Leads target",
                          "Leads actual"]
    assert [c.value for c in sheet["A"]][1:] == ["2027-01", "2027-02", "2027-03"]
    charts = sheet._charts
    assert len(charts) == 14 and {type(c).__name__ for c in charts} == {"LineChart"}
    column = header.index("SQL target") + 1
    sql = charts[3]
    letters = [chr(ord("A") + column - 1), chr(ord("A") + column)]
    assert series_refs(sql) == [
        (f"'Months'!{letter}1", f"'Months'!${letter}$2:${letter}$4", "'Months'!$A$2:$A$4")
        for letter in letters]
    assert [sheet.cell(row, column + 1).value for row in (2, 3, 4)] == [16, 14, 14]
    assert [sheet.cell(row, column).value for row in (2, 3, 4)] == [20, 20, 18]


def test_chart_texts_are_translated_by_the_caller(tmp_path: Path) -> None:
    book = load_workbook(written(tmp_path, translate=lambda text: f"<{text}>",
                                 leak_sentence=lambda leak: f"leak at {leak.handoff.kpi}"))
    assert "<Funnel>" in book.sheetnames and "<Months>" in book.sheetnames
    sheet = book["<Funnel>"]
    assert sheet["A1"].value == "<Stage>"
    assert "leak at MQL → SQL" in [c.value for c in sheet["A"]]


def test_no_actuals_no_leak_row(tmp_path: Path) -> None:
    out = tmp_path / "empty.xlsx"
    write_report_xlsx(monthly_report(demo_agreement(), {"Visits": {"2027-01": Decimal(1)}},
                                     "2027-01"), out)
    sheet = load_workbook(out)["Funnel"]
    assert [c.value for c in sheet["E"]][9:14] == [None] * 5
    assert len(sheet._charts) == 3
