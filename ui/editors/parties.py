"""The parties to the agreement: name, representative, role. Renaming a party renames it in
every stage, KPI and protocol; removing it leaves those without an owner."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from slaworkshop.model import Agreement, Party, unique_name
from ui.editors.base import EditorBase, heading
from ui.models.parties_model import PartiesModel
from ui.session import AgreementSession


class PartiesEditor(EditorBase):
    def __init__(self, session: AgreementSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Parties")))
        hint = QLabel(self.tr("The departments that agree: each owns stages, KPIs and "
                              "commitments, and its representative signs."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.model = PartiesModel(session, self)
        self.table = self.make_table()
        self.table.setObjectName("partiesTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add = self.add_button(self.tr("Add party"))
        self.remove = self.add_button(self.tr("Remove"), self.tr("Remove the selected party"))
        self.add.clicked.connect(self.add_party)
        self.remove.clicked.connect(self.remove_party)
        row.addWidget(self.add)
        row.addWidget(self.remove)
        row.addStretch(1)
        layout.addLayout(row)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.set_editable(self.editable))
        self.model.modelReset.connect(lambda: self.set_editable(self.editable))
        self.refresh_all()

    def button_enabled(self, button: object) -> bool:
        return button is self.add or self.selected_row(self.table) is not None

    def add_party(self) -> None:
        base = self.tr("New party")

        def add(agreement: Agreement) -> None:
            agreement.parties.append(Party(unique_name(base, [p.name for p in
                                                              agreement.parties])))
        if self.session.edit(self.tr("Add party"), add):
            last = self.model.rowCount() - 1
            self.table.setCurrentIndex(self.model.index(last, 0))

    def remove_party(self) -> None:
        row = self.selected_row(self.table)
        if row is not None:
            self.session.edit(self.tr("Remove party"), lambda a: a.remove_party(row))
