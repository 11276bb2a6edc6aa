"""The mid-year revision with re-benchmarked rates (DESIGN §1 lesson 1, §4).

Given a signed revision, its actuals and a month M (``through``):

- **Proposed rates.** For each stage but the last, the year-to-date actual conversion through M:
  Σ next stage / Σ this stage over the closed months where both stages were reported, rounded
  half-even to 4 decimals (0.01 %) because a rate is stored as a decimal. A stage with no data,
  no volume, or a conversion that is not a valid rate (0, or above 100 %) keeps its agreed rate,
  and the proposal says why.
- **The rest of the period.** The new revision starts the month after M and runs to the end of
  the old period (months = old months − closed months); its seasonality weights and custom KPI
  targets are those of the remaining months; a review month before the new start is dropped.
- **Remaining revenue.** The funnel counts marketing-sourced customers, and a customer brings
  the average deal value D. With W = won customers reported in the closed months (the last
  stage's actuals; a missing month counts 0), marketing-sourced revenue already won is W·D, so
  the marketing-sourced revenue still to win is R·s − W·D. The new revision keeps the marketing
  share s, so its revenue target is R' = R − W·D / s (rounded down to the cent if that is not
  a finite decimal), and its won customers are
  ⌈R'·s / D⌉ = ⌈R·s / D⌉ − W. Every stage then follows DESIGN §4 from R' with the new rates.
  When W·D already covers R·s there is nothing left to plan and the revision is refused.

The old revision is not touched: the new one is a new draft that supersedes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_EVEN, Decimal
from fractions import Fraction

from slaworkshop.model import (
    Agreement,
    Problem,
    ValidationError,
    check_agreement,
    conversion_kpi_name,
)
from slaworkshop.periods import add_months, is_month, months_between
from slaworkshop.plan import Plan, plan_for
from slaworkshop.store import Store
from slaworkshop.tracking import Actuals, closed_months, conversion_actuals, ytd_conversion

RATE_PLACES = Decimal("0.0001")


@dataclass(frozen=True)
class RateProposal:
    stage: str
    kpi: str  # the conversion KPI "A → B"
    old_rate: Decimal
    new_rate: Decimal
    measured: Fraction | None  # the exact year-to-date conversion, None without data
    months_measured: int
    kept_because: str  # why the old rate is kept; "" when the measured rate is proposed
    # The same as a code for translated text: "", "no data", "no volume", "above 100 %",
    # "no conversions".
    reason: str = ""

    @property
    def changed(self) -> bool:
        return self.new_rate != self.old_rate


@dataclass(frozen=True)
class StageComparison:
    """Old and new targets of a stage for the months the new revision covers."""

    stage: str
    old_rate: Decimal | None
    new_rate: Decimal | None
    old_remaining: int  # the old plan's monthly targets summed over the remaining months
    new_annual: int  # the new plan's annual target (its months plus the pipeline before them)
    new_in_period: int  # the new plan's monthly targets summed: comparable to old_remaining
    new_before_start: int  # the pipeline the new period must begin with (stages with a lag)


@dataclass(frozen=True)
class Rebenchmark:
    original: Agreement
    through: str
    rates: tuple[RateProposal, ...]
    won_so_far: Decimal
    revenue_won: Decimal
    remaining_revenue: Decimal  # R' = R − W·D / s
    revised: Agreement  # the new draft's content (no id yet)
    old_plan: Plan
    new_plan: Plan
    stages: tuple[StageComparison, ...]


def rate_from(measured: Fraction) -> Decimal:
    exact = Decimal(measured.numerator) / Decimal(measured.denominator)
    return exact.quantize(RATE_PLACES, rounding=ROUND_HALF_EVEN).normalize()


def propose_rates(agreement: Agreement, actuals: Actuals, through: str
                  ) -> list[RateProposal]:
    """The year-to-date actual conversion of every stage pair through ``through``."""
    months = closed_months(agreement, through)
    proposals = []
    kpis = {k.name: k for k in agreement.kpis()}
    for upper, lower in zip(agreement.stages, agreement.stages[1:], strict=False):
        assert upper.rate is not None
        name = conversion_kpi_name(upper.name, lower.name)
        _, volumes = conversion_actuals(agreement, actuals, kpis[name])
        measured = ytd_conversion(volumes, months)
        counted = sum(1 for m in months if m in volumes)
        reason = code = ""
        new_rate = upper.rate
        if measured is None:
            code = "no data" if counted == 0 else "no volume"
            reason = "no data" if counted == 0 else f"no {upper.name} reported"
        elif measured > 1:
            code = "above 100 %"
            reason = f"the measured conversion ({rate_from(measured) * 100} %) is above 100 %"
        elif rate_from(measured) <= 0:
            code = "no conversions"
            reason = "no conversions were reported"
        else:
            new_rate = rate_from(measured)
        proposals.append(RateProposal(upper.name, name, upper.rate, new_rate, measured, counted,
                                      reason, code))
    return proposals


def won_so_far(agreement: Agreement, actuals: Actuals, through: str) -> Decimal:
    last = agreement.stages[-1].name
    values = actuals.get(last, {})
    return sum((values[m] for m in closed_months(agreement, through) if m in values),
               Decimal(0))


def rebenchmark(agreement: Agreement, actuals: Actuals, through: str) -> Rebenchmark:
    """Propose the revision for the rest of the period; raises ValidationError naming the
    problem (a month outside the period, the last month, revenue already won...)."""
    where = "--rebenchmark-through"
    if not is_month(through):
        raise ValidationError([Problem(where, f"“{through}” is not a month in the form "
                                              "YYYY-MM")])
    months = agreement.month_list
    if through not in months:
        raise ValidationError([Problem(where, f"{through} is not a month of the period "
                                              f"({months[0]} to {months[-1]})")])
    closed = months_between(agreement.start, through) + 1
    if closed >= agreement.months:
        raise ValidationError([Problem(where, f"{through} is the last month of the period; "
                                              "no months are left to revise")])
    old_plan = plan_for(agreement)
    rates = propose_rates(agreement, actuals, through)
    objective = agreement.objective
    won = won_so_far(agreement, actuals, through)
    revenue_won = won * objective.deal_value
    remaining_revenue = remaining_revenue_of(objective.revenue, revenue_won,
                                             objective.marketing_share)
    if remaining_revenue <= 0:
        raise ValidationError([Problem(where, f"the {won} customers won through {through} "
                                              "already bring the revenue target; there is "
                                              "nothing left to plan")])
    revised = agreement.new_draft(agreement.revision + 1, supersedes=agreement.id)
    revised.start = add_months(through, 1)
    revised.months = agreement.months - closed
    revised.objective.revenue = remaining_revenue
    if agreement.seasonality:
        revised.seasonality = list(agreement.seasonality[closed:])
    for stage, proposal in zip(revised.stages, rates, strict=False):
        stage.rate = proposal.new_rate
    for kpi in revised.custom_kpis:
        if kpi.targets:
            kpi.targets = list(kpi.targets[closed:])
    if revised.review_month is not None and (
            not is_month(revised.review_month)
            or months_between(revised.start, revised.review_month) < 0):
        revised.review_month = None
    check_agreement(revised)
    new_plan = plan_for(revised)
    comparisons = []
    for index, (old, new) in enumerate(zip(old_plan.stages, new_plan.stages, strict=True)):
        comparisons.append(StageComparison(
            old.name, agreement.stages[index].rate, revised.stages[index].rate,
            sum(old.monthly[closed:]), new.annual, sum(new.monthly), new.before_start))
    return Rebenchmark(agreement, through, tuple(rates), won, revenue_won,
                       revised.objective.revenue, revised, old_plan, new_plan, tuple(comparisons))


def remaining_revenue_of(revenue: Decimal, revenue_won: Decimal, share: Decimal) -> Decimal:
    """R − W·D / s, exactly; when that is not a finite decimal (a share such as 0.7), it is
    rounded *down* to the cent, so the won customers stay ⌈R·s / D⌉ − W rather than one more."""
    exact = Fraction(revenue) - Fraction(revenue_won) / Fraction(share)
    denominator = exact.denominator
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    value = Decimal(exact.numerator) / Decimal(exact.denominator)
    if denominator != 1:
        value = value.quantize(Decimal("0.01"), rounding=ROUND_FLOOR)
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def create_revision(store: Store, proposal: Rebenchmark) -> int:
    """Store the proposal as the new draft revision; returns its id.

    Uses ``store.revise`` (which refuses unless the original is signed and not yet revised),
    then writes the re-benchmarked content. Actuals already recorded for the new period's months
    are carried over to the new revision. If writing the content fails, the new draft is
    deleted again, so a failure leaves nothing behind.
    """
    original_id = proposal.original.id
    if original_id is None:
        raise ValueError("the original revision has no id")
    new_id = store.revise(original_id)
    try:
        # The proposal is already the next revision, superseding the original.
        content = proposal.revised.copy()
        content.id = new_id
        store.save(content)
        months = set(content.month_list)
        carried = {(kpi, month): value
                   for kpi, values in store.actuals(original_id).items()
                   for month, value in values.items() if month in months}
        if carried:
            store.apply_actuals(new_id, carried)
    except BaseException:
        store.delete(new_id)
        raise
    return new_id
