"""The funnel as a picture for the document, drawn with QPainter (no pyqtgraph).

Centred bars whose widths grow with the logarithm of each stage's annual target (so 30
customers stay visible next to 50,000 visits), the stage name and owner on the left, the target
on the bar, and the conversion rate to the next stage between the bars.

Drawn once per export: as a QPicture (vector: the PDF keeps its text and shapes sharp at any
zoom), and rasterised from that same picture only for the DOCX, which needs an image.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPicture

from slaworkshop.model import Agreement
from slaworkshop.plan import Plan
from ui.document.fonts import FONT_FAMILIES, without_ligatures
from ui.plan.funnel_shape import SEGMENT_PALETTE, log_widths, owner_colours, segment_parts
from ui.widgets import counts

PARTY_COLOURS = ("#2f5f98", "#c0702a", "#3d8a5f", "#7a5a9e", "#a33f4f")
NO_OWNER_COLOUR = "#7b8794"


def party_colours(agreement: Agreement) -> dict[str, QColor]:
    colours = owner_colours([s.owner for s in agreement.stages], agreement,
                            (*PARTY_COLOURS, NO_OWNER_COLOUR))
    return {name: QColor(colour) for name, colour in colours.items()}


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return without_ligatures(font)


def _percent(locale: QLocale, rate: float) -> str:
    text = locale.toString(rate * 100, "f", 2).rstrip("0").rstrip(locale.decimalPoint())
    space = "" if locale.language() == QLocale.Language.English else "\u00a0"
    return f"{text}{space}%"


BAR_HEIGHT, GAP, MARGIN = 96, 58, 24
LEGEND_HEIGHT = 70
WIDTH = 1800


def funnel_height(plan: Plan) -> int:
    stages = len(plan.stages)
    legend = LEGEND_HEIGHT if len(plan.segments) > 1 else 0
    return MARGIN * 2 + stages * BAR_HEIGHT + max(0, stages - 1) * GAP + legend


def segment_colour(index: int) -> QColor:
    return QColor(SEGMENT_PALETTE[index % len(SEGMENT_PALETTE)])


def funnel_vector(plan: Plan, agreement: Agreement, locale: QLocale
                  ) -> tuple[QPicture, int, int]:
    """The picture as recorded drawing commands, with its size in its own units."""
    picture = QPicture()
    height = funnel_height(plan)
    painter = QPainter(picture)
    painter.fillRect(QRectF(0, 0, WIDTH, height), QColor("white"))
    _draw(painter, plan, agreement, locale, WIDTH)
    painter.end()
    # The bounding rect of what was drawn, not of the painter's device: fixed, as the image.
    picture.setBoundingRect(QRectF(0, 0, WIDTH, height).toRect())
    return picture, WIDTH, height


def raster(picture: QPicture, width: int, height: int) -> QImage:
    """``picture`` drawn into an image of its size."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    picture.play(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs type the format as bytes; PySide6 6.11 accepts only str here.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def funnel_image(plan: Plan, agreement: Agreement, locale: QLocale,
                 width: int = WIDTH) -> QImage:
    image = QImage(width, funnel_height(plan), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    _draw(painter, plan, agreement, locale, width)
    painter.end()
    return image


def _draw(painter: QPainter, plan: Plan, agreement: Agreement, locale: QLocale,
          width: int) -> None:
    stages = plan.stages
    bar_height, gap, margin = BAR_HEIGHT, GAP, MARGIN
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    label_width = 380
    area_left = label_width + 40
    area_width = width - area_left - margin
    centre = area_left + area_width / 2
    widths = log_widths([s.annual for s in stages])
    colours = party_colours(agreement)
    # With segments each bar is split into their parts (in proportion to their counts), in
    # the segment colours of the screen's funnel, with a legend below.
    split = segment_parts(widths, [s.annual for s in stages],
                          [[s.annual for s in segment.stages] for segment in plan.segments]
                          ) if len(plan.segments) > 1 else None
    name_font, owner_font = _font(38, bold=True), _font(28)
    value_font, rate_font = _font(38, bold=True), _font(28)
    value_metrics = QFontMetricsF(value_font)
    y = float(margin)
    for index, stage in enumerate(stages):
        bar_width = area_width * widths[index]
        rect = QRectF(centre - bar_width / 2, y, bar_width, bar_height)
        colour = colours.get(stage.owner, colours[""])
        path = QPainterPath()
        path.addRoundedRect(rect, 10, 10)
        if split is None:
            painter.fillPath(path, colour)
        else:
            painter.save()
            painter.setClipPath(path)
            for number, (left, part) in enumerate(split[index]):
                painter.fillRect(QRectF(centre + left * area_width, y, part * area_width,
                                        bar_height), segment_colour(number))
            painter.restore()
        painter.setPen(QColor("#1d2733"))
        painter.setFont(name_font)
        painter.drawText(QRectF(margin, y + 6, label_width, bar_height / 2),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, stage.name)
        painter.setFont(owner_font)
        painter.setPen(colour.darker(115))
        painter.drawText(QRectF(margin, y + bar_height / 2, label_width, bar_height / 2 - 6),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         stage.owner or "—")
        value = locale.toString(stage.annual)
        painter.setFont(value_font)
        if value_metrics.horizontalAdvance(value) + 30 < bar_width:
            painter.setPen(QColor("white"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, value)
        else:
            painter.setPen(QColor("#1d2733"))
            painter.drawText(QRectF(rect.right() + 16, y, 400, bar_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, value)
        if stage.rate_to_next is not None and index + 1 < len(stages):
            text = "↓ " + _percent(locale, float(stage.rate_to_next))
            if stage.lag:
                text += f"  ({counts.months_later(stage.lag)})"
            painter.setFont(rate_font)
            painter.setPen(QColor("#4a5562"))
            painter.drawText(QRectF(area_left, y + bar_height, area_width, gap),
                             Qt.AlignmentFlag.AlignCenter, text)
        y += bar_height + gap
    if split is not None:
        _legend(painter, plan, QRectF(area_left, y - gap + 14, area_width, LEGEND_HEIGHT - 14))


def _legend(painter: QPainter, plan: Plan, area: QRectF) -> None:
    """A colour square and the name of each segment, centred on one line."""
    font = _font(28)
    metrics = QFontMetricsF(font)
    square, spacing = 26.0, 44.0
    entries = [segment.name for segment in plan.segments]
    total = sum(square + 12 + metrics.horizontalAdvance(name) for name in entries) \
        + spacing * (len(entries) - 1)
    x = area.left() + max(0.0, (area.width() - total) / 2)
    painter.setFont(font)
    for number, name in enumerate(entries):
        painter.fillRect(QRectF(x, area.center().y() - square / 2, square, square),
                         segment_colour(number))
        x += square + 12
        painter.setPen(QColor("#1d2733"))
        advance = metrics.horizontalAdvance(name)
        painter.drawText(QRectF(x, area.top(), advance + 4, area.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        x += advance + spacing


def funnel_png(plan: Plan, agreement: Agreement, locale: QLocale) -> tuple[bytes, int, int]:
    """The picture as PNG bytes, with its size in pixels."""
    image = funnel_image(plan, agreement, locale)
    return png_bytes(image), image.width(), image.height()
