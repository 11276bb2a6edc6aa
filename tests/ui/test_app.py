"""Start-up: the default file, refused files, the lock of a second instance, read-only."""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QLockFile
from PySide6.QtWidgets import QApplication, QMessageBox

from slaworkshop.demo import demo_agreement
from slaworkshop.store import Store, default_path
from ui.window.app import Launcher, parse_size, run_app
from ui.window.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def keep_locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def run_main(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def make_file(path: Path) -> int:
    with Store.open(path) as store:
        return store.create(demo_agreement("en"))


def gui_args(**values: object) -> argparse.Namespace:
    defaults: dict[str, object] = {"db": None, "lang": "en", "read_only": False,
                                   "screenshot": None, "size": None, "view": None}
    defaults.update(values)
    return argparse.Namespace(**defaults)


@pytest.mark.parametrize("content", [
    b"title,revenue\nSLA,1200000\n",
    b"PK\x03\x04not really a workbook",
    b"",
])
def test_a_file_that_is_not_a_workshop_file_is_refused_untouched(tmp_path: Path,
                                                                  content: bytes) -> None:
    path = tmp_path / "notes.slaw"
    path.write_bytes(content)
    result = run_main("--db", str(path), "--screenshot", str(tmp_path / "out.png"))
    assert result.returncode == 3
    assert "not a workshop file" in result.stderr
    assert path.read_bytes() == content
    assert not (tmp_path / "out.png").exists()
    assert not (tmp_path / "notes.slaw.lock").exists()


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    before = path.read_bytes()
    result = run_main("--db", str(path))
    assert result.returncode == 3
    assert "another program" in result.stderr
    assert path.read_bytes() == before


def test_refused_file_shows_a_message_box_when_interactive(tmp_path: Path, qapp: QApplication,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    path = tmp_path / "bad.slaw"
    path.write_text("hello", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, _title, text: shown.append(text))
    launcher = Launcher(qapp, Settings(), interactive=True, language="en")
    assert launcher.open(str(path), False) is None
    assert launcher.exit_code == 3
    assert shown and "not a workshop file" in shown[0]
    assert path.read_text(encoding="utf-8") == "hello"


def test_first_run_opens_the_default_file_with_the_demo(tmp_path: Path) -> None:
    assert not default_path().exists()
    result = run_main("--screenshot", str(tmp_path / "first.png"))
    assert result.returncode == 0, result.stderr
    with Store.open(default_path(), read_only=True) as store:
        assert [s.title for s in store.list_agreements()] == ["Sales & Marketing SLA 2027"]
    assert (tmp_path / "first.png").stat().st_size > 10_000
    # The second start opens the same file and adds nothing.
    assert run_main("--screenshot", str(tmp_path / "second.png")).returncode == 0
    with Store.open(default_path(), read_only=True) as store:
        assert len(store.list_agreements()) == 1


def test_run_app_in_process_with_screenshot(tmp_path: Path, qapp: QApplication) -> None:
    path = tmp_path / "w.slaw"
    make_file(path)
    out = tmp_path / "shot.png"
    assert run_app(gui_args(db=str(path), screenshot=str(out), size="1280x720")) == 0
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)
    assert Settings().recent_files() == [str(path.resolve())]
    assert not Path(f"{path}.lock").exists()


def test_second_instance_opens_read_only(tmp_path: Path, qapp: QApplication,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "shared.slaw"
    make_file(path)
    other = QLockFile(f"{path}.lock")
    assert other.tryLock(0)
    try:
        launcher = Launcher(qapp, Settings(), interactive=False, language="en")
        window = launcher.open(str(path), False)
        assert window is not None
        assert window.session.read_only
        assert "another SLA Workshop window" in window.banner.text()
        window.close()

        interactive = Launcher(qapp, Settings(), interactive=True, language="en")
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *_a: QMessageBox.StandardButton.No)
        assert interactive.open(str(path), False) is None
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *_a: QMessageBox.StandardButton.Yes)
        window = interactive.open(str(path), False)
        assert window is not None and window.session.read_only
        window.close()
        # A subprocess (a real second instance) also opens it read-only and exits 0.
        before = path.read_bytes()
        result = run_main("--db", str(path), "--screenshot", str(tmp_path / "s.png"))
        assert result.returncode == 0, result.stderr
        assert path.read_bytes() == before
    finally:
        other.unlock()


def test_first_instance_holds_the_lock_until_closed(tmp_path: Path, qapp: QApplication) -> None:
    path = tmp_path / "mine.slaw"
    make_file(path)
    launcher = Launcher(qapp, Settings(), interactive=False, language="en")
    window = launcher.open(str(path), False)
    assert window is not None and not window.session.read_only
    probe = QLockFile(f"{path}.lock")
    assert not probe.tryLock(0)
    window.close()
    assert probe.tryLock(0)
    probe.unlock()
    assert launcher.windows == []


def test_read_only_option(tmp_path: Path, qapp: QApplication) -> None:
    path = tmp_path / "ro.slaw"
    make_file(path)
    launcher = Launcher(qapp, Settings(), interactive=False, language="en")
    window = launcher.open(str(path), True)
    assert window is not None and window.session.read_only
    assert "opened read-only" in window.banner.text()
    assert not window.objective_editor.revenue.isEnabled()
    window.close()


def test_parse_size() -> None:
    assert parse_size("1280x720") == (1280, 720)
    assert parse_size(None) == (1280, 800)
    assert parse_size("huge") == (1280, 800)
    assert parse_size("5x5") == (1280, 800)


# Modules the first painted window does without: each is imported when its feature is used.
DEFERRED_MODULES = ("openpyxl", "docx", "ui.tracking.report_view", "ui.tracking.tracking_view",
                    "ui.signing.signing_dialog", "ui.signing.verify_dialog",
                    "ui.signing.compare_dialog", "ui.excel.import_dialog", "ui.wizard",
                    "ui.plan.presenter", "ui.editors.parties", "ui.editors.protocols",
                    "ui.editors.kpis", "ui.editors.reporting", "slaworkshop.compare")


def test_slow_modules_are_not_imported_at_start_up(tmp_path: Path) -> None:
    path = tmp_path / "lazy.slaw"
    make_file(path)
    code = (
        "import sys, main\n"
        f"code = main.main(['--db', {str(path)!r}, '--screenshot', "
        f"{str(tmp_path / 'lazy.png')!r}])\n"
        f"print(code, sorted(m for m in {DEFERRED_MODULES!r} if m in sys.modules))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.stdout.strip().splitlines()[-1] == "0 []", result.stderr


def test_a_file_without_write_permission_opens_read_only(tmp_path: Path, qapp: QApplication,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.slaw"
    make_file(path)
    real_access = os.access
    # As root every file is writable; pretend to be a user without permission on this one.
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == path
                        else real_access(p, mode))
    before = path.read_bytes()
    launcher = Launcher(qapp, Settings(), interactive=False, language="en")
    window = launcher.open(str(path), False)
    assert window is not None and window.session.read_only
    assert "permission" in window.banner.text()
    assert not Path(f"{path}.lock").exists()
    window.close()
    assert path.read_bytes() == before


def test_a_file_another_program_holds_shows_the_wait_then_refuses(
        tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    from decimal import Decimal

    from slaworkshop import store as store_module

    path = tmp_path / "held.slaw"
    agreement_id = make_file(path)
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 1200)
    monkeypatch.setattr(store_module, "BUSY_STEP_MS", 100)
    window = Launcher(qapp, Settings(), interactive=False, language="en").open(str(path), False)
    assert window is not None
    shown: list[str] = []
    monkeypatch.setattr(window, "show_status", shown.append)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(store_module.LockedError,
                           match="the file is in use by another program; try again"):
            window.session.store.apply_actuals(agreement_id, {("Leads", "2027-01"): Decimal(5)})
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert shown and shown[0] == "The file is in use by another program; waiting… (0 s)"
    assert shown[-1] == "The file is in use by another program; waiting… (1 s)"
    assert window.session.store.actuals(agreement_id) == {}
    window.close()
