"""The table blocks of the segment, capacity and budget editors: a table over a depth model
with the message of a refused cell under it."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout

from ui.editors.base import EditorBase
from ui.models.depth_base import DepthTableModel
from ui.widgets.error_label import ErrorLabel


def depth_table(editor: EditorBase, layout: QVBoxLayout, model: DepthTableModel, name: str,
                stretch: int | None = 0) -> tuple[QTableView, ErrorLabel]:
    """Add a table over ``model`` and an error label under it to ``layout``."""
    table = editor.make_table(stretch_last=False)
    table.setObjectName(name)
    table.setModel(model)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    layout.addWidget(table, 1)
    error = ErrorLabel(editor)
    error.setObjectName(f"{name}Error")
    layout.addWidget(error)
    model.refused.connect(error.show_problems)
    model.accepted.connect(error.clear_problems)
    return table, error
