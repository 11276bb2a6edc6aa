"""The team and budget month by month: people each role needs, then the budget and its parts.

Read-only cells in a QStandardItemModel (painted from C++, like the monthly targets); a new
plan of the same shape only changes the texts.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from slaworkshop.plan import Plan, round_half_away
from ui.models.seasonality_model import month_label
from ui.widgets.numbers import money

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class TeamBudgetModel(QStandardItemModel):
    """Rows: one per capacity line (headcount a month, its peak), all people, then the budget
    a month, split into unit costs, fixed costs and people. Last column: peak or year total."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.locale = QLocale()
        self._texts: list[list[str]] = []
        self._bold_rows: set[int] = set()
        self._headers: list[str] = []

    def set_plan(self, plan: Plan | None, currency: str = "") -> None:
        texts, tips, bold = self._rows(plan, currency) if plan is not None else ([], [], set())
        headers = [] if plan is None else [
            "", *(month_label(m, self.locale) for m in plan.months), self.tr("Peak / total")]
        # The same shape (months, rows and which rows are totals): only the texts change.
        if headers == self._headers and len(texts) == len(self._texts) \
                and bold == self._bold_rows:
            self.blockSignals(True)
            try:
                for row, line in enumerate(texts):
                    for column, text in enumerate(line):
                        self.item(row, column).setText(text)
                    self.item(row, 0).setToolTip(tips[row])
            finally:
                self.blockSignals(False)
            self._texts = texts
            if texts:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(self.rowCount() - 1, self.columnCount() - 1))
            return
        self._texts, self._bold_rows, self._headers = texts, bold, headers
        self.clear()
        self.setHorizontalHeaderLabels(headers)
        font = QFont()
        font.setBold(True)
        for row, line in enumerate(texts):
            items = []
            for column, text in enumerate(line):
                item = QStandardItem(text)
                item.setEditable(False)
                if column:
                    item.setTextAlignment(RIGHT)
                if row in bold or column == len(line) - 1:
                    item.setFont(font)
                items.append(item)
            items[0].setToolTip(tips[row])
            self.appendRow(items)

    def _rows(self, plan: Plan, currency: str) -> tuple[list[list[str]], list[str], set[int]]:
        count = self.locale.toString
        texts: list[list[str]] = []
        tips: list[str] = []
        bold: set[int] = set()
        for line in plan.capacity:
            texts.append([self.tr("%1 (%2)").replace("%1", line.role).replace("%2", line.stage),
                          *(count(n) for n in line.monthly), count(line.peak)])
            tips.append(self.tr("People needed each month: the %1 of the month ÷ %2 a person, "
                                "rounded up").replace("%1", line.stage)
                        .replace("%2", self.locale.toString(float(line.per_person), "g", 8)))
        if len(plan.capacity) > 1:
            months = len(plan.months)
            totals = [sum(c.monthly[m] for c in plan.capacity) for m in range(months)]
            bold.add(len(texts))
            texts.append([self.tr("All people"), *(count(n) for n in totals),
                          count(plan.peak_headcount)])
            tips.append(self.tr("Everyone the plan needs each month; the last column is the "
                                "largest month"))
        budget = plan.budget
        if budget is not None:
            def cash(value: Fraction) -> str:
                return money(round_half_away(value, 0), currency, self.locale)

            bold.add(len(texts))
            texts.append([self.tr("Budget"), *(cash(v) for v in budget.monthly),
                          cash(budget.annual)])
            tips.append(self.tr("What each month costs; the last column is the year"))
            parts = ((self.tr("Per-unit costs"), budget.monthly_units),
                     (self.tr("Fixed costs"), (budget.monthly_fixed,) * len(plan.months)),
                     (self.tr("People"), budget.monthly_people))
            for name, values in parts:
                if any(values):
                    texts.append([name, *(cash(v) for v in values),
                                  cash(sum(values, Fraction(0)))])
                    tips.append("")
        return texts, tips, bold

    def texts(self) -> list[list[str]]:
        """Each row's texts as shown: the row's name, the months, peak or total."""
        return self._texts


def whole_money(value: Fraction | Decimal, currency: str, locale: QLocale | None = None) -> str:
    """Money rounded to whole units (half away from zero), for summaries."""
    return money(round_half_away(value, 0), currency, locale)
