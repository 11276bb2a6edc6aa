"""The agreement as DOCX (python-docx), for those who must edit the wording later.

The same content as the PDF; the header carries the title, revision and status (DRAFT on an
unsigned draft), the footer the fingerprint and "page X of Y" as Word fields, so they stay right
when the wording is edited.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ui.document.blocks import (
    DocumentContent,
    Facts,
    Heading,
    PageBreak,
    Paragraph,
    Picture,
    Signatures,
    Table,
    arg,
)

ACCENT = "1F4E79"
MUTED = "5B6775"
ZEBRA = "F2F5F9"
TOTAL = "DDE6F0"
FONT = "Calibri"


def write_docx(content: DocumentContent, path: Path) -> None:
    # python-docx is slow to import; only an export needs it.
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    document = docx.Document()
    _styles(document, Pt, RGBColor)
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin = section.bottom_margin = Cm(2.4)
    section.header_distance = section.footer_distance = Cm(1.1)
    text_width = section.page_width - section.left_margin - section.right_margin
    _header_footer(section, content, Pt, RGBColor, WD_ALIGN_PARAGRAPH)

    properties = document.core_properties
    properties.title = content.title
    properties.subject = content.kicker
    properties.keywords = content.keywords
    properties.comments = content.fingerprint_line
    properties.author = content.organisation or "SLA Workshop"
    properties.language = content.language

    kicker = document.add_paragraph()
    kicker.paragraph_format.space_before = Pt(120)
    _run(kicker, content.kicker.upper(), Pt(11), RGBColor.from_string(MUTED))
    title = document.add_paragraph()
    _run(title, content.title, Pt(26), RGBColor.from_string(ACCENT), bold=True)
    if content.organisation:
        _run(document.add_paragraph(), content.organisation, Pt(15))
    intro = document.add_paragraph()
    intro.paragraph_format.space_before = Pt(24)
    _run(intro, content.intro, Pt(10.5))
    _facts(document, content.cover, Cm, Pt, RGBColor)

    pending_break = False
    for block in content.blocks:
        if isinstance(block, PageBreak):
            pending_break = True
            continue
        if isinstance(block, Heading):
            heading = document.add_heading(block.text, level=block.level)
            heading.paragraph_format.keep_with_next = True
            if pending_break:
                heading.paragraph_format.page_break_before = True
                pending_break = False
        elif isinstance(block, Paragraph):
            paragraph = document.add_paragraph()
            size = Pt(8.5) if block.style == "note" else Pt(10)
            colour = RGBColor.from_string(MUTED) if block.style == "note" else None
            _run(paragraph, block.text, size, colour)
        elif isinstance(block, Facts):
            _facts(document, block, Cm, Pt, RGBColor)
        elif isinstance(block, Table):
            _table(document, block, text_width, Pt, RGBColor, WD_TABLE_ALIGNMENT,
                   WD_ALIGN_PARAGRAPH)
        elif isinstance(block, Picture):
            document.add_picture(io.BytesIO(block.png_data()), width=int(text_width * 0.95))
            document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
            if block.caption:
                caption = document.add_paragraph()
                caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
                _run(caption, block.caption, Pt(8.5), RGBColor.from_string(MUTED))
        elif isinstance(block, Signatures):
            _signatures(document, block, Cm, Pt, RGBColor)
    document.save(str(path))


def _styles(document: Any, Pt: Any, RGBColor: Any) -> None:
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(4)
    for name, size in (("Heading 1", 15), ("Heading 2", 11.5)):
        style = document.styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = RGBColor.from_string(ACCENT if name == "Heading 1" else "1D2733")
        style.paragraph_format.space_before = Pt(16 if name == "Heading 1" else 10)
        style.paragraph_format.space_after = Pt(4)


def _run(paragraph: Any, text: str, size: Any = None, colour: Any = None,
         bold: bool = False) -> Any:
    run = paragraph.add_run(text)
    if size is not None:
        run.font.size = size
    if colour is not None:
        run.font.color.rgb = colour
    run.font.bold = bold
    return run


def _field(paragraph: Any, instruction: str, size: Any, colour: Any) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays the pages out."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def add(kind: str, text: str | None = None) -> None:
        run = _run(paragraph, "", size, colour)
        if text is None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        else:
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = text
            run._r.append(code)

    add("begin")
    add("", f" {instruction} ")
    add("separate")
    _run(paragraph, "1", size, colour)
    add("end")


def _header_footer(section: Any, content: DocumentContent, Pt: Any,
                   RGBColor: Any, WD_ALIGN_PARAGRAPH: Any) -> None:
    muted = RGBColor.from_string(MUTED)
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if content.draft:
        _run(header, f"{content.draft_mark} · ", Pt(9), RGBColor.from_string("B02A2A"),
             bold=True)
        _run(header, content.header_right, Pt(8), RGBColor.from_string("B02A2A"), bold=True)
    else:
        _run(header, content.header_right, Pt(8), muted)
    title = section.header.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(title, content.title, Pt(8), muted)

    footer = section.footer.paragraphs[0]
    run = _run(footer, content.fingerprint_line, Pt(7), RGBColor.from_string("1D2733"))
    run.font.name = "Consolas"
    pages = section.footer.add_paragraph()
    pages.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    template = content.page_template
    before, _, rest = template.partition("%1")
    middle, _, after = rest.partition("%2")
    _run(pages, before, Pt(8), muted)
    _field(pages, "PAGE", Pt(8), muted)
    _run(pages, middle, Pt(8), muted)
    _field(pages, "NUMPAGES", Pt(8), muted)
    _run(pages, after, Pt(8), muted)


def _shade(cell: Any, colour: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_header(row: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(marker)


def _keep_row_together(row: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    marker = OxmlElement("w:cantSplit")
    marker.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(marker)


def _cell_text(cell: Any, text: str, size: Any, colour: Any = None, bold: bool = False,
               align: Any = None) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = 0
    if align is not None:
        paragraph.alignment = align
    _run(paragraph, text, size, colour, bold)


def _facts(document: Any, facts: Facts, Cm: Any, Pt: Any, RGBColor: Any) -> None:
    table = document.add_table(rows=0, cols=2)
    muted = RGBColor.from_string(MUTED)
    for label, value in facts.rows:
        cells = table.add_row().cells
        _cell_text(cells[0], label, Pt(9.5), muted)
        _cell_text(cells[1], value, Pt(9.5))
    for row in table.rows:
        row.cells[0].width = Cm(5.5)
        row.cells[1].width = Cm(11.5)
    document.add_paragraph().paragraph_format.space_after = 0


def _table(document: Any, block: Table, text_width: int, Pt: Any, RGBColor: Any,
           WD_TABLE_ALIGNMENT: Any, WD_ALIGN_PARAGRAPH: Any) -> None:
    table = document.add_table(rows=1, cols=len(block.headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    white = RGBColor.from_string("FFFFFF")
    for cell, text, numeric in zip(table.rows[0].cells, block.headers, block.numeric,
                                   strict=True):
        _shade(cell, ACCENT)
        _cell_text(cell, text, Pt(8.5), white, True,
                   WD_ALIGN_PARAGRAPH.RIGHT if numeric else None)
    _repeat_header(table.rows[0])
    for index, values in enumerate(block.rows):
        cells = table.add_row().cells
        last = block.total_row and index == len(block.rows) - 1
        for cell, text, numeric in zip(cells, values, block.numeric, strict=True):
            if last:
                _shade(cell, TOTAL)
            elif index % 2:
                _shade(cell, ZEBRA)
            _cell_text(cell, text, Pt(9), None, last,
                       WD_ALIGN_PARAGRAPH.RIGHT if numeric else None)
    if block.widths:
        for row in table.rows:
            for cell, percent in zip(row.cells, block.widths, strict=True):
                cell.width = int(text_width * percent / 100)
    document.add_paragraph().paragraph_format.space_after = 0


def _signatures(document: Any, block: Signatures, Cm: Any, Pt: Any,
                RGBColor: Any) -> None:
    labels = block.labels
    columns = 2
    table = document.add_table(rows=0, cols=columns)
    muted = RGBColor.from_string(MUTED)
    for start in range(0, len(block.entries), columns):
        row = table.add_row()
        _keep_row_together(row)
        cells = row.cells
        for cell, entry in zip(cells, block.entries[start:start + columns], strict=False):
            heading = cell.paragraphs[0]
            _run(heading, arg(labels["for"], entry.party), Pt(10.5),
                 RGBColor.from_string(ACCENT), bold=True)
            if not entry.date:
                _run(cell.add_paragraph(), labels["unsigned"], Pt(8.5), muted, bold=True)
            picture = cell.add_paragraph()
            if entry.image:
                picture.add_run().add_picture(io.BytesIO(entry.image), height=Cm(1.8))
            else:
                picture.paragraph_format.space_before = Pt(36)
            _run(cell.add_paragraph(), "_" * 38, Pt(9), muted)
            for key, value in (("name", entry.signer), ("role", entry.role),
                               ("date", entry.date)):
                line = cell.add_paragraph()
                line.paragraph_format.space_after = 0
                _run(line, f"{labels[key]}: ", Pt(9), muted)
                _run(line, value, Pt(9.5))
