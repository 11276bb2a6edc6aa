"""Wizard page 5: every KPI with its owner and target."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout

from slaworkshop.model import Aggregation, Direction, Problem, Unit, ValidationError
from slaworkshop.plan import plan_for
from ui.widgets.choice_delegate import ChoiceDelegate, same_text
from ui.wizard.models import KpisModel, aggregation_name, unit_name
from ui.wizard.page import DraftPage, WizardHost


class KpisPage(DraftPage):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("KPIs and owners"))
        self.setSubTitle(self.tr(
            "Each party owns the figures it can move. Stage volumes and conversion rates "
            "come from the funnel; protocol KPIs have the targets you set."))
        self.model = KpisModel(self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab moves on; inside only while editing
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KpisModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.view.setItemDelegateForColumn(KpisModel.OWNER, ChoiceDelegate(
            lambda: same_text([p.name for p in self.draft.parties]), self.view))
        self.view.setItemDelegateForColumn(KpisModel.UNIT, ChoiceDelegate(
            lambda: [(u.value, unit_name(u)) for u in Unit], self.view))
        self.view.setItemDelegateForColumn(KpisModel.AGGREGATION, ChoiceDelegate(
            lambda: [(a.value, aggregation_name(a)) for a in (Aggregation.SUM,
                                                               Aggregation.AVERAGE)],
            self.view))
        self.view.setItemDelegateForColumn(KpisModel.DIRECTION, ChoiceDelegate(
            lambda: [(Direction.HIGHER.value, self.tr("higher")),
                     (Direction.LOWER.value, self.tr("lower"))], self.view))
        self.add_button = QPushButton(self.tr("&Add KPI"))
        self.remove_button = QPushButton(self.tr("&Remove KPI"))
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr(
            "Double-click an owner or a target to change it. A stage's owner also owns its "
            "conversion rate.")))
        layout.addWidget(self.problems_label)

    def load(self) -> None:
        try:
            plan = plan_for(self.draft)
        except ValidationError:
            plan = None
        self.model.locale = self.locale()
        self.model.set_agreement(self.draft, plan)

    def store(self) -> None:
        """The table edits the draft directly; nothing is left to copy."""

    def owns(self, problem: Problem) -> bool:
        return problem.field.startswith("KPI") or (
            problem.field.startswith("stage ") and problem.field.endswith(" owner"))

    def _add(self) -> None:
        row = self.model.add_custom()
        index = self.model.index(row, KpisModel.NAME)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _remove(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove(index.row())
