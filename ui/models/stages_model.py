"""The funnel stages as an editable table: name, rate to the next stage, owner, lag, aliases."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from slaworkshop.model import Agreement, Problem, Stage, ValidationError, split_aliases
from ui.models.base import Index, SessionTableModel
from ui.widgets.numbers import parse_percent, percent

NAME, RATE, OWNER, LAG, ALIASES = range(5)
# The Stage field each column shows.
STAGE_FIELDS = ("name", "rate", "owner", "lag", "aliases")


class StagesModel(SessionTableModel):

    def rows(self, agreement: Agreement) -> list[Stage]:
        return agreement.stages

    def headers(self) -> list[str]:
        return [self.tr("Stage"), self.tr("Rate %"), self.tr("Owner"),
                self.tr("Lag"), self.tr("Aliases")]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            tips = {RATE: self.tr("Conversion rate to the next stage, in percent"),
                    LAG: self.tr("Months from this stage to the next one"),
                    ALIASES: self.tr("Other names of this stage in imported spreadsheets")}
            return tips.get(section)
        return super().headerData(section, orientation, role)

    def _is_last(self, row: int) -> bool:
        return row == self._count - 1

    def editable_column(self, column: int) -> bool:
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (RATE, LAG) and self._is_last(index.row()):
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags

    def changed_cells(self, old: object, new: object
                      ) -> tuple[int, int, int, int] | tuple[()] | None:
        # A stage's cells are made of that stage alone (and of the row count, whose change
        # resets the model), each cell of one field: only the fields that changed are
        # signalled (a rate typed in is one cell to repaint).
        if not (isinstance(old, tuple) and isinstance(new, tuple) and len(old) == len(new) == 3
                and old[:2] == new[:2] and len(old[2]) == len(new[2])):
            return None
        rows: list[int] = []
        columns: set[int] = set()
        for row, (was, now) in enumerate(zip(old[2], new[2], strict=True)):
            if was != now:
                rows.append(row)
                columns.update(column for column, field in enumerate(STAGE_FIELDS)
                               if getattr(was, field) != getattr(now, field))
        if not rows:
            return ()
        if not columns:  # equal fields, yet unequal stages: say every column
            columns = set(range(len(STAGE_FIELDS)))
        return rows[0], rows[-1], min(columns), max(columns)

    def cell(self, agreement: Agreement, row: int, column: int, role: int) -> Any:
        stage = agreement.stages[row]
        last = row == len(agreement.stages) - 1
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == NAME:
                return stage.name
            if column == RATE:
                if stage.rate is None:
                    return "" if role == Qt.ItemDataRole.EditRole else self.tr("won")
                return percent(stage.rate)
            if column == OWNER:
                return stage.owner
            if column == LAG:
                return "" if last and role == Qt.ItemDataRole.DisplayRole else str(stage.lag)
            if column == ALIASES:
                return ", ".join(stage.aliases)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (RATE, LAG):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == RATE and last:
                return self.tr("The last stage is the won customers; it has no rate.")
            if column == LAG and not last:
                return self.tr("Months from this stage to the next one")
            if column == ALIASES:
                return self.tr("Other names of this stage in imported spreadsheets, separated "
                                "by commas")
        return None

    def write(self, row: int, column: int,
              value: Any) -> tuple[str, Callable[[Agreement], None]]:
        text = str(value)
        if column == NAME:
            name = " ".join(text.split())
            return self.tr("Rename stage"), lambda a: a.rename_stage(row, name)
        if column == RATE:
            rate = parse_percent(text, self.tr("rate"))

            def set_rate(a: Agreement) -> None:
                a.stages[row].rate = rate
            return self.tr("Change conversion rate"), set_rate
        if column == OWNER:
            def set_owner(a: Agreement) -> None:
                a.stages[row].owner = text.strip()
            return self.tr("Change stage owner"), set_owner
        if column == LAG:
            try:
                lag = int(text.strip())
            except ValueError:
                raise ValidationError([Problem(self.tr("lag"), self.tr(
                    "“%1” is not a whole number of months").replace("%1", text))]) from None

            def set_lag(a: Agreement) -> None:
                a.stages[row].lag = lag
            return self.tr("Change stage lag"), set_lag
        aliases = split_aliases(text)

        def set_aliases(a: Agreement) -> None:
            a.stages[row].aliases = aliases
        return self.tr("Change import aliases"), set_aliases
