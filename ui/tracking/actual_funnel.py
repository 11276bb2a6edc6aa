"""The funnel against the plan: each stage's target as an outline bar, its actual as a filled
bar in the traffic-light colour, the actual conversion beside the agreed one, and the handoff
where the funnel starts to leak marked.

The outlines have the planning funnel's logarithmic widths (``funnel_shape.log_widths``), so
30 customers stay visible beside 50,000 visits and the two funnels look alike. The filled bar
is its outline scaled by the attainment: an 80 % month reads as a bar 80 % full. (On the log
scale itself 40,000 visits against 50,000 would be 2 % narrower than its outline: invisible.)
Every item is built once and updated in place when the month or the scope changes.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QLabel, QStackedLayout, QWidget

from slaworkshop.dashboard import FunnelAgainstPlan
from slaworkshop.tracking import Light
from ui.plan.funnel_chart import PRESENTER_BACKGROUND, PRESENTER_FOREGROUND, FunnelText
from ui.tracking.dashboard_shape import FILL_CAP, fill_widths
from ui.tracking.dashboard_text import (
    DARK_TEXT,
    FILL,
    LIGHT_TEXT,
    handoff_rate_text,
    leak_mark_text,
    stage_value_text,
)

BAR_HEIGHT = 0.6
HALF_SPAN = FILL_CAP / 2
LABEL_X = -HALF_SPAN - 0.02
VALUE_X = HALF_SPAN + 0.02


class ActualFunnel(QWidget):
    """Shows a ``FunnelAgainstPlan`` (``set_funnel``); ``dark`` for meeting mode."""

    def __init__(self, parent: QWidget | None = None, *, dark: bool = False,
                 locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self.dark = dark
        self._locale = locale or QLocale()
        self._foreground = QColor(PRESENTER_FOREGROUND if dark else "#1A1A1A")
        self._background = QColor(PRESENTER_BACKGROUND if dark else "#FFFFFF")
        self._text = DARK_TEXT if dark else LIGHT_TEXT
        self._label_font = QFont()
        self._value_font = QFont()
        self._rate_font = QFont()
        self._value_font.setBold(True)
        self._rate_font.setBold(True)
        self._base_sizes = (22.0, 20.0, 17.0) if dark else (10.0, 10.0, 9.0)
        for font, size in zip((self._label_font, self._value_font, self._rate_font),
                              self._base_sizes, strict=True):
            font.setPointSizeF(size)
        self.funnel: FunnelAgainstPlan | None = None
        self._outlines: list[float] = []
        self._fills: list[float] = []

        self._plot = pg.GraphicsView(parent=self, background=self._background)
        self._plot.setAntialiasing(True)
        # A picture, not a control: the keys stay with the window (meeting mode's ←/→).
        self._plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._view = pg.ViewBox(enableMouse=False, enableMenu=False, defaultPadding=0)
        self._plot.setCentralItem(self._view)
        self._view.disableAutoRange()
        self._plot.setAccessibleName(
            QCoreApplication.translate("Dashboard", "Funnel against the plan"))
        # The leak's band sits behind the bars; the outlines are drawn over the fills.
        self.leak_band = QGraphicsRectItem()
        self.leak_band.setPen(QPen(Qt.PenStyle.NoPen))
        band = QColor(FILL[Light.RED])
        band.setAlpha(70 if dark else 45)
        self.leak_band.setBrush(QBrush(band))
        self.leak_band.setVisible(False)
        self._view.addItem(self.leak_band, ignoreBounds=True)
        self.actual_bars = pg.BarGraphItem(x0=[], y=[], width=[], height=BAR_HEIGHT,
                                           pen=pg.mkPen(None))
        self.target_bars = pg.BarGraphItem(x0=[], y=[], width=[], height=BAR_HEIGHT,
                                           brush=pg.mkBrush(None),
                                           pen=pg.mkPen(self._foreground, width=2))
        self._view.addItem(self.actual_bars)
        self._view.addItem(self.target_bars)
        self.leak_label = FunnelText((0, 0.5), QColor(self._text[Light.RED]), self._rate_font)
        self.leak_label.setVisible(False)
        self._view.addItem(self.leak_label, ignoreBounds=True)
        self.labels: list[FunnelText] = []
        self._label_htmls: list[str] = []
        self.values: list[FunnelText] = []
        self.rates: list[FunnelText] = []

        self._message = QLabel(self)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setStyleSheet(
            f"color: {self._foreground.name()}; background: {self._background.name()};"
            f"font-size: {20 if dark else 11}pt;")
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self._plot)
        self._stack.addWidget(self._message)
        self._view.sigResized.connect(self._fit)
        self._view.sigTransformChanged.connect(self._rescale_texts)
        self.set_funnel(None)

    # -- public -----------------------------------------------------------------------------

    def set_funnel(self, funnel: FunnelAgainstPlan | None, message: str = "") -> None:
        """Show ``funnel``; with None, ``message`` (or that there is nothing to show)."""
        self.funnel = funnel
        if funnel is None or not funnel.stages:
            self._outlines, self._fills = [], []
            self._message.setText(message or QCoreApplication.translate(
                "Dashboard", "No agreement is selected."))
            self._stack.setCurrentWidget(self._message)
            return
        count = len(funnel.stages)
        self._ensure_items(count)
        self._outlines, self._fills = fill_widths(funnel)
        ys = [count - 1 - index for index in range(count)]
        self.target_bars.setOpts(x0=[-w / 2 for w in self._outlines], y=ys,
                                 width=self._outlines, height=BAR_HEIGHT)
        self.actual_bars.setOpts(
            x0=[-w / 2 for w in self._fills], y=ys, width=self._fills, height=BAR_HEIGHT,
            brushes=[pg.mkBrush(FILL[s.status]) for s in funnel.stages])
        for index, (stage, y) in enumerate(zip(funnel.stages, ys, strict=True)):
            html = self._label_html(stage.stage, stage.owner)
            label = self.labels[index]
            if self._label_htmls[index] != html:
                self._label_htmls[index] = html
                label.set_html(html)
                label.fit_width()
            label.setPos(LABEL_X, y)
            value = self.values[index]
            value.set_text(stage_value_text(stage.target, stage.actual, stage.attainment,
                                            self._locale))
            value.set_colour(QColor(self._text[stage.status]))
            value.setPos(VALUE_X, y)
        for handoff, rate, y in zip(funnel.handoffs, self.rates, ys, strict=False):
            rate.set_text(handoff_rate_text(handoff, self._locale))
            rate.set_colour(QColor(self._text[handoff.status]) if handoff.actual is not None
                            else self._foreground)
            rate.setPos(0, y - 0.5)
        leak = funnel.leak
        if leak is None:
            self.leak_band.setVisible(False)
            self.leak_label.setVisible(False)
        else:
            gap = ys[leak.index] - 0.5
            self.leak_band.setRect(QRectF(-HALF_SPAN - 0.01, gap - (1 - BAR_HEIGHT) / 2,
                                          FILL_CAP + 0.02, 1 - BAR_HEIGHT))
            self.leak_band.setVisible(True)
            self.leak_label.set_text(leak_mark_text(leak))
            self.leak_label.setPos(VALUE_X, gap)
            self.leak_label.setVisible(True)
        self._view.setYRange(-0.5, count - 0.5, padding=0.02)
        self._stack.setCurrentWidget(self._plot)
        self._fit()

    def outline_widths(self) -> list[float]:
        return list(self._outlines)

    def fill_widths(self) -> list[float]:
        return list(self._fills)

    def leak_index(self) -> int | None:
        """The handoff marked as the leak (0: from the first stage to the second)."""
        if self.funnel is None or self.funnel.leak is None:
            return None
        return self.funnel.leak.index

    def value_texts(self) -> list[str]:
        return [v.toPlainText() for v in self.values[: len(self._outlines)]]

    def rate_texts(self) -> list[str]:
        return [r.toPlainText() for r in self.rates[: max(len(self._outlines) - 1, 0)]]

    def label_texts(self) -> list[str]:
        return [lb.toPlainText() for lb in self.labels[: len(self._outlines)]]

    def message(self) -> str:
        return self._message.text() if self._stack.currentWidget() is self._message else ""

    # -- internals --------------------------------------------------------------------------

    def _label_html(self, name: str, owner: str) -> str:
        from html import escape

        owner_text = owner or QCoreApplication.translate("Dashboard", "no owner")
        muted = "#AAB4BE" if self.dark else "#5F6870"
        return (f'<div style="color:{self._foreground.name()}; text-align:right;">'
                f'<b>{escape(name)}</b><br/><span style="color:{muted};">'
                f'{escape(owner_text)}</span></div>')

    def _ensure_items(self, count: int) -> None:
        """Create or drop text items only when the number of stages changes."""
        while len(self.labels) < count:
            label = FunnelText((1, 0.5), self._foreground, self._label_font)
            self._view.addItem(label, ignoreBounds=True)
            self.labels.append(label)
            self._label_htmls.append("")
            value = FunnelText((0, 0.5), self._foreground, self._value_font)
            self._view.addItem(value, ignoreBounds=True)
            self.values.append(value)
        while len(self.labels) > count:
            self._view.removeItem(self.labels.pop())
            self._label_htmls.pop()
            self._view.removeItem(self.values.pop())
        while len(self.rates) < count - 1:
            rate = FunnelText((0.5, 0.5), self._foreground, self._rate_font)
            self._view.addItem(rate, ignoreBounds=True)
            self.rates.append(rate)
        while len(self.rates) > max(count - 1, 0):
            self._view.removeItem(self.rates.pop())
        self._rescale_texts()

    def _rescale_texts(self, *_args: object) -> None:
        matrix = self._view.childGroup.transform()
        if not matrix.m11() or not matrix.m22():
            return
        scale = (1 / matrix.m11(), 1 / matrix.m22())
        for item in (*self.labels, *self.values, *self.rates, self.leak_label):
            item.set_scale(*scale)

    def _scale_fonts(self) -> None:
        """Smaller type when the stages' slots are too low for it (never larger)."""
        count = len(self._outlines)
        height = self._view.height()
        if not count or height <= 0:
            return
        slot = height / (count * 1.04)
        label_base, value_base, rate_base = self._base_sizes
        needs = (
            (_line(self._label_font, label_base) * 2, 0.98),
            (_line(self._value_font, value_base), BAR_HEIGHT),
            (_line(self._rate_font, rate_base), (1 - BAR_HEIGHT) * 0.98),
        )
        factor = min([1.0, *(slot * share / need for need, share in needs)])
        size = max(label_base * factor, 6.0)
        if abs(size - self._label_font.pointSizeF()) < 0.05:
            return
        self._label_font.setPointSizeF(size)
        self._value_font.setPointSizeF(max(value_base * factor, 6.0))
        self._rate_font.setPointSizeF(max(rate_base * factor, 6.0))
        for label in self.labels:
            label.set_font(self._label_font)
            label.fit_width()
        for value in self.values:
            value.set_font(self._value_font)
        for rate in (*self.rates, self.leak_label):
            rate.set_font(self._rate_font)

    def _fit(self, *_args: object) -> None:
        """Room on the left for the labels and on the right for the figures, in pixels."""
        width = self._view.width()
        if width <= 0 or not self._outlines:
            return
        self._scale_fonts()
        count = len(self._outlines)
        label_px = max((lb.boundingRect().width() for lb in self.labels[:count]),
                       default=0.0) + 12
        right_items = [*self.values[:count]]
        if self.leak_label.isVisible():
            right_items.append(self.leak_label)
        value_px = max((v.boundingRect().width() for v in right_items), default=0.0) + 12
        bars_px = max(width - label_px - value_px, width * 0.3)
        per_unit = bars_px / (FILL_CAP + 0.04)
        left = -HALF_SPAN - 0.02 - label_px / per_unit
        right = HALF_SPAN + 0.02 + value_px / per_unit
        self._view.setXRange(left, right, padding=0)


def _line(font: QFont, points: float) -> float:
    sized = QFont(font)
    sized.setPointSizeF(points)
    return QFontMetricsF(sized).lineSpacing()
