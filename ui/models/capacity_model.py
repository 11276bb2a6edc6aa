"""The team capacity lines as an editable table: role, the stage it works, units one person
handles a month, an optional monthly cost per person, and the people needed at the peak."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from slaworkshop.model import Agreement, CapacityLine
from ui.models.depth_base import RIGHT, DepthTableModel, optional_number
from ui.widgets.numbers import parse_number, plain, whole

ROLE, STAGE, PER_PERSON, COST, PEAK = range(5)


class CapacityModel(DepthTableModel):

    def rows(self, agreement: Agreement) -> list[CapacityLine]:
        return agreement.capacity

    def headers(self) -> list[str]:
        return [self.tr("Role"), self.tr("Stage"), self.tr("Units a person handles a month"),
                self.tr("Cost per person a month"), self.tr("People at peak")]

    def snapshot(self, agreement: Agreement | None) -> object:
        plan = self.session.plan
        peaks = () if plan is None else tuple(c.peak for c in plan.capacity)
        return (super().snapshot(agreement), peaks)

    def editable_column(self, column: int) -> bool:
        return column != PEAK

    def cell(self, agreement: Agreement, row: int, column: int, role: int) -> Any:
        line = agreement.capacity[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == ROLE:
                return line.role
            if column == STAGE:
                return line.stage
            if column == PER_PERSON:
                return plain(line.per_person)
            if column == COST:
                return "" if line.cost_per_person is None else plain(line.cost_per_person)
            if column == PEAK and role == Qt.ItemDataRole.DisplayRole:
                plan = self.session.plan
                if plan is None or row >= len(plan.capacity):
                    return ""
                return whole(plan.capacity[row].peak)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PER_PERSON, COST, PEAK):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == COST:
            return self.tr("Leave blank to keep this role out of the budget")
        return None

    def write(self, row: int, column: int,
              value: Any) -> tuple[str, Callable[[Agreement], None]]:
        text = str(value)
        if column == ROLE:
            role = " ".join(text.split())

            def set_role(a: Agreement) -> None:
                a.capacity[row].role = role
            return self.tr("Rename role"), set_role
        if column == STAGE:
            stage = text.strip()

            def set_stage(a: Agreement) -> None:
                a.capacity[row].stage = stage
            return self.tr("Change the stage a role works"), set_stage
        if column == PER_PERSON:
            per_person = parse_number(text, self.tr("units per person"))

            def set_per_person(a: Agreement) -> None:
                a.capacity[row].per_person = per_person
            return self.tr("Change units a person handles"), set_per_person
        cost = optional_number(text, self.tr("cost per person"))

        def set_cost(a: Agreement) -> None:
            a.capacity[row].cost_per_person = cost
        return self.tr("Change cost per person"), set_cost
