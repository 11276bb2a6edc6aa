"""Tracking an agreement against its actuals (DESIGN §4): figures, traffic lights, pace.

Every figure is exact: targets and actuals are ``Decimal`` as stored, every derived figure
(attainment, year to date, projection, run rate, conversion) is a ``Fraction``. Rounding happens
only when a figure is shown (``decimal_text``). Nothing divides by zero: where a ratio has no
meaning the figure is ``None`` and the status says ``no data`` (no actual) or ``n/a`` (an actual,
but nothing to judge it against, e.g. a zero target).

Definitions, per KPI, for a report through month M (the *closed* months are those of the period
up to and including M; a *reported* month is a closed month with an actual):

- **Kinds of KPI.** Volume KPIs (one per stage) take their monthly targets from the plan;
  custom KPIs from ``Kpi.targets`` (None: no target that month); a conversion KPI ``A → B`` has
  the agreed rate of A as its target every month, and its actual is B's actual / A's actual.
- **How a KPI adds up over months** is the KPI's own aggregation (``Kpi.months_add_up``):
  volumes are *summed*; a custom KPI is summed or *averaged* over the months reported as it
  says, by default as its unit implies (``count`` and ``currency`` summed; ``percent``,
  ``hours`` and ``days`` averaged), so attempts per SQL (a count) can average.
  Conversions are ratios of sums: year-to-date conversion = Σ B / Σ A over the months where both
  stages were reported.
- **Attainment** = actual / target, or target / actual where lower is better. A zero target
  (higher is better) or a zero actual (lower is better) has no attainment; a zero actual against
  a positive lower-is-better target has obviously met it and is green.
- **Status**: green when attainment ≥ the agreement's green threshold, amber when ≥ amber, red
  below; ``no data`` without an actual; ``n/a`` when there is an actual but no attainment.
- **Year to date** compares like with like: the YTD actual is over the reported months, and the
  YTD target over the same months (a month nobody reported is not counted as a shortfall; it is
  shown as ``no data`` in the grid instead).
- **Projected year end** of a summed KPI = YTD actual × (sum of all weights / sum of the weights
  of the reported months). The weights are the seasonality weights; for a stage with a lag they
  are shifted as in the plan (stage i in month m serves the closes of month m + L_i), so a stage
  whose last months have no target is not projected into them. An averaged KPI projects its YTD
  average; a conversion its YTD conversion.
- **Run rate** still needed, per remaining month (the months after M): for a summed KPI
  (year target − actual so far) / remaining months; for an averaged KPI the value each
  remaining month must average for the year's average to meet the year target (the average of
  the monthly targets). None when no month remains, and for conversions. One that cannot happen
  (a percent above 100, below 0 where lower is better) is None with the note *out of reach*;
  one with nothing left to do (higher is better, at or past the target) is 0, *met*.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from enum import StrEnum
from fractions import Fraction

from slaworkshop.model import (
    AVERAGED_UNITS,
    Aggregation,
    Agreement,
    Direction,
    Kpi,
    KpiKind,
    Thresholds,
    Unit,
)
from slaworkshop.periods import months_between
from slaworkshop.plan import Plan, plan_for

Actuals = Mapping[str, Mapping[str, Decimal]]

__all__ = ["AVERAGED_UNITS", "Aggregation", "RunRateNote"]


class TrackingError(ValueError):
    """A report that cannot be made (e.g. a month outside the period); the message says why."""


class Light(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"
    NO_DATA = "no data"
    NOT_APPLICABLE = "n/a"


class RunRateNote(StrEnum):
    OUT_OF_REACH = "out of reach"
    MET = "met"


@dataclass(frozen=True)
class MonthFigure:
    month: str
    target: Fraction | None
    actual: Fraction | None
    attainment: Fraction | None
    status: Light
    closed: bool


@dataclass(frozen=True)
class KpiTrack:
    """One KPI's figures for a report through ``through``."""

    kpi: Kpi
    aggregation: Aggregation
    months: tuple[MonthFigure, ...]
    through: str
    year_target: Fraction | None
    ytd_target: Fraction | None
    ytd_actual: Fraction | None
    ytd_attainment: Fraction | None
    ytd_status: Light
    projected: Fraction | None
    run_rate: Fraction | None
    months_reported: int
    # The agreement's currency (ISO code), for KPIs measured in money.
    currency: str = ""
    # Why there is no run rate to aim at: OUT_OF_REACH (run_rate None: a percent above 100 or
    # a value below 0 would be needed) or MET (run_rate 0: nothing is left to do).
    run_rate_note: RunRateNote | None = None

    @property
    def name(self) -> str:
        return self.kpi.name

    @property
    def current(self) -> MonthFigure:
        """The figure of the report month."""
        return next(m for m in self.months if m.month == self.through)

    def month(self, month: str) -> MonthFigure | None:
        return next((m for m in self.months if m.month == month), None)


@dataclass(frozen=True)
class Tracking:
    agreement: Agreement
    plan: Plan
    through: str
    kpis: tuple[KpiTrack, ...]

    def kpi(self, name: str) -> KpiTrack | None:
        return next((k for k in self.kpis if k.name == name), None)


def aggregation_for(kpi: Kpi) -> Aggregation:
    return kpi.months_add_up


def attainment(actual: Fraction | None, target: Fraction | None,
               direction: Direction) -> Fraction | None:
    if actual is None or target is None:
        return None
    if direction is Direction.LOWER:
        return None if actual == 0 else target / actual
    return None if target == 0 else actual / target


def light(actual: Fraction | None, target: Fraction | None, direction: Direction,
          thresholds: Thresholds) -> Light:
    if actual is None:
        return Light.NO_DATA
    ratio = attainment(actual, target, direction)
    if ratio is None:
        if direction is Direction.LOWER and actual == 0 and target is not None and target > 0:
            return Light.GREEN
        return Light.NOT_APPLICABLE
    if ratio >= Fraction(thresholds.green):
        return Light.GREEN
    if ratio >= Fraction(thresholds.amber):
        return Light.AMBER
    return Light.RED


def _frac(value: Decimal | None) -> Fraction | None:
    return None if value is None else Fraction(value)


def _mean(values: Sequence[Fraction]) -> Fraction | None:
    return sum(values, Fraction(0)) / len(values) if values else None


def kpi_weights(agreement: Agreement, plan: Plan, kpi: Kpi) -> list[Fraction]:
    """The seasonality weights of a KPI, shifted for a stage with a lag as the plan does."""
    weights = [Fraction(w) for w in agreement.weights]
    if kpi.kind is KpiKind.VOLUME and kpi.stage is not None:
        stage = plan.stage(kpi.stage)
        shift = 0 if stage is None else min(stage.lead_months, len(weights))
        return weights[shift:] + [Fraction(0)] * shift
    return weights


def monthly_targets(agreement: Agreement, plan: Plan, kpi: Kpi) -> list[Fraction | None]:
    count = agreement.months
    if kpi.kind is KpiKind.VOLUME:
        stage = plan.stage(kpi.stage or kpi.name)
        if stage is None:
            return [None] * count
        return [Fraction(v) for v in stage.monthly]
    if kpi.kind is KpiKind.CONVERSION:
        upper = agreement.stage(kpi.stage or "")
        rate = None if upper is None or upper.rate is None else Fraction(upper.rate)
        return [rate] * count
    targets = [_frac(t) for t in kpi.targets]
    if not targets and kpi.name == agreement.spend_kpi and plan.budget is not None:
        # The spend KPI is tracked against the plan's budget (DESIGN §4b).
        return list(plan.budget.monthly)
    return (targets + [None] * count)[:count]


def _conversion_pair(agreement: Agreement, kpi: Kpi) -> tuple[str, str] | None:
    names = [s.name for s in agreement.stages]
    if kpi.stage not in names:
        return None
    index = names.index(kpi.stage)
    if index + 1 >= len(names):
        return None
    return names[index], names[index + 1]


def conversion_actuals(agreement: Agreement, actuals: Actuals, kpi: Kpi
                       ) -> tuple[dict[str, Fraction], dict[str, tuple[Fraction, Fraction]]]:
    """Monthly actual conversions, and (this stage, next stage) per month where both exist."""
    pair = _conversion_pair(agreement, kpi)
    rates: dict[str, Fraction] = {}
    volumes: dict[str, tuple[Fraction, Fraction]] = {}
    if pair is None:
        return rates, volumes
    upper, lower = actuals.get(pair[0], {}), actuals.get(pair[1], {})
    for month in agreement.month_list:
        if month in upper and month in lower:
            a, b = Fraction(upper[month]), Fraction(lower[month])
            volumes[month] = (a, b)
            if a != 0:
                rates[month] = b / a
    return rates, volumes


def ytd_conversion(volumes: Mapping[str, tuple[Fraction, Fraction]],
                   months: Sequence[str]) -> Fraction | None:
    """Σ next / Σ this over the given months where both stages were reported."""
    upper = sum((volumes[m][0] for m in months if m in volumes), Fraction(0))
    lower = sum((volumes[m][1] for m in months if m in volumes), Fraction(0))
    return None if upper == 0 else lower / upper


def _check_month(agreement: Agreement, month: str) -> int:
    months = agreement.month_list
    if month not in months:
        raise TrackingError(f"{month} is not a month of this agreement's period "
                            f"({months[0]} to {months[-1]})")
    return months.index(month)


@dataclass(frozen=True)
class _ToDate:
    """A KPI's figures for the year and the year to date."""

    year_target: Fraction | None
    ytd_target: Fraction | None
    ytd_actual: Fraction | None
    projected: Fraction | None
    # What each remaining month must bring, unbounded: ``_run_rate`` says what to show.
    needed: Fraction | None
    months_reported: int


def _kpi_actuals(agreement: Agreement, actuals: Actuals, kpi: Kpi, aggregation: Aggregation
                 ) -> tuple[dict[str, Fraction], dict[str, tuple[Fraction, Fraction]]]:
    """The KPI's monthly actuals within the period, and for a conversion the two stages'
    volumes they come from."""
    if aggregation is Aggregation.RATIO:
        return conversion_actuals(agreement, actuals, kpi)
    month_list = agreement.month_list
    return {m: Fraction(v) for m, v in actuals.get(kpi.name, {}).items() if m in month_list}, {}


def _month_figures(agreement: Agreement, kpi: Kpi, aggregation: Aggregation,
                   targets: Sequence[Fraction | None], values: Mapping[str, Fraction],
                   volumes: Mapping[str, tuple[Fraction, Fraction]], last: int
                   ) -> tuple[MonthFigure, ...]:
    """Each month's target, actual, attainment and light; months after ``last`` are open."""
    figures = []
    for index, month in enumerate(agreement.month_list):
        closed = index <= last
        actual = values.get(month) if closed else None
        target = targets[index]
        if aggregation is Aggregation.RATIO and closed and month in volumes and actual is None:
            # Both stages reported but the upper one was 0: a conversion with no meaning.
            figures.append(MonthFigure(month, target, None, None, Light.NOT_APPLICABLE, True))
            continue
        figures.append(MonthFigure(month, target, actual,
                                   attainment(actual, target, kpi.direction),
                                   light(actual, target, kpi.direction, agreement.thresholds),
                                   closed))
    return tuple(figures)


def _ratio_to_date(targets: Sequence[Fraction | None],
                   volumes: Mapping[str, tuple[Fraction, Fraction]],
                   closed: Sequence[str]) -> _ToDate:
    """A conversion: one target for every month; to date, Σ next stage / Σ this stage."""
    year_target = targets[0] if targets else None
    ytd_actual = ytd_conversion(volumes, closed)
    reported = [m for m in closed if m in volumes]
    return _ToDate(year_target, year_target, ytd_actual, ytd_actual, None, len(reported))


def _sum_to_date(weights: Sequence[Fraction], targets: Sequence[Fraction | None],
                 values: Mapping[str, Fraction], closed: Sequence[str],
                 remaining: int) -> _ToDate:
    """A count: totals; the projection follows the plan's monthly weights, the run rate is
    what each remaining month must bring to reach the year's target."""
    reported = [i for i, m in enumerate(closed) if m in values]
    defined_targets = [t for t in targets if t is not None]
    year_target = sum(defined_targets, Fraction(0)) if defined_targets else None
    with_target = [t for i in reported if (t := targets[i]) is not None]
    ytd_target = sum(with_target, Fraction(0)) if with_target else None
    ytd_actual = sum((values[closed[i]] for i in reported), Fraction(0)) if reported else None
    projected = needed = None
    weight_so_far = sum((weights[i] for i in reported), Fraction(0))
    if ytd_actual is not None and weight_so_far != 0:
        projected = ytd_actual * sum(weights, Fraction(0)) / weight_so_far
    if year_target is not None and remaining:
        done = ytd_actual or Fraction(0)
        needed = (year_target - done) / remaining
    return _ToDate(year_target, ytd_target, ytd_actual, projected, needed, len(reported))


def _average_to_date(targets: Sequence[Fraction | None], values: Mapping[str, Fraction],
                     closed: Sequence[str], remaining: int) -> _ToDate:
    """A level (a percentage, a time): means; the run rate is the mean the remaining months
    need for the year's mean to reach its target."""
    reported = [i for i, m in enumerate(closed) if m in values]
    year_target = _mean([t for t in targets if t is not None])
    ytd_target = _mean([t for i in reported if (t := targets[i]) is not None])
    ytd_actual = _mean([values[closed[i]] for i in reported])
    needed = None
    if year_target is not None and remaining:
        total_months = len(reported) + remaining
        so_far = sum((values[closed[i]] for i in reported), Fraction(0))
        needed = (year_target * total_months - so_far) / remaining
    return _ToDate(year_target, ytd_target, ytd_actual, ytd_actual, needed, len(reported))


def track_kpi(agreement: Agreement, plan: Plan, actuals: Actuals, kpi: Kpi,
              through: str) -> KpiTrack:
    last = _check_month(agreement, through)
    closed = agreement.month_list[:last + 1]
    remaining = len(agreement.month_list) - len(closed)
    aggregation = aggregation_for(kpi)
    targets = monthly_targets(agreement, plan, kpi)
    values, volumes = _kpi_actuals(agreement, actuals, kpi, aggregation)
    figures = _month_figures(agreement, kpi, aggregation, targets, values, volumes, last)
    if aggregation is Aggregation.RATIO:
        to_date = _ratio_to_date(targets, volumes, closed)
    elif aggregation is Aggregation.SUM:
        to_date = _sum_to_date(kpi_weights(agreement, plan, kpi), targets, values, closed,
                               remaining)
    else:
        to_date = _average_to_date(targets, values, closed, remaining)
    run_rate, note = _run_rate(kpi, to_date.needed)
    return KpiTrack(
        kpi=kpi, aggregation=aggregation, months=figures, through=through,
        year_target=to_date.year_target, ytd_target=to_date.ytd_target,
        ytd_actual=to_date.ytd_actual,
        ytd_attainment=attainment(to_date.ytd_actual, to_date.ytd_target, kpi.direction),
        ytd_status=light(to_date.ytd_actual, to_date.ytd_target, kpi.direction,
                         agreement.thresholds),
        projected=to_date.projected, run_rate=run_rate,
        months_reported=to_date.months_reported, currency=agreement.currency,
        run_rate_note=note)


def _run_rate(kpi: Kpi, needed: Fraction | None) -> tuple[Fraction | None, RunRateNote | None]:
    """The run rate to show: none that cannot happen (a percent above 100, a value below 0),
    and 0 with "met" when nothing is left to do."""
    if needed is None:
        return None, None
    if kpi.direction is Direction.HIGHER:
        if needed <= 0:
            return Fraction(0), RunRateNote.MET
        if kpi.unit is Unit.PERCENT and needed > 100:
            return None, RunRateNote.OUT_OF_REACH
        return needed, None
    # Lower is better: the run rate is the most each month may still have.
    if needed < 0:
        return None, RunRateNote.OUT_OF_REACH
    return needed, None


def track(agreement: Agreement, actuals: Actuals, through: str) -> Tracking:
    """Every KPI's figures through month ``through`` (raises TrackingError outside the period).

    Raises ``ValidationError`` when the agreement's plan cannot be computed.
    """
    _check_month(agreement, through)
    plan = plan_for(agreement)
    return Tracking(agreement, plan, through,
                    tuple(track_kpi(agreement, plan, actuals, k, through)
                          for k in agreement.kpis()))


def latest_reported_month(agreement: Agreement, actuals: Actuals) -> str:
    """The last month of the period with any actual (the first month when none)."""
    months = agreement.month_list
    seen = {m for values in actuals.values() for m in values if m in months}
    return max(seen) if seen else months[0]


def closed_months(agreement: Agreement, through: str) -> list[str]:
    return agreement.month_list[:months_between(agreement.start, through) + 1]


class CauseKind(StrEnum):
    VOLUME = "volume"          # the stage before delivered less than its target
    CONVERSION = "conversion"  # fewer of the stage before converted than agreed
    TOP_OF_FUNNEL = "top"      # the first stage has nothing upstream: its own volume


@dataclass(frozen=True)
class Check:
    """One possible cause, checked: the KPI, who owns it, and how it did."""

    kind: CauseKind
    kpi: str
    owner: str
    attainment: Fraction | None
    status: Light

    @property
    def on_plan(self) -> bool:
        return self.status is Light.GREEN

    @property
    def shortfall(self) -> Fraction | None:
        """How far under (0.14 for 14 % under), None without data."""
        return None if self.attainment is None else 1 - self.attainment


@dataclass(frozen=True)
class Finding:
    """Why a stage missed: its upstream volume and the conversion into it, as facts."""

    stage: str
    owner: str
    attainment: Fraction
    status: Light
    upstream: Check | None
    conversion: Check | None
    scope: str  # "month" or "ytd"

    @property
    def shortfall(self) -> Fraction:
        return 1 - self.attainment

    @property
    def causes(self) -> tuple[Check, ...]:
        """The checks that missed; empty when neither explains the shortfall."""
        return tuple(c for c in (self.upstream, self.conversion)
                     if c is not None and c.status in (Light.AMBER, Light.RED))


def _pick(track: KpiTrack, scope: str) -> tuple[Fraction | None, Light]:
    if scope == "ytd":
        return track.ytd_attainment, track.ytd_status
    current = track.current
    return current.attainment, current.status


def shortfall_findings(tracking: Tracking, scope: str = "month") -> list[Finding]:
    """For each stage that missed (amber or red), whether the stage before it delivered its
    volume and whether the conversion into this stage held, with their owners.

    ``scope`` is ``"month"`` (the report month) or ``"ytd"`` (year to date).
    """
    if scope not in ("month", "ytd"):
        raise ValueError(f"unknown scope {scope!r}")
    agreement = tracking.agreement
    findings = []
    stages = agreement.stages
    for index, stage in enumerate(stages):
        track = tracking.kpi(stage.name)
        if track is None:
            continue
        ratio, status = _pick(track, scope)
        if ratio is None or status not in (Light.AMBER, Light.RED):
            continue
        upstream = conversion = None
        if index == 0:
            upstream = Check(CauseKind.TOP_OF_FUNNEL, stage.name, stage.owner, ratio, status)
        else:
            upper = stages[index - 1]
            upper_track = tracking.kpi(upper.name)
            if upper_track is not None:
                u_ratio, u_status = _pick(upper_track, scope)
                upstream = Check(CauseKind.VOLUME, upper.name, upper.owner, u_ratio, u_status)
            conversion_track = next((k for k in tracking.kpis
                                     if k.kpi.kind is KpiKind.CONVERSION
                                     and k.kpi.stage == upper.name), None)
            if conversion_track is not None:
                c_ratio, c_status = _pick(conversion_track, scope)
                conversion = Check(CauseKind.CONVERSION, conversion_track.name,
                                   conversion_track.kpi.owner, c_ratio, c_status)
        findings.append(Finding(stage.name, stage.owner, ratio, status, upstream, conversion,
                                scope))
    return findings


def percent_text(value: Fraction | None, places: int = 0) -> str:
    """``0.8571…`` → ``"86 %"``; "n/a" for None (plain English, for non-Qt output)."""
    if value is None:
        return "n/a"
    return f"{decimal_text(value * 100, places)} %"


def finding_sentence(finding: Finding) -> str:
    """A plain-English sentence for the command line and the xlsx (the app translates its own).

    E.g. "MQL 15 % under: Leads were 14 % under target (Marketing); the Leads → MQL rate is on
    plan (Marketing)."
    """
    head = f"{finding.stage} {percent_text(finding.shortfall)} under"
    parts = []
    for check in (finding.upstream, finding.conversion):
        if check is None:
            continue
        owner = f" ({check.owner})" if check.owner else ""
        if check.kind is CauseKind.TOP_OF_FUNNEL:
            parts.append(f"it is the top of the funnel, with no stage before it{owner}")
        elif check.kind is CauseKind.VOLUME:
            if check.status is Light.NO_DATA:
                parts.append(f"no data for {check.kpi}{owner}")
            elif check.on_plan or check.shortfall is None:
                parts.append(f"{check.kpi} were on plan{owner}")
            else:
                parts.append(f"{check.kpi} were {percent_text(check.shortfall)} under "
                             f"target{owner}")
        elif check.status is Light.NO_DATA or check.status is Light.NOT_APPLICABLE:
            parts.append(f"no {check.kpi} rate to compare{owner}")
        elif check.on_plan or check.shortfall is None:
            parts.append(f"the {check.kpi} rate is on plan{owner}")
        else:
            parts.append(f"the {check.kpi} rate is {percent_text(check.shortfall)} under the "
                         f"agreed rate{owner}")
    return head + (": " + "; ".join(parts) if parts else "") + "."


def decimal_text(value: Fraction | Decimal | None, places: int = 2) -> str:
    """Round half-even to ``places`` and drop trailing zeros: ``Fraction(7, 3)`` → ``"2.33"``,
    ``Fraction(4)`` → ``"4"``; "n/a" for None."""
    rounded = to_decimal(value, places)
    if rounded is None:
        return "n/a"
    text = f"{rounded:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def to_decimal(value: Fraction | Decimal | None, places: int = 2) -> Decimal | None:
    """An exact fraction rounded half-even to ``places`` decimals, as a Decimal."""
    if value is None:
        return None
    fraction = Fraction(value)
    quantum = Decimal(1).scaleb(-places)
    exact = Decimal(fraction.numerator) / Decimal(fraction.denominator)
    # Decimal division is exact to 28 digits, far beyond the places we round to.
    return exact.quantize(quantum, rounding=ROUND_HALF_EVEN)


@dataclass(frozen=True)
class PartySection:
    """A party's part of the monthly report: its KPIs, what met the target, what missed."""

    party: str
    kpis: tuple[KpiTrack, ...]
    beat: tuple[KpiTrack, ...]
    missed: tuple[KpiTrack, ...]
    findings: tuple[Finding, ...]
    no_data: tuple[KpiTrack, ...]


@dataclass(frozen=True)
class MonthlyReport:
    tracking: Tracking
    sections: tuple[PartySection, ...]
    findings: tuple[Finding, ...]
    ytd_findings: tuple[Finding, ...]

    @property
    def month(self) -> str:
        return self.tracking.through

    @property
    def agreement(self) -> Agreement:
        return self.tracking.agreement


def monthly_report(agreement: Agreement, actuals: Actuals, month: str) -> MonthlyReport:
    """The report for the company meeting: one section per party, in the agreement's order
    (KPIs owned by nobody, or by a name that is not a party, get sections of their own)."""
    tracking = track(agreement, actuals, month)
    findings = shortfall_findings(tracking, "month")
    owners = [p.name for p in agreement.parties]
    for kpi in tracking.kpis:
        if kpi.kpi.owner not in owners:
            owners.append(kpi.kpi.owner)
    sections = []
    for owner in owners:
        own = tuple(k for k in tracking.kpis if k.kpi.owner == owner)
        if not own and owner not in {p.name for p in agreement.parties}:
            continue
        sections.append(PartySection(
            party=owner, kpis=own,
            beat=tuple(k for k in own if k.current.status is Light.GREEN),
            missed=tuple(k for k in own if k.current.status in (Light.AMBER, Light.RED)),
            findings=tuple(f for f in findings if f.owner == owner),
            no_data=tuple(k for k in own if k.current.status is Light.NO_DATA)))
    return MonthlyReport(tracking, tuple(sections), tuple(findings),
                         tuple(shortfall_findings(tracking, "ytd")))


@dataclass(frozen=True)
class BudgetMonth:
    month: str
    budget: Fraction | None
    spent: Fraction | None
    # Spent − budget: above 0 is over budget. None without a figure for the month.
    variance: Fraction | None


@dataclass(frozen=True)
class BudgetTrack:
    """Actual spend (the spend KPI) against the budget, through the report month."""

    kpi: str
    through: str
    months: tuple[BudgetMonth, ...]  # the closed months
    annual: Fraction | None
    ytd_budget: Fraction | None  # over the months with a reported spend
    ytd_spent: Fraction | None
    ytd_variance: Fraction | None
    left: Fraction | None  # annual budget − spent so far
    status: Light  # year to date, lower is better
    projected: Fraction | None


def budget_track(tracking: Tracking) -> BudgetTrack | None:
    """Spend against budget when the agreement names a spend KPI; None otherwise."""
    name = tracking.agreement.spend_kpi
    spend = tracking.kpi(name) if name else None
    if spend is None:
        return None
    months = tuple(BudgetMonth(m.month, m.target, m.actual,
                               None if m.actual is None or m.target is None
                               else m.actual - m.target)
                   for m in spend.months if m.closed)
    ytd_variance = None
    if spend.ytd_actual is not None and spend.ytd_target is not None:
        ytd_variance = spend.ytd_actual - spend.ytd_target
    left = None
    if spend.year_target is not None:
        left = spend.year_target - (spend.ytd_actual or Fraction(0))
    return BudgetTrack(kpi=name, through=tracking.through, months=months,
                       annual=spend.year_target, ytd_budget=spend.ytd_target,
                       ytd_spent=spend.ytd_actual, ytd_variance=ytd_variance, left=left,
                       status=spend.ytd_status, projected=spend.projected)


def budget_sentence(track: BudgetTrack) -> str:
    """Plain English for the command line: "Spend (Marketing spend): 61 200 of a budget of …"."""
    if track.ytd_spent is None:
        return f"Spend ({track.kpi}): no spend reported yet; annual budget " \
               f"{decimal_text(track.annual)}."
    over = track.ytd_variance or Fraction(0)
    side = "over" if over > 0 else "under"
    return (f"Spend ({track.kpi}): {decimal_text(track.ytd_spent)} so far against a budget of "
            f"{decimal_text(track.ytd_budget)} for the same months ({decimal_text(abs(over))} "
            f"{side}, {track.status.value}); {decimal_text(track.left)} of the annual budget of "
            f"{decimal_text(track.annual)} left.")


def budget_json(track: BudgetTrack | None) -> dict[str, object] | None:
    if track is None:
        return None
    return {"kpi": track.kpi, "annual": _json_number(track.annual, 2),
            "ytd_budget": _json_number(track.ytd_budget, 2),
            "ytd_spent": _json_number(track.ytd_spent, 2),
            "ytd_variance": _json_number(track.ytd_variance, 2),
            "left": _json_number(track.left, 2), "status": track.status.value,
            "projected": _json_number(track.projected, 2),
            "months": {m.month: {"budget": _json_number(m.budget, 2),
                                 "spent": _json_number(m.spent, 2),
                                 "variance": _json_number(m.variance, 2)}
                       for m in track.months}}


def _json_number(value: Fraction | None, places: int) -> str | None:
    return None if value is None else decimal_text(value, places)


def kpi_places(track: KpiTrack) -> int:
    """Decimals worth showing: conversions as fractions need 4 (0.0215 = 2.15 %)."""
    return 4 if track.aggregation is Aggregation.RATIO else 2


def check_json(check: Check | None) -> dict[str, object] | None:
    if check is None:
        return None
    return {"kind": check.kind.value, "kpi": check.kpi, "owner": check.owner,
            "attainment": _json_number(check.attainment, 4), "status": check.status.value,
            "on_plan": check.on_plan}


def finding_json(finding: Finding) -> dict[str, object]:
    return {"stage": finding.stage, "owner": finding.owner,
            "attainment": _json_number(finding.attainment, 4),
            "shortfall": _json_number(finding.shortfall, 4), "status": finding.status.value,
            "upstream": check_json(finding.upstream),
            "conversion": check_json(finding.conversion),
            "causes": [c.kpi for c in finding.causes],
            "text": finding_sentence(finding)}


def track_json(track: KpiTrack) -> dict[str, object]:
    places = kpi_places(track)
    current = track.current
    return {
        "name": track.name, "kind": track.kpi.kind.value, "owner": track.kpi.owner,
        "unit": track.kpi.unit.value, "direction": track.kpi.direction.value,
        "aggregation": track.aggregation.value,
        "target": _json_number(current.target, places),
        "actual": _json_number(current.actual, places),
        "attainment": _json_number(current.attainment, 4),
        "status": current.status.value,
        "ytd_target": _json_number(track.ytd_target, places),
        "ytd_actual": _json_number(track.ytd_actual, places),
        "ytd_attainment": _json_number(track.ytd_attainment, 4),
        "ytd_status": track.ytd_status.value,
        "projected": _json_number(track.projected, places),
        "year_target": _json_number(track.year_target, places),
        "run_rate": _json_number(track.run_rate, places),
        "run_rate_note": None if track.run_rate_note is None else track.run_rate_note.value,
        "months_reported": track.months_reported,
        "months": {m.month: {"target": _json_number(m.target, places),
                             "actual": _json_number(m.actual, places),
                             "attainment": _json_number(m.attainment, 4),
                             "status": m.status.value}
                   for m in track.months if m.closed},
    }


def report_json(report: MonthlyReport) -> dict[str, object]:
    """The ``report --json`` document: decimals as strings, null where there is no data."""
    agreement = report.agreement
    return {
        "agreement": {"id": agreement.id, "title": agreement.title,
                      "organisation": agreement.organisation, "revision": agreement.revision,
                      "status": agreement.status.value, "fingerprint": agreement.fingerprint,
                      "currency": agreement.currency},
        "month": report.month,
        "thresholds": {"green": str(agreement.thresholds.green),
                       "amber": str(agreement.thresholds.amber)},
        "kpis": {t.name: track_json(t) for t in report.tracking.kpis},
        "parties": [{"name": s.party, "kpis": [k.name for k in s.kpis],
                     "beat": [k.name for k in s.beat], "missed": [k.name for k in s.missed],
                     "no_data": [k.name for k in s.no_data],
                     "findings": [finding_json(f) for f in s.findings]}
                    for s in report.sections],
        "findings": [finding_json(f) for f in report.findings],
        "ytd_findings": [finding_json(f) for f in report.ytd_findings],
        "budget": budget_json(budget_track(report.tracking)),
    }
