"""Views that recompute from the session only while someone can see them."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class RefreshWhenShown(QWidget):
    """While hidden (the usual case during a live edit of the plan), a session change only
    marks the view stale; it refreshes when shown. Subclasses implement ``refresh()`` and set
    ``_stale`` to False in it."""

    _stale = True

    def refresh(self) -> None:
        raise NotImplementedError

    def session_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)
