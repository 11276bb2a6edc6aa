"""Budget: a cost per unit at any stage, the fixed costs of every month, the gross margin the
ROI uses and the KPI the monthly report tracks actual spend with."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.model import Agreement, Direction, Unit
from ui.editors.base import EditorBase, field_row, heading
from ui.editors.depth_table import depth_table
from ui.models.budget_model import NAME, STAGE, FixedCostsModel, StageCostsModel
from ui.session import AgreementSession
from ui.widgets.numbers import parse_percent, percent


class BudgetEditor(EditorBase):
    def __init__(self, session: AgreementSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Budget")))
        hint = QLabel(self.tr(
            "What the plan costs: a cost per unit at any stage (per lead, per visit), fixed "
            "costs every month and the team's cost per person (Team tab)."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.costs_model = StageCostsModel(session, self)
        self.costs_table, self.costs_error = depth_table(self, layout, self.costs_model,
                                                         "stageCostsTable", STAGE)

        layout.addWidget(heading(self.tr("Fixed costs a month")))
        self.fixed_model = FixedCostsModel(session, self)
        self.fixed_table, self.fixed_error = depth_table(self, layout, self.fixed_model,
                                                         "fixedCostsTable", NAME)
        buttons = QHBoxLayout()
        self.add = self.add_button(self.tr("Add fixed cost"))
        self.remove = self.add_button(self.tr("Remove"),
                                      self.tr("Remove the selected fixed cost"))
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        form = QFormLayout()
        self.margin = QLineEdit()
        self.margin.setObjectName("grossMargin")
        margin_error = field_row(form, self.tr("Gross margin"), self.margin, "%")
        self.margin.setToolTip(self.tr("The share of revenue left after the cost of what is "
                                       "sold; the ROI uses it"))
        self.spend_kpi = QComboBox()
        self.spend_kpi.setObjectName("spendKpi")
        spend_error = field_row(form, self.tr("Spend KPI"), self.spend_kpi)
        self.spend_kpi.setToolTip(self.tr(
            "A custom KPI in money where lower is better: the monthly report tracks the actual "
            "spend entered for it against the budget"))
        layout.addLayout(form)

        b = self.binder
        b.line(self.margin, margin_error, key="gross_margin", text=self.tr("Change gross margin"),
               get=lambda a: a.gross_margin, set=_set_margin,
               parse=lambda t: parse_percent(t, self.tr("gross margin")), show=percent)
        b.combo(self.spend_kpi, spend_error, key="spend_kpi", text=self.tr("Change spend KPI"),
                get=lambda a: a.spend_kpi, set=_set_spend_kpi, choices=self._spend_choices)

        self.add.clicked.connect(self.add_fixed_cost)
        self.remove.clicked.connect(self.remove_fixed_cost)
        self.fixed_table.selectionModel().currentRowChanged.connect(
            lambda *_: self.set_editable(self.editable))
        self.fixed_model.modelReset.connect(lambda: self.set_editable(self.editable))
        self.refresh_all()

    def _spend_choices(self, agreement: Agreement) -> list[tuple[str, str]]:
        choices = [(self.tr("(none)"), "")]
        choices += [(k.name, k.name) for k in agreement.custom_kpis
                    if k.unit is Unit.CURRENCY and k.direction is Direction.LOWER]
        return choices

    def button_enabled(self, button: object) -> bool:
        return button is self.add or self.selected_row(self.fixed_table) is not None

    def add_fixed_cost(self) -> None:
        name = self.tr("New fixed cost")
        added: list[int] = []
        if self.session.edit(self.tr("Add fixed cost"),
                             lambda a: added.append(a.add_fixed_cost(name))):
            self.fixed_table.selectRow(added[-1])

    def remove_fixed_cost(self) -> None:
        row = self.selected_row(self.fixed_table)
        if row is not None:
            self.session.edit(self.tr("Remove fixed cost"), lambda a: a.remove_fixed_cost(row))


def _set_margin(agreement: Agreement, value: Decimal) -> None:
    agreement.gross_margin = value


def _set_spend_kpi(agreement: Agreement, value: str) -> None:
    agreement.spend_kpi = value
