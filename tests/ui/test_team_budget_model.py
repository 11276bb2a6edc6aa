"""The team and budget table: rows in place as the plan changes, totals in bold."""

from __future__ import annotations

from decimal import Decimal

from slaworkshop.demo import demo_agreement
from slaworkshop.model import CapacityLine
from slaworkshop.plan import plan_for
from ui.models.team_budget_model import TeamBudgetModel


def bold_rows(model: TeamBudgetModel) -> list[str]:
    return [model.item(row, 0).text() for row in range(model.rowCount())
            if model.item(row, 0).font().bold()]


def test_totals_stay_bold_when_a_plan_of_the_same_size_moves_them(qtmodeltester) -> None:
    two_roles = demo_agreement("en", "segments")
    three_roles = two_roles.copy()
    three_roles.capacity.append(CapacityLine("Solutions engineer", "Opportunities", Decimal(20)))
    three_roles.fixed_costs = []
    model = TeamBudgetModel()
    model.set_plan(plan_for(three_roles), "EUR")
    qtmodeltester.check(model)
    rows = model.rowCount()
    assert bold_rows(model) == ["All people", "Budget"]
    assert model.item(3, 0).text() == "All people"
    # Two roles and a fixed cost: as many rows, the totals one row higher.
    model.set_plan(plan_for(two_roles), "EUR")
    assert model.rowCount() == rows
    assert model.item(2, 0).text() == "All people"
    assert bold_rows(model) == ["All people", "Budget"]
    assert "Fixed costs" in [model.item(r, 0).text() for r in range(rows)]
