"""A drop-down of the agreements in the file, shown instead of the agreement list when the
list is folded away to give the plan the width (View ▸ Agreement list, F9)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QShowEvent
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
        # What the items show, and each agreement's label with what it was made from: a
        # keystroke in a title relabels that agreement only, and a hidden drop-down (the list
        # is shown) catches up when it is shown.
        self._entries: list[tuple[int, str]] = []
        self._labels: dict[int, tuple[tuple[object, ...], str]] = {}
        self._stale = False
        self.activated.connect(self._picked)
        session.agreementsChanged.connect(self.reload)
        session.currentChanged.connect(lambda _id: self._follow())
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def _cached_label(self, summary: AgreementSummary) -> str:
        made_of = (summary.title, summary.start, summary.months, summary.revision,
                   summary.status)
        cached = self._labels.get(summary.id)
        if cached is None or cached[0] != made_of:
            cached = (made_of, self.label(summary))
            self._labels[summary.id] = cached
        return cached[1]

    def label(self, summary: AgreementSummary) -> str:
        return (self.tr("%1 · %2 · rev. %3 · %4")
                .replace("%1", summary.title)
                .replace("%2", period_label(summary.start, summary.months))
                .replace("%3", QLocale().toString(summary.revision))
                .replace("%4", status_label(summary.status)))

    def reload(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        entries = [(s.id, self._cached_label(s)) for s in self.session.summaries()]
        if entries != self._entries:
            self._entries = entries
            self._filling = True
            try:
                self.clear()
                for agreement_id, label in entries:
                    self.addItem(label, agreement_id)
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

