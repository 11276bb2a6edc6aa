"""Compare two revisions of an agreement: what changed in targets, rates, protocols and KPIs."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.compare import Change, Section, compare
from slaworkshop.store import Store, revision_chain
from ui.widgets.numbers import number_text

AnyIndex = QModelIndex | QPersistentModelIndex


class ChangesModel(QAbstractTableModel):
    """One row per change: section, item, field, before, after."""

    SECTION, ITEM, BEFORE, AFTER = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._changes: list[Change] = []

    def section_name(self, section: Section) -> str:
        names = {
            Section.AGREEMENT: self.tr("Agreement"),
            Section.OBJECTIVE: self.tr("Objective"),
            Section.PARTIES: self.tr("Parties"),
            Section.RATES: self.tr("Stages and rates"),
            Section.TARGETS: self.tr("Targets"),
            Section.PROTOCOLS: self.tr("Handoff protocols"),
            Section.KPIS: self.tr("KPIs"),
            Section.REPORTING: self.tr("Reporting"),
            Section.PLANNING: self.tr("Segments, team and budget"),
        }
        return names[section]

    def field_name(self, field: str) -> str:
        names = {
            "title": self.tr("title"), "organisation": self.tr("organisation"),
            "currency": self.tr("currency"), "start": self.tr("first month"),
            "months": self.tr("months"), "revenue": self.tr("revenue target"),
            "deal value": self.tr("average deal value"),
            "marketing share": self.tr("marketing share"), "seasonality": self.tr("seasonality"),
            "representative": self.tr("representative"), "role": self.tr("role"),
            "conversion rate": self.tr("conversion rate"),
            "lag in months": self.tr("lag in months"), "owner": self.tr("owner"),
            "stage order": self.tr("stage order"), "won customers": self.tr("won customers"),
            "annual target": self.tr("annual target"),
            "monthly targets": self.tr("monthly targets"), "from and to": self.tr("from and to"),
            "definition": self.tr("definition"), "commitment": self.tr("commitment"),
            "KPI": self.tr("KPI"), "KPI target": self.tr("KPI target"), "unit": self.tr("unit"),
            "direction": self.tr("better when"), "targets": self.tr("monthly targets"),
            "description": self.tr("description"), "cadence": self.tr("reporting cadence"),
            "review month": self.tr("review month"),
            "green threshold": self.tr("green threshold"),
            "amber threshold": self.tr("amber threshold"),
            "share": self.tr("share"), "stage": self.tr("stage"),
            "per person": self.tr("units per person a month"),
            "cost per person": self.tr("cost per person a month"),
            "unit cost": self.tr("cost per unit"), "fixed cost": self.tr("fixed cost a month"),
            "gross margin": self.tr("gross margin"), "spend KPI": self.tr("spend KPI"),
            "annual budget": self.tr("annual budget"),
        }
        return names.get(field, field)

    def number(self, text: str) -> str:
        """A plain number from the core, in the user's locale; other text as it is."""
        try:
            value = Decimal(text)
        except InvalidOperation:
            return text
        if not value.is_finite():
            return text
        return number_text(value)

    def set_changes(self, changes: list[Change]) -> None:
        self.beginResetModel()
        self._changes = list(changes)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._changes)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if 0 <= section < 4:
            return (self.tr("Section"), self.tr("What"), self.tr("Before"),
                    self.tr("After"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._changes):
            return None
        change = self._changes[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.SECTION:
                return self.section_name(change.section)
            if column == self.ITEM:
                return " · ".join(part for part in (change.item,
                                                    self.field_name(change.field)) if part)
            if column == self.BEFORE:
                return self.tr("(not there)") if change.before is None else \
                    self.number(change.before)
            if column == self.AFTER:
                return self.tr("(removed)") if change.after is None else \
                    self.number(change.after)
        return None


class CompareDialog(QDialog):
    """Pick two revisions of the same agreement and list what changed from one to the other."""

    def __init__(self, store: Store, agreement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Compare revisions"))
        self.resize(860, 480)
        self.chain = revision_chain(store.list_agreements(), agreement_id)
        self.old_box = QComboBox()
        self.new_box = QComboBox()
        for summary in self.chain:
            text = self.tr("Revision %1 (%2)").replace("%1", str(summary.revision)).replace(
                "%2", self._status(summary.status.value))
            self.old_box.addItem(text, summary.id)
            self.new_box.addItem(text, summary.id)
        position = next((i for i, s in enumerate(self.chain) if s.id == agreement_id), 0)
        self.new_box.setCurrentIndex(position)
        self.old_box.setCurrentIndex(max(0, position - 1))
        self.model = ChangesModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()

        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("From:")))
        choose.addWidget(self.old_box, 1)
        choose.addWidget(QLabel(self.tr("To:")))
        choose.addWidget(self.new_box, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.old_box.currentIndexChanged.connect(self.refresh)
        self.new_box.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def _status(self, status: str) -> str:
        return {"draft": self.tr("draft"), "signed": self.tr("signed"),
                "superseded": self.tr("superseded")}.get(status, status)

    def refresh(self) -> None:
        old_id, new_id = self.old_box.currentData(), self.new_box.currentData()
        if old_id is None or new_id is None:
            self.model.set_changes([])
            self.summary.setText(self.tr("This agreement has only one revision."))
            return
        changes = compare(self.store.load(old_id), self.store.load(new_id))
        self.model.set_changes(changes)
        if old_id == new_id:
            self.summary.setText(self.tr("Choose two different revisions."))
        elif not changes:
            self.summary.setText(self.tr("The two revisions agree on everything."))
        else:
            self.summary.setText(self.tr("%n change(s)", "", len(changes)))
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 320))
        self.view.resizeRowsToContents()
