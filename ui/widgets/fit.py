"""Room for whole texts whatever the language: the width a table needs to show every column
header in full."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView


def headers_width(view: QTableView) -> int:
    """The width at which every horizontal header text of ``view`` is shown whole (columns
    fitted to their contents keep their width), frame and vertical scroll bar included."""
    header = view.horizontalHeader()
    total, stretched = 0, []
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            stretched.append(header.sectionSizeHint(column))
        else:
            total += max(header.sectionSizeHint(column), header.sectionSize(column))
    # Stretched columns share what is left equally: each gets as much as the widest needs.
    total += len(stretched) * max(stretched, default=0)
    scroll = 0
    if view.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        scroll = view.verticalScrollBar().sizeHint().width()
    return total + 2 * view.frameWidth() + scroll


def keep_headers_whole(view: QTableView) -> None:
    """Never let ``view`` be narrower than its headers (call again when they change)."""
    view.setMinimumWidth(headers_width(view))
