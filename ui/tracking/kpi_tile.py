"""One KPI at a glance: a bullet chart of the month's actual against its target over the amber
and green bands, the year-to-date figure, the pace to the year's end, and a sparkline of the
months with the target line.

Drawn in one pyqtgraph view per tile in tile coordinates (x and y in [0, 1] for the sparkline,
the bullet above it); the items are built once and updated in place on every change.
``bullet_scale`` and ``spark_scale`` say how a KPI's figures map to those coordinates.
"""

from __future__ import annotations

from fractions import Fraction

import pyqtgraph as pg
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from slaworkshop.dashboard import Pace
from slaworkshop.model import Thresholds
from slaworkshop.tracking import KpiTrack, Light
from ui.tracking.dashboard_shape import bullet_bands
from ui.tracking.dashboard_text import (
    DARK_TEXT,
    FILL,
    LIGHT_TEXT,
    month_text,
    pace_text,
    ytd_text,
)

# Tile coordinates: the sparkline fills y in [0, SPARK_TOP], the bullet sits above it.
SPARK_TOP = 1.0
BULLET_Y = 1.45
BULLET_HEIGHT = 0.5
TOP = BULLET_Y + BULLET_HEIGHT / 2 + 0.08


def _band_colour(status: Light, dark: bool) -> QColor:
    colour = QColor(FILL[status])
    colour.setAlpha(95 if dark else 80)
    return colour


class KpiTile(QFrame):
    """A KPI's tile; ``set_track`` shows one KPI's figures (tracking's, through a month)."""

    def __init__(self, parent: QWidget | None = None, *, dark: bool = False,
                 locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self.dark = dark
        self._locale = locale or QLocale()
        self._text = DARK_TEXT if dark else LIGHT_TEXT
        self.setObjectName("kpiTile")
        foreground = "#F4F4F4" if dark else "#1A1A1A"
        self._muted = "#AAB4BE" if dark else "#5F6870"
        panel = "#1B222A" if dark else "#F6F8FA"
        self.setStyleSheet(f"QFrame#kpiTile {{ background: {panel}; border-radius: 8px; }}"
                           f"QLabel {{ color: {foreground}; background: transparent; }}")
        self.name_label = QLabel(self)
        self.name_label.setFont(_font(16 if dark else 10.5, True))
        self.name_label.setWordWrap(True)
        self.month_label = QLabel(self)
        self.ytd_label = QLabel(self)
        self.pace_label = QLabel(self)
        for label in (self.month_label, self.ytd_label, self.pace_label):
            label.setFont(_font(13 if dark else 9.5))
            label.setWordWrap(True)
        self._plot = pg.GraphicsView(parent=self, background=QColor(panel))
        self._plot.setAntialiasing(True)
        self._plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._plot.setMinimumHeight(50)
        self._plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._view = pg.ViewBox(enableMouse=False, enableMenu=False, defaultPadding=0)
        self._plot.setCentralItem(self._view)
        self._view.disableAutoRange()
        self._view.setRange(xRange=(-0.02, 1.02), yRange=(-0.08, TOP), padding=0)
        line = QColor(foreground)
        self.bands = pg.BarGraphItem(x0=[], y=[], width=[], height=BULLET_HEIGHT,
                                     pen=pg.mkPen(None))
        self.actual_bar = pg.BarGraphItem(x0=[], y=[], width=[], height=BULLET_HEIGHT * 0.42,
                                          pen=pg.mkPen(None), brush=pg.mkBrush(line))
        self.target_tick = pg.BarGraphItem(x0=[], y=[], width=[], height=BULLET_HEIGHT * 0.9,
                                           pen=pg.mkPen(None), brush=pg.mkBrush(line))
        self.spark_target = pg.PlotCurveItem(
            pen=pg.mkPen(self._muted, width=2, style=Qt.PenStyle.DashLine))
        self.spark_actual = pg.PlotCurveItem(pen=pg.mkPen(line, width=2.5))
        self.spark_points = pg.ScatterPlotItem(size=9 if dark else 7, pen=pg.mkPen(None))
        for item in (self.bands, self.actual_bar, self.target_tick, self.spark_target,
                     self.spark_actual, self.spark_points):
            self._view.addItem(item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.name_label)
        layout.addWidget(self._plot, 1)
        layout.addWidget(self.month_label)
        layout.addWidget(self.ytd_label)
        layout.addWidget(self.pace_label)
        self.track: KpiTrack | None = None
        # Value units → tile x (bullet) and y (sparkline).
        self.bullet_scale = 1.0
        self.spark_scale = 1.0

    def set_track(self, track: KpiTrack, pace: Pace, thresholds: Thresholds) -> None:
        self.track = track
        locale = self._locale
        self.name_label.setText(track.name)
        current = track.current
        pace_status = Light.RED if pace.out_of_reach else pace.status
        for label, text, status in (
                (self.month_label, month_text(track, locale), current.status),
                (self.ytd_label, ytd_text(track, locale), track.ytd_status),
                (self.pace_label, pace_text(track, pace, locale), pace_status)):
            label.setText(text)
            style = f"color: {self._text[status]};"
            # A style sheet set again is parsed again: only a changed light is set.
            if label.styleSheet() != style:
                label.setStyleSheet(style)
        self._show_bullet(track, thresholds)
        self._show_sparkline(track)

    def _show_bullet(self, track: KpiTrack, thresholds: Thresholds) -> None:
        current = track.current
        target = current.target
        actual = current.actual
        if target is None or target <= 0:
            self.bands.setOpts(x0=[], y=[], width=[])
            self.target_tick.setOpts(x0=[], y=[], width=[])
            top = max(_float(actual), 1e-9)
            self.bullet_scale = 1.0 / top
        else:
            bands = bullet_bands(target, track.kpi.direction, thresholds)
            top = max(float(bands[-1][1]), _float(actual))
            self.bullet_scale = 1.0 / top
            self.bands.setOpts(
                x0=[float(start) * self.bullet_scale for start, _end, _light in bands],
                y=[BULLET_Y] * 3,
                width=[float(end - start) * self.bullet_scale for start, end, _light in bands],
                height=BULLET_HEIGHT,
                brushes=[pg.mkBrush(_band_colour(light, self.dark)) for *_, light in bands])
            tick = 0.012
            self.target_tick.setOpts(x0=[float(target) * self.bullet_scale - tick / 2],
                                     y=[BULLET_Y], width=[tick])
        if actual is None:
            self.actual_bar.setOpts(x0=[], y=[], width=[])
        else:
            self.actual_bar.setOpts(x0=[0.0], y=[BULLET_Y],
                                    width=[float(actual) * self.bullet_scale])

    def _show_sparkline(self, track: KpiTrack) -> None:
        months = track.months
        count = max(len(months) - 1, 1)
        values = [float(m.actual) for m in months if m.closed and m.actual is not None]
        values += [float(m.target) for m in months if m.target is not None]
        top = max(values, default=0.0)
        self.spark_scale = SPARK_TOP / top if top > 0 else 1.0
        with_target = [(i / count, float(m.target) * self.spark_scale)
                       for i, m in enumerate(months) if m.target is not None]
        self.spark_target.setData([x for x, _ in with_target], [y for _, y in with_target])
        reported = [(i / count, float(m.actual) * self.spark_scale, m.status)
                    for i, m in enumerate(months) if m.closed and m.actual is not None]
        self.spark_actual.setData([x for x, _, _ in reported], [y for _, y, _ in reported])
        self.spark_points.setData(
            [x for x, _, _ in reported], [y for _, y, _ in reported],
            brush=[pg.mkBrush(FILL[status]) for *_, status in reported])

    def texts(self) -> dict[str, str]:
        """What the tile says, by line."""
        return {"name": self.name_label.text(), "month": self.month_label.text(),
                "ytd": self.ytd_label.text(), "pace": self.pace_label.text()}


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _float(value: Fraction | None) -> float:
    # Floats only for drawing; the figures themselves stay exact in the core.
    return 0.0 if value is None else float(value)
