"""Forward what-if: a volume entering the funnel at any stage and what it would bring — the
expected counts down the funnel, the customers and revenue, and the gap to the objective;
with segments, per segment. Live: it follows every change of the plan."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.model import Agreement, ValidationError
from slaworkshop.plan import Plan, WhatIf, what_if
from ui.core_text import problem_text
from ui.models.team_budget_model import whole_money
from ui.widgets.error_label import ErrorLabel
from ui.widgets.numbers import parse_number

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class WhatIfPanel(QWidget):
    """``set_plan`` after every change; the volume and stage typed here are kept per
    agreement (a new agreement starts from its plan's volume at the top)."""

    def __init__(self, parent: QWidget | None = None, *, presenter: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("whatIf")
        self.presenter = presenter
        self._locale = QLocale()
        self._plan: Plan | None = None
        self._agreement: Agreement | None = None
        self._for: int | None = -1
        self.result: WhatIf | None = None
        size = 13.0 if presenter else self.font().pointSizeF()
        self._font = QFont()
        self._font.setPointSizeF(size)
        self._bold = QFont(self._font)
        self._bold.setBold(True)

        title = QLabel(self.tr("What if"))
        title.setFont(self._bold)
        self.volume = QLineEdit()
        self.volume.setObjectName("whatIfVolume")
        self.volume.setFont(self._font)
        self.volume.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.volume.setMaximumWidth(160)
        self.stage = QComboBox()
        self.stage.setObjectName("whatIfStage")
        self.stage.setFont(self._font)
        entering = QLabel(self.tr("enter at"))
        entering.setFont(self._font)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.volume)
        top.addWidget(entering)
        top.addWidget(self.stage, 1)
        self.error = ErrorLabel(self)
        self.error.setObjectName("whatIfError")
        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setContentsMargins(0, 4, 0, 4)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(2)
        self._cells: list[QLabel] = []
        self._rows: list[list[str]] = []
        self.outcome = QLabel()
        self.outcome.setObjectName("whatIfOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setFont(self._font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.grid_holder)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        self.volume.textEdited.connect(lambda _text: self._compute())
        self.stage.activated.connect(lambda _index: self._compute())

    def set_plan(self, plan: Plan | None, agreement: Agreement | None) -> None:
        self._plan, self._agreement = plan, agreement
        agreement_id = None if agreement is None else agreement.id
        names = [] if agreement is None else [s.name for s in agreement.stages[:-1]]
        if [self.stage.itemText(i) for i in range(self.stage.count())] != names:
            current = self.stage.currentIndex()
            self.stage.clear()
            self.stage.addItems(names)
            self.stage.setCurrentIndex(min(max(current, 0), len(names) - 1))
        if agreement_id != self._for:
            self._for = agreement_id
            self.stage.setCurrentIndex(0 if names else -1)
            self.volume.setText("" if plan is None or not plan.stages
                                else self._locale.toString(plan.stages[0].annual))
        self._compute()

    def set_volume(self, text: str, stage: int = 0) -> None:
        """Ask what ``text`` entering at ``stage`` would bring (as if typed)."""
        self.stage.setCurrentIndex(stage)
        self.volume.setText(text)
        self._compute()

    def _compute(self) -> None:
        agreement, plan = self._agreement, self._plan
        self.result = None
        if agreement is None or plan is None or self.stage.currentIndex() < 0:
            self._show(None)
            return
        try:
            volume = parse_number(self.volume.text(), self.tr("what-if volume"), self._locale)
            self.result = what_if(agreement, volume, self.stage.currentIndex(), plan)
        except ValidationError as exc:
            self.error.setText("\n".join(problem_text(p) for p in exc.problems))
            self.error.show()
            self._show(None)
            return
        self.error.clear_problems()
        self._show(self.result)

    def _count(self, value: Decimal) -> str:
        return self._locale.toString(float(value), "f", 1)

    def _show(self, result: WhatIf | None) -> None:
        rows: list[list[str]] = []
        if result is not None and self._plan is not None:
            segments = [s.name for s in result.segments]
            rows.append([self.tr("Stage"), self.tr("Expected"), *segments, self.tr("Plan")])
            planned = {s.name: s.annual for s in self._plan.stages}
            for index, stage in enumerate(result.total.stages):
                rows.append([stage.name, self._count(stage.expected),
                             *(self._count(s.forward.stages[index].expected)
                               for s in result.segments),
                             self._locale.toString(planned.get(stage.name, 0))])
        self._fill(rows)
        if result is None or self._agreement is None:
            self.outcome.setText("")
            return
        currency = self._agreement.currency
        gap = result.gap
        verdict = (self.tr("%1 short of the objective") if gap < 0
                   else self.tr("%1 over the objective")).replace(
            "%1", whole_money(abs(gap), currency, self._locale))
        self.outcome.setText(self.tr(
            "%1 customers, %2 of revenue: %3 (objective %4).")
            .replace("%1", self._count(result.total.won))
            .replace("%2", whole_money(result.total.revenue, currency, self._locale))
            .replace("%3", verdict)
            .replace("%4", whole_money(result.objective, currency, self._locale)))
        colour = "#b3261e" if gap < 0 else "#1b7a3a"
        if self.presenter:
            colour = "#FF8C42" if gap < 0 else "#2BD99F"
        style = f"color: {colour};"
        if self.outcome.styleSheet() != style:  # a new style sheet re-polishes the label
            self.outcome.setStyleSheet(style)

    def _fill(self, rows: list[list[str]]) -> None:
        """Labels in a grid, reused while the shape stays (no flicker while typing)."""
        self._rows = rows
        width = len(rows[0]) if rows else 0
        needed = len(rows) * width
        while len(self._cells) < needed:
            label = QLabel()
            self._cells.append(label)
        for index, label in enumerate(self._cells):
            row, column = divmod(index, width) if width else (0, 0)
            if index >= needed:
                label.hide()
                continue
            item = self.grid.itemAtPosition(row, column)
            if item is None or item.widget() is not label:
                self.grid.removeWidget(label)
                self.grid.addWidget(label, row, column)
            label.setText(rows[row][column])
            # Long segment names wrap in the header instead of being cut.
            label.setWordWrap(row == 0 and column > 0)
            label.setFont(self._bold if row == 0 or column == 0 else self._font)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                               if column == 0 else RIGHT)
            label.show()

    def texts(self) -> list[list[str]]:
        """The grid as shown: a header row, then one row per stage from the entry stage down."""
        return [list(row) for row in self._rows]
