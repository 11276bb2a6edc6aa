"""The agreement as PDF, with Qt's own PDF writer.

The body is a QTextDocument laid out on the PDF writer itself (so fonts are measured at the
writer's resolution), paginated, and painted page by page; the header, the footer with the
fingerprint and "page X of Y", and the DRAFT watermark are painted around each page.

Pictures drawn as vectors (the funnel) stay vectors: the document holds a placeholder object
drawn by ``_VectorHandler``, which replays the QPicture onto the PDF page. Images (PNG) are
decoded once per export, not once per layout attempt.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import cast

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextLine,
)

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
from ui.document.fonts import document_font

DPI = 300
MM = DPI / 25.4
MARGIN_LEFT = MARGIN_RIGHT = 20 * MM
MARGIN_TOP = 24 * MM
MARGIN_BOTTOM = 24 * MM
ACCENT = "#1f4e79"
TEXT = "#1d2733"
MUTED = "#5b6775"
RULE = "#c5cfdb"
ZEBRA = "#f2f5f9"
# A heading this close to the bottom of a page moves to the next one with its text.
KEEP_WITH_NEXT = 0.14


def px(device_pixels: float) -> int:
    """Device pixels as the CSS pixels (1/96 inch) Qt's rich text measures lengths in."""
    return round(device_pixels * 96 / DPI)


def _font(points: float, bold: bool = False, mono: bool = False) -> QFont:
    return document_font(points, bold, mono)


class _Html:
    """The body as Qt rich text; images are added to the document as resources."""

    def __init__(self, content: DocumentContent, text_width: float,
                 breaks: set[int], decoded: dict[int, QImage]) -> None:
        self.content = content
        # PNG data → image, kept across layout attempts: each is decoded once per export.
        self.decoded = decoded
        self.vectors: dict[str, tuple[Picture, float, float]] = {}
        self.breaks = breaks
        self.headings = 0
        self.text_width = text_width
        self.parts: list[str] = []
        self.images: dict[str, QImage] = {}
        self.break_next = False

    def _break(self) -> str:
        if self.break_next:
            self.break_next = False
            return "page-break-before: always;"
        return ""

    def build(self) -> str:
        c = self.content
        self.parts.append(
            '<p style="margin-top:0; margin-bottom:150px; font-size:1pt;">&nbsp;</p>'
            f'<p style="font-size:11pt; color:{MUTED};">'
            f"{escape(c.kicker.upper())}</p>"
            f'<p style="margin-top:6px; font-size:26pt; font-weight:bold; '
            f'color:{ACCENT};">{escape(c.title)}</p>')
        if c.organisation:
            self.parts.append(f'<p style="margin-top:4px; font-size:15pt; '
                              f'color:{TEXT};">{escape(c.organisation)}</p>')
        self.parts.append(f'<p style="margin-top:30px; margin-bottom:24px; line-height:130%; '
                          f'font-size:10.5pt; color:{TEXT};">{escape(c.intro)}</p>')
        self.facts(c.cover, label_width=30, size="10.5pt", top=22)
        for block in c.blocks:
            self.block(block)
        return (f'<html><body style="font-size:10pt; color:{TEXT};">'
                f'{"".join(self.parts)}</body></html>')

    def block(self, block: object) -> None:
        if isinstance(block, PageBreak):
            self.break_next = True
        elif isinstance(block, Heading):
            size, top = {1: ("15pt", 22), 2: ("11.5pt", 14)}.get(block.level, ("10pt", 10))
            colour = ACCENT if block.level == 1 else TEXT
            self.headings += 1
            if self.headings in self.breaks:
                self.break_next = True
            self.parts.append(
                f'<p style="{self._break()} margin-top:{top}px; margin-bottom:6px; '
                f'font-size:{size}; font-weight:bold; color:{colour};">'
                f'<a name="heading-{self.headings}"></a>{escape(block.text)}</p>')
        elif isinstance(block, Paragraph):
            style = {"note": f"font-size:8.5pt; color:{MUTED};",
                     "lead": "font-size:11pt;"}.get(block.style, "")
            self.parts.append(f'<p style="{self._break()} margin-top:4px; '
                              f'margin-bottom:6px; line-height:125%; {style}">'
                              f"{escape(block.text)}</p>")
        elif isinstance(block, Facts):
            self.facts(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Picture):
            self.picture(block)
        elif isinstance(block, Signatures):
            self.signatures(block)

    def facts(self, facts: Facts, label_width: int = 34, size: str = "10pt",
              top: int = 4) -> None:
        rows = "".join(
            f'<tr><td width="{label_width}%" style="color:{MUTED}; font-size:{size};">'
            f"{escape(label)}</td>"
            f'<td style="font-size:{size};">{escape(value)}</td></tr>'
            for label, value in facts.rows)
        self.parts.append(
            f'<table width="100%" cellspacing="0" cellpadding="3" '
            f'style="{self._break()} margin-top:{top}px; margin-bottom:8px;">'
            f"{rows}</table>")

    def table(self, table: Table) -> None:
        def cell(text: str, numeric: bool, header: bool, width: int | None,
                 shade: str | None, bold: bool) -> str:
            align = "right" if numeric else "left"
            attrs = f' width="{width}%"' if width else ""
            if shade:
                attrs += f' bgcolor="{shade}"'
            style = f"font-size:{'8.5pt' if header else '9pt'};"
            if header:
                style += "color:white; font-weight:bold;"
            elif bold:
                style += "font-weight:bold;"
            tag = "th" if header else "td"
            return f'<{tag} align="{align}"{attrs} style="{style}">{escape(text)}</{tag}>'

        widths = table.widths or [0] * len(table.headers)
        head = "".join(cell(h, n, True, w or None, ACCENT, True)
                       for h, n, w in zip(table.headers, table.numeric, widths, strict=True))
        body = []
        for index, row in enumerate(table.rows):
            last = table.total_row and index == len(table.rows) - 1
            shade = "#dde6f0" if last else (ZEBRA if index % 2 else None)
            body.append("<tr>" + "".join(cell(v, n, False, None, shade, last)
                                         for v, n in zip(row, table.numeric, strict=True))
                        + "</tr>")
        self.parts.append(
            f'<table width="100%" cellspacing="0" cellpadding="4" border="1" '
            f'style="{self._break()} border-collapse:collapse; border-color:{RULE}; '
            f'border-style:solid; margin-top:4px; margin-bottom:10px;">'
            f"<thead><tr>{head}</tr></thead>{''.join(body)}</table>")

    def _image(self, data: bytes) -> QImage:
        image = self.decoded.get(id(data))
        if image is None:
            image = self.decoded[id(data)] = QImage.fromData(data)
        return image

    def picture(self, picture: Picture) -> None:
        width = self.text_width * 0.92
        height = width * picture.height / max(1, picture.width)
        if picture.vector is not None:
            # A transparent placeholder keeps its room; the page painter draws the vector
            # picture there (write_pdf).
            name = f"vector{len(self.vectors)}"
            self.vectors[name] = (picture, width, height)
            placeholder = QImage(1, 1, QImage.Format.Format_ARGB32)
            placeholder.fill(Qt.GlobalColor.transparent)
            self.images[name] = placeholder
        else:
            name = f"image{len(self.images)}.png"
            self.images[name] = self._image(picture.png)
        self.parts.append(
            f'<p align="center" style="{self._break()} margin-top:6px;">'
            f'<img src="{name}" width="{px(width)}" height="{px(height)}"></p>')
        if picture.caption:
            self.parts.append(f'<p align="center" style="font-size:8.5pt; color:{MUTED}; '
                              f'margin-bottom:8px;">{escape(picture.caption)}</p>')

    def signatures(self, block: Signatures) -> None:
        labels = block.labels
        cells = []
        for entry in block.entries:
            if entry.image:
                name = f"signature{len(self.images)}.png"
                image = self._image(entry.image)
                self.images[name] = image
                box_w, box_h = self.text_width * 0.4, 70 * DPI / 96
                scale = min(box_w / max(1, image.width()), box_h / max(1, image.height()))
                drawn = (f'<img src="{name}" width="{px(image.width() * scale)}" '
                         f'height="{px(image.height() * scale)}">')
            else:
                drawn = "&nbsp;<br>&nbsp;<br>&nbsp;"
            status = "" if entry.date else (
                f'<br><span style="color:{MUTED}; font-size:8.5pt;">'
                f'{escape(labels["unsigned"])}</span>')
            rows = "".join(
                f'<tr><td width="28%" style="color:{MUTED}; font-size:9pt;">{escape(label)}'
                f'</td><td style="font-size:9.5pt;">{escape(value) or "&nbsp;"}</td></tr>'
                for label, value in ((labels["name"], entry.signer), (labels["role"], entry.role),
                                     (labels["date"], entry.date)))
            cells.append(
                f'<td width="50%" valign="top" style="padding:6px;">'
                f'<p style="font-weight:bold; font-size:10.5pt; color:{ACCENT};">'
                f'{escape(arg(labels["for"], entry.party))}{status}</p>'
                f'<p style="margin-top:6px;">{drawn}</p>'
                f'<hr width="92%" style="color:{TEXT};">'
                f'<table width="92%" cellspacing="0" cellpadding="2" '
                f'style="margin-top:4px;">{rows}</table></td>')
        rows_html = []
        for start in range(0, len(cells), 2):
            pair = cells[start:start + 2]
            if len(pair) == 1:
                pair.append('<td width="50%"></td>')
            rows_html.append(f"<tr>{''.join(pair)}</tr>")
        self.parts.append(
            f'<table width="100%" cellspacing="8" cellpadding="0" '
            f'style="margin-top:12px;">{"".join(rows_html)}</table>')


def _layout(content: DocumentContent, writer: QPdfWriter, body: QSizeF) -> QTextDocument:
    """Lay the body out; a heading that would end a page starts the next one instead."""
    breaks: set[int] = set()
    decoded: dict[int, QImage] = {}
    for _attempt in range(40):
        document = _document(content, writer, body, breaks, decoded)
        orphan = _orphan_heading(document, body.height(), breaks)
        if orphan is None:
            return document
        breaks.add(orphan)
    return document


def _document(content: DocumentContent, writer: QPdfWriter, body: QSizeF,
              breaks: set[int], decoded: dict[int, QImage]) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(_font(10))
    document.setUseDesignMetrics(True)
    document.setDocumentMargin(0)
    document.setPageSize(body)
    html = _Html(content, body.width(), breaks, decoded)
    source = html.build()
    for name, image in html.images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(source)
    document.setProperty("vectors", html.vectors)
    return document


def _cursor_x(line: QTextLine, offset: int) -> float:
    # PySide6 returns (x, cursor position); its stubs say only "object".
    x, _position = cast(tuple[float, int], line.cursorToX(offset))
    return x


def _vector_places(document: QTextDocument,
                   vectors: dict[str, tuple[Picture, float, float]]
                   ) -> list[tuple[QRectF, Picture]]:
    """Where each vector picture's placeholder was laid out (document coordinates)."""
    places = []
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            image = fragment.charFormat().toImageFormat()
            if fragment.charFormat().isImageFormat() and image.name() in vectors:
                picture, width, height = vectors[image.name()]
                offset = fragment.position() - block.position()
                line = block.layout().lineForTextPosition(offset)
                top_left = layout.blockBoundingRect(block).topLeft()
                # An inline image stands on the line's baseline.
                x = top_left.x() + _cursor_x(line, offset)
                y = top_left.y() + line.y() + line.ascent() - height
                places.append((QRectF(x, y, width, height), picture))
            iterator += 1
        block = block.next()
    return places


def _orphan_heading(document: QTextDocument, page_height: float, breaks: set[int]) -> int | None:
    """The number of the first heading too close to the bottom of its page, if any.

    The last heading (the signatures) must also share its page with the end of the document,
    so the signature block is never split from its heading.
    """
    layout = document.documentLayout()
    block = document.begin()
    index = 0
    last: tuple[int, float] | None = None
    while block.isValid():
        anchors = block.charFormat().anchorNames() if block.length() > 1 else []
        fragment = block.begin()
        if not anchors and not fragment.atEnd():
            anchors = fragment.fragment().charFormat().anchorNames()
        heading = next((a for a in anchors if a.startswith("heading-")), None)
        if heading is not None:
            index = int(heading.split("-")[1])
            offset = layout.blockBoundingRect(block).top() % page_height
            if index not in breaks and offset > page_height * (1 - KEEP_WITH_NEXT):
                return index
            last = (index, layout.blockBoundingRect(block).top())
        block = block.next()
    if last is not None and last[0] not in breaks:
        end = layout.blockBoundingRect(document.lastBlock()).bottom()
        if int(last[1] // page_height) != int((end - 1) // page_height):
            return last[0]
    return None


def write_pdf(content: DocumentContent, path: Path) -> int:
    """Write the PDF; returns the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(content.title)
    writer.setCreator(content.creator)
    page_w, page_h = float(writer.width()), float(writer.height())
    body = QSizeF(page_w - MARGIN_LEFT - MARGIN_RIGHT, page_h - MARGIN_TOP - MARGIN_BOTTOM)
    document = _layout(content, writer, body)
    pages = document.pageCount()
    vectors = _vector_places(document, document.property("vectors") or {})
    painter = QPainter(writer)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            clip = draw_page(painter, document, body, page, MARGIN_LEFT, MARGIN_TOP)
            for rect, picture in vectors:
                if rect.intersects(clip) and picture.vector is not None:
                    painter.save()
                    painter.translate(rect.topLeft())
                    # QPainter scales a QPicture from its resolution to the device's: undone.
                    dpi_x = picture.vector.logicalDpiX() / writer.logicalDpiX()
                    dpi_y = picture.vector.logicalDpiY() / writer.logicalDpiY()
                    painter.scale(rect.width() / max(1, picture.width) * dpi_x,
                                  rect.height() / max(1, picture.height) * dpi_y)
                    painter.drawPicture(0, 0, picture.vector)
                    painter.restore()
            painter.restore()
            _decorate(painter, content, page + 1, pages, page_w, page_h)
    finally:
        painter.end()
    return pages


def draw_page(painter: QPainter, document: QTextDocument, body: QSizeF, page: int,
              left: float, top: float) -> QRectF:
    """Draw page ``page`` of a document laid out in pages of ``body``, its top left at
    (``left``, ``top``) on the device; the painter stays translated and clipped to the page,
    whose rectangle in the document's coordinates is returned (the caller saves and restores
    the painter around it)."""
    painter.translate(left, top - page * body.height())
    clip = QRectF(0, page * body.height(), body.width(), body.height())
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    document.documentLayout().draw(painter, context)
    return clip


def _decorate(painter: QPainter, content: DocumentContent, page: int, pages: int,
              page_w: float, page_h: float) -> None:
    left, right = MARGIN_LEFT, page_w - MARGIN_RIGHT
    width = right - left
    if content.draft:
        painter.save()
        painter.translate(page_w / 2, page_h / 2)
        painter.rotate(-40)
        painter.setFont(_font(110, bold=True))
        painter.setPen(QColor(190, 40, 40, 34))
        painter.drawText(QRectF(-page_w, -page_h / 4, 2 * page_w, page_h / 2),
                         Qt.AlignmentFlag.AlignCenter, content.draft_mark)
        painter.restore()
    painter.save()
    if page > 1:
        header_y = 12 * MM
        painter.setFont(_font(8))
        painter.setPen(QColor(MUTED))
        painter.drawText(QRectF(left, header_y, width * 0.62, 6 * MM),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                         content.title)
        if content.draft:
            painter.setFont(_font(8, bold=True))
            painter.setPen(QColor("#b02a2a"))
            right_text = f"{content.draft_mark} · {content.header_right}"
        else:
            right_text = content.header_right
        painter.drawText(QRectF(left + width * 0.4, header_y, width * 0.6, 6 * MM),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, right_text)
        painter.setPen(QPen(QColor(RULE), 0.3 * MM))
        painter.drawLine(int(left), int(header_y + 7.5 * MM), int(right),
                         int(header_y + 7.5 * MM))
    elif content.draft:
        painter.setFont(_font(9, bold=True))
        painter.setPen(QColor("#b02a2a"))
        painter.drawText(QRectF(left, 12 * MM, width, 6 * MM),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                         f"{content.draft_mark} · {content.header_right}")
    footer_top = page_h - MARGIN_BOTTOM + 8 * MM
    painter.setPen(QPen(QColor(RULE), 0.3 * MM))
    painter.drawLine(int(left), int(footer_top - 2 * MM), int(right), int(footer_top - 2 * MM))
    page_text = arg(content.page_template, page, pages)
    page_font = _font(8)
    page_width = QFontMetricsF(page_font, painter.device()).horizontalAdvance(page_text) + 4 * MM
    size = 7.0
    line_font = _font(size, mono=True)

    def advance(font: QFont) -> float:
        return QFontMetricsF(font, painter.device()).horizontalAdvance(content.fingerprint_line)

    while advance(line_font) > width and size > 4.5:
        size -= 0.25
        line_font = _font(size, mono=True)
    one_line = advance(line_font) + page_width <= width
    painter.setFont(line_font)
    painter.setPen(QColor(TEXT))
    painter.drawText(QRectF(left, footer_top, width, 5 * MM),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     content.fingerprint_line)
    painter.setFont(page_font)
    painter.setPen(QColor(MUTED))
    page_top = footer_top if one_line else footer_top + 5 * MM
    painter.drawText(QRectF(left, page_top, width, 5 * MM),
                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, page_text)
    painter.restore()
