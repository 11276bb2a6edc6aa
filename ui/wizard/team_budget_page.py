"""Wizard step (optional): the team the volumes need and what the plan costs. Suggested: an
SDR line on the sales-qualified leads, an AE line on the proposals, and a cost per lead."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from slaworkshop.model import Agreement, Problem, ValidationError
from ui.widgets.numbers import parse_number, parse_percent, percent, plain
from ui.wizard.page import DraftPage, WizardHost

ROLE, STAGE, PER_PERSON, COST = range(4)
# Believable B2B figures: an SDR works about 30 sales-qualified leads a month, an account
# executive about 10 proposals; a lead costs about 40 in paid media.
SUGGESTED_LINES = (("SDR", ("sql", "sales qualified", "sales-qualified"), 30, 5000),
                   ("AE", ("proposal", "quote", "propuesta", "opportunit", "oportunidad"),
                    10, 8000))
SUGGESTED_COST_PER_LEAD = Decimal(40)


def suggested_stage(agreement: Agreement, words: tuple[str, ...], fallback: int) -> str:
    """The stage whose name says ``words`` (else the one ``fallback`` from the bottom)."""
    for stage in agreement.stages[:-1]:
        name = stage.name.casefold()
        if any(word in name for word in words):
            return stage.name
    index = max(len(agreement.stages) + fallback, 0)
    return agreement.stages[min(index, len(agreement.stages) - 1)].name


def lead_stage(agreement: Agreement) -> str:
    for stage in agreement.stages[:-1]:
        name = stage.name.casefold()
        if ("lead" in name or "contact" in name) and "qualif" not in name:
            return stage.name
    return agreement.stages[min(1, len(agreement.stages) - 1)].name


class TeamBudgetPage(DraftPage):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Team and budget (optional)"))
        self.setSubTitle(self.tr(
            "How many people the volumes need and what the plan costs. The plan works out "
            "the headcount month by month, the budget, the cost per customer and the ROI."))
        self.use_team = QCheckBox(self.tr("Plan the &team"))
        self.use_team.setObjectName("useTeam")
        self.team = QTableWidget(0, 4)
        self.team.setObjectName("wizardTeam")
        self.team.setHorizontalHeaderLabels([
            self.tr("Role"), self.tr("Stage"), self.tr("Units a person handles a month"),
            self.tr("Cost per person a month")])
        self.team.verticalHeader().setVisible(False)
        header = self.team.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.Stretch)
        self.use_budget = QCheckBox(self.tr("Plan a &budget"))
        self.use_budget.setObjectName("useBudget")
        self.cost_stage = QComboBox()
        self.cost = QLineEdit()
        self.cost.setObjectName("wizardCostPerUnit")
        self.margin = QLineEdit()
        self.margin.setObjectName("wizardGrossMargin")
        form = QFormLayout()
        form.addRow(self.tr("Cost per unit at:"), self.cost_stage)
        form.addRow(self.tr("Cost per unit:"), self.cost)
        form.addRow(self.tr("Gross margin (%):"), self.margin)
        note = QLabel(self.tr("Fixed costs and more costed stages can be added later in the "
                              "Budget tab."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.use_team)
        layout.addWidget(self.team, 1)
        layout.addSpacing(8)
        layout.addWidget(self.use_budget)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problems_label)
        self.use_team.toggled.connect(self.team.setEnabled)
        for widget in (self.cost_stage, self.cost, self.margin):
            self.use_budget.toggled.connect(widget.setEnabled)

    def load(self) -> None:
        draft = self.draft
        names = [s.name for s in draft.stages]
        self.team.setRowCount(0)
        lines = [(c.role, c.stage, c.per_person, c.cost_per_person) for c in draft.capacity]
        if not lines and draft.stages:
            lines = [(role, suggested_stage(draft, words, -3 if role == "SDR" else -2),
                      Decimal(per), Decimal(cost))
                     for role, words, per, cost in SUGGESTED_LINES]
        for role, stage, per_person, cost in lines:
            row = self.team.rowCount()
            self.team.insertRow(row)
            self.team.setItem(row, ROLE, QTableWidgetItem(role))
            combo = QComboBox()
            combo.addItems(names)
            combo.setCurrentIndex(max(combo.findText(stage), 0))
            self.team.setCellWidget(row, STAGE, combo)
            self.team.setItem(row, PER_PERSON, QTableWidgetItem(plain(per_person)))
            self.team.setItem(row, COST, QTableWidgetItem("" if cost is None else plain(cost)))
        self.use_team.setChecked(bool(draft.capacity))
        self.team.setEnabled(self.use_team.isChecked())
        self.cost_stage.clear()
        self.cost_stage.addItems(names)
        costed = next(iter(draft.stage_costs.items()), None)
        if costed is None and draft.stages:
            costed = (lead_stage(draft), SUGGESTED_COST_PER_LEAD)
        if costed is not None:
            self.cost_stage.setCurrentIndex(max(self.cost_stage.findText(costed[0]), 0))
            self.cost.setText(plain(costed[1]))
        self.margin.setText(percent(draft.gross_margin))
        self.use_budget.setChecked(draft.has_budget)
        for widget in (self.cost_stage, self.cost, self.margin):
            widget.setEnabled(self.use_budget.isChecked())

    def _text(self, row: int, column: int) -> str:
        item = self.team.item(row, column)
        return "" if item is None else item.text().strip()

    def store(self) -> None:
        draft = self.draft
        problems: list[Problem] = []
        draft.capacity = []
        if self.use_team.isChecked():
            for row in range(self.team.rowCount()):
                combo = self.team.cellWidget(row, STAGE)
                stage = combo.currentText() if isinstance(combo, QComboBox) else ""
                try:
                    per_person = parse_number(self._text(row, PER_PERSON),
                                              self.tr("units per person"))
                    cost_text = self._text(row, COST)
                    cost = None if not cost_text else parse_number(
                        cost_text, self.tr("cost per person"))
                except ValidationError as exc:
                    problems.extend(exc.problems)
                    continue
                index = draft.add_capacity_line(self._text(row, ROLE), stage, per_person, cost)
                draft.capacity[index].role = self._text(row, ROLE)
        draft.stage_costs = {}
        draft.gross_margin = Decimal(1)
        if self.use_budget.isChecked():
            try:
                draft.set_stage_cost(self.cost_stage.currentText(),
                                     parse_number(self.cost.text(), self.tr("cost per unit")))
                draft.gross_margin = parse_percent(self.margin.text(), self.tr("gross margin"))
            except ValidationError as exc:
                problems.extend(exc.problems)
        self._read_problems = problems

    def page_problems(self) -> list[Problem]:
        return list(getattr(self, "_read_problems", [])) + super().page_problems()

    def owns(self, problem: Problem) -> bool:
        # The core's field names, in English whatever the language shown.
        field = str(problem.field)
        return field.startswith(("capacity", "cost per unit", "gross margin", "fixed cost"))
