"""Segments, team capacity and budget: the rules of DESIGN §4b, with hand-checked numbers."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slaworkshop.demo import demo_agreement
from slaworkshop.model import (
    CapacityLine,
    Direction,
    FixedCost,
    Kpi,
    KpiKind,
    RevenueObjective,
    Segment,
    Stage,
    Unit,
    ValidationError,
    validate_agreement,
)
from slaworkshop.plan import (
    compute_plan,
    forward_plan,
    plan_for,
    round_half_away,
    what_if,
)

D = Decimal


def funnel(lag: int = 0) -> list[Stage]:
    return [Stage("Leads", D("0.5")), Stage("SQL", D("0.25"), lag=lag), Stage("Won")]


def two_segments(**overrides: object) -> list[Segment]:
    return [Segment("SMB", D("0.7")),
            Segment("Enterprise", D("0.3"), D(25000), {"SQL": D("0.2")})]


def plan3(**kwargs: object):
    return compute_plan(RevenueObjective(D(100000), D(10000)), funnel(), "2027-01", 3,
                        **kwargs)


def test_each_segment_runs_the_plan_with_its_own_deal_value_and_rates() -> None:
    plan = plan3(segments=two_segments())
    smb, ent = plan.segments
    # SMB: ⌈70 000 / 10 000⌉ = 7 won, ⌈7 / 0.25⌉ = 28 SQL, ⌈28 / 0.5⌉ = 56 leads.
    assert (smb.won, [s.annual for s in smb.stages]) == (7, [56, 28, 7])
    # Enterprise: ⌈30 000 / 25 000⌉ = 2 won, its own 20 % SQL rate: 10 SQL, 20 leads.
    assert (ent.won, [s.annual for s in ent.stages]) == (2, [20, 10, 2])
    assert [s.rate_to_next for s in ent.stages] == [D("0.5"), D("0.2"), None]


def test_totals_are_sums_over_segments_never_a_re_ceiling() -> None:
    plan = plan3(segments=two_segments())
    assert plan.won == 9
    assert [s.annual for s in plan.stages] == [76, 38, 9]
    # The top level keeps the agreement's rate although ⌈9 / 0.25⌉ = 36, not 38.
    assert [s.rate_to_next for s in plan.stages] == [D("0.5"), D("0.25"), None]
    assert plan.planned_revenue == 7 * 10000 + 2 * 25000


def test_the_top_level_rate_is_the_agreement_s_even_when_the_first_segment_overrides() -> None:
    plan = plan3(segments=list(reversed(two_segments())))
    assert [s.rate_to_next for s in plan.segments[0].stages] == [D("0.5"), D("0.2"), None]
    assert [s.rate_to_next for s in plan.stages] == [D("0.5"), D("0.25"), None]


def test_the_cost_of_people_alone_makes_a_budget() -> None:
    plan = plan3(capacity=[CapacityLine("SDR", "SQL", D(5), D(1000))])
    # 40 SQL over 3 months: [14, 13, 13] → 3 people each month × 1 000.
    assert plan.budget is not None
    assert plan.budget.monthly == (3000, 3000, 3000)


def test_peak_headcount_is_the_busiest_month_of_all_roles_together() -> None:
    plan = lagged_plan(capacity=[CapacityLine("SDR", "SQL", D("7.5")),
                                 CapacityLine("AE", "Won", D(1))])
    # SDR [2, 1, 1, 0] and AE [2, 2, 2, 2]: 4 people in January.
    assert [list(c.monthly) for c in plan.capacity] == [[2, 1, 1, 0], [2, 2, 2, 2]]
    assert plan.peak_headcount == 4


def test_ties_in_the_monthly_split_go_to_the_earlier_month_inside_each_segment() -> None:
    plan = plan3(segments=two_segments())
    smb, ent = plan.segments
    # 7 over three equal months: all remainders tie, so the first month gets the extra one.
    assert [list(s.monthly) for s in smb.stages] == [[19, 19, 18], [10, 9, 9], [3, 2, 2]]
    assert [list(s.monthly) for s in ent.stages] == [[7, 7, 6], [4, 3, 3], [1, 1, 0]]
    # The total's months are the segments' months added up, not 9 split again ([3, 3, 3]).
    assert [list(s.monthly) for s in plan.stages] == [[26, 26, 24], [14, 12, 12], [4, 3, 2]]


def lagged_plan(**kwargs: object):
    segments = [Segment("A", D("0.5")), Segment("B", D("0.5"), rates={"SQL": D("0.2")})]
    return compute_plan(RevenueObjective(D(80000), D(10000)), funnel(lag=1), "2027-01", 4,
                        [D(1), D(2), D(1), D(1)], segments=segments, **kwargs)


def test_a_segment_override_on_a_lagged_stage() -> None:
    plan = lagged_plan()
    a, b = plan.segments
    # A: 16 SQL split 1:2:1:1 is [3, 7, 3, 3]; a month of lag moves it one month earlier.
    assert (a.stage("SQL").annual, list(a.stage("SQL").monthly), a.stage("SQL").before_start) \
        == (16, [7, 3, 3, 0], 3)
    # 32 leads: floors [6, 12, 6, 6], +1 to month 2 (0.8) then to month 1 (tie at 0.4).
    assert list(a.stage("Leads").monthly) == [13, 6, 6, 0]
    assert a.stage("Leads").before_start == 7
    # B converts SQL at 20 %: ⌈4 / 0.2⌉ = 20 SQL, 40 leads, lagged like A's.
    assert (b.stage("SQL").annual, list(b.stage("SQL").monthly), b.stage("SQL").before_start) \
        == (20, [8, 4, 4, 0], 4)
    assert (list(b.stage("Leads").monthly), b.stage("Leads").before_start) == ([16, 8, 8, 0], 8)
    sql = plan.stage("SQL")
    assert (sql.annual, list(sql.monthly), sql.before_start, sql.in_period) == \
        (36, [15, 7, 7, 0], 7, 29)
    assert (plan.stage("Leads").before_start, plan.stage("Leads").in_period) == (15, 57)
    assert list(plan.stage("Won").monthly) == [2, 2, 2, 2]


def test_headcount_is_the_ceiling_of_in_period_volume_over_capacity() -> None:
    plan = lagged_plan(capacity=[CapacityLine("SDR", "SQL", D("7.5"))])
    sdr, = plan.capacity
    # In-period SQL [15, 7, 7, 0] at 7.5 a person: 2, 1, 1 and none in the lagged last month.
    assert (list(sdr.monthly), sdr.peak) == ([2, 1, 1, 0], 2)
    assert plan.budget is None  # a line without a cost per person is no cost
    assert plan.peak_headcount == 2


def test_budget_by_month_annual_cac_cost_per_stage_and_roi() -> None:
    plan = lagged_plan(capacity=[CapacityLine("SDR", "SQL", D("7.5"), D(4000))],
                       stage_costs={"Leads": D("12.5")}, fixed_costs=[FixedCost("CRM", D(300))],
                       gross_margin=D("0.5"))
    budget = plan.budget
    assert budget is not None
    # Leads in period [29, 14, 14, 0] × 12.50 + 300 a month + SDRs [2, 1, 1, 0] × 4000.
    assert budget.monthly == (Fraction("8662.5"), 4475, 4475, 300)
    assert budget.annual == Fraction("17912.5")
    data = budget.to_json()
    assert data["monthly"] == ["8662.50", "4475.00", "4475.00", "300.00"]
    assert data["annual"] == "17912.50"
    assert data["cac"] == "2239.06"  # 17 912.50 / 8 won = 2 239.0625
    # Per unit of in-period volume: 57 leads, 29 SQL, 8 won.
    assert data["cost_per"] == {"Leads": "314.2544", "SQL": "617.6724", "Won": "2239.0625"}
    assert data["revenue_won"] == "80000.00"
    # (80 000 × 0.5 − 17 912.50) / 17 912.50 = 1.23307…
    assert data["roi"] == "1.2331"
    assert plan.to_json()["capacity"] == [{
        "role": "SDR", "stage": "SQL", "per_person": "7.5", "cost_per_person": "4000.00",
        "monthly": [2, 1, 1, 0], "peak": 2}]


def test_a_stage_with_no_in_period_volume_has_no_cost_per_unit() -> None:
    stages = [Stage("Leads", D("0.5"), lag=2), Stage("Won")]
    plan = compute_plan(RevenueObjective(D(40), D(10)), stages, "2027-01", 2,
                        stage_costs={"Leads": D(1)})
    assert plan.stage("Leads").in_period == 0
    assert plan.budget is not None
    assert plan.budget.to_json()["cost_per"] == {"Won": "0.0000"}


def test_a_zero_budget_has_no_roi() -> None:
    plan = plan3(stage_costs={"Leads": D(0)})
    assert plan.budget is not None
    assert plan.budget.to_json()["annual"] == "0.00"
    assert plan.budget.to_json()["roi"] is None


def test_a_negative_roi_is_rounded_half_away_from_zero() -> None:
    plan = plan3(fixed_costs=[FixedCost("Agency", D("35000"))])
    # 10 won × 10 000 = 100 000 revenue; budget 105 000: ROI = −5 000 / 105 000 = −0.047619…
    assert plan.budget.to_json()["roi"] == "-0.0476"
    assert plan.budget.to_json()["cac"] == "10500.00"


@pytest.mark.parametrize(("value", "places", "shown"), [
    (Fraction(1, 8), 2, "0.13"), (Fraction(-1, 8), 2, "-0.13"), (Fraction(1, 200), 2, "0.01"),
    (Fraction(-1, 200), 2, "-0.01"), (D("27697.195"), 2, "27697.20"), (D("0.00005"), 4, "0.0001"),
    (Fraction(1, 3), 4, "0.3333"), (Fraction(-2, 3), 4, "-0.6667"), (0, 2, "0.00"),
    (D("1234567890.125"), 2, "1234567890.13")])
def test_rounding_is_half_away_from_zero(value: Fraction, places: int, shown: str) -> None:
    assert str(round_half_away(value, places)) == shown


def test_with_none_of_it_the_plan_is_exactly_as_before() -> None:
    plan = plan3()
    assert (plan.segments, plan.capacity, plan.budget) == ((), (), None)
    data = plan.to_json()
    assert (data["segments"], data["capacity"], data["budget"]) == ([], [], None)
    assert [s.annual for s in plan.stages] == [80, 40, 10]


def problems_of(**kwargs: object) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        plan3(**kwargs)
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize(("kwargs", "expected"), [
    ({"segments": [Segment("SMB", D("0.7")), Segment("Ent", D("0.2"))]},
     "segment shares: the segment shares must add up to exactly 1 (100%); they add up to 0.9 "
     "(90%)"),
    ({"segments": [Segment("SMB", D("1.2")), Segment("Ent", D("-0.2"))]},
     "segment “Ent” share: a segment's share must be more than 0 and at most 1 (100%), got -0.2"),
    ({"segments": [Segment("SMB", D("0.5")), Segment("smb ", D("0.5"))]},
     "segment 2 name: “smb ” is named twice; names must be unique"),
    ({"segments": [Segment(" ", D(1))]}, "segment 1 name: a segment needs a name"),
    ({"segments": [Segment("SMB", D(1), D(0))]},
     "segment “SMB” deal value: the average deal value must be more than 0, got 0"),
    ({"segments": [Segment("SMB", D(1), rates={"Nope": D("0.5")})]},
     "segment “SMB” rate from “Nope”: “Nope” is not a stage of this funnel"),
    ({"segments": [Segment("SMB", D(1), rates={"Won": D("0.5")})]},
     "segment “SMB” rate from “Won”: the last stage (won customers) has no conversion rate"),
    ({"segments": [Segment("SMB", D(1), rates={"SQL": D("1.5")})]},
     "segment “SMB” rate from “SQL”: a conversion rate must be more than 0 and at most 1 (100%), "
     "got 1.5"),
    ({"capacity": [CapacityLine("SDR", "Nope", D(10))]},
     "capacity “SDR” stage: “Nope” is not a stage of this funnel"),
    ({"capacity": [CapacityLine("SDR", "SQL", D(0))]},
     "capacity “SDR” units per person: the units one person handles a month must be more than 0, "
     "got 0"),
    ({"capacity": [CapacityLine("SDR", "SQL", D(10), D(-1))]},
     "capacity “SDR” cost per person: a cost cannot be negative, got -1"),
    ({"capacity": [CapacityLine("SDR", "SQL", D(10)), CapacityLine("SDR", "Leads", D(10))]},
     "capacity line 2 role: “SDR” is named twice; names must be unique"),
    ({"capacity": [CapacityLine("", "SQL", D(10))]},
     "capacity line 1 role: a capacity line needs a role"),
    ({"stage_costs": {"Leads": D(-3)}},
     "cost per unit of “Leads”: a cost cannot be negative, got -3"),
    ({"stage_costs": {"Nope": D(3)}}, "cost per unit of “Nope”: “Nope” is not a stage of this "
                                      "funnel"),
    ({"fixed_costs": [FixedCost("CRM", D(-5))]},
     "fixed cost “CRM” amount: a cost cannot be negative, got -5"),
    ({"fixed_costs": [FixedCost("CRM", D(5)), FixedCost("crm", D(5))]},
     "fixed cost 2 name: “crm” is named twice; names must be unique"),
    ({"fixed_costs": [FixedCost("", D(5))]}, "fixed cost 1 name: a fixed cost needs a name"),
    ({"gross_margin": D("1.4")}, "gross margin: the gross margin must be from 0 to 1 (100%), got "
                                 "1.4"),
    ({"gross_margin": D("-0.1")}, "gross margin: the gross margin must be from 0 to 1 (100%), "
                                  "got -0.1"),
])
def test_bad_planning_depth_is_refused_naming_the_field(kwargs: dict, expected: str) -> None:
    assert expected in problems_of(**kwargs)


def test_edge_values_are_accepted() -> None:
    plan = plan3(gross_margin=D(0), stage_costs={"Leads": D(0)},
                 capacity=[CapacityLine("SDR", "SQL", D("0.5"), D(0))],
                 segments=[Segment("Only", D(1))], fixed_costs=[FixedCost("Rent", D(100))])
    # Nothing of the revenue counts at a 0 margin: the whole budget is lost.
    assert plan.budget is not None and plan.budget.roi == -1


def depth_agreement():
    agreement = demo_agreement()
    agreement.segments = [Segment("SMB", D("0.6")), Segment("Enterprise", D("0.4"), D(60000),
                                                            {"SQL": D("0.3")})]
    agreement.capacity = [CapacityLine("SDR", "MQL", D(120), D(4500)),
                          CapacityLine("AE", "Proposals", D("7.5"), D(8000))]
    agreement.stage_costs = {"Leads": D(35)}
    agreement.fixed_costs = [FixedCost("Tools", D(1200))]
    return agreement


def test_the_agreement_refuses_the_same_way_as_the_plan() -> None:
    agreement = depth_agreement()
    assert validate_agreement(agreement) == []
    agreement.segments[1].share = D("0.3")
    agreement.capacity[0].stage = "Nope"
    fields = [str(p.field) for p in validate_agreement(agreement)]
    assert fields == ["segment shares", "capacity “SDR” stage"]


def test_the_spend_kpi_must_be_a_custom_currency_kpi_lower_is_better() -> None:
    agreement = depth_agreement()
    agreement.custom_kpis.append(Kpi("Marketing spend", KpiKind.CUSTOM, unit=Unit.CURRENCY,
                                     direction=Direction.LOWER))
    agreement.spend_kpi = "Marketing spend"
    assert validate_agreement(agreement) == []
    agreement.custom_kpis[-1].direction = Direction.HIGHER
    assert [str(p) for p in validate_agreement(agreement)] == [
        "spend KPI: “Marketing spend” is not a custom currency KPI where lower is better"]
    agreement.spend_kpi = "Leads"
    assert len(validate_agreement(agreement)) == 1
    agreement.spend_kpi = "Marketing spend"
    agreement.rename_kpi(len(agreement.custom_kpis) - 1, "Spend")
    assert agreement.spend_kpi == "Spend"
    agreement.remove_kpi(len(agreement.custom_kpis) - 1)
    assert agreement.spend_kpi == ""


# Edits on the agreement -----------------------------------------------------------------


def test_adding_segments_keeps_the_shares_summing_to_one() -> None:
    agreement = demo_agreement()
    assert agreement.add_segment("Segment") == 0
    assert [(s.name, s.share) for s in agreement.segments] == [("Segment", 1)]
    agreement.add_segment("Segment")
    assert [(s.name, s.share) for s in agreement.segments] == [("Segment", D("0.5")),
                                                               ("Segment 2", D("0.5"))]
    agreement.set_segment_share(0, D("0.2"))
    agreement.add_segment("Segment")  # takes what is left
    assert [s.share for s in agreement.segments] == [D("0.2"), D("0.5"), D("0.3")]
    agreement.remove_segment(1)  # its share goes to the one before it
    assert [(s.name, s.share) for s in agreement.segments] == [("Segment", D("0.7")),
                                                               ("Segment 3", D("0.3"))]
    agreement.remove_segment(0)  # the first one's goes to the next
    assert [(s.name, s.share) for s in agreement.segments] == [("Segment 3", 1)]
    assert validate_agreement(agreement) == []


def test_the_presenter_slider_moves_share_between_two_segments() -> None:
    agreement = depth_agreement()
    agreement.move_share(1, 0, D("0.25"))
    assert [s.share for s in agreement.segments] == [D("0.75"), D("0.25")]
    agreement.move_share(0, 1, D(2))  # at most what the two had
    assert [s.share for s in agreement.segments] == [1, 0]
    agreement.set_segment_shares([D("0.3"), D("0.7")])
    assert [s.share for s in agreement.segments] == [D("0.3"), D("0.7")]
    with pytest.raises(ValueError):
        agreement.set_segment_shares([D(1)])


def test_segment_overrides_deal_values_and_rates() -> None:
    agreement = depth_agreement()
    assert agreement.segment_rate(1, "SQL") == D("0.3")
    assert agreement.segment_rate(0, "SQL") == D("0.5")
    agreement.set_segment_rate(1, "SQL", None)
    agreement.set_segment_rate(0, "Leads", D("0.45"))
    assert (agreement.segments[0].rates, agreement.segments[1].rates) == (
        {"Leads": D("0.45")}, {})
    agreement.set_segment_deal_value(1, None)
    agreement.rename_segment(1, "Mid-market")
    plan = plan_for(agreement)
    assert plan.segment("Mid-market").deal_value == agreement.objective.deal_value


def test_a_renamed_stage_carries_its_overrides_capacity_and_cost() -> None:
    agreement = depth_agreement()
    agreement.set_stage_cost("SQL", D(80))
    agreement.rename_stage(3, "Sales accepted")
    assert agreement.segments[1].rates == {"Sales accepted": D("0.3")}
    assert agreement.stage_costs == {"Leads": D(35), "Sales accepted": D(80)}
    agreement.rename_stage(2, "Qualified")
    assert agreement.capacity[0].stage == "Qualified"
    assert validate_agreement(agreement) == []


def test_a_forgotten_stage_takes_its_references_with_it() -> None:
    agreement = depth_agreement()
    agreement.forget_stage("MQL")
    agreement.forget_stage("SQL")
    agreement.forget_stage("Leads")
    assert agreement.segments[1].rates == {}
    assert [c.role for c in agreement.capacity] == ["AE"]
    assert agreement.stage_costs == {}


def test_capacity_and_cost_edits() -> None:
    agreement = demo_agreement()
    assert not agreement.has_budget
    assert agreement.add_capacity_line("SDR", "SQL", D(40)) == 0
    assert agreement.add_capacity_line("SDR", "MQL", D(40)) == 1
    assert [c.role for c in agreement.capacity] == ["SDR", "SDR 2"]
    assert not agreement.has_budget
    agreement.capacity[0].cost_per_person = D(4000)
    assert agreement.has_budget
    agreement.remove_capacity_line(0)
    assert agreement.add_fixed_cost("Tools") == 0
    assert agreement.add_fixed_cost("Tools", D(5)) == 1
    assert [(f.name, f.amount) for f in agreement.fixed_costs] == [("Tools", 0),
                                                                   ("Tools 2", 5)]
    agreement.remove_fixed_cost(0)
    agreement.set_stage_cost("Leads", D(3))
    agreement.set_stage_cost("Leads", None)
    assert agreement.stage_costs == {}
    assert [f.name for f in agreement.fixed_costs] == ["Tools 2"]


def test_copy_is_deep_for_the_planning_depth() -> None:
    agreement = depth_agreement()
    copy = agreement.copy()
    copy.segments[1].rates["Leads"] = D("0.1")
    copy.segments[0].share = D("0.1")
    copy.capacity[0].per_person = D(1)
    copy.stage_costs["Visits"] = D(1)
    copy.fixed_costs[0].amount = D(1)
    assert agreement.segments[1].rates == {"SQL": D("0.3")}
    assert agreement.segments[0].share == D("0.6")
    assert agreement.capacity[0].per_person == 120
    assert agreement.stage_costs == {"Leads": D(35)}
    assert agreement.fixed_costs[0].amount == 1200


# Forward what-if ------------------------------------------------------------------------


@pytest.mark.parametrize(("volume", "stages", "deal", "expected"), [
    (D(-1), funnel(), D(10), "what-if volume: the volume cannot be negative, got -1"),
    (D(10), funnel(), D(0), "deal value: the average deal value must be more than 0, got 0"),
    (D(10), [Stage("Leads"), Stage("Won")], D(10),
     "stage “Leads” rate: a conversion rate to the next stage is needed"),
    (D(10), [], D(10), "stages: the funnel needs at least one stage"),
])
def test_forward_plan_refuses_bad_input_naming_the_field(volume: Decimal, stages: list,
                                                         deal: Decimal, expected: str) -> None:
    with pytest.raises(ValidationError) as caught:
        forward_plan(volume, stages, deal)
    assert expected in [str(p) for p in caught.value.problems]


def test_what_if_without_segments_is_the_forward_plan() -> None:
    agreement = demo_agreement()
    result = what_if(agreement, D(50000))
    assert result.total == forward_plan(D(50000), agreement.stages, agreement.objective.deal_value)
    # 50 000 × 0.02 × 0.4 × 0.5 × 0.5 × 0.3 = 30 customers × 24 000 = 720 000 = 1.2 M × 0.6.
    assert (result.total.won, result.total.revenue, result.gap) == (D("30.0"), D("720000.0"),
                                                                    D("0.0"))


def test_what_if_rounds_a_tie_as_the_forward_plan_does() -> None:
    agreement = demo_agreement()
    agreement.stages = [Stage("Leads", D("0.1")), Stage("Won")]
    # 2.5 × 0.1 = 0.25 exactly: half to even, 0.2, as forward_plan's one decimal.
    result = what_if(agreement, D("2.5"))
    assert result.total.won == D("0.2")
    assert result.total == forward_plan(D("2.5"), agreement.stages,
                                        agreement.objective.deal_value)


def test_what_if_from_a_lower_stage_and_the_gap_to_the_objective() -> None:
    agreement = demo_agreement()
    result = what_if(agreement, D(100), from_stage=4)  # 100 proposals at 30 %
    assert [s.name for s in result.total.stages] == ["Proposals", "Customers"]
    assert (result.total.won, result.total.revenue) == (D("30.0"), D("720000.0"))
    result = what_if(agreement, D(50), from_stage=4)
    assert result.gap == D("-360000.0")
    with pytest.raises(ValidationError, match="there is no stage 7"):
        what_if(agreement, D(50), from_stage=6)


def test_what_if_with_segments_splits_the_volume_in_the_plan_mix() -> None:
    agreement = demo_agreement()
    agreement.objective = RevenueObjective(D(100000), D(10000))
    agreement.stages = funnel()
    agreement.segments = two_segments()
    # The plan needs 56 SMB and 20 Enterprise leads: 76 leads split 56 : 20.
    result = what_if(agreement, D(76))
    smb, ent = result.segments
    assert [s.expected for s in smb.forward.stages] == [D("56.0"), D("28.0"), D("7.0")]
    assert [s.expected for s in ent.forward.stages] == [D("20.0"), D("10.0"), D("2.0")]
    assert ent.forward.stages[1].rate_to_next == D("0.2")
    assert [s.expected for s in result.total.stages] == [D("76.0"), D("38.0"), D("9.0")]
    assert (result.total.revenue, result.gap) == (D("120000.0"), D("20000.0"))
    assert result.to_json()["segments"][1]["name"] == "Enterprise"


# Properties -----------------------------------------------------------------------------

rates = st.decimals(min_value=D("0.01"), max_value=D(1), places=2)
shapes = st.lists(st.tuples(rates, st.integers(0, 2)), min_size=0, max_size=5)
weights_6 = st.lists(st.decimals(min_value=D(0), max_value=D(9), places=1), min_size=6,
                     max_size=6).filter(lambda ws: any(w > 0 for w in ws))


@st.composite
def segment_lists(draw: st.DrawFn, stage_names: list[str]) -> list[Segment]:
    count = draw(st.integers(1, 4))
    cuts = sorted(draw(st.lists(st.integers(1, 99), min_size=count - 1, max_size=count - 1,
                                unique=True)))
    bounds = [0, *cuts, 100]
    result = []
    for index in range(count):
        overrides = draw(st.dictionaries(st.sampled_from(stage_names), rates, max_size=2)) \
            if stage_names else {}
        deal = draw(st.none() | st.decimals(min_value=D(1), max_value=D(90000), places=2))
        result.append(Segment(f"S{index}", D(bounds[index + 1] - bounds[index]) / 100, deal,
                              overrides))
    return result


def shaped(shape: list[tuple[Decimal, int]]) -> list[Stage]:
    return [*(Stage(f"T{i}", rate, lag=lag) for i, (rate, lag) in enumerate(shape)), Stage("Won")]


@settings(max_examples=120, deadline=None)
@given(data=st.data(), shape=shapes, weights=weights_6,
       revenue=st.decimals(min_value=D(1), max_value=D(5_000_000), places=2))
def test_segment_totals_equal_the_stage_totals(data: st.DataObject, shape: list,
                                               weights: list, revenue: Decimal) -> None:
    stages = shaped(shape)
    segments = data.draw(segment_lists([s.name for s in stages[:-1]]))
    plan = compute_plan(RevenueObjective(revenue, D(1000)), stages, "2027-01", 6, weights,
                        segments=segments)
    assert plan.won == sum(s.won for s in plan.segments)
    for index, total in enumerate(plan.stages):
        parts = [s.stages[index] for s in plan.segments]
        assert total.annual == sum(p.annual for p in parts)
        assert total.before_start == sum(p.before_start for p in parts)
        assert list(total.monthly) == [sum(m) for m in zip(*(p.monthly for p in parts),
                                                           strict=True)]
        assert total.in_period == sum(total.monthly)
    for segment in plan.segments:
        for upper, lower in zip(segment.stages, segment.stages[1:], strict=False):
            assert upper.annual * upper.rate_to_next >= lower.annual
            assert (upper.annual - 1) * upper.rate_to_next < lower.annual


@settings(max_examples=120, deadline=None)
@given(shape=shapes, weights=weights_6, data=st.data(),
       per_person=st.decimals(min_value=D("0.1"), max_value=D(500), places=1),
       revenue=st.decimals(min_value=D(1), max_value=D(5_000_000), places=2))
def test_headcount_covers_the_volume_and_is_the_least_that_does(
        shape: list, weights: list, data: st.DataObject, per_person: Decimal,
        revenue: Decimal) -> None:
    stages = shaped(shape)
    stage = data.draw(st.sampled_from(stages))
    plan = compute_plan(RevenueObjective(revenue, D(1000)), stages, "2027-01", 6, weights,
                        capacity=[CapacityLine("Rep", stage.name, per_person)])
    line, = plan.capacity
    for heads, volume in zip(line.monthly, plan.stage(stage.name).monthly, strict=True):
        assert heads * per_person >= volume
        assert heads == 0 or (heads - 1) * per_person < volume
    assert line.peak == max(line.monthly)


@settings(max_examples=120, deadline=None)
@given(shape=shapes, weights=weights_6, data=st.data(),
       revenue=st.decimals(min_value=D(1), max_value=D(5_000_000), places=2),
       amounts=st.lists(st.decimals(min_value=D(0), max_value=D(10000), places=3), min_size=3,
                        max_size=3))
def test_budget_months_sum_to_the_annual_budget_exactly(
        shape: list, weights: list, data: st.DataObject, revenue: Decimal,
        amounts: list) -> None:
    stages = shaped(shape)
    costed = data.draw(st.sampled_from(stages))
    segments = data.draw(segment_lists([s.name for s in stages[:-1]]))
    plan = compute_plan(RevenueObjective(revenue, D(1000)), stages, "2027-01", 6, weights,
                        segments=segments, stage_costs={costed.name: amounts[0]},
                        fixed_costs=[FixedCost("Tools", amounts[1])],
                        capacity=[CapacityLine("Rep", costed.name, D(7), amounts[2])])
    budget = plan.budget
    assert budget is not None
    assert sum(budget.monthly) == budget.annual
    expected = sum(Fraction(v) * Fraction(amounts[0]) for v in plan.stage(costed.name).monthly) \
        + 6 * Fraction(amounts[1]) \
        + sum(h * Fraction(amounts[2]) for h in plan.capacity[0].monthly)
    assert budget.annual == expected


@settings(max_examples=120, deadline=None)
@given(shape=shapes, weights=weights_6,
       revenue=st.decimals(min_value=D(1), max_value=D(5_000_000), places=2),
       deal=st.decimals(min_value=D(1), max_value=D(90000), places=2),
       share=st.decimals(min_value=D("0.01"), max_value=D(1), places=2), explicit=st.booleans())
def test_one_segment_with_share_1_reproduces_the_plain_plan(
        shape: list, weights: list, revenue: Decimal, deal: Decimal, share: Decimal,
        explicit: bool) -> None:
    stages = shaped(shape)
    objective = RevenueObjective(revenue, deal, share)
    plain = compute_plan(objective, stages, "2027-01", 6, weights)
    segment = Segment("All", D(1), deal if explicit else None,
                      {s.name: s.rate for s in stages[:1] if s.rate is not None})
    one = compute_plan(objective, stages, "2027-01", 6, weights, segments=[segment])
    assert one.stages == plain.stages
    assert one.won == plain.won
    assert one.planned_revenue == plain.planned_revenue
    assert one.segments[0].stages == plain.stages


def test_removing_a_stage_in_the_editor_forgets_its_references() -> None:
    from ui.models.edits import remove_stage

    agreement = depth_agreement()
    remove_stage(agreement, 2)  # MQL, worked by the SDRs
    assert [c.role for c in agreement.capacity] == ["AE"]
    assert validate_agreement(agreement) == []
