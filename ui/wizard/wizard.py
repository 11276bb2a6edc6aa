"""The guided wizard that builds a new agreement step by step, for a workshop room.

The pages edit a Qt-free draft ``Agreement``; nothing touches the workshop file until
Finish, which creates the draft through the session as one transaction and one undo step.
Cancel simply drops the draft.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QWidget, QWizard

from slaworkshop.model import Agreement, Problem, validate_agreement
from slaworkshop.periods import add_months, months_between
from slaworkshop.store import StoreError
from ui.core_text import error_text
from ui.session import AgreementSession
from ui.widgets.screen_fit import fit_to_screen
from ui.wizard.basics_page import BasicsPage
from ui.wizard.defaults import default_agreement
from ui.wizard.funnel_page import FunnelPage
from ui.wizard.kpis_page import KpisPage
from ui.wizard.objective_page import ObjectivePage
from ui.wizard.protocols_page import ProtocolsPage
from ui.wizard.reporting_page import ReportingPage
from ui.wizard.segments_page import SegmentsPage
from ui.wizard.summary_page import SummaryPage
from ui.wizard.team_budget_page import TeamBudgetPage


class AgreementWizard(QWizard):
    """Basics and parties → objective → funnel → protocols → KPIs → reporting → (optional)
    segments → (optional) team and budget → summary."""

    BASICS, OBJECTIVE, FUNNEL, PROTOCOLS, KPIS, REPORTING, SEGMENTS, TEAM_BUDGET, SUMMARY = range(9)
    # A party was renamed on the first page; pages holding party names follow it.
    party_renamed = Signal(str, str)

    def __init__(self, session: AgreementSession, parent: QWidget | None = None, *,
                 today: datetime.date | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.draft: Agreement = default_agreement(today)
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("New agreement"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.basics_page = BasicsPage(self)
        self.objective_page = ObjectivePage(self)
        self.funnel_page = FunnelPage(self)
        self.protocols_page = ProtocolsPage(self)
        self.kpis_page = KpisPage(self)
        self.reporting_page = ReportingPage(self)
        self.segments_page = SegmentsPage(self)
        self.team_budget_page = TeamBudgetPage(self)
        self.summary_page = SummaryPage(self)
        for page_id, page in enumerate((self.basics_page, self.objective_page,
                                        self.funnel_page, self.protocols_page, self.kpis_page,
                                        self.reporting_page, self.segments_page,
                                        self.team_budget_page, self.summary_page)):
            self.setPage(page_id, page)
        self.setStartId(self.BASICS)
        # On a 1280×720 screen with a taskbar, 1100×700 would hide Next and Finish.
        fit_to_screen(self, QSize(1100, 700))

    def change_period(self, start: str, months: int) -> None:
        """Move the draft's period; month-by-month values follow the new length."""
        draft = self.draft
        old_start = draft.start
        draft.start = start
        draft.set_months(months)  # the editors' rule: seasonality and targets follow
        if draft.review_month:
            try:
                offset = months_between(old_start, draft.review_month)
            except ValueError:
                offset = months // 2
            draft.review_month = add_months(start, min(max(offset, 0), months + 5))

    def accept(self) -> None:
        if validate_agreement(self.draft):
            # The summary page shows the problems; nothing is written.
            return
        if self.session.read_only:
            self.summary_page.show_problems([Problem(self.tr("file"), self.tr(
                "the workshop file is open read-only (%1), so the agreement cannot be created "
                "in it").replace("%1", self.session.store.read_only_reason or ""))])
            return
        try:
            self.created_id = self.session.create(
                self.draft.copy(), self.tr("Create “%1”").replace("%1", self.draft.title))
        except StoreError as exc:
            # Not written (disk full, drive removed...): say why on the summary page and stay.
            self.summary_page.show_problems([Problem(self.tr("file"), error_text(exc))])
            return
        super().accept()
