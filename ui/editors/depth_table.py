"""The table blocks of the segment, capacity and budget editors: a table over a depth model
with the message of a refused cell under it."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout

from slaworkshop.model import Problem
from ui.core_text import problem_text
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
    # A table has many fields: the message says which one ("segment “SMB” share: ...").
    model.refused.connect(lambda problems: _show_with_fields(error, problems))
    model.accepted.connect(error.clear_problems)
    return table, error


def _show_with_fields(error: ErrorLabel, problems: list[Problem]) -> None:
    error.setText("\n".join(problem_text(p) for p in problems))
    error.setVisible(bool(problems))
