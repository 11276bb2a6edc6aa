"""The fonts of the documents we write (PDF pages, the pictures in them).

Ligatures are turned off: with them a PDF holds "ﬁ" and "ﬀ" glyphs, so pdftotext, a search
for "fin" or a screen reader gets "Deﬁnition" instead of "Definition".
"""

from __future__ import annotations

from PySide6.QtGui import QFont

FONT_FAMILIES = ["Liberation Sans", "Arial", "Helvetica", "Noto Sans", "DejaVu Sans"]
MONO_FAMILIES = ["DejaVu Sans Mono", "Liberation Mono", "Courier New"]
# OpenType features that join letters into one glyph.
LIGATURE_FEATURES = ("liga", "clig", "dlig")


def without_ligatures(font: QFont) -> QFont:
    """``font`` (changed in place and returned) with every ligature feature off."""
    for tag in LIGATURE_FEATURES:
        font.setFeature(QFont.Tag(tag), 0)
    return font


def document_font(points: float, bold: bool = False, mono: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(MONO_FAMILIES if mono else FONT_FAMILIES)
    font.setPointSizeF(points)
    font.setBold(bold)
    return without_ligatures(font)
