"""The meeting's pictures in the report PDF, drawn with Qt's painter so they stay vector (crisp
in print, their words searchable): the funnel against the plan for the month and the year to
date with where it leaks, then one page of KPI tiles per party. The report's tables follow as
the appendix.

The pictures are objects in the report's text document (``add_report_pictures``), one page
each, so the document's own pagination and page numbers carry on unchanged; each is drawn when
the document is printed, at the printer's resolution. Needs a QGuiApplication (fonts), no
widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPyTextObject,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from slaworkshop.dashboard import FunnelAgainstPlan, funnel_against_plan, pace
from slaworkshop.tracking import KpiTrack, Light, MonthlyReport, PartySection
from ui.document.fonts import document_font
from ui.models.tracking_format import month_name
from ui.tracking.dashboard_shape import FILL_CAP, bullet_bands, fill_widths
from ui.tracking.dashboard_text import (
    FILL,
    LIGHT_TEXT,
    handoff_rate_text,
    leak_mark_text,
    leak_text,
    miss_texts,
    month_text,
    no_leak_text,
    pace_text,
    stage_value_text,
    ytd_text,
)

PICTURE_TYPE = QTextFormat.ObjectTypes.UserObject + 17
PICTURE_INDEX = QTextFormat.Property.UserProperty + 1
INK = QColor("#1A1A1A")
MUTED = QColor("#5F6870")
PANEL = QColor("#F3F5F7")
# Three rows of three on a landscape page.
TILES_PER_PAGE = 9
# Qt lays documents out in 96-dpi units and scales them to the printer.
LAYOUT_DPI = 96

Draw = Callable[[QPainter, QRectF], None]

# Short, so the sentences fit their lines; lupdate reads any X.translate(context, text).
_qt = QCoreApplication



def _font(painter: QPainter, points: float, bold: bool = False) -> QFont:
    # The document's font: no ligatures, so the PDF's text reads back letter by letter.
    font = document_font(points, bold)
    painter.setFont(font)
    return font


def _metrics(painter: QPainter) -> QFontMetricsF:
    return QFontMetricsF(painter.font(), painter.device())


def _text(painter: QPainter, rect: QRectF, text: str, flags: Qt.AlignmentFlag,
          colour: QColor = INK) -> QRectF:
    painter.setPen(QPen(colour))
    return painter.drawText(rect, int(flags), text)


def _mm(painter: QPainter, millimetres: float) -> float:
    return millimetres * painter.device().logicalDpiX() / 25.4


def draw_funnel(painter: QPainter, rect: QRectF, funnel: FunnelAgainstPlan,
                locale: QLocale) -> None:
    """The funnel against the plan in ``rect``: targets as outlines (the planning funnel's
    log widths), actuals filled in their traffic-light colour, rates between, the leak
    marked."""
    painter.save()
    _font(painter, 11, True)
    title_h = _metrics(painter).height() * 1.6
    if funnel.scope == "month":
        caption = _qt.translate("Dashboard", "This month")
    else:
        caption = _qt.translate("Dashboard", "Year to date")
    _text(painter, QRectF(rect.left(), rect.top(), rect.width(), title_h), caption,
          Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    body = rect.adjusted(0, title_h, 0, 0)
    count = len(funnel.stages)
    if not count:
        painter.restore()
        return
    outlines, fills = fill_widths(funnel)
    slot = body.height() / count
    bar_h = slot * 0.58
    _font(painter, 9, True)
    label_w = max(_metrics(painter).horizontalAdvance(s.stage) for s in funnel.stages)
    _font(painter, 8)
    label_w = max(label_w, max(_metrics(painter).horizontalAdvance(s.owner)
                               for s in funnel.stages)) + _mm(painter, 3)
    _font(painter, 9, True)
    values = [stage_value_text(s.target, s.actual, s.attainment, locale)
              for s in funnel.stages]
    right_texts = [*values, *([leak_mark_text(funnel.leak)] if funnel.leak else [])]
    value_w = max(_metrics(painter).horizontalAdvance(t) for t in right_texts) + _mm(painter, 3)
    bars_w = max(body.width() - label_w - value_w, body.width() * 0.3)
    unit = bars_w / FILL_CAP
    centre = body.left() + label_w + bars_w / 2
    for index, stage in enumerate(funnel.stages):
        top = body.top() + index * slot + (slot - bar_h) / 2
        fill = fills[index] * unit
        if fill > 0:
            painter.fillRect(QRectF(centre - fill / 2, top, fill, bar_h),
                             QColor(FILL[stage.status]))
        outline = outlines[index] * unit
        painter.setPen(QPen(INK, _mm(painter, 0.35)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(centre - outline / 2, top, outline, bar_h))
        _font(painter, 9, True)
        label_rect = QRectF(body.left(), top, label_w - _mm(painter, 2), bar_h / 2)
        _text(painter, label_rect, stage.stage,
              Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        _font(painter, 8)
        _text(painter, label_rect.translated(0, bar_h / 2), stage.owner,
              Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, MUTED)
        _font(painter, 9, True)
        _text(painter, QRectF(body.left() + label_w + bars_w + _mm(painter, 2), top, value_w,
                              bar_h), values[index],
              Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
              QColor(LIGHT_TEXT[stage.status]))
    for index, handoff in enumerate(funnel.handoffs):
        gap = QRectF(body.left() + label_w, body.top() + (index + 1) * slot - (slot - bar_h) / 2,
                     bars_w, slot - bar_h)
        if funnel.leak is not None and funnel.leak.index == index:
            band = QColor(FILL[Light.RED])
            band.setAlpha(50)
            painter.fillRect(gap, band)
            _font(painter, 8.5, True)
            _text(painter, QRectF(gap.right() + _mm(painter, 2), gap.top(), value_w,
                                  gap.height()), leak_mark_text(funnel.leak),
                  Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                  QColor(LIGHT_TEXT[Light.RED]))
        _font(painter, 7.5, True)
        colour = QColor(LIGHT_TEXT[handoff.status]) if handoff.actual is not None else INK
        # Wider than the narrow bars in some languages: let it run over the gap's ends.
        _text(painter, gap, handoff_rate_text(handoff, locale),
              Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextDontClip,
              colour)
    painter.restore()


def draw_tile(painter: QPainter, rect: QRectF, report: MonthlyReport, track: KpiTrack,
              locale: QLocale) -> None:
    """A KPI's tile: name, bullet chart, sparkline with the target line, and its figures."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(PANEL)
    radius = _mm(painter, 1.5)
    painter.drawRoundedRect(rect, radius, radius)
    inner = rect.adjusted(_mm(painter, 3), _mm(painter, 2.5), -_mm(painter, 3),
                          -_mm(painter, 2.5))
    _font(painter, 10, True)
    line = _metrics(painter).height()
    name = _metrics(painter).elidedText(track.name, Qt.TextElideMode.ElideRight, inner.width())
    _text(painter, QRectF(inner.left(), inner.top(), inner.width(), line * 1.2), name,
          Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    kpi_pace = pace(report.tracking, track)
    lines = [(month_text(track, locale), track.current.status),
             (ytd_text(track, locale), track.ytd_status),
             (pace_text(track, kpi_pace, locale),
              Light.RED if kpi_pace.out_of_reach else kpi_pace.status)]
    _font(painter, 8.5)
    wrap = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    heights = [_metrics(painter).boundingRect(QRectF(0, 0, inner.width(), inner.height()),
                                              int(wrap), text).height() for text, _ in lines]
    texts_h = sum(heights) + _mm(painter, 0.6) * len(lines)
    chart = QRectF(inner.left(), inner.top() + line * 1.35, inner.width(),
                   inner.height() - line * 1.35 - texts_h - _mm(painter, 1.5))
    bullet = QRectF(chart.left(), chart.top(), chart.width(), chart.height() * 0.3)
    spark = QRectF(chart.left(), bullet.bottom() + chart.height() * 0.12, chart.width(),
                   chart.height() * 0.58)
    _draw_bullet(painter, bullet, report, track)
    _draw_sparkline(painter, spark, track)
    _font(painter, 8.5)
    top = inner.bottom() - texts_h
    for (text, status), height in zip(lines, heights, strict=True):
        _text(painter, QRectF(inner.left(), top, inner.width(), height), text, wrap,
              QColor(LIGHT_TEXT[status]))
        top += height + _mm(painter, 0.6)
    painter.restore()


def _draw_bullet(painter: QPainter, rect: QRectF, report: MonthlyReport,
                 track: KpiTrack) -> None:
    current = track.current
    target, actual = current.target, current.actual
    if target is None or target <= 0:
        top = float(actual or 1)
        bands: list[tuple[Fraction, Fraction, Light]] = []
    else:
        bands = bullet_bands(target, track.kpi.direction, report.agreement.thresholds)
        top = max(float(bands[-1][1]), float(actual or 0))
    scale = rect.width() / top if top > 0 else 0.0
    for start, end, status in bands:
        colour = QColor(FILL[status])
        colour.setAlpha(80)
        painter.fillRect(QRectF(rect.left() + float(start) * scale, rect.top(),
                                float(end - start) * scale, rect.height()), colour)
    if actual is not None:
        painter.fillRect(QRectF(rect.left(), rect.top() + rect.height() * 0.3,
                                float(actual) * scale, rect.height() * 0.4), INK)
    if target is not None and target > 0:
        x = rect.left() + float(target) * scale
        painter.setPen(QPen(INK, _mm(painter, 0.6)))
        painter.drawLine(QPointF(x, rect.top() + rect.height() * 0.05),
                         QPointF(x, rect.bottom() - rect.height() * 0.05))


def _draw_sparkline(painter: QPainter, rect: QRectF, track: KpiTrack) -> None:
    months = track.months
    values = [float(m.actual) for m in months if m.closed and m.actual is not None]
    values += [float(m.target) for m in months if m.target is not None]
    top = max(values, default=0.0) or 1.0
    step = rect.width() / max(len(months) - 1, 1)

    def point(index: int, value: Fraction) -> QPointF:
        return QPointF(rect.left() + index * step, rect.bottom() - float(value) / top
                       * rect.height())

    target = QPainterPath()
    first = True
    for index, month in enumerate(months):
        if month.target is None:
            first = True
            continue
        if first:
            target.moveTo(point(index, month.target))
            first = False
        else:
            target.lineTo(point(index, month.target))
    painter.setPen(QPen(MUTED, _mm(painter, 0.35), Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(target)
    reported = [(i, m.actual, m.status) for i, m in enumerate(months)
                if m.closed and m.actual is not None]
    if reported:
        actual = QPainterPath(point(reported[0][0], reported[0][1]))
        for index, value, _status in reported[1:]:
            actual.lineTo(point(index, value))
        painter.setPen(QPen(INK, _mm(painter, 0.5)))
        painter.drawPath(actual)
        radius = _mm(painter, 0.9)
        painter.setPen(Qt.PenStyle.NoPen)
        for index, value, status in reported:
            painter.setBrush(QBrush(QColor(FILL[status])))
            painter.drawEllipse(point(index, value), radius, radius)


def _draw_words(painter: QPainter, rect: QRectF, funnels: list[FunnelAgainstPlan],
                locale: QLocale) -> None:
    """Under the funnels: where each leaks, and the further misses."""
    painter.save()
    column_w = rect.width() / len(funnels)
    for column, funnel in enumerate(funnels):
        area = QRectF(rect.left() + column * column_w, rect.top(), column_w - _mm(painter, 6),
                      rect.height())
        top = area.top()
        if funnel.leak is not None:
            _font(painter, 9, True)
            used = _text(painter, QRectF(area.left(), top, area.width(), area.height()),
                         leak_text(funnel.leak, locale),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, QColor(LIGHT_TEXT[Light.RED]))
        else:
            _font(painter, 9)
            used = _text(painter, QRectF(area.left(), top, area.width(), area.height()),
                         no_leak_text(funnel),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap)
        top = used.bottom() + _mm(painter, 1.5)
        _font(painter, 8.5)
        for text in miss_texts(funnel, locale):
            used = _text(painter, QRectF(area.left(), top, area.width(), area.bottom() - top),
                         "• " + text,
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap)
            top = used.bottom() + _mm(painter, 0.8)
    painter.restore()


def funnel_page(report: MonthlyReport, locale: QLocale) -> Draw:
    funnels = [funnel_against_plan(report.tracking, scope) for scope in ("month", "ytd")]

    def draw(painter: QPainter, rect: QRectF) -> None:
        _font(painter, 15, True)
        heading_h = _metrics(painter).height() * 1.5
        _text(painter, QRectF(rect.left(), rect.top(), rect.width(), heading_h),
              _qt.translate("Dashboard", "%1: the month at a glance, %2")
              .replace("%1", report.agreement.title)
              .replace("%2", month_name(report.month, locale, True)),
              Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        gap = _mm(painter, 8)
        funnel_h = (rect.height() - heading_h) * 0.68
        width = (rect.width() - gap) / 2
        for column, funnel in enumerate(funnels):
            draw_funnel(painter, QRectF(rect.left() + column * (width + gap),
                                        rect.top() + heading_h, width, funnel_h),
                        funnel, locale)
        words_top = rect.top() + heading_h + funnel_h + _mm(painter, 4)
        _draw_words(painter, QRectF(rect.left(), words_top, rect.width(),
                                    rect.bottom() - words_top), funnels, locale)

    return draw


def party_page(report: MonthlyReport, section: PartySection, tracks: Sequence[KpiTrack],
               locale: QLocale) -> Draw:
    """A page of ``tracks``' tiles, under the party's heading."""

    def draw(painter: QPainter, rect: QRectF) -> None:
        _font(painter, 15, True)
        heading_h = _metrics(painter).height() * 1.5
        party = section.party or _qt.translate("Dashboard", "No owner")
        _text(painter, QRectF(rect.left(), rect.top(), rect.width(), heading_h),
              _qt.translate("Dashboard", "%1: the KPIs of %2").replace("%1", party)
              .replace("%2", month_name(report.month, locale, True)),
              Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        count = len(tracks)
        # Three across: each tile's sentences stay on a line or two in print.
        columns = 3
        rows = max(-(-count // columns), 2)
        gap = _mm(painter, 4)
        tile_w = (rect.width() - gap * (columns - 1)) / columns
        tile_h = (rect.height() - heading_h - gap * (rows - 1)) / rows
        for index, track in enumerate(tracks):
            row, column = divmod(index, columns)
            draw_tile(painter, QRectF(rect.left() + column * (tile_w + gap),
                                      rect.top() + heading_h + row * (tile_h + gap),
                                      tile_w, tile_h), report, track, locale)

    return draw


def report_pictures(report: MonthlyReport, locale: QLocale) -> list[Draw]:
    """The pages of pictures: the funnels, then a page of tiles per party (more pages for a
    party with more than ``TILES_PER_PAGE`` KPIs, so tiles stay readable)."""
    pages = [funnel_page(report, locale)]
    for section in report.sections:
        for start in range(0, len(section.kpis), TILES_PER_PAGE):
            pages.append(party_page(report, section,
                                    section.kpis[start:start + TILES_PER_PAGE], locale))
    return pages


class _Pictures(QPyTextObject):
    """Draws the pictures where the document has their object characters: a page each."""

    def __init__(self, pages: list[Draw], parent: QObject) -> None:
        super().__init__(parent)
        self.pages = pages

    def intrinsicSize(self, document: QTextDocument, _position: int,
                      _format: QTextFormat) -> QSizeF:
        page = document.pageSize()
        if page.width() <= 0 or page.height() <= 0:
            return QSizeF(1, 1)
        # The page size is in the printer's pixels; the frame's margins in layout units.
        device = document.documentLayout().paintDevice()
        scale = device.logicalDpiY() / LAYOUT_DPI if device is not None else 1.0
        frame = document.rootFrame().frameFormat()
        width = page.width() - (frame.leftMargin() + frame.rightMargin()) * scale
        height = page.height() - (frame.topMargin() + frame.bottomMargin()) * scale
        # A little less than the page: a line as tall as the page would not fit on it.
        return QSizeF(width - 4 * scale, height - 8 * scale)

    def drawObject(self, painter: QPainter, rect: QRectF | QRect, _document: QTextDocument,
                   _position: int, text_format: QTextFormat) -> None:
        index = text_format.property(PICTURE_INDEX)
        if isinstance(index, int) and 0 <= index < len(self.pages):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.pages[index](painter, QRectF(rect))
            painter.restore()


def add_report_pictures(document: QTextDocument, report: MonthlyReport,
                        locale: QLocale) -> int:
    """Put the pictures before the document's content, a page each; returns how many."""
    pages = report_pictures(report, locale)
    handler = _Pictures(pages, document)
    document.documentLayout().registerHandler(PICTURE_TYPE, handler)
    # Kept with the document, which draws through it when printed.
    document.setProperty("reportPictures", len(pages))
    document.__dict__["_report_pictures"] = handler
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.insertBlock()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    for index in range(len(pages)):
        if index:
            cursor.insertBlock()
        block = QTextBlockFormat()
        block.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysAfter)
        block.setTopMargin(0)
        block.setBottomMargin(0)
        cursor.setBlockFormat(block)
        picture = QTextCharFormat()
        picture.setObjectType(PICTURE_TYPE)
        picture.setProperty(PICTURE_INDEX, index)
        cursor.insertText("\ufffc", picture)
    return len(pages)
