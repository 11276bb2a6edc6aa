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
from ui.editors.base import EditorBase, field_row, heading
from ui.models.protocols_model import KPI, TARGET, TITLE, ProtocolsModel
from ui.session import AgreementSession
from ui.widgets.numbers import parse_number, plain


class ProtocolsEditor(EditorBase):
    def __init__(self, session: AgreementSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.row: int | None = None
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
               get=lambda a: self._protocol(a).title, set=self._setter("title"))
        b.combo(self.from_party, errors[1], key="protocol.from", text=self.tr("Change protocol"),
                get=lambda a: self._protocol(a).from_party, set=self._setter("from_party"),
                choices=_party_choices)
        b.combo(self.to_party, errors[2], key="protocol.to", text=self.tr("Change protocol"),
                get=lambda a: self._protocol(a).to_party, set=self._setter("to_party"),
                choices=_party_choices)
        b.plain_text(self.trigger, errors[3], key="protocol.trigger",
                     text=self.tr("Change protocol"),
                     get=lambda a: self._protocol(a).trigger, set=self._setter("trigger"))
        b.plain_text(self.commitment, errors[4], key="protocol.commitment",
                     text=self.tr("Change protocol"),
                     get=lambda a: self._protocol(a).commitment, set=self._setter("commitment"))
        b.combo(self.kpi, errors[5], key="protocol.kpi", text=self.tr("Change protocol"),
                get=lambda a: self._protocol(a).kpi, set=self._setter("kpi"),
                choices=lambda a: [("", "")] + [(k.name, k.name) for k in a.kpis()])
        b.line(self.target, errors[6], key="protocol.target", text=self.tr("Change protocol"),
               get=lambda a: self._protocol(a).kpi_target, set=self._setter("kpi_target"),
               parse=self._parse_target, show=lambda v: "" if v is None else plain(v))

        self.add.clicked.connect(self.add_protocol)
        self.remove.clicked.connect(self.remove_protocol)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._after_reset)
        self.refresh_all()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _protocol(self, agreement: Agreement) -> HandoffProtocol:
        if self.row is None:
            raise IndexError("no protocol selected")
        return agreement.protocols[self.row]

    def _setter(self, attribute: str):  # type: ignore[no-untyped-def]
        def assign(agreement: Agreement, value: object) -> None:
            setattr(self._protocol(agreement), attribute, value)
        return assign

    def _parse_target(self, text: str) -> Decimal | None:
        return None if not text.strip() else parse_number(text, self.tr("KPI target"))

    def _row_changed(self, current: object, _previous: object) -> None:
        index = self.table.selectionModel().currentIndex()
        self.row = index.row() if index.isValid() else None
        self.refresh_all()

    def _after_reset(self) -> None:
        if self.row is not None and self.row >= self.model.rowCount():
            self.row = self.model.rowCount() - 1 if self.model.rowCount() else None
        if self.row is not None:
            self.table.selectRow(self.row)

    def set_editable(self, editable: bool) -> None:
        has_row = self.row is not None and self.row < self.model.rowCount()
        super().set_editable(editable)
        self.binder.set_editable(editable and has_row)
        self.empty_note.setVisible(not has_row)

    def button_enabled(self, button: object) -> bool:
        return button is self.add or self.row is not None

    def add_protocol(self) -> None:
        base = self.tr("New protocol")

        def add(agreement: Agreement) -> None:
            names = [p.name for p in agreement.parties]
            agreement.protocols.append(HandoffProtocol(
                unique_name(base, [p.title for p in agreement.protocols]),
                names[0] if names else "", names[1] if len(names) > 1 else ""))
        if self.session.edit(self.tr("Add protocol"), add):
            self.table.selectRow(self.model.rowCount() - 1)
            self.title.setFocus()
            self.title.selectAll()

    def remove_protocol(self) -> None:
        row = self.row
        if row is None:
            return

        def remove(agreement: Agreement) -> None:
            del agreement.protocols[row]
        self.session.edit(self.tr("Remove protocol"), remove)


def _party_choices(agreement: Agreement) -> list[tuple[str, str]]:
    return [("", "")] + [(p.name, p.name) for p in agreement.parties]
