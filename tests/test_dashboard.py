"""The meeting's figures: the funnel against the plan, the leak, and each KPI's pace."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from slaworkshop.dashboard import funnel_against_plan, leak_sentence, pace
from slaworkshop.demo import demo_agreement
from slaworkshop.model import Direction, Kpi, KpiKind, Thresholds, Unit
from slaworkshop.tracking import Light, track
from tests.meeting_fixture import MEETING_ACTUALS


def tracked(month: str = "2027-03", actuals=MEETING_ACTUALS, agreement=None):
    return track(agreement or demo_agreement(), actuals, month)


def test_month_funnel_has_each_stage_against_its_target() -> None:
    funnel = funnel_against_plan(tracked(), "month")
    assert [(s.stage, s.owner, s.target, s.actual, s.status.value) for s in funnel.stages] == [
        ("Visits", "Marketing", 4500, 4600, "green"),
        ("Leads", "Marketing", 90, 92, "green"),
        ("MQL", "Marketing", 36, 37, "green"),
        ("SQL", "Sales", 18, 14, "red"),
        ("Proposals", "Sales", 10, 7, "red"),
        ("Customers", "Sales", 3, 2, "red"),
    ]
    assert [(h.kpi, h.agreed, h.actual, h.status.value) for h in funnel.handoffs] == [
        ("Visits → Leads", Fraction(1, 50), Fraction(92, 4600), "green"),
        ("Leads → MQL", Fraction(2, 5), Fraction(37, 92), "green"),
        ("MQL → SQL", Fraction(1, 2), Fraction(14, 37), "red"),
        ("SQL → Proposals", Fraction(1, 2), Fraction(1, 2), "green"),
        ("Proposals → Customers", Fraction(3, 10), Fraction(2, 7), "amber"),
    ]


def test_the_leak_is_the_first_conversion_below_amber_with_its_owners() -> None:
    funnel = funnel_against_plan(tracked(), "month")
    assert funnel.leak is not None
    assert funnel.leak.index == 2
    assert (funnel.leak.handoff.upper_owner, funnel.leak.handoff.lower_owner) == \
        ("Marketing", "Sales")
    # 58 SQL planned January to March, 44 came.
    assert funnel.leak.short_ytd == 14
    assert leak_sentence(funnel.leak) == (
        "MQL → SQL at 38 % against 50 %: the handoff from Marketing's MQL to Sales' SQL; "
        "14 SQL short year to date.")
    # The further misses are tracking's findings, less the stage the leak explains.
    assert [f.stage for f in funnel.misses] == ["Proposals", "Customers"]


def test_year_to_date_funnel_sums_the_months() -> None:
    funnel = funnel_against_plan(tracked(), "ytd")
    assert [(s.target, s.actual) for s in funnel.stages] == [
        (14500, 14700), (290, 294), (116, 119), (58, 44), (29, 22), (8, 6)]
    assert funnel.leak is not None and funnel.leak.handoff.actual == Fraction(44, 119)


def test_an_amber_conversion_is_not_a_leak() -> None:
    # MQL → SQL at 46 % against 50 % is 92 % of the agreed rate: amber, no leak there.
    actuals = {k: dict(v) for k, v in MEETING_ACTUALS.items()}
    actuals["MQL"]["2027-03"] = Decimal("50")
    actuals["SQL"]["2027-03"] = Decimal("23")
    funnel = funnel_against_plan(tracked(actuals=actuals), "month")
    assert funnel.handoffs[2].status is Light.AMBER
    # The leak is the next conversion from the top below amber: 7 proposals from 23 SQL.
    assert funnel.leak is not None and funnel.leak.handoff.kpi == "SQL → Proposals"
    assert leak_sentence(funnel.leak) == (
        "SQL → Proposals at 30 % against 50 %: within Sales, from SQL to Proposals; "
        "7 Proposals short year to date.")


def test_no_actuals_no_leak() -> None:
    funnel = funnel_against_plan(tracked("2027-01", {}), "month")
    assert funnel.leak is None and funnel.misses == ()
    assert all(s.status is Light.NO_DATA for s in funnel.stages)


def test_unknown_scope_is_refused() -> None:
    with pytest.raises(ValueError, match="scope"):
        funnel_against_plan(tracked(), "quarter")


def test_pace_projects_or_says_out_of_reach() -> None:
    tracking = tracked()
    sql = pace(tracking, tracking.kpi("SQL"))
    assert (sql.projected, sql.year_target, sql.status, sql.out_of_reach) == \
        (Fraction(3652, 29), 166, Light.RED, False)
    # 100, 95, 90 % so far: the rest of the year would have to average above 100 %.
    reasons = pace(tracking, tracking.kpi("Rejected leads with a reason"))
    assert reasons.projected == 95 and reasons.out_of_reach
    # An average read as an average: 20, 26, 30 hours project 25.3, not their sum.
    hours = pace(tracking, tracking.kpi("Hours to first contact"))
    assert hours.projected == Fraction(76, 3) and not hours.out_of_reach
    assert pace(tracking, tracking.kpi("Visits")).status is Light.GREEN


def test_pace_out_of_reach_when_lower_is_better() -> None:
    agreement = demo_agreement()
    assert agreement.kpis()[-3].direction is Direction.LOWER
    actuals = {"Hours to first contact": {m: Decimal("200") for m in
                                          ("2027-01", "2027-02", "2027-03", "2027-04",
                                           "2027-05", "2027-06", "2027-07")}}
    tracking = tracked("2027-07", actuals, agreement)
    # 7 months at 200 h: the remaining 5 would have to average below zero to reach 24.
    assert pace(tracking, tracking.kpi("Hours to first contact")).out_of_reach
    actuals["Hours to first contact"] = {"2027-01": Decimal("30")}
    tracking = tracked("2027-01", actuals, agreement)
    assert not pace(tracking, tracking.kpi("Hours to first contact")).out_of_reach


def test_pace_out_of_reach_when_no_month_is_left() -> None:
    agreement = demo_agreement()
    agreement.thresholds = Thresholds()
    months = agreement.month_list
    actuals = {"Customers": {m: Decimal("1") for m in months}}
    tracking = tracked(months[-1], actuals, agreement)
    customers = pace(tracking, tracking.kpi("Customers"))
    assert customers.projected == 12 and customers.out_of_reach
    earlier = tracked(months[-2], actuals, agreement)
    assert not pace(earlier, earlier.kpi("Customers")).out_of_reach


def test_the_leak_is_the_first_of_two_conversions_below_amber() -> None:
    # January: MQL → SQL at 16 / 42 and Proposals → Customers at 2 / 8, both red.
    funnel = funnel_against_plan(tracked("2027-01"), "month")
    assert [h.status for h in funnel.handoffs].count(Light.RED) == 2
    assert funnel.leak is not None and funnel.leak.handoff.kpi == "MQL → SQL"


def test_no_shortfall_when_the_lower_stage_met_its_target() -> None:
    # Twice the MQL planned, and exactly the SQL planned: the conversion leaks, SQL is not short.
    actuals = {"MQL": {"2027-01": Decimal(60)}, "SQL": {"2027-01": Decimal(20)}}
    funnel = funnel_against_plan(tracked("2027-01", actuals), "month")
    assert funnel.leak is not None and funnel.leak.short_ytd is None
    assert leak_sentence(funnel.leak) == (
        "MQL → SQL at 33 % against 50 %: the handoff from Marketing's MQL to Sales' SQL.")


def custom(name: str, unit: Unit, direction: Direction, target: str) -> Kpi:
    return Kpi(name, KpiKind.CUSTOM, "Sales", unit, direction, [Decimal(target)] * 12)


def with_kpi(kpi: Kpi):
    agreement = demo_agreement()
    agreement.custom_kpis = [kpi]
    return agreement


def out_of_reach(kpi: Kpi, value: str, month: str = "2027-01") -> bool:
    tracking = tracked(month, {kpi.name: {month: Decimal(value)}}, with_kpi(kpi))
    return pace(tracking, tracking.kpi(kpi.name)).out_of_reach


def test_a_summed_budget_is_out_of_reach_once_spent() -> None:
    budget = custom("Ad spend", Unit.CURRENCY, Direction.LOWER, "100")
    assert out_of_reach(budget, "1201")
    # Spent exactly the year's 1,200 in January: the other months could still spend nothing.
    assert not out_of_reach(budget, "1200")


def test_an_average_where_lower_is_better_cannot_go_below_zero() -> None:
    hours = custom("Hours to reply", Unit.HOURS, Direction.LOWER, "24")
    # 12 months averaging 24 h allow 288 h in all: 288 in January leaves 0 h for the rest.
    assert not out_of_reach(hours, "288")
    assert out_of_reach(hours, "289")


def test_a_percent_average_cannot_need_more_than_100() -> None:
    share = custom("Calls logged", Unit.PERCENT, Direction.HIGHER, "95")
    # 95 % over 12 months = 1,140 points; 40 in January leaves exactly 100 % for 11 months.
    assert not out_of_reach(share, "40")
    assert out_of_reach(share, "39")
    # Hours have no ceiling: far behind is not out of reach.
    assert not out_of_reach(custom("Hours trained", Unit.HOURS, Direction.HIGHER, "200"), "10")


def test_a_target_met_in_the_last_month_is_not_out_of_reach() -> None:
    agreement = demo_agreement()
    from slaworkshop.plan import plan_for

    plan = plan_for(agreement)
    customers = plan.stage("Customers")
    months = agreement.month_list
    actuals = {"Customers": {m: Decimal(v) for m, v in zip(months, customers.monthly,
                                                             strict=True)}}
    tracking = tracked(months[-1], actuals, agreement)
    result = pace(tracking, tracking.kpi("Customers"))
    assert result.status is Light.GREEN and not result.out_of_reach
