"""Wizard step (optional): split the objective into segments, each with its share and deal
value. The suggestion is none: one funnel, as the plan was before."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from slaworkshop.model import Problem, ValidationError
from ui.widgets.numbers import parse_number, parse_percent, percent, plain
from ui.wizard.page import DraftPage, WizardHost

NAME, SHARE, DEAL = range(3)


class SegmentsPage(DraftPage):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Segments (optional)"))
        self.setSubTitle(self.tr(
            "Most agreements start with one funnel: leave this off unless the customers buy "
            "differently."))
        explanation = QLabel(self.tr(
            "Small companies inbound and enterprises outbound, or two regions: give each "
            "segment its share of the objective and its deal value. Its own conversion rates "
            "can be set later in the Segments tab."))
        explanation.setWordWrap(True)
        self.use = QCheckBox(self.tr("&Split the objective into segments"))
        self.use.setObjectName("useSegments")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("wizardSegments")
        self.table.setHorizontalHeaderLabels([self.tr("Segment"), self.tr("Share %"),
                                              self.tr("Deal value (blank: the agreement's)")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.add = QPushButton(self.tr("Add segment"))
        self.remove = QPushButton(self.tr("Remove"))
        self.remainder = QLabel()
        self.remainder.setObjectName("wizardShareRemainder")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addWidget(self.remainder, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.use)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problems_label)
        self.use.toggled.connect(self._toggled)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.table.itemChanged.connect(lambda _item: self._show_remainder())

    def load(self) -> None:
        draft = self.draft
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for segment in draft.segments:
            self._append(segment.name, segment.share, segment.deal_value)
        self.table.blockSignals(False)
        self.use.setChecked(bool(draft.segments))
        self._toggled(self.use.isChecked())

    def _append(self, name: str, share: Decimal, deal: Decimal | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in ((NAME, name), (SHARE, percent(share)),
                             (DEAL, "" if deal is None else plain(deal))):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _toggled(self, on: bool) -> None:
        if on and not self.table.rowCount():
            # Two halves to start from, named by the core's own rule.
            self.store_table()
            suggestion = self.draft.copy()
            suggestion.segments = []
            for number in (1, 2):
                suggestion.add_segment(self.tr("Segment %1").replace("%1", str(number)))
            for segment in suggestion.segments:
                self._append(segment.name, segment.share, None)
        for widget in (self.table, self.add, self.remove, self.remainder):
            widget.setEnabled(on)
        self._show_remainder()

    def _add(self) -> None:
        taken = [self._text(row, NAME) for row in range(self.table.rowCount())]
        name = self.tr("Segment %1").replace("%1", str(len(taken) + 1))
        self._append(name, max(self._remainder() or Decimal(0), Decimal(0)), None)
        self._show_remainder()

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
        self._show_remainder()

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return "" if item is None else item.text().strip()

    def _remainder(self) -> Decimal | None:
        try:
            shares = [parse_percent(self._text(r, SHARE), "share")
                      for r in range(self.table.rowCount())]
        except ValidationError:
            return None
        return Decimal(1) - sum(shares, Decimal(0))

    def _show_remainder(self) -> None:
        left = self._remainder() if self.use.isChecked() and self.table.rowCount() else None
        if left is None or left == 0:
            self.remainder.setText("")
        elif left > 0:
            self.remainder.setText(self.tr("%1 % left to assign").replace("%1", percent(left)))
        else:
            self.remainder.setText(self.tr("%1 % too much").replace("%1", percent(-left)))

    def store_table(self) -> list[Problem]:
        """The table into the draft's segments; the problems of what cannot be read."""
        draft = self.draft
        draft.segments = []
        if not self.use.isChecked():
            return []
        problems: list[Problem] = []
        for row in range(self.table.rowCount()):
            name = " ".join(self._text(row, NAME).split())
            where = self.tr("segment %1").replace("%1", str(row + 1))
            try:
                share = parse_percent(self._text(row, SHARE), self.tr("%1 share").replace(
                    "%1", where))
                deal_text = self._text(row, DEAL)
                deal = None if not deal_text else parse_number(
                    deal_text, self.tr("%1 deal value").replace("%1", where))
            except ValidationError as exc:
                problems.extend(exc.problems)
                continue
            index = draft.add_segment(name)
            # The name as typed (a duplicate is the core's to refuse, not to rename).
            draft.rename_segment(index, name)
            draft.set_segment_share(index, share)
            draft.set_segment_deal_value(index, deal)
        return problems

    def store(self) -> None:
        self._read_problems = self.store_table()

    def page_problems(self) -> list[Problem]:
        return list(getattr(self, "_read_problems", [])) + super().page_problems()

    def owns(self, problem: Problem) -> bool:
        # The core's field names, in English whatever the language shown.
        return str(problem.field).startswith("segment")
