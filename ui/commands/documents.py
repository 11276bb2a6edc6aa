"""export-agreement: the agreement as PDF (Qt) or DOCX (python-docx)."""

from __future__ import annotations

import argparse
import os
import sys
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


def _application() -> Any:
    """A GUI application for fonts and painting; offscreen when there is no display."""
    if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["slaworkshop"])


def cmd_export_agreement(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() not in (".pdf", ".docx"):
        raise Rejected(f"{args.out}: the file name must end in .pdf or .docx")
    with open_store(args, create=False, read_only=True) as store:
        store.load(args.id)  # an unknown id is rejected before Qt starts
        app = _application()
        from ui.document.export import ExportError, export_agreement, install_language

        translator = install_language(args.lang)
        try:
            pages = export_agreement(store, args.id, out, args.lang)
        except ExportError as exc:
            raise Rejected(str(exc)) from None
        finally:
            if translator is not None:
                app.removeTranslator(translator)
    detail = f" ({pages} pages)" if pages else ""
    print(f"Wrote {out}{detail}.")
    return 0
