"""The parties of an agreement as an editable table: name, representative, role."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from slaworkshop.model import Agreement, Party
from ui.models.base import SessionTableModel

NAME, REPRESENTATIVE, ROLE = range(3)


class PartiesModel(SessionTableModel):

    def rows(self, agreement: Agreement) -> list[Party]:
        return agreement.parties

    def headers(self) -> list[str]:
        return [self.tr("Party"), self.tr("Representative"), self.tr("Role")]

    def cell(self, agreement: Agreement, row: int, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            party = agreement.parties[row]
            return (party.name, party.representative, party.role)[column]
        return None

    def write(self, row: int, column: int,
              value: Any) -> tuple[str, Callable[[Agreement], None]]:
        text = " ".join(str(value).split())
        if column == NAME:
            return self.tr("Rename party"), lambda a: a.rename_party(row, text)

        def set_field(a: Agreement) -> None:
            if column == REPRESENTATIVE:
                a.parties[row].representative = text
            else:
                a.parties[row].role = text
        return self.tr("Change party"), set_field
