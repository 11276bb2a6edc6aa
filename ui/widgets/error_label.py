"""A red message under a field, saying why what was typed is not (yet) taken."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QWidget

from slaworkshop.model import Problem
from ui.core_text import translated


class ErrorLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("errorLabel")
        self.setStyleSheet("QLabel#errorLabel { color: #b3261e; }")
        self.hide()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        text = "\n".join(translated(p.message) for p in problems)
        self.setText(text)
        self.setVisible(bool(text))

    def clear_problems(self) -> None:
        if self.text():
            self.clear()
        self.hide()
