"""The plan rules of DESIGN §4, with exact arithmetic."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slaworkshop.model import (
    RevenueObjective,
    Stage,
    ValidationError,
    parse_rate,
)
from slaworkshop.plan import (
    compute_plan,
    forward_plan,
    split_largest_remainder,
    won_customers,
)
from slaworkshop.text import Text

D = Decimal


def stages(*spec: tuple[str, str | None, int]) -> list[Stage]:
    return [Stage(name, None if rate is None else D(rate), "", lag) for name, rate, lag in spec]


def simple_plan(revenue: str, deal: str, spec: list[Stage], share: str = "1",
                weights: list[Decimal] | None = None, months: int = 12):
    return compute_plan(RevenueObjective(D(revenue), D(deal), D(share)), spec, "2027-01", months,
                        weights)


def test_30_customers_at_0_3_need_exactly_100_proposals() -> None:
    plan = simple_plan("720000", "24000", stages(("Proposals", "0.3", 0), ("Customers", None, 0)))
    assert plan.won == 30
    assert plan.stage("Proposals").annual == 100


@pytest.mark.parametrize(("won", "rate", "needed"), [(21, "0.35", 60), (57, "0.57", 100),
                                                    (161, "0.35", 460), (7, "0.07", 100)])
def test_float_traps_give_the_exact_ceiling(won: int, rate: str, needed: int) -> None:
    # In binary floats 21 / 0.35 is 60.00000000000001 and its ceiling 61: wrong.
    plan = simple_plan(str(won), "1", stages(("Leads", rate, 0), ("Won", None, 0)))
    assert [s.annual for s in plan.stages] == [needed, won]


def test_won_is_the_ceiling_of_revenue_times_share_over_deal_value() -> None:
    assert won_customers(RevenueObjective(D(100000), D(30000))) == 4
    assert won_customers(RevenueObjective(D(1000000), D(24000), D("0.6"))) == 25
    assert won_customers(RevenueObjective(D(90000), D(30000))) == 3


def test_reverse_plan_ceils_from_the_bottom_up() -> None:
    plan = simple_plan("1200000", "24000", stages(
        ("Visits", "0.02", 0), ("Leads", "0.4", 0), ("MQL", "0.5", 0), ("SQL", "0.5", 0),
        ("Proposals", "0.3", 0), ("Customers", None, 0)), share="0.6")
    assert [s.annual for s in plan.stages] == [50000, 1000, 400, 200, 100, 30]
    # 31 customers need ⌈31/0.3⌉ = 104 proposals, then ⌈104/0.5⌉ = 208 SQL ...
    plan = simple_plan("744000", "24000", stages(
        ("Leads", "0.25", 0), ("SQL", "0.5", 0), ("Proposals", "0.3", 0), ("Customers", None, 0)))
    assert [s.annual for s in plan.stages] == [832, 208, 104, 31]


def test_rates_as_fractions_or_percents() -> None:
    assert parse_rate("25%") == D("0.25")
    assert parse_rate("0.25") == D("0.25")
    assert parse_rate("100%") == D(1)
    assert parse_rate("12.5 %") == D("0.125")


def test_largest_remainder_sums_exactly_and_breaks_ties_to_the_earlier_month() -> None:
    assert split_largest_remainder(10, [1, 1, 1]) == [4, 3, 3]
    assert split_largest_remainder(10, [1, 2, 1]) == [3, 5, 2]
    assert split_largest_remainder(11, [1, 1, 1, 1]) == [3, 3, 3, 2]
    assert split_largest_remainder(7, [0, 1, 0]) == [0, 7, 0]
    assert split_largest_remainder(0, [1, 1]) == [0, 0]


def test_monthly_split_follows_seasonality_weights() -> None:
    weights = [D(w) for w in ["8", "9", "10", "10", "9", "8", "7", "4", "9", "10", "9", "7"]]
    plan = simple_plan("100", "1", stages(("Won", None, 0)), weights=weights)
    # 100 over weight sum 100: exactly the weights.
    assert list(plan.stages[0].monthly) == [8, 9, 10, 10, 9, 8, 7, 4, 9, 10, 9, 7]


def test_decimal_weights_are_exact() -> None:
    weights = [D("0.1"), D("0.2"), D("0.7")]
    plan = simple_plan("10", "1", stages(("Won", None, 0)), weights=weights, months=3)
    assert list(plan.stages[0].monthly) == [1, 2, 7]


def test_lag_shifts_the_split_and_reports_before_start() -> None:
    plan = simple_plan("12", "1", stages(("SQL", "0.5", 1), ("Won", None, 0)))
    won, sql = plan.stage("Won"), plan.stage("SQL")
    assert list(won.monthly) == [1] * 12 and won.before_start == 0
    assert sql.annual == 24
    # SQL in month m serves the closes of month m+1: the January closes need SQL from December
    # before the period starts, and the last month's SQL serve nothing inside the period.
    assert list(sql.monthly) == [2] * 11 + [0]
    assert sql.before_start == 2
    assert sum(sql.monthly) + sql.before_start == sql.annual


def test_lags_add_up_down_the_funnel() -> None:
    weights = [D(w) for w in range(1, 13)]
    plan = simple_plan("78", "1", stages(("Leads", "0.5", 1), ("SQL", "0.5", 2), ("Won", None, 0)),
                       weights=weights)
    won, sql, leads = (plan.stage(n) for n in ("Won", "SQL", "Leads"))
    assert list(won.monthly) == list(range(1, 13))  # weight sum 78
    assert sql.annual == 156 and leads.annual == 312
    # SQL lead time 2 months, Leads 3 months.
    assert list(sql.monthly) == [2 * w for w in range(3, 13)] + [0, 0]
    assert sql.before_start == 2 + 4
    assert list(leads.monthly) == [4 * w for w in range(4, 13)] + [0, 0, 0]
    assert leads.before_start == 4 + 8 + 12


def test_forward_what_if_keeps_one_decimal_without_rounding_up() -> None:
    result = forward_plan(D(1234), stages(("Visits", "0.02", 0), ("Leads", "0.333", 0),
                                          ("Won", None, 0)), D(1000))
    assert [s.expected for s in result.stages] == [D("1234.0"), D("24.7"), D("8.2")]
    assert result.won == D("8.2")
    assert result.revenue == D("8218.4")


@pytest.mark.parametrize(("kwargs", "field", "words"), [
    ({"revenue": "0"}, "revenue", "must be more than 0"),
    ({"revenue": "-100"}, "revenue", "must be more than 0"),
    ({"deal": "0"}, "deal value", "must be more than 0"),
    ({"deal": "-5"}, "deal value", "must be more than 0"),
    ({"share": "0"}, "marketing share", "more than 0 and at most 1"),
    ({"share": "1.2"}, "marketing share", "more than 0 and at most 1"),
    ({"rate": "0"}, "stage “Leads” rate", "more than 0 and at most 1"),
    ({"rate": "1.5"}, "stage “Leads” rate", "more than 0 and at most 1"),
    ({"start": "2027-13"}, "start", "not a month in the form YYYY-MM"),
    ({"start": "27-01"}, "start", "not a month in the form YYYY-MM"),
    ({"weights": [D(1)] * 11}, "seasonality", "12 weights, got 11"),
    ({"weights": [D(0)] * 12}, "seasonality", "at least one month"),
])
def test_validation_names_the_field(kwargs: dict, field: str, words: str) -> None:
    objective = RevenueObjective(D(kwargs.get("revenue", "1000")), D(kwargs.get("deal", "10")),
                                 D(kwargs.get("share", "1")))
    spec = [Stage("Leads", D(kwargs.get("rate", "0.5"))), Stage("Won")]
    with pytest.raises(ValidationError) as caught:
        compute_plan(objective, spec, kwargs.get("start", "2027-01"), 12, kwargs.get("weights"))
    problems = caught.value.problems
    assert any(p.field == field and words in p.message for p in problems), problems


def test_no_stages_and_duplicate_names_are_refused() -> None:
    objective = RevenueObjective(D(1000), D(10))
    with pytest.raises(ValidationError, match="at least one stage"):
        compute_plan(objective, [], "2027-01", 12)
    with pytest.raises(ValidationError) as caught:
        compute_plan(objective, [Stage("Leads", D("0.5")), Stage("leads ", D("0.5")),
                                 Stage("Won")], "2027-01", 12)
    assert "“leads ” is already the name of stage 1" in str(caught.value)


def test_rate_given_as_text_is_checked() -> None:
    with pytest.raises(ValidationError, match="got 0"):
        parse_rate("0%", "--stage Leads")
    with pytest.raises(ValidationError, match="“abc” is not a number"):
        parse_rate("abc")


def test_rate_on_last_stage_or_missing_rate_is_refused() -> None:
    objective = RevenueObjective(D(1000), D(10))
    with pytest.raises(ValidationError, match="needed"):
        compute_plan(objective, [Stage("Leads"), Stage("Won")], "2027-01", 12)
    with pytest.raises(ValidationError, match="has no conversion rate"):
        compute_plan(objective, [Stage("Leads", D("0.5")), Stage("Won", D("0.5"))], "2027-01",
                     12)


rates = st.decimals(min_value=D("0.001"), max_value=D(1), places=3)
funnels = st.lists(st.tuples(rates, st.integers(0, 3)), min_size=0, max_size=6)
weights_12 = st.lists(st.decimals(min_value=D(0), max_value=D(50), places=2), min_size=12,
                      max_size=12).filter(lambda ws: any(w > 0 for w in ws))


def top_of_funnel(revenue: Decimal, deal: Decimal, funnel: list[tuple[Decimal, int]]) -> int:
    """The first stage's year target by the rule, computed apart: the won customers the
    revenue needs, then up the funnel the smallest whole number that covers the next stage."""
    need = math.ceil(Fraction(revenue) / Fraction(deal))
    for rate, _lag in reversed(funnel):
        need = math.ceil(need / Fraction(rate))
    return need


def build(revenue: Decimal, funnel: list[tuple[Decimal, int]]) -> list[Stage]:
    result = [Stage(f"S{i}", rate, "", lag) for i, (rate, lag) in enumerate(funnel)]
    return [*result, Stage("Won")]


@settings(max_examples=150, deadline=None)
@given(revenue=st.decimals(min_value=D(1), max_value=D(10_000_000), places=2),
       deal=st.decimals(min_value=D(1), max_value=D(100_000), places=2),
       funnel=funnels, weights=weights_12)
def test_months_sum_to_annual_and_each_stage_covers_the_next(revenue: Decimal, deal: Decimal,
                                                             funnel: list, weights: list) -> None:
    try:
        plan = simple_plan(str(revenue), str(deal), build(revenue, funnel), weights=weights)
    except ValidationError as exc:
        assert "a stage would need more than 10^15" in str(exc)
        assert top_of_funnel(revenue, deal, funnel) > 10**15  # refused only when it must be
        return
    assert top_of_funnel(revenue, deal, funnel) == plan.stages[0].annual
    for stage in plan.stages:
        assert sum(stage.monthly) + stage.before_start == stage.annual
        assert all(v >= 0 for v in stage.monthly)
    for upper, lower in zip(plan.stages, plan.stages[1:], strict=False):
        assert upper.rate_to_next is not None
        assert upper.annual * upper.rate_to_next >= lower.annual
        # ... and it is the smallest whole number that does.
        assert (upper.annual - 1) * upper.rate_to_next < lower.annual
    assert plan.won * deal >= revenue


@settings(max_examples=150, deadline=None)
@given(revenue=st.decimals(min_value=D(1), max_value=D(5_000_000), places=2),
       extra=st.decimals(min_value=D(0), max_value=D(5_000_000), places=2),
       funnel=funnels)
def test_more_revenue_never_means_fewer_of_anything(revenue: Decimal, extra: Decimal,
                                                    funnel: list) -> None:
    spec = build(revenue, funnel)
    plans = []
    for target in (revenue, revenue + extra):
        try:
            plans.append(simple_plan(str(target), "1000", spec))
        except ValidationError as exc:
            # Tiny rates can make a stage pass 10^15: refused, and so is any bigger revenue.
            assert "a stage would need more than 10^15" in str(exc)
            assert top_of_funnel(target, D(1000), funnel) > 10**15
            plans.append(None)
    low, high = plans
    if low is None:
        assert high is None
        return
    if high is None:
        return
    for a, b in zip(low.stages, high.stages, strict=True):
        assert b.annual >= a.annual


@pytest.mark.parametrize(("volume", "deal", "expected"), [
    (D(-1), D(1000), [("what-if volume", "the volume cannot be negative, got -1")]),
    (D(10), D(0), [("deal value", "the average deal value must be more than 0, got 0")]),
])
def test_what_if_refusals_are_translatable(volume: Decimal, deal: Decimal,
                                           expected: list[tuple[str, str]]) -> None:
    with pytest.raises(ValidationError) as caught:
        forward_plan(volume, stages(("Visits", "0.02", 0), ("Won", None, 0)), deal)
    problems = caught.value.problems
    assert [(p.field, p.message) for p in problems] == expected
    # Templates the translation files hold (marked with QT_TRANSLATE_NOOP), not finished text.
    assert all(isinstance(p.field, Text) and isinstance(p.message, Text) for p in problems)
    assert "{" in problems[0].message.template


def test_what_if_accepts_a_zero_volume_and_a_small_deal_value() -> None:
    result = forward_plan(D(0), stages(("Visits", "0.5", 0), ("Won", None, 0)), D("0.5"))
    assert (result.won, result.revenue) == (D("0.0"), D("0.0"))
    assert forward_plan(D(10), stages(("Visits", "0.5", 0), ("Won", None, 0)),
                        D("0.5")).revenue == D("2.5")


def test_a_period_out_of_range_is_refused_before_anything_is_built_for_it() -> None:
    # 10**20 equal weights would not fit in memory; the refusal names the period and the rest.
    with pytest.raises(ValidationError) as caught:
        compute_plan(RevenueObjective(Decimal(-1), Decimal(10)),
                     stages(("Leads", "0.5", 0), ("Won", None, 0)), "2027-01", 10**20)
    assert [str(p.field) for p in caught.value.problems] == ["revenue", "months"]
