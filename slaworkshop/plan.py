"""The funnel plan: revenue broken down backwards into stage targets per month (DESIGN §4).

All arithmetic is on integers and exact fractions: a rate or weight given as a Decimal is
turned into an integer ratio once, so ``30 / 0.3`` is exactly 100 and its ceiling is 100, not
the 101 a binary float gives. That also keeps a recompute far below a millisecond, fast enough
to run on every keystroke of a live workshop.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from math import lcm

from slaworkshop.model import (
    Agreement,
    CapacityLine,
    FixedCost,
    Problem,
    RevenueObjective,
    Segment,
    Stage,
    ValidationError,
    validate_period,
    validate_plan_inputs,
    validate_planning_depth,
    validate_stages,
)
from slaworkshop.periods import month_tuple
from slaworkshop.text import QT_TRANSLATE_NOOP, t


@dataclass(frozen=True)
class StagePlan:
    name: str
    owner: str
    annual: int
    monthly: tuple[int, ...]
    before_start: int
    rate_to_next: Decimal | None
    lag: int
    # Sum of the lags from this stage down to the last one.
    lead_months: int

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "owner": self.owner,
            "annual": self.annual,
            "monthly": list(self.monthly),
            "before_start": self.before_start,
            "rate_to_next": None if self.rate_to_next is None else str(self.rate_to_next),
            "lag": self.lag,
        }


    @property
    def in_period(self) -> int:
        """The volume worked inside the period: the monthly targets' sum (DESIGN §4b)."""
        return self.annual - self.before_start


def round_half_away(value: Fraction | Decimal | int, places: int) -> Decimal:
    """Exactly rounded to ``places`` decimals, half away from zero (how money is shown)."""
    exact = Fraction(value)
    scaled = abs(exact) * 10 ** places
    whole, remainder = divmod(scaled.numerator, scaled.denominator)
    if 2 * remainder >= scaled.denominator:
        whole += 1
    return Decimal(-whole if exact < 0 else whole).scaleb(-places)


def cents(value: Fraction | Decimal | int) -> str:
    return str(round_half_away(value, 2))


def four_places(value: Fraction | Decimal | int) -> str:
    return str(round_half_away(value, 4))


@dataclass(frozen=True)
class SegmentPlan:
    """One segment's own §4 plan: its stages carry its own rates."""

    name: str
    share: Decimal
    deal_value: Decimal
    won: int
    stages: tuple[StagePlan, ...]

    def stage(self, name: str) -> StagePlan | None:
        return next((s for s in self.stages if s.name == name), None)

    @property
    def revenue_won(self) -> Decimal:
        return self.won * self.deal_value

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "share": str(self.share), "deal_value": str(self.deal_value),
                "won": self.won, "stages": [s.to_json() for s in self.stages]}


@dataclass(frozen=True)
class CapacityPlan:
    """People a role needs each month: ⌈in-period volume of its stage / per person⌉."""

    role: str
    stage: str
    per_person: Decimal
    cost_per_person: Decimal | None
    monthly: tuple[int, ...]
    peak: int

    def to_json(self) -> dict[str, object]:
        return {"role": self.role, "stage": self.stage, "per_person": str(self.per_person),
                "cost_per_person": None if self.cost_per_person is None
                else cents(self.cost_per_person),
                "monthly": list(self.monthly), "peak": self.peak}


@dataclass(frozen=True)
class BudgetPlan:
    """What the plan costs, exactly; rounded only by ``to_json`` and the screens."""

    monthly: tuple[Fraction, ...]
    # The three parts of each month: unit costs of stages, fixed costs, people.
    monthly_units: tuple[Fraction, ...]
    monthly_fixed: Fraction
    monthly_people: tuple[Fraction, ...]
    annual: Fraction
    cac: Fraction | None
    # Annual budget / in-period volume, for every stage with any volume, in funnel order.
    cost_per: dict[str, Fraction]
    revenue_won: Decimal
    gross_margin: Decimal
    roi: Fraction | None

    def to_json(self) -> dict[str, object]:
        return {"monthly": [cents(m) for m in self.monthly], "annual": cents(self.annual),
                "cac": None if self.cac is None else cents(self.cac),
                "cost_per": {name: four_places(v) for name, v in self.cost_per.items()},
                "revenue_won": cents(self.revenue_won),
                "gross_margin": str(self.gross_margin),
                "roi": None if self.roi is None else four_places(self.roi)}


@dataclass(frozen=True)
class Plan:
    won: int
    stages: tuple[StagePlan, ...]
    months: tuple[str, ...]
    revenue: Decimal
    deal_value: Decimal
    marketing_share: Decimal
    # Planning depth (DESIGN §4b): empty / None when none is given. With segments, ``won``
    # and ``stages`` are the sums over them.
    segments: tuple[SegmentPlan, ...] = ()
    capacity: tuple[CapacityPlan, ...] = ()
    budget: BudgetPlan | None = None

    def stage(self, name: str) -> StagePlan | None:
        return next((s for s in self.stages if s.name == name), None)

    def segment(self, name: str) -> SegmentPlan | None:
        return next((s for s in self.segments if s.name == name), None)

    @property
    def planned_revenue(self) -> Decimal:
        """Revenue the won customers bring at the average deal value (each segment's own)."""
        if self.segments:
            return sum((s.revenue_won for s in self.segments), Decimal(0))
        return self.won * self.deal_value

    @property
    def peak_headcount(self) -> int:
        """People needed at the busiest month, all roles together."""
        totals = [0] * len(self.months)
        for line in self.capacity:
            totals = [a + b for a, b in zip(totals, line.monthly, strict=True)]
        return max(totals, default=0)

    def to_json(self) -> dict[str, object]:
        return {
            "won": self.won,
            "revenue": str(self.revenue),
            "deal_value": str(self.deal_value),
            "marketing_share": str(self.marketing_share),
            "stages": [s.to_json() for s in self.stages],
            "months": list(self.months),
            "segments": [s.to_json() for s in self.segments],
            "capacity": [c.to_json() for c in self.capacity],
            "budget": None if self.budget is None else self.budget.to_json(),
        }


def ceil_div(numerator: int, denominator: int) -> int:
    return -(-numerator // denominator)


def ratio(value: Decimal) -> tuple[int, int]:
    numerator, denominator = value.as_integer_ratio()
    return numerator, denominator


def won_customers(objective: RevenueObjective) -> int:
    """⌈R·s / D⌉, exactly."""
    rn, rd = ratio(objective.revenue)
    sn, sd = ratio(objective.marketing_share)
    dn, dd = ratio(objective.deal_value)
    # (rn/rd)·(sn/sd) / (dn/dd) = rn·sn·dd / (rd·sd·dn)
    return ceil_div(rn * sn * dd, rd * sd * dn)


def reverse_annual(won: int, rates: Sequence[Decimal]) -> list[int]:
    """Annual targets from the bottom up: stage_i = ⌈stage_{i+1} / r_i⌉."""
    annual = [won]
    for rate in reversed(rates):
        rn, rd = ratio(rate)
        annual.append(ceil_div(annual[-1] * rd, rn))
    annual.reverse()
    return annual


@lru_cache(maxsize=32)
def integer_weights(weights: tuple[Decimal, ...]) -> tuple[int, ...]:
    """The weights scaled to integers with the same proportions (the same twelve, or
    sixty, on every keystroke: scaled once)."""
    ratios = [ratio(w) for w in weights]
    common = 1
    for _, d in ratios:
        common = lcm(common, d)
    return tuple(n * (common // d) for n, d in ratios)


def split_largest_remainder(total: int, weights: Sequence[int]) -> list[int]:
    """Split ``total`` in proportion to integer ``weights``, summing exactly to ``total``.

    Floors first, then one more to the largest remainders; ties go to the earlier month.
    """
    weight_sum = sum(weights)
    products = [total * weight for weight in weights]
    parts = [product // weight_sum for product in products]
    left = total - sum(parts)
    if left:
        # The largest remainders first; a stable sort keeps the earlier month first among
        # equal ones (reverse=True keeps the order of equals too).
        remainders = [product % weight_sum for product in products]
        for index in sorted(range(len(parts)), key=remainders.__getitem__,
                            reverse=True)[:left]:
            parts[index] += 1
    return parts


def _won(objective: RevenueObjective, share: Decimal, deal_value: Decimal) -> int:
    """⌈R·share·s / D⌉, exactly."""
    rn, rd = ratio(objective.revenue)
    an, ad = ratio(share)
    sn, sd = ratio(objective.marketing_share)
    dn, dd = ratio(deal_value)
    return ceil_div(rn * an * sn * dd, rd * ad * sd * dn)


def _stage_plans(won: int, rates: Sequence[Decimal], stages: Sequence[Stage],
                 int_weights: Sequence[int], lead: Sequence[int], months: int,
                 split_cache: dict[int, list[int]]) -> list[StagePlan]:
    annual = reverse_annual(won, rates)
    stage_plans = []
    for index, stage in enumerate(stages):
        total = annual[index]
        closes = split_cache.get(total)
        if closes is None:
            closes = split_largest_remainder(total, int_weights)
            split_cache[total] = closes
        shift = min(lead[index], months)
        # Stage volume in month m serves the closes of month m + shift.
        monthly = tuple(closes[shift:]) + (0,) * shift
        stage_plans.append(StagePlan(
            name=stage.name, owner=stage.owner, annual=total, monthly=monthly,
            before_start=sum(closes[:shift]),
            rate_to_next=rates[index] if index < len(rates) else None, lag=stage.lag,
            lead_months=lead[index]))
    return stage_plans


def _summed(stage: Stage, parts: Sequence[StagePlan]) -> StagePlan:
    """A stage's total over segments: sums, never a re-ceiling of the sum."""
    first = parts[0]
    return StagePlan(
        name=stage.name, owner=stage.owner, annual=sum(p.annual for p in parts),
        monthly=tuple(map(sum, zip(*(p.monthly for p in parts), strict=True))),
        before_start=sum(p.before_start for p in parts), rate_to_next=stage.rate,
        lag=stage.lag, lead_months=first.lead_months)


def _capacity_plans(lines: Sequence[CapacityLine],
                    stage_plans: Sequence[StagePlan]) -> tuple[CapacityPlan, ...]:
    by_name = {s.name: s for s in stage_plans}
    result = []
    for line in lines:
        pn, pd = ratio(line.per_person)
        monthly = tuple(ceil_div(v * pd, pn) for v in by_name[line.stage].monthly)
        result.append(CapacityPlan(role=line.role, stage=line.stage, per_person=line.per_person,
                                   cost_per_person=line.cost_per_person, monthly=monthly,
                                   peak=max(monthly, default=0)))
    return tuple(result)


def _budget(stage_plans: Sequence[StagePlan], capacity: Sequence[CapacityPlan],
            stage_costs: Mapping[str, Decimal], fixed_costs: Sequence[FixedCost],
            won: int, revenue_won: Decimal, gross_margin: Decimal) -> BudgetPlan:
    # Integers over one common denominator: exact, and far quicker than Fractions per month.
    amounts = [*stage_costs.values(), *(f.amount for f in fixed_costs),
               *(c.cost_per_person for c in capacity if c.cost_per_person is not None)]
    common = 1
    for amount in amounts:
        common = lcm(common, ratio(amount)[1])

    def scaled(amount: Decimal) -> int:
        n, d = ratio(amount)
        return n * (common // d)

    months = len(stage_plans[0].monthly)
    units = [0] * months
    for stage in stage_plans:
        cost = stage_costs.get(stage.name)
        if cost is not None:
            per_unit = scaled(cost)
            for index, volume in enumerate(stage.monthly):
                units[index] += volume * per_unit
    fixed = sum(scaled(f.amount) for f in fixed_costs)
    people = [0] * months
    for line in capacity:
        if line.cost_per_person is not None:
            per_person = scaled(line.cost_per_person)
            for index, heads in enumerate(line.monthly):
                people[index] += heads * per_person
    totals = [u + fixed + p for u, p in zip(units, people, strict=True)]
    annual_n = sum(totals)
    annual = Fraction(annual_n, common)
    cost_per = {s.name: Fraction(annual_n, common * s.in_period)
                for s in stage_plans if s.in_period > 0}
    roi = None
    if annual_n:
        roi = (Fraction(revenue_won) * Fraction(gross_margin) - annual) / annual
    return BudgetPlan(
        monthly=tuple(Fraction(v, common) for v in totals),
        monthly_units=tuple(Fraction(v, common) for v in units),
        monthly_fixed=Fraction(fixed, common),
        monthly_people=tuple(Fraction(v, common) for v in people),
        annual=annual, cac=Fraction(annual_n, common * won) if won else None,
        cost_per=cost_per, revenue_won=revenue_won, gross_margin=gross_margin, roi=roi)


def compute_plan(objective: RevenueObjective, stages: Sequence[Stage], start: str,
                 months: int, weights: Sequence[Decimal] | None = None, *,
                 segments: Sequence[Segment] = (), capacity: Sequence[CapacityLine] = (),
                 stage_costs: Mapping[str, Decimal] | None = None,
                 fixed_costs: Sequence[FixedCost] = (),
                 gross_margin: Decimal = Decimal(1), checked: bool = False) -> Plan:
    """The reverse plan, with segments, team capacity and budget when given (DESIGN §4, §4b).

    Raises ValidationError naming every bad field. ``checked``: the caller has just found
    nothing wrong with these inputs (``validate_agreement``, on every keystroke of a live
    edit), so they are not checked a second time."""
    # Equal weights only for a period in range: nothing is built for 10**20 months (the
    # period's problem is reported below with the rest).
    in_range = checked or not validate_period(start, months)
    weight_list = list(weights) if weights else [Decimal(1)] * (months if in_range else 0)
    costs = stage_costs or {}
    if not checked:
        problems = validate_plan_inputs(objective, stages, start, months, weight_list)
        problems += validate_planning_depth(segments, capacity, costs, fixed_costs,
                                            gross_margin, stages)
        if problems:
            raise ValidationError(problems)
    rates = [s.rate for s in stages[:-1] if s.rate is not None]
    int_weights = integer_weights(tuple(weight_list))
    lead = [0] * len(stages)
    for index in range(len(stages) - 2, -1, -1):
        lead[index] = lead[index + 1] + stages[index].lag
    split_cache: dict[int, list[int]] = {}
    segment_plans: list[SegmentPlan] = []
    if not segments:
        won = won_customers(objective)
        stage_plans = _stage_plans(won, rates, stages, int_weights, lead, months, split_cache)
        revenue_won = won * objective.deal_value
    else:
        for segment in segments:
            deal_value = segment.deal_value or objective.deal_value
            own_rates = [segment.rates.get(s.name, rate) for s, rate in zip(stages, rates,
                                                                            strict=False)]
            won_s = _won(objective, segment.share, deal_value)
            segment_plans.append(SegmentPlan(
                name=segment.name, share=segment.share, deal_value=deal_value, won=won_s,
                stages=tuple(_stage_plans(won_s, own_rates, stages, int_weights, lead, months,
                                          split_cache))))
        stage_plans = [_summed(stage, [p.stages[index] for p in segment_plans])
                       for index, stage in enumerate(stages)]
        won = sum(p.won for p in segment_plans)
        revenue_won = sum((p.revenue_won for p in segment_plans), Decimal(0))
    capacity_plans = _capacity_plans(capacity, stage_plans)
    budget = None
    if costs or fixed_costs or any(c.cost_per_person is not None for c in capacity):
        budget = _budget(stage_plans, capacity_plans, costs, fixed_costs, won, revenue_won,
                         gross_margin)
    return Plan(won=won, stages=tuple(stage_plans), months=month_tuple(start, months),
                revenue=objective.revenue, deal_value=objective.deal_value,
                marketing_share=objective.marketing_share, segments=tuple(segment_plans),
                capacity=capacity_plans, budget=budget)


def plan_for(agreement: Agreement, *, checked: bool = False) -> Plan:
    """The agreement's plan; ``checked``: ``validate_agreement`` has just found nothing
    wrong with it (see ``compute_plan``)."""
    return compute_plan(agreement.objective, agreement.stages, agreement.start,
                        agreement.months, agreement.seasonality, segments=agreement.segments,
                        capacity=agreement.capacity, stage_costs=agreement.stage_costs,
                        fixed_costs=agreement.fixed_costs, gross_margin=agreement.gross_margin,
                        checked=checked)


@dataclass(frozen=True)
class ForwardStage:
    name: str
    expected: Decimal
    rate_to_next: Decimal | None


@dataclass(frozen=True)
class ForwardPlan:
    stages: tuple[ForwardStage, ...]
    won: Decimal
    revenue: Decimal

    def to_json(self) -> dict[str, object]:
        return {
            "stages": [{"name": s.name, "expected": str(s.expected),
                        "rate_to_next": None if s.rate_to_next is None else str(s.rate_to_next)}
                       for s in self.stages],
            "won": str(self.won),
            "revenue": str(self.revenue),
        }


def one_decimal(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.1"))


def _one_decimal_exact(value: Fraction) -> Decimal:
    """An exact value to one decimal, rounded as ``one_decimal`` rounds (half to even)."""
    scaled = abs(value) * 10
    whole, remainder = divmod(scaled.numerator, scaled.denominator)
    if 2 * remainder > scaled.denominator or (2 * remainder == scaled.denominator and whole % 2):
        whole += 1
    return Decimal(-whole if value < 0 else whole).scaleb(-1)


def forward_problems(volume: Decimal, stages: Sequence[Stage],
                     deal_value: Decimal) -> list[Problem]:
    problems = validate_stages(stages)
    if volume < 0:
        problems.append(Problem(
            t(QT_TRANSLATE_NOOP("core", "what-if volume")),
            t(QT_TRANSLATE_NOOP("core", "the volume cannot be negative, got {value}"),
              value=volume)))
    if deal_value <= 0:
        problems.append(Problem(
            t(QT_TRANSLATE_NOOP("core", "deal value")),
            t(QT_TRANSLATE_NOOP("core", "the average deal value must be more than 0, got "
                                        "{value}"), value=deal_value)))
    return problems


def forward_plan(top_volume: Decimal, stages: Sequence[Stage],
                 deal_value: Decimal) -> ForwardPlan:
    """What-if: expected counts from a top-of-funnel volume, no rounding up, one decimal."""
    problems = forward_problems(top_volume, stages, deal_value)
    if problems:
        raise ValidationError(problems)
    exact = [Decimal(top_volume)]
    for stage in stages[:-1]:
        assert stage.rate is not None
        exact.append(exact[-1] * stage.rate)
    result = tuple(ForwardStage(s.name, one_decimal(v), s.rate) for s, v in zip(stages, exact,
                                                                                strict=True))
    return ForwardPlan(stages=result, won=one_decimal(exact[-1]),
                       revenue=one_decimal(exact[-1] * deal_value))


@dataclass(frozen=True)
class SegmentForward:
    name: str
    forward: ForwardPlan


@dataclass(frozen=True)
class WhatIf:
    """A volume entering the funnel at one stage and what it would bring (DESIGN §4 forward
    mode); with segments it is split in the plan's mix at that stage, each segment converting
    at its own rates and deal value."""

    stage: str
    volume: Decimal
    total: ForwardPlan
    segments: tuple[SegmentForward, ...]
    # The revenue the funnel must bring: revenue target × marketing share.
    objective: Decimal
    # Expected revenue − objective, one decimal; below 0 the volume falls short.
    gap: Decimal

    def to_json(self) -> dict[str, object]:
        return {**self.total.to_json(), "from_stage": self.stage, "volume": str(self.volume),
                "objective": str(self.objective), "gap": str(self.gap),
                "segments": [{"name": s.name, **s.forward.to_json()} for s in self.segments]}


def _forward_exact(volume: Fraction, rates: Sequence[Decimal]) -> list[Fraction]:
    exact = [volume]
    for rate in rates:
        exact.append(exact[-1] * Fraction(rate))
    return exact


def _forward_rounded(stages: Sequence[Stage], rates: Sequence[Decimal | None],
                     exact: Sequence[Fraction], revenue: Fraction) -> ForwardPlan:
    return ForwardPlan(
        stages=tuple(ForwardStage(s.name, _one_decimal_exact(v), rate)
                     for s, v, rate in zip(stages, exact, rates, strict=True)),
        won=_one_decimal_exact(exact[-1]), revenue=_one_decimal_exact(revenue))


def what_if(agreement: Agreement, volume: Decimal, from_stage: int = 0,
            plan: Plan | None = None) -> WhatIf:
    """The forward what-if from ``volume`` at stage ``from_stage`` (0: the top).

    ``plan`` is the agreement's plan when the caller has it (the segment mix comes from it).
    Raises ValidationError naming the bad field.
    """
    stages = agreement.stages
    problems = forward_problems(volume, stages, agreement.objective.deal_value)
    if not problems and not 0 <= from_stage < len(stages):
        problems.append(Problem(
            t(QT_TRANSLATE_NOOP("core", "what-if stage")),
            t(QT_TRANSLATE_NOOP("core", "there is no stage {number} in this funnel"),
              number=from_stage + 1)))
    if problems:
        raise ValidationError(problems)
    below = stages[from_stage:]
    objective = agreement.objective.revenue * agreement.objective.marketing_share
    if not agreement.segments:
        rates = [s.rate for s in below[:-1] if s.rate is not None]
        exact = _forward_exact(Fraction(volume), rates)
        revenue = exact[-1] * Fraction(agreement.objective.deal_value)
        total = _forward_rounded(below, [s.rate for s in below], exact, revenue)
        return WhatIf(stage=below[0].name, volume=volume, total=total, segments=(),
                      objective=objective, gap=_one_decimal_exact(revenue - Fraction(objective)))
    plan = plan or plan_for(agreement)
    entering = plan.stages[from_stage].annual
    per_segment = []
    sums = [Fraction(0)] * len(below)
    revenue = Fraction(0)
    for segment in plan.segments:
        mix = Fraction(segment.stages[from_stage].annual, entering)
        rates = [segment.stages[from_stage + i].rate_to_next or Decimal(1)
                 for i in range(len(below) - 1)]
        exact = _forward_exact(Fraction(volume) * mix, rates)
        segment_revenue = exact[-1] * Fraction(segment.deal_value)
        per_segment.append(SegmentForward(segment.name, _forward_rounded(
            below, [*rates, None], exact, segment_revenue)))
        sums = [a + b for a, b in zip(sums, exact, strict=True)]
        revenue += segment_revenue
    total = _forward_rounded(below, [s.rate for s in below], sums, revenue)
    return WhatIf(stage=below[0].name, volume=volume, total=total, segments=tuple(per_segment),
                  objective=objective, gap=_one_decimal_exact(revenue - Fraction(objective)))
