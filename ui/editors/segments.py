"""Segments: split the revenue objective into channels, regions or customer sizes, each with
its share, deal value and its own conversion rates where they differ from the agreement's."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.editors.base import EditorBase, heading
from ui.editors.depth_table import depth_table
from ui.models.segments_model import NAME, SegmentRatesModel, SegmentsModel
from ui.session import AgreementSession
from ui.widgets.numbers import percent


class SegmentsEditor(EditorBase):
    def __init__(self, session: AgreementSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Segments")))
        hint = QLabel(self.tr(
            "Split the objective into segments (channels, regions, customer sizes). Each gets "
            "its share of the revenue and its own deal value; the shares must add up to 100 %. "
            "Without segments the plan is one funnel."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.model = SegmentsModel(session, self)
        self.table, self.error = depth_table(self, layout, self.model, "segmentsTable", NAME)
        self.remainder = QLabel()
        self.remainder.setObjectName("shareRemainder")
        self.remainder.setWordWrap(True)
        layout.addWidget(self.remainder)
        buttons = QHBoxLayout()
        self.add = self.add_button(self.tr("Add segment"))
        self.remove = self.add_button(self.tr("Remove"), self.tr(
            "Remove the selected segment; its share goes to its neighbour"))
        self.fill = self.add_button(self.tr("Give the rest to the selected segment"))
        for button in (self.add, self.remove, self.fill):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        layout.addWidget(heading(self.tr("Conversion rates per segment")))
        rates_hint = QLabel(self.tr(
            "Grey: the agreement's rate. Type a rate to give a segment its own; clear it to go "
            "back to the agreement's."))
        rates_hint.setWordWrap(True)
        layout.addWidget(rates_hint)
        self.rates_model = SegmentRatesModel(session, self)
        self.rates_table, self.rates_error = depth_table(self, layout, self.rates_model,
                                                         "segmentRatesTable", None)

        self.add.clicked.connect(self.add_segment)
        self.remove.clicked.connect(self.remove_segment)
        self.fill.clicked.connect(self.give_remainder)
        self.model.sharesChanged.connect(self._show_remainder)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.set_editable(self.editable))
        self.model.modelReset.connect(lambda: self.set_editable(self.editable))
        self.refresh_all()

    def refresh(self) -> None:
        self._show_remainder()

    def _show_remainder(self) -> None:
        shares = self.model.shares()
        left = self.model.remainder()
        if not shares:
            text, bad = self.tr("No segments: the plan is one funnel."), False
        elif left == 0:
            text, bad = self.tr("The shares add up to 100 %."), False
        elif left > 0:
            text = self.tr("The shares add up to %1 %: %2 % left to assign. Nothing is saved "
                           "until they add up to 100 %.").replace(
                "%1", percent(Decimal(1) - left)).replace("%2", percent(left))
            bad = True
        else:
            text = self.tr("The shares add up to %1 %: %2 % too much. Nothing is saved until "
                           "they add up to 100 %.").replace(
                "%1", percent(Decimal(1) - left)).replace("%2", percent(-left))
            bad = True
        self.remainder.setText(text)
        self.remainder.setStyleSheet("color: #b3261e;" if bad else "")
        self.set_editable(self.editable)

    def button_enabled(self, button: object) -> bool:
        row = self.selected_row(self.table)
        if button is self.add:
            return True
        if button is self.fill:
            return row is not None and self.model.remainder() != 0
        return row is not None

    def add_segment(self) -> None:
        added: list[int] = []
        name = self.tr("Segment %1").replace("%1", str(self.model.rowCount() + 1))
        if self.session.edit(self.tr("Add segment"),
                             lambda a: added.append(a.add_segment(name))):
            self.table.selectRow(added[-1])

    def remove_segment(self) -> None:
        row = self.selected_row(self.table)
        if row is not None:
            self.session.edit(self.tr("Remove segment"), lambda a: a.remove_segment(row))

    def give_remainder(self) -> None:
        row = self.selected_row(self.table)
        if row is not None:
            self.model.give_remainder(row)
