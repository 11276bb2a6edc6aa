"""A pseudo-translation (every string about 40 % longer) clips no text: the main window (each
tab) at 1280×800, every wizard page and presenter mode at 1280×720; the monthly report in
large type fits a 1280×720 projector, the PDFs' text has whole headings and no ligature
glyphs, and the window fits a 1280×720 screen with a taskbar.

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


# The room: the monthly report, the PDFs' text and the window on a 1280×720 screen.
LIGATURES = ("ﬀ", "ﬁ", "ﬂ", "ﬃ", "ﬄ", "ﬅ", "ﬆ")


def _with_actuals(path: Path, language: str = "en", months: int = 3) -> int:
    """The demo agreement with ``months`` months of actuals around its targets."""
    from decimal import Decimal

    from slaworkshop.tracking import track

    with Store.open(path) as store:
        agreement_id = store.create(demo_agreement(language))
        agreement = store.load(agreement_id)
        tracking = track(agreement, {}, agreement.month_list[0])
        factors = (Decimal("0.92"), Decimal("1.07"), Decimal("0.81"))
        values = {}
        for index, kpi in enumerate(tracking.kpis):
            for month in range(months):
                target = kpi.months[month].target
                if target is not None:
                    value = Decimal(target.numerator) / Decimal(target.denominator)
                    values[(kpi.name, agreement.month_list[month])] = (
                        value * factors[(index + month) % 3]).quantize(Decimal("1"))
        store.apply_actuals(agreement_id, values)
    return agreement_id


def _pdf_text(path: Path) -> str:
    import subprocess

    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _split_heading_words(text: str, headings: list[str]) -> list[str]:
    """The words of ``headings`` that pdftotext does not find whole (broken across lines)."""
    tokens = set(text.split())
    return [word for heading in headings for word in heading.split()
            if word not in tokens]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
@pytest.mark.parametrize("language", ["en", "es", "pseudo"])
def test_report_pdf_headings_are_whole_and_without_ligatures(
        qapp: QApplication, tmp_path: Path, pseudo_qm: Path, language: str) -> None:
    from slaworkshop.tracking import monthly_report
    from ui.document.export import in_language
    from ui.tracking.report_pdf import _headers, write_report_pdf

    path = tmp_path / "w.slaw"
    agreement_id = _with_actuals(path, "es" if language == "es" else "en")
    with Store.open(path, read_only=True) as store:
        agreement = store.load(agreement_id)
        agreement.fingerprint = "0123456789abcdef" * 4
        report = monthly_report(agreement, store.actuals(agreement_id), "2027-03")
    translator = QTranslator()
    if language == "pseudo":
        assert translator.load(str(pseudo_qm))
        qapp.installTranslator(translator)
    locale = QLocale(QLocale.Language.Spanish if language == "es" else QLocale.Language.English)
    try:
        with in_language("es" if language == "es" else "en"):
            out = tmp_path / "report.pdf"
            write_report_pdf(report, out, locale)
            headings = [text for _key, text in _headers()]
    finally:
        qapp.removeTranslator(translator)
    text = _pdf_text(out)
    assert not [glyph for glyph in LIGATURES if glyph in text]
    assert not _split_heading_words(text, headings), headings
    # The fingerprint's prefix at the foot of every page.
    pages = text.split("\f")
    pages = [page for page in pages if page.strip()]
    assert len(pages) >= 2
    assert all("0123456789abcdef" in page for page in pages)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
@pytest.mark.parametrize("language", ["en", "es"])
def test_agreement_pdf_text_has_no_ligature_glyphs(qapp: QApplication, tmp_path: Path,
                                                   language: str) -> None:
    from ui.document.export import export_agreement

    path = tmp_path / "w.slaw"
    agreement_id = _with_actuals(path, language, months=0)
    out = tmp_path / "agreement.pdf"
    with Store.open(path) as store:
        export_agreement(store, agreement_id, out, language)
    text = _pdf_text(out)
    assert not [glyph for glyph in LIGATURES if glyph in text]
    # Words with "fi" that the agreement always has, found whole.
    assert "fi" in text


@pytest.fixture
def room_window(qtbot: object, tmp_path: Path, pseudo: None,
                monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """The main window on a 1280×720 projector with a 40 px taskbar, demo and actuals."""
    from ui.session import AgreementSession
    from ui.widgets import screen_fit
    from ui.window.main_window import MainWindow

    monkeypatch.setattr(screen_fit, "available_geometry",
                        lambda _widget=None: QRect(0, 0, 1280, 680))
    path = tmp_path / "w.slaw"
    agreement_id = _with_actuals(path)
    store = Store.open(path)
    session = AgreementSession(store)
    session.select(agreement_id)
    window = MainWindow(session, Settings(tmp_path / "s.ini"))
    window.remember_layout = False
    window.on_close.append(store.close)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    yield window


def test_window_fits_a_1280x720_screen_with_a_taskbar(room_window: object,
                                                      qapp: QApplication) -> None:
    from ui.widgets.screen_fit import FRAME_ALLOWANCE

    window = room_window
    window.show()  # type: ignore[attr-defined]
    settle(qapp)
    assert window.height() + FRAME_ALLOWANCE.height() <= 680  # type: ignore[attr-defined]
    assert window.width() <= 1280  # type: ignore[attr-defined]
    # The status bar and the stage buttons are inside the window, not below it.
    status = window.statusBar()  # type: ignore[attr-defined]
    assert status.isVisible() and status.geometry().bottom() < window.height()  # type: ignore[attr-defined]
    buttons = [b for b in window.stages_editor.findChildren(QPushButton)  # type: ignore[attr-defined]
               if b.isVisible()]
    assert buttons
    for button in buttons:
        assert button.mapTo(window, button.rect().bottomLeft()).y() < window.height()  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", ["pseudo", "es"])
def test_large_type_report_fits_the_projector(room_window: object, qapp: QApplication,
                                              shots: Path, language: str) -> None:
    from ui.document.export import in_language
    from ui.tracking.report_view import _a_heading_is_broken

    window = room_window
    with in_language("es" if language == "es" else "en"):
        window.resize(1280, 720)  # type: ignore[attr-defined]
        window.show()  # type: ignore[attr-defined]
        from ui.tracking import actions as tracking_actions

        if not hasattr(window, "tracking_extension"):
            tracking_actions.install(window)
        extension = window.tracking_extension  # type: ignore[attr-defined]
        extension.present_action.setChecked(True)
        settle(qapp)
        view = extension.report_view
        save(window, shots / f"report-large-{language}.png")  # type: ignore[arg-type]
        browser = view.browser
        assert not browser.horizontalScrollBar().isVisible()
        assert browser.document().size().width() <= browser.viewport().width() + 1
        assert not _a_heading_is_broken(browser.document())
        assert view.shown_pt >= 16
        text = browser.toPlainText()
        # Details a click away.
        first = view.report.sections[0].kpis[0].name
        assert "Projected year end" not in text and "Proyección" not in text
        view.toggle_details(first)
        assert browser.toPlainText() != text
        view.toggle_details(first)
        assert browser.toPlainText() == text
