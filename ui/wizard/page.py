"""The base of every wizard page: load from the draft, store into it, refuse with the core."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QLabel, QWizardPage

from slaworkshop.model import Agreement, Problem, validate_agreement
from ui.core_text import problem_text


class WizardHost(Protocol):
    """What the pages need of the wizard. A protocol, so the pages do not import wizard.py,
    which imports them."""

    @property
    def draft(self) -> Agreement: ...

    @property
    def party_renamed(self) -> SignalInstance: ...

    def change_period(self, start: str, months: int) -> None: ...


class DraftPage(QWizardPage):
    """A page that edits part of the wizard's draft ``Agreement``.

    Subclasses implement ``load()`` (draft → widgets), ``store()`` (widgets → draft) and
    ``owns(problem)``: which of the core's problems belong to this page. ``validatePage()``
    stores, asks the core, and shows this page's problems in the page itself.
    """

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__()
        self._wizard = wizard
        self.problems_label = QLabel()
        self.problems_label.setObjectName("problems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(
            "QLabel#problems { color: #9B1C1C; background: #FDECEC; border: 1px solid #E8A0A0;"
            " border-radius: 4px; padding: 6px; }")
        self.problems_label.setVisible(False)

    @property
    def draft(self) -> Agreement:
        return self._wizard.draft

    def load(self) -> None:
        raise NotImplementedError

    def store(self) -> None:
        raise NotImplementedError

    def owns(self, problem: Problem) -> bool:
        raise NotImplementedError

    def page_problems(self) -> list[Problem]:
        return [p for p in validate_agreement(self.draft) if self.owns(p)]

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.problems_label.setText("\n".join(f"• {problem_text(p)}" for p in problems))
        self.problems_label.setVisible(bool(problems))

    def problems_text(self) -> str:
        return self.problems_label.text() if self.problems_label.isVisibleTo(self) else ""

    def initializePage(self) -> None:
        self.show_problems([])
        self.load()

    def validatePage(self) -> bool:
        self.store()
        problems = self.page_problems()
        self.show_problems(problems)
        return not problems

    def cleanupPage(self) -> None:
        # Going back keeps what was typed here; it is checked when the user comes forward.
        self.store()
