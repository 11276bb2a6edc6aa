"""Before Qt starts on X11 (the xcb platform): are the X libraries Qt's xcb plugin needs there?

Without them PySide6 aborts (exit 134) with a message few people can act on. Loading each with
ctypes is cheap; when one is missing the app says which, and the command that installs it.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# The library Qt's xcb plugin loads -> the Debian/Ubuntu package that has it.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
INSTALL_COMMAND = "sudo apt install " + " ".join(XCB_LIBRARIES.values())


def uses_xcb(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt will start on the xcb platform (X11 on Linux)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip().lower()
    if chosen:
        # "xcb" or a list of fallbacks starting with it ("xcb;offscreen").
        return chosen.split(";")[0].split(":")[0] == "xcb"
    # Unset: Qt takes Wayland in a Wayland session, else xcb.
    return not (environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland")


def _load(name: str) -> None:
    ctypes.CDLL(name)


def missing_libraries(load: Callable[[str], None] | None = None) -> list[str]:
    load = load or _load
    missing = []
    for name in XCB_LIBRARIES:
        try:
            load(name)
        except OSError:
            missing.append(name)
    return missing


def missing_message(missing: list[str]) -> str:
    """One line: what is missing and how to install it."""
    packages = " ".join(XCB_LIBRARIES[name] for name in missing)
    return (f"slaworkshop: cannot start the window: {', '.join(missing)} is missing "
            f"(install it with: sudo apt install {packages})")


def no_display_message(environ: Mapping[str, str] | None = None) -> str | None:
    """One line when there is no X display to open the window on (Qt would abort too)."""
    environ = os.environ if environ is None else environ
    if environ.get("DISPLAY"):
        return None
    return ("slaworkshop: cannot start the window: there is no display (DISPLAY is not set); "
            "run it in a desktop session, or under xvfb-run")
