"""The plan's monthly targets: one row per stage, the pipeline needed before the start, one
column per month and the period's total.

The cells live in a QStandardItemModel, on the C++ side: a paint of the table (after every
keystroke of a live edit) asks each visible cell for about nine roles, and answering them
from Python cost three times the paint itself. A new plan of the same shape only changes the
changed items' texts, with one dataChanged per row for the cells that changed in it (a rate
edit of a 30-stage × 60-month plan leaves most of its 1,860 cells as they were).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from slaworkshop.plan import Plan
from ui.models.seasonality_model import month_label

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class MonthlyTargetsModel(QStandardItemModel):
    STAGE, BEFORE = 0, 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self.locale = QLocale()
        self._texts: list[list[str]] = []
        self._bold = QFont()
        self._bold.setBold(True)
        # Each number's text in this locale: a 30 × 60 plan shows 1,860 numbers, mostly the
        # same few hundred values, formatted again after every keystroke otherwise.
        self._number_texts: dict[int, str] = {}
        self._numbers_locale = QLocale(self.locale)

    def _number(self, value: int) -> str:
        text = self._number_texts.get(value)
        if text is None:
            if len(self._number_texts) > 10_000:
                self._number_texts.clear()
            text = self._number_texts[value] = self.locale.toString(value)
        return text

    def set_plan(self, plan: Plan | None) -> None:
        old, old_texts = self.plan, self._texts
        self.plan = plan
        if self.locale != self._numbers_locale:
            self._number_texts.clear()
            self._numbers_locale = QLocale(self.locale)
        number = self._number
        self._texts = [] if plan is None else [
            [s.name, number(s.before_start), *map(number, s.monthly), number(s.annual)]
            for s in plan.stages]
        same_shape = (old is not None and plan is not None and len(old.stages) == len(plan.stages)
                      and old.months == plan.months
                      and [s.name for s in old.stages] == [s.name for s in plan.stages])
        if same_shape and plan is not None and old is not None:
            # The items are told quietly; then one signal per row, spanning its changed cells.
            changed: list[tuple[int, int, int]] = []
            self.blockSignals(True)
            try:
                for row, (texts, before, stage, old_stage) in enumerate(zip(
                        self._texts, old_texts, plan.stages, old.stages, strict=True)):
                    first = last = -1
                    if stage.owner != old_stage.owner:
                        self.item(row, self.STAGE).setToolTip(stage.owner)
                        first = last = self.STAGE
                    for column in range(1, len(texts)):
                        if texts[column] != before[column]:
                            self.item(row, column).setText(texts[column])
                            first = column if first < 0 else first
                            last = column
                    if first >= 0:
                        changed.append((row, first, last))
            finally:
                self.blockSignals(False)
            for row, first, last in changed:
                self.dataChanged.emit(self.index(row, first), self.index(row, last))
            return
        self.clear()
        if plan is None:
            return
        total = self.total_column()
        self.setHorizontalHeaderLabels(
            [self.tr("Stage"), self.tr("Before start"),
             *(month_label(month, self.locale) for month in plan.months), self.tr("Total")])
        header = self.horizontalHeaderItem(self.BEFORE)
        if header is not None:
            header.setToolTip(self.tr("Pipeline the period must begin with, because of the lags "
                                      "between stages"))
        for texts, stage in zip(self._texts, plan.stages, strict=True):
            items = []
            for column, text in enumerate(texts):
                item = QStandardItem(text)
                item.setEditable(False)
                if column != self.STAGE:
                    item.setTextAlignment(RIGHT)
                if column in (self.STAGE, total):
                    item.setFont(self._bold)
                items.append(item)
            items[self.STAGE].setToolTip(stage.owner)
            self.appendRow(items)

    def texts(self) -> list[list[str]]:
        """Each stage's row of texts as shown: name, before start, the months, the total."""
        return self._texts

    def total_column(self) -> int:
        return 2 + (len(self.plan.months) if self.plan else 0)

    def value(self, row: int, column: int) -> int | None:
        """The number shown in a cell (None for the stage name column)."""
        assert self.plan is not None
        stage = self.plan.stages[row]
        if column == self.BEFORE:
            return stage.before_start
        if column == self.total_column():
            return stage.annual
        if column == self.STAGE:
            return None
        return stage.monthly[column - 2]
