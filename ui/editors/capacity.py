"""Team capacity: the people the volumes need — a role, the stage it works and how many units
one person handles a month, with an optional monthly cost per person for the budget."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from slaworkshop.model import unique_name
from ui.editors.base import EditorBase, heading
from ui.editors.depth_table import depth_table
from ui.models.capacity_model import ROLE, STAGE, CapacityModel
from ui.session import AgreementSession
from ui.widgets.choice_delegate import ChoiceDelegate, same_text

DEFAULT_PER_PERSON = Decimal(100)


class CapacityEditor(EditorBase):
    def __init__(self, session: AgreementSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Team capacity")))
        hint = QLabel(self.tr(
            "Who works each stage and how much one person handles a month: the plan works out "
            "how many people each month needs. Give a cost per person to count them in the "
            "budget."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.model = CapacityModel(session, self)
        self.table, self.error = depth_table(self, layout, self.model, "capacityTable", ROLE)
        self.stage_delegate = ChoiceDelegate(lambda: same_text(self._stage_names()), self.table)
        self.table.setItemDelegateForColumn(STAGE, self.stage_delegate)
        buttons = QHBoxLayout()
        self.add = self.add_button(self.tr("Add role"))
        self.remove = self.add_button(self.tr("Remove"), self.tr("Remove the selected role"))
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add.clicked.connect(self.add_line)
        self.remove.clicked.connect(self.remove_line)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.set_editable(self.editable))
        self.model.modelReset.connect(lambda: self.set_editable(self.editable))
        self.refresh_all()

    def _stage_names(self) -> list[str]:
        agreement = self.session.agreement
        return [] if agreement is None else [s.name for s in agreement.stages]

    def button_enabled(self, button: object) -> bool:
        if button is self.add:
            return bool(self._stage_names())
        return self.selected_row(self.table) is not None

    def add_line(self) -> None:
        agreement = self.session.agreement
        if agreement is None or not agreement.stages:
            return
        role = unique_name(self.tr("New role"), [c.role for c in agreement.capacity])
        stage = agreement.stages[0].name
        added: list[int] = []
        if self.session.edit(self.tr("Add role"), lambda a: added.append(
                a.add_capacity_line(role, stage, DEFAULT_PER_PERSON))):
            self.table.selectRow(added[-1])

    def remove_line(self) -> None:
        row = self.selected_row(self.table)
        if row is not None:
            self.session.edit(self.tr("Remove role"), lambda a: a.remove_capacity_line(row))
