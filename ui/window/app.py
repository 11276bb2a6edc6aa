"""The desktop app's start-up: QApplication, language, the workshop file (with its lock), the
main window, and ``--screenshot``.

Exit codes follow the command line: 0 done, 3 the file was refused (not a workshop file,
damaged; it is never written), 4 a system library the window needs is missing, 1 a bug.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QLockFile,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from slaworkshop import __version__
from slaworkshop.store import StoreError, default_path
from ui.session import AgreementSession
from ui.window.icon import app_icon
from ui.window.main_window import MainWindow
from ui.window.settings import Settings
from ui.window.xcb_check import (
    missing_libraries,
    missing_message,
    no_display_message,
    uses_xcb,
)

EXIT_OK, EXIT_BUG, EXIT_REJECTED = 0, 1, 3
# Refused to start: a system library the window needs is missing (see xcb_check).
EXIT_MISSING_LIBRARY = 4
DEFAULT_SIZE = (1280, 800)
MIN_POINT_SIZE = 10.0
RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"
TRANSLATION_FOLDERS = (RESOURCES / "i18n", RESOURCES / "translations")


def parse_size(text: str | None) -> tuple[int, int]:
    if not text:
        return DEFAULT_SIZE
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        return DEFAULT_SIZE
    if not (200 <= width <= 10000 and 200 <= height <= 10000):
        return DEFAULT_SIZE
    return width, height


def install_language(app: QApplication, language: str | None) -> list[QTranslator]:
    """Set the default locale and load the app's and Qt's translations for ``language``."""
    code = language if language in ("en", "es") else "en"
    system = QLocale.system()
    if code == "es" and system.language() != QLocale.Language.Spanish:
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    elif code == "en" and system.language() != QLocale.Language.English:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    translators = []
    candidates = [(folder, f"slaworkshop_{code}") for folder in TRANSLATION_FOLDERS]
    candidates.append((Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                       f"qtbase_{code}"))
    loaded_app = False
    for folder, name in candidates:
        # English needs its own file only for the plural forms ("%n month(s)" → "1 month").
        if (code == "en" and not name.startswith("slaworkshop")) or \
                (loaded_app and name.startswith("slaworkshop")):
            continue
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            translators.append(translator)
            loaded_app = loaded_app or name.startswith("slaworkshop")
    return translators


class Launcher:
    """Opens workshop files in main windows and keeps them (and their locks) alive."""

    def __init__(self, app: QApplication, settings: Settings, *, interactive: bool,
                 language: str) -> None:
        self.app = app
        self.settings = settings
        self.interactive = interactive
        self.language = language
        self.windows: list[MainWindow] = []
        self.exit_code = EXIT_OK

    def tr(self, text: str) -> str:
        return QApplication.translate("Launcher", text)

    def _refuse(self, message: str, parent: QWidget | None = None) -> None:
        print(f"slaworkshop: {message}", file=sys.stderr)
        if self.interactive:
            QMessageBox.critical(parent, self.tr("Cannot open the workshop file"), message)

    def _lock(self, path: Path, parent: QWidget | None) -> tuple[QLockFile | None, str | None,
                                                                 bool]:
        """Take the file's lock: (lock, read-only reason, go on?)."""
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(f"{path}.lock")
        lock.setStaleLockTime(0)
        if lock.tryLock(0):
            return lock, None, True
        if lock.error() != QLockFile.LockError.LockFailedError:
            return None, self.tr("the folder cannot be written (no lock file can be made)"), True
        info = lock.getLockInfo()
        holder = ""
        if isinstance(info, tuple) and len(info) >= 2:
            holder = self.tr(" (process %1 on %2)").replace("%1", str(info[-3])).replace(
                "%2", str(info[-2]))
        reason = self.tr("the file is open in another SLA Workshop window%1").replace(
            "%1", holder)
        if self.interactive:
            answer = QMessageBox.question(
                parent, self.tr("File in use"),
                self.tr("%1 is already open in another SLA Workshop window%2.\n\nOpen it "
                        "read-only here? You can look at everything but change nothing.")
                .replace("%1", path.name).replace("%2", holder))
            if answer != QMessageBox.StandardButton.Yes:
                return None, reason, False
        return None, reason, True

    def open(self, path: str | None, read_only: bool,
             parent: QWidget | None = None) -> MainWindow | None:
        """Open ``path`` (None: the default file, seeded with the demo on first use)."""
        from slaworkshop.commands._common import open_store
        from slaworkshop.store import Store

        file = Path(path) if path else default_path()
        lock: QLockFile | None = None
        reason: str | None = None
        if not read_only and file.is_file() and not os.access(file, os.W_OK):
            reason = self.tr("you do not have permission to change this file")
        elif not read_only:
            lock, reason, go_on = self._lock(file, parent)
            if not go_on:
                return None
        if reason is not None:
            read_only = True
        elif read_only:
            reason = self.tr("opened read-only")
        args = argparse.Namespace(db=path, lang=self.language)
        try:
            if path:
                store = Store.open(path, create=True, read_only=read_only,
                                   read_only_reason=reason)
            else:
                store = open_store(args, read_only=read_only)
                if store.read_only_reason == "opened read-only" and reason is not None:
                    store.read_only_reason = reason
        except StoreError as exc:
            if lock is not None:
                lock.unlock()
            self._refuse(str(exc), parent)
            self.exit_code = EXIT_REJECTED
            return None
        session = AgreementSession(store)
        # Selected before the window is built, so every widget is filled once.
        self._select_first(session, getattr(args, "seeded_demo_id", None))
        window = MainWindow(session, self.settings, open_file=self.open_from_window)
        store.on_busy = lambda seconds, window=window: self._show_waiting(window, seconds)
        if lock is not None:
            window.on_close.append(lock.unlock)
        window.on_close.append(store.close)
        window.on_close.append(lambda: self._forget(window))
        self.windows.append(window)
        if not store.read_only:
            self.settings.add_recent_file(file)
        return window

    def _show_waiting(self, window: MainWindow, seconds: int) -> None:
        """While another program holds the file: say so, and paint it (no input handled)."""
        window.show_status(self.tr("The file is in use by another program; waiting… (%1 s)")
                           .replace("%1", str(seconds)))
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def open_from_window(self, path: str, read_only: bool) -> bool:
        parent = self.windows[-1] if self.windows else None
        window = self.open(path, read_only, parent)
        if window is None:
            return False
        if parent is not None and parent.isVisible():
            window.setGeometry(parent.geometry())
        window.show()
        return True

    def _forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def _select_first(self, session: AgreementSession, seeded: int | None) -> None:
        summaries = session.summaries()
        remembered = self.settings.last_agreement(session.store.path)
        ids = [s.id for s in summaries]
        for candidate in (seeded, remembered):
            if candidate is not None and candidate in ids:
                session.select(candidate)
                return
        drafts = [s.id for s in summaries if s.status.value == "draft"]
        session.select(drafts[0] if drafts else (ids[0] if ids else None))


def _screenshot_widget(window: MainWindow, view: str | None) -> QWidget:
    """The widget ``--view`` asks for (the main window unless a known view is named)."""
    view = (view or "main").strip().lower()
    tracking = getattr(window, "tracking_extension", None)
    if view == "presenter":
        from ui.window.main_window import _module_exists

        if _module_exists("ui.plan.presenter"):
            from ui.plan.presenter import PresenterWindow

            return PresenterWindow(window.session)
    elif view.startswith("meeting"):
        from ui.tracking.meeting import MeetingWindow

        meeting = MeetingWindow(window.session)
        # "meeting-3": the third slide.
        slide = view.partition("-")[2]
        meeting.set_slide(int(slide) - 1 if slide.isdigit() else 0)
        return meeting
    elif view.startswith("wizard"):
        from ui.wizard import AgreementWizard

        wizard = AgreementWizard(window.session, window)
        pages = wizard.pageIds()
        try:
            number = int(view.partition("-")[2] or "1")
        except ValueError:
            number = 1
        index = min(max(number - 1, 0), len(pages) - 1)
        wizard.setStartId(pages[index])
        wizard.restart()
        return wizard
    elif view == "rebenchmark" and window.session.agreement is not None:
        from ui.tracking.rebenchmark_dialog import RebenchmarkDialog

        return RebenchmarkDialog(window.session.store, window.session.agreement, window)
    elif view in ("report", "report-large") and tracking is not None:
        window.tabs.setCurrentWidget(tracking.report_tab)
        tracking.report_view.set_large(view == "report-large")
    elif view == "tracking" and tracking is not None:
        window.tabs.setCurrentWidget(tracking.tracking_tab)
    elif view not in ("main", "plan"):
        # A tab by its title or objectName, also inside "Segments and budget".
        for tabs in (window.tabs, window.depth_tabs):
            for index in range(tabs.count()):
                page = tabs.widget(index)
                names = {tabs.tabText(index).replace("&", "").lower(),
                         page.objectName().lower().removesuffix("tab") if page is not None
                         else ""}
                if page is not None and view in names:
                    window.show_tab_of(page)
                    return window
    return window


def take_screenshot(app: QApplication, window: MainWindow, path: str,
                    size: tuple[int, int] | None, view: str | None) -> int:
    """Render ``view`` to ``path``; without ``size`` the window keeps the size it took from
    the screen (under ``xvfb-run -s "-screen 0 1280x720x24"``, the real one)."""
    window.remember_layout = False
    if size is not None:
        window.resize(*size)
    window.show()
    widget = _screenshot_widget(window, view)
    if widget is not window:
        if size is not None:
            widget.resize(*size)
        widget.show()
    for _ in range(5):
        app.processEvents()
    image = widget.grab()
    if not image.save(path, "PNG"):
        print(f"slaworkshop: {path}: the screenshot cannot be written", file=sys.stderr)
        return EXIT_REJECTED
    if widget is not window:
        widget.close()
    window.close()
    return EXIT_OK


def run_app(args: argparse.Namespace) -> int:
    """Start the desktop app; returns the process's exit code."""
    existing = QApplication.instance()
    if existing is None and uses_xcb():
        # Qt would abort (exit 134) with a message few people can act on.
        missing = missing_libraries()
        problem = missing_message(missing) if missing else no_display_message()
        if problem:
            print(problem, file=sys.stderr)
            return EXIT_MISSING_LIBRARY
    app: Any = existing if existing is not None else QApplication(sys.argv[:1])
    app.setOrganizationName("SLA Workshop")
    app.setApplicationName("SLA Workshop")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    # The desktop entry's name (resources/slaworkshop.desktop), for the taskbar's icon.
    app.setDesktopFileName("slaworkshop")
    settings = Settings()
    # Readable from the back of a room: never below 10 points.
    font = app.font()
    initial_font, initial_locale = app.font(), QLocale()
    if 0 < font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    language = getattr(args, "lang", None) or settings.language() or QLocale.system().name()[:2]
    language = language if language in ("en", "es") else "en"
    translators = install_language(app, language)
    screenshot = getattr(args, "screenshot", None)
    interactive = not screenshot and app.platformName() not in ("offscreen", "minimal")
    launcher = Launcher(app, settings, interactive=interactive, language=language)
    window = launcher.open(getattr(args, "db", None), bool(getattr(args, "read_only", False)))
    if window is None:
        return launcher.exit_code
    if screenshot:
        size = getattr(args, "size", None)
        code = take_screenshot(app, window, screenshot, parse_size(size) if size else None,
                               getattr(args, "view", None))
    else:
        # The window has already taken its size from the screen; --size asks for another.
        if getattr(args, "size", None):
            window.resize(*parse_size(args.size))
        window.show()
        code = app.exec()
    for translator in translators:
        app.removeTranslator(translator)
    # Leave an application that outlives this call (tests, embedding) as it was.
    app.setFont(initial_font)
    QLocale.setDefault(initial_locale)
    return code
