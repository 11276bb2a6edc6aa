"""One line over the plan: the people needed at the peak, the annual budget, CAC and ROI."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel, QWidget

from slaworkshop.model import Agreement
from slaworkshop.plan import Plan, round_half_away
from ui.models.team_budget_model import whole_money


def summary_text(plan: Plan, agreement: Agreement, locale: QLocale | None = None) -> str:
    """"People at the peak: 7 · budget €738,192 · CAC €5,428 · ROI 96 %" ("" with neither a
    team nor a budget); also the wizard's summary."""
    locale = locale or QLocale()
    parts = []
    if plan.capacity:
        parts.append(QCoreApplication.translate("PlanSummary", "People at the peak: %1").replace(
            "%1", locale.toString(plan.peak_headcount)))
    budget = plan.budget
    if budget is not None:
        currency = agreement.currency
        parts.append(QCoreApplication.translate("PlanSummary", "budget %1").replace(
            "%1", whole_money(budget.annual, currency, locale)))
        if budget.cac is not None:
            parts.append(QCoreApplication.translate("PlanSummary", "CAC %1").replace(
                "%1", whole_money(budget.cac, currency, locale)))
        if budget.roi is not None:
            roi = round_half_away(budget.roi * 100, 0)
            parts.append(QCoreApplication.translate("PlanSummary", "ROI %1 %").replace(
                "%1", locale.toString(int(roi))))
    return " · ".join(parts)


class PlanSummary(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planSummary")
        self.setWordWrap(True)
        self.setContentsMargins(4, 2, 4, 2)
        self.hide()

    def set_plan(self, plan: Plan | None, agreement: Agreement | None) -> None:
        text = ("" if plan is None or agreement is None
                else summary_text(plan, agreement, self.locale()))
        if text != self.text():
            self.setText(text)
        self.setVisible(bool(text))
