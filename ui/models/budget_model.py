"""The budget's tables: a cost per unit at any stage, and the fixed costs of every month."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from slaworkshop.model import Agreement, FixedCost, Stage
from slaworkshop.plan import round_half_away
from ui.models.depth_base import RIGHT, DepthTableModel, optional_number
from ui.widgets.numbers import money, parse_number, plain, whole

STAGE, UNIT_COST, VOLUME, ALL_IN = range(4)
NAME, AMOUNT = range(2)


class StageCostsModel(DepthTableModel):
    """One row per stage: its cost per unit (blank: not costed), its volume in the period and
    what each unit costs once the whole budget is spread over it."""

    def rows(self, agreement: Agreement) -> list[Stage]:
        return agreement.stages

    def headers(self) -> list[str]:
        return [self.tr("Stage"), self.tr("Cost per unit"), self.tr("Volume in the period"),
                self.tr("Whole budget per unit")]

    def snapshot(self, agreement: Agreement | None) -> object:
        plan = self.session.plan
        figures = None if plan is None else (
            tuple(s.in_period for s in plan.stages),
            None if plan.budget is None else tuple(plan.budget.cost_per.items()))
        costs = None if agreement is None else dict(agreement.stage_costs)
        return (super().snapshot(agreement), costs, figures)

    def editable_column(self, column: int) -> bool:
        return column == UNIT_COST

    def cell(self, agreement: Agreement, row: int, column: int, role: int) -> Any:
        stage = agreement.stages[row]
        plan = self.session.plan
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == STAGE:
                return stage.name
            if column == UNIT_COST:
                cost = agreement.stage_costs.get(stage.name)
                return "" if cost is None else plain(cost)
            if column == VOLUME and plan is not None and row < len(plan.stages):
                return whole(plan.stages[row].in_period)
            if column == ALL_IN and plan is not None and plan.budget is not None:
                value = plan.budget.cost_per.get(stage.name)
                return "" if value is None else money(round_half_away(value, 4),
                                                      agreement.currency, places=4)
            return ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column != STAGE:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == UNIT_COST:
            return self.tr("What one unit of this stage costs (a lead, a visit...); blank: "
                           "not costed")
        return None

    def write(self, row: int, column: int,
              value: Any) -> tuple[str, Callable[[Agreement], None]]:
        agreement = self.agreement
        assert agreement is not None
        name = agreement.stages[row].name
        cost = optional_number(str(value), self.tr("cost per unit"))
        return self.tr("Change cost per unit"), lambda a: a.set_stage_cost(name, cost)


class FixedCostsModel(DepthTableModel):
    """The fixed costs of every month: name and amount."""

    def rows(self, agreement: Agreement) -> list[FixedCost]:
        return agreement.fixed_costs

    def headers(self) -> list[str]:
        return [self.tr("Fixed cost"), self.tr("Amount a month")]

    def cell(self, agreement: Agreement, row: int, column: int, role: int) -> Any:
        cost = agreement.fixed_costs[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return cost.name if column == NAME else plain(cost.amount)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AMOUNT:
            return RIGHT
        return None

    def write(self, row: int, column: int,
              value: Any) -> tuple[str, Callable[[Agreement], None]]:
        text = str(value)
        if column == NAME:
            name = " ".join(text.split())

            def rename(a: Agreement) -> None:
                a.fixed_costs[row].name = name
            return self.tr("Rename fixed cost"), rename
        amount = parse_number(text, self.tr("amount"))

        def set_amount(a: Agreement) -> None:
            a.fixed_costs[row].amount = amount
        return self.tr("Change fixed cost"), set_amount
