"""Meeting mode: the monthly meeting as slides, full screen, dark, in large type.

The funnel against the plan for the month, then for the year to date, one slide per party with
its KPI tiles, then the findings in words. ←/→ change the month, PgDown/Space and PgUp the
slide, Esc leaves. Slides are built once; a new month or new actuals update them in place.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from decimal import Decimal
from html import escape

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.dashboard import FunnelAgainstPlan, funnel_against_plan
from slaworkshop.model import ValidationError
from slaworkshop.tracking import MonthlyReport, latest_reported_month, monthly_report
from ui.core_text import problem_text
from ui.models.tracking_format import month_name
from ui.plan.funnel_chart import PRESENTER_BACKGROUND, PRESENTER_FOREGROUND
from ui.session import AgreementSession
from ui.tracking.dashboard_text import (
    DARK_TEXT,
    leak_text,
    miss_texts,
    no_leak_text,
    scope_title,
)
from ui.tracking.funnel_slide import FunnelSlide
from ui.tracking.kpi_board import KpiBoard

MUTED = "#AAB4BE"
STYLE = f"""
MeetingWindow {{ background: {PRESENTER_BACKGROUND}; }}
QLabel {{ color: {PRESENTER_FOREGROUND}; background: transparent; }}
QLabel#muted {{ color: {MUTED}; }}
"""
# Type sizes tried for the findings slide, largest first, until its text fits.
FINDINGS_SIZES = (22.0, 20.0, 18.0, 16.0, 14.0, 12.0)


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


class MeetingWindow(QWidget):
    """Full-screen meeting mode; the caller calls ``showFullScreen()``."""

    left = Signal()

    def __init__(self, session: AgreementSession, parent: QWidget | None = None,
                 locale: QLocale | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self._locale = locale or QLocale()
        self.setObjectName("meeting")
        self.setWindowTitle(self.tr("Monthly meeting"))
        self.setStyleSheet(STYLE)
        self.setAutoFillBackground(True)
        self.setMinimumSize(960, 600)
        self.report: MonthlyReport | None = None
        self.month: str | None = None
        self._months: list[str] = []
        self._actuals: dict[str, dict[str, Decimal]] = {}
        self._agreement_id: int | None = None

        self.title_label = QLabel(self)
        self.title_label.setFont(_font(22, True))
        self.position_label = QLabel(self)
        self.position_label.setObjectName("muted")
        self.position_label.setFont(_font(14))
        hint = QLabel(self.tr("←/→: month · PgDown, Space/PgUp: slides · Esc: leave"), self)
        hint.setObjectName("muted")
        hint.setFont(_font(12))
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.position_label, 0, Qt.AlignmentFlag.AlignVCenter)
        self.slide_title = QLabel(self)
        self.slide_title.setFont(_font(24, True))
        self.slide_title.setWordWrap(True)

        self.slides = QStackedWidget(self)
        self.month_slide = FunnelSlide(self._locale, self.slides)
        self.ytd_slide = FunnelSlide(self._locale, self.slides)
        self.findings_label = QLabel(self.slides)
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)
        self.findings_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.slides.addWidget(self.month_slide)
        self.slides.addWidget(self.ytd_slide)
        self.slides.addWidget(self.findings_label)
        self.boards: list[KpiBoard] = []
        # How to bring each slide not yet drawn up to date, by index.
        self._pending: dict[int, Callable[[], None]] = {}
        self._slide_titles: list[str] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 14)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.slide_title)
        layout.addWidget(self.slides, 1)
        # The keys at the foot, out of the way of a long title.
        layout.addWidget(hint, 0, Qt.AlignmentFlag.AlignRight)

        keys = (
            (self.tr("Previous month"), [Qt.Key.Key_Left], lambda: self.step_month(-1)),
            (self.tr("Next month"), [Qt.Key.Key_Right], lambda: self.step_month(1)),
            (self.tr("Next slide"), [Qt.Key.Key_PageDown, Qt.Key.Key_Space],
             lambda: self.step_slide(1)),
            (self.tr("Previous slide"), [Qt.Key.Key_PageUp], lambda: self.step_slide(-1)),
            (self.tr("Leave the meeting"), [Qt.Key.Key_Escape], self.close),
        )
        for text, shortcuts, slot in keys:
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(key) for key in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        session.changed.connect(self.refresh)
        self.refresh()

    # -- public -----------------------------------------------------------------------------

    def slide_count(self) -> int:
        return self.slides.count()

    def current_slide(self) -> int:
        return self.slides.currentIndex()

    def slide_titles(self) -> list[str]:
        return list(self._slide_titles)

    def set_slide(self, index: int) -> None:
        index = max(0, min(index, self.slides.count() - 1))
        self._update_slide(index)
        self.slides.setCurrentIndex(index)
        self._show_position()

    def _update_slide(self, index: int) -> None:
        update = self._pending.pop(index, None)
        if update is not None:
            update()

    def step_slide(self, steps: int) -> None:
        self.set_slide(self.current_slide() + steps)

    def set_month(self, month: str) -> None:
        if month in self._months:
            self.month = month
            self._render()

    def step_month(self, steps: int) -> None:
        if self.month is None or not self._months:
            return
        index = self._months.index(self.month) + steps
        self.set_month(self._months[max(0, min(index, len(self._months) - 1))])

    def refresh(self) -> None:
        agreement = self.session.agreement
        if agreement is None or agreement.id is None:
            self._months, self.month, self._actuals = [], None, {}
        else:
            self._actuals = self.session.store.actuals(agreement.id)
            self._months = agreement.month_list
            if self._agreement_id != agreement.id or self.month not in self._months:
                self.month = latest_reported_month(agreement, self._actuals)
            self._agreement_id = agreement.id
        self._render()

    # -- showing ----------------------------------------------------------------------------

    def _render(self) -> None:
        agreement = self.session.agreement
        self.report = None
        message = self.tr("No agreement is selected.")
        if agreement is not None and self.month is not None:
            try:
                self.report = monthly_report(agreement, self._actuals, self.month)
            except ValidationError as exc:
                message = self.tr("The plan cannot be computed: %1").replace(
                    "%1", "; ".join(problem_text(p) for p in exc.problems))
        report = self.report
        self.title_label.setText(agreement.title if agreement is not None else "")
        if report is None:
            self._pending = {}
            for slide in (self.month_slide, self.ytd_slide):
                slide.show_funnel(None, message)
            self._ensure_boards([])
            self.findings_label.setText("")
            self._slide_titles = ["", "", ""]
            self._show_position()
            return
        month_funnel = funnel_against_plan(report.tracking, "month")
        ytd_funnel = funnel_against_plan(report.tracking, "ytd")
        parties = [s.party for s in report.sections if s.kpis]
        self._ensure_boards(parties)
        # Only the slide on screen is drawn now; the others when they are shown, so a month
        # change costs one slide, not all of them.
        self._pending = {
            0: lambda: self.month_slide.show_funnel(month_funnel),
            1: lambda: self.ytd_slide.show_funnel(ytd_funnel),
            **{2 + index: functools.partial(board.set_report, report)
               for index, board in enumerate(self.boards)},
            2 + len(self.boards): lambda: self._show_findings(month_funnel, ytd_funnel),
        }
        self._update_slide(self.current_slide())
        self._slide_titles = [
            scope_title(month_funnel, self._locale), scope_title(ytd_funnel, self._locale),
            *(self.tr("%1: the KPIs of %2").replace("%1", party or self.tr("No owner"))
              .replace("%2", month_name(report.month, self._locale, True))
              for party in parties),
            self.tr("Findings, %1").replace("%1", month_name(report.month, self._locale, True)),
        ]
        self._show_position()

    def _ensure_boards(self, parties: list[str]) -> None:
        """One slide per party, between the funnels and the findings; rebuilt only when the
        parties change."""
        if [b.parties[0] for b in self.boards if b.parties] == parties:
            return
        current = self.current_slide()
        for board in self.boards:
            self.slides.removeWidget(board)
            board.deleteLater()
        self.boards = []
        for index, party in enumerate(parties):
            board = KpiBoard(self.slides, dark=True, locale=self._locale, parties=(party,))
            self.slides.insertWidget(2 + index, board)
            self.boards.append(board)
        self.slides.setCurrentIndex(max(0, min(current, self.slides.count() - 1)))

    def findings_html(self, month_funnel: FunnelAgainstPlan,
                      ytd_funnel: FunnelAgainstPlan) -> str:
        parts = []
        for heading, funnel in ((self.tr("This month"), month_funnel),
                                (self.tr("Year to date"), ytd_funnel)):
            parts.append(f"<p style='color:{MUTED};'><b>{escape(heading)}</b></p>")
            if funnel.leak is not None:
                colour = DARK_TEXT[funnel.leak.handoff.status]
                parts.append(f"<p style='color:{colour};'><b>"
                             f"{escape(leak_text(funnel.leak, self._locale))}</b></p>")
            else:
                parts.append(f"<p>{escape(no_leak_text(funnel))}</p>")
            misses = miss_texts(funnel, self._locale)
            if misses:
                items = "".join(f"<li>{escape(text)}</li>" for text in misses)
                further = self.tr("Further misses:")
                parts.append(f"<p>{escape(further)}</p><ul>{items}</ul>")
        return "".join(parts)

    def _show_findings(self, month_funnel: FunnelAgainstPlan,
                       ytd_funnel: FunnelAgainstPlan) -> None:
        self.findings_label.setText(self.findings_html(month_funnel, ytd_funnel))
        self._fit_findings()

    def _fit_findings(self) -> None:
        """The largest type at which the findings fit the slide."""
        width, height = self.slides.width(), self.slides.height()
        for size in FINDINGS_SIZES:
            self.findings_label.setFont(_font(size))
            if width <= 0 or self.findings_label.heightForWidth(width) <= height:
                return

    def _show_position(self) -> None:
        index = self.current_slide()
        titles = self._slide_titles
        self.slide_title.setText(titles[index] if 0 <= index < len(titles) else "")
        month = month_name(self.month, self._locale, True) if self.month else ""
        self.position_label.setText(
            self.tr("%1 · slide %2 of %3").replace("%1", month)
            .replace("%2", self._locale.toString(index + 1))
            .replace("%3", self._locale.toString(self.slide_count())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_findings()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.left.emit()
        super().closeEvent(event)
