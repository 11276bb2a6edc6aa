"""A meeting slide: the funnel against the plan and, below it, where it leaks in a sentence."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from slaworkshop.dashboard import FunnelAgainstPlan
from ui.plan.funnel_chart import PRESENTER_FOREGROUND
from ui.tracking.actual_funnel import ActualFunnel
from ui.tracking.dashboard_text import DARK_TEXT, leak_text, no_leak_text


class FunnelSlide(QFrame):
    """A funnel against the plan with, below it, where it leaks in one sentence."""

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self.funnel = ActualFunnel(self, dark=True, locale=locale)
        self.leak_label = QLabel(self)
        font = QFont()
        font.setPointSizeF(18)
        font.setBold(True)
        self.leak_label.setFont(font)
        self.leak_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.funnel, 1)
        layout.addWidget(self.leak_label)

    def show_funnel(self, funnel: FunnelAgainstPlan | None, message: str = "") -> None:
        self.funnel.set_funnel(funnel, message)
        if funnel is None:
            self.leak_label.setText("")
        elif funnel.leak is not None:
            self.leak_label.setText(leak_text(funnel.leak, self._locale))
            self.leak_label.setStyleSheet(f"color: {DARK_TEXT[funnel.leak.handoff.status]};")
        else:
            self.leak_label.setText(no_leak_text(funnel))
            self.leak_label.setStyleSheet(f"color: {PRESENTER_FOREGROUND};")
