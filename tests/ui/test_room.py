"""The room: a laptop on a 1280×720 projector. Windows take their size from the screen's
available geometry (injected here: neither offscreen nor bare Xvfb has a taskbar)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication

from slaworkshop.demo import demo_agreement
from slaworkshop.store import Store
from ui.widgets import screen_fit
from ui.widgets.screen_fit import FRAME_ALLOWANCE, clamped, fitted_size

# A 1280×720 projector with a 40 px taskbar at the bottom.
PROJECTOR = QRect(0, 0, 1280, 680)


@pytest.fixture
def projector(monkeypatch: pytest.MonkeyPatch) -> QRect:
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget=None: PROJECTOR)
    return PROJECTOR


@pytest.fixture
def session(tmp_path: Path, qapp: QApplication) -> Iterator[object]:
    from ui.session import AgreementSession

    store = Store.open(tmp_path / "w.slaw")
    agreement_id = store.create(demo_agreement("en"))
    session = AgreementSession(store)
    session.select(agreement_id)
    yield session
    store.close()


def inside(rect: QRect, available: QRect) -> bool:
    """The window and its title bar lie inside ``available``."""
    framed = rect.adjusted(0, -(FRAME_ALLOWANCE.height() - FRAME_ALLOWANCE.width() // 2), 0, 0)
    return available.contains(framed)


def test_sizes_shrink_to_the_available_geometry() -> None:
    assert fitted_size(QSize(1280, 800), QRect(0, 0, 1920, 1040)) == QSize(1280, 800)
    small = fitted_size(QSize(1280, 800), PROJECTOR)
    assert small.height() + FRAME_ALLOWANCE.height() <= 680
    assert small.width() + FRAME_ALLOWANCE.width() <= 1280
    # Never below what the window needs.
    assert fitted_size(QSize(1280, 800), PROJECTOR, QSize(900, 660)).height() == 660


def test_a_geometry_saved_on_a_bigger_screen_is_brought_back_inside() -> None:
    saved = QRect(700, 400, 1800, 1000)
    assert inside(clamped(saved, PROJECTOR), PROJECTOR)
    # One already inside stays where it is.
    fine = QRect(100, 80, 800, 500)
    assert clamped(fine, PROJECTOR) == fine


def test_main_window_opens_inside_a_720_line_screen(qtbot: object, session: object,
                                                    projector: QRect) -> None:
    from ui.window.main_window import MainWindow

    window = MainWindow(session, None)  # type: ignore[arg-type]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert window.height() + FRAME_ALLOWANCE.height() <= projector.height()
    assert window.width() <= projector.width()


def test_restored_geometry_is_clamped(qtbot: object, session: object, projector: QRect,
                                      tmp_path: Path) -> None:
    from ui.window.main_window import MainWindow
    from ui.window.settings import Settings

    big = MainWindow(session, None)  # type: ignore[arg-type]
    qtbot.addWidget(big)  # type: ignore[attr-defined]
    big.setGeometry(600, 500, 1900, 1050)
    settings = Settings(tmp_path / "s.ini")
    settings.set_geometry("mainWindow", big.saveGeometry())
    window = MainWindow(session, settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert inside(window.geometry(), projector), window.geometry()


def test_wizard_buttons_are_on_screen(qtbot: object, session: object,
                                      projector: QRect) -> None:
    from PySide6.QtWidgets import QWizard

    from ui.wizard import AgreementWizard

    wizard = AgreementWizard(session)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)  # type: ignore[attr-defined]
    wizard.move(0, FRAME_ALLOWANCE.height())
    wizard.show()
    for button in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton):
        widget = wizard.button(button)
        bottom = widget.mapToGlobal(widget.rect().bottomLeft()).y()
        assert bottom < projector.bottom(), (button, bottom)


def _window(session: object, width: int, height: int, qapp: QApplication,
            settings: object = None) -> object:
    from ui.window.main_window import MainWindow

    window = MainWindow(session, settings)  # type: ignore[arg-type]
    window.remember_layout = False
    window.resize(width, height)
    window.show()
    for _ in range(5):
        qapp.processEvents()
    return window


@pytest.fixture(params=["en", "es"])
def room(request: pytest.FixtureRequest, qtbot: object, session: object,
         qapp: QApplication) -> Iterator[tuple[str, object]]:
    """(language, the main window at the size it takes on a 1280×720 screen with a taskbar)."""
    from ui.document.export import in_language

    with in_language(request.param):
        size = fitted_size(QSize(1280, 800), PROJECTOR)
        window = _window(session, size.width(), size.height(), qapp)
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        yield request.param, window


def _columns_in_view(table: object) -> bool:
    header = table.horizontalHeader()  # type: ignore[attr-defined]
    last = header.count() - 1
    return header.sectionViewportPosition(last) + header.sectionSize(last) \
        <= table.viewport().width()  # type: ignore[attr-defined]


def test_plan_shows_twelve_months_and_the_total_at_1280(room: tuple[str, object]) -> None:
    _language, window = room
    # The list is folded away at this width; the drop-down names the agreement.
    assert not window.agreement_list.isVisible()  # type: ignore[attr-defined]
    picker = window.agreement_picker  # type: ignore[attr-defined]
    assert picker.isVisible() and "2027" in picker.currentText()
    table = window.monthly_table  # type: ignore[attr-defined]
    assert table.model_.columnCount() == 15
    assert _columns_in_view(table)
    assert not table.horizontalScrollBar().isVisible()
    # Every number whole (no "…").
    for row in range(table.model_.rowCount()):
        for column in range(table.model_.columnCount()):
            text = table.shown(row, column)
            width = table.fontMetrics().horizontalAdvance(text)
            if column in (0, 14):
                font = table.font()
                font.setBold(True)
                from PySide6.QtGui import QFontMetrics

                width = QFontMetrics(font).horizontalAdvance(text)
            assert width < table.columnWidth(column), (row, column, text)


def test_every_tab_title_fits_beside_the_drop_down_at_1280(room: tuple[str, object]) -> None:
    from PySide6.QtWidgets import QToolButton

    language, window = room
    bar = window.tabs.tabBar()  # type: ignore[attr-defined]
    # No scroll arrows: the last tab ends inside the bar.
    arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    assert arrows == []
    assert bar.tabRect(bar.count() - 1).right() <= bar.width()
    # The drop-down stands in the menu bar, its label whole.
    picker = window.agreement_picker  # type: ignore[attr-defined]
    assert window.menuBar().cornerWidget(Qt.Corner.TopRightCorner) is picker
    assert picker.width() >= picker.fontMetrics().horizontalAdvance(picker.currentText())
    # Segments, team and budget share one tab.
    depth = window.depth_tabs  # type: ignore[attr-defined]
    assert [depth.tabText(i) for i in range(depth.count())] == (
        ["Segments", "Team", "Budget"] if language == "en"
        else ["Segmentos", "Equipo", "Presupuesto"])


def test_the_list_folds_away_and_comes_back(qtbot: object, session: object,
                                            qapp: QApplication, tmp_path: Path) -> None:
    from ui.window.settings import Settings

    settings = Settings(tmp_path / "s.ini")
    window = _window(session, 1900, 1000, qapp, settings)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert window.agreement_list.isVisible()  # type: ignore[attr-defined]
    assert not window.agreement_picker.isVisible()  # type: ignore[attr-defined]
    # At 1920 with the list shown the Total column is in view.
    assert _columns_in_view(window.monthly_table)  # type: ignore[attr-defined]
    window.remember_layout = True  # type: ignore[attr-defined]
    window.list_action.trigger()  # type: ignore[attr-defined]  # F9
    assert not window.agreement_list.isVisible()  # type: ignore[attr-defined]
    assert window.agreement_picker.isVisible()  # type: ignore[attr-defined]
    # The choice is remembered for the next window.
    again = _window(session, 1900, 1000, qapp, settings)
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    assert not again.agreement_list.isVisible()  # type: ignore[attr-defined]


def test_the_drop_down_selects_an_agreement(qtbot: object, session: object,
                                            qapp: QApplication) -> None:
    first = session.current_id  # type: ignore[attr-defined]
    second = session.duplicate(first)  # type: ignore[attr-defined]
    window = _window(session, 1280, 680, qapp)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    picker = window.agreement_picker  # type: ignore[attr-defined]
    assert picker.count() == 2
    index = picker.findData(first)
    picker.setCurrentIndex(index)
    picker.activated.emit(index)
    assert session.current_id == first  # type: ignore[attr-defined]
    assert picker.findData(second) >= 0


def test_xcb_is_checked_only_where_qt_will_use_it() -> None:
    from ui.window.xcb_check import uses_xcb

    assert uses_xcb({}, "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not uses_xcb({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"},
                        "linux")
    assert not uses_xcb({}, "win32") and not uses_xcb({}, "darwin")


def test_a_missing_xcb_library_is_named_with_its_install_command() -> None:
    from ui.window.xcb_check import missing_libraries, missing_message

    def load(name: str) -> None:
        if name == "libxcb-cursor.so.0":
            raise OSError(f"{name}: cannot open shared object file")

    missing = missing_libraries(load)
    assert missing == ["libxcb-cursor.so.0"]
    message = missing_message(missing)
    assert "\n" not in message
    assert "libxcb-cursor.so.0" in message and "sudo apt install libxcb-cursor0" in message


def test_the_app_refuses_to_start_without_them(tmp_path: Path) -> None:
    """Before any QApplication exists: exit 4 and one line, not Qt's abort (134)."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    script = (
        "import sys, ui.window.xcb_check as x\n"
        "def load(name):\n"
        "    if name == 'libxcb-icccm.so.4': raise OSError(name)\n"
        "x._load = load\n"
        "import main\n"
        f"sys.exit(main.main(['--db', {str(tmp_path / 'x.slaw')!r}]))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run([sys.executable, "-c", script], cwd=root, env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 4, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "libxcb-icccm.so.4" in lines[0] and "libxcb-icccm4" in lines[0]
    assert not (tmp_path / "x.slaw").exists()


def test_the_app_has_an_icon_and_a_desktop_entry(qtbot: object, session: object) -> None:
    import configparser

    from PySide6.QtGui import QImage

    from ui.window.icon import ICONS, app_icon
    from ui.window.main_window import MainWindow

    assert (ICONS / "slaworkshop.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in (16, 32, 48, 64, 128, 256):
        image = QImage(str(ICONS / f"slaworkshop-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert not app_icon().isNull()
    assert {s.width() for s in app_icon().availableSizes()} >= {16, 32, 48, 256}
    window = MainWindow(session, None)  # type: ignore[arg-type]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert not window.windowIcon().isNull()
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ICONS.parent / "slaworkshop.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "SLA Workshop"
    assert desktop["Icon"] == "slaworkshop" and desktop["Exec"].split()[0] == "slaworkshop"
    assert desktop["Categories"].endswith(";")


def test_no_display_is_said_in_one_line() -> None:
    from ui.window.xcb_check import no_display_message

    assert no_display_message({"DISPLAY": ":0"}) is None
    message = no_display_message({})
    assert message is not None and "DISPLAY" in message and "\n" not in message


def test_counts_read_as_words_in_english_and_spanish(qapp: QApplication) -> None:
    from ui.document.export import in_language
    from ui.widgets import counts

    # English: its own .qm with the plural forms (installed for every GUI test).
    assert (counts.months(1), counts.months(3)) == ("1 month", "3 months")
    assert counts.months_later(1) == "1 month later"
    with in_language("es"):
        assert (counts.months(1), counts.months(3)) == ("1 mes", "3 meses")
        assert counts.months_later(2) == "2 meses después"


def test_no_translation_leaves_a_plural_in_brackets() -> None:
    """"(s)" is for the source text only: every finished form says it in words."""
    import xml.etree.ElementTree as ET

    root = Path(__file__).resolve().parents[2] / "resources" / "i18n"
    found = []
    for name in ("slaworkshop_en.ts", "slaworkshop_es.ts"):
        for message in ET.parse(root / name).getroot().iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            texts = [f.text or "" for f in translation.iter("numerusform")] or \
                [translation.text or ""]
            found += [f"{name}: {t}" for t in texts if "(s)" in t or "(es)" in t]
    assert not found


def test_the_english_plural_file_is_checked(tmp_path: Path) -> None:
    import importlib.util

    tools = Path(__file__).resolve().parents[2] / "tools" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", tools)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.english_forms("%n month(s) later") == ("%n month later", "%n months later")
    assert "en" in module.PLURAL_ONLY


def test_verify_names_the_status_in_the_language_shown(qapp: QApplication) -> None:
    from slaworkshop.model import Status
    from ui.document.export import in_language
    from ui.models.agreement_list_model import status_label

    with in_language("es"):
        assert status_label(Status.SIGNED) != "signed"
    source = (Path(__file__).resolve().parents[2] / "ui" / "signing" /
              "verify_dialog.py").read_text(encoding="utf-8")
    assert "status.value" not in source


def test_compare_shows_percentages_in_the_locale(qapp: QApplication) -> None:
    from PySide6.QtCore import QLocale

    from ui.signing.compare_dialog import ChangesModel

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    try:
        model = ChangesModel()
        assert model.number("1.99%") == "1,99 %"
        assert model.number("not a number%") == "not a number%"
    finally:
        QLocale.setDefault(before)


def test_the_revision_dialog_shows_sums_that_add_up(qtbot: object, tmp_path: Path,
                                                    qapp: QApplication) -> None:
    import re
    from decimal import Decimal

    from PySide6.QtCore import QLocale

    from tests.ui.test_pseudo_translation import _with_actuals
    from ui.tracking.rebenchmark_dialog import RebenchmarkDialog

    path = tmp_path / "r.slaw"
    agreement_id = _with_actuals(path)
    with Store.open(path) as store:
        agreement = store.load(agreement_id)
        dialog = RebenchmarkDialog(store, agreement,
                                   locale=QLocale(QLocale.Language.English,
                                                  QLocale.Country.UnitedStates))
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        dialog.month_box.set_month("2027-03")
        text = re.sub(r"<[^>]+>", "", dialog.summary.text())
    proposal = dialog.proposal
    assert proposal is not None

    def amount(value: str) -> Decimal:
        return Decimal(value.replace("€", "").replace(",", ""))

    # "What remains: €1,200,000 − €X = €Y": the subtraction is there and it is right.
    total, covered, rest = (amount(v) for v in re.search(
        r"(€[\d,.]+) − (€[\d,.]+) = (€[\d,.]+)", text).groups())  # type: ignore[union-attr]
    assert total == agreement.objective.revenue
    assert total - covered == rest == proposal.remaining_revenue
    # What is won, and the share that turns it into the part of the target it covers.
    assert f"{int(proposal.won_so_far)} customers" in text or "1 customer," in text
    assert "At the 60 % share that covers" in text
    assert "9 months" in text and "month(s)" not in text


def test_tab_leaves_the_stages_table_and_ctrl_pgdown_switches_tabs(
        qtbot: object, session: object, qapp: QApplication) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = _window(session, 1280, 680, qapp)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.activateWindow()  # type: ignore[attr-defined]
    table = window.stages_editor.tables[0]  # type: ignore[attr-defined]
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qapp.processEvents()
    assert table.hasFocus()
    QTest.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    # Back with Shift+Tab.
    QTest.keyClick(qapp.focusWidget(), Qt.Key.Key_Backtab)
    assert table.hasFocus()
    tabs = window.tabs  # type: ignore[attr-defined]
    assert tabs.currentIndex() == 0
    QTest.keyClick(table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
    QTest.keyClick(qapp.focusWidget() or window, Qt.Key.Key_PageUp,
                   Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 0
    QTest.keyClick(qapp.focusWidget() or window, Qt.Key.Key_Tab,
                   Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1


def test_every_action_has_a_mnemonic_or_a_shortcut_listed_in_help(
        qtbot: object, session: object, qapp: QApplication) -> None:
    from PySide6.QtGui import QKeySequence

    from ui.document.export import in_language
    from ui.window.shortcuts_dialog import ShortcutsDialog, actions_without_keys

    for language in ("en", "es"):
        with in_language(language):
            window = _window(session, 1280, 680, qapp)
            qtbot.addWidget(window)  # type: ignore[attr-defined]
            menus = list(window.menus.values())  # type: ignore[attr-defined]
            assert not actions_without_keys(menus), language
            dialog = ShortcutsDialog(menus, window)  # type: ignore[arg-type]
            qtbot.addWidget(dialog)  # type: ignore[attr-defined]
            rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
                    for r in range(dialog.table.rowCount())}
            assert all(rows.values()), [k for k, v in rows.items() if not v]
            assert any("F9" in keys for keys in rows.values())
            next_tab = window.next_tab_action.shortcut().toString(  # type: ignore[attr-defined]
                QKeySequence.SequenceFormat.NativeText)
            assert any(next_tab in keys for keys in rows.values()), next_tab
    assert window.shortcuts_action.shortcut().toString() == "F1"  # type: ignore[attr-defined]


def _thirty_stages() -> object:
    from decimal import Decimal

    from slaworkshop.model import Stage

    agreement = demo_agreement("en")
    agreement.stages = [Stage(f"Stage number {i}", Decimal("0.8"), "Sales" if i % 2 else
                              "Marketing", lag=i % 2) for i in range(29)]
    agreement.stages.append(Stage("Customers", None, "Sales"))
    agreement.custom_kpis, agreement.protocols = [], []
    return agreement


def test_a_30_stage_funnel_at_the_minimum_window_size_stays_readable(
        qtbot: object, qapp: QApplication) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QFontMetricsF

    from slaworkshop.plan import plan_for
    from ui.plan.funnel_chart import MIN_POINTS, FunnelChart

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        chart = FunnelChart()
        qtbot.addWidget(chart)  # type: ignore[attr-defined]
        chart.resize(460, 220)  # the funnel's share of the main window at its minimum
        chart.show()
        qtbot.waitExposed(chart)  # type: ignore[attr-defined]
        agreement = _thirty_stages()
        chart.set_plan(plan_for(agreement), agreement)  # type: ignore[arg-type]
        for _ in range(5):
            qapp.processEvents()
        # Type never below the smallest size; the funnel scrolls instead.
        assert min(chart.font_sizes()) >= 8 - 0.01 and MIN_POINTS >= 8
        assert chart._scroll.verticalScrollBar().maximum() > 0
        view = chart._plot

        def on_screen(item: object) -> object:
            return item.deviceTransform(  # type: ignore[attr-defined]
                view.viewportTransform()).mapRect(item.boundingRect())  # type: ignore[attr-defined]

        labels = [on_screen(label) for label in chart._labels]
        rates = [on_screen(rate) for rate in chart._rates if rate.isVisible()]
        values = [on_screen(value) for value in chart._values]
        for group in (labels, rates, values):
            for first, second in itertools.combinations(group, 2):
                assert not first.intersects(second), (first, second)
        for rate in rates:
            assert not [v for v in values if rate.intersects(v)], rate
        # Each bar at least as tall as a line of its target's type.
        slot = view.height() / 30
        assert slot * 0.64 >= QFontMetricsF(chart._value_font).height() * 0.95
    finally:
        QLocale.setDefault(before)


def test_tracking_grid_fits_1280_without_scrolling_sideways(room: tuple[str, object],
                                                            qapp: QApplication) -> None:
    _language, window = room
    extension = window.tracking_extension  # type: ignore[attr-defined]
    window.tabs.setCurrentWidget(extension.tracking_tab)  # type: ignore[attr-defined]
    for _ in range(5):
        qapp.processEvents()
    table = extension.tracking_view.table
    assert table.model().columnCount() == 18
    assert _columns_in_view(table)


@pytest.mark.parametrize(("view", "tab"), [("budget", "budgetTab"), ("segments", "segmentsTab"),
                                           ("kpis", "kpisTab")])
def test_screenshot_views_reach_the_tabs_inside_segments_and_budget(
        room: tuple[str, object], view: str, tab: str) -> None:
    from ui.window.app import _screenshot_widget

    _language, window = room
    assert _screenshot_widget(window, view) is window  # type: ignore[arg-type]
    current = window.tabs.currentWidget()  # type: ignore[attr-defined]
    shown = window._editor_tabs[tab.removesuffix("Tab")]  # type: ignore[attr-defined]
    assert current is shown or current.isAncestorOf(shown)
    assert shown.isVisible()
