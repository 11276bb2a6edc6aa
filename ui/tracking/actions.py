"""The tracking extension of the main window (see ui/window/extensions.py).

Adds the "Tracking", "Monthly report" and "Dashboard" tabs, View ▸ Monthly report in large
type, View ▸ Monthly meeting (full screen, Ctrl+Shift+M), and Agreement ▸ Revise with
re-benchmarked rates… (enabled for a signed revision in a writable file).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from slaworkshop.model import Status
from ui.widgets.lazy_tab import LazyTab

if TYPE_CHECKING:
    from ui.tracking.dashboard_view import DashboardView
    from ui.tracking.meeting import MeetingWindow
    from ui.tracking.report_view import ReportView
    from ui.tracking.tracking_view import TrackingView


class TrackingExtension:
    """Keeps the tabs and actions this extension added, and their enabled state."""

    def __init__(self, window: Any) -> None:
        self.window = window
        session = window.session
        locale = QLocale()
        # Both tabs are built (and their modules imported) when first opened: start-up pays
        # nothing for them.
        self.tracking_tab = LazyTab(lambda parent: self._build_tracking(parent, locale))
        self.report_tab = LazyTab(lambda parent: self._build_report(parent, locale))
        self.tracking_tab.setObjectName("trackingTab")
        self.report_tab.setObjectName("reportTab")
        window.tabs.addTab(
            self.tracking_tab, QCoreApplication.translate("TrackingActions", "Tracking")
        )
        window.tabs.addTab(
            self.report_tab, QCoreApplication.translate("TrackingActions", "Monthly report")
        )
        self.dashboard_tab = LazyTab(lambda parent: self._build_dashboard(parent, locale))
        window.tabs.addTab(
            self.dashboard_tab, QCoreApplication.translate("TrackingActions", "Dashboard")
        )

        self.present_action = QAction(
            QCoreApplication.translate("TrackingActions", "Monthly report in large type"), window
        )
        self.present_action.setCheckable(True)
        self.present_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.present_action.toggled.connect(self.present)
        window.menus["view"].addAction(self.present_action)

        self.meeting_action = QAction(
            QCoreApplication.translate("TrackingActions", "Monthly meeting"), window
        )
        self.meeting_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.meeting_action.setStatusTip(
            QCoreApplication.translate(
                "TrackingActions",
                "The funnel against the plan, each party's KPIs and the findings, full screen",
            )
        )
        self.meeting_action.triggered.connect(self.show_meeting)
        window.menus["view"].addAction(self.meeting_action)
        self.meeting: MeetingWindow | None = None

        self.revise_action = QAction(
            QCoreApplication.translate("TrackingActions", "Revise with re-benchmarked rates…"),
            window,
        )
        self.revise_action.setStatusTip(
            QCoreApplication.translate(
                "TrackingActions",
                "Start a new revision for the rest of the period, with conversion rates taken from "
                "the actuals so far",
            )
        )
        self.revise_action.triggered.connect(self.revise)
        window.menus["agreement"].addAction(self.revise_action)

        session.changed.connect(self.update_actions)
        self.update_actions()

    def _build_report(self, parent: QWidget, locale: QLocale) -> ReportView:
        from ui.tracking.report_view import ReportView

        return ReportView(self.window.session, parent, locale, status=self.window.show_status)

    def _build_dashboard(self, parent: QWidget, locale: QLocale) -> DashboardView:
        from ui.tracking.dashboard_view import DashboardView

        view = DashboardView(self.window.session, parent, locale)
        view.meetingRequested.connect(self.show_meeting)
        return view

    def _build_tracking(self, parent: QWidget, locale: QLocale) -> TrackingView:
        from ui.tracking.tracking_view import TrackingView

        view = TrackingView(self.window.session, parent, locale)
        # The report follows the month picked in the tracking grid.
        view.monthChanged.connect(lambda month: self.report_view.set_month(month))
        return view

    @property
    def tracking_view(self) -> TrackingView:
        return cast("TrackingView", self.tracking_tab.content())

    @property
    def report_view(self) -> ReportView:
        return cast("ReportView", self.report_tab.content())

    def update_actions(self) -> None:
        session = self.window.session
        agreement = session.agreement
        self.revise_action.setEnabled(
            not session.read_only and agreement is not None and agreement.status is Status.SIGNED
        )
        self.meeting_action.setEnabled(agreement is not None)

    def show_meeting(self) -> None:
        if self.window.session.agreement is None:
            return
        from PySide6.QtCore import Qt

        from ui.tracking.meeting import MeetingWindow

        meeting = MeetingWindow(self.window.session, self.window)
        if self.dashboard_tab.built:
            # The month the dashboard shows, when someone picked one there.
            month = cast("DashboardView", self.dashboard_tab.content()).current_month()
            if month is not None:
                meeting.set_month(month)
        meeting.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        meeting.showFullScreen()
        self.meeting = meeting

    def present(self, large: bool) -> None:
        self.report_view.set_large(large)
        if large:
            self.window.tabs.setCurrentWidget(self.report_tab)

    def revise(self) -> None:
        from ui.tracking.rebenchmark_dialog import RebenchmarkDialog

        session = self.window.session
        session.flush()  # the new revision starts from the file, which holds the edit shown last
        agreement = session.agreement
        if agreement is None or agreement.id is None:
            return
        dialog = RebenchmarkDialog(session.store, agreement, self.window)
        if dialog.exec() and dialog.new_id is not None:
            session.agreementsChanged.emit()
            session.select(dialog.new_id)
            self.window.show_status(
                QCoreApplication.translate(
                    "TrackingActions", "Revision %1 created as a draft."
                ).replace("%1", str(session.agreement.revision if session.agreement else ""))
            )


def install(window: Any) -> None:
    window.tracking_extension = TrackingExtension(window)
