"""The handoff protocols as a list: title, from, to, KPI and target (edited in a form)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from slaworkshop.model import Agreement, HandoffProtocol
from ui.models.base import SessionTableModel
from ui.widgets.numbers import plain

TITLE, FROM, TO, KPI, TARGET = range(5)


class ProtocolsModel(SessionTableModel):

    def rows(self, agreement: Agreement) -> list[HandoffProtocol]:
        return agreement.protocols

    def headers(self) -> list[str]:
        return [self.tr("Protocol"), self.tr("From"), self.tr("To"), self.tr("KPI"),
                self.tr("Target")]

    def editable_column(self, column: int) -> bool:
        return False

    def cell(self, agreement: Agreement, row: int, column: int, role: int) -> Any:
        protocol = agreement.protocols[row]
        if role == Qt.ItemDataRole.DisplayRole:
            target = "" if protocol.kpi_target is None else plain(protocol.kpi_target)
            return (protocol.title, protocol.from_party, protocol.to_party, protocol.kpi,
                    target)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return protocol.commitment or None
        return None
