"""Labels whose text changes on every keystroke without laying out the window again.

``QLabel.setText`` asks its parent's layout to be redone (``updateGeometry``) whatever the
new text; a layout pass of the objective editor or the status bar cost a tenth of a
millisecond per keystroke, before the paint. Qt skips that request for a widget of fixed
size, which both helpers below use.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class WrappedLabelBox(QWidget):
    """Holds a word-wrapped ``label`` and takes its place in a layout; a new text lays out
    the window again only when it needs another number of lines at the width it has."""

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        label.setWordWrap(True)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_text(self, text: str) -> None:
        if text == self.label.text():
            return
        self.label.setText(text)
        if self.label.heightForWidth(self.width()) != self.height():
            self.updateGeometry()

    def text(self) -> str:
        return str(self.label.text())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(self.label.heightForWidth(width))

    def sizeHint(self) -> QSize:
        return QSize(self.label.sizeHint())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.label.minimumSizeHint())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.label.setGeometry(self.rect())
        super().resizeEvent(event)


def fix_to_widest(label: QLabel, texts: Iterable[str]) -> None:
    """Make ``label`` as wide as the widest of ``texts`` (and as high as one line), its text
    on the right: one of them replacing another changes no layout."""
    metrics = QFontMetricsF(label.font())
    widest = max(texts, key=metrics.horizontalAdvance)
    shown = label.text()
    label.setText(widest)
    hint = label.sizeHint()
    label.setText(shown)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    # A pixel more: the hint of a text a fraction of a pixel narrower may round up.
    label.setFixedSize(hint.width() + 1, hint.height())
