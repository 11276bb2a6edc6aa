"""The funnel stages: add, remove, reorder; rate, owner, lag and import aliases per stage."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from slaworkshop.model import Agreement
from ui.editors.base import EditorBase, heading
from ui.models.stages_model import ALIASES, NAME, OWNER, StagesModel
from ui.session import AgreementSession
from ui.widgets.choice_delegate import ChoiceDelegate, same_text


class StagesEditor(EditorBase):
    def __init__(self, session: AgreementSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Funnel stages")))
        hint = QLabel(self.tr("Top of the funnel first; the last stage is the won customers. "
                              "Double-click a cell to change it."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.model = StagesModel(session, self)
        self.table = self.make_table(stretch_last=True)
        self.table.setObjectName("stagesTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        # Fitted when the stages change shape or names, not on every rate keystroke.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ALIASES, QHeaderView.ResizeMode.Stretch)
        self._names: list[str] = []
        self.owner_delegate = ChoiceDelegate(lambda: same_text(self._party_names(), blank=True),
                                             self.table)
        self.table.setItemDelegateForColumn(OWNER, self.owner_delegate)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.add = self.add_button(self.tr("Add stage"),
                                   self.tr("Add a stage below the selected one"))
        self.remove = self.add_button(self.tr("Remove"), self.tr("Remove the selected stage"))
        self.up = self.add_button(self.tr("Move up"))
        self.down = self.add_button(self.tr("Move down"))
        for button in (self.add, self.remove, self.up, self.down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add.clicked.connect(self.add_stage)
        self.remove.clicked.connect(self.remove_stage)
        self.up.clicked.connect(lambda: self.move_selected(-1))
        self.down.clicked.connect(lambda: self.move_selected(1))
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.set_editable(self.editable))
        self.model.modelReset.connect(lambda: self.set_editable(self.editable))
        self.refresh_all()
        self._fit_columns()

    def shown_from(self, agreement: Agreement) -> object:
        # The table follows its rows itself; the columns' widths and the buttons follow the
        # stages' names, owners and number.
        return [(stage.name, stage.owner) for stage in agreement.stages]

    def refresh(self) -> None:
        self._fit_columns()

    def _fit_columns(self) -> None:
        agreement = self.session.agreement
        names = [] if agreement is None else [f"{s.name}|{s.owner}" for s in agreement.stages]
        if names != self._names:
            self._names = names
            for column in range(ALIASES):
                self.table.resizeColumnToContents(column)

    def _party_names(self) -> list[str]:
        agreement = self.session.agreement
        return [] if agreement is None else [p.name for p in agreement.parties]

    def button_enabled(self, button: object) -> bool:
        row = self.selected_row(self.table)
        count = self.model.rowCount()
        if button is self.add:
            return True
        if row is None:
            return False
        if button is self.remove:
            return count > 1
        if button is self.up:
            return row > 0
        if button is self.down:
            return row < count - 1
        return True

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, NAME))

    def add_stage(self) -> None:
        row = self.selected_row(self.table)
        name = self.tr("New stage")
        inserted: list[int] = []
        def add(agreement: Agreement) -> None:
            inserted.append(agreement.add_stage(row, name))
        if self.session.edit(self.tr("Add stage"), add):
            self.select(inserted[-1])

    def remove_stage(self) -> None:
        row = self.selected_row(self.table)
        if row is None:
            return
        if self.session.edit(self.tr("Remove stage"), lambda a: a.remove_stage(row)):
            self.select(min(row, self.model.rowCount() - 1))

    def move_selected(self, delta: int) -> None:
        row = self.selected_row(self.table)
        if row is None:
            return
        def move(agreement: Agreement) -> None:
            agreement.move_stage(row, delta)
        if self.session.edit(self.tr("Move stage"), move):
            self.select(row + delta)
