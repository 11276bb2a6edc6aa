"""Handoff protocols: who commits what to whom, when, and the KPI that measures it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.model import Agreement, HandoffProtocol, unique_name
from ui.editors.base import field_row, heading
from ui.editors.list_detail import ListDetailEditor
from ui.models.protocols_model import KPI, TARGET, TITLE, ProtocolsModel
from ui.session import AgreementSession
from ui.widgets.numbers import parse_number, plain


class ProtocolsEditor(ListDetailEditor):
    def __init__(self, session: AgreementSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Handoff protocols")))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("protocolsSplitter")
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)

        self.model = ProtocolsModel(session, self)
        # The KPI and its target are in the form; the list stays readable on a projector.
        left, self.table, self.add, self.remove = self.make_list_pane(
            self.model, "protocolsTable", TITLE, (KPI, TARGET), self.tr("Add protocol"),
            self.tr("Remove the selected protocol"))
        self.splitter.addWidget(left)

        form_holder = QWidget()
        form = QFormLayout(form_holder)
        form.setContentsMargins(8, 0, 0, 0)
        self.title = QLineEdit()
        self.title.setObjectName("protocolTitle")
        self.from_party = QComboBox()
        self.from_party.setObjectName("protocolFrom")
        self.to_party = QComboBox()
        self.to_party.setObjectName("protocolTo")
        self.trigger = QPlainTextEdit()
        self.trigger.setObjectName("protocolTrigger")
        self.trigger.setTabChangesFocus(True)
        self.commitment = QPlainTextEdit()
        self.commitment.setObjectName("protocolCommitment")
        self.commitment.setTabChangesFocus(True)
        self.kpi = QComboBox()
        self.kpi.setObjectName("protocolKpi")
        self.target = QLineEdit()
        self.target.setObjectName("protocolTarget")
        self.target.setPlaceholderText(self.tr("no target"))
        errors = [
            field_row(form, self.tr("Title"), self.title),
            field_row(form, self.tr("From"), self.from_party),
            field_row(form, self.tr("To"), self.to_party),
            field_row(form, self.tr("Trigger or definition"), self.trigger),
            field_row(form, self.tr("Commitment"), self.commitment),
            field_row(form, self.tr("Measured by KPI"), self.kpi),
            field_row(form, self.tr("KPI target"), self.target),
        ]
        self.splitter.addWidget(form_holder)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([420, 520])
        self.empty_note = QLabel(self.tr("Select a protocol to edit it, or add one."))
        form.addRow(self.empty_note)

        b = self.binder
        b.line(self.title, errors[0], key="protocol.title", text=self.tr("Change protocol"),
               get=lambda a: self.item(a).title, set=self.setter("title"))
        b.combo(self.from_party, errors[1], key="protocol.from", text=self.tr("Change protocol"),
                get=lambda a: self.item(a).from_party, set=self.setter("from_party"),
                choices=_party_choices)
        b.combo(self.to_party, errors[2], key="protocol.to", text=self.tr("Change protocol"),
                get=lambda a: self.item(a).to_party, set=self.setter("to_party"),
                choices=_party_choices)
        b.plain_text(self.trigger, errors[3], key="protocol.trigger",
                     text=self.tr("Change protocol"),
                     get=lambda a: self.item(a).trigger, set=self.setter("trigger"))
        b.plain_text(self.commitment, errors[4], key="protocol.commitment",
                     text=self.tr("Change protocol"),
                     get=lambda a: self.item(a).commitment, set=self.setter("commitment"))
        b.combo(self.kpi, errors[5], key="protocol.kpi", text=self.tr("Change protocol"),
                get=lambda a: self.item(a).kpi, set=self.setter("kpi"),
                choices=lambda a: [("", "")] + [(k.name, k.name) for k in a.kpis()])
        b.line(self.target, errors[6], key="protocol.target", text=self.tr("Change protocol"),
               get=lambda a: self.item(a).kpi_target, set=self.setter("kpi_target"),
               parse=self._parse_target, show=lambda v: "" if v is None else plain(v))

        self.add.clicked.connect(self.add_protocol)
        self.remove.clicked.connect(self.remove_protocol)
        self.follow_selection()

    def items(self, agreement: Agreement) -> list[HandoffProtocol]:
        return agreement.protocols

    def _parse_target(self, text: str) -> Decimal | None:
        return None if not text.strip() else parse_number(text, self.tr("KPI target"))

    def add_protocol(self) -> None:
        base = self.tr("New protocol")

        def add(agreement: Agreement) -> None:
            names = [p.name for p in agreement.parties]
            agreement.protocols.append(HandoffProtocol(
                unique_name(base, [p.title for p in agreement.protocols]),
                names[0] if names else "", names[1] if len(names) > 1 else ""))
        if self.session.edit(self.tr("Add protocol"), add):
            self.select_added(self.title)

    def remove_protocol(self) -> None:
        def remove(agreement: Agreement, row: int) -> None:
            del agreement.protocols[row]
        self.remove_selected(self.tr("Remove protocol"), remove)

def _party_choices(agreement: Agreement) -> list[tuple[str, str]]:
    return [("", "")] + [(p.name, p.name) for p in agreement.parties]
