"""One line over the plan: the people needed at the peak, the annual budget, CAC and ROI."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from slaworkshop.model import Agreement
from slaworkshop.plan import Plan, round_half_away
from ui.models.team_budget_model import whole_money


class PlanSummary(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planSummary")
        self.setWordWrap(True)
        self.setContentsMargins(4, 2, 4, 2)
        self.hide()

    def set_plan(self, plan: Plan | None, agreement: Agreement | None) -> None:
        text = "" if plan is None or agreement is None else self.summary(plan, agreement)
        if text != self.text():
            self.setText(text)
        self.setVisible(bool(text))

    def summary(self, plan: Plan, agreement: Agreement) -> str:
        parts = []
        if plan.capacity:
            parts.append(self.tr("People at the peak: %1").replace(
                "%1", self.locale().toString(plan.peak_headcount)))
        budget = plan.budget
        if budget is not None:
            currency = agreement.currency
            parts.append(self.tr("budget %1").replace(
                "%1", whole_money(budget.annual, currency, self.locale())))
            if budget.cac is not None:
                parts.append(self.tr("CAC %1").replace(
                    "%1", whole_money(budget.cac, currency, self.locale())))
            if budget.roi is not None:
                roi = round_half_away(budget.roi * 100, 0)
                parts.append(self.tr("ROI %1 %").replace("%1", self.locale().toString(int(roi))))
        return " · ".join(parts)
