"""The app's icon (resources/icons: our SVG and the PNG sizes made from it)."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtGui import QIcon

ICONS = Path(__file__).resolve().parent.parent.parent / "resources" / "icons"


@functools.cache
def app_icon() -> QIcon:
    icon = QIcon()
    for path in sorted(ICONS.glob("slaworkshop-*.png")):
        icon.addFile(str(path))
    if icon.isNull():
        icon = QIcon(str(ICONS / "slaworkshop.svg"))
    return icon
