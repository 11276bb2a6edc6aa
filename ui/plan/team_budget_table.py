"""The team and budget month by month, beside the funnel and the monthly targets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.model import Agreement
from slaworkshop.plan import Plan
from ui.models.team_budget_model import TeamBudgetModel


class TeamBudgetTable(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamBudget")
        self.model_ = TeamBudgetModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("teamBudgetTable")
        self.table.setModel(self.model_)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.empty = QLabel(self.tr(
            "No team or budget yet: add roles in the Team tab and costs in the Budget tab to "
            "see the people and money each month takes."), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.empty, 1)

    def set_plan(self, plan: Plan | None, agreement: Agreement | None) -> None:
        currency = "" if agreement is None else agreement.currency
        self.model_.set_plan(plan, currency)
        has_rows = bool(self.model_.texts())
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.note.setText(self._lag_note(plan) if has_rows else "")
        self.note.setVisible(bool(self.note.text()))

    def _lag_note(self, plan: Plan | None) -> str:
        """Say why a lagged stage's last months need nobody (their work serves next period)."""
        if plan is None:
            return ""
        lagged = []
        for line in plan.capacity:
            stage = next((s for s in plan.stages if s.name == line.stage), None)
            if stage is not None and stage.before_start and line.monthly and not line.monthly[-1]:
                lagged.append(line.role)
        if not lagged:
            return ""
        return self.tr("%1: no one is needed in the last months, because that stage's work "
                       "then would serve the closes of the next period.").replace(
            "%1", ", ".join(lagged))

    def shown(self, row: int, column: int) -> str:
        return str(self.model_.data(self.model_.index(row, column)) or "")
