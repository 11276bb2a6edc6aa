"""The guided wizard: driven end to end through its widgets, it creates what was entered."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QTableWidgetItem, QWizard

from slaworkshop.model import Direction, KpiKind, Stage, Unit, validate_stages
from slaworkshop.store import Store
from ui.session import AgreementSession
from ui.wizard import AgreementWizard
from ui.wizard.models import KpisModel, PartiesModel, StagesModel
from ui.wizard.segments_page import DEAL, SHARE

TODAY = datetime.date(2026, 11, 27)
EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def session(tmp_path):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    store = Store.open(tmp_path / "w.slaw")
    yield AgreementSession(store)
    store.close()
    QLocale.setDefault(previous)


@pytest.fixture
def wizard(qtbot, session):
    widget = AgreementWizard(session, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def finish(wizard):
    """Through every page with what they hold, then Finish."""
    for _ in range(AgreementWizard.SUMMARY):
        wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()


def set_cell(model, row, column, value):
    assert model.setData(model.index(row, column), value, EDIT)


def test_defaults_let_a_facilitator_click_through(wizard, session):
    assert wizard.currentId() == AgreementWizard.BASICS
    assert wizard.basics_page.title_edit.text() == "Sales & Marketing SLA 2027"
    for _ in range(AgreementWizard.SUMMARY):
        wizard.next()
    assert wizard.currentId() == AgreementWizard.SUMMARY
    assert wizard.summary_page.problems_text() == ""
    wizard.button(QWizard.WizardButton.FinishButton).click()
    agreement = session.store.load(wizard.created_id)
    assert agreement.start == "2027-01"
    assert [s.name for s in agreement.stages] == ["Visits", "Leads", "MQL", "SQL", "Proposals",
                                                  "Customers"]
    assert [p.name for p in agreement.parties] == ["Marketing", "Sales"]
    assert session.current_id == wizard.created_id
    assert session.plan is not None and session.plan.won == 50


def test_wizard_creates_exactly_what_was_entered(qtbot, wizard, session):
    basics = wizard.basics_page
    basics.title_edit.clear()
    qtbot.keyClicks(basics.title_edit, "Growth SLA")
    qtbot.keyClicks(basics.organisation_edit, "Acme")
    parties = basics.parties_model
    set_cell(parties, 0, PartiesModel.REPRESENTATIVE, "Laura")
    set_cell(parties, 1, PartiesModel.NAME, "Revenue team")
    qtbot.mouseClick(basics.add_party_button, Qt.MouseButton.LeftButton)
    set_cell(parties, 2, PartiesModel.NAME, "Customer Service")
    set_cell(parties, 2, PartiesModel.ROLE, "Head of CS")
    wizard.next()

    objective = wizard.objective_page
    assert wizard.currentId() == AgreementWizard.OBJECTIVE
    objective.revenue_spin.setValue(1200000)
    objective.deal_spin.setValue(24000)
    objective.share_spin.setValue(60)
    assert "30 new customers" in objective.won_label.text()
    wizard.next()

    funnel = wizard.funnel_page
    stages = funnel.model
    # The renamed party followed into the stage owners.
    assert [s.owner for s in stages.stages()] == ["Marketing"] * 3 + ["Revenue team"] * 3
    set_cell(stages, 0, StagesModel.RATE, "2.5")
    set_cell(stages, 3, StagesModel.LAG, 1)
    set_cell(stages, 4, StagesModel.LAG, 2)
    set_cell(stages, 2, StagesModel.OWNER, "Revenue team")
    set_cell(stages, 4, StagesModel.NAME, "Quotes")
    assert "Quotes" in funnel.chart.bar_labels()[4]
    wizard.next()

    protocols = wizard.protocols_page
    assert wizard.currentId() == AgreementWizard.PROTOCOLS
    first_contact = next(c for c in protocols.cards if c.suggestion.key == "first_contact")
    first_contact.target_spin.setValue(48)
    assert "within 48 business hours" in first_contact.commitment_edit.toPlainText()
    next(c for c in protocols.cards if c.suggestion.key == "feedback").setChecked(False)
    mql = next(c for c in protocols.cards if c.suggestion.key == "mql")
    mql.param_spin.setValue(75)
    assert "lead score of 75" in mql.trigger_edit.toPlainText()
    wizard.next()

    kpis = wizard.kpis_page.model
    names = [kpis.kpi(row).name for row in range(kpis.rowCount())]
    attempts = names.index("Follow-up attempts per SQL")
    set_cell(kpis, attempts, KpisModel.TARGET, "8")
    assert kpis.data(kpis.index(attempts, KpisModel.AGGREGATION)) == "averaged"
    hours = names.index("Hours to first contact")
    set_cell(kpis, hours, KpisModel.AGGREGATION, "sum")
    assert kpis.data(kpis.index(hours, KpisModel.AGGREGATION)) == "summed"
    set_cell(kpis, names.index("Hours to first contact"), KpisModel.OWNER, "Customer Service")
    wizard.next()

    reporting = wizard.reporting_page
    reporting.cadence_edit.setPlainText("Second Tuesday of every month.")
    reporting.review_combo.setCurrentIndex(reporting.review_combo.findData("2027-09"))
    wizard.next()
    # The optional steps, left as suggested: no segments, no team, no budget.
    assert wizard.currentId() == AgreementWizard.SEGMENTS
    wizard.next()
    wizard.next()
    assert wizard.currentId() == AgreementWizard.SUMMARY
    assert "Growth SLA" in wizard.summary_page.summary.toPlainText()
    assert wizard.summary_page.chart.series()["Customers"] != []
    wizard.button(QWizard.WizardButton.FinishButton).click()

    assert [s.title for s in session.store.list_agreements()] == ["Growth SLA"]
    saved = session.store.load(wizard.created_id)
    assert saved.title == "Growth SLA" and saved.organisation == "Acme"
    assert {k.name: k.months_add_up.value for k in saved.custom_kpis} == {
        "Hours to first contact": "sum", "Follow-up attempts per SQL": "average",
        "Rejected leads with a reason": "average"}
    assert [(p.name, p.representative, p.role) for p in saved.parties] == [
        ("Marketing", "Laura", "Head of Marketing"), ("Revenue team", "", "Sales Director"),
        ("Customer Service", "", "Head of CS")]
    assert (saved.objective.revenue, saved.objective.deal_value,
            saved.objective.marketing_share) == (Decimal(1200000), Decimal(24000),
                                                 Decimal("0.6"))
    assert [(s.name, s.rate, s.owner, s.lag) for s in saved.stages] == [
        ("Visits", Decimal("0.025"), "Marketing", 0),
        ("Leads", Decimal("0.4"), "Marketing", 0),
        ("MQL", Decimal("0.5"), "Revenue team", 0),
        ("SQL", Decimal("0.5"), "Revenue team", 1),
        ("Quotes", Decimal("0.3"), "Revenue team", 2),
        ("Customers", None, "Revenue team", 0)]
    assert [p.title for p in saved.protocols] == [
        "What counts as an MQL", "First contact with a new SQL", "Follow-up attempts",
        "Rejected leads go back to nurturing"]
    by_title = {p.title: p for p in saved.protocols}
    assert by_title["What counts as an MQL"].kpi == "MQL"
    assert "lead score of 75" in by_title["What counts as an MQL"].trigger
    assert by_title["First contact with a new SQL"].kpi == "Hours to first contact"
    assert by_title["First contact with a new SQL"].kpi_target == Decimal(48)
    assert by_title["First contact with a new SQL"].from_party == "Revenue team"
    assert by_title["Follow-up attempts"].kpi_target == Decimal(8)
    custom = {k.name: k for k in saved.custom_kpis}
    assert set(custom) == {"Hours to first contact", "Follow-up attempts per SQL",
                           "Rejected leads with a reason"}
    hours = custom["Hours to first contact"]
    assert (hours.kind, hours.unit, hours.direction, hours.owner) == (
        KpiKind.CUSTOM, Unit.HOURS, Direction.LOWER, "Customer Service")
    assert hours.targets == [Decimal(48)] * 12
    assert custom["Follow-up attempts per SQL"].targets == [Decimal(8)] * 12
    assert saved.review_month == "2027-09"
    assert saved.reporting_cadence == "Second Tuesday of every month."
    assert session.undo_stack.count() == 1


def test_cancel_leaves_nothing_behind(wizard, session):
    wizard.next()
    wizard.next()
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert session.store.list_agreements() == []
    assert session.undo_stack.count() == 0
    assert wizard.created_id is None


def test_bad_rate_is_refused_with_the_cores_message(wizard, session):
    wizard.next()
    wizard.next()
    page = wizard.funnel_page
    set_cell(page.model, 1, StagesModel.RATE, "150")
    expected = validate_stages([Stage("Visits", Decimal("0.02")),
                                Stage("Leads", Decimal("1.5")), Stage("Customers")])
    wizard.next()
    assert wizard.currentId() == AgreementWizard.FUNNEL
    assert str(expected[0]) in page.problems_text()
    assert "at most 1 (100%), got 1.5" in page.problems_text()
    # The live funnel says why it cannot draw.
    assert page.chart.bar_labels() == []
    assert "stage “Leads” rate" in page.chart.message()
    set_cell(page.model, 1, StagesModel.RATE, "40")
    wizard.next()
    assert wizard.currentId() == AgreementWizard.PROTOCOLS
    assert session.store.list_agreements() == []


def test_text_that_is_not_a_rate_is_refused_in_the_page(wizard):
    wizard.next()
    wizard.next()
    page = wizard.funnel_page
    assert not page.model.setData(page.model.index(0, StagesModel.RATE), "lots", EDIT)
    assert "“lots” is not a number" in page.problems_text()
    assert page.model.stages()[0].rate == Decimal("0.02")


def test_blank_title_is_refused_on_the_first_page(wizard):
    wizard.basics_page.title_edit.clear()
    wizard.next()
    assert wizard.currentId() == AgreementWizard.BASICS
    assert "title: the agreement needs a title" in wizard.basics_page.problems_text()


def test_undo_after_finish_removes_the_draft(wizard, session):
    finish(wizard)
    created = wizard.created_id
    assert session.store.exists(created)
    session.undo_stack.undo()
    assert not session.store.exists(created)
    assert session.store.list_agreements() == []
    session.undo_stack.redo()
    # Back under the same id, with the same content, and selected.
    assert [(s.id, s.title) for s in session.store.list_agreements()] == [
        (created, "Sales & Marketing SLA 2027")]
    assert session.current_id == created
    assert [s.name for s in session.store.load(created).stages] == [
        "Visits", "Leads", "MQL", "SQL", "Proposals", "Customers"]


def test_stage_rows_added_moved_and_removed_keep_the_last_stage_rateless(wizard):
    wizard.next()
    wizard.next()
    page = wizard.funnel_page
    model = page.model
    page.view.setCurrentIndex(model.index(4, 0))
    page.add_button.click()
    assert model.rowCount() == 7
    assert model.stages()[5].name == "Stage 7"
    assert model.stages()[-1].rate is None
    set_cell(model, 5, StagesModel.RATE, "25")
    page.view.setCurrentIndex(model.index(6, 0))
    page.up_button.click()
    assert [s.name for s in model.stages()][-2:] == ["Customers", "Stage 7"]
    # As in the editors: the rate belongs to the place, so Customers converts at 25 % now.
    assert model.stages()[-1].rate is None and model.stages()[-2].rate == Decimal("0.25")
    assert model.data(model.index(5, StagesModel.RATE)) == "25 %"
    page.view.setCurrentIndex(model.index(6, 0))
    page.remove_button.click()
    assert model.stages()[-1].name == "Customers" and model.stages()[-1].rate is None
    assert len(page.chart.bar_labels()) == 6


def test_item_models(qtmodeltester, wizard):
    wizard.next()
    wizard.next()
    qtmodeltester.check(wizard.funnel_page.model)
    qtmodeltester.check(wizard.basics_page.parties_model)
    wizard.next()
    wizard.next()
    qtmodeltester.check(wizard.kpis_page.model)


def test_shorter_period_carries_into_kpis_and_review(wizard, session):
    wizard.basics_page.months_spin.setValue(6)
    for _ in range(AgreementWizard.SUMMARY):
        wizard.next()
    assert wizard.currentId() == AgreementWizard.SUMMARY
    wizard.button(QWizard.WizardButton.FinishButton).click()
    saved = session.store.load(wizard.created_id)
    assert saved.months == 6
    assert all(len(k.targets) == 6 for k in saved.custom_kpis)
    assert saved.review_month == "2027-07"
    assert len(session.plan.months) == 6


def test_going_back_keeps_what_was_typed(wizard):
    wizard.next()
    wizard.objective_page.revenue_spin.setValue(750000)
    wizard.back()
    wizard.next()
    assert wizard.objective_page.revenue_spin.value() == 750000
    assert wizard.draft.objective.revenue == Decimal(750000)


def test_kpi_page_lists_plan_targets_and_protocol_kpis(wizard):
    for _ in range(4):
        wizard.next()
    model = wizard.kpis_page.model
    rows = {model.kpi(r).name: r for r in range(model.rowCount())}
    visits = model.index(rows["Visits"], KpisModel.TARGET).data()
    assert visits == "83,500 a year (from the plan)"
    assert model.index(rows["Visits → Leads"], KpisModel.TARGET).data() == "2 %"
    hours = rows["Hours to first contact"]
    assert model.index(hours, KpisModel.DIRECTION).data() == "lower"
    assert model.index(hours, KpisModel.TARGET).data() == "24"
    # The stage's owner is the volume KPI's owner, and its conversion KPI follows.
    assert model.setData(model.index(rows["Leads"], KpisModel.OWNER), "Sales", EDIT)
    assert wizard.draft.stage("Leads").owner == "Sales"
    assert model.index(rows["Leads → MQL"], KpisModel.OWNER).data() == "Sales"
    row = model.add_custom()
    assert model.kpi(row).name == "New KPI" and model.kpi(row).kind is KpiKind.CUSTOM
    assert model.remove(row)
    assert not model.remove(rows["Visits"])


def test_read_only_file_gets_nothing_and_says_why(qtbot, tmp_path, session):
    path = session.store.path
    read_only = AgreementSession(Store.open(path, read_only=True))
    wizard = AgreementWizard(read_only, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    finish(wizard)
    assert wizard.created_id is None
    assert wizard.isVisible()
    assert "read-only" in wizard.summary_page.problems_text()
    assert session.store.list_agreements() == []
    read_only.store.close()


def test_reporting_page_shows_the_year_of_meetings(wizard):
    for _ in range(5):
        wizard.next()
    page = wizard.reporting_page
    rows = page.calendar_rows()
    assert rows[0] == ("2027-02", "2027-01", False)
    assert [r for r in rows if r[2]] == [("2027-07", "2027-06", True)]
    assert "July 2027: Jun 2027 figures — review of the agreement" in \
        page.calendar_label.text()
    page.review_combo.setCurrentIndex(page.review_combo.findData("2028-03"))
    assert not any(r[2] for r in page.calendar_rows())
    assert "Review of the agreement: March 2028" in page.calendar_label.text()


def test_a_file_that_cannot_be_written_gets_nothing_and_says_why(wizard, session):
    session.store.conn.execute("PRAGMA query_only = ON")  # the drive stops taking writes
    finish(wizard)
    assert wizard.created_id is None
    assert wizard.isVisible()
    assert "could not be written" in wizard.summary_page.problems_text()
    assert session.undo_stack.count() == 0
    session.store.conn.execute("PRAGMA query_only = OFF")
    assert session.store.list_agreements() == []
    # Once the drive is back, Finish creates the draft.
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.created_id is not None
    assert [s.id for s in session.store.list_agreements()] == [wizard.created_id]


@pytest.mark.parametrize(("language", "country"), [
    (QLocale.Language.English, QLocale.Country.UnitedStates),
    (QLocale.Language.Spanish, QLocale.Country.Spain)])
def test_rates_read_as_the_editors_read_them_in_either_language(wizard, language, country):
    wizard.next()
    wizard.next()
    page = wizard.funnel_page
    page.model.locale = QLocale(language, country)
    # "2,5" and "2.5" both mean two and a half percent, as in the main window's editors,
    # never 25 % with a thousands separator dropped.
    for typed in ("2,5", "2.5", "2,5 %"):
        set_cell(page.model, 0, StagesModel.RATE, typed)
        assert page.model.stages()[0].rate == Decimal("0.025"), typed
    set_cell(page.model, 0, StagesModel.RATE, "40")
    assert page.model.stages()[0].rate == Decimal("0.4")
    decimal_point = QLocale(language, country).decimalPoint()
    set_cell(page.model, 0, StagesModel.RATE, "12,5" if decimal_point == "," else "12.5")
    assert page.model.data(page.model.index(0, StagesModel.RATE), EDIT) == \
        f"12{decimal_point}5"


def test_the_funnel_page_draws_once_per_change(wizard, monkeypatch):
    wizard.next()
    wizard.next()
    page = wizard.funnel_page
    drawn: list[int] = []
    real = page.chart.set_plan
    monkeypatch.setattr(page.chart, "set_plan", lambda plan, draft: drawn.append(1)
                        or real(plan, draft))
    page.load()  # what coming back to the page does
    assert len(drawn) == 1
    drawn.clear()
    assert page.model.insertRows(2, 1)  # a stage added in the middle
    assert len(drawn) == 1
    assert len(page.chart.bar_labels()) == 7
    drawn.clear()
    set_cell(page.model, 0, StagesModel.RATE, "3")
    assert len(drawn) == 1
    assert page.chart.rate_labels()[0] == "↓ 3 %"


# The optional steps: segments (none suggested), team and budget (an SDR on SQL, an AE on
# proposals, a cost per lead), checked by the core's rules on the page.

def to_page(wizard, page_id):
    while wizard.currentId() < page_id:
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before


def test_suggestions_are_off_and_leave_the_plan_as_before(wizard, session):
    to_page(wizard, AgreementWizard.SEGMENTS)
    assert not wizard.segments_page.use.isChecked()
    wizard.next()
    page = wizard.team_budget_page
    assert not page.use_team.isChecked() and not page.use_budget.isChecked()
    # The suggested lines wait, filled in: an SDR on SQL and an AE on the proposals.
    rows = [(page.team.item(r, 0).text(), page.team.cellWidget(r, 1).currentText())
            for r in range(page.team.rowCount())]
    assert rows == [("SDR", "SQL"), ("AE", "Proposals")]
    assert page.cost_stage.currentText() == "Leads"
    assert page.cost.text() == "40"
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    saved = session.store.load(wizard.created_id)
    assert saved.segments == [] and saved.capacity == [] and saved.stage_costs == {}


def test_segments_team_and_budget_from_the_wizard(wizard, session):
    to_page(wizard, AgreementWizard.SEGMENTS)
    page = wizard.segments_page
    page.use.setChecked(True)
    assert page.table.rowCount() == 2
    assert [page.table.item(r, SHARE).text() for r in range(2)] == ["50", "50"]
    page.table.item(0, 0).setText("SMB")
    page.table.item(1, 0).setText("Enterprise")
    page.table.item(0, SHARE).setText("70")
    page.table.item(1, SHARE).setText("20")
    page.table.setItem(1, DEAL, QTableWidgetItem("60000"))
    assert page.remainder.text() == "10 % left to assign"
    wizard.next()
    # Refused on the page, with the sum it found.
    assert wizard.currentId() == AgreementWizard.SEGMENTS
    assert "add up to exactly 1" in page.problems_text()
    assert "0.9" in page.problems_text()
    page.table.item(1, SHARE).setText("30")
    wizard.next()
    assert wizard.currentId() == AgreementWizard.TEAM_BUDGET

    team = wizard.team_budget_page
    team.use_team.setChecked(True)
    team.use_budget.setChecked(True)
    team.team.item(0, 2).setText("0")
    wizard.next()
    assert wizard.currentId() == AgreementWizard.TEAM_BUDGET
    assert "capacity “SDR” units per person" in team.problems_text()
    team.team.item(0, 2).setText("30")
    team.margin.setText("140")
    wizard.next()
    assert "gross margin" in team.problems_text()
    team.margin.setText("70")
    combo = team.team.cellWidget(1, 1)
    assert isinstance(combo, QComboBox)
    wizard.next()
    assert wizard.currentId() == AgreementWizard.SUMMARY
    summary = wizard.summary_page.summary.toPlainText()
    assert "Segments, team and budget" in summary
    assert "SMB: 70 % of the objective" in summary
    assert "People at the peak:" in summary and "ROI" in summary
    wizard.button(QWizard.WizardButton.FinishButton).click()
    saved = session.store.load(wizard.created_id)
    assert [(s.name, s.share, s.deal_value) for s in saved.segments] == [
        ("SMB", Decimal("0.7"), None), ("Enterprise", Decimal("0.3"), Decimal(60000))]
    assert [(c.role, c.stage, c.per_person, c.cost_per_person) for c in saved.capacity] == [
        ("SDR", "SQL", Decimal(30), Decimal(5000)), ("AE", "Proposals", Decimal(10),
                                                     Decimal(8000))]
    assert saved.stage_costs == {"Leads": Decimal(40)}
    assert saved.gross_margin == Decimal("0.7")
