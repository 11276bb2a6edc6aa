"""A drop-down of the agreements in the file, shown instead of the agreement list when the
list is folded away to give the plan the width (View ▸ Agreement list, F9)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from slaworkshop.store import AgreementSummary
from ui.models.agreement_list_model import period_label, status_label
from ui.session import AgreementSession


class AgreementPicker(QComboBox):
    def __init__(self, session: AgreementSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementPicker")
        self.session = session
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._filling = False
        self.activated.connect(self._picked)
        session.agreementsChanged.connect(self.reload)
        session.currentChanged.connect(lambda _id: self._follow())
        self.reload()

    def label(self, summary: AgreementSummary) -> str:
        return (self.tr("%1 · %2 · rev. %3 · %4")
                .replace("%1", summary.title)
                .replace("%2", period_label(summary.start, summary.months))
                .replace("%3", QLocale().toString(summary.revision))
                .replace("%4", status_label(summary.status)))

    def reload(self) -> None:
        self._filling = True
        try:
            self.clear()
            for summary in self.session.summaries():
                self.addItem(self.label(summary), summary.id)
        finally:
            self._filling = False
        self._follow()

    def _follow(self) -> None:
        index = self.findData(self.session.current_id)
        if index != self.currentIndex():
            self._filling = True
            try:
                self.setCurrentIndex(index)
            finally:
                self._filling = False

    def _picked(self, index: int) -> None:
        agreement_id = self.itemData(index)
        if not self._filling and agreement_id is not None \
                and agreement_id != self.session.current_id:
            self.session.select(int(agreement_id))

