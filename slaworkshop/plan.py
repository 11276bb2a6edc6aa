"""The funnel plan: revenue broken down backwards into stage targets per month (DESIGN §4).

All arithmetic is on integers and exact fractions: a rate or weight given as a Decimal is
turned into an integer ratio once, so ``30 / 0.3`` is exactly 100 and its ceiling is 100, not
the 101 a binary float gives. That also keeps a recompute far below a millisecond, fast enough
to run on every keystroke of a live workshop.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from math import lcm

from slaworkshop.model import (
    Agreement,
    RevenueObjective,
    Stage,
    ValidationError,
    validate_plan_inputs,
)
from slaworkshop.periods import month_range
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


@dataclass(frozen=True)
class Plan:
    won: int
    stages: tuple[StagePlan, ...]
    months: tuple[str, ...]
    revenue: Decimal
    deal_value: Decimal
    marketing_share: Decimal

    def stage(self, name: str) -> StagePlan | None:
        return next((s for s in self.stages if s.name == name), None)

    @property
    def planned_revenue(self) -> Decimal:
        """Revenue the won customers bring at the average deal value."""
        return self.won * self.deal_value

    def to_json(self) -> dict[str, object]:
        return {
            "won": self.won,
            "revenue": str(self.revenue),
            "deal_value": str(self.deal_value),
            "marketing_share": str(self.marketing_share),
            "stages": [s.to_json() for s in self.stages],
            "months": list(self.months),
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


def integer_weights(weights: Sequence[Decimal]) -> list[int]:
    """The weights scaled to integers with the same proportions."""
    ratios = [ratio(w) for w in weights]
    common = 1
    for _, d in ratios:
        common = lcm(common, d)
    return [n * (common // d) for n, d in ratios]


def split_largest_remainder(total: int, weights: Sequence[int]) -> list[int]:
    """Split ``total`` in proportion to integer ``weights``, summing exactly to ``total``.

    Floors first, then one more to the largest remainders; ties go to the earlier month.
    """
    weight_sum = sum(weights)
    parts = []
    remainders = []
    for index, weight in enumerate(weights):
        quotient, remainder = divmod(total * weight, weight_sum)
        parts.append(quotient)
        remainders.append((-remainder, index))
    left = total - sum(parts)
    if left:
        remainders.sort()
        for _, index in remainders[:left]:
            parts[index] += 1
    return parts


def compute_plan(objective: RevenueObjective, stages: Sequence[Stage], start: str,
                 months: int, weights: Sequence[Decimal] | None = None) -> Plan:
    """The reverse plan. Raises ValidationError naming every bad field."""
    weight_list = list(weights) if weights else [Decimal(1)] * months
    problems = validate_plan_inputs(objective, stages, start, months, weight_list)
    if problems:
        raise ValidationError(problems)
    won = won_customers(objective)
    rates = [s.rate for s in stages[:-1] if s.rate is not None]
    annual = reverse_annual(won, rates)
    int_weights = integer_weights(weight_list)
    lead = [0] * len(stages)
    for index in range(len(stages) - 2, -1, -1):
        lead[index] = lead[index + 1] + stages[index].lag
    split_cache: dict[int, list[int]] = {}
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
            before_start=sum(closes[:shift]), rate_to_next=stage.rate, lag=stage.lag,
            lead_months=lead[index]))
    return Plan(won=won, stages=tuple(stage_plans), months=tuple(month_range(start, months)),
                revenue=objective.revenue, deal_value=objective.deal_value,
                marketing_share=objective.marketing_share)


def plan_for(agreement: Agreement) -> Plan:
    return compute_plan(agreement.objective, agreement.stages, agreement.start,
                        agreement.months, agreement.seasonality)


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


def forward_plan(top_volume: Decimal, stages: Sequence[Stage],
                 deal_value: Decimal) -> ForwardPlan:
    """What-if: expected counts from a top-of-funnel volume, no rounding up, one decimal."""
    from slaworkshop.model import Problem, validate_stages

    problems = validate_stages(stages)
    if top_volume < 0:
        problems.append(Problem(
            t(QT_TRANSLATE_NOOP("core", "top volume")),
            t(QT_TRANSLATE_NOOP("core", "the volume cannot be negative, got {volume}"),
              volume=top_volume)))
    if deal_value <= 0:
        problems.append(Problem(
            t(QT_TRANSLATE_NOOP("core", "deal value")),
            t(QT_TRANSLATE_NOOP("core", "the average deal value must be more than 0, got {value}"),
              value=deal_value)))
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
