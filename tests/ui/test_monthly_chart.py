"""The monthly chart draws each stage's monthly targets, with month names and the pipeline."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from slaworkshop.demo import demo_agreement
from slaworkshop.plan import plan_for
from ui.plan.monthly_chart import MonthlyChart


@pytest.fixture
def chart(qtbot):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    widget = MonthlyChart()
    qtbot.addWidget(widget)
    widget.resize(900, 520)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    QLocale.setDefault(previous)


def test_series_are_the_plans_monthly_targets(chart):
    agreement = demo_agreement()
    plan = plan_for(agreement)
    chart.set_plan(plan, agreement)
    assert chart.series()["Customers"] == [2, 3, 3, 3, 3, 2, 2, 1, 3, 3, 3, 2]
    # SQL is two months of lag ahead of the closes: its last two months are empty.
    assert chart.series()["SQL"][-2:] == [0, 0]
    assert chart.value_labels(0)[:3] == ["5,000", "5,000", "4,500"]
    assert chart.month_labels() == ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                    "Sep", "Oct", "Nov", "Dec"]


def test_before_start_is_noted(chart):
    agreement = demo_agreement()
    chart.set_plan(plan_for(agreement), agreement)
    note = chart.before_start_note()
    assert "Visits: 8,500" in note and "Proposals: 8" in note
    assert "Customers" not in note
    for stage in agreement.stages:
        stage.lag = 0
    chart.set_plan(plan_for(agreement), agreement)
    assert chart.before_start_note() == ""


def test_months_in_spanish(qtbot):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    try:
        widget = MonthlyChart()
        qtbot.addWidget(widget)
        agreement = demo_agreement()
        agreement.start = "2026-11"
        widget.set_plan(plan_for(agreement), agreement)
        labels = widget.month_labels()
        assert labels[0].lower().startswith("nov")
        assert labels[2].lower().startswith("ene") and labels[2].endswith("27")
        assert f"Visits: {QLocale().toString(8500)}," in widget.before_start_note()
    finally:
        QLocale.setDefault(previous)


def test_cleared_with_the_reason(chart):
    agreement = demo_agreement()
    agreement.objective.revenue = Decimal(0)
    chart.set_plan(None, agreement)
    assert chart.series() == {}
    assert "revenue" in chart.message()
