"""Help ▸ Keyboard shortcuts: every menu action's keys (or its menu path with mnemonics), and
the keys that work without a menu."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _mnemonic(text: str) -> str:
    """The letter after the single "&" of a menu text ("" without one)."""
    index = text.replace("&&", "\0\0").find("&")
    return text[index + 1].upper() if 0 <= index < len(text) - 1 else ""


def menu_rows(menus: Iterable[QMenu]) -> list[tuple[str, str]]:
    """(menu path, keys) of every action in ``menus`` and their submenus."""
    rows: list[tuple[str, str]] = []

    def walk(menu: QMenu, path: list[str], keys: list[str]) -> None:
        for action in menu.actions():
            if action.isSeparator() or not action.text():
                continue
            text = action.text()
            submenu = action.menu()
            letter = _mnemonic(text)
            here_keys = [*keys, letter] if letter else []
            if isinstance(submenu, QMenu):
                walk(submenu, [*path, _plain(text)], here_keys)
                continue
            shortcuts = [s.toString(QKeySequence.SequenceFormat.NativeText)
                         for s in action.shortcuts()]
            # Alt+F, O: the menu's and the item's underlined letters.
            if not shortcuts and letter and len(here_keys) == len(path) + 1:
                shortcuts = ["Alt+" + ", ".join(here_keys)]
            rows.append((" ▸ ".join([*path, _plain(text)]), "; ".join(shortcuts)))

    for menu in menus:
        letter = _mnemonic(menu.title())
        walk(menu, [_plain(menu.title())], [letter] if letter else [])
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, menus: Iterable[QMenu], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = menu_rows(menus) + self.general_keys()
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def general_keys(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Next field; previous field"), self.tr("Tab; Shift+Tab")),
            (self.tr("Edit the cell of a table; confirm; cancel"), self.tr("F2; Enter; Esc")),
            (self.tr("Next cell while editing a table"), self.tr("Tab")),
            (self.tr("Next tab; previous tab"),
             self.tr("Ctrl+PgDown or Ctrl+Tab; Ctrl+PgUp or Ctrl+Shift+Tab")),
            (self.tr("Monthly report: larger or smaller type"), self.tr("Ctrl++; Ctrl+-")),
            (self.tr("Open a menu"), self.tr("Alt and the underlined letter")),
        ]


def actions_without_keys(menus: Iterable[QMenu]) -> list[str]:
    """Menu actions with neither a mnemonic nor a shortcut (there should be none)."""
    found = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.isSeparator() or not action.text():
                continue
            if isinstance(action.menu(), QMenu):
                walk(action.menu())  # type: ignore[arg-type]
            if not _mnemonic(action.text()) and not action.shortcuts():
                found.append(_plain(action.text()))

    for menu in menus:
        walk(menu)
    return found


def give_mnemonics(menu: QMenu) -> None:
    """Underline a letter of every item of ``menu`` (and its submenus) that has none, the
    first letter of a word not taken yet in that menu; translations need no "&"."""
    actions: list[QAction] = [a for a in menu.actions() if not a.isSeparator() and a.text()]
    taken = {_mnemonic(a.text()).lower() for a in actions} - {""}
    for action in actions:
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            give_mnemonics(submenu)
        text = action.text()
        if _mnemonic(text):
            continue
        starts = [i for i, c in enumerate(text) if c.isalnum() and (i == 0 or text[i - 1] == " ")]
        anywhere = [i for i, c in enumerate(text) if c.isalnum()]
        for index in starts + anywhere:
            if text[index].lower() not in taken:
                taken.add(text[index].lower())
                action.setText(text[:index] + "&" + text[index:])
                break
