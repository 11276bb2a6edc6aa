"""Render resources/icons/slaworkshop.svg to the PNG sizes desktops ask for.

Run after changing the SVG: ``python tools/make_icons.py``; the PNGs are committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "slaworkshop.svg"))
    if not renderer.isValid():
        print("make_icons: the SVG cannot be read", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"slaworkshop-{size}.png"))
    print(f"make_icons: {len(SIZES)} sizes written to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
