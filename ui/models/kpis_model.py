"""Custom KPIs as a list (name, owner, unit, direction) and one KPI's monthly targets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from slaworkshop.model import Agreement, Direction, Kpi, Unit
from ui.models.base import SessionTableModel
from ui.models.seasonality_model import month_label
from ui.widgets.numbers import parse_number, plain

NAME, OWNER, UNIT, DIRECTION = range(4)


def unit_label(unit: Unit) -> str:
    labels = {
        Unit.COUNT: QCoreApplication.translate("Units", "count"),
        Unit.PERCENT: QCoreApplication.translate("Units", "percent"),
        Unit.CURRENCY: QCoreApplication.translate("Units", "currency"),
        Unit.HOURS: QCoreApplication.translate("Units", "hours"),
        Unit.DAYS: QCoreApplication.translate("Units", "days"),
    }
    return labels[unit]


def direction_label(direction: Direction) -> str:
    if direction is Direction.HIGHER:
        return QCoreApplication.translate("Units", "higher is better")
    return QCoreApplication.translate("Units", "lower is better")


class CustomKpisModel(SessionTableModel):

    def rows(self, agreement: Agreement) -> list[Kpi]:
        return agreement.custom_kpis

    def headers(self) -> list[str]:
        return [self.tr("KPI"), self.tr("Owner"), self.tr("Unit"), self.tr("Direction")]

    def editable_column(self, column: int) -> bool:
        return False

    def cell(self, agreement: Agreement, row: int, column: int, role: int) -> Any:
        kpi = agreement.custom_kpis[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return (kpi.name, kpi.owner, unit_label(kpi.unit),
                    direction_label(kpi.direction))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return kpi.description or None
        return None


MONTH, TARGET = range(2)


class KpiTargetsModel(SessionTableModel):
    """One custom KPI's target per month; an empty cell means no target that month."""


    def __init__(self, session: Any, parent: Any = None) -> None:
        self.kpi_row: int | None = None
        super().__init__(session, parent)

    def set_kpi_row(self, row: int | None) -> None:
        self.kpi_row = row
        self.beginResetModel()
        self._count = 0
        self._snapshot = None
        self.endResetModel()
        self.refresh()

    def snapshot(self, agreement: Agreement | None) -> object:
        if agreement is None:
            return None
        kpi = self._kpi(agreement)
        return (agreement.id, self.session.editable, self.kpi_row, agreement.month_list,
                None if kpi is None else list(kpi.targets))

    def _kpi(self, agreement: Agreement) -> Kpi | None:
        if self.kpi_row is None or self.kpi_row >= len(agreement.custom_kpis):
            return None
        return agreement.custom_kpis[self.kpi_row]

    def rows(self, agreement: Agreement) -> list[str]:
        return agreement.month_list if self._kpi(agreement) is not None else []

    def headers(self) -> list[str]:
        return [self.tr("Month"), self.tr("Target")]

    def editable_column(self, column: int) -> bool:
        return column == TARGET

    def cell(self, agreement: Agreement, row: int, column: int, role: int) -> Any:
        kpi = self._kpi(agreement)
        if kpi is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == MONTH:
                return month_label(agreement.month_list[row])
            target = kpi.targets[row] if row < len(kpi.targets) else None
            return "" if target is None else plain(target)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == TARGET:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def write(self, row: int, column: int,
              value: Any) -> tuple[str, Callable[[Agreement], None]]:
        text = str(value).strip()
        target = None if not text else parse_number(text, self.tr("target"))
        kpi_row = self.kpi_row

        def set_target(a: Agreement) -> None:
            assert kpi_row is not None
            kpi = a.custom_kpis[kpi_row]
            targets = list(kpi.targets) or [None] * a.months
            targets[row] = target
            kpi.targets = [] if all(t is None for t in targets) else targets
        return self.tr("Change KPI target"), set_target
