"""Presenter mode: the controls edit the agreement through the session, and undo works."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from slaworkshop.demo import demo_agreement
from slaworkshop.store import Store
from ui.plan.presenter import PresenterWindow
from ui.session import AgreementSession

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def session(tmp_path):
    store = Store.open(tmp_path / "w.slaw")
    agreement_id = store.create(demo_agreement())
    session = AgreementSession(store)
    session.select(agreement_id)
    yield session
    store.close()


@pytest.fixture
def presenter(qtbot, session):
    window = PresenterWindow(session)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def stored(session):
    QApplication.processEvents()  # the turn after the edit: painted, then written
    return session.store.load(session.current_id)


def test_shows_the_plan_and_key_figures(presenter):
    assert presenter.title_label.text() == "Sales & Marketing SLA 2027"
    assert presenter.tile_texts() == [("Revenue objective", "€1,200,000"),
                                      ("New customers", "30"), ("MQL a month", "33.3"),
                                      ("SQL a month", "16.7")]
    assert "50,000" in presenter.chart.bar_labels()[0]
    assert presenter.revenue_spin.value() == 1200000
    assert [s.value() for s in presenter.rate_spins] == [2, 40, 50, 50, 30]
    assert presenter.chart.presenter


def test_revenue_control_changes_store_and_funnel_and_undo_restores(presenter, session):
    presenter.revenue_spin.setValue(2400000)
    assert stored(session).objective.revenue == Decimal(2400000)
    labels = presenter.chart.bar_labels()
    assert "100,000" in labels[0] and "60" in labels[-1]
    assert presenter.tile_texts()[1] == ("New customers", "60")
    assert session.undo_stack.count() == 1

    session.undo_stack.undo()
    assert stored(session).objective.revenue == Decimal(1200000)
    assert presenter.revenue_spin.value() == 1200000
    assert "50,000" in presenter.chart.bar_labels()[0]
    assert presenter.tile_texts()[0] == ("Revenue objective", "€1,200,000")


def test_ctrl_z_inside_presenter_undoes(qtbot, presenter, session):
    presenter.deal_spin.setValue(12000)
    assert stored(session).objective.deal_value == Decimal(12000)
    assert "60" in presenter.chart.bar_labels()[-1]
    presenter.activateWindow()
    presenter.deal_spin.setFocus()
    qtbot.keyClick(presenter.deal_spin, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(session).objective.deal_value == Decimal(24000)
    assert presenter.deal_spin.value() == 24000
    qtbot.keyClick(presenter.deal_spin, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored(session).objective.deal_value == Decimal(12000)


def test_rate_control_is_one_undo_step(presenter, session):
    presenter.rate_spins[0].setValue(2.5)
    assert stored(session).stages[0].rate == Decimal("0.025")
    assert "40,000" in presenter.chart.bar_labels()[0]
    assert presenter.chart.rate_labels()[0] == "↓ 2.5 %"
    assert presenter.rate_spins[0].text() == "2.5 %"
    session.undo_stack.undo()
    assert stored(session).stages[0].rate == Decimal("0.02")
    assert presenter.rate_spins[0].value() == 2


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_F5])
def test_esc_and_f5_leave(qtbot, presenter, key):
    presenter.activateWindow()
    qtbot.waitActive(presenter)
    with qtbot.waitSignal(presenter.left):
        qtbot.keyClick(presenter, key)
    assert not presenter.isVisible()


def test_signed_agreement_is_shown_but_not_editable(qtbot, tmp_path):
    from slaworkshop.model import Signature

    store = Store.open(tmp_path / "s.slaw")
    agreement_id = store.create(demo_agreement())
    for party in ("Marketing", "Sales"):
        store.sign(agreement_id, Signature(party=party, signer="X", signed_on="2027-01-05"))
    session = AgreementSession(store)
    session.select(agreement_id)
    window = PresenterWindow(session)
    qtbot.addWidget(window)
    assert not window.revenue_spin.isEnabled()
    assert "signed" in window.problem_label.text()
    assert "50,000" in window.chart.bar_labels()[0]
    store.close()
