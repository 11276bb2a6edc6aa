"""Labels whose text changes on every keystroke without laying out the window again.

``QLabel.setText`` asks its parent's layout to be redone (``updateGeometry``) whatever the
new text; a layout pass of the objective editor or the status bar cost a tenth of a
millisecond per keystroke, before the paint. Qt skips that request for a widget of fixed
size, which both helpers below use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class WrappedLabelBox(QWidget):
    """Holds a word-wrapped ``label`` and takes its place in a layout; a new text lays out
    the window again only when it needs another number of lines at the width it has."""

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        label.setWordWrap(True)
        _opaque(label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._font = QFont()
        self._alike: dict[bytes, bool] = {}

    def set_text(self, text: str) -> None:
        old = self.label.text()
        if text == old:
            return
        self.label.setText(text)
        # Other digits in the same places (a new amount typed): when the font draws every
        # digit as wide as every other, and kerns none with the characters next to them,
        # every word is as wide as before and the lines break where they did.
        skeleton = _digits_to_zero(text)
        if skeleton == _digits_to_zero(old) and self._digits_alike(skeleton, text):
            return
        if self.label.heightForWidth(self.width()) != self.height():
            self.updateGeometry()

    def _digits_alike(self, skeleton: bytes, text: str) -> bool:
        """``_digits_alike`` for ``text``, known per font and digit-less ``skeleton``: the
        same on every keystroke that keeps the number of digits."""
        font = self.label.font()
        if font != self._font:
            self._font, self._alike = font, {}
        found = self._alike.get(skeleton)
        if found is None:
            if len(self._alike) > 100:
                self._alike.clear()
            found = self._alike[skeleton] = _digits_alike(
                font, set(_NEXT_TO_DIGITS.findall(text)))
        return found

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


_ZEROS = bytes.maketrans(b"123456789", b"000000000")
# The characters just before or after a digit.
_NEXT_TO_DIGITS = re.compile(r"(?<=\d)\D|\D(?=\d)")
_DIGITS = "0123456789"
_ALIKE: dict[tuple[str, str], bool] = {}


def _digits_to_zero(text: str) -> bytes:
    """``text`` with every digit a zero (in UTF-8: bytes translate fast, str do not)."""
    return text.encode().translate(_ZEROS)


def _digits_alike(font: QFont, neighbours: Iterable[str]) -> bool:
    """Whether in ``font`` every digit is as wide as every other, alone and next to each
    of ``neighbours`` (no kerning): then a text whose digits change keeps every width."""
    key = font.key()
    for char in ("", *neighbours):
        found = _ALIKE.get((key, char))
        if found is None:
            if len(_ALIKE) > 10_000:
                _ALIKE.clear()
            advance = QFontMetricsF(font).horizontalAdvance
            if char:  # the character before and after each digit
                found = len({(advance(char + d), advance(d + char)) for d in _DIGITS}) == 1
            else:  # each digit alone, and each pair of digits
                found = (len({advance(d) for d in _DIGITS}) == 1
                         and len({advance(d + e) for d in _DIGITS for e in _DIGITS}) == 1)
            _ALIKE[(key, char)] = found
        if not found:
            return False
    return True


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
    _opaque(label)


def _opaque(label: QLabel) -> None:
    """Fill the label's own background (its parent's colour): a new text then repaints the
    label alone, not the widgets under it up to the window."""
    label.setAutoFillBackground(True)
