"""Wizard page 2: the revenue objective, and the won customers it takes."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout

from slaworkshop.model import Problem, RevenueObjective, ValidationError, validate_objective
from slaworkshop.plan import compute_plan, won_customers
from ui.core_text import problem_text
from ui.plan.funnel_chart import FunnelChart, format_count
from ui.wizard.page import DraftPage, WizardHost

MAX_MONEY = 1e13


def money_spin() -> QDoubleSpinBox:
    """Whole currency units; a double spin box because revenue can pass 2³¹."""
    spin = QDoubleSpinBox()
    spin.setDecimals(0)
    spin.setRange(0, MAX_MONEY)
    spin.setGroupSeparatorShown(True)
    spin.setSingleStep(1000)
    spin.setMinimumWidth(220)
    spin.setMaximumWidth(280)
    return spin


def spin_decimal(spin: QDoubleSpinBox) -> Decimal:
    return Decimal(round(spin.value()))


class ObjectivePage(DraftPage):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Revenue objective"))
        self.setSubTitle(self.tr(
            "Everything else is derived backwards from this: revenue → new customers → "
            "proposals → qualified leads → leads → visits."))
        self.revenue_spin = money_spin()
        self.revenue_spin.setSingleStep(50000)
        self.deal_spin = money_spin()
        self.share_spin = QSpinBox()
        self.share_spin.setRange(0, 100)
        self.share_spin.setSuffix(" %")
        self.share_spin.setMaximumWidth(120)
        self.won_label = QLabel()
        self.won_label.setObjectName("won")
        self.won_label.setWordWrap(True)
        font = self.won_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.won_label.setFont(font)

        form = QFormLayout()
        form.addRow(self.tr("&Revenue target for the period:"), self.revenue_spin)
        form.addRow(self.tr("Average &deal value:"), self.deal_spin)
        form.addRow(self.tr("Share of new revenue from &marketing leads:"), self.share_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(16)
        layout.addWidget(self.won_label)
        # The funnel this objective asks for, with the default stages (changed next page).
        self.chart = FunnelChart()
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.problems_label)
        for spin in (self.revenue_spin, self.deal_spin, self.share_spin):
            spin.valueChanged.connect(self._update_won)

    def load(self) -> None:
        objective = self.draft.objective
        suffix = " " + self.draft.currency
        self.revenue_spin.setSuffix(suffix)
        self.deal_spin.setSuffix(suffix)
        # Filled silently, then the plan and chart are computed once.
        spins = (self.revenue_spin, self.deal_spin, self.share_spin)
        for spin in spins:
            spin.blockSignals(True)
        self.revenue_spin.setValue(float(objective.revenue))
        self.deal_spin.setValue(float(objective.deal_value))
        self.share_spin.setValue(int(objective.marketing_share * 100))
        for spin in spins:
            spin.blockSignals(False)
        self._update_won()

    def objective(self) -> RevenueObjective:
        share = Decimal(self.share_spin.value()) / 100
        return RevenueObjective(spin_decimal(self.revenue_spin), spin_decimal(self.deal_spin),
                                Decimal(1) if share == 1 else share)

    def store(self) -> None:
        self.draft.objective = self.objective()

    def owns(self, problem: Problem) -> bool:
        return problem.field in ("revenue", "deal value", "marketing share")

    def _update_won(self) -> None:
        objective = self.objective()
        problems = validate_objective(objective)
        if problems:
            self.won_label.setText(problem_text(problems[0]))
            self.chart.set_plan(None, None)
            self.chart.set_message(problem_text(problems[0]))
            return
        won = won_customers(objective)
        try:
            plan = compute_plan(objective, self.draft.stages, self.draft.start,
                                self.draft.months, self.draft.seasonality)
        except ValidationError:
            plan = None
        self.chart.set_plan(plan, self.draft)
        locale = self.locale()
        self.won_label.setText(self.tr(
            "That takes <b>%1 new customers</b> in %n month(s) from marketing leads — about %3 "
            "a month.", "", self.draft.months).replace("%1", format_count(locale, won))
            .replace("%3", locale.toString(won / self.draft.months, "f", 1)))
