"""The plan's monthly targets per stage, with the pipeline needed before the start and the
period's total."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from slaworkshop.model import Agreement
from slaworkshop.plan import Plan
from ui.models.monthly_model import MonthlyTargetsModel


class MonthlyTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthlyTable")
        self.model_ = MonthlyTargetsModel(self)
        self.setModel(self.model_)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        # Rows share the height, so the table fills its area on a projector.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setMinimumSectionSize(26)
        header = self.horizontalHeader()
        # Widths are measured here from the texts (cheap), not by the header asking every
        # cell after every keystroke (ResizeToContents), which would cost a frame.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(48)
        self._widths: list[int] = []

    def set_plan(self, plan: Plan | None, agreement: Agreement | None = None) -> None:
        self.model_.set_plan(plan)
        self._fit_columns()

    def _fit_columns(self) -> None:
        model = self.model_
        plan = model.plan
        if plan is None:
            return
        from PySide6.QtGui import QFontMetrics

        bold_font = self.font()
        bold_font.setBold(True)
        plain, bold = self.fontMetrics(), QFontMetrics(bold_font)
        header = QFontMetrics(self.horizontalHeader().font())
        padding = plain.averageCharWidth() + 12
        # The widest number of a column is its largest value (digits are equally wide).
        columns: list[tuple[str, list[str], QFontMetrics]] = [
            (str(model.headerData(model.STAGE, Qt.Orientation.Horizontal)),
             [s.name for s in plan.stages], bold),
            (str(model.headerData(model.BEFORE, Qt.Orientation.Horizontal)),
             [model.locale.toString(max(s.before_start for s in plan.stages))], plain)]
        for index in range(len(plan.months)):
            columns.append((str(model.headerData(index + 2, Qt.Orientation.Horizontal)),
                            [model.locale.toString(max(s.monthly[index] for s in plan.stages))],
                            plain))
        columns.append((str(model.headerData(model.total_column(), Qt.Orientation.Horizontal)),
                        [model.locale.toString(max(s.annual for s in plan.stages))], bold))
        widths = [max([header.horizontalAdvance(title)]
                      + [metrics.horizontalAdvance(text) for text in texts]) + padding
                  for title, texts, metrics in columns]
        if widths != self._widths:
            self._widths = widths
            for column, width in enumerate(widths):
                self.setColumnWidth(column, width)

    def shown(self, row: int, column: int) -> str:
        """The text a person reads in a cell."""
        return str(self.model_.data(self.model_.index(row, column)) or "")
