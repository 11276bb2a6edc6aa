"""What the KPI and protocol editors share: a list of rows and a form for the selected one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView

from slaworkshop.model import Agreement
from ui.editors.base import EditorBase
from ui.models.base import SessionTableModel


class ListDetailEditor(EditorBase):
    """Subclasses set ``model``, ``table``, ``add``, ``remove``, ``empty_note`` and implement
    ``items()``; the form's bindings reach the selected row through ``item()``/``setter()``."""

    row: int | None = None
    model: SessionTableModel
    table: QTableView
    add: QPushButton
    remove: QPushButton
    empty_note: QLabel

    def items(self, agreement: Agreement) -> list[Any]:
        raise NotImplementedError

    def item(self, agreement: Agreement) -> Any:
        if self.row is None:
            raise IndexError("no row selected")
        return self.items(agreement)[self.row]

    def setter(self, attribute: str) -> Callable[[Agreement, object], None]:
        def assign(agreement: Agreement, value: object) -> None:
            setattr(self.item(agreement), attribute, value)
        return assign

    def follow_selection(self) -> None:
        """Call at the end of ``__init__``: track the selected row, select the first."""
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._after_reset)
        self.refresh_all()
        if self.model.rowCount():
            self.table.selectRow(0)

    def row_selected(self) -> None:
        """The selected row is now ``self.row``; for subclasses."""

    def _row_changed(self, *_args: object) -> None:
        index = self.table.selectionModel().currentIndex()
        self.row = index.row() if index.isValid() else None
        self.row_selected()
        self.refresh_all()

    def _after_reset(self) -> None:
        count = self.model.rowCount()
        if self.row is not None and self.row >= count:
            self.row = count - 1 if count else None
            self.row_selected()
        if self.row is not None:
            self.table.selectRow(self.row)

    @property
    def has_row(self) -> bool:
        return self.row is not None and self.row < self.model.rowCount()

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.binder.set_editable(editable and self.has_row)
        self.empty_note.setVisible(not self.has_row)

    def button_enabled(self, button: object) -> bool:
        return button is self.add or self.row is not None

    def select_added(self, first_field: QLineEdit) -> None:
        """After an Add: select the new last row and put the cursor in its first field."""
        self.table.selectRow(self.model.rowCount() - 1)
        first_field.setFocus()
        first_field.selectAll()

    def remove_selected(self, text: str, remove: Callable[[Agreement, int], None]) -> None:
        row = self.row
        if row is not None:
            self.session.edit(text, lambda agreement: remove(agreement, row))
