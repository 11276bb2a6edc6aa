"""A tab whose content is built the first time someone looks at it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    """Holds ``build(parent)``'s widget, built on first show or first ``content()`` call, so
    tabs nobody opens cost nothing at start-up."""

    def __init__(self, build: Callable[[QWidget], QWidget], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._build = build
        self._content: QWidget | None = None

    @property
    def built(self) -> bool:
        return self._content is not None

    def content(self) -> QWidget:
        if self._content is None:
            self._content = self._build(self)
            self._layout.addWidget(self._content)
        return self._content

    def showEvent(self, event: QShowEvent) -> None:
        self.content()
        super().showEvent(event)
