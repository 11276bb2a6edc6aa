"""The Tracking tab: the KPI grid by month with traffic lights, and the chart of the KPI picked.

Reads the session's current agreement and the store's actuals; refreshes when the agreement
changes, another one is selected, or actuals are written to the file.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.model import ValidationError
from slaworkshop.tracking import Tracking, latest_reported_month, track
from ui.core_text import problem_text
from ui.models.tracking_grid import ROWS_PER_KPI, TrackingGridModel, two_lines
from ui.session import AgreementSession
from ui.tracking.tracking_chart import TrackingChart
from ui.widgets.month_box import MonthBox
from ui.widgets.refresh_when_shown import RefreshWhenShown


class TrackingView(RefreshWhenShown):
    """Grid of KPIs by month (target, actual, attainment) plus year to date and pace."""

    monthChanged = Signal(str)

    def __init__(self, session: AgreementSession, parent: QWidget | None = None,
                 locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._locale = locale or QLocale()
        self._actuals: dict[str, dict[str, Decimal]] = {}
        self._agreement_id: int | None = None
        self.month_box = MonthBox(self, self._locale)
        self.month_box.setObjectName("trackingMonth")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Report month:"), self))
        top.addWidget(self.month_box)
        top.addWidget(self.message, 1)
        self.model = TrackingGridModel(self, self._locale)
        self.model.two_line_headers = True
        self.table = QTableView(self)
        self.table.setModel(self.model)
        # Only the KPI's name cell is selected, so the traffic lights stay visible.
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        # Only the KPI names (three rows high) ever need a second line.
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next widget
        self.chart = TrackingChart(self, self._locale)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.month_box.currentIndexChanged.connect(self._month_picked)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_chart(current.row()))
        # Tracking is recomputed when shown: while hidden (the usual case during a live edit
        # of the plan) a change only marks it stale, which keeps start-up and typing fast.
        self._stale = True
        session.changed.connect(self.session_changed)
        # After an import (or its undo) the view shows the latest month with actuals, unless
        # the user picked a month by hand in this session.
        self._follow_data = False
        self.month_box.activated.connect(self._picked_by_hand)
        session.actualsImported.connect(self._actuals_imported)

    @property
    def tracking(self) -> Tracking | None:
        return self.model.tracking

    def current_month(self) -> str | None:
        return self.month_box.current_month()

    def set_month(self, month: str) -> None:
        self.month_box.set_month(month)

    def refresh(self) -> None:
        self._stale = False
        agreement = self.session.agreement
        if agreement is None or agreement.id is None:
            self._agreement_id = None
            self.month_box.set_months([], None)
            self.model.set_tracking(None)
            self.chart.clear()
            self.message.setText(self.tr("Select an agreement to track it."))
            return
        self._actuals = self.session.actuals(agreement.id)
        months = agreement.month_list
        keep = self.current_month() if self._agreement_id == agreement.id \
            and not self._follow_data else None
        self._follow_data = False
        self._agreement_id = agreement.id
        self.month_box.set_months(months, keep if keep in months else
                                  latest_reported_month(agreement, self._actuals))
        self._recompute()

    def _picked_by_hand(self, _index: int) -> None:
        self.session.month_picked_by_hand = True

    def _actuals_imported(self) -> None:
        self._follow_data = not self.session.month_picked_by_hand

    def _month_picked(self) -> None:
        self._recompute()
        month = self.current_month()
        if month is not None:
            self.monthChanged.emit(month)

    def _recompute(self) -> None:
        agreement = self.session.agreement
        month = self.current_month()
        if agreement is None or month is None:
            return
        selected = self.chart.kpi_name
        try:
            tracking = track(agreement, self._actuals, month)
        except ValidationError as exc:
            self.model.set_tracking(None)
            self.chart.clear()
            self.message.setText(self.tr("The plan cannot be computed: %1")
                                 .replace("%1", "; ".join(problem_text(p) for p in exc.problems)))
            return
        reported = sum(1 for values in self._actuals.values() for m in values
                       if m in agreement.month_list)
        self.message.setText("" if reported else self.tr(
            "No actuals yet: import a month of actuals to see how the plan is going."))
        self.model.set_tracking(tracking)
        self._span_kpi_names()
        names = [k.name for k in tracking.kpis]
        row = names.index(selected) * ROWS_PER_KPI if selected in names else 0
        self.table.setCurrentIndex(self.model.index(row, 0))
        self._show_chart(row)

    def _span_kpi_names(self) -> None:
        self.table.clearSpans()
        for row in range(0, self.model.rowCount(), ROWS_PER_KPI):
            self.table.setSpan(row, 0, ROWS_PER_KPI, 1)
        # Spanned cells are left out of "resize to contents": size the name column ourselves.
        tracking = self.model.tracking
        if tracking is not None and tracking.kpis:
            font = self.table.font()
            font.setBold(True)
            metrics = QFontMetrics(font)
            # A long name takes two lines of its three rows: the columns of figures get the
            # width (at 1280 px the year-to-date and pace columns fit beside the months).
            width = max(max(metrics.horizontalAdvance(line) for line in
                            two_lines(k.name).split("\n")) for k in tracking.kpis) + 16
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(0, min(width, 260))

    def _show_chart(self, row: int) -> None:
        tracking = self.model.tracking
        kpi = self.model.kpi_at(row)
        if tracking is None or kpi is None:
            self.chart.clear()
            return
        self.chart.set_kpi(tracking, self._actuals, kpi.name)
