"""The tracking grid, its chart, the report view and the tracking extension, on a fixture."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QTabWidget

from slaworkshop.model import Signature, Status
from slaworkshop.store import Store
from slaworkshop.tracking import track
from tests.test_tracking import FIXTURE_ACTUALS, fixture_agreement
from ui.models.tracking_grid import (
    ACTUAL,
    ATTAINMENT,
    TARGET,
    StatusRole,
    TrackingGridModel,
)
from ui.session import AgreementSession


@pytest.fixture
def session(tmp_path: Path, qapp, english):
    store = Store.open(tmp_path / "w.slaw")
    agreement_id = store.create(fixture_agreement())
    store.apply_actuals(agreement_id, {(k, m): v for k, months in FIXTURE_ACTUALS.items()
                                       for m, v in months.items()})
    session = AgreementSession(store)
    session.select(agreement_id)
    yield session
    store.close()


def shown(qtbot, view, width: int, height: int):
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view


def cell(model: TrackingGridModel, kpi: str, measure: int, column: int,
         role: int = Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(model.row_of(kpi, measure), column), role)


def test_grid_model_passes_qtmodeltester(qtmodeltester, english) -> None:
    model = TrackingGridModel()
    qtmodeltester.check(model)
    model.set_tracking(track(fixture_agreement(), FIXTURE_ACTUALS, "2027-03"))
    qtmodeltester.check(model)
    model.set_tracking(None)
    qtmodeltester.check(model)


def test_grid_shows_numbers_and_traffic_lights(english) -> None:
    model = TrackingGridModel()
    model.set_tracking(track(fixture_agreement(), FIXTURE_ACTUALS, "2027-03"))
    assert model.rowCount() == 7 * 3
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["KPI", "", "Jan 27", "Feb 27", "Mar 27", "Apr 27", "Year to date",
                       "Projected", "Year target", "Run rate needed"]
    jan, feb, mar, apr = (model.column_of_month(m) for m in
                          ("2027-01", "2027-02", "2027-03", "2027-04"))
    assert [cell(model, "Leads", TARGET, c) for c in (jan, feb, mar, apr)] == \
        ["24", "12", "12", "0"]
    assert [cell(model, "Leads", ACTUAL, c) for c in (jan, feb, mar, apr)] == \
        ["20", "12", "15", ""]
    assert [cell(model, "Leads", ATTAINMENT, c) for c in (jan, feb, mar)] == \
        ["83 %", "100 %", "125 %"]
    assert [cell(model, "Leads", ACTUAL, c, StatusRole) for c in (jan, feb, mar)] == \
        ["red", "green", "green"]
    assert cell(model, "Leads", ACTUAL, jan, Qt.ItemDataRole.BackgroundRole) == \
        QColor("#FFC7CE")
    assert cell(model, "Leads", ACTUAL, mar, Qt.ItemDataRole.BackgroundRole) == \
        QColor("#C6EFCE")
    ytd = model.trailing_column("ytd")
    assert [cell(model, "Leads", m, ytd) for m in (TARGET, ACTUAL, ATTAINMENT)] == \
        ["48", "47", "98 %"]
    assert cell(model, "Leads", ACTUAL, ytd, StatusRole) == "amber"
    assert cell(model, "SQL", ACTUAL, model.trailing_column("projected")) == "21.3"
    assert cell(model, "SQL", TARGET, model.trailing_column("run_rate")) == "8"
    assert cell(model, "SQL", ACTUAL, feb) == "no data"
    assert cell(model, "SQL", ACTUAL, feb, StatusRole) == "no data"
    # Conversions against the agreed rate.
    assert cell(model, "Leads → SQL", TARGET, mar) == "50 %"
    assert cell(model, "Leads → SQL", ACTUAL, mar) == "40 %"
    assert cell(model, "Leads → SQL", ACTUAL, ytd) == "45.7 %"
    # Lower is better: 20 h against 24 h is green, 30 h is red.
    assert cell(model, "Hours to first contact", ACTUAL, jan) == "20 h"
    assert cell(model, "Hours to first contact", ATTAINMENT, jan) == "120 %"
    assert cell(model, "Hours to first contact", ACTUAL, feb, StatusRole) == "red"
    assert cell(model, "Demos", TARGET, jan) == "no target"
    assert cell(model, "Demos", ATTAINMENT, jan) == "n/a"


def test_tracking_view_grid_and_chart(qtbot, session) -> None:
    from ui.tracking.tracking_view import TrackingView

    view = shown(qtbot, TrackingView(session), 1300, 760)
    assert view.current_month() == "2027-03"  # the last month with actuals
    model = view.model
    assert cell(model, "Customers", ACTUAL, model.column_of_month("2027-03")) == "2"
    assert view.chart.kpi_name == "Leads"
    assert list(view.chart.actual_bars.opts["height"]) == [20.0, 12.0, 15.0]
    _xs, ys = view.chart.cumulative_actual.getData()
    assert list(ys) == [20.0, 32.0, 47.0]
    assert view.chart.year_line.value() == 48.0
    view.table.setCurrentIndex(model.index(model.row_of("Hours to first contact", TARGET), 0))
    assert view.chart.kpi_name == "Hours to first contact"
    _xs, ys = view.chart.cumulative_actual.getData()
    assert list(ys) == [20.0, 25.0, 25.0]  # running average; March not reported
    view.set_month("2027-01")
    assert cell(model, "Leads", ACTUAL, model.trailing_column("ytd")) == "20"
    assert view.chart.kpi_name == "Hours to first contact"
    # New actuals written to the file show after the session reloads.
    assert session.agreement is not None
    session.store.apply_actuals(session.agreement.id, {("Leads", "2027-01"): Decimal(30)})
    session.reload()
    assert cell(model, "Leads", ACTUAL, model.column_of_month("2027-01")) == "30"
    assert cell(model, "Leads", ACTUAL, model.column_of_month("2027-01"), StatusRole) == "green"


def test_report_view_shows_sections_and_exports(qtbot, session, tmp_path, monkeypatch) -> None:
    from ui.tracking.report_view import LARGE_PT, ReportView

    shown: list[str] = []
    view = ReportView(session, status=shown.append)
    qtbot.addWidget(view)
    assert view.current_month() == "2027-03"
    text = view.browser.toPlainText()
    assert "Monthly report, March 2027" in text
    assert "Met or beat the target" in text and "Leads: 15 against a target of 12 (125 %)" in text
    assert ("Customers 33 % under: SQL were on plan (Sales); the SQL → Customers rate is 33 % "
            "under the agreed rate (Sales).") in text
    assert "No data this month: Hours to first contact" in text
    view.set_large(True)
    assert view.font_pt == LARGE_PT and "font-size:20" in view.browser.toHtml().replace(" ", "")
    out = tmp_path / "meeting.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    with qtbot.waitSignal(view.exported):
        view.xlsx_button.click()
    from openpyxl import load_workbook

    rows = {r[1]: r for r in load_workbook(out)["Report"].iter_rows(min_row=4, values_only=True)}
    assert rows["Customers"][3:7] == (3, 2, pytest.approx(0.6667), "red")
    assert shown == [f"Report saved to {out}"]


def fake_window(session: AgreementSession) -> QMainWindow:
    window = QMainWindow()
    window.session = session
    window.menus = {key: QMenu(key, window) for key in ("file", "edit", "agreement", "view",
                                                        "help")}
    window.tabs = QTabWidget(window)
    window.setCentralWidget(window.tabs)
    window.drop_handlers = []
    window.messages = []
    window.show_status = window.messages.append
    return window


def test_extension_adds_tabs_and_revises_with_rebenchmarked_rates(qtbot, session,
                                                                   monkeypatch) -> None:
    from ui.tracking import actions as tracking_actions
    from ui.tracking.rebenchmark_dialog import RebenchmarkDialog

    window = fake_window(session)
    qtbot.addWidget(window)
    tracking_actions.install(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Tracking", "Monthly report", "Dashboard"]
    extension = window.tracking_extension
    assert not extension.revise_action.isEnabled()  # a draft is edited, not revised
    store = session.store
    old_id = session.current_id
    equal = store.load(old_id)
    equal.seasonality = []  # so that April, the month left, has a weight
    store.save(equal)
    store.sign(old_id, Signature("Marketing", "Laura"))
    store.sign(old_id, Signature("Sales", "Daniel"))
    session.reload()
    assert extension.revise_action.isEnabled()

    seen: dict[str, object] = {}

    def accept(dialog: RebenchmarkDialog) -> int:
        seen["through"] = dialog.through()
        seen["rows"] = [[dialog.table.item(r, c).text() for c in range(dialog.COLUMNS)]
                        for r in range(dialog.table.rowCount())]
        dialog.accept()
        return 1

    monkeypatch.setattr(RebenchmarkDialog, "exec", accept)
    extension.revise_action.trigger()
    assert seen["through"] == "2027-03"
    # Leads → SQL measured 16/35 = 45.71 %; SQL → Customers 7/16 = 43.75 %. The last month
    # remains; revenue 12 000 − 10 × 1 000 = 2 000 → 2 customers, ⌈2/0.4375⌉ = 5 SQL,
    # ⌈5/0.4571⌉ = 11 leads; the old plan had 12 / 6 / 3 left for April.
    assert seen["rows"] == [["Leads", "50 %", "45.71 %", "12", "11", "0"],
                            ["SQL", "50 %", "43.75 %", "6", "5", "0"],
                            ["Customers", "", "", "3", "2", "0"]]
    new = session.agreement
    assert new is not None and new.id != old_id and new.status is Status.DRAFT
    assert new.revision == 2 and new.start == "2027-04"
    assert store.load(old_id).status is Status.SIGNED
    assert window.messages == ["Revision 2 created as a draft."]


def test_present_action_switches_to_the_report_in_large_type(qtbot, session) -> None:
    from ui.tracking import actions as tracking_actions
    from ui.tracking.report_view import LARGE_PT

    window = fake_window(session)
    qtbot.addWidget(window)
    tracking_actions.install(window)
    extension = window.tracking_extension
    extension.present_action.setChecked(True)
    assert not extension.tracking_tab.built  # nobody opened the tracking tab
    assert window.tabs.currentWidget() is extension.report_tab
    assert extension.report_tab.built
    html = extension.report_view.browser.toHtml().replace(" ", "")
    assert f"font-size:{LARGE_PT:g}" in html


def test_rebenchmark_dialog_explains_a_revision_it_cannot_make(qtbot, session) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.tracking.rebenchmark_dialog import RebenchmarkDialog

    # The fixture's seasonality gives April, the only month left after March, a weight of 0.
    dialog = RebenchmarkDialog(session.store, session.agreement)
    qtbot.addWidget(dialog)
    assert [dialog.month_box.itemData(i) for i in range(dialog.month_box.count())] == \
        ["2027-01", "2027-02", "2027-03"]
    assert dialog.through() == "2027-03"
    assert "at least one month needs a weight above 0" in dialog.summary.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.table.rowCount() == 0
    dialog.month_box.setCurrentIndex(0)  # through January: February to April remain
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.table.item(0, 2).text() == "50 %"  # January: 10 SQL of 20 leads
    assert dialog.proposal is not None and dialog.proposal.revised.months == 3


def test_hidden_tracking_view_recomputes_only_when_shown(qtbot, session) -> None:
    from ui.tracking.tracking_view import TrackingView

    view = TrackingView(session)
    qtbot.addWidget(view)
    assert view.model.tracking is None  # nothing computed while never shown
    view.show()
    qtbot.waitExposed(view)
    first = view.model.tracking
    assert first is not None
    view.hide()
    assert session.agreement is not None
    session.store.apply_actuals(session.agreement.id, {("Leads", "2027-01"): Decimal(31)})
    session.reload()
    assert view.model.tracking is first  # hidden: only marked stale
    view.show()
    qtbot.waitExposed(view)
    assert view.model.tracking is not first
    assert cell(view.model, "Leads", ACTUAL, view.model.column_of_month("2027-01")) == "31"


def test_money_kpis_read_as_money_in_the_agreements_currency(english) -> None:
    from slaworkshop.model import Direction, Kpi, KpiKind, Unit

    agreement = fixture_agreement()
    agreement.currency = "EUR"
    agreement.custom_kpis.append(
        Kpi("Pipeline value", KpiKind.CUSTOM, "Sales", Unit.CURRENCY, Direction.HIGHER,
            [Decimal(25000)] * 4))
    actuals = dict(FIXTURE_ACTUALS, **{"Pipeline value": {"2027-01": Decimal("31250.5"),
                                                          "2027-02": Decimal(18000)}})
    model = TrackingGridModel()
    model.set_tracking(track(agreement, actuals, "2027-02"))
    jan, feb = model.column_of_month("2027-01"), model.column_of_month("2027-02")
    assert cell(model, "Pipeline value", TARGET, jan) == "€25,000"
    assert cell(model, "Pipeline value", ACTUAL, jan) == "€31,250.50"
    assert cell(model, "Pipeline value", ACTUAL, feb) == "€18,000"
    assert cell(model, "Pipeline value", ACTUAL, model.trailing_column("ytd")) == "€49,250.50"
    # Counts stay plain numbers.
    assert cell(model, "Demos", ACTUAL, feb) == "5"


@pytest.mark.parametrize("height", [130, 260])
def test_chart_legends_stay_above_the_data(qtbot, session, height) -> None:
    from PySide6.QtCore import QPointF

    from ui.tracking.tracking_view import TrackingView

    view = shown(qtbot, TrackingView(session), 1300, 760)
    chart = view.chart
    chart.setFixedHeight(height)
    qtbot.waitUntil(lambda: chart.height() == height)
    for plot in (chart.monthly_plot, chart.cumulative_plot):
        box = plot.getViewBox()
        legend = plot.getPlotItem().legend
        top = chart._tops[id(plot)]
        assert top > 0
        data_top = box.mapViewToScene(QPointF(0, top)).y()
        assert legend.sceneBoundingRect().bottom() <= data_top, (height, plot)


def test_report_tables_leave_out_columns_rather_than_break_headings(qtbot, session) -> None:
    from ui.tracking.report_view import ReportView, _a_heading_is_broken

    view = shown(qtbot, ReportView(session), 1900, 700)

    def headings() -> str:
        return view.browser.toPlainText()

    assert not view.compact and not view.compact_note.isVisible()
    assert "YTD target" in headings() and "Status" in headings()
    assert not _a_heading_is_broken(view.browser.document())
    view.resize(640, 700)  # narrower: switches at once
    qtbot.waitUntil(lambda: view.compact)
    assert view.compact_note.isVisible()
    assert "YTD target" not in headings() and "Status" not in headings()
    assert "Attainment" in headings() and "Run rate needed" in headings()
    assert not _a_heading_is_broken(view.browser.document())
    view.resize(1900, 700)  # wider again: the full tables once the resizing stops
    qtbot.waitUntil(lambda: not view.compact)
    assert "YTD target" in headings() and not view.compact_note.isVisible()


def test_report_view_reads_and_computes_once_per_change(qtbot, session, monkeypatch) -> None:
    import ui.tracking.report_view as report_view_module
    from ui.tracking.report_view import ReportView

    view = shown(qtbot, ReportView(session), 1300, 760)
    reads: list[int] = []
    reports: list[str] = []
    store_actuals = session.store.actuals
    monkeypatch.setattr(session.store, "actuals", lambda i: reads.append(i) or store_actuals(i))
    real_report = report_view_module.monthly_report
    monkeypatch.setattr(report_view_module, "monthly_report",
                        lambda a, actuals, month: reports.append(month)
                        or real_report(a, actuals, month))
    session.select(session.current_id)  # another agreement chosen (here: the same again)
    assert (len(reads), reports) == (1, ["2027-03"])
    view.set_month("2027-01")  # a month picked: nothing read again
    assert (len(reads), reports) == (1, ["2027-03", "2027-01"])
    assert "January 2027" in view.browser.toPlainText()


def test_grid_says_out_of_reach_and_target_met(english) -> None:
    from slaworkshop.demo import demo_agreement

    agreement = demo_agreement("en")
    actuals = {"Rejected leads with a reason": {m: Decimal(80) for m in
                                                ("2027-01", "2027-02", "2027-03")},
               "Leads": {"2027-01": Decimal(100_000)}}
    model = TrackingGridModel()
    model.set_tracking(track(agreement, actuals, "2027-03"))
    run_rate = model.trailing_column("run_rate")
    assert cell(model, "Rejected leads with a reason", TARGET, run_rate) == "out of reach"
    assert cell(model, "Leads", TARGET, run_rate) == "target met"
    assert cell(model, "MQL", TARGET, run_rate) == "36.9"
