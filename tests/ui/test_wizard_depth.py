"""The wizard's optional steps: segments (none suggested), team and budget (an SDR on SQL, an
AE on proposals, a cost per lead), checked by the core's rules on the page."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QTableWidgetItem, QWizard

from slaworkshop.store import Store
from ui.session import AgreementSession
from ui.wizard import AgreementWizard
from ui.wizard.segments_page import DEAL, SHARE

TODAY = datetime.date(2026, 11, 20)


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
