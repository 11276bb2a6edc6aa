"""``--screenshot`` renders the real main window to a PNG and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from slaworkshop.demo import demo_agreement
from slaworkshop.store import Store

ROOT = Path(__file__).resolve().parents[2]


def shoot(tmp_path: Path, *extra: str) -> tuple[subprocess.CompletedProcess[str], QImage]:
    db = tmp_path / "shot.slaw"
    if not db.exists():
        with Store.open(db) as store:
            store.create(demo_agreement("en"))
    out = tmp_path / "out.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db),
                             "--screenshot", str(out), *extra],
                            env=env, capture_output=True, text=True, timeout=120, check=False)
    return result, QImage(str(out))


def colours(image: QImage) -> int:
    seen = set()
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            seen.add(image.pixel(x, y))
    return len(seen)


@pytest.mark.parametrize(("size", "expected"), [(None, None),
                                                ("1280x720", (1280, 720))])
def test_screenshot_of_the_main_window(tmp_path: Path, qapp: object, size: str | None,
                                       expected: tuple[int, int] | None) -> None:
    extra = ("--size", size) if size else ()
    result, image = shoot(tmp_path, *extra)
    assert result.returncode == 0, result.stderr
    assert not image.isNull()
    if expected is None:
        # The size the window took from the screen: never more than it asks for.
        assert 0 < image.width() <= 1280 and 0 < image.height() <= 800
    else:
        assert (image.width(), image.height()) == expected
    # A real window (chart bars, table, text), not an empty grey rectangle.
    assert colours(image) > 40


def test_screenshot_of_a_wizard_page(tmp_path: Path, qapp: object) -> None:
    result, image = shoot(tmp_path, "--view", "wizard-2", "--size", "1100x700")
    assert result.returncode == 0, result.stderr
    assert (image.width(), image.height()) == (1100, 700)
    assert colours(image) > 10
    # The wizard page, not the main window behind it.
    _result, main = shoot(tmp_path, "--view", "main", "--size", "1100x700")
    assert image != main
    from ui.session import AgreementSession
    from ui.window.app import _screenshot_widget
    from ui.window.main_window import MainWindow

    with Store.open(tmp_path / "shot.slaw", read_only=True) as store:
        session = AgreementSession(store)
        window = MainWindow(session, None)
        wizard = _screenshot_widget(window, "wizard-2")
        assert wizard.currentPage().title() == "Revenue objective"
        wizard.close()
        window.close()


def test_screenshot_to_an_unwritable_place_fails_cleanly(tmp_path: Path, qapp: object) -> None:
    db = tmp_path / "shot.slaw"
    with Store.open(db) as store:
        store.create(demo_agreement("en"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db),
                             "--screenshot", str(tmp_path / "missing" / "dir" / "x.png")],
                            env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 3
    assert "cannot be written" in result.stderr
