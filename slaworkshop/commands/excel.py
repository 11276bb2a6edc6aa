"""import-actuals: KPI actuals from a workbook (DESIGN §6, §7).

``template`` and ``export-actuals`` write workbooks in English or Spanish, which needs Qt's
translator: they live in ``ui.commands.excel_export`` and use ``write_workbook`` from here.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from slaworkshop.cli import Refused, Rejected
from slaworkshop.commands._common import add_agreement_id, add_db_option, open_store, print_json


def register(subparsers: Any) -> None:
    importer = subparsers.add_parser(
        "import-actuals", help="import KPI actuals from a workbook (.xlsx); any error means "
                               "nothing is written")
    add_db_option(importer)
    add_agreement_id(importer)
    importer.add_argument("file", metavar="FILE.xlsx", help="the workbook to read")
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


def cmd_import(args: argparse.Namespace) -> int:
    from slaworkshop.excel.reader import Status, apply_preview, preview_import

    with open_store(args, read_only=args.dry_run) as store:
        agreement = store.load(args.id)
        preview = preview_import(args.file, agreement, store.actuals(args.id))
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
        for change in preview.changes:
            if change.status is Status.CHANGED:
                print(f"  changed  {change.kpi} {change.month}: {change.old} → {change.new}")
            elif change.status is Status.NEW:
                print(f"  new      {change.kpi} {change.month}: {change.new}")
        for ignored in preview.ignored:
            rows = f" ({ignored.rows} rows)" if ignored.rows > 1 else ""
            print(f"  ignored  {ignored.place} “{ignored.label}”{rows}: {ignored.reason}")
        for note in preview.notes:
            print(f"  note: {note}")
    if not preview.ok:
        raise Rejected(*(str(problem) for problem in preview.errors))
    return 0
