"""The agreement's segments as an editable table: name, share of the objective, deal value and
the customers each brings; the shares are a column whose sum must be 100 %.

A share typed in is kept here (shown, not yet written) until the column adds up to 100 %;
then all the shares are written as one edit. The session never sees a sum other than 100 %.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal

from slaworkshop.model import Agreement, Segment
from ui.models.base import Index
from ui.models.depth_base import INHERITED, RIGHT, DepthTableModel, inherited_font, optional_number
from ui.widgets.numbers import parse_percent, percent, plain, whole

NAME, SHARE, DEAL, WON = range(4)


class SegmentsModel(DepthTableModel):

    # The shares shown changed (typed in, written or reset): the remainder follows.
    sharesChanged = Signal()

    def __init__(self, session: Any, parent: Any = None) -> None:
        self.pending: list[Decimal] | None = None
        self._pending_for: object = None
        super().__init__(session, parent)

    def rows(self, agreement: Agreement) -> list[Segment]:
        return agreement.segments

    def headers(self) -> list[str]:
        return [self.tr("Segment"), self.tr("Share %"), self.tr("Deal value"),
                self.tr("Customers")]

    def snapshot(self, agreement: Agreement | None) -> object:
        # The customers column comes from the plan, which follows every rate.
        plan = self.session.plan
        won = () if plan is None else tuple(s.won for s in plan.segments)
        return (super().snapshot(agreement), won,
                None if agreement is None else agreement.objective.deal_value)

    def refresh(self) -> None:
        agreement = self.agreement
        key = None if agreement is None else (agreement.id, len(agreement.segments))
        if key != self._pending_for:
            # Another agreement, or a segment added or removed: what was typed is dropped.
            self._pending_for = key
            self.pending = None
        elif self.pending is not None and agreement is not None and self.pending == [
                s.share for s in agreement.segments]:
            self.pending = None
        super().refresh()
        self.sharesChanged.emit()

    def shares(self) -> list[Decimal]:
        """The shares shown: those typed in and not yet written, else the agreement's."""
        if self.pending is not None:
            return list(self.pending)
        agreement = self.agreement
        return [] if agreement is None else [s.share for s in agreement.segments]

    def remainder(self) -> Decimal:
        """What the shown shares leave to assign (negative: they add up to more than 1)."""
        shares = self.shares()
        return Decimal(1) - sum(shares, Decimal(0)) if shares else Decimal(0)

    def editable_column(self, column: int) -> bool:
        return column != WON

    def cell(self, agreement: Agreement, row: int, column: int, role: int) -> Any:
        segment = agreement.segments[row]
        display = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)
        if column == NAME and display:
            return segment.name
        if column == SHARE:
            if display:
                return percent(self.shares()[row])
            if role == Qt.ItemDataRole.ForegroundRole and self.pending is not None:
                return INHERITED
            if role == Qt.ItemDataRole.ToolTipRole and self.pending is not None:
                return self.tr("Not saved until the shares add up to 100 %")
        if column == DEAL:
            if role == Qt.ItemDataRole.EditRole:
                return "" if segment.deal_value is None else plain(segment.deal_value)
            if role == Qt.ItemDataRole.DisplayRole:
                return plain(segment.deal_value if segment.deal_value is not None
                             else agreement.objective.deal_value)
            if segment.deal_value is None:
                if role == Qt.ItemDataRole.ForegroundRole:
                    return INHERITED
                if role == Qt.ItemDataRole.FontRole:
                    return inherited_font()
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.tr("The agreement's average deal value; type a value to give "
                                   "this segment its own")
        if column == WON and role == Qt.ItemDataRole.DisplayRole:
            plan = self.session.plan
            found = None if plan is None else plan.segment(segment.name)
            return "" if found is None else whole(found.won)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return RIGHT
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (index.isValid() and index.column() == SHARE and role == Qt.ItemDataRole.EditRole
                and self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return self.set_share(index.row(), str(value))
        return super().setData(index, value, role)

    def set_share(self, row: int, text: str) -> bool:
        """Take a typed share; written (all shares, one edit) once the column sums to 100 %."""
        try:
            share = parse_percent(text, self.tr("share"))
        except Exception as exc:  # ValidationError: say why under the table
            problems = getattr(exc, "problems", None)
            if problems is None:
                raise
            self.refused.emit(problems)
            return False
        shares = self.shares()
        if not 0 <= row < len(shares):
            return False
        shares[row] = share
        return self.put_shares(shares)

    def put_shares(self, shares: list[Decimal]) -> bool:
        if sum(shares, Decimal(0)) != 1:
            self.pending = shares
            self.accepted.emit()
            self._signal_shares()
            return True
        problems: list[Any] = []
        self.session.editRefused.connect(problems.extend)
        try:
            taken = self.session.edit(self.tr("Change segment shares"),
                                      lambda a: a.set_segment_shares(shares))
        finally:
            self.session.editRefused.disconnect(problems.extend)
        if taken:
            self.pending = None
            self.accepted.emit()
        else:
            # Kept as typed, so the person can correct it.
            self.pending = shares
            self.refused.emit(problems)
        self._signal_shares()
        return taken

    def give_remainder(self, row: int) -> bool:
        """The selected segment takes what is left (or gives back what is too much)."""
        shares = self.shares()
        if not 0 <= row < len(shares):
            return False
        shares[row] += self.remainder()
        return self.put_shares(shares)

    def _signal_shares(self) -> None:
        if self._count:
            self.dataChanged.emit(self.index(0, SHARE), self.index(self._count - 1, SHARE))
        self.sharesChanged.emit()

    def write(self, row: int, column: int,
              value: Any) -> tuple[str, Callable[[Agreement], None]]:
        text = str(value)
        if column == NAME:
            name = " ".join(text.split())
            return self.tr("Rename segment"), lambda a: a.rename_segment(row, name)
        deal = optional_number(text, self.tr("deal value"))
        return (self.tr("Change segment deal value"),
                lambda a: a.set_segment_deal_value(row, deal))


class SegmentRatesModel(DepthTableModel):
    """One row per segment, one column per stage that converts: the segment's own rate where
    it overrides the agreement's, else the agreement's rate in grey."""

    def rows(self, agreement: Agreement) -> list[Segment]:
        return agreement.segments

    def _stages(self) -> list[str]:
        agreement = self.agreement
        return [] if agreement is None else [s.name for s in agreement.stages[:-1]]

    def headers(self) -> list[str]:
        return [self.tr("Segment"), *self._stages()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        agreement = self.agreement
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and agreement is not None and 0 < section < len(agreement.stages)):
            return self.tr("Rate from %1 to %2").replace(
                "%1", agreement.stages[section - 1].name).replace(
                "%2", agreement.stages[section].name)
        return super().headerData(section, orientation, role)

    def snapshot(self, agreement: Agreement | None) -> object:
        rates = None if agreement is None else [(s.name, s.rate) for s in agreement.stages]
        return (super().snapshot(agreement), rates)

    def editable_column(self, column: int) -> bool:
        return column > 0

    def cell(self, agreement: Agreement, row: int, column: int, role: int) -> Any:
        segment = agreement.segments[row]
        if column == 0:
            return segment.name if role == Qt.ItemDataRole.DisplayRole else None
        stage = agreement.stages[column - 1].name
        own = segment.rates.get(stage)
        if role == Qt.ItemDataRole.EditRole:
            return "" if own is None else percent(own)
        if role == Qt.ItemDataRole.DisplayRole:
            rate = agreement.segment_rate(row, stage)
            return "" if rate is None else percent(rate)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if own is None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return INHERITED
            if role == Qt.ItemDataRole.FontRole:
                return inherited_font()
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("The agreement's rate; type a rate to override it for this "
                               "segment")
        elif role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("This segment's own rate; clear the cell to use the agreement's")
        return None

    def write(self, row: int, column: int,
              value: Any) -> tuple[str, Callable[[Agreement], None]]:
        text = str(value).strip()
        stage = self._stages()[column - 1]
        rate = None if not text else parse_percent(text, self.tr("rate"))
        return (self.tr("Change segment rate"),
                lambda a: a.set_segment_rate(row, stage, rate))
