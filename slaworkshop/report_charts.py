"""The meeting's pictures in the report xlsx, as the spreadsheet's own charts over the data.

Sheet "Funnel": each stage's target and actual for the month and the year to date, and each
conversion's agreed and actual rate, with bar charts over them (the volumes on a logarithmic
axis, as the app's funnel, so small stages stay readable) and the leak named. Sheet "Months":
each KPI's target and actual by month, with a line chart per KPI. Numbers are written as
numbers, text as text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from slaworkshop.dashboard import funnel_against_plan, leak_sentence
from slaworkshop.excel.writer import set_text
from slaworkshop.text import QT_TRANSLATE_NOOP
from slaworkshop.tracking import Aggregation, MonthlyReport, kpi_places, to_decimal

_MARKED = (
    QT_TRANSLATE_NOOP("report_xlsx", "Funnel"),
    QT_TRANSLATE_NOOP("report_xlsx", "Months"),
    QT_TRANSLATE_NOOP("report_xlsx", "Owner"),
    QT_TRANSLATE_NOOP("report_xlsx", "Month target"),
    QT_TRANSLATE_NOOP("report_xlsx", "Month actual"),
    QT_TRANSLATE_NOOP("report_xlsx", "YTD target"),
    QT_TRANSLATE_NOOP("report_xlsx", "YTD actual"),
    QT_TRANSLATE_NOOP("report_xlsx", "Conversion"),
    QT_TRANSLATE_NOOP("report_xlsx", "Agreed"),
    QT_TRANSLATE_NOOP("report_xlsx", "Leak"),
    QT_TRANSLATE_NOOP("report_xlsx", "leak"),
    QT_TRANSLATE_NOOP("report_xlsx", "Month"),
    QT_TRANSLATE_NOOP("report_xlsx", "{kpi} target"),
    QT_TRANSLATE_NOOP("report_xlsx", "{kpi} actual"),
    QT_TRANSLATE_NOOP("report_xlsx", "Funnel against the plan, {month}"),
    QT_TRANSLATE_NOOP("report_xlsx", "Funnel against the plan, year to date"),
    QT_TRANSLATE_NOOP("report_xlsx", "Conversion rates against the agreed ones"),
    QT_TRANSLATE_NOOP("report_xlsx", "Where the funnel leaks"),
)

# Characters XML cannot hold (names pasted from elsewhere); cells drop them, so titles do too.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
CHART_WIDTH = 17.0
CHART_HEIGHT = 8.5


def add_report_charts(book: Any, report: MonthlyReport,
                      translate: Callable[[str], str] | None = None,
                      sentence: Callable[[Any], str] | None = None) -> None:
    """Add the "Funnel" and "Months" sheets with their charts to the openpyxl ``book``.

    ``sentence`` writes the leak in the reader's language (English by default)."""
    _ = translate or str
    say = sentence or leak_sentence
    from openpyxl.chart import BarChart, LineChart, Reference
    from openpyxl.styles import Font

    bold = Font(bold=True)
    month = funnel_against_plan(report.tracking, "month")
    ytd = funnel_against_plan(report.tracking, "ytd")
    sheet = book.create_sheet(_("Funnel"))
    headers = ("Stage", "Owner", "Month target", "Month actual", "YTD target", "YTD actual")
    for column, header in enumerate(headers, start=1):
        set_text(sheet.cell(1, column), _(header))
        sheet.cell(1, column).font = bold
    for row, (this, so_far) in enumerate(zip(month.stages, ytd.stages, strict=True), start=2):
        set_text(sheet.cell(row, 1), this.stage)
        set_text(sheet.cell(row, 2), this.owner)
        for column, value in enumerate((this.target, this.actual, so_far.target,
                                        so_far.actual), start=3):
            sheet.cell(row, column).value = to_decimal(value, 2)
    last = 1 + len(month.stages)
    first_rate = last + 3
    rate_headers = ("Conversion", "Agreed", "Month actual", "YTD actual", "Leak")
    for column, header in enumerate(rate_headers, start=1):
        set_text(sheet.cell(first_rate - 1, column), _(header))
        sheet.cell(first_rate - 1, column).font = bold
    leaks = {funnel.leak.index for funnel in (month, ytd) if funnel.leak is not None}
    for offset, (handoff, handoff_ytd) in enumerate(zip(month.handoffs, ytd.handoffs,
                                                          strict=True)):
        row = first_rate + offset
        set_text(sheet.cell(row, 1), handoff.kpi)
        for column, value in enumerate((handoff.agreed, handoff.actual, handoff_ytd.actual),
                                       start=2):
            cell = sheet.cell(row, column)
            cell.value = to_decimal(value, 4)
            cell.number_format = "0.0%"
        if offset in leaks:
            set_text(sheet.cell(row, 5), _("leak"))
    last_rate = first_rate + len(month.handoffs) - 1
    words_row = last_rate + 2
    set_text(sheet.cell(words_row, 1), _("Where the funnel leaks"))
    sheet.cell(words_row, 1).font = bold
    for offset, funnel in enumerate((month, ytd), start=1):
        if funnel.leak is not None:
            set_text(sheet.cell(words_row + offset, 1), say(funnel.leak))
    sheet.column_dimensions["A"].width = 24
    for letter in "BCDEF":
        sheet.column_dimensions[letter].width = 13

    stages = Reference(sheet, min_col=1, min_row=2, max_row=last)
    for index, (title, columns) in enumerate((
            (_("Funnel against the plan, {month}").format(month=report.month), (3, 4)),
            (_("Funnel against the plan, year to date"), (5, 6)))):
        chart = BarChart()
        chart.type = "bar"
        chart.title = _ILLEGAL.sub("", title)
        for column in columns:
            chart.add_data(Reference(sheet, min_col=column, min_row=1, max_row=last),
                           titles_from_data=True)
        chart.set_categories(stages)
        # The first stage on top, as in the funnel; a log axis keeps the small stages visible.
        chart.x_axis.scaling.orientation = "maxMin"
        chart.y_axis.scaling.logBase = 10
        chart.width, chart.height = CHART_WIDTH, CHART_HEIGHT
        sheet.add_chart(chart, f"H{1 + index * 18}")
    rates = BarChart()
    rates.type = "col"
    rates.title = _ILLEGAL.sub("", _("Conversion rates against the agreed ones"))
    for column in (2, 3, 4):
        rates.add_data(Reference(sheet, min_col=column, min_row=first_rate - 1,
                                 max_row=last_rate), titles_from_data=True)
    rates.set_categories(Reference(sheet, min_col=1, min_row=first_rate, max_row=last_rate))
    rates.y_axis.number_format = "0%"
    rates.width, rates.height = CHART_WIDTH, CHART_HEIGHT
    sheet.add_chart(rates, "H37")

    months_sheet = book.create_sheet(_("Months"))
    closed = [m for m in report.agreement.month_list if m <= report.month]
    set_text(months_sheet.cell(1, 1), _("Month"))
    months_sheet.cell(1, 1).font = bold
    for row, name in enumerate(closed, start=2):
        set_text(months_sheet.cell(row, 1), name)
    categories = Reference(months_sheet, min_col=1, min_row=2, max_row=1 + len(closed))
    column = 2
    for index, track in enumerate(report.tracking.kpis):
        places = kpi_places(track)
        set_text(months_sheet.cell(1, column), _("{kpi} target").format(kpi=track.name))
        set_text(months_sheet.cell(1, column + 1), _("{kpi} actual").format(kpi=track.name))
        for row, name in enumerate(closed, start=2):
            figure = track.month(name)
            for offset, value in enumerate((figure.target, figure.actual) if figure else ()):
                cell = months_sheet.cell(row, column + offset)
                cell.value = to_decimal(value, places)
                if track.aggregation is Aggregation.RATIO:
                    cell.number_format = "0.0%"
        chart = LineChart()
        chart.title = _ILLEGAL.sub("", track.name)
        chart.add_data(Reference(months_sheet, min_col=column, max_col=column + 1, min_row=1,
                                 max_row=1 + len(closed)), titles_from_data=True)
        chart.set_categories(categories)
        if track.aggregation is Aggregation.RATIO:
            chart.y_axis.number_format = "0%"
        chart.width, chart.height = 12.0, 6.5
        anchor_row = 1 + (len(closed) + 2) + (index // 2) * 14
        anchor_col = "B" if index % 2 == 0 else "J"
        months_sheet.add_chart(chart, f"{anchor_col}{anchor_row}")
        months_sheet.column_dimensions[_column_letter(column)].width = 14
        months_sheet.column_dimensions[_column_letter(column + 1)].width = 14
        column += 2


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index))
