"""Meeting mode and its pictures, read from what is drawn: the funnel's bars in scene
coordinates, the marked leak, the KPI tiles, the keyboard."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QTabWidget

from slaworkshop.dashboard import funnel_against_plan
from slaworkshop.tracking import monthly_report, track
from tests.meeting_fixture import MEETING_ACTUALS, meeting_store
from ui.plan.funnel_shape import log_widths
from ui.session import AgreementSession
from ui.tracking.actual_funnel import BAR_HEIGHT, ActualFunnel
from ui.tracking.kpi_board import KpiBoard
from ui.tracking.meeting import MeetingWindow

TARGETS_MARCH = [4500, 90, 36, 18, 10, 3]
ACTUALS_MARCH = [4600, 92, 37, 14, 7, 2]


@pytest.fixture
def session(tmp_path: Path, qapp, english):
    store, agreement_id = meeting_store(tmp_path / "meeting.slaw")
    session = AgreementSession(store)
    session.select(agreement_id)
    yield session
    store.close()


def demo_tracking(month: str = "2027-03"):
    from slaworkshop.demo import demo_agreement

    return track(demo_agreement(), MEETING_ACTUALS, month)


def shown(qtbot, widget, width: int = 1280, height: int = 720):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def drawn(qtbot, funnel: ActualFunnel, shown_funnel) -> None:
    """Show ``shown_funnel`` and let the view lay it out (its scale is set when painted)."""
    funnel.set_funnel(shown_funnel)
    funnel.repaint()
    qtbot.wait(10)


def scene_bars(item) -> list[QRectF]:
    """Each bar of a BarGraphItem as the rectangle it covers in the scene (pixels)."""
    opts = item.opts
    return [item.mapRectToScene(QRectF(x0, y - BAR_HEIGHT / 2, width, BAR_HEIGHT))
            for x0, y, width in zip(opts["x0"], opts["y"], opts["width"], strict=True)]


def test_funnel_bars_are_the_targets_log_widths_filled_by_attainment(qtbot, english) -> None:
    funnel = shown(qtbot, ActualFunnel(), 900, 500)
    drawn(qtbot, funnel, funnel_against_plan(demo_tracking(), "month"))
    outlines, fills = scene_bars(funnel.target_bars), scene_bars(funnel.actual_bars)
    expected = log_widths(TARGETS_MARCH)
    widest = outlines[0].width()
    assert widest > 200
    for rect, share in zip(outlines, expected, strict=True):
        assert rect.width() == pytest.approx(widest * share, rel=1e-6)
    for rect, fill, target, actual in zip(outlines, fills, TARGETS_MARCH, ACTUALS_MARCH,
                                          strict=True):
        assert fill.width() == pytest.approx(rect.width() * actual / target, rel=1e-6)
        # Centred on the same axis, at the same height as its outline.
        assert fill.center().x() == pytest.approx(rect.center().x(), abs=0.01)
        assert fill.center().y() == pytest.approx(rect.center().y(), abs=0.01)
    # Top to bottom, Visits first.
    assert [r.center().y() for r in outlines] == sorted(r.center().y() for r in outlines)
    assert funnel.label_texts()[3] == "SQL\nSales"
    assert funnel.value_texts() == ["4,600 of 4,500 · 102 %", "92 of 90 · 102 %",
                                    "37 of 36 · 103 %", "14 of 18 · 78 %", "7 of 10 · 70 %",
                                    "2 of 3 · 67 %"]
    assert funnel.rate_texts() == ["↓ 2 % (agreed 2 %)", "↓ 40 % (agreed 40 %)",
                                   "↓ 38 % (agreed 50 %)", "↓ 50 % (agreed 50 %)",
                                   "↓ 29 % (agreed 30 %)"]
    # The red fill of the SQL bar, the green of MQL.
    brushes = funnel.actual_bars.opts["brushes"]
    assert brushes[2].color().name() == "#2ea85a" and brushes[3].color().name() == "#e0384b"


def test_the_leak_is_marked_between_mql_and_sql_with_its_parties(qtbot, english) -> None:
    funnel = shown(qtbot, ActualFunnel(dark=True), 1000, 560)
    drawn(qtbot, funnel, funnel_against_plan(demo_tracking(), "month"))
    assert funnel.leak_index() == 2
    assert funnel.leak_band.isVisible() and funnel.leak_label.isVisible()
    assert funnel.leak_label.toPlainText() == "◀ Leak: Marketing → Sales"
    band = funnel.leak_band.mapRectToScene(funnel.leak_band.rect())
    bars = scene_bars(funnel.target_bars)
    # The band fills the gap below MQL's bar and above SQL's.
    assert bars[2].bottom() == pytest.approx(band.top(), abs=0.5)
    assert bars[3].top() == pytest.approx(band.bottom(), abs=0.5)
    label = funnel.leak_label.mapRectToScene(funnel.leak_label.boundingRect())
    assert band.top() - 1 <= label.center().y() <= band.bottom() + 1
    # January's funnel leaks at the same handoff; with no actuals nothing is marked.
    funnel.set_funnel(funnel_against_plan(track(demo_tracking().agreement, {}, "2027-03"),
                                          "month"))
    assert funnel.leak_index() is None and not funnel.leak_band.isVisible()
    assert funnel.fill_widths() == [0.0] * 6


def test_month_switch_updates_the_same_items(qtbot, english) -> None:
    funnel = shown(qtbot, ActualFunnel(), 900, 500)
    funnel.set_funnel(funnel_against_plan(demo_tracking("2027-03"), "month"))
    items = [funnel.target_bars, funnel.actual_bars, funnel.leak_band, funnel.leak_label,
             *funnel.labels, *funnel.values, *funnel.rates]
    scene_items = set(funnel._view.scene().items())
    funnel.set_funnel(funnel_against_plan(demo_tracking("2027-01"), "month"))
    assert [funnel.target_bars, funnel.actual_bars, funnel.leak_band, funnel.leak_label,
            *funnel.labels, *funnel.values, *funnel.rates] == items
    assert all(a is b for a, b in zip(items, [funnel.target_bars, funnel.actual_bars,
                                              funnel.leak_band, funnel.leak_label,
                                              *funnel.labels, *funnel.values,
                                              *funnel.rates], strict=True))
    assert set(funnel._view.scene().items()) == scene_items
    assert funnel.value_texts()[0] == "5,200 of 5,000 · 104 %"
    assert funnel.rate_texts()[2] == "↓ 38 % (agreed 50 %)"  # 16 of 42


def test_tiles_show_month_year_to_date_and_pace(qtbot, english) -> None:
    from slaworkshop.demo import demo_agreement

    board = shown(qtbot, KpiBoard(columns=4), 1280, 900)
    report = monthly_report(demo_agreement(), MEETING_ACTUALS, "2027-03")
    board.set_report(report)
    assert list(board.headings) == ["Marketing", "Sales"]
    assert board.tiles["SQL"].texts() == {
        "name": "SQL", "month": "This month: 14 against 18", "ytd": "Year to date: 44 of 58",
        "pace": "Year end: 126 projected, target 166"}
    # An averaged KPI reads as an average, and its pace as an average too.
    assert board.tiles["Hours to first contact"].texts()["ytd"] == \
        "Year to date: average 25.3 h against 24 h"
    assert board.tiles["Rejected leads with a reason"].texts()["pace"] == \
        "Year end: out of reach (target 100 %)"
    assert board.tiles["MQL → SQL"].texts()["ytd"] == "Year to date: 37 % of 50 %"
    tile = board.tiles["SQL"]
    # Bullet: the actual bar ends at 14, the target tick at 18, on the same scale.
    (actual_width,) = tile.actual_bar.opts["width"]
    assert actual_width == pytest.approx(14 * tile.bullet_scale)
    (tick_x0,), (tick_width,) = tile.target_tick.opts["x0"], tile.target_tick.opts["width"]
    assert tick_x0 + tick_width / 2 == pytest.approx(18 * tile.bullet_scale)
    # Bands: red below 90 % of the target, amber to 100 %, green above.
    assert [round(x / tile.bullet_scale, 6) for x in tile.bands.opts["x0"]] == [0, 16.2, 18]
    # Sparkline: the three months reported, and the target line over the whole year.
    _xs, ys = tile.spark_actual.getData()
    assert [round(y / tile.spark_scale, 6) for y in ys] == [16, 14, 14]
    assert len(tile.spark_target.getData()[0]) == 12
    hours = board.tiles["Hours to first contact"]
    # Lower is better: green up to the target, red beyond target / amber.
    assert [round(x / hours.bullet_scale, 4) for x in hours.bands.opts["x0"]] == \
        [0, 24, round(24 / 0.9, 4)]
    ends = [round((x + w) / hours.bullet_scale, 4)
            for x, w in zip(hours.bands.opts["x0"], hours.bands.opts["width"], strict=True)]
    assert ends == [24, round(24 / 0.9, 4), round(24 / 0.9 * 1.25, 4)]
    # Green first where lower is better, red first where higher is.
    assert [b.color().name() for b in hours.bands.opts["brushes"]] == \
        ["#2ea85a", "#e8a700", "#e0384b"]
    assert [b.color().name() for b in tile.bands.opts["brushes"]] == \
        ["#e0384b", "#e8a700", "#2ea85a"]
    # A month later the same tiles show February.
    tiles = dict(board.tiles)
    board.set_report(monthly_report(demo_agreement(), MEETING_ACTUALS, "2027-02"))
    assert all(board.tiles[name] is tile for name, tile in tiles.items())
    assert board.tiles["SQL"].texts()["month"] == "This month: 14 against 20"


def test_meeting_slides_and_keyboard(qtbot, session) -> None:
    meeting = MeetingWindow(session)
    qtbot.addWidget(meeting)
    meeting.resize(1280, 720)
    meeting.show()
    meeting.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is meeting)
    assert meeting.month == "2027-03"
    assert meeting.slide_titles() == [
        "Funnel against the plan, March 2027",
        "Funnel against the plan, year to date through March 2027",
        "Marketing: the KPIs of March 2027", "Sales: the KPIs of March 2027",
        "Findings, March 2027"]
    assert meeting.month_slide.leak_label.text() == (
        "MQL → SQL at 38 % against 50 %: the handoff from Marketing's MQL to Sales' SQL; "
        "14 SQL short year to date.")
    bars = meeting.month_slide.funnel.target_bars
    qtbot.keyClick(meeting, Qt.Key.Key_PageDown)
    assert meeting.current_slide() == 1
    assert meeting.slide_title.text().startswith("Funnel against the plan, year to date")
    qtbot.keyClick(meeting, Qt.Key.Key_Space)
    qtbot.keyClick(meeting, Qt.Key.Key_Space)
    assert meeting.current_slide() == 3
    assert meeting.slides.currentWidget() is meeting.boards[1]
    sql = meeting.boards[1].tiles["SQL"]
    assert sql.texts()["month"] == "This month: 14 against 18"
    qtbot.keyClick(meeting, Qt.Key.Key_PageUp)
    assert meeting.current_slide() == 2
    qtbot.keyClick(meeting, Qt.Key.Key_Left)
    assert meeting.month == "2027-02"
    assert meeting.slide_title.text() == "Marketing: the KPIs of February 2027"
    assert meeting.position_label.text() == "February 2027 · slide 3 of 5"
    assert meeting.boards[0].tiles["MQL"].texts()["month"] == "This month: 40 against 40"
    # The month changed in place: the same bars and tiles, February's figures when shown.
    qtbot.keyClick(meeting, Qt.Key.Key_Space)
    assert meeting.boards[1].tiles["SQL"] is sql
    assert sql.texts()["month"] == "This month: 14 against 20"
    meeting.set_slide(0)
    assert meeting.month_slide.funnel.target_bars is bars
    assert meeting.month_slide.funnel.value_texts()[3] == "14 of 20 · 70 %"
    for _ in range(3):
        qtbot.keyClick(meeting, Qt.Key.Key_Left)
    assert meeting.month == "2027-01"  # stops at the first month
    for _ in range(5):
        qtbot.keyClick(meeting, Qt.Key.Key_PageDown)
    assert meeting.current_slide() == 4  # stops at the last slide
    findings = meeting.findings_label.text()
    assert "MQL → SQL at 38 % against 50 %" in findings  # January: 16 of 42
    assert "Proposals 11 % under: SQL were 20 % under target (Sales)" in findings
    with qtbot.waitSignal(meeting.left):
        qtbot.keyClick(meeting, Qt.Key.Key_Escape)
    assert not meeting.isVisible()


def test_findings_fit_the_slide_at_1280_by_720(qtbot, session) -> None:
    meeting = shown(qtbot, MeetingWindow(session))
    meeting.set_slide(4)
    label = meeting.findings_label
    assert label.heightForWidth(meeting.slides.width()) <= meeting.slides.height()
    assert label.font().pointSizeF() >= 14


def test_view_menu_opens_meeting_mode_full_screen(qtbot, session, monkeypatch) -> None:
    from ui.tracking import actions as tracking_actions

    window = QMainWindow()
    window.session = session
    window.menus = {key: QMenu(key, window) for key in ("file", "edit", "agreement", "view",
                                                        "help")}
    window.tabs = QTabWidget(window)
    window.drop_handlers = []
    window.show_status = lambda _text: None
    qtbot.addWidget(window)
    tracking_actions.install(window)
    extension = window.tracking_extension
    action = extension.meeting_action
    assert action in window.menus["view"].actions()
    assert action.text() == "Monthly meeting"
    assert action.shortcut().toString() == "Ctrl+Shift+M"
    assert action.isEnabled()
    full: list[bool] = []
    monkeypatch.setattr(MeetingWindow, "showFullScreen", lambda self: full.append(True))
    action.trigger()
    assert full == [True]
    assert isinstance(extension.meeting, MeetingWindow)
    assert extension.meeting.month_slide.funnel.leak_index() == 2
    assert extension.meeting.month == "2027-03"  # the last month reported
    extension.meeting.close()
    # From the Dashboard tab, the meeting opens at the month chosen there.
    dashboard = extension.dashboard_tab.content()
    dashboard.refresh()
    dashboard.set_month("2027-02")
    action.trigger()
    assert extension.meeting.month == "2027-02"
    extension.meeting.close()
    session.select(None)
    assert not action.isEnabled()


def pdf_text(path: Path, *pages: str) -> str:
    # In reading order (no -layout): the two funnels' columns are not interleaved.
    # NFKC: the "ff" of "handoff" is drawn as one ligature.
    return unicodedata.normalize("NFKC", subprocess.run(
        ["pdftotext", *pages, str(path), "-"], capture_output=True, text=True,
        check=True).stdout)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_report_pdf_starts_with_the_pictures_in_vector(tmp_path, qapp, english) -> None:
    from slaworkshop.demo import demo_agreement
    from ui.tracking.report_pdf import write_report_pdf

    out = tmp_path / "march.pdf"
    write_report_pdf(monthly_report(demo_agreement(), MEETING_ACTUALS, "2027-03"), out)
    funnel = " ".join(pdf_text(out, "-f", "1", "-l", "1").split())
    assert "Sales & Marketing SLA 2027: the month at a glance, March 2027" in funnel
    for words in ("This month", "Year to date", "14 of 18 · 78 %", "44 of 58 · 76 %",
                  "↓ 38 % (agreed 50 %)", "↓ 37 % (agreed 50 %)", "◀ Leak: Marketing → Sales",
                  "MQL → SQL at 38 % against 50 %: the handoff from Marketing's MQL to Sales' "
                  "SQL; 14 SQL short year to date.",
                  "Proposals 30 % under: SQL were 22 % under target (Sales)"):
        assert words in funnel
    marketing = " ".join(pdf_text(out, "-f", "2", "-l", "2").split())
    assert "Marketing: the KPIs of March 2027" in marketing
    assert "Year to date: 119 of 116" in marketing
    sales = " ".join(pdf_text(out, "-f", "3", "-l", "3").split())
    assert "Sales: the KPIs of March 2027" in sales
    assert "Year to date: average 25.3 h against 24 h" in sales
    assert "Year end: out of reach (target 100 %)" in sales
    # The tables follow as the appendix, one party a page.
    appendix = pdf_text(out, "-f", "4")
    assert "Monthly report, March 2027" in appendix and "Missed, and why" in appendix
    # Drawn, not pasted: the pages hold no images.
    if shutil.which("pdfimages"):
        listing = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True,
                                 text=True, check=True).stdout.splitlines()
        assert listing[2:] == []


def test_screenshot_view_shows_a_meeting_slide(qtbot, session) -> None:
    from ui.window.app import _screenshot_widget
    from ui.window.main_window import MainWindow

    window = MainWindow(session, None)
    qtbot.addWidget(window)
    meeting = _screenshot_widget(window, "meeting-4")
    qtbot.addWidget(meeting)
    assert isinstance(meeting, MeetingWindow)
    assert meeting.current_slide() == 3
    assert meeting.slide_title.text() == "Sales: the KPIs of March 2027"
    first = _screenshot_widget(window, "meeting")
    qtbot.addWidget(first)
    assert first.current_slide() == 0


def test_dashboard_tab_switches_scope_and_month_in_place(qtbot, session) -> None:
    from ui.tracking.dashboard_view import DashboardView

    view = shown(qtbot, DashboardView(session), 1280, 720)
    assert view.current_month() == "2027-03"
    bars = view.funnel.target_bars
    assert view.funnel.value_texts()[3] == "14 of 18 · 78 %"
    assert view.leak_label.text().startswith("MQL → SQL at 38 % against 50 %")
    qtbot.mouseClick(view.ytd_button, Qt.MouseButton.LeftButton)
    assert view.scope == "ytd" and view.funnel.target_bars is bars
    assert view.funnel.value_texts()[3] == "44 of 58 · 76 %"
    assert view.leak_label.text().startswith("MQL → SQL at 37 % against 50 %")
    view.set_month("2027-01")
    assert view.funnel.value_texts()[3] == "16 of 20 · 80 %"  # January is its own year to date
    assert view.board.tiles["SQL"].texts()["month"] == "This month: 16 against 20"
    with qtbot.waitSignal(view.meetingRequested):
        qtbot.mouseClick(view.meeting_button, Qt.MouseButton.LeftButton)
    session.select(None)
    assert view.funnel.message() == "Select an agreement to see its dashboard."
    assert not view.meeting_button.isEnabled()


def test_a_party_with_many_kpis_gets_more_pages_of_tiles(qapp, english) -> None:
    from decimal import Decimal

    from slaworkshop.demo import demo_agreement
    from slaworkshop.model import Kpi, KpiKind
    from ui.tracking.report_pictures import TILES_PER_PAGE, report_pictures

    agreement = demo_agreement()
    report = monthly_report(agreement, MEETING_ACTUALS, "2027-03")
    # The funnels, Marketing's 6 tiles, Sales' 8.
    assert len(report_pictures(report, QLocale())) == 3
    agreement.custom_kpis += [Kpi(f"Check {n}", KpiKind.CUSTOM, "Sales",
                                  targets=[Decimal(1)] * 12) for n in range(4)]
    report = monthly_report(agreement, MEETING_ACTUALS, "2027-03")
    assert TILES_PER_PAGE == 9
    # Sales' 12 tiles: 9 on one page, 3 on the next.
    assert len(report_pictures(report, QLocale())) == 4
