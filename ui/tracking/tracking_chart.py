"""A KPI's chart: monthly target against actual, and the year to date against the target.

Left: the month's actual as a bar in its traffic-light colour, the target as a line. Right:
for summed KPIs the cumulative actual against the cumulative target and the year's target; for
averaged KPIs and conversions the running year-to-date value against the target.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from decimal import Decimal
from fractions import Fraction

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from slaworkshop.tracking import Aggregation, KpiTrack, Tracking, track_kpi
from ui.models.tracking_format import LIGHT_FOREGROUND, month_name

TARGET_COLOUR = "#1A1A1A"
ACTUAL_COLOUR = "#0072B2"


def _float(value: Fraction | None, scale: int = 1) -> float:
    # Floats only for drawing; the figures themselves stay exact in the core.
    return float(value * scale) if value is not None else 0.0


class TrackingChart(QWidget):
    def __init__(self, parent: QWidget | None = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._locale = locale or QLocale()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.monthly_plot = pg.PlotWidget(parent=self, background="#FFFFFF")
        self.cumulative_plot = pg.PlotWidget(parent=self, background="#FFFFFF")
        for plot in (self.monthly_plot, self.cumulative_plot):
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.showGrid(y=True, alpha=0.2)
            plot.getAxis("left").setWidth(52)
            # One row at the top, in the corner the data leaves free (cumulative lines start
            # low on the left), with head room kept above the data for it.
            corner = (-10, 1) if plot is self.monthly_plot else (60, 1)
            legend = plot.addLegend(offset=corner, colCount=2)
            legend.setLabelTextSize("8pt")
            layout.addWidget(plot)
        self.actual_bars = pg.BarGraphItem(
            x=[], height=[], width=0.6, name=QCoreApplication.translate("TrackingChart", "Actual")
        )
        self.monthly_plot.addItem(self.actual_bars)
        self.target_line = self.monthly_plot.plot(
            [],
            [],
            pen=pg.mkPen(TARGET_COLOUR, width=2),
            symbol="o",
            symbolSize=6,
            symbolBrush=TARGET_COLOUR,
            name=QCoreApplication.translate("TrackingChart", "Target"),
        )
        self.cumulative_target = self.cumulative_plot.plot(
            [],
            [],
            pen=pg.mkPen(TARGET_COLOUR, width=2, style=Qt.PenStyle.DashLine),
            name=QCoreApplication.translate("TrackingChart", "Target"),
        )
        self.cumulative_actual = self.cumulative_plot.plot(
            [],
            [],
            pen=pg.mkPen(ACTUAL_COLOUR, width=3),
            symbol="o",
            symbolSize=7,
            symbolBrush=ACTUAL_COLOUR,
            name=QCoreApplication.translate("TrackingChart", "Actual"),
        )
        self.year_line = pg.InfiniteLine(
            angle=0,
            movable=False,
            pen=pg.mkPen("#D55E00", width=1, style=Qt.PenStyle.DotLine),
            label=QCoreApplication.translate("TrackingChart", "Year target"),
            labelOpts={"position": 0.05, "color": "#D55E00", "anchors": [(0, 0), (0, 0)]},
        )
        self.cumulative_plot.addItem(self.year_line)
        self.kpi_name: str | None = None
        self._ticks: list[tuple[int, str]] = []
        # The highest value each plot shows (by id), for the head room kept above it.
        self._tops: dict[int, float] = {}

    def clear(self) -> None:
        self.kpi_name = None
        self.actual_bars.setOpts(x=[], height=[], brushes=[])
        for item in (self.target_line, self.cumulative_target, self.cumulative_actual):
            item.setData([], [])
        self.year_line.setVisible(False)

    def set_kpi(
        self, tracking: Tracking, actuals: Mapping[str, Mapping[str, Decimal]], name: str
    ) -> None:
        kpi_track = tracking.kpi(name)
        if kpi_track is None:
            self.clear()
            return
        self.kpi_name = name
        scale = 100 if kpi_track.aggregation is Aggregation.RATIO else 1
        monthly_values = self._draw_monthly(kpi_track, scale)
        if kpi_track.aggregation is Aggregation.SUM:
            target, actual = _running_totals(kpi_track)
            self._draw_cumulative(target, actual, QCoreApplication.translate(
                "TrackingChart", "Cumulative against the year's target"), kpi_track.year_target,
                totals=True)
        else:
            target, actual = _year_to_date(tracking, actuals, kpi_track, scale)
            self._draw_cumulative(target, actual, QCoreApplication.translate(
                "TrackingChart", "Year to date against the target"), None, totals=False)
        cumulative_values = [*target[1], *actual[1]]
        if self.year_line.isVisible():
            cumulative_values.append(self.year_line.value())
        self._fit_ranges(len(kpi_track.months), monthly_values, cumulative_values)

    def _draw_monthly(self, kpi_track: KpiTrack, scale: int) -> list[float]:
        """The bars (actuals, coloured by their light), the target line, the month ticks and
        the title; returns the values drawn, for the vertical range."""
        months = kpi_track.months
        closed = [m for m in months if m.closed]
        heights = [_float(m.actual, scale) if m.actual is not None else 0.0 for m in closed]
        self.actual_bars.setOpts(
            x=list(range(len(closed))),
            height=heights,
            width=0.6,
            brushes=[pg.mkBrush(LIGHT_FOREGROUND[m.status]) for m in closed],
        )
        with_target = [(i, m.target) for i, m in enumerate(months) if m.target is not None]
        targets = [_float(t, scale) for _, t in with_target]
        self.target_line.setData([i for i, _ in with_target], targets)
        self._ticks = [(i, month_name(m.month, self._locale)) for i, m in enumerate(months)]
        self._thin_ticks()
        unit = QCoreApplication.translate("TrackingChart", "%") if scale == 100 else ""
        self.monthly_plot.setTitle(
            QCoreApplication.translate("TrackingChart", "%1: monthly target and actual").replace(
                "%1", kpi_track.name
            )
            + (f" ({unit})" if unit else "")
        )
        return [*heights, *targets]

    def _draw_cumulative(self, target: Series, actual: Series, title: str,
                         year_target: Fraction | None, *, totals: bool) -> None:
        """The cumulative (or year-to-date) lines; the year's target line for totals only."""
        self.cumulative_plot.setTitle(title)
        self.year_line.setVisible(totals and year_target is not None)
        if totals:
            self.year_line.setValue(_float(year_target))
        self.cumulative_target.setData(*target)
        self.cumulative_actual.setData(*actual)

    def _fit_ranges(self, months: int, monthly_values: Sequence[float],
                    cumulative_values: Sequence[float]) -> None:
        for plot, values in (
            (self.monthly_plot, monthly_values),
            (self.cumulative_plot, cumulative_values),
        ):
            plot.setXRange(-0.5, months - 0.5, padding=0.02)
            self._tops[id(plot)] = max([float(v) for v in values] + [0.0])
        self._fit_heights()

    def _fit_heights(self) -> None:
        """Keep a band above the data as tall as the legend row, in pixels: a small chart
        (the Tracking tab at 1280×800) needs a larger share of its height for it."""
        for plot in (self.monthly_plot, self.cumulative_plot):
            top = self._tops.get(id(plot), 0.0)
            legend = plot.getPlotItem().legend
            height = plot.getViewBox().height()
            band = 0.3
            if legend is not None and height > 0:
                band = min(max((legend.boundingRect().height() + 8) / height, 0.2), 0.6)
            plot.setYRange(0, top / (1 - band) if top > 0 else 1, padding=0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._thin_ticks()
        self._fit_heights()

    def _thin_ticks(self) -> None:
        """Show every n-th month so the labels never overlap at the chart's width."""
        if not self._ticks:
            return
        for plot in (self.monthly_plot, self.cumulative_plot):
            axis = plot.getAxis("bottom")
            metrics = QFontMetrics(axis.style.get("tickFont") or axis.font())
            widest = max(metrics.horizontalAdvance(text) for _x, text in self._ticks) + 10
            width = max(plot.getViewBox().width(), plot.width() - 60, 1)
            step = max(1, math.ceil(widest * len(self._ticks) / width))
            axis.setTicks([[t for t in self._ticks if t[0] % step == 0]])


# x positions and values of one line.
Series = tuple[list[int], list[float]]


def _running_totals(kpi_track: KpiTrack) -> tuple[Series, Series]:
    """A total's running target over every month and running actual over the closed ones."""
    months = kpi_track.months
    closed = [m for m in months if m.closed]
    running_target: list[float] = []
    total = Fraction(0)
    for m in months:
        total += m.target or 0
        running_target.append(float(total))
    running_actual: list[float] = []
    done = Fraction(0)
    for m in closed:
        done += m.actual or 0
        running_actual.append(float(done))
    return ((list(range(len(months))), running_target),
            (list(range(len(closed))), running_actual))


def _year_to_date(tracking: Tracking, actuals: Mapping[str, Mapping[str, Decimal]],
                  kpi_track: KpiTrack, scale: int) -> tuple[Series, Series]:
    """An average's or conversion's target per month, and its year-to-date actual as it
    stood at the end of each closed month (tracked again through that month)."""
    months = kpi_track.months
    target_xs = [i for i, m in enumerate(months) if m.target is not None]
    points = [
        (i, track_kpi(tracking.agreement, tracking.plan, actuals, kpi_track.kpi,
                      m.month).ytd_actual)
        for i, m in enumerate(months) if m.closed
    ]
    return ((target_xs, [_float(months[i].target, scale) for i in target_xs]),
            ([i for i, value in points if value is not None],
             [_float(value, scale) for _, value in points if value is not None]))
