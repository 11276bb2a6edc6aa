"""Wizard page 4: handoff protocols, offered as suggestions the room edits or drops."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from slaworkshop.model import Kpi, Problem
from ui.wizard.defaults import protocol_suggestions
from ui.wizard.page import DraftPage, WizardHost
from ui.wizard.protocol_card import ProtocolCard


class ProtocolsPage(DraftPage):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Handoff protocols"))
        self.setSubTitle(self.tr(
            "What each party promises the other, and the KPI that shows whether it happens. "
            "Untick a protocol to leave it out; every word can be changed."))
        self.cards = [ProtocolCard(s) for s in protocol_suggestions()]
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 8, 0)
        for card in self.cards:
            content_layout.addWidget(card)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(QLabel(self.tr(
            "Each measured protocol creates a KPI with its monthly target; owners and targets "
            "can be changed on the next page.")))
        layout.addWidget(self.problems_label)
        # Names of the custom KPIs this page made, so a later visit replaces, not duplicates.
        self._made: set[str] = set()
        wizard.party_renamed.connect(self._rename_party)

    def load(self) -> None:
        names = [p.name for p in self.draft.parties]
        first = names[0] if names else ""
        second = names[1] if len(names) > 1 else first
        mql = self._mql_stage()
        for card in self.cards:
            marketing_first = card.suggestion.from_marketing
            card.set_parties(names, first if marketing_first else second,
                             second if marketing_first else first)
            card.set_volume_kpi(mql)
        # The KPI page may have renamed a protocol's KPI or changed its target: follow it.
        included = [card for card in self.cards if card.isChecked()]
        if len(included) == len(self.draft.protocols):
            for card, protocol in zip(included, self.draft.protocols, strict=True):
                card.follow(protocol)
        custom = {k.name for k in self.draft.custom_kpis}
        self._made = {p.kpi for p in self.draft.protocols if p.kpi in custom}

    def _mql_stage(self) -> str:
        """The stage the MQL definition is measured by: one named like MQL, else the third."""
        stages = self.draft.stages
        for stage in stages:
            if "mql" in stage.name.casefold():
                return stage.name
        return stages[min(2, len(stages) - 1)].name if stages else ""

    def store(self) -> None:
        draft = self.draft
        previous = {k.name: k for k in draft.custom_kpis if k.name in self._made}
        others = [k for k in draft.custom_kpis if k.name not in self._made]
        protocols = []
        made: list[Kpi] = []
        for card in self.cards:
            if not card.isChecked():
                continue
            protocol, kpi = card.protocol_and_kpi(draft.months)
            protocols.append(protocol)
            if kpi is None:
                continue
            existing = previous.get(kpi.name) or next(
                (k for k in others if k.name == kpi.name), None)
            if existing is not None:
                # Keep what the KPI page changed (owner, unit); the protocol sets the target.
                existing.targets = kpi.targets
                if existing in others:
                    continue
                kpi = existing
            made.append(kpi)
        draft.protocols = protocols
        draft.custom_kpis = made + others
        self._made = {k.name for k in made}

    def owns(self, problem: Problem) -> bool:
        return problem.field.startswith(("protocol", "KPI"))

    def _rename_party(self, old: str, new: str) -> None:
        for card in self.cards:
            card.rename_party(old, new)
