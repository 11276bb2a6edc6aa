"""Checks made on a workbook before any XML in it is parsed.

A hostile or broken file must be refused quickly, with a message that says what it is: an empty
or truncated file, a CSV, an old ``.xls``, a ZIP bomb (a small file that expands to gigabytes),
or a machine without defusedxml (which protects the XML parser from entity attacks).
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from slaworkshop.text import QT_TRANSLATE_NOOP, Text

CONTEXT = "excel"

# An .xlsx of KPI actuals is a few hundred KB; these limits leave room for sheets with a few
# hundred thousand rows while refusing files that would take gigabytes to expand.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_PARTS = 2_000
MAX_PART_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
# Sheet XML compresses about 5–30 times; zeros compress about 1000 times.
MAX_RATIO = 200
RATIO_APPLIES_ABOVE = 4 * 1024 * 1024

OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_HEADERS = (b"PK\x03\x04", b"PK\x05\x06")


def excel_text(template: str, **params: Any) -> Text:
    """A message of the Excel import, translatable in the UI (context ``excel``)."""
    return Text(template, params, CONTEXT)


class ExcelFileError(Exception):
    """The workbook cannot be imported; ``place`` is the file, ``message`` says why."""

    def __init__(self, place: str, message: Text) -> None:
        super().__init__(f"{place}: {message}")
        self.place = place
        self.message = message


def require_defusedxml(name: str) -> None:
    """Refuse to read workbooks unless openpyxl parses their XML through defusedxml."""
    import openpyxl.xml
    import openpyxl.xml.functions

    iterparse_module = getattr(openpyxl.xml.functions.iterparse, "__module__", "") or ""
    if not getattr(openpyxl.xml, "DEFUSEDXML", False) or not iterparse_module.startswith(
            "defusedxml"):
        raise ExcelFileError(name, excel_text(QT_TRANSLATE_NOOP(
            "excel", "importing workbooks is turned off because the defusedxml package is not "
            "installed or not in use; without it a hostile workbook could attack the XML parser. "
            "Install it (pip install defusedxml) and start again")))


def sniff(name: str, data: bytes) -> None:
    """Refuse what is plainly not an .xlsx workbook, saying what it is instead."""
    if not data:
        raise ExcelFileError(name, excel_text(QT_TRANSLATE_NOOP(
            "excel", "the file is empty (0 bytes), not an Excel workbook")))
    if data.startswith(OLE_HEADER):
        raise ExcelFileError(name, excel_text(QT_TRANSLATE_NOOP(
            "excel", "this is an old-format Excel workbook (.xls, Excel 97–2003) or a "
            "password-protected workbook; open it in Excel or LibreOffice and save it as an "
            "unprotected .xlsx workbook")))
    if data.startswith(ZIP_HEADERS):
        return
    if data.startswith(b"SQLite format 3\x00"):
        raise ExcelFileError(name, excel_text(QT_TRANSLATE_NOOP(
            "excel", "this is a workshop file (an SQLite database), not an Excel workbook; open "
            "it with File ▸ Open instead")))
    if data.startswith(b"%PDF"):
        raise ExcelFileError(name, excel_text(QT_TRANSLATE_NOOP(
            "excel", "this is a PDF document, not an Excel workbook")))
    if data.startswith(b"PK"):
        raise ExcelFileError(name, excel_text(QT_TRANSLATE_NOOP(
            "excel", "the file is damaged or truncated (an incomplete ZIP archive); export or "
            "save it again")))
    head = data[:4096]
    if _is_text(head):
        if any(sep in head for sep in (b",", b";", b"\t")):
            raise ExcelFileError(name, excel_text(QT_TRANSLATE_NOOP(
                "excel", "this is a CSV or text file, not an Excel workbook; open it in Excel or "
                "LibreOffice and save it as an .xlsx workbook")))
        raise ExcelFileError(name, excel_text(QT_TRANSLATE_NOOP(
            "excel", "this is a text file, not an Excel workbook; open it in Excel or "
            "LibreOffice and save it as an .xlsx workbook")))
    if head.lstrip().startswith((b"<", b"\xef\xbb\xbf<")):
        raise ExcelFileError(name, excel_text(QT_TRANSLATE_NOOP(
            "excel", "this is an HTML or XML file, not an .xlsx workbook")))
    raise ExcelFileError(name, excel_text(QT_TRANSLATE_NOOP(
        "excel", "this is not an Excel workbook (.xlsx)")))


def _is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return head.startswith((b"\xff\xfe", b"\xfe\xff"))  # UTF-16 text
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        return exc.start >= len(head) - 3
    return True


def check_archive(name: str, data: bytes) -> None:
    """Refuse a ZIP that is truncated, is not a workbook, or would expand too much."""
    if len(data) > MAX_FILE_BYTES:
        raise ExcelFileError(name, too_large(len(data)))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError, ValueError, OSError):
        raise ExcelFileError(name, excel_text(QT_TRANSLATE_NOOP(
            "excel", "the file is damaged or truncated (not a complete .xlsx workbook); export "
            "or save it again"))) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_PARTS:
            raise ExcelFileError(name, excel_text(QT_TRANSLATE_NOOP(
                "excel", "refused: the workbook has {parts} parts; a workbook has far fewer "
                "(at most {most} accepted)"), parts=len(infos), most=MAX_PARTS))
        names = {info.filename for info in infos}
        if "mimetype" in names and "content.xml" in names:
            raise ExcelFileError(name, excel_text(QT_TRANSLATE_NOOP(
                "excel", "this is an OpenDocument spreadsheet (.ods); save it as an .xlsx "
                "workbook")))
        if "[Content_Types].xml" not in names or not any(
                n.startswith("xl/") for n in names):
            raise ExcelFileError(name, excel_text(QT_TRANSLATE_NOOP(
                "excel", "this is a ZIP archive but not an Excel workbook")))
        total = 0
        for info in infos:
            size = info.file_size
            total += size
            ratio = size / max(info.compress_size, 1)
            if size > MAX_PART_BYTES or (size > RATIO_APPLIES_ABOVE and ratio > MAX_RATIO):
                raise ExcelFileError(name, excel_text(QT_TRANSLATE_NOOP(
                    "excel", "refused: the part {part} would expand from {packed} bytes to "
                    "{size} bytes (a ZIP bomb?)"), part=info.filename,
                    packed=f"{info.compress_size:,}", size=f"{size:,}"))
            if total > MAX_TOTAL_BYTES:
                raise ExcelFileError(name, excel_text(QT_TRANSLATE_NOOP(
                    "excel", "refused: the workbook would expand to more than {most} MB (a ZIP "
                    "bomb?)"), most=MAX_TOTAL_BYTES // (1024 * 1024)))
            if info.flag_bits & 0x1:
                raise ExcelFileError(name, excel_text(QT_TRANSLATE_NOOP(
                    "excel", "the workbook is encrypted; save it without a password")))
        for info in infos:
            # No part of a real workbook declares a DTD. calamine does not expand entities,
            # but a declaration is a sign of an attack: refuse it before any parsing. A DTD
            # can only stand in a part's prolog, so a large part (a sheet) is checked there.
            if info.file_size <= SMALL_PART_BYTES and not info.filename.startswith(
                    "xl/worksheets/"):
                _refuse_dtd(name, archive.read(info))
            else:
                with archive.open(info) as part:
                    _refuse_dtd_in_prolog(name, part.read(PROLOG_BYTES))


SMALL_PART_BYTES = 16 * 1024 * 1024
_DOCTYPES = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))


def _refuse_dtd(name: str, data: bytes) -> None:
    if any(marker in data for marker in _DOCTYPES):
        raise ExcelFileError(name, dtd_refused())


PROLOG_BYTES = 64 * 1024
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def _refuse_dtd_in_prolog(name: str, head: bytes) -> None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head[: len(head) // 2 * 2].decode("utf-16", "replace")
    else:
        text = head.decode("utf-8", "replace")
    text = _COMMENT.sub("", text)
    root = re.search(r"<[A-Za-z_]", text)
    prolog = text if root is None else text[: root.start()]
    if "<!DOCTYPE" in prolog or "<!ENTITY" in prolog:
        raise ExcelFileError(name, dtd_refused())


def dtd_refused() -> Text:
    return excel_text(QT_TRANSLATE_NOOP(
        "excel", "refused: the workbook's XML declares entities or a DTD, which a real workbook "
        "never does (a possible attack)"))


def too_large(size: int) -> Text:
    return excel_text(QT_TRANSLATE_NOOP(
        "excel", "the file is too large ({size} MB; at most {most} MB)"),
        size=size // (1024 * 1024), most=MAX_FILE_BYTES // (1024 * 1024))
