"""The checks run on every keystroke take shortcuts (a list of numbers settled at once, the
derived KPI names without making the KPIs): each shortcut must say exactly what the long way
says, for any numbers, including the hostile ones."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slaworkshop import bounds
from slaworkshop.demo import demo_agreement
from slaworkshop.model import KpiKind, _derived_kpi_keys, _name_key, validate_agreement

HOSTILE = [Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity"), Decimal("-Infinity"),
           Decimal("1E+999999999"), Decimal("-1E+999999999"), Decimal("1E-999999999"),
           Decimal("1E+15"), Decimal("-1E+15"), Decimal("1.0000000000000001E+15"),
           Decimal("1E-60"), Decimal("1E-61"), Decimal("0E-61"), Decimal("-0E-61"),
           Decimal("0.5"), Decimal("123456789012345.123456789")]

decimals = st.one_of(
    st.sampled_from(HOSTILE),
    st.decimals(allow_nan=True, allow_infinity=True, places=None),
    st.builds(lambda digits, exponent: Decimal(digits).scaleb(exponent),
              st.integers(-10**20, 10**20), st.integers(-80, 20)),
)


@settings(max_examples=600)
@given(st.lists(st.one_of(st.none(), decimals), max_size=70))
def test_a_list_settled_at_once_is_one_whose_every_number_is_in_bounds(
        values: list[Decimal | None]) -> None:
    each = all(v is None or bounds.decimal_problem(v) is None for v in values)
    at_once = bounds.all_in_bounds(values)
    # "In bounds" at once is never wrong; "look at each" is the answer for every list with
    # a number out of bounds, and for the odd list in bounds only once trailing zeros are
    # dropped (0E-61, 1.5 with 70 zeros), which the long way then passes.
    assert not at_once or each
    plain = all(v is None or (v.is_finite() and v.as_tuple().exponent >= -bounds.MAX_DECIMALS)
                for v in values)
    if each and plain:
        assert at_once


@pytest.mark.parametrize("value", HOSTILE)
def test_one_hostile_number_among_twelve_good_ones_is_seen(value: Decimal) -> None:
    values = [Decimal("1500.25")] * 11 + [value]
    if bounds.decimal_problem(value) is not None:
        assert not bounds.all_in_bounds(values)
    elif value.as_tuple().exponent >= -bounds.MAX_DECIMALS:  # type: ignore[operator]
        assert bounds.all_in_bounds(values)


def test_a_rounded_sum_is_never_taken_for_an_exact_one() -> None:
    # 10^15 and 10^-60 together need 76 digits: exact at 100, and in bounds.
    assert bounds.all_in_bounds([Decimal("1E+15"), Decimal("1E-60")])
    # 10^-61 is one decimal too many, however it is hidden by its neighbours.
    assert not bounds.all_in_bounds([Decimal("1E+15"), Decimal("1E-61")])
    assert not bounds.all_in_bounds([Decimal("1E-61"), Decimal("-1E-61")])
    assert not bounds.all_in_bounds([Decimal("1E+15"), Decimal("1E-200"), Decimal("-1E+15")])
    # An int where a Decimal belongs is left to the long way, which knows ints.
    assert not bounds.all_in_bounds([Decimal(1), 5])  # type: ignore[list-item]
    assert bounds.all_in_bounds([None, None])


def test_the_derived_kpi_names_are_those_of_the_derived_kpis() -> None:
    agreement = demo_agreement("en")
    agreement.stages[2].name = "  Marketing  QUALIFIED leads "
    derived = {_name_key(k.name) for k in agreement.kpis() if k.kind is not KpiKind.CUSTOM}
    assert _derived_kpi_keys(agreement) == derived
    assert len(derived) == 2 * len(agreement.stages) - 1


def test_a_target_out_of_bounds_is_named_by_its_kpi_and_month() -> None:
    agreement = demo_agreement("en")
    kpi = agreement.custom_kpis[0]
    kpi.targets = [Decimal(10)] * (agreement.months - 1) + [Decimal("1E-61")]
    problems = validate_agreement(agreement)
    assert [p.field for p in problems] == [f"KPI 1 target {agreement.months}"]
    assert "more than 60 decimal places" in problems[0].message


def test_a_custom_kpi_named_like_a_conversion_is_refused() -> None:
    agreement = demo_agreement("en")
    first, second = agreement.stages[0].name, agreement.stages[1].name
    conversion = next(k.name for k in agreement.kpis() if k.kind is KpiKind.CONVERSION)
    assert first in conversion and second in conversion
    original = agreement.custom_kpis[0].name
    agreement.custom_kpis[0].name = conversion.upper()
    problems = validate_agreement(agreement)
    assert any("is already a KPI name" in p.message for p in problems)
    agreement.custom_kpis[0].name = original
    # A protocol may name the conversion KPI (any case), not a conversion that is not there.
    agreement.protocols[0].kpi = conversion.lower()
    assert validate_agreement(agreement) == []
    agreement.protocols[0].kpi = f"{second} → {first}"
    assert [p.message for p in validate_agreement(agreement)] == [
        f"“{second} → {first}” is not a KPI of this agreement"]


def test_a_checked_plan_is_the_plan() -> None:
    from slaworkshop.model import CapacityLine, Segment
    from slaworkshop.plan import plan_for

    plain = demo_agreement("en")
    deep = demo_agreement("en")
    deep.segments = [Segment("SMB", Decimal("0.6")), Segment("Big", Decimal("0.4"),
                                                            Decimal(90000))]
    deep.capacity = [CapacityLine("SDR", "SQL", Decimal(40), Decimal(4000))]
    deep.months, deep.seasonality = 18, [Decimal(1 + m % 4) for m in range(18)]
    for kpi in deep.custom_kpis:
        kpi.targets = (kpi.targets * 2)[:18] if kpi.targets else []
    for agreement in (plain, deep):
        assert validate_agreement(agreement) == []
        assert plan_for(agreement, checked=True) == plan_for(agreement)
    # Unchecked, a bad input is still refused, naming its field.
    plain.stages[1].rate = Decimal("1.5")
    with pytest.raises(Exception, match="rate"):
        plan_for(plain)


@pytest.mark.parametrize(("where", "field"), [
    ("revenue", "revenue"), ("deal_value", "deal value"), ("marketing_share", "marketing share"),
    ("rate", "stage 2 rate"), ("weight", "seasonality weight 3")])
def test_each_plan_number_out_of_bounds_is_named(where: str, field: str) -> None:
    from slaworkshop.model import validate_plan_bounds

    agreement = demo_agreement("en")
    objective, stages = agreement.objective, agreement.stages
    weights = list(agreement.seasonality)
    huge = Decimal("1E+16")
    if where == "rate":
        stages[1].rate = Decimal("1E-61")
    elif where == "weight":
        weights[2] = huge
    else:
        setattr(objective, where, huge)
    problems = validate_plan_bounds(objective, stages, weights)
    assert [p.field for p in problems] == [field]
    assert ("decimal places" if where == "rate" else "too large") in problems[0].message
    # In bounds again: nothing to say.
    assert validate_plan_bounds(demo_agreement("en").objective, demo_agreement("en").stages,
                                demo_agreement("en").seasonality) == []


def test_a_plan_too_large_to_derive_is_refused_only_when_asked() -> None:
    from slaworkshop.model import validate_plan_bounds

    agreement = demo_agreement("en")
    agreement.objective.revenue = Decimal("1E+15")
    agreement.objective.deal_value = Decimal(1)
    for stage in agreement.stages[:-1]:
        stage.rate = Decimal("0.001")
    problems = validate_plan_bounds(agreement.objective, agreement.stages,
                                    agreement.seasonality)
    assert [p.field for p in problems] == ["stages"]
    assert validate_plan_bounds(agreement.objective, agreement.stages, agreement.seasonality,
                                derived=False) == []
    # A number out of bounds is said first; the derived counts are not asked then.
    agreement.objective.marketing_share = Decimal("1E-70")
    assert [p.field for p in validate_plan_bounds(
        agreement.objective, agreement.stages, agreement.seasonality)] == ["marketing share"]
