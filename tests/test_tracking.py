"""Tracking figures (DESIGN §4), computed by hand for a small fixture agreement.

Fixture: 4 months from 2027-01, seasonality 2:1:1:0, revenue 12 000, deal value 1 000, share 1
→ 12 customers; Leads → SQL 50 %, SQL → Customers 50 % → SQL 24, Leads 48.
Monthly targets (largest remainder over 2:1:1:0): Leads 24/12/12/0, SQL 12/6/6/0,
Customers 6/3/3/0. Custom KPIs: "Hours to first contact" (hours, lower is better, 24 a month)
and "Demos" (count, higher is better, targets none/5/5/0).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction as F

import pytest

from slaworkshop.model import (
    Agreement,
    Direction,
    Kpi,
    KpiKind,
    Party,
    RevenueObjective,
    Stage,
    Thresholds,
    Unit,
)
from slaworkshop.tracking import (
    Aggregation,
    CauseKind,
    Light,
    RunRateNote,
    TrackingError,
    decimal_text,
    finding_sentence,
    monthly_report,
    report_json,
    shortfall_findings,
    track,
)

D = Decimal


def fixture_agreement() -> Agreement:
    return Agreement(
        title="Fixture SLA", organisation="Fixture Ltd",
        objective=RevenueObjective(D(12000), D(1000), D(1)),
        stages=[Stage("Leads", D("0.5"), "Marketing"), Stage("SQL", D("0.5"), "Sales"),
                Stage("Customers", None, "Sales")],
        start="2027-01", months=4, seasonality=[D(2), D(1), D(1), D(0)],
        parties=[Party("Marketing"), Party("Sales")],
        custom_kpis=[
            Kpi("Hours to first contact", KpiKind.CUSTOM, "Sales", Unit.HOURS, Direction.LOWER,
                [D(24)] * 4),
            Kpi("Demos", KpiKind.CUSTOM, "Marketing", Unit.COUNT, Direction.HIGHER,
                [None, D(5), D(5), D(0)]),
        ])


# SQL has no February; Hours to first contact has no March.
FIXTURE_ACTUALS: dict[str, dict[str, Decimal]] = {
    "Leads": {"2027-01": D(20), "2027-02": D(12), "2027-03": D(15)},
    "SQL": {"2027-01": D(10), "2027-03": D(6)},
    "Customers": {"2027-01": D(5), "2027-02": D(3), "2027-03": D(2)},
    "Hours to first contact": {"2027-01": D(20), "2027-02": D(30)},
    "Demos": {"2027-01": D(3), "2027-02": D(5), "2027-03": D(0)},
}


@pytest.fixture
def tracking():
    return track(fixture_agreement(), FIXTURE_ACTUALS, "2027-03")


def test_volume_kpi_month_ytd_projection_and_run_rate(tracking) -> None:
    leads = tracking.kpi("Leads")
    assert [m.target for m in leads.months] == [24, 12, 12, 0]
    march = leads.current
    assert (march.target, march.actual) == (12, 15)
    assert march.attainment == F(15, 12)
    assert march.status is Light.GREEN
    assert leads.months[0].attainment == F(20, 24) and leads.months[0].status is Light.RED
    assert leads.ytd_actual == 47 and leads.ytd_target == 48
    assert leads.ytd_attainment == F(47, 48) and leads.ytd_status is Light.AMBER
    # All months reported: 47 × (2+1+1+0) / (2+1+1) = 47.
    assert leads.projected == 47
    assert leads.year_target == 48
    # (48 − 47) / 1 month left.
    assert leads.run_rate == 1
    assert leads.months[3].closed is False and leads.months[3].actual is None


def test_missing_month_is_no_data_and_ytd_compares_like_with_like(tracking) -> None:
    sql = tracking.kpi("SQL")
    february = sql.month("2027-02")
    assert february.actual is None and february.attainment is None
    assert february.status is Light.NO_DATA
    # YTD over the reported months (January, March) only: 16 against 12 + 6.
    assert sql.ytd_actual == 16 and sql.ytd_target == 18
    assert sql.ytd_attainment == F(16, 18) and sql.ytd_status is Light.RED
    # Weights of the reported months 2 + 1 of 4 in all: 16 × 4 / 3.
    assert sql.projected == F(64, 3)
    assert decimal_text(sql.projected) == "21.33"
    # The shortfall so far counts all of it: (24 − 16) / 1.
    assert sql.run_rate == 8
    assert sql.months_reported == 2


def test_conversion_kpis_are_actual_rates_against_the_agreed_rate(tracking) -> None:
    rate = tracking.kpi("Leads → SQL")
    assert rate.aggregation is Aggregation.RATIO
    assert rate.months[0].actual == F(1, 2) and rate.months[0].status is Light.GREEN
    assert rate.month("2027-02").status is Light.NO_DATA
    assert rate.current.actual == F(6, 15) and rate.current.target == F(1, 2)
    assert rate.current.attainment == F(4, 5) and rate.current.status is Light.RED
    # Year to date: Σ SQL / Σ Leads over the months both were reported.
    assert rate.ytd_actual == F(16, 35)
    assert rate.ytd_attainment == F(32, 35) and rate.ytd_status is Light.AMBER
    assert rate.projected == F(16, 35) and rate.run_rate is None
    won = tracking.kpi("SQL → Customers")
    assert won.ytd_actual == F(7, 16) and won.current.actual == F(1, 3)


def test_lower_is_better_is_judged_the_right_way_round(tracking) -> None:
    hours = tracking.kpi("Hours to first contact")
    assert hours.aggregation is Aggregation.AVERAGE
    january = hours.months[0]
    assert january.attainment == F(24, 20) and january.status is Light.GREEN
    february = hours.months[1]
    assert february.attainment == F(24, 30) and february.status is Light.RED
    assert hours.current.status is Light.NO_DATA
    # Averages, not sums: (20 + 30) / 2 against 24.
    assert hours.ytd_actual == 25 and hours.ytd_target == 24
    assert hours.ytd_attainment == F(24, 25) and hours.ytd_status is Light.AMBER
    assert hours.projected == 25
    # For the year's average to be 24 over 3 reported-or-remaining months: 24·3 − 50 = 22.
    assert hours.run_rate == 22


def test_custom_count_kpi_with_missing_and_zero_targets(tracking) -> None:
    demos = tracking.kpi("Demos")
    assert demos.aggregation is Aggregation.SUM
    assert demos.months[0].target is None and demos.months[0].status is Light.NOT_APPLICABLE
    assert demos.months[1].status is Light.GREEN
    assert demos.current.attainment == 0 and demos.current.status is Light.RED
    assert demos.ytd_actual == 8 and demos.ytd_target == 10
    assert demos.year_target == 10 and demos.run_rate == 2
    # Seasonality weights 2:1:1:0 and all three months reported: 8 × 4 / 4.
    assert demos.projected == 8


def test_zero_targets_and_zero_actuals_never_divide_by_zero() -> None:
    agreement = fixture_agreement()
    actuals = {k: dict(v) for k, v in FIXTURE_ACTUALS.items()}
    actuals["Leads"]["2027-04"] = D(3)      # against a target of 0
    actuals["SQL"]["2027-04"] = D(0)
    actuals["Customers"]["2027-04"] = D(0)
    actuals["Hours to first contact"]["2027-04"] = D(0)  # lower is better: 0 beats 24
    actuals["Leads"]["2027-02"] = D(0)      # no leads, so no Leads → SQL rate
    actuals["SQL"]["2027-02"] = D(0)
    result = track(agreement, actuals, "2027-04")
    leads = result.kpi("Leads").current
    assert leads.target == 0 and leads.attainment is None
    assert leads.status is Light.NOT_APPLICABLE
    rate = result.kpi("Leads → SQL")
    assert rate.month("2027-02").actual is None
    assert rate.month("2027-02").status is Light.NOT_APPLICABLE
    assert rate.current.actual == 0  # 0 SQL out of 3 leads is a real 0 %
    assert result.kpi("SQL → Customers").current.status is Light.NOT_APPLICABLE
    hours = result.kpi("Hours to first contact").current
    assert hours.attainment is None and hours.status is Light.GREEN
    # The last month: nothing left to run.
    assert result.kpi("Leads").run_rate is None
    data = report_json(monthly_report(agreement, actuals, "2027-04"))
    assert data["kpis"]["Leads"]["attainment"] is None
    assert data["kpis"]["Leads"]["status"] == "n/a"


def test_nothing_reported_at_all_is_no_data_not_an_error() -> None:
    result = track(fixture_agreement(), {}, "2027-02")
    for kpi in result.kpis:
        assert kpi.current.status is Light.NO_DATA
        assert kpi.ytd_actual is None and kpi.projected is None
        assert kpi.ytd_status is Light.NO_DATA
    assert result.kpi("Leads").run_rate == F(48, 2)


def test_thresholds_come_from_the_agreement() -> None:
    agreement = fixture_agreement()
    agreement.thresholds = Thresholds(D("0.8"), D("0.5"))
    result = track(agreement, FIXTURE_ACTUALS, "2027-03")
    assert result.kpi("Leads").months[0].status is Light.GREEN  # 20/24 ≥ 80 %
    assert result.kpi("Customers").current.status is Light.AMBER  # 2/3 ≥ 50 %


def test_a_month_outside_the_period_is_refused() -> None:
    with pytest.raises(TrackingError, match="2027-05 is not a month"):
        track(fixture_agreement(), FIXTURE_ACTUALS, "2027-05")


def test_lagged_stage_projects_with_shifted_weights() -> None:
    agreement = fixture_agreement()
    agreement.seasonality = []
    agreement.stages[0].lag = 1  # Leads serve the closes one month later
    actuals = {"Leads": {"2027-01": D(10)}}
    leads = track(agreement, actuals, "2027-01").kpi("Leads")
    assert [m.target for m in leads.months] == [12, 12, 12, 0]
    # Weights shifted one month earlier: 1, 1, 1, 0 → 10 × 3 / 1.
    assert leads.projected == 30


def test_shortfall_findings_name_the_cause_and_its_owner(tracking) -> None:
    month = shortfall_findings(tracking, "month")
    assert [f.stage for f in month] == ["Customers"]
    customers = month[0]
    assert customers.attainment == F(2, 3) and customers.owner == "Sales"
    assert customers.upstream.kpi == "SQL" and customers.upstream.on_plan
    assert customers.conversion.kpi == "SQL → Customers"
    assert customers.conversion.status is Light.RED
    assert [c.kpi for c in customers.causes] == ["SQL → Customers"]
    assert finding_sentence(customers) == (
        "Customers 33 % under: SQL were on plan (Sales); the SQL → Customers rate is 33 % "
        "under the agreed rate (Sales).")
    ytd = {f.stage: f for f in shortfall_findings(tracking, "ytd")}
    assert set(ytd) == {"Leads", "SQL", "Customers"}
    assert ytd["Leads"].upstream.kind is CauseKind.TOP_OF_FUNNEL
    sql = ytd["SQL"]
    assert sql.upstream.kpi == "Leads" and sql.upstream.owner == "Marketing"
    assert sql.upstream.attainment == F(47, 48)
    assert {c.kind for c in sql.causes} == {CauseKind.VOLUME, CauseKind.CONVERSION}
    assert finding_sentence(sql) == (
        "SQL 11 % under: Leads were 2 % under target (Marketing); the Leads → SQL rate is 9 % "
        "under the agreed rate (Marketing).")


def test_monthly_report_sections_and_json(tracking) -> None:
    report = monthly_report(fixture_agreement(), FIXTURE_ACTUALS, "2027-03")
    sections = {s.party: s for s in report.sections}
    assert list(sections) == ["Marketing", "Sales"]
    assert [k.name for k in sections["Marketing"].kpis] == ["Leads", "Leads → SQL", "Demos"]
    assert [k.name for k in sections["Marketing"].beat] == ["Leads"]
    assert [k.name for k in sections["Marketing"].missed] == ["Leads → SQL", "Demos"]
    assert [k.name for k in sections["Sales"].missed] == ["Customers", "SQL → Customers"]
    assert [k.name for k in sections["Sales"].no_data] == ["Hours to first contact"]
    assert [f.stage for f in sections["Sales"].findings] == ["Customers"]
    data = report_json(report)
    assert data["month"] == "2027-03"
    leads = data["kpis"]["Leads"]
    assert {k: leads[k] for k in ("target", "actual", "attainment", "status", "ytd_target",
                                  "ytd_actual", "projected", "run_rate")} == {
        "target": "12", "actual": "15", "attainment": "1.25", "status": "green",
        "ytd_target": "48", "ytd_actual": "47", "projected": "47", "run_rate": "1"}
    sql = data["kpis"]["SQL"]
    assert sql["projected"] == "21.33" and sql["ytd_status"] == "red"
    assert data["kpis"]["Leads → SQL"]["actual"] == "0.4"
    assert data["kpis"]["Leads → SQL"]["ytd_actual"] == "0.4571"
    hours = data["kpis"]["Hours to first contact"]
    assert hours["actual"] is None and hours["status"] == "no data"
    assert hours["ytd_actual"] == "25" and hours["aggregation"] == "average"
    assert data["findings"][0]["stage"] == "Customers"
    assert data["findings"][0]["causes"] == ["SQL → Customers"]


def test_a_conversion_counts_only_months_with_both_stages_and_stays_closed_when_void() -> None:
    actuals = {k: dict(v) for k, v in FIXTURE_ACTUALS.items()}
    actuals["Leads"]["2027-02"] = D(0)
    actuals["SQL"]["2027-02"] = D(0)
    rate = track(fixture_agreement(), actuals, "2027-03").kpi("Leads → SQL")
    # January, February (0 leads: no rate, but both reported) and March.
    assert rate.months_reported == 3
    assert rate.month("2027-02").status is Light.NOT_APPLICABLE
    assert rate.month("2027-02").closed is True
    assert track(fixture_agreement(), FIXTURE_ACTUALS, "2027-03").kpi(
        "Leads → SQL").months_reported == 2


def test_months_without_weight_give_no_projection() -> None:
    # April's seasonality weight is 0: a total reported only then cannot be projected.
    leads = track(fixture_agreement(), {"Leads": {"2027-04": D(5)}}, "2027-04").kpi("Leads")
    assert leads.ytd_actual == 5 and leads.projected is None


def test_a_target_already_reached_needs_no_more_each_month() -> None:
    actuals = {"Leads": {"2027-01": D(100)}, "Hours to first contact": {"2027-01": D(500)}}
    result = track(fixture_agreement(), actuals, "2027-01")
    leads = result.kpi("Leads")
    assert (leads.run_rate, leads.run_rate_note) == (0, RunRateNote.MET)  # 100 against 48
    # The mean of 4 months can no longer reach 24 hours: nothing the other months can do.
    hours = result.kpi("Hours to first contact")
    assert (hours.run_rate, hours.run_rate_note) == (None, RunRateNote.OUT_OF_REACH)
