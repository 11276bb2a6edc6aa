"""The seasonality weights, one row per month, with each month's share of the period."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt

from slaworkshop.model import Agreement
from slaworkshop.periods import parse_month
from ui.models.base import SessionTableModel
from ui.widgets.numbers import parse_number, plain

MONTH, WEIGHT, SHARE = range(3)


def month_label(month: str, locale: QLocale | None = None) -> str:
    year, number = parse_month(month)
    return (locale or QLocale()).toString(QDate(year, number, 1), "MMM yyyy")


class SeasonalityModel(SessionTableModel):

    def rows(self, agreement: Agreement) -> list[str]:
        return agreement.month_list

    def snapshot(self, agreement: Agreement | None) -> object:
        if agreement is None:
            return None
        return (agreement.id, self.session.editable, agreement.month_list, agreement.weights)

    def headers(self) -> list[str]:
        return [self.tr("Month"), self.tr("Weight"), self.tr("Share of period")]

    def editable_column(self, column: int) -> bool:
        return column == WEIGHT

    def cell(self, agreement: Agreement, row: int, column: int, role: int) -> Any:
        weights = agreement.weights
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == MONTH:
                return month_label(agreement.month_list[row])
            if row >= len(weights):
                return None
            if column == WEIGHT:
                return plain(weights[row])
            total = sum(weights)
            if not total:
                return ""
            share = (weights[row] * 100 / total).quantize(Decimal("0.1"))
            return f"{plain(share)} %"
        if role == Qt.ItemDataRole.TextAlignmentRole and column != MONTH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def write(self, row: int, column: int,
              value: Any) -> tuple[str, Callable[[Agreement], None]]:
        weight = parse_number(str(value), self.tr("seasonality weight"))

        def set_weight(a: Agreement) -> None:
            weights = a.weights
            weights[row] = weight
            a.seasonality = weights
        return self.tr("Change seasonality"), set_weight
