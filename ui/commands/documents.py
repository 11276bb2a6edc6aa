"""export-agreement: the agreement as PDF (Qt) or DOCX (python-docx)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from slaworkshop.cli import Rejected
from slaworkshop.commands._common import add_agreement_id, add_db_option, open_store


def register(subparsers: Any) -> None:
    export = subparsers.add_parser(
        "export-agreement", help="write the agreement as a PDF or DOCX document")
    add_db_option(export)
    add_agreement_id(export)
    export.add_argument("out", metavar="OUT.pdf|OUT.docx", help="the document to write")
    export.add_argument("--lang", choices=("en", "es"), default="en",
                        help="language of the document (default en)")
    export.set_defaults(func=cmd_export_agreement)


def cmd_export_agreement(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() not in (".pdf", ".docx"):
        raise Rejected(f"{args.out}: the file name must end in .pdf or .docx")
    with open_store(args, create=False, read_only=True) as store:
        store.load(args.id)  # an unknown id is rejected before Qt starts
        from ui.document.export import (
            ExportError,
            export_agreement,
            gui_application,
            in_language,
        )

        app = gui_application()
        try:
            with in_language(args.lang):
                pages = export_agreement(store, args.id, out, args.lang)
        except ExportError as exc:
            raise Rejected(str(exc)) from None
        del app
    detail = f" ({pages} pages)" if pages else ""
    print(f"Wrote {out}{detail}.")
    return 0
