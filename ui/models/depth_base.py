"""What the segment, capacity and budget tables share: a refused cell says why under the
table, and blank money cells mean "not given"."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont

from slaworkshop.model import Problem
from ui.models.base import Index, SessionTableModel
from ui.widgets.numbers import parse_number

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# A value the row takes from the agreement (not its own): grey and italic.
INHERITED = QColor("#8A8A8A")


def inherited_font() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


def optional_number(text: str, what: str) -> Decimal | None:
    """A number, or None for a blank cell (the value is not given)."""
    return None if not str(text).strip() else parse_number(str(text), what)


class DepthTableModel(SessionTableModel):
    """A session table whose refused edits are announced with ``refused`` (the editor shows
    the message under the table) and whose taken edits with ``accepted``."""

    refused = Signal(list)
    accepted = Signal()

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        problems: list[Problem] = []

        def remember(found: list[Problem]) -> None:
            problems.extend(found)

        self.session.editRefused.connect(remember)
        try:
            taken = super().setData(index, value, role)
        finally:
            self.session.editRefused.disconnect(remember)
        if problems:
            self.refused.emit(problems)
        elif taken:
            self.accepted.emit()
        return taken
