"""What the editable table models share: rows read from the session, edits sent through it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from slaworkshop.model import Agreement, ValidationError
from ui.session import AgreementSession

Index = QModelIndex | QPersistentModelIndex


class SessionTableModel(QAbstractTableModel):
    """A table over a list inside the session's current agreement.

    Subclasses say which list (``rows()``), the column headers and how a cell reads and is
    written. A refresh after an edit only signals changed cells when the row count stays the
    same, so views keep their selection and scroll position while people type.
    """

    def __init__(self, session: AgreementSession, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self._count = 0
        self._columns = 0
        self._snapshot: object = None
        # While ``held`` (its editor's tab is not shown) a change is only noted in
        # ``waiting``; the editor refreshes the model when it is shown again.
        self.held = False
        self.waiting = False
        self.refresh()
        session.changed.connect(self.refresh)

    # What subclasses provide.
    def rows(self, agreement: Agreement) -> list[Any]:
        raise NotImplementedError

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, agreement: Agreement, row: int, column: int, role: int) -> Any:
        raise NotImplementedError

    def write(self, row: int, column: int, value: Any) -> tuple[str, Callable[[Agreement], None]]:
        """The undo text and the mutation for a new cell value; raises ValidationError."""
        raise NotImplementedError

    def editable_column(self, column: int) -> bool:
        return True

    # The model.
    @property
    def agreement(self) -> Agreement | None:
        return self.session.agreement

    def snapshot(self, agreement: Agreement | None) -> object:
        """What the cells are made of; when it has not changed, nothing is signalled.

        The session replaces its agreement with a freshly loaded one after every change
        (it never changes one in place), so holding on to the old rows is enough.
        """
        if agreement is None:
            return None
        return (agreement.id, self.session.editable, list(self.rows(agreement)))

    def refresh(self) -> None:
        if self.held:
            self.waiting = True
            return
        self.waiting = False
        agreement = self.agreement
        count = 0 if agreement is None else len(self.rows(agreement))
        columns = len(self.headers())
        snapshot = self.snapshot(agreement)
        old_snapshot = self._snapshot
        unchanged = snapshot == old_snapshot
        self._snapshot = snapshot
        if count != self._count or columns != self._columns:
            self.beginResetModel()
            self._count, self._columns = count, columns
            self.endResetModel()
        elif count and columns and not unchanged:
            span = self.changed_cells(old_snapshot, snapshot)
            if span is None:
                self.dataChanged.emit(self.index(0, 0), self.index(count - 1, columns - 1))
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
            elif span:
                # Only the cells that changed are repainted (a whole table costs a frame).
                first_row, last_row, first_column, last_column = span
                self.dataChanged.emit(self.index(first_row, first_column),
                                      self.index(last_row, last_column))

    def changed_cells(self, old: object, new: object
                      ) -> tuple[int, int, int, int] | tuple[()] | None:
        """The rectangle (first row, last row, first column, last column) holding every cell
        that differs between two snapshots of the same shape, ``()`` when none do, or None
        for "signal every cell and the headers".

        Only for models whose cells (and headers) are made of their own row alone, and whose
        snapshot is the default one; others keep signalling everything.
        """
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        agreement = self.agreement
        if (agreement is None or not index.isValid() or index.row() >= self._count
                or index.column() >= self._columns):
            return None
        if index.row() >= len(self.rows(agreement)):
            return None
        return self.cell(agreement, index.row(), index.column(), role)

    def multiData(self, index: Index, roleDataSpan: Any) -> None:
        """All the roles a view asks for to paint a cell, in one call from Qt instead of one
        per role (about seven per cell on every paint); the same answers as ``data()``."""
        for role_data in roleDataSpan:
            value = self.data(index, role_data.role())
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.session.editable and self.editable_column(index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or not self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        if value == self.data(index, Qt.ItemDataRole.EditRole):
            return True
        try:
            text, mutate = self.write(index.row(), index.column(), value)
        except ValidationError as exc:
            self.session.editRefused.emit(exc.problems)
            return False
        return self.session.edit(text, mutate)
