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


def _labels(summary: AgreementSummary) -> tuple[str, str, str, str]:
    """The row's texts: title, period, revision, status."""
    return (summary.title, period_label(summary.start, summary.months), str(summary.revision),
            status_label(summary.status))


class AgreementListModel(QAbstractTableModel):
    """The rows' texts are computed once per change of the list (a paint or a size hint asks
    for them many times), and a change of some rows signals those rows alone."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.summaries: list[AgreementSummary] = []
        self.labels: list[tuple[str, str, str, str]] = []
        self._shown: list[tuple[object, ...]] = []
        self._rows: dict[int, int] = {}

    def set_rows(self, summaries: list[AgreementSummary]) -> bool:
        """Show ``summaries``; True when the rows were laid out again (added, removed or
        moved), False when at most some rows' texts changed."""
        shown = [_shown(s) for s in summaries]
        if shown == self._shown:
            self.summaries = list(summaries)
            return False
        if [s[0] for s in shown] == [s[0] for s in self._shown]:
            changed = [row for row, (new, old) in enumerate(zip(shown, self._shown, strict=True))
                       if new != old]
            self.summaries, self._shown = list(summaries), shown
            for row in changed:
                self.labels[row] = _labels(summaries[row])
            if changed:
                self.dataChanged.emit(self.index(changed[0], 0),
                                      self.index(changed[-1], self.columnCount() - 1))
            return False
        # Rows added, removed or moved: the rows that are still as they were keep their texts.
        known = {old[0]: (old, labels) for old, labels in zip(self._shown, self.labels,
                                                               strict=True)}
        labels = []
        for summary, new in zip(summaries, shown, strict=True):
            old, old_labels = known.get(summary.id, (None, None))
            labels.append(old_labels if old == new and old_labels is not None
                          else _labels(summary))
        self.beginResetModel()
        self.summaries, self._shown = list(summaries), shown
        self.labels = labels
        self._rows = {s.id: row for row, s in enumerate(summaries)}
        self.endResetModel()
        return True

    def row_of(self, agreement_id: int | None) -> int | None:
        return None if agreement_id is None else self._rows.get(agreement_id)

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
            return self.labels[index.row()][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            # The whole title too: rows are two lines high, so a long one is elided.
            return "\n".join(t for t in (summary.title, summary.organisation) if t) or None
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == REVISION:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
