"""Export a stored revision as PDF or DOCX, writing the file only when it is complete."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from slaworkshop.store import Store
from ui.document.content import build_content

FORMATS = (".pdf", ".docx")
RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"
# Where the app's .qm files are shipped (resources/i18n/slaworkshop_es.qm).
TRANSLATION_FOLDERS = (RESOURCES / "i18n", RESOURCES / "translations")


class ExportError(Exception):
    """The document could not be written; the message says why."""


def install_language(language: str) -> QTranslator | None:
    """Install the language's translation, when one is shipped; numbers and dates follow
    ``document_locale`` inside the document itself."""
    translator = QTranslator()
    for folder in TRANSLATION_FOLDERS:
        for path in sorted(folder.glob(f"*_{language}.qm")):
            if translator.load(str(path)):
                QCoreApplication.installTranslator(translator)
                return translator
    return None


@contextmanager
def in_language(language: str) -> Iterator[None]:
    """The app's translation for ``language`` installed while the block runs (a Qt
    application must exist)."""
    translator = install_language(language)
    try:
        yield
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)


def gui_application() -> QCoreApplication:
    """A GUI application for fonts and painting; offscreen when there is no display."""
    if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["slaworkshop"])


def export_agreement(store: Store, agreement_id: int, out: Path, language: str = "en") -> int:
    """Write the agreement to ``out`` (.pdf or .docx); returns the number of pages (PDF) or 0.

    The file appears only when complete: it is written next to ``out`` and renamed.
    """
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"{out}: the file name must end in .pdf or .docx")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{out}: the folder {folder} does not exist")
    content = build_content(store, agreement_id, language)
    handle, temporary = tempfile.mkstemp(prefix=".export-", suffix=suffix, dir=folder)
    os.close(handle)
    temp_path = Path(temporary)
    try:
        if suffix == ".pdf":
            from ui.document.pdf import write_pdf

            pages = write_pdf(content, temp_path)
            if temp_path.stat().st_size == 0:
                raise ExportError(f"{out}: the PDF could not be written")
        else:
            from ui.document.docx_writer import write_docx

            write_docx(content, temp_path)
            pages = 0
        # mkstemp makes the file owner-only; give it the permissions any saved file gets, so
        # colleagues on a shared drive can open it.
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temp_path, 0o666 & ~mask)
        os.replace(temp_path, out)
    except OSError as exc:
        raise ExportError(f"{out}: cannot be written ({exc.strerror or exc})") from None
    finally:
        if temp_path.exists():
            temp_path.unlink()
    return pages
