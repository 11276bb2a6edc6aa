"""The tracking grid: each KPI as three rows (target, actual, attainment) by month, then year to
date, projected year end, year target and the run rate still needed.

A thin adapter over ``slaworkshop.tracking.Tracking``; every number is formatted with the
locale, and the actual and attainment cells carry the traffic-light colours.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from slaworkshop.tracking import KpiTrack, Light, MonthFigure, Tracking, attainment
from ui.models.tracking_format import (
    LIGHT_BACKGROUND,
    LIGHT_FOREGROUND,
    figure,
    light_text,
    month_name,
    percent,
    run_rate_text,
    target_text,
)

Index = QModelIndex | QPersistentModelIndex

TARGET, ACTUAL, ATTAINMENT = range(3)
ROWS_PER_KPI = 3
# The light of a cell, as the Light value ("green", "no data"...), for tests and delegates.
StatusRole = Qt.ItemDataRole.UserRole + 1
# The KPI name of a row.
KpiRole = Qt.ItemDataRole.UserRole + 2


class TrackingGridModel(QAbstractTableModel):
    KPI_COLUMN = 0
    MEASURE_COLUMN = 1
    FIRST_MONTH = 2
    TRAILING = ("ytd", "projected", "year", "run_rate")

    def __init__(self, parent: Any = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._tracking: Tracking | None = None
        self._month_list: list[str] = []
        self._locale = locale or QLocale()
        # The trailing headings on two lines, broken between words (the tracking view sets
        # it: at 1280 px the year-to-date and pace columns then fit beside the months).
        self.two_line_headers = False

    def set_tracking(self, tracking: Tracking | None) -> None:
        self.beginResetModel()
        self._tracking = tracking
        # Asked for on every data() call: compute the period's months once.
        self._month_list = [] if tracking is None else tracking.agreement.month_list
        self.endResetModel()

    @property
    def tracking(self) -> Tracking | None:
        return self._tracking

    def _months(self) -> list[str]:
        return self._month_list

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._tracking is None:
            return 0
        return len(self._tracking.kpis) * ROWS_PER_KPI

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._tracking is None:
            return 0
        return self.FIRST_MONTH + len(self._months()) + len(self.TRAILING)

    def column_of_month(self, month: str) -> int:
        return self.FIRST_MONTH + self._months().index(month)

    def trailing_column(self, key: str) -> int:
        return self.FIRST_MONTH + len(self._months()) + self.TRAILING.index(key)

    def row_of(self, kpi: str, measure: int) -> int:
        assert self._tracking is not None
        names = [k.name for k in self._tracking.kpis]
        return names.index(kpi) * ROWS_PER_KPI + measure

    def kpi_at(self, row: int) -> KpiTrack | None:
        if self._tracking is None or not 0 <= row < self.rowCount():
            return None
        return self._tracking.kpis[row // ROWS_PER_KPI]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < self.columnCount():
            return None
        if section == self.KPI_COLUMN:
            return QCoreApplication.translate("TrackingGridModel", "KPI")
        if section == self.MEASURE_COLUMN:
            return ""
        months = self._months()
        if section < self.FIRST_MONTH + len(months):
            return month_name(months[section - self.FIRST_MONTH], self._locale)
        key = self.TRAILING[section - self.FIRST_MONTH - len(months)]
        text = {
            "ytd": QCoreApplication.translate("TrackingGridModel", "Year to date"),
            "projected": QCoreApplication.translate("TrackingGridModel", "Projected"),
            "year": QCoreApplication.translate("TrackingGridModel", "Year target"),
            "run_rate": QCoreApplication.translate("TrackingGridModel", "Run rate needed"),
        }[key]
        return two_lines(text) if self.two_line_headers else text

    def _cell(self, track: KpiTrack, measure: int, column: int) -> tuple[str, Light | None]:
        months = self._months()
        if column == self.KPI_COLUMN:
            return (track.name if measure == TARGET else "", None)
        if column == self.MEASURE_COLUMN:
            return (
                (
                    QCoreApplication.translate("TrackingGridModel", "Target"),
                    QCoreApplication.translate("TrackingGridModel", "Actual"),
                    QCoreApplication.translate("TrackingGridModel", "Attainment"),
                )[measure],
                None,
            )
        if column < self.FIRST_MONTH + len(months):
            month = track.months[column - self.FIRST_MONTH]
            return self._month_cell(track, month, measure)
        key = self.TRAILING[column - self.FIRST_MONTH - len(months)]
        if key == "ytd":
            if measure == TARGET:
                return figure(track, track.ytd_target, self._locale), None
            if measure == ACTUAL:
                return figure(track, track.ytd_actual, self._locale), track.ytd_status
            return percent(track.ytd_attainment, self._locale), track.ytd_status
        if key == "projected":
            if measure == ACTUAL:
                return figure(track, track.projected, self._locale), None
            if measure == ATTAINMENT:
                ratio = attainment(track.projected, track.year_target, track.kpi.direction)
                return ("" if ratio is None else percent(ratio, self._locale)), None
            return "", None
        if key == "year":
            return (
                (target_text(track, track.year_target, self._locale), None)
                if measure == TARGET
                else ("", None)
            )
        if measure == TARGET:
            return run_rate_text(track, self._locale), None
        return "", None

    def _month_cell(
        self, track: KpiTrack, month: MonthFigure, measure: int
    ) -> tuple[str, Light | None]:
        if measure == TARGET:
            return target_text(track, month.target, self._locale), None
        if not month.closed:
            return "", None
        if measure == ACTUAL:
            return figure(track, month.actual, self._locale), month.status
        if month.attainment is None:
            return light_text(month.status), month.status
        return percent(month.attainment, self._locale), month.status

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._tracking is None:
            return None
        track = self.kpi_at(index.row())
        if track is None or not 0 <= index.column() < self.columnCount():
            return None
        measure = index.row() % ROWS_PER_KPI
        text, status = self._cell(track, measure, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == StatusRole:
            return None if status is None else status.value
        if role == KpiRole:
            return track.name
        if role == Qt.ItemDataRole.BackgroundRole and status is not None:
            return QColor(LIGHT_BACKGROUND[status])
        if role == Qt.ItemDataRole.ForegroundRole and status is not None:
            return QColor(LIGHT_FOREGROUND[status])
        if role == Qt.ItemDataRole.ToolTipRole and status is not None:
            return light_text(status)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() <= self.MEASURE_COLUMN:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.column() == self.KPI_COLUMN:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def two_lines(text: str) -> str:
    """``text`` in short lines broken between words (about ten letters, or its longest word):
    "Run rate needed" → "Run rate" / "needed". A single word stays as it is."""
    words = text.split()
    if len(words) < 2:
        return text
    limit = max(10, *(len(word) for word in words))
    lines = [words[0]]
    for word in words[1:]:
        if len(lines[-1]) + 1 + len(word) <= limit:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)
