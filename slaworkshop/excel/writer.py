"""Writing the KPI actuals workbook: the template to fill in, and the full export.

Sheets: Actuals (KPIs in rows with their owner and unit, months in columns as real dates),
Targets (the same shape), Attainment (actual against target with traffic-light colours) and
About (agreement, revision, fingerprint when signed, when it was made, the traffic-light
legend).

Sheet names, headers, labels and units are English unless a ``translate`` function is given:
the texts are marked ``QT_TRANSLATE_NOOP("excel_workbook", …)`` and the Qt side passes
``QCoreApplication.translate`` with the chosen language's translator installed (the core cannot
translate). Months stay real dates, shown ``mmm yyyy`` in the reader's own Excel language.

User text (titles, parties, KPI names) is always written as text, never as a formula, even when
it starts with ``=``, ``+``, ``-`` or ``@``. The file is written to a temporary file next to the
target and then moved over it, so a failure never leaves half a workbook behind.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Callable, Mapping
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from pathlib import Path
from typing import Any

from slaworkshop import __version__
from slaworkshop.model import Agreement, Direction, Kpi, KpiKind, Unit, ValidationError
from slaworkshop.periods import parse_month
from slaworkshop.text import QT_TRANSLATE_NOOP
from slaworkshop.tracking import attainment, light

CONTEXT = "excel_workbook"
Translate = Callable[[str], str]
ACTUALS_SHEET = QT_TRANSLATE_NOOP("excel_workbook", "Actuals")
TARGETS_SHEET = QT_TRANSLATE_NOOP("excel_workbook", "Targets")
ATTAINMENT_SHEET = QT_TRANSLATE_NOOP("excel_workbook", "Attainment")
ABOUT_SHEET = QT_TRANSLATE_NOOP("excel_workbook", "About")
FIRST_MONTH_COLUMN = 4  # A: KPI, B: owner, C: unit; months from D
MONTH_FORMAT = "mmm yyyy"
NUMBER_FORMATS = {
    Unit.COUNT: "#,##0",
    Unit.CURRENCY: "#,##0.00",
    Unit.PERCENT: "0.0#",
    Unit.HOURS: "0.0#",
    Unit.DAYS: "0.0#",
}
UNIT_LABELS = {Unit.COUNT: QT_TRANSLATE_NOOP("excel_workbook", "count"), Unit.PERCENT: "%",
               Unit.CURRENCY: QT_TRANSLATE_NOOP("excel_workbook", "currency"),
               Unit.HOURS: QT_TRANSLATE_NOOP("excel_workbook", "hours"),
               Unit.DAYS: QT_TRANSLATE_NOOP("excel_workbook", "days")}
KPI_HEADER = QT_TRANSLATE_NOOP("excel_workbook", "KPI")
OWNER_HEADER = QT_TRANSLATE_NOOP("excel_workbook", "Owner")
UNIT_HEADER = QT_TRANSLATE_NOOP("excel_workbook", "Unit")
BETTER_HEADER = QT_TRANSLATE_NOOP("excel_workbook", "Better when")
# The agreement's status as the About sheet writes it.
STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("excel_workbook", "draft"),
    "signed": QT_TRANSLATE_NOOP("excel_workbook", "signed"),
    "superseded": QT_TRANSLATE_NOOP("excel_workbook", "superseded"),
}
GREEN = ("C6EFCE", "006100")
AMBER = ("FFEB9C", "9C5700")
RED = ("FFC7CE", "9C0006")
HEADER_FILL = "DDE4EE"
# Characters XML 1.0 cannot hold; openpyxl refuses them, so they are dropped from user text.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_FORMULA_STARTS = ("=", "+", "-", "@")


def _same(text: str) -> str:
    return text


def _quote_sheet(title: str) -> str:
    """A sheet name as a formula reference writes it (quoted when it has spaces or accents)."""
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", title):
        return title
    return "'" + title.replace("'", "''") + "'"


def _percent(value: Decimal) -> str:
    return f"{format((value * 100).normalize(), 'f')} %"


class WorkbookKind(StrEnum):
    TEMPLATE = "template"
    EXPORT = "export"


def importable_kpis(agreement: Agreement) -> list[Kpi]:
    """The KPIs whose actuals are imported: volumes and custom KPIs (conversions are derived)."""
    return [k for k in agreement.kpis() if k.kind is not KpiKind.CONVERSION]


def monthly_targets(agreement: Agreement) -> dict[str, list[Decimal | None]]:
    """Each importable KPI's target per month (None: no target that month)."""
    from slaworkshop.plan import plan_for

    result: dict[str, list[Decimal | None]] = {}
    try:
        plan = plan_for(agreement)
    except ValidationError:
        plan = None
    for kpi in importable_kpis(agreement):
        if kpi.kind is KpiKind.VOLUME:
            stage = plan.stage(kpi.stage or kpi.name) if plan is not None else None
            result[kpi.name] = ([Decimal(v) for v in stage.monthly] if stage is not None
                                else [None] * agreement.months)
        else:
            targets: list[Decimal | None] = list(kpi.targets)
            if not targets and plan is not None:
                targets = budget_targets(agreement, plan, kpi)
            result[kpi.name] = targets or [None] * agreement.months
    return result


def budget_targets(agreement: Agreement, plan: Any, kpi: Kpi) -> list[Decimal | None]:
    """The spend KPI's targets when it has none of its own: the plan's budget, to the cent."""
    from slaworkshop.plan import round_half_away

    if kpi.name != agreement.spend_kpi or plan.budget is None:
        return []
    return [round_half_away(month, 2) for month in plan.budget.monthly]


SEGMENT_TARGETS = QT_TRANSLATE_NOOP("excel_workbook", "Targets by segment")
SEGMENT_ROW = QT_TRANSLATE_NOOP("excel_workbook", "{stage} ({segment})")


def _segment_targets(ws: Any, agreement: Agreement, after_row: int, _: Translate) -> None:
    """Each segment's stage targets below the KPIs, after a blank row and a heading: for
    reading, never imported back (the Targets sheet is not read as actuals)."""
    from openpyxl.styles import Font

    from slaworkshop.plan import plan_for

    try:
        plan = plan_for(agreement)
    except ValidationError:
        return
    if not plan.segments:
        return
    row = after_row + 2
    set_text(ws.cell(row=row, column=1), _(SEGMENT_TARGETS))
    ws.cell(row=row, column=1).font = Font(bold=True)
    for segment in plan.segments:
        for stage in segment.stages:
            row += 1
            set_text(ws.cell(row=row, column=1),
                     _(SEGMENT_ROW).format(stage=stage.name, segment=segment.name))
            set_text(ws.cell(row=row, column=2), stage.owner)
            set_text(ws.cell(row=row, column=3), _(UNIT_LABELS[Unit.COUNT]))
            for offset, value in enumerate(stage.monthly):
                cell = ws.cell(row=row, column=FIRST_MONTH_COLUMN + offset, value=value)
                cell.number_format = NUMBER_FORMATS[Unit.COUNT]


def _month_date(month: str) -> dt.datetime:
    year, number = parse_month(month)
    return dt.datetime(year, number, 1)


def _excel_number(value: Decimal) -> int | Decimal:
    return int(value) if value == value.to_integral_value() else value


def set_text(cell: Any, text: str) -> None:
    """Put user text in a cell as text: never a formula, whatever it starts with."""
    cell.value = _ILLEGAL.sub("", text)
    cell.data_type = "s"
    if cell.value.startswith(_FORMULA_STARTS):
        cell.quotePrefix = True


def _header(ws: Any, labels: list[str], months: list[str]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor=HEADER_FILL)
    for column, label in enumerate(labels, start=1):
        cell = ws.cell(row=1, column=column)
        set_text(cell, label)
        cell.font, cell.fill = bold, fill
    for offset, month in enumerate(months):
        cell = ws.cell(row=1, column=FIRST_MONTH_COLUMN + offset, value=_month_date(month))
        cell.number_format = MONTH_FORMAT
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(horizontal="center")
    ws.freeze_panes = ws.cell(row=2, column=FIRST_MONTH_COLUMN).coordinate


def _widths(ws: Any, kpis: list[Kpi], months: int, _: Translate = _same) -> None:
    from openpyxl.utils import get_column_letter

    widths = {
        "A": min(max([len(_(KPI_HEADER)), *(len(k.name) for k in kpis)]) + 2, 60),
        "B": min(max([len(_(OWNER_HEADER)), *(len(k.owner) for k in kpis)]) + 2, 40),
        "C": max(10, len(_(UNIT_HEADER)) + 2),
    }
    for letter, width in widths.items():
        ws.column_dimensions[letter].width = width
    for offset in range(months):
        ws.column_dimensions[get_column_letter(FIRST_MONTH_COLUMN + offset)].width = 11


def _kpi_columns(ws: Any, row: int, kpi: Kpi, _: Translate) -> None:
    set_text(ws.cell(row=row, column=1), kpi.name)
    set_text(ws.cell(row=row, column=2), kpi.owner)
    set_text(ws.cell(row=row, column=3), _(UNIT_LABELS[kpi.unit]))


def _value_sheet(ws: Any, agreement: Agreement, kpis: list[Kpi],
                 values: Mapping[str, list[Decimal | None]], _: Translate = _same) -> None:
    months = agreement.month_list
    _header(ws, [_(KPI_HEADER), _(OWNER_HEADER), _(UNIT_HEADER)], months)
    for row, kpi in enumerate(kpis, start=2):
        _kpi_columns(ws, row, kpi, _)
        for offset in range(len(months)):
            value = _at(values, kpi.name, offset)
            cell = ws.cell(row=row, column=FIRST_MONTH_COLUMN + offset)
            if value is not None:
                cell.value = _excel_number(value)
            cell.number_format = NUMBER_FORMATS[kpi.unit]
    _widths(ws, kpis, len(months), _)


def _validation(ws: Any, kpis: list[Kpi], months: int, _: Translate = _same) -> None:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    if not kpis:
        return
    rule = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0",
                          allow_blank=True, showErrorMessage=True, errorStyle="stop",
                          errorTitle=_(QT_TRANSLATE_NOOP("excel_workbook",
                                                         "Not a valid actual")),
                          error=_(QT_TRANSLATE_NOOP(
                              "excel_workbook", "Enter a number of 0 or more (leave the cell "
                              "empty when there is no value yet).")))
    last = get_column_letter(FIRST_MONTH_COLUMN + months - 1)
    rule.add(f"{get_column_letter(FIRST_MONTH_COLUMN)}2:{last}{len(kpis) + 1}")
    ws.add_data_validation(rule)


def _attainment_sheet(ws: Any, agreement: Agreement, kpis: list[Kpi],
                      actuals: Mapping[str, list[Decimal | None]],
                      targets: Mapping[str, list[Decimal | None]], live: bool,
                      _: Translate = _same) -> None:
    """Static values and colours in an export; formulas and conditional colours in a template."""
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    months = agreement.month_list
    _header(ws, [_(KPI_HEADER), _(OWNER_HEADER), _(BETTER_HEADER)], months)
    actuals_sheet, targets_sheet = _quote_sheet(_(ACTUALS_SHEET)), _quote_sheet(_(TARGETS_SHEET))
    lower, higher = (_(QT_TRANSLATE_NOOP("excel_workbook", "lower")),
                     _(QT_TRANSLATE_NOOP("excel_workbook", "higher")))
    green, amber = agreement.thresholds.green, agreement.thresholds.amber
    fills = {name: (PatternFill("solid", fgColor=colours[0]), Font(color=colours[1]))
             for name, colours in (("green", GREEN), ("amber", AMBER), ("red", RED))}
    for row, kpi in enumerate(kpis, start=2):
        set_text(ws.cell(row=row, column=1), kpi.name)
        set_text(ws.cell(row=row, column=2), kpi.owner)
        set_text(ws.cell(row=row, column=3),
                 lower if kpi.direction is Direction.LOWER else higher)
        for offset in range(len(months)):
            column = FIRST_MONTH_COLUMN + offset
            cell = ws.cell(row=row, column=column)
            cell.number_format = "0%"
            if live:
                ref = f"{get_column_letter(column)}{row}"
                actual, target = f"{actuals_sheet}!{ref}", f"{targets_sheet}!{ref}"
                if kpi.direction is Direction.LOWER:
                    cell.value = (f'=IF(OR({actual}="",{target}="",N({actual})<=0),"",'
                                  f"{target}/{actual})")
                else:
                    cell.value = (f'=IF(OR({actual}="",{target}="",N({target})<=0),"",'
                                  f"{actual}/{target})")
                continue
            # The same figure and traffic light as the app's tracking and monthly report.
            done, wanted = (_fraction(_at(values, kpi.name, offset))
                            for values in (actuals, targets))
            ratio = attainment(done, wanted, kpi.direction)
            if ratio is not None:
                cell.value = float(ratio)
            colour = light(done, wanted, kpi.direction, agreement.thresholds).value
            if colour in fills:
                cell.fill, cell.font = fills[colour]
    if live and kpis:
        area = (f"{get_column_letter(FIRST_MONTH_COLUMN)}2:"
                f"{get_column_letter(FIRST_MONTH_COLUMN + len(months) - 1)}{len(kpis) + 1}")
        for operator, bounds, status in (
                ("greaterThanOrEqual", [str(green)], "green"),
                ("between", [str(amber), str(green)], "amber"),
                ("lessThan", [str(amber)], "red")):
            fill, font = fills[status]
            ws.conditional_formatting.add(area, CellIsRule(
                operator=operator, formula=bounds, fill=fill, font=font, stopIfTrue=True))
    _widths(ws, kpis, len(months), _)
    ws.column_dimensions["C"].width = max(12, len(_(BETTER_HEADER)) + 2)


def _fraction(value: Decimal | None) -> Fraction | None:
    return None if value is None else Fraction(value)


def _at(values: Mapping[str, list[Decimal | None]], name: str, offset: int) -> Decimal | None:
    row = values.get(name, [])
    return row[offset] if offset < len(row) else None


def _about_sheet(ws: Any, agreement: Agreement, kind: WorkbookKind, now: dt.datetime,
                 _: Translate = _same) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    months = agreement.month_list
    set_text(ws.cell(row=1, column=1),
             _(QT_TRANSLATE_NOOP("excel_workbook", "SLA Workshop: KPI actuals")))
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    status = agreement.status.value
    rows: list[tuple[str, object]] = [
        (_(QT_TRANSLATE_NOOP("excel_workbook", "Agreement")), agreement.title),
        (_(QT_TRANSLATE_NOOP("excel_workbook", "Agreement id")),
         agreement.id if agreement.id is not None else ""),
        (_(QT_TRANSLATE_NOOP("excel_workbook", "Organisation")), agreement.organisation),
        (_(QT_TRANSLATE_NOOP("excel_workbook", "Revision")), agreement.revision),
        (_(QT_TRANSLATE_NOOP("excel_workbook", "Status")),
         _(STATUS_LABELS[status]) if status in STATUS_LABELS else status),
        (_(QT_TRANSLATE_NOOP("excel_workbook", "Period")),
         _(QT_TRANSLATE_NOOP("excel_workbook", "{first} to {last} ({count} months)")).format(
             first=months[0], last=months[-1], count=agreement.months)),
    ]
    if agreement.fingerprint:
        rows.append((_(QT_TRANSLATE_NOOP("excel_workbook", "Fingerprint")),
                     agreement.fingerprint))
    rows += [
        (_(QT_TRANSLATE_NOOP("excel_workbook", "Contents")),
         _(QT_TRANSLATE_NOOP("excel_workbook", "actuals template"))
         if kind is WorkbookKind.TEMPLATE
         else _(QT_TRANSLATE_NOOP("excel_workbook", "actuals export"))),
        (_(QT_TRANSLATE_NOOP("excel_workbook", "Made at (UTC)")),
         now.strftime("%Y-%m-%d %H:%M:%S")),
        (_(QT_TRANSLATE_NOOP("excel_workbook", "Made by")), f"SLA Workshop {__version__}"),
        (_(QT_TRANSLATE_NOOP("excel_workbook", "How to fill in")),
         _(QT_TRANSLATE_NOOP(
             "excel_workbook",
             "Type each KPI's actual value for each month on the {sheet} sheet (numbers of 0 "
             "or more; leave a cell empty when there is no value yet), then import the workbook "
             "with File ▸ Import actuals. Conversion rates are worked out from the volumes."))
         .format(sheet=_(ACTUALS_SHEET))),
    ]
    green, amber = agreement.thresholds.green, agreement.thresholds.amber
    legend = [
        (_(QT_TRANSLATE_NOOP("excel_workbook", "Green")), GREEN,
         _(QT_TRANSLATE_NOOP("excel_workbook", "attainment of {green} or more"))
         .format(green=_percent(green))),
        (_(QT_TRANSLATE_NOOP("excel_workbook", "Amber")), AMBER,
         _(QT_TRANSLATE_NOOP("excel_workbook", "attainment of {amber} to under {green}"))
         .format(amber=_percent(amber), green=_percent(green))),
        (_(QT_TRANSLATE_NOOP("excel_workbook", "Red")), RED,
         _(QT_TRANSLATE_NOOP("excel_workbook", "attainment under {amber}"))
         .format(amber=_percent(amber))),
    ]
    row = 3
    for row, (label, value) in enumerate(rows, start=3):
        label_cell = ws.cell(row=row, column=1)
        set_text(label_cell, label)
        label_cell.font = Font(bold=True)
        cell = ws.cell(row=row, column=2)
        if isinstance(value, str):
            set_text(cell, value)
        else:
            cell.value = value
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
    row += 2
    set_text(ws.cell(row=row, column=1),
             _(QT_TRANSLATE_NOOP("excel_workbook", "Traffic lights ({sheet} sheet)")).format(
                 sheet=_(ATTAINMENT_SHEET)))
    ws.cell(row=row, column=1).font = Font(bold=True)
    for offset, (label, colours, meaning) in enumerate(legend, start=1):
        label_cell = ws.cell(row=row + offset, column=1)
        set_text(label_cell, label)
        label_cell.fill = PatternFill("solid", fgColor=colours[0])
        label_cell.font = Font(bold=True, color=colours[1])
        set_text(ws.cell(row=row + offset, column=2), meaning)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 80


def build_workbook(agreement: Agreement, actuals: Mapping[str, Mapping[str, Decimal]],
                   kind: WorkbookKind, now: dt.datetime | None = None,
                   translate: Translate | None = None) -> Any:
    """The openpyxl workbook of a template (empty Actuals sheet) or an export.

    ``translate`` puts the workbook's own texts (context ``excel_workbook``) in the reader's
    language; English without it.
    """
    from openpyxl import Workbook

    _ = translate or _same
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    kpis = importable_kpis(agreement)
    months = agreement.month_list
    targets = monthly_targets(agreement)
    actual_rows: dict[str, list[Decimal | None]] = {}
    if kind is WorkbookKind.EXPORT:
        actual_rows = {k.name: [actuals.get(k.name, {}).get(m) for m in months] for k in kpis}
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _(ACTUALS_SHEET)
    _value_sheet(sheet, agreement, kpis, actual_rows, _)
    _validation(sheet, kpis, len(months), _)
    targets_sheet = workbook.create_sheet(_(TARGETS_SHEET))
    _value_sheet(targets_sheet, agreement, kpis, targets, _)
    _segment_targets(targets_sheet, agreement, len(kpis) + 1, _)
    _attainment_sheet(workbook.create_sheet(_(ATTAINMENT_SHEET)), agreement, kpis, actual_rows,
                      targets, kind is WorkbookKind.TEMPLATE, _)
    _about_sheet(workbook.create_sheet(_(ABOUT_SHEET)), agreement, kind, now, _)
    workbook.properties.creator = f"SLA Workshop {__version__}"
    workbook.properties.title = _ILLEGAL.sub("", agreement.title)
    return workbook


def save_atomically(workbook: Any, out: str | os.PathLike[str]) -> None:
    """Write to a temporary file beside ``out``, flush it to disk, then replace ``out``."""
    target = Path(out)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                         dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            workbook.save(stream)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private; give it the permissions a new file normally gets.
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_template(agreement: Agreement, out: str | os.PathLike[str],
                   now: dt.datetime | None = None, *, translate: Translate | None = None) -> None:
    save_atomically(build_workbook(agreement, {}, WorkbookKind.TEMPLATE, now, translate), out)


def write_export(agreement: Agreement, actuals: Mapping[str, Mapping[str, Decimal]],
                 out: str | os.PathLike[str], now: dt.datetime | None = None, *,
                 translate: Translate | None = None) -> None:
    save_atomically(build_workbook(agreement, actuals, WorkbookKind.EXPORT, now, translate),
                    out)
