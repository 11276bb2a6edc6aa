"""Seasonality: one weight per month; the plan splits every stage's target in proportion."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from slaworkshop.model import Agreement
from ui.editors.base import EditorBase, heading
from ui.models.seasonality_model import SeasonalityModel
from ui.session import AgreementSession
from ui.widgets.fit import keep_headers_whole


class SeasonalityEditor(EditorBase):
    def __init__(self, session: AgreementSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Seasonality")))
        hint = QLabel(self.tr("A weight per month: a month with weight 10 gets twice the "
                              "targets of a month with weight 5."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.model = SeasonalityModel(session, self)
        self.table = self.make_table()
        self.table.setObjectName("seasonalityTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        keep_headers_whole(self.table)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.equal = self.add_button(self.tr("All months equal"),
                                     self.tr("Give every month the same weight"))
        self.equal.clicked.connect(self.make_equal)
        row.addWidget(self.equal)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh_all()

    def button_enabled(self, button: object) -> bool:
        agreement = self.session.agreement
        return agreement is not None and bool(agreement.seasonality)

    def make_equal(self) -> None:
        def clear(agreement: Agreement) -> None:
            agreement.seasonality = []
        self.session.edit(self.tr("Make all months equal"), clear)
