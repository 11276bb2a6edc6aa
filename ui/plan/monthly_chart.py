"""Monthly targets per stage: one row of month bars per stage, each row on its own scale.

Stages differ by orders of magnitude, so each row is normalised to its own largest month:
the shape (seasonality, and the months a lag shifts a stage earlier) is what the room reads,
and the figure on each bar gives the number. A hatched column on the left holds each stage's
``before_start`` pipeline, the volume the period must already begin with.
"""

from __future__ import annotations

import math
from html import escape

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from slaworkshop.model import Agreement
from slaworkshop.periods import parse_month
from slaworkshop.plan import Plan
from ui.core_text import problem_text
from ui.plan.funnel_chart import PALETTE, format_count, format_total
from ui.plan.funnel_shape import owner_colours

ROW_HEIGHT = 0.66
BAR_WIDTH = 0.72
BEFORE_X = -1.2
LABEL_GAP = 0.55


class MonthlyChart(QWidget):
    """Rows of monthly targets, top stage first; months along the bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale()
        self._foreground = QColor("#1A1A1A")
        self._series: dict[str, list[int]] = {}
        self._months: list[str] = []
        self._has_before = False

        self._plot = pg.PlotWidget(background="#FFFFFF")
        self._plot.setAntialiasing(True)
        item = self._plot.getPlotItem()
        item.hideAxis("left")
        item.hideButtons()
        item.setMenuEnabled(False)
        self._axis = item.getAxis("bottom")
        self._axis.setPen(pg.mkPen("#888888"))
        self._axis.setTextPen(pg.mkPen(self._foreground))
        self._axis.setStyle(tickLength=0)
        self._view = item.getViewBox()
        self._view.setMouseEnabled(x=False, y=False)
        self._view.setMenuEnabled(False)
        self._view.disableAutoRange()
        self._plot.setAccessibleName(
            QCoreApplication.translate("MonthlyChart", "Monthly targets per stage")
        )

        self._bars = pg.BarGraphItem(x=[], y0=[], width=BAR_WIDTH, height=[], pen=pg.mkPen(None))
        self._before_bars = pg.BarGraphItem(
            x=[],
            y0=[],
            width=BAR_WIDTH,
            height=[],
            pen=pg.mkPen("#666666"),
            brush=QBrush(QColor("#777777"), Qt.BrushStyle.BDiagPattern),
        )
        self._view.addItem(self._bars)
        self._view.addItem(self._before_bars)
        self._row_labels: list[pg.TextItem] = []
        self._value_labels: list[list[pg.TextItem]] = []
        self._before_labels: list[pg.TextItem] = []
        self._label_font = QFont()
        self._label_font.setPointSizeF(9.5)
        self._label_font.setBold(True)
        self._value_font = QFont()
        self._value_font.setPointSizeF(7.5)

        self._note = QLabel()
        self._note.setWordWrap(True)
        self._message = QLabel()
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setMargin(24)

        chart_page = QWidget()
        chart_layout = QVBoxLayout(chart_page)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self._plot, 1)
        chart_layout.addWidget(self._note)
        self._stack = QStackedWidget()
        self._stack.addWidget(chart_page)
        self._stack.addWidget(self._message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self._chart_page = chart_page
        self._view.sigResized.connect(self._fit)
        self.set_plan(None, None)

    # -- public -----------------------------------------------------------------------------

    def set_plan(self, plan: Plan | None, agreement: Agreement | None) -> None:
        if plan is None or not plan.stages:
            self._show_message(plan, agreement)
            return
        stages = plan.stages
        months = list(plan.months)
        rows = len(stages)
        self._ensure_items(rows, len(months))
        colours = owner_colours([s.owner for s in stages], agreement, PALETTE)
        self._series = {s.name: list(s.monthly) for s in stages}
        self._months = months
        self._has_before = any(s.before_start for s in stages)

        xs: list[float] = []
        y0s: list[float] = []
        heights: list[float] = []
        brushes = []
        before_x: list[float] = []
        before_y0: list[float] = []
        before_h: list[float] = []
        for index, stage in enumerate(stages):
            base = rows - 1 - index
            # Each row on the scale of its own months; a larger pipeline is capped at the
            # row's height (its figure says how large).
            scale = max([*stage.monthly, 1])
            before_height = ROW_HEIGHT * min(stage.before_start / scale, 1.0)
            colour = QColor(colours.get(stage.owner, PALETTE[-1]))
            for month, value in enumerate(stage.monthly):
                xs.append(month)
                y0s.append(base)
                heights.append(ROW_HEIGHT * value / scale)
                brushes.append(pg.mkBrush(colour))
                label = self._value_labels[index][month]
                label.setText(format_count(self._locale, value) if value else "")
                label.setPos(month, base + ROW_HEIGHT * value / scale)
            before_x.append(BEFORE_X)
            before_y0.append(base)
            before_h.append(before_height)
            before_label = self._before_labels[index]
            before_label.setText(
                format_count(self._locale, stage.before_start) if stage.before_start else ""
            )
            before_label.setPos(BEFORE_X, base + before_height)
            before_label.setVisible(self._has_before)
            row_label = self._row_labels[index]
            per_year = format_total(self._locale, stage.annual, len(months))
            row_label.setHtml(
                f'<div style="text-align:right; color:{self._foreground.name()};">'
                f"<b>{escape(stage.name)}</b><br/>{per_year}</div>"
            )
            row_label.textItem.setTextWidth(-1)
            row_label.textItem.setTextWidth(row_label.textItem.document().idealWidth())
            row_label.updateTextPos()
            row_label.setPos(self._first_x() - LABEL_GAP, base + ROW_HEIGHT / 2)
        self._bars.setOpts(x=xs, y0=y0s, height=heights, width=BAR_WIDTH, brushes=brushes)
        self._before_bars.setOpts(x=before_x, y0=before_y0, height=before_h, width=BAR_WIDTH)
        self._before_bars.setVisible(self._has_before)
        self._axis.setTicks([self._ticks()])
        first, last = parse_month(months[0])[0], parse_month(months[-1])[0]
        self._axis.setLabel(
            str(first) if first == last else f"{first}–{last}", color=self._foreground.name()
        )
        self._view.setYRange(-0.08, rows - 1 + ROW_HEIGHT + 0.36, padding=0)
        self._note.setText(self._before_note(plan))
        self._note.setVisible(self._has_before)
        self._stack.setCurrentWidget(self._chart_page)
        self._fit()

    def series(self) -> dict[str, list[int]]:
        """The monthly targets drawn, per stage; empty when cleared."""
        return {name: list(values) for name, values in self._series.items()}

    def month_labels(self) -> list[str]:
        """The labels under the month columns (without the before-start column)."""
        return [text for x, text in self._ticks() if x >= 0]

    def value_labels(self, stage_index: int) -> list[str]:
        return [item.textItem.toPlainText() for item in self._value_labels[stage_index]]

    def before_start_note(self) -> str:
        return self._note.text() if self._has_before else ""

    def message(self) -> str:
        return self._message.text() if self._stack.currentWidget() is self._message else ""

    # -- internals --------------------------------------------------------------------------

    def _first_x(self) -> float:
        return BEFORE_X if self._has_before else 0.0

    def _ticks(self, step: int = 1, before: bool = True) -> list[tuple[float, str]]:
        """Month names under the columns; every ``step``-th when they would overlap."""
        ticks: list[tuple[float, str]] = []
        if self._has_before and before:
            ticks.append((BEFORE_X, QCoreApplication.translate("MonthlyChart", "Before")))
        for index, month in enumerate(self._months):
            if index % step:
                continue
            year, number = parse_month(month)
            name = self._locale.standaloneMonthName(number, QLocale.FormatType.ShortFormat)
            if number == 1 and index > 0:
                # A new year inside the period: say which.
                name = (
                    QCoreApplication.translate("MonthlyChart", "%1 %2")
                    .replace("%1", name)
                    .replace("%2", str(year)[-2:])
                )
            ticks.append((index, name))
        return ticks

    def _before_note(self, plan: Plan) -> str:
        parts = [
            QCoreApplication.translate("MonthlyChart", "%1: %2")
            .replace("%1", s.name)
            .replace("%2", format_count(self._locale, s.before_start))
            for s in plan.stages
            if s.before_start
        ]
        return QCoreApplication.translate(
            "MonthlyChart",
            "Hatched: the pipeline the period must begin with, because of the lag "
            "between stages — %1.",
        ).replace("%1", ", ".join(parts))

    def _ensure_items(self, rows: int, months: int) -> None:
        """Text items are rebuilt only when the number of stages or months changes."""
        if len(self._row_labels) == rows and all(len(r) == months for r in self._value_labels):
            return
        for item in [
            *self._row_labels,
            *self._before_labels,
            *(v for row in self._value_labels for v in row),
        ]:
            self._view.removeItem(item)
        self._row_labels, self._before_labels, self._value_labels = [], [], []
        for _ in range(rows):
            label = pg.TextItem(anchor=(1, 0.5), color=self._foreground)
            font = QFont(self._label_font)
            font.setBold(False)
            label.setFont(font)
            self._view.addItem(label)
            self._row_labels.append(label)
            row = []
            for _month in range(months):
                value = pg.TextItem(anchor=(0.5, 1), color="#333333")
                value.setFont(self._value_font)
                self._view.addItem(value)
                row.append(value)
            self._value_labels.append(row)
            before = pg.TextItem(anchor=(0.5, 1), color="#333333")
            before.setFont(self._value_font)
            self._view.addItem(before)
            self._before_labels.append(before)

    def _show_message(self, plan: Plan | None, agreement: Agreement | None) -> None:
        self._series, self._months, self._has_before = {}, [], False
        if agreement is None:
            text = QCoreApplication.translate("MonthlyChart", "No agreement is selected.")
        else:
            from slaworkshop.model import validate_agreement

            problems = validate_agreement(agreement)
            text = (
                QCoreApplication.translate(
                    "MonthlyChart", "The monthly targets cannot be computed: %1"
                ).replace("%1", problem_text(problems[0]))
                if problems
                else QCoreApplication.translate("MonthlyChart", "The funnel has no stages yet.")
            )
        self._message.setText(text)
        self._stack.setCurrentWidget(self._message)

    def _fit(self, *_args: object) -> None:
        """Leave room on the left for the widest stage label; hide figures that do not fit."""
        width = self._view.width()
        if width <= 0 or not self._months:
            return
        right = len(self._months) - 0.5
        anchor = self._first_x() - LABEL_GAP
        label_px = (
            max((lb.textItem.boundingRect().width() for lb in self._row_labels), default=0.0) + 10
        )
        label_px = min(label_px, width * 0.5)
        left = -(right * label_px - anchor * width) / (width - label_px)
        left = min(left, self._first_x() - 0.5)
        self._view.setXRange(left, right, padding=0)
        px_per_month = width / (right - left)
        metrics = QFontMetrics(self._axis.style.get("tickFont") or QFont())
        widest = max(metrics.horizontalAdvance(text) for _x, text in self._ticks()) + 8
        step = max(1, math.ceil(widest / px_per_month))
        before = px_per_month * (-BEFORE_X) >= widest
        self._axis.setTicks([self._ticks(step, before)])
        # Figures go in the gap above each bar: only when that gap can hold them.
        y_low, y_high = self._view.viewRange()[1]
        px_per_row = self._view.height() / max(y_high - y_low, 1e-9)
        text_px = QFontMetrics(self._value_font).height()
        room = px_per_row * (1 - ROW_HEIGHT) >= text_px + 6
        for row in self._value_labels:
            for item in row:
                item.setVisible(
                    room and item.textItem.boundingRect().width() <= px_per_month * 0.98
                )
        for item in self._before_labels:
            item.setVisible(
                room
                and self._has_before
                and item.textItem.boundingRect().width() <= px_per_month * 0.98
            )
