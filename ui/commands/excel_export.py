"""template, export-actuals: the KPI actuals workbook, in English or Spanish (DESIGN §6, §7).

The workbook's sheet names, headers, labels, units and legend follow ``--lang``; Spanish is
translated with the app's translation file, so the handler starts a QCoreApplication (Qt Core
only, no display) and imports Qt only then. English needs no Qt at all.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from slaworkshop.commands._common import add_agreement_id, add_db_option, open_store
from slaworkshop.commands.excel import write_workbook

LANGUAGES = ("en", "es")


def register(subparsers: Any) -> None:
    template = subparsers.add_parser(
        "template", help="write an empty KPI actuals workbook (.xlsx) to fill in")
    add_db_option(template)
    add_agreement_id(template)
    template.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    _add_lang(template)
    template.set_defaults(func=cmd_template)

    export = subparsers.add_parser(
        "export-actuals", help="write the actuals, targets and attainment to a workbook (.xlsx)")
    add_db_option(export)
    add_agreement_id(export)
    export.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    _add_lang(export)
    export.set_defaults(func=cmd_export)


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, default="en",
                        help="language of the sheet names, headers and labels (default en); "
                             "the importer reads either")


@contextmanager
def workbook_language(language: str) -> Iterator[Callable[[str], str] | None]:
    """The ``translate`` function for the workbook writer in ``language`` (None: English)."""
    if language == "en":
        yield None
        return
    from PySide6.QtCore import QCoreApplication

    from ui.document.export import in_language

    app = QCoreApplication.instance() or QCoreApplication(["slaworkshop"])
    with in_language(language):
        yield lambda text: QCoreApplication.translate("excel_workbook", text)
    del app


def cmd_template(args: argparse.Namespace) -> int:
    from slaworkshop.excel.writer import write_template

    with open_store(args, read_only=True) as store:
        agreement = store.load(args.id)
    with workbook_language(getattr(args, "lang", None) or "en") as translate:
        write_workbook(args.out,
                       lambda target: write_template(agreement, target, translate=translate))
    print(args.out)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from slaworkshop.excel.writer import write_export

    with open_store(args, read_only=True) as store:
        agreement = store.load(args.id)
        actuals = store.actuals(args.id)
    with workbook_language(getattr(args, "lang", None) or "en") as translate:
        write_workbook(args.out, lambda target: write_export(agreement, actuals, target,
                                                            translate=translate))
    print(args.out)
    return 0
