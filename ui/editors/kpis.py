"""Custom KPIs (the protocol metrics, such as hours to first contact): name, owner, unit,
direction, import aliases and a target per month. Volume and conversion KPIs come from the
stages and are not edited here."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.model import (
    Aggregation,
    Agreement,
    Direction,
    Kpi,
    KpiKind,
    Unit,
    split_aliases,
    unique_name,
    unit_aggregation,
)
from ui.editors.base import field_row, heading
from ui.editors.list_detail import ListDetailEditor
from ui.models.kpis_model import (
    DIRECTION,
    NAME,
    UNIT,
    CustomKpisModel,
    KpiTargetsModel,
    direction_label,
    unit_label,
)
from ui.session import AgreementSession
from ui.widgets.numbers import parse_number


class KpisEditor(ListDetailEditor):
    def __init__(self, session: AgreementSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Custom KPIs")))
        hint = QLabel(self.tr("Each stage's volume and the conversion between stages are KPIs "
                              "already; add here what the protocols promise."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("kpisSplitter")
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)

        self.model = CustomKpisModel(session, self)
        # Unit and direction are in the form; the list keeps the names readable.
        left, self.table, self.add, self.remove = self.make_list_pane(
            self.model, "kpisTable", NAME, (UNIT, DIRECTION), self.tr("Add KPI"),
            self.tr("Remove the selected KPI"))
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.splitter.addWidget(left)

        right = QWidget()
        right_layout = QHBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("kpiName")
        self.owner = QComboBox()
        self.owner.setObjectName("kpiOwner")
        self.unit = QComboBox()
        self.unit.setObjectName("kpiUnit")
        self.direction = QComboBox()
        self.direction.setObjectName("kpiDirection")
        self.aggregation = QComboBox()
        self.aggregation.setObjectName("kpiAggregation")
        self.aggregation.setToolTip(self.tr(
            "How the months add up in the year to date and the projection: summed (leads, "
            "revenue) or averaged (hours to first contact, attempts per SQL)"))
        self.aliases = QLineEdit()
        self.aliases.setObjectName("kpiAliases")
        self.aliases.setPlaceholderText(self.tr("other names in spreadsheets, with commas"))
        self.description = QPlainTextEdit()
        self.description.setObjectName("kpiDescription")
        self.description.setTabChangesFocus(True)
        errors = [
            field_row(form, self.tr("Name"), self.name),
            field_row(form, self.tr("Owner"), self.owner),
            field_row(form, self.tr("Unit"), self.unit),
            field_row(form, self.tr("Direction"), self.direction),
            field_row(form, self.tr("Import aliases"), self.aliases),
            field_row(form, self.tr("Description"), self.description),
            field_row(form, self.tr("Over the months"), self.aggregation),
        ]
        self.empty_note = QLabel(self.tr("Select a KPI to edit it, or add one."))
        form.addRow(self.empty_note)
        right_layout.addLayout(form, 3)
        targets = QVBoxLayout()
        targets.addWidget(QLabel(self.tr("Monthly targets")))
        self.targets_model = KpiTargetsModel(session, self)
        self.targets = self.make_table()
        self.targets.setObjectName("kpiTargets")
        self.targets.setModel(self.targets_model)
        self.targets.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        targets.addWidget(self.targets, 1)
        fill = QHBoxLayout()
        self.fill_value = QLineEdit()
        self.fill_value.setObjectName("kpiFillValue")
        self.fill_value.setPlaceholderText(self.tr("target"))
        self.fill = self.add_button(self.tr("Every month"),
                                    self.tr("Set this target for every month"))
        fill.addWidget(self.fill_value, 1)
        fill.addWidget(self.fill)
        targets.addLayout(fill)
        right_layout.addLayout(targets, 2)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([300, 640])

        b = self.binder
        text = self.tr("Change KPI")
        b.line(self.name, errors[0], key="kpi.name", text=text,
               get=lambda a: self.item(a).name, set=self._rename)
        b.combo(self.owner, errors[1], key="kpi.owner", text=text,
                get=lambda a: self.item(a).owner, set=self.setter("owner"),
                choices=lambda a: [("", "")] + [(p.name, p.name) for p in a.parties])
        b.combo(self.unit, errors[2], key="kpi.unit", text=text,
                get=lambda a: self.item(a).unit, set=self.setter("unit"),
                choices=lambda _a: [(unit_label(u), u) for u in Unit])
        b.combo(self.direction, errors[3], key="kpi.direction", text=text,
                get=lambda a: self.item(a).direction, set=self.setter("direction"),
                choices=lambda _a: [(direction_label(d), d) for d in Direction])
        b.line(self.aliases, errors[4], key="kpi.aliases", text=text,
               get=lambda a: self.item(a).aliases, set=self.setter("aliases"),
               parse=split_aliases, show=", ".join)
        b.plain_text(self.description, errors[5], key="kpi.description", text=text,
                     get=lambda a: self.item(a).description, set=self.setter("description"))
        b.combo(self.aggregation, errors[6], key="kpi.aggregation", text=text,
                get=lambda a: self.item(a).months_add_up, set=self._set_aggregation,
                choices=lambda _a: [(self.tr("summed"), Aggregation.SUM),
                                    (self.tr("averaged"), Aggregation.AVERAGE)])

        self.add.clicked.connect(self.add_kpi)
        self.remove.clicked.connect(self.remove_kpi)
        self.fill.clicked.connect(self.fill_targets)
        self.follow_selection()

    def items(self, agreement: Agreement) -> list[Kpi]:
        return agreement.custom_kpis

    def _rename(self, agreement: Agreement, name: str) -> None:
        assert self.row is not None
        agreement.rename_kpi(self.row, name)

    def _set_aggregation(self, agreement: Agreement, aggregation: Aggregation) -> None:
        kpi = self.item(agreement)
        # At its unit's default it is left unset, as in revisions signed before it existed.
        kpi.aggregation = None if aggregation is unit_aggregation(kpi.unit) else aggregation

    def row_selected(self) -> None:
        self.targets_model.set_kpi_row(self.row)

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.fill_value.setEnabled(editable and self.has_row)

    def add_kpi(self) -> None:
        base = self.tr("New KPI")

        def add(agreement: Agreement) -> None:
            taken = [k.name for k in agreement.kpis()]
            agreement.custom_kpis.append(Kpi(unique_name(base, taken), KpiKind.CUSTOM))
        if self.session.edit(self.tr("Add KPI"), add):
            self.select_added(self.name)

    def remove_kpi(self) -> None:
        self.remove_selected(self.tr("Remove KPI"), Agreement.remove_kpi)

    def fill_targets(self) -> None:
        row = self.row
        if row is None:
            return
        from slaworkshop.model import ValidationError

        text = self.fill_value.text().strip()
        try:
            value: Decimal | None = None if not text else parse_number(text, self.tr("target"))
        except ValidationError as exc:
            self.session.editRefused.emit(exc.problems)
            return

        def fill(agreement: Agreement) -> None:
            kpi = agreement.custom_kpis[row]
            kpi.targets = [] if value is None else [value] * agreement.months
        self.session.edit(self.tr("Set KPI targets"), fill)
