"""The live funnel: one centred horizontal bar per stage, width logarithmic in its target.

Visits may be ten thousand times the won customers, so a linear width would shrink the lower
stages to nothing; a logarithmic width keeps every stage visible and still orders them. The
bars and labels are built once and updated in place on every change, so a workshop can drag a
rate and watch the funnel follow without flicker.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import Protocol

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen, QTransform
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.model import Agreement
from slaworkshop.plan import Plan, StagePlan
from ui.core_text import problem_text
from ui.plan.funnel_shape import SEGMENT_PALETTE, log_widths, owner_colours, segment_parts
from ui.widgets import counts

# Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7F7F7F")
# Brighter variants for a dark projector background.
PRESENTER_PALETTE = ("#56B4E9", "#FF8C42", "#2BD99F", "#FF7AC8", "#F0E442", "#9AD0F5", "#D0D0D0")
# Segments: their own colours (the bars' parts), in segment order, with a legend.
# Not the owners' first colours (blue, vermilion), whose squares sit beside the bars.
PRESENTER_SEGMENT_PALETTE = ("#2BD99F", "#F0E442", "#FF7AC8", "#9AD0F5", "#DDCC77", "#CC6677")
PRESENTER_BACKGROUND = "#101418"
PRESENTER_FOREGROUND = "#F4F4F4"

# Data coordinates: bars span x in [-BAR_HALF, BAR_HALF]; labels sit left of LABEL_X.
BAR_HALF = 0.5
LABEL_X = -0.53
RIGHT_EDGE = 0.56
BAR_HEIGHT = 0.64
# Never smaller type than this (points): a long funnel scrolls instead of shrinking further.
MIN_POINTS = 8.0


def format_count(locale: QLocale, value: int) -> str:
    """An integer with the locale's digit grouping (Python ints may exceed 64 bits)."""
    try:
        return locale.toString(value)
    except OverflowError:
        return locale.toString(float(value), "g", 6)


def format_total(locale: QLocale, value: int, months: int) -> str:
    """A stage's target for the whole period: "50,000 a year" or "9,000 in 6 months"."""
    if months == 12:
        return QCoreApplication.translate("FunnelChart", "%1 a year").replace(
            "%1", format_count(locale, value)
        )
    return (
        QCoreApplication.translate("FunnelChart", "%1 in %2")
        .replace("%1", format_count(locale, value))
        .replace("%2", counts.months(months))
    )


def format_rate(locale: QLocale, rate: Decimal) -> str:
    """A fraction as a percent with as few decimals as it needs (at most two)."""
    percent = rate * 100
    decimals = 0
    while decimals < 2 and percent != round(percent, decimals):
        decimals += 1
    return QCoreApplication.translate("FunnelChart", "%1 %").replace(
        "%1", locale.toString(float(percent), "f", decimals)
    )


class FunnelChart(QWidget):
    """The funnel of a plan: stage name, annual target and owner per bar, rates between."""

    def __init__(self, parent: QWidget | None = None, *, presenter: bool = False) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self._locale = QLocale()
        self._palette = PRESENTER_PALETTE if presenter else PALETTE
        self._foreground = QColor(PRESENTER_FOREGROUND if presenter else "#1A1A1A")
        self._background = QColor(PRESENTER_BACKGROUND if presenter else "#FFFFFF")
        self._label_font = QFont()
        self._label_font.setPointSizeF(20 if presenter else 10)
        self._value_font = QFont()
        self._value_font.setPointSizeF(24 if presenter else 11)
        self._value_font.setBold(True)
        self._rate_font = QFont()
        self._rate_font.setPointSizeF(17 if presenter else 9)
        self._rate_font.setBold(True)
        # The sizes above fit a handful of stages; a long funnel scales them down.
        self._base_sizes = (
            self._label_font.pointSizeF(),
            self._value_font.pointSizeF(),
            self._rate_font.pointSizeF(),
        )
        self._widths: list[float] = []

        # A bare view box in a graphics view: no axes, buttons or context menus to build
        # (a PlotWidget makes them all, ≈ 25 ms of start-up, only for them to be hidden).
        self._plot = pg.GraphicsView(parent=self, background=self._background)
        self._plot.setAntialiasing(True)
        # A keystroke moves every bar and text: repainting the whole (small) view is cheaper
        # than the minimal region pyqtgraph asks for, which Qt works out item by item (a
        # quarter of a millisecond per edit for the demo's 17 items).
        self._plot.setViewportUpdateMode(
            QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self._view = pg.ViewBox(enableMouse=False, enableMenu=False, defaultPadding=0)
        self._plot.setCentralItem(self._view)
        self._view.disableAutoRange()
        self._plot.setAccessibleName(QCoreApplication.translate("FunnelChart", "Funnel chart"))
        # The plan the tooltip was last written for (it is written when asked for).
        self._tooltip_for: Plan | None = None
        self._plot.installEventFilter(self)

        # One Qt rectangle item per bar: a keystroke moves them with setRect, and Qt paints
        # them without calling into Python (a BarGraphItem re-recorded its picture in Python
        # after every change and painted it through Python: a fifth of the chart's update).
        self._bars: list[QGraphicsRectItem] = []
        # Filled only: the bars never touch, and an outline in the background's colour
        # only blurred their antialiased edges (and cost a sixth of the chart's repaint).
        self._bar_pen = QPen(Qt.PenStyle.NoPen)
        self._bars_shown = True
        # With segments each bar is drawn as its segments' parts, side by side.
        self._segment_bars = pg.BarGraphItem(
            x0=[], y=[], width=[], height=BAR_HEIGHT, pen=pg.mkPen(self._background, width=1)
        )
        self._segment_bars.setVisible(False)
        self._view.addItem(self._segment_bars)
        self._segment_palette = PRESENTER_SEGMENT_PALETTE if presenter else SEGMENT_PALETTE
        # (x0, y, width) of every segment part, stage by stage.
        self._parts: list[list[tuple[float, float, float]]] = []
        self._segment: str = ""
        self._last: tuple[Plan | None, Agreement | None] = (None, None)
        self._labels: list[FunnelText] = []
        # The HTML last set on each label.
        # What each label and rate text was made of (name, owner, colour; rate, lag): only a
        # changed one is made and laid out again.
        self._label_keys: list[tuple[str, str, str] | None] = []
        self._rate_keys: list[tuple[Decimal, int] | None] = []
        self._values: list[FunnelPlainText] = []
        self._brush_colours: list[QColor] = []
        # What the stages' colours were worked out for (names and owners, parties), and
        # each stage's colour, as a name and as the bar's fill.
        self._style: tuple[object, ...] | None = None
        self._stage_colours: list[str] = []
        self._owner_brushes: list[QColor] = []
        self._bar_colours: list[int] = []  # each bar's fill, as given to its item
        self._bar_shapes: list[tuple[float, int]] = []  # and its (width, y)
        self._min_slot: float | None = None
        self._rates: list[FunnelPlainText] = []

        self._message = QLabel(self)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setMargin(24)
        message_font = QFont()
        message_font.setPointSizeF(18 if presenter else 11)
        self._message.setFont(message_font)
        self._message.setStyleSheet(
            f"color: {self._foreground.name()}; background: {self._background.name()};"
        )

        # A funnel too long for the height scrolls: every stage keeps readable type.
        self._scroll = QScrollArea(self)
        self._scroll.setWidget(self._plot)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Over the funnel, only with segments: the legend and the choice of one segment.
        self._legend = QLabel(self)
        self._legend.setObjectName("segmentLegend")
        self._legend.setFont(self._rate_font)
        self._legend.setStyleSheet(
            f"color: {self._foreground.name()}; background: {self._background.name()};"
        )
        self.segment_choice = QComboBox(self)
        self.segment_choice.setObjectName("segmentChoice")
        self.segment_choice.setFont(self._rate_font)
        # Never cut ("Todos los se…"): as wide as its longest name; the legend wraps instead.
        self.segment_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._legend.setWordWrap(True)
        self.segment_choice.activated.connect(self._segment_chosen)
        self._header = QWidget(self)
        self._header.setAutoFillBackground(True)
        self._header.setStyleSheet(f"background: {self._background.name()};")
        header = QHBoxLayout(self._header)
        header.setContentsMargins(8, 2, 8, 2)
        header.addWidget(self._legend, 1)
        header.addWidget(self.segment_choice)
        self._header.hide()
        holder = QWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._header)
        outer.addWidget(holder, 1)
        self._stack = QStackedLayout(holder)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self._scroll)
        self._stack.addWidget(self._message)
        self._view.sigResized.connect(self._fit)
        # What the last full layout was made for (see set_plan) and its scale.
        self._layout: tuple[object, ...] = ()
        self._px_per_unit: float | None = None
        self._view.sigTransformChanged.connect(self._rescale_texts)
        self.set_plan(None, None)

    # -- public -----------------------------------------------------------------------------

    def set_plan(self, plan: Plan | None, agreement: Agreement | None) -> None:
        """Show ``plan``; with None, clear and say why (the agreement's first problem)."""
        self._last = (plan, agreement)
        self._show_segment_header(plan)
        if plan is None or not plan.stages:
            self._show_message(agreement)
            return
        stages: tuple[StagePlan, ...] = plan.stages
        chosen = plan.segment(self._segment) if self._segment else None
        if chosen is not None:
            stages = chosen.stages
        self._ensure_items(len(stages))
        count = len(stages)
        # The colours and labels follow the stages' names and owners and the parties: a
        # keystroke in a rate or the revenue changes none of them.
        style = (tuple((s.name, s.owner) for s in stages),
                 None if agreement is None else tuple(p.name for p in agreement.parties))
        restyled = style != self._style
        if restyled:
            self._style = style
            colours = owner_colours([s.owner for s in stages], agreement, self._palette)
            self._stage_colours = [colours.get(s.owner, self._palette[-1]) for s in stages]
            self._owner_brushes = [QColor(colour) for colour in self._stage_colours]
        self._widths = log_widths([s.annual for s in stages])
        ys = [count - 1 - index for index in range(count)]
        # A copy: with segments, a target reads on the colour of the part under it.
        self._brush_colours = list(self._owner_brushes)
        self._place_bars(ys)
        self._show_parts(plan if chosen is None else None, ys)
        for index, (stage, label, value, y) in enumerate(
            zip(stages, self._labels, self._values, ys, strict=True)
        ):
            key = (stage.name, stage.owner, self._stage_colours[index])
            # Only a changed label is laid out again (Qt rewrites HTML, so the item's own
            # toHtml() never equals what was set: remember what it was made of instead).
            if self._label_keys[index] != key:
                self._label_keys[index] = key
                label.set_html(self._label_html(*key))
                # A fixed text width makes the right alignment of both lines take effect.
                label.fit_width()
                restyled = True
            if restyled:  # other stages: the labels move
                label.setPos(LABEL_X, y)
                _show(label)
            value.set_text(format_count(self._locale, stage.annual))
            if restyled:  # else its place is set once, by _place_values
                value.setPos(0, y)
                _show(value)
        for index, (stage, rate_item, y) in enumerate(zip(stages, self._rates, ys,
                                                          strict=False)):
            if stage.rate_to_next is None:
                rate_item.setVisible(False)
                self._rate_keys[index] = None  # shown again with its text when it has one
                continue
            rate_item.set_colour(self._foreground)
            if self._rate_keys[index] != (stage.rate_to_next, stage.lag):
                self._rate_keys[index] = (stage.rate_to_next, stage.lag)
                rate_item.set_text(self._rate_text(stage.rate_to_next, stage.lag))
                rate_item.setPos(0, y - 0.5)
                _show(rate_item)
            elif restyled:
                rate_item.setPos(0, y - 0.5)
        if self._bars_shown != (not self._parts):
            self._bars_shown = not self._parts
            for bar in self._bars:
                bar.setVisible(self._bars_shown)
        # Tall enough for every stage at the smallest type; taller than the area, it scrolls.
        height = int(count * 1.04 * self.min_slot()) + 4
        if height != self._plot.minimumHeight():
            self._plot.setMinimumHeight(height)
        self._stack.setCurrentWidget(self._scroll)
        # The ranges and fonts depend on the number of stages, the labels and the view's
        # size: when none moved (a rate or revenue edit), only the targets are placed again.
        layout = (count, tuple(self._label_keys[:count]), self._view.width(),
                  self._view.height())
        if layout != self._layout or self._px_per_unit is None:
            self._view.setYRange(-0.5, count - 0.5, padding=0.02)
            self._fit()
            self._layout = layout
        else:
            self._place_values(self._px_per_unit, ys)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._plot and event.type() == QEvent.Type.ToolTip:
            self.tooltip()
        return super().eventFilter(watched, event)

    def tooltip(self) -> str:
        """The chart's tooltip: each stage's total for the period and its owner, written
        for the plan shown when it is asked for (a keystroke does not write it)."""
        plan = self._last[0]
        if plan is not self._tooltip_for:
            self._tooltip_for = plan
            self._plot.setToolTip("" if plan is None or not plan.stages
                                  else self._tooltip(plan))
        return str(self._plot.toolTip())

    def bar_labels(self) -> list[str]:
        """The text of each bar's label, top (first stage) to bottom; empty when cleared."""
        if self._stack.currentWidget() is not self._scroll:
            return []
        count = len(self._widths)
        return [
            f"{label.toPlainText()}\n{value.toPlainText()}"
            for label, value in zip(self._labels[:count], self._values[:count], strict=True)
        ]

    def set_segment(self, name: str) -> None:
        """Show one segment's funnel ("" for all of them, split into parts)."""
        self._segment = name
        self.set_plan(*self._last)

    def segment(self) -> str:
        return self._segment

    def segment_parts(self) -> list[list[QRectF]]:
        """Each stage's segment parts, top to bottom, left to right, in scene coordinates
        (empty without segments or with one chosen)."""
        if self._stack.currentWidget() is not self._scroll:
            return []
        return [[self._view.childGroup.mapRectToScene(
                    QRectF(x0, y - BAR_HEIGHT / 2, width, BAR_HEIGHT)) for x0, y, width in row]
                for row in self._parts]

    def legend_text(self) -> str:
        return self._legend.text() if self._header.isVisible() else ""

    def _segment_chosen(self, index: int) -> None:
        self.set_segment(str(self.segment_choice.itemData(index) or ""))

    def _show_segment_header(self, plan: Plan | None) -> None:
        names = [] if plan is None else [s.name for s in plan.segments]
        if self._segment and self._segment not in names:
            self._segment = ""
        self._header.setVisible(bool(names))
        if not names:
            return
        items = ["", *names]
        if [self.segment_choice.itemData(i) for i in range(self.segment_choice.count())] != items:
            self.segment_choice.clear()
            self.segment_choice.addItem(
                QCoreApplication.translate("FunnelChart", "All segments"), "")
            for name in names:
                self.segment_choice.addItem(name, name)
        self.segment_choice.setCurrentIndex(items.index(self._segment))
        parts = []
        for index, name in enumerate(names):
            if self._segment and name != self._segment:
                continue
            colour = self._segment_palette[index % len(self._segment_palette)]
            # A name never parts from its colour when the legend wraps.
            parts.append(f'<span style="white-space:nowrap;"><span style="color:{colour};">■'
                         f'</span>&nbsp;{escape(name)}</span>')
        html = " &nbsp; ".join(parts)
        if html != self._legend.text():
            self._legend.setText(html)

    def _show_parts(self, plan: Plan | None, ys: list[int]) -> None:
        """Split each bar into its segments' parts, in proportion to their counts."""
        self._parts = []
        if plan is None or not plan.segments:
            self._segment_bars.setVisible(False)
            return
        x0s, part_ys, widths, brushes = [], [], [], []
        split = segment_parts(self._widths, [s.annual for s in plan.stages],
                              [[s.annual for s in segment.stages] for segment in plan.segments])
        for index, (row_parts, y) in enumerate(zip(split, ys, strict=True)):
            row: list[tuple[float, float, float]] = []
            for number, (left, part) in enumerate(row_parts):
                colour = self._segment_palette[number % len(self._segment_palette)]
                x0s.append(left)
                part_ys.append(y)
                widths.append(part)
                brushes.append(pg.mkBrush(colour))
                row.append((left, y, part))
            self._parts.append(row)
            # The target written across the bar reads on the part under its middle.
            middle = next((n for n, (x0, _y, w) in enumerate(row) if x0 + w >= 0), 0)
            self._brush_colours[index] = QColor(
                self._segment_palette[middle % len(self._segment_palette)])
        self._segment_bars.setOpts(x0=x0s, y=part_ys, width=widths, height=BAR_HEIGHT,
                                   brushes=brushes)
        self._segment_bars.setVisible(True)

    def bar_widths(self) -> list[float]:
        """Each bar's width, top to bottom; empty when cleared."""
        if self._stack.currentWidget() is not self._scroll:
            return []
        return list(self._widths)

    def bar_rects(self) -> list[QRectF]:
        """Each bar as the bar item draws it, in scene coordinates, top to bottom."""
        if self._stack.currentWidget() is not self._scroll:
            return []
        # Through the view box, which brings its (lazily updated) view transform up to date.
        return [self._view.mapViewToScene(bar.rect()).boundingRect()
                for bar in self._bars[:len(self._widths)]]

    def bar_colours(self) -> list[str]:
        """Each bar's fill colour ("#rrggbb"), top to bottom."""
        return [bar.brush().color().name() for bar in self._bars[:len(self._widths)]]

    def _place_bars(self, ys: list[int]) -> None:
        """One rectangle item per stage, ``self._widths`` wide, centred, at ``ys``; only what
        changed is given to Qt (a keystroke changes the widths)."""
        count = len(self._widths)
        while len(self._bars) < count:
            bar = QGraphicsRectItem()
            bar.setPen(self._bar_pen)
            bar.setZValue(-1)  # under the targets written across it
            bar.setVisible(self._bars_shown)
            self._view.addItem(bar, ignoreBounds=True)
            self._bars.append(bar)
        while len(self._bars) > count:
            self._view.removeItem(self._bars.pop())
        colours = [colour.rgba() for colour in self._brush_colours]
        shapes = list(zip(self._widths, ys, strict=True))
        for index, (bar, shape) in enumerate(zip(self._bars, shapes, strict=True)):
            if index >= len(self._bar_shapes) or self._bar_shapes[index] != shape:
                width, y = shape
                bar.setRect(QRectF(-width / 2, y - BAR_HEIGHT / 2, width, BAR_HEIGHT))
            if index >= len(self._bar_colours) or self._bar_colours[index] != colours[index]:
                bar.setBrush(self._brush_colours[index])
        self._bar_colours, self._bar_shapes = colours, shapes

    def rate_labels(self) -> list[str]:
        """The conversion-rate texts shown between the bars, top to bottom."""
        if self._stack.currentWidget() is not self._scroll:
            return []
        return [r.toPlainText() for r in self._rates[: max(len(self._widths) - 1, 0)]]

    def set_message(self, text: str) -> None:
        """Show ``text`` instead of the funnel (e.g. why there is nothing to draw)."""
        self._widths = []
        self._message.setText(text)
        self._stack.setCurrentWidget(self._message)

    def message(self) -> str:
        return self._message.text() if self._stack.currentWidget() is self._message else ""

    # -- internals --------------------------------------------------------------------------

    def _lag_text(self, lag: int) -> str:
        return f"({counts.months_later(lag)})"

    def _rate_text(self, rate: Decimal, lag: int) -> str:
        """"↓ 40 %", with "(1 month later)" for a lag."""
        text = QCoreApplication.translate("FunnelChart", "↓ %1").replace(
            "%1", format_rate(self._locale, rate))
        return f"{text} {self._lag_text(lag)}" if lag else text

    def _label_html(self, name: str, owner: str, colour: str) -> str:
        fg = self._foreground.name()
        owner_text = owner or QCoreApplication.translate("FunnelChart", "no owner")
        return (
            f'<div style="color:{fg}; text-align:right;"><b>{escape(name)}</b><br/>'
            f'<span style="color:{colour};">■</span> {escape(owner_text)}</div>'
        )

    def _tooltip(self, plan: Plan) -> str:
        lines = []
        for stage in plan.stages:
            lines.append(
                QCoreApplication.translate("FunnelChart", "%1: %2 (%3)")
                .replace("%1", stage.name)
                .replace("%2", format_total(self._locale, stage.annual, len(plan.months)))
                .replace("%3", stage.owner or QCoreApplication.translate("FunnelChart", "no owner"))
            )
        return "\n".join(lines)

    def _rescale_texts(self, *_args: object) -> None:
        """Keep every text at its size in pixels when the view's scale changes."""
        matrix = self._view.childGroup.transform()
        if not matrix.m11() or not matrix.m22():
            return
        scale = (1 / matrix.m11(), 1 / matrix.m22())
        for label in self._labels:
            label.set_scale(*scale)
        for item in (*self._values, *self._rates):
            item.set_scale(*scale)

    def _ensure_items(self, count: int) -> None:
        """Create or drop text items only when the number of stages changes."""
        if len(self._labels) == count and len(self._rates) == max(count - 1, 0):
            return
        while len(self._labels) < count:
            label = FunnelText((1, 0.5), self._foreground, self._label_font)
            self._view.addItem(label, ignoreBounds=True)
            self._labels.append(label)
            self._label_keys.append(None)
            value = FunnelPlainText((0.5, 0.5), self._foreground, self._value_font)
            # A target changes with nearly every keystroke: a kept pixmap would only be
            # drawn again each time (same pixels, drawn straight away).
            value.setCacheMode(QGraphicsItem.CacheMode.NoCache)
            self._view.addItem(value, ignoreBounds=True)
            self._values.append(value)
        while len(self._labels) > count:
            self._view.removeItem(self._labels.pop())
            self._label_keys.pop()
            self._view.removeItem(self._values.pop())
        while len(self._rates) < count - 1:
            rate = FunnelPlainText((0.5, 0.5), self._foreground, self._rate_font)
            self._view.addItem(rate, ignoreBounds=True)
            self._rates.append(rate)
            self._rate_keys.append(None)
        while len(self._rates) > max(count - 1, 0):
            self._view.removeItem(self._rates.pop())
            self._rate_keys.pop()
        self._rescale_texts()

    def _show_message(self, agreement: Agreement | None) -> None:
        self._widths = []
        self._parts = []
        if agreement is None:
            text = QCoreApplication.translate("FunnelChart", "No agreement is selected.")
        else:
            from slaworkshop.model import validate_agreement

            problems = validate_agreement(agreement)
            if problems:
                text = QCoreApplication.translate(
                    "FunnelChart", "The funnel cannot be drawn: %1"
                ).replace("%1", problem_text(problems[0]))
            elif not agreement.stages:
                text = QCoreApplication.translate("FunnelChart", "The funnel has no stages yet.")
            else:
                text = QCoreApplication.translate(
                    "FunnelChart", "The plan has not been computed yet."
                )
        self._message.setText(text)
        self._stack.setCurrentWidget(self._message)

    def _needs(self, points: tuple[float, float, float]) -> list[tuple[float, float]]:
        """(pixels needed, share of a stage's slot) of the label, the value and the rate."""
        label, value, rate = points
        return [
            (QFontMetricsF(_sized(self._label_font, label)).lineSpacing() * 2, 0.98),
            (QFontMetricsF(_sized(self._value_font, value)).height(), BAR_HEIGHT * 0.95),
            (QFontMetricsF(_sized(self._rate_font, rate)).height(), (1 - BAR_HEIGHT) * 0.98),
        ]

    def min_slot(self) -> float:
        """The height in pixels a stage needs with its type at the smallest size."""
        # Asked after every keystroke; worked out again when the fonts change (a resize, at
        # most: ``_scale_fonts``).
        if self._min_slot is None:
            smallest = tuple(min(base, MIN_POINTS) for base in self._base_sizes)
            self._min_slot = max(
                need / share for need, share in self._needs(smallest))  # type: ignore[arg-type]
        return self._min_slot

    def _scale_fonts(self) -> None:
        """Shrink the type when the stages' slots are too low for it (never grow it)."""
        count = len(self._widths)
        height = self._view.height()
        if not count or height <= 0:
            return
        slot = height / (count * 1.04)
        label_base, value_base, rate_base = self._base_sizes
        needs = self._needs(self._base_sizes)
        factor = min([1.0, *(slot * share / need for need, share in needs)])
        size = max(label_base * factor, min(label_base, MIN_POINTS))
        if abs(size - self._label_font.pointSizeF()) < 0.05:
            return
        self._min_slot = None
        self._label_font.setPointSizeF(size)
        self._value_font.setPointSizeF(max(value_base * factor, min(value_base, MIN_POINTS)))
        self._rate_font.setPointSizeF(max(rate_base * factor, min(rate_base, MIN_POINTS)))
        for label in self._labels:
            label.set_font(self._label_font)
            label.fit_width()
        for value in self._values:
            value.set_font(self._value_font)
        for rate in self._rates:
            rate.set_font(self._rate_font)

    def font_sizes(self) -> tuple[float, float, float]:
        """The point sizes in use now: stage labels, targets, rates."""
        return (
            self._label_font.pointSizeF(),
            self._value_font.pointSizeF(),
            self._rate_font.pointSizeF(),
        )

    def _fit(self, *_args: object) -> None:
        """Widen the view to the left so the widest label fits beside the bars."""
        width = self._view.width()
        if width <= 0:
            return
        self._scale_fonts()
        labels = self._labels[: len(self._widths)]
        label_px = max((lb.boundingRect().width() for lb in labels), default=0.0)
        label_px += 16
        if label_px >= width * 0.8:
            label_px = width * 0.8
        # Solve for the left edge so that (LABEL_X - left) spans label_px pixels.
        left = -(RIGHT_EDGE * label_px - LABEL_X * width) / (width - label_px)
        left = min(left, -BAR_HALF - 0.02)
        self._view.setXRange(left, RIGHT_EDGE, padding=0)
        self._px_per_unit = width / (RIGHT_EDGE - left)
        self._place_values(self._px_per_unit)

    def _place_values(self, px_per_unit: float, ys: list[int] | None = None) -> None:
        """Each target inside its bar, or just right of it when the bar is too narrow; at
        ``ys``, or where each is."""
        for index, bar_width in enumerate(self._widths):
            value = self._values[index]
            text_px = value.boundingRect().width()
            y = value.pos().y() if ys is None else ys[index]
            if text_px + 8 <= bar_width * px_per_unit:
                value.set_anchor((0.5, 0.5))
                value.setPos(0, y)
                value.set_colour(_contrasting(self._brush_colours[index].rgba()))
            else:
                value.set_anchor((0, 0.5))
                value.setPos(bar_width / 2 + 4 / px_per_unit, y)
                value.set_colour(self._foreground)


class _Text(Protocol):
    """What ``_Placed`` needs of a Qt text item."""

    anchor: tuple[float, float]
    _scale: tuple[float, float]
    colour: QColor
    _given: QColor | None
    _placed: tuple[object, ...]

    def boundingRect(self) -> QRectF: ...

    def setCacheMode(self, mode: QGraphicsItem.CacheMode) -> None: ...

    def _colour_text(self, colour: QColor) -> None: ...

    def setTransform(self, matrix: QTransform, combine: bool = ...) -> None: ...

    def setFont(self, font: QFont) -> None: ...

    def _place(self) -> None: ...


class _Placed:
    """What the funnel's texts share: drawn at their own size in pixels at any scale of the
    view, placed by an anchor ((0, 0): the top left at ``pos()``; (1, 0.5): the middle of the
    right edge)."""

    def _start(self: _Text, anchor: tuple[float, float], colour: QColor, font: QFont) -> None:
        # Qt keeps the text as a pixmap until it changes.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.anchor = anchor
        # Data units per pixel, x and y (negative: the view's y axis points up).
        self._scale = (1.0, 1.0)
        self.colour = QColor(colour)
        self._given: QColor | None = None  # the colour object set_colour had last
        self._placed: tuple[object, ...] = ()  # what _place last made its matrix for
        self._colour_text(self.colour)
        self.setFont(font)

    def set_colour(self: _Text, colour: QColor) -> None:
        # The same colour again would still drop the cached pixmap and repaint. The callers
        # pass the same few colour objects on every keystroke: the one given last is
        # known at once.
        if colour is self._given:
            return
        self._given = colour
        if colour != self.colour:
            self.colour = QColor(colour)
            self._colour_text(self.colour)

    def set_font(self: _Text, font: QFont) -> None:
        self.setFont(font)
        self._place()

    def set_anchor(self: _Text, anchor: tuple[float, float]) -> None:
        if anchor != self.anchor:
            self.anchor = anchor
            self._place()

    def set_scale(self: _Text, x: float, y: float) -> None:
        """Undo the view's scale (``x``, ``y``: data units per pixel) so the text is drawn at
        its own size, upright."""
        if (x, y) != self._scale:
            self._scale = (x, y)
            self._place()

    def _place(self: _Text) -> None:
        # Moved by the anchor's share of the text, then scaled: fromTranslate × fromScale,
        # made as the one matrix it is.
        rect = self.boundingRect()
        # A new target with as many digits is as wide (digits are): the same matrix.
        placed = (rect.width(), rect.height(), self.anchor, self._scale)
        if placed == self._placed:
            return
        self._placed = placed
        x, y = self._scale
        self.setTransform(QTransform(x, 0.0, 0.0, y, -rect.width() * self.anchor[0] * x,
                                     -rect.height() * self.anchor[1] * y))


class FunnelText(_Placed, QGraphicsTextItem):
    """A stage's label in the funnel (HTML: the name over the owner).

    The chart gives it the view's scale (``set_scale``) when that changes; Qt draws it, keeps
    it as a pixmap until it changes, and never calls back into Python to paint it.
    pyqtgraph's TextItem ran Python for every text on every repaint of the chart and cost
    about half a millisecond to make (17 of them at start-up).
    """

    def __init__(self, anchor: tuple[float, float], colour: QColor, font: QFont) -> None:
        super().__init__()
        self._start(anchor, colour, font)
        # The item's rectangle is the text's: neighbours are kept apart by what is drawn.
        self.document().setDocumentMargin(0)

    def set_text(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)
            self._place()

    def set_html(self, html: str) -> None:
        self.setHtml(html)
        self._place()

    def _colour_text(self, colour: QColor) -> None:
        self.setDefaultTextColor(colour)

    def fit_width(self) -> None:
        """A fixed text width, so that the right alignment of every line takes effect."""
        self.setTextWidth(-1)
        self.setTextWidth(self.document().idealWidth())
        self._place()


class FunnelPlainText(_Placed, QGraphicsSimpleTextItem):
    """A target or a rate in the funnel: one line of plain text.

    Most keystrokes change these texts: a simple text item takes a new one without the text
    document's layout, which cost a tenth of a millisecond per text.
    """

    def __init__(self, anchor: tuple[float, float], colour: QColor, font: QFont) -> None:
        super().__init__()
        self._text = ""
        self._start(anchor, colour, font)

    def toPlainText(self) -> str:  # FunnelText's name, for the callers
        return self._text

    def set_text(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.setText(text)
            self._place()

    def _colour_text(self, colour: QColor) -> None:
        self.setBrush(colour)


def _show(item: QGraphicsItem) -> None:
    if not item.isVisible():
        item.setVisible(True)


def _sized(font: QFont, points: float) -> QFont:
    result = QFont(font)
    result.setPointSizeF(points)
    return result


_CONTRASTING: dict[int, QColor] = {}


def _contrasting(rgba: int) -> QColor:
    """Black or white, whichever reads better on the colour ``rgba`` (WCAG relative
    luminance); the few colours of the palettes are worked out once. Not to be changed: the
    same QColor is handed out again (``set_colour`` copies it)."""
    known = _CONTRASTING.get(rgba)
    if known is None:
        known = _CONTRASTING[rgba] = _luminance_contrast(QColor.fromRgba(rgba))
    return known


def _luminance_contrast(colour: QColor) -> QColor:

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    luminance = (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )
    return QColor("#000000") if luminance > 0.179 else QColor("#FFFFFF")
