"""The Dashboard tab: the meeting's pictures in the window, for a chosen month.

The funnel against the plan (this month or the year to date) with where it leaks, and the KPI
tiles by party; the Monthly meeting button shows the same full screen.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.dashboard import funnel_against_plan
from slaworkshop.model import ValidationError
from slaworkshop.tracking import MonthlyReport, latest_reported_month, monthly_report
from ui.core_text import problem_text
from ui.session import AgreementSession
from ui.tracking.actual_funnel import ActualFunnel
from ui.tracking.dashboard_text import LIGHT_TEXT, leak_text, no_leak_text
from ui.tracking.kpi_board import KpiBoard
from ui.widgets.month_box import MonthBox
from ui.widgets.refresh_when_shown import RefreshWhenShown

FUNNEL_HEIGHT = 340


class DashboardView(RefreshWhenShown):
    # The user asked for meeting mode.
    meetingRequested = Signal()

    def __init__(self, session: AgreementSession, parent: QWidget | None = None,
                 locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._locale = locale or QLocale()
        self._actuals: dict[str, dict[str, Decimal]] = {}
        self._agreement_id: int | None = None
        self.report: MonthlyReport | None = None
        self.scope = "month"
        # Why there is no funnel to show (no agreement, a plan that cannot be computed).
        self._message = ""
        self.month_box = MonthBox(self, self._locale)
        self.month_button = QPushButton(self.tr("This month"), self)
        self.ytd_button = QPushButton(self.tr("Year to date"), self)
        scopes = QButtonGroup(self)
        for button in (self.month_button, self.ytd_button):
            button.setCheckable(True)
            scopes.addButton(button)
        self.month_button.setChecked(True)
        self.meeting_button = QPushButton(self.tr("Monthly meeting"), self)
        self.meeting_button.setToolTip(self.tr("Full screen, for the meeting (Ctrl+Shift+M)"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Report month:"), self))
        top.addWidget(self.month_box)
        top.addSpacing(12)
        top.addWidget(self.month_button)
        top.addWidget(self.ytd_button)
        top.addStretch(1)
        top.addWidget(self.meeting_button)
        content = QWidget(self)
        self.funnel = ActualFunnel(content, locale=self._locale)
        self.funnel.setMinimumHeight(FUNNEL_HEIGHT)
        self.leak_label = QLabel(content)
        self.leak_label.setWordWrap(True)
        font = self.leak_label.font()
        font.setBold(True)
        self.leak_label.setFont(font)
        self.board = KpiBoard(content, locale=self._locale)
        body = QVBoxLayout(content)
        body.addWidget(self.funnel)
        body.addWidget(self.leak_label)
        body.addWidget(self.board)
        body.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.month_box.currentIndexChanged.connect(lambda _i: self._render())
        self.month_button.toggled.connect(lambda on: self._scope_toggled(on, "month"))
        self.ytd_button.toggled.connect(lambda on: self._scope_toggled(on, "ytd"))
        self.meeting_button.clicked.connect(self.meetingRequested)
        self._stale = True
        session.changed.connect(self.session_changed)

    def current_month(self) -> str | None:
        return self.month_box.current_month()

    def set_month(self, month: str) -> None:
        self.month_box.set_month(month)

    def _scope_toggled(self, on: bool, scope: str) -> None:
        if on:
            self.set_scope(scope)

    def set_scope(self, scope: str) -> None:
        self.scope = scope
        button = self.month_button if scope == "month" else self.ytd_button
        if not button.isChecked():
            button.setChecked(True)
        self._show_funnel()

    def refresh(self) -> None:
        self._stale = False
        agreement = self.session.agreement
        if agreement is None or agreement.id is None:
            self._agreement_id, self._actuals = None, {}
            self.month_box.set_months([], None)
        else:
            self._actuals = self.session.store.actuals(agreement.id)
            months = agreement.month_list
            keep = self.current_month() if self._agreement_id == agreement.id else None
            self._agreement_id = agreement.id
            self.month_box.set_months(months, keep if keep in months else
                                      latest_reported_month(agreement, self._actuals))
        self._render()

    def _render(self) -> None:
        agreement = self.session.agreement
        month = self.current_month()
        self.report = None
        self._message = self.tr("Select an agreement to see its dashboard.")
        if agreement is not None and month is not None:
            try:
                self.report = monthly_report(agreement, self._actuals, month)
            except ValidationError as exc:
                self._message = self.tr("The plan cannot be computed: %1").replace(
                    "%1", "; ".join(problem_text(p) for p in exc.problems))
        self.meeting_button.setEnabled(agreement is not None)
        self.board.set_report(self.report)
        self._show_funnel()

    def _show_funnel(self) -> None:
        if self.report is None:
            self.funnel.set_funnel(None, self._message)
            self.leak_label.setText("")
            return
        funnel = funnel_against_plan(self.report.tracking, self.scope)
        self.funnel.set_funnel(funnel)
        if funnel.leak is not None:
            self.leak_label.setText(leak_text(funnel.leak, self._locale))
            self.leak_label.setStyleSheet(f"color: {LIGHT_TEXT[funnel.leak.handoff.status]};")
        else:
            self.leak_label.setText(no_leak_text(funnel))
            self.leak_label.setStyleSheet("")
