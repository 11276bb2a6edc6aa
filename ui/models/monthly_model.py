"""The plan's monthly targets: one row per stage, the pipeline needed before the start, one
column per month and the period's total."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont

from slaworkshop.plan import Plan
from ui.models.base import Index
from ui.models.seasonality_model import month_label


class MonthlyTargetsModel(QAbstractTableModel):
    STAGE, BEFORE = 0, 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self.locale = QLocale()
        self._texts: list[list[str]] = []
        self._roles: list[list[dict[int, Any]]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_plan(self, plan: Plan | None) -> None:
        # The texts are made once per plan: a paint asks for every cell several times.
        self._texts = [] if plan is None else [
            [s.name, self.locale.toString(s.before_start),
             *(self.locale.toString(v) for v in s.monthly), self.locale.toString(s.annual)]
            for s in plan.stages]
        # What a paint asks of each cell, by role (see multiData).
        total = 2 + (len(plan.months) if plan else 0)
        self._roles = [
            [{DISPLAY: text, **({} if column == self.STAGE else {ALIGNMENT: RIGHT}),
              **({FONT: self._bold} if column in (self.STAGE, total) else {})}
             for column, text in enumerate(texts)]
            for texts in self._texts]
        old = self.plan
        same_shape = (old is not None and plan is not None and len(old.stages) == len(plan.stages)
                      and old.months == plan.months
                      and [s.name for s in old.stages] == [s.name for s in plan.stages])
        if same_shape and plan is not None:
            self.plan = plan
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.plan = plan
        self.endResetModel()

    def texts(self) -> list[list[str]]:
        """Each stage's row of texts as shown: name, before start, the months, the total."""
        return self._texts

    def total_column(self) -> int:
        return 2 + (len(self.plan.months) if self.plan else 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.plan is None else len(self.plan.stages)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.plan is None else len(self.plan.months) + 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.plan is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.STAGE:
                return self.tr("Stage")
            if section == self.BEFORE:
                return self.tr("Before start")
            if section == self.total_column():
                return self.tr("Total")
            if 0 <= section - 2 < len(self.plan.months):
                return month_label(self.plan.months[section - 2], self.locale)
        if role == Qt.ItemDataRole.ToolTipRole and section == self.BEFORE:
            return self.tr("Pipeline the period must begin with, because of the lags between "
                           "stages")
        return None

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

    def multiData(self, index: Index, roleDataSpan: Any) -> None:
        """All the roles a delegate asks for to paint a cell, in one call from Qt.

        A view asks for seven roles of every visible cell on every paint; one call per cell
        instead of seven keeps a full repaint of the table well inside a frame. Gives exactly
        what ``data()`` gives.
        """
        row, column = index.row(), index.column()
        if not index.isValid() or row >= len(self._roles) or column >= len(self._roles[row]):
            for role_data in roleDataSpan:
                role_data.clearData()
            return
        cell = self._roles[row][column]
        for role_data in roleDataSpan:
            role = role_data.role()
            if role == TOOLTIP:
                role_data.setData(self.data(index, role))
            elif role in cell:
                role_data.setData(cell[role])
            else:
                role_data.clearData()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for about seven roles of every visible cell on every paint: kept to a few
        # lookups in what set_plan prepared.
        if role == DISPLAY:
            if index.isValid():
                row, column = index.row(), index.column()
                if row < len(self._texts) and column < len(self._texts[row]):
                    return self._texts[row][column]
            return None
        if role == ALIGNMENT:
            if (index.isValid() and index.column() != self.STAGE
                    and index.row() < len(self._texts)
                    and index.column() < len(self._texts[index.row()])):
                return RIGHT
            return None
        if role == FONT:
            if (index.isValid() and index.row() < len(self._texts)
                    and index.column() in (self.STAGE, self.total_column())):
                return self._bold
            return None
        if (role == TOOLTIP and self.plan is not None and index.isValid()
                and index.column() == self.STAGE and index.row() < len(self.plan.stages)):
            return self.plan.stages[index.row()].owner or None
        return None


# Plain ints: the roles arrive as ints, and comparing with an enum member costs more.
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
FONT = int(Qt.ItemDataRole.FontRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
