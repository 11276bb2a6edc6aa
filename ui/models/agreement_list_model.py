"""The agreements in the workshop file: title, period, revision, status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt

from slaworkshop.model import Status
from slaworkshop.periods import add_months, is_month, parse_month
from slaworkshop.store import AgreementSummary
from ui.models.base import Index
from ui.models.seasonality_model import month_label

TITLE, PERIOD, REVISION, STATUS = range(4)


def status_label(status: Status) -> str:
    return {
        Status.DRAFT: QCoreApplication.translate("Status", "Draft"),
        Status.SIGNED: QCoreApplication.translate("Status", "Signed"),
        Status.SUPERSEDED: QCoreApplication.translate("Status", "Superseded"),
    }[status]


def period_label(start: str, months: int) -> str:
    if not is_month(start) or months < 1:
        return start
    end = add_months(start, months - 1)
    if start[:4] == end[:4]:
        year, first = parse_month(start)
        last = parse_month(end)[1]
        locale = QLocale()
        return (f"{locale.monthName(first, QLocale.FormatType.ShortFormat)}–"
                f"{locale.monthName(last, QLocale.FormatType.ShortFormat)} {year}")
    return f"{month_label(start)} – {month_label(end)}"


def _shown(summary: AgreementSummary) -> tuple[object, ...]:
    return (summary.id, summary.title, summary.organisation, summary.start, summary.months,
            summary.revision, summary.status)


class AgreementListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.summaries: list[AgreementSummary] = []

    def set_rows(self, summaries: list[AgreementSummary]) -> None:
        if [_shown(s) for s in summaries] == [_shown(s) for s in self.summaries]:
            self.summaries = list(summaries)
            return
        self.beginResetModel()
        self.summaries = list(summaries)
        self.endResetModel()

    def row_of(self, agreement_id: int | None) -> int | None:
        return next((i for i, s in enumerate(self.summaries) if s.id == agreement_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.summaries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = [self.tr("Agreement"), self.tr("Period"), self.tr("Rev."), self.tr("Status")]
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.summaries):
            return None
        summary = self.summaries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return summary.title
            if column == PERIOD:
                return period_label(summary.start, summary.months)
            if column == REVISION:
                return str(summary.revision)
            if column == STATUS:
                return status_label(summary.status)
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return summary.organisation or None
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == REVISION:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
