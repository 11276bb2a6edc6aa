"""Window sizes that fit the screen a window opens on.

A laptop on a 1280×720 projector, with a taskbar, leaves about 1280×680 for a window and its
title bar: every window takes its size from the screen's *available* geometry (without the
taskbar), and a geometry remembered from a bigger screen is brought back inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room kept for the window manager's title bar and borders, which Qt's geometry leaves out.
FRAME_ALLOWANCE = QSize(16, 40)


def available_geometry(widget: QWidget | None = None) -> QRect | None:
    """The available geometry of the screen ``widget`` is on (else the primary screen's).

    Tests replace this function to stand for a screen with a taskbar.
    """
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return None if screen is None else screen.availableGeometry()


def fitted_size(wanted: QSize, available: QRect | None, minimum: QSize | None = None) -> QSize:
    """``wanted``, made smaller where the screen (less the frame) is smaller; never below
    ``minimum``."""
    if available is None or available.isEmpty():
        return wanted
    width = min(wanted.width(), available.width() - FRAME_ALLOWANCE.width())
    height = min(wanted.height(), available.height() - FRAME_ALLOWANCE.height())
    if minimum is not None:
        width, height = max(width, minimum.width()), max(height, minimum.height())
    return QSize(width, height)


def clamped(geometry: QRect, available: QRect | None) -> QRect:
    """``geometry`` moved and shrunk so that it lies inside ``available``, title bar and all."""
    if available is None or available.isEmpty():
        return geometry
    size = fitted_size(geometry.size(), available)
    left = min(max(geometry.left(), available.left()),
               available.right() + 1 - size.width() - FRAME_ALLOWANCE.width() // 2)
    # The window's top is below its title bar.
    top_min = available.top() + FRAME_ALLOWANCE.height() - FRAME_ALLOWANCE.width() // 2
    top = min(max(geometry.top(), top_min),
              available.bottom() + 1 - size.height() - FRAME_ALLOWANCE.width() // 2)
    return QRect(max(left, available.left()), max(top, available.top()), size.width(),
                 size.height())


def fit_to_screen(widget: QWidget, wanted: QSize) -> None:
    """Resize ``widget`` to ``wanted`` or the most the screen allows."""
    size = fitted_size(wanted, available_geometry(widget), widget.minimumSizeHint())
    widget.resize(size)


def keep_on_screen(widget: QWidget) -> None:
    """Bring a restored geometry back inside the screen's available geometry."""
    available = available_geometry(widget)
    if available is None:
        return
    inside = clamped(widget.geometry(), available)
    if inside != widget.geometry():
        widget.setGeometry(inside)
