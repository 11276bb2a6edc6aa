"""Wizard page 3: the funnel stages, their rates, owners and lags, with the live funnel."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.model import Problem, ValidationError
from slaworkshop.plan import plan_for
from ui.plan.funnel_chart import FunnelChart
from ui.plan.monthly_chart import MonthlyChart
from ui.widgets.choice_delegate import ChoiceDelegate, same_text
from ui.wizard.models import StagesModel
from ui.wizard.page import DraftPage, WizardHost


class FunnelPage(DraftPage):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Funnel stages and conversion rates"))
        self.setSubTitle(self.tr(
            "From first touch to won customer. Each rate is the share of one stage that "
            "reaches the next (2 means 2 %); the lag is how many months that takes."))
        self.model = StagesModel(self)
        self.model.refused.connect(lambda message: self.show_problems_text(message))
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab moves on; inside only while editing
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(StagesModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.view.setItemDelegateForColumn(StagesModel.OWNER, ChoiceDelegate(
            lambda: same_text([p.name for p in self.draft.parties]), self.view))

        self.add_button = QPushButton(self.tr("&Add stage"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.chart = FunnelChart()
        self.chart.setMinimumWidth(360)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view)
        left_layout.addLayout(buttons)
        left_layout.addWidget(QLabel(self.tr(
            "The last stage is the won customers. Double-click a cell to change it.")))
        # Month by month, so the effect of a lag shows at once.
        self.monthly = MonthlyChart()
        left_layout.addWidget(self.monthly, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.chart)
        # The table's side gets the larger share: its Spanish headings are long, and the
        # stage names must stay whole at 1280 px.
        splitter.setSizes([700, 500])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems_label)

        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.rowsMoved, self.model.modelReset):
            signal.connect(self.refresh_chart)

    def show_problems_text(self, text: str) -> None:
        self.problems_label.setText(f"• {text}")
        self.problems_label.setVisible(True)

    def load(self) -> None:
        self.model.locale = self.locale()
        self.model.set_agreement(self.draft)  # the reset redraws the chart

    def store(self) -> None:
        """The table edits the draft's stages directly; nothing is left to copy."""

    def owns(self, problem: Problem) -> bool:
        return problem.field.startswith(("stage ", "stages", "seasonality"))

    def refresh_chart(self, *_args: object) -> None:
        # Every stage stays in sight (up to eight); the monthly chart takes the rest.
        rows = min(max(self.model.rowCount(), 1), 8)
        self.view.setMinimumHeight(self.view.horizontalHeader().sizeHint().height()
                                   + self.view.verticalHeader().defaultSectionSize() * rows
                                   + 2 * self.view.frameWidth())
        try:
            plan = plan_for(self.draft)
        except ValidationError:
            self.chart.set_plan(None, self.draft)
            self.monthly.set_plan(None, self.draft)
            return
        self.chart.set_plan(plan, self.draft)
        self.monthly.set_plan(plan, self.draft)

    def _add(self) -> None:
        # New stages go just above the won customers, the usual place for a missing step.
        row = max(self.model.rowCount() - 1, 0)
        current = self.view.currentIndex()
        if current.isValid():
            row = min(current.row() + 1, row)
        self.model.insertRows(row, 1)
        index = self.model.index(row, StagesModel.NAME)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _remove(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and self.model.rowCount() > 1:
            self.model.removeRows(index.row(), 1)

    def _move(self, delta: int) -> None:
        index = self.view.currentIndex()
        if index.isValid() and self.model.move_row(index.row(), delta):
            self.view.setCurrentIndex(self.model.index(index.row() + delta, index.column()))
