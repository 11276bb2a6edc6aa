"""Segments, team capacity and budget in the app: the editors change the plan live, the
funnel, the tables, the summary line and presenter mode show the new figures, undo restores
them, and bad input is refused under the field with nothing written."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from slaworkshop.demo import demo_agreement
from slaworkshop.model import Agreement, FixedCost
from slaworkshop.plan import round_half_away
from slaworkshop.store import Store
from ui.models.budget_model import ALL_IN, AMOUNT, UNIT_COST
from ui.models.capacity_model import COST, PEAK, PER_PERSON
from ui.models.capacity_model import STAGE as CAPACITY_STAGE
from ui.models.depth_base import INHERITED
from ui.models.segments_model import DEAL, SHARE, WON
from ui.plan.presenter import PresenterWindow
from ui.session import AgreementSession
from ui.window.main_window import MainWindow
from ui.window.settings import Settings

pytestmark = pytest.mark.usefixtures("english")
EDIT = Qt.ItemDataRole.EditRole


def depth_agreement() -> Agreement:
    """The demo with SMB inbound (60 %) and enterprise outbound (40 %, 60,000 a deal, 20 % from
    MQL), an SDR on SQL and an AE on proposals, a cost per lead and a CRM."""
    agreement = demo_agreement("en")
    agreement.add_segment("SMB inbound")
    agreement.add_segment("Enterprise outbound")
    agreement.set_segment_shares([Decimal("0.6"), Decimal("0.4")])
    agreement.set_segment_deal_value(1, Decimal(60000))
    agreement.set_segment_rate(1, "MQL", Decimal("0.2"))
    agreement.add_capacity_line("SDR", "SQL", Decimal(60), Decimal(4500))
    agreement.add_capacity_line("AE", "Proposals", Decimal(12), Decimal(7500))
    agreement.set_stage_cost("Leads", Decimal(40))
    agreement.fixed_costs.append(FixedCost("CRM", Decimal(1200)))
    agreement.gross_margin = Decimal("0.7")
    return agreement


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "depth.slaw"
    with Store.open(path) as store:
        store.create(depth_agreement())
    return path


@pytest.fixture
def window(db: Path, qtbot: object) -> Iterator[MainWindow]:
    store = Store.open(db)
    session = AgreementSession(store)
    session.select(store.list_agreements()[0].id)
    result = MainWindow(session, Settings(), extensions=())
    result.resize(1280, 720)
    qtbot.addWidget(result)  # type: ignore[attr-defined]
    result.show()
    qtbot.waitExposed(result)  # type: ignore[attr-defined]
    yield result
    result.close()
    store.close()


def stored(db: Path) -> Agreement:
    # The edit is written in the event-loop turn that painted it: let that turn finish.
    QCoreApplication.processEvents()
    with Store.open(db, read_only=True) as other:
        return other.load(other.list_agreements()[0].id)


def part_ratios(window: MainWindow) -> list[float]:
    """Each stage's first (SMB) part as a share of its whole bar, measured in the scene."""
    chart = window.funnel_chart
    rows = chart.segment_parts()  # type: ignore[union-attr]
    return [row[0].width() / sum(rect.width() for rect in row) for row in rows]


def cell(model: object, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return model.data(model.index(row, column), role)  # type: ignore[attr-defined]


def error_under(table_error: QLabel) -> str:
    return table_error.text() if table_error.isVisible() else ""


def test_segment_share_column_waits_for_100_then_chart_tables_and_undo(window, db):
    editor = window._editor("segments")
    window.show_tab_of(window._editor_tabs["segments"])
    model = editor.model
    # Hand-checked: 1,200,000 × 60 % marketing × 60 % / 24,000 = 18; × 40 % / 60,000 = 4.8 → 5.
    assert [cell(model, r, WON) for r in range(2)] == ["18", "5"]
    assert cell(model, 1, DEAL) == "60000"
    assert cell(model, 0, DEAL) == "24000"
    assert cell(model, 0, DEAL, Qt.ItemDataRole.ForegroundRole) == INHERITED
    window.tabs.setCurrentIndex(0)
    before = part_ratios(window)
    assert before[-1] == pytest.approx(18 / 23, abs=1e-6)

    # 50 % alone sums to 90 %: shown, the remainder said, nothing written or planned.
    assert model.setData(model.index(0, SHARE), "50", EDIT)
    assert cell(model, 0, SHARE) == "50"
    assert "10 % left to assign" in editor.remainder.text()
    assert stored(db).segments[0].share == Decimal("0.6")
    assert window.session.undo_stack.count() == 0
    assert part_ratios(window) == before

    # The second share makes 100 %: one edit, in the file, the plan follows.
    assert model.setData(model.index(1, SHARE), "50", EDIT)
    assert "add up to 100 %" in editor.remainder.text()
    assert [s.share for s in stored(db).segments] == [Decimal("0.5"), Decimal("0.5")]
    assert window.session.undo_stack.count() == 1
    # 1,200,000 × 60 % × 50 % / 24,000 = 15; / 60,000 = 6.
    assert [cell(model, r, WON) for r in range(2)] == ["15", "6"]
    after = part_ratios(window)
    assert after[-1] == pytest.approx(15 / 21, abs=1e-6)
    plan = window.session.plan
    for ratio, stage, smb in zip(after, plan.stages, plan.segments[0].stages, strict=True):
        assert ratio == pytest.approx(smb.annual / stage.annual, abs=1e-6)

    window.undo_action.trigger()
    assert [s.share for s in stored(db).segments] == [Decimal("0.6"), Decimal("0.4")]
    assert [cell(model, r, WON) for r in range(2)] == ["18", "5"]
    assert part_ratios(window) == pytest.approx(before)


def test_give_the_rest_and_a_bad_share_is_refused_under_the_table(window, db):
    editor = window._editor("segments")
    model = editor.model
    model.setData(model.index(0, SHARE), "30", EDIT)
    assert "30 % left to assign" in editor.remainder.text()
    assert model.give_remainder(1)
    assert [s.share for s in stored(db).segments] == [Decimal("0.3"), Decimal("0.7")]
    # 0 % beside 70 % sums to 70 %: kept here; 100 % then makes the sum right, and the core
    # refuses the empty segment.
    model.setData(model.index(0, SHARE), "0", EDIT)
    assert not model.setData(model.index(1, SHARE), "100", EDIT)
    assert "segment “SMB inbound” share" in editor.error.text()
    assert [s.share for s in stored(db).segments] == [Decimal("0.3"), Decimal("0.7")]
    assert not model.setData(model.index(0, DEAL), "-5", EDIT)
    assert "deal value" in editor.error.text()
    assert stored(db).segments[0].deal_value is None


def test_rate_grid_greys_the_agreements_rate_and_overrides_follow(window, db):
    editor = window._editor("segments")
    rates = editor.rates_model
    mql = 1 + [s.name for s in window.session.agreement.stages].index("MQL")
    assert rates.headerData(mql, Qt.Orientation.Horizontal) == "MQL"
    assert cell(rates, 0, mql) == "50"
    assert cell(rates, 0, mql, Qt.ItemDataRole.ForegroundRole) == INHERITED
    assert cell(rates, 1, mql) == "20"
    assert cell(rates, 1, mql, Qt.ItemDataRole.ForegroundRole) is None
    assert rates.setData(rates.index(0, mql), "25", EDIT)
    assert stored(db).segments[0].rates == {"MQL": Decimal("0.25")}
    assert cell(rates, 0, mql, Qt.ItemDataRole.ForegroundRole) is None
    assert rates.setData(rates.index(0, mql), "", EDIT)
    assert stored(db).segments[0].rates == {}
    assert not rates.setData(rates.index(0, mql), "140", EDIT)
    assert editor.rates_error.text()
    assert stored(db).segments[0].rates == {}


def test_capacity_change_reads_in_the_team_table_summary_and_presenter(window, db, qtbot):
    editor = window._editor("capacity")
    model = editor.model
    presenter = PresenterWindow(window.session)
    qtbot.addWidget(presenter)
    window.chart_tabs.setCurrentWidget(window._team_tab)
    table = window.team_budget
    plan = window.session.plan
    assert table.shown(0, 0) == "SDR (SQL)"
    months = len(plan.months)
    assert [table.shown(0, c) for c in range(1, months + 1)] == [
        str(n) for n in plan.capacity[0].monthly]
    assert ("People at the peak", str(plan.peak_headcount)) in presenter.tile_texts()

    assert model.setData(model.index(0, PER_PERSON), "5", EDIT)
    assert stored(db).capacity[0].per_person == Decimal(5)
    plan = window.session.plan
    sql = plan.stages[3]
    # Hand rule: ⌈SQL in month / 5⌉, each month.
    expected = [-(-n // 5) for n in sql.monthly]
    assert list(plan.capacity[0].monthly) == expected
    assert [table.shown(0, c) for c in range(1, months + 1)] == [str(n) for n in expected]
    assert table.shown(0, months + 1) == str(max(expected))
    assert cell(model, 0, PEAK) == str(max(expected))
    peak = str(plan.peak_headcount)
    assert f"People at the peak: {peak}" in window.plan_summary.text()
    assert ("People at the peak", peak) in presenter.tile_texts()

    window.undo_action.trigger()
    assert stored(db).capacity[0].per_person == Decimal(60)
    plan = window.session.plan
    assert [table.shown(0, c) for c in range(1, months + 1)] == [
        str(n) for n in plan.capacity[0].monthly]
    assert ("People at the peak", str(plan.peak_headcount)) in presenter.tile_texts()
    presenter.close()


def test_capacity_refusals_name_the_field_and_write_nothing(window, db):
    editor = window._editor("capacity")
    model = editor.model
    assert not model.setData(model.index(0, PER_PERSON), "0", EDIT)
    assert "capacity “SDR” units per person" in editor.error.text()
    assert not model.setData(model.index(0, CAPACITY_STAGE), "Nope", EDIT)
    assert "“Nope” is not a stage" in editor.error.text()
    assert not model.setData(model.index(0, COST), "-1", EDIT)
    assert stored(db).capacity == depth_agreement().capacity
    # Blank: this role leaves the budget.
    assert model.setData(model.index(0, COST), "", EDIT)
    assert stored(db).capacity[0].cost_per_person is None
    assert not editor.error.isVisible()


def test_cost_change_reads_in_budget_row_summary_and_presenter(window, db, qtbot):
    editor = window._editor("budget")
    costs = editor.costs_model
    presenter = PresenterWindow(window.session)
    qtbot.addWidget(presenter)
    window.chart_tabs.setCurrentWidget(window._team_tab)
    table = window.team_budget
    budget_row = next(r for r in range(table.model_.rowCount()) if table.shown(r, 0) == "Budget")
    old_annual = window.session.plan.budget.annual
    leads = [s.name for s in window.session.agreement.stages].index("Leads")
    assert cell(costs, leads, UNIT_COST) == "40"

    assert costs.setData(costs.index(leads, UNIT_COST), "50", EDIT)
    assert stored(db).stage_costs == {"Leads": Decimal(50)}
    plan = window.session.plan
    leads_plan = plan.stages[leads]
    # Hand rule: each month's leads × 10 more.
    assert plan.budget.annual - old_annual == 10 * leads_plan.in_period
    annual = f"€{round(plan.budget.annual):,}"
    months = len(plan.months)
    assert table.shown(budget_row, months + 1) == annual
    assert table.shown(budget_row, 1) == f"€{round(plan.budget.monthly[0]):,}"
    assert f"budget {annual}" in window.plan_summary.text()
    assert f"CAC €{round(plan.budget.cac):,}" in window.plan_summary.text()
    assert ("Budget", annual) in presenter.tile_texts()
    # What a lead costs once the whole budget is spread over the leads, to 4 decimals.
    per_lead = round_half_away(plan.budget.annual / leads_plan.in_period, 4)
    assert cell(costs, leads, ALL_IN) == f"€{per_lead:,}"

    window.undo_action.trigger()
    assert stored(db).stage_costs == {"Leads": Decimal(40)}
    assert ("Budget", f"€{round(old_annual):,}") in presenter.tile_texts()
    presenter.close()


def test_budget_refusals_under_the_field(window, db, qtbot):
    editor = window._editor("budget")
    assert not editor.costs_model.setData(editor.costs_model.index(1, UNIT_COST), "-3", EDIT)
    assert "cost per unit of “Leads”" in editor.costs_error.text()
    assert not editor.fixed_model.setData(editor.fixed_model.index(0, AMOUNT), "-1", EDIT)
    assert "fixed cost “CRM” amount" in editor.fixed_error.text()
    window.show_tab_of(window._editor_tabs["budget"])
    editor.margin.setFocus()
    editor.margin.selectAll()
    qtbot.keyClicks(editor.margin, "140")
    errors = [label.text() for label in editor.findChildren(QLabel)
              if label.objectName() == "errorLabel" and label.isVisible()]
    assert any("from 0 to 1" in text for text in errors)
    assert stored(db).stage_costs == {"Leads": Decimal(40)}
    assert stored(db).fixed_costs[0].amount == Decimal(1200)
    # Live: "1" and "14" were taken as typed; "140" is not.
    assert stored(db).gross_margin == Decimal("0.14")


def test_presenter_share_and_cost_spins_are_undoable_edits(window, db, qtbot):
    presenter = PresenterWindow(window.session)
    qtbot.addWidget(presenter)
    assert len(presenter.share_spins) == 1
    assert presenter.share_spins[0].value() == 60
    presenter.share_spins[0].setValue(75)
    # The last segment takes the rest.
    assert [s.share for s in stored(db).segments] == [Decimal("0.75"), Decimal("0.25")]
    # 1,200,000 × 60 % × 75 % / 24,000 = 22.5 → 23; × 25 % / 60,000 = 3.
    assert ("New customers", "26") in presenter.tile_texts()
    assert len(presenter.cost_spins) == 1
    presenter.cost_spins[0].setValue(45)
    assert stored(db).stage_costs == {"Leads": Decimal(45)}
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert [s.share for s in stored(db).segments] == [Decimal("0.6"), Decimal("0.4")]
    assert stored(db).stage_costs == {"Leads": Decimal(40)}
    assert presenter.share_spins[0].value() == 60
    assert presenter.cost_spins[0].value() == 40
    presenter.close()


def test_funnel_switches_to_one_segment_and_back(window):
    chart = window.funnel_chart
    assert "SMB inbound" in chart.legend_text() and "Enterprise outbound" in chart.legend_text()
    plan = window.session.plan
    chart.set_segment("Enterprise outbound")
    labels = chart.bar_labels()
    enterprise = plan.segment("Enterprise outbound")
    assert [label.split("\n")[-1] for label in labels] == [
        f"{s.annual:,}" for s in enterprise.stages]
    assert chart.segment_parts() == []
    assert "SMB inbound" not in chart.legend_text()
    chart.set_segment("")
    assert [label.split("\n")[-1] for label in chart.bar_labels()] == [
        f"{s.annual:,}" for s in plan.stages]
    assert len(chart.segment_parts()[0]) == 2


def test_what_if_counts_per_segment_follow_a_rate_change(window):
    window.chart_tabs.setCurrentWidget(window._what_if_tab)
    panel = window.what_if
    panel.set_volume("10000")
    rows = panel.texts()
    assert rows[0] == ["Stage", "Expected", "SMB inbound", "Enterprise outbound", "Plan"]
    result = panel.result
    assert rows[1][:2] == ["Visits", "10,000.0"]
    assert rows[-1][1] == f"{result.total.won:,}"
    assert float(rows[-1][2].replace(",", "")) + float(rows[-1][3].replace(",", "")) == \
        pytest.approx(float(result.total.won), abs=0.11)
    assert "short of the objective" in panel.outcome.text()
    old_won = result.total.won
    # A better rate in the Stages editor: the what-if follows at once.
    stages = window.stages_editor.model
    stages.setData(stages.index(0, 1), "4", EDIT)
    assert panel.result.total.won > old_won
    panel.set_volume("-5")
    assert "what-if volume" in panel.error.text()
    assert panel.texts() == []


def test_lagged_stage_needs_nobody_in_its_last_months_and_the_screen_says_so(window):
    window.chart_tabs.setCurrentWidget(window._team_tab)
    table = window.team_budget
    plan = window.session.plan
    months = len(plan.months)
    # SQL → Proposals → Customers lag 1 + 1 month: the SQL of the last 2 months serve next
    # period's closes, so no SDR is needed then.
    assert [table.shown(0, c) for c in (months - 1, months)] == ["0", "0"]
    assert "SDR, AE: no one is needed in the last months" in table.note.text()
    assert table.note.isVisibleTo(table)


def test_signed_revision_shows_segments_team_and_budget_read_only(qtbot, tmp_path):
    from slaworkshop.model import Signature

    store = Store.open(tmp_path / "signed.slaw")
    agreement_id = store.create(depth_agreement())
    for party in ("Marketing", "Sales"):
        store.sign(agreement_id, Signature(party=party, signer="X", signed_on="2027-01-05"))
    session = AgreementSession(store)
    session.select(agreement_id)
    window = MainWindow(session, Settings(), extensions=())
    qtbot.addWidget(window)
    segments = window._editor("segments")
    assert not segments.model.flags(segments.model.index(0, SHARE)) & Qt.ItemFlag.ItemIsEditable
    assert not segments.add.isEnabled()
    assert not window._editor("capacity").add.isEnabled()
    assert not window._editor("budget").margin.isEnabled()
    assert "People at the peak" in window.plan_summary.text()
    presenter = PresenterWindow(session)
    qtbot.addWidget(presenter)
    assert not presenter.share_spins[0].isEnabled()
    assert not presenter.cost_spins[0].isEnabled()
    presenter.close()
    window.close()
    store.close()
