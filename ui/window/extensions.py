"""The extension modules the main window installs (see ``MainWindow.install_extensions``).

Each module named here has ``install(window) -> None``; it adds its actions to
``window.menus[...]``, its tabs to ``window.tabs`` and drop handlers to
``window.drop_handlers``.
"""

from __future__ import annotations

EXTENSIONS: tuple[str, ...] = ("ui.excel.actions", "ui.signing.actions", "ui.tracking.actions")
