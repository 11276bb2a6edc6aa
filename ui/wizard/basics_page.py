"""Wizard page 1: title, organisation, currency, period, and the parties."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from slaworkshop.model import MAX_MONTHS, Problem
from slaworkshop.periods import is_month, parse_month
from ui.wizard.models import PartiesModel
from ui.wizard.page import DraftPage, WizardHost


class BasicsPage(DraftPage):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("The agreement and its parties"))
        self.setSubTitle(self.tr(
            "Name the agreement, the period it covers, and the departments that sign it."))
        self.title_edit = QLineEdit()
        self.organisation_edit = QLineEdit()
        self.currency_edit = QLineEdit()
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setMaximumWidth(80)
        self.start_edit = QDateEdit()
        self.start_edit.setDisplayFormat("MMMM yyyy")
        self.start_edit.setCalendarPopup(False)
        self.months_spin = QSpinBox()
        self.months_spin.setRange(1, MAX_MONTHS)
        self.months_spin.setSuffix(self.tr(" months"))

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        form.addRow(self.tr("&Currency:"), self.currency_edit)
        period = QHBoxLayout()
        period.addWidget(self.start_edit)
        period.addWidget(QLabel(self.tr("for")))
        period.addWidget(self.months_spin)
        period.addStretch(1)
        form.addRow(self.tr("First month:"), period)

        self.parties_model = PartiesModel(self)
        self.parties_model.renamed.connect(self._rename_party)
        self.parties_view = QTableView()
        # Tab moves on; inside only while editing.
        self.parties_view.setTabKeyNavigation(False)
        self.parties_view.setModel(self.parties_model)
        self.parties_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.parties_view.verticalHeader().setVisible(False)
        self.add_party_button = QPushButton(self.tr("&Add party"))
        self.remove_party_button = QPushButton(self.tr("&Remove party"))
        self.add_party_button.clicked.connect(self._add_party)
        self.remove_party_button.clicked.connect(self._remove_party)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_party_button)
        buttons.addWidget(self.remove_party_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr(
            "Parties — the departments that make and receive commitments (any number):")))
        layout.addWidget(self.parties_view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problems_label)

    def load(self) -> None:
        draft = self.draft
        self.title_edit.setText(draft.title)
        self.organisation_edit.setText(draft.organisation)
        self.currency_edit.setText(draft.currency)
        if is_month(draft.start):
            year, month = parse_month(draft.start)
            self.start_edit.setDate(QDate(year, month, 1))
        self.months_spin.setValue(min(max(draft.months, 1), MAX_MONTHS))
        self.parties_model.set_parties(draft.parties)

    def store(self) -> None:
        draft = self.draft
        draft.title = self.title_edit.text().strip()
        draft.organisation = self.organisation_edit.text().strip()
        draft.currency = self.currency_edit.text().strip().upper()
        date = self.start_edit.date()
        start = f"{date.year():04d}-{date.month():02d}"
        months = self.months_spin.value()
        if (start, months) != (draft.start, draft.months):
            self._wizard.change_period(start, months)

    def owns(self, problem: Problem) -> bool:
        return problem.field in ("title", "currency", "start", "months") \
            or problem.field.startswith("party ")

    def _add_party(self) -> None:
        row = self.parties_model.rowCount()
        self.parties_model.insertRows(row, 1)
        index = self.parties_model.index(row, PartiesModel.NAME)
        self.parties_view.setCurrentIndex(index)
        self.parties_view.edit(index)

    def _remove_party(self) -> None:
        index = self.parties_view.currentIndex()
        if index.isValid():
            self.parties_model.removeRows(index.row(), 1)

    def _rename_party(self, old: str, new: str) -> None:
        """Stages, KPIs and protocols follow a renamed party."""
        self.draft.replace_party_references(old, new)
        self._wizard.party_renamed.emit(old, new)
