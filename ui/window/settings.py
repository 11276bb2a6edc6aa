"""UI state kept between runs: window geometry, splitter sizes, recent files, language.

Agreement data never lives here; it is in the workshop file. The settings file is an INI file
in the user's configuration folder (``$XDG_CONFIG_HOME`` on Linux), looked up each time a
``Settings`` is made, so tests that point ``XDG_CONFIG_HOME`` at a temporary folder never touch
the real user's settings. ``SLAWORKSHOP_CONFIG_DIR`` overrides the folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

MAX_RECENT = 8
LANGUAGES = ("en", "es")


def settings_path() -> Path:
    override = os.environ.get("SLAWORKSHOP_CONFIG_DIR")
    if override:
        return Path(override) / "settings.ini"
    xdg = os.environ.get("XDG_CONFIG_HOME")
    folder = Path(xdg) if xdg else Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.GenericConfigLocation))
    return folder / "SLA Workshop" / "settings.ini"


class Settings:
    """A thin typed wrapper over one QSettings INI file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self.qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self.qsettings.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def geometry(self, name: str) -> QByteArray | None:
        return self._bytes(f"{name}/geometry")

    def set_geometry(self, name: str, geometry: QByteArray) -> None:
        self.qsettings.setValue(f"{name}/geometry", geometry)

    def window_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"{name}/state")

    def set_window_state(self, name: str, state: QByteArray) -> None:
        self.qsettings.setValue(f"{name}/state", state)

    def splitter(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter(self, name: str, state: QByteArray) -> None:
        self.qsettings.setValue(f"splitters/{name}", state)

    def recent_files(self) -> list[str]:
        value = self.qsettings.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        return [str(v) for v in value if isinstance(v, str) and v][:MAX_RECENT]

    def add_recent_file(self, path: str | os.PathLike[str]) -> None:
        text = str(Path(path).resolve())
        files = [text] + [f for f in self.recent_files() if f != text]
        self.qsettings.setValue("files/recent", files[:MAX_RECENT])

    def remove_recent_file(self, path: str) -> None:
        self.qsettings.setValue("files/recent", [f for f in self.recent_files() if f != path])

    def language(self) -> str | None:
        value = self.qsettings.value("ui/language")
        return value if isinstance(value, str) and value in LANGUAGES else None

    def set_language(self, language: str) -> None:
        if language in LANGUAGES:
            self.qsettings.setValue("ui/language", language)

    def last_agreement(self, path: str | os.PathLike[str]) -> int | None:
        value = self.qsettings.value(f"last_agreement/{_key(path)}")
        try:
            return int(str(value)) if value is not None else None
        except ValueError:
            return None

    def set_last_agreement(self, path: str | os.PathLike[str], agreement_id: int | None) -> None:
        key = f"last_agreement/{_key(path)}"
        if agreement_id is None:
            self.qsettings.remove(key)
        else:
            self.qsettings.setValue(key, agreement_id)


def _key(path: str | os.PathLike[str]) -> str:
    import hashlib

    return hashlib.sha256(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]
