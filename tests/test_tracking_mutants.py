"""Tracking rules on their edges: the tests that kill what a mutation run showed survived."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction as F

import pytest

from slaworkshop.model import Direction, Thresholds
from slaworkshop.tracking import Light, attainment, light

THRESHOLDS = Thresholds(Decimal("1"), Decimal("0.9"))


@pytest.mark.parametrize(("actual", "target", "direction", "expected"), [
    (F(90), F(100), Direction.HIGHER, Light.AMBER),   # exactly on the amber line
    (F(100), F(100), Direction.HIGHER, Light.GREEN),  # exactly on the green line
    (F(8999, 100), F(100), Direction.HIGHER, Light.RED),
    (F(9999, 100), F(100), Direction.HIGHER, Light.AMBER),
    (F(100), F(90), Direction.LOWER, Light.AMBER),    # 90/100: on the amber line
    (F(90), F(90), Direction.LOWER, Light.GREEN),
    (F(0), F(24), Direction.LOWER, Light.GREEN),      # nothing to wait for: met
    (F(0), F(0), Direction.LOWER, Light.NOT_APPLICABLE),
    (F(5), F(0), Direction.HIGHER, Light.NOT_APPLICABLE),
    (None, F(5), Direction.HIGHER, Light.NO_DATA),
    (F(5), None, Direction.HIGHER, Light.NOT_APPLICABLE),
])
def test_the_light_on_each_side_of_the_lines(actual: F | None, target: F | None,
                                             direction: Direction, expected: Light) -> None:
    assert light(actual, target, direction, THRESHOLDS) is expected


def test_attainment_is_the_right_way_round() -> None:
    assert attainment(F(45), F(50), Direction.HIGHER) == F(9, 10)
    assert attainment(F(50), F(45), Direction.LOWER) == F(9, 10)
    assert attainment(F(0), F(45), Direction.LOWER) is None
    assert attainment(F(3), F(0), Direction.HIGHER) is None
    assert attainment(None, F(1), Direction.HIGHER) is None
    assert attainment(F(1), None, Direction.LOWER) is None


def test_conversion_of_an_unknown_or_the_last_stage_has_no_figures() -> None:
    from test_tracking import FIXTURE_ACTUALS, fixture_agreement

    from slaworkshop.model import Kpi, KpiKind
    from slaworkshop.tracking import conversion_actuals

    agreement = fixture_agreement()
    for stage in ("Nowhere", "Customers", None):
        kpi = Kpi("odd", KpiKind.CONVERSION, stage=stage)
        assert conversion_actuals(agreement, FIXTURE_ACTUALS, kpi) == ({}, {})
    leads = Kpi("Leads → SQL", KpiKind.CONVERSION, stage="Leads")
    rates, volumes = conversion_actuals(agreement, FIXTURE_ACTUALS, leads)
    assert rates == {"2027-01": F(1, 2), "2027-03": F(2, 5)}
    assert volumes == {"2027-01": (F(20), F(10)), "2027-03": (F(15), F(6))}


def test_findings_have_two_scopes_only() -> None:
    from test_tracking import FIXTURE_ACTUALS, fixture_agreement

    from slaworkshop.tracking import shortfall_findings, track

    tracking = track(fixture_agreement(), FIXTURE_ACTUALS, "2027-03")
    with pytest.raises(ValueError, match="unknown scope 'week'"):
        shortfall_findings(tracking, "week")


def test_a_volume_kpi_counts_its_stage_whatever_its_name() -> None:
    from test_tracking import fixture_agreement

    from slaworkshop.model import Kpi, KpiKind
    from slaworkshop.plan import plan_for
    from slaworkshop.tracking import monthly_targets

    agreement = fixture_agreement()
    plan = plan_for(agreement)
    renamed = Kpi("Leads (as the CRM calls them)", KpiKind.VOLUME, stage="Leads")
    assert monthly_targets(agreement, plan, renamed) == [F(24), F(12), F(12), F(0)]
    by_name = Kpi("SQL", KpiKind.VOLUME)
    assert monthly_targets(agreement, plan, by_name) == [F(12), F(6), F(6), F(0)]
    assert monthly_targets(agreement, plan, Kpi("Gone", KpiKind.VOLUME)) == [None] * 4


def test_what_a_report_holds_cannot_be_changed_afterwards() -> None:
    import dataclasses

    from test_tracking import FIXTURE_ACTUALS, fixture_agreement

    from slaworkshop.tracking import monthly_report

    report = monthly_report(fixture_agreement(), FIXTURE_ACTUALS, "2027-03")
    for frozen, field in ((report, "findings"), (report.findings[0], "stage"),
                          (report.tracking.kpis[0], "kpi")):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(frozen, field, None)


def test_a_month_outside_the_period_names_the_period() -> None:
    from test_tracking import FIXTURE_ACTUALS, fixture_agreement

    from slaworkshop.tracking import TrackingError, track

    with pytest.raises(TrackingError) as caught:
        track(fixture_agreement(), FIXTURE_ACTUALS, "2027-07")
    assert str(caught.value) == ("2027-07 is not a month of this agreement's period "
                                 "(2027-01 to 2027-04)")


def test_closed_months_run_through_the_month_given() -> None:
    from test_tracking import fixture_agreement

    from slaworkshop.tracking import closed_months

    assert closed_months(fixture_agreement(), "2027-02") == ["2027-01", "2027-02"]
    assert closed_months(fixture_agreement(), "2027-01") == ["2027-01"]


def test_a_conversion_from_zero_is_a_closed_month_without_a_rate() -> None:
    from test_tracking import fixture_agreement

    from slaworkshop.tracking import Light, track

    actuals = {"Leads": {"2027-01": Decimal(0)}, "SQL": {"2027-01": Decimal(0)}}
    figure = track(fixture_agreement(), actuals, "2027-01").kpi("Leads → SQL").months[0]
    assert (figure.actual, figure.status, figure.closed) == (None, Light.NOT_APPLICABLE, True)


def _check(kind: object, status: Light, attainment: F | None = None) -> object:
    from slaworkshop.tracking import Check

    return Check(kind, "Leads → SQL", "Marketing", attainment, status)  # type: ignore[arg-type]


@pytest.mark.parametrize(("status", "words"), [
    (Light.NO_DATA, "no Leads → SQL rate to compare (Marketing)"),
    (Light.NOT_APPLICABLE, "no Leads → SQL rate to compare (Marketing)"),
    (Light.GREEN, "the Leads → SQL rate is on plan (Marketing)"),
])
def test_the_sentence_for_a_conversion_without_a_rate(status: Light, words: str) -> None:
    from slaworkshop.tracking import CauseKind, Finding, finding_sentence

    finding = Finding("SQL", "Sales", F(1, 2), Light.RED, None,
                      _check(CauseKind.CONVERSION, status, F(1)), "month")  # type: ignore[arg-type]
    assert finding_sentence(finding) == f"SQL 50 % under: {words}."


def test_check_json_gives_attainment_to_four_places() -> None:
    from slaworkshop.tracking import CauseKind, check_json

    data = check_json(_check(CauseKind.CONVERSION, Light.RED, F(2, 3)))  # type: ignore[arg-type]
    assert data is not None and data["attainment"] == "0.6667"
    assert check_json(None) is None
