"""The monthly report as an xlsx workbook (openpyxl, imported only when a report is written).

Sheets: "Report" (one row per KPI, grouped by party: this month's target, actual, attainment and
status, year to date, projected year end, run rate needed, with traffic-light fills), "Findings"
(where each shortfall comes from) and "About" (agreement, revision, fingerprint, month).
Numbers are written as numbers (rounded as shown in the app); text is always written as text, so
a KPI or party name that starts with "=" never becomes a formula.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

from slaworkshop.excel.writer import save_atomically, set_text
from slaworkshop.report_charts import add_report_charts
from slaworkshop.text import QT_TRANSLATE_NOOP
from slaworkshop.tracking import (
    Aggregation,
    KpiTrack,
    Light,
    MonthlyReport,
    RunRateNote,
    budget_track,
    finding_sentence,
    kpi_places,
    to_decimal,
)

FILLS = {Light.GREEN: "C6EFCE", Light.AMBER: "FFEB9C", Light.RED: "FFC7CE"}
HEADERS = (
    QT_TRANSLATE_NOOP("report_xlsx", "Party"),
    QT_TRANSLATE_NOOP("report_xlsx", "KPI"),
    QT_TRANSLATE_NOOP("report_xlsx", "Unit"),
    QT_TRANSLATE_NOOP("report_xlsx", "Target"),
    QT_TRANSLATE_NOOP("report_xlsx", "Actual"),
    QT_TRANSLATE_NOOP("report_xlsx", "Attainment"),
    QT_TRANSLATE_NOOP("report_xlsx", "Status"),
    QT_TRANSLATE_NOOP("report_xlsx", "YTD target"),
    QT_TRANSLATE_NOOP("report_xlsx", "YTD actual"),
    QT_TRANSLATE_NOOP("report_xlsx", "YTD attainment"),
    QT_TRANSLATE_NOOP("report_xlsx", "YTD status"),
    QT_TRANSLATE_NOOP("report_xlsx", "Projected year end"),
    QT_TRANSLATE_NOOP("report_xlsx", "Year target"),
    QT_TRANSLATE_NOOP("report_xlsx", "Run rate needed"),
)
# Texts the workbook writes besides the headers, marked for the translation files.
_MARKED = (
    QT_TRANSLATE_NOOP("report_xlsx", "Report"),
    QT_TRANSLATE_NOOP("report_xlsx", "Findings"),
    QT_TRANSLATE_NOOP("report_xlsx", "About"),
    QT_TRANSLATE_NOOP("report_xlsx", "{title} — monthly report {month}"),
    QT_TRANSLATE_NOOP("report_xlsx", "rate"),
    QT_TRANSLATE_NOOP("report_xlsx", "n/a"),
    QT_TRANSLATE_NOOP("report_xlsx", "Scope"),
    QT_TRANSLATE_NOOP("report_xlsx", "Stage"),
    QT_TRANSLATE_NOOP("report_xlsx", "Owner"),
    QT_TRANSLATE_NOOP("report_xlsx", "Shortfall"),
    QT_TRANSLATE_NOOP("report_xlsx", "Finding"),
    QT_TRANSLATE_NOOP("report_xlsx", "month"),
    QT_TRANSLATE_NOOP("report_xlsx", "year to date"),
    QT_TRANSLATE_NOOP("report_xlsx", "No stage missed its target."),
    QT_TRANSLATE_NOOP("report_xlsx", "Agreement"),
    QT_TRANSLATE_NOOP("report_xlsx", "Organisation"),
    QT_TRANSLATE_NOOP("report_xlsx", "Agreement id"),
    QT_TRANSLATE_NOOP("report_xlsx", "Revision"),
    QT_TRANSLATE_NOOP("report_xlsx", "Report month"),
    QT_TRANSLATE_NOOP("report_xlsx", "Currency"),
    QT_TRANSLATE_NOOP("report_xlsx", "Green at"),
    QT_TRANSLATE_NOOP("report_xlsx", "Amber at"),
    QT_TRANSLATE_NOOP("report_xlsx", "green"),
    QT_TRANSLATE_NOOP("report_xlsx", "amber"),
    QT_TRANSLATE_NOOP("report_xlsx", "red"),
    QT_TRANSLATE_NOOP("report_xlsx", "no data"),
    QT_TRANSLATE_NOOP("report_xlsx", "draft"),
    QT_TRANSLATE_NOOP("report_xlsx", "signed"),
    QT_TRANSLATE_NOOP("report_xlsx", "superseded"),
)


RUN_RATE_NOTES = {
    RunRateNote.OUT_OF_REACH: QT_TRANSLATE_NOOP("report_xlsx", "out of reach"),
    RunRateNote.MET: QT_TRANSLATE_NOOP("report_xlsx", "target met"),
}


def _row(track: KpiTrack, _: Callable[[str], str] = str) -> list[object]:
    places = kpi_places(track)
    current = track.current
    return [
        to_decimal(current.target, places), to_decimal(current.actual, places),
        to_decimal(current.attainment, 4), _(current.status.value),
        to_decimal(track.ytd_target, places), to_decimal(track.ytd_actual, places),
        to_decimal(track.ytd_attainment, 4), _(track.ytd_status.value),
        to_decimal(track.projected, places), to_decimal(track.year_target, places),
        _(RUN_RATE_NOTES[track.run_rate_note]) if track.run_rate_note is not None
        else to_decimal(track.run_rate, places),
    ]


BUDGET_HEADERS = (
    QT_TRANSLATE_NOOP("report_xlsx", "Budget"),
    QT_TRANSLATE_NOOP("report_xlsx", "Month"),
    QT_TRANSLATE_NOOP("report_xlsx", "Spent"),
    QT_TRANSLATE_NOOP("report_xlsx", "Over (+) or under (−) budget"),
    QT_TRANSLATE_NOOP("report_xlsx", "Year to date"),
    QT_TRANSLATE_NOOP("report_xlsx", "Annual budget"),
    QT_TRANSLATE_NOOP("report_xlsx", "Budget left"),
    QT_TRANSLATE_NOOP("report_xlsx", "Spend against budget ({kpi})"),
)


def _budget_sheet(book: Any, report: MonthlyReport, _: Callable[[str], str]) -> None:
    """Spend against budget, month by month, when the agreement names a spend KPI."""
    from openpyxl.styles import Font

    track = budget_track(report.tracking)
    if track is None:
        return
    sheet = book.create_sheet(_("Budget"))
    bold = Font(bold=True)
    set_text(sheet.cell(1, 1), _("Spend against budget ({kpi})").format(kpi=track.kpi))
    sheet.cell(1, 1).font = Font(bold=True, size=14)
    for column, header in enumerate(("Month", "Budget", "Spent",
                                     "Over (+) or under (−) budget"), start=1):
        set_text(sheet.cell(3, column), _(header))
        sheet.cell(3, column).font = bold
    rows = [(m.month, m.budget, m.spent, m.variance) for m in track.months]
    rows.append((_("Year to date"), track.ytd_budget, track.ytd_spent, track.ytd_variance))
    for row, (label, *values) in enumerate(rows, start=4):
        set_text(sheet.cell(row, 1), label)
        for column, value in enumerate(values, start=2):
            cell = sheet.cell(row, column)
            if value is None:
                set_text(cell, _("n/a"))
            else:
                cell.value = to_decimal(value, 2)
                cell.number_format = "#,##0.00"
    sheet.cell(len(rows) + 3, 1).font = bold
    row = len(rows) + 5
    for label, value in (("Annual budget", track.annual), ("Budget left", track.left)):
        set_text(sheet.cell(row, 1), _(label))
        sheet.cell(row, 1).font = bold
        if value is not None:
            sheet.cell(row, 2).value = to_decimal(value, 2)
            sheet.cell(row, 2).number_format = "#,##0.00"
        row += 1
    for letter, width in zip("ABCD", (16, 14, 14, 28), strict=True):
        sheet.column_dimensions[letter].width = width


def write_report_xlsx(report: MonthlyReport, path: str | Path, *,
                      translate: Callable[[str], str] | None = None,
                      sentence: Callable[[Any], str] | None = None,
                      leak_sentence: Callable[[Any], str] | None = None) -> None:
    """Write the report to ``path`` (written to a temporary file first, then moved in place).

    ``translate`` turns the workbook's own English texts (sheet names, headers, labels; context
    ``report_xlsx``) into the reader's language, ``sentence`` writes a finding in it and
    ``leak_sentence`` where the funnel leaks; all English by default (the core cannot
    translate). The "Funnel" and "Months" sheets carry the charts (``report_charts``).
    """
    _ = translate or str
    say = sentence or finding_sentence
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    agreement = report.agreement
    book = Workbook()
    sheet = book.active
    sheet.title = _("Report")
    bold = Font(bold=True)
    set_text(sheet.cell(1, 1), _("{title} — monthly report {month}").format(
        title=agreement.title, month=report.month))
    sheet.cell(1, 1).font = Font(bold=True, size=14)
    for column, header in enumerate(HEADERS, start=1):
        set_text(sheet.cell(3, column), _(header))
        sheet.cell(3, column).font = bold
    row = 4
    for section in report.sections:
        for track in section.kpis:
            set_text(sheet.cell(row, 1), section.party)
            set_text(sheet.cell(row, 2), track.name)
            set_text(sheet.cell(row, 3), _("rate") if track.aggregation is Aggregation.RATIO
                  else track.kpi.unit.value)
            for offset, value in enumerate(_row(track, _)):
                cell = sheet.cell(row, 4 + offset)
                if isinstance(value, str):
                    set_text(cell, value)
                elif value is None:
                    set_text(cell, _("n/a"))
                else:
                    cell.value = value
                    is_rate = track.aggregation is Aggregation.RATIO
                    if "attainment" in HEADERS[3 + offset].lower() or is_rate:
                        cell.number_format = "0.00%"
            for column, status in ((7, track.current.status), (11, track.ytd_status)):
                colour = FILLS.get(status)
                if colour:
                    fill = PatternFill("solid", start_color=colour, end_color=colour)
                    for col in (column - 1, column):
                        sheet.cell(row, col).fill = fill
            row += 1
    widths = [14, 30, 9, 11, 11, 12, 9, 11, 11, 14, 11, 18, 12, 16]
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "C4"

    findings = book.create_sheet(_("Findings"))
    for column, header in enumerate(("Scope", "Stage", "Owner", "Shortfall", "Finding"),
                                    start=1):
        set_text(findings.cell(1, column), _(header))
        findings.cell(1, column).font = bold
    line = 2
    for scope, items in (("month", report.findings), ("year to date", report.ytd_findings)):
        for finding in items:
            set_text(findings.cell(line, 1), _(scope))
            set_text(findings.cell(line, 2), finding.stage)
            set_text(findings.cell(line, 3), finding.owner)
            findings.cell(line, 4).value = to_decimal(finding.shortfall, 4)
            findings.cell(line, 4).number_format = "0%"
            set_text(findings.cell(line, 5), say(finding))
            line += 1
    if line == 2:
        set_text(findings.cell(2, 1), _("No stage missed its target."))
    findings.column_dimensions["E"].width = 110

    _budget_sheet(book, report, _)

    about = book.create_sheet(_("About"))
    for index, (key, value) in enumerate((
            ("Agreement", agreement.title), ("Organisation", agreement.organisation),
            ("Agreement id", str(agreement.id or "")), ("Revision", str(agreement.revision)),
            ("Status", _(agreement.status.value)), ("Fingerprint", agreement.fingerprint or ""),
            ("Report month", report.month), ("Currency", agreement.currency),
            ("Green at", f"{to_decimal(Fraction(agreement.thresholds.green) * 100, 0)} %"),
            ("Amber at", f"{to_decimal(Fraction(agreement.thresholds.amber) * 100, 0)} %")),
            start=1):
        set_text(about.cell(index, 1), _(key))
        about.cell(index, 1).font = bold
        set_text(about.cell(index, 2), value)
    about.column_dimensions["A"].width = 16
    about.column_dimensions["B"].width = 70

    add_report_charts(book, report, _, leak_sentence)
    save_atomically(book, path)
