"""A choice of one month of the agreement's period ("March 2027"), by its YYYY-MM value."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from ui.widgets.numbers import month_name


class MonthBox(QComboBox):
    def __init__(self, parent: QWidget | None = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._locale = locale or QLocale()

    def set_months(self, months: Sequence[str], chosen: str | None,
                   otherwise_last: bool = False) -> None:
        """Offer ``months`` with ``chosen`` selected (when it is not among them, the first,
        or the last with ``otherwise_last``), without signalling a change."""
        self.blockSignals(True)
        try:
            self.clear()
            for month in months:
                self.addItem(month_name(month, self._locale, long=True), month)
            index = self.findData(chosen) if chosen is not None else -1
            if index < 0:
                index = self.count() - 1 if otherwise_last else 0
            self.setCurrentIndex(index)
        finally:
            self.blockSignals(False)

    def current_month(self) -> str | None:
        data = self.currentData()
        return data if isinstance(data, str) else None

    def set_month(self, month: str) -> None:
        """Select ``month`` (signalling the change) when it is offered."""
        index = self.findData(month)
        if index >= 0:
            self.setCurrentIndex(index)
