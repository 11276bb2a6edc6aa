"""The plan's monthly targets: one row per stage, the pipeline needed before the start, one
column per month and the period's total.

The monthly table paints its cells from ``texts()`` itself (see ``MonthlyTable.paintEvent``),
so a paint asks nothing of this model; it answers the rest (tooltips, the accessibility tree,
tests) from the same texts. A new plan of the same shape only says which cells changed: one
dataChanged per row, spanning the cells that changed in it (a rate edit of a 30-stage × 60-month
plan leaves most of its 1,860 cells as they were).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from slaworkshop.plan import Plan
from ui.models.seasonality_model import month_label

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
Index = QModelIndex | QPersistentModelIndex


class MonthlyTargetsModel(QAbstractTableModel):
    STAGE, BEFORE = 0, 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self.locale = QLocale()
        self._texts: list[list[str]] = []
        self._headers: list[str] = []
        self._owners: list[str] = []
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

    def set_plan(self, plan: Plan | None) -> bool:
        """Show ``plan``; True when the table was made anew (another shape: other stages or
        months), False when only the changed cells were signalled."""
        old, old_texts = self.plan, self._texts
        if self.locale != self._numbers_locale:
            self._number_texts.clear()
            self._numbers_locale = QLocale(self.locale)
        number = self._number
        texts = [] if plan is None else [
            [s.name, number(s.before_start), *map(number, s.monthly), number(s.annual)]
            for s in plan.stages]
        same_shape = (old is not None and plan is not None and len(old.stages) == len(plan.stages)
                      and old.months == plan.months
                      and [s.name for s in old.stages] == [s.name for s in plan.stages])
        if not same_shape:
            self.beginResetModel()
            self.plan, self._texts = plan, texts
            self._owners = [] if plan is None else [s.owner for s in plan.stages]
            self._headers = [] if plan is None else [
                self.tr("Stage"), self.tr("Before start"),
                *(month_label(month, self.locale) for month in plan.months), self.tr("Total")]
            self.endResetModel()
            return True
        self.plan, self._texts = plan, texts
        assert plan is not None
        changed: list[tuple[int, int, int]] = []
        for row, (line, before, stage) in enumerate(zip(texts, old_texts, plan.stages,
                                                        strict=True)):
            first = last = -1
            if stage.owner != self._owners[row]:
                self._owners[row] = stage.owner
                first = last = self.STAGE
            if line != before:
                for column in range(1, len(line)):
                    if line[column] != before[column]:
                        first = column if first < 0 else first
                        last = column
            if first >= 0:
                changed.append((row, first, last))
        # One signal for each run of adjacent rows that changed, over the columns that
        # changed in any of them (a revenue keystroke: one for the whole table).
        runs: list[list[int]] = []
        for row, first, last in changed:
            if runs and runs[-1][1] == row - 1:
                run = runs[-1]
                run[1], run[2], run[3] = row, min(run[2], first), max(run[3], last)
            else:
                runs.append([row, row, first, last])
        for top, bottom, first, last in runs:
            self.dataChanged.emit(self.index(top, first), self.index(bottom, last))
        return False

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

    # QAbstractTableModel.
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._texts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._texts[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return None if column == self.STAGE else RIGHT
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if column in (self.STAGE, self.total_column()) else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STAGE:
            return self._owners[row]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.BEFORE:
            return self.tr("Pipeline the period must begin with, because of the lags between "
                           "stages")
        return None

    def setHeaderData(self, section: int, orientation: Qt.Orientation, value: Any,
                      role: int = Qt.ItemDataRole.EditRole) -> bool:
        """The table sets each heading wrapped to its column's width."""
        if (orientation is not Qt.Orientation.Horizontal
                or role not in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.DisplayRole)
                or not 0 <= section < len(self._headers)):
            return False
        if self._headers[section] != value:
            self._headers[section] = str(value)
            self.headerDataChanged.emit(orientation, section, section)
        return True
