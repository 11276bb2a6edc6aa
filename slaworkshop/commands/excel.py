"""import-actuals: KPI actuals from a workbook (DESIGN §6, §7).

``template`` and ``export-actuals`` write workbooks in English or Spanish, which needs Qt's
translator: they live in ``ui.commands.excel_export`` and use ``write_workbook`` from here.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from slaworkshop.cli import EXIT_USAGE, CommandError, Refused, Rejected
from slaworkshop.commands._common import add_agreement_id, add_db_option, open_store, print_json


def register(subparsers: Any) -> None:
    importer = subparsers.add_parser(
        "import-actuals", help="import KPI actuals from a workbook (.xlsx) or a CSV export; "
                               "any error means nothing is written")
    add_db_option(importer)
    add_agreement_id(importer)
    importer.add_argument("file", metavar="FILE.xlsx|FILE.csv",
                          help="the workbook or CSV (.csv, .tsv) to read")
    importer.add_argument("--map", action="append", default=[], metavar="LABEL=KPI",
                          help="read a label of the file as this KPI (repeatable); saved as an "
                               "import alias when the import is applied")
    importer.add_argument("--month", action="append", default=[], metavar="YYYY-MM",
                          help="apply only this month's values (repeatable)")
    importer.add_argument("--measure", action="append", default=[],
                          metavar="KPI=FROM->TO",
                          help="a KPI in hours or days measured from two date columns of a "
                               "records export: the average per month (of the FROM date) of "
                               "TO - FROM (repeatable)")
    importer.add_argument("--dry-run", action="store_true",
                          help="show what would change, write nothing")
    importer.add_argument("--json", action="store_true", help="print JSON")
    importer.set_defaults(func=cmd_import)


def write_workbook(out: str, write: Any) -> None:
    """Run ``write(target)`` for the workbook path ``out``, refusing a folder or missing one."""
    target = Path(out)
    if target.is_dir():
        raise Rejected(f"{out}: is a folder; give the name of the workbook to write")
    if not target.parent.exists():
        raise Rejected(f"{out}: the folder {target.parent} does not exist")
    try:
        write(target)
    except OSError as exc:
        raise Refused(f"{out}: cannot be written ({exc.strerror or exc})") from None


class Usage(CommandError):
    def __init__(self, *lines: str) -> None:
        super().__init__(EXIT_USAGE, *lines)


def _mapping(pairs: list[str], kpi_names: list[str]) -> dict[str, str]:
    mapping = {}
    by_key = {name.casefold(): name for name in kpi_names}
    for pair in pairs:
        label, sep, kpi = pair.partition("=")
        if not sep or not label.strip() or not kpi.strip():
            raise Usage(f'--map {pair}: write it as "LABEL=KPI"')
        name = by_key.get(kpi.strip().casefold())
        if name is None:
            raise Usage(f'--map {pair}: "{kpi.strip()}" is not a KPI of this agreement '
                        f"(KPIs: {', '.join(kpi_names)})")
        mapping[label.strip()] = name
    return mapping


def _measures(pairs: list[str], kpi_names: list[str]) -> dict[str, tuple[str, str]]:
    measures = {}
    by_key = {name.casefold(): name for name in kpi_names}
    for pair in pairs:
        kpi, sep, columns = pair.partition("=")
        start, arrow, end = columns.partition("->")
        if not sep or not arrow or not kpi.strip() or not start.strip() or not end.strip():
            raise Usage(f'--measure {pair}: write it as "KPI=FROM COLUMN->TO COLUMN"')
        name = by_key.get(kpi.strip().casefold())
        if name is None:
            raise Usage(f'--measure {pair}: "{kpi.strip()}" is not a KPI of this agreement')
        measures[name] = (start.strip(), end.strip())
    return measures


def cmd_import(args: argparse.Namespace) -> int:
    from slaworkshop.excel.reader import Status, apply_preview, preview_import
    from slaworkshop.periods import is_month

    for month in args.month:
        if not is_month(month):
            raise Usage(f"--month {month}: write the month as YYYY-MM")
    with open_store(args, read_only=args.dry_run) as store:
        agreement = store.load(args.id)
        kpi_names = [k.name for k in agreement.kpis()]
        preview = preview_import(args.file, agreement, store.actuals(args.id),
                                 aliases=store.import_aliases(args.id),
                                 mapping=_mapping(args.map, kpi_names),
                                 months=set(args.month) or None,
                                 measures=_measures(args.measure, kpi_names))
        applied = False
        if preview.ok and not args.dry_run:
            if store.read_only:
                raise Refused(f"{store.path}: {store.read_only_reason}; nothing was changed")
            applied = apply_preview(store, args.id, preview) is not None
    if args.json:
        print_json(preview.to_json(applied))
    else:
        verb = ("Imported" if applied else "Not imported" if not preview.ok
                else "Nothing to change from" if not preview.values() else "Would import")
        print(f"{verb} {preview.file_name}: {preview.new} new, {preview.changed} changed, "
              f"{preview.unchanged} unchanged, {len(preview.ignored)} ignored")
        if preview.layout:
            print(f"  layout: {preview.layout}, {preview.rows_read} rows read")
        for change in preview.changes:
            if change.status is Status.CHANGED:
                down = "  (goes down)" if change.down else ""
                print(f"  changed  {change.kpi} {change.month}: {change.old} → {change.new}"
                      f"{down}")
            elif change.status is Status.NEW:
                print(f"  new      {change.kpi} {change.month}: {change.new}")
        for ignored in preview.ignored:
            rows = f" ({ignored.rows} rows)" if ignored.rows > 1 else ""
            print(f"  ignored  {ignored.place} “{ignored.label}”{rows}: {ignored.reason}")
        for note in preview.notes:
            print(f"  note: {note}")
        if preview.unmatched:
            print("  unmatched: " + ", ".join(f"“{label}”" for label in preview.unmatched)
                  + ' (map them with --map "LABEL=KPI")')
    if not preview.ok:
        raise Rejected(*(str(problem) for problem in preview.errors))
    return 0
