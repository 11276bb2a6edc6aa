"""A table cell edited by picking from a list (a stage's owning party, a KPI's unit...)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex
EDIT = Qt.ItemDataRole.EditRole


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box offering ``choices()`` as (stored value, shown text) pairs; a value the
    list does not hold (a party since removed) is kept as an extra entry."""

    def __init__(self, choices: Callable[[], Sequence[tuple[str, str]]],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value, text in self.choices():
            combo.addItem(text, value)
        # Picking a choice writes it at once, as typing in a text cell does.
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        current = index.data(EDIT)
        position = editor.findData(current)
        if position < 0 and current:
            editor.addItem(str(current), current)
            position = editor.count() - 1
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), EDIT)


def same_text(names: Sequence[str], blank: bool = False) -> list[tuple[str, str]]:
    """Choices shown as they are stored; ``blank`` adds a first, empty choice (none)."""
    return [("", "")] * blank + [(name, name) for name in names]
