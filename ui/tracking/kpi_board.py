"""The KPI tiles of a monthly report, grouped by party under the party's name.

Tiles are made once per KPI and updated in place when the month changes; ``parties`` limits
the board to some parties (meeting mode shows one party per slide).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from slaworkshop.dashboard import pace
from slaworkshop.tracking import MonthlyReport
from ui.tracking.kpi_tile import KpiTile


class KpiBoard(QWidget):
    def __init__(self, parent: QWidget | None = None, *, dark: bool = False,
                 locale: QLocale | None = None, parties: tuple[str, ...] | None = None,
                 columns: int | None = None) -> None:
        super().__init__(parent)
        self.dark = dark
        self._locale = locale or QLocale()
        self.parties = parties
        self.columns = columns
        self.tiles: dict[str, KpiTile] = {}
        self.headings: dict[str, QLabel] = {}
        # The layout is rebuilt only when the KPIs or parties shown change.
        self._shape: tuple[tuple[str, tuple[str, ...]], ...] = ()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)

    def set_report(self, report: MonthlyReport | None) -> None:
        if report is None:
            self._rebuild(())
            return
        sections = [s for s in report.sections
                    if s.kpis and (self.parties is None or s.party in self.parties)]
        shape = tuple((s.party, tuple(k.name for k in s.kpis)) for s in sections)
        if shape != self._shape:
            self._rebuild(shape)
        tracking = report.tracking
        for section in sections:
            for track in section.kpis:
                self.tiles[track.name].set_track(track, pace(tracking, track),
                                                 report.agreement.thresholds)

    def _rebuild(self, shape: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.tiles, self.headings = {}, {}
        self._shape = shape
        show_headings = self.parties is None or len(shape) > 1
        for party, names in shape:
            if show_headings:
                heading = QLabel(party or self.tr("No owner"), self)
                font = QFont()
                font.setPointSizeF(20 if self.dark else 12)
                font.setBold(True)
                heading.setFont(font)
                if self.dark:
                    heading.setStyleSheet("color: #F4F4F4;")
                self._layout.addWidget(heading)
                self.headings[party] = heading
            grid_widget = QWidget(self)
            grid = QGridLayout(grid_widget)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setSpacing(10)
            # Three across up to six tiles (two rows), four across beyond.
            columns = self.columns or (3 if len(names) <= 6 else 4)
            for index, name in enumerate(names):
                tile = KpiTile(grid_widget, dark=self.dark, locale=self._locale)
                grid.addWidget(tile, index // columns, index % columns)
                self.tiles[name] = tile
            for column in range(columns):
                grid.setColumnStretch(column, 1)
            self._layout.addWidget(grid_widget, 1)
