"""What every editor shares: the session, its bindings and the read-only state."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.model import Agreement
from ui.models.base import SessionTableModel
from ui.session import AgreementSession
from ui.widgets.binding import Binder
from ui.widgets.error_label import ErrorLabel


class EditorBase(QWidget):
    """An editor of one part of the current agreement."""

    def __init__(self, session: AgreementSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.binder = Binder(session, self)
        self.buttons: list[QPushButton] = []
        self.tables: list[QTableView] = []
        self._stale = False
        # What set_editable was last given (None: not yet).
        self._editable_applied: bool | None = None
        self._parts_applied = (0, 0)  # how many fields and tables it was given to
        self._shown: object = None  # what ``_shown_now`` was at the last refresh
        session.changed.connect(self._session_changed)

    def _session_changed(self) -> None:
        # An editor on a tab nobody is looking at shows the new values when it is shown: a
        # keystroke in the plan does not refill the other tabs' forms. Whether it can be edited
        # is always kept up to date (a keystroke does not change it: nothing to do then).
        if self.isVisible() or (not self.isWindow() and self.window().isHidden()):
            # A change this editor does not show (a rate, for the objective) leaves it be.
            shown = self._shown_now()
            if shown is None or shown != self._shown:
                self.refresh_all()
        else:
            self._stale = True
            # Its tables' models wait too (they are told after this editor).
            for model in self._table_models():
                model.held = True
            if self.session.editable != self._editable_applied:
                self.set_editable(self.session.editable)

    def _table_models(self) -> list[SessionTableModel]:
        return [model for table in self.tables
                if isinstance(model := table.model(), SessionTableModel)]

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh_all()
        super().showEvent(event)

    def shown_from(self, agreement: Agreement) -> object:
        """What this editor's own fields and texts are made of, for an editor that can say
        (its tables' models follow their rows themselves): after a change that leaves it
        equal, the editor is not refreshed. None (the default): refreshed after every
        change."""
        return None

    def _shown_now(self) -> object:
        agreement = self.session.agreement
        if agreement is None:
            return None
        made_of = self.shown_from(agreement)
        return None if made_of is None else (agreement.id, self.session.editable, made_of)

    def refresh_all(self) -> None:
        self._stale = False
        self._shown = self._shown_now()
        for model in self._table_models():
            model.held = False
            if model.waiting:
                model.refresh()
        self.binder.refresh()
        self.refresh()
        self.set_editable(self.session.editable)

    def refresh(self) -> None:
        """Update what the bindings do not cover (lists, summaries); for subclasses."""

    def set_editable(self, editable: bool) -> None:
        # The buttons follow the rows too (a stage removed, a row chosen): always asked. The
        # fields and tables only follow ``editable``, which most changes leave as it was.
        parts = (len(self.binder.bindings), len(self.tables))
        changed = editable != self._editable_applied or parts != self._parts_applied
        self._editable_applied, self._parts_applied = editable, parts
        for button in self.buttons:
            button.setEnabled(editable and self.button_enabled(button))
        if not changed:
            return
        self.binder.set_editable(editable)
        triggers = (QAbstractItemView.EditTrigger.DoubleClicked
                    | QAbstractItemView.EditTrigger.EditKeyPressed
                    | QAbstractItemView.EditTrigger.AnyKeyPressed
                    | QAbstractItemView.EditTrigger.SelectedClicked)
        for table in self.tables:
            table.setEditTriggers(triggers if editable
                                  else QAbstractItemView.EditTrigger.NoEditTriggers)

    def button_enabled(self, button: QPushButton) -> bool:
        """Whether a button makes sense now (e.g. a row is selected); for subclasses."""
        return True

    @property
    def editable(self) -> bool:
        return self.session.editable

    # Building blocks.
    def add_button(self, text: str, tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        # Never narrower than its words, in any language.
        button.setMinimumWidth(button.sizeHint().width())
        if tip:
            button.setToolTip(tip)
        self.buttons.append(button)
        return button

    def make_table(self, stretch_last: bool = True) -> QTableView:
        table = QTableView(self)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        table.horizontalHeader().setStretchLastSection(stretch_last)
        table.setWordWrap(False)
        # Tab moves on to the next widget; inside the table only while a cell is edited.
        table.setTabKeyNavigation(False)
        self.tables.append(table)
        return table

    def make_list_pane(self, model: QAbstractItemModel, name: str, stretch_column: int,
                       hidden_columns: tuple[int, ...], add_text: str, remove_tip: str
                       ) -> tuple[QWidget, QTableView, QPushButton, QPushButton]:
        """The list half of a master-detail editor: a table of rows, Add and Remove.

        Columns shown in the detail form are hidden so the list stays readable on a
        projector.
        """
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        table = self.make_table(stretch_last=False)
        table.setObjectName(name)
        table.setModel(model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        for column in hidden_columns:
            table.setColumnHidden(column, True)
        layout.addWidget(table, 1)
        buttons = QHBoxLayout()
        add = self.add_button(add_text)
        remove = self.add_button(self.tr("Remove"), remove_tip)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return pane, table, add, remove

    def selected_row(self, table: QTableView) -> int | None:
        index = table.selectionModel().currentIndex() if table.selectionModel() else None
        if index is None or not index.isValid():
            rows = table.selectionModel().selectedRows() if table.selectionModel() else []
            return rows[0].row() if rows else None
        return index.row()


def field_row(form: QFormLayout, label: str, widget: QWidget,
              suffix: str | QLabel | None = None) -> ErrorLabel:
    """A form row with the field, an optional unit after it and an error label under it."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if suffix:
        from PySide6.QtWidgets import QHBoxLayout

        line = QHBoxLayout()
        line.setSpacing(6)
        line.addWidget(widget, 1)
        unit = QLabel(suffix) if isinstance(suffix, str) else suffix
        unit.setMinimumWidth(unit.fontMetrics().horizontalAdvance("EUR") + 4)
        line.addWidget(unit)
        column.addLayout(line)
    else:
        column.addWidget(widget)
    error = ErrorLabel(holder)
    column.addWidget(error)
    title = QLabel(label)
    title.setBuddy(widget)
    title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    title.setContentsMargins(0, 4, 0, 0)
    form.addRow(title, holder)
    return error


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label
