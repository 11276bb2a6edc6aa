"""A pseudo-translation (every string about 40 % longer) clips no text: the main window (each
tab) at 1280×800, every wizard page and presenter mode at 1280×720.

Screenshots are written to the test's temporary folder (``SLAW_PSEUDO_SHOTS`` names another
folder to keep them for looking at)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

from slaworkshop.demo import demo_agreement
from slaworkshop.store import Store
from ui.window.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    not (shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
         or shutil.which("pyside6-lupdate")), reason="pyside6-lupdate is not installed")


def pseudo_module() -> ModuleType:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        spec = importlib.util.spec_from_file_location("pseudo_translate",
                                                      ROOT / "tools" / "pseudo_translate.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "tools"))


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pseudo_module().build(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo(qapp: QApplication, pseudo_qm: Path) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SLAW_PSEUDO_SHOTS", str(tmp_path)))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _plain(text: str) -> str:
    """The text as drawn: accelerator marks gone (``&&`` is a literal ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _where(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None and len(names) < 4:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(names))


def _lines_fit(widget: QWidget, text: str, width: int) -> bool:
    metrics = widget.fontMetrics()
    return all(metrics.horizontalAdvance(line) <= width for line in text.split("\n"))


def _scrolled(widget: QWidget) -> bool:
    """Inside a scroll area's viewport, where being partly out of sight is the point."""
    current = widget.parentWidget()
    while current is not None:
        area = current.parentWidget()
        if isinstance(area, QAbstractScrollArea) and current is area.viewport():
            return True
        current = area
    return False


def _cut_by_parents(widget: QWidget) -> bool:
    """Part of the widget lies outside its parents (not inside a scroll area)."""
    if _scrolled(widget):
        return False
    visible = QRect(0, 0, widget.width(), widget.height())
    current = widget
    while current.parentWidget() is not None and not current.isWindow():
        parent = current.parentWidget()
        visible.translate(current.pos())
        visible = visible.intersected(parent.rect())
        current = parent
        offset = widget.mapTo(current, QPoint(0, 0))
        visible_in_widget = visible.translated(-offset)
        if visible_in_widget.width() < widget.width() - 1 or \
                visible_in_widget.height() < widget.height() - 1:
            return True
        visible = visible_in_widget.translated(offset)
    return False


def clipped(root: QWidget) -> list[str]:
    """Every visible text under ``root`` that does not fit the space it is given."""
    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel | QAbstractButton | QHeaderView) and \
                (not isinstance(widget, QLabel | QAbstractButton) or widget.text()) and \
                _cut_by_parents(widget):
            found.append(f"{_where(widget)}: is cut off by the edge of what holds it")
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text or widget.textFormat() == Qt.TextFormat.RichText or \
                    text.lstrip().startswith("<") or (widget.pixmap() is not None and \
                    not widget.pixmap().isNull()):
                continue
            text = _plain(text) if widget.buddy() is not None else text
            space = widget.contentsRect()
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    found.append(f"{_where(widget)}: “{text}” needs {needed} px of height, "
                                 f"has {widget.height()}")
            elif not _lines_fit(widget, text, space.width() - 2 * widget.margin()
                                - widget.indent() if widget.indent() > 0 else space.width()):
                found.append(f"{_where(widget)}: “{text}” is wider than {space.width()} px")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if isinstance(widget, QToolButton) and \
                    widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
                continue
            hint = widget.sizeHint().width()
            if isinstance(widget, QPushButton | QCheckBox | QRadioButton | QToolButton):
                # The style's own padding may be given up, the text may not.
                text_width = widget.fontMetrics().horizontalAdvance(_plain(widget.text()))
                needed = min(hint, text_width + (widget.iconSize().width() + 8
                                                 if not widget.icon().isNull() else 0) + 8)
                if isinstance(widget, QCheckBox | QRadioButton):
                    needed = hint
                if widget.width() < needed:
                    found.append(f"{_where(widget)}: “{_plain(widget.text())}” needs "
                                 f"{needed} px, has {widget.width()}")
        elif isinstance(widget, QComboBox) and widget.currentText() and \
                not widget.isEditable():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                                  QStyle.SubControl.SC_ComboBoxEditField,
                                                  widget)
            needed = widget.fontMetrics().horizontalAdvance(widget.currentText())
            if field.width() < needed:
                found.append(f"{_where(widget)}: choice “{widget.currentText()}” needs "
                             f"{needed} px, has {field.width()}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                text = _plain(widget.tabText(index))
                rect = widget.tabRect(index)
                needed = widget.fontMetrics().horizontalAdvance(text)
                if rect.isValid() and rect.width() < needed:
                    found.append(f"{_where(widget)}: tab “{text}” needs {needed} px, has "
                                 f"{rect.width()}")
        elif isinstance(widget, QHeaderView) and widget.orientation() == \
                Qt.Orientation.Horizontal:
            model = widget.model()
            view = widget.parentWidget()
            if model is None or not isinstance(view, QAbstractItemView):
                continue
            for section in range(widget.count()):
                if widget.isSectionHidden(section):
                    continue
                text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                if not text:
                    continue
                margin = widget.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None,
                                                    widget)
                needed = max(widget.fontMetrics().horizontalAdvance(line)
                             for line in text.split("\n")) + 2 * margin
                size = widget.sectionSize(section)
                if size < needed:
                    found.append(f"{_where(widget)}: column “{text}” needs {needed} px, has "
                                 f"{size}")
    return found


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    assert widget.grab().save(str(path), "PNG")


@pytest.fixture
def window(qtbot: object, tmp_path: Path, pseudo: None) -> Iterator[object]:
    from ui.session import AgreementSession
    from ui.window.main_window import MainWindow

    path = tmp_path / "w.slaw"
    with Store.open(path) as store:
        store.create(demo_agreement("en"))
    store = Store.open(path)
    session = AgreementSession(store)
    session.select(store.list_agreements()[0].id)
    window = MainWindow(session, Settings())
    window.remember_layout = False
    window.on_close.append(store.close)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    yield window


def test_pseudo_translation_is_longer_and_keeps_placeholders() -> None:
    pseudo = pseudo_module().pseudo
    assert pseudo("  &Open %1 of {name}  ") .startswith("  [&Open %1 of {name} ~")
    assert pseudo("  &Open %1 of {name}  ").endswith("~]  ")
    text = "Monthly targets"
    assert len(pseudo(text)) >= 1.4 * len(text)
    assert pseudo("   ") == "   "


def test_main_window_tabs_show_whole_texts(window: object, qapp: QApplication,
                                           shots: Path) -> None:
    from ui.window.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.resize(1280, 800)
    window.show()
    settle(qapp)
    assert "[" in window.tabs.tabText(0), "the pseudo-translation is not installed"
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle(qapp)
        save(window, shots / f"main-{index}.png")
        problems += [f"tab {index}: {p}" for p in clipped(window)]
        # Tabs inside the tab: each of their pages too.
        inner = [t for t in window.tabs.currentWidget().findChildren(QTabWidget)
                 if t.isVisible()]
        for tabs in inner:
            for page in range(tabs.count()):
                tabs.setCurrentIndex(page)
                settle(qapp)
                save(window, shots / f"main-{index}-{tabs.objectName()}-{page}.png")
                problems += [f"tab {index}, {tabs.objectName()} {page}: {p}"
                             for p in clipped(window)]
            tabs.setCurrentIndex(0)
    assert not problems, "\n".join(sorted(set(problems)))


def test_wizard_pages_show_whole_texts(window: object, qapp: QApplication,
                                       shots: Path) -> None:
    from ui.wizard import AgreementWizard

    wizard = AgreementWizard(window.session, window)  # type: ignore[attr-defined]
    problems = []
    for number, page_id in enumerate(wizard.pageIds(), start=1):
        wizard.setStartId(page_id)
        wizard.restart()
        wizard.resize(1100, 700)
        wizard.show()
        settle(qapp)
        save(wizard, shots / f"wizard-{number}.png")
        problems += [f"page {number}: {p}" for p in clipped(wizard)]
    wizard.close()
    assert not problems, "\n".join(sorted(set(problems)))


def test_presenter_mode_shows_whole_texts(window: object, qapp: QApplication,
                                          shots: Path) -> None:
    from ui.plan.presenter import PresenterWindow

    presenter = PresenterWindow(window.session)  # type: ignore[attr-defined]
    presenter.resize(1280, 720)
    presenter.show()
    settle(qapp)
    save(presenter, shots / "presenter.png")
    problems = clipped(presenter)
    presenter.close()
    assert not problems, "\n".join(problems)


def test_the_check_finds_a_clipped_label(qtbot: object) -> None:
    label = QLabel("A label far too long for the room it is given")
    qtbot.addWidget(label)  # type: ignore[attr-defined]
    label.setFixedWidth(60)
    label.show()
    assert clipped(label)
    label.setWordWrap(True)
    label.setFixedHeight(label.heightForWidth(60))
    assert not clipped(label)
